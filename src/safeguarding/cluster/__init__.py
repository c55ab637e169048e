"""Batch work on a Dask cluster: one way to name a cluster, open a client, split input and run partitions.

The surface every batch command builds on:

- `parse_cluster("tcp://host:8786" | "local:N")` → a `ClusterSpec`; `cluster_setting(option, config)` picks
  the `--cluster` option, else the `cluster:` key of the configuration file, else None (run as today).
- `open_client(spec)` → a context manager giving a `distributed.Client`, printing the dashboard link.
- `split_jsonlines(url, partition_bytes)` → `ByteRange`s on line boundaries of a local path or any
  fsspec URL (`s3://…` through s3fs); `read_block(part)` reads one on a worker; `split_files(items, n)` → file
  lists.
- `run_ordered(client, func, parts)` → the results of `func(part)` in partition order, with a bounded number
  of partitions in flight (memory per worker bounded by partition size), retries, and a progress bar.

Nothing here knows a product package: chats, media and ads import this package, never the other way.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from safeguarding.cluster.client import open_client
    from safeguarding.cluster.options import ClusterOption, PartitionSizeOption, resolve_cluster
    from safeguarding.cluster.partitions import (
        ByteRange,
        FileBatch,
        read_block,
        split_files,
        split_jsonlines,
        split_lines,
    )
    from safeguarding.cluster.run import run_ordered
    from safeguarding.cluster.spec import ClusterError, ClusterSpec, cluster_setting, parse_cluster

# Every command imports its options from here: Dask, distributed and fsspec are imported only when a
# command actually runs on a cluster (importing distributed costs about a second).
_HOME = {
    "open_client": "client",
    "ClusterOption": "options",
    "PartitionSizeOption": "options",
    "resolve_cluster": "options",
    "ByteRange": "partitions",
    "FileBatch": "partitions",
    "read_block": "partitions",
    "split_files": "partitions",
    "split_jsonlines": "partitions",
    "split_lines": "partitions",
    "run_ordered": "run",
    "ClusterError": "spec",
    "ClusterSpec": "spec",
    "cluster_setting": "spec",
    "parse_cluster": "spec",
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)


__all__ = [
    "ByteRange",
    "ClusterError",
    "ClusterOption",
    "ClusterSpec",
    "FileBatch",
    "PartitionSizeOption",
    "cluster_setting",
    "open_client",
    "parse_cluster",
    "read_block",
    "resolve_cluster",
    "run_ordered",
    "split_files",
    "split_jsonlines",
    "split_lines",
]
