"""Record the entities of case items that have none yet: after an upgrade (cases made before entities
existed, or kinds that gained an extractor since), in one process or spread over a Dask cluster.

Items are taken in ranges of their ids, one transaction a range, through the same `record_item` as the
incremental path (so links to decided cases and partner marks raise cases as they would have). An item
with observations is skipped, so a run that was interrupted, or a range that a lost worker's retry
repeats, never records anything twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import exists, func, select

from safeguarding.cases import Case, CaseItem, Detection
from safeguarding.entities.models import Observation
from safeguarding.entities.service import record_item
from safeguarding.store import Store, open_store

#: Items per transaction (and per task on a cluster).
DEFAULT_RANGE_ITEMS = 2000


@dataclass(frozen=True)
class Backfilled:
    """What a range (or a whole run) did: items read, items that had none and were recorded, observations."""

    items: int = 0
    recorded: int = 0
    observations: int = 0

    def __add__(self, other: Backfilled) -> Backfilled:
        return Backfilled(
            self.items + other.items, self.recorded + other.recorded, self.observations + other.observations
        )


def item_ranges(store: Store, size: int = DEFAULT_RANGE_ITEMS) -> list[tuple[int, int]]:
    """[low, high) ranges of case item ids covering every item, `size` ids each."""
    with store.session() as session:
        low, high = session.execute(select(func.min(CaseItem.id), func.max(CaseItem.id))).one()
    if low is None:
        return []
    return [(start, min(start + size, high + 1)) for start in range(low, high + 1, size)]


def backfill_range(store: Store, bounds: tuple[int, int]) -> Backfilled:
    """Record the items with ids in [low, high) that have no observations, in one transaction."""
    low, high = bounds
    recorded_already = exists().where(Observation.item_id == CaseItem.id)
    with store.session() as session:
        items = session.execute(
            select(CaseItem, Case, recorded_already)
            .join(Case, Case.id == CaseItem.case_id)
            .where(CaseItem.id >= low, CaseItem.id < high)
            .order_by(CaseItem.id)
        ).all()
        before = (
            session.scalar(
                select(func.count())
                .select_from(Observation)
                .where(Observation.item_id >= low, Observation.item_id < high)
            )
            or 0
        )
        recorded = 0
        for item, case, done in items:
            if done:
                continue
            detection = Detection(
                kind=item.kind,
                group_key=case.group_key,
                summary=item.summary,
                payload=dict(item.payload or {}),
                source_ref=item.source_ref,
                occurred_at=item.occurred_at,
            )
            record_item(session, case, item, detection)
            recorded += 1
        after = (
            session.scalar(
                select(func.count())
                .select_from(Observation)
                .where(Observation.item_id >= low, Observation.item_id < high)
            )
            or 0
        )
    return Backfilled(len(items), recorded, after - before)


_OPEN: dict[str, Store] = {}


def backfill_range_at(bounds: tuple[int, int], url: str) -> Backfilled:
    """`backfill_range` on a cluster worker: the store is opened once per worker process and kept."""
    store = _OPEN.get(url)
    if store is None:
        store = _OPEN[url] = open_store(url, migrate=False)
    return backfill_range(store, bounds)


def backfill_locally(store: Store, ranges: list[tuple[int, int]]) -> Iterator[Backfilled]:
    """Each range in this process, in order."""
    for bounds in ranges:
        yield backfill_range(store, bounds)
