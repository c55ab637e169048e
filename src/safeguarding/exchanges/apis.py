"""The python-threatexchange exchange APIs we drive, their settings and their credentials."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from safeguarding.exchanges.types import ApiDescription

API_NAMES = ("sample", "ncmec", "stop_ncii", "fb_threatexchange", "local_file")


def api_names() -> list[str]:
    """The exchange APIs `add_exchange` accepts (HMA's `GET /c/exchanges/apis`)."""
    return list(API_NAMES)


def describe_api(api: str) -> ApiDescription:
    """An API's settings and credential fields (HMA's `GET /c/exchanges/api/<api>[/schema]`).

    Raises ExchangeError for an unknown API.
    """
    raise NotImplementedError


def set_credentials(api: str, credentials: Mapping[str, Any] | str) -> Path:
    """Write an API's credentials to its credentials file (mode 0600, outside the database) and return
    the file's path (HMA's `POST /c/exchanges/api/<api> {"credential_json": ...}`).

    Raises ExchangeError if the API takes no credentials or they are incomplete.
    """
    raise NotImplementedError
