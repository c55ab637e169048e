"""A case page with its context, deciding, giving a case back (the queue itself: queue_list)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from safeguarding.accounts import CASE_READING_ROLES, DECIDING_ROLES, may_reveal_media
from safeguarding.cases import Case, CaseError, decide, may_view, release
from safeguarding.cases.context import case_context
from safeguarding.cases.models import ACTIVE_STATUSES
from safeguarding.exposure.service import message_subject
from safeguarding.web.auth import Principal
from safeguarding.web.chat_context import more_context
from safeguarding.web.deps import settings_of, store_of
from safeguarding.web.ui import views
from safeguarding.web.ui.pages import (
    MESSAGES,
    PREFIX,
    audit,
    login_redirect,
    principal_dependency,
    refuse,
    render_page,
)
from safeguarding.web.ui.wellbeing import count_shown

#: The ads of a network shown open on its page; the others open (and count) when the reviewer asks.
ADS_SHOWN_OPEN = 3

router = APIRouter()


# --- a case ------------------------------------------------------------------------------------


def _held_by(case: Case, name: str, now: datetime) -> bool:
    expires = case.lease_expires_at
    if expires is not None and expires.tzinfo is None:
        expires = expires.replace(tzinfo=UTC)
    return case.lease_holder == name and expires is not None and expires > now


def _chat_items(request: Request, session: Session, case: Case, items: list[dict[str, Any]]) -> None:
    """Show each chat item's evidence lines among the context kept around them."""
    settings = settings_of(request)
    more = settings.chat_context_callback is not None
    kept = {entry["item_id"]: entry for entry in case_context(session, case.items, settings.chat_context)}
    for item in items:
        if item["template"] == "chat" and kept.get(item["id"], {}).get("messages"):
            item["data"] = views.with_context(item["data"], kept[item["id"]], more)


def _case_context(
    request: Request, session: Session, case: Case, principal: Principal, now: datetime
) -> dict[str, Any]:
    item_numbers = {item.id: number for number, item in enumerate(case.items, start=1)}
    held_by_me = _held_by(case, principal.name, now)
    items = [views.item_view(item, case.decisions) for item in case.items]
    _chat_items(request, session, case, items)
    ads = [item for item in items if item["template"] == "ad_network"]
    for item in ads[ADS_SHOWN_OPEN:]:
        item["collapsed"] = True
    return {
        "case": views.case_view(case),
        "items": items,
        "decisions": [views.decision_view(d, item_numbers) for d in reversed(case.decisions)],
        "actions": views.ACTIONS,
        "held_by_me": held_by_me,
        "can_decide": principal.role in DECIDING_ROLES and held_by_me and case.status in ACTIVE_STATUSES,
        "can_claim": principal.role in DECIDING_ROLES,
        "network": views.network_view(case.items)
        if any(i.kind == "ad_network" for i in case.items)
        else None,
        "can_see_media": may_reveal_media(principal.role),
        "can_reveal": may_reveal_media(principal.role),
    }


def _render_case(
    request: Request, principal: Principal, case_id: int, *, error: str = "", status_code: int = 200
) -> Response:
    now = datetime.now(UTC)
    with store_of(request).session() as session:
        case = session.get(Case, case_id)
        if case is None:
            return refuse(request, principal, f"There is no case {case_id}.", status_code=404)
        if not may_view(principal.role, case):
            return refuse(request, principal, "Your role may not open this case.")
        context = _case_context(request, session, case, principal, now)
        audit(session, principal.name, "view", f"case:{case.id}", {"via": "ui"})
    _count_shown(request, principal, case_id, context["items"])
    if error:
        context["page_error"] = error
    elif request.query_params.get("msg") in MESSAGES:
        context["focus_id"] = "decide-submit" if context["can_decide"] else "claim-next"
    return render_page(request, "case.html", context, principal, status_code=status_code)


def _count_shown(request: Request, principal: Principal, case_id: int, items: list[dict[str, Any]]) -> None:
    """Exposure of this page: the chat messages it shows and the ads it shows open (once a session)."""
    messages = [
        message_subject(item["data"].get("conversation_id") or f"item:{item['id']}", line["number"] - 1)
        for item in items
        if item["template"] == "chat"
        for line in item["data"]["messages"]
        if not line.get("gap")
    ]
    ads = [
        f"item:{item['id']}"
        for item in items
        if item["template"] == "ad_network" and not item.get("collapsed")
    ]
    if messages:
        count_shown(request, principal, "message_shown", subjects=messages, case_id=case_id)
    if ads:
        count_shown(request, principal, "ad_shown", subjects=ads, case_id=case_id)


@router.get("/cases/{case_id}", response_class=HTMLResponse)
def case_page(case_id: int, request: Request, principal: Principal | None = principal_dependency) -> Response:
    if principal is None:
        return login_redirect(request)
    if principal.role not in CASE_READING_ROLES:
        return refuse(request, principal, "Your role does not use the review pages.")
    return _render_case(request, principal, case_id)


@router.get("/cases/{case_id}/context/more")
def chat_context_more(
    case_id: int,
    request: Request,
    conversation_id: str = Query(min_length=1, max_length=300),
    start: int = Query(ge=0, le=10_000_000),
    end: int = Query(ge=0, le=10_000_000),
    principal: Principal | None = principal_dependency,
) -> Response:
    """'Show more' on a chat case: messages beyond the kept window, from the operator's chat service."""
    if principal is None or principal.role not in CASE_READING_ROLES:
        return JSONResponse({"detail": "log in with a role that reads cases"}, status_code=403)
    try:
        found = more_context(request, case_id, principal, conversation_id, start, end)
    except HTTPException as exc:
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
    shown = [
        message_subject(conversation_id, m["index"])
        for m in found.get("messages", [])
        if isinstance(m, dict) and isinstance(m.get("index"), int)
    ]
    if shown:
        count_shown(request, principal, "message_shown", subjects=shown, case_id=case_id)
    return JSONResponse(found, headers={"Cache-Control": "no-store"})


@router.post("/cases/{case_id}/decide")
def decide_case(
    case_id: int,
    request: Request,
    action: str = Form("", max_length=16),
    reason: str = Form("", max_length=5000),
    item_ids: list[int] | None = Form(None),
    principal: Principal | None = principal_dependency,
) -> Response:
    if principal is None:
        return login_redirect(request)
    if principal.role not in DECIDING_ROLES:
        return refuse(request, principal, "Your role may read cases but not decide on them.")
    with store_of(request).session() as session:
        case = session.get(Case, case_id)
        if case is None or not may_view(principal.role, case):
            return refuse(request, principal, "Your role may not open this case.")
    try:
        with store_of(request).session() as session:
            decide(session, case_id, principal.name, action, reason, item_ids or None)
    except CaseError as exc:
        return _render_case(request, principal, case_id, error=f"Not recorded: {exc}.", status_code=422)
    return RedirectResponse(f"{PREFIX}/cases/{case_id}?msg={action}", status_code=303)


@router.post("/cases/{case_id}/release")
def release_case(
    case_id: int, request: Request, principal: Principal | None = principal_dependency
) -> Response:
    """Give a held case back to the queue undecided (for example, to hand it to a colleague)."""
    if principal is None:
        return login_redirect(request)
    if principal.role not in DECIDING_ROLES:
        return refuse(request, principal, "Your role may read cases but not hold them.")
    try:
        with store_of(request).session() as session:
            case = session.get(Case, case_id)
            if case is None or not may_view(principal.role, case):
                return refuse(request, principal, "Your role may not open this case.")
            release(session, case_id, principal.name)
            audit(session, principal.name, "release", f"case:{case_id}", {"via": "ui"})
    except CaseError as exc:
        return _render_case(request, principal, case_id, error=f"Not released: {exc}.", status_code=409)
    return RedirectResponse(f"{PREFIX}/?msg=released", status_code=303)
