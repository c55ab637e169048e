"""A small store for the transparency tests: cases and items with known review statuses.

Every case carries identifying strings (an account, an item hash, a reviewer) that must never appear
in a report.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from safeguarding.cases.models import Case, CaseItem, Decision

SECRET_ACCOUNT = "acct-should-never-leave-4417"
SECRET_HASH = "f" * 12 + "0123456789abcdef" * 3 + "e" * 4
SECRET_REVIEWER = "reviewer-private-name"
PERIOD_DAY = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

#: (kind, status, how many): the period's detections.
DETECTIONS = [
    ("media_match", "confirmed", 12),
    ("media_match", "dismissed", 20),
    ("grooming_warning", "confirmed", 3),  # below the default threshold: published as 0
    ("grooming_warning", "dismissed", 2),
    ("grooming_warning", "open", 4),
    ("ad_network", "confirmed", 15),
    ("ad_network", "dismissed", 5),
    ("sextortion_warning", "confirmed", 11),
]


def fill(session: Session, *, when: datetime = PERIOD_DAY) -> None:
    """One case per detection, decided an hour after it was created, plus one outside the period."""
    number = 0
    for kind, status, count in DETECTIONS:
        for _ in range(count):
            number += 1
            _case(session, number, kind, status, when)
    _case(session, number + 1, "media_match", "confirmed", when - timedelta(days=400))
    session.commit()


def _case(session: Session, number: int, kind: str, status: str, when: datetime) -> None:
    case = Case(
        group_key=f"{SECRET_ACCOUNT}:{number}",
        active_key=f"{SECRET_ACCOUNT}:{number}" if status == "open" else None,
        kind=kind,
        severity="high",
        priority=2,
        status=status,
        summary=f"match {SECRET_HASH} for {SECRET_ACCOUNT}",
        created_at=when,
        updated_at=when,
    )
    session.add(case)
    session.flush()
    item = CaseItem(
        case_id=case.id,
        kind=kind,
        severity="high",
        status=status,
        summary=f"item {SECRET_HASH}",
        payload={"hash": SECRET_HASH, "account": SECRET_ACCOUNT, "score": 0.9},
        source_ref=SECRET_HASH,
        created_at=when,
    )
    session.add(item)
    session.flush()
    if status in ("confirmed", "dismissed"):
        action = "confirm" if status == "confirmed" else "dismiss"
        session.add(
            Decision(
                case_id=case.id,
                item_id=None,
                actor=SECRET_REVIEWER,
                action=action,
                reason=f"checked {SECRET_HASH}",
                created_at=when + timedelta(hours=1),
            )
        )
