"""HMA's status, hashing (/h) and matching (/m) endpoints."""

from __future__ import annotations

import time
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import PlainTextResponse
from sqlalchemy import func, select
from starlette.concurrency import run_in_threadpool

from safeguarding.banks.index import IndexFormatError
from safeguarding.banks.pdq_search import pdq_candidates
from safeguarding.store.models import BankEntry
from safeguarding.web.auth import Principal
from safeguarding.web.deps import store_of
from safeguarding.web.hma import lookup
from safeguarding.web.hma.auth import hma_settings, may, require
from safeguarding.web.hma.errors import HMARoute, hma_error
from safeguarding.web.hma.inputs import (
    banks_param,
    check_upload_length,
    flag,
    hash_upload,
    hash_url,
    is_multipart,
    json_object,
)
from safeguarding.web.hma.signals import SIGNAL_TYPES, normalize, store_type

router = APIRouter(route_class=HMARoute, tags=["HMA-compatible"])
hashers = require("hasher")
matchers = require("matcher")
ZERO_PDQ = "0" * 64


def _index_problem(request: Request) -> str | None:
    store = store_of(request)
    try:
        with store.session() as session:
            pdq_candidates(session, store.index_dir, [ZERO_PDQ], 0)
    except (IndexFormatError, OSError):
        return "INDEX-NOT-LOADED"
    return None


@router.get(
    "/status", summary="HMA health: I-AM-ALIVE, or 503 INDEX-NOT-LOADED", response_class=PlainTextResponse
)
async def status(request: Request) -> PlainTextResponse:
    problem = await run_in_threadpool(_index_problem, request)
    return PlainTextResponse(problem or "I-AM-ALIVE", status_code=503 if problem else 200)


@router.get("/status/live", summary="HMA liveness: always I-AM-ALIVE", response_class=PlainTextResponse)
async def status_live() -> PlainTextResponse:
    return PlainTextResponse("I-AM-ALIVE")


@router.get("/site-map", summary="The HMA-compatible paths served")
async def site_map(request: Request) -> list[str]:
    paths: list[str] = request.app.state.hma_paths
    return paths


@router.get("/h/hash", summary="Fetch a URL (if enabled) and hash it")
async def hash_get(
    request: Request,
    url: str | None = None,
    content_type: str | None = None,
    types: str | None = None,
    _principal: Principal = Depends(hashers),
) -> dict[str, str]:
    if not url:
        raise hma_error(400, "url is required")
    return await hash_url(request, url, content_type, types)


@router.post("/h/hash", summary="Hash one uploaded file (multipart field photo or video)")
async def hash_post(request: Request, _principal: Principal = Depends(hashers)) -> dict[str, str]:
    return await hash_upload(request)


def _match(request: Request, kind: str, value: str, quality: int | None = None) -> list[Any]:
    store = store_of(request)
    with store.session() as session:
        return lookup.find(session, store.index_dir, kind, value, hma_settings(request).threshold, quality)


def _grouped(
    request: Request, kind: str, value: str, banks: set[str] | None, seed: str | None, bypass: bool
) -> dict[str, list[lookup.Match]]:
    store = store_of(request)
    with store.session() as session:  # one unit of work: the match and the enable flags
        matches = lookup.find(session, store.index_dir, kind, value, hma_settings(request).threshold)
        return lookup.by_bank(session, matches, banks, seed, bypass)


@router.get("/m/raw_lookup", summary="Entry ids matching a hash (enable flags ignored)")
async def raw_lookup(
    request: Request,
    signal_type: str | None = None,
    signal: str | None = None,
    banks: str | None = None,
    include_distance: str | None = None,
    _principal: Principal = Depends(matchers),
) -> dict[str, list[Any]]:
    if not signal_type or not signal:
        raise hma_error(400, "signal_type and signal are required")
    kind, value = store_type(signal_type), normalize(signal_type, signal)
    matches = await run_in_threadpool(_match, request, kind, value)
    with_distance = flag(include_distance, "include_distance")
    return {"matches": lookup.raw(matches, banks_param(banks), with_distance)}


async def _lookup_hashes(
    request: Request, hashes: dict[str, str], banks: set[str] | None, seed: str | None, bypass: bool
) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for name, value in hashes.items():
        kind = store_type(name)
        found[name] = await run_in_threadpool(_grouped, request, kind, value, banks, seed, bypass)
    return found


@router.get("/m/lookup", summary="Matches by bank, for a hash (signal_type, signal) or a URL")
async def lookup_get(
    request: Request,
    url: str | None = None,
    content_type: str | None = None,
    types: str | None = None,
    signal_type: str | None = None,
    signal: str | None = None,
    banks: str | None = None,
    seed: str | None = None,
    principal: Principal = Depends(matchers),
) -> dict[str, Any]:
    wanted = banks_param(banks)
    if url:
        if not may(principal, "hasher"):
            raise hma_error(403, "Hashing is disabled, missing role")
        hashes = await hash_url(request, url, content_type, types)
        found = await _lookup_hashes(request, hashes, wanted, seed, False)
        return found.get(signal_type, {}) if signal_type else found
    if not signal or not signal_type:
        raise hma_error(400, "Either url or both signal and signal_type are required")
    kind, value = store_type(signal_type), normalize(signal_type, signal)
    return await run_in_threadpool(_grouped, request, kind, value, wanted, seed, False)


@router.post("/m/lookup", summary="Matches by signal type and bank, for one uploaded file")
async def lookup_post(request: Request, principal: Principal = Depends(matchers)) -> dict[str, Any]:
    if not may(principal, "hasher"):
        raise hma_error(403, "Hashing is disabled, missing role")
    if not is_multipart(request):
        raise hma_error(400, "Missing multipart/form-data file upload")
    check_upload_length(request)
    params = request.query_params
    form = await request.form()
    banks = params.get("banks") or (form.get("banks") if isinstance(form.get("banks"), str) else None)
    hashes = await hash_upload(request, form)
    bypass = flag(params.get("bypass_coinflip"), "bypass_coinflip")
    return await _lookup_hashes(request, hashes, banks_param(banks), params.get("seed"), bypass)  # type: ignore[arg-type]


def _index_status(request: Request, names: list[str]) -> dict[str, Any]:
    store = store_of(request)
    found: dict[str, Any] = {}
    with store.session() as session:
        for name in names:
            kind = SIGNAL_TYPES[name]
            present = True
            if kind == "pdq":
                try:
                    pdq_candidates(session, store.index_dir, [ZERO_PDQ], 0)
                except (IndexFormatError, OSError):
                    present = False
            size = session.scalar(
                select(func.count()).where(BankEntry.signal_type == kind, BankEntry.retracted_at.is_(None))
            )
            found[name] = {
                "built_to": int(time.time()) if present else -1,
                "present": present,
                "size": size or 0,
            }
    return found


@router.get("/m/index/status", summary="Per signal type: index present, built to when, size")
async def index_status(
    request: Request, signal_type: str | None = None, _principal: Principal = Depends(matchers)
) -> dict[str, Any]:
    if signal_type is not None and signal_type not in SIGNAL_TYPES:
        raise hma_error(400, f"No such signal type '{signal_type}'")
    names = [signal_type] if signal_type else list(SIGNAL_TYPES)
    return await run_in_threadpool(_index_status, request, names)


@router.post("/m/compare", summary="Compare pairs of hashes: [matches, {distance}] per signal type")
async def compare(request: Request, _principal: Principal = Depends(matchers)) -> dict[str, Any]:
    try:
        data = await json_object(request)
    except Exception:
        raise hma_error(400, "Request input was not a dict") from None
    threshold = hma_settings(request).threshold
    results: dict[str, Any] = {}
    for name, pair in data.items():
        if not isinstance(pair, list):
            raise hma_error(400, f"Comparison hashes for {name} was not a list")
        if len(pair) != 2:
            raise hma_error(400, "Comparison hash list length must be exactly 2")
        kind = store_type(name)
        left, right = (normalize(name, str(value)) for value in pair)
        if kind == "pdq":
            distance = (int(left, 16) ^ int(right, 16)).bit_count()
            results[name] = [distance <= threshold, {"distance": distance}]
        else:
            results[name] = [left == right, {}]
    return results
