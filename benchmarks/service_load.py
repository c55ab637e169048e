"""Load test of the review service: hash matching against 1,000,000 PDQ hashes, and chat scoring.

The service runs in a subprocess (`safeguarding.web.cli.serve`, uvicorn on 127.0.0.1, a free port)
over a fresh store whose bank holds `--bank-size` random PDQ hashes imported through the banks
package (`import_list`) and indexed (`rebuild_pdq_index`). This process drives it over loopback with
`--clients` concurrent httpx clients, for at most `--requests` requests or `--seconds` seconds per
phase, and prints throughput, p50/p99 latency and the error count (anything but HTTP 200) of:

  match   POST /v1/match/hash: half near-duplicates of bank entries (up to 8 bits flipped), half random
  chat    POST /v1/chats/{id}/messages: synthetic conversations, one message per request

Usage: .venv/bin/python benchmarks/service_load.py [--bank-size 1000000] [--clients 4]
       [--requests 3000] [--seconds 60] [--db postgresql://...] [--json]
Exits 1 if any request failed.
"""

from __future__ import annotations

import argparse
import asyncio
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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import numpy as np

from safeguarding.accounts import create_token, create_user
from safeguarding.banks import import_list
from safeguarding.banks.pdq_search import rebuild_pdq_index
from safeguarding.store import open_store

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


def write_bank_csv(path: Path, size: int, rng: np.random.Generator) -> np.ndarray:
    """`size` random PDQ hashes as a bank CSV; returns them as a (size, 32) uint8 array."""
    hashes = rng.integers(0, 256, size=(size, 32), dtype=np.uint8)
    with open(path, "w", encoding="ascii") as handle:
        handle.write("pdq,labels,note\n")
        for start in range(0, size, 100_000):
            block = hashes[start : start + 100_000]
            handle.write("".join(f"{row.tobytes().hex()},bench,\n" for row in block))
    return hashes


def near(hashes: np.ndarray, rng: random.Random) -> str:
    row = bytearray(hashes[rng.randrange(len(hashes))].tobytes())
    for _ in range(rng.randint(0, 8)):
        bit = rng.randrange(256)
        row[bit // 8] ^= 1 << (bit % 8)
    return row.hex()


def prepare(db: str, work: Path, bank_size: int, seed: int) -> tuple[str, np.ndarray, dict[str, float]]:
    timings: dict[str, float] = {}
    store = open_store(db)
    with store.session() as session:
        create_user(session, "bench", "api_client")
        _, token = create_token(session, "bench", "service_load")
    rng = np.random.default_rng(seed)
    csv_path = work / "bank.csv"
    started = time.perf_counter()
    hashes = write_bank_csv(csv_path, bank_size, rng)
    timings["write_csv_s"] = time.perf_counter() - started
    started = time.perf_counter()
    report = import_list(store, "bench", csv_path, "csv", source="benchmarks/service_load.py random hashes")
    timings["import_s"] = time.perf_counter() - started
    if report.added != bank_size:
        raise SystemExit(f"import added {report.added} of {bank_size} hashes ({report.problems} problems)")
    started = time.perf_counter()
    rebuild_pdq_index(store.index_dir, store.engine)
    timings["index_s"] = time.perf_counter() - started
    csv_path.unlink()
    store.close()
    return token, hashes, timings


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
    parser.add_argument("--db", help="store URL (default: a SQLite file in a temporary folder)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (store, server log)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="sg-bench-"))
    print(
        f"working in {work}" + ("" if args.keep else " (removed at the end; --keep keeps it)"),
        file=sys.stderr,
    )
    try:
        run(args, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def run(args: argparse.Namespace, work: Path) -> None:
    db = args.db or f"sqlite:///{work / 'bench.db'}"
    env = {
        **os.environ,
        "SAFEGUARDING_INDEX_DIR": str(work / "index"),
        "SAFEGUARDING_SECRET_KEY": "bench-" * 4,
    }
    os.environ.update(env)
    token, hashes, timings = prepare(db, work, args.bank_size, args.seed)
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
        phases = [
            asyncio.run(
                run_phase("match", base, token, args.clients, args.requests, args.seconds, match_request)
            ),
            asyncio.run(
                run_phase("chat", base, token, args.clients, args.requests, args.seconds, chat_request)
            ),
        ]
        rss = peak_rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
    result = {
        "bank_size": args.bank_size,
        "database": db.split(":", 1)[0],
        "clients": args.clients,
        "prepare": {k: round(v, 1) for k, v in timings.items()},
        "server_peak_rss_mb": round(rss, 1) if rss else None,
        "warm_up_errors": warm.errors,
        "phases": [phase.summary() for phase in phases],
    }
    errors = warm.errors + sum(phase.errors for phase in phases)
    if errors:
        log_lines = (work / "server.log").read_text(errors="replace").splitlines()
        problems = [line for line in log_lines if "Error" in line or "Traceback" in line]
        print("server log problems:", *problems[-15:], sep="\n  ", file=sys.stderr)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(
            f"bank: {args.bank_size:,} PDQ hashes ({result['database']}); "
            f"import {timings['import_s']:.1f} s, "
            f"index {timings['index_s']:.1f} s; server peak RSS {result['server_peak_rss_mb']} MB; "
            f"{args.clients} clients"
        )
        print(f"{'phase':<8}{'requests':>10}{'errors':>8}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}")
        for summary in result["phases"]:
            print(
                f"{summary['phase']:<8}{summary['requests']:>10}{summary['errors']:>8}"
                f"{summary['throughput_per_s']:>10}{summary['p50_ms']:>10}{summary['p99_ms']:>10}"
            )
            for sample in summary["error_samples"]:
                print(f"  error: {sample}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
