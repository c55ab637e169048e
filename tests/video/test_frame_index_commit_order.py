"""On PostgreSQL the video frame index follows commit order too: a video whose import commits late,
with lower frame ids than one the index already holds, is still found without `bank reindex`."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import Connection, text

from safeguarding.banks.index import hashes_to_hex
from safeguarding.store import Store, open_store
from safeguarding.video import FrameMatcher

pytestmark = pytest.mark.postgres


def _video(conn: Connection, bank_id: int, value: str, frames: list[str]) -> int:
    entry_id = int(
        conn.execute(
            text(
                "INSERT INTO bank_entries (bank_id, signal_type, value, labels, note, source, imported_at) "
                "VALUES (:b, 'vpdq', :v, '', '', 'test', :t) RETURNING id"
            ),
            {"b": bank_id, "v": value, "t": datetime.now(UTC)},
        ).scalar_one()
    )
    for number, pdq in enumerate(frames):
        conn.execute(
            text(
                "INSERT INTO bank_video_frames (entry_id, frame, timestamp, pdq, quality) "
                "VALUES (:e, :f, :t, :p, 100)"
            ),
            {"e": entry_id, "f": number, "t": float(number), "p": pdq},
        )
    return entry_id


@pytest.fixture
def pg_store(postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    monkeypatch.setenv("SAFEGUARDING_INDEX_DIR", str(tmp_path / "index"))
    store = open_store(postgres_url)
    yield store
    store.close()


def test_a_video_committed_late_is_not_missed(pg_store: Store) -> None:
    hexes = hashes_to_hex(np.random.default_rng(11).integers(0, 256, (4, 32), dtype=np.uint8))
    with pg_store.engine.begin() as conn:
        conn.execute(text("INSERT INTO banks (name, description, created_at) VALUES ('v', '', now())"))
        bank_id = int(conn.execute(text("SELECT id FROM banks WHERE name = 'v'")).scalar_one())
    matcher = FrameMatcher(pg_store, images=False)
    assert matcher.match_many(hexes) == [[], [], [], []]
    late = pg_store.engine.connect()
    try:
        late.begin()
        low = _video(late, bank_id, "a" * 64, hexes[:2])  # lower ids, not committed yet
        with pg_store.engine.begin() as conn:
            high = _video(conn, bank_id, "b" * 64, hexes[2:])
        found = matcher.match_many(hexes)
        assert [[h.entry for h in hits] for hits in found] == [[], [], [high], [high]]
        late.commit()
    finally:
        late.close()
    found = matcher.match_many(hexes)
    assert [[h.entry for h in hits] for hits in found] == [[low], [low], [high], [high]]
    assert found[1][0].bank_time == 1.0 and found[1][0].distance == 0
