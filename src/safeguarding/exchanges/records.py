"""What an exchange holds: upstream records -> signals -> bank entries, in bulk.

Each upstream record's signals are rows of `exchange_signals`; a bank entry is added when a record first
holds its signal and retracted when no record of the exchange holds it any more (deleted or changed
upstream, or not seen again by a full refetch). Only entries the exchange added (`source =
"exchange:NAME"`) are ever retracted or brought back by it. Every step is a few set-based statements a
batch (chunks of CHUNK values), not a query a record.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from safeguarding.exchanges.models import Exchange, ExchangeSignal
from safeguarding.store.models import BankEntry, utcnow
from safeguarding.urls.lists import url_entry
from safeguarding.urls.models import UrlEntry

CHUNK = 500
T = TypeVar("T")
Signal = tuple[str, str, str]  # (our type, normalised value, labels)


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def record_digest(key: object) -> str:
    return hashlib.sha256(json.dumps(key, sort_keys=True, default=str).encode()).hexdigest()


def signal_key(kind: str, value: str) -> str:
    return hashlib.sha256(f"{kind} {value}".encode()).hexdigest()


def source_of(row: Exchange) -> str:
    return f"exchange:{row.name}"


def _url_key(value: str) -> str:
    return hashlib.sha256(f"page {url_entry('page', value).location}".encode()).hexdigest()


def store_records(
    session: Session, row: Exchange, held_by_record: dict[str, dict[str, Signal]]
) -> tuple[int, int]:
    """Replace the signals of these records (an empty dict: the record is gone); returns (entries added or
    brought back, entries retracted)."""
    keys = list(held_by_record)
    old: dict[str, dict[str, tuple[int, str, str]]] = {key: {} for key in keys}
    for part in chunks(keys):
        for row_id, record_key, skey, kind, value in session.execute(
            select(
                ExchangeSignal.id,
                ExchangeSignal.record_key,
                ExchangeSignal.signal_key,
                ExchangeSignal.signal_type,
                ExchangeSignal.value,
            ).where(ExchangeSignal.exchange_id == row.id, ExchangeSignal.record_key.in_(part))
        ):
            old[record_key][skey] = (row_id, kind, value)
    gone_ids: list[int] = []
    candidates: dict[str, tuple[str, str]] = {}
    new_rows: list[dict[str, object]] = []
    wanted: dict[str, Signal] = {}
    for record_key, held in held_by_record.items():
        before = old[record_key]
        for skey in before.keys() - held.keys():
            row_id, kind, value = before[skey]
            gone_ids.append(row_id)
            candidates[skey] = (kind, value)
        for skey, (kind, value, labels) in held.items():
            wanted[skey] = (kind, value, labels)
            if skey not in before:
                new_rows.append(
                    {
                        "exchange_id": row.id,
                        "record_key": record_key,
                        "signal_key": skey,
                        "signal_type": kind,
                        "value": value,
                        "generation": row.generation,
                    }
                )
    for part_ids in chunks(gone_ids):
        session.execute(delete(ExchangeSignal).where(ExchangeSignal.id.in_(part_ids)))
    if new_rows:
        session.execute(insert(ExchangeSignal), new_rows)
    for part in chunks(keys):  # seen by this fetch: not swept at its end
        session.execute(
            update(ExchangeSignal)
            .where(ExchangeSignal.exchange_id == row.id, ExchangeSignal.record_key.in_(part))
            .values(generation=row.generation)
        )
    added = activate(session, row, wanted.values())
    return added, retract_orphans(session, row, candidates)


def activate(session: Session, row: Exchange, signals: Iterable[Signal]) -> int:
    """Make each signal an active entry of the bank; returns how many were added or brought back."""
    by_kind: dict[str, dict[str, str]] = {}
    for kind, value, labels in signals:
        by_kind.setdefault(kind, {})[value] = labels
    source, now, changed = source_of(row), utcnow(), 0
    for kind, values in by_kind.items():
        if kind == "url":
            changed += _activate_urls(session, row, values, source)
            continue
        present: dict[str, tuple[int, bool, str]] = {}
        for part in chunks(list(values)):
            for entry_id, value, retracted, entry_source in session.execute(
                select(BankEntry.id, BankEntry.value, BankEntry.retracted_at, BankEntry.source).where(
                    BankEntry.bank_id == row.bank_id, BankEntry.signal_type == kind, BankEntry.value.in_(part)
                )
            ):
                present[value] = (entry_id, retracted is not None, entry_source)
        fresh = [
            {
                "bank_id": row.bank_id,
                "signal_type": kind,
                "value": v,
                "labels": labels,
                "source": source,
                "imported_at": now,
            }
            for v, labels in values.items()
            if v not in present
        ]
        if fresh:
            session.execute(insert(BankEntry), fresh)
        revived = [i for i, retracted, s in present.values() if retracted and s == source]
        for part_ids in chunks(revived):
            session.execute(
                update(BankEntry)
                .where(BankEntry.id.in_(part_ids))
                .values(retracted_at=None, retract_reason=None)
            )
        changed += len(fresh) + len(revived)
    return changed


def _activate_urls(session: Session, row: Exchange, values: dict[str, str], source: str) -> int:
    keyed = {_url_key(value): value for value in values}
    present: dict[str, tuple[int, bool, str]] = {}
    for part in chunks(list(keyed)):
        for entry_id, key, retracted, entry_source in session.execute(
            select(UrlEntry.id, UrlEntry.url_key, UrlEntry.retracted_at, UrlEntry.source).where(
                UrlEntry.bank_id == row.bank_id, UrlEntry.kind == "page", UrlEntry.url_key.in_(part)
            )
        ):
            present[key] = (entry_id, retracted is not None, entry_source)
    fresh = [
        {
            "bank_id": row.bank_id,
            "kind": "page",
            "url": value,
            "url_key": key,
            "labels": values[value],
            "note": "",
            "source": source,
            "imported_at": utcnow(),
        }
        for key, value in keyed.items()
        if key not in present
    ]
    if fresh:
        session.execute(insert(UrlEntry), fresh)
    revived = [i for i, retracted, s in present.values() if retracted and s == source]
    for part_ids in chunks(revived):
        session.execute(
            update(UrlEntry).where(UrlEntry.id.in_(part_ids)).values(retracted_at=None, retract_reason=None)
        )
    return len(fresh) + len(revived)


def retract_orphans(session: Session, row: Exchange, candidates: dict[str, tuple[str, str]]) -> int:
    """Retract the candidates no record of the exchange holds any more; returns how many."""
    if not candidates:
        return 0
    session.flush()
    still: set[str] = set()
    for part in chunks(list(candidates)):
        still.update(
            session.scalars(
                select(ExchangeSignal.signal_key).where(
                    ExchangeSignal.exchange_id == row.id, ExchangeSignal.signal_key.in_(part)
                )
            )
        )
    orphans: dict[str, list[str]] = {}
    for skey, (kind, value) in candidates.items():
        if skey not in still:
            orphans.setdefault(kind, []).append(_url_key(value) if kind == "url" else value)
    now, reason, source, count = utcnow(), f"exchange {row.name}: removed upstream", source_of(row), 0
    for kind, values in orphans.items():
        for part in chunks(values):
            if kind == "url":
                statement = update(UrlEntry).where(
                    UrlEntry.bank_id == row.bank_id,
                    UrlEntry.kind == "page",
                    UrlEntry.url_key.in_(part),
                    UrlEntry.source == source,
                    UrlEntry.retracted_at.is_(None),
                )
            else:
                statement = update(BankEntry).where(
                    BankEntry.bank_id == row.bank_id,
                    BankEntry.signal_type == kind,
                    BankEntry.value.in_(part),
                    BankEntry.source == source,
                    BankEntry.retracted_at.is_(None),
                )
            result = session.execute(statement.values(retracted_at=now, retract_reason=reason))
            count += result.rowcount or 0  # type: ignore[attr-defined]
    return count


def sweep(session: Session, row: Exchange) -> tuple[int, int]:
    """After a complete full fetch: records not seen again are gone upstream. Returns (records, retracted)."""
    stale = session.execute(
        select(
            ExchangeSignal.record_key,
            ExchangeSignal.signal_key,
            ExchangeSignal.signal_type,
            ExchangeSignal.value,
        ).where(ExchangeSignal.exchange_id == row.id, ExchangeSignal.generation < row.generation)
    ).all()
    session.execute(
        delete(ExchangeSignal).where(
            ExchangeSignal.exchange_id == row.id, ExchangeSignal.generation < row.generation
        )
    )
    retracted = retract_orphans(session, row, {skey: (kind, value) for _, skey, kind, value in stale})
    return len({r[0] for r in stale}), retracted


def retract_exchange_entries(session: Session, row: Exchange) -> int:
    """Retract every entry the exchange added (when it is deleted with its entries)."""
    held = session.execute(
        select(ExchangeSignal.signal_key, ExchangeSignal.signal_type, ExchangeSignal.value).where(
            ExchangeSignal.exchange_id == row.id
        )
    ).all()
    session.execute(delete(ExchangeSignal).where(ExchangeSignal.exchange_id == row.id))
    return retract_orphans(session, row, {key: (kind, value) for key, kind, value in held})
