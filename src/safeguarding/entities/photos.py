"""Photos as entities: near-duplicate PDQ hashes resolve to one entity through a PDQ index.

The index (`banks.index.PDQIndex`, ids = entity ids) lives in the store's index folder under
``entity-photos`` and is derived data: `rebuild_photo_index` makes it again from the `entities` table.
A candidate is only trusted after its distance to the entity's stored hash is checked, so an index left
with ids of a rolled-back transaction never merges two different photos.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from safeguarding.banks import match_hashes
from safeguarding.banks.index import PDQIndex, hashes_from_hex
from safeguarding.entities.models import Entity
from safeguarding.media import MediaHashes

#: PDQ's own match threshold (bits of 256): within it, two photos are one entity.
NEAR_DUPLICATE_BITS = 31
_lock = threading.Lock()
_open: dict[Path, PDQIndex] = {}


def index_dir_of(session: Session) -> Path | None:
    """The store's index folder (set by `Store.session()`), or None for a bare session."""
    found = session.info.get("index_dir")
    return Path(found) if found is not None else None


def photo_index(index_dir: Path) -> PDQIndex:
    path = (index_dir / "entity-photos").resolve()
    with _lock:
        if path not in _open:
            _open[path] = PDQIndex.open(path, create=True)
        return _open[path]


def _distance(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


def canonical_photos(session: Session, hexes: list[str]) -> dict[str, str]:
    """For each PDQ hex, the value of the photo entity it is a near duplicate of (itself if none)."""
    result = {value: value for value in hexes}
    index_dir = index_dir_of(session)
    if not hexes or index_dir is None:
        return result
    candidates = photo_index(index_dir).query(hashes_from_hex(hexes), NEAR_DUPLICATE_BITS)
    wanted = {entity_id for found in candidates for entity_id, _ in found}
    stored = dict(
        session.execute(
            select(Entity.id, Entity.value).where(Entity.id.in_(wanted), Entity.kind == "photo")
        ).all()
        if wanted
        else []
    )
    for value, found in zip(hexes, candidates, strict=True):
        for entity_id, distance in found:  # nearest first
            known = stored.get(entity_id)
            if known is not None and _distance(known, value) == distance:
                result[value] = known
                break
    return result


def index_photos(session: Session, photos: dict[int, str]) -> None:
    """Add new photo entities (id → PDQ hex) to the index."""
    index_dir = index_dir_of(session)
    if not photos or index_dir is None:
        return
    ids = np.fromiter(photos, dtype=np.int64, count=len(photos))
    photo_index(index_dir).add(ids, hashes_from_hex(list(photos.values())))


def bank_matches(session: Session, hexes: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The bank entries each photo matches (through the banks' own PDQ index), for `Entity.details`."""
    index_dir = index_dir_of(session)
    if not hexes or index_dir is None:
        return {}
    queries = [MediaHashes(path="", sha256="", md5="", pdq=h, quality=None, size=0) for h in hexes]
    outcomes = match_hashes(session, queries, index_dir=index_dir)
    return {
        value: [{"bank": m.bank, "entry_id": m.entry_id, "distance": m.distance} for m in outcome.matches]
        for value, outcome in zip(hexes, outcomes, strict=True)
        if outcome.matches
    }


def rebuild_photo_index(session: Session) -> int:
    """Make the photo index again from the `entities` table; returns the number of photos."""
    index_dir = index_dir_of(session)
    if index_dir is None:
        return 0
    path = (index_dir / "entity-photos").resolve()
    with _lock:
        _open.pop(path, None)
    if path.exists():
        import shutil

        shutil.rmtree(path)
    rows = session.execute(select(Entity.id, Entity.value).where(Entity.kind == "photo")).all()
    index_photos(session, {entity_id: value for entity_id, value in rows})
    return len(rows)
