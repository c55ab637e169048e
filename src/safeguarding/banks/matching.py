"""Match hashed media against banks: MD5 and SHA-256 exactly, PDQ within a Hamming distance."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from safeguarding.banks.pdq_search import pdq_candidates
from safeguarding.banks.service import get_bank
from safeguarding.banks.signal_types import MD5Signal, PDQSignal, SHA256Signal
from safeguarding.media import MediaHashes
from safeguarding.store.models import Bank, BankEntry

MAX_THRESHOLD = 256


@dataclass(frozen=True)
class BankMatch:
    bank: str
    entry_id: int
    signal_type: str
    distance: int
    labels: list[str]

    def to_json(self) -> dict[str, object]:
        return {
            "bank": self.bank,
            "entry": self.entry_id,
            "signal_type": self.signal_type,
            "distance": self.distance,
            "labels": self.labels,
        }


@dataclass
class MatchOutcome:
    hashes: MediaHashes
    matches: list[BankMatch] = field(default_factory=list)
    low_quality: bool = False


def check_threshold(threshold: int) -> int:
    if not 0 <= threshold <= MAX_THRESHOLD:
        raise ValueError(f"threshold must be between 0 and {MAX_THRESHOLD}, got {threshold}")
    return threshold


def match_hashes(
    session: Session,
    hashes: Sequence[MediaHashes],
    *,
    banks: Sequence[str] | None = None,
    threshold: int = PDQSignal.default_threshold,
    index_dir: Path,
) -> list[MatchOutcome]:
    """One outcome per input, in order. Retracted entries never match; low-quality PDQ is not matched."""
    check_threshold(threshold)
    bank_ids = [get_bank(session, name).id for name in banks] if banks else None
    outcomes = [MatchOutcome(h) for h in hashes]
    hits: dict[int, list[tuple[int, int]]] = defaultdict(list)  # outcome index -> (entry id, distance)

    for kind in (MD5Signal, SHA256Signal):
        wanted: dict[str, list[int]] = defaultdict(list)
        for i, h in enumerate(hashes):
            value = kind.value_of(h)
            if value:
                wanted[value].append(i)
        for chunk in _chunks(list(wanted), 500):
            rows = session.execute(
                select(BankEntry.id, BankEntry.value).where(
                    BankEntry.signal_type == kind.name, BankEntry.value.in_(chunk)
                )
            )
            for entry_id, value in rows:
                for i in wanted[value]:
                    hits[i].append((entry_id, 0))

    pdq_queries: list[tuple[int, str]] = []
    for i, h in enumerate(hashes):
        if h.pdq is None:
            continue
        if h.quality is not None and h.quality < PDQSignal.min_quality:
            outcomes[i].low_quality = True
        else:
            pdq_queries.append((i, h.pdq))
    if pdq_queries:
        found = pdq_candidates(session, index_dir, [q for _, q in pdq_queries], threshold)
        for (i, _), candidates in zip(pdq_queries, found, strict=True):
            hits[i].extend(candidates)

    entries = _hydrate(session, {entry_id for pairs in hits.values() for entry_id, _ in pairs}, bank_ids)
    for i, pairs in hits.items():
        for entry_id, distance in sorted(pairs, key=lambda p: (p[1], p[0])):
            found_entry = entries.get(entry_id)
            if found_entry is None:
                continue
            bank_name, kind_name, labels, value = found_entry
            if kind_name == PDQSignal.name and _hamming(hashes[i].pdq or "", value) != distance:
                raise IndexOutOfDateError(
                    f"the PDQ index in {index_dir} does not agree with the database (entry {entry_id}); "
                    "rebuild it with `safeguarding bank reindex`"
                )
            outcomes[i].matches.append(BankMatch(bank_name, entry_id, kind_name, distance, labels))
    return outcomes


class IndexOutOfDateError(RuntimeError):
    """The on-disk PDQ index was built from another database; it must be rebuilt."""


def _hamming(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


def _hydrate(
    session: Session, entry_ids: set[int], bank_ids: list[int] | None
) -> dict[int, tuple[str, str, list[str], str]]:
    found: dict[int, tuple[str, str, list[str], str]] = {}
    for chunk in _chunks(sorted(entry_ids), 500):
        query = (
            select(BankEntry.id, Bank.name, BankEntry.signal_type, BankEntry.labels, BankEntry.value)
            .join(Bank, Bank.id == BankEntry.bank_id)
            .where(BankEntry.id.in_(chunk), BankEntry.retracted_at.is_(None))
        )
        if bank_ids is not None:
            query = query.where(BankEntry.bank_id.in_(bank_ids))
        for entry_id, bank_name, kind_name, labels, value in session.execute(query):
            found[entry_id] = (bank_name, kind_name, [label for label in labels.split(";") if label], value)
    return found


def _chunks(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]
