"""PDQ candidates within a threshold from the store's on-disk indexes (all banks; filters apply after).

Two indexes, both `safeguarding.banks.index.PDQIndex` and both derived from the database: `pdq` holds the
image PDQ entries of `bank_entries` keyed by entry id, `vpdq` the frames of quality 50 or more of video
entries (`bank_video_frames`) keyed by frame id. Before answering, an index takes in the rows added and
retracted since it was last brought up to date, so imports and retractions count at once.
"""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from safeguarding.banks.index import PDQIndex, hashes_from_hex, sync_index_from_store
from safeguarding.banks.index.sync import PDQ_ENTRIES, RowSource, row_source

# Video frames worth matching (quality ≥ 50, python-threatexchange's floor), new by their entry's commit.
VIDEO_FRAMES = row_source(
    "vf.id",
    "vf.pdq",
    "bank_video_frames vf JOIN bank_entries be ON be.id = vf.entry_id",
    "vf.quality >= 50",
    "be.commit_xid",
    "be.retracted_at IS NOT NULL",
)
SOURCES: dict[str, RowSource] = {"pdq": PDQ_ENTRIES, "vpdq": VIDEO_FRAMES}

_open_indexes: dict[Path, PDQIndex] = {}
_lock = threading.Lock()
# Per index: when (time.monotonic()) the newest finished sync began. A sync that began after a request
# arrived has seen every entry committed before it arrived, so that request need not sync again.
_sync_began: dict[Path, float] = {}


def pdq_index(index_dir: Path, name: str = "pdq") -> PDQIndex:
    """The index `name` (pdq or vpdq) under `index_dir`, opened once per process (its base is
    memory-mapped and shared)."""
    path = (index_dir / name).resolve()
    with _lock:
        if path not in _open_indexes:
            _open_indexes[path] = PDQIndex.open(path, create=True)
        return _open_indexes[path]


def pdq_candidates(
    session: Session, index_dir: Path, queries: list[str], threshold: int, name: str = "pdq"
) -> list[list[tuple[int, int]]]:
    """Candidates (row id, distance) for each query hash, after taking in the rows committed before
    this call; `name` chooses the index: pdq (image entries) or vpdq (video frames).

    The freshness check runs on the session's own connection (no second pool checkout) and only new
    entries are read (an index range seek, never a compaction in the middle of a match). Concurrent
    requests share it: one that waited for the lock while a sync ran that began after it arrived uses
    that sync's result instead of asking the database again. Retracted entries are dropped when matches
    are read back from the database.
    """
    arrived = time.monotonic()
    index = pdq_index(index_dir, name)
    path = Path(index.directory).resolve()
    with _lock:
        if _sync_began.get(path, float("-inf")) <= arrived:
            began = time.monotonic()
            sync_index_from_store(
                index, session.connection(), retractions=False, compact=False, source=SOURCES[name]
            )
            _sync_began[path] = began
    return index.query(hashes_from_hex(queries), threshold)


def refresh_pdq_index(index_dir: Path, engine: Engine) -> None:
    """After an import or a retraction: take in every change and fold large deltas into the base."""
    for name, source in SOURCES.items():
        index = pdq_index(index_dir, name)
        with _lock:
            sync_index_from_store(index, engine, retractions=True, compact=True, source=source)


def reindex_after_delete(index_dir: Path, engine: Engine) -> None:
    """After a bank's entries were deleted (not retracted): SQLite hands the deleted rows' ids out again,
    and the indexes would keep the old hashes under them (and never take in the new rows), so on SQLite
    both are rebuilt, as `safeguarding bank reindex` would. PostgreSQL never reuses ids."""
    if engine.dialect.name == "sqlite":
        for name in SOURCES:
            rebuild_pdq_index(index_dir, engine, name)


def rebuild_pdq_index(index_dir: Path, engine: Engine, name: str = "pdq") -> int:
    """Build the index `name` (pdq or vpdq) anew from the store; returns how many rows it holds."""
    path = (index_dir / name).resolve()
    with _lock:
        _open_indexes.pop(path, None)
        _sync_began.pop(path, None)
        if path.exists():
            shutil.rmtree(path)
    index = pdq_index(index_dir, name)
    with _lock:
        sync_index_from_store(index, engine, full=True, source=SOURCES[name])
        index.compact()
    return len(index)
