"""Classified-ad analysis: indicators, linking ads into networks, movement, evaluation."""

from safeguarding.ads.evaluate import Scores, evaluate
from safeguarding.ads.features import Settings
from safeguarding.ads.indicators import IndicatorAnalyser, Recogniser
from safeguarding.ads.linking import LinkConfig
from safeguarding.ads.networks import NetworkSummary, summarise
from safeguarding.ads.pipeline import LinkStats, link_ads

__all__ = [
    "IndicatorAnalyser",
    "LinkConfig",
    "LinkStats",
    "NetworkSummary",
    "Recogniser",
    "Scores",
    "Settings",
    "evaluate",
    "link_ads",
    "summarise",
]
