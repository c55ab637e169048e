"""On PostgreSQL the incremental index sync follows commit order, not id order (issue 11 part 5).

Two real connections: the first inserts an entry (the lower id) and keeps its transaction open while
the second inserts and commits (the higher id). The index syncs in between and sees only the second;
once the first commits, the next incremental sync must see it too, without `bank reindex`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import Connection, create_engine, event, text

from safeguarding.banks.index import PDQIndex, hashes_to_hex, sync_index_from_store
from safeguarding.banks.pdq_search import pdq_candidates
from safeguarding.store import Store, open_store

pytestmark = pytest.mark.postgres


def _bank(conn: Connection) -> int:
    conn.execute(
        text("INSERT INTO banks (name, description, created_at) VALUES ('b', '', :t)"),
        {"t": datetime.now(UTC)},
    )
    return int(conn.execute(text("SELECT id FROM banks WHERE name = 'b'")).scalar_one())


def _insert(conn: Connection, bank_id: int, value: str) -> int:
    return int(
        conn.execute(
            text(
                "INSERT INTO bank_entries (bank_id, signal_type, value, labels, note, source, imported_at) "
                "VALUES (:b, 'pdq', :v, '', '', 'test', :t) RETURNING id"
            ),
            {"b": bank_id, "v": value, "t": datetime.now(UTC)},
        ).scalar_one()
    )


@pytest.fixture
def pg_store(postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    monkeypatch.setenv("SAFEGUARDING_INDEX_DIR", str(tmp_path / "index"))
    store = open_store(postgres_url)
    yield store
    store.close()


def test_an_entry_committed_late_with_a_lower_id_is_not_missed(pg_store: Store, tmp_path: Path) -> None:
    hashes = np.random.default_rng(7).integers(0, 256, (3, 32), dtype=np.uint8)
    hexes = hashes_to_hex(hashes)
    with pg_store.engine.begin() as conn:
        bank_id = _bank(conn)
    idx = PDQIndex.open(tmp_path / "pdq")
    assert sync_index_from_store(idx, pg_store.engine) == (0, 0)

    late = pg_store.engine.connect()
    early = pg_store.engine.connect()
    try:
        late.begin()
        low_id = _insert(late, bank_id, hexes[0])  # the lower id, not committed yet
        with early.begin():
            high_id = _insert(early, bank_id, hexes[1])
        assert low_id < high_id
        assert sync_index_from_store(idx, pg_store.engine, retractions=False, compact=False) == (1, 0)
        assert idx.max_id() == high_id
        late.commit()
    finally:
        late.close()
        early.close()

    assert sync_index_from_store(idx, pg_store.engine, retractions=False, compact=False) == (1, 0)
    assert idx.query(hashes[:2], 0) == [[(low_id, 0)], [(high_id, 0)]]
    assert sync_index_from_store(idx, pg_store.engine) == (0, 0)  # and nothing twice
    reopened = PDQIndex.open(tmp_path / "pdq")
    assert len(reopened) == 2


def test_a_later_process_resumes_from_the_watermark_file(pg_store: Store, tmp_path: Path) -> None:
    hexes = hashes_to_hex(np.random.default_rng(8).integers(0, 256, (4, 32), dtype=np.uint8))
    with pg_store.engine.begin() as conn:
        bank_id = _bank(conn)
        _insert(conn, bank_id, hexes[0])
    idx = PDQIndex.open(tmp_path / "pdq")
    assert sync_index_from_store(idx, pg_store.engine) == (1, 0)
    from safeguarding.banks.index.sync import WATERMARK_FILE

    watermark = json.loads((tmp_path / "pdq" / WATERMARK_FILE).read_text())["commit_xmax"]
    assert isinstance(watermark, int) and watermark > 0
    other_engine = create_engine(pg_store.engine.url)  # another process's connection pool
    try:
        with other_engine.begin() as conn:
            _insert(conn, bank_id, hexes[1])
        assert sync_index_from_store(PDQIndex.open(tmp_path / "pdq"), other_engine) == (1, 0)
    finally:
        other_engine.dispose()


def test_matching_sees_the_late_entry_without_reindex(pg_store: Store) -> None:
    hashes = np.random.default_rng(9).integers(0, 256, (2, 32), dtype=np.uint8)
    hexes = hashes_to_hex(hashes)
    with pg_store.engine.begin() as conn:
        bank_id = _bank(conn)
    late = pg_store.engine.connect()
    try:
        late.begin()
        low_id = _insert(late, bank_id, hexes[0])
        with pg_store.engine.begin() as conn:
            _insert(conn, bank_id, hexes[1])
        with pg_store.session() as session:  # a match in between syncs the index up to the second entry
            assert len(pdq_candidates(session, pg_store.index_dir, [hexes[1]], 0)[0]) == 1
        late.commit()
    finally:
        late.close()
    with pg_store.session() as session:
        found = pdq_candidates(session, pg_store.index_dir, [hexes[0]], 0)
    assert found == [[(low_id, 0)]]


def test_the_incremental_read_seeks_an_index_whatever_the_bank_size(pg_store: Store) -> None:
    """Per-request cost must not grow with the bank: no sequential scan of bank_entries, also when the
    rows from before the migration have no commit_xid."""
    from safeguarding.banks.index.sync import _SNAPSHOT, PDQ_ENTRIES, Pending

    with pg_store.engine.begin() as conn:
        bank_id = _bank(conn)
        conn.execute(
            text(
                "INSERT INTO bank_entries (bank_id, signal_type, value, labels, note, source, imported_at) "
                "SELECT :b, 'pdq', md5(g::text) || md5((g + 1)::text), '', '', 'test', now() "
                "FROM generate_series(1, 20000) g"
            ),
            {"b": bank_id},
        )
        conn.execute(text("UPDATE bank_entries SET commit_xid = NULL WHERE id % 2 = 0"))  # legacy rows
    with pg_store.engine.begin() as conn:
        conn.execute(text("ANALYZE bank_entries"))
    with pg_store.engine.connect() as conn:
        snapshot = Pending.of(*conn.execute(_SNAPSHOT).one())
        plan = "\n".join(
            conn.execute(
                text("EXPLAIN " + PDQ_ENTRIES.committed_since.text),
                {**snapshot.params(), "after": 0, "limit": 50_000},
            ).scalars()
        )
    assert "ix_bank_entries_commit_xid" in plan and "Seq Scan" not in plan, plan


def test_a_long_transaction_elsewhere_does_not_make_every_sync_read_again(
    pg_store: Store, tmp_path: Path
) -> None:
    """A transaction left open (a report, a backup, another application on the server) holds the
    snapshot's xmin back; the watermark is what the snapshot saw still running, so later syncs read only
    rows committed since, not everything committed after that transaction began."""
    hexes = hashes_to_hex(np.random.default_rng(10).integers(0, 256, (301, 32), dtype=np.uint8))
    with pg_store.engine.begin() as conn:
        bank_id = _bank(conn)
    idx = PDQIndex.open(tmp_path / "pdq")
    assert sync_index_from_store(idx, pg_store.engine) == (0, 0)
    other_engine = create_engine(pg_store.engine.url)
    elsewhere = other_engine.connect()
    rows_read: list[int] = []

    def count_rows(_conn: object, cursor: object, statement: str, *_args: object) -> None:
        if "commit_xid" in statement:
            rows_read.append(cursor.rowcount)  # type: ignore[attr-defined]

    try:
        elsewhere.begin()
        elsewhere.execute(text("SELECT pg_current_xact_id()"))  # it has an xid, and stays open
        with pg_store.engine.begin() as conn:
            for value in hexes[:300]:
                _insert(conn, bank_id, value)
        assert sync_index_from_store(idx, pg_store.engine, retractions=False, compact=False) == (300, 0)
        with pg_store.engine.begin() as conn:
            _insert(conn, bank_id, hexes[300])
        event.listen(pg_store.engine, "after_cursor_execute", count_rows)
        try:
            assert sync_index_from_store(idx, pg_store.engine, retractions=False, compact=False) == (1, 0)
            assert sync_index_from_store(idx, pg_store.engine, retractions=False, compact=False) == (0, 0)
        finally:
            event.remove(pg_store.engine, "after_cursor_execute", count_rows)
    finally:
        elsewhere.rollback()
        elsewhere.close()
        other_engine.dispose()
    assert rows_read == [1, 1]  # the new row, then the snapshot row alone (before: 301 rows, then 301)
