"""The URL-list table (migration 0012_interop): a bank's exact-page, path-prefix and whole-domain entries."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from safeguarding.store.models import Base, utcnow


class UrlEntry(Base):
    """One URL-list entry of a bank, stored normalised (`urls.normalize`). Retracted entries stay for
    the record and never match."""

    __tablename__ = "url_entries"
    __table_args__ = (
        UniqueConstraint("bank_id", "kind", "url_key", name="uq_url_entry"),
        Index("ix_url_entries_kind_key", "kind", "url_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bank_id: Mapped[int] = mapped_column(ForeignKey("banks.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # page, prefix, domain
    url: Mapped[str] = mapped_column(Text)  # normalised; a bare host for a domain entry
    url_key: Mapped[str] = mapped_column(String(64))  # SHA-256 of url, so any length indexes
    labels: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    retracted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    retract_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
