"""HMA's three roles mapped onto ours, with the service's bearer tokens (or session cookies).

| HMA role | endpoints | our roles                                               |
|----------|-----------|---------------------------------------------------------|
| hasher   | /h, and lookups by URL or upload | admin, child_safety_reviewer, api_client |
| matcher  | /m        | admin, child_safety_reviewer, api_client, analyst          |
| curator  | /c        | admin (reads: also analyst)                                |

HMA itself has no authentication. `hma.anonymous_role` (off by default) gives callers without
credentials from `hma.anonymous_networks` one role, so a client that cannot send a token works unchanged.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Awaitable, Callable
from typing import Literal

from fastapi import HTTPException, Request

from safeguarding.web.auth import Principal, current_principal
from safeguarding.web.hma.settings import HMASettings

HMARole = Literal["hasher", "matcher", "curator", "curator_read"]

ROLE_MAP: dict[str, frozenset[str]] = {
    "hasher": frozenset({"admin", "child_safety_reviewer", "api_client"}),
    "matcher": frozenset({"admin", "child_safety_reviewer", "api_client", "analyst"}),
    "curator": frozenset({"admin"}),
    "curator_read": frozenset({"admin", "analyst"}),
}


def hma_settings(request: Request) -> HMASettings:
    settings: HMASettings = request.app.state.hma_settings
    return settings


def _anonymous(request: Request) -> Principal | None:
    settings = hma_settings(request)
    if settings.anonymous_role is None or request.client is None:
        return None
    try:
        address = ipaddress.ip_address(request.client.host)
    except ValueError:
        return None
    if any(address in network for network in settings.anonymous_networks):
        return Principal(user_id=0, name="hma-anonymous", role=settings.anonymous_role, via="anonymous")
    return None


async def principal_for(request: Request) -> Principal:
    principal = await current_principal(request) or _anonymous(request)
    if principal is None:
        raise HTTPException(
            401,
            detail="authentication required: send Authorization: Bearer <token> (safeguarding tokens create)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    request.state.principal = principal
    return principal


def may(principal: Principal, role: HMARole) -> bool:
    return principal.role in ROLE_MAP[role]


def require(role: HMARole) -> Callable[[Request], Awaitable[Principal]]:
    """A dependency: the caller must hold one of the roles mapped to HMA's `role` (else 403)."""

    async def dependency(request: Request) -> Principal:
        principal = await principal_for(request)
        if not may(principal, role):
            name = role.removesuffix("_read")
            raise HTTPException(
                403, detail=f"your role ({principal.role}) may not do this: missing role {name}"
            )
        return principal

    dependency.__name__ = f"require_hma_{role}"
    return dependency
