"""Log in and out with a password; see who you are."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from safeguarding.accounts import ROLES
from safeguarding.accounts.audit import audit
from safeguarding.web.auth import Principal, end_session, require_roles, start_session
from safeguarding.web.deps import store_of
from safeguarding.web.login import attempt_login, refusal_message

router = APIRouter(prefix="/v1/session", tags=["session"])


class LoginRequest(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=1000)


class SessionInfo(BaseModel):
    user_id: int
    name: str
    role: str
    csrf_token: str | None = None


@router.post(
    "",
    summary="Log in with name and password; starts a server-side session and sets its cookie",
    response_model=SessionInfo,
    responses={
        429: {"description": "too many failed logins for this account or from this address (Retry-After)"}
    },
)
async def login(body: LoginRequest, request: Request, response: Response) -> SessionInfo:
    outcome = await run_in_threadpool(attempt_login, request, body.name, body.password, via="api")
    if outcome.refusal is not None:
        wait = str(outcome.refusal.retry_after)
        raise HTTPException(429, detail=refusal_message(outcome.refusal), headers={"Retry-After": wait})
    if outcome.user is None:
        raise HTTPException(401, detail="wrong name or password, or the account is disabled")
    user = outcome.user
    csrf = await run_in_threadpool(start_session, request, response, user.user_id, user.epoch)
    return SessionInfo(user_id=user.user_id, name=user.name, role=user.role, csrf_token=csrf)


@router.get("", summary="Who am I", response_model=SessionInfo)
async def whoami(principal: Principal = Depends(require_roles(*ROLES))) -> SessionInfo:
    return SessionInfo(
        user_id=principal.user_id, name=principal.name, role=principal.role, csrf_token=principal.csrf_token
    )


@router.delete("", summary="Log out: ends the session server side and removes its cookie", status_code=204)
async def logout(
    request: Request, response: Response, principal: Principal = Depends(require_roles(*ROLES))
) -> None:
    def _end() -> None:
        with store_of(request).session() as session:
            audit(session, principal.name, "logout", f"user:{principal.name}", {"via": "api"})
        end_session(request, response)

    await run_in_threadpool(_end)
