"""HMA's curation endpoints (/c): banks, bank content, signal and content types."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Depends, Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from safeguarding.accounts.audit import audit
from safeguarding.banks import delete_bank
from safeguarding.banks.pdq_search import reindex_after_delete
from safeguarding.web.auth import Principal
from safeguarding.web.deps import store_of
from safeguarding.web.hma import content
from safeguarding.web.hma.auth import require
from safeguarding.web.hma.errors import HMARoute, hma_error
from safeguarding.web.hma.inputs import (
    check_upload_length,
    flag,
    hash_upload,
    hash_url,
    is_json,
    is_multipart,
    json_object,
    ratio,
)
from safeguarding.web.hma.signals import CONTENT_TYPES, SIGNAL_TYPES, normalize, store_type

router = APIRouter(prefix="/c", route_class=HMARoute, tags=["HMA-compatible"])
curators = require("curator")
readers = require("curator_read")


@router.get("/banks", summary="Banks with their matching_enabled_ratio")
async def banks(request: Request, _principal: Principal = Depends(readers)) -> list[dict[str, Any]]:
    def read() -> list[dict[str, Any]]:
        with store_of(request).session() as session:
            return content.all_banks(session)

    return await run_in_threadpool(read)


def _create_ratio(data: dict[str, Any]) -> float:
    for key in ("enabled_ratio", "matching_enabled_ratio"):
        if data.get(key) is not None:
            return ratio(data[key], key)
    if data.get("enabled") is not None:
        return 1.0 if flag(data["enabled"], "enabled") else 0.0
    return 1.0


@router.post("/banks", status_code=201, summary="Create a bank (name [A-Z_][A-Z0-9_]*)")
async def bank_create(request: Request, principal: Principal = Depends(curators)) -> dict[str, Any]:
    data = await json_object(request)
    if data.get("name") is None:
        raise hma_error(400, "name is required")
    name = content.check_bank_name(data["name"])
    enabled_ratio = _create_ratio(data)

    def write() -> dict[str, Any]:
        with store_of(request).session() as session:
            bank = content.new_bank(session, name, enabled_ratio)
            audit(session, principal.name, "bank_create", f"bank:{name}", {"via": "hma"})
            return content.bank_config(session, bank)

    return await run_in_threadpool(write)


@router.get("/bank/{bank_name}", summary="One bank")
async def bank_show(
    request: Request, bank_name: str, _principal: Principal = Depends(readers)
) -> dict[str, Any]:
    def read() -> dict[str, Any]:
        with store_of(request).session() as session:
            return content.bank_config(session, content.bank_or_404(session, bank_name))

    return await run_in_threadpool(read)


@router.put("/bank/{bank_name}", summary="Rename a bank or change its enabled ratio")
async def bank_update(
    request: Request, bank_name: str, principal: Principal = Depends(curators)
) -> dict[str, Any]:
    data = await json_object(request, required=False)

    def write() -> dict[str, Any]:
        with store_of(request).session() as session:
            bank = content.find_bank(session, bank_name)
            if bank is None:
                raise hma_error(404, "Bank not found")
            if data.get("name") is not None:
                content.rename_bank(session, bank, content.check_bank_name(data["name"]))
            if data.get("enabled") is not None:
                content.set_ratio(session, bank, 1.0 if flag(data["enabled"], "enabled") else 0.0)
            if data.get("enabled_ratio") is not None:
                content.set_ratio(session, bank, ratio(data["enabled_ratio"], "enabled_ratio"))
            session.flush()
            audit(session, principal.name, "bank_update", f"bank:{bank_name}", {"via": "hma", **data})
            return content.bank_config(session, bank)

    return await run_in_threadpool(write)


@router.delete("/bank/{bank_name}", summary="Delete a bank (idempotent)")
async def bank_delete(
    request: Request, bank_name: str, principal: Principal = Depends(curators)
) -> dict[str, str]:
    def write() -> None:
        store = store_of(request)
        with store.session() as session:
            bank = content.find_bank(session, bank_name)
            if bank is None:
                return
            held = content.entry_count(session, bank)
            delete_bank(session, bank_name)
            audit(
                session, principal.name, "bank_delete", f"bank:{bank_name}", {"via": "hma", "entries": held}
            )
        if held:
            reindex_after_delete(store.index_dir, store.engine)

    await run_in_threadpool(write)
    return {"message": "Done"}


def _query_metadata(request: Request) -> dict[str, Any] | None:
    """Metadata sent in the query string: `metadata` (a JSON object: HMA's fields, or free JSON as ROOST
    Coop sends it), `content_id`, `content_uri`. HMA itself ignores these; we keep them."""
    params = request.query_params
    found: dict[str, Any] = {}
    raw = params.get("metadata")
    if raw:
        try:
            parsed = json.loads(raw)
        except ValueError:
            raise hma_error(400, "metadata query parameter must be valid JSON") from None
        if not isinstance(parsed, dict):
            raise hma_error(400, "metadata should be a json object")
        found.update(parsed if set(parsed) <= content.METADATA_KEYS else {"json": parsed})
    for key in ("content_id", "content_uri"):
        if params.get(key):
            found[key] = params[key]
    return content.check_metadata(found) if found else None


@router.post("/bank/{bank_name}/content", summary="Add content by URL (?url=) or multipart upload")
async def content_add(
    request: Request, bank_name: str, principal: Principal = Depends(curators)
) -> dict[str, Any]:
    def bank_exists() -> None:
        with store_of(request).session() as session:
            content.bank_or_404(session, bank_name)

    await run_in_threadpool(bank_exists)
    params = request.query_params
    metadata = _query_metadata(request)
    note: Any = None
    form: Any = None
    if is_json(request):
        data = await json_object(request, required=False)
        metadata = content.check_metadata(data.get("metadata")) or metadata
        note = data.get("note")
    elif is_multipart(request):
        check_upload_length(request)
        form = await request.form()
        raw_meta = form.get("metadata")
        if isinstance(raw_meta, str):
            try:
                metadata = content.check_metadata(json.loads(raw_meta)) or metadata
            except ValueError:
                raise hma_error(400, "metadata form field must be valid JSON") from None
        note = form.get("note")
    note = content.check_note(note)
    url = params.get("url")
    if url:
        hashes = await hash_url(request, url, params.get("content_type"), params.get("types"))
    elif form is not None and any(isinstance(v, UploadFile) for _, v in form.multi_items()):
        hashes = await hash_upload(request, form)
    else:
        raise hma_error(400, "Neither `url` nor multipart file upload was received")
    signals = {store_type(name): value for name, value in hashes.items()}
    return await run_in_threadpool(_add, request, principal, bank_name, signals, note, metadata, url)


def _add(
    request: Request,
    principal: Principal,
    bank_name: str,
    signals: dict[str, str],
    note: str | None,
    metadata: dict[str, Any] | None,
    url: str | None,
) -> dict[str, Any]:
    with store_of(request).session() as session:
        bank = content.bank_or_404(session, bank_name)
        added = content.add_signals(
            session,
            bank,
            signals,
            note=note,
            metadata=metadata,
            media_uri=url,
            source=f"HMA API ({principal.name})",
        )
        audit(
            session,
            principal.name,
            "bank_add_content",
            f"bank:{bank_name}",
            {"id": added.entry_id, "via": "hma"},
        )
        return {"id": added.entry_id, "signals": added.signals}


@router.post("/bank/{bank_name}/signal", summary='Add content as hashes: {"pdq": "...", "note"?}')
async def signal_add(
    request: Request, bank_name: str, principal: Principal = Depends(curators)
) -> dict[str, Any]:
    data = await json_object(request)
    note = content.check_note(data.pop("note", None))

    def bank_exists() -> None:
        with store_of(request).session() as session:
            content.bank_or_404(session, bank_name)

    await run_in_threadpool(bank_exists)
    signals: dict[str, str] = {}
    for name, value in data.items():
        if not isinstance(value, str):
            raise hma_error(400, f"Invalid {name} signal: expected a string")
        signals[store_type(name)] = normalize(name, value)
    return await run_in_threadpool(_add, request, principal, bank_name, signals, note, None, None)


@router.get("/bank/{bank_name}/content/{content_id}", summary="One content of a bank")
async def content_get(
    request: Request,
    bank_name: str,
    content_id: int,
    include_signals: str = "false",
    include_metadata: str = "true",
    _principal: Principal = Depends(readers),
) -> dict[str, Any]:
    def read() -> dict[str, Any]:
        with store_of(request).session() as session:
            bank = content.bank_or_404(session, bank_name)
            entry = content.entry_or_404(session, bank, content_id)
            return content.content_json(
                session,
                bank,
                entry,
                include_signals=include_signals.lower() == "true",
                include_metadata=include_metadata.lower() == "true",
            )

    return await run_in_threadpool(read)


@router.put("/bank/{bank_name}/content/{content_id}", summary="Set disable_until_ts or the note")
async def content_update(
    request: Request, bank_name: str, content_id: int, principal: Principal = Depends(curators)
) -> dict[str, Any]:
    data = await json_object(request)

    def write() -> dict[str, Any]:
        with store_of(request).session() as session:
            bank = content.bank_or_404(session, bank_name)
            entry = content.entry_or_404(session, bank, content_id)
            updated = content.update_content(session, bank, entry, data)
            audit(session, principal.name, "bank_update_content", f"bank_entry:{content_id}", {"via": "hma"})
            return updated

    return await run_in_threadpool(write)


@router.delete("/bank/{bank_name}/content/{content_id}", summary="Remove content (retracted: stops matching)")
async def content_delete(
    request: Request, bank_name: str, content_id: int, principal: Principal = Depends(curators)
) -> dict[str, int]:
    def write() -> int:
        with store_of(request).session() as session:
            bank = content.bank_or_404(session, bank_name)
            count = content.delete_content(session, bank, content_id)
            if count:
                audit(session, principal.name, "bank_retract", f"bank_entry:{content_id}", {"via": "hma"})
            return count

    return {"deleted": await run_in_threadpool(write)}


@router.get("/signal_type", summary="Signal types: pdq and video_md5, always enabled")
async def signal_types(_principal: Principal = Depends(readers)) -> list[dict[str, Any]]:
    return [{"enabled_ratio": 1.0, "name": name} for name in SIGNAL_TYPES]


@router.get("/content_type", summary="Content types: photo and video")
async def content_types(_principal: Principal = Depends(readers)) -> list[dict[str, Any]]:
    return [{"enabled": True, "name": name} for name in CONTENT_TYPES]
