"""Scanning media: ingest → extract signals → match → record (and hand matches to triage).

Each batch is committed on its own and every write is an upsert, so a scan that is run twice records
nothing twice, and a scan that was killed half-way is finished by running it again.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from safeguarding.banks import BankMatch, MatchOutcome, PDQSignal, match_hashes
from safeguarding.media import (
    ImageLimits,
    MediaError,
    MediaHashes,
    PathProblem,
    VideoHashes,
    VideoOptions,
    hash_many,
    iter_media_paths,
)
from safeguarding.store import Store
from safeguarding.store.models import Match, MediaItem, Signal
from safeguarding.video.scanning import match_scanned_video, record_details, record_frames, recorded_video

BATCH = 64
MatchHook = Callable[[Session, MediaItem, list[BankMatch]], None]
# Hashes files in input order: `hash_many` here, or `media.on_cluster.hash_on_cluster` on a Dask cluster.
Hasher = Callable[[Iterable[Path | PathProblem]], Iterator[MediaHashes | MediaError]]


@dataclass
class ScanResult:
    path: str
    hashes: MediaHashes | None = None
    error: str | None = None
    matches: list[BankMatch] = field(default_factory=list)
    low_quality: bool = False
    already_recorded: bool = False


@dataclass
class ScanSummary:
    files: int = 0
    new: int = 0
    already_recorded: int = 0
    matched: int = 0
    errors: int = 0

    def add(self, result: ScanResult) -> None:
        self.files += 1
        if result.error:
            self.errors += 1
            return
        if result.already_recorded:
            self.already_recorded += 1
        else:
            self.new += 1
        if result.matches:
            self.matched += 1


def _recorded_hashes(session: Session, path: Path) -> MediaHashes | None:
    """Hashes of a file this store already scanned, unchanged since (same path, size and mtime)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    item = session.scalar(
        select(MediaItem).where(
            MediaItem.path == _stored_path(path),
            MediaItem.size == info.st_size,
            MediaItem.mtime_ns == info.st_mtime_ns,
        )
    )
    if item is None:
        return None
    video = recorded_video(session, item, str(path))  # a video's frames are read back, never decoded again
    if video is not None:
        return video
    pdq = next((s for s in item.signals if s.signal_type == "pdq"), None)
    return MediaHashes(
        path=str(path),
        sha256=item.sha256,
        md5=item.md5,
        pdq=pdq.value if pdq else None,
        quality=pdq.quality if pdq else None,
        size=item.size,
    )


def _stored_path(path: str | Path) -> str:
    """Items are recorded by absolute path, so a scan resumed from another folder finds them."""
    return os.path.abspath(path)


def _record(session: Session, outcome: MatchOutcome, hook: MatchHook | None) -> None:
    h = outcome.hashes
    stored = _stored_path(h.path)
    item = session.scalar(select(MediaItem).where(MediaItem.path == stored, MediaItem.sha256 == h.sha256))
    if item is None:
        try:
            mtime_ns = os.stat(h.path).st_mtime_ns
        except OSError:
            mtime_ns = 0
        item = MediaItem(path=stored, sha256=h.sha256, md5=h.md5, size=h.size, mtime_ns=mtime_ns)
        session.add(item)
        session.flush()
        session.add_all(
            [
                Signal(item_id=item.id, signal_type="sha256", value=h.sha256),
                Signal(item_id=item.id, signal_type="md5", value=h.md5),
            ]
        )
        if h.pdq:
            session.add(Signal(item_id=item.id, signal_type="pdq", value=h.pdq, quality=h.quality))
        if isinstance(h, VideoHashes):
            record_frames(session, item, h)
    known = set(session.scalars(select(Match.entry_id).where(Match.item_id == item.id)))
    new_matches = [m for m in outcome.matches if m.entry_id not in known]
    session.add_all([Match(item_id=item.id, entry_id=m.entry_id, distance=m.distance) for m in new_matches])
    session.flush()
    record_details(session, item, new_matches)
    if hook is not None and new_matches:
        hook(session, item, new_matches)


def scan_media(
    store: Store,
    paths: Iterable[str | Path],
    *,
    banks: Sequence[str] | None = None,
    threshold: int = PDQSignal.default_threshold,
    workers: int = 1,
    limits: ImageLimits | None = None,
    video: VideoOptions | None = None,
    on_match: MatchHook | None = None,
    on_total: Callable[[int], None] | None = None,
    hasher: Hasher | None = None,
) -> Iterator[ScanResult]:
    """Scan files and folders, yielding one result per file in input order.

    `on_total` is told how many files there are once the folders have been walked (for a progress bar).
    `hasher` replaces the local processes (`workers`) for the files not yet recorded, e.g. a Dask cluster;
    matching and recording stay in this process, against its store.
    """
    pending: list[Path | PathProblem] = []
    reused: dict[int, MediaHashes] = {}
    with store.session() as session:
        for position, item in enumerate(iter_media_paths(paths)):
            pending.append(item)
            if isinstance(item, Path):
                recorded = _recorded_hashes(session, item)
                if recorded is not None:
                    reused[position] = recorded
    if on_total is not None:
        on_total(len(pending))

    to_hash = (item for i, item in enumerate(pending) if i not in reused)
    if hasher is not None:
        hashed = hasher(to_hash)
    else:
        hashed = hash_many(to_hash, workers=workers, limits=limits, video=video)
    ordered = (reused[i] if i in reused else next(hashed) for i in range(len(pending)))
    position = 0
    while batch := list(islice(ordered, BATCH)):
        results = [ScanResult(path=getattr(h, "path", "")) for h in batch]
        good = [(i, h) for i, h in enumerate(batch) if isinstance(h, MediaHashes)]
        for i, h in enumerate(batch):
            if isinstance(h, MediaError):
                results[i] = ScanResult(path=h.path, error=h.problem)
        videos = {
            i: match_scanned_video(store, h, banks, threshold) for i, h in good if isinstance(h, VideoHashes)
        }
        with store.session() as session:
            outcomes = match_hashes(
                session, [h for _, h in good], banks=banks, threshold=threshold, index_dir=store.index_dir
            )
            for (i, h), outcome in zip(good, outcomes, strict=True):
                outcome.matches.extend(videos.get(i, []))
                _record(session, outcome, on_match)
                results[i] = ScanResult(
                    path=h.path,
                    hashes=h,
                    matches=outcome.matches,
                    low_quality=outcome.low_quality,
                    already_recorded=(position + i) in reused,
                )
        position += len(batch)
        yield from results
