"""The `--cluster` and `--partition-size` options every batch command shares, and how they are resolved."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from safeguarding.cluster.spec import (
    DEFAULT_PARTITION_BYTES,
    ClusterError,
    ClusterSpec,
    cluster_setting,
    parse_cluster,
    parse_partition_size,
)
from safeguarding.config import ConfigError, load_config

ClusterOption = Annotated[
    str | None,
    typer.Option(
        "--cluster",
        help=(
            "Run on Dask: tcp://HOST:8786 (a running `dask scheduler`) or local:N (N worker processes on "
            "this machine). Default: the `cluster:` key of safeguarding.yaml, else this machine as "
            "without it; 'none' ignores the configuration."
        ),
        show_default=False,
    ),
]
PartitionSizeOption = Annotated[
    str | None,
    typer.Option(
        "--partition-size",
        help="With --cluster: bytes of input per task, e.g. 32MB (memory per worker grows with it).",
        show_default=False,
    ),
]


def resolve_cluster(
    option: str | None, partition_size: str | None = None, config_path: str | Path | None = None
) -> ClusterSpec | None:
    """The cluster to run on: `--cluster`, else the configuration's `cluster:` key, else None (no cluster).

    Raises ClusterError naming the bad setting; `--cluster none` runs without a cluster whatever the
    configuration says.
    """
    if option is not None and option.strip().lower() == "none":
        return None
    spec: ClusterSpec | None
    if option is not None:
        spec = parse_cluster(option)
    else:
        try:
            spec = cluster_setting(load_config(config_path).data)
        except ConfigError as exc:
            raise ClusterError(str(exc)) from None
    if spec is None:
        if partition_size is not None:
            raise ClusterError("--partition-size needs --cluster (or a cluster: key in the configuration)")
        return None
    if partition_size is not None:
        return ClusterSpec(spec.address, spec.workers, parse_partition_size(partition_size))
    return spec


__all__ = ["DEFAULT_PARTITION_BYTES", "ClusterOption", "PartitionSizeOption", "resolve_cluster"]
