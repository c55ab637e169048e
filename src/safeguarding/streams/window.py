"""When sampled frames of a stream add up to an alert: `min_hits` matched samples of one bank entry
within `window` seconds of stream time.

One alert per episode: once an entry has alerted, it alerts again only after a full window in which
none of the stream's samples matched it. Memory is bounded by the samples of one window per entry.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field

from safeguarding.video import FrameHit


@dataclass(frozen=True)
class MatchedSample:
    """A sample that matched an entry: its stream time, hash, quality and best distance to the entry."""

    stream_time: float
    pdq: str
    quality: int
    distance: int
    bank_time: float | None = None

    def to_json(self) -> dict[str, object]:
        record: dict[str, object] = {
            "stream_time": self.stream_time,
            "pdq": self.pdq,
            "quality": self.quality,
            "distance": self.distance,
        }
        if self.bank_time is not None:
            record["bank_time"] = round(self.bank_time, 3)
        return record


@dataclass(frozen=True)
class Alert:
    bank: str
    entry: int
    labels: tuple[str, ...]
    stream_time: float
    distance: int
    frames: tuple[MatchedSample, ...]

    @property
    def frames_matched(self) -> int:
        return len(self.frames)


@dataclass
class _Episode:
    hits: deque[MatchedSample] = field(default_factory=deque)
    alerted: bool = False


class AlertWindow:
    """Feed each sample's hits in stream-time order; get the alerts they complete."""

    def __init__(self, window: float = 10.0, min_hits: int = 3) -> None:
        if window <= 0:
            raise ValueError(f"window must be a positive number of seconds, got {window}")
        if min_hits < 1:
            raise ValueError(f"min-hits must be at least 1, got {min_hits}")
        self.window = window
        self.min_hits = min_hits
        self._episodes: dict[int, _Episode] = {}

    def observe(self, stream_time: float, pdq: str, quality: int, hits: Sequence[FrameHit]) -> list[Alert]:
        best: dict[int, FrameHit] = {}
        for hit in hits:
            if hit.entry not in best or hit.distance < best[hit.entry].distance:
                best[hit.entry] = hit
        for entry, hit in best.items():
            episode = self._episodes.setdefault(entry, _Episode())
            episode.hits.append(MatchedSample(stream_time, pdq, quality, hit.distance, hit.bank_time))
        alerts = []
        for entry, episode in list(self._episodes.items()):
            while episode.hits and episode.hits[0].stream_time <= stream_time - self.window:
                episode.hits.popleft()
            if not episode.hits:
                del self._episodes[entry]  # a full window without a match: the episode is over
                continue
            if entry in best and not episode.alerted and len(episode.hits) >= self.min_hits:
                episode.alerted = True
                hit = best[entry]
                frames = tuple(episode.hits)
                alerts.append(
                    Alert(hit.bank, entry, hit.labels, stream_time, min(f.distance for f in frames), frames)
                )
        return alerts
