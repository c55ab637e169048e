"""A `distributed.Client` for a ClusterSpec: a LocalCluster started and stopped here, or a remote one."""

from __future__ import annotations

import contextlib
import importlib.util
import logging
from collections.abc import Callable, Iterator

import dask.config
from distributed import Client, LocalCluster

from safeguarding.cluster.spec import ClusterError, ClusterSpec
from safeguarding.console import err_console

CONNECT_TIMEOUT = "20s"

# Batch workers run pure-Python tasks for minutes: Dask's statistical profiler (a stack sample every 10 ms)
# and its frequent monitors cost CPU that grows with wall time, not work. Off, or slower, for the workers
# started here; `worker_environment()` gives the same for workers started by hand.
QUIET_WORKERS: dict[str, object] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "500ms",
}


def worker_environment() -> dict[str, str]:
    """QUIET_WORKERS as environment variables for `dask scheduler` and `dask worker` started by hand."""
    return {
        "DASK_" + key.upper().replace(".", "__").replace("-", "_"): str(v) for key, v in QUIET_WORKERS.items()
    }


def _tell(message: str) -> None:
    err_console.print(message, markup=False, highlight=False, soft_wrap=True)


@contextlib.contextmanager
def open_client(spec: ClusterSpec, *, echo: Callable[[str], None] | None = _tell) -> Iterator[Client]:
    """A Client on `spec`; the dashboard link (or why there is none) is passed to `echo` (stderr by default).

    `local:N` starts N worker processes of one thread each (PDQ and the scorers hold the GIL) and stops them
    on exit. A remote address must name a running scheduler whose workers can import safeguarding and read
    the input (same paths, or a URL such as s3://); a scheduler that cannot be reached is a ClusterError.
    """
    with contextlib.ExitStack() as stack:
        if spec.is_local:
            stack.enter_context(dask.config.set(QUIET_WORKERS))
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=spec.workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",  # a free port: several clusters may run on one machine
                    silence_logs=logging.ERROR,
                )
            )
            client = stack.enter_context(Client(cluster))
        else:
            try:
                client = stack.enter_context(Client(spec.address, timeout=CONNECT_TIMEOUT))
            except (OSError, TimeoutError) as exc:
                raise ClusterError(f"cannot reach the scheduler at {spec.address}: {exc}") from None
        if echo is not None:
            workers = len(client.scheduler_info(n_workers=-1).get("workers", {}))
            echo(f"cluster {spec.describe()}: {workers} workers; {_dashboard(client)}")
        yield client


def _has_dashboard() -> bool:
    return importlib.util.find_spec("bokeh") is not None


def _dashboard(client: Client) -> str:
    if not _has_dashboard() and client.cluster is not None:
        return "no dashboard (install bokeh for one)"
    return f"dashboard {client.dashboard_link}"
