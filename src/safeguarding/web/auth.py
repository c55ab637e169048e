"""Who is calling: bearer API tokens, or browser sessions kept server side with a CSRF token.

For the API, clients send `Authorization: Bearer sg_...`. Browsers log in (POST /v1/session or the
UI's login form, both through `safeguarding.web.login.attempt_login`, then `start_session`) and get
a cookie holding a random 256-bit session id: `HttpOnly`, `SameSite=Lax`, `Secure` over https (or
always, with `web.cookie_secure: true` behind a TLS proxy). The server keeps only the SHA-256 of the
id (in the store or Redis, see `safeguarding.accounts.sessions`), so logout, the idle timeout, the
absolute lifetime and an admin's `users logout NAME` end a session for every copy of the cookie.
Unsafe methods (POST, PUT, PATCH, DELETE) authenticated by the cookie must repeat the session's CSRF
token (an HMAC of the session id) in the `X-CSRF-Token` header or a `csrf_token` form field. The
user's role, disabled flag and session epoch are read from the database on every request, so a role
change or a disable takes effect at once.

Use in a route:

    @router.get("/v1/cases")
    def cases(principal: Principal = Depends(require_roles("admin", "reviewer"))) -> ...

The UI uses the same functions: `start_session(request, response, user_id, epoch) -> csrf_token`,
`end_session(request, response)`, `csrf_token_for(request)`, `current_principal(request)`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from fastapi import HTTPException, Request, Response, Security, status
from fastapi.security import APIKeyCookie, HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from safeguarding.accounts import User, authenticate
from safeguarding.accounts.backends import LoginState
from safeguarding.accounts.service import identity_for_token
from safeguarding.accounts.sessions import SessionRecord
from safeguarding.store import Store
from safeguarding.web.settings import WebSettings

__all__ = [
    "COOKIE_NAME",
    "CSRF_FIELD",
    "CSRF_HEADER",
    "Principal",
    "authenticate",
    "cookie_secure",
    "csrf_token_for",
    "current_principal",
    "end_session",
    "require_roles",
    "start_session",
]

COOKIE_NAME = "sg_session"
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

bearer_scheme = HTTPBearer(auto_error=False, description="An API token: `safeguarding tokens create NAME`")
cookie_scheme = APIKeyCookie(name=COOKIE_NAME, auto_error=False, description="Browser session (with CSRF)")
# Declared through Security so the OpenAPI document lists both schemes on every protected route.
_bearer_dependency: Any = Security(bearer_scheme)
_cookie_dependency: Any = Security(cookie_scheme)


@dataclass(frozen=True)
class Principal:
    """The authenticated caller."""

    user_id: int
    name: str
    role: str
    via: str = "token"  # "token" or "session"
    csrf_token: str | None = None


def _settings(request: Request) -> WebSettings:
    settings: WebSettings = request.app.state.web_settings
    return settings


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def login_state(request: Request) -> LoginState:
    state: LoginState = request.app.state.login
    return state


def _csrf_for(request: Request, session_id: str) -> str:
    """The session's CSRF token: derived from its id, so the server stores nothing more."""
    key = _settings(request).secret_key.encode("utf-8")
    digest = hmac.new(key, b"csrf:" + session_id.encode("utf-8"), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def cookie_secure(request: Request) -> bool:
    """Whether cookies get `Secure`: `web.cookie_secure` if set, else whether the request came over https.

    Behind a TLS-terminating proxy set `web.cookie_secure: true` (or let uvicorn's `--proxy-headers`
    turn a trusted proxy's X-Forwarded-Proto into the request's scheme).
    """
    configured = _settings(request).cookie_secure
    if configured is not None:
        return configured
    return request.url.scheme == "https"


def start_session(request: Request, response: Response, user_id: int, epoch: int) -> str:
    """Start a new server-side session for the user and set its cookie on `response`; returns the CSRF token.

    Call it only after a successful login. A session id the browser already held is ended, never reused.
    """
    state = login_state(request)
    client = request.client.host if request.client else ""
    session_id = state.sessions.start(
        user_id,
        epoch,
        client=client,
        user_agent=request.headers.get("user-agent", ""),
        replacing=request.cookies.get(COOKIE_NAME),
    )
    response.set_cookie(
        COOKIE_NAME,
        session_id,
        max_age=int(state.settings.lifetime_seconds),
        httponly=True,
        samesite="lax",
        secure=cookie_secure(request),
        path="/",
    )
    return _csrf_for(request, session_id)


def end_session(request: Request, response: Response) -> None:
    """End the request's session server side and remove its cookie."""
    session_id = request.cookies.get(COOKIE_NAME)
    if session_id:
        login_state(request).sessions.end(session_id)
    response.delete_cookie(
        COOKIE_NAME, path="/", httponly=True, samesite="lax", secure=cookie_secure(request)
    )


def _live_session(request: Request) -> tuple[str, SessionRecord] | None:
    session_id = request.cookies.get(COOKIE_NAME)
    if not session_id:
        return None
    record = login_state(request).sessions.resolve(session_id)
    return (session_id, record) if record is not None else None


def csrf_token_for(request: Request) -> str | None:
    """The CSRF token of the request's live session (for forms and htmx headers), else None."""
    found = _live_session(request)
    return _csrf_for(request, found[0]) if found is not None else None


def _session_user(request: Request) -> tuple[str, tuple[int, str, str]] | None:
    """(session id, (user id, name, role)) of a live session of an enabled user at their current epoch."""
    found = _live_session(request)
    if found is None:
        return None
    session_id, record = found
    with _store(request).session() as session:
        user = session.get(User, record.user_id)
        if user is None or user.disabled or user.session_epoch != record.epoch:
            identity = None
        else:
            identity = (user.id, user.name, user.role)
    if identity is None:
        login_state(request).sessions.end_record(record)
        return None
    return session_id, identity


def _user_by_token(store: Store, token: str) -> tuple[int, str, str] | None:
    with store.session() as session:
        return identity_for_token(session, token)


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail=detail, headers={"WWW-Authenticate": "Bearer"})


async def _csrf_from_request(request: Request) -> str | None:
    header = request.headers.get(CSRF_HEADER)
    if header:
        return header
    content_type = request.headers.get("content-type", "")
    if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()
        value = form.get(CSRF_FIELD)
        return value if isinstance(value, str) else None
    return None


async def current_principal(request: Request) -> Principal | None:
    """The caller, from a bearer token or a session cookie; None if neither is present.

    Raises 401 for a bad token or an ended, expired or unknown session, 403 for a missing or wrong
    CSRF token on an unsafe method authenticated by cookie.
    """
    store = _store(request)
    authorization = request.headers.get("authorization")
    if authorization:
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise _unauthorized("the Authorization header must be 'Bearer <token>'")
        found = await run_in_threadpool(_user_by_token, store, token.strip())
        if found is None:
            raise _unauthorized("invalid, revoked or disabled API token")
        return Principal(*found, via="token")
    if COOKIE_NAME not in request.cookies:
        return None
    live = await run_in_threadpool(_session_user, request)
    if live is None:
        raise _unauthorized("session ended, expired or invalid: log in again")
    session_id, identity = live
    csrf = _csrf_for(request, session_id)
    if request.method not in SAFE_METHODS:
        sent = await _csrf_from_request(request)
        if not sent or not hmac.compare_digest(sent, csrf):
            raise HTTPException(status.HTTP_403_FORBIDDEN, detail="missing or wrong CSRF token")
    return Principal(*identity, via="session", csrf_token=csrf)


def require_roles(*roles: str) -> Callable[..., Awaitable[Principal]]:
    """A dependency: the caller must be authenticated (token or session) and have one of `roles`.

    No credentials → 401; a role not in `roles` → 403. Neither response carries any data.
    """
    allowed = frozenset(roles)

    async def dependency(
        request: Request,
        _bearer: HTTPAuthorizationCredentials | None = _bearer_dependency,
        _cookie: str | None = _cookie_dependency,
    ) -> Principal:
        principal = await current_principal(request)
        if principal is None:
            raise _unauthorized("authentication required: a bearer token or a session cookie")
        if principal.role not in allowed:
            raise HTTPException(status.HTTP_403_FORBIDDEN, detail="your role may not do this")
        request.state.principal = principal
        return principal

    dependency.__name__ = "require_" + "_or_".join(sorted(allowed))
    return dependency
