"""`ads link --cluster` gives the single-process output byte for byte, with the same problems reported."""

from __future__ import annotations

import io
import json
import os
import signal
from dataclasses import dataclass
from pathlib import Path

import pytest
from distributed import Client
from typer.testing import CliRunner

from safeguarding.ads.cli import app as ads_app
from safeguarding.ads.cluster import link_ads_on_cluster
from safeguarding.ads.generator import write_corpus
from tests.cluster.conftest import SeparateCluster, wait_for_two_workers

pytestmark = pytest.mark.slow
runner = CliRunner()


@dataclass(frozen=True)
class LinkedAds:
    input: Path
    output: str  # what the single-process `ads link` wrote
    reports: list[str]  # the problems it reported, in order


def write_ads(path: Path, ads: int, seed: int) -> Path:
    """Synthetic ads with bad lines, duplicate ids (near and far), invalid UTF-8 and CRLF endings mixed in."""
    buffer = io.StringIO()
    write_corpus(ads, seed, buffer, None)
    lines = [line.encode() for line in buffer.getvalue().splitlines()]
    first_id = json.loads(lines[0])["id"]
    near_id = json.loads(lines[5])["id"]
    lines.insert(3, b'{"id": "broken", "text": ')
    lines.insert(7, b"")
    lines.insert(9, json.dumps({"id": near_id, "text": "again"}).encode())
    lines.insert(11, b"[1, 2]")
    lines.insert(len(lines) // 2, b'{"id": "bad-bytes", "text": "caf\xe9 call me"}')
    lines.insert(len(lines) - 4, json.dumps({"id": first_id, "text": "seen at the start"}).encode())
    body = b"".join(line + (b"\r\n" if i % 7 == 0 else b"\n") for i, line in enumerate(lines))
    path.write_bytes(body + b'{"id": "last-without-newline", "text": "call 555 0100"}')
    return path


def link_cli(*args: str) -> tuple[int, str, list[str]]:
    """(exit code, output text, problem reports) of `ads link INPUT --out OUT [ARGS]`."""
    out = Path(args[0]).with_suffix(f".{abs(hash(args))}.out")
    result = runner.invoke(ads_app, ["link", *args, "--out", str(out)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    reports = [line for line in result.stderr.splitlines() if ": error: " in line or ": warning: " in line]
    return result.exit_code, out.read_text(encoding="utf-8"), reports


@pytest.fixture(scope="session")
def linked_ads(tmp_path_factory: pytest.TempPathFactory) -> LinkedAds:
    path = write_ads(tmp_path_factory.mktemp("ads") / "ads.jsonl", 1200, seed=3)
    code, output, reports = link_cli(str(path), "--workers", "1")
    assert code == 1 and len(reports) == 5, reports
    assert '"network": "N1"' in output
    return LinkedAds(path, output, reports)


def test_local_cluster_links_as_one_process(linked_ads: LinkedAds) -> None:
    code, output, reports = link_cli(
        str(linked_ads.input), "--cluster", "local:2", "--partition-size", "150KB"
    )
    assert code == 1
    assert output == linked_ads.output
    assert reports == linked_ads.reports


def test_separate_scheduler_links_as_one_process(
    linked_ads: LinkedAds, separate_cluster: SeparateCluster
) -> None:
    wait_for_two_workers(separate_cluster.address)
    code, output, reports = link_cli(
        str(linked_ads.input), "--cluster", separate_cluster.address, "--partition-size", "200KB"
    )
    assert code == 1
    assert output == linked_ads.output
    assert reports == linked_ads.reports


def test_a_worker_killed_mid_run_costs_a_retry_not_a_result(
    linked_ads: LinkedAds, separate_cluster: SeparateCluster
) -> None:
    wait_for_two_workers(separate_cluster.address)
    killed: list[int] = []

    def kill_at_photos(stage: str) -> None:
        if stage == "photos" and not killed:
            with Client(separate_cluster.address, timeout="20s") as other:
                killed.append(sorted(other.run(os.getpid).values())[0])
            os.kill(killed[0], signal.SIGKILL)

    sink = io.StringIO()
    with Client(separate_cluster.address, timeout="20s") as client:
        link_ads_on_cluster(
            client, str(linked_ads.input), sink, lambda *_: None, partition_bytes=180_000, echo=kill_at_photos
        )
    assert killed
    assert sink.getvalue() == linked_ads.output
    with Client(separate_cluster.address, timeout="20s") as client:
        client.wait_for_workers(2, timeout=60)
        assert killed[0] not in client.run(os.getpid).values()


def test_cluster_needs_a_file_not_standard_input() -> None:
    result = runner.invoke(ads_app, ["link", "-", "--cluster", "local:1"], input="{}\n")
    assert result.exit_code == 2
    assert "not standard input" in result.stderr
