"""Reading HMA requests as Flask did: string flags, JSON or form bodies, one multipart file whose field
name is the content type; media from a URL (through `fetch`) or an upload, hashed into HMA signals."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from fastapi import Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from safeguarding.web.deps import settings_of
from safeguarding.web.hma.auth import hma_settings
from safeguarding.web.hma.errors import hma_error
from safeguarding.web.hma.fetch import FetchError, fetch_url
from safeguarding.web.hma.signals import CONTENT_TYPES, content_type_for, hash_path, signal_types_for

TRUE = frozenset({"true", "1", "yes", "on"})
FALSE = frozenset({"false", "0", "no", "off", ""})


def flag(value: object, name: str, default: bool = False) -> bool:
    """HMA clients send flags as booleans or strings ("true", "1"); anything else is a 400."""
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return bool(value)
    text = str(value).strip().lower()
    if text in TRUE:
        return True
    if text in FALSE:
        return False
    raise hma_error(400, f"invalid boolean for {name}: {value!r} - prefer true/false")


def ratio(value: object, name: str) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise hma_error(400, f"Invalid float for {name}: '{value}'") from None
    if not 0.0 <= number <= 1.0:
        raise hma_error(400, f"{name} must be between 0 and 1, got {number}")
    return number


async def json_object(request: Request, required: bool = True) -> dict[str, Any]:
    body = await request.body()
    if not body.strip():
        if required:
            raise hma_error(400, "this endpoint expects a json object payload")
        return {}
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise hma_error(400, f"request body is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise hma_error(400, "this endpoint expects a json object payload")
    return data


def is_multipart(request: Request) -> bool:
    return request.headers.get("content-type", "").startswith("multipart/form-data")


def is_json(request: Request) -> bool:
    return request.headers.get("content-type", "").split(";")[0].strip() == "application/json"


def banks_param(value: str | None) -> set[str] | None:
    return {name for name in value.split(",")} if value else None


async def hash_url(request: Request, url: str, content_type: str | None, types: str | None) -> dict[str, str]:
    settings = hma_settings(request).fetch
    try:
        fetched = await run_in_threadpool(fetch_url, url, settings)
    except FetchError as exc:
        raise hma_error(exc.status, str(exc)) from None
    try:
        kind = content_type_for(fetched.content_type, content_type)
        chosen = signal_types_for(kind, types)
        return await run_in_threadpool(hash_path, fetched.path, kind, chosen, settings.max_bytes)
    finally:
        fetched.path.unlink(missing_ok=True)


def check_upload_length(request: Request) -> int:
    """The upload limit (web.max_upload_mb); 413 before reading a body that declares more."""
    limit = settings_of(request).max_upload_bytes
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit + 64 * 1024:
        raise hma_error(413, f"Content too large: {declared} bytes, over the limit of {limit} bytes")
    return limit


async def hash_upload(request: Request, form: Any = None) -> dict[str, str]:
    """Hash the one file of a multipart body; its field name (photo or video) is its content type."""
    limit = check_upload_length(request)
    if not is_multipart(request):
        raise hma_error(400, "Missing multipart/form-data file upload")
    form = form if form is not None else await request.form()
    files = [(name, value) for name, value in form.multi_items() if isinstance(value, UploadFile)]
    if not files:
        raise hma_error(400, "Missing multipart/form-data file upload")
    if len(files) > 1:
        raise hma_error(400, "Only one file allowed per request")
    field, upload = files[0]
    if field not in CONTENT_TYPES:
        raise hma_error(400, f"no such content_type: '{field}'")
    path = await _spool(upload, limit)
    try:
        return await run_in_threadpool(hash_path, path, field, CONTENT_TYPES[field], limit)
    finally:
        path.unlink(missing_ok=True)


async def _spool(upload: UploadFile, limit: int) -> Path:
    descriptor, name = tempfile.mkstemp(prefix="sg-hma-upload-")
    path = Path(name)
    size = 0
    try:
        with os.fdopen(descriptor, "wb") as handle:
            while chunk := await upload.read(1 << 20):
                size += len(chunk)
                if size > limit:
                    raise hma_error(413, f"Content too large: over the limit of {limit} bytes")
                handle.write(chunk)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    if size == 0:
        path.unlink(missing_ok=True)
        raise hma_error(400, "the uploaded file is empty")
    return path
