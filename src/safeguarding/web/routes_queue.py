"""The queue over HTTP as the reviewer pages offer it: filtered keyset pages with counts, bulk
decisions and their undo, and exposure (the caller's, and every reviewer's for admins)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

from safeguarding.accounts import CASE_READING_ROLES, DECIDING_ROLES
from safeguarding.cases import CaseConflict, CaseError, CaseNotFound
from safeguarding.cases.bulk import BulkRefused, bulk_decide, undo_bulk, undo_minutes_from
from safeguarding.cases.queue import MAX_PAGE, queue_counts, queue_page
from safeguarding.exposure import daily_report, limit_reached, today_exposure
from safeguarding.exposure.service import ExposureSettings, ExposureSettingsError, load_exposure_settings
from safeguarding.web.auth import Principal, require_roles
from safeguarding.web.deps import store_of
from safeguarding.web.schemas import CaseOut
from safeguarding.web.schemas_queue import (
    BulkOut,
    BulkRequest,
    ExposureMe,
    QueuePageOut,
    QueueQuery,
    UndoOut,
)

router = APIRouter(prefix="/v1", tags=["queue"])
readers = require_roles(*CASE_READING_ROLES)
deciders = require_roles(*DECIDING_ROLES)
BulkId = Annotated[int, Path(ge=1, le=2**31 - 1, description="bulk decision id")]


def _error(exc: CaseError) -> HTTPException:
    if isinstance(exc, BulkRefused):
        return HTTPException(403, detail=str(exc))
    if isinstance(exc, CaseNotFound):
        return HTTPException(404, detail=str(exc))
    if isinstance(exc, CaseConflict):
        return HTTPException(409, detail=str(exc))
    return HTTPException(422, detail=str(exc))


@router.get(
    "/queue",
    summary="The queue filtered, in queue order, one keyset page at a time, with counts per filter",
    response_model=QueuePageOut,
)
def queue(
    request: Request,
    filters: Annotated[QueueQuery, Query()],
    cursor: str | None = Query(default=None, max_length=400, description="next_cursor of the previous page"),
    limit: int = Query(default=50, ge=1, le=MAX_PAGE),
    counts: bool = Query(default=True, description="also count the cases per filter value"),
    principal: Principal = Depends(readers),
) -> QueuePageOut:
    try:
        chosen = filters.to_filter(principal.name)
        with store_of(request).session() as session:
            page = queue_page(session, principal.role, chosen, cursor=cursor, limit=limit)
            return QueuePageOut(
                cases=[CaseOut.of(case) for case in page.cases],
                next_cursor=page.next_cursor,
                counts=queue_counts(session, principal.role, chosen) if counts else None,
            )
    except CaseError as exc:
        raise _error(exc) from exc


@router.post(
    "/bulk-decisions",
    summary="One decision with one reason on several cases of one kind; each case is recorded on its own",
    response_model=BulkOut,
    status_code=201,
)
def bulk(body: BulkRequest, request: Request, principal: Principal = Depends(deciders)) -> BulkOut:
    try:
        minutes = undo_minutes_from(request.app.state.config)
        with store_of(request).session() as session:
            done = bulk_decide(
                session,
                principal.name,
                principal.role,
                body.case_ids,
                body.action,
                body.reason,
                undo_minutes=minutes,
            )
            return BulkOut.of(done)
    except CaseError as exc:
        raise _error(exc) from exc


@router.post(
    "/bulk-decisions/{bulk_id}/undo",
    summary="Put the cases of a bulk decision back as they were, within review.bulk_undo_minutes",
    response_model=UndoOut,
)
def undo(bulk_id: BulkId, request: Request, principal: Principal = Depends(deciders)) -> UndoOut:
    try:
        with store_of(request).session() as session:
            return UndoOut.of(undo_bulk(session, bulk_id, principal.name, principal.role))
    except CaseError as exc:
        raise _error(exc) from exc


def _settings(request: Request) -> ExposureSettings:
    try:
        return load_exposure_settings(request.app.state.config)
    except ExposureSettingsError as exc:
        raise HTTPException(500, detail=str(exc)) from None


@router.get(
    "/exposure/me", summary="What you were shown today, by kind, and your daily limits", tags=["exposure"]
)
def exposure_me(request: Request, principal: Principal = Depends(readers)) -> ExposureMe:
    settings = _settings(request)
    with store_of(request).session() as session:
        return ExposureMe(
            reviewer=principal.name,
            day=datetime.now(UTC).date().isoformat(),
            today=today_exposure(session, principal.name),
            daily_limit=dict(settings.daily_limit),
            limit_reached=limit_reached(session, principal.name, settings),
        )


@router.get(
    "/exposure",
    summary="What each reviewer was shown per day and kind (admins only)",
    tags=["exposure"],
)
def exposure_all(
    request: Request,
    days: int = Query(default=7, ge=1, le=90),
    principal: Principal = Depends(require_roles("admin")),
) -> list[dict[str, object]]:
    with store_of(request).session() as session:
        return daily_report(session, days)
