"""Every endpoint × every role, and no credentials at all: 401/403 with no data, or the real answer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from service_fixtures import Service

from safeguarding.accounts import ROLES
from safeguarding.cases import Detection, submit_detection
from safeguarding.cases.bulk import bulk_decide
from safeguarding.measurement.models import DoubleReview

BRIDGE = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "pdq" / "bridge-mods" / "aaa-orig.jpg"
PDQ = "d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22"
ALL = set(ROLES)
READERS = {"admin", "child_safety_reviewer", "reviewer", "analyst"}
DECIDERS = {"admin", "child_safety_reviewer", "reviewer"}
MEDIA = {"admin", "child_safety_reviewer"}

Request = dict[str, Any]
Body = Callable[[str, dict[str, Any]], Request]


def _json(body: dict[str, Any]) -> Body:
    return lambda _role, _ctx: {"json": body}


# (method, path as in OpenAPI, roles allowed, request builder). Order matters: `claim` comes last
# so that release and decisions run on a case nobody holds.
MATRIX: list[tuple[str, str, set[str], Body]] = [
    ("GET", "/v1/session", ALL, _json({})),
    ("GET", "/v1/cases", READERS, _json({})),
    ("GET", "/v1/cases/{case_id}", READERS, _json({})),
    ("GET", "/v1/cases/{case_id}/context", READERS, _json({})),
    (
        "GET",
        "/v1/cases/{case_id}/context/more",
        READERS,
        lambda _r, _c: {"params": {"conversation_id": "conv-matrix", "start": 0, "end": 1}},
    ),
    ("POST", "/v1/cases/{case_id}/release", DECIDERS, _json({})),
    ("POST", "/v1/cases/{case_id}/decisions", DECIDERS, _json({"action": "note", "reason": "matrix"})),
    ("GET", "/v1/stats", {"admin", "analyst"}, _json({})),
    ("POST", "/v1/match/hash", MEDIA | {"api_client"}, _json({"signal_type": "pdq", "value": PDQ})),
    ("POST", "/v1/match/image", MEDIA | {"api_client"}, lambda _r, _c: {"content": BRIDGE.read_bytes()}),
    (
        "POST",
        "/v1/chats/{conversation_id}/messages",
        {"admin", "api_client"},
        _json({"author": "a", "text": "hi"}),
    ),
    ("GET", "/v1/chats/{conversation_id}", DECIDERS, _json({})),
    (
        "POST",
        "/v1/ads/batch",
        {"admin", "analyst", "api_client"},
        _json({"ads": [{"id": "1", "text": "hello"}]}),
    ),
    ("POST", "/v1/detections", {"admin", "api_client"}, _json({"kind": "other", "group_key": "matrix"})),
    ("GET", "/v1/banks", MEDIA, _json({})),
    ("POST", "/v1/banks", {"admin"}, lambda role, _c: {"json": {"name": f"bank-{role}"}}),
    (
        "POST",
        "/v1/banks/{name}/entries",
        {"admin"},
        _json({"source": "matrix", "entries": [{"signal_type": "pdq", "value": PDQ}]}),
    ),
    (
        "POST",
        "/v1/banks/{name}/retract",
        {"admin"},
        _json({"reason": "matrix", "entries": [{"signal_type": "pdq", "value": PDQ}]}),
    ),
    ("GET", "/v1/entities", READERS, lambda _r, _c: {"params": {"value": "+1 202 555 0143"}}),
    ("GET", "/v1/cases/{case_id}/linked", READERS, _json({})),
    ("GET", "/v1/graph/cases/{case_id}", READERS, _json({})),
    ("GET", "/v1/graph/entities/{entity_id}", READERS, _json({})),
    ("GET", "/v1/queue", READERS, lambda _r, _c: {"params": {"kind": "ad_network", "search": "n"}}),
    (
        "POST",
        "/v1/bulk-decisions",
        DECIDERS,
        lambda role, c: {
            "json": {"case_ids": [c["bulk_case"].get(role, 1)], "action": "dismiss", "reason": "matrix"}
        },
    ),
    ("POST", "/v1/bulk-decisions/{bulk_id}/undo", DECIDERS, _json({})),
    (
        "POST",
        "/v1/payments/batch",
        {"admin", "analyst", "api_client"},
        _json(
            {
                "transactions": [
                    {
                        "txn_id": "t1",
                        "time": "2024-01-01T10:00:00+01:00",
                        "sender": "cust-1",
                        "receiver": "acct-1",
                        "amount": 20,
                        "currency": "EUR",
                        "channel": "card",
                    }
                ]
            }
        ),
    ),
    ("GET", "/v1/cases/{case_id}/sar-outline", READERS, _json({})),
    ("GET", "/v1/exposure/me", READERS, _json({})),
    ("GET", "/v1/exposure", {"admin"}, _json({})),
    ("DELETE", "/v1/session", ALL, _json({})),
    ("GET", "/v1/stats/{metric}", {"admin", "analyst"}, lambda _r, _c: {"params": {"from": "2026-01-01"}}),
    (
        "POST",
        "/v1/stats/audits",
        {"admin"},
        _json({"detector": "chat_scorer", "size": 1, "records": [{"ref": "matrix-unflagged"}]}),
    ),
    ("POST", "/v1/stats/double-reviews", {"admin"}, _json({"rate": 0})),
    ("GET", "/v1/second-reviews/next", DECIDERS, _json({})),
    ("POST", "/v1/second-reviews/{review_id}", DECIDERS, _json({"action": "confirm"})),
    ("POST", "/v1/cases/claim", DECIDERS, _json({})),
]
PUBLIC = {("POST", "/v1/session")}


def test_matrix_covers_every_endpoint(sqlite_service: Service) -> None:
    documented = {
        (method.upper(), path)
        for path, operations in sqlite_service.app.openapi()["paths"].items()
        if path.startswith("/v1/")
        for method in operations
    }
    assert documented == {(method, path) for method, path, _, _ in MATRIX} | PUBLIC


def test_every_endpoint_checks_the_role(service: Service) -> None:
    with service.store.session() as session:
        network = submit_detection(
            session,
            Detection(
                kind="ad_network", group_key="network:N1", summary="n", payload={"phones": ["+12025550143"]}
            ),
        )
        ctx: dict[str, Any] = {
            "case_id": network.id,
            "conversation_id": "conv-matrix",
            "name": "hotline",
            "entity_id": 1,
            "metric": "funnel",
        }
        # Bulk decisions: a case of each deciding role's own to decide, and a bulk decision to undo.
        ctx["bulk_case"], ctx["bulk_ids"] = {}, {}
        for role in sorted(DECIDERS):
            cases = [
                submit_detection(session, Detection(kind="ad_network", group_key=f"bulk:{role}:{n}")).id
                for n in range(2)
            ]
            ctx["bulk_case"][role] = cases[0]
            ctx["bulk_ids"][role] = bulk_decide(session, role, role, [cases[1]], "dismiss", "matrix").id
        # Second reviews: one drawn case for each deciding role, first decided by somebody else.
        ctx["review_ids"] = {}
        for role in sorted(DECIDERS):
            case_id = submit_detection(session, Detection(kind="ad_network", group_key=f"second:{role}")).id
            review = DoubleReview(case_id=case_id, first_actor="first-reviewer", first_action="dismiss")
            session.add(review)
            session.flush()
            ctx["review_ids"][role] = review.id
    service.client("admin").post("/v1/banks", json={"name": "hotline"})
    service.client("api_client").post("/v1/chats/conv-matrix/messages", json={"author": "a", "text": "hello"})
    seen: dict[tuple[str, str, str | None], int] = {}
    for method, template, allowed, build in MATRIX:
        for role in [None, *ROLES]:
            path = template.format(
                **ctx, bulk_id=ctx["bulk_ids"].get(role, 1), review_id=ctx["review_ids"].get(role, 1)
            )
            request = build(role or "anonymous", ctx)
            response = service.client(role).request(method, path, **request)
            seen[(method, template, role)] = response.status_code
            where = f"{method} {template} as {role}"
            if role is None:
                assert response.status_code == 401, where
                assert response.json() == {"detail": response.json()["detail"]}, where
            elif role not in allowed:
                assert response.status_code == 403, f"{where}: {response.status_code} {response.text[:200]}"
                assert response.json() == {"detail": "your role may not do this"}, where
            elif template.endswith("/context/more"):  # past the role check; no chat service configured
                assert response.status_code == 404 and "no chat service" in response.text, where
            else:
                assert response.status_code in (200, 201, 204), (
                    f"{where}: {response.status_code} {response.text[:300]}"
                )
    assert len(seen) == len(MATRIX) * (len(ROLES) + 1)
