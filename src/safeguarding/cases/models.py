"""Cases: one per account, network or conversation, with their items and every decision on them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from safeguarding.store.models import Base, utcnow

CASE_STATUSES = ("open", "confirmed", "dismissed", "escalated", "reported")
#: A case in one of these statuses still takes new items for its group and sits in a queue.
ACTIVE_STATUSES = ("open", "escalated")
ITEM_STATUSES = ("open", "confirmed", "dismissed", "escalated")
ACTIONS = ("confirm", "dismiss", "escalate", "note")


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (Index("ix_cases_queue", "status", "priority", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_key: Mapped[str] = mapped_column(String(300), index=True)
    #: Equal to group_key while the case is active (open/escalated), NULL after: the unique index on it
    #: means a group has at most one active case, even with detectors submitting at the same moment.
    active_key: Mapped[str | None] = mapped_column(String(300), unique=True, nullable=True)
    kind: Mapped[str] = mapped_column(String(64))
    #: The detector that found the case's most urgent item (cases.severity.detector_of); a queue filter.
    detector: Mapped[str] = mapped_column(String(64), default="", server_default="")
    severity: Mapped[str] = mapped_column(String(64))
    priority: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="open")
    summary: Mapped[str] = mapped_column(Text, default="")
    has_media: Mapped[bool] = mapped_column(Boolean, default=False)
    item_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    lease_holder: Mapped[str | None] = mapped_column(String(100), nullable=True)
    lease_expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

    items: Mapped[list[CaseItem]] = relationship(
        back_populates="case", order_by="CaseItem.id", passive_deletes=True
    )
    decisions: Mapped[list[Decision]] = relationship(
        back_populates="case", order_by="Decision.id", passive_deletes=True
    )


class CaseItem(Base):
    __tablename__ = "case_items"
    __table_args__ = (Index("ix_case_items_source", "kind", "source_ref"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(64))
    severity: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="open")
    summary: Mapped[str] = mapped_column(Text, default="")
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    source_ref: Mapped[str] = mapped_column(String(300), default="")
    occurred_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    #: The detector's score when its payload gave one (payload["score"]): measurement's precision bands.
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    case: Mapped[Case] = relationship(back_populates="items")


class Decision(Base):
    """A reviewer's decision or note on a case (item_id NULL) or on one of its items. Never changed."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_items.id", ondelete="CASCADE"), nullable=True, index=True
    )
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    case: Mapped[Case] = relationship(back_populates="decisions")


class BulkDecision(Base):
    """One decision a reviewer applied to several cases of one kind at once (cases.bulk).

    Each case still gets its own Decision row and audit event; this row keeps what the cases were
    before (`cases`: [{case_id, status, items: {item_id: status}, decision_id}]) so that the whole
    bulk decision can be undone until `undo_until`.
    """

    __tablename__ = "bulk_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(64))
    cases: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    undo_until: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    undone_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    undone_by: Mapped[str | None] = mapped_column(String(100), nullable=True)


class ChatContextMessage(Base):
    """A chat message kept as context: near an evidence line, or among the last few of a conversation.

    Only the messages inside the context window of an evidence line (`anchor`: the line itself) are
    kept for good; the last `before` messages of a conversation scored over HTTP are kept so that the
    next evidence line has its earlier context, and are dropped as newer ones arrive.
    """

    __tablename__ = "chat_context_messages"
    __table_args__ = (UniqueConstraint("conversation_id", "message_index", name="uq_chat_context_message"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[str] = mapped_column(String(300))
    message_index: Mapped[int] = mapped_column(Integer)
    author: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[str | None] = mapped_column(String(64), nullable=True)
    anchor: Mapped[bool] = mapped_column(Boolean, default=False)
