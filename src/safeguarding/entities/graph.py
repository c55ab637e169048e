"""The graph around a case: its entities and the cases they link, one hop at a time, within a role.

Node ids are ``case:<id>`` and ``entity:<id>``. A hop goes from cases to their entities and on to the
other cases of those entities; entities in more than `MAX_CASES_PER_ENTITY` cases are shown but not
followed (they are not evidence, and would flood the picture). `visible` decides which cases a role may
see (cases it may not open are left out, not shown greyed) and `hidden_kinds` which entity kinds it
may see (photos are media: only media roles see them).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from safeguarding.cases import Case
from safeguarding.entities.links import MAX_CASES_PER_ENTITY, MAX_LINKED_PER_ENTITY, case_total, rarity_weight
from safeguarding.entities.models import Entity, EntityCase

MAX_NODES = 500
#: Whether the caller may see a case; given a row with the case's id, kind, status, priority, has_media.
Visible = Callable[[Any], bool]


@dataclass
class Graph:
    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: set[tuple[str, str]] = field(default_factory=set)
    truncated: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "nodes": list(self.nodes.values()),
            "edges": [{"source": s, "target": t} for s, t in sorted(self.edges)],
            "truncated": self.truncated,
        }


def _case_node(case: Any) -> dict[str, Any]:
    return {
        "id": f"case:{case.id}",
        "type": "case",
        "case": case.id,
        "label": f"#{case.id} {case.kind}",
        "kind": case.kind,
        "status": case.status,
        "priority": case.priority,
    }


def _entity_node(entity_id: int, kind: str, value: str, count: int, total: int) -> dict[str, Any]:
    return {
        "id": f"entity:{entity_id}",
        "type": "entity",
        "entity": entity_id,
        "label": value if kind != "photo" else f"photo {value[:12]}…",
        "kind": kind,
        "value": value,
        "cases": count,
        "weight": rarity_weight(count, total),
        "followed": count <= MAX_CASES_PER_ENTITY,
    }


def _visible_cases(session: Session, ids: Collection[int], visible: Visible) -> dict[int, Any]:
    """The cases among `ids` the caller may see, as light rows (no ORM objects: a hop reads hundreds)."""
    if not ids:
        return {}
    found = session.execute(
        select(Case.id, Case.kind, Case.status, Case.priority, Case.has_media).where(Case.id.in_(sorted(ids)))
    ).all()
    return {case.id: case for case in found if visible(case)}


def case_graph(
    session: Session,
    case_id: int,
    *,
    hops: int = 1,
    visible: Visible = lambda _case: True,
    hidden_kinds: Collection[str] = (),
    max_nodes: int = MAX_NODES,
) -> Graph:
    """The case, its entities and the cases they link, out to `hops` case-to-case hops."""
    graph = Graph()
    start = _visible_cases(session, [case_id], visible)
    if not start:
        return graph
    graph.nodes[f"case:{case_id}"] = _case_node(start[case_id])
    total = case_total(session)
    frontier = {case_id}
    for _ in range(max(1, hops)):
        frontier = _hop(session, graph, frontier, visible, hidden_kinds, max_nodes, total)
        if not frontier or graph.truncated:
            break
    return graph


def entity_graph(
    session: Session,
    entity_id: int,
    *,
    visible: Visible = lambda _case: True,
    hidden_kinds: Collection[str] = (),
    max_nodes: int = MAX_NODES,
) -> Graph:
    """One entity and the cases it is in (rarest first is meaningless here: lowest ids first)."""
    graph = Graph()
    entity = session.get(Entity, entity_id)
    if entity is None or entity.kind in hidden_kinds:
        return graph
    total = case_total(session)
    node = _entity_node(entity.id, entity.kind, entity.value, entity.case_count, total)
    graph.nodes[node["id"]] = node
    ids = session.scalars(
        select(EntityCase.case_id)
        .where(EntityCase.entity_id == entity_id)
        .order_by(EntityCase.case_id)
        .limit(max_nodes)
    ).all()
    for case in _visible_cases(session, ids, visible).values():
        graph.nodes[f"case:{case.id}"] = _case_node(case)
        graph.edges.add((f"case:{case.id}", node["id"]))
    graph.truncated = entity.case_count > max_nodes
    return graph


def _hop(
    session: Session,
    graph: Graph,
    cases: set[int],
    visible: Visible,
    hidden_kinds: Collection[str],
    max_nodes: int,
    total: int,
) -> set[int]:
    rows = session.execute(
        select(EntityCase.case_id, Entity.id, Entity.kind, Entity.value, Entity.case_count)
        .join(Entity, Entity.id == EntityCase.entity_id)
        .where(EntityCase.case_id.in_(sorted(cases)))
        .order_by(Entity.case_count, Entity.id)
    ).all()
    followed: list[int] = []  # rarest first (the rows are in case_count order)
    for case_id, entity_id, kind, value, count in rows:
        if kind in hidden_kinds:
            continue
        key = f"entity:{entity_id}"
        if key not in graph.nodes:
            if len(graph.nodes) >= max_nodes:
                graph.truncated = True
                break
            graph.nodes[key] = _entity_node(entity_id, kind, value, count, total)
        graph.edges.add((f"case:{case_id}", key))
        if 1 < count <= MAX_CASES_PER_ENTITY and entity_id not in followed:
            followed.append(entity_id)
    pairs = _other_cases(session, followed, cases, 2 * (max_nodes - len(graph.nodes)))
    shown = _visible_cases(session, {case_id for _, case_id in pairs}, visible)
    added: set[int] = set()
    for entity_id, case_id in pairs:
        case = shown.get(case_id)
        if case is None:
            continue
        key = f"case:{case_id}"
        if key not in graph.nodes:
            if len(graph.nodes) >= max_nodes:
                graph.truncated = True
                break
            graph.nodes[key] = _case_node(case)
            added.add(case_id)
        graph.edges.add((key, f"entity:{entity_id}"))
    return added


def _other_cases(session: Session, entities: list[int], skip: set[int], wanted: int) -> list[tuple[int, int]]:
    """(entity, case) for the cases of `entities` outside `skip`, rarest entity first, newest case
    first, until about `wanted` pairs: one short index range per entity, never the whole fan-out."""
    pairs: list[tuple[int, int]] = []
    for entity_id in entities:
        if len(pairs) >= wanted:
            break
        found = session.scalars(
            select(EntityCase.case_id)
            .where(EntityCase.entity_id == entity_id)
            .order_by(EntityCase.case_id.desc())
            .limit(min(MAX_LINKED_PER_ENTITY, wanted - len(pairs)) + 1)
        )
        pairs.extend((entity_id, case_id) for case_id in found if case_id not in skip)
    return pairs
