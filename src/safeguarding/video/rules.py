"""When a bank video counts as matched: the thresholds, with where each number comes from.

A query frame and a bank frame match when both have PDQ quality ≥ `min_quality` (50, python-threatexchange
`VPDQ_QUALITY_THRESHOLD`) and their Hamming distance is ≤ `distance` (31, `VPDQ_DISTANCE_THRESHOLD`).
Shares are computed over unique frame hashes after the quality filter, as `match_VPDQ_hash_brute` does:
the query share is the percentage of the query's hashes that match some frame of the bank video, the bank
share the percentage of the bank video's hashes that match some query frame.

The default rule matches when any of these holds (each reported):
- `query_share` ≥ 80 (python-threatexchange `VPDQ_QUERY_MATCH_THRESHOLD_PERCENT`: the query is mostly
  known material, e.g. a trimmed or re-encoded copy);
- `bank_share` ≥ 80 (vpdq/README.md's P_c example: most of the known video is inside the query);
- a run of matched query samples lasting ≥ `run_seconds` = 3 s (a known clip inside a longer, unrelated
  video, which neither share catches). A run bridges up to `max_gap` unmatched samples (1: a single
  frame lost to re-encoding does not cut it).
`pytx` is python-threatexchange's rule alone: query share ≥ 80, nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class MatchRule:
    name: str = "default"
    distance: int = 31
    min_quality: int = 50
    query_share: float | None = 80.0
    bank_share: float | None = 80.0
    run_seconds: float | None = 3.0
    max_gap: int = 1

    def __post_init__(self) -> None:
        if not 0 <= self.distance <= 256:
            raise ValueError(f"distance must be between 0 and 256, got {self.distance}")
        if not 0 <= self.min_quality <= 100:
            raise ValueError(f"quality floor must be between 0 and 100, got {self.min_quality}")
        for name in ("query_share", "bank_share"):
            value = getattr(self, name)
            if value is not None and not 0 <= value <= 100:
                raise ValueError(f"{name} must be a percentage between 0 and 100, got {value}")
        if self.run_seconds is not None and self.run_seconds <= 0:
            raise ValueError(f"run length must be positive seconds, got {self.run_seconds}")
        if self.max_gap < 0:
            raise ValueError(f"max gap must be 0 or more samples, got {self.max_gap}")

    def with_overrides(self, **changes: object) -> MatchRule:
        """This rule with the given fields changed (None values are ignored)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})  # type: ignore[arg-type]


DEFAULT_RULE = MatchRule()
PYTX_RULE = MatchRule(name="pytx", query_share=80.0, bank_share=None, run_seconds=None)
RULES = {"default": DEFAULT_RULE, "pytx": PYTX_RULE}


def rule_named(name: str) -> MatchRule:
    try:
        return RULES[name]
    except KeyError:
        raise ValueError(f"unknown rule {name!r} (known: {', '.join(RULES)})") from None
