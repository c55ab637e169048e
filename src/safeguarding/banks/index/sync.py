"""Bring a PDQIndex up to date with the store's `bank_entries` table (SQLite or PostgreSQL).

Which rows are new:
- SQLite has one writer at a time, so ids commit in id order: rows with `id > idx.max_id()` are new.
- PostgreSQL commits concurrent transactions in any order, so an entry committed late can have a lower
  id than one the index already holds. There every row carries `commit_xid`, the id of the transaction
  that inserted it (`DEFAULT pg_current_xact_id()`, migration 0005). Each sync reads with a snapshot
  and keeps, as its watermark, what that snapshot did not see finished: the transactions running at the
  time (`pg_snapshot_xip`) and every xid from `pg_snapshot_xmax` on (`Pending`). The next sync reads the
  rows with `commit_xid >= xmax OR commit_xid = ANY(running)` (rows from before the migration have no
  `commit_xid`: the first sync, without a watermark, reads every row once). Only rows of transactions
  still running at the last sync can be read twice (ids the index knows are skipped without a lock), so
  the cost follows recent writes, never the size of the bank (an index on `commit_xid` serves it), and a
  long transaction elsewhere on the server does not make every sync re-read what was committed since
  it began (as a watermark at the snapshot's xmin did).
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

# The snapshot's xmax and the xids it sees as still running: together they say which transactions
# may commit later (see Pending).
_SNAPSHOT_PARTS = (
    "CAST(CAST(pg_snapshot_xmax(snap) AS text) AS bigint) AS xmax, "
    "ARRAY(SELECT CAST(CAST(x AS text) AS bigint) FROM pg_snapshot_xip(snap) AS x) AS xip "
    "FROM (SELECT pg_current_snapshot() AS snap) AS q"
)
_SNAPSHOT = text(f"SELECT {_SNAPSHOT_PARTS}")


@dataclass(frozen=True)
class Pending:
    """The transactions a snapshot did not see finished: those running at the time (`in_progress`) and
    every one from `xmax` on. Rows of any other transaction were committed (or aborted) before the
    snapshot, so a sync that read with it has them all; the next sync reads only rows of pending ones.

    Not the snapshot's xmin: one long transaction anywhere on the server (a report, a backup) holds xmin
    back, and every sync would read again every row committed since it began.
    """

    xmax: int
    in_progress: tuple[int, ...] = ()

    def params(self) -> dict[str, Any]:
        return {"xmax": self.xmax, "xip": [str(xid) for xid in self.in_progress]}

    def to_json(self) -> bytes:
        return json.dumps({"commit_xmax": self.xmax, "in_progress": list(self.in_progress)}).encode()

    @classmethod
    def of(cls, xmax: Any, xip: Any) -> Pending:
        return cls(int(xmax), tuple(sorted(int(x) for x in xip or ())))

    def newer_than(self, other: Pending) -> bool:
        # A later snapshot's pending set is within an earlier one's: finished transactions stay finished.
        return (self.xmax, -len(self.in_progress)) > (other.xmax, -len(other.in_progress))


@dataclass(frozen=True)
class RowSource:
    """Where an index's rows come from: `SELECT id, hex` pages by id, the same committed since an xid
    (PostgreSQL), and the ids of retracted rows. Built by `row_source` from a FROM clause and a filter."""

    new_rows: TextClause
    committed_since: TextClause
    snapshot_and_committed_since: TextClause
    retracted_rows: TextClause


def row_source(
    id_col: str, hex_col: str, from_clause: str, where: str, xid_col: str, retracted: str
) -> RowSource:
    committed_since = (
        f"SELECT {id_col} AS id, {hex_col} AS value FROM {from_clause} WHERE {where} AND {id_col} > :after "
        f"AND ({xid_col} >= CAST(:xmax AS text)::xid8 OR {xid_col} = ANY(CAST(:xip AS text[])::xid8[])) "
        f"ORDER BY {id_col} LIMIT :limit"
    )
    return RowSource(
        new_rows=text(
            f"SELECT {id_col}, {hex_col} FROM {from_clause} WHERE {where} AND {id_col} > :after "
            f"ORDER BY {id_col} LIMIT :limit"
        ),
        committed_since=text(committed_since),
        # The snapshot and the first page in one round trip (the per-request freshness check): one
        # statement reads with one snapshot, so it is the snapshot the rows were read with.
        snapshot_and_committed_since=text(
            f"SELECT s.xmax, s.xip, e.id, e.value FROM (SELECT {_SNAPSHOT_PARTS}) AS s "
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
_watermarks: dict[Path, tuple[Pending | None, Pending]] = {}
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
        watermark = seen[1] if seen[1].newer_than(watermark) else watermark
    elif stored is not None:
        # Another process sharing this directory (a `serve --workers` sibling) moved the watermark: the
        # rows below it are in the directory (it adds them before writing the file) but maybe not yet in
        # this process's snapshot, which would otherwise catch up only after `refresh_interval`.
        idx.refresh()
    first_page: list[Any] | None = None
    if watermark is None:  # before reading: see the module docstring
        snapshot = Pending.of(*conn.execute(_SNAPSHOT).one())
    else:  # the usual case, once per match request: the snapshot and the new rows in one round trip
        params = {**watermark.params(), "after": 0, "limit": chunk_size}
        result = conn.execute(source.snapshot_and_committed_since, params).all()
        snapshot = Pending.of(result[0][0], result[0][1])
        first_page = [(row[2], row[3]) for row in result if row[2] is not None]
    if watermark is not None and watermark.xmax > snapshot.xmax:  # a restored database: start over
        watermark = None
    if watermark is None:  # a new index, an upgrade, or full=True: every row once
        added = _add_rows(idx, conn, source.new_rows, {"after": 0}, chunk_size, recheck=True)
    else:
        added = _add_rows(
            idx,
            conn,
            source.committed_since,
            watermark.params(),
            chunk_size,
            recheck=True,
            first_page=first_page,
        )
    if added or watermark is None:
        atomic_write(directory / WATERMARK_FILE, [snapshot.to_json()])
        stored = snapshot
    with _watermarks_lock:
        _watermarks[directory] = (stored, snapshot)
    return added


def _read_watermark(directory: Path) -> Pending | None:
    try:
        value = json.loads((directory / WATERMARK_FILE).read_text(encoding="utf-8"))
        if isinstance(value.get("commit_xmax"), int):
            return Pending.of(value["commit_xmax"], value.get("in_progress") or ())
        if isinstance(value.get("commit_xmin"), int):  # written before: every xid from xmin on is pending
            return Pending(value["commit_xmin"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    return None  # none yet, or unreadable: read every row once (safe, only slower)


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
