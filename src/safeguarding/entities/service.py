"""Entities as detections arrive: record what each new case item shows, and act on what it links to.

`record_item` is registered with `cases.service.observe_new_items` (importing `safeguarding.entities`
does it), so every detector's detections, from the CLI, the API or a scan, are recorded in the same
transaction as their case item. When a new item links its case to a confirmed or reported case, or
to an entity a partner has reported, the case rises in the queue and the audit log says why.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from safeguarding.accounts.audit import audit
from safeguarding.cases import Case, CaseItem, Detection
from safeguarding.cases.models import ACTIVE_STATUSES, ChatContextMessage
from safeguarding.entities.extract import CHAT_KINDS, detector_of, observed_in
from safeguarding.entities.links import linked_cases
from safeguarding.entities.models import Entity, PartnerMark
from safeguarding.entities.record import ObservationRow, record_observations

ACTOR = "entities"
#: Cases whose links raise a new case: a reviewer already confirmed them.
DECIDED_STATUSES = ("confirmed", "reported")


def record_item(session: Session, case: Case, item: CaseItem, detection: Detection) -> None:
    """Record the entities of a new item, then raise its case for links to decided cases or partners."""
    observed = observed_in(
        detection.kind, detection.group_key, detection.payload, _suspect_messages(session, detection)
    )
    if not observed:
        return
    detector = detector_of(detection.kind)
    rows = [
        ObservationRow(o.kind, o.value, case.id, item.id, detector, o.evidence, detection.occurred_at)
        for o in observed
    ]
    recorded = record_observations(session, rows)
    new = {entity_id for entity_id, case_id in recorded.new_pairs if case_id == case.id}
    if new:
        react_to_new_entities(session, case, new)


def _suspect_messages(session: Session, detection: Detection) -> list[str]:
    """The kept messages of a chat case's conversation written by the suspect (contacts a groomer gives
    are entities; a child's own contact details are not recorded)."""
    conversation, suspect = detection.payload.get("conversation_id"), detection.payload.get("suspect")
    if detection.kind not in CHAT_KINDS or not conversation or not suspect:
        return []
    return list(
        session.scalars(
            select(ChatContextMessage.text).where(
                ChatContextMessage.conversation_id == str(conversation),
                ChatContextMessage.author == str(suspect),
            )
        )
    )


def react_to_new_entities(session: Session, case: Case, entity_ids: set[int]) -> None:
    """Audit and raise `case` for each decided case and each partner mark its new entities reach."""
    links = linked_cases(session, case.id, entity_ids=entity_ids, limit=1000)
    statuses = (
        dict(
            session.execute(
                select(Case.id, Case.priority).where(
                    Case.id.in_([link.case for link in links]), Case.status.in_(DECIDED_STATUSES)
                )
            ).all()
        )
        if links
        else {}
    )
    for link in links:
        if link.case not in statuses:
            continue
        target = min(case.priority - 1, statuses[link.case])
        before = raise_case(session, case, target)
        audit(
            session,
            ACTOR,
            "entity_link",
            f"case:{case.id}",
            {
                "linked_case": link.case,
                "shared": [s.to_json() for s in link.shared],
                "score": link.score,
                "priority": [before, case.priority],
            },
        )
    marks = session.execute(
        select(PartnerMark.partner, PartnerMark.category, Entity.kind)
        .join(Entity, Entity.id == PartnerMark.entity_id)
        .where(PartnerMark.entity_id.in_(sorted(entity_ids)))
    ).all()
    for partner, category, kind in marks:
        before = raise_case(session, case, case.priority - 1)
        audit(
            session,
            ACTOR,
            "partner_match",
            f"case:{case.id}",
            {"partner": partner, "category": category, "kind": kind, "priority": [before, case.priority]},
        )


def raise_case(session: Session, case: Case, priority: int) -> int:
    """Move an active case up to `priority` (never below 1, never down); returns the old priority."""
    before = case.priority
    target = max(1, priority)
    if case.status in ACTIVE_STATUSES and target < before:
        session.execute(
            update(Case).where(Case.id == case.id, Case.priority > target).values(priority=target)
        )
        session.refresh(case)
    return before
