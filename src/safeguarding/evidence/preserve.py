"""Preserve a case's files (encrypted at rest) and manage the holds that keep them."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from safeguarding.audit import record_event
from safeguarding.evidence.crypto import EvidenceKey, EvidenceKeys, decrypt_chunks, encrypt_stream
from safeguarding.evidence.models import EvidenceFile, EvidenceHold


class FileToPreserve(Protocol):
    """A file of a case, as the case's detector recorded it (reports.casedata.CaseFile is one)."""

    @property
    def item_id(self) -> int: ...
    @property
    def path(self) -> str: ...
    @property
    def original_name(self) -> str: ...
    @property
    def sha256(self) -> str: ...


class CaseToPreserve(Protocol):
    """A case and its files (reports.casedata.ReportCase is one)."""

    @property
    def case_id(self) -> int: ...
    @property
    def files(self) -> Sequence[FileToPreserve]: ...


def as_utc(value: datetime | None) -> datetime | None:
    """A naive time read back from SQLite is UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


@dataclass(frozen=True)
class PreserveProblem:
    item_id: int
    path: str
    problem: str

    def __str__(self) -> str:
        return f"item {self.item_id} ({self.path}): {self.problem}"


def live_files(session: Session, case_id: int) -> list[EvidenceFile]:
    query = (
        select(EvidenceFile)
        .where(EvidenceFile.case_id == case_id, EvidenceFile.purged_at.is_(None))
        .order_by(EvidenceFile.id)
    )
    return list(session.scalars(query))


def preserve_case(
    session: Session, case: CaseToPreserve, evidence_dir: Path, key: EvidenceKey, actor: str
) -> tuple[list[EvidenceFile], list[PreserveProblem]]:
    """Encrypt each of the case's files into the evidence folder (once); returns files and problems.

    A file that is gone, unreadable or no longer has the hash recorded at scan time is a problem
    (named), and the other files are still preserved.
    """
    existing = {f.sha256: f for f in live_files(session, case.case_id)}
    problems: list[PreserveProblem] = []
    added: list[EvidenceFile] = []
    folder = evidence_dir / str(case.case_id)
    for case_file in case.files:
        if case_file.sha256 and case_file.sha256 in existing:
            continue
        source = Path(case_file.path)
        if not case_file.path or not source.is_file():
            problems.append(PreserveProblem(case_file.item_id, case_file.path, "file not found"))
            continue
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        blob_name = f"{case.case_id}/{uuid.uuid4().hex}.sgev"
        target = evidence_dir / blob_name
        handle, temp_name = tempfile.mkstemp(dir=folder, suffix=".part")
        try:
            with source.open("rb") as plain, os.fdopen(handle, "wb") as blob:
                digests = encrypt_stream(plain, blob, key, blob_name)
        except OSError as exc:
            Path(temp_name).unlink(missing_ok=True)
            problems.append(PreserveProblem(case_file.item_id, case_file.path, f"cannot read: {exc}"))
            continue
        if case_file.sha256 and digests.sha256 != case_file.sha256:
            Path(temp_name).unlink()
            changed = (
                f"content changed since it was scanned (sha256 {digests.sha256}, expected {case_file.sha256})"
            )
            problems.append(PreserveProblem(case_file.item_id, case_file.path, changed))
            continue
        if digests.sha256 in existing:
            Path(temp_name).unlink()
            continue
        os.replace(temp_name, target)
        os.chmod(target, 0o600)
        record = EvidenceFile(
            case_id=case.case_id,
            item_ref=f"case_item:{case_file.item_id}",
            original_name=case_file.original_name,
            original_path=case_file.path,
            sha256=digests.sha256,
            md5=digests.md5,
            size=digests.size,
            blob_name=blob_name,
            key_id=key.key_id,
            preserved_at=datetime.now(UTC),
        )
        session.add(record)
        existing[digests.sha256] = record
        added.append(record)
    session.flush()
    if added:
        record_event(
            session,
            actor,
            "preserve",
            f"case:{case.case_id}",
            {"files": [{"id": f.id, "sha256": f.sha256, "size": f.size} for f in added]},
        )
    return live_files(session, case.case_id), problems


def read_plaintext(evidence_dir: Path, record: EvidenceFile, keys: EvidenceKeys) -> bytes:
    """The whole plaintext of a preserved file (for small files; use decrypt_chunks to stream)."""
    key = keys.for_id(record.key_id)
    return b"".join(decrypt_chunks(evidence_dir / record.blob_name, key, record.blob_name))


def hold_expiry(session: Session, case_id: int) -> datetime | None:
    """When the case's longest hold ends (None: never held)."""
    return as_utc(
        session.scalar(select(func.max(EvidenceHold.expires_at)).where(EvidenceHold.case_id == case_id))
    )


def is_held(session: Session, case_id: int, now: datetime | None = None) -> bool:
    expiry = hold_expiry(session, case_id)
    return expiry is not None and expiry > (now or datetime.now(UTC))


def _lock_case_files(session: Session, case_id: int) -> None:
    """Serialise with a concurrent purge of the case (PostgreSQL row locks; SQLite has one writer)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            select(EvidenceFile.id).where(EvidenceFile.case_id == case_id).with_for_update()
        ).all()


def start_hold(
    session: Session, case_id: int, days: int, reason: str, actor: str, *, submission_id: int | None = None
) -> EvidenceHold:
    """Hold the case's evidence for `days` from now (never shortens an existing hold)."""
    if days < 1:
        raise ValueError("a hold must last at least one day")
    _lock_case_files(session, case_id)
    now = datetime.now(UTC)
    hold = EvidenceHold(
        case_id=case_id,
        starts_at=now,
        expires_at=now + timedelta(days=days),
        reason=reason,
        created_by=actor,
        submission_id=submission_id,
    )
    session.add(hold)
    session.flush()
    record_event(
        session,
        actor,
        "hold",
        f"case:{case_id}",
        {"hold_id": hold.id, "expires_at": hold.expires_at.isoformat(), "reason": reason},
    )
    return hold


def extend_hold(session: Session, case_id: int, extend_days: int, reason: str, actor: str) -> EvidenceHold:
    """Extend the hold by `extend_days` past its current end (or from now if none is live), e.g. for a
    legal request; the reason (the request's reference) is kept with the extension."""
    if extend_days < 1:
        raise ValueError("--extend-days must be at least 1")
    if not reason.strip():
        raise ValueError("an extension needs a reason (the legal request it answers)")
    _lock_case_files(session, case_id)
    now = datetime.now(UTC)
    current = hold_expiry(session, case_id)
    base = current if current is not None and current > now else now
    hold = EvidenceHold(
        case_id=case_id,
        starts_at=now,
        expires_at=base + timedelta(days=extend_days),
        reason=reason.strip(),
        created_by=actor,
    )
    session.add(hold)
    session.flush()
    record_event(
        session,
        actor,
        "hold_extend",
        f"case:{case_id}",
        {"hold_id": hold.id, "expires_at": hold.expires_at.isoformat(), "reason": hold.reason},
    )
    return hold
