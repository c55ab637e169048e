"""Video entries in banks: one `bank_entries` row (signal type `vpdq`) per video, its frames beside it.

Read from Meta's per-video hash file (`frame,quality,pdqhex,timestamp`, one entry per file) or from
python-threatexchange's signal file (`vpdq ["pdqhex,quality,timestamp", ...]` a line, one entry per
line), and written back in both. A bank keeps whatever density the list has (Meta's reference files hash
every frame). The entry's value is the SHA-256 of its frame list, so importing the same list twice adds
it once. Frames of quality 50 or more go into the `vpdq` PDQ index (banks.pdq_search).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from sqlalchemy import insert, select

from safeguarding.banks.models import BankVideoFrame
from safeguarding.banks.service import get_bank, get_or_create_bank
from safeguarding.media.video import FrameHash
from safeguarding.media.vpdq_format import VpdqFormatError, parse_vpdq_line, vpdq_line, write_vpdq
from safeguarding.store import Store
from safeguarding.store.models import BankEntry

VPDQ = "vpdq"


def video_digest(frames: list[FrameHash]) -> str:
    """The entry's value: SHA-256 of the frame list in Meta's line format."""
    digest = hashlib.sha256()
    for frame in frames:
        digest.update((vpdq_line(frame) + "\n").encode())
    return digest.hexdigest()


def add_video_entry(
    store: Store,
    bank_name: str,
    frames: list[FrameHash],
    *,
    labels: str = "",
    note: str = "",
    source: str = "",
) -> int | None:
    """Add one video to a bank (created if needed): its entry id, or None if the bank already holds it.

    The entry and its frames are written in one transaction (the frame index follows the entry's commit).
    """
    if not frames:
        raise ValueError("a video entry needs at least one frame")
    value = video_digest(frames)
    with store.session() as session:
        bank = get_or_create_bank(session, bank_name)
        exists = session.scalar(
            select(BankEntry.id).where(
                BankEntry.bank_id == bank.id, BankEntry.signal_type == VPDQ, BankEntry.value == value
            )
        )
        if exists is not None:
            return None
        entry = BankEntry(
            bank_id=bank.id, signal_type=VPDQ, value=value, labels=labels, note=note, source=source
        )
        session.add(entry)
        session.flush()
        rows = [
            {
                "entry_id": entry.id,
                "frame": f.frame,
                "timestamp": f.timestamp,
                "pdq": f.pdq,
                "quality": f.quality,
            }
            for f in frames
        ]
        for start in range(0, len(rows), 5000):
            session.execute(insert(BankVideoFrame), rows[start : start + 5000])
        entry_id = entry.id
    return entry_id


def parse_tx_vpdq(value: str, where: str) -> list[FrameHash]:
    """python-threatexchange's vpdq signal value: a JSON list of "pdqhex,quality,timestamp" strings."""
    try:
        items = json.loads(value)
    except ValueError:
        raise VpdqFormatError(f"{where}: not a JSON list of 'pdqhex,quality,timestamp' strings") from None
    if not isinstance(items, list) or not items:
        raise VpdqFormatError(f"{where}: expected a non-empty JSON list of frames")
    frames = []
    for number, item in enumerate(items):
        if not isinstance(item, str) or item.count(",") != 2:
            raise VpdqFormatError(f"{where}: frame {number}: expected 'pdqhex,quality,timestamp'")
        pdq, quality, timestamp = item.split(",")
        frames.append(parse_vpdq_line(f"{number},{quality},{pdq},{timestamp}", f"{where}: frame {number}"))
    return frames


def tx_vpdq_value(frames: list[FrameHash]) -> str:
    return json.dumps([f"{f.pdq},{f.quality},{f.timestamp:.3f}" for f in frames])


def entry_frames(store: Store, entry_id: int) -> list[FrameHash]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(BankVideoFrame.frame, BankVideoFrame.timestamp, BankVideoFrame.pdq, BankVideoFrame.quality)
            .where(BankVideoFrame.entry_id == entry_id)
            .order_by(BankVideoFrame.id)
        )
        return [FrameHash(int(f), float(t), p, int(q)) for f, t, p, q in rows]


def iter_video_entries(store: Store, bank_name: str) -> Iterator[tuple[int, str, str]]:
    """(entry id, labels, note) of a bank's active video entries, in id order."""
    with store.session() as session:
        bank_id = get_bank(session, bank_name).id
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(BankEntry.id, BankEntry.labels, BankEntry.note)
            .where(
                BankEntry.bank_id == bank_id, BankEntry.signal_type == VPDQ, BankEntry.retracted_at.is_(None)
            )
            .order_by(BankEntry.id)
        )
        for entry_id, labels, note in rows:
            yield int(entry_id), labels, note


def export_vpdq_dir(store: Store, bank_name: str, out_dir: Path) -> int:
    """One Meta hash file per active video entry, named `entry-<id>.txt`; returns how many."""
    out_dir.mkdir(parents=True, exist_ok=True)
    count = 0
    for entry_id, _labels, _note in list(iter_video_entries(store, bank_name)):
        with open(out_dir / f"entry-{entry_id}.txt", "w", encoding="utf-8", newline="\n") as handle:
            write_vpdq(entry_frames(store, entry_id), handle)
        count += 1
    return count


def export_tx_videos(store: Store, bank_name: str, out: IO[str]) -> int:
    count = 0
    for entry_id, _labels, _note in list(iter_video_entries(store, bank_name)):
        out.write(f"{VPDQ} {tx_vpdq_value(entry_frames(store, entry_id))}\n")
        count += 1
    return count
