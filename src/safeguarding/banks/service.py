"""Banks: named hash lists with provenance. Entries are retracted, never deleted, so the record stays."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from safeguarding.banks.signal_types import signal_type
from safeguarding.store.models import Bank, BankEntry


class BankError(Exception):
    """A bank operation that cannot be done; the message says why."""


@dataclass(frozen=True)
class BankSummary:
    name: str
    description: str
    created_at: datetime
    active: dict[str, int]
    retracted: int


def create_bank(session: Session, name: str, description: str = "") -> Bank:
    name = name.strip()
    if not name:
        raise BankError("a bank needs a name")
    if session.scalar(select(Bank).where(Bank.name == name)) is not None:
        raise BankError(f"bank {name!r} already exists")
    bank = Bank(name=name, description=description)
    session.add(bank)
    session.flush()
    return bank


def get_bank(session: Session, name: str) -> Bank:
    bank = session.scalar(select(Bank).where(Bank.name == name))
    if bank is None:
        known = ", ".join(session.scalars(select(Bank.name).order_by(Bank.name))) or "none yet"
        raise BankError(f"no bank named {name!r} (banks: {known})")
    return bank


def get_or_create_bank(session: Session, name: str) -> Bank:
    bank = session.scalar(select(Bank).where(Bank.name == name))
    return bank if bank is not None else create_bank(session, name)


def delete_bank(session: Session, name: str) -> None:
    session.delete(get_bank(session, name))


def summarize(session: Session, bank: Bank) -> BankSummary:
    rows = session.execute(
        select(BankEntry.signal_type, func.count())
        .where(BankEntry.bank_id == bank.id, BankEntry.retracted_at.is_(None))
        .group_by(BankEntry.signal_type)
    ).all()
    retracted = session.scalar(
        select(func.count()).where(BankEntry.bank_id == bank.id, BankEntry.retracted_at.is_not(None))
    )
    return BankSummary(bank.name, bank.description, bank.created_at, {t: n for t, n in rows}, retracted or 0)


def list_banks(session: Session) -> list[BankSummary]:
    return [summarize(session, bank) for bank in session.scalars(select(Bank).order_by(Bank.name))]


def retract(session: Session, bank_name: str, values: Iterable[tuple[str, str]], reason: str) -> int:
    """Retract (signal type, value) pairs of a bank; returns how many active entries were retracted."""
    bank = get_bank(session, bank_name)
    now = datetime.now(UTC)
    count = 0
    for type_name, value in values:
        if type_name.strip().lower() == "vpdq":  # a video entry, named by the digest of its frame list
            name, normalized = "vpdq", value.strip().lower()
        else:
            kind = signal_type(type_name)
            name, normalized = kind.name, kind.normalize(value)
        result = session.execute(
            update(BankEntry)
            .where(
                BankEntry.bank_id == bank.id,
                BankEntry.signal_type == name,
                BankEntry.value == normalized,
                BankEntry.retracted_at.is_(None),
            )
            .values(retracted_at=now, retract_reason=reason)
        )
        count += result.rowcount or 0  # type: ignore[attr-defined]
    return count
