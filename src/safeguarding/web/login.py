"""One login path for the UI form and `POST /v1/session`: throttle, password check, audit.

    outcome = attempt_login(request, name, password, via="ui")   # blocking: run it in a thread
    if outcome.refusal: ...   # throttled: wait outcome.refusal.retry_after seconds
    elif outcome.user is None: ...   # wrong name or password, or disabled
    else: start_session(request, response, outcome.user.user_id, outcome.user.epoch)

Every attempt is an audit event: `login`, `login_failed`, `login_refused` (throttled, the password
not even checked) and `login_locked` when a failure locks the account or the client address.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from safeguarding.accounts import authenticate
from safeguarding.accounts.audit import audit
from safeguarding.accounts.throttle import Refusal
from safeguarding.web.auth import login_state
from safeguarding.web.deps import store_of


@dataclass(frozen=True)
class LoggedIn:
    user_id: int
    name: str
    role: str
    epoch: int


@dataclass(frozen=True)
class LoginOutcome:
    user: LoggedIn | None = None
    refusal: Refusal | None = None


def client_address(request: Request) -> str:
    return request.client.host if request.client else ""


def refusal_message(refusal: Refusal) -> str:
    wait = f"try again in {refusal.retry_after} s"
    if refusal.scope == "address":
        return f"too many failed logins from your address: {wait}"
    if refusal.locked:
        return f"this account is locked after too many failed logins: {wait} or ask an admin to unlock it"
    return f"too many failed logins for this account: {wait}"


def attempt_login(request: Request, name: str, password: str, *, via: str) -> LoginOutcome:
    """Check the throttle, then the password; record the attempt in the audit log and the throttle."""
    throttle = login_state(request).throttle
    client = client_address(request)
    subject = f"user:{name}"
    refusal = throttle.check(name, client)
    with store_of(request).session() as session:
        if refusal is not None:
            details = {"client": client, "via": via, "retry_after": refusal.retry_after}
            details |= {"locked": refusal.locked, "scope": refusal.scope}
            audit(session, name or "-", "login_refused", subject, details)
            return LoginOutcome(refusal=refusal)
        user = authenticate(session, name, password) if name and password else None
        if user is not None:
            audit(session, user.name, "login", subject, {"client": client, "via": via})
            found = LoggedIn(user.id, user.name, user.role, user.session_epoch)
        else:
            audit(session, name or "-", "login_failed", subject, {"client": client, "via": via})
            found = None
    if found is not None:
        throttle.succeeded(name)
        return LoginOutcome(user=found)
    locked = throttle.failed(name, client)
    if locked:
        with store_of(request).session() as session:
            for scope in locked:
                audit(session, "-", "login_locked", subject, {"client": client, "via": via, "scope": scope})
    return LoginOutcome()
