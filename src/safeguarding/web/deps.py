"""Helpers shared by the route modules."""

from __future__ import annotations

from fastapi import HTTPException, Request

from safeguarding.store import Store
from safeguarding.web.settings import WebSettings


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def settings_of(request: Request) -> WebSettings:
    settings: WebSettings = request.app.state.web_settings
    return settings


def not_found(what: str) -> HTTPException:
    return HTTPException(404, detail=f"{what} not found")
