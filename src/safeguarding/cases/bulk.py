"""Bulk decisions: one decision with one reason on several cases of one kind, and its undo.

Each case is decided through `cases.decide`, so each gets its own Decision row and its own `decide`
audit event (with the bulk decision's id); the bulk decision itself is logged too (`bulk_decide`).
It is all or nothing: a case the reviewer may not decide refuses the whole request, naming it.

An undo within `review.bulk_undo_minutes` (default 5) puts every case back as it was (status, items,
in the queue again), records an `undo` Decision on each and logs `undo` per case and `bulk_undo`.
A case that changed since (a later decision, or its group has a new active case) is left as it is
and reported.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from safeguarding.accounts.audit import audit
from safeguarding.cases.models import ACTIVE_STATUSES, BulkDecision, Case, Decision
from safeguarding.cases.service import (
    CaseConflict,
    CaseError,
    CaseNotFound,
    as_utc,
    decide,
    may_view,
)

MAX_BULK = 100
BULK_ACTIONS = ("confirm", "dismiss", "escalate")
DEFAULT_UNDO_MINUTES = 5
_STATUS_OF = {"confirm": "confirmed", "dismiss": "dismissed", "escalate": "escalated"}


class BulkRefused(CaseError):
    """The role may not decide some of the cases (HTTP 403)."""


def undo_minutes_from(config: Any) -> int:
    """`review.bulk_undo_minutes` (1-60, default 5) from a configuration with `.section(name)`."""
    section = config.section("review") if config is not None else {}
    value = section.get("bulk_undo_minutes", DEFAULT_UNDO_MINUTES)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 60:
        raise CaseError(f"config review.bulk_undo_minutes must be a whole number from 1 to 60, not {value!r}")
    return value


def _decidable_statuses(role: str) -> tuple[str, ...]:
    return ("open", "escalated") if role == "admin" else ("open",)


def _check(cases: list[Case], wanted: list[int], actor: str, role: str, now: datetime) -> None:
    missing = sorted(set(wanted) - {case.id for case in cases})
    if missing:
        raise CaseNotFound(f"no case with id {', '.join(map(str, missing))}")
    hidden = [case.id for case in cases if not may_view(role, case)]
    if hidden:
        raise BulkRefused(f"your role may not decide case {', '.join(map(str, hidden))}")
    kinds = Counter(case.kind for case in cases)
    if len(kinds) > 1:
        listed = ", ".join(f"{kind} ({count})" for kind, count in kinds.most_common())
        raise CaseError(f"a bulk decision takes cases of one kind; these are {listed}")
    statuses = _decidable_statuses(role)
    closed = [f"case {case.id} is {case.status}" for case in cases if case.status not in statuses]
    if closed:
        raise CaseConflict("; ".join(closed))
    held = [
        f"case {case.id} is held by {case.lease_holder}"
        for case in cases
        if case.lease_holder not in (None, actor) and (as_utc(case.lease_expires_at) or now) > now
    ]
    if held:
        raise CaseConflict("; ".join(held))


def bulk_decide(
    session: Session,
    actor: str,
    role: str,
    case_ids: Sequence[int],
    action: str,
    reason: str,
    *,
    undo_minutes: int = DEFAULT_UNDO_MINUTES,
    now: datetime | None = None,
) -> BulkDecision:
    """Decide every case of `case_ids` (one kind) with `action` and `reason`; all or nothing."""
    if action not in BULK_ACTIONS:
        raise CaseError(f"unknown bulk action {action!r}; choose one of: {', '.join(BULK_ACTIONS)}")
    reason = reason.strip()
    if not reason:
        raise CaseError("a bulk decision needs a reason")
    wanted = list(dict.fromkeys(case_ids))
    if not 1 <= len(wanted) <= MAX_BULK:
        raise CaseError(f"choose between 1 and {MAX_BULK} cases")
    moment = now or datetime.now(UTC)
    cases = list(session.scalars(select(Case).where(Case.id.in_(wanted)).order_by(Case.id).with_for_update()))
    _check(cases, wanted, actor, role, moment)
    bulk = BulkDecision(
        actor=actor,
        action=action,
        reason=reason,
        kind=cases[0].kind,
        cases=[],
        created_at=moment,
        undo_until=moment + timedelta(minutes=undo_minutes),
    )
    session.add(bulk)
    session.flush()
    snapshots = []
    for case in cases:
        before = {
            "case_id": case.id,
            "status": case.status,
            "items": {str(i.id): i.status for i in case.items},
        }
        decisions = decide(session, case.id, actor, action, reason, audit_details={"bulk": bulk.id})
        snapshots.append(before | {"decision_id": decisions[-1].id})
    bulk.cases = snapshots
    audit(
        session,
        actor,
        "bulk_decide",
        f"bulk:{bulk.id}",
        {"action": action, "reason": reason, "kind": bulk.kind, "case_ids": [c.id for c in cases]},
    )
    session.flush()
    return bulk


@dataclass(frozen=True)
class UndoResult:
    bulk: BulkDecision
    restored: list[int]
    left: dict[int, str]  # case id → why it was left as it is


def _why_not(session: Session, case: Case | None, snapshot: dict[str, Any], action: str) -> str | None:
    if case is None:
        return "the case no longer exists"
    last = session.scalar(select(func.max(Decision.id)).where(Decision.case_id == case.id))
    if last != snapshot["decision_id"] or case.status != _STATUS_OF[action]:
        return f"decided again since (now {case.status})"
    if snapshot["status"] in ACTIVE_STATUSES:
        other = session.scalar(select(Case.id).where(Case.active_key == case.group_key, Case.id != case.id))
        if other is not None:
            return f"its group has a newer active case, {other}"
    return None


def undo_bulk(
    session: Session, bulk_id: int, actor: str, role: str, *, now: datetime | None = None
) -> UndoResult:
    """Put the cases of a bulk decision back as they were, within its undo window."""
    moment = now or datetime.now(UTC)
    bulk = session.get(BulkDecision, bulk_id, with_for_update=True)
    if bulk is None:
        raise CaseNotFound(f"no bulk decision with id {bulk_id}")
    if bulk.actor != actor and role != "admin":
        raise BulkRefused(
            f"bulk decision {bulk_id} was made by {bulk.actor}; only they or an admin may undo it"
        )
    if bulk.undone_at is not None:
        raise CaseConflict(f"bulk decision {bulk_id} was already undone")
    until = as_utc(bulk.undo_until)
    if until is not None and moment > until:
        raise CaseConflict(
            f"bulk decision {bulk_id} can no longer be undone: its undo time ended at {until:%H:%M} UTC"
        )
    restored: list[int] = []
    left: dict[int, str] = {}
    for snapshot in bulk.cases:
        case = session.get(Case, snapshot["case_id"], with_for_update=True)
        why = _why_not(session, case, snapshot, bulk.action)
        if why is not None or case is None:
            left[snapshot["case_id"]] = why or "the case no longer exists"
            continue
        case.status = snapshot["status"]
        case.active_key = case.group_key if case.status in ACTIVE_STATUSES else None
        case.lease_holder = None
        case.lease_expires_at = None
        case.updated_at = moment
        for item in case.items:
            item.status = snapshot["items"].get(str(item.id), item.status)
        note = f"undo of bulk decision {bulk.id} ({bulk.action}): back to {case.status}"
        session.add(
            Decision(
                case_id=case.id, item_id=None, actor=actor, action="undo", reason=note, created_at=moment
            )
        )
        session.flush()
        audit(session, actor, "undo", f"case:{case.id}", {"bulk": bulk.id, "status": case.status})
        restored.append(case.id)
    bulk.undone_at = moment
    bulk.undone_by = actor
    audit(
        session,
        actor,
        "bulk_undo",
        f"bulk:{bulk.id}",
        {"restored": restored, "left": {str(k): v for k, v in left.items()}},
    )
    session.flush()
    return UndoResult(bulk, restored, left)


def recent_bulk(session: Session, actor: str, now: datetime | None = None) -> list[BulkDecision]:
    """The actor's bulk decisions that can still be undone, newest first."""
    moment = now or datetime.now(UTC)
    return list(
        session.scalars(
            select(BulkDecision)
            .where(
                BulkDecision.actor == actor,
                BulkDecision.undone_at.is_(None),
                BulkDecision.undo_until > moment,
            )
            .order_by(BulkDecision.id.desc())
            .limit(5)
        )
    )
