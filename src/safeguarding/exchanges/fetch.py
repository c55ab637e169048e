"""Fetching: run a pytx exchange from its stored checkpoint into its bank."""

from __future__ import annotations

from collections.abc import Callable

from safeguarding.exchanges.types import FetchReport
from safeguarding.store import Store

ProgressCallback = Callable[[FetchReport], None]


def fetch_exchange(
    store: Store,
    name: str,
    *,
    on_progress: ProgressCallback | None = None,
    max_batches: int | None = None,
) -> FetchReport:
    """Fetch one exchange from its checkpoint until the source has no more (or `max_batches`).

    Each batch is committed with its checkpoint, so an interrupted fetch resumes where it stopped;
    records deleted upstream retract the entries only they held; a stale checkpoint starts over (entries
    no longer upstream are retracted at the end). Errors (bad credentials, the server down, bad data)
    end the fetch with `report.error` set and the status recording the failure; they are not raised.
    """
    raise NotImplementedError


def fetch_all(store: Store, *, on_progress: ProgressCallback | None = None) -> list[FetchReport]:
    """Fetch every enabled exchange in turn; one failing does not stop the others."""
    raise NotImplementedError
