"""Fetching: run a pytx exchange from its stored checkpoint into its bank.

Each upstream record's signals are kept in `exchange_signals`; a bank entry is added when a record
first holds its signal and retracted when no record of the exchange holds it any more (a deletion
upstream, a changed record, or a full refetch that no longer sees it). Only entries the exchange added
(`source = "exchange:NAME"`) are ever retracted by it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import typing
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session
from threatexchange.exchanges.fetch_state import FetchCheckpointBase, FetchedSignalMetadata
from threatexchange.exchanges.signal_exchange_api import AnySignalExchangeAPI
from threatexchange.signal_type.md5 import VideoMD5Signal
from threatexchange.signal_type.pdq.signal import PdqSignal
from threatexchange.signal_type.signal_base import SignalType as TxSignalType
from threatexchange.signal_type.url import URLSignal
from threatexchange.signal_type.url_md5 import UrlMD5Signal
from threatexchange.utils.dataclass_json import dataclass_dumps, dataclass_loads

from safeguarding.banks.pdq_search import refresh_pdq_index
from safeguarding.banks.signal_types import signal_type
from safeguarding.exchanges.apis import (
    ENDPOINT,
    FULL_SNAPSHOT_APIS,
    api_class,
    build_collab,
    instantiate,
)
from safeguarding.exchanges.models import Exchange, ExchangeSignal
from safeguarding.exchanges.types import ExchangeError, FetchReport
from safeguarding.store import Store
from safeguarding.store.models import BankEntry, utcnow
from safeguarding.urls.lists import url_entry
from safeguarding.urls.models import UrlEntry
from safeguarding.urls.normalize import UrlError

ProgressCallback = Callable[[FetchReport], None]
TX_SIGNAL_TYPES: list[type[TxSignalType]] = [PdqSignal, VideoMD5Signal, UrlMD5Signal, URLSignal]
# pytx signal name -> our bank's signal type ("url" goes to url_entries as an exact page).
OUR_TYPE = {"pdq": "pdq", "video_md5": "md5", "photo_md5": "md5", "url_md5": "url_md5", "url": "url"}
log = logging.getLogger(__name__)


def _digest(value: object) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()


def _signal_key(kind: str, value: str) -> str:
    return hashlib.sha256(f"{kind} {value}".encode()).hexdigest()


def _source(row: Exchange) -> str:
    return f"exchange:{row.name}"


def _tags(metadata: object) -> str:
    try:
        opinions = typing.cast(FetchedSignalMetadata, metadata).get_as_opinions()
        return ";".join(sorted({str(tag) for o in opinions for tag in o.tags}))
    except Exception:  # metadata without opinions: no labels
        return ""


def _signals_of(
    cls: type[AnySignalExchangeAPI], collab: Any, key: Any, value: Any, report: FetchReport
) -> dict[str, tuple[str, str, str]]:
    """signal_key -> (our type, normalised value, labels) held by one upstream record."""
    converted = cls.naive_convert_to_signal_type(TX_SIGNAL_TYPES, collab, {key: value})
    held: dict[str, tuple[str, str, str]] = {}
    for tx_type, signals in converted.items():
        ours = OUR_TYPE.get(tx_type.get_name())
        if ours is None:
            report.unsupported += len(signals)
            continue
        for raw, metadata in signals.items():
            try:
                normal = url_entry("page", raw).url if ours == "url" else signal_type(ours).normalize(raw)
            except (ValueError, UrlError) as exc:
                report.problems.append(f"record {str(key)[:80]}: {exc}")
                continue
            held[_signal_key(ours, normal)] = (ours, normal, _tags(metadata))
    if not converted and isinstance(key, tuple) and len(key) == 2:  # (signal type, value) keyed APIs
        if key[0] in OUR_TYPE:
            report.problems.append(f"record {str(key)[:80]}: not a valid {key[0]} signal, skipped")
        else:
            report.unsupported += 1
    return held


def _activate(session: Session, row: Exchange, signals: Iterable[tuple[str, str, str]]) -> int:
    """Make sure each signal is an active entry of the bank; returns how many were added or brought back."""
    changed = 0
    now = utcnow()
    source = _source(row)
    for kind, value, labels in signals:
        if kind == "url":
            entry = url_entry("page", value)
            key = hashlib.sha256(f"page {entry.location}".encode()).hexdigest()
            existing_url = session.scalar(
                select(UrlEntry).where(
                    UrlEntry.bank_id == row.bank_id, UrlEntry.kind == "page", UrlEntry.url_key == key
                )
            )
            if existing_url is None:
                session.add(
                    UrlEntry(
                        bank_id=row.bank_id,
                        kind="page",
                        url=entry.url,
                        url_key=key,
                        labels=labels,
                        source=source,
                    )
                )
                changed += 1
            elif existing_url.retracted_at is not None and existing_url.source == source:
                existing_url.retracted_at, existing_url.retract_reason = None, None
                changed += 1
            continue
        existing = session.scalar(
            select(BankEntry).where(
                BankEntry.bank_id == row.bank_id, BankEntry.signal_type == kind, BankEntry.value == value
            )
        )
        if existing is None:
            session.add(
                BankEntry(
                    bank_id=row.bank_id,
                    signal_type=kind,
                    value=value,
                    labels=labels,
                    source=source,
                    imported_at=now,
                )
            )
            changed += 1
        elif existing.retracted_at is not None and existing.source == source:
            existing.retracted_at, existing.retract_reason = None, None
            changed += 1
    session.flush()
    return changed


def _retract_orphans(session: Session, row: Exchange, candidates: dict[str, tuple[str, str]]) -> int:
    """Retract the candidates no record of the exchange holds any more; returns how many."""
    if not candidates:
        return 0
    session.flush()
    still_held = set(
        session.scalars(
            select(ExchangeSignal.signal_key).where(
                ExchangeSignal.exchange_id == row.id, ExchangeSignal.signal_key.in_(list(candidates))
            )
        )
    )
    now = utcnow()
    reason = f"exchange {row.name}: removed upstream"
    count = 0
    for key, (kind, value) in candidates.items():
        if key in still_held:
            continue
        if kind == "url":
            entry = url_entry("page", value)
            url_key = hashlib.sha256(f"page {entry.location}".encode()).hexdigest()
            result = session.execute(
                update(UrlEntry)
                .where(
                    UrlEntry.bank_id == row.bank_id,
                    UrlEntry.kind == "page",
                    UrlEntry.url_key == url_key,
                    UrlEntry.source == _source(row),
                    UrlEntry.retracted_at.is_(None),
                )
                .values(retracted_at=now, retract_reason=reason)
            )
        else:
            result = session.execute(
                update(BankEntry)
                .where(
                    BankEntry.bank_id == row.bank_id,
                    BankEntry.signal_type == kind,
                    BankEntry.value == value,
                    BankEntry.source == _source(row),
                    BankEntry.retracted_at.is_(None),
                )
                .values(retracted_at=now, retract_reason=reason)
            )
        count += result.rowcount or 0  # type: ignore[attr-defined]
    return count


def _apply(
    session: Session,
    row: Exchange,
    cls: type[AnySignalExchangeAPI],
    collab: Any,
    updates: dict[Any, Any],
    report: FetchReport,
) -> None:
    to_activate: list[tuple[str, str, str]] = []
    candidates: dict[str, tuple[str, str]] = {}
    for key, value in updates.items():
        record_key = _digest(key)
        merged = cls.fetch_value_merge(None, value) if value is not None else None
        held = {} if merged is None else _signals_of(cls, collab, key, merged, report)
        if merged is None:
            report.deletions += 1
        else:
            report.updates += 1
        old = {
            r.signal_key: r
            for r in session.scalars(
                select(ExchangeSignal).where(
                    ExchangeSignal.exchange_id == row.id, ExchangeSignal.record_key == record_key
                )
            )
        }
        for gone in set(old) - set(held):
            candidates[gone] = (old[gone].signal_type, old[gone].value)
            session.delete(old[gone])
        for signal_key, (kind, value_text, labels) in held.items():
            if signal_key in old:
                old[signal_key].generation = row.generation
            else:
                session.add(
                    ExchangeSignal(
                        exchange_id=row.id,
                        record_key=record_key,
                        signal_key=signal_key,
                        signal_type=kind,
                        value=value_text,
                        generation=row.generation,
                    )
                )
            to_activate.append((kind, value_text, labels))
    session.flush()
    report.added += _activate(session, row, to_activate)
    report.retracted += _retract_orphans(session, row, candidates)


def _sweep(session: Session, row: Exchange, report: FetchReport) -> None:
    """After a complete full fetch: records not seen again are gone upstream."""
    stale = session.execute(
        select(ExchangeSignal.signal_key, ExchangeSignal.signal_type, ExchangeSignal.value).where(
            ExchangeSignal.exchange_id == row.id, ExchangeSignal.generation < row.generation
        )
    ).all()
    report.deletions += len({r[0] for r in stale})
    session.execute(
        delete(ExchangeSignal).where(
            ExchangeSignal.exchange_id == row.id, ExchangeSignal.generation < row.generation
        )
    )
    report.retracted += _retract_orphans(session, row, {key: (kind, value) for key, kind, value in stale})


def retract_exchange_entries(session: Session, row: Exchange) -> int:
    """Retract every entry the exchange added (used when it is deleted with its entries)."""
    held = session.execute(
        select(ExchangeSignal.signal_key, ExchangeSignal.signal_type, ExchangeSignal.value).where(
            ExchangeSignal.exchange_id == row.id
        )
    ).all()
    session.execute(delete(ExchangeSignal).where(ExchangeSignal.exchange_id == row.id))
    return _retract_orphans(session, row, {key: (kind, value) for key, kind, value in held})


def _load_checkpoint(cls: type[AnySignalExchangeAPI], row: Exchange) -> FetchCheckpointBase | None:
    if not row.checkpoint_json:
        return None
    try:
        return typing.cast(
            FetchCheckpointBase, dataclass_loads(row.checkpoint_json, cls.get_checkpoint_cls())
        )
    except Exception:
        log.warning("exchange %s: stored checkpoint unreadable, fetching from the start", row.name)
        return None


def fetch_exchange(
    store: Store,
    name: str,
    *,
    on_progress: ProgressCallback | None = None,
    max_batches: int | None = None,
) -> FetchReport:
    """Fetch one exchange from its checkpoint until the source has no more (or `max_batches`).

    Each batch is committed with its checkpoint, so an interrupted fetch resumes where it stopped;
    records deleted upstream retract the entries only they held; a stale checkpoint starts over (entries
    no longer upstream are retracted at the end). Errors (bad credentials, the server down, bad data)
    end the fetch with `report.error` set and the status recording the failure; they are not raised.
    """
    report = FetchReport(name)
    with store.session() as session:
        row = session.scalar(select(Exchange).where(Exchange.name == name))
        if row is None:
            raise ExchangeError(f"no exchange named {name!r}")
        cls = api_class(row.api)
        config = json.loads(row.config_json)
        collab = build_collab(row.api, row.name, row.enabled, config)
        checkpoint = _load_checkpoint(cls, row)
        full = row.api in FULL_SNAPSHOT_APIS or checkpoint is None or checkpoint.is_stale()
        if checkpoint is not None and full and row.api not in FULL_SNAPSHOT_APIS:
            report.stale_refetch = True
        if full:
            checkpoint = None
            row.generation += 1
            row.sweep_generation = row.generation
        row.running_fetch_start_ts = datetime.now(UTC)
        row.up_to_date = False
    try:
        api = instantiate(row.api, collab, config.get(ENDPOINT))
        deltas = api.fetch_iter(TX_SIGNAL_TYPES, checkpoint)
        report.complete = True
        for delta in deltas:
            with store.session() as session:
                current = session.get(Exchange, row.id)
                assert current is not None
                _apply(session, current, cls, collab, dict(delta.updates), report)
                current.checkpoint_json = dataclass_dumps(delta.checkpoint)
                current.checkpoint_ts = delta.checkpoint.get_progress_timestamp()
            report.batches += 1
            if on_progress is not None:
                on_progress(report)
            if max_batches is not None and report.batches >= max_batches:
                report.complete = False
                break
        if report.complete:
            with store.session() as session:
                current = session.get(Exchange, row.id)
                assert current is not None
                if current.sweep_generation is not None:
                    _sweep(session, current, report)
                    current.sweep_generation = None
    except ExchangeError as exc:
        report.error, report.complete = str(exc), False
    except Exception as exc:  # the source's failures: network, auth, malformed data
        report.error, report.complete = f"exchange {name!r} ({row.api}): {type(exc).__name__}: {exc}", False
    with store.session() as session:
        current = session.get(Exchange, row.id)
        assert current is not None
        current.running_fetch_start_ts = None
        current.last_fetch_succeeded = report.error is None
        current.last_error = report.error
        if report.error is None:
            current.last_fetch_complete_ts = datetime.now(UTC)
        current.up_to_date = report.complete
    if report.added or report.retracted:
        refresh_pdq_index(store.index_dir, store.engine)
    return report


def fetch_all(store: Store, *, on_progress: ProgressCallback | None = None) -> list[FetchReport]:
    """Fetch every enabled exchange in turn; one failing does not stop the others."""
    with store.session() as session:
        names = list(session.scalars(select(Exchange.name).where(Exchange.enabled).order_by(Exchange.name)))
    return [fetch_exchange(store, name, on_progress=on_progress) for name in names]
