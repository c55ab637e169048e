"""Linked cases: the other cases that share an entity with a case, weighted by how rare each entity is.

The weight of an entity is an inverse document frequency over cases, ``ln((N + 1) / df)``, where ``df``
is the number of cases the entity is in and ``N`` the number of cases (the highest case id, read from the
primary key at no cost). A phone in two cases out of a million weighs about 13; a handle in half of all
cases about 0.7; an entity in more than `MAX_CASES_PER_ENTITY` cases is not followed at all (a shared
switchboard number or a platform's support address is not evidence), and of the cases sharing one
entity only the newest `MAX_LINKED_PER_ENTITY` are read. A linked case's score is the sum of the weights
of the entities it shares.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from safeguarding.cases import Case
from safeguarding.entities.models import Entity, EntityCase

MAX_CASES_PER_ENTITY = 1000
#: Of the cases sharing one entity, the newest this many are read (a reviewer reads a few dozen).
MAX_LINKED_PER_ENTITY = 200
DEFAULT_LIMIT = 50


@dataclass(frozen=True)
class SharedEntity:
    kind: str
    value: str
    cases: int
    weight: float

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "value": self.value, "cases": self.cases, "weight": self.weight}


@dataclass
class LinkedCase:
    case: int
    shared: list[SharedEntity] = field(default_factory=list)
    score: float = 0.0

    def to_json(self) -> dict[str, object]:
        return {"case": self.case, "shared": [s.to_json() for s in self.shared], "score": self.score}


def case_total(session: Session) -> int:
    return int(session.scalar(select(func.max(Case.id))) or 0)


def rarity_weight(cases_with_entity: int, total_cases: int) -> float:
    """``ln((N + 1) / df)``, 0 for an entity in more than MAX_CASES_PER_ENTITY cases."""
    if cases_with_entity <= 0 or cases_with_entity > MAX_CASES_PER_ENTITY:
        return 0.0
    return round(max(0.0, math.log((total_cases + 1) / cases_with_entity)), 3)


def case_entities(session: Session, case_id: int) -> list[tuple[int, str, str, int]]:
    """(entity id, kind, value, number of cases) of every entity observed in the case."""
    rows = session.execute(
        select(Entity.id, Entity.kind, Entity.value, Entity.case_count)
        .join(EntityCase, EntityCase.entity_id == Entity.id)
        .where(EntityCase.case_id == case_id)
        .order_by(Entity.kind, Entity.value)
    )
    return [(int(i), str(k), str(v), int(n)) for i, k, v, n in rows]


def linked_cases(
    session: Session, case_id: int, *, limit: int = DEFAULT_LIMIT, entity_ids: set[int] | None = None
) -> list[LinkedCase]:
    """Cases sharing an entity with `case_id` (only through `entity_ids` when given), best score first."""
    entities = [e for e in case_entities(session, case_id) if entity_ids is None or e[0] in entity_ids]
    followed = {e[0]: e for e in entities if 1 < e[3] <= MAX_CASES_PER_ENTITY}
    if not followed:
        return []
    total = case_total(session)
    rows: list[tuple[int, int]] = []
    for entity_id in sorted(followed):  # one index range each, newest cases first, at most a fan-out
        others = session.scalars(
            select(EntityCase.case_id)
            .where(EntityCase.entity_id == entity_id, EntityCase.case_id != case_id)
            .order_by(EntityCase.case_id.desc())
            .limit(MAX_LINKED_PER_ENTITY)
        )
        rows.extend((entity_id, other) for other in others)
    links: dict[int, LinkedCase] = defaultdict(lambda: LinkedCase(0))
    for entity_id, other in rows:
        _, kind, value, count = followed[entity_id]
        link = links[other]
        link.case = other
        weight = rarity_weight(count, total)
        link.shared.append(SharedEntity(kind, value, count, weight))
        link.score = round(link.score + weight, 3)
    ranked = sorted(links.values(), key=lambda link: (-link.score, link.case))
    return ranked[:limit]
