"""A few weeks of synthetic review history so that every dashboard chart has something to show.

Everything here is made up and benign: detections carry a summary naming them as demo data, no
content. Detections are spread over the last weeks with realistic delays to review, decision and
report; some are escalated and then decided, some reports fail, a few holds are live, an audit sample
and a double-review sample are reviewed. Seeded: the same seed gives the same history.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import update
from sqlalchemy.orm import Session

from safeguarding.cases.models import Case, CaseItem, Decision
from safeguarding.cases.service import Detection, decide, submit
from safeguarding.evidence.models import EvidenceHold
from safeguarding.measurement.audits import draw_record_audit
from safeguarding.measurement.double_review import draw_double_reviews, record_second_review
from safeguarding.measurement.models import DoubleReview
from safeguarding.reports.models import ReportSubmission

#: kind → (share of detections, share of decided that reviewers confirm, group key prefix)
KINDS = {
    "media_match": (0.30, 0.92, "account"),
    "grooming_warning": (0.30, 0.70, "conversation"),
    "sextortion_warning": (0.08, 0.60, "conversation"),
    "ad_network": (0.22, 0.55, "network"),
    "payment_pattern": (0.10, 0.40, "account"),
}
REVIEWERS = ("casey", "robin", "sam")
#: median hours to a decision per priority (1 = imminent harm is fastest)
DECISION_HOURS = {1: 0.5, 2: 10.0, 3: 20.0, 4: 40.0, 5: 60.0, 9: 100.0}


@dataclass(frozen=True)
class History:
    detections: int
    decided: int
    reported: int
    audits: int
    double_reviews: int


def _at(session: Session, model: type, row_id: int, **values: datetime) -> None:
    session.execute(update(model).where(model.id == row_id).values(**values))  # type: ignore[attr-defined]


def write_history(
    session: Session, *, weeks: int = 6, per_week: int = 80, seed: int = 7, now: datetime | None = None
) -> History:
    rng = random.Random(seed)
    moment = now or datetime.now(UTC)
    kinds = list(KINDS)
    weights = [KINDS[k][0] for k in kinds]
    decided = reported = 0
    total = weeks * per_week
    for n in range(total):
        kind = rng.choices(kinds, weights)[0]
        _share, confirm_rate, prefix = KINDS[kind]
        # more detections in recent weeks: a detector was switched on part-way
        created = moment - timedelta(hours=rng.triangular(1, weeks * 7 * 24, 1))
        score = round(rng.uniform(0.5, 1.0), 3)
        case, added = submit(
            session,
            Detection(
                kind=kind,
                group_key=f"{prefix}:demo-history-{n}",
                summary=f"Synthetic demo detection {n} ({kind}) for the measurement dashboard",
                payload={"score": score, "demo": True},
                source_ref=f"demo-history-{n}",
            ),
        )
        if not added:
            continue
        item_id = max(item.id for item in case.items)
        _at(session, Case, case.id, created_at=created, updated_at=created)
        _at(session, CaseItem, item_id, created_at=created)
        hours = rng.lognormvariate(0, 1) * DECISION_HOURS.get(case.priority, 50.0)
        decided_at = created + timedelta(hours=hours)
        if decided_at > moment - timedelta(hours=2) or rng.random() < 0.08:
            continue  # still in the backlog
        reviewer = rng.choice(REVIEWERS)
        # higher scores are right more often: precision rises with the band
        confirm = rng.random() < min(0.98, confirm_rate * (0.75 + 0.5 * (score - 0.5) * 2))
        if rng.random() < 0.1:
            escalated_at = created + timedelta(hours=hours / 2)
            for decision in decide(session, case.id, reviewer, "escalate", "needs a senior reviewer"):
                _at(session, Decision, decision.id, created_at=escalated_at)
            reviewer = "admin"
        action = "confirm" if confirm else "dismiss"
        reason = "" if confirm else "benign on review (synthetic)"
        for decision in decide(session, case.id, reviewer, action, reason):
            _at(session, Decision, decision.id, created_at=decided_at)
        decided += 1
        if confirm and rng.random() < 0.6:
            finished = decided_at + timedelta(hours=rng.lognormvariate(1.5, 0.8))
            failed = rng.random() < 0.07 or finished > moment
            session.add(
                ReportSubmission(
                    case_id=case.id,
                    endpoint="demo",
                    state="opened" if failed else "finished",
                    report_xml="<report>synthetic demo</report>",
                    attempts=1,
                    last_error="demo: the stand-in server refused the upload" if failed else None,
                    created_by=reviewer,
                    created_at=decided_at,
                    updated_at=decided_at,
                    finished_at=None if failed else finished,
                )
            )
            if not failed:
                session.execute(update(Case).where(Case.id == case.id).values(status="reported"))
                reported += 1
                if rng.random() < 0.3:
                    session.add(
                        EvidenceHold(
                            case_id=case.id,
                            starts_at=finished,
                            expires_at=finished + timedelta(days=rng.choice((20, 90, 365))),
                            reason="demo: preservation after a report",
                            created_by="admin",
                        )
                    )
    session.flush()
    drawn = draw_double_reviews(session, 0.15)
    for review in session.query(DoubleReview).filter(DoubleReview.second_action.is_(None)).all():
        second = next(r for r in (*REVIEWERS, "admin") if r != review.first_actor)
        agree = rng.random() < 0.85
        action = (
            review.first_action if agree else ("dismiss" if review.first_action == "confirm" else "confirm")
        )
        record_second_review(session, review.id, second, action)
    records = ({"ref": f"demo-unflagged-chat-{i}"} for i in range(2000))
    audit = draw_record_audit(session, "chat_scorer", records, 40, seed=seed)
    for case_id in audit.case_ids:
        missed = rng.random() < 0.05
        decide(
            session, case_id, "casey", "confirm" if missed else "dismiss", "" if missed else "fine (audit)"
        )
    return History(total, decided, reported, audit.drawn, drawn)
