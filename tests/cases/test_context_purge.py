"""The retention job deletes the chat context kept for a dismissed case once its retention has passed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select, update

from safeguarding.audit import AuditEvent
from safeguarding.cases import Decision, Detection, decide, submit_detection
from safeguarding.cases.models import ChatContextMessage
from safeguarding.evidence.purge import apply_context_purge, plan_context_purge
from safeguarding.store import Store


def _chat_case(store: Store, conversation: str) -> int:
    with store.session() as session:
        case = submit_detection(
            session,
            Detection(
                kind="grooming_warning",
                group_key=f"conversation:{conversation}",
                payload={"conversation_id": conversation, "evidence": [{"message": 1}]},
            ),
        )
        session.add_all(
            ChatContextMessage(
                conversation_id=conversation, message_index=i, author="a", text="t", anchor=i == 1
            )
            for i in range(3)
        )
        return case.id


def test_context_of_dismissed_cases_goes_after_retention(store: Store) -> None:
    old, recent, open_case = (
        _chat_case(store, "c-old"),
        _chat_case(store, "c-recent"),
        _chat_case(store, "c-open"),
    )
    with store.session() as session:
        decide(session, old, "robin", "dismiss", "a parent arranging a pick-up")
        decide(session, recent, "robin", "dismiss", "a parent arranging a pick-up")
        session.execute(
            update(Decision)
            .where(Decision.case_id == old)
            .values(created_at=datetime.now(UTC) - timedelta(days=31))
        )
    with store.session() as session:
        plan = plan_context_purge(session, 30)
        assert [(p.case_id, p.conversations) for p in plan] == [(old, ["c-old"])]
        assert apply_context_purge(session, plan, "retention") == 3
    with store.session() as session:
        left = dict(
            session.execute(
                select(ChatContextMessage.conversation_id, func.count()).group_by(
                    ChatContextMessage.conversation_id
                )
            ).all()
        )
        assert left == {"c-recent": 3, "c-open": 3}
        assert (
            session.scalar(select(AuditEvent.subject).where(AuditEvent.action == "purge_context"))
            == f"case:{old}"
        )
    assert open_case
