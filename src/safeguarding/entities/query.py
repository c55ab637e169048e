"""Reading entities back: one entity with its observations, cases and detectors."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from safeguarding.entities.links import case_total, rarity_weight
from safeguarding.entities.models import Entity, EntityCase, Observation, PartnerMark
from safeguarding.entities.photos import canonical_photos

MAX_CASES_LISTED = 1000


def find_entity(session: Session, kind: str, value: str) -> Entity | None:
    """The entity of this kind and normal value (a photo: also its nearest near duplicate)."""
    if kind == "photo":
        value = canonical_photos(session, [value])[value]
    return session.scalars(select(Entity).where(Entity.kind == kind, Entity.value == value)).one_or_none()


def entity_report(session: Session, entity: Entity) -> dict[str, Any]:
    """`entities show --json`: the entity, its number of observations, its cases and detectors."""
    observations = session.scalar(select(func.count()).where(Observation.entity_id == entity.id)) or 0
    cases = session.scalars(
        select(EntityCase.case_id)
        .where(EntityCase.entity_id == entity.id)
        .order_by(EntityCase.case_id)
        .limit(MAX_CASES_LISTED)
    ).all()
    detectors = session.scalars(
        select(Observation.detector).where(Observation.entity_id == entity.id).distinct()
    ).all()
    partners = session.execute(
        select(PartnerMark.partner, PartnerMark.category, PartnerMark.seen_at)
        .where(PartnerMark.entity_id == entity.id)
        .order_by(PartnerMark.partner)
    ).all()
    report: dict[str, Any] = {
        "entity": {"kind": entity.kind, "value": entity.value},
        "observations": int(observations),
        "cases": list(cases),
        "detectors": sorted(detectors),
        "case_count": entity.case_count,
        "weight": rarity_weight(entity.case_count, case_total(session)),
    }
    if partners:
        report["partners"] = [{"partner": p, "category": c, "seen_at": s} for p, c, s in partners]
    if entity.details:
        report.update(entity.details)
    return report
