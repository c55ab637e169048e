"""State the service keeps between requests: the online chat scorer's state per conversation."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Float, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from safeguarding.store.models import Base, utcnow


class ChatConversation(Base):
    """The scorer state of one conversation, updated one message at a time.

    `version` is checked on every update (optimistic locking), so two messages posted to one
    conversation at the same moment never overwrite each other's state.
    """

    __tablename__ = "conversation_states"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[str] = mapped_column(String(300), unique=True)
    state: Mapped[dict[str, Any]] = mapped_column(JSON)
    message_count: Mapped[int] = mapped_column(Integer, default=0)
    risk: Mapped[float] = mapped_column(Float, default=0.0)
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    case_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
