"""Detectors outside the platform submit findings here; they become case items (one case per group)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from safeguarding.cases import SEVERITY_ORDER, CaseError, Detection
from safeguarding.cases.service import submit
from safeguarding.web.auth import Principal, require_roles
from safeguarding.web.deps import store_of

router = APIRouter(prefix="/v1/detections", tags=["detections"])


class DetectionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: str = Field(
        min_length=1, max_length=64, pattern=r"^[a-z][a-z0-9_]*$", examples=["grooming_warning"]
    )
    group_key: str = Field(min_length=1, max_length=300, examples=["account:123"])
    summary: str = Field(default="", max_length=2000)
    severity: str | None = Field(default=None, description="one of: " + ", ".join(SEVERITY_ORDER))
    payload: dict[str, Any] = Field(default_factory=dict)
    source_ref: str = Field(default="", max_length=300)
    occurred_at: datetime | None = None


class DetectionOut(BaseModel):
    case_id: int
    added: bool = Field(description="false when this finding (kind + source_ref) was already in the group")
    priority: int
    status: str


@router.post(
    "", summary="Submit a detection; it joins the case of its group_key", response_model=DetectionOut
)
async def submit_one(
    body: DetectionIn,
    request: Request,
    _principal: Principal = Depends(require_roles("admin", "api_client")),
) -> DetectionOut:
    if len(str(body.payload)) > 200_000:
        raise HTTPException(422, detail="payload: larger than 200 kB")

    def write() -> DetectionOut:
        with store_of(request).session() as session:
            try:
                case, added = submit(session, Detection(**body.model_dump()))
            except CaseError as exc:
                raise HTTPException(422, detail=str(exc)) from exc
            return DetectionOut(case_id=case.id, added=added, priority=case.priority, status=case.status)

    return await run_in_threadpool(write)
