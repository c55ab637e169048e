"""Run a function over partitions on a cluster and get the results back in partition order."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from distributed import Client, Future, KilledWorker
from distributed.client import FutureCancelledError

from safeguarding.cluster.spec import ClusterError
from safeguarding.console import advance, progress

P = TypeVar("P")
R = TypeVar("R")

RETRIES = 2


def run_ordered(
    client: Client,
    func: Callable[..., R],
    parts: Iterable[P],
    *args: Any,
    description: str = "partitions",
    in_flight: int | None = None,
    retries: int = RETRIES,
    show_progress: bool = True,
) -> Iterator[R]:
    """Yield `func(part, *args)` for each part, computed on the cluster, in the order of `parts`.

    At most `in_flight` partitions (default: twice the cluster's threads) are submitted or held at a time,
    so workers and this process hold a bounded number of partitions whatever the input size. A task that
    raises is retried `retries` times; a task whose worker dies is rescheduled by the scheduler (up to
    `distributed.scheduler.allowed-failures` times), so a lost worker costs time, never a result.
    Large constant arguments should be scattered first (`client.scatter(x, broadcast=True)`) and passed
    as futures in `args`. A progress bar counts finished partitions on a terminal.
    """
    items = list(parts)
    limit = in_flight or max(2, 2 * sum(client.nthreads().values()))
    source = iter(items)
    pending: deque[Future] = deque()
    with progress(description, len(items)) as bar:

        def submit(part: P) -> None:
            future = client.submit(func, part, *args, retries=retries, pure=False)
            if show_progress:
                future.add_done_callback(lambda _: advance(bar))
            pending.append(future)

        for part in source:
            submit(part)
            if len(pending) >= limit:
                break
        position = 0
        while pending:
            head = pending.popleft()
            result: R = _result(head, position)
            head.release()
            position += 1
            following = next(source, None)
            if following is not None:
                submit(following)
            yield result


def _result(future: Future, position: int) -> Any:
    """The task's result; a partition that killed its workers, or a lost scheduler, is a ClusterError."""
    try:
        return future.result()
    except KilledWorker as exc:
        raise ClusterError(
            f"partition {position}: the workers running it died repeatedly ({exc}); see the workers' logs"
        ) from None
    except FutureCancelledError as exc:
        raise ClusterError(f"partition {position}: lost the cluster ({exc})") from None
