"""Measurement over HTTP: GET /v1/stats/{metric} (or /v1/stats/all), recall audits, the
double-review sample and its blind second reviews.

Admins and analysts read the metrics; reviewer exposure names reviewers, so admins only. Second
reviews go to the deciding roles, never to the case's first reviewer, and show no decision.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from safeguarding.accounts import DECIDING_ROLES
from safeguarding.cases import CaseConflict, CaseError, CaseNotFound
from safeguarding.measurement import (
    ADMIN_ONLY,
    METRICS,
    MeasurementSettings,
    MeasurementSettingsError,
    Period,
    PeriodError,
    load_measurement_settings,
)
from safeguarding.measurement.metrics import as_plain
from safeguarding.web.auth import Principal, require_roles
from safeguarding.web.deps import store_of

router = APIRouter(prefix="/v1", tags=["stats"])
readers = require_roles("admin", "analyst")
admins = require_roles("admin")
deciders = require_roles(*DECIDING_ROLES)

FromDay = Annotated[str | None, Query(alias="from", max_length=10, description="first day, YYYY-MM-DD (UTC)")]
ToDay = Annotated[str | None, Query(alias="to", max_length=10, description="last day, inclusive")]
By = Annotated[str, Query(pattern="^(day|week|month)$", description="bucket: day, week or month")]


def measurement_settings(request: Request) -> MeasurementSettings:
    config = request.app.state.config
    try:
        return load_measurement_settings(config.section("measurement") if config is not None else None)
    except MeasurementSettingsError as exc:
        raise HTTPException(500, detail=f"configuration: {exc}") from None


def _period(start: str | None, end: str | None, by: str) -> Period:
    try:
        return Period.parse(start, end, by)
    except PeriodError as exc:
        raise HTTPException(422, detail=str(exc)) from None


def _metrics(request: Request, names: list[str], period: Period) -> dict[str, Any]:
    settings = measurement_settings(request)
    now = datetime.now(UTC)
    with store_of(request).session() as session:
        return {name: as_plain(METRICS[name](session, period, settings=settings, now=now)) for name in names}


@router.get("/stats/{metric}", summary="One metric for a period, or `all` (see docs/MEASUREMENT.md)")
def one_stat(
    request: Request,
    metric: str,
    start: FromDay = None,
    end: ToDay = None,
    by: By = "week",
    principal: Principal = Depends(readers),
) -> dict[str, Any]:
    if metric == "all":
        names = [name for name in METRICS if principal.role == "admin" or name not in ADMIN_ONLY]
    elif metric not in METRICS:
        raise HTTPException(404, detail=f"no metric {metric[:40]!r}; choose from: all, {', '.join(METRICS)}")
    elif metric in ADMIN_ONLY and principal.role != "admin":
        raise HTTPException(403, detail="only admins see reviewer exposure")
    else:
        names = [metric]
    period = _period(start, end, by)
    last = (period.end - timedelta(days=1)).date().isoformat()
    header = {"period": {"from": period.start.date().isoformat(), "to": last, "by": by}}
    return header | _metrics(request, names, period)


class AuditRequest(BaseModel):
    detector: str = Field(min_length=1, max_length=64)
    size: int = Field(default=50, ge=1, le=10_000)
    seed: int = Field(default=0, ge=0, le=2**31 - 1)
    records: list[dict[str, Any]] | None = Field(
        default=None, max_length=100_000, description="unflagged items ({ref, summary}); not for hash_match"
    )


@router.post("/stats/audits", summary="Draw a recall audit: unflagged items sent to review", status_code=201)
def draw_audit(
    request: Request, body: AuditRequest, principal: Principal = Depends(admins)
) -> dict[str, Any]:
    from safeguarding.measurement.audits import draw_media_audit, draw_record_audit

    try:
        with store_of(request).session() as session:
            if body.records is None:
                if body.detector != "hash_match":
                    raise CaseError(f"records are needed for detector {body.detector!r}")
                draw = draw_media_audit(session, body.size, seed=body.seed, detector=body.detector)
            else:
                draw = draw_record_audit(session, body.detector, body.records, body.size, seed=body.seed)
    except CaseError as exc:
        raise HTTPException(422, detail=str(exc)) from None
    return asdict(draw)


class DrawRequest(BaseModel):
    rate: float | None = Field(default=None, ge=0, le=1)


@router.post("/stats/double-reviews", summary="Draw decided cases into the blind double-review sample")
def draw_double(
    request: Request, body: DrawRequest, principal: Principal = Depends(admins)
) -> dict[str, Any]:
    from safeguarding.measurement.double_review import draw_double_reviews

    rate = measurement_settings(request).double_review_rate if body.rate is None else body.rate
    with store_of(request).session() as session:
        return {"drawn": draw_double_reviews(session, rate), "rate": rate}


@router.get("/second-reviews/next", summary="Claim the next blind second review (never your own case)")
def next_second_review(request: Request, principal: Principal = Depends(deciders)) -> Any:
    from safeguarding.measurement.double_review import blind_view, claim_second_review

    with store_of(request).session() as session:
        review = claim_second_review(session, principal.name, role=principal.role)
        if review is None:
            return Response(status_code=204)
        return asdict(blind_view(session, review))


class SecondReviewRequest(BaseModel):
    action: str = Field(pattern="^(confirm|dismiss|escalate)$")


@router.post("/second-reviews/{review_id}", summary="Record a blind second review")
def record_second(
    request: Request, review_id: int, body: SecondReviewRequest, principal: Principal = Depends(deciders)
) -> dict[str, Any]:
    from safeguarding.measurement.double_review import record_second_review

    try:
        with store_of(request).session() as session:
            review = record_second_review(session, review_id, principal.name, body.action)
            return {"review_id": review.id, "case_id": review.case_id, "action": review.second_action}
    except CaseNotFound as exc:
        raise HTTPException(404, detail=str(exc)) from None
    except CaseConflict as exc:
        raise HTTPException(409, detail=str(exc)) from None
    except CaseError as exc:
        raise HTTPException(422, detail=str(exc)) from None
