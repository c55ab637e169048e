"""The retention job: delete preserved media that is no longer needed, never anything under a hold.

Deleted: the files of a dismissed case once `dismissed_retention_days` have passed since the dismissal,
and the files of a case whose every hold has expired. Kept: anything of a case with a live hold (checked
when planning and again, in the same transaction, before each case is marked), and the files of cases
that are neither dismissed nor were ever held (they are still being worked on).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from safeguarding.audit import record_event
from safeguarding.cases import Case, Decision
from safeguarding.cases.context import case_conversations
from safeguarding.cases.models import ChatContextMessage
from safeguarding.evidence.models import EvidenceFile
from safeguarding.evidence.preserve import as_utc, hold_expiry, is_held, live_files


@dataclass(frozen=True)
class PurgeAction:
    file_id: int
    case_id: int
    blob_name: str
    sha256: str
    reason: str


def _dismissed_at(session: Session, case: Case) -> datetime | None:
    last = session.scalar(
        select(Decision.created_at)
        .where(Decision.case_id == case.id, Decision.action == "dismiss")
        .order_by(Decision.id.desc())
        .limit(1)
    )
    return as_utc(last) or as_utc(case.updated_at)


def _reason(session: Session, case_id: int, dismissed_retention_days: int, now: datetime) -> str | None:
    expiry = hold_expiry(session, case_id)
    if expiry is not None and expiry > now:
        return None  # held: never deleted
    case = session.get(Case, case_id)
    if case is not None and case.status == "dismissed":
        dismissed = _dismissed_at(session, case)
        if dismissed is not None and dismissed + timedelta(days=dismissed_retention_days) <= now:
            return (
                f"case dismissed on {dismissed.date()}, retention of {dismissed_retention_days} days passed"
            )
    if expiry is not None:
        return f"preservation hold expired on {expiry.date()}"
    return None


def plan_purge(
    session: Session, dismissed_retention_days: int, now: datetime | None = None
) -> list[PurgeAction]:
    """What a purge would delete now, with the reason for each file."""
    moment = now or datetime.now(UTC)
    case_ids = session.scalars(
        select(EvidenceFile.case_id)
        .where(EvidenceFile.purged_at.is_(None))
        .distinct()
        .order_by(EvidenceFile.case_id)
    )
    actions: list[PurgeAction] = []
    for case_id in list(case_ids):
        reason = _reason(session, case_id, dismissed_retention_days, moment)
        if reason is None:
            continue
        actions += [
            PurgeAction(f.id, case_id, f.blob_name, f.sha256, reason) for f in live_files(session, case_id)
        ]
    return actions


def apply_purge(
    session: Session, actions: list[PurgeAction], actor: str, now: datetime | None = None
) -> list[PurgeAction]:
    """Mark the files purged and log it, in the caller's transaction; returns what may now be deleted.

    Re-checks every case's holds: a hold placed since the plan was made wins.
    """
    moment = now or datetime.now(UTC)
    done: list[PurgeAction] = []
    by_case: dict[int, list[PurgeAction]] = {}
    for action in actions:
        by_case.setdefault(action.case_id, []).append(action)
    for case_id, case_actions in by_case.items():
        reason = case_actions[0].reason
        # Mark first, then check the holds: the update takes the write lock (SQLite) or the rows'
        # locks (PostgreSQL, which hold placement also takes), so no hold can commit in between.
        marked = set(
            session.scalars(
                update(EvidenceFile)
                .where(
                    EvidenceFile.id.in_([a.file_id for a in case_actions]), EvidenceFile.purged_at.is_(None)
                )
                .values(purged_at=moment, purge_reason=reason)
                .returning(EvidenceFile.id)
                .execution_options(synchronize_session=False)
            )
        )
        if is_held(session, case_id, moment):
            session.execute(
                update(EvidenceFile)
                .where(EvidenceFile.id.in_(marked))
                .values(purged_at=None, purge_reason=None)
                .execution_options(synchronize_session=False)
            )
            continue
        done += [a for a in case_actions if a.file_id in marked]
        record_event(
            session,
            actor,
            "purge",
            f"case:{case_id}",
            {"files": [a.sha256 for a in case_actions if a.file_id in marked], "reason": reason},
        )
    session.flush()
    return done


@dataclass(frozen=True)
class ContextPurge:
    case_id: int
    conversations: list[str]
    reason: str


def plan_context_purge(
    session: Session, dismissed_retention_days: int, now: datetime | None = None
) -> list[ContextPurge]:
    """The chat context kept for dismissed cases past their retention (and not held): deleted with the
    rest of the case's material. A conversation another case still needs (its group is open,
    escalated, confirmed or reported) is kept."""
    moment = now or datetime.now(UTC)
    kept = set(session.scalars(select(ChatContextMessage.conversation_id).distinct()))
    if not kept:
        return []
    found = []
    for case in session.scalars(select(Case).where(Case.status == "dismissed").order_by(Case.id)):
        conversations = sorted(case_conversations(case.items) & kept)
        if not conversations:
            continue
        reason = _reason(session, case.id, dismissed_retention_days, moment)
        if reason is None or not reason.startswith("case dismissed"):
            continue
        needed = session.scalar(
            select(Case.id).where(
                Case.group_key == case.group_key, Case.id != case.id, Case.status != "dismissed"
            )
        )
        if needed is None:
            found.append(ContextPurge(case.id, conversations, reason))
    return found


def apply_context_purge(session: Session, plan: list[ContextPurge], actor: str) -> int:
    """Delete the planned context messages and log it per case; returns how many messages went."""
    total = 0
    for entry in plan:
        result = session.execute(
            delete(ChatContextMessage)
            .where(ChatContextMessage.conversation_id.in_(entry.conversations))
            .execution_options(synchronize_session=False)
        )
        count = int(getattr(result, "rowcount", 0) or 0)
        total += count
        record_event(
            session,
            actor,
            "purge_context",
            f"case:{entry.case_id}",
            {"conversations": len(entry.conversations), "messages": count, "reason": entry.reason},
        )
    session.flush()
    return total


def delete_blobs(evidence_dir: Path, actions: list[PurgeAction]) -> list[str]:
    """Delete the encrypted blobs of purged files (after the transaction that marked them committed)."""
    problems = []
    for action in actions:
        try:
            (evidence_dir / action.blob_name).unlink(missing_ok=True)
        except OSError as exc:
            problems.append(f"{action.blob_name}: cannot delete: {exc}")
    return problems
