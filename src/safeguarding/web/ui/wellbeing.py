"""Reviewer wellbeing on the pages: what the reviewer was shown (safeguarding.exposure), the break
reminder, and the daily limits.

The pages count what they actually render or reveal, in the store (not a cookie), per log-in session
and per day: chat messages on a case page and fetched by "show more", ads shown (the first few of a
network open, the rest when the reviewer opens them), blurred thumbnails the browser loaded, and every
reveal. See the `review` section in safeguarding.exposure.service.
"""

from __future__ import annotations

from collections.abc import Iterable

from fastapi import HTTPException, Request

from safeguarding.exposure import (
    Exposure,
    ExposureSettings,
    ExposureSettingsError,
    limit_reached,
    load_exposure_settings,
    record_exposure,
    session_exposure,
)
from safeguarding.exposure.service import session_key_for
from safeguarding.web.auth import Principal
from safeguarding.web.deps import store_of

ReviewSettingsError = ExposureSettingsError


def exposure_settings(request: Request) -> ExposureSettings:
    try:
        return load_exposure_settings(request.app.state.config)
    except ExposureSettingsError as exc:  # a configuration mistake: say which key, on every page, until fixed
        raise HTTPException(500, detail=str(exc)) from None


def session_key(principal: Principal) -> str:
    """The exposure key of the principal's log-in session (from its CSRF token, itself derived from
    the session id and the server secret), or of the account when it has no session (tokens)."""
    return session_key_for(principal.csrf_token or f"account:{principal.user_id}")


def count_shown(
    request: Request,
    principal: Principal,
    kind: str,
    *,
    subjects: Iterable[str] | None = None,
    amount: int = 1,
    case_id: int | None = None,
) -> int:
    with store_of(request).session() as session:
        return record_exposure(
            session,
            principal.name,
            session_key(principal),
            kind,
            subjects=subjects,
            amount=amount,
            case_id=case_id,
        )


def current_exposure(request: Request, principal: Principal) -> Exposure:
    settings = exposure_settings(request)
    with store_of(request).session() as session:
        return session_exposure(session, session_key(principal), settings)


def daily_limit_message(request: Request, principal: Principal) -> str | None:
    settings = exposure_settings(request)
    with store_of(request).session() as session:
        return limit_reached(session, principal.name, settings)
