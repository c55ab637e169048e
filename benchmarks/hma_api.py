"""Benchmark of the HMA-compatible API: GET /m/lookup by PDQ signal against a bank of --bank-size
random PDQ hashes (default 1,000,000), with the request pattern HMA's clients use (ROOST Coop's
`lookupContent`, the hasher_matcher_actioner_api gem's `lookup_signal`): one
`GET /m/lookup?signal_type=pdq&signal=<hex>` per request, half near-duplicates of bank entries (up to 8
bits flipped, answered `{"bench": [{"bank_content_id": n, "distance": "d"}]}`), half random (`{}`).

The service runs in a subprocess (`safeguarding serve`'s code: uvicorn, one process, on 127.0.0.1) over
a fresh store (SQLite by default; `--db postgresql://...` makes and drops a schema of its own) whose
bank is imported through the banks package and indexed. --clients concurrent httpx clients drive it for
--requests requests or --seconds seconds. Printed: p50/p99 latency, requests/s, errors (anything but
HTTP 200 with a JSON object), server peak RSS, the load average, and the anchor beside it: HMA 2.0's
published figure (0.83 ms per query in its faiss index at 1M hashes, index only, no HTTP). Pin the
server to cores with `taskset -c 0,1` to compare on 2 cores.

Usage: .venv/bin/python benchmarks/hma_api.py [--bank-size 1000000] [--clients 4] [--requests 5000]
       [--seconds 60] [--db URL] [--json] [--keep]
Exits 1 if any request failed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from service_load import (  # helpers shared with the /v1 load test
    Phase,
    bench_database,
    free_port,
    load_average,
    near,
    peak_rss_mb,
    prepare,
    start_server,
    wait_healthy,
)

HMA_ANCHOR_MS = 0.83  # HMA 2.0 / faiss at 1M PDQ hashes, per query, index only (the brief's anchor table)


async def drive(
    base: str,
    token: str,
    clients: int,
    limit: int,
    seconds: float,
    hashes: np.ndarray,
    seed: int,
    v1: bool = False,
) -> Phase:
    """HMA's GET /m/lookup; with `v1`, the same hashes through our own POST /v1/match/hash."""
    phase = Phase("v1-match" if v1 else "hma-lookup")
    rng = random.Random(seed)
    counter = iter(range(limit))
    deadline = time.monotonic() + seconds
    headers = {"Authorization": f"Bearer {token}"}

    async def worker() -> None:
        async with httpx.AsyncClient(base_url=base, headers=headers, timeout=60) as client:
            for index in counter:
                if time.monotonic() > deadline:
                    return
                signal = near(hashes, rng) if index % 2 == 0 else f"{rng.getrandbits(256):064x}"
                started = time.perf_counter()
                try:
                    if v1:
                        body = {"signal_type": "pdq", "value": signal}
                        response = await client.post("/v1/match/hash", json=body)
                        found = response.json().get("matches") if response.status_code == 200 else None
                    else:
                        params = {"signal_type": "pdq", "signal": signal}
                        response = await client.get("/m/lookup", params=params)
                        found = response.json() if response.status_code == 200 else None
                    ok = found is not None
                    if ok and index % 2 == 0 and not found:
                        ok = False  # a near-duplicate (at most 8 bits away) must be found
                    problem = f"{response.status_code} {response.text[:200]}"
                except (httpx.HTTPError, ValueError) as exc:
                    ok, problem = False, repr(exc)
                elapsed = time.perf_counter() - started
                if ok:
                    phase.latencies.append(elapsed)
                else:
                    phase.errors += 1
                    phase.error_samples.append(problem)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(clients)))
    phase.seconds = time.perf_counter() - started
    return phase


def run(args: argparse.Namespace, work: Path, db: str, hashes: np.ndarray) -> dict[str, Any]:
    env = {
        **os.environ,
        "SAFEGUARDING_INDEX_DIR": str(work / "index"),
        "SAFEGUARDING_SECRET_KEY": "bench-" * 4,
    }
    os.environ.update(env)
    load_before = load_average()
    token, timings = prepare(db, work, hashes)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(db, port, env, work / "server.log")
    try:
        wait_healthy(base, server)
        warm = asyncio.run(drive(base, token, 1, 20, 30, hashes, args.seed + 1))
        phase = asyncio.run(drive(base, token, args.clients, args.requests, args.seconds, hashes, args.seed))
        v1 = None
        if not args.no_v1:
            v1 = asyncio.run(
                drive(base, token, args.clients, args.requests, args.seconds, hashes, args.seed, v1=True)
            )
        rss = peak_rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
    return {
        "bank_size": len(hashes),
        "database": db.split(":", 1)[0].split("+", 1)[0],
        "clients": args.clients,
        "cores": len(os.sched_getaffinity(0)),
        "load_average": {"before": load_before, "after": load_average()},
        "prepare": {k: round(v, 1) for k, v in timings.items()},
        "server_peak_rss_mb": round(rss, 1) if rss else None,
        "errors": warm.errors + phase.errors + (v1.errors if v1 else 0),
        "lookup": phase.summary(),
        "v1_match": v1.summary() if v1 else None,
        "anchor": {"hma_faiss_ms_per_query_index_only": HMA_ANCHOR_MS},
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--bank-size", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument(
        "--db", help="store URL (default: SQLite in a temporary folder); postgresql:// gets its own schema"
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--no-v1", action="store_true", help="skip the same hashes through POST /v1/match/hash"
    )
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (store, server log)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sg-bench-hma-"))
    print(f"working in {work}; generating {args.bank_size:,} random PDQ hashes", file=sys.stderr)
    hashes = np.random.default_rng(args.seed).integers(0, 256, size=(args.bank_size, 32), dtype=np.uint8)
    try:
        with bench_database(args.db or "sqlite", work) as db:
            result = run(args, work, db, hashes)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        lookup, prep = result["lookup"], result["prepare"]
        print(
            f"bank {result['bank_size']:,} PDQ; {result['database']}; {result['clients']} clients; "
            f"{result['cores']} cores; import {prep['import_s']} s, index {prep['index_s']} s; "
            f"server peak RSS {result['server_peak_rss_mb']} MB; "
            f"load {result['load_average']['before']} -> {result['load_average']['after']}"
        )
        print(f"{'':<28}{'requests':>10}{'errors':>8}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}")
        print(
            f"{'ours GET /m/lookup (HTTP)':<28}{lookup['requests']:>10}{lookup['errors']:>8}"
            f"{lookup['throughput_per_s']:>10}{lookup['p50_ms']:>10}{lookup['p99_ms']:>10}"
        )
        if result["v1_match"]:
            v1 = result["v1_match"]
            print(
                f"{'ours POST /v1/match/hash':<28}{v1['requests']:>10}{v1['errors']:>8}"
                f"{v1['throughput_per_s']:>10}{v1['p50_ms']:>10}{v1['p99_ms']:>10}"
            )
        print(f"{'HMA faiss, index only':<28}{'':>28}{HMA_ANCHOR_MS:>10}{'':>10}  (anchor, no HTTP)")
        for sample in lookup["error_samples"]:
            print(f"  error: {sample}")
    sys.exit(1 if result["errors"] else 0)


if __name__ == "__main__":
    main()
