"""Log in and out, the break reminder's button, and the two static files (CSS and JavaScript)."""

from __future__ import annotations

import secrets

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from safeguarding.exposure import record_break
from safeguarding.web.auth import Principal, cookie_secure, end_session, start_session
from safeguarding.web.deps import store_of
from safeguarding.web.login import attempt_login, refusal_message
from safeguarding.web.ui.pages import (
    HERE,
    PREFIX,
    audit,
    login_redirect,
    principal_dependency,
    render_page,
    safe_next,
    with_message,
)
from safeguarding.web.ui.wellbeing import session_key

STATIC_FILES = {"ui.css": "text/css; charset=utf-8", "ui.js": "text/javascript; charset=utf-8"}
LOGIN_CSRF_COOKIE = "sg_login_csrf"

router = APIRouter()


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
    request: Request, next: str = "", principal: Principal | None = principal_dependency
) -> Response:
    if principal is not None:
        return RedirectResponse(safe_next(next), status_code=303)
    return _login_form(request, next_url=safe_next(next))


def _login_form(
    request: Request, *, next_url: str, error: str = "", username: str = "", status_code: int = 200
) -> HTMLResponse:
    # Login CSRF: a random value in a strict cookie that the form must repeat.
    token = secrets.token_urlsafe(24)
    context = {"csrf_token": token, "next_url": next_url, "error": error, "username": username}
    response = render_page(request, "login.html", context, None, status_code=status_code)
    response.set_cookie(
        LOGIN_CSRF_COOKIE,
        token,
        httponly=True,
        samesite="strict",
        secure=cookie_secure(request),
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
            next_url=safe_next(next),
            username=username,
            error="The login form expired. Please try again.",
            status_code=403,
        )
    outcome = attempt_login(request, username, password, via="ui")
    if outcome.refusal is not None:
        return _login_form(
            request,
            next_url=safe_next(next),
            username=username,
            error=refusal_message(outcome.refusal).capitalize() + ".",
            status_code=429,
        )
    if outcome.user is None:
        return _login_form(
            request,
            next_url=safe_next(next),
            username=username,
            error="Wrong user name or password, or the account is disabled.",
            status_code=401,
        )
    response = RedirectResponse(safe_next(next), status_code=303)
    start_session(request, response, outcome.user.user_id, outcome.user.epoch)
    response.delete_cookie(LOGIN_CSRF_COOKIE, path=PREFIX)
    return response


@router.post("/logout")
def logout(request: Request, principal: Principal | None = principal_dependency) -> Response:
    response = RedirectResponse(f"{PREFIX}/login?msg=logged-out", status_code=303)
    if principal is not None:
        with store_of(request).session() as session:
            audit(session, principal.name, "logout", f"user:{principal.name}", {"via": "ui"})
    end_session(request, response)
    return response


@router.post("/break")
def took_break(
    request: Request,
    next: str = Form("", max_length=500),
    principal: Principal | None = principal_dependency,
) -> Response:
    if principal is None:
        return login_redirect(request)
    with store_of(request).session() as session:
        record_break(session, principal.name, session_key(principal))
    return RedirectResponse(with_message(safe_next(next), "break-taken"), status_code=303)
