"""Costs of the integrity work (issue 11): the PDQ index sync on PostgreSQL per request, and the audit
log's automatic heads per event.

    .venv/bin/python benchmarks/integrity.py --sizes 10000 200000 [--postgres URL]

Sync: a bank of N PDQ rows on the real PostgreSQL server (a schema of its own, dropped afterwards), an
index built from it, then the hot-path call `sync_index_from_store(idx, engine, retractions=False,
compact=False)` timed when nothing is new and when 10 rows are new; the cost should not grow with N.
Audit: 2,000 events appended on SQLite, one transaction each, with and without a signing key (a head
every 100 events by default).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from sqlalchemy import create_engine, text

from safeguarding.audit import record_event
from safeguarding.audit.keys import generate_signing_key
from safeguarding.banks.index import PDQIndex, hashes_to_hex, sync_index_from_store
from safeguarding.store import open_store

INSERT = text(
    "INSERT INTO bank_entries (bank_id, signal_type, value, labels, note, source, imported_at) "
    "VALUES (1, 'pdq', :v, '', '', 'bench', :t)"
)


def _ms(samples: list[float]) -> str:
    return f"p50 {statistics.median(samples) * 1000:.2f} ms, max {max(samples) * 1000:.2f} ms"


def bench_sync(url: str, size: int, work: Path) -> None:
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine("postgresql+psycopg://" + url.split("://", 1)[1])
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    store = open_store(f"{url}?options=-csearch_path%3D{schema}")
    try:
        rng = np.random.default_rng(size)
        hexes = hashes_to_hex(rng.integers(0, 256, (size + 100, 32), dtype=np.uint8))
        now = datetime.now(UTC)
        with store.engine.begin() as conn:
            conn.execute(
                text("INSERT INTO banks (name, description, created_at) VALUES ('b', '', :t)"), {"t": now}
            )
            rows = [{"v": h, "t": now} for h in hexes[:size]]
            for start in range(0, size, 20_000):
                conn.execute(INSERT, rows[start : start + 20_000])
            conn.execute(text("ANALYZE bank_entries"))
        idx = PDQIndex.open(work / f"pdq-{size}")
        started = time.perf_counter()
        sync_index_from_store(idx, store.engine)
        build = time.perf_counter() - started
        idle = []
        for _ in range(50):
            started = time.perf_counter()
            sync_index_from_store(idx, store.engine, retractions=False, compact=False)
            idle.append(time.perf_counter() - started)
        fresh = []
        for batch in range(5):
            with store.engine.begin() as conn:
                for h in hexes[size + batch * 10 : size + batch * 10 + 10]:
                    conn.execute(INSERT, {"v": h, "t": now})
            started = time.perf_counter()
            added, _ = sync_index_from_store(idx, store.engine, retractions=False, compact=False)
            fresh.append(time.perf_counter() - started)
            assert added == 10
        print(f"sync N={size}: first sync {build:.1f}s; nothing new {_ms(idle)}; 10 new rows {_ms(fresh)}")
    finally:
        store.close()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def bench_audit(work: Path, with_key: bool) -> None:
    if with_key:
        generate_signing_key(work / "signing.pem")
        os.environ["SAFEGUARDING_SIGNING_KEY"] = str(work / "signing.pem")
    else:
        os.environ["SAFEGUARDING_SIGNING_KEY"] = str(work / "absent.pem")
    store = open_store(str(work / f"audit-{with_key}.db"))
    samples = []
    try:
        for i in range(2000):
            started = time.perf_counter()
            with store.session() as session:
                record_event(session, "bench", "view", f"case:{i}", {"n": i})
            samples.append(time.perf_counter() - started)
        with store.session() as session:
            heads = session.execute(text("SELECT count(*) FROM audit_tree_heads")).scalar_one()
    finally:
        store.close()
    label = "with a key (head every 100)" if with_key else "without a key (no heads)"
    print(f"audit append, one transaction an event, {label}: {_ms(samples)}, {heads} heads")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 200_000])
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        for size in args.sizes:
            bench_sync(args.postgres, size, work)
        os.environ.pop("SAFEGUARDING_CONFIG", None)
        bench_audit(work, with_key=False)
        bench_audit(work, with_key=True)


if __name__ == "__main__":
    main()
