"""Load test of the review service: hash matching against 1,000,000 PDQ hashes, and chat scoring.

The service runs in a subprocess (`safeguarding.web.cli.serve`, uvicorn on 127.0.0.1, a free port)
over a fresh store whose bank holds `--bank-size` random PDQ hashes imported through the banks
package (`import_list`) and indexed (`rebuild_pdq_index`). This process drives it over loopback with
`--clients` concurrent httpx clients, for at most `--requests` requests or `--seconds` seconds per
phase, and prints throughput, p50/p99 latency and the error count (anything but HTTP 200) of:

  match   POST /v1/match/hash: half near-duplicates of bank entries (up to 8 bits flipped), half random
  chat    POST /v1/chats/{id}/messages: synthetic conversations, one message per request

On PostgreSQL (`--db postgresql://...`) the store lives in a schema of its own, created for the run and
dropped at the end, so the benchmark can run any number of times against the same database. `--both` runs
SQLite and then PostgreSQL with the same bank, clients and requests and prints them side by side, with
the load average before and after each (the machine may be shared: compare within one run).

Usage: .venv/bin/python benchmarks/service_load.py [--bank-size 1000000] [--clients 4]
       [--requests 3000] [--seconds 60] [--db postgresql://...] [--both] [--json]
Exits 1 if any request failed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import numpy as np
from sqlalchemy import create_engine, text

from safeguarding.accounts import create_token, create_user
from safeguarding.banks import import_list
from safeguarding.banks.pdq_search import rebuild_pdq_index
from safeguarding.store import open_store
from safeguarding.store.database import resolve_db_url

DEFAULT_POSTGRES = os.environ.get("SAFEGUARDING_BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")

CHAT_LINES = [
    ("adult", "hey how was school today?"),
    ("kid", "fine i guess, bit boring"),
    ("adult", "how old are you btw?"),
    ("kid", "13"),
    ("adult", "you seem really mature for your age"),
    ("kid", "haha thanks"),
    ("adult", "don't tell your parents about our chats, this is our secret"),
    ("adult", "let's talk on another app, add me there"),
    ("kid", "ok maybe later"),
    ("adult", "I can buy you a gift card if you want"),
]


@dataclass
class Phase:
    name: str
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    error_samples: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> dict[str, Any]:
        ordered = sorted(self.latencies)
        count = len(ordered)

        def pct(p: float) -> float:
            return ordered[min(count - 1, int(p * count))] * 1000 if count else float("nan")

        return {
            "phase": self.name,
            "requests": count + self.errors,
            "errors": self.errors,
            "seconds": round(self.seconds, 2),
            "throughput_per_s": round(count / self.seconds, 1) if self.seconds else 0.0,
            "p50_ms": round(pct(0.50), 2),
            "p99_ms": round(pct(0.99), 2),
            "mean_ms": round(statistics.fmean(ordered) * 1000, 2) if count else float("nan"),
            "error_samples": self.error_samples[:3],
        }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def write_bank_csv(path: Path, hashes: np.ndarray) -> None:
    """The PDQ hashes (rows of 32 bytes) as a bank CSV."""
    with open(path, "w", encoding="ascii") as handle:
        handle.write("pdq,labels,note\n")
        for start in range(0, len(hashes), 100_000):
            block = hashes[start : start + 100_000]
            handle.write("".join(f"{row.tobytes().hex()},bench,\n" for row in block))


def near(hashes: np.ndarray, rng: random.Random) -> str:
    row = bytearray(hashes[rng.randrange(len(hashes))].tobytes())
    for _ in range(rng.randint(0, 8)):
        bit = rng.randrange(256)
        row[bit // 8] ^= 1 << (bit % 8)
    return row.hex()


def prepare(db: str, work: Path, hashes: np.ndarray) -> tuple[str, dict[str, float]]:
    timings: dict[str, float] = {}
    store = open_store(db)
    with store.session() as session:
        create_user(session, "bench", "api_client")
        _, token = create_token(session, "bench", "service_load")
    csv_path = work / "bank.csv"
    started = time.perf_counter()
    write_bank_csv(csv_path, hashes)
    timings["write_csv_s"] = time.perf_counter() - started
    started = time.perf_counter()
    report = import_list(store, "bench", csv_path, "csv", source="benchmarks/service_load.py random hashes")
    timings["import_s"] = time.perf_counter() - started
    if report.added != len(hashes):
        raise SystemExit(f"import added {report.added} of {len(hashes)} hashes ({report.problems} problems)")
    started = time.perf_counter()
    rebuild_pdq_index(store.index_dir, store.engine)
    timings["index_s"] = time.perf_counter() - started
    csv_path.unlink()
    store.close()
    return token, timings


def start_server(db: str, port: int, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    code = (
        "from safeguarding.web.cli import serve; "
        f"serve(host='127.0.0.1', port={port}, config=None, proxy_headers=False, db={db!r})"
    )
    with open(log, "wb") as handle:
        return subprocess.Popen(
            [sys.executable, "-c", code], env=env, stdout=handle, stderr=subprocess.STDOUT
        )


def wait_healthy(base: str, process: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the service exited with code {process.returncode}")
        try:
            if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("the service did not become healthy in time")


def peak_rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


async def run_phase(
    name: str, base: str, token: str, clients: int, limit: int, seconds: float, make: Any
) -> Phase:
    phase = Phase(name)
    counter = iter(range(limit))
    deadline = time.monotonic() + seconds
    headers = {"Authorization": f"Bearer {token}"}

    async def worker(number: int) -> None:
        async with httpx.AsyncClient(base_url=base, headers=headers, timeout=60) as client:
            for index in counter:
                if time.monotonic() > deadline:
                    return
                method, path, body = make(number, index)
                started = time.perf_counter()
                try:
                    response = await client.request(method, path, json=body)
                    ok = response.status_code == 200
                    problem = f"{response.status_code} {response.text[:200]}"
                except httpx.HTTPError as exc:
                    ok, problem = False, repr(exc)
                elapsed = time.perf_counter() - started
                if ok:
                    phase.latencies.append(elapsed)
                else:
                    phase.errors += 1
                    phase.error_samples.append(problem)

    started = time.perf_counter()
    await asyncio.gather(*(worker(i) for i in range(clients)))
    phase.seconds = time.perf_counter() - started
    return phase


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--bank-size", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--requests", type=int, default=3000, help="per phase")
    parser.add_argument("--seconds", type=float, default=60.0, help="per phase")
    parser.add_argument(
        "--db",
        help="store URL (default: a SQLite file in a temporary folder); a postgresql:// URL names the "
        "server and database in which a schema of its own is created and dropped at the end",
    )
    parser.add_argument(
        "--both",
        action="store_true",
        help=f"run on SQLite and on PostgreSQL (--db, default {DEFAULT_POSTGRES}), side by side",
    )
    parser.add_argument(
        "--phases", default="match,chat", help="comma-separated phases to run (match, chat); default both"
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (store, server log)")
    args = parser.parse_args()
    unknown = set(args.phases.split(",")) - {"match", "chat"}
    if unknown:
        parser.error(f"--phases: unknown phase {sorted(unknown)[0]!r} (known: match, chat)")
    if args.both and args.db and not args.db.startswith(("postgresql://", "postgres://")):
        parser.error(f"--both needs a postgresql:// URL in --db, got {args.db!r}")

    work = Path(tempfile.mkdtemp(prefix="sg-bench-"))
    print(
        f"working in {work}" + ("" if args.keep else " (removed at the end; --keep keeps it)"),
        file=sys.stderr,
    )
    hashes = np.random.default_rng(args.seed).integers(0, 256, size=(args.bank_size, 32), dtype=np.uint8)
    targets = ["sqlite", args.db or DEFAULT_POSTGRES] if args.both else [args.db or "sqlite"]
    results: list[dict[str, Any]] = []
    try:
        for target in targets:
            folder = work / ("sqlite" if target == "sqlite" else "postgresql")
            folder.mkdir()
            with bench_database(target, folder) as db:
                results.append(run(args, folder, db, hashes))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    errors = sum(result["errors"] for result in results)
    if args.json:
        print(json.dumps(results if args.both else results[0], indent=2))
    else:
        print_table(args, results)
    sys.exit(1 if errors else 0)


@contextlib.contextmanager
def bench_database(target: str, folder: Path) -> Iterator[str]:
    """The store URL to use: a SQLite file in `folder`, or a new PostgreSQL schema dropped afterwards."""
    if target == "sqlite":
        yield f"sqlite:///{folder / 'bench.db'}"
        return
    if not target.startswith(("postgresql://", "postgres://")):
        yield target
        return
    schema = f"sg_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(resolve_db_url(target))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in target else "?"
    try:
        yield f"{target}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


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
        rng = random.Random(args.seed)

        def match_request(_worker: int, index: int) -> tuple[str, str, dict[str, Any]]:
            value = near(hashes, rng) if index % 2 == 0 else f"{rng.getrandbits(256):064x}"
            return "POST", "/v1/match/hash", {"signal_type": "pdq", "value": value}

        def chat_request(worker: int, index: int) -> tuple[str, str, dict[str, Any]]:
            author, text = CHAT_LINES[index % len(CHAT_LINES)]
            conversation = f"bench-{worker}-{index // len(CHAT_LINES)}"
            return "POST", f"/v1/chats/{conversation}/messages", {"author": author, "text": text}

        warm = asyncio.run(run_phase("warm-up", base, token, 1, 20, 30, match_request))
        makers = {"match": match_request, "chat": chat_request}
        phases = [
            asyncio.run(run_phase(name, base, token, args.clients, args.requests, args.seconds, makers[name]))
            for name in args.phases.split(",")
        ]
        rss = peak_rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
    errors = warm.errors + sum(phase.errors for phase in phases)
    if errors:
        log_lines = (work / "server.log").read_text(errors="replace").splitlines()
        problems = [line for line in log_lines if "Error" in line or "Traceback" in line]
        print("server log problems:", *problems[-15:], sep="\n  ", file=sys.stderr)
    return {
        "bank_size": len(hashes),
        "database": db.split(":", 1)[0].split("+", 1)[0],
        "clients": args.clients,
        "load_average": {"before": load_before, "after": load_average()},
        "prepare": {k: round(v, 1) for k, v in timings.items()},
        "server_peak_rss_mb": round(rss, 1) if rss else None,
        "warm_up_errors": warm.errors,
        "errors": errors,
        "phases": [phase.summary() for phase in phases],
    }


def print_table(args: argparse.Namespace, results: list[dict[str, Any]]) -> None:
    print(f"bank: {args.bank_size:,} PDQ hashes; {args.clients} clients; {os.cpu_count()} cores")
    for result in results:
        prep = result["prepare"]
        print(
            f"{result['database']}: import {prep['import_s']:.1f} s, index {prep['index_s']:.1f} s; "
            f"server peak RSS {result['server_peak_rss_mb']} MB; "
            f"load average {result['load_average']['before']} -> {result['load_average']['after']}"
        )
    print(f"{'store':<12}{'phase':<8}{'requests':>10}{'errors':>8}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}")
    for phase_name in args.phases.split(","):
        for result in results:
            summary = next(s for s in result["phases"] if s["phase"] == phase_name)
            print(
                f"{result['database']:<12}{phase_name:<8}{summary['requests']:>10}{summary['errors']:>8}"
                f"{summary['throughput_per_s']:>10}{summary['p50_ms']:>10}{summary['p99_ms']:>10}"
            )
            for sample in summary["error_samples"]:
                print(f"  error: {sample}")
    if len(results) == 2 and "match" in args.phases.split(","):
        sqlite, postgres = (next(s for s in r["phases"] if s["phase"] == "match") for r in results)
        ratio = postgres["throughput_per_s"] / sqlite["throughput_per_s"] if sqlite["throughput_per_s"] else 0
        print(f"match throughput PostgreSQL / SQLite: {ratio:.2f}")


if __name__ == "__main__":
    main()
