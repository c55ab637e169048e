"""Preserved evidence: encrypted copies of a case's files, and the holds that keep them.

`case_id` is an indexed integer rather than a foreign key (cases live in a parallel migration branch,
and preserved evidence must never vanish through a cascade).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from safeguarding.store.models import Base, utcnow


class EvidenceFile(Base):
    """A file preserved for a case, encrypted at rest in the evidence folder under `blob_name`."""

    __tablename__ = "evidence_files"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(Integer, index=True)
    item_ref: Mapped[str] = mapped_column(String(200), default="")
    original_name: Mapped[str] = mapped_column(Text)
    original_path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    md5: Mapped[str] = mapped_column(String(32))
    size: Mapped[int] = mapped_column(BigInteger)
    blob_name: Mapped[str] = mapped_column(String(200))
    key_id: Mapped[str] = mapped_column(String(64))
    preserved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    purged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    purge_reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class EvidenceHold(Base):
    """A preservation hold on all of a case's evidence until `expires_at`.

    Extensions add rows (with the legal request as the reason); the case is held while any row is live.
    """

    __tablename__ = "evidence_holds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(Integer, index=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    reason: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(200))
    submission_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
