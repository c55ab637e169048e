"""Exposure on the pages: an ad the reviewer opens is counted, and the admins' exposure view."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from safeguarding.accounts import CASE_READING_ROLES
from safeguarding.cases import CaseItem, may_view
from safeguarding.exposure import EXPOSURE_KINDS, daily_report, today_exposure
from safeguarding.exposure.service import KIND_LABELS
from safeguarding.web.auth import Principal
from safeguarding.web.deps import store_of
from safeguarding.web.ui.pages import login_redirect, principal_dependency, refuse, render_page
from safeguarding.web.ui.wellbeing import count_shown, exposure_settings

router = APIRouter()


@router.post("/exposure/ad")
def ad_opened(
    request: Request,
    item_id: int = Form(ge=1, le=2**31 - 1),
    principal: Principal | None = principal_dependency,
) -> Response:
    """The reviewer opened a collapsed ad of a network: it is now shown, so it counts (once a session)."""
    if principal is None or principal.role not in CASE_READING_ROLES:
        return JSONResponse({"detail": "log in with a role that reads cases"}, status_code=403)
    with store_of(request).session() as session:
        item = session.get(CaseItem, item_id)
        if item is None or item.kind != "ad_network" or not may_view(principal.role, item.case):
            return JSONResponse({"detail": f"no ad item {item_id} you may read"}, status_code=404)
        case_id = item.case_id
    counted = count_shown(request, principal, "ad_shown", subjects=[f"item:{item_id}"], case_id=case_id)
    return JSONResponse({"counted": counted})


@router.get("/exposure", response_class=HTMLResponse)
def exposure_page(
    request: Request, days: int = 7, principal: Principal | None = principal_dependency
) -> Response:
    """What each reviewer was shown, per day and kind, against the daily limits (admins only)."""
    if principal is None:
        return login_redirect(request)
    if principal.role != "admin":
        return refuse(request, principal, "Only admins see the exposure of every reviewer.")
    days = max(1, min(days, 90))
    settings = exposure_settings(request)
    with store_of(request).session() as session:
        rows = daily_report(session, days)
        today = datetime.now(UTC).date().isoformat()
        for row in rows:
            row["at_limit"] = [
                KIND_LABELS[kind]
                for kind, limit in settings.daily_limit.items()
                if row["day"] == today and row.get(kind, 0) >= limit
            ]
        mine = today_exposure(session, principal.name)
    context = {
        "rows": rows,
        "days": days,
        "kinds": [{"kind": kind, "label": KIND_LABELS[kind]} for kind in EXPOSURE_KINDS],
        "limits": settings.daily_limit,
        "break_after": settings.break_after,
        "mine": mine,
    }
    return render_page(request, "exposure.html", context, principal)
