"""The double-review sample: decided cases drawn for a second, blind review by another reviewer."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from safeguarding.store.models import Base, utcnow


class DoubleReview(Base):
    """A case drawn for a second review (migration 0011_measurement).

    The first decision is copied here when the case is drawn; the second reviewer is never shown it
    (safeguarding.measurement.double_review hands out the case without its decisions) and must be a
    different person. Cohen's kappa is computed over the rows with both actions.
    """

    __tablename__ = "double_reviews"
    __table_args__ = (Index("ix_double_reviews_pending", "second_action", "drawn_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), unique=True)
    first_actor: Mapped[str] = mapped_column(String(100))
    first_action: Mapped[str] = mapped_column(String(16))
    drawn_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    claimed_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    claimed_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    second_actor: Mapped[str | None] = mapped_column(String(100), nullable=True)
    second_action: Mapped[str | None] = mapped_column(String(16), nullable=True)
    second_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class MeasurementSnapshot(Base):
    """The dashboard's figures for one period, computed ahead of the page (migration 0015).

    key: the period as asked ("latest:84:week" for the default, moving with today; otherwise
    "from:to:by"); figures: the page context as JSON; seconds: how long computing them took;
    requested_at: when the page last asked for this key (keys nobody asks for are pruned).
    """

    __tablename__ = "measurement_snapshots"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    figures: Mapped[str] = mapped_column(Text)
    computed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    seconds: Mapped[float] = mapped_column(Float)
    requested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
