"""The review queue over HTTP: list, read, claim, release and decide cases; statistics."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from sqlalchemy import false
from starlette.concurrency import run_in_threadpool

from safeguarding.accounts import CASE_READING_ROLES, DECIDING_ROLES, MEDIA_ROLES
from safeguarding.accounts.audit import audit
from safeguarding.cases import (
    CASE_STATUSES,
    CaseConflict,
    CaseError,
    CaseNotFound,
    case_counts,
    claim_next,
    decide,
    list_cases,
    release,
)
from safeguarding.cases.queue import QueueFilter, queue_conditions
from safeguarding.exposure import ExposureSettingsError, limit_reached, load_exposure_settings
from safeguarding.web.auth import Principal, require_roles
from safeguarding.web.chat_context import kept_context, more_context
from safeguarding.web.deps import settings_of, store_of, viewable_case
from safeguarding.web.schemas import (
    CaseDetail,
    CaseOut,
    ClaimRequest,
    ClaimResponse,
    DecisionOut,
    DecisionRequest,
    Stats,
)

router = APIRouter(prefix="/v1", tags=["cases"])

readers = require_roles(*CASE_READING_ROLES)
deciders = require_roles(*DECIDING_ROLES)
CaseId = Annotated[int, Path(ge=1, le=2**31 - 1, description="case id")]
CaseStatus = Literal["open", "confirmed", "dismissed", "escalated", "reported"]
assert set(CaseStatus.__args__) == set(CASE_STATUSES)  # type: ignore[attr-defined]


def _error(exc: CaseError) -> HTTPException:
    if isinstance(exc, CaseNotFound):
        return HTTPException(404, detail=str(exc))
    if isinstance(exc, CaseConflict):
        return HTTPException(409, detail=str(exc))
    return HTTPException(422, detail=str(exc))


@router.get(
    "/cases", summary="Cases in queue order, limited to what your role may see", response_model=list[CaseOut]
)
def cases(
    request: Request,
    status: CaseStatus | None = None,
    kind: str | None = Query(default=None, max_length=64),
    group_key: str | None = Query(default=None, max_length=300),
    mine: bool = Query(default=False, description="only cases you hold a live lease on"),
    limit: int = Query(default=50, ge=1, le=500),
    offset: int = Query(default=0, ge=0, le=10_000_000),
    principal: Principal = Depends(readers),
) -> list[CaseOut]:
    with store_of(request).session() as session:
        found = list_cases(
            session,
            role=principal.role,
            status=status,
            kind=kind,
            group_key=group_key,
            lease_holder=principal.name if mine else None,
            limit=limit,
            offset=offset,
        )
        return [CaseOut.of(case) for case in found]


@router.get("/cases/{case_id}", summary="A case with its items and decisions", response_model=CaseDetail)
def case_detail(case_id: CaseId, request: Request, principal: Principal = Depends(readers)) -> CaseDetail:
    with store_of(request).session() as session:
        case = viewable_case(session, case_id, principal.role)
        audit(session, principal.name, "view", f"case:{case_id}")
        return CaseDetail.of(case)


@router.get(
    "/cases/{case_id}/context",
    summary="A chat case's context: the kept messages around each evidence line, and the gaps between",
)
def case_chat_context(
    case_id: CaseId, request: Request, principal: Principal = Depends(readers)
) -> dict[str, Any]:
    return kept_context(request, case_id, principal)


@router.get(
    "/cases/{case_id}/context/more",
    summary="Messages start..end (inclusive, up to 50) of a case's conversation, from the operator's chat "
    "service; shown, never stored",
)
def case_chat_context_more(
    case_id: CaseId,
    request: Request,
    conversation_id: str = Query(min_length=1, max_length=300),
    start: int = Query(ge=0, le=10_000_000),
    end: int = Query(ge=0, le=10_000_000),
    principal: Principal = Depends(readers),
) -> dict[str, Any]:
    return more_context(request, case_id, principal, conversation_id, start, end)


@router.post(
    "/cases/claim",
    summary="Lease the next case (most urgent, then oldest); returns null when the queue is empty",
    response_model=ClaimResponse,
)
def claim(
    request: Request, body: ClaimRequest | None = None, principal: Principal = Depends(deciders)
) -> ClaimResponse:
    body = body or ClaimRequest()
    if body.queue == "escalated" and principal.role not in MEDIA_ROLES:
        raise HTTPException(403, detail="only admins and child-safety reviewers work the escalated queue")
    lease = body.lease_seconds or settings_of(request).lease_seconds
    try:
        settings = load_exposure_settings(request.app.state.config)
    except ExposureSettingsError as exc:
        raise HTTPException(500, detail=str(exc)) from None
    with store_of(request).session() as session:
        limit = limit_reached(session, principal.name, settings)
        try:
            chosen = body.filter.to_filter(principal.name) if body.filter else QueueFilter()
            chosen = replace(chosen, held_by="", status="")
            # Past a daily limit nothing new is handed out: only a case the caller already holds.
            where = queue_conditions(principal.role, chosen) if limit is None else [false()]
            case = claim_next(
                session, principal.name, lease, role=principal.role, statuses=(body.queue,), where=where
            )
        except CaseError as exc:
            raise _error(exc) from exc
        if case is None:
            return ClaimResponse(case=None, message=limit)
        audit(
            session,
            principal.name,
            "claim",
            f"case:{case.id}",
            {"lease_seconds": lease, "filter": chosen.as_dict()},
        )
        return ClaimResponse(case=CaseDetail.of(case))


@router.post(
    "/cases/{case_id}/release", summary="Give a leased case back to the queue", response_model=CaseOut
)
def release_case(case_id: CaseId, request: Request, principal: Principal = Depends(deciders)) -> CaseOut:
    with store_of(request).session() as session:
        case = viewable_case(session, case_id, principal.role)
        try:
            release(session, case_id, principal.name)
        except CaseError as exc:
            raise _error(exc) from exc
        return CaseOut.of(case)


@router.post(
    "/cases/{case_id}/decisions",
    summary="Confirm, dismiss (with a reason), escalate or note a case, or some of its items",
    response_model=list[DecisionOut],
)
def decide_case(
    case_id: CaseId, body: DecisionRequest, request: Request, principal: Principal = Depends(deciders)
) -> list[DecisionOut]:
    with store_of(request).session() as session:
        viewable_case(session, case_id, principal.role)
        try:
            decisions = decide(session, case_id, principal.name, body.action, body.reason, body.item_ids)
        except CaseError as exc:
            raise _error(exc) from exc
        return [DecisionOut.of(decision) for decision in decisions]


@router.get("/stats", summary="Case counts by status and kind", response_model=Stats, tags=["statistics"])
async def stats(request: Request, principal: Principal = Depends(require_roles("admin", "analyst"))) -> Stats:
    def count() -> Stats:
        with store_of(request).session() as session:
            return Stats(**case_counts(session, role="admin"))

    return await run_in_threadpool(count)
