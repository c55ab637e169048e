"""The foundation tables: hash banks and their entries, scanned media, their signals and matches.

Other packages declare their own models on the same `Base` in their own modules.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    BigInteger,
    DateTime,
    FetchedValue,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql.base import ischema_names as postgresql_ischema_names
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Reflection (Alembic's model/migration comparison) reads bank_entries.commit_xid, PostgreSQL's xid8.
postgresql_ischema_names.setdefault("xid8", BigInteger)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class Bank(Base):
    __tablename__ = "banks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    entries: Mapped[list[BankEntry]] = relationship(back_populates="bank", passive_deletes=True)


class BankEntry(Base):
    """One hash in a bank, with where it came from. Retracted entries stay for the record."""

    __tablename__ = "bank_entries"
    __table_args__ = (
        UniqueConstraint("bank_id", "signal_type", "value", name="uq_bank_entry"),
        # The match path seeks by these (migration 0006): new PDQ rows by id, MD5/SHA-256 by value.
        Index("ix_bank_entries_type_id", "signal_type", "id"),
        Index("ix_bank_entries_type_value", "signal_type", "value"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bank_id: Mapped[int] = mapped_column(ForeignKey("banks.id", ondelete="CASCADE"), index=True)
    signal_type: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(64))
    labels: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    retracted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True, index=True)
    retract_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    # PostgreSQL fills it (xid8, the inserting transaction) so the PDQ index sync can follow commit
    # order (banks.index.sync); never loaded, never written by the application; NULL on SQLite.
    commit_xid: Mapped[int | None] = mapped_column(
        BigInteger, nullable=True, server_default=FetchedValue(), deferred=True
    )

    bank: Mapped[Bank] = relationship(back_populates="entries")

    @property
    def label_list(self) -> list[str]:
        return [label for label in self.labels.split(";") if label]


class MediaItem(Base):
    """A file that was scanned, identified by its path and content hash."""

    __tablename__ = "media_items"
    __table_args__ = (UniqueConstraint("path", "sha256", name="uq_media_item"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    md5: Mapped[str] = mapped_column(String(32))
    size: Mapped[int] = mapped_column(BigInteger)
    mtime_ns: Mapped[int] = mapped_column(BigInteger, default=0)
    first_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    signals: Mapped[list[Signal]] = relationship(back_populates="item", passive_deletes=True)
    matches: Mapped[list[Match]] = relationship(back_populates="item", passive_deletes=True)


class Signal(Base):
    """A hash extracted from a media item (one per signal type)."""

    __tablename__ = "signals"
    __table_args__ = (UniqueConstraint("item_id", "signal_type", name="uq_signal"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("media_items.id", ondelete="CASCADE"), index=True)
    signal_type: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(64))
    quality: Mapped[int | None] = mapped_column(Integer, nullable=True)

    item: Mapped[MediaItem] = relationship(back_populates="signals")


class Match(Base):
    """A media item matched a bank entry at a distance (0 for exact hashes)."""

    __tablename__ = "matches"
    __table_args__ = (UniqueConstraint("item_id", "entry_id", name="uq_match"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("media_items.id", ondelete="CASCADE"), index=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("bank_entries.id", ondelete="CASCADE"), index=True)
    distance: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    item: Mapped[MediaItem] = relationship(back_populates="matches")
    entry: Mapped[BankEntry] = relationship()
