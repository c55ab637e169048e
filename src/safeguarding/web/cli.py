"""`safeguarding serve`: the API and the reviewer UI over the store, with uvicorn."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from safeguarding.console import DbOption, fail

if TYPE_CHECKING:
    from safeguarding.store import Store


def serve(
    host: Annotated[
        str, typer.Option(help="Address to listen on; keep 127.0.0.1 behind a TLS proxy.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    config: Annotated[
        Path | None, typer.Option("--config", help="YAML configuration (section `web`).")
    ] = None,
    proxy_headers: Annotated[
        bool,
        typer.Option(help="Trust X-Forwarded-Proto/For from the proxy on 127.0.0.1 (for Secure cookies)."),
    ] = True,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            max=64,
            help="Worker processes (uvicorn workers) on this port; they share state through the store "
            "(docs/SCALING.md).",
        ),
    ] = 1,
    db: DbOption = None,
) -> None:
    """Run the review service: JSON API under /v1, OpenAPI at /openapi.json, /healthz, and the reviewer UI.

    Example: safeguarding serve --port 8000 --db safeguarding.db
    Then: curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:8000/v1/cases
    More processes: --workers 4 on one machine, or several `serve` over one PostgreSQL behind a load balancer.
    """
    import uvicorn

    from safeguarding.accounts.backends import BackendError
    from safeguarding.accounts.settings import SessionSettingsError
    from safeguarding.config import load_config
    from safeguarding.store import open_store
    from safeguarding.web.app import create_app
    from safeguarding.web.settings import SettingsError

    if config is not None:
        # The whole process reads this file, including automatic audit-head signing (audit.heads).
        os.environ["SAFEGUARDING_CONFIG"] = str(config)
    store = open_store(db)
    try:
        app = create_app(store, load_config(config))
    except (SettingsError, SessionSettingsError, BackendError) as exc:
        fail(str(exc))
    catch_up_pdq_index(store)
    if workers == 1:
        uvicorn.run(app, host=host, port=port, proxy_headers=proxy_headers, log_level="info")
        return
    # Workers build their own app by name (safeguarding.web.factory) from these variables; the checks
    # above already ran here, so a worker fails on nothing the parent accepted.
    store.close()
    os.environ["SAFEGUARDING_DB"] = store.url
    uvicorn.run(
        "safeguarding.web.factory:app_from_environment",
        factory=True,
        workers=workers,
        # uvicorn restarts a worker that does not answer its ping within this many seconds; a new worker
        # answers only once its interpreter and imports are up, which takes over the default 5 s on a
        # busy machine (every worker was then killed and restarted, over and over).
        timeout_worker_healthcheck=60,
        host=host,
        port=port,
        proxy_headers=proxy_headers,
        log_level="info",
    )


def catch_up_pdq_index(store: Store) -> None:
    """Bring this machine's PDQ index up to date with the store before taking requests.

    A new replica (an empty index folder) reads every PDQ entry here, once, instead of in its first
    match request; afterwards every match request takes in only what was committed since (docs/SCALING.md).
    """
    from safeguarding.banks import IndexOutOfDateError
    from safeguarding.banks.index import IndexFormatError
    from safeguarding.banks.pdq_search import refresh_pdq_index

    began = time.monotonic()
    typer.echo(f"PDQ index {store.index_dir}: catching up with the store ...", err=True)
    try:
        refresh_pdq_index(store.index_dir, store.engine)
    except (IndexFormatError, IndexOutOfDateError) as exc:  # matching answers 503 until a reindex
        typer.echo(f"PDQ index unusable: {exc}; run `safeguarding bank reindex`", err=True)
        return
    typer.echo(f"PDQ index up to date in {time.monotonic() - began:.1f} s", err=True)
