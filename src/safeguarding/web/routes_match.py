"""Match a hash or an uploaded image against the banks."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from safeguarding.banks import BankError, MatchOutcome, match_hashes, signal_type
from safeguarding.banks.matching import MAX_THRESHOLD
from safeguarding.media import ImageLimits, MediaError, MediaHashes, hash_file
from safeguarding.web.auth import Principal, require_roles
from safeguarding.web.deps import settings_of, store_of

router = APIRouter(prefix="/v1/match", tags=["matching"])
matchers = require_roles("admin", "child_safety_reviewer", "api_client")
CHUNK = 64 * 1024


class HashMatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    signal_type: Literal["pdq", "md5", "sha256"]
    value: str = Field(min_length=32, max_length=64, description="lower- or upper-case hex")
    banks: list[str] | None = Field(default=None, max_length=100, description="default: all banks")
    threshold: int | None = Field(default=None, ge=0, le=MAX_THRESHOLD, description="PDQ Hamming distance")


class MatchOut(BaseModel):
    bank: str
    entry_id: int
    signal_type: str
    distance: int
    labels: list[str]


class MatchResponse(BaseModel):
    hashes: dict[str, Any]
    matches: list[MatchOut]
    low_quality: bool = Field(description="PDQ quality under 50: not matched by PDQ")


def _response(outcome: MatchOutcome, hashes: dict[str, Any]) -> MatchResponse:
    return MatchResponse(
        hashes=hashes,
        matches=[
            MatchOut(
                bank=m.bank,
                entry_id=m.entry_id,
                signal_type=m.signal_type,
                distance=m.distance,
                labels=m.labels,
            )
            for m in outcome.matches
        ],
        low_quality=outcome.low_quality,
    )


def _match(
    request: Request, hashes: MediaHashes, banks: list[str] | None, threshold: int | None
) -> MatchOutcome:
    store = store_of(request)
    with store.session() as session:
        try:
            return match_hashes(
                session,
                [hashes],
                banks=banks,
                threshold=threshold if threshold is not None else settings_of(request).match_threshold,
                index_dir=store.index_dir,
            )[0]
        except BankError as exc:
            raise HTTPException(422, detail=str(exc)) from exc


@router.post(
    "/hash",
    summary="Match one hash (PDQ within a distance, MD5/SHA-256 exactly)",
    response_model=MatchResponse,
)
async def match_hash(
    body: HashMatchRequest, request: Request, _principal: Principal = Depends(matchers)
) -> MatchResponse:
    try:
        value = signal_type(body.signal_type).normalize(body.value)
    except ValueError as exc:
        raise HTTPException(422, detail=f"value: {exc}") from exc
    hashes = MediaHashes(
        path="",
        sha256=value if body.signal_type == "sha256" else "",
        md5=value if body.signal_type == "md5" else "",
        pdq=value if body.signal_type == "pdq" else None,
        quality=None,
        size=0,
    )
    outcome = await run_in_threadpool(_match, request, hashes, body.banks, body.threshold)
    return _response(outcome, {body.signal_type: value})


async def _spool(request: Request, limit: int) -> Path:
    """Stream the request body into a temporary file, refusing more than `limit` bytes (413)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, detail=f"upload is {declared} bytes, over the limit of {limit} bytes")
    descriptor, name = tempfile.mkstemp(prefix="sg-upload-")
    path = Path(name)
    size = 0
    try:
        with os.fdopen(descriptor, "wb") as handle:
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise HTTPException(413, detail=f"upload is over the limit of {limit} bytes")
                handle.write(chunk)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    if size == 0:
        path.unlink(missing_ok=True)
        raise HTTPException(422, detail="the request body is empty: send the image bytes")
    return path


_IMAGE_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
            "image/*": {"schema": {"type": "string", "format": "binary"}},
        },
    }
}


@router.post(
    "/image",
    summary="Hash an uploaded image (the raw bytes as the body) and match it",
    response_model=MatchResponse,
    openapi_extra=_IMAGE_BODY,
    responses={
        413: {"description": "over the upload limit (config web.max_upload_mb)"},
        415: {"description": "not an image"},
        422: {"description": "a corrupt image or a decompression bomb"},
    },
)
async def match_image(
    request: Request,
    banks: list[str] | None = Query(default=None, max_length=100),
    threshold: int | None = Query(default=None, ge=0, le=MAX_THRESHOLD),
    _principal: Principal = Depends(matchers),
) -> MatchResponse:
    limit = settings_of(request).max_upload_bytes
    path = await _spool(request, limit)
    try:
        try:
            hashes = await run_in_threadpool(hash_file, path, ImageLimits(max_bytes=limit))
        except MediaError as exc:
            code = 415 if exc.problem.startswith("not an image") else 422
            raise HTTPException(code, detail=f"upload: {exc.problem}") from None
    finally:
        path.unlink(missing_ok=True)
    outcome = await run_in_threadpool(_match, request, hashes, banks, threshold)
    return _response(
        outcome, {"sha256": hashes.sha256, "md5": hashes.md5, "pdq": hashes.pdq, "quality": hashes.quality}
    )
