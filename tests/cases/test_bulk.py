"""Bulk decisions: one decision on several cases of one kind, each case recorded, and the undo."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from safeguarding.audit import AuditEvent
from safeguarding.cases import (
    Case,
    CaseConflict,
    CaseError,
    Decision,
    Detection,
    claim_next,
    submit_detection,
)
from safeguarding.cases.bulk import BulkRefused, bulk_decide, undo_bulk
from safeguarding.store import Store


def _cases(store: Store, kind: str, n: int, start: int = 0) -> list[int]:
    with store.session() as session:
        return [
            submit_detection(session, Detection(kind=kind, group_key=f"{kind}:{i}", summary=f"{kind} {i}")).id
            for i in range(start, start + n)
        ]


def test_bulk_dismiss_records_each_case_and_undo_puts_them_back(store: Store) -> None:
    ids = _cases(store, "ad_network", 3)
    with store.session() as session:
        bulk = bulk_decide(session, "robin", "reviewer", ids, "dismiss", "lawful massage businesses")
        bulk_id = bulk.id
    with store.session() as session:
        cases = session.scalars(select(Case).where(Case.id.in_(ids))).all()
        assert {c.status for c in cases} == {"dismissed"} and all(c.active_key is None for c in cases)
        assert {c.items[0].status for c in cases} == {"dismissed"}
        decided = session.scalars(select(AuditEvent).where(AuditEvent.action == "decide")).all()
        assert sorted(e.subject for e in decided) == sorted(f"case:{i}" for i in ids)
        assert (
            session.scalar(select(AuditEvent.subject).where(AuditEvent.action == "bulk_decide"))
            == f"bulk:{bulk_id}"
        )
    with store.session() as session:
        result = undo_bulk(session, bulk_id, "robin", "reviewer")
    assert sorted(result.restored) == sorted(ids) and result.left == {}
    with store.session() as session:
        cases = session.scalars(select(Case).where(Case.id.in_(ids))).all()
        assert {c.status for c in cases} == {"open"} and all(c.active_key == c.group_key for c in cases)
        assert {c.items[0].status for c in cases} == {"open"}
        undos = session.scalars(select(Decision).where(Decision.action == "undo")).all()
        assert len(undos) == 3
        audited = session.scalars(
            select(AuditEvent.action).where(AuditEvent.action.in_(["undo", "bulk_undo"]))
        ).all()
        assert sorted(audited) == ["bulk_undo", "undo", "undo", "undo"]
        # back in the queue: claimable again
        assert claim_next(session, "robin", role="reviewer") is not None
    with store.session() as session, pytest.raises(CaseConflict, match="already undone"):
        undo_bulk(session, bulk_id, "robin", "reviewer")


def test_bulk_refuses_mixed_kinds_held_and_hidden_cases_and_changes_nothing(store: Store) -> None:
    ads = _cases(store, "ad_network", 2)
    chat = _cases(store, "grooming_warning", 1)
    media = _cases(store, "media_match", 1)
    with store.session() as session, pytest.raises(CaseError, match="one kind"):
        bulk_decide(session, "robin", "reviewer", ads + chat, "dismiss", "x")
    with store.session() as session, pytest.raises(BulkRefused, match=f"case {media[0]}"):
        bulk_decide(session, "robin", "reviewer", media, "dismiss", "x")
    with store.session() as session, pytest.raises(CaseError, match="needs a reason"):
        bulk_decide(session, "robin", "reviewer", ads, "dismiss", "  ")
    with store.session() as session:
        claim_next(session, "casey", role="child_safety_reviewer", where=[Case.id == ads[1]])
    with store.session() as session, pytest.raises(CaseConflict, match=f"case {ads[1]} is held by casey"):
        bulk_decide(session, "robin", "reviewer", ads, "dismiss", "x")
    with store.session() as session:
        assert set(session.scalars(select(Case.status))) == {"open"}
        assert session.scalar(select(Decision.id)) is None


def test_undo_only_in_time_by_its_maker_and_leaves_changed_cases(store: Store) -> None:
    ids = _cases(store, "ad_network", 2)
    with store.session() as session:
        bulk_id = bulk_decide(session, "robin", "reviewer", ids, "escalate", "needs a senior look").id
    with store.session() as session, pytest.raises(BulkRefused, match="only they or an admin"):
        undo_bulk(session, bulk_id, "rita", "reviewer")
    with store.session() as session, pytest.raises(CaseConflict, match="can no longer be undone"):
        undo_bulk(session, bulk_id, "robin", "reviewer", now=datetime.now(UTC) + timedelta(minutes=6))
    with store.session() as session:  # an admin decides one of the escalated cases meanwhile
        from safeguarding.cases import decide

        decide(session, ids[0], "admin", "dismiss", "seen it")
    with store.session() as session:
        result = undo_bulk(session, bulk_id, "admin", "admin")
    assert result.restored == [ids[1]] and "decided again" in result.left[ids[0]]
