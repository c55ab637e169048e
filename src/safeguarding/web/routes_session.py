"""Log in and out with a password; see who you are."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from safeguarding.accounts import ROLES, authenticate
from safeguarding.accounts.audit import audit
from safeguarding.web.auth import Principal, end_session, require_roles, start_session
from safeguarding.web.deps import store_of
from safeguarding.web.throttle import LoginThrottle

router = APIRouter(prefix="/v1/session", tags=["session"])


class LoginRequest(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=1000)


class SessionInfo(BaseModel):
    user_id: int
    name: str
    role: str
    csrf_token: str | None = None


def _login(request: Request, name: str, password: str) -> tuple[int, str, str] | None:
    with store_of(request).session() as session:
        user = authenticate(session, name, password)
        if user is None:
            audit(session, name, "login_failed", f"user:{name}", {"client": _client(request)})
            return None
        audit(session, user.name, "login", f"user:{user.name}", {"client": _client(request)})
        return user.id, user.name, user.role


def _client(request: Request) -> str:
    return request.client.host if request.client else ""


@router.post(
    "",
    summary="Log in with name and password; sets the session cookie",
    response_model=SessionInfo,
    responses={429: {"description": "too many failed logins for this name from this address"}},
)
async def login(body: LoginRequest, request: Request, response: Response) -> SessionInfo:
    throttle: LoginThrottle = request.app.state.login_throttle
    client = _client(request)
    wait = throttle.retry_after(body.name, client)
    if wait:
        raise HTTPException(
            429, detail=f"too many failed logins: try again in {wait} s", headers={"Retry-After": str(wait)}
        )
    found = await run_in_threadpool(_login, request, body.name, body.password)
    if found is None:
        throttle.failed(body.name, client)
        raise HTTPException(401, detail="wrong name or password, or the account is disabled")
    throttle.succeeded(body.name, client)
    user_id, name, role = found
    csrf = start_session(request, response, user_id)
    return SessionInfo(user_id=user_id, name=name, role=role, csrf_token=csrf)


@router.get("", summary="Who am I", response_model=SessionInfo)
async def whoami(principal: Principal = Depends(require_roles(*ROLES))) -> SessionInfo:
    return SessionInfo(
        user_id=principal.user_id, name=principal.name, role=principal.role, csrf_token=principal.csrf_token
    )


@router.delete("", summary="Log out (removes the session cookie)", status_code=204)
async def logout(
    request: Request, response: Response, principal: Principal = Depends(require_roles(*ROLES))
) -> None:
    def _record() -> None:
        with store_of(request).session() as session:
            audit(session, principal.name, "logout", f"user:{principal.name}")

    await run_in_threadpool(_record)
    end_session(request, response)
