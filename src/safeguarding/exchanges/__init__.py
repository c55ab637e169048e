"""Signal exchanges: python-threatexchange's SignalExchangeAPI feeding our banks.

An exchange is a named collaboration of one pytx API (`sample`, `ncmec`, `stop_ncii`,
`fb_threatexchange`, `local_file`) that fills one bank. A fetch resumes from the stored checkpoint,
records each upstream record's signals so a deletion upstream retracts exactly what it added, starts
over when the checkpoint is stale, and never adds the same entry twice. Credentials come from the
environment or a credentials file, never from the database.

Public surface (used by the CLI and by the HMA-compatible API's `/c/exchanges` endpoints):

    api_names() -> list[str]
    describe_api(api) -> ApiDescription
    set_credentials(api, credentials) -> Path
    add_exchange(store, name, api, bank, config=None, *, enabled=True) -> ExchangeInfo
    list_exchanges(store) -> list[ExchangeInfo]
    get_exchange(store, name) -> ExchangeInfo
    set_exchange_enabled(store, name, enabled) -> ExchangeInfo
    delete_exchange(store, name, *, retract_entries=False) -> None
    exchange_status(store, name) -> ExchangeStatus
    fetch_exchange(store, name, *, on_progress=None, max_batches=None) -> FetchReport
    fetch_all(store, *, on_progress=None) -> list[FetchReport]
"""

from safeguarding.exchanges.apis import api_names, describe_api, set_credentials
from safeguarding.exchanges.fetch import fetch_all, fetch_exchange
from safeguarding.exchanges.service import (
    add_exchange,
    delete_exchange,
    exchange_status,
    get_exchange,
    list_exchanges,
    set_exchange_enabled,
)
from safeguarding.exchanges.types import (
    ApiDescription,
    ConfigField,
    ExchangeError,
    ExchangeInfo,
    ExchangeStatus,
    FetchReport,
)

__all__ = [
    "ApiDescription",
    "ConfigField",
    "ExchangeError",
    "ExchangeInfo",
    "ExchangeStatus",
    "FetchReport",
    "add_exchange",
    "api_names",
    "delete_exchange",
    "describe_api",
    "exchange_status",
    "fetch_all",
    "fetch_exchange",
    "get_exchange",
    "list_exchanges",
    "set_credentials",
    "set_exchange_enabled",
]
