"""Turn each detector's output into detections: known-media matches, grooming warnings, ad networks.

Each adapter takes one output record (a parsed JSON line) and returns the detections it implies
(none when the record is not a finding). They never touch the store except `scan_record_to_detections`,
which looks up the scanned file's id and hashes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from safeguarding.cases.service import Detection, submit_detection
from safeguarding.store.models import MediaItem

#: The four ad indicators the one outcome-validated study found significant (ads/indicators/weights.yaml).
SIGNIFICANT_AD_INDICATORS = frozenset(
    {"trust_language", "obscured_contact", "youth_language", "ethnicity_nationality"}
)
#: Chat evidence categories that, in a flagged conversation, mean harm may be imminent.
IMMINENT_CHAT_CATEGORIES = frozenset({"meeting"})


class AdapterError(ValueError):
    """A record that is not what the adapter expects; the message names the missing or bad field."""


class _BankMatchLike(Protocol):
    def to_json(self) -> dict[str, object]: ...


def _require(record: dict[str, Any], name: str, kinds: type | tuple[type, ...]) -> Any:
    value = record.get(name)
    if value is None or isinstance(value, bool) or not isinstance(value, kinds):
        raise AdapterError(f"field {name!r} is missing or of the wrong type")
    return value


# --- known media -------------------------------------------------------------------------------


def media_detection(
    item: MediaItem, matches: Sequence[dict[str, Any]], pdq: str | None = None, uploader: str | None = None
) -> Detection:
    banks = sorted({str(m.get("bank", "")) for m in matches})
    best = min((int(m.get("distance", 0)) for m in matches), default=0)
    return Detection(
        kind="media_match",
        group_key=f"media:{item.sha256}",
        summary=f"known-media match in {', '.join(banks)} (distance {best})",
        severity="known_media",
        payload={
            "path": item.path,
            "sha256": item.sha256,
            "md5": item.md5,
            "pdq": pdq,
            "media_item_id": item.id,
            "matches": list(matches),
            **({"uploader": uploader} if uploader else {}),
        },
        source_ref=f"media_item:{item.id}",
        occurred_at=item.first_seen,
    )


def media_match_hook(
    session: Session, item: MediaItem, matches: Sequence[_BankMatchLike], uploader: str | None = None
) -> None:
    """`scan_media(..., on_match=media_match_hook)`: every new match becomes a case item at once
    (`uploader`: the account that uploaded the file, when the operator gives it)."""
    pdq = next((s.value for s in item.signals if s.signal_type == "pdq"), None)
    submit_detection(session, media_detection(item, [m.to_json() for m in matches], pdq, uploader))


def live_stream_detection(alert: dict[str, Any]) -> Detection:
    """An alert of `safeguarding streams watch` (known material in a live stream): imminent harm.

    The case keeps the stream's URL and the matched frames' hashes (`frames`: stream time, PDQ,
    quality, distance), never the frames themselves.
    """
    stream = _require(alert, "stream", str)
    entry = _require(alert, "entry", int)
    frames = alert.get("frames") or []
    when = str(alert.get("time", ""))
    try:
        occurred_at = datetime.fromisoformat(when) if when else None
    except ValueError:
        raise AdapterError(f"field 'time' is not an ISO 8601 time: {when!r}") from None
    group = f"stream:{stream}"
    if len(group) > 300:
        group = "stream:sha256:" + hashlib.sha256(stream.encode()).hexdigest()
    return Detection(
        kind="live_stream",
        group_key=group,
        summary=(
            f"live stream shows known material: {alert.get('bank')} entry {entry}, "
            f"{alert.get('frames_matched', len(frames))} frames matched (distance {alert.get('distance')})"
        ),
        severity="imminent_harm",
        payload={**alert, "url": stream, "frames": list(frames)},
        source_ref=f"entry:{entry}:{when}"[:300],
        occurred_at=occurred_at,
    )


def scan_record_to_detections(session: Session, record: dict[str, Any]) -> list[Detection]:
    """A line of `safeguarding scan --json`: one detection if it has matches, found in this store."""
    if "summary" in record or record.get("error") or not record.get("matches"):
        return []
    path = _require(record, "path", str)
    matches = _require(record, "matches", list)
    if not all(isinstance(m, dict) for m in matches):
        raise AdapterError("field 'matches' must be a list of objects")
    query = select(MediaItem).where(MediaItem.path == path)
    if isinstance(record.get("sha256"), str):
        query = query.where(MediaItem.sha256 == record["sha256"])
    item = session.scalars(query.order_by(MediaItem.id.desc()).limit(1)).first()
    if item is None:
        raise AdapterError(f"{path!r} was not scanned into this database (run the scan with the same --db)")
    pdq = next((s.value for s in item.signals if s.signal_type == "pdq"), None)
    return [media_detection(item, matches, pdq)]


# --- grooming warnings -------------------------------------------------------------------------


def chat_record_to_detections(record: dict[str, Any]) -> list[Detection]:
    """A line of `safeguarding chats score`: a detection when the conversation is flagged.

    A flagged conversation whose evidence includes a meeting request becomes `meeting_arranged`
    (severity imminent_harm); otherwise `grooming_warning`.
    """
    conversation = str(_require(record, "id", (str, int)))
    if not record.get("flagged") and record.get("crisis") is not True:
        return []
    evidence = record.get("evidence") or []
    if not isinstance(evidence, list):
        raise AdapterError("field 'evidence' must be a list")
    return [chat_detection(conversation, record, evidence)]


def chat_detection(
    conversation: str, result: dict[str, Any], evidence: list[Any], occurred_at: datetime | None = None
) -> Detection:
    lines = [
        {**entry, "message_index": entry.get("message"), "author": result.get("suspect")}
        if isinstance(entry, dict)
        else entry
        for entry in evidence
    ]
    categories = {entry.get("category") for entry in evidence if isinstance(entry, dict)}
    imminent = bool(categories & IMMINENT_CHAT_CATEGORIES)
    stages: list[int] = [
        entry["stage"]
        for entry in evidence
        if isinstance(entry, dict) and isinstance(entry.get("stage"), int)
    ]
    risk = result.get("risk")
    risk_text = f"{risk:.2f}" if isinstance(risk, float | int) else "?"
    kind = "meeting_arranged" if imminent else "grooming_warning"
    suspect = result.get("suspect")
    # Sextortion (docs/SEXTORTION.md): its own kind; a crisis (despair from the targeted person) is
    # imminent harm whatever the score, and a crisis alone, unflagged, is still a case for a person.
    crisis = result.get("crisis") is True
    if result.get("typology") == "sextortion" and result.get("flagged"):
        kind = "sextortion_warning"
    elif crisis and not result.get("flagged"):
        kind = "crisis"
    summary = f"{'meeting request in a ' if imminent else ''}grooming warning, risk {risk_text}"
    if kind != "grooming_warning" and not imminent:
        summary = "sextortion warning" if kind == "sextortion_warning" else "despair or self-harm words"
        summary += f", risk {risk_text}" if kind == "sextortion_warning" else ""
    if crisis:
        summary = "CRISIS: " + summary
    return Detection(
        kind=kind,
        group_key=f"conversation:{conversation}",
        severity="imminent_harm" if crisis else None,
        summary=summary + (f", suspect {suspect}" if suspect else ""),
        payload={
            "conversation_id": conversation,
            "risk": risk,
            "flagged": True,
            "first_warning": result.get("first_warning"),
            "suspect": suspect,
            "stage": max(stages) if stages else None,
            "evidence": lines,
            **{
                k: result[k]
                for k in ("typology", "crisis", "crisis_message", "payment_channels", "minutes_to_demand")
                if k in result
            },
        },
        source_ref=f"{conversation}:{kind}",
        occurred_at=occurred_at,
    )


# --- ad networks -------------------------------------------------------------------------------


def _indicator_names(indicators: Any) -> list[str]:
    names: list[str] = []
    for indicator in indicators or []:
        if isinstance(indicator, str):
            names.append(indicator)
        elif isinstance(indicator, dict):
            name = indicator.get("category") or indicator.get("name") or indicator.get("indicator")
            if isinstance(name, str):
                names.append(name)
    if isinstance(indicators, dict):
        names.extend(str(name) for name in indicators)
    return names


def _contacts(record: dict[str, Any]) -> list[dict[str, str]]:
    found: list[dict[str, str]] = []
    for field_name, kind in (("phones", "phone"), ("emails", "email"), ("handles", "handle")):
        values = record.get(field_name) or []
        if isinstance(values, list):
            found.extend({"value": str(value), "kind": kind} for value in values)
    return found


def ad_severity(indicators: Any) -> str:
    """ad_network_strong when the ad shows youth-suggesting language or two significant indicators."""
    found = set(_indicator_names(indicators)) & SIGNIFICANT_AD_INDICATORS
    return "ad_network_strong" if "youth_language" in found or len(found) >= 2 else "ad_network"


def ad_record_to_detections(record: dict[str, Any]) -> list[Detection]:
    """A line of `safeguarding ads link`: one detection per ad in a network (ads alone are not cases)."""
    ad_id = str(_require(record, "id", (str, int)))
    network = record.get("network")
    if not network:
        return []
    severity = ad_severity(record.get("indicators"))
    names = _indicator_names(record.get("indicators"))
    where = record.get("city") or record.get("location") or ""
    return [
        Detection(
            kind="ad_network",
            group_key=f"network:{network}",
            summary=f"ad network {network}"
            + (
                f": {', '.join(sorted(set(names) & SIGNIFICANT_AD_INDICATORS))}"
                if severity.endswith("strong")
                else ""
            ),
            severity=severity,
            payload={
                **record,
                "ads": [{"id": ad_id, "city": where, "posted_at": record.get("posted_at", "")}],
            },
            source_ref=f"ad:{ad_id}",
        )
    ]


# --- payments ----------------------------------------------------------------------------------


def payment_record_to_detections(record: dict[str, Any]) -> list[Detection]:
    """A line of `safeguarding payments score`: a `payment_pattern` detection when the customer is flagged."""
    customer = str(_require(record, "customer", (str, int)))
    if not record.get("flagged"):
        return []
    names = _indicator_names(record.get("indicators"))
    score = record.get("score")
    flagged_at = record.get("first_flag_time")
    return [
        Detection(
            kind="payment_pattern",
            group_key=f"customer:{customer}",
            summary=f"payment pattern, score {score}: {', '.join(names)}",
            payload=dict(record),
            source_ref=f"{customer}:{flagged_at}",
            occurred_at=datetime.fromisoformat(flagged_at) if isinstance(flagged_at, str) else None,
        )
    ]
