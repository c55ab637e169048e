"""sync_index_from_store against the store's bank_entries table (SQLite and PostgreSQL)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import Engine, create_engine, text

from safeguarding.banks.index import PDQIndex, hashes_to_hex, sync_index_from_store
from safeguarding.store import Store


def insert_entries(engine: Engine, values: list[tuple[str, str]], bank: str = "test-bank") -> list[int]:
    """Insert (signal_type, value) rows; returns their ids."""
    with engine.begin() as conn:
        bank_id = conn.execute(text("SELECT id FROM banks WHERE name = :n"), {"n": bank}).scalar()
        if bank_id is None:
            conn.execute(
                text("INSERT INTO banks (name, description, created_at) VALUES (:n, '', :t)"),
                {"n": bank, "t": datetime.now(UTC)},
            )
            bank_id = conn.execute(text("SELECT id FROM banks WHERE name = :n"), {"n": bank}).scalar()
        ids = []
        for signal_type, value in values:
            conn.execute(
                text(
                    "INSERT INTO bank_entries (bank_id, signal_type, value, labels, note, source, "
                    "imported_at) VALUES (:b, :s, :v, '', '', 'test', :t)"
                ),
                {"b": bank_id, "s": signal_type, "v": value, "t": datetime.now(UTC)},
            )
            ids.append(
                conn.execute(
                    text(
                        "SELECT id FROM bank_entries WHERE bank_id = :b AND signal_type = :s AND value = :v"
                    ),
                    {"b": bank_id, "s": signal_type, "v": value},
                ).scalar_one()
            )
    return ids


def retract_rows(engine: Engine, ids: list[int]) -> None:
    with engine.begin() as conn:
        for entry_id in ids:
            conn.execute(
                text("UPDATE bank_entries SET retracted_at = :t, retract_reason = 'test' WHERE id = :i"),
                {"t": datetime.now(UTC), "i": entry_id},
            )


def test_sync_adds_retracts_and_streams_in_chunks(store: Store, tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    hashes = rng.integers(0, 256, (30, 32), dtype=np.uint8)
    hexes = hashes_to_hex(hashes)
    ids = insert_entries(store.engine, [("pdq", h) for h in hexes[:20]] + [("md5", "a" * 32)])
    idx = PDQIndex.open(tmp_path / "pdq")

    assert sync_index_from_store(idx, store.engine, chunk_size=7) == (20, 0)
    assert len(idx) == 20 and idx.max_id() == ids[19]
    assert idx.query(hashes[:2], 0) == [[(ids[0], 0)], [(ids[1], 0)]]
    assert sync_index_from_store(idx, store.engine, chunk_size=7) == (0, 0)  # nothing new

    retract_rows(store.engine, ids[:3])
    new_ids = insert_entries(store.engine, [("pdq", h) for h in hexes[20:]])
    retract_rows(store.engine, new_ids[-1:])  # added and retracted before the index saw it
    assert sync_index_from_store(idx, store.engine, retractions=False) == (10, 0)  # the cheap, hot-path form
    assert sync_index_from_store(idx, store.engine, chunk_size=4) == (0, 4)
    assert sync_index_from_store(idx, store.engine, chunk_size=4) == (0, 0)
    fresh = PDQIndex.open(tmp_path / "pdq")
    assert len(fresh) == 26
    assert fresh.query(hashes[[0, 20, 29]], 0) == [[], [(new_ids[0], 0)], []]


def test_sync_skips_bad_values_naming_the_row(
    sqlite_store: Store, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    good = hashes_to_hex(np.random.default_rng(1).integers(0, 256, (2, 32), dtype=np.uint8))
    ids = insert_entries(sqlite_store.engine, [("pdq", good[0]), ("pdq", "abc123"), ("pdq", good[1])])
    idx = PDQIndex.open(tmp_path / "pdq")
    with caplog.at_level(logging.WARNING, logger="safeguarding.banks.index.sync"):
        assert sync_index_from_store(idx, sqlite_store.engine) == (2, 0)
    assert f"bank_entries id {ids[1]}: invalid PDQ hash 'abc123'" in caplog.text


def test_full_sync_repairs_rows_below_the_high_water_mark(tmp_path: Path) -> None:
    """A minimal hand-made table (no migrations): ids committed out of order are caught by full=True."""
    engine = create_engine(f"sqlite:///{tmp_path / 'bank.db'}")
    hashes = np.random.default_rng(2).integers(0, 256, (3, 32), dtype=np.uint8)
    hexes = hashes_to_hex(hashes)
    with engine.begin() as conn:
        conn.execute(
            text(
                "CREATE TABLE bank_entries "
                "(id INTEGER PRIMARY KEY, signal_type TEXT, value TEXT, retracted_at TEXT)"
            )
        )
        conn.execute(
            text("INSERT INTO bank_entries VALUES (1, 'pdq', :v, NULL), (3, 'pdq', :w, NULL)"),
            {"v": hexes[0], "w": hexes[2]},
        )
    idx = PDQIndex.open(tmp_path / "pdq")
    assert sync_index_from_store(idx, engine) == (2, 0)
    with engine.begin() as conn:  # a row with a lower id appears late
        conn.execute(text("INSERT INTO bank_entries VALUES (2, 'pdq', :v, NULL)"), {"v": hexes[1]})
    assert sync_index_from_store(idx, engine) == (0, 0)
    assert sync_index_from_store(idx, engine, full=True) == (1, 0)
    assert idx.query(hashes, 0) == [[(1, 0)], [(2, 0)], [(3, 0)]]
