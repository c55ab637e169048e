"""The reviewer pages: log in, the queue, a case with its context, decide, next; media reveal.

Server-rendered (Jinja2) with a little plain JavaScript (static/ui.js). Authentication, sessions and
CSRF come from `safeguarding.web.auth`; what a role may read and decide from `safeguarding.accounts`
and `safeguarding.cases`.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import and_, func, or_, select
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session

from safeguarding.accounts import CASE_READING_ROLES, DECIDING_ROLES, authenticate, may_reveal_media
from safeguarding.cases import Case, CaseError, CaseItem, claim_next, decide, list_cases, may_view, release
from safeguarding.cases.models import ACTIVE_STATUSES
from safeguarding.cases.service import visibility_filter
from safeguarding.media import ImageLimits
from safeguarding.web.auth import Principal, current_principal, end_session, start_session
from safeguarding.web.deps import settings_of, store_of
from safeguarding.web.ui import views
from safeguarding.web.ui.thumbnails import (
    ThumbnailError,
    read_video,
    render_thumbnail,
    render_video_poster,
)
from safeguarding.web.ui.wellbeing import COOKIE_NAME as SEEN_COOKIE
from safeguarding.web.ui.wellbeing import SeenCount, break_after_from, dump_seen, read_seen

PREFIX = "/ui"
HERE = Path(__file__).parent
STATIC_FILES = {"ui.css": "text/css; charset=utf-8", "ui.js": "text/javascript; charset=utf-8"}
LOGIN_CSRF_COOKIE = "sg_login_csrf"
LIMITS = ImageLimits()
VIDEO_TYPES = {".mp4": "video/mp4", ".m4v": "video/mp4", ".mov": "video/quicktime", ".webm": "video/webm"}
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' blob:; media-src 'self' blob:; script-src 'self'; "
    "style-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
MESSAGES = {
    "confirm": ("ok", "Decision recorded: confirmed."),
    "dismiss": ("ok", "Decision recorded: dismissed."),
    "escalate": ("ok", "Decision recorded: escalated."),
    "note": ("ok", "Note added."),
    "queue-empty": ("ok", "Nothing is waiting in the queue for you."),
    "logged-out": ("ok", "You are logged out."),
    "break-taken": ("ok", "Welcome back. Your break counter starts again."),
    "released": ("ok", "The case is back in the queue, undecided."),
}

router = APIRouter(prefix=PREFIX, include_in_schema=False)
templates = Jinja2Templates(directory=HERE / "templates")


# --- who is asking -----------------------------------------------------------------------------


async def optional_principal(request: Request) -> Principal | None:
    """The logged-in caller, or None when not logged in or the session is no longer valid.

    A wrong CSRF token on a POST still raises 403 (from `current_principal`).
    """
    try:
        return await current_principal(request)
    except HTTPException as exc:
        if exc.status_code == 401:
            return None
        raise


_principal_dependency: Any = Depends(optional_principal)


def _login_redirect(request: Request) -> RedirectResponse:
    target = request.url.path if request.method == "GET" else f"{PREFIX}/"
    return RedirectResponse(f"{PREFIX}/login?next={quote(target)}", status_code=303)


def _safe_next(value: str | None) -> str:
    """Only our own pages: no other host, no scheme-relative URL."""
    if value and value.startswith(f"{PREFIX}/") and not value.startswith("//") and "\\" not in value:
        return value
    return f"{PREFIX}/"


def _secure(response: Response, *, private: bool = True) -> Response:
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    if private:
        response.headers["Cache-Control"] = "no-store"
    return response


def _audit(session: Session, actor: str, action: str, subject: str, details: dict[str, Any]) -> None:
    from safeguarding.audit import record_event  # the audit package is optional at import time

    record_event(session, actor=actor, action=action, subject=subject, details=details)


def _seen(request: Request) -> SeenCount:
    return read_seen(
        request.cookies.get(SEEN_COOKIE),
        settings_of(request).secret_key,
        break_after_from(request.app.state.config),
    )


def _set_seen(request: Request, response: Response, count: SeenCount) -> None:
    response.set_cookie(
        SEEN_COOKIE,
        dump_seen(count, settings_of(request).secret_key),
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        path=PREFIX,
    )


def _page(
    request: Request,
    name: str,
    context: dict[str, Any],
    principal: Principal | None,
    *,
    status_code: int = 200,
    seen: SeenCount | None = None,
) -> HTMLResponse:
    seen = seen or _seen(request)
    flash = None
    message = request.query_params.get("msg")
    if message in MESSAGES:
        kind, text = MESSAGES[message]
        flash = {"kind": kind, "text": text}
    user = None
    if principal is not None:
        user = {
            "name": principal.name,
            "role": principal.role,
            "role_label": views.role_label(principal.role),
        }
    full = {
        "ui_prefix": PREFIX,
        "user": user,
        "csrf_token": principal.csrf_token if principal else context.get("csrf_token", ""),
        "wellbeing": seen,
        "flash": flash,
        "shortcuts": views.SHORTCUTS,
        **context,
    }
    response = templates.TemplateResponse(request, name, full, status_code=status_code)
    return _secure(response)  # type: ignore[return-value]


def _refuse(request: Request, principal: Principal, what: str, status_code: int = 403) -> HTMLResponse:
    return _page(
        request, "error.html", {"title": "Not allowed", "message": what}, principal, status_code=status_code
    )


# --- static files ------------------------------------------------------------------------------


@router.get("/static/{name}")
def static_file(name: str) -> Response:
    if name not in STATIC_FILES:
        raise HTTPException(404, detail="no such file")
    body = (HERE / "static" / name).read_bytes()
    response = Response(body, media_type=STATIC_FILES[name])
    response.headers["Cache-Control"] = "no-cache"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


# --- log in and out ----------------------------------------------------------------------------


@router.get("/login", response_class=HTMLResponse)
def login_page(
    request: Request, next: str = "", principal: Principal | None = _principal_dependency
) -> Response:
    if principal is not None:
        return RedirectResponse(_safe_next(next), status_code=303)
    return _login_form(request, next_url=_safe_next(next))


def _login_form(
    request: Request, *, next_url: str, error: str = "", username: str = "", status_code: int = 200
) -> HTMLResponse:
    # Login CSRF: a random value in a strict cookie that the form must repeat.
    token = secrets.token_urlsafe(24)
    context = {"csrf_token": token, "next_url": next_url, "error": error, "username": username}
    response = _page(request, "login.html", context, None, status_code=status_code, seen=SeenCount())
    response.set_cookie(
        LOGIN_CSRF_COOKIE,
        token,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        path=PREFIX,
    )
    return response


@router.post("/login", response_class=HTMLResponse)
def login(
    request: Request,
    username: str = Form("", max_length=100),
    password: str = Form("", max_length=1000),
    csrf_token: str = Form("", max_length=200),
    next: str = Form("", max_length=500),
) -> Response:
    expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not expected or not secrets.compare_digest(expected, csrf_token):
        return _login_form(
            request,
            next_url=_safe_next(next),
            username=username,
            error="The login form expired. Please try again.",
            status_code=403,
        )
    client = request.client.host if request.client else ""
    with store_of(request).session() as session:
        user = authenticate(session, username, password) if username and password else None
        if user is None:
            _audit(
                session, username or "-", "login_failed", f"user:{username}", {"client": client, "via": "ui"}
            )
            user_id = None
        else:
            _audit(session, user.name, "login", f"user:{user.name}", {"client": client, "via": "ui"})
            user_id = user.id
    if user_id is None:
        return _login_form(
            request,
            next_url=_safe_next(next),
            username=username,
            error="Wrong user name or password, or the account is disabled.",
            status_code=401,
        )
    response = RedirectResponse(_safe_next(next), status_code=303)
    start_session(request, response, user_id)
    response.delete_cookie(LOGIN_CSRF_COOKIE, path=PREFIX)
    _set_seen(request, response, SeenCount())  # the count of items seen starts again
    return response


@router.post("/logout")
def logout(request: Request, principal: Principal | None = _principal_dependency) -> Response:
    response = RedirectResponse(f"{PREFIX}/login?msg=logged-out", status_code=303)
    if principal is not None:
        with store_of(request).session() as session:
            _audit(session, principal.name, "logout", f"user:{principal.name}", {"via": "ui"})
    end_session(request, response)
    response.delete_cookie(SEEN_COOKIE, path=PREFIX)
    return response


@router.post("/break")
def took_break(
    request: Request,
    next: str = Form("", max_length=500),
    principal: Principal | None = _principal_dependency,
) -> Response:
    if principal is None:
        return _login_redirect(request)
    response = RedirectResponse(_with_message(_safe_next(next), "break-taken"), status_code=303)
    _set_seen(request, response, _seen(request).took_break())
    return response


def _with_message(url: str, message: str) -> str:
    return f"{url.split('?', 1)[0]}?msg={message}"


# --- the queue ---------------------------------------------------------------------------------


def _claim_statuses(role: str) -> tuple[str, ...]:
    # Escalated cases form the senior queue: admins take them, before open cases of the same priority.
    return ("open", "escalated") if role == "admin" else ("open",)


def _counts(session: Session, role: str, now: datetime) -> list[dict[str, Any]]:
    held = and_(Case.lease_holder.is_not(None), Case.lease_expires_at > now)
    rows = session.execute(
        select(
            Case.priority,
            func.count(),
            func.sum(sql_case((held, 1), else_=0)),
            func.min(Case.created_at),
        )
        .where(Case.status.in_(ACTIVE_STATUSES), visibility_filter(role))
        .group_by(Case.priority)
        .order_by(Case.priority)
    ).all()
    return [
        {
            "label": views.priority_label(priority),
            "open": count,
            "held": int(held_count or 0),
            "oldest_iso": views.time_iso(oldest),
            "oldest_text": views.time_text(oldest),
        }
        for priority, count, held_count, oldest in rows
    ]


def _next_case(session: Session, principal: Principal, now: datetime) -> Case | None:
    if principal.role not in DECIDING_ROLES:
        return None
    free = or_(Case.lease_holder.is_(None), Case.lease_expires_at <= now, Case.lease_holder == principal.name)
    return session.scalars(
        select(Case)
        .where(Case.status.in_(_claim_statuses(principal.role)), visibility_filter(principal.role), free)
        .order_by(Case.priority, Case.created_at, Case.id)
        .limit(1)
    ).first()


@router.get("", include_in_schema=False)
def queue_no_slash() -> Response:
    return RedirectResponse(f"{PREFIX}/", status_code=307)


@router.get("/", response_class=HTMLResponse)
def queue(request: Request, principal: Principal | None = _principal_dependency) -> Response:
    if principal is None:
        return _login_redirect(request)
    if principal.role not in CASE_READING_ROLES:
        return _refuse(request, principal, "Your role does not use the review pages.")
    now = datetime.now(UTC)
    with store_of(request).session() as session:
        next_case = _next_case(session, principal, now)
        held = list_cases(session, role=principal.role, lease_holder=principal.name, limit=20)
        visible = list_cases(session, role=principal.role, status="open", limit=25)
        context = {
            "counts": _counts(session, principal.role, now),
            "next_case": views.case_view(next_case) if next_case else None,
            "held": [views.case_view(c) for c in held],
            "cases": [views.case_view(c) | {"item_count": c.item_count} for c in visible],
            "can_claim": principal.role in DECIDING_ROLES,
            "focus_id": "claim-next" if next_case else "",
            "shortcuts": views.QUEUE_SHORTCUTS,
        }
    return _page(request, "queue.html", context, principal)


@router.post("/claim")
def claim(request: Request, principal: Principal | None = _principal_dependency) -> Response:
    if principal is None:
        return _login_redirect(request)
    if principal.role not in DECIDING_ROLES:
        return _refuse(request, principal, "Your role may read cases but not claim them.")
    with store_of(request).session() as session:
        case = claim_next(
            session,
            principal.name,
            settings_of(request).lease_seconds,
            role=principal.role,
            statuses=_claim_statuses(principal.role),
        )
        case_id = case.id if case is not None else None
        if case_id is not None:
            _audit(session, principal.name, "claim", f"case:{case_id}", {"via": "ui"})
    if case_id is None:
        return RedirectResponse(f"{PREFIX}/?msg=queue-empty", status_code=303)
    return RedirectResponse(f"{PREFIX}/cases/{case_id}", status_code=303)


# --- a case ------------------------------------------------------------------------------------


def _held_by(case: Case, name: str, now: datetime) -> bool:
    expires = case.lease_expires_at
    if expires is not None and expires.tzinfo is None:
        expires = expires.replace(tzinfo=UTC)
    return case.lease_holder == name and expires is not None and expires > now


def _case_context(case: Case, principal: Principal, now: datetime) -> dict[str, Any]:
    item_numbers = {item.id: number for number, item in enumerate(case.items, start=1)}
    held_by_me = _held_by(case, principal.name, now)
    items = [views.item_view(item, case.decisions) for item in case.items]
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
            return _refuse(request, principal, f"There is no case {case_id}.", status_code=404)
        if not may_view(principal.role, case):
            return _refuse(request, principal, "Your role may not open this case.")
        context = _case_context(case, principal, now)
        _audit(session, principal.name, "view", f"case:{case.id}", {"via": "ui"})
    seen = _seen(request).saw_case(case_id, len(context["items"]))
    if error:
        context["page_error"] = error
    elif request.query_params.get("msg") in MESSAGES:
        context["focus_id"] = "decide-submit" if context["can_decide"] else "claim-next"
    response = _page(request, "case.html", context, principal, status_code=status_code, seen=seen)
    _set_seen(request, response, seen)
    return response


@router.get("/cases/{case_id}", response_class=HTMLResponse)
def case_page(
    case_id: int, request: Request, principal: Principal | None = _principal_dependency
) -> Response:
    if principal is None:
        return _login_redirect(request)
    if principal.role not in CASE_READING_ROLES:
        return _refuse(request, principal, "Your role does not use the review pages.")
    return _render_case(request, principal, case_id)


@router.post("/cases/{case_id}/decide")
def decide_case(
    case_id: int,
    request: Request,
    action: str = Form("", max_length=16),
    reason: str = Form("", max_length=5000),
    item_ids: list[int] | None = Form(None),
    principal: Principal | None = _principal_dependency,
) -> Response:
    if principal is None:
        return _login_redirect(request)
    if principal.role not in DECIDING_ROLES:
        return _refuse(request, principal, "Your role may read cases but not decide on them.")
    with store_of(request).session() as session:
        case = session.get(Case, case_id)
        if case is None or not may_view(principal.role, case):
            return _refuse(request, principal, "Your role may not open this case.")
    try:
        with store_of(request).session() as session:
            decide(session, case_id, principal.name, action, reason, item_ids or None)
    except CaseError as exc:
        return _render_case(request, principal, case_id, error=f"Not recorded: {exc}.", status_code=422)
    return RedirectResponse(f"{PREFIX}/cases/{case_id}?msg={action}", status_code=303)


@router.post("/cases/{case_id}/release")
def release_case(
    case_id: int, request: Request, principal: Principal | None = _principal_dependency
) -> Response:
    """Give a held case back to the queue undecided (for example, to hand it to a colleague)."""
    if principal is None:
        return _login_redirect(request)
    if principal.role not in DECIDING_ROLES:
        return _refuse(request, principal, "Your role may read cases but not hold them.")
    try:
        with store_of(request).session() as session:
            case = session.get(Case, case_id)
            if case is None or not may_view(principal.role, case):
                return _refuse(request, principal, "Your role may not open this case.")
            release(session, case_id, principal.name)
            _audit(session, principal.name, "release", f"case:{case_id}", {"via": "ui"})
    except CaseError as exc:
        return _render_case(request, principal, case_id, error=f"Not released: {exc}.", status_code=409)
    return RedirectResponse(f"{PREFIX}/?msg=released", status_code=303)


# --- media -------------------------------------------------------------------------------------


def _media_for(request: Request, principal: Principal, item_id: int, index: int) -> tuple[str, int]:
    """The scanned file behind item `item_id`'s media number `index`, if this caller may see it."""
    if not may_reveal_media(principal.role):
        raise HTTPException(403, detail="your role may not see media")
    with store_of(request).session() as session:
        item = session.get(CaseItem, item_id)
        if item is None or not may_view(principal.role, item.case):
            raise HTTPException(404, detail="no such item")
        paths = views.media_paths(item)
        path = paths[index] if 0 <= index < len(paths) else None
        if path is None:
            raise HTTPException(404, detail="no such media")
        return path, item.case_id


def _image(body: bytes) -> Response:
    response = Response(body, media_type="image/png")
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


@router.get("/items/{item_id}/media/{index}/thumbnail")
def media_thumbnail(
    item_id: int, index: int, request: Request, principal: Principal | None = _principal_dependency
) -> Response:
    """The blurred, greyscale thumbnail: the only form media takes before a deliberate reveal."""
    if principal is None:
        raise HTTPException(401, detail="log in first")
    path, _case_id = _media_for(request, principal, item_id, index)
    try:
        if views.media_kind(path) == "video":
            return _image(render_video_poster(path, limits=LIMITS))
        return _image(render_thumbnail(path, revealed=False, limits=LIMITS))
    except ThumbnailError as exc:
        raise HTTPException(422, detail=str(exc)) from None


@router.post("/items/{item_id}/media/{index}/reveal")
def media_reveal(
    item_id: int, index: int, request: Request, principal: Principal | None = _principal_dependency
) -> Response:
    """The media in colour and unblurred, for media roles only; every reveal (and refusal) is logged."""
    if principal is None:
        raise HTTPException(401, detail="log in first")
    subject = f"case_item:{item_id}"
    if not may_reveal_media(principal.role):
        with store_of(request).session() as session:
            _audit(
                session, principal.name, "reveal_refused", subject, {"media": index, "role": principal.role}
            )
        raise HTTPException(403, detail="your role may not reveal media")
    path, case_id = _media_for(request, principal, item_id, index)
    try:
        if views.media_kind(path) == "video":
            body = read_video(path, limits=LIMITS)
            media_type = VIDEO_TYPES.get(Path(path).suffix.lower(), "application/octet-stream")
        else:
            body = render_thumbnail(path, revealed=True, limits=LIMITS)
            media_type = "image/png"
    except ThumbnailError as exc:
        raise HTTPException(422, detail=str(exc)) from None
    with store_of(request).session() as session:
        _audit(session, principal.name, "reveal", subject, {"case_id": case_id, "media": index})
    response = Response(body, media_type=media_type)
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
