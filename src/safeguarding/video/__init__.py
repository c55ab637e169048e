"""Video matching: vPDQ videos against the banks' video entries, and the per-frame lookup.

Hashing lives in `safeguarding.media.video` (PyAV + pdqhash, `hash_video`, `iter_frame_hashes`) and
video entries in `safeguarding.banks` (`bank import NAME FILE --format vpdq|tx`). This package matches:

- **Per frame** (`safeguarding.video.match.FrameMatcher`), the lookup a live-stream watcher calls for
  each sampled frame::

      from safeguarding.video import FrameMatcher
      matcher = FrameMatcher(store, banks=["known"], distance=31, min_quality=50)
      for hit in matcher.match(pdq_hex, quality):   # [] for quality < 50
          hit.bank, hit.entry, hit.distance          # bank name, bank_entries.id, Hamming distance
          hit.kind, hit.bank_time                    # "video" (time in the bank video, s) or "image"

  `match_many(hashes)` does the same for several frames in one index query. Each call takes in bank
  entries imported since the previous call; retracted entries never match.
- **Per video** (`match_video(store, frames, banks=..., rule=...)`): shares of unique frames both ways,
  runs of consecutive matched samples and the matched time ranges, under a `MatchRule` (rules.py:
  the default, or `PYTX_RULE`, python-threatexchange's).
"""

from safeguarding.video.match import FrameHit, FrameMatcher, TimeRange, VideoMatch, match_video, score_video
from safeguarding.video.rules import DEFAULT_RULE, PYTX_RULE, MatchRule, rule_named

__all__ = [
    "DEFAULT_RULE",
    "PYTX_RULE",
    "FrameHit",
    "FrameMatcher",
    "MatchRule",
    "TimeRange",
    "VideoMatch",
    "match_video",
    "rule_named",
    "score_video",
]
