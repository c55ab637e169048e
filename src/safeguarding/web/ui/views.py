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

from markupsafe import Markup

from safeguarding.ads.networks import NetworkSummary, mark_template
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
                # a video match: the shares of matched frames and the matched time ranges
                "query_share": match.get("query_share"),
                "bank_share": match.get("bank_share"),
                "ranges": [r for r in match.get("ranges") or [] if isinstance(r, dict)],
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


def _evidence_label(entry: dict[str, Any]) -> str:
    what = entry.get("category") or entry.get("reason") or entry.get("why") or "evidence"
    label = str(what).replace("_", " ")
    stage = entry.get("stage")
    return f"{label} · stage {stage}" if isinstance(stage, int) and stage else label


def _evidence_index(entry: dict[str, Any]) -> int | None:
    for key in ("message_index", "message", "index"):
        value = entry.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


def _evidence_by_index(payload: dict[str, Any]) -> dict[int, str]:
    found: dict[int, str] = {}
    for entry in payload.get("evidence") or []:
        if isinstance(entry, int) and not isinstance(entry, bool):
            found[entry] = "evidence"
        elif isinstance(entry, dict) and (index := _evidence_index(entry)) is not None:
            found[index] = (
                f"{found[index]}; {_evidence_label(entry)}" if index in found else _evidence_label(entry)
            )
    return found


def _chat_data(payload: dict[str, Any]) -> dict[str, Any]:
    """The conversation with its evidence lines marked; only the evidence lines when that is all there is."""
    suspect = payload.get("suspect")
    evidence = _evidence_by_index(payload)
    raw = payload.get("messages")
    whole = isinstance(raw, list) and bool(raw)
    if not whole:
        raw = sorted(
            (e for e in payload.get("evidence") or [] if isinstance(e, dict)),
            key=lambda e: _evidence_index(e) or 0,
        )
    messages = []
    seen: set[int] = set()
    for position, message in enumerate(raw or []):
        if not isinstance(message, dict):
            continue
        index = _evidence_index(message)
        index = position if index is None else index
        if not whole and index in seen:
            continue  # one line per message even when it carries evidence of two kinds
        seen.add(index)
        author = str(message.get("author") or (suspect if not whole else "") or "")
        when = message.get("time") or message.get("sent_at") or ""
        messages.append(
            {
                "number": index + 1,
                "author": author,
                "text": str(message.get("text", "")),
                "time": _short_time(when),
                "time_iso": str(when) if when else "",
                "evidence": evidence.get(index, ""),
                "is_suspect": bool(suspect) and author == suspect,
            }
        )
    risk = payload.get("risk")
    stage = payload.get("stage")
    return {
        "messages": messages,
        "whole": whole,
        "suspect": suspect,
        "risk": f"{risk:.2f}" if isinstance(risk, float) else risk,
        "stage": stage if stage not in (None, "") else "",
        "first_warning": payload.get("first_warning"),
        "conversation_id": payload.get("conversation_id") or "",
        **_sextortion_data(payload),
    }


def _sextortion_data(payload: dict[str, Any]) -> dict[str, Any]:
    """Sextortion fields, and for a crisis the support resources configured for the service."""
    from safeguarding.chats.sextortion.support import support_resources

    crisis = payload.get("crisis") is True
    return {
        "typology": payload.get("typology") or "",
        "payment_channels": [str(c) for c in payload.get("payment_channels") or []],
        "minutes_to_demand": payload.get("minutes_to_demand"),
        "crisis": crisis,
        "support_resources": support_resources() if crisis else [],
    }


def with_context(data: dict[str, Any], context: dict[str, Any], more_available: bool) -> dict[str, Any]:
    """The chat item's evidence lines among their kept context, with the gaps 'show more' can fill.

    `context` is one entry of `cases.context.case_context`. Evidence lines the context does not hold
    (ingested without their conversation) are still shown.
    """
    lines: dict[int, dict[str, Any]] = {m["number"] - 1: m for m in data["messages"]}
    suspect = data.get("suspect")
    for message in context["messages"]:
        index = message["index"]
        author = str(message.get("author") or "")
        when = message.get("time") or ""
        line = lines.get(index) or {
            "number": index + 1,
            "evidence": "",
            "is_suspect": bool(suspect) and author == suspect,
        }
        lines[index] = line | {
            "author": author or line.get("author", ""),
            "text": str(message.get("text", "")),
            "time": _short_time(when) or line.get("time", ""),
            "time_iso": str(when) if when else line.get("time_iso", ""),
        }
    rows: list[dict[str, Any]] = []
    previous: int | None = None
    for index in sorted(lines):
        if previous is not None and index - previous > 1:
            rows.append({"gap": True, "start": previous + 1, "end": index - 1, "count": index - previous - 1})
        elif previous is None and index > 0 and more_available:
            rows.append({"gap": True, "start": max(0, index - 10), "end": index - 1, "earlier": True})
        rows.append(lines[index] | {"context": not lines[index]["evidence"]})
        previous = index
    if previous is not None and more_available:
        rows.append({"gap": True, "start": previous + 1, "end": previous + 10, "later": True})
    return data | {
        "messages": rows,
        "whole": False,
        "with_context": True,
        "more_available": more_available,
    }


def _short_time(value: Any) -> str:
    text = str(value or "")
    if "T" in text:
        return text.split("T", 1)[1][:5]
    return text[:16]


# --- ad networks -------------------------------------------------------------------------------------
# A network case has one item per ad (a line of `safeguarding ads link`); the network panel sums them up.


def _ad_item_data(item: CaseItem) -> dict[str, Any]:
    payload = item.payload or {}
    photos = []
    for index, photo in enumerate(payload.get("photos") or []):
        source = photo if isinstance(photo, dict) else {"pdq": str(photo)}
        photos.append({"media": _media_ref(index, _photo_path(photo)), "hashes": _hash_pairs(source)})
    indicators = []
    for indicator in payload.get("indicators") or []:
        if isinstance(indicator, dict):
            name = str(indicator.get("category") or indicator.get("name") or "indicator").replace("_", " ")
            indicators.append({"name": name, "evidence": _text(indicator.get("evidence", ""))})
        else:
            indicators.append({"name": _text(indicator), "evidence": ""})
    links = [
        {
            "by": str(link.get("by", "")),
            "to": str(link.get("to", "")),
            "evidence": _text(link.get("evidence", "")),
        }
        for link in (payload.get("links") or [])[:8]
        if isinstance(link, dict)
    ]
    return {
        "ad_id": payload.get("id", item.source_ref),
        "city": payload.get("city") or payload.get("location") or "",
        "posted": str(payload.get("posted_at") or "")[:16].replace("T", " "),
        "excerpt": str(payload.get("excerpt") or payload.get("text") or ""),
        "contacts": [
            *(("phone", v) for v in payload.get("phones") or []),
            *(("email", v) for v in payload.get("emails") or []),
            *(("handle", v) for v in payload.get("handles") or []),
        ],
        "indicators": indicators,
        "links": links,
        "photos": photos,
        "images": [str(v) for v in payload.get("images") or []],
    }


def network_view(items: Iterable[CaseItem]) -> dict[str, Any]:
    """What the ads of a network share: templates, contacts, photos, indicators, and its movement."""
    ads = [item.payload or {} for item in items if item.kind == "ad_network"]
    summary = NetworkSummary(name=str(next((a.get("network") for a in ads if a.get("network")), "")))
    for ad in ads:
        summary.add(
            {
                **ad,
                "indicators": [
                    i for i in ad.get("indicators") or [] if isinstance(i, dict) and "category" in i
                ],
                "links": [link for link in ad.get("links") or [] if isinstance(link, dict) and "by" in link],
                "images": [str(v) for v in ad.get("images") or []]
                + [str(p.get("pdq")) for p in ad.get("photos") or [] if isinstance(p, dict) and p.get("pdq")],
            }
        )
    by_template: dict[str, list[str]] = {}
    for ad in ads:
        text = ad.get("excerpt") or ad.get("text")
        if ad.get("template") and text:
            by_template.setdefault(str(ad["template"]), []).append(str(text))
    templates = [
        {"name": name, "ads": len(texts), "marked": Markup(mark_template(texts[:20]))}
        for name, texts in sorted(by_template.items(), key=lambda kv: -len(kv[1]))[:3]
    ]
    counters = (("phone", summary.phones), ("email", summary.emails), ("handle", summary.handles))
    counted = [(count, kind, value) for kind, counter in counters for value, count in counter.most_common(10)]
    contacts = [{"kind": k, "value": v, "ads": n} for n, k, v in sorted(counted, key=lambda c: -c[0])]
    return {
        "name": summary.name,
        "ads": summary.size,
        "templates": templates,
        "contacts": contacts,
        "photos": [{"pdq": value, "ads": count} for value, count in summary.images.most_common(12)],
        "indicators": summary.indicators.most_common(),
        "links_by": summary.evidence.most_common(),
        "timeline": [
            {
                "city": stop["city"],
                "first": str(stop["first"])[:10],
                "last": str(stop["last"])[:10],
                "first_iso": str(stop["first"]),
                "ads": stop["ads"],
            }
            for stop in summary.movement()
        ],
    }


# --- items and decisions -----------------------------------------------------------------------------


def item_view(item: CaseItem, decisions: Iterable[Decision]) -> dict[str, Any]:
    payload = item.payload or {}
    media: list[dict[str, Any]] = []
    if item.kind == "ad_network":
        template, data = "ad_network", _ad_item_data(item)
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
