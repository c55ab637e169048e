"""`safeguarding serve`: the API and the reviewer UI over the store, with uvicorn."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from safeguarding.console import DbOption, fail


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
    db: DbOption = None,
) -> None:
    """Run the review service: JSON API under /v1, OpenAPI at /openapi.json, /healthz, and the reviewer UI.

    Example: safeguarding serve --port 8000 --db safeguarding.db
    Then: curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:8000/v1/cases
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
    uvicorn.run(app, host=host, port=port, proxy_headers=proxy_headers, log_level="info")
