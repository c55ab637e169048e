"""The hidden-scale estimate: how many there are, seen and unseen, from the overlap between lists.

Multiple-systems estimation (capture–recapture with several lists). With three or more lists: Poisson
log-linear models with the main effects and a chosen set of two-list interactions, chosen by BIC
(`scale_models`); a bootstrap interval that repeats the model choice on every resample (multinomial
resampling of the observed individuals, BCa limits: Silverman, Chan and Vincent 2024); and the range of
estimates across the plausible models (BIC within `plausible_bic` of the best). With two lists only
Chapman's estimator, which assumes the lists are independent, labelled low confidence.

The estimate is only as good as its assumptions (`ASSUMPTIONS`), which every result carries.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from statistics import NormalDist
from typing import Any

import numpy as np
from numpy.typing import NDArray

from safeguarding.measurement.scale_models import EstimationError, Fit, ModelSpace

__all__ = [
    "ASSUMPTIONS",
    "CaptureTable",
    "EstimationError",
    "ModelEstimate",
    "ScaleEstimate",
    "chapman",
    "estimate_scale",
]

ASSUMPTIONS = (
    "Closed population: the same people (accounts, phones, media) could have been on every list during "
    "the period; none arrived or left in between.",
    "List dependence: being on one list may make being on another more likely (a hash list built from "
    "earlier reports, a detector that triggers a report). Two-list interactions model part of this; "
    "dependence among three or more lists, and people no list can see, are not modelled.",
    "Linkage: the same individual is recognised as the same across lists. A missed link inflates the "
    "estimate; a false link (two people sharing a phone) deflates it.",
    "Homogeneity within lists: two-list interactions absorb only some of the differences in how "
    "catchable individuals are; strong heterogeneity biases the estimate downwards.",
    "Counts are not prevalence: this estimates the size of the population the lists could have "
    "reached, not the amount of harm.",
)

#: Bootstrap resamples: the default, and the ceiling (each resample repeats the whole model search).
DEFAULT_BOOTSTRAP = 500
MAX_BOOTSTRAP = 5000
#: Models within this much BIC of the best are "plausible" (Raftery 1995: up to 6 is positive evidence).
DEFAULT_PLAUSIBLE_BIC = 6.0
#: Every model is fitted for the plausible range when there are at most this many; else those searched.
EXHAUSTIVE_LIMIT = 1024


@dataclass(frozen=True)
class CaptureTable:
    """How many individuals each combination of lists saw: `counts[mask]`, bit i set for list i."""

    lists: tuple[str, ...]
    counts: Mapping[int, int]

    def __post_init__(self) -> None:
        if len(self.lists) < 2:
            raise EstimationError(f"estimation needs at least two lists, got {len(self.lists)}")
        if len(set(self.lists)) != len(self.lists):
            raise EstimationError(f"list names repeat: {', '.join(self.lists)}")
        top = 2 ** len(self.lists)
        for mask, count in self.counts.items():
            if not 0 < mask < top:
                raise EstimationError(f"capture history {mask} is not a non-empty combination of the lists")
            if count < 0:
                raise EstimationError(f"capture history {mask} has a negative count ({count})")

    @classmethod
    def from_rows(cls, lists: Sequence[str], rows: Iterable[tuple[Sequence[int], int]]) -> CaptureTable:
        """From (0/1 per list, count) rows, as the published tables print them; repeats add up."""
        counts: dict[int, int] = {}
        for flags, count in rows:
            if len(flags) != len(lists):
                raise EstimationError(f"a row has {len(flags)} flags for {len(lists)} lists")
            mask = sum(1 << i for i, flag in enumerate(flags) if int(flag))
            if mask and count:
                counts[mask] = counts.get(mask, 0) + int(count)
        return cls(tuple(lists), counts)

    @property
    def observed(self) -> int:
        return sum(self.counts.values())

    def on_list(self, index: int) -> int:
        return sum(count for mask, count in self.counts.items() if mask >> index & 1)

    def vector(self) -> NDArray[np.int64]:
        """The counts as cells 1 .. 2**t - 1 (cell k is capture history k + 1), zeros included."""
        cells = np.zeros(2 ** len(self.lists) - 1, dtype=np.int64)
        for mask, count in self.counts.items():
            cells[mask - 1] += count
        return cells

    def to_dict(self) -> dict[str, Any]:
        return {
            "lists": list(self.lists),
            "histories": [
                {"lists": [name for i, name in enumerate(self.lists) if mask >> i & 1], "count": count}
                for mask, count in sorted(self.counts.items())
            ],
        }


@dataclass(frozen=True)
class ModelEstimate:
    """One model's estimate: its two-list interactions (by list name), total, BIC."""

    interactions: tuple[tuple[str, str], ...]
    total: float
    bic: float


@dataclass
class ScaleEstimate:
    method: str  # "log-linear" or "chapman"
    confidence: str  # "standard" or "low"
    lists: tuple[str, ...]
    observed: int
    total: float
    interval: tuple[float, float]
    interval_method: str
    model: ModelEstimate | None = None
    plausible: list[ModelEstimate] = field(default_factory=list)
    bootstrap: int = 0
    bootstrap_failures: int = 0
    seed: int | None = None
    assumptions: tuple[str, ...] = ASSUMPTIONS
    notes: list[str] = field(default_factory=list)

    @property
    def hidden(self) -> float:
        return self.total - self.observed

    @property
    def plausible_range(self) -> tuple[float, float]:
        totals = [m.total for m in self.plausible] or [self.total]
        return min(totals), max(totals)

    def to_dict(self) -> dict[str, Any]:
        low, high = self.plausible_range
        return {
            "method": self.method,
            "confidence": self.confidence,
            "lists": list(self.lists),
            "observed": self.observed,
            "estimate": round(self.total),
            "hidden": round(self.hidden),
            "interval": None if math.isnan(self.interval[0]) else [round(v) for v in self.interval],
            "interval_method": self.interval_method,
            "model": None if self.model is None else [list(p) for p in self.model.interactions],
            "plausible_range": [round(low), round(high)],
            "plausible_models": [
                {
                    "interactions": [list(p) for p in m.interactions],
                    "estimate": round(m.total),
                    "bic": round(m.bic, 2),
                }
                for m in self.plausible
            ],
            "bootstrap": self.bootstrap,
            "bootstrap_failures": self.bootstrap_failures,
            "seed": self.seed,
            "assumptions": list(self.assumptions),
            "notes": self.notes,
        }


def chapman(n1: int, n2: int, both: int, *, level: float = 0.95) -> tuple[float, tuple[float, float]]:
    """Chapman's (1951) nearly unbiased two-list estimate and a log-normal interval (Chao 1987)."""
    if min(n1, n2, both) < 0 or both > min(n1, n2):
        raise EstimationError(f"two lists of {n1} and {n2} cannot share {both}")
    total = (n1 + 1) * (n2 + 1) / (both + 1) - 1
    variance = (n1 + 1) * (n2 + 1) * (n1 - both) * (n2 - both) / ((both + 1) ** 2 * (both + 2))
    observed = n1 + n2 - both
    hidden = total - observed
    if hidden <= 0 or variance <= 0:
        return total, (total, total)
    z = NormalDist().inv_cdf(0.5 + level / 2)
    spread = math.exp(z * math.sqrt(math.log(1 + variance / hidden**2)))
    return total, (observed + hidden / spread, observed + hidden * spread)


def estimate_scale(
    table: CaptureTable,
    *,
    bootstrap: int = DEFAULT_BOOTSTRAP,
    seed: int = 0,
    level: float = 0.95,
    plausible_bic: float = DEFAULT_PLAUSIBLE_BIC,
    progress: Callable[[int, int], None] | None = None,
) -> ScaleEstimate:
    """The estimate for a capture table: log-linear with three or more lists, Chapman with two.

    `progress(done, total)` is called after each bootstrap resample."""
    if not 0 < level < 1:
        raise EstimationError(f"the interval level must be between 0 and 1, got {level}")
    if not 0 <= bootstrap <= MAX_BOOTSTRAP:
        raise EstimationError(f"bootstrap resamples must be between 0 and {MAX_BOOTSTRAP}, got {bootstrap}")
    empty = [name for i, name in enumerate(table.lists) if table.on_list(i) == 0]
    if empty:
        raise EstimationError(f"these lists saw nobody: {', '.join(empty)}")
    if len(table.lists) == 2:
        return _two_lists(table, level)
    space = ModelSpace(table.vector(), len(table.lists))
    best, searched = space.stepwise_bic()
    candidates = searched
    exhaustive = [f for f in (space.fit(m) for m in space.all_models(EXHAUSTIVE_LIMIT)) if f is not None]
    if exhaustive:
        candidates = exhaustive
    lowest = min(f.bic for f in candidates)
    plausible = sorted((f for f in candidates if f.bic <= lowest + plausible_bic), key=lambda f: f.bic)
    result = ScaleEstimate(
        method="log-linear",
        confidence="standard",
        lists=table.lists,
        observed=table.observed,
        total=table.observed + best.hidden,
        interval=(math.nan, math.nan),
        interval_method="none (bootstrap=0)",
        model=_named(best, table),
        plausible=[_named(f, table) for f in plausible],
        seed=seed,
    )
    result.notes.append(
        "model chosen by stepwise BIC from the main effects; plausible models: within "
        f"{plausible_bic:g} BIC of the lowest among {'all' if exhaustive else 'the searched'} "
        f"{len(candidates)} models with an estimate"
    )
    if bootstrap:
        _bootstrap(table, result, bootstrap, seed, level, progress)
    return result


def _two_lists(table: CaptureTable, level: float) -> ScaleEstimate:
    both = table.counts.get(3, 0)
    total, interval = chapman(table.on_list(0), table.on_list(1), both, level=level)
    result = ScaleEstimate(
        method="chapman",
        confidence="low",
        lists=table.lists,
        observed=table.observed,
        total=total,
        interval=interval,
        interval_method=f"{level:.0%} log-normal (Chao 1987)",
    )
    result.notes.append(
        "two lists only: Chapman's estimator assumes they are independent, which cannot be checked; "
        "a third list is needed to model dependence"
    )
    if both < 7:
        result.notes.append(f"only {both} individuals on both lists: the estimate is unstable (fewer than 7)")
    return result


def _named(fit: Fit, table: CaptureTable) -> ModelEstimate:
    pairs = tuple(sorted((table.lists[i], table.lists[j]) for i, j in fit.model))
    return ModelEstimate(pairs, table.observed + fit.hidden, fit.bic)


def _selected_total(counts: NDArray[np.int64], lists: int) -> float | None:
    """Repeat the whole model choice on resampled counts; None when no model can be fitted."""
    space = ModelSpace(counts, lists)
    try:
        best, _ = space.stepwise_bic()
    except EstimationError:
        return None
    return space.observed + best.hidden


def _bootstrap(
    table: CaptureTable,
    result: ScaleEstimate,
    resamples: int,
    seed: int,
    level: float,
    progress: Callable[[int, int], None] | None,
) -> None:
    """BCa interval from a multinomial bootstrap of the observed individuals, the model choice repeated
    on each resample; the acceleration from a delete-one jackknife over the distinct histories."""
    counts = table.vector()
    lists = len(table.lists)
    rng = np.random.default_rng(seed)
    n = int(counts.sum())
    totals: list[float] = []
    failures = 0
    for done in range(1, resamples + 1):
        total = _selected_total(rng.multinomial(n, counts / n), lists)
        if total is None:
            failures += 1
        else:
            totals.append(total)
        if progress is not None:
            progress(done, resamples)
    result.bootstrap, result.bootstrap_failures = resamples, failures
    if len(totals) < max(20, resamples // 2):
        result.notes.append(f"bootstrap failed on {failures} of {resamples} resamples: no interval")
        result.interval_method = "none (bootstrap failed)"
        return
    jackknife: list[tuple[int, float]] = []
    for cell in np.flatnonzero(counts):
        reduced = counts.copy()
        reduced[cell] -= 1
        total = _selected_total(reduced, lists)
        if total is not None:
            jackknife.append((int(counts[cell]), total))
    result.interval = bca_interval(np.array(totals), result.total, jackknife, level)
    result.interval_method = (
        f"{level:.0%} BCa bootstrap, model choice repeated ({len(totals)} resamples, seed {seed})"
    )
    if failures:
        result.notes.append(f"{failures} of {resamples} resamples had no estimable model and were left out")


def bca_interval(
    totals: NDArray[np.float64], estimate: float, jackknife: Sequence[tuple[int, float]], level: float
) -> tuple[float, float]:
    """Efron's bias-corrected and accelerated percentile interval (Efron and Tibshirani 1993, 14.3)."""
    normal = NormalDist()
    below = (np.sum(totals < estimate) + 0.5 * np.sum(totals == estimate)) / len(totals)
    below = min(max(float(below), 0.5 / len(totals)), 1 - 0.5 / len(totals))
    z0 = normal.inv_cdf(below)
    weights = np.array([w for w, _ in jackknife], dtype=np.float64)
    values = np.array([v for _, v in jackknife], dtype=np.float64)
    acceleration = 0.0
    if len(values) > 1:
        mean = float(np.sum(weights * values) / np.sum(weights))
        spread = float(np.sum(weights * (mean - values) ** 2))
        if spread > 0:
            acceleration = float(np.sum(weights * (mean - values) ** 3)) / (6 * spread**1.5)
    limits = []
    for tail in ((1 - level) / 2, (1 + level) / 2):
        z = normal.inv_cdf(tail)
        adjusted = normal.cdf(z0 + (z0 + z) / (1 - acceleration * (z0 + z)))
        limits.append(float(np.quantile(totals, adjusted)))
    return limits[0], limits[1]
