"""Entities (a phone, an email, a handle, an account, a photo, a URL, a payment account) and where each
was observed: which case item, which detector, when, with what evidence.

`entity_cases` keeps one row per (entity, case) and `entities.case_count` how many cases an entity is
in: the linked-cases query reads those instead of counting observations, so it stays fast at millions.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from safeguarding.store.models import Base, utcnow

#: The kinds of entity; values are normalised with the detectors' own code (see entities.normalise).
ENTITY_KINDS = ("phone", "email", "handle", "account", "photo", "url", "payment")


class Entity(Base):
    __tablename__ = "entities"
    __table_args__ = (UniqueConstraint("kind", "value", name="uq_entity"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(300))
    #: In how many cases the entity was observed (kept up to date by the recorder).
    case_count: Mapped[int] = mapped_column(Integer, default=0)
    #: What else is known about it: the bank entries a photo matches ({"banks": [...]}).
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    first_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Observation(Base):
    """One sighting of an entity in a case item by a detector. Never changed.

    An append-only log written only by the recorder, with ids it has just resolved in the same
    transaction: it has no foreign keys (a key check per row would cost a third of the recording rate,
    benchmarks/entities.py); `entity_cases`, which the links are read from, keeps its keys.
    """

    __tablename__ = "entity_observations"
    __table_args__ = (
        Index("ix_entity_observations_entity", "entity_id"),
        # Which items are recorded (`entities backfill`); item ids only grow, so it costs little to keep.
        Index("ix_entity_observations_item", "item_id"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    entity_id: Mapped[int] = mapped_column(Integer)
    case_id: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    detector: Mapped[str] = mapped_column(String(32))
    observed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    #: The text the value was read from (a phone as written, the chat line), at most 300 characters.
    evidence: Mapped[str] = mapped_column(Text, default="")


class EntityCase(Base):
    """An entity was observed in a case (one row however many times).

    No foreign keys, like `Observation` and for the same reason (migration 0013_entity_pairs): the key
    checks were 42% of the cost of recording new pairs, and the recorder writes ids it has just resolved.
    """

    __tablename__ = "entity_cases"
    __table_args__ = (Index("ix_entity_cases_case", "case_id", "entity_id"),)

    entity_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    case_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class PartnerMark(Base):
    """A partner reported having seen this entity (a keyed-hash match from `entities import`)."""

    __tablename__ = "entity_partner_marks"
    __table_args__ = (UniqueConstraint("entity_id", "partner", name="uq_entity_partner_mark"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), index=True)
    partner: Mapped[str] = mapped_column(String(100))
    category: Mapped[str] = mapped_column(String(64), default="")
    seen_at: Mapped[str] = mapped_column(String(64), default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
