"""What `scan` does for a video beyond an image: record its frames once, read them back on a rescan,
match them against the banks' video entries, and keep each match's shares and time ranges."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from safeguarding.banks import BankMatch
from safeguarding.banks.videos import VPDQ, video_digest
from safeguarding.media.video import FrameHash, VideoHashes
from safeguarding.store import Store
from safeguarding.store.models import Match, MediaItem, Signal
from safeguarding.video.match import VideoMatch, match_video
from safeguarding.video.models import ScannedVideoFrame, VideoMatchDetail
from safeguarding.video.rules import DEFAULT_RULE, MatchRule


@dataclass(frozen=True)
class VideoBankMatch(BankMatch):
    """A video match as scan and the case adapters take matches, with the shares and ranges the
    reviewer sees (`distance` is the nearest frame's)."""

    video: VideoMatch

    def to_json(self) -> dict[str, object]:
        return {
            **super().to_json(),
            "query_share": self.video.query_share,
            "bank_share": self.video.bank_share,
            "rule": self.video.reasons,
            "ranges": [r.to_json() for r in self.video.ranges],
        }


def match_scanned_video(
    store: Store,
    hashes: VideoHashes,
    banks: Sequence[str] | None,
    distance: int,
    rule: MatchRule = DEFAULT_RULE,
) -> list[VideoBankMatch]:
    matches = match_video(store, hashes.frames, banks=banks, rule=rule.with_overrides(distance=distance))
    return [VideoBankMatch(m.bank, m.entry, VPDQ, m.best_distance, list(m.labels), m) for m in matches]


def record_frames(session: Session, item: MediaItem, hashes: VideoHashes) -> None:
    """The frames of a newly recorded video, and its `vpdq` signal (the digest of its frame list)."""
    session.add(Signal(item_id=item.id, signal_type=VPDQ, value=video_digest(list(hashes.frames))))
    rows = [
        {"item_id": item.id, "frame": f.frame, "timestamp": f.timestamp, "pdq": f.pdq, "quality": f.quality}
        for f in hashes.frames
    ]
    for start in range(0, len(rows), 5000):
        session.execute(insert(ScannedVideoFrame), rows[start : start + 5000])


def recorded_video(session: Session, item: MediaItem, path: str) -> VideoHashes | None:
    """A video scanned before (given as `path`), with its recorded frames (None if it is not a video)."""
    if not any(s.signal_type == VPDQ for s in item.signals):
        return None
    rows = session.execute(
        select(
            ScannedVideoFrame.frame,
            ScannedVideoFrame.timestamp,
            ScannedVideoFrame.pdq,
            ScannedVideoFrame.quality,
        )
        .where(ScannedVideoFrame.item_id == item.id)
        .order_by(ScannedVideoFrame.id)
    )
    frames = tuple(FrameHash(int(f), float(t), p, int(q)) for f, t, p, q in rows)
    return VideoHashes(
        path=path,
        sha256=item.sha256,
        md5=item.md5,
        pdq=None,
        quality=None,
        size=item.size,
        frames=frames,
        duration=frames[-1].timestamp if frames else 0.0,
    )


def record_details(session: Session, item: MediaItem, matches: Sequence[object]) -> None:
    """Shares and ranges of the item's video matches, beside their `matches` rows (once each)."""
    videos = [m for m in matches if isinstance(m, VideoBankMatch)]
    if not videos:
        return
    rows = session.execute(
        select(Match.entry_id, Match.id).where(
            Match.item_id == item.id, Match.entry_id.in_([m.entry_id for m in videos])
        )
    )
    ids = {int(entry_id): int(match_id) for entry_id, match_id in rows}
    known = set(
        session.scalars(select(VideoMatchDetail.match_id).where(VideoMatchDetail.match_id.in_(ids.values())))
    )
    for m in videos:
        match_id = ids.get(m.entry_id)
        if match_id is None or match_id in known:
            continue
        session.add(
            VideoMatchDetail(
                match_id=match_id,
                query_share=m.video.query_share,
                bank_share=m.video.bank_share,
                rule="+".join(m.video.reasons),
                ranges=json.dumps([r.to_json() for r in m.video.ranges]),
            )
        )
