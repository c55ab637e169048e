"""Cases, the queue, leases and decisions, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from safeguarding.audit import AuditEvent
from safeguarding.cases import (
    Case,
    CaseConflict,
    CaseError,
    Decision,
    Detection,
    claim_next,
    decide,
    get_case,
    list_cases,
    release,
    submit_detection,
)
from safeguarding.store import Store


def _det(group: str, kind: str = "grooming_warning", ref: str = "", **extra: object) -> Detection:
    return Detection(kind=kind, group_key=group, summary=f"{kind} {group}", source_ref=ref, **extra)  # type: ignore[arg-type]


def _age(store: Store, case_id: int, minutes: int) -> None:
    """Make a case look older, so queue order does not depend on clock resolution."""
    with store.session() as session:
        session.execute(
            update(Case)
            .where(Case.id == case_id)
            .values(created_at=datetime.now(UTC) - timedelta(minutes=minutes))
        )


def test_detections_of_one_group_make_one_case(store: Store) -> None:
    with store.session() as session:
        first = submit_detection(session, _det("account:1", ref="c1"))
        second = submit_detection(session, _det("account:1", kind="meeting_arranged", ref="c1-meeting"))
        other = submit_detection(session, _det("account:2", ref="c2"))
        again = submit_detection(session, _det("account:1", ref="c1"))  # the same finding twice
    assert first.id == second.id == again.id != other.id
    with store.session() as session:
        case = get_case(session, first.id)
        assert case is not None
        assert [item.kind for item in case.items] == ["grooming_warning", "meeting_arranged"]
        assert case.item_count == 2
        # The arranged meeting made the whole case most urgent.
        assert (case.priority, case.severity, case.kind) == (1, "imminent_harm", "meeting_arranged")


def test_unknown_severity_is_refused(store: Store) -> None:
    with store.session() as session, pytest.raises(CaseError, match="unknown severity 'urgent'"):
        submit_detection(session, _det("account:1", severity="urgent"))


def test_queue_order_is_severity_then_oldest(store: Store) -> None:
    ids = {}
    with store.session() as session:
        for name, kind, severity in [
            ("ads-weak", "ad_network", "ad_network"),
            ("grooming-new", "grooming_warning", None),
            ("media", "media_match", None),
            ("ads-strong", "ad_network", "ad_network_strong"),
            ("grooming-old", "grooming_warning", None),
            ("meeting", "meeting_arranged", None),
        ]:
            ids[name] = submit_detection(session, _det(name, kind=kind, severity=severity)).id
    _age(store, ids["grooming-old"], 60)
    order = []
    with store.session() as session:
        while (case := claim_next(session, f"r{len(order)}", 60)) is not None:
            order.append(case.group_key)
    assert order == ["meeting", "media", "grooming-old", "grooming-new", "ads-strong", "ads-weak"]


def test_lease_is_kept_renewed_released_and_expires(store: Store) -> None:
    with store.session() as session:
        a = submit_detection(session, _det("a")).id
        b = submit_detection(session, _det("b")).id
    _age(store, a, 5)
    with store.session() as session:
        claimed = claim_next(session, "alice", 60)
        assert claimed is not None and claimed.id == a and claimed.lease_holder == "alice"
    with store.session() as session:
        again = claim_next(session, "alice", 60)  # one case at a time: the same one, renewed
        assert again is not None and again.id == a
        other = claim_next(session, "bob", 60)
        assert other is not None and other.id == b
        assert claim_next(session, "carol", 60) is None
        with pytest.raises(CaseConflict):
            release(session, a, "bob")
    with store.session() as session:
        release(session, a, "alice")
    with store.session() as session:
        carol = claim_next(session, "carol", 60)
        assert carol is not None and carol.id == a
    # Carol walks away: her lease expires and the case goes to the next reviewer.
    with store.session() as session:
        session.execute(
            update(Case).where(Case.id == a).values(lease_expires_at=datetime.now(UTC) - timedelta(seconds=1))
        )
    with store.session() as session:
        dave = claim_next(session, "dave", 60)
        assert dave is not None and dave.id == a and dave.lease_holder == "dave"


def test_decisions_are_recorded_and_move_the_case(store: Store) -> None:
    with store.session() as session:
        case_id = submit_detection(session, _det("account:9", ref="x")).id
        claim_next(session, "alice", 60)
    with store.session() as session:
        with pytest.raises(CaseError, match="dismiss needs a reason"):
            decide(session, case_id, "alice", "dismiss")
        with pytest.raises(CaseConflict, match="leased to alice"):
            decide(session, case_id, "bob", "confirm")
        decide(session, case_id, "bob", "note", "looked over alice's shoulder")  # notes are always allowed
        decide(session, case_id, "alice", "confirm")
    with store.session() as session:
        case = get_case(session, case_id)
        assert case is not None
        assert (case.status, case.lease_holder, case.active_key) == ("confirmed", None, None)
        assert [(d.actor, d.action) for d in case.decisions] == [("bob", "note"), ("alice", "confirm")]
        assert all(d.created_at is not None for d in case.decisions)
        assert [item.status for item in case.items] == ["confirmed"]
        with pytest.raises(CaseConflict, match="already confirmed"):
            decide(session, case_id, "alice", "dismiss", "changed my mind")
        events = session.scalars(
            select(AuditEvent.action).where(AuditEvent.subject == f"case:{case_id}")
        ).all()
        assert list(events).count("decide") == 2
    # A new finding for the group after the case closed opens a new case.
    with store.session() as session:
        new = submit_detection(session, _det("account:9", ref="y"))
        assert new.id != case_id and new.status == "open"
        # ... but the same finding again is recognised as already decided.
        assert submit_detection(session, _det("account:9", ref="x")).id == case_id


def test_bulk_item_decisions(store: Store) -> None:
    with store.session() as session:
        for ref in ("m1", "m2", "m3"):
            case = submit_detection(session, _det("network:N1", kind="ad_network", ref=ref))
        case_id = case.id
        item_ids = [item.id for item in case.items]
        decide(session, case_id, "alice", "dismiss", "unrelated ads", item_ids=item_ids[:2])
        assert get_case(session, case_id).status == "open"  # type: ignore[union-attr]
        with pytest.raises(CaseError, match="not in case"):
            decide(session, case_id, "alice", "confirm", item_ids=[item_ids[2], 999_999])
        decide(session, case_id, "alice", "confirm", item_ids=[item_ids[2]])
    with store.session() as session:
        case = get_case(session, case_id)
        assert case is not None
        assert [i.status for i in case.items] == ["dismissed", "dismissed", "confirmed"]
        assert case.status == "confirmed"
        decisions = session.scalars(select(Decision).where(Decision.case_id == case_id)).all()
        assert sorted(d.item_id for d in decisions) == sorted(item_ids)


def test_escalated_cases_go_to_their_own_queue(store: Store) -> None:
    with store.session() as session:
        case_id = submit_detection(session, _det("account:5")).id
        decide(session, case_id, "alice", "escalate", "needs a senior")
        assert claim_next(session, "bob", 60) is None
        senior = claim_next(session, "carol", 60, statuses=("escalated",))
        assert senior is not None and senior.id == case_id
        decide(session, case_id, "carol", "dismiss", "benign after all")
        assert get_case(session, case_id).status == "dismissed"  # type: ignore[union-attr]


def test_roles_see_only_their_cases(store: Store) -> None:
    with store.session() as session:
        submit_detection(session, _det("media:abc", kind="media_match"))
        submit_detection(session, _det("conversation:c1"))
        submit_detection(session, _det("network:N1", kind="ad_network"))
    with store.session() as session:
        assert len(list_cases(session, role="admin")) == 3
        assert {c.kind for c in list_cases(session, role="reviewer")} == {"grooming_warning", "ad_network"}
        assert {c.kind for c in list_cases(session, role="analyst")} == {"ad_network"}
        assert list_cases(session, role="api_client") == []
        claimed = [claim_next(session, f"r{i}", 60, role="reviewer") for i in range(3)]
        assert {c.kind for c in claimed if c} == {"grooming_warning", "ad_network"}
        assert claimed[2] is None  # the media case is never handed to a text reviewer


def test_concurrent_claims_never_share_a_case(store: Store) -> None:
    """Reviewers in threads with their own connections claim at the same moment: no case twice."""
    n_cases, n_reviewers = 60, 6
    with store.session() as session:
        for i in range(n_cases):
            submit_detection(session, _det(f"account:{i}"))
    barrier = threading.Barrier(n_reviewers)
    claimed: list[tuple[str, int]] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def reviewer(number: int) -> None:
        try:
            barrier.wait()
            attempt = 0
            while True:
                name = f"reviewer{number}-{attempt}"  # a new name keeps every earlier lease live
                attempt += 1
                with store.session() as session:
                    case = claim_next(session, name, 600)
                    if case is None:
                        return
                    case_id = case.id
                with lock:
                    claimed.append((name, case_id))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=reviewer, args=(i,)) for i in range(n_reviewers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    ids = [case_id for _, case_id in claimed]
    assert len(ids) == len(set(ids)) == n_cases
    assert len({name.split("-")[0] for name, _ in claimed}) > 1  # the reviewers really competed
    with store.session() as session:
        holders = dict(session.execute(select(Case.id, Case.lease_holder)).all())
    assert holders == {case_id: name for name, case_id in claimed}
