"""Indicator recognisers (one interface, plug-ins) and the analyser that scores ads for review order."""

from safeguarding.ads.indicators.analyser import IndicatorAnalyser, Weight, load_weights
from safeguarding.ads.indicators.base import AdText, IndicatorHit, PatternRecogniser, Recogniser
from safeguarding.ads.indicators.recognisers import BUILTIN_RECOGNISERS

__all__ = [
    "BUILTIN_RECOGNISERS",
    "AdText",
    "IndicatorAnalyser",
    "IndicatorHit",
    "PatternRecogniser",
    "Recogniser",
    "Weight",
    "load_weights",
]
