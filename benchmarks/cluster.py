"""Batch jobs on one machine against Dask: `local:N` and a separate scheduler with N workers, side by side.

Usage:
    python benchmarks/cluster.py [--jobs chats] [--messages 10000000] [--workers 2] [--partition-size 8MB]

For each job, in one run: the one-machine path (the command without --cluster, with its own worker
processes where it has them), the same command with `--cluster local:N`, and with `--cluster tcp://…` on a
`dask scheduler` with N `dask worker` processes started here (one thread each, on 127.0.0.1). Printed per
mode: wall time, CPU seconds of every process of the run (client, scheduler, workers), throughput per core
(units per CPU second), peak resident memory of the largest worker process (VmHWM, sampled every 0.2 s),
and whether the output is byte-identical to the one-machine output.

A job is a small entry in JOBS: how to write its input of a given size, and the command line that reads
it and writes its output (the cluster modes add `--cluster ADDRESS --partition-size SIZE`).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from safeguarding.chats.generator import generate
from safeguarding.cluster.client import worker_environment

SAFEGUARDING = str(Path(sys.executable).with_name("safeguarding"))
DASK = str(Path(sys.executable).with_name("dask"))


@dataclass(frozen=True)
class Job:
    """A batch command to compare. `prepare(folder, size)` writes the input and returns (path, units);
    `command(input, output)` is the argv of the one-machine run (the cluster options are appended)."""

    name: str
    unit: str
    prepare: Callable[[Path, int], tuple[Path, int]]
    command: Callable[[Path, Path], list[str]]
    default_size: int


def _chats_input(folder: Path, messages: int) -> tuple[Path, int]:
    path, total = folder / "chats.jsonl", 0
    with path.open("w", encoding="utf-8") as handle:
        for conversation, _ in generate(10**9, seed=2024):
            handle.write(json.dumps(conversation, ensure_ascii=False) + "\n")
            total += len(conversation["messages"])
            if total >= messages:
                break
    return path, total


def _ads_input(folder: Path, ads: int) -> tuple[Path, int]:
    from safeguarding.ads.generator import write_corpus

    path = folder / "ads.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        count = write_corpus(ads, 1, handle, None)  # the corpus of benchmarks/ads_link.py (seed 1)
    return path, count


JOBS: dict[str, Job] = {
    "chats": Job(
        "chats score",
        "messages",
        _chats_input,
        lambda src, out: [SAFEGUARDING, "chats", "score", str(src), "--out", str(out)],
        10_000_000,
    ),
    "ads": Job(
        "ads link",
        "ads",
        _ads_input,
        lambda src, out: [SAFEGUARDING, "ads", "link", str(src), "--out", str(out), "--workers", "2"],
        1_000_000,
    ),
}


@dataclass
class Measure:
    mode: str
    wall: float = 0.0
    cpu: float = 0.0
    peak_worker_mb: float = 0.0
    digest: str = ""
    code: int = 0
    notes: list[str] = field(default_factory=list)


def _hwm_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class PeakSampler(threading.Thread):
    """Peak resident memory (VmHWM) of each process of a run, sampled until stopped."""

    def __init__(self, roots: list[int], include_roots: bool) -> None:
        super().__init__(daemon=True)
        self.roots, self.include_roots = roots, include_roots
        self.peaks: dict[int, float] = {}
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            for root in self.roots:
                try:
                    process = psutil.Process(root)
                    found = process.children(recursive=True) + ([process] if self.include_roots else [])
                except psutil.Error:
                    continue
                for child in found:
                    if _is_helper(child):
                        continue
                    self.peaks[child.pid] = max(self.peaks.get(child.pid, 0.0), _hwm_mb(child.pid))
            self.done.wait(0.2)

    def stop(self) -> float:
        self.done.set()
        self.join()
        return max(self.peaks.values(), default=0.0)


def _is_helper(process: psutil.Process) -> bool:
    """multiprocessing's resource tracker and fork server: not workers."""
    try:
        line = " ".join(process.cmdline())
    except psutil.Error:
        return True
    return "resource_tracker" in line or "forkserver" in line


def _cpu_of(pids: list[int]) -> float:
    total = 0.0
    for pid in pids:
        try:
            process = psutil.Process(pid)
            for member in [process, *process.children(recursive=True)]:
                times = member.cpu_times()
                total += times.user + times.system
        except psutil.Error:
            pass
    return total


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "missing"


def run_command(
    mode: str, argv: list[str], out: Path, cluster_pids: list[int], workers_are_children: bool
) -> Measure:
    """Run argv; CPU of its process tree (wait4) plus what the cluster's processes spent meanwhile."""
    cluster_cpu = _cpu_of(cluster_pids)
    started = time.perf_counter()
    process = subprocess.Popen(
        argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    roots = [process.pid] if workers_are_children else cluster_pids
    sampler = PeakSampler(roots, include_roots=not workers_are_children or mode == "one machine")
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    peak = sampler.stop()
    if workers_are_children and mode != "one machine":
        peak = max((mb for pid, mb in sampler.peaks.items() if pid != process.pid), default=0.0)
    assert process.stderr is not None
    errors = process.stderr.read().decode("utf-8", "replace").strip().splitlines()
    measure = Measure(mode, wall, usage.ru_utime + usage.ru_stime + _cpu_of(cluster_pids) - cluster_cpu)
    measure.peak_worker_mb, measure.digest, measure.code = peak, _digest(out), process.returncode
    measure.notes = errors[-1:]
    return measure


class SeparateCluster:
    """`dask scheduler` and N `dask worker` processes (one thread each) on 127.0.0.1, random ports."""

    def __init__(self, folder: Path, workers: int) -> None:
        self.folder, self.workers = folder, workers
        self.processes: list[subprocess.Popen[bytes]] = []
        self.address = ""

    def __enter__(self) -> SeparateCluster:
        file = self.folder / "scheduler.json"
        quiet = {
            "stdout": subprocess.DEVNULL,
            "stderr": subprocess.DEVNULL,
            "start_new_session": True,
            "env": os.environ | worker_environment(),  # as docs/SCALING.md advises for batch workers
        }
        self.processes.append(
            subprocess.Popen(
                [DASK, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                 "--dashboard-address", "127.0.0.1:0",
                 "--scheduler-file", str(file)], **quiet,
            )
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while not file.exists():
            if time.monotonic() > deadline:
                raise RuntimeError("dask scheduler did not start in 60 s")
            time.sleep(0.1)
        for number in range(self.workers):
            self.processes.append(
                subprocess.Popen(
                    [DASK, "worker", "--scheduler-file", str(file), "--host", "127.0.0.1", "--nthreads", "1",
                     "--no-dashboard", "--name", f"w{number}"], **quiet,
                )
            )  # fmt: skip
        self.address = json.loads(file.read_text())["address"]
        from distributed import Client

        with Client(self.address, timeout="30s") as client:
            client.wait_for_workers(self.workers, timeout=120)
        return self

    @property
    def pids(self) -> list[int]:
        return [p.pid for p in self.processes]

    @property
    def worker_pids(self) -> list[int]:
        return [p.pid for p in self.processes[1:]]

    def __exit__(self, *exc: object) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def run_modes(
    job: Job, source: Path, workers: int, part: str, extra: list[str], folder: Path
) -> list[Measure]:
    """The job on one machine, on local:N and on a separate scheduler with N workers (started afresh)."""
    results = []
    out = folder / "one.out"
    results.append(run_command("one machine", job.command(source, out) + extra, out, [], True))
    out = folder / "local.out"
    argv = job.command(source, out) + extra + ["--cluster", f"local:{workers}", "--partition-size", part]
    results.append(run_command(f"local:{workers}", argv, out, [], True))
    with SeparateCluster(folder, workers) as cluster:
        out = folder / "separate.out"
        argv = job.command(source, out) + extra + ["--cluster", cluster.address, "--partition-size", part]
        measure = run_command(f"scheduler+{workers}", argv, out, cluster.pids, False)
        sampler_peak = max(_hwm_mb(pid) for pid in _worker_processes(cluster.worker_pids))
        measure.peak_worker_mb = max(measure.peak_worker_mb, sampler_peak)
        results.append(measure)
    return results


def bench(job: Job, size: int, workers: int, partition: str | None, extra: list[str], folder: Path) -> None:
    print(f"\n{job.name}: writing {size:,} {job.unit} …", flush=True)
    source, units = job.prepare(folder, size)
    megabytes = source.stat().st_size / 2**20
    part = partition or f"{max(256 * 1024, min(64 * 2**20, source.stat().st_size // (8 * workers)))}B"
    print(f"{job.name}: {units:,} {job.unit}, {megabytes:,.1f} MB input, partitions of {part}", flush=True)
    tiny_folder = folder / "tiny"
    tiny_folder.mkdir(exist_ok=True)
    tiny, _ = job.prepare(tiny_folder, 1)
    fixed = {m.mode: m.cpu for m in run_modes(job, tiny, workers, part, extra, tiny_folder)}
    results = run_modes(job, source, workers, part, extra, folder)
    anchor = results[0]
    anchor_net = units / max(anchor.cpu - fixed[anchor.mode], 1e-9)
    print(
        f"{'mode':<14}{'wall s':>8}{'CPU s':>8}{job.unit + '/s':>13}{'per core':>10}{'vs one':>8}"
        f"{'fixed CPU s':>12}{'net/core':>10}{'vs one':>8}{'peak MB/worker':>16}{'identical':>11}"
    )
    for m in results:
        per_core = units / m.cpu if m.cpu else 0.0
        ratio = per_core / (units / anchor.cpu) if anchor.cpu else 0.0
        net = units / max(m.cpu - fixed[m.mode], 1e-9)
        same = "yes" if m.digest == anchor.digest and m.code == anchor.code else "NO"
        print(
            f"{m.mode:<14}{m.wall:>8.1f}{m.cpu:>8.1f}{units / m.wall:>13,.0f}{per_core:>10,.0f}{ratio:>8.2f}"
            f"{fixed[m.mode]:>12.1f}{net:>10,.0f}{net / anchor_net:>8.2f}{m.peak_worker_mb:>16,.0f}{same:>11}"
        )
        if m.code not in (0, 1):
            print(f"  {m.mode} exited {m.code}: {' '.join(m.notes)}")
    print(
        "per core = units / CPU s of every process of the run; fixed CPU s = the same run on a one-unit input"
        " (starting processes, loading the engine); net/core = units / (CPU s - fixed CPU s)"
    )


def _worker_processes(nanny_pids: list[int]) -> list[int]:
    found: list[int] = []
    for pid in nanny_pids:
        with contextlib.suppress(psutil.Error):
            found += [c.pid for c in psutil.Process(pid).children(recursive=True) if not _is_helper(c)]
    return found or nanny_pids


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--jobs", default=",".join(JOBS), help=f"Comma-separated, of: {', '.join(JOBS)}.")
    parser.add_argument("--messages", type=int, help="chats: messages to score (default 10,000,000).")
    parser.add_argument("--ads", type=int, help="ads: ads to link (default 1,000,000).")
    parser.add_argument("--workers", type=int, default=2, help="Workers of the clusters (one thread each).")
    parser.add_argument("--partition-size", help="Bytes per partition (default: input / (8 x workers)).")
    parser.add_argument("--no-semantic", action="store_true", help="chats: patterns only (the cheap path).")
    parser.add_argument("--keep", type=Path, help="Write inputs and outputs here and keep them.")
    args = parser.parse_args()
    sizes = {"chats": args.messages, "ads": args.ads}
    folder = args.keep or Path(tempfile.mkdtemp(prefix="cluster-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    load = os.getloadavg()
    print(f"{os.cpu_count()} CPUs, load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} at start")
    try:
        for name in args.jobs.split(","):
            job = JOBS[name.strip()]
            extra = ["--no-semantic"] if name == "chats" and args.no_semantic else []
            bench(job, sizes.get(name) or job.default_size, args.workers, args.partition_size, extra, folder)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    load = os.getloadavg()
    print(f"\nload average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} at the end")


if __name__ == "__main__":
    main()
