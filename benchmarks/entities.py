"""Entities at scale on PostgreSQL (issue 12): recording rate, linked cases, the two-hop graph.

    .venv/bin/python benchmarks/entities.py --observations 500000 --entities 100000   # 1/20 scale
    .venv/bin/python benchmarks/entities.py --observations 10000000 --entities 2000000  # the goal

A schema of its own on the real server (dropped afterwards unless --keep). Cases are made first (one per
10 observations, plain rows), then observations are recorded through `record_observations` in batches
of --batch rows, one transaction each: the production path (entity upsert with unnest, COPY of the
observations, the (entity, case) pairs and the case counts in one statement). Entities are drawn so that
most are rare and a few are very common: 90% uniformly over all entities, 10% from a Zipf tail.
`--writers N` records with N processes at once, as several detector processes or server replicas do
(batch i goes to writer i mod N; the stream is the same whatever N). Goals: recording >= 20,000
observations/s; linked cases for a case p99 < 50 ms; a two-hop graph of up to 500 nodes p99 < 200 ms.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import time
import uuid
from pathlib import Path

import numpy as np
from psycopg.errors import DeadlockDetected
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

import safeguarding.entities  # noqa: F401
from safeguarding.entities import ObservationRow, linked_cases, record_observations
from safeguarding.entities.graph import case_graph
from safeguarding.store import open_store

KINDS = ("phone", "handle", "email", "account", "url")
POSTGRES = os.environ.get("SAFEGUARDING_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


def _pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def _summary(samples: list[float]) -> str:
    return (
        f"p50 {statistics.median(samples) * 1000:.1f} ms, p99 {_pct(samples, 0.99):.1f} ms, "
        f"max {max(samples) * 1000:.1f} ms ({len(samples)} queries)"
    )


def _value(kind: str, n: int) -> str:
    if kind == "phone":
        return f"+1202{n:07d}"
    if kind == "email":
        return f"user{n}@example.org"
    if kind == "handle":
        return f"telegram:user_{n}"
    if kind == "url":
        return f"http://example.org/p/{n}"
    return f"acct-{n}"


def make_cases(store_url: str, cases: int) -> None:
    engine = create_engine(store_url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO cases (group_key, kind, detector, severity, priority, status, summary,"
                " has_media, item_count, created_at, updated_at)"
                " SELECT 'bench:' || g, 'ad_network', 'ads', 'ad_network', 5, 'open', '', false, 1,"
                " now(), now()"
                " FROM generate_series(1, :n) AS g"
            ),
            {"n": cases},
        )
    engine.dispose()


def _backend_cpu(pid: int) -> float:
    """CPU seconds (user + system) of a PostgreSQL backend on this machine, from /proc; 0 elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _batch_rows(seed: int, index: int, start: int, size: int, entities: int) -> list[ObservationRow]:
    """Batch `index` of the stream, the same whichever writer records it."""
    rng = np.random.default_rng([seed, index])
    case_ids = np.arange(start, start + size) // 10 + 1
    uniform = rng.integers(0, entities, size)
    tail = np.minimum(rng.zipf(1.3, size) - 1, entities - 1)
    picked = np.where(rng.random(size) < 0.9, uniform, tail)
    return [
        ObservationRow(KINDS[e % 5], _value(KINDS[e % 5], int(e)), int(c), None, "ads_link", "bench")
        for e, c in zip(picked.tolist(), case_ids.tolist(), strict=True)
    ]


def _writer(url: str, observations: int, entities: int, batch: int, seed: int, writer: int, writers: int):  # type: ignore[no-untyped-def]
    """Record batches writer, writer + writers, ...; (client CPU s, server CPU s, deadlock retries)."""
    store = open_store(url, migrate=False)
    cpu_started, server_cpu, retries = time.process_time(), 0.0, 0
    starts = range(0, observations, batch)
    for index in range(writer, len(starts), writers):
        start = starts[index]
        rows = _batch_rows(seed, index, start, min(batch, observations - start), entities)
        while True:
            try:
                with store.session() as session:
                    pid = session.scalar(text("SELECT pg_backend_pid()"))
                    before = _backend_cpu(pid)
                    record_observations(session, rows, photos=False)
                    session.flush()
                    server_cpu += _backend_cpu(pid) - before  # the commit's own work is left out (small)
                break
            except OperationalError as exc:  # two writers raising the same entities' counts: retry
                if not isinstance(exc.orig, DeadlockDetected):
                    raise
                retries += 1
        if writer == 0 and (start // batch) % max(1, 1_000_000 // batch) == 0 and start:
            print(f"  about {start:,} observations recorded", flush=True)
    store.close()
    return time.process_time() - cpu_started, server_cpu, retries


def record(
    store, observations: int, entities: int, batch: int, seed: int, writers: int
) -> tuple[float, float, float, int]:  # type: ignore[no-untyped-def]
    """Wall seconds, the writers' CPU seconds, the server backends' CPU seconds, deadlock retries."""
    started = time.perf_counter()
    args = [(store.url, observations, entities, batch, seed, w, writers) for w in range(writers)]
    if writers == 1:
        results = [_writer(*args[0])]
    else:
        with multiprocessing.get_context("spawn").Pool(writers) as pool:
            results = pool.starmap(_writer, args)
    return (
        time.perf_counter() - started,
        sum(r[0] for r in results),
        sum(r[1] for r in results),
        sum(r[2] for r in results),
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--observations", type=int, default=500_000)
    parser.add_argument("--entities", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=20_000)
    parser.add_argument(
        "--writers",
        type=int,
        default=1,
        help="processes recording at once (recording is safe to run concurrently)",
    )
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--postgres", default=POSTGRES)
    parser.add_argument("--keep", action="store_true", help="keep the schema (its name is printed)")
    args = parser.parse_args()

    schema = f"bench_entities_{uuid.uuid4().hex[:8]}"
    driver = "postgresql+psycopg://" + args.postgres.split("://", 1)[1]
    admin = create_engine(driver)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = f"{args.postgres}?options=-csearch_path%3D{schema}"
    store = open_store(url)
    try:
        cases = max(1, args.observations // 10)
        make_cases(store.url, cases)
        seconds, client_cpu, server_cpu, retries = record(
            store, args.observations, args.entities, args.batch, 12, args.writers
        )
        with store.engine.begin() as conn:
            conn.execute(text("ANALYZE"))
            counts = conn.execute(
                text(
                    "SELECT (SELECT count(*) FROM entities), (SELECT count(*) FROM entity_observations),"
                    " (SELECT count(*) FROM entity_cases), (SELECT max(case_count) FROM entities)"
                )
            ).one()
        print(
            f"recorded {args.observations:,} observations of {counts[0]:,} entities in {cases:,} cases "
            f"({counts[2]:,} entity-case pairs, most common entity in {counts[3]:,} cases) "
            f"in {seconds:.1f} s with {args.writers} writer(s): "
            f"{args.observations / seconds:,.0f} observations/s (goal >= 20,000); {retries} batches retried"
        )
        print(
            f"  CPU: writers {client_cpu:.1f} s (generating the rows included), server backends"
            f" {server_cpu:.1f} s: {args.observations / (client_cpu + server_cpu):,.0f} observations per"
            f" CPU-second (one writer's rate on an idle core; load average now {os.getloadavg()[0]:.1f})"
        )
        rng = np.random.default_rng(7)
        sample = rng.integers(1, cases + 1, args.queries).tolist()
        timings, found = [], []
        with store.session() as session:
            for case_id in sample:
                began = time.perf_counter()
                found.append(len(linked_cases(session, case_id)))
                timings.append(time.perf_counter() - began)
        print(
            f"linked cases: {_summary(timings)}, mean {statistics.mean(found):.1f} linked (goal p99 < 50 ms)"
        )
        timings, sizes = [], []
        with store.session() as session:
            for case_id in sample[: max(1, args.queries // 5)]:
                began = time.perf_counter()
                graph = case_graph(session, case_id, hops=2, max_nodes=500)
                timings.append(time.perf_counter() - began)
                sizes.append(len(graph.nodes))
        full = sum(1 for s in sizes if s >= 500)
        print(
            f"two-hop graph: {_summary(timings)}, nodes p50 {statistics.median(sizes):.0f}, "
            f"{full} of {len(sizes)} cut at 500 (goal p99 < 200 ms)"
        )
    finally:
        store.close()
        if args.keep:
            print(f"kept schema {schema}")
        else:
            with admin.begin() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


if __name__ == "__main__":
    main()
