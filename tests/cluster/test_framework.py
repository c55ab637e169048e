"""The cluster surface: naming a cluster, the configuration key, and partitions that hold every line once."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from safeguarding.cluster import (
    ClusterError,
    ClusterSpec,
    cluster_setting,
    parse_cluster,
    read_block,
    resolve_cluster,
    split_files,
    split_jsonlines,
    split_lines,
)


def test_cluster_addresses() -> None:
    assert parse_cluster("local:3") == ClusterSpec(None, 3)
    assert parse_cluster(" tcp://10.0.0.5:8786 ").address == "tcp://10.0.0.5:8786"
    for bad in ("local:0", "local:x", "10.0.0.5:8786", "http://host:8786", ""):
        with pytest.raises(ClusterError, match="cluster"):
            parse_cluster(bad)


def test_cluster_from_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert cluster_setting({}) is None
    assert cluster_setting({"cluster": "local:2"}) == ClusterSpec(None, 2)
    spec = cluster_setting({"cluster": {"address": "tcp://h:1", "partition_size": "1MiB"}})
    assert spec == ClusterSpec("tcp://h:1", 0, 2**20)
    with pytest.raises(ClusterError, match="'cluster'"):
        cluster_setting({"cluster": 3})
    config = tmp_path / "safeguarding.yaml"
    config.write_text("cluster: {address: 'local:4', partition_size: 2MB}\n")
    monkeypatch.setenv("SAFEGUARDING_CONFIG", str(config))
    assert resolve_cluster(None) == ClusterSpec(None, 4, 2_000_000)
    assert resolve_cluster("local:1", "4KB") == ClusterSpec(None, 1, 4000)
    assert resolve_cluster("none") is None
    with pytest.raises(ClusterError, match="partition size"):
        resolve_cluster("local:1", "12")
    monkeypatch.setenv("SAFEGUARDING_CONFIG", str(tmp_path / "absent.yaml"))
    with pytest.raises(ClusterError, match=r"absent\.yaml"):
        resolve_cluster(None)


def test_every_line_in_exactly_one_partition_whatever_the_size(tmp_path: Path) -> None:
    rng = random.Random(7)
    endings = ["\n", "\r\n", "\n\n", "\r", "é\n"]
    body = "".join("x" * rng.randint(0, 40) + rng.choice(endings) for _ in range(300)) + "tail"
    path = tmp_path / "lines.jsonl"
    path.write_bytes(body.encode() + b"\xff\n")  # invalid UTF-8 is replaced, as a text reader does
    with path.open(encoding="utf-8", errors="replace") as handle:
        expected = list(handle)
    for size in (1, 7, 61, 4096, 10**7):
        parts = split_jsonlines(str(path), size)
        assert [p.index for p in parts] == list(range(len(parts)))
        assert [line for part in parts for line in split_lines(read_block(part))] == expected, size
    empty = tmp_path / "empty.jsonl"
    empty.touch()
    assert split_jsonlines(str(empty), 5) == []


def test_missing_input_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ClusterError, match=r"missing\.jsonl: no such file"):
        split_jsonlines(str(tmp_path / "missing.jsonl"), 1024)


def test_file_lists_keep_input_order() -> None:
    batches = split_files(range(7), 3)
    assert [(b.index, b.items) for b in batches] == [(0, (0, 1, 2)), (1, (3, 4, 5)), (2, (6,))]
    assert split_files([], 3) == []


@pytest.mark.slow
def test_results_come_in_partition_order_with_bounded_work_in_flight() -> None:
    from safeguarding.cluster import open_client, run_ordered

    slow_first = lambda n: (time.sleep(0.3 if n % 3 == 0 else 0.0), n * n)[1]  # noqa: E731
    with open_client(parse_cluster("local:2"), echo=None) as client:
        seen = []
        for value in run_ordered(client, slow_first, range(12), in_flight=3, show_progress=False):
            seen.append(value)
            # memory: at most in_flight partitions submitted or held (+ the one just released, which the
            # client forgets asynchronously)
            assert len(client.futures) <= 3 + 1
    assert seen == [n * n for n in range(12)]
