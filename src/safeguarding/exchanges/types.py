"""The data the exchanges package hands out: plain frozen dataclasses, no database objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


class ExchangeError(Exception):
    """An exchange operation that cannot be done; the message names the exchange and says why."""


@dataclass(frozen=True)
class ExchangeInfo:
    """One configured exchange: a python-threatexchange collaboration feeding one bank."""

    name: str
    api: str  # sample, ncmec, stop_ncii, fb_threatexchange, local_file
    bank: str
    enabled: bool
    config: dict[str, Any]  # the collaboration's own settings (never credentials)
    created_at: datetime


@dataclass(frozen=True)
class ExchangeStatus:
    """Where a fetch stands, with HMA's `/c/exchange/<name>/status` fields (timestamps in Unix seconds)."""

    name: str
    api: str
    bank: str
    enabled: bool
    checkpoint_ts: int | None  # how far the source has been read (the checkpoint's progress time)
    running_fetch_start_ts: int | None  # set while a fetch runs
    last_fetch_complete_ts: int | None
    last_fetch_succeeded: bool | None  # None: never fetched
    up_to_date: bool
    fetched_items: int  # records held from this exchange
    active_signals: int  # bank entries it currently contributes
    last_error: str | None


@dataclass
class FetchReport:
    """What one `fetch_exchange` run did."""

    name: str
    batches: int = 0
    updates: int = 0  # records created or changed upstream
    deletions: int = 0  # records the source removed
    added: int = 0  # bank entries added (or brought back)
    retracted: int = 0  # bank entries retracted because no record holds them any more
    unsupported: int = 0  # signals of a type the bank does not hold (text, unknown types)
    stale_refetch: bool = False  # the stored checkpoint was stale: everything was fetched again
    complete: bool = False  # the source said there is no more data
    error: str | None = None
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ConfigField:
    """One setting of an exchange API, for `exchanges add --config` and HMA's `/schema` endpoint."""

    name: str
    type: str  # "string", "integer", "boolean", "enum", "set_of_integer", ...
    required: bool
    default: Any
    help: str
    choices: list[str] | None = None


@dataclass(frozen=True)
class ApiDescription:
    """An exchange API: its settings and, if it needs them, its credentials (where they are read from)."""

    name: str
    config_fields: list[ConfigField]
    credential_fields: list[ConfigField] | None  # None: the API takes no credentials
    credential_env: str | None  # environment variable read for credentials
    credential_file: str | None  # file read for credentials
    has_credentials: bool  # credentials are present in the environment or the file
