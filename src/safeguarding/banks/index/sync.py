"""Bring a PDQIndex up to date with the store's `bank_entries` table (SQLite or PostgreSQL)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import numpy as np
from sqlalchemy import Engine, text

from .hexcodec import parse_pdq_hex
from .index import PDQIndex

log = logging.getLogger(__name__)

_NEW_ROWS = text(
    "SELECT id, value FROM bank_entries WHERE signal_type = 'pdq' AND id > :after ORDER BY id LIMIT :limit"
)
_RETRACTED_ROWS = text(
    "SELECT id FROM bank_entries WHERE signal_type = 'pdq' AND retracted_at IS NOT NULL AND id > :after "
    "ORDER BY id LIMIT :limit"
)


def sync_index_from_store(
    idx: PDQIndex,
    engine: Engine,
    chunk_size: int = 50_000,
    full: bool = False,
    compact: bool = True,
    retractions: bool = True,
) -> tuple[int, int]:
    """Add the store's PDQ entries the index lacks, retract the ones retracted since: (added, retracted).

    Streams rows in chunks of `chunk_size` (keyset pagination on id), so memory stays bounded. By default
    only rows with id > idx.max_id() are read; `full=True` re-reads every PDQ row (repairs an index that
    missed rows, e.g. ids committed out of order by concurrent PostgreSQL transactions). Rows whose value is
    not a PDQ hash are logged (with their id) and skipped. With `compact=True` the deltas are folded into the
    base when they have grown large.

    Cost: the new-rows query walks the primary key from max_id, so it is cheap when nothing is new. The
    retraction pass reads every retracted PDQ row (a table scan unless `retracted_at` is indexed): on a hot
    path pass `retractions=False` and retract through `idx.retract(ids)` where entries are retracted.
    """
    added = 0
    after = 0 if full else idx.max_id()
    with engine.connect() as conn:
        while True:
            rows = conn.execute(_NEW_ROWS, {"after": after, "limit": chunk_size}).all()
            if not rows:
                break
            after = int(rows[-1][0])
            ids, hashes = _parse_rows(rows)
            if full and len(ids):
                missing = ~idx.contains(ids)
                ids, hashes = ids[missing], hashes[missing]
            if len(ids):
                added += idx._add(ids, hashes)
        retracted = 0
        after = 0
        while retractions:
            id_rows = conn.execute(_RETRACTED_ROWS, {"after": after, "limit": chunk_size}).all()
            if not id_rows:
                break
            after = int(id_rows[-1][0])
            ids = np.fromiter((int(r[0]) for r in id_rows), dtype=np.int64, count=len(id_rows))
            held = ids[idx.contains(ids)]
            if len(held):
                idx.retract(held)
                retracted += len(held)
    if compact and idx.needs_compaction():
        idx.compact()
    return added, retracted


def _parse_rows(rows: Sequence[Any]) -> tuple[np.ndarray, np.ndarray]:
    ids: list[int] = []
    buf = bytearray()
    for entry_id, value in rows:
        try:
            raw = parse_pdq_hex(value, where=f"bank_entries id {entry_id}")
        except ValueError as exc:
            log.warning("skipping %s", exc)
            continue
        ids.append(int(entry_id))
        buf += raw
    return np.array(ids, dtype=np.int64), np.frombuffer(bytes(buf), dtype=np.uint8).reshape(-1, 32)
