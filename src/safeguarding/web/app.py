"""The FastAPI application: the JSON API under /v1, health, OpenAPI, and the reviewer UI if present."""

from __future__ import annotations

import importlib.util
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text

from safeguarding import __version__
from safeguarding.accounts.backends import open_login_state
from safeguarding.banks import IndexOutOfDateError
from safeguarding.banks.index import IndexFormatError
from safeguarding.store import Store
from safeguarding.web import (
    routes_ads,
    routes_banks,
    routes_cases,
    routes_chats,
    routes_detect,
    routes_entities,
    routes_match,
    routes_payments,
    routes_queue,
    routes_session,
    routes_stats,
)
from safeguarding.web.errors import GenericServerErrors
from safeguarding.web.headers import SecurityHeaders
from safeguarding.web.hma import mount_hma
from safeguarding.web.json_body import StrictJsonBodies
from safeguarding.web.settings import HasSections, load_web_settings

API_DESCRIPTION = """Safeguarding review service.

Authenticate with `Authorization: Bearer <token>` (see `safeguarding tokens create`) or a browser
session cookie from `POST /v1/session` (unsafe methods then need the `X-CSRF-Token` header).
Every endpoint checks the caller's role; see docs/REVIEW_SERVICE.md for the matrix.
"""


def create_app(store: Store, config: HasSections | None = None) -> FastAPI:
    """The service over `store`, configured from the `web` section of `config`."""
    # No /docs or /redoc: their pages need inline script, which the Content-Security-Policy forbids.
    app = FastAPI(
        title="Safeguarding",
        version=__version__,
        description=API_DESCRIPTION,
        docs_url=None,
        redoc_url=None,
    )
    app.add_middleware(StrictJsonBodies)
    app.add_middleware(GenericServerErrors)
    app.add_middleware(SecurityHeaders)  # added last, so outermost: its headers reach every answer
    app.state.store = store
    app.state.config = config
    app.state.web_settings = load_web_settings(config, store.index_dir)
    app.state.chat_scorer = None
    # Sessions and the login throttle, in the store or Redis, shared by every server process.
    app.state.login = open_login_state(store, config)

    @app.get("/healthz", tags=["service"], summary="Liveness and database check")
    def healthz() -> dict[str, Any]:
        with store.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        return {"status": "ok", "database": store.engine.dialect.name}

    @app.exception_handler(UnicodeDecodeError)
    async def _bad_encoding(_request: Request, exc: UnicodeDecodeError) -> JSONResponse:
        return JSONResponse(status_code=400, content={"detail": f"request is not valid UTF-8: {exc.reason}"})

    @app.exception_handler(IndexOutOfDateError)
    @app.exception_handler(IndexFormatError)
    async def _index_unusable(_request: Request, exc: Exception) -> JSONResponse:
        # The service is up but cannot match PDQ until an operator rebuilds the index: 503, not 500.
        return JSONResponse(
            status_code=503,
            content={"detail": f"PDQ index unusable: {exc}; run `safeguarding bank reindex`"},
        )

    for module in (
        routes_session,
        routes_cases,
        routes_queue,
        routes_match,
        routes_chats,
        routes_ads,
        routes_detect,
        routes_banks,
        routes_entities,
        routes_payments,
        routes_stats,
    ):
        app.include_router(module.router)
    mount_hma(app, config)  # HMA's paths beside /v1 (docs/INTEROP.md), under config hma.prefix
    ui_spec = importlib.util.find_spec("safeguarding.web.ui")
    if ui_spec is not None and ui_spec.origin is not None:  # a real package, not a bare folder
        from safeguarding.web.ui import router as ui_router

        app.include_router(ui_router)
    return app
