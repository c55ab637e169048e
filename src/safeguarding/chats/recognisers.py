"""Indicator recognisers: one interface, pattern packs in YAML, one combined regex per recogniser.

A recogniser declares the categories it finds and returns :class:`Finding` objects for a normalised
message (see :func:`safeguarding.chats.normalise.normalise`). Manipulation cues and context cues
(safety lessons, parents involved, family address) live in the same combined regex on purpose: at one
position the leftmost, first-listed alternative wins, so ``dont tell your parents`` is read as secrecy and
its tail ``tell your parents`` is not read again as parental involvement; where a context and a cue
pattern start at the same word, the context pattern (listed first) wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, Protocol, cast, runtime_checkable

from safeguarding.chats.config import PatternPack, load_packs

CONTEXT_PREFIX = "ctx_"
MIN_AGE, MAX_AGE = 5, 99


@dataclass(frozen=True, slots=True)
class Finding:
    """One recognised cue: ``category`` is a manipulation category, ``ctx_<name>`` or ``stated_age``."""

    category: str
    start: int
    end: int
    value: int | None = None


@runtime_checkable
class Recogniser(Protocol):
    name: str
    categories: tuple[str, ...]

    def find(self, text: str) -> list[Finding]:
        """Return the findings in ``text`` (already normalised)."""
        ...


class PatternRecogniser:
    """Manipulation and context cues from pattern packs, compiled into one regex with a group per category."""

    name = "patterns"

    def __init__(self, packs: Sequence[PatternPack]) -> None:
        # Context patterns come first: where a context and a cue pattern start at the same word, the more
        # specific context reading wins ("te quiero mama" is family, not flattery).
        merged: dict[str, list[str]] = {}
        for pack in packs:
            for category, patterns in pack.context.items():
                merged.setdefault(CONTEXT_PREFIX + category, []).extend(patterns)
        for pack in packs:
            for category, patterns in pack.cues.items():
                merged.setdefault(category, []).extend(patterns)
        self.categories = tuple(merged)
        self._singles: dict[str, Bucket] = {}
        self._pairs: dict[tuple[str, str], Bucket] = {}
        order = 0
        for category, patterns in merged.items():
            for pattern in patterns:
                compiled = re.compile(pattern)
                if compiled.groups:
                    raise ValueError(f"pattern for {category!r} must not capture: {pattern!r}")
                keys = leading_words(pattern)
                if not keys:
                    raise ValueError(f"pattern for {category!r} must start with known words: {pattern!r}")
                for key in keys:
                    if len(key) == 1:
                        self._singles.setdefault(key[0], []).append((order, compiled, category))
                    else:
                        self._pairs.setdefault((key[0], key[1]), []).append((order, compiled, category))
                order += 1
        self._cache: dict[tuple[str, str | None], tuple[re.Pattern[str], Bucket]] = {}

    def _entry(self, word: str, following: str | None) -> tuple[re.Pattern[str], Bucket] | None:
        key = (word, following)
        entry = self._cache.get(key)
        if entry is None:
            bucket = sorted(
                self._singles.get(word, []) + (self._pairs.get((word, following), []) if following else [])
            )
            if not bucket:
                return None
            combined = re.compile("|".join(f"(?:{compiled.pattern})" for _, compiled, _ in bucket))
            entry = self._cache[key] = (combined, bucket)
        return entry

    def find(self, text: str) -> list[Finding]:
        """Scan word starts left to right; at each, try only the patterns that can start with its words.

        Patterns are indexed by their first word, or their first two words when those are known, so an
        ordinary word costs two dictionary look-ups and no regex at all.
        """
        found: list[Finding] = []
        singles, pairs = self._singles, self._pairs
        tokens = text[1:-1].split(" ")
        if singles.keys().isdisjoint(tokens) and pairs.keys().isdisjoint(pairwise(tokens)):
            return found  # the common case, decided in C: no pattern can start anywhere in this message
        last = len(tokens) - 1
        pos = 1
        skip_until = 0
        for i, token in enumerate(tokens):
            start = pos
            pos += len(token) + 1
            if start < skip_until:
                continue
            following = tokens[i + 1] if i < last else None
            has_pair = following is not None and (token, following) in pairs
            if not has_pair and token not in singles:
                continue
            entry = self._entry(token, following if has_pair else None)
            if entry is None:
                continue
            m = entry[0].match(text, start)
            if m is None:
                continue
            # No groups in the combined regex (they slow every attempt); the first pattern of the bucket
            # that matches here is the alternative the combined regex chose.
            for _, compiled, category in entry[1]:
                if compiled.match(text, start):
                    found.append(Finding(category, start, m.end()))
                    break
            skip_until = m.end()
        return found


Bucket = list[tuple[int, re.Pattern[str], str]]


def leading_words(pattern: str, count: int = 2) -> set[tuple[str, ...]] | None:
    """The first ``count`` words (fewer if the pattern is shorter or they vary) every match starts with.

    Returns None when even the first word cannot be listed (a class or a repeat at the start).
    """
    import re._constants as c
    import re._parser as p

    limit = 600
    Partial = tuple[tuple[str, ...], str]  # complete words, current word

    def run(
        items: Iterable[tuple[object, object]], partials: set[Partial]
    ) -> tuple[set[tuple[str, ...]], set[Partial]]:
        done: set[tuple[str, ...]] = set()
        for op, av in items:
            if not partials:
                break
            if op is c.LITERAL:
                ch = chr(av)  # type: ignore[arg-type]
                if ch == " ":
                    partials = {((*w, cur), "") if cur else (w, cur) for w, cur in partials}
                else:
                    partials = {(w, cur + ch) for w, cur in partials}
            elif op is c.AT:
                partials = {((*w, cur), "") if cur else (w, cur) for w, cur in partials}
            elif op is c.ASSERT_NOT or op is c.ASSERT:
                continue
            elif op is c.SUBPATTERN or op is c.BRANCH:
                branches = [av[-1]] if op is c.SUBPATTERN else av[1]  # type: ignore[index]
                new: set[Partial] = set()
                for branch in branches:
                    out_done, out_partials = run(branch, partials)
                    done |= out_done
                    new |= out_partials
                partials = new
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] == 0 and av[1] == 1:  # type: ignore[index]
                out_done, out_partials = run(av[2], partials)  # type: ignore[index]
                done |= out_done
                partials = partials | out_partials
            else:  # anything else ends the known prefix: keep the complete words seen so far
                done |= {w for w, _ in partials}
                partials = set()
                break
            finished = {w for w, cur in partials if len(w) >= count}
            done |= {w[:count] for w in finished}
            partials = {(w, cur) for w, cur in partials if len(w) < count}
            if len(partials) + len(done) > limit:
                raise _TooMany
        return done, partials

    try:
        words, rest = run(p.parse(pattern), {((), "")})
        words |= {w + ((cur,) if cur else ()) for w, cur in rest}
    except _TooMany:
        words = None
    if words and all(words):
        return {w[:count] for w in words}
    if count > 1:
        return leading_words(pattern, 1) if words is None else None
    return None


class _TooMany(Exception):
    pass


class AgeRecogniser:
    """Ages the writer states about themselves ("im 13", "tengo 13 anos", "jai 13 ans", "ich bin 13")."""

    name = "ages"
    categories = ("stated_age",)

    def __init__(self, packs: Sequence[PatternPack]) -> None:
        patterns = [p for pack in packs for p in pack.ages]
        for pattern in patterns:
            if re.compile(pattern).groups != 1:
                raise ValueError(f"an age pattern needs exactly one group, the number: {pattern!r}")
        self.pattern = re.compile("|".join(f"(?:{p})" for p in patterns) if patterns else "(?!)")
        self._reply = re.compile(r" (\d{1,2}) (?:\?|\.|!|and|you|too|y|et|und|$)")

    def find(self, text: str) -> list[Finding]:
        found = []
        for m in self.pattern.finditer(text):
            value = int(m.group(m.lastindex or 0))
            if MIN_AGE <= value <= MAX_AGE:
                found.append(Finding("stated_age", m.start(), m.end(), value))
        return found

    def find_reply(self, text: str) -> Finding | None:
        """A bare number at the start of a message answering an age question ("14 u?")."""
        m = self._reply.match(text)
        if m and MIN_AGE <= int(m.group(1)) <= MAX_AGE:
            return Finding("stated_age", m.start(), m.end(), int(m.group(1)))
        return None


def default_recognisers() -> tuple[PatternRecogniser, AgeRecogniser]:
    packs = load_packs()
    return PatternRecogniser(packs), AgeRecogniser(packs)


def nested_repeats(pattern: str) -> list[str]:
    """Describe every repeat (max > 1) that contains another repeat (max > 1): the source of slow regexes."""
    import re._constants as c
    import re._parser as p

    problems: list[str] = []

    def walk(items: Iterable[tuple[object, object]], inside_repeat: bool) -> None:
        for op, av in items:
            if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                low, high, sub = cast(tuple[int, int, Any], av)
                repeats = high > 1
                if repeats and inside_repeat:
                    problems.append(f"nested repeat {{{low},{high}}}")
                walk(sub, inside_repeat or repeats)
            elif op is c.SUBPATTERN:
                walk(av[-1], inside_repeat)  # type: ignore[index]
            elif op is c.BRANCH:
                for branch in av[1]:  # type: ignore[index]
                    walk(branch, inside_repeat)
            elif op in (c.ASSERT, c.ASSERT_NOT):
                walk(av[1], inside_repeat)  # type: ignore[index]

    walk(p.parse(pattern), False)
    return problems
