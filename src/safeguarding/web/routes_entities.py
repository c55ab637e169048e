"""Entities over HTTP: one entity, a case's linked cases, and the graph around a case or an entity.

Every answer is limited to the caller's role: cases it may not open are left out, and photo entities
(hashes of media) are shown only to media roles.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from sqlalchemy import select

from safeguarding.accounts import CASE_READING_ROLES, MEDIA_ROLES
from safeguarding.accounts.audit import audit
from safeguarding.cases import Case, may_view
from safeguarding.entities import EntityValueError, guess, linked_cases, normalise
from safeguarding.entities.graph import MAX_NODES, case_graph, entity_graph
from safeguarding.entities.query import entity_report, find_entity
from safeguarding.web.auth import Principal, require_roles
from safeguarding.web.deps import not_found, store_of, viewable_case

router = APIRouter(prefix="/v1", tags=["entities"])
readers = require_roles(*CASE_READING_ROLES)
CaseId = Annotated[int, Path(ge=1, le=2**31 - 1, description="case id")]
EntityId = Annotated[int, Path(ge=1, le=2**31 - 1, description="entity id")]


def hidden_kinds(role: str) -> tuple[str, ...]:
    """Entity kinds a role may not see: photos are media."""
    return () if role in MEDIA_ROLES else ("photo",)


def _visible_to(role: str) -> Any:
    def visible(case: Case) -> bool:
        return may_view(role, case)

    return visible


@router.get("/entities", summary="One entity: observations, cases (those you may open), detectors")
def entity(
    request: Request,
    value: str = Query(min_length=1, max_length=300, examples=["+12025550143"]),
    kind: str | None = Query(default=None, max_length=16, description="phone, email, handle, ..."),
    principal: Principal = Depends(readers),
) -> dict[str, Any]:
    try:
        chosen, normal = (kind, normalise(kind, value)) if kind else guess(value)
    except EntityValueError as exc:
        raise HTTPException(422, detail=f"value: {exc}") from None
    if chosen in hidden_kinds(principal.role):
        raise HTTPException(403, detail=f"your role may not look up {chosen} entities")
    with store_of(request).session() as session:
        found = find_entity(session, chosen, normal)
        if found is None:
            raise not_found(f"{chosen} entity {normal!r}")
        report = entity_report(session, found)
        cases = session.scalars(select(Case).where(Case.id.in_(report["cases"]))).all()
        shown = {case.id for case in cases if may_view(principal.role, case)}
        report["cases"] = [case_id for case_id in report["cases"] if case_id in shown]
        audit(session, principal.name, "view_entity", f"entity:{found.id}", {})
        return report


@router.get("/cases/{case_id}/linked", summary="Cases sharing an entity with this one, rarest evidence first")
def linked(case_id: CaseId, request: Request, principal: Principal = Depends(readers)) -> dict[str, Any]:
    with store_of(request).session() as session:
        viewable_case(session, case_id, principal.role)
        links = linked_cases(session, case_id)
        cases = {c.id: c for c in session.scalars(select(Case).where(Case.id.in_([x.case for x in links])))}
        hidden = hidden_kinds(principal.role)
        shown = []
        for link in links:
            other = cases.get(link.case)
            if other is None or not may_view(principal.role, other):
                continue
            shared = [s.to_json() for s in link.shared if s.kind not in hidden]
            if shared:
                score = round(sum(float(str(s["weight"])) for s in shared), 3)
                shown.append({"case": link.case, "shared": shared, "score": score})
        return {"case": case_id, "linked_cases": shown}


@router.get("/graph/cases/{case_id}", summary="A case's entities and the cases they link (one or two hops)")
def graph_of_case(
    case_id: CaseId,
    request: Request,
    hops: int = Query(default=1, ge=1, le=2),
    principal: Principal = Depends(readers),
) -> dict[str, Any]:
    with store_of(request).session() as session:
        viewable_case(session, case_id, principal.role)
        graph = case_graph(
            session,
            case_id,
            hops=hops,
            visible=_visible_to(principal.role),
            hidden_kinds=hidden_kinds(principal.role),
            max_nodes=MAX_NODES,
        )
        audit(session, principal.name, "view_graph", f"case:{case_id}", {"hops": hops})
        return graph.to_json()


@router.get("/graph/entities/{entity_id}", summary="An entity and the cases it is in (one hop)")
def graph_of_entity(
    entity_id: EntityId, request: Request, principal: Principal = Depends(readers)
) -> dict[str, Any]:
    with store_of(request).session() as session:
        graph = entity_graph(
            session, entity_id, visible=_visible_to(principal.role), hidden_kinds=hidden_kinds(principal.role)
        )
        if not graph.nodes:
            raise not_found(f"entity {entity_id}")
        audit(session, principal.name, "view_graph", f"entity:{entity_id}", {})
        return graph.to_json()
