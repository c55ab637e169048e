"""The reviewer queue at scale (issue 16): page loads of the filtered queue with 100,000 open cases.

    .venv/bin/python benchmarks/review_queue.py [--cases 100000] [--closed 20000] [--repeats 100]
                                         [--postgres postgresql://postgres@127.0.0.1:5432/test]

Builds the same synthetic queue on PostgreSQL (a schema of its own, filled with COPY, dropped
afterwards) and on SQLite (the embedded default, the anchor): open and escalated cases of four kinds
over 30 days, some leased, plus closed cases, with benign synthetic summaries. Then times each query
shape the queue page runs, through the same functions the service calls (cases.queue.queue_page and
queue_counts), each in its own session as a request would: p50 and p99 per shape, goal p99 < 200 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from safeguarding.cases.queue import QueueFilter, queue_counts, queue_page
from safeguarding.cases.severity import DEFAULT_SEVERITY, SEVERITY_ORDER, detector_of
from safeguarding.store import Store, open_store

GOAL_MS = 200.0
KINDS = (("grooming_warning", 40), ("ad_network", 35), ("media_match", 20), ("meeting_arranged", 5))
CITIES = ("Leeds", "York", "Hull", "Bristol", "Cardiff", "Derby", "Luton", "Bath")
COLUMNS = (
    "group_key",
    "active_key",
    "kind",
    "detector",
    "severity",
    "priority",
    "status",
    "summary",
    "has_media",
    "item_count",
    "created_at",
    "updated_at",
    "lease_holder",
    "lease_expires_at",
)


def _summary(kind: str, i: int, rng: random.Random) -> str:
    if kind == "ad_network":
        return (
            f"ad network N{i}: {rng.randint(2, 60)} ads, phone +44 7700 9{i % 100000:05d}, "
            f"cities {rng.choice(CITIES)}, {rng.choice(CITIES)}"
        )
    if kind == "media_match":
        return f"known-media match: bank sample-{i % 7}, file IMG_{i:06d}.jpg"
    risk = rng.uniform(0.5, 0.99)
    return f"grooming warning, risk {risk:.2f}, suspect user{i % 50000}"


def _rows(cases: int, closed: int, seed: int = 16) -> Iterator[tuple[Any, ...]]:
    rng = random.Random(seed)
    now = datetime.now(UTC)
    kinds = [k for k, weight in KINDS for _ in range(weight)]
    for i in range(cases + closed):
        kind = rng.choice(kinds)
        severity = DEFAULT_SEVERITY[kind]
        if kind == "ad_network" and rng.random() < 0.3:
            severity = "ad_network_strong"
        if i < cases:
            status = "escalated" if rng.random() < 0.03 else "open"
            active = f"{kind}:{i}"
        else:
            status = rng.choice(("confirmed", "dismissed", "reported"))
            active = None
        created = now - timedelta(minutes=rng.randint(1, 30 * 24 * 60))
        held = i < cases and rng.random() < 0.0005
        yield (
            f"{kind}:{i}",
            active,
            kind,
            detector_of(kind),
            severity,
            SEVERITY_ORDER[severity],
            status,
            _summary(kind, i, rng),
            kind == "media_match",
            rng.randint(1, 20),
            created,
            created,
            f"reviewer{rng.randint(1, 20)}" if held else None,
            now + timedelta(hours=1) if held else None,
        )


def fill_postgres(store: Store, cases: int, closed: int) -> None:
    raw = store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        with cursor.copy(f"COPY cases ({', '.join(COLUMNS)}) FROM STDIN") as copy:  # type: ignore[attr-defined]
            for row in _rows(cases, closed):
                copy.write_row(row)
        raw.commit()
    finally:
        raw.close()
    # What autovacuum does after a bulk load: statistics, and the visibility map that lets the counts
    # read the index alone.
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE cases"))


def fill_sqlite(store: Store, cases: int, closed: int) -> None:
    insert = text(f"INSERT INTO cases ({', '.join(COLUMNS)}) VALUES ({', '.join(':' + c for c in COLUMNS)})")
    batch: list[dict[str, Any]] = []
    with store.engine.begin() as conn:
        for row in _rows(cases, closed):
            values = dict(zip(COLUMNS, row, strict=True))
            for key in ("created_at", "updated_at", "lease_expires_at"):
                if values[key] is not None:
                    values[key] = values[key].replace(tzinfo=None)
            batch.append(values)
            if len(batch) == 10_000:
                conn.execute(insert, batch)
                batch = []
        if batch:
            conn.execute(insert, batch)
        conn.execute(text("ANALYZE"))


def _deep_cursor(store: Store, role: str, chosen: QueueFilter, depth: int) -> str | None:
    """The cursor after `depth` rows, found by walking pages of 200 (as a reviewer clicking on would)."""
    cursor = None
    with store.session() as session:
        for _ in range(depth // 200):
            cursor = queue_page(session, role, chosen, cursor=cursor, limit=200).next_cursor
    return cursor


def shapes(store: Store) -> list[tuple[str, Callable[[Any], Any]]]:
    deep = _deep_cursor(store, "admin", QueueFilter(), 50_000)
    deep_kind = _deep_cursor(store, "admin", QueueFilter(kind="grooming_warning"), 20_000)
    none = QueueFilter()

    def page(role: str, chosen: QueueFilter, cursor: str | None = None) -> Callable[[Any], Any]:
        return lambda s: queue_page(s, role, chosen, cursor=cursor, limit=50)

    def counts(role: str, chosen: QueueFilter) -> Callable[[Any], Any]:
        return lambda s: queue_counts(s, role, chosen)

    def both(role: str, chosen: QueueFilter) -> Callable[[Any], Any]:
        return lambda s: (queue_page(s, role, chosen, limit=50), queue_counts(s, role, chosen))

    return [
        ("first page, no filter", page("admin", none)),
        ("kind = ad network", page("admin", QueueFilter(kind="ad_network"))),
        ("priority = 3", page("admin", QueueFilter(priority=3))),
        ("detector + held by nobody", page("admin", QueueFilter(detector="chat_scorer", held_by="nobody"))),
        ("status = escalated", page("admin", QueueFilter(status="escalated"))),
        ("held by reviewer7", page("admin", QueueFilter(held_by="reviewer7"))),
        ("waiting > 25 days", page("admin", QueueFilter(min_age_hours=25 * 24))),
        ("search rare '7700 912345'", page("admin", QueueFilter(search="7700 912345"))),
        ("search common 'leeds'", page("admin", QueueFilter(search="leeds"))),
        ("reviewer role (no media)", page("reviewer", none)),
        ("deep page: row 50,000", page("admin", none, deep)),
        ("deep page: kind, row 20,000", page("admin", QueueFilter(kind="grooming_warning"), deep_kind)),
        ("counts per filter, no filter", counts("admin", none)),
        ("counts per filter, search", counts("admin", QueueFilter(search="leeds"))),
        ("queue page = page + counts", both("admin", QueueFilter(kind="ad_network"))),
    ]


def measure(store: Store, repeats: int) -> dict[str, tuple[float, float]]:
    results = {}
    for name, run in shapes(store):
        samples = []
        for _ in range(repeats):
            start = time.perf_counter()
            with store.session() as session:
                run(session)
            samples.append((time.perf_counter() - start) * 1000)
        samples.sort()
        p99 = samples[min(len(samples) - 1, round(0.99 * (len(samples) - 1)))]
        results[name] = (statistics.median(samples), p99)
    return results


@contextmanager
def postgres_store(url: str) -> Iterator[Store]:
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine("postgresql+psycopg://" + url.split("://", 1)[1])
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    store = open_store(f"{url}?options=-csearch_path%3D{schema}")
    try:
        yield store
    finally:
        store.close()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=100_000, help="open (and escalated) cases")
    parser.add_argument("--closed", type=int, default=20_000, help="closed cases beside them")
    parser.add_argument("--repeats", type=int, default=100, help="timed runs per query shape")
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()

    results: dict[str, dict[str, tuple[float, float]]] = {}
    with postgres_store(args.postgres) as store:
        start = time.perf_counter()
        fill_postgres(store, args.cases, args.closed)
        built = time.perf_counter() - start
        print(f"PostgreSQL: {args.cases:,} open + {args.closed:,} closed cases built in {built:.1f} s")
        results["postgresql"] = measure(store, args.repeats)
    with tempfile.TemporaryDirectory() as work:
        store = open_store(str(Path(work) / "queue.db"))
        start = time.perf_counter()
        fill_sqlite(store, args.cases, args.closed)
        built = time.perf_counter() - start
        print(f"SQLite:     {args.cases:,} open + {args.closed:,} closed cases built in {built:.1f} s")
        results["sqlite"] = measure(store, args.repeats)
        store.close()

    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(
        f"\n{args.repeats} runs per shape, 50 cases a page; ms; load average {load} on {os.cpu_count()} cores"
    )
    head = f"{'query shape':34} {'PostgreSQL p50':>14} {'p99':>8}   {'SQLite p50':>10} {'p99':>8}"
    print(f"{head}   goal p99 < {GOAL_MS:.0f}")
    worst = 0.0
    for name, (p50, p99) in results["postgresql"].items():
        s50, s99 = results["sqlite"][name]
        worst = max(worst, p99)
        verdict = "ok" if p99 < GOAL_MS else "MISSED"
        print(f"{name:34} {p50:14.1f} {p99:8.1f}   {s50:10.1f} {s99:8.1f}   {verdict}")
    within = "within" if worst < GOAL_MS else "over"
    print(f"\nworst PostgreSQL p99: {worst:.1f} ms ({within} the {GOAL_MS:.0f} ms goal)")


if __name__ == "__main__":
    main()
