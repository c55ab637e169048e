"""The entity graph of a case in the reviewer UI, and its HTML export for an investigator's report.

The page draws with Cytoscape.js, served from this app (static/vendor, pinned, with its licence); it asks
the JSON API (/v1/graph/...) for one hop at a time, so every expansion goes through the same role checks.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from safeguarding.accounts import CASE_READING_ROLES
from safeguarding.cases import Case, may_view
from safeguarding.entities.graph import case_graph
from safeguarding.web.auth import Principal
from safeguarding.web.deps import store_of
from safeguarding.web.routes_entities import hidden_kinds
from safeguarding.web.ui.pages import (
    HERE,
    PREFIX,
    audit,
    login_redirect,
    principal_dependency,
    refuse,
    render_page,
    secure_headers,
    templates,
)

CYTOSCAPE = "cytoscape-3.34.4.min.js"
GRAPH_STATIC = {
    CYTOSCAPE: ("vendor/" + CYTOSCAPE, "text/javascript; charset=utf-8"),
    "graph.js": ("graph.js", "text/javascript; charset=utf-8"),
    "graph.css": ("graph.css", "text/css; charset=utf-8"),
}
router = APIRouter()


@router.get("/graph/static/{name}")
def graph_static(name: str) -> Response:
    if name not in GRAPH_STATIC:
        raise HTTPException(404, detail="no such file")
    path, media_type = GRAPH_STATIC[name]
    response = Response((HERE / "static" / path).read_bytes(), media_type=media_type)
    response.headers["Cache-Control"] = "no-cache"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def _allowed(request: Request, principal: Principal | None, case_id: int) -> Response | None:
    if principal is None:
        return login_redirect(request)
    if principal.role not in CASE_READING_ROLES:
        return refuse(request, principal, "Your role does not use the review pages.")
    with store_of(request).session() as session:
        case = session.get(Case, case_id)
        if case is None:
            return refuse(request, principal, f"There is no case {case_id}.", status_code=404)
        if not may_view(principal.role, case):
            return refuse(request, principal, "Your role may not open this case.")
    return None


@router.get("/cases/{case_id}/graph", response_class=HTMLResponse)
def graph_page(
    case_id: int, request: Request, principal: Principal | None = principal_dependency
) -> Response:
    refused = _allowed(request, principal, case_id)
    if refused is not None or principal is None:
        return refused or login_redirect(request)
    context = {
        "case_id": case_id,
        "cytoscape": CYTOSCAPE,
        "shows_photos": not hidden_kinds(principal.role),
    }
    return render_page(request, "graph.html", context, principal)


def _layout(graph: dict[str, Any], start: str) -> list[dict[str, Any]]:
    """Rings: the case in the middle, entities around it, other cases outside."""
    nodes = graph["nodes"]
    entities = [n for n in nodes if n["type"] == "entity"]
    cases = [n for n in nodes if n["type"] == "case" and n["id"] != start]
    placed = []
    for ring, members in ((0, [n for n in nodes if n["id"] == start]), (170, entities), (330, cases)):
        for i, node in enumerate(members):
            angle = 2 * math.pi * i / max(1, len(members))
            placed.append(
                {
                    **node,
                    "x": round(400 + ring * math.cos(angle), 1),
                    "y": round(400 + ring * math.sin(angle), 1),
                }
            )
    return placed


@router.get("/cases/{case_id}/graph/export")
def graph_export(
    case_id: int, request: Request, principal: Principal | None = principal_dependency
) -> Response:
    """A self-contained HTML file (no script, no outside link): the graph as SVG plus its tables."""
    refused = _allowed(request, principal, case_id)
    if refused is not None or principal is None:
        return refused or login_redirect(request)
    with store_of(request).session() as session:
        graph = case_graph(
            session,
            case_id,
            hops=1,
            visible=lambda case: may_view(principal.role, case),
            hidden_kinds=hidden_kinds(principal.role),
        ).to_json()
        audit(session, principal.name, "export_graph", f"case:{case_id}", {"nodes": len(graph["nodes"])})
    placed = _layout(graph, f"case:{case_id}")
    where = {n["id"]: n for n in placed}
    context = {
        "case_id": case_id,
        "nodes": placed,
        "edges": [(where[e["source"]], where[e["target"]]) for e in graph["edges"]],
        "exported_by": principal.name,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "truncated": graph["truncated"],
    }
    response = templates.TemplateResponse(request, "graph_export.html", context)
    response.headers["Content-Disposition"] = f'attachment; filename="case-{case_id}-graph.html"'
    return secure_headers(response)


__all__ = ["PREFIX", "router"]
