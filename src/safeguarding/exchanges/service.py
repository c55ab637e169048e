"""Exchanges as stored: configuration, status, enable and delete."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from safeguarding.exchanges.types import ExchangeInfo, ExchangeStatus
from safeguarding.store import Store


def add_exchange(
    store: Store,
    name: str,
    api: str,
    bank: str,
    config: Mapping[str, Any] | None = None,
    *,
    enabled: bool = True,
) -> ExchangeInfo:
    """Configure an exchange filling `bank` (created if needed) from `api` with the API's settings.

    Settings are checked against the API's collaboration config (pytx's dataclass); credentials are
    refused here (they belong in the environment or the credentials file). Raises ExchangeError for an
    unknown API, a name already taken, or bad settings.
    """
    raise NotImplementedError


def list_exchanges(store: Store) -> list[ExchangeInfo]:
    """Every configured exchange, by name."""
    raise NotImplementedError


def get_exchange(store: Store, name: str) -> ExchangeInfo:
    """One exchange; ExchangeError if there is none of that name."""
    raise NotImplementedError


def set_exchange_enabled(store: Store, name: str, enabled: bool) -> ExchangeInfo:
    """Turn fetching on or off (a disabled exchange is skipped by `fetch_all`)."""
    raise NotImplementedError


def delete_exchange(store: Store, name: str, *, retract_entries: bool = False) -> None:
    """Forget an exchange, its checkpoint and its records. Its bank stays; with `retract_entries`, the
    entries only it contributed are retracted."""
    raise NotImplementedError


def exchange_status(store: Store, name: str) -> ExchangeStatus:
    """Checkpoint time, running and last fetch, records and active entries of one exchange."""
    raise NotImplementedError
