"""Runs the recognisers over an ad and turns their findings into a ranking score.

The score is a number for ordering ads in a review queue, never a verdict about any ad or person.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from safeguarding.ads.indicators.base import AdText, IndicatorHit, Recogniser
from safeguarding.ads.indicators.listings import is_listing
from safeguarding.ads.indicators.recognisers import BUILTIN_RECOGNISERS


@dataclass(frozen=True, slots=True)
class Weight:
    category: str
    weight: float
    source: str
    evidence: str


@lru_cache(maxsize=1)
def load_weights() -> dict[str, Weight]:
    """Weights per category from the packaged `weights.yaml` (each with its cited source)."""
    raw: dict[str, Any] = yaml.safe_load(
        resources.files("safeguarding.ads.indicators").joinpath("weights.yaml").read_text("utf-8")
    )
    sources = raw["sources"]
    weights = {}
    for category, entry in raw["indicators"].items():
        if entry["source"] not in sources:
            raise ValueError(f"weights.yaml: {category} cites unknown source {entry['source']!r}")
        weights[category] = Weight(category, float(entry["weight"]), entry["source"], entry["evidence"])
    return weights


class IndicatorAnalyser:
    """Orchestrates recognisers; knows nothing about any single indicator."""

    def __init__(self, recognisers: list[Recogniser] | None = None, weights: dict[str, Weight] | None = None):
        self.recognisers = recognisers if recognisers is not None else [cls() for cls in BUILTIN_RECOGNISERS]
        self.weights = weights if weights is not None else load_weights()
        missing = {r.category for r in self.recognisers} - set(self.weights)
        if missing:
            raise ValueError(f"no weight configured for categories: {sorted(missing)}")
        positive = sum(w.weight for w in self.weights.values() if w.weight > 0)
        self._scale = positive or 1.0

    def analyse(self, ad: AdText) -> list[IndicatorHit]:
        """Every recogniser's findings; on an ordinary listing (a room, a job, an item for sale) only those
        of recognisers that do not read the wording."""
        listing = is_listing(ad.folded)
        hits: list[IndicatorHit] = []
        for recogniser in self.recognisers:
            if listing and recogniser.reads_wording:
                continue
            hits.extend(recogniser.analyse(ad))
        return hits

    def score(self, hits: list[IndicatorHit]) -> float:
        """Sum over categories of weight x best confidence, scaled to [0, 1] and clipped at 0."""
        best: dict[str, float] = {}
        for hit in hits:
            best[hit.category] = max(best.get(hit.category, 0.0), hit.confidence)
        total = sum(self.weights[c].weight * conf for c, conf in best.items())
        return round(max(0.0, total) / self._scale, 4)
