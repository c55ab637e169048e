"""Tables of the audit log: the events (leaves), the signed tree heads and the sequence counter."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from safeguarding.store.models import Base, utcnow


class AuditEvent(Base):
    """One leaf of the log. `entry` is the canonical JSON that was hashed; the other columns copy it
    for querying, and `audit verify` recomputes each of them from `entry` (any difference fails)."""

    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    actor: Mapped[str] = mapped_column(String(200), index=True)
    action: Mapped[str] = mapped_column(String(64), index=True)
    subject: Mapped[str] = mapped_column(String(200), index=True)
    entry: Mapped[bytes] = mapped_column(LargeBinary)
    leaf_hash: Mapped[str] = mapped_column(String(64))


class AuditTreeHead(Base):
    """A signed statement that the first `tree_size` events have root `root_hash`."""

    __tablename__ = "audit_tree_heads"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tree_size: Mapped[int] = mapped_column(BigInteger, unique=True)
    root_hash: Mapped[str] = mapped_column(String(64))
    timestamp_ms: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    key_id: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(String(128))
    # The right edge of the tree at tree_size (one 32-byte hash per perfect subtree, largest first):
    # the next head is computed from it and the events since, not from the whole log.
    frontier: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class AuditLogState(Base):
    """A single row holding the next sequence number; updating it serialises writers on every database."""

    __tablename__ = "audit_log_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    next_seq: Mapped[int] = mapped_column(BigInteger)
    # The newest signed head, read by every writer with its sequence number to decide when to sign.
    last_head_size: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    last_head_ms: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
