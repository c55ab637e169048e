"""Recall audits: a random sample of items a detector did NOT flag, sent to review as "audit" cases.

Recall can only be measured against items nobody flagged, so the reviewers' verdicts on a random
sample of them are its only source (metrics.recall); the queue itself only ever holds flagged items.
Each audit case has kind "audit", detector = the audited detector, priority 9 (after real work), and
one item whose payload keeps the audited detector and the population the sample was drawn from. A
reviewer confirms an audit item that should have been flagged (a miss) and dismisses one that is fine.

- hash_match: the sample is drawn in the database from scanned media with no match.
- any detector: from a JSON Lines file of its unflagged items (`{"ref": ..., "summary": ...}`),
  sampled by reservoir sampling while streaming, so the file may be any size.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import BigInteger, cast, func, literal, select, update
from sqlalchemy.orm import Session

from safeguarding.cases.models import Case, CaseItem
from safeguarding.cases.service import CaseError, Detection, submit
from safeguarding.measurement.metrics import AUDIT_KIND
from safeguarding.store.models import Match, MediaItem

MAX_SAMPLE = 10_000
#: A multiplicative hash (Knuth) and a prime: a seeded order of ids the same on both databases.
_MULTIPLIER = 2654435761
_MODULUS = 4294967291


@dataclass(frozen=True)
class AuditDraw:
    detector: str
    population: int
    drawn: int
    case_ids: list[int]


def _check(detector: str, size: int) -> None:
    if not detector or len(detector) > 64:
        raise CaseError("detector must be 1-64 characters")
    if not 1 <= size <= MAX_SAMPLE:
        raise CaseError(f"sample size must be between 1 and {MAX_SAMPLE}, not {size}")


def _open_audit(
    session: Session, detector: str, ref: str, summary: str, population: int, media: bool
) -> Case:
    case, _ = submit(
        session,
        Detection(
            kind=AUDIT_KIND,
            group_key=f"audit:{detector}:{ref}"[:300],
            summary=summary
            or f"Audit of {detector}: an item it did not flag. Confirm if it should have been.",
            severity="other",
            payload={"audited_detector": detector, "population": population, "ref": ref},
            source_ref=ref[:300],
        ),
    )
    session.execute(update(Case).where(Case.id == case.id).values(detector=detector, has_media=media))
    return case


def draw_media_audit(
    session: Session, size: int, *, seed: int = 0, detector: str = "hash_match"
) -> AuditDraw:
    """Sample `size` scanned media items that matched nothing (and were not audited yet)."""
    _check(detector, size)
    audited = select(CaseItem.source_ref).where(CaseItem.kind == AUDIT_KIND)
    unflagged = (
        select(MediaItem.id, MediaItem.sha256)
        .where(~select(Match.id).where(Match.item_id == MediaItem.id).exists())
        .where((literal("media:") + MediaItem.sha256).not_in(audited))
    )
    population = int(session.scalar(select(func.count()).select_from(unflagged.subquery())) or 0)
    big = BigInteger()
    order = (cast(MediaItem.id, big) * literal(_MULTIPLIER, big) + literal(seed, big)) % literal(
        _MODULUS, big
    )
    chosen = session.execute(unflagged.order_by(order).limit(size)).all()
    ids = [
        _open_audit(session, detector, f"media:{sha}", "", population, media=True).id for _id, sha in chosen
    ]
    return AuditDraw(detector, population, len(ids), ids)


def draw_record_audit(
    session: Session, detector: str, records: Iterable[dict[str, Any]], size: int, *, seed: int = 0
) -> AuditDraw:
    """Sample `size` of a detector's unflagged items (dicts with "ref", optional "summary")."""
    _check(detector, size)
    generator = random.Random(seed)
    reservoir: list[dict[str, Any]] = []
    population = 0
    for population, record in enumerate(records, start=1):
        if not isinstance(record.get("ref"), str | int) or str(record["ref"]) == "":
            raise CaseError(f'record {population}: needs a non-empty "ref" naming the item')
        if len(reservoir) < size:
            reservoir.append(record)
        else:
            slot = generator.randrange(population)
            if slot < size:
                reservoir[slot] = record
    ids = [
        _open_audit(
            session, detector, str(record["ref"]), str(record.get("summary", ""))[:2000], population, False
        ).id
        for record in reservoir
    ]
    return AuditDraw(detector, population, len(ids), ids)
