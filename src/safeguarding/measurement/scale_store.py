"""The capture table from the store: which sources saw each entity, counted in the database.

A list is a source that sees entities on its own: each detector whose observations the entity
recorder keeps (`entity_observations.detector`: hash_match, chat_scorer, ads_link, ...) and each
partner whose keyed-hash export matched (`entity_partner_marks`, as `partner:NAME`). An individual is
one entity (a phone, an account, a photo): linkage is the entities package's normalisation, so its
errors are the estimate's linkage errors.

Only the counts per combination of sources leave the database (a GROUP BY over a GROUP BY); no entity
value is read.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, Integer, case, func, literal, select, union
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import Subquery

from safeguarding.entities.models import ENTITY_KINDS, Entity, Observation, PartnerMark
from safeguarding.measurement.scale import CaptureTable, EstimationError
from safeguarding.measurement.sql import bound, dialect_of

#: The kinds of entity that stand for a person or their material, by default.
DEFAULT_KINDS = ("account", "phone", "photo")
#: More lists than this give 2**n cells mostly empty; combine sources instead.
MAX_LISTS = 10


def capture_table_from_store(
    session: Session,
    *,
    kinds: Sequence[str] = DEFAULT_KINDS,
    start: datetime | None = None,
    end: datetime | None = None,
    partners: bool = True,
) -> CaptureTable:
    """Entities of these kinds seen in [start, end), counted by the combination of sources that saw them."""
    unknown = sorted(set(kinds) - set(ENTITY_KINDS))
    if unknown or not kinds:
        raise EstimationError(
            f"unknown entity kind(s): {', '.join(unknown) or '(none given)'}; use {', '.join(ENTITY_KINDS)}"
        )
    if start is not None and end is not None and start >= end:
        raise EstimationError(f"the period is empty: {start.isoformat()} is not before {end.isoformat()}")
    dialect = dialect_of(session)
    sightings = _sightings(
        kinds,
        None if start is None else bound(start, dialect),
        None if end is None else bound(end, dialect),
        partners,
    )
    sources = sorted(session.scalars(select(sightings.c.source).distinct()).all())
    if len(sources) > MAX_LISTS:
        raise EstimationError(
            f"{len(sources)} sources ({', '.join(sources)}): at most {MAX_LISTS} lists; "
            "choose fewer kinds or "
            "turn partners off"
        )
    if len(sources) < 2:
        raise EstimationError(
            f"estimation needs entities seen by at least two sources; found {len(sources)}"
            + (f" ({sources[0]})" if sources else "")
        )
    bit = case(*((sightings.c.source == name, literal(1 << i)) for i, name in enumerate(sources)), else_=0)
    per_entity = (
        select(func.sum(bit).cast(Integer).label("mask"))
        .group_by(sightings.c.entity_id)
        .subquery("per_entity")
    )
    rows = session.execute(select(per_entity.c.mask, func.count()).group_by(per_entity.c.mask)).all()
    return CaptureTable(tuple(sources), {int(mask): int(count) for mask, count in rows if mask})


def _sightings(
    kinds: Sequence[str], start: datetime | None, end: datetime | None, partners: bool
) -> Subquery:
    """(entity_id, source) once per pair: detectors' observations and partners' marks."""
    detector_window: list[ColumnElement[bool]] = [Entity.kind.in_(kinds)]
    partner_window: list[ColumnElement[bool]] = [Entity.kind.in_(kinds)]
    if start is not None:
        detector_window.append(Observation.observed_at >= start)
        partner_window.append(PartnerMark.imported_at >= start)
    if end is not None:
        detector_window.append(Observation.observed_at < end)
        partner_window.append(PartnerMark.imported_at < end)
    detectors = (
        select(Observation.entity_id.label("entity_id"), Observation.detector.label("source"))
        .join(Entity, Entity.id == Observation.entity_id)
        .where(*detector_window)
    )
    if not partners:
        return detectors.distinct().subquery("sightings")
    marks = (
        select(
            PartnerMark.entity_id.label("entity_id"),
            (literal("partner:") + PartnerMark.partner).label("source"),
        )
        .join(Entity, Entity.id == PartnerMark.entity_id)
        .where(*partner_window)
    )
    return union(detectors, marks).subquery("sightings")
