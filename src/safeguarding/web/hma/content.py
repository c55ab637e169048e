"""Banks and bank content as HMA sees them, over our banks: a content id is a `bank_entries.id` (global,
from 1); its HMA-only fields live in `bank_options` and `bank_entry_details` (safeguarding.web.models).

Deleting content retracts the entry (reason "deleted through the HMA API"): it stops matching and the
record stays, as for every retraction. Adding a hash a bank already holds returns that entry (made
active again if it had been retracted) rather than a second copy.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from safeguarding.banks import create_bank
from safeguarding.store.models import Bank, BankEntry
from safeguarding.web.hma.errors import hma_error
from safeguarding.web.hma.signals import HMA_NAME
from safeguarding.web.models import BankEntryDetails, BankOptions

BANK_NAME = re.compile(r"[A-Z_][A-Z0-9_]*")
NOTE_LIMIT = 255
METADATA_KEYS = frozenset({"content_id", "content_uri", "json"})
FIVE_YEARS = 5 * 365 * 24 * 3600
DELETE_REASON = "deleted through the HMA API"


def check_bank_name(name: object) -> str:
    if not isinstance(name, str) or not BANK_NAME.fullmatch(name):
        raise hma_error(400, "Bank names must be UPPER_WITH_UNDERSCORE")
    return name


def find_bank(session: Session, name: str) -> Bank | None:
    return session.scalar(select(Bank).where(Bank.name == name))


def bank_or_404(session: Session, name: str) -> Bank:
    bank = find_bank(session, name)
    if bank is None:
        raise hma_error(404, f"bank '{name}' not found")
    return bank


def ratio(session: Session, bank: Bank) -> float:
    options = session.get(BankOptions, bank.id)
    return float(options.matching_enabled_ratio) if options is not None else 1.0


def set_ratio(session: Session, bank: Bank, value: float) -> None:
    options = session.get(BankOptions, bank.id)
    if options is None:
        session.add(BankOptions(bank_id=bank.id, matching_enabled_ratio=value))
    else:
        options.matching_enabled_ratio = value


def bank_config(session: Session, bank: Bank) -> dict[str, Any]:
    return {"matching_enabled_ratio": ratio(session, bank), "name": bank.name}


def all_banks(session: Session) -> list[dict[str, Any]]:
    ratios = dict(session.execute(select(BankOptions.bank_id, BankOptions.matching_enabled_ratio)).all())
    return [
        {"matching_enabled_ratio": float(ratios.get(bank.id, 1.0)), "name": bank.name}
        for bank in session.scalars(select(Bank).order_by(Bank.id))
    ]


def new_bank(session: Session, name: str, enabled_ratio: float) -> Bank:
    if find_bank(session, name) is not None:
        raise hma_error(403, "Bank already exists")
    bank = create_bank(session, name, "created through the HMA API")
    set_ratio(session, bank, enabled_ratio)
    return bank


def entry_count(session: Session, bank: Bank) -> int:
    return int(session.scalar(select(func.count()).where(BankEntry.bank_id == bank.id)) or 0)


def rename_bank(session: Session, bank: Bank, name: str) -> None:
    if name != bank.name and find_bank(session, name) is not None:
        raise hma_error(403, "Bank name already exists")
    bank.name = name


def check_note(note: object) -> str | None:
    if not note:
        return None
    if not isinstance(note, str):
        raise hma_error(400, "note should be a string")
    if len(note) > NOTE_LIMIT:
        raise hma_error(400, f"note must be at most {NOTE_LIMIT} characters")
    return note


def check_metadata(raw: object) -> dict[str, Any] | None:
    """HMA's BankedContentMetadata: content_id, content_uri (strings), json (an object); else 400."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise hma_error(400, "metadata should be a json object")
    raw = {k: v for k, v in raw.items() if k != "collab"}
    unknown = sorted(set(raw) - METADATA_KEYS)
    if unknown:
        raise hma_error(
            400, f"Invalid metadata: unknown field {unknown[0]!r} (allowed: content_id, content_uri, json)"
        )
    for key in ("content_id", "content_uri"):
        if raw.get(key) is not None and not isinstance(raw[key], str):
            raise hma_error(400, f"Invalid metadata: {key} should be a string")
    if raw.get("json") is not None and not isinstance(raw["json"], dict):
        raise hma_error(400, "Invalid metadata: json should be an object")
    cleaned = {k: v for k, v in raw.items() if v is not None}
    return cleaned or None


@dataclass
class Added:
    entry_id: int
    signals: dict[str, str]  # HMA name -> value


def add_signals(
    session: Session,
    bank: Bank,
    signals: dict[str, str],
    *,
    note: str | None,
    metadata: dict[str, Any] | None,
    media_uri: str | None,
    source: str,
) -> Added:
    """Add one content (its signals, keyed by our signal type, already normalised): the first entry's id."""
    if not signals:
        raise hma_error(400, "No signals given")
    ids: list[int] = []
    for kind, value in signals.items():
        entry = session.scalar(
            select(BankEntry).where(
                BankEntry.bank_id == bank.id, BankEntry.signal_type == kind, BankEntry.value == value
            )
        )
        if entry is None:
            entry = BankEntry(bank_id=bank.id, signal_type=kind, value=value, note=note or "", source=source)
            session.add(entry)
            session.flush()
        else:
            entry.retracted_at = None
            entry.retract_reason = None
            if note is not None:
                entry.note = note
        details = session.get(BankEntryDetails, entry.id)
        if details is None:
            details = BankEntryDetails(entry_id=entry.id, disable_until_ts=BankEntryDetails.ENABLED)
            session.add(details)
        if metadata is not None:
            details.metadata_json = json.dumps(metadata, sort_keys=True)
        if media_uri is not None:
            details.original_media_uri = media_uri
        ids.append(entry.id)
    return Added(ids[0], {HMA_NAME[kind]: value for kind, value in signals.items()})


def entry_or_404(session: Session, bank: Bank, entry_id: int) -> BankEntry:
    entry = session.get(BankEntry, entry_id)
    if entry is None or entry.bank_id != bank.id or entry.retracted_at is not None:
        raise hma_error(404, f"content '{entry_id}' not found")
    return entry


def details_of(session: Session, entry: BankEntry) -> BankEntryDetails:
    details = session.get(BankEntryDetails, entry.id)
    if details is None:
        details = BankEntryDetails(entry_id=entry.id, disable_until_ts=BankEntryDetails.ENABLED)
        session.add(details)
        session.flush()
    return details


def content_json(
    session: Session, bank: Bank, entry: BankEntry, *, include_signals: bool, include_metadata: bool
) -> dict[str, Any]:
    """GET /c/bank/<name>/content/<id>: HMA's BankContentResponse, empty optional keys left out."""
    details = session.get(BankEntryDetails, entry.id)
    body: dict[str, Any] = {
        "id": entry.id,
        "disable_until_ts": details.disable_until_ts if details else BankEntryDetails.ENABLED,
        "original_media_uri": details.original_media_uri if details else None,
        "bank": bank_config(session, bank),
    }
    if include_signals:
        body["signals"] = {HMA_NAME.get(entry.signal_type, entry.signal_type): entry.value}
    if include_metadata and details is not None and details.metadata_json:
        body["metadata"] = json.loads(details.metadata_json)
    if entry.note:
        body["note"] = entry.note
    return body


def update_content(session: Session, bank: Bank, entry: BankEntry, data: dict[str, Any]) -> dict[str, Any]:
    """PUT /c/bank/<name>/content/<id>: disable_until_ts and note; answers HMA's BankContentConfig."""
    details = details_of(session, entry)
    if "disable_until_ts" in data:
        try:
            value = int(str(data["disable_until_ts"]))
        except ValueError:
            raise hma_error(400, f"Invalid int: '{data['disable_until_ts']}'") from None
        if value < 0:
            raise hma_error(400, "disable_until_ts must be a non-negative integer")
        if value > time.time() + FIVE_YEARS:
            raise hma_error(400, "disable_until_ts must be less than 5 years in the future")
        details.disable_until_ts = value
    if "note" in data:
        entry.note = check_note(data["note"]) or ""
    return {
        "id": entry.id,
        "disable_until_ts": details.disable_until_ts,
        "collab_metadata": {},
        "original_media_uri": details.original_media_uri,
        "bank": bank_config(session, bank),
        "user_metadata": json.loads(details.metadata_json) if details.metadata_json else None,
        "note": entry.note or None,
    }


def delete_content(session: Session, bank: Bank, entry_id: int) -> int:
    entry = session.get(BankEntry, entry_id)
    if entry is None or entry.bank_id != bank.id or entry.retracted_at is not None:
        return 0
    entry.retracted_at = datetime.now(UTC)
    entry.retract_reason = DELETE_REASON
    return 1


def lookup_flags(session: Session, entry_ids: Iterable[int], now: float) -> dict[int, float]:
    """For each enabled entry of `entry_ids` (no details row, disable_until_ts 1, or a time now past), its
    bank's matching_enabled_ratio; disabled entries are left out. One query."""
    wanted = set(entry_ids)
    if not wanted:
        return {}
    rows = session.execute(
        select(BankEntry.id, BankEntryDetails.disable_until_ts, BankOptions.matching_enabled_ratio)
        .outerjoin(BankEntryDetails, BankEntryDetails.entry_id == BankEntry.id)
        .outerjoin(BankOptions, BankOptions.bank_id == BankEntry.bank_id)
        .where(BankEntry.id.in_(wanted))
    ).all()
    flags: dict[int, float] = {}
    for entry_id, until, bank_ratio in rows:
        if until == BankEntryDetails.DISABLED or (
            until not in (None, BankEntryDetails.ENABLED) and until > now
        ):
            continue
        flags[entry_id] = 1.0 if bank_ratio is None else float(bank_ratio)
    return flags
