"""Dashboard snapshots: computed ahead of the page, one refresher at a time, on SQLite and PostgreSQL."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import create_engine, select, text, update
from typer.testing import CliRunner

from safeguarding.cases import Detection, decide, submit_detection
from safeguarding.cli import app
from safeguarding.measurement import MeasurementSettings
from safeguarding.measurement.models import MeasurementSnapshot
from safeguarding.measurement.snapshots import (
    ADVISORY_LOCK,
    DEFAULT_KEY,
    LOCK_SQL,
    UNLOCK_SQL,
    SnapshotRefresher,
    compute_snapshot,
    only_refresher,
    read_snapshot,
    refresh_snapshots,
    snapshot_key,
)
from safeguarding.store import Store, open_store

SETTINGS = MeasurementSettings()


def _detect(store: Store, n: int) -> None:
    with store.session() as session:
        case = submit_detection(session, Detection("grooming_warning", f"conversation:snap{n}"))
        decide(session, case.id, "casey", "confirm")


def _funnel(snapshot_figures: dict) -> dict[str, int]:  # type: ignore[type-arg]
    return {row["detector"]: row["detected"] for row in snapshot_figures["funnel"]}


def test_refresh_computes_default_and_asked_periods_and_forgets_old_ones(store: Store) -> None:
    _detect(store, 1)
    today = datetime.now(UTC).date()
    asked = snapshot_key((today - timedelta(days=6)).isoformat(), None, "day")
    old = snapshot_key("2020-01-01", "2020-02-01", "week")
    compute_snapshot(store, asked, SETTINGS)
    compute_snapshot(store, old, SETTINGS)
    with store.session() as session:
        session.execute(
            update(MeasurementSnapshot)
            .where(MeasurementSnapshot.key == old)
            .values(requested_at=datetime.now(UTC) - timedelta(days=30))
        )
    _detect(store, 2)  # after the first snapshot: the refresh must see it
    done = refresh_snapshots(store, SETTINGS)
    assert done is not None and [s.key for s in done] == [DEFAULT_KEY, asked]
    with store.session() as session:
        assert set(session.scalars(select(MeasurementSnapshot.key))) == {DEFAULT_KEY, asked}
        latest = read_snapshot(session, DEFAULT_KEY)
    assert latest is not None and _funnel(latest.figures) == {"chat_scorer": 2}
    assert latest.computed_at.tzinfo is not None and latest.seconds > 0


def test_refresh_keeps_only_the_latest_asked_periods(
    sqlite_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import safeguarding.measurement.snapshots as snapshots

    monkeypatch.setattr(snapshots, "KEEP_PERIODS", 2)
    keys = [snapshot_key(f"2026-01-0{n}", None, "week") for n in (1, 2, 3)]
    for n, key in enumerate(keys):
        compute_snapshot(sqlite_store, key, SETTINGS)
        with sqlite_store.session() as session:
            session.execute(
                update(MeasurementSnapshot)
                .where(MeasurementSnapshot.key == key)
                .values(requested_at=datetime.now(UTC) - timedelta(hours=3 - n))
            )
    done = refresh_snapshots(sqlite_store, SETTINGS)
    assert done is not None and [s.key for s in done] == [DEFAULT_KEY, keys[2], keys[1]]
    with sqlite_store.session() as session:
        assert set(session.scalars(select(MeasurementSnapshot.key))) == {DEFAULT_KEY, keys[1], keys[2]}


def test_refresh_interval_must_be_a_number_of_seconds() -> None:
    from safeguarding.measurement import MeasurementSettingsError, load_measurement_settings

    assert load_measurement_settings({"snapshot_refresh_seconds": 0}).snapshot_refresh_seconds == 0
    with pytest.raises(MeasurementSettingsError, match="snapshot_refresh_seconds must be 0-86400"):
        load_measurement_settings({"snapshot_refresh_seconds": "often"})


def test_only_one_refresher_at_a_time(store: Store) -> None:
    with only_refresher(store) as first:
        assert first
        # another thread of this process (SQLite) or another replica (PostgreSQL): skips the round
        assert refresh_snapshots(store, SETTINGS) is None
    assert refresh_snapshots(store, SETTINGS) is not None


@pytest.mark.postgres
def test_a_replica_holding_the_advisory_lock_keeps_others_out(postgres_url: str) -> None:
    store = open_store(postgres_url)
    other = create_engine(store.engine.url)  # a second replica's connection to the same database
    try:
        with other.connect() as conn:
            assert conn.scalar(text(LOCK_SQL), {"k": ADVISORY_LOCK})
            assert refresh_snapshots(store, SETTINGS) is None
            conn.execute(text(UNLOCK_SQL), {"k": ADVISORY_LOCK})
        assert refresh_snapshots(store, SETTINGS) is not None
    finally:
        other.dispose()
        store.close()


def test_background_refresher_keeps_the_snapshot_current(store: Store) -> None:
    _detect(store, 1)
    refresher = SnapshotRefresher(store, SETTINGS, interval=0.2).start()
    try:
        deadline = time.monotonic() + 60
        while refresher.rounds < 1 and time.monotonic() < deadline:
            time.sleep(0.1)
        with store.session() as session:
            first = read_snapshot(session, DEFAULT_KEY)
        assert first is not None and _funnel(first.figures) == {"chat_scorer": 1}
        _detect(store, 2)
        seen = refresher.rounds
        while refresher.rounds < seen + 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        with store.session() as session:
            later = read_snapshot(session, DEFAULT_KEY)
        assert later is not None and later.computed_at > first.computed_at
        assert _funnel(later.figures) == {"chat_scorer": 2}
    finally:
        refresher.stop()
    assert not refresher._thread.is_alive()


def test_stats_refresh_command(sqlite_store: Store, sqlite_url: str) -> None:
    _detect(sqlite_store, 1)
    result = CliRunner().invoke(app, ["stats", "refresh", "--db", sqlite_url])
    assert result.exit_code == 0, result.output
    assert "snapshot '||week'" in result.stdout and "computed at" in result.stdout
    with sqlite_store.session() as session:
        assert read_snapshot(session, DEFAULT_KEY) is not None


def test_the_server_runs_the_refresher_while_it_serves(sqlite_store: Store) -> None:
    from fastapi.testclient import TestClient

    from safeguarding.config import Config
    from safeguarding.web import create_app

    config = Config(
        None,
        {
            "web": {"secret_key": "test-secret-key-for-snapshots-0123456789"},
            "measurement": {"snapshot_refresh_seconds": 1},
        },
    )
    app = create_app(sqlite_store, config)
    with TestClient(app):  # entering runs the lifespan: the server's startup and shutdown
        refresher = app.state.snapshot_refresher
        assert isinstance(refresher, SnapshotRefresher) and refresher.interval == 1
        deadline = time.monotonic() + 60
        while refresher.rounds < 1 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert refresher.rounds >= 1
    assert not refresher._thread.is_alive()  # stopped with the server
    with sqlite_store.session() as session:
        assert read_snapshot(session, DEFAULT_KEY) is not None
