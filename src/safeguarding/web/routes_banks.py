"""Manage hash banks: list, create, import entries, retract entries."""

from __future__ import annotations

import csv
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Literal

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi import Path as PathParam
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from safeguarding.accounts.audit import audit
from safeguarding.banks import (
    BankError,
    ListProblem,
    create_bank,
    import_list,
    list_banks,
    retract,
    signal_type,
)
from safeguarding.web.auth import Principal, require_roles
from safeguarding.web.deps import store_of

router = APIRouter(prefix="/v1/banks", tags=["banks"])
admins = require_roles("admin")
BankName = PathParam(min_length=1, max_length=200)
MAX_ENTRIES = 10_000


class BankOut(BaseModel):
    name: str
    description: str
    created_at: datetime
    active: dict[str, int]
    retracted: int


class BankCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    description: str = Field(default="", max_length=2000)


class EntryIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    signal_type: Literal["pdq", "md5", "sha256"]
    value: str = Field(min_length=32, max_length=64)
    labels: list[str] = Field(default_factory=list, max_length=50)
    note: str = Field(default="", max_length=2000)


class EntriesIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    entries: list[EntryIn] = Field(min_length=1, max_length=MAX_ENTRIES)
    source: str = Field(min_length=1, max_length=500, description="provenance: who supplied the list")


class ImportOut(BaseModel):
    rows: int
    added: int
    already_present: int
    problems: list[str]


class RetractIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    entries: list[EntryIn] = Field(min_length=1, max_length=MAX_ENTRIES)
    reason: str = Field(min_length=1, max_length=2000)


class RetractOut(BaseModel):
    retracted: int


@router.get("", summary="Banks with their active and retracted entry counts", response_model=list[BankOut])
async def banks(
    request: Request, _principal: Principal = Depends(require_roles("admin", "child_safety_reviewer"))
) -> list[BankOut]:
    def read() -> list[BankOut]:
        with store_of(request).session() as session:
            return [BankOut(**vars(summary)) for summary in list_banks(session)]

    return await run_in_threadpool(read)


@router.post("", summary="Create a bank", response_model=BankOut, status_code=201)
async def create(body: BankCreate, request: Request, principal: Principal = Depends(admins)) -> BankOut:
    def write() -> BankOut:
        with store_of(request).session() as session:
            try:
                bank = create_bank(session, body.name, body.description)
            except BankError as exc:
                raise HTTPException(409, detail=str(exc)) from exc
            audit(session, principal.name, "bank_create", f"bank:{bank.name}")
            return BankOut(
                name=bank.name,
                description=bank.description,
                created_at=bank.created_at,
                active={},
                retracted=0,
            )

    return await run_in_threadpool(write)


def _label_cell(labels: list[str]) -> str:
    return ";".join(label.replace(";", " ").strip() for label in labels if label.strip())


@router.post(
    "/{name}/entries",
    summary="Import entries into a bank (created if needed); entries already present are not added twice",
    response_model=ImportOut,
)
async def import_entries(
    body: EntriesIn, request: Request, name: str = BankName, principal: Principal = Depends(admins)
) -> ImportOut:
    def write() -> ImportOut:
        descriptor, temp = tempfile.mkstemp(prefix="sg-bank-", suffix=".csv")
        path = Path(temp)
        problems: list[str] = []
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(["pdq", "md5", "sha256", "labels", "note"])
                for entry in body.entries:
                    cells = {"pdq": "", "md5": "", "sha256": "", entry.signal_type: entry.value}
                    writer.writerow(
                        [cells["pdq"], cells["md5"], cells["sha256"], _label_cell(entry.labels), entry.note]
                    )

            def on_problem(problem: ListProblem) -> None:
                problems.append(f"entries[{problem.line - 2}]: {problem.message}")

            store = store_of(request)
            try:
                report = import_list(store, name, path, "csv", source=body.source, on_problem=on_problem)
            except BankError as exc:
                raise HTTPException(422, detail=str(exc)) from exc
            with store.session() as session:
                audit(
                    session,
                    principal.name,
                    "bank_import",
                    f"bank:{name}",
                    {"rows": report.rows, "added": report.added, "source": body.source},
                )
            return ImportOut(
                rows=report.rows,
                added=report.added,
                already_present=report.already_present,
                problems=problems,
            )
        finally:
            path.unlink(missing_ok=True)

    return await run_in_threadpool(write)


@router.post(
    "/{name}/retract",
    summary="Retract entries (they stop matching; the record stays)",
    response_model=RetractOut,
)
async def retract_entries(
    body: RetractIn, request: Request, name: str = BankName, principal: Principal = Depends(admins)
) -> RetractOut:
    for position, entry in enumerate(body.entries):
        try:
            signal_type(entry.signal_type).normalize(entry.value)
        except ValueError as exc:
            raise HTTPException(422, detail=f"entries[{position}].value: {exc}") from exc

    def write() -> RetractOut:
        with store_of(request).session() as session:
            try:
                count = retract(session, name, [(e.signal_type, e.value) for e in body.entries], body.reason)
            except BankError as exc:
                raise HTTPException(404, detail=str(exc)) from exc
            audit(
                session,
                principal.name,
                "bank_retract",
                f"bank:{name}",
                {"retracted": count, "reason": body.reason},
            )
            return RetractOut(retracted=count)

    return await run_in_threadpool(write)
