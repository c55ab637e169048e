"""Dashboard snapshots: the figures computed ahead of the page and kept in the store.

Counting a million detections takes seconds; the page must answer in well under one. So the figures
for each period the dashboard shows are computed in the background and stored as JSON with the time
they were computed (`measurement_snapshots`); the page reads the latest and says how old it is.

- `refresh_snapshots` recomputes the default period (the last 84 days, moving with today)
  and every other period the page asked for within KEEP_REQUESTED; it forgets the rest.
- `SnapshotRefresher` runs it every `measurement.snapshot_refresh_seconds` in a server thread. Only one
  process refreshes at a time: on PostgreSQL the one holding an advisory lock (replicas skip the round),
  on SQLite the one thread of the process. `safeguarding stats refresh` runs one round by hand.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from safeguarding.measurement.dashboard import dashboard_context
from safeguarding.measurement.models import MeasurementSnapshot
from safeguarding.measurement.period import Period
from safeguarding.measurement.settings import MeasurementSettings
from safeguarding.store import Store

log = logging.getLogger(__name__)

#: Periods the page has not asked for in this long are no longer refreshed (and are deleted).
KEEP_REQUESTED = timedelta(days=7)
#: At most this many periods besides the default are kept and refreshed (the most recently asked for),
#: so that asking for many periods cannot make each refresh round longer without end.
KEEP_PERIODS = 20
#: pg_try_advisory_lock(ADVISORY_LOCK, hashtext(current_schema())): one refresher per store, and
#: stores in other schemas of the same database do not wait for each other ("snap" in ASCII).
ADVISORY_LOCK = 0x736E_6170
LOCK_SQL = "SELECT pg_try_advisory_lock(:k, hashtext(current_schema()))"
UNLOCK_SQL = "SELECT pg_advisory_unlock(:k, hashtext(current_schema()))"
_LOCAL_LOCK = threading.Lock()


@dataclass(frozen=True)
class Snapshot:
    key: str
    figures: dict[str, Any]
    computed_at: datetime
    seconds: float


def snapshot_key(start: str | None, end: str | None, by: str) -> str:
    """The key of a period as the page was asked for it: "" for an omitted bound, so the default period
    ("||week") moves with today. Validate the bounds (Period.parse) before building a key."""
    return f"{(start or '').strip()}|{(end or '').strip()}|{by}"


def period_of_key(key: str) -> Period:
    start, end, by = key.split("|")
    return Period.parse(start or None, end or None, by)


DEFAULT_KEY = snapshot_key(None, None, "week")


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def read_snapshot(session: Session, key: str, *, touch: bool = True) -> Snapshot | None:
    """The stored snapshot of `key`, or None. `touch` records that the page asked for it (at most once
    an hour, so reading stays a read), which keeps the refresher refreshing it."""
    row = session.scalar(select(MeasurementSnapshot).where(MeasurementSnapshot.key == key))
    if row is None:
        return None
    now = datetime.now(UTC)
    if touch and _utc(row.requested_at) < now - timedelta(hours=1):
        row.requested_at = now
    return Snapshot(row.key, json.loads(row.figures), _utc(row.computed_at), row.seconds)


def compute_snapshot(store: Store, key: str, settings: MeasurementSettings) -> Snapshot:
    """Compute the figures of `key`'s period now and store them (replacing the previous snapshot)."""
    period = period_of_key(key)
    computed_at = datetime.now(UTC)
    started = time.perf_counter()
    with store.session() as session:
        figures = dashboard_context(session, period, settings, computed_at)
    seconds = time.perf_counter() - started
    payload = json.dumps(figures, separators=(",", ":"), default=str)
    values = {"figures": payload, "computed_at": computed_at, "seconds": seconds}
    with store.session() as session:
        changed = session.execute(
            update(MeasurementSnapshot).where(MeasurementSnapshot.key == key).values(**values)
        ).rowcount  # type: ignore[attr-defined]
        if not changed:
            session.add(MeasurementSnapshot(key=key, requested_at=computed_at, **values))
    return Snapshot(key, json.loads(payload), computed_at, seconds)


def store_or_reuse(store: Store, key: str, settings: MeasurementSettings) -> tuple[Snapshot, bool]:
    """For the page when no snapshot exists yet: compute one (True), unless another request stored it
    first (a unique key race), then read that one (False)."""
    try:
        return compute_snapshot(store, key, settings), True
    except IntegrityError:
        with store.session() as session:
            found = read_snapshot(session, key)
        if found is None:
            raise
        return found, False


@contextmanager
def only_refresher(store: Store) -> Iterator[bool]:
    """Yields True in the one process (PostgreSQL: across replicas) that may refresh now, else False."""
    if store.engine.dialect.name != "postgresql":
        got = _LOCAL_LOCK.acquire(blocking=False)
        try:
            yield got
        finally:
            if got:
                _LOCAL_LOCK.release()
        return
    with store.engine.connect() as conn:
        got = bool(conn.scalar(text(LOCK_SQL), {"k": ADVISORY_LOCK}))
        conn.commit()
        try:
            yield got
        finally:
            if got:
                conn.execute(text(UNLOCK_SQL), {"k": ADVISORY_LOCK})
                conn.commit()


def refresh_snapshots(store: Store, settings: MeasurementSettings) -> list[Snapshot] | None:
    """One round: the default period and the periods asked for within KEEP_REQUESTED (at most
    KEEP_PERIODS, the latest asked), recomputed; the others deleted.
    None when another process holds the refresh (it is doing the same)."""
    with only_refresher(store) as mine:
        if not mine:
            return None
        horizon = datetime.now(UTC) - KEEP_REQUESTED
        with store.session() as session:
            session.execute(
                delete(MeasurementSnapshot).where(
                    MeasurementSnapshot.key != DEFAULT_KEY, MeasurementSnapshot.requested_at < horizon
                )
            )
            asked = list(
                session.scalars(
                    select(MeasurementSnapshot.key)
                    .where(MeasurementSnapshot.key != DEFAULT_KEY)
                    .order_by(MeasurementSnapshot.requested_at.desc(), MeasurementSnapshot.id.desc())
                )
            )
            if len(asked) > KEEP_PERIODS:
                dropped = asked[KEEP_PERIODS:]
                session.execute(delete(MeasurementSnapshot).where(MeasurementSnapshot.key.in_(dropped)))
        keys = [DEFAULT_KEY, *asked[:KEEP_PERIODS]]
        return [compute_snapshot(store, key, settings) for key in keys]


class SnapshotRefresher:
    """A daemon thread running `refresh_snapshots` every `interval` seconds until `stop`."""

    def __init__(self, store: Store, settings: MeasurementSettings, interval: float) -> None:
        self.store, self.settings, self.interval = store, settings, interval
        self.rounds = 0  # rounds this process ran (not skipped for another refresher)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="measurement-snapshots", daemon=True)

    def start(self) -> SnapshotRefresher:
        self._thread.start()
        return self

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        # The first round after one interval: snapshots persist in the store across restarts, and a
        # server (or a test) that starts and stops at once should not start counting.
        while not self._stop.wait(self.interval):
            try:
                if refresh_snapshots(self.store, self.settings) is not None:
                    self.rounds += 1
            except Exception:  # a failed round must not end the thread; the next one retries
                log.exception("refreshing the dashboard snapshots failed")


__all__ = [
    "DEFAULT_KEY",
    "Snapshot",
    "SnapshotRefresher",
    "compute_snapshot",
    "period_of_key",
    "read_snapshot",
    "refresh_snapshots",
    "snapshot_key",
    "store_or_reuse",
]
