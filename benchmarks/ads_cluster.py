"""`ads link` on one machine against Dask: the one-machine path (its own worker processes), `local:2`, and a
separate `dask scheduler` with two `dask worker`s, side by side on the same synthetic crawl.

    python benchmarks/ads_cluster.py --ads 1000000
    python benchmarks/ads_cluster.py --ads 200000 --partition-size 16MB

Printed for each: wall time, CPU seconds (every process of the run: client, workers, nannies,
scheduler), ads per CPU-second (throughput per core), peak RSS of each worker process (the one-machine
path: its main process, which holds the linker's arrays, and its pool workers), and whether the output
file is identical to the one-machine output. The corpus comes from the generator of
benchmarks/ads_link.py (cached under bench-out/); each run happens in a fresh subprocess.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).parent))
from ads_link import ensure_corpus

DASK = Path(sys.executable).with_name("dask")


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


def _tree_cpu(process: psutil.Process) -> float:
    total = 0.0
    for p in [process, *process.children(recursive=True)]:
        try:
            times = p.cpu_times()
            total += times.user + times.system + times.children_user + times.children_system
        except psutil.NoSuchProcess:
            pass
    return total


def _worker_peaks(client) -> list[float]:  # type: ignore[no-untyped-def]
    peaks = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return sorted(peaks.values(), reverse=True)


def run_single(path: Path, out: Path, workers: int) -> dict[str, object]:
    from safeguarding.ads import link_ads

    started = time.perf_counter()
    with path.open("rb") as source, out.open("w", encoding="utf-8") as sink:
        stats = link_ads(source, sink, lambda *_: None, workers=workers)
    wall = time.perf_counter() - started
    usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    return {
        "ads": stats.ads,
        "wall": wall,
        "cpu": sum(u.ru_utime + u.ru_stime for u in usage),
        "peaks": [usage[0].ru_maxrss / 1024, usage[1].ru_maxrss / 1024],
        "networks": stats.networks,
    }


def run_cluster(path: Path, out: Path, address: str | None, partition_bytes: int) -> dict[str, object]:
    from distributed import Client, LocalCluster

    from safeguarding.ads.cluster import link_ads_on_cluster

    me = psutil.Process()
    cpu_before = _tree_cpu(me)
    cluster = None
    if address is None:
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster if cluster is not None else address, timeout="30s")
    client.wait_for_workers(2, timeout=120)
    worker_cpu_before = sum(client.run(lambda: sum(os.times()[:2])).values())
    started = time.perf_counter()
    with out.open("w", encoding="utf-8") as sink:
        stats = link_ads_on_cluster(client, str(path), sink, lambda *_: None, partition_bytes=partition_bytes)
    wall = time.perf_counter() - started
    peaks = _worker_peaks(client)
    worker_cpu = sum(client.run(lambda: sum(os.times()[:2])).values()) - worker_cpu_before
    local_cpu = _tree_cpu(me) - cpu_before  # the client (and the in-process scheduler of local:2)
    if cluster is not None:
        worker_cpu = 0.0  # the worker processes are children of this one: counted in local_cpu
    client.close()
    if cluster is not None:
        cluster.close()
    return {
        "ads": stats.ads,
        "wall": wall,
        "cpu": local_cpu + worker_cpu,
        "client_cpu": local_cpu,
        "peaks": peaks,
        "networks": stats.networks,
        "partitions": stats.partitions,
        "biggest_component": stats.biggest_component,
        "rounds": stats.rounds,
        "phases": {k: round(v, 1) for k, v in stats.seconds.items()},
    }


def _subprocess(args: list[str]) -> dict[str, object]:
    done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"run {args[-3:]} failed:\n{done.stderr[-3000:]}")
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def separate_cluster(folder: Path) -> tuple[str, list[subprocess.Popen[bytes]]]:
    scheduler_file = folder / "scheduler.json"
    common = {
        "cwd": folder,
        "start_new_session": True,
        "stdout": subprocess.DEVNULL,
        "stderr": subprocess.DEVNULL,
    }
    processes = [
        subprocess.Popen(
            [str(DASK), "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
             "--scheduler-file", str(scheduler_file)], **common,
        )
    ]  # fmt: skip
    while not scheduler_file.exists():
        time.sleep(0.1)
    for name in ("w1", "w2"):
        processes.append(
            subprocess.Popen(
                [str(DASK), "worker", "--scheduler-file", str(scheduler_file), "--host", "127.0.0.1",
                 "--nthreads", "1", "--no-dashboard", "--name", name], **common,
            )
        )  # fmt: skip
    return json.loads(scheduler_file.read_text())["address"], processes


def stop(processes: list[subprocess.Popen[bytes]]) -> float:
    """Stop the processes; their CPU seconds (scheduler, nannies, workers)."""
    cpu = 0.0
    for process in processes:
        with contextlib.suppress(psutil.NoSuchProcess):
            cpu += _tree_cpu(psutil.Process(process.pid))
    for process in reversed(processes):
        os.killpg(process.pid, signal.SIGTERM)
    for process in processes:
        process.wait(timeout=30)
    return cpu


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--ads", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2, help="Processes of the one-machine path.")
    parser.add_argument("--partition-size", default="32MB")
    parser.add_argument("--dir", type=Path, default=Path("bench-out"))
    parser.add_argument("--run", nargs=3, help=argparse.SUPPRESS)  # MODE INPUT OUTPUT
    args = parser.parse_args()
    from dask.utils import parse_bytes

    partition_bytes = parse_bytes(args.partition_size)
    if args.run:
        mode, source, out = args.run
        if mode == "single":
            print(json.dumps(run_single(Path(source), Path(out), args.workers)))
        else:
            address = None if mode == "local" else mode
            print(json.dumps(run_cluster(Path(source), Path(out), address, partition_bytes)))
        return
    path = ensure_corpus(args.ads, args.seed, args.dir).resolve()  # workers may run in another folder
    print(
        f"ads link, {args.ads:,} ads ({path.stat().st_size / 2**20:,.0f} MB), "
        f"partitions of {args.partition_size}"
    )
    print(f"load before: {os.getloadavg()[0]:.2f} (1 min), {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as folder:
        outputs = {
            name: Path(folder) / f"{name}.jsonl"
            for name in ("one machine", "local:2", "scheduler + 2 workers")
        }
        rows = {}
        common = ["--workers", str(args.workers), "--partition-size", args.partition_size]
        rows["one machine"] = _subprocess(
            [*common, "--run", "single", str(path), str(outputs["one machine"])]
        )
        print("one machine:", json.dumps(rows["one machine"]), flush=True)
        rows["local:2"] = _subprocess([*common, "--run", "local", str(path), str(outputs["local:2"])])
        print("local:2:", json.dumps(rows["local:2"]), flush=True)
        address, processes = separate_cluster(Path(folder))
        try:
            row = _subprocess([*common, "--run", address, str(path), str(outputs["scheduler + 2 workers"])])
        finally:
            outside = stop(processes)
        # everything: this run's client, and the scheduler, nannies and workers (with their start-up)
        row["cpu"] = float(row["client_cpu"]) + outside
        rows["scheduler + 2 workers"] = row
        reference = _digest(outputs["one machine"])
        base_rate = None
        print(
            f"{'run':<24}{'wall s':>9}{'CPU s':>9}{'ads/CPU-s':>11}{'vs one':>8}  "
            f"{'peak RSS per worker MB':<28}identical"
        )
        for name, r in rows.items():
            rate = float(r["ads"]) / float(r["cpu"])  # type: ignore[arg-type]
            base_rate = base_rate or rate
            peaks = ", ".join(f"{p:,.0f}" for p in r["peaks"])  # type: ignore[attr-defined]
            same = "yes" if _digest(outputs[name]) == reference else "NO"
            print(
                f"{name:<24}{r['wall']:>9.1f}{r['cpu']:>9.1f}{rate:>11,.0f}{rate / base_rate:>8.2f}  "
                f"{peaks:<28}{same}"
            )
        for name in ("local:2", "scheduler + 2 workers"):
            r = rows[name]
            print(
                f"{name}: {r['partitions']} partitions, "
                f"biggest component {r['biggest_component']:,} vertices, "
                f"{r['rounds']} connected-component rounds, phases {r['phases']}"
            )
    print(f"load after: {os.getloadavg()[0]:.2f} (1 min)")


if __name__ == "__main__":
    main()
