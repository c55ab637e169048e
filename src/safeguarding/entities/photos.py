"""Photos as entities: near-duplicate PDQ hashes resolve to one entity through a PDQ index.

The index (`banks.index.PDQIndex`, ids = entity ids) lives in the store's index folder under
``entity-photos`` and is derived data: `rebuild_photo_index` makes it again from the `entities` table.
New photos of a transaction wait in the session (`pending`): they count as near duplicates at once for
that transaction, are checked against the hash banks in one batch just before it commits, and go into
the index only after it committed, so the index never holds an entity that was rolled back. A candidate
from the index is still checked against the stored hash before two photos are merged.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import event, select, update
from sqlalchemy.orm import Session

from safeguarding.banks import match_hashes
from safeguarding.banks.index import PDQIndex, hashes_from_hex
from safeguarding.entities.models import Entity
from safeguarding.media import MediaHashes

#: PDQ's own match threshold (bits of 256): within it, two photos are one entity.
NEAR_DUPLICATE_BITS = 31
_PENDING = "entities.pending_photos"
_LISTENING = "entities.photo_listeners"
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


def distance(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


def _pending(session: Session) -> dict[int, str]:
    if not session.info.get(_LISTENING):  # once per session; the listeners do nothing when idle
        session.info[_LISTENING] = True
        event.listen(session, "before_commit", _check_banks)
        event.listen(session, "after_commit", _index_committed)
        event.listen(session, "after_rollback", _forget)
    pending: dict[int, str] = session.info.setdefault(_PENDING, {})
    return pending


def canonical_photos(session: Session, hexes: list[str]) -> dict[str, str]:
    """For each PDQ hex, the value of the photo entity it is a near duplicate of (itself if none)."""
    result = {value: value for value in hexes}
    if not hexes:
        return result
    nearest: dict[str, tuple[int, str]] = {}
    for known in session.info.get(_PENDING, {}).values():
        for value in hexes:
            bits = distance(known, value)
            if bits <= NEAR_DUPLICATE_BITS and bits < nearest.get(value, (257, ""))[0]:
                nearest[value] = (bits, known)
    index_dir = index_dir_of(session)
    if index_dir is not None:
        candidates = photo_index(index_dir).query(hashes_from_hex(hexes), NEAR_DUPLICATE_BITS)
        wanted = sorted({entity_id for found in candidates for entity_id, _ in found})
        stored: dict[int, str] = {}
        if wanted:
            rows = session.execute(select(Entity.id, Entity.value).where(Entity.id.in_(wanted)))
            stored = {entity_id: value for entity_id, value in rows}
        for value, found in zip(hexes, candidates, strict=True):
            for entity_id, bits in found:  # nearest first
                known = stored.get(entity_id)
                if known is not None and distance(known, value) == bits:
                    if bits < nearest.get(value, (257, ""))[0]:
                        nearest[value] = (bits, known)
                    break
    for value, (_, known) in nearest.items():
        result[value] = known
    return result


def add_photos(session: Session, photos: dict[int, str]) -> None:
    """New photo entities (id → PDQ hex) of this transaction: banks checked and indexed at commit."""
    if photos:
        _pending(session).update(photos)


def _check_banks(session: Session) -> None:
    if session.in_nested_transaction():  # a savepoint: the transaction goes on
        return
    pending: dict[int, str] = session.info.get(_PENDING, {})
    for entity_id, matches in bank_matches(session, pending).items():
        session.execute(update(Entity).where(Entity.id == entity_id).values(details={"banks": matches}))


def _index_committed(session: Session) -> None:
    if session.in_nested_transaction():
        return
    pending: dict[int, str] = session.info.pop(_PENDING, {})
    index_dir = index_dir_of(session)
    if pending and index_dir is not None:
        ids = np.fromiter(pending, dtype=np.int64, count=len(pending))
        photo_index(index_dir).add(ids, hashes_from_hex(list(pending.values())))


def _forget(session: Session) -> None:
    session.info.pop(_PENDING, None)


def bank_matches(session: Session, photos: dict[int, str]) -> dict[int, list[dict[str, Any]]]:
    """The bank entries each photo entity matches (through the banks' own PDQ index)."""
    index_dir = index_dir_of(session)
    if not photos or index_dir is None:
        return {}
    ids = list(photos)
    queries = [MediaHashes(path="", sha256="", md5="", pdq=photos[i], quality=None, size=0) for i in ids]
    outcomes = match_hashes(session, queries, index_dir=index_dir)
    return {
        entity_id: [{"bank": m.bank, "entry_id": m.entry_id, "distance": m.distance} for m in outcome.matches]
        for entity_id, outcome in zip(ids, outcomes, strict=True)
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
            shutil.rmtree(path)
    rows = session.execute(select(Entity.id, Entity.value).where(Entity.kind == "photo")).all()
    if rows:
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        photo_index(index_dir).add(ids, hashes_from_hex([r[1] for r in rows]))
    return len(rows)
