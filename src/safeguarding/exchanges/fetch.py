"""Fetching: run a pytx exchange from its stored checkpoint into its bank (storage in `records`)."""

from __future__ import annotations

import json
import logging
import typing
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from threatexchange.exchanges.fetch_state import FetchCheckpointBase, FetchedSignalMetadata
from threatexchange.exchanges.signal_exchange_api import (
    AnySignalExchangeAPI,
    SignalExchangeAPIWithSimpleUpdates,
)
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
from safeguarding.exchanges.models import Exchange
from safeguarding.exchanges.records import Signal, record_digest, signal_key, store_records, sweep
from safeguarding.exchanges.types import ExchangeError, FetchReport
from safeguarding.store import Store
from safeguarding.urls.lists import url_entry
from safeguarding.urls.normalize import UrlError

ProgressCallback = Callable[[FetchReport], None]
TX_SIGNAL_TYPES: list[type[TxSignalType]] = [PdqSignal, VideoMD5Signal, UrlMD5Signal, URLSignal]
# pytx signal name -> our bank's signal type ("url" goes to url_entries as an exact page).
_TX_BY_NAME = {t.get_name(): t for t in TX_SIGNAL_TYPES}
OUR_TYPE = {"pdq": "pdq", "video_md5": "md5", "photo_md5": "md5", "url_md5": "url_md5", "url": "url"}
log = logging.getLogger(__name__)


def _tags(metadata: object) -> str:
    try:
        opinions = typing.cast(FetchedSignalMetadata, metadata).get_as_opinions()
        return ";".join(sorted({str(tag) for o in opinions for tag in o.tags}))
    except Exception:  # metadata without opinions: no labels
        return ""


def _simple_conversion(cls: type[AnySignalExchangeAPI]) -> bool:
    """True when the API keeps pytx's (signal type, value) conversion (ThreatExchange overrides it)."""
    own = getattr(cls.naive_convert_to_signal_type, "__func__", None)
    base = SignalExchangeAPIWithSimpleUpdates.naive_convert_to_signal_type.__func__  # type: ignore[attr-defined]
    return issubclass(cls, SignalExchangeAPIWithSimpleUpdates) and own is base


def _convert_simple(key: Any, value: Any) -> dict[type[TxSignalType], dict[str, Any]]:
    """pytx's SignalExchangeAPIWithSimpleUpdates.naive_convert_to_signal_type for one record, without its
    per-call cost (it derives every type's name with regular expressions on each call)."""
    kind = _TX_BY_NAME.get(key[0]) if isinstance(key, tuple) and len(key) == 2 else None
    if kind is None or value is None:
        return {}
    try:
        kind.validate_signal_str(key[1])
    except ValueError:
        return {}
    return {kind: {key[1]: value}}


def _signals_of(
    cls: type[AnySignalExchangeAPI], collab: Any, key: Any, value: Any, report: FetchReport
) -> dict[str, Signal]:
    """signal_key -> (our type, normalised value, labels) held by one upstream record."""
    if _simple_conversion(cls):
        converted = _convert_simple(key, value)
    else:
        converted = cls.naive_convert_to_signal_type(TX_SIGNAL_TYPES, collab, {key: value})
    held: dict[str, Signal] = {}
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
            held[signal_key(ours, normal)] = (ours, normal, _tags(metadata))
    if not converted and isinstance(key, tuple) and len(key) == 2:  # (signal type, value) keyed APIs
        if key[0] in OUR_TYPE:
            report.problems.append(f"record {str(key)[:80]}: not a valid {key[0]} signal, skipped")
        else:
            report.unsupported += 1
    return held


def _apply(
    session: Session,
    row: Exchange,
    cls: type[AnySignalExchangeAPI],
    collab: Any,
    updates: dict[Any, Any],
    report: FetchReport,
) -> None:
    held_by_record: dict[str, dict[str, Signal]] = {}
    for key, value in updates.items():
        merged = cls.fetch_value_merge(None, value) if value is not None else None
        if merged is None:
            report.deletions += 1
            held_by_record[record_digest(key)] = {}
        else:
            report.updates += 1
            held_by_record[record_digest(key)] = _signals_of(cls, collab, key, merged, report)
    added, retracted = store_records(session, row, held_by_record)
    report.added += added
    report.retracted += retracted


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
                    gone, retracted = sweep(session, current)
                    report.deletions += gone
                    report.retracted += retracted
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
