"""Bring a PDQIndex up to date with the store's `bank_entries` table (SQLite or PostgreSQL).

Which rows are new:
- SQLite has one writer at a time, so ids commit in id order: rows with `id > idx.max_id()` are new.
- PostgreSQL commits concurrent transactions in any order, so an entry committed late can have a lower
  id than one the index already holds. There every row carries `commit_xid`, the id of the transaction
  that inserted it (`DEFAULT pg_current_xact_id()`, migration 0005). Before reading, the sync takes
  `pg_snapshot_xmin(pg_current_snapshot())`: every transaction below it has ended, and any transaction
  that commits later has an xid at or above it. After adding what it read, the sync keeps that xmin as
  its watermark; the next sync reads the rows with `commit_xid >= watermark` (rows from before the
  migration have no `commit_xid`: the first sync, without a watermark, reads every row once). Only rows
  of transactions still running at the last sync are read twice (ids the index knows are skipped
  without a lock), so the cost follows recent writes, never the size of the bank (an index on
  `commit_xid` serves it).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import Connection, Engine, TextClause, text

from .hexcodec import parse_pdq_hex
from .index import PDQIndex
from .layout import atomic_write

log = logging.getLogger(__name__)

WATERMARK_FILE = "store-sync.json"

_XMIN = "CAST(CAST(pg_snapshot_xmin(pg_current_snapshot()) AS text) AS bigint)"
_SNAPSHOT_XMIN = text(f"SELECT {_XMIN}")


@dataclass(frozen=True)
class RowSource:
    """Where an index's rows come from: `SELECT id, hex` pages by id, the same committed since an xid
    (PostgreSQL), and the ids of retracted rows. Built by `row_source` from a FROM clause and a filter."""

    new_rows: TextClause
    committed_since: TextClause
    xmin_and_committed_since: TextClause
    retracted_rows: TextClause


def row_source(
    id_col: str, hex_col: str, from_clause: str, where: str, xid_col: str, retracted: str
) -> RowSource:
    committed_since = (
        f"SELECT {id_col} AS id, {hex_col} AS value FROM {from_clause} WHERE {where} AND {id_col} > :after "
        f"AND {xid_col} >= CAST(:xmin AS text)::xid8 ORDER BY {id_col} LIMIT :limit"
    )
    return RowSource(
        new_rows=text(
            f"SELECT {id_col}, {hex_col} FROM {from_clause} WHERE {where} AND {id_col} > :after "
            f"ORDER BY {id_col} LIMIT :limit"
        ),
        committed_since=text(committed_since),
        # The xmin and the first page in one round trip (the per-request freshness check): one statement
        # reads with one snapshot, so the xmin is that of the snapshot the rows were read with.
        xmin_and_committed_since=text(
            f"SELECT s.xmin, e.id, e.value FROM (SELECT {_XMIN} AS xmin) AS s "
            f"LEFT JOIN LATERAL ({committed_since}) AS e ON true"
        ),
        retracted_rows=text(
            f"SELECT {id_col} FROM {from_clause} WHERE {where} AND {retracted} AND {id_col} > :after "
            f"ORDER BY {id_col} LIMIT :limit"
        ),
    )


# The image PDQ index: every `pdq` row of bank_entries.
PDQ_ENTRIES = row_source(
    "id", "value", "bank_entries", "signal_type = 'pdq'", "commit_xid", "retracted_at IS NOT NULL"
)

# Per index directory, the watermark file's value this process last saw and the newer watermark it has
# established since: the file is written (with an fsync) only when the index changed, so a sync that
# finds nothing new writes nothing. When another process changes the file, the file wins.
_watermarks: dict[Path, tuple[int | None, int]] = {}
_watermarks_lock = threading.Lock()


def sync_index_from_store(
    idx: PDQIndex,
    engine: Engine | Connection,
    chunk_size: int = 50_000,
    full: bool = False,
    compact: bool = True,
    retractions: bool = True,
    source: RowSource = PDQ_ENTRIES,
) -> tuple[int, int]:
    """Add the store's PDQ entries the index lacks, retract the ones retracted since: (added, retracted).

    Streams rows in chunks of `chunk_size` (keyset pagination on id), so memory stays bounded. New rows
    are found as the module docstring says (id order on SQLite, commit order on PostgreSQL); `full=True`
    re-reads every PDQ row. Rows whose value is not a PDQ hash are logged (with their id) and skipped.
    With `compact=True` the deltas are folded into the base when they have grown large.

    The retraction pass reads every retracted PDQ row (`retracted_at` is indexed): on a hot path pass
    `retractions=False` and retract through `idx.retract(ids)` where entries are retracted.
    `engine` may be a connection already open (the caller's session): no second pool checkout then.
    `source` says which rows feed the index (default: the PDQ entries of bank_entries).
    """
    with engine.connect() if isinstance(engine, Engine) else nullcontext(engine) as conn:
        if conn.dialect.name == "postgresql":
            added = _add_committed_since(idx, conn, chunk_size, full, source)
        else:
            params = {"after": 0 if full else idx.max_id()}
            added = _add_rows(idx, conn, source.new_rows, params, chunk_size, full)
        retracted = _retract(idx, conn, chunk_size, source) if retractions else 0
    if compact and idx.needs_compaction():
        idx.compact()
    return added, retracted


def _add_rows(
    idx: PDQIndex,
    conn: Connection,
    query: Any,
    params: dict[str, int],
    chunk_size: int,
    recheck: bool,
    first_page: Sequence[Any] | None = None,
) -> int:
    """Add the rows `query` returns, page by page; with `recheck`, skip ids the index already knows.

    `first_page`: the first page's rows when they were already read (then the query runs only for more).
    """
    added = 0
    after = params.pop("after", 0)
    while True:
        if first_page is not None:
            rows, first_page = first_page, None
        else:
            rows = conn.execute(query, {**params, "after": after, "limit": chunk_size}).all()
        if not rows:
            return added
        after = int(rows[-1][0])
        ids, hashes = _parse_rows(rows)
        if recheck and len(ids):
            fresh = ~idx.known(ids)
            ids, hashes = ids[fresh], hashes[fresh]
        if len(ids):
            added += idx._add(ids, hashes)
        if len(rows) < chunk_size:  # a short page is the last: no empty query to find that out
            return added


def _add_committed_since(
    idx: PDQIndex, conn: Connection, chunk_size: int, full: bool, source: RowSource
) -> int:
    directory = Path(idx.directory)
    stored = _read_watermark(directory)
    with _watermarks_lock:
        seen = _watermarks.get(directory)
    watermark = None if full else stored
    if watermark is not None and seen is not None and seen[0] == stored:
        watermark = max(watermark, seen[1])
    elif stored is not None:
        # Another process sharing this directory (a `serve --workers` sibling) moved the watermark: the
        # rows below it are in the directory (it adds them before writing the file) but maybe not yet in
        # this process's snapshot, which would otherwise catch up only after `refresh_interval`.
        idx.refresh()
    first_page: list[Any] | None = None
    if watermark is None:
        xmin = int(conn.execute(_SNAPSHOT_XMIN).scalar_one())  # before reading: see the module docstring
    else:  # the usual case, once per match request: xmin and the new rows in one round trip
        params = {"xmin": watermark, "after": 0, "limit": chunk_size}
        result = conn.execute(source.xmin_and_committed_since, params).all()
        xmin = int(result[0][0])
        first_page = [(row[1], row[2]) for row in result if row[1] is not None]
    if watermark is not None and watermark > xmin:  # a restored database: start over
        watermark = None
    if watermark is None:  # a new index, an upgrade, or full=True: every row once
        added = _add_rows(idx, conn, source.new_rows, {"after": 0}, chunk_size, recheck=True)
    else:
        added = _add_rows(
            idx,
            conn,
            source.committed_since,
            {"xmin": watermark},
            chunk_size,
            recheck=True,
            first_page=first_page,
        )
    if added or watermark is None:
        atomic_write(directory / WATERMARK_FILE, [json.dumps({"commit_xmin": xmin}).encode()])
        stored = xmin
    with _watermarks_lock:
        _watermarks[directory] = (stored, xmin)
    return added


def _read_watermark(directory: Path) -> int | None:
    try:
        value = json.loads((directory / WATERMARK_FILE).read_text(encoding="utf-8"))["commit_xmin"]
    except (OSError, ValueError, KeyError, TypeError):
        return None  # none yet, or unreadable: read every row once (safe, only slower)
    return int(value) if isinstance(value, int) else None


def _retract(idx: PDQIndex, conn: Connection, chunk_size: int, source: RowSource) -> int:
    retracted = 0
    after = 0
    while True:
        id_rows = conn.execute(source.retracted_rows, {"after": after, "limit": chunk_size}).all()
        if not id_rows:
            return retracted
        after = int(id_rows[-1][0])
        ids = np.fromiter((int(r[0]) for r in id_rows), dtype=np.int64, count=len(id_rows))
        held = ids[idx.contains(ids)]
        if len(held):
            idx.retract(held)
            retracted += len(held)


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
