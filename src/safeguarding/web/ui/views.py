"""What the review pages show: plain dicts built from cases, their items and decisions.

Item payloads come from the detectors (see the cases contract); these functions read them tolerantly,
so a payload missing a field shows less context rather than failing the page.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePath
from typing import Any

from safeguarding.cases.models import Case, CaseItem, Decision
from safeguarding.cases.severity import SEVERITY_ORDER

VIDEO_SUFFIXES = frozenset({".mp4", ".m4v", ".mov", ".webm", ".mkv", ".avi"})
HASH_FIELDS = (("sha256", "SHA-256"), ("md5", "MD5"), ("pdq", "PDQ"), ("quality", "PDQ quality"))
KIND_LABELS = {
    "media_match": "known-media match",
    "grooming_warning": "grooming warning",
    "ad_network": "ad network",
    "meeting_arranged": "arranged meeting",
    "live_stream": "live stream",
}
ROLE_LABELS = {
    "admin": "admin",
    "child_safety_reviewer": "child-safety reviewer",
    "reviewer": "reviewer",
    "analyst": "analyst",
    "api_client": "API client",
}


@dataclass(frozen=True)
class DecisionAction:
    name: str
    key: str
    label: str
    help: str
    needs_reason: bool


ACTIONS = (
    DecisionAction("confirm", "c", "Confirm", "The detection is right: it goes on to reporting.", False),
    DecisionAction("dismiss", "d", "Dismiss", "A false positive or not actionable; give the reason.", True),
    DecisionAction("escalate", "e", "Escalate", "Needs a senior reviewer or urgent action.", False),
    DecisionAction("note", "n", "Add a note", "Keep the case as it is and add a note.", True),
)
SHORTCUTS = (
    *((a.key.upper(), f"{a.label} (then Enter to record)") for a in ACTIONS),
    ("A", "Select or clear all items (a decision then applies to the selected items only)"),
    ("R", "Reveal the next blurred media item (only for roles allowed to)"),
    ("J", "Claim the next case"),
    ("?", "Jump to this list of shortcuts"),
    ("Esc", "Leave a text box so shortcuts work again"),
)

QUEUE_SHORTCUTS = (("J", "Claim the next case"), ("?", "Jump to this list of shortcuts"))


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.replace("_", " "))


def role_label(role: str) -> str:
    return ROLE_LABELS.get(role, role)


def priority_label(priority: int) -> str:
    names = [name.replace("_", " ") for name, number in SEVERITY_ORDER.items() if number == priority]
    return f"{priority} · {' / '.join(names)}" if names else str(priority)


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def time_iso(moment: datetime | None) -> str:
    aware = _aware(moment)
    return aware.isoformat() if aware else ""


def time_text(moment: datetime | None) -> str:
    aware = _aware(moment)
    return aware.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if aware else ""


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(_text(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_text(v)}" for k, v in value.items())
    return str(value)


def case_view(case: Case) -> dict[str, Any]:
    return {
        "id": case.id,
        "kind": case.kind,
        "kind_label": kind_label(case.kind),
        "status": case.status,
        "priority": case.priority,
        "priority_label": priority_label(case.priority),
        "summary": case.summary,
        "group_key": case.group_key,
        "created_iso": time_iso(case.created_at),
        "created_text": time_text(case.created_at),
        "lease_holder": case.lease_holder,
        "lease_iso": time_iso(case.lease_expires_at),
        "lease_text": time_text(case.lease_expires_at),
    }


# --- media -------------------------------------------------------------------------------------------


def media_kind(path: str) -> str:
    return "video" if PurePath(path).suffix.lower() in VIDEO_SUFFIXES else "image"


def media_paths(item: CaseItem) -> list[str | None]:
    """The scanned files an item shows, by position: a media match's one file, or an ad network's photos."""
    payload = item.payload or {}
    if item.kind == "ad_network":
        return [_photo_path(photo) for photo in payload.get("photos") or []]
    path = payload.get("path") or (payload.get("hashes") or {}).get("path")
    return [str(path)] if path else []


def _photo_path(photo: Any) -> str | None:
    if isinstance(photo, dict) and photo.get("path"):
        return str(photo["path"])
    return None


def _media_ref(index: int, path: str | None) -> dict[str, Any] | None:
    if path is None:
        return None
    available = Path(path).is_file()
    problem = "" if available else "The scanned file is no longer on this machine; its hashes are shown."
    return {
        "index": index,
        "kind": media_kind(path),
        "name": PurePath(path).name,
        "available": available,
        "problem": problem,
    }


def _hash_pairs(source: dict[str, Any]) -> list[tuple[str, str]]:
    raw = source.get("hashes")
    nested: dict[str, Any] = raw if isinstance(raw, dict) else {}
    pairs = []
    for key, label in HASH_FIELDS:
        value = source.get(key, nested.get(key))
        if value not in (None, ""):
            pairs.append((label, str(value)))
    return pairs


def _matches(payload: dict[str, Any]) -> list[dict[str, Any]]:
    found = payload.get("matches")
    if not isinstance(found, list):
        found = [payload] if payload.get("bank") else []
    rows = []
    for match in found:
        if not isinstance(match, dict):
            continue
        labels = match.get("labels") or []
        if isinstance(labels, str):
            labels = [label for label in labels.split(";") if label]
        rows.append(
            {
                "bank": match.get("bank", ""),
                "labels": [str(label) for label in labels],
                "signal_type": match.get("signal_type", ""),
                "distance": match.get("distance", ""),
            }
        )
    return rows


def _media_data(payload: dict[str, Any]) -> dict[str, Any]:
    hashes = _hash_pairs(payload)
    path = payload.get("path")
    if path:
        hashes.insert(0, ("File", PurePath(str(path)).name))
    return {"matches": _matches(payload), "hashes": hashes}


# --- chats -------------------------------------------------------------------------------------------


def _evidence_by_index(payload: dict[str, Any]) -> dict[int, str]:
    found: dict[int, str] = {}
    for entry in payload.get("evidence") or []:
        if isinstance(entry, int):
            found[entry] = "evidence"
        elif isinstance(entry, dict):
            index = entry.get("message_index", entry.get("index"))
            if isinstance(index, int):
                why = entry.get("stage") or entry.get("reason") or entry.get("why") or "evidence"
                detail = entry.get("reason") if entry.get("stage") and entry.get("reason") else None
                found[index] = f"{why}: {detail}" if detail else str(why)
    return found


def _chat_data(payload: dict[str, Any]) -> dict[str, Any]:
    suspect = payload.get("suspect")
    evidence = _evidence_by_index(payload)
    raw = payload.get("messages")
    if not isinstance(raw, list) or not raw:
        raw = [e for e in payload.get("evidence") or [] if isinstance(e, dict)]
    messages = []
    for position, message in enumerate(raw):
        if not isinstance(message, dict):
            continue
        index = message.get("message_index", message.get("index", position))
        author = str(message.get("author", ""))
        when = message.get("time") or message.get("sent_at") or ""
        messages.append(
            {
                "author": author,
                "text": str(message.get("text", "")),
                "time": _short_time(when),
                "time_iso": str(when) if when else "",
                "evidence": evidence.get(index, "") if isinstance(index, int) else "",
                "is_suspect": bool(suspect) and author == suspect,
            }
        )
    risk = payload.get("risk")
    return {
        "messages": messages,
        "suspect": suspect,
        "risk": f"{risk:.2f}" if isinstance(risk, float) else risk,
        "stage": payload.get("stage") or "",
        "conversation_id": payload.get("conversation_id") or "",
    }


def _short_time(value: Any) -> str:
    text = str(value or "")
    if "T" in text:
        return text.split("T", 1)[1][:5]
    return text[:16]


# --- ad networks -------------------------------------------------------------------------------------


def _contacts(payload: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for contact in payload.get("contacts") or payload.get("shared_contacts") or []:
        if isinstance(contact, dict):
            rows.append(
                {
                    "value": contact.get("value") or contact.get("contact", ""),
                    "kind": contact.get("kind") or contact.get("type", ""),
                    "ads": contact.get("ads") or contact.get("ad_count") or "",
                }
            )
        else:
            rows.append({"value": str(contact), "kind": "", "ads": ""})
    return rows


def _timeline(payload: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    entries = payload.get("timeline")
    if not isinstance(entries, list):
        # Derive one from the ads: first sighting per city, in order.
        entries = []
        for ad in sorted(
            (a for a in payload.get("ads") or [] if isinstance(a, dict) and a.get("city")),
            key=lambda a: str(a.get("posted_at", "")),
        ):
            if not entries or entries[-1]["city"] != ad["city"]:
                entries.append({"city": ad["city"], "when": ad.get("posted_at", ""), "ads": 0})
            entries[-1]["ads"] += 1
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        when = entry.get("when") or entry.get("first_seen") or entry.get("date") or ""
        rows.append(
            {
                "city": entry.get("city", ""),
                "when": str(when)[:10],
                "when_iso": str(when),
                "ads": entry.get("ads", ""),
            }
        )
    return rows


def _ad_data(item: CaseItem) -> dict[str, Any]:
    payload = item.payload or {}
    photos = []
    for index, photo in enumerate(payload.get("photos") or []):
        source = photo if isinstance(photo, dict) else {"sha256": str(photo)}
        photos.append({"media": _media_ref(index, _photo_path(photo)), "hashes": _hash_pairs(source)})
    indicators = [_text(i) for i in payload.get("indicators") or []]
    return {
        "template": payload.get("template") or "",
        "contacts": _contacts(payload),
        "photos": photos,
        "timeline": _timeline(payload),
        "indicators": indicators,
    }


# --- items and decisions -----------------------------------------------------------------------------


def item_view(item: CaseItem, decisions: Iterable[Decision]) -> dict[str, Any]:
    payload = item.payload or {}
    media: list[dict[str, Any]] = []
    if item.kind == "ad_network":
        template, data = "ad_network", _ad_data(item)
    elif media_paths(item):
        template, data = "media", _media_data(payload)
        media = [m for m in (_media_ref(0, media_paths(item)[0]),) if m]
    elif (
        item.kind in {"grooming_warning", "meeting_arranged"}
        or "messages" in payload
        or "evidence" in payload
    ):
        template, data = "chat", _chat_data(payload)
    else:
        template, data = "generic", {"fields": [(k, _text(v)) for k, v in payload.items()]}
    return {
        "id": item.id,
        "kind": item.kind,
        "kind_label": kind_label(item.kind),
        "summary": item.summary,
        "status": item.status,
        "template": template,
        "data": data,
        "media": media,
        "decisions": [d.action for d in decisions if d.item_id == item.id],
    }


def decision_view(decision: Decision, item_numbers: dict[int, int]) -> dict[str, Any]:
    item_label = f"item {item_numbers[decision.item_id]}" if decision.item_id in item_numbers else ""
    return {
        "action": decision.action,
        "actor": decision.actor,
        "reason": decision.reason,
        "item_label": item_label,
        "created_iso": time_iso(decision.created_at),
        "created_text": time_text(decision.created_at),
    }
