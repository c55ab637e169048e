"""The app built from the environment, for uvicorn's worker processes (`safeguarding serve --workers N`).

uvicorn starts each worker by importing an app factory by name, so a worker cannot be handed the store
and configuration the parent opened: it rebuilds them from `SAFEGUARDING_DB` and `SAFEGUARDING_CONFIG`,
which `serve` sets before starting the workers. The parent has already migrated the database and checked
the configuration, so a worker neither migrates nor can fail on a bad setting the parent accepted.
Workers share nothing in memory: the store (or Redis) holds every piece of shared state, see
docs/SCALING.md "Service replicas".
"""

from __future__ import annotations

from fastapi import FastAPI

from safeguarding.config import load_config
from safeguarding.store import open_store
from safeguarding.web.app import create_app


def app_from_environment() -> FastAPI:
    """The service over the store in $SAFEGUARDING_DB, configured by $SAFEGUARDING_CONFIG."""
    return create_app(open_store(None, migrate=False), load_config(None))
