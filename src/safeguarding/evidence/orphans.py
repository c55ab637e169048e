"""Encrypted files in the evidence folder that no record names: left by a crash mid-preserve (a blob
renamed into place whose transaction never committed, or a `.part` never renamed), by an interrupted
key rotation, or by a purge whose deletion failed.

A file is an orphan only if no live evidence record names it, no record of a case under a live hold names
it (even a purged one), and it is older than a grace period (a preservation running right now renames its
blob before its transaction commits).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from safeguarding.audit import record_event
from safeguarding.evidence.models import EvidenceFile, EvidenceHold

SUFFIXES = (".sgev", ".part")
DEFAULT_GRACE = timedelta(hours=1)


@dataclass(frozen=True)
class Orphan:
    name: str  # relative to the evidence folder, as blob names are
    size: int
    modified: datetime


def _protected_names(session: Session, now: datetime) -> set[str]:
    held_cases = select(EvidenceHold.case_id).where(EvidenceHold.expires_at > now)
    query = select(EvidenceFile.blob_name).where(
        or_(EvidenceFile.purged_at.is_(None), EvidenceFile.case_id.in_(held_cases))
    )
    return set(session.scalars(query))


def find_orphans(
    session: Session, evidence_dir: Path, *, grace: timedelta = DEFAULT_GRACE, now: datetime | None = None
) -> list[Orphan]:
    """Orphaned encrypted files under `evidence_dir`, oldest first (the folder is read before the table,
    so a blob committed while this runs is either protected or inside the grace period)."""
    moment = now or datetime.now(UTC)
    if not evidence_dir.is_dir():
        return []
    found = []
    for path in evidence_dir.glob("*/*"):
        if not path.is_file() or path.suffix not in SUFFIXES or not path.parent.name.isdigit():
            continue
        stat = path.stat()
        modified = datetime.fromtimestamp(stat.st_mtime, UTC)
        if modified > moment - grace:
            continue
        found.append(Orphan(path.relative_to(evidence_dir).as_posix(), stat.st_size, modified))
    protected = _protected_names(session, moment)
    return sorted((o for o in found if o.name not in protected), key=lambda o: (o.modified, o.name))


def remove_orphans(session: Session, evidence_dir: Path, orphans: list[Orphan], actor: str) -> list[str]:
    """Delete the orphans (re-checked against the table first) and log it; returns problems, named."""
    protected = _protected_names(session, datetime.now(UTC))
    problems = []
    removed = []
    for orphan in orphans:
        if orphan.name in protected:
            continue
        try:
            (evidence_dir / orphan.name).unlink(missing_ok=True)
        except OSError as exc:
            problems.append(f"{orphan.name}: cannot delete: {exc}")
            continue
        removed.append(orphan.name)
    if removed:
        record_event(session, actor, "purge_orphans", "evidence:orphans", {"files": removed})
    return problems
