"""State the service keeps between requests: the online chat scorer's state per conversation, and what
the HMA-compatible API (`safeguarding.web.hma`, migration 0012) keeps per bank and per bank entry; a
bank or entry without a row there has the defaults (ratio 1.0, enabled, no metadata)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from safeguarding.store.models import Base, utcnow


class ChatConversation(Base):
    """The scorer state of one conversation, updated one message at a time.

    The row is locked while a message is scored (`SELECT ... FOR UPDATE` on PostgreSQL), so messages of
    one conversation posted at the same moment, to any replica, take turns; `version` is checked on
    every update as well (optimistic locking), so none ever overwrites another's state.
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


class BankOptions(Base):
    """Per-bank settings: the share of lookups a bank takes part in (HMA's `matching_enabled_ratio`)."""

    __tablename__ = "bank_options"

    bank_id: Mapped[int] = mapped_column(ForeignKey("banks.id", ondelete="CASCADE"), primary_key=True)
    matching_enabled_ratio: Mapped[float] = mapped_column(Float, default=1.0, server_default="1.0")


class BankEntryDetails(Base):
    """Per-entry fields of HMA's bank content: enable flag or time, user metadata, original media URI."""

    __tablename__ = "bank_entry_details"

    ENABLED = 1  # HMA's magic values for disable_until_ts; any other value is a Unix time
    DISABLED = 0

    entry_id: Mapped[int] = mapped_column(ForeignKey("bank_entries.id", ondelete="CASCADE"), primary_key=True)
    disable_until_ts: Mapped[int] = mapped_column(BigInteger, default=1, server_default="1")
    metadata_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    original_media_uri: Mapped[str | None] = mapped_column(Text, nullable=True)
