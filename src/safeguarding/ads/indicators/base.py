"""The one interface every indicator recogniser implements (in the manner of Microsoft Presidio)."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from safeguarding.ads.indicators.prefixes import prefix_filter
from safeguarding.text import Contacts

LANGUAGES = ("en", "es", "fr")
_WORDS = re.compile(r"[^\W_]+")
_LEADING_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class AdText:
    """What a recogniser sees: the normalised text, its folded form (same positions) and the contacts."""

    text: str
    folded: str
    contacts: Contacts
    words: frozenset[str] = frozenset()
    """Distinct words of `folded` (letters and digits); lets a recogniser skip an ad cheaply."""

    @staticmethod
    def of(text: str, folded: str, contacts: Contacts) -> AdText:
        return AdText(text, folded, contacts, frozenset(_WORDS.findall(folded)))


@dataclass(frozen=True, slots=True)
class IndicatorHit:
    category: str
    evidence: str
    start: int
    end: int
    confidence: float
    recogniser: str


class Recogniser(ABC):
    """Finds one category of indicator and explains each finding with its evidence span."""

    category: ClassVar[str]
    description: ClassVar[str]
    reads_wording: ClassVar[bool] = True
    """False for recognisers of the contact itself (obscured numbers), which run on every ad."""

    @abstractmethod
    def analyse(self, ad: AdText) -> list[IndicatorHit]: ...


class PatternRecogniser(Recogniser):
    """Declarative recogniser: word patterns per language, matched on folded (lower-case, accent-free) text.

    `context` words near a match (within `context_window` characters) raise its confidence from
    `base_confidence` to 1.0, as Presidio's context enhancer does.
    """

    patterns: ClassVar[dict[str, list[str]]]
    context: ClassVar[dict[str, list[str]]] = {}
    base_confidence: ClassVar[float] = 0.8
    context_window: ClassVar[int] = 40
    not_followed_by: ClassVar[str | None] = None
    """A regular expression; a match directly followed by it is not a finding ("Thai massage")."""
    _compiled: ClassVar[re.Pattern[str] | None] = None
    _context_compiled: ClassVar[re.Pattern[str] | None] = None
    _anchors: ClassVar[frozenset[str] | None] = None
    _exclusion: ClassVar[re.Pattern[str] | None] = None
    _filter: ClassVar[re.Pattern[str] | None] = None

    @classmethod
    def anchors(cls) -> frozenset[str] | None:
        """The literal first word of every pattern, or None when some pattern has no literal first word.
        An ad containing none of them cannot match, so the regular expression is not run at all."""
        if "_anchors" not in cls.__dict__:
            words = set()
            for pattern in (p for lang in LANGUAGES for p in cls.patterns.get(lang, [])):
                lead = _LEADING_WORD.match(pattern)
                rest = pattern[lead.end() :] if lead else ""
                if lead is None or (rest[:1] and rest[0] not in " /%'"):
                    cls._anchors = None
                    return None
                words.add(lead.group())
            cls._anchors = frozenset(words)
        return cls._anchors

    @classmethod
    def _regexes(cls) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
        if cls.__dict__.get("_compiled") is None:
            words = sorted(
                {p for lang in LANGUAGES for p in cls.patterns.get(lang, [])}, key=len, reverse=True
            )
            # No leading look-behind: a pattern that starts with its words lets the regex engine skip
            # ahead to possible first characters; the word boundary before a match is checked in analyse.
            cls._compiled = re.compile(r"(?:" + "|".join(words) + r")(?!\w)")
            context = sorted(
                {w for lang in LANGUAGES for w in cls.context.get(lang, [])}, key=len, reverse=True
            )
            cls._context_compiled = re.compile(r"\b(?:" + "|".join(context) + r")\b") if context else None
            cls._exclusion = re.compile(cls.not_followed_by) if cls.not_followed_by else None
            cls._filter = prefix_filter(words)
        assert cls._compiled is not None
        return cls._compiled, cls._context_compiled

    def analyse(self, ad: AdText) -> list[IndicatorHit]:
        anchors = self.anchors()
        if ad.words and anchors is not None and anchors.isdisjoint(ad.words):
            return []
        pattern, context = self._regexes()
        hits = []
        for match in self._matches(pattern, ad.folded):
            start, end = match.span()
            if start and ad.folded[start - 1].isalnum():
                continue
            if self._exclusion is not None and self._exclusion.match(ad.folded, end):
                continue
            confidence = self.base_confidence
            if context is not None:
                window = ad.folded[max(0, start - self.context_window) : end + self.context_window]
                if context.search(window):
                    confidence = 1.0
            hits.append(
                IndicatorHit(self.category, ad.text[start:end], start, end, confidence, type(self).__name__)
            )
        return hits

    def _matches(self, pattern: re.Pattern[str], folded: str) -> Iterator[re.Match[str]]:
        """Non-overlapping matches, tried only where a pattern's first characters occur."""
        if self._filter is None:
            yield from pattern.finditer(folded)
            return
        last_end = 0
        for candidate in self._filter.finditer(folded):
            start = candidate.start()
            if start < last_end or (start and folded[start - 1].isalnum()):
                continue
            match = pattern.match(folded, start)
            if match is not None:
                last_end = match.end()
                yield match
