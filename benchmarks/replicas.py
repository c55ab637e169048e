"""Throughput of the service per replica: one `serve` process, two, and one with `--workers 2`.

Over one PostgreSQL schema (created for the run, dropped at the end) holding a bank of `--bank-size`
random PDQ hashes, each setup is started as real `safeguarding serve` processes on loopback ports (each
process its own index folder, as on separate machines; the workers of `--workers 2` share one). This
process then drives the replicas with `--clients` concurrent clients spread evenly over them, for
`--seconds` per phase, and prints per setup and phase: requests, errors, requests/s in total and per
replica, requests per CPU-second of the server processes (the figure that carries over to a machine of
its own; the database's CPU is not in it), p50/p99 latency, side by side, with the load average.

  match   POST /v1/match/hash: half near-duplicates of bank entries, half random (shared helpers with
          benchmarks/service_load.py)
  chat    POST /v1/chats/{id}/messages: synthetic, non-explicit conversations, one message per request

Usage: .venv/bin/python benchmarks/replicas.py [--bank-size 100000] [--clients 8] [--seconds 20]
       [--db postgresql://...] [--setups 1,2,w2]
Exits 1 if any request failed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import psutil
from service_load import (
    CHAT_LINES,
    DEFAULT_POSTGRES,
    Phase,
    bench_database,
    free_port,
    load_average,
    near,
    prepare,
    run_phase,
    wait_healthy,
)

SETUPS = {"1": ("1 process", 1, 1), "2": ("2 processes", 2, 1), "w2": ("1 process, --workers 2", 1, 2)}


@dataclass
class Result:
    setup: str
    replicas: int
    phase: Phase
    server_cpu_s: float  # user + system seconds of every server process (uvicorn and its workers)


def server_cpu(started: list[tuple[subprocess.Popen[bytes], str]]) -> float:
    """CPU seconds used so far by the server processes and their children (the database's not included)."""
    total = 0.0
    for process, _ in started:
        try:
            root = psutil.Process(process.pid)
            for each in [root, *root.children(recursive=True)]:
                times = each.cpu_times()
                total += times.user + times.system
        except psutil.NoSuchProcess:
            continue
    return total


def start_replicas(
    db: str, work: Path, processes: int, workers: int
) -> list[tuple[subprocess.Popen[bytes], str]]:
    started = []
    for number in range(processes):
        port = free_port()
        env = {**os.environ, "SAFEGUARDING_INDEX_DIR": str(work / f"index-{processes}x{workers}-{number}")}
        command = [sys.executable, "-m", "safeguarding", "serve", "--port", str(port), "--db", db]
        command += ["--workers", str(workers), "--no-proxy-headers"]
        log = work / f"serve-{processes}x{workers}-{number}.log"
        with log.open("wb") as out:
            process = subprocess.Popen(
                command, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
        started.append((process, f"http://127.0.0.1:{port}"))
    for process, base in started:
        wait_healthy(base, process, timeout=300)
    deadline = time.monotonic() + 120
    logs = [work / f"serve-{processes}x{workers}-{n}.log" for n in range(processes)]
    while sum(log.read_text(errors="replace").count("Application startup complete") for log in logs) < (
        processes * workers
    ):
        if time.monotonic() > deadline:
            raise SystemExit("the workers did not all start in time")
        time.sleep(0.3)
    return started


def stop(started: list[tuple[subprocess.Popen[bytes], str]]) -> None:
    for process, _ in started:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)  # the group started here: uvicorn and its workers
    for process, _ in started:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)


def spread(phase_name: str, bases: list[str], token: str, clients: int, seconds: float, make: Any) -> Phase:
    """Clients spread evenly over the replicas (client i talks to replica i mod n), one phase."""

    async def everything() -> list[Phase]:
        groups = [len(range(i, clients, len(bases))) for i in range(len(bases))]
        return await asyncio.gather(
            *(
                run_phase(phase_name, base, token, count, 10**9, seconds, _offset(make, 1000 * group))
                for group, (base, count) in enumerate(zip(bases, groups, strict=True))
                if count
            )
        )

    parts = asyncio.run(everything())
    merged = Phase(phase_name)
    for part in parts:
        merged.latencies += part.latencies
        merged.errors += part.errors
        merged.error_samples += part.error_samples
    merged.seconds = max(part.seconds for part in parts)
    return merged


def _offset(make: Any, by: int) -> Any:
    """`make` with client numbers moved by `by`, so clients of different replicas never share a number."""
    return lambda client, index: make(client + by, index)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--bank-size", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20.0, help="per setup and phase")
    parser.add_argument("--db", default=DEFAULT_POSTGRES, help="a postgresql:// URL; a schema is made there")
    parser.add_argument("--setups", default="1,2,w2", help="1 (one process), 2 (two), w2 (--workers 2)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    unknown = set(args.setups.split(",")) - set(SETUPS)
    if unknown:
        parser.error(f"--setups: unknown setup {sorted(unknown)[0]!r} (known: {', '.join(SETUPS)})")
    if not args.db.startswith(("postgresql://", "postgres://")):
        parser.error(f"--db: replicas share a PostgreSQL server; got {args.db!r}")
    work = Path(tempfile.mkdtemp(prefix="sg-replicas-"))
    os.environ["SAFEGUARDING_INDEX_DIR"] = str(work / "index-prepare")
    os.environ.setdefault("SAFEGUARDING_SECRET_KEY", "bench-" * 4)
    hashes = np.random.default_rng(args.seed).integers(0, 256, size=(args.bank_size, 32), dtype=np.uint8)
    results: list[Result] = []
    load = [load_average()]
    try:
        with bench_database(args.db, work) as db:
            token, timings = prepare(db, work, hashes)
            for key in args.setups.split(","):
                label, processes, workers = SETUPS[key]
                results += run_setup(args, db, work, token, hashes, label, processes, workers)
                load.append(load_average())
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_table(args, results, timings, load)
    sys.exit(1 if any(result.phase.errors for result in results) else 0)


def run_setup(
    args: argparse.Namespace,
    db: str,
    work: Path,
    token: str,
    hashes: np.ndarray,
    label: str,
    processes: int,
    workers: int,
) -> list[Result]:
    rng = random.Random(args.seed)
    started = start_replicas(db, work, processes, workers)
    bases = [base for _, base in started for _ in range(workers)]  # a worker is a replica on one port

    def match_request(_client: int, index: int) -> tuple[str, str, dict[str, Any]]:
        value = near(hashes, rng) if index % 2 == 0 else f"{rng.getrandbits(256):064x}"
        return "POST", "/v1/match/hash", {"signal_type": "pdq", "value": value}

    def chat_request(client: int, index: int) -> tuple[str, str, dict[str, Any]]:
        author, text = CHAT_LINES[index % len(CHAT_LINES)]
        conversation = f"replicas-{processes}x{workers}-{client}-{index // len(CHAT_LINES)}"
        return "POST", f"/v1/chats/{conversation}/messages", {"author": author, "text": text}

    try:
        # Every worker opens its index and loads the chat scorer before anything is measured.
        spread("warm-up", bases, token, len(bases) * 4, 10, match_request)
        spread("warm-up", bases, token, len(bases) * 4, 10, chat_request)
        results = []
        for name, make in (("match", match_request), ("chat", chat_request)):
            cpu_before = server_cpu(started)
            phase = spread(name, bases, token, args.clients, args.seconds, make)
            results.append(Result(label, processes * workers, phase, server_cpu(started) - cpu_before))
        return results
    finally:
        stop(started)


def print_table(
    args: argparse.Namespace, results: list[Result], timings: dict[str, float], load: list[str]
) -> None:
    print(
        f"bank {args.bank_size:,} PDQ hashes (import {timings['import_s']:.1f} s); {args.clients} clients; "
        f"{os.cpu_count()} cores shared by clients and servers; {args.seconds:.0f} s per phase"
    )
    print(f"load average before and after each setup: {' -> '.join(load)}")
    header = f"{'phase':<7}{'setup':<26}{'replicas':>9}{'requests':>10}{'errors':>8}"
    print(header + f"{'req/s':>9}{'req/s/replica':>15}{'req/CPU-s':>11}{'p50 ms':>9}{'p99 ms':>9}")
    for name in ("match", "chat"):
        for result in (r for r in results if r.phase.name == name):
            summary = result.phase.summary()
            per = summary["throughput_per_s"] / result.replicas
            per_cpu = (summary["requests"] - summary["errors"]) / max(result.server_cpu_s, 1e-9)
            print(
                f"{name:<7}{result.setup:<26}{result.replicas:>9}{summary['requests']:>10}{summary['errors']:>8}"
                f"{summary['throughput_per_s']:>9}{per:>15.1f}{per_cpu:>11.1f}"
                f"{summary['p50_ms']:>9}{summary['p99_ms']:>9}"
            )
            for sample in summary["error_samples"]:
                print(f"  error: {sample}")


if __name__ == "__main__":
    main()
