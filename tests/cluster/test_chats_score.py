"""`chats score --cluster` gives the single-process scores in the same order, with the same bad lines."""

from __future__ import annotations

import io
import os
import signal

import pytest
from distributed import Client

from safeguarding.chats.on_cluster import ScoreSettings, score_on_cluster
from safeguarding.cluster import parse_cluster
from tests.cluster.conftest import ScoredChats, SeparateCluster, score_cli, wait_for_two_workers

pytestmark = pytest.mark.slow


def test_local_cluster_scores_as_one_process(scored_chats: ScoredChats) -> None:
    code, output, errors = score_cli(
        str(scored_chats.input), "--no-semantic", "--cluster", "local:2", "--partition-size", "20KB"
    )
    assert code == 1
    assert output == scored_chats.output
    assert errors == scored_chats.errors


def test_separate_scheduler_scores_as_one_process(
    scored_chats: ScoredChats, separate_cluster: SeparateCluster
) -> None:
    wait_for_two_workers(separate_cluster.address)
    code, output, errors = score_cli(
        str(scored_chats.input), "--no-semantic", "--cluster", separate_cluster.address,
        "--partition-size", "16KB",
    )  # fmt: skip
    assert code == 1
    assert output == scored_chats.output
    assert errors == scored_chats.errors


class _KillAfterFirstWrite(io.StringIO):
    """The output sink: after the first partition is written, SIGKILL one worker of the cluster."""

    def __init__(self, address: str) -> None:
        super().__init__()
        self.address = address
        self.killed: int | None = None
        self.written_when_killed = 0

    def writelines(self, lines) -> None:  # type: ignore[no-untyped-def, override]
        super().writelines(lines)
        if self.killed is None:
            with Client(self.address, timeout="20s") as client:
                pids = client.run(os.getpid)
            self.killed = sorted(pids.values())[0]
            self.written_when_killed = len(self.getvalue())
            os.kill(self.killed, signal.SIGKILL)


def test_a_worker_killed_mid_run_costs_a_retry_not_a_result(
    scored_chats: ScoredChats, separate_cluster: SeparateCluster
) -> None:
    wait_for_two_workers(separate_cluster.address)
    sink = _KillAfterFirstWrite(separate_cluster.address)
    reports: list[str] = []
    spec = parse_cluster(separate_cluster.address, partition_bytes=8 * 1024)
    score_on_cluster(spec, str(scored_chats.input), sink, ScoreSettings(semantic=False), reports.append)
    assert sink.killed is not None and 0 < sink.written_when_killed < len(scored_chats.output)
    assert sink.getvalue() == scored_chats.output
    assert reports == scored_chats.errors
    with Client(separate_cluster.address, timeout="20s") as client:
        client.wait_for_workers(2, timeout=60)  # the nanny brought the killed worker back
        assert sink.killed not in client.run(os.getpid).values()
