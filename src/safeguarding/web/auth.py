"""Who is calling: bearer API tokens, or browser sessions in a signed cookie with a CSRF token.

For the API, clients send `Authorization: Bearer sg_...`. Browsers log in (POST /v1/session or the
UI's login form, both calling `authenticate` then `start_session`) and get a signed, HttpOnly,
SameSite=Lax cookie carrying the user id and a CSRF token; unsafe methods (POST, PUT, PATCH,
DELETE) authenticated by that cookie must repeat the CSRF token in the `X-CSRF-Token` header or a
`csrf_token` form field. The user's role and disabled flag are read from the database on every
request, so a role change or a disable takes effect at once.

Use in a route:

    @router.get("/v1/cases")
    def cases(principal: Principal = Depends(require_roles("admin", "reviewer"))) -> ...

The UI uses the same functions: `start_session(request, response, user) -> csrf_token`,
`end_session(request, response)`, `csrf_token_for(request)`, `current_principal(request)`.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from fastapi import HTTPException, Request, Response, Security, status
from fastapi.security import APIKeyCookie, HTTPAuthorizationCredentials, HTTPBearer
from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.concurrency import run_in_threadpool

from safeguarding.accounts import User, authenticate
from safeguarding.accounts.service import identity_for_token
from safeguarding.store import Store
from safeguarding.web.settings import WebSettings

__all__ = [
    "COOKIE_NAME",
    "CSRF_FIELD",
    "CSRF_HEADER",
    "Principal",
    "authenticate",
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
_SALT = "safeguarding-session-v1"

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


@dataclass(frozen=True)
class _SessionData:
    user_id: int
    csrf_token: str


def _settings(request: Request) -> WebSettings:
    settings: WebSettings = request.app.state.web_settings
    return settings


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _serializer(request: Request) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(_settings(request).secret_key, salt=_SALT)


def _read_cookie(request: Request) -> _SessionData | None:
    raw = request.cookies.get(COOKIE_NAME)
    if not raw:
        return None
    try:
        data = _serializer(request).loads(raw, max_age=_settings(request).session_seconds)
    except BadSignature:  # also SignatureExpired
        return None
    if not isinstance(data, dict) or not isinstance(data.get("u"), int) or not isinstance(data.get("c"), str):
        return None
    return _SessionData(user_id=data["u"], csrf_token=data["c"])


def _secure(request: Request) -> bool:
    configured = _settings(request).cookie_secure
    if configured is not None:
        return configured
    forwarded = request.headers.get("x-forwarded-proto", "")
    return request.url.scheme == "https" or forwarded == "https"


def start_session(request: Request, response: Response, user: User | int) -> str:
    """Set the session cookie for `user` (a User or its id) on `response`; returns the CSRF token.

    Call it only after `authenticate(session, name, password)` returned the user.
    """
    csrf = secrets.token_urlsafe(32)
    user_id = user if isinstance(user, int) else user.id
    value = _serializer(request).dumps({"u": user_id, "c": csrf})
    response.set_cookie(
        COOKIE_NAME,
        value,
        max_age=_settings(request).session_seconds,
        httponly=True,
        samesite="lax",
        secure=_secure(request),
        path="/",
    )
    return csrf


def end_session(request: Request, response: Response) -> None:
    """Remove the session cookie."""
    response.delete_cookie(COOKIE_NAME, path="/", httponly=True, samesite="lax", secure=_secure(request))


def csrf_token_for(request: Request) -> str | None:
    """The CSRF token of the request's valid session cookie (for forms and htmx headers), else None."""
    data = _read_cookie(request)
    return data.csrf_token if data is not None else None


def _user_by_id(store: Store, user_id: int) -> tuple[int, str, str] | None:
    with store.session() as session:
        user = session.get(User, user_id)
        if user is None or user.disabled:
            return None
        return user.id, user.name, user.role


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

    Raises 401 for a bad token or session, 403 for a missing or wrong CSRF token on an unsafe
    method authenticated by cookie.
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
    data = _read_cookie(request)
    if data is None:
        raise _unauthorized("session expired or invalid: log in again")
    found = await run_in_threadpool(_user_by_id, store, data.user_id)
    if found is None:
        raise _unauthorized("session user is unknown or disabled")
    if request.method not in SAFE_METHODS:
        sent = await _csrf_from_request(request)
        if not sent or not hmac.compare_digest(sent, data.csrf_token):
            raise HTTPException(status.HTTP_403_FORBIDDEN, detail="missing or wrong CSRF token")
    return Principal(*found, via="session", csrf_token=data.csrf_token)


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
