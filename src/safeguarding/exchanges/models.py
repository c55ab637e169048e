"""The exchanges package's tables (migration 0012_interop).

- `exchanges`: one python-threatexchange collaboration feeding one bank, its settings (never
  credentials) and where its fetch stands (checkpoint, running/last fetch, last error).
- `exchange_signals`: which signals each upstream record holds. A record deleted or changed upstream
  retracts exactly the entries no other record of the exchange still holds.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from safeguarding.store.models import Base, utcnow


class Exchange(Base):
    __tablename__ = "exchanges"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    api: Mapped[str] = mapped_column(String(32))
    bank_id: Mapped[int] = mapped_column(ForeignKey("banks.id", ondelete="CASCADE"), index=True)
    config_json: Mapped[str] = mapped_column(Text, default="{}")
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    checkpoint_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    checkpoint_ts: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    running_fetch_start_ts: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_fetch_complete_ts: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_fetch_succeeded: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    up_to_date: Mapped[bool] = mapped_column(Boolean, default=False)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Raised by a full (re)fetch; records not seen again by its end are gone upstream.
    generation: Mapped[int] = mapped_column(Integer, default=0)
    # Set while a full fetch is under way (kept if it is interrupted): when it completes, records of
    # an older generation are swept.
    sweep_generation: Mapped[int | None] = mapped_column(Integer, nullable=True)


class ExchangeSignal(Base):
    __tablename__ = "exchange_signals"
    __table_args__ = (
        UniqueConstraint("exchange_id", "record_key", "signal_key", name="uq_exchange_signal"),
        Index("ix_exchange_signals_signal", "exchange_id", "signal_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    exchange_id: Mapped[int] = mapped_column(ForeignKey("exchanges.id", ondelete="CASCADE"))
    record_key: Mapped[str] = mapped_column(String(64))  # SHA-256 of the upstream record's key
    signal_key: Mapped[str] = mapped_column(String(64))  # SHA-256 of "type value"
    signal_type: Mapped[str] = mapped_column(String(16))  # our bank's type: pdq, md5, url_md5, url
    value: Mapped[str] = mapped_column(Text)
    generation: Mapped[int] = mapped_column(Integer, default=0)
