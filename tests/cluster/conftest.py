"""A real Dask cluster in separate processes (`dask scheduler` + two `dask worker`s on 127.0.0.1, random
ports), synthetic chats with bad lines in them, and their single-process scores to compare against."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from distributed import Client
from typer.testing import CliRunner

from safeguarding.chats.cli import app as chats_app
from safeguarding.chats.generator import generate

DASK = Path(sys.executable).with_name("dask")
START_TIMEOUT = 60.0


@dataclass(frozen=True)
class SeparateCluster:
    address: str
    scheduler_file: Path


def _stop(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in reversed(processes):
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)  # its own group: the worker and its nanny's child
    for process in processes:
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)


@pytest.fixture(scope="session")
def separate_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SeparateCluster]:
    """A scheduler and two one-thread workers (with nannies, which restart a killed worker)."""
    folder = tmp_path_factory.mktemp("dask")
    scheduler_file = folder / "scheduler.json"
    common = {"cwd": folder, "start_new_session": True, "stdout": subprocess.DEVNULL}
    processes: list[subprocess.Popen[bytes]] = []
    try:
        processes.append(
            subprocess.Popen(
                [str(DASK), "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                 "--dashboard-address", "127.0.0.1:0",
                 "--scheduler-file", str(scheduler_file)],
                stderr=(folder / "scheduler.log").open("wb"), **common,
            )
        )  # fmt: skip
        deadline = time.monotonic() + START_TIMEOUT
        while not scheduler_file.exists():
            if time.monotonic() > deadline or processes[0].poll() is not None:
                pytest.fail(f"dask scheduler did not start: {(folder / 'scheduler.log').read_text()}")
            time.sleep(0.1)
        for name in ("w1", "w2"):
            processes.append(
                subprocess.Popen(
                    [str(DASK), "worker", "--scheduler-file", str(scheduler_file), "--host", "127.0.0.1",
                     "--nthreads", "1", "--no-dashboard", "--name", name, "--death-timeout", "60"],
                    stderr=(folder / f"{name}.log").open("wb"), **common,
                )
            )  # fmt: skip
        address = json.loads(scheduler_file.read_text())["address"]
        with Client(address, timeout="20s") as client:
            client.wait_for_workers(2, timeout=START_TIMEOUT)
        yield SeparateCluster(address, scheduler_file)
    finally:
        _stop(processes)


def wait_for_two_workers(address: str) -> None:
    with Client(address, timeout="20s") as client:
        client.wait_for_workers(2, timeout=START_TIMEOUT)


@dataclass(frozen=True)
class ScoredChats:
    input: Path
    output: str  # what the single-process `chats score` wrote
    errors: list[str]  # the bad lines it reported, in order


def write_chats(path: Path, conversations: int, seed: int) -> Path:
    """Synthetic conversations with bad lines, a blank line and CRLF endings mixed in."""
    lines = [json.dumps(c, ensure_ascii=False) for c, _ in generate(conversations, seed=seed)]
    lines.insert(3, '{"id": "broken", "messages": [')
    lines.insert(7, "")
    lines.insert(11, "[1, 2]")
    lines.insert(len(lines) // 2, '{"id": "x", "messages": [{"author": "a"}]}')
    lines.append(lines[0])  # a second conversation with the first one's id, in another partition
    body = "".join(line + ("\r\n" if i % 5 == 0 else "\n") for i, line in enumerate(lines))
    path.write_text(body + '{"id": "last-without-newline", "messages": []}', encoding="utf-8", newline="")
    return path


runner = CliRunner()


def score_cli(*args: str) -> tuple[int, str, list[str]]:
    """(exit code, output file text, bad-line reports) of `chats score ARGS --out OUT`."""
    out = Path(args[0]).with_suffix(f".{abs(hash(args))}.out") if "://" not in args[0] else None
    target = str(out) if out else "-"
    result = runner.invoke(chats_app, ["score", *args, "--out", target])
    text = out.read_text(encoding="utf-8") if out else result.stdout
    reports = [line for line in result.stderr.splitlines() if not line.startswith(("scored ", "cluster "))]
    return result.exit_code, text, reports


@pytest.fixture(scope="session")
def scored_chats(tmp_path_factory: pytest.TempPathFactory) -> ScoredChats:
    path = write_chats(tmp_path_factory.mktemp("chats") / "chats.jsonl", 100, seed=11)
    code, output, errors = score_cli(str(path), "--no-semantic")
    assert code == 1 and len(errors) == 3, errors
    return ScoredChats(path, output, errors)
