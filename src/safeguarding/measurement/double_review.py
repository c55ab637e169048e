"""The double-review sample: some decided cases are reviewed a second time, blind, by someone else.

- `draw_double_reviews` picks decided cases at the configured rate (measurement.double_review_rate).
  The choice is a hash of the case id, so drawing again picks the same cases and never one twice.
- `claim_second_review` hands the oldest pending one to a reviewer who is NOT its first reviewer,
  under a claim that expires; `blind_view` is what that reviewer sees: the case and its items,
  never the decisions, status or notes.
- `record_second_review` keeps the second verdict; metrics.agreement computes Cohen's kappa.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import case as sql_case
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from safeguarding.accounts.audit import audit
from safeguarding.cases.models import Case, Decision
from safeguarding.cases.service import CaseConflict, CaseError, CaseNotFound, may_view
from safeguarding.measurement.metrics import AUDIT_KIND, DECISION_ACTIONS, REVIEW_ACTIONS
from safeguarding.measurement.models import DoubleReview
from safeguarding.measurement.sql import bound, dialect_of

CLAIM_SECONDS = 15 * 60
_BUCKETS = 10_000


@dataclass(frozen=True)
class BlindCase:
    """A case as the second reviewer sees it: no decisions, no status."""

    review_id: int
    case_id: int
    kind: str
    severity: str
    summary: str
    items: list[dict[str, Any]]


def _selected(case_id: int, rate: float) -> bool:
    return (case_id * 2654435761) % 4294967291 % _BUCKETS < rate * _BUCKETS


def draw_double_reviews(session: Session, rate: float, *, since: datetime | None = None) -> int:
    """Draw decided cases (first confirm/dismiss on the whole case) into the sample; returns how many
    new ones. Only cases decided since `since` (all when None) are considered."""
    if not 0 <= rate <= 1:
        raise CaseError(f"double_review_rate must be between 0 and 1, not {rate}")
    first = (
        select(Decision.case_id, Decision.actor, Decision.action, Decision.created_at)
        .where(Decision.action.in_(DECISION_ACTIONS))
        .join(Case, Case.id == Decision.case_id)
        .where(Case.kind != AUDIT_KIND)
        .where(~select(DoubleReview.id).where(DoubleReview.case_id == Decision.case_id).exists())
        .order_by(Decision.case_id, Decision.id)
    )
    if since is not None:
        first = first.where(Decision.created_at >= bound(since, dialect_of(session)))
    added = 0
    seen: set[int] = set()
    for case_id, actor, action, _at in session.execute(first):
        if case_id in seen or not _selected(case_id, rate):
            continue
        seen.add(case_id)
        session.add(DoubleReview(case_id=case_id, first_actor=actor, first_action=action))
        added += 1
    session.flush()
    return added


def claim_second_review(
    session: Session, reviewer: str, *, role: str = "admin", now: datetime | None = None
) -> DoubleReview | None:
    """The oldest pending second review this reviewer may take (not their own first decision)."""
    moment = now or datetime.now(UTC)
    at = bound(moment, dialect_of(session))
    candidates = (
        select(DoubleReview)
        .where(DoubleReview.second_action.is_(None), DoubleReview.first_actor != reviewer)
        .where(
            or_(
                DoubleReview.claimed_by.is_(None),
                DoubleReview.claimed_until <= at,
                DoubleReview.claimed_by == reviewer,
            )
        )
        .order_by(
            sql_case((DoubleReview.claimed_by == reviewer, 0), else_=1),
            DoubleReview.drawn_at,
            DoubleReview.id,
        )
        .limit(20)
    )
    for review in session.scalars(candidates):
        case = session.get(Case, review.case_id)
        if case is None or not may_view(role, case):
            continue
        review.claimed_by = reviewer
        review.claimed_until = moment + timedelta(seconds=CLAIM_SECONDS)
        session.flush()
        return review
    return None


def blind_view(session: Session, review: DoubleReview) -> BlindCase:
    case = session.get(Case, review.case_id)
    if case is None:
        raise CaseNotFound(f"no case with id {review.case_id}")
    items = [
        {"id": item.id, "kind": item.kind, "severity": item.severity, "summary": item.summary}
        for item in case.items
    ]
    return BlindCase(review.id, case.id, case.kind, case.severity, case.summary, items)


def record_second_review(
    session: Session, review_id: int, reviewer: str, action: str, *, now: datetime | None = None
) -> DoubleReview:
    """Keep the second reviewer's verdict (confirm, dismiss or escalate). The first reviewer may not."""
    if action not in REVIEW_ACTIONS:
        raise CaseError(f"unknown action {action!r}; choose one of: {', '.join(REVIEW_ACTIONS)}")
    review = session.get(DoubleReview, review_id)
    if review is None:
        raise CaseNotFound(f"no second review with id {review_id}")
    if review.first_actor == reviewer:
        raise CaseConflict("the second review must be by a different reviewer than the first")
    if review.second_action is not None:
        raise CaseConflict(f"second review {review_id} is already done")
    moment = now or datetime.now(UTC)
    claim_until = review.claimed_until
    if claim_until is not None and claim_until.tzinfo is None:
        claim_until = claim_until.replace(tzinfo=UTC)
    if review.claimed_by not in (None, reviewer) and claim_until is not None and claim_until > moment:
        raise CaseConflict(f"second review {review_id} is claimed by another reviewer")
    review.second_actor, review.second_action, review.second_at = reviewer, action, moment
    review.claimed_by = review.claimed_until = None
    session.flush()
    audit(session, reviewer, "second_review", f"case:{review.case_id}", {"action": action})
    return review
