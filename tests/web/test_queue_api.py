"""The queue API as the reviewer pages offer it: filters, keyset pages, counts, claim with filters and
daily limits, bulk decisions and undo, exposure; on SQLite and PostgreSQL."""

from __future__ import annotations

from service_fixtures import Service, make_service
from sqlalchemy import select

from safeguarding.accounts import create_token
from safeguarding.audit import AuditEvent
from safeguarding.cases import Detection, submit_detection
from safeguarding.config import Config
from safeguarding.exposure import record_exposure
from safeguarding.store import Store
from safeguarding.web import create_app


def _seed(store: Store) -> dict[str, list[int]]:
    ids: dict[str, list[int]] = {}
    with store.session() as session:
        for kind, n in (("ad_network", 5), ("grooming_warning", 3), ("media_match", 2)):
            for i in range(n):
                summary = f"{kind} {i}" + (" lawful salon" if kind == "ad_network" and i < 3 else "")
                case = submit_detection(
                    session, Detection(kind=kind, group_key=f"{kind}:{i}", summary=summary)
                )
                ids.setdefault(kind, []).append(case.id)
    return ids


def test_queue_filters_pages_and_counts(service: Service) -> None:
    ids = _seed(service.store)
    admin = service.client("admin")
    first = admin.get("/v1/queue", params={"kind": "ad_network", "limit": 2}).json()
    assert [c["id"] for c in first["cases"]] == ids["ad_network"][:2]
    assert first["counts"]["total"] == 5 and first["counts"]["kind"]["grooming_warning"] == 3
    assert first["cases"][0]["detector"] == "ads_link"
    second = admin.get("/v1/queue", params={"kind": "ad_network", "limit": 2, "cursor": first["next_cursor"]})
    third = admin.get(
        "/v1/queue", params={"kind": "ad_network", "limit": 2, "cursor": second.json()["next_cursor"]}
    ).json()
    assert [c["id"] for c in second.json()["cases"] + third["cases"]] == ids["ad_network"][2:]
    assert third["next_cursor"] is None
    found = admin.get("/v1/queue", params={"search": "LAWFUL salon", "counts": "false"}).json()
    assert len(found["cases"]) == 3 and found["counts"] is None
    assert admin.get("/v1/queue", params={"held_by": "me"}).json()["cases"] == []
    bad = admin.get("/v1/queue", params={"cursor": "nonsense"})
    assert bad.status_code == 422 and "cursor" in bad.json()["detail"]
    assert admin.get("/v1/queue", params={"status": "maybe"}).status_code == 422
    analyst = service.client("analyst").get("/v1/queue").json()
    assert {c["kind"] for c in analyst["cases"]} == {"ad_network"} and analyst["counts"]["total"] == 5
    assert service.client("api_client").get("/v1/queue").status_code == 403


def test_claim_honours_filters_and_the_daily_limit(store: Store) -> None:
    ids = _seed(store)
    config = Config(
        None,
        {
            "web": {"secret_key": "test-secret-key-0123456789"},
            "review": {"daily_limit": {"message_shown": 3}},
        },
    )
    service = make_service(store)
    service.app = create_app(store, config)
    reviewer = service.client("reviewer")
    body = {"filter": {"kind": "ad_network", "search": "salon"}}
    claimed = reviewer.post("/v1/cases/claim", json=body).json()
    assert claimed["case"]["id"] == ids["ad_network"][0] and claimed["message"] is None
    reviewer.post(f"/v1/cases/{ids['ad_network'][0]}/release")
    with store.session() as session:
        record_exposure(session, "reviewer", "k", "message_shown", subjects=["a", "b", "c"])
    limited = reviewer.post("/v1/cases/claim", json=body).json()
    assert limited["case"] is None and "today's exposure limit" in limited["message"]
    me = reviewer.get("/v1/exposure/me").json()
    assert me["today"] == {"message_shown": 3} and me["daily_limit"] == {"message_shown": 3}
    # The queue goes to someone else.
    with store.session() as session:
        _, token = create_token(session, "child_safety_reviewer")
    other = service.client()
    other.headers["Authorization"] = f"Bearer {token}"
    assert other.post("/v1/cases/claim", json=body).json()["case"]["id"] == ids["ad_network"][0]


def test_bulk_decision_and_undo_over_the_api(service: Service) -> None:
    ids = _seed(service.store)
    reviewer = service.client("reviewer")
    made = reviewer.post(
        "/v1/bulk-decisions",
        json={"case_ids": ids["ad_network"][:3], "action": "dismiss", "reason": "lawful salons"},
    )
    assert made.status_code == 201, made.text
    bulk = made.json()
    assert bulk["case_ids"] == ids["ad_network"][:3] and bulk["undone_at"] is None
    for case_id in ids["ad_network"][:3]:
        case = reviewer.get(f"/v1/cases/{case_id}").json()
        assert case["status"] == "dismissed" and case["decisions"][-1]["reason"] == "lawful salons"
    with service.store.session() as session:
        subjects = session.scalars(select(AuditEvent.subject).where(AuditEvent.action == "decide")).all()
    assert sorted(subjects) == sorted(f"case:{i}" for i in ids["ad_network"][:3])
    undone = reviewer.post(f"/v1/bulk-decisions/{bulk['id']}/undo").json()
    assert sorted(undone["restored"]) == ids["ad_network"][:3] and undone["left"] == {}
    assert reviewer.get(f"/v1/cases/{ids['ad_network'][0]}").json()["status"] == "open"
    assert reviewer.post(f"/v1/bulk-decisions/{bulk['id']}/undo").status_code == 409
    mixed = reviewer.post(
        "/v1/bulk-decisions",
        json={
            "case_ids": [ids["ad_network"][0], ids["grooming_warning"][0]],
            "action": "dismiss",
            "reason": "x",
        },
    )
    assert mixed.status_code == 422 and "one kind" in mixed.json()["detail"]
    media = reviewer.post(
        "/v1/bulk-decisions", json={"case_ids": ids["media_match"], "action": "confirm", "reason": "x"}
    )
    assert media.status_code == 403
    no_reason = reviewer.post(
        "/v1/bulk-decisions", json={"case_ids": ids["ad_network"], "action": "dismiss", "reason": ""}
    )
    assert no_reason.status_code == 422
    assert (
        service.client("analyst")
        .post("/v1/bulk-decisions", json={"case_ids": ids["ad_network"], "action": "dismiss", "reason": "x"})
        .status_code
        == 403
    )


def test_exposure_report_is_for_admins_only(service: Service) -> None:
    with service.store.session() as session:
        record_exposure(session, "reviewer", "k1", "ad_shown", subjects=["item:1", "item:2"])
        record_exposure(session, "reviewer", "k1", "media_revealed", amount=1)
    assert service.client("reviewer").get("/v1/exposure").status_code == 403
    rows = service.client("admin").get("/v1/exposure").json()
    assert len(rows) == 1 and rows[0]["reviewer"] == "reviewer"
    assert (rows[0]["ad_shown"], rows[0]["media_revealed"], rows[0]["message_shown"]) == (2, 1, 0)
