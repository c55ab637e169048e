"""PDQ candidates within a threshold, from the whole store (all banks); bank filters apply afterwards."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from safeguarding.store.models import BankEntry


def pdq_candidates(
    session: Session, index_dir: Path, queries: list[str], threshold: int
) -> list[list[tuple[int, int]]]:
    rows = session.execute(
        select(BankEntry.id, BankEntry.value).where(
            BankEntry.signal_type == "pdq", BankEntry.retracted_at.is_(None)
        )
    ).all()
    if not rows:
        return [[] for _ in queries]
    ids = np.array([r[0] for r in rows], dtype=np.int64)
    bank = np.frombuffer(b"".join(bytes.fromhex(r[1]) for r in rows), dtype=np.uint8).reshape(-1, 32)
    out: list[list[tuple[int, int]]] = []
    for query in queries:
        q = np.frombuffer(bytes.fromhex(query), dtype=np.uint8)
        distances = np.bitwise_count(np.bitwise_xor(bank, q)).sum(axis=1)
        hit = np.nonzero(distances <= threshold)[0]
        out.append([(int(ids[j]), int(distances[j])) for j in hit])
    return out
