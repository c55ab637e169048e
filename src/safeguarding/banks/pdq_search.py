"""PDQ candidates within a threshold from the store's on-disk index (all banks; filters apply after).

The index (safeguarding.banks.index) is derived from `bank_entries`: before answering, it takes in the
entries added and retracted since it was last brought up to date, so imports and retractions count at once.
"""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from safeguarding.banks.index import PDQIndex, hashes_from_hex, sync_index_from_store

_open_indexes: dict[Path, PDQIndex] = {}
_lock = threading.Lock()
# Per index: when (time.monotonic()) the newest finished sync began. A sync that began after a request
# arrived has seen every entry committed before it arrived, so that request need not sync again.
_sync_began: dict[Path, float] = {}


def pdq_index(index_dir: Path) -> PDQIndex:
    """The PDQ index under `index_dir`, opened once per process (its base is memory-mapped and shared)."""
    path = (index_dir / "pdq").resolve()
    with _lock:
        if path not in _open_indexes:
            _open_indexes[path] = PDQIndex.open(path, create=True)
        return _open_indexes[path]


def pdq_candidates(
    session: Session, index_dir: Path, queries: list[str], threshold: int
) -> list[list[tuple[int, int]]]:
    """Candidates for each query hash, after taking in the entries committed before this call.

    The freshness check runs on the session's own connection (no second pool checkout) and only new
    entries are read (an index range seek, never a compaction in the middle of a match). Concurrent
    requests share it: one that waited for the lock while a sync ran that began after it arrived uses
    that sync's result instead of asking the database again. Retracted entries are dropped when matches
    are read back from the database.
    """
    arrived = time.monotonic()
    index = pdq_index(index_dir)
    path = Path(index.directory).resolve()
    with _lock:
        if _sync_began.get(path, float("-inf")) <= arrived:
            began = time.monotonic()
            sync_index_from_store(index, session.connection(), retractions=False, compact=False)
            _sync_began[path] = began
    return index.query(hashes_from_hex(queries), threshold)


def refresh_pdq_index(index_dir: Path, engine: Engine) -> None:
    """After an import or a retraction: take in every change and fold large deltas into the base."""
    index = pdq_index(index_dir)
    with _lock:
        sync_index_from_store(index, engine, retractions=True, compact=True)


def rebuild_pdq_index(index_dir: Path, engine: Engine) -> int:
    """Build the PDQ index anew from the store; returns how many entries it holds."""
    path = (index_dir / "pdq").resolve()
    with _lock:
        _open_indexes.pop(path, None)
        _sync_began.pop(path, None)
        if path.exists():
            shutil.rmtree(path)
    index = pdq_index(index_dir)
    with _lock:
        sync_index_from_store(index, engine, full=True)
        index.compact()
    return len(index)
