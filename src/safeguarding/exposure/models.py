"""One row per thing a reviewer was shown (or per break they took)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from safeguarding.store.models import Base, utcnow

#: What is counted, in the order the pages show it.
EXPOSURE_KINDS = ("media_revealed", "thumbnail_shown", "message_shown", "ad_shown")
#: Not exposure: marks the moment a reviewer said they took a break (amount 0).
BREAK = "break"


class ExposureEvent(Base):
    """Something shown to a reviewer: `amount` things of `kind`, in one log-in session, on one UTC day.

    `subject` names what was shown ("item:12:message:4"); within one session a subject counts once
    (a unique index on session_key, kind, subject), so a reload does not count again. Reveals carry no
    subject: every reveal counts. `session_key` is a hash derived from the session, never its id.
    Indexes (migration 0008): (reviewer, day) for the daily totals and limits, (session_key, id) for
    the session's counts since its last break.
    """

    __tablename__ = "exposure_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reviewer: Mapped[str] = mapped_column(String(100))
    session_key: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str | None] = mapped_column(String(200), nullable=True)
    case_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    amount: Mapped[int] = mapped_column(Integer, default=1)
    day: Mapped[date] = mapped_column(Date)
    shown_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
