"""The queue page: filters with counts, text search, keyset pages, claim next under the filters,
bulk decisions on the cases ticked in the list, and their undo."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import and_, false, func, or_, select
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session

from safeguarding.accounts import CASE_READING_ROLES, DECIDING_ROLES
from safeguarding.cases import Case, CaseError, claim_next, list_cases
from safeguarding.cases.bulk import (
    BULK_ACTIONS,
    BulkRefused,
    bulk_decide,
    recent_bulk,
    undo_bulk,
    undo_minutes_from,
)
from safeguarding.cases.models import ACTIVE_STATUSES, CASE_STATUSES
from safeguarding.cases.queue import NOBODY, QueueFilter, queue_conditions, queue_counts, queue_page
from safeguarding.cases.service import CaseConflict, CaseNotFound, visibility_filter
from safeguarding.cases.severity import DETECTOR_OF_KIND
from safeguarding.web.auth import Principal, cookie_secure
from safeguarding.web.deps import settings_of, store_of
from safeguarding.web.ui import views
from safeguarding.web.ui.pages import PREFIX, audit, login_redirect, principal_dependency, refuse, render_page
from safeguarding.web.ui.wellbeing import daily_limit_message

FILTER_COOKIE = "sg_queue_filter"
PAGE_SIZE = 50
AGE_CHOICES = (
    ("", "any age"),
    ("max:1", "new: under an hour"),
    ("min:1", "waiting over an hour"),
    ("min:24", "waiting over a day"),
    ("min:168", "waiting over a week"),
)
DETECTOR_LABELS = {
    "hash_match": "hash matching",
    "chat_scorer": "chat scorer",
    "ads_link": "ad linking",
    "payments": "payment monitor",
    "other": "other",
}

router = APIRouter()


def claim_statuses(role: str) -> tuple[str, ...]:
    # Escalated cases form the senior queue: admins take them, before open cases of the same priority.
    return ("open", "escalated") if role == "admin" else ("open",)


# --- the chosen filters ------------------------------------------------------------------------


def _age_fields(value: str) -> dict[str, Any]:
    kind, _, hours = value.partition(":")
    if kind in ("min", "max") and hours.isdigit():
        return {f"{kind}_age_hours": int(hours)}
    return {}


def _raw_filter(request: Request) -> dict[str, Any]:
    """The filters from the query string when the form was sent (`f`), else the reviewer's cookie."""
    params = request.query_params
    if "f" in params:
        return {
            key: params.get(key, "")
            for key in ("kind", "priority", "status", "held_by", "detector", "age", "search")
        }
    try:
        saved = json.loads(request.cookies.get(FILTER_COOKIE) or "{}")
    except ValueError:
        saved = {}
    return saved if isinstance(saved, dict) else {}


def chosen_filter(request: Request, principal: Principal) -> tuple[QueueFilter, dict[str, Any], str]:
    """(the filter for queries, the raw form values, a problem to show); a bad value is dropped, named."""
    raw = {key: str(value)[:200] for key, value in _raw_filter(request).items() if value not in (None, "")}
    fields = {k: v for k, v in raw.items() if k not in ("age", "held_by")} | _age_fields(raw.get("age", ""))
    held = raw.get("held_by", "")
    fields["held_by"] = principal.name if held == "me" else held
    try:
        return QueueFilter.from_dict(fields), raw, ""
    except CaseError as exc:
        return QueueFilter(), {}, f"Filters not applied: {exc}."


def _remember(request: Request, response: Response, raw: dict[str, Any]) -> None:
    if "f" not in request.query_params:
        return
    response.set_cookie(
        FILTER_COOKIE,
        json.dumps(raw, separators=(",", ":")),
        httponly=True,
        samesite="strict",
        secure=cookie_secure(request),
        path=PREFIX,
    )


def _claim_filter(chosen: QueueFilter, role: str) -> QueueFilter:
    """What claim next honours: every filter but 'held by' (it takes free cases), and the status only
    when it is one the role claims."""
    status = chosen.status if chosen.status in claim_statuses(role) else ""
    return QueueFilter(**(chosen.as_dict() | {"held_by": "", "status": status}))


# --- the page ----------------------------------------------------------------------------------


def _priority_counts(session: Session, role: str, now: datetime) -> list[dict[str, Any]]:
    held = and_(Case.lease_holder.is_not(None), Case.lease_expires_at > now)
    rows = session.execute(
        select(Case.priority, func.count(), func.sum(sql_case((held, 1), else_=0)), func.min(Case.created_at))
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


def _next_case(session: Session, principal: Principal, chosen: QueueFilter, now: datetime) -> Case | None:
    if principal.role not in DECIDING_ROLES:
        return None
    free = or_(Case.lease_holder.is_(None), Case.lease_expires_at <= now, Case.lease_holder == principal.name)
    claimable = _claim_filter(chosen, principal.role)
    return session.scalars(
        select(Case)
        .where(Case.status.in_(claim_statuses(principal.role)), free)
        .where(*queue_conditions(principal.role, claimable, now))
        .order_by(Case.priority, Case.created_at, Case.id)
        .limit(1)
    ).first()


def _options(
    counts: dict[str, Any], raw: dict[str, Any], principal: Principal
) -> dict[str, list[dict[str, Any]]]:
    def option(value: Any, label: str, facet: str, count_key: Any = None) -> dict[str, Any]:
        key = value if count_key is None else count_key
        return {
            "value": str(value),
            "label": label,
            "count": counts[facet].get(key, 0) if facet in counts else None,
            "selected": str(raw.get(facet, "")) == str(value),
        }

    kinds = sorted(set(counts["kind"]) | ({raw["kind"]} if raw.get("kind") else set()))
    holders = sorted(set(counts["held_by"]) - {NOBODY, principal.name})
    return {
        "kind": [option(k, views.kind_label(k), "kind") for k in kinds],
        "priority": [option(p, views.priority_label(int(p)), "priority") for p in sorted(counts["priority"])],
        "status": [
            option(s, s, "status") | ({"count": None} if s not in ACTIVE_STATUSES else {})
            for s in CASE_STATUSES
        ],
        "held_by": [
            option(NOBODY, "nobody (free)", "held_by"),
            option("me", "me", "held_by", principal.name),
            *(option(h, h, "held_by") for h in holders),
        ],
        "detector": [
            option(d, DETECTOR_LABELS.get(d, d), "detector")
            for d in sorted(set(counts["detector"]) | set(DETECTOR_OF_KIND.values()))
        ],
        "age": [
            {"value": v, "label": label, "selected": raw.get("age", "") == v} for v, label in AGE_CHOICES
        ],
    }


def _bulk_view(bulk: Any) -> dict[str, Any]:
    return {
        "id": bulk.id,
        "action": bulk.action,
        "kind_label": views.kind_label(bulk.kind),
        "count": len(bulk.cases),
        "reason": bulk.reason,
        "until_iso": views.time_iso(bulk.undo_until),
        "until_text": views.time_text(bulk.undo_until),
    }


def render_queue(
    request: Request, principal: Principal, *, error: str = "", notice: str = "", status_code: int = 200
) -> Response:
    now = datetime.now(UTC)
    chosen, raw, problem = chosen_filter(request, principal)
    cursor = request.query_params.get("cursor") or None
    with store_of(request).session() as session:
        try:
            page = queue_page(session, principal.role, chosen, cursor=cursor, limit=PAGE_SIZE, now=now)
        except CaseError as exc:
            problem = f"That page could not be shown: {exc}."
            page = queue_page(session, principal.role, chosen, limit=PAGE_SIZE, now=now)
            cursor = None
        counts = queue_counts(session, principal.role, chosen, now)
        next_case = _next_case(session, principal, chosen, now)
        held = list_cases(session, role=principal.role, lease_holder=principal.name, limit=20)
        bulks = recent_bulk(session, principal.name, now)
        context = {
            "counts": _priority_counts(session, principal.role, now),
            "facets": counts,
            "options": _options(counts, raw, principal),
            "search": raw.get("search", ""),
            "filtered": bool(chosen.as_dict()),
            "next_case": views.case_view(next_case) if next_case else None,
            "held": [views.case_view(c) for c in held],
            "cases": [views.case_view(c) | {"item_count": c.item_count} for c in page.cases],
            "next_url": f"{PREFIX}/?{urlencode({'cursor': page.next_cursor})}" if page.next_cursor else "",
            "paged": cursor is not None,
            "can_claim": principal.role in DECIDING_ROLES,
            "can_bulk": principal.role in DECIDING_ROLES,
            "bulk_actions": [a for a in views.ACTIONS if a.name in BULK_ACTIONS],
            "bulks": [_bulk_view(b) for b in bulks],
            "limit_message": daily_limit_message(request, principal)
            if principal.role in DECIDING_ROLES
            else None,
            "focus_id": "claim-next" if next_case else "",
            "shortcuts": views.QUEUE_SHORTCUTS,
            "page_error": error or problem,
            "notice": notice,
        }
    if context["limit_message"]:
        context["focus_id"] = ""
    response = render_page(request, "queue.html", context, principal, status_code=status_code)
    _remember(request, response, raw)
    return response


@router.get("/", response_class=HTMLResponse)
def queue(request: Request, principal: Principal | None = principal_dependency) -> Response:
    if principal is None:
        return login_redirect(request)
    if principal.role not in CASE_READING_ROLES:
        return refuse(request, principal, "Your role does not use the review pages.")
    return render_queue(request, principal)


@router.post("/claim")
def claim(request: Request, principal: Principal | None = principal_dependency) -> Response:
    if principal is None:
        return login_redirect(request)
    if principal.role not in DECIDING_ROLES:
        return refuse(request, principal, "Your role may read cases but not claim them.")
    chosen, _raw, _problem = chosen_filter(request, principal)
    claimable = _claim_filter(chosen, principal.role)
    limit = daily_limit_message(request, principal)
    # Past a daily limit nothing new is handed out: only a case the reviewer already holds comes back.
    where = queue_conditions(principal.role, claimable) if limit is None else [false()]
    with store_of(request).session() as session:
        case = claim_next(
            session,
            principal.name,
            settings_of(request).lease_seconds,
            role=principal.role,
            statuses=claim_statuses(principal.role),
            where=where,
        )
        case_id = case.id if case is not None else None
        if case_id is not None:
            audit(
                session,
                principal.name,
                "claim",
                f"case:{case_id}",
                {"via": "ui", "filter": claimable.as_dict()},
            )
    if case_id is not None:
        return RedirectResponse(f"{PREFIX}/cases/{case_id}", status_code=303)
    if limit is not None:
        return RedirectResponse(f"{PREFIX}/?msg=daily-limit", status_code=303)
    message = "queue-empty-filtered" if claimable.as_dict() else "queue-empty"
    return RedirectResponse(f"{PREFIX}/?msg={message}", status_code=303)


# --- bulk decisions ----------------------------------------------------------------------------


@router.post("/bulk")
def bulk(
    request: Request,
    action: str = Form("", max_length=16),
    reason: str = Form("", max_length=5000),
    case_ids: list[int] | None = Form(None),
    principal: Principal | None = principal_dependency,
) -> Response:
    if principal is None:
        return login_redirect(request)
    if principal.role not in DECIDING_ROLES:
        return refuse(request, principal, "Your role may read cases but not decide on them.")
    try:
        minutes = undo_minutes_from(request.app.state.config)
        with store_of(request).session() as session:
            done = bulk_decide(
                session, principal.name, principal.role, case_ids or [], action, reason, undo_minutes=minutes
            )
            count = len(done.cases)
    except BulkRefused as exc:
        return render_queue(request, principal, error=f"Not recorded: {exc}.", status_code=403)
    except (CaseConflict, CaseNotFound) as exc:
        return render_queue(request, principal, error=f"Not recorded: {exc}.", status_code=409)
    except CaseError as exc:
        return render_queue(request, principal, error=f"Not recorded: {exc}.", status_code=422)
    return RedirectResponse(f"{PREFIX}/?msg=bulk-{action}&n={count}", status_code=303)


@router.post("/bulk/{bulk_id}/undo")
def bulk_undo(bulk_id: int, request: Request, principal: Principal | None = principal_dependency) -> Response:
    if principal is None:
        return login_redirect(request)
    if principal.role not in DECIDING_ROLES:
        return refuse(request, principal, "Your role may read cases but not decide on them.")
    try:
        with store_of(request).session() as session:
            result = undo_bulk(session, bulk_id, principal.name, principal.role)
            left = dict(result.left)
    except BulkRefused as exc:
        return render_queue(request, principal, error=f"Not undone: {exc}.", status_code=403)
    except CaseError as exc:
        return render_queue(request, principal, error=f"Not undone: {exc}.", status_code=409)
    if left:
        notice = (
            "Undone, except " + "; ".join(f"case {case_id}: {why}" for case_id, why in left.items()) + "."
        )
        return render_queue(request, principal, notice=notice)
    return RedirectResponse(f"{PREFIX}/?msg=bulk-undone", status_code=303)
