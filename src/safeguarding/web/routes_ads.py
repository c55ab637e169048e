"""Submit a batch of classified ads: indicators, contacts and linking; networks become cases."""

from __future__ import annotations

import io
import json
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from safeguarding.ads import link_ads
from safeguarding.cases.adapters import ad_record_to_detections
from safeguarding.cases.service import submit
from safeguarding.web.auth import Principal, require_roles
from safeguarding.web.deps import settings_of, store_of

router = APIRouter(prefix="/v1/ads", tags=["ads"])


class AdIn(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: str = Field(min_length=1, max_length=200)
    title: str | None = Field(default=None, max_length=10_000)
    text: str = Field(default="", max_length=100_000)
    phone: str | None = Field(default=None, max_length=200)
    email: str | None = Field(default=None, max_length=320)
    city: str | None = Field(default=None, max_length=200)
    posted_at: str | None = Field(default=None, max_length=64)
    images: list[str] = Field(default_factory=list, max_length=50, description="PDQ hashes (64 hex digits)")


class AdBatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    ads: list[AdIn] = Field(min_length=1)
    create_cases: bool = Field(default=True, description="open or extend a case for each network found")


class AdBatchResult(BaseModel):
    ads: list[dict[str, Any]] = Field(description="one linked record per accepted ad (as `ads link` writes)")
    problems: list[str]
    networks: int
    case_ids: list[int]


def _run(request: Request, body: AdBatch, principal: Principal) -> AdBatchResult:
    source = io.BytesIO(
        b"".join(
            json.dumps(ad.model_dump(exclude_none=True), ensure_ascii=False).encode() + b"\n"
            for ad in body.ads
        )
    )
    sink = io.StringIO()
    problems: list[str] = []

    def report(line: int, level: str, message: str) -> None:
        problems.append(f"ads[{line - 1}]: {level}: {message}")

    stats = link_ads(source, sink, report)
    records = [json.loads(line) for line in sink.getvalue().split("\n") if line.strip()]
    case_ids: list[int] = []
    if body.create_cases and principal.role != "analyst":
        with store_of(request).session() as session:
            for record in records:
                for detection in ad_record_to_detections(record):
                    case, _ = submit(session, detection)
                    if case.id not in case_ids:
                        case_ids.append(case.id)
    return AdBatchResult(ads=records, problems=problems, networks=stats.networks, case_ids=case_ids)


@router.post(
    "/batch",
    summary="Analyse and link a batch of ads; networks found become cases (not for analysts: read only)",
    response_model=AdBatchResult,
)
async def ads_batch(
    body: AdBatch,
    request: Request,
    principal: Principal = Depends(require_roles("admin", "analyst", "api_client")),
) -> AdBatchResult:
    limit = settings_of(request).max_ads_batch
    if len(body.ads) > limit:
        raise HTTPException(422, detail=f"ads: {len(body.ads)} ads, over the limit of {limit} per batch")
    return await run_in_threadpool(_run, request, body, principal)
