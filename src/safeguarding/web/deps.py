"""Helpers shared by the route modules."""

from __future__ import annotations

from fastapi import HTTPException, Request
from sqlalchemy.orm import Session

from safeguarding.cases import Case, get_case, may_view
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


def viewable_case(session: Session, case_id: int, role: str) -> Case:
    """The case, or 404 when there is none and 403 when this role may not open it."""
    case = get_case(session, case_id)
    if case is None:
        raise not_found(f"case {case_id}")
    if not may_view(role, case):
        raise HTTPException(403, detail="your role may not open this case")
    return case
