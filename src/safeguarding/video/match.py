"""Match frames and videos against the banks' video entries (and, per frame, their PDQ image entries).

`FrameMatcher` is the per-frame lookup (live streams use it one sampled frame at a time):

    matcher = FrameMatcher(store, banks=["known-videos"])      # distance 31, frames of quality >= 50
    hits = matcher.match(pdq_hex, quality)                     # -> [FrameHit(bank, entry, distance, ...)]
    per_frame = matcher.match_many([pdq_hex, ...])             # one index query for many frames

`match_video` matches a whole video (its sampled frames) and applies a `MatchRule` (rules.py): shares of
unique frames both ways and runs of consecutive matched samples, with the matched time ranges.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from safeguarding.banks import IndexOutOfDateError, get_bank
from safeguarding.banks.models import BankVideoFrame
from safeguarding.banks.pdq_search import pdq_candidates
from safeguarding.media.video import FrameHash
from safeguarding.store import Store
from safeguarding.store.models import Bank, BankEntry
from safeguarding.video.rules import DEFAULT_RULE, MatchRule

INDEX_QUALITY_FLOOR = 50  # the vpdq index holds bank frames of quality >= 50 only


@dataclass(frozen=True)
class FrameHit:
    """One bank item a frame hash matched: a frame of a video entry (`kind` "video", `bank_time` its
    time in that video, `frame_id` its row) or a PDQ image entry (`kind` "image")."""

    bank: str
    entry: int
    distance: int
    kind: str
    labels: tuple[str, ...] = ()
    bank_time: float | None = None
    frame_id: int | None = None
    bank_pdq: str = ""

    def to_json(self) -> dict[str, object]:
        record: dict[str, object] = {
            "bank": self.bank,
            "entry": self.entry,
            "distance": self.distance,
            "kind": self.kind,
            "labels": list(self.labels),
        }
        if self.bank_time is not None:
            record["bank_time"] = round(self.bank_time, 3)
        return record


class FrameMatcher:
    """Per-frame lookup in the banks' PDQ indexes: video frames and, with `images`, PDQ image entries.

    Frames of quality under `min_quality` are not matched (an empty list). Retracted entries never
    match; `banks` limits the lookup to those banks (default: every bank). Each call takes in entries
    imported since the previous one, so a long-running watcher sees new bank entries at once.
    """

    def __init__(
        self,
        store: Store,
        banks: Sequence[str] | None = None,
        *,
        distance: int = 31,
        min_quality: int = 50,
        images: bool = True,
    ) -> None:
        if not 0 <= distance <= 256:
            raise ValueError(f"distance must be between 0 and 256, got {distance}")
        self.store = store
        self.distance = distance
        self.min_quality = min_quality
        self.images = images
        self.bank_names = list(banks) if banks else None
        self._bank_ids: list[int] | None = None
        if self.bank_names:
            with store.session() as session:
                self._bank_ids = [get_bank(session, name).id for name in self.bank_names]

    def match(self, pdq: str, quality: int | None = None) -> list[FrameHit]:
        """Hits for one frame's PDQ hash (64 hex digits), nearest first."""
        if quality is not None and quality < self.min_quality:
            return []
        return self.match_many([pdq])[0]

    def match_many(self, pdqs: Sequence[str]) -> list[list[FrameHit]]:
        """Hits for each hash, in order (one index query for all of them)."""
        with self.store.session() as session:
            found = self.video_hits(session, pdqs)
            if self.images:
                for hits, image_hits in zip(found, self._image_hits(session, pdqs), strict=True):
                    hits.extend(image_hits)
        for hits in found:
            hits.sort(key=lambda h: (h.distance, h.entry, h.bank_time or 0.0))
        return found

    def video_hits(self, session: Session, pdqs: Sequence[str]) -> list[list[FrameHit]]:
        """For each hash, the frames of active video entries within the distance."""
        pdqs = [p.lower() for p in pdqs]
        candidates = pdq_candidates(session, self.store.index_dir, list(pdqs), self.distance, name="vpdq")
        rows = self._frames(session, {frame_id for pairs in candidates for frame_id, _ in pairs})
        result: list[list[FrameHit]] = []
        for pdq, pairs in zip(pdqs, candidates, strict=True):
            hits = []
            for frame_id, distance in pairs:
                row = rows.get(frame_id)
                if row is None:
                    continue
                entry_id, bank_time, bank_pdq, bank_name, labels = row
                if _hamming(pdq, bank_pdq) != distance:
                    raise IndexOutOfDateError(
                        f"the video frame index in {self.store.index_dir} does not agree with the database "
                        f"(frame {frame_id}); rebuild it with `safeguarding bank reindex`"
                    )
                hits.append(
                    FrameHit(bank_name, entry_id, distance, "video", labels, bank_time, frame_id, bank_pdq)
                )
            result.append(hits)
        return result

    def _frames(
        self, session: Session, frame_ids: set[int]
    ) -> dict[int, tuple[int, float, str, str, tuple[str, ...]]]:
        found: dict[int, tuple[int, float, str, str, tuple[str, ...]]] = {}
        ordered = sorted(frame_ids)
        for start in range(0, len(ordered), 500):
            query = (
                select(
                    BankVideoFrame.id,
                    BankVideoFrame.entry_id,
                    BankVideoFrame.timestamp,
                    BankVideoFrame.pdq,
                    Bank.name,
                    BankEntry.labels,
                )
                .join(BankEntry, BankEntry.id == BankVideoFrame.entry_id)
                .join(Bank, Bank.id == BankEntry.bank_id)
                .where(
                    BankVideoFrame.id.in_(ordered[start : start + 500]),
                    BankEntry.retracted_at.is_(None),
                    BankVideoFrame.quality >= self.min_quality,
                )
            )
            if self._bank_ids is not None:
                query = query.where(BankEntry.bank_id.in_(self._bank_ids))
            for frame_id, entry_id, timestamp, pdq, bank_name, labels in session.execute(query):
                found[frame_id] = (entry_id, float(timestamp), pdq, bank_name, _labels(labels))
        return found

    def _image_hits(self, session: Session, pdqs: Sequence[str]) -> list[list[FrameHit]]:
        candidates = pdq_candidates(session, self.store.index_dir, [p.lower() for p in pdqs], self.distance)
        ids = sorted({entry_id for pairs in candidates for entry_id, _ in pairs})
        entries: dict[int, tuple[str, tuple[str, ...]]] = {}
        for start in range(0, len(ids), 500):
            query = (
                select(BankEntry.id, Bank.name, BankEntry.labels)
                .join(Bank, Bank.id == BankEntry.bank_id)
                .where(BankEntry.id.in_(ids[start : start + 500]), BankEntry.retracted_at.is_(None))
            )
            if self._bank_ids is not None:
                query = query.where(BankEntry.bank_id.in_(self._bank_ids))
            for entry_id, bank_name, labels in session.execute(query):
                entries[entry_id] = (bank_name, _labels(labels))
        return [
            [FrameHit(entries[e][0], e, d, "image", entries[e][1]) for e, d in pairs if e in entries]
            for pairs in candidates
        ]


@dataclass(frozen=True)
class TimeRange:
    query_start: float
    query_end: float
    bank_start: float
    bank_end: float

    def to_json(self) -> dict[str, float]:
        return {
            "query_start": round(self.query_start, 3),
            "query_end": round(self.query_end, 3),
            "bank_start": round(self.bank_start, 3),
            "bank_end": round(self.bank_end, 3),
        }


@dataclass
class VideoMatch:
    """A bank video scored against a query: shares in percent (2 decimals), ranges, which rules held."""

    bank: str
    entry: int
    labels: tuple[str, ...]
    query_share: float
    bank_share: float
    ranges: list[TimeRange] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    best_distance: int = 0

    @property
    def matched(self) -> bool:
        return bool(self.reasons)

    def to_json(self) -> dict[str, object]:
        return {
            "bank": self.bank,
            "entry": self.entry,
            "labels": list(self.labels),
            "query_share": self.query_share,
            "bank_share": self.bank_share,
            "rule": self.reasons,
            "distance": self.best_distance,
            "ranges": [r.to_json() for r in self.ranges],
        }


def score_video(
    store: Store,
    frames: Sequence[FrameHash],
    *,
    banks: Sequence[str] | None = None,
    rule: MatchRule = DEFAULT_RULE,
) -> list[VideoMatch]:
    """Every bank video that shares at least one frame with the query, scored under `rule`."""
    if rule.min_quality < INDEX_QUALITY_FLOOR:
        raise ValueError(
            f"the quality floor cannot be under {INDEX_QUALITY_FLOOR}: the index holds no such frames"
        )
    samples = sorted(
        (f for f in frames if f.quality >= rule.min_quality), key=lambda f: (f.timestamp, f.frame)
    )
    unique = list(dict.fromkeys(f.pdq for f in samples))  # python-threatexchange's dedupe
    if not unique:
        return []  # nothing of quality: no share to compute (never a division by zero)
    matcher = FrameMatcher(store, banks, distance=rule.distance, min_quality=rule.min_quality, images=False)
    with store.session() as session:
        per_hash = dict(zip(unique, matcher.video_hits(session, unique), strict=True))
        by_entry: dict[int, dict[str, list[FrameHit]]] = defaultdict(dict)
        for pdq, hits in per_hash.items():
            for hit in hits:
                by_entry[hit.entry].setdefault(pdq, []).append(hit)
        totals = _unique_good_frames(session, list(by_entry), rule.min_quality)
    step = _sample_step(samples)
    results = []
    for entry_id, hits_by_query in by_entry.items():
        some_hit = next(iter(hits_by_query.values()))[0]
        bank_hashes = {hit.bank_pdq for hits in hits_by_query.values() for hit in hits}
        match = VideoMatch(
            bank=some_hit.bank,
            entry=entry_id,
            labels=some_hit.labels,
            query_share=_percent(len(hits_by_query), len(unique)),
            bank_share=_percent(len(bank_hashes), totals.get(entry_id, 0)),
            best_distance=min(h.distance for hits in hits_by_query.values() for h in hits),
        )
        runs = _runs(samples, hits_by_query, rule.max_gap)
        match.ranges = [run for run, _ in runs]
        if rule.query_share is not None and match.query_share >= rule.query_share:
            match.reasons.append("query_share")
        if rule.bank_share is not None and match.bank_share >= rule.bank_share:
            match.reasons.append("bank_share")
        if rule.run_seconds is not None and any(length + step >= rule.run_seconds for _, length in runs):
            match.reasons.append("run")
        results.append(match)
    results.sort(key=lambda m: (-m.query_share, -m.bank_share, m.entry))
    return results


def match_video(
    store: Store,
    frames: Sequence[FrameHash],
    *,
    banks: Sequence[str] | None = None,
    rule: MatchRule = DEFAULT_RULE,
) -> list[VideoMatch]:
    """The bank videos the query matches under `rule`, best first."""
    return [m for m in score_video(store, frames, banks=banks, rule=rule) if m.matched]


def _unique_good_frames(session: Session, entry_ids: list[int], min_quality: int) -> dict[int, int]:
    totals: dict[int, int] = {}
    for start in range(0, len(entry_ids), 500):
        rows = session.execute(
            select(BankVideoFrame.entry_id, func.count(func.distinct(BankVideoFrame.pdq)))
            .where(
                BankVideoFrame.entry_id.in_(entry_ids[start : start + 500]),
                BankVideoFrame.quality >= min_quality,
            )
            .group_by(BankVideoFrame.entry_id)
        )
        totals.update({int(e): int(n) for e, n in rows})
    return totals


def _runs(
    samples: Sequence[FrameHash], hits_by_query: dict[str, list[FrameHit]], max_gap: int
) -> list[tuple[TimeRange, float]]:
    """Runs of matched samples in query time order (bridging up to `max_gap` misses): range, length."""
    runs: list[tuple[TimeRange, float]] = []
    current: list[tuple[float, float]] = []  # (query time, bank time)
    misses = 0
    for sample in samples:
        hits = hits_by_query.get(sample.pdq)
        if not hits:
            misses += 1
            if current and misses > max_gap:
                runs.append(_close(current))
                current = []
            continue
        misses = 0
        expected = current[-1][1] + (sample.timestamp - current[-1][0]) if current else None
        best = min(
            hits,
            key=lambda h: (h.distance, abs((h.bank_time or 0.0) - expected) if expected is not None else 0.0),
        )
        current.append((sample.timestamp, best.bank_time or 0.0))
    if current:
        runs.append(_close(current))
    return runs


def _close(points: list[tuple[float, float]]) -> tuple[TimeRange, float]:
    bank_times = [b for _, b in points]
    span = TimeRange(points[0][0], points[-1][0], min(bank_times), max(bank_times))
    return span, points[-1][0] - points[0][0]


def _sample_step(samples: Sequence[FrameHash]) -> float:
    """The usual spacing of the query's samples: a run of n samples covers n steps of video."""
    gaps = [b.timestamp - a.timestamp for a, b in pairwise(samples)]
    positive = [g for g in gaps if g > 0]
    return statistics.median(positive) if positive else 0.0


def _percent(part: int, whole: int) -> float:
    return round(part * 100.0 / whole, 2) if whole else 0.0


def _hamming(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


def _labels(labels: str) -> tuple[str, ...]:
    return tuple(label for label in labels.split(";") if label)
