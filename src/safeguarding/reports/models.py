"""Submissions to NCMEC: one row per report attempt on a case, its files and every server response.

`case_id` is an indexed integer, not a foreign key: the cases table lives in a parallel migration
branch, and a report must outlive edits to the case anyway.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from safeguarding.store.models import Base, utcnow


class ReportSubmission(Base):
    """Progress of one CyberTipline report, persisted after every step so a retry resumes."""

    __tablename__ = "report_submissions"
    # Reports sent and failed per period (measurement, migration 0011_measurement).
    __table_args__ = (Index("ix_report_submissions_created", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(Integer, index=True)
    endpoint: Mapped[str] = mapped_column(Text)
    # built -> opened -> finished, or -> retracted; 'failed' only before the report was opened.
    state: Mapped[str] = mapped_column(String(16), index=True)
    report_xml: Mapped[str] = mapped_column(Text)
    ncmec_report_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

    files: Mapped[list[ReportFile]] = relationship(
        back_populates="submission", order_by="ReportFile.id", passive_deletes=True
    )


class ReportFile(Base):
    """One file of a submission: uploaded once (`ncmec_file_id` set), then described once (fileinfo)."""

    __tablename__ = "report_files"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("report_submissions.id", ondelete="CASCADE"), index=True
    )
    evidence_file_id: Mapped[int] = mapped_column(Integer, index=True)
    file_name: Mapped[str] = mapped_column(Text)
    md5: Mapped[str] = mapped_column(String(32))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    ncmec_file_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    server_md5: Mapped[str | None] = mapped_column(String(32), nullable=True)
    file_details_xml: Mapped[str | None] = mapped_column(Text, nullable=True)
    uploaded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    described_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

    submission: Mapped[ReportSubmission] = relationship(back_populates="files")


class ReportResponse(Base):
    """Every answer the server gave (or the failure to get one), kept verbatim for the record."""

    __tablename__ = "report_responses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("report_submissions.id", ondelete="CASCADE"), index=True
    )
    step: Mapped[str] = mapped_column(String(16))
    http_status: Mapped[int | None] = mapped_column(Integer, nullable=True)
    request_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    body: Mapped[str] = mapped_column(Text, default="")
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
