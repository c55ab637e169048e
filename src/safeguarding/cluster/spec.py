"""Naming a cluster: `tcp://host:port` (a running `distributed` scheduler) or `local:N` (a LocalCluster)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

DEFAULT_PARTITION_BYTES = 32 * 2**20

_LOCAL = re.compile(r"local:(\d+)")
_REMOTE = re.compile(r"(tcp|tls|ws|wss|inproc)://[^\s]+")


class ClusterError(ValueError):
    """A cluster setting that cannot be used; the message names the setting and the problem."""


@dataclass(frozen=True)
class ClusterSpec:
    """Where batch work runs.

    `address` is a scheduler address (`tcp://10.0.0.5:8786`) or None for a LocalCluster of `workers`
    processes started (and stopped) by this command. `partition_bytes` is the size of one JSON Lines
    partition: the memory a worker needs grows with it, never with the input.
    """

    address: str | None = None
    workers: int = 0
    partition_bytes: int = DEFAULT_PARTITION_BYTES

    @property
    def is_local(self) -> bool:
        return self.address is None

    def describe(self) -> str:
        return f"local:{self.workers}" if self.is_local else str(self.address)


def parse_cluster(text: str, partition_bytes: int = DEFAULT_PARTITION_BYTES) -> ClusterSpec:
    """`tcp://host:8786` → a remote scheduler; `local:N` → N local worker processes; else ClusterError."""
    value = text.strip()
    local = _LOCAL.fullmatch(value)
    if local:
        workers = int(local.group(1))
        if not 1 <= workers <= 256:
            raise ClusterError(f"cluster {text!r}: local:N needs N between 1 and 256")
        return ClusterSpec(None, workers, partition_bytes)
    if _REMOTE.fullmatch(value):
        return ClusterSpec(value, 0, partition_bytes)
    raise ClusterError(
        f"cluster {text!r}: give a scheduler address such as tcp://10.0.0.5:8786, or local:N (N workers here)"
    )


def parse_partition_size(text: str | int) -> int:
    """`64MB`, `512KiB` or a number of bytes; at least 1 KiB (a partition holds whole lines)."""
    from dask.utils import parse_bytes  # here, not at import: every command's options import this module

    try:
        size = parse_bytes(text) if isinstance(text, str) else int(text)
    except (ValueError, TypeError):
        raise ClusterError(f"partition size {text!r}: give bytes such as 64MB or 512KiB") from None
    if size < 1024:
        raise ClusterError(f"partition size {text!r}: at least 1KiB")
    return size


def cluster_setting(config_data: dict[str, Any]) -> ClusterSpec | None:
    """The `cluster:` key of the configuration file, or None when it is absent.

    Either a string (`cluster: tcp://10.0.0.5:8786`) or a mapping
    (`cluster: {address: local:4, partition_size: 64MB}`).
    """
    value = config_data.get("cluster")
    if value is None:
        return None
    if isinstance(value, str):
        return parse_cluster(value)
    if not isinstance(value, dict) or not isinstance(value.get("address"), str):
        raise ClusterError("configuration key 'cluster' must be an address or a mapping with 'address'")
    size = parse_partition_size(value.get("partition_size", DEFAULT_PARTITION_BYTES))
    return parse_cluster(value["address"], size)
