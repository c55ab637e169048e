"""Indicator recognisers: one interface, pattern packs in YAML, one combined regex per recogniser.

A recogniser declares the categories it finds and returns :class:`Finding` objects for a normalised
message (see :func:`safeguarding.chats.normalise.normalise`). Manipulation cues and context cues
(safety lessons, parents involved, family address) live in the same combined regex on purpose: at one
position the leftmost, first-listed alternative wins, so ``dont tell your parents`` is read as secrecy and
its tail ``tell your parents`` is not read again as parental involvement.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

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
        merged: dict[str, list[str]] = {}
        for pack in packs:
            for category, patterns in pack.cues.items():
                merged.setdefault(category, []).extend(patterns)
        for pack in packs:
            for category, patterns in pack.context.items():
                merged.setdefault(CONTEXT_PREFIX + category, []).extend(patterns)
        self.categories = tuple(merged)
        self._by_word: dict[str, tuple[re.Pattern[str], Bucket]] = {}
        self._by_char: dict[str, tuple[re.Pattern[str], Bucket]] = {}
        by_word: dict[str, Bucket] = {}
        by_char: dict[str, Bucket] = {}
        for category, patterns in merged.items():
            for pattern in patterns:
                compiled = re.compile(pattern)
                if compiled.groups:
                    raise ValueError(f"pattern for {category!r} must not capture: {pattern!r}")
                words = first_words(pattern)
                if words:
                    for word in words:
                        by_word.setdefault(word, []).append((compiled, category))
                    continue
                chars = first_chars(pattern)
                if not chars:
                    raise ValueError(f"pattern for {category!r} must start with known letters: {pattern!r}")
                for char in chars:
                    by_char.setdefault(char, []).append((compiled, category))
        for char, bucket in by_char.items():  # patterns keyed by first letter apply to every such word
            for word, word_bucket in by_word.items():
                if word.startswith(char):
                    word_bucket.extend(bucket)
        self._by_word = {w: (_combine(b), b) for w, b in by_word.items()}
        self._by_char = {ch: (_combine(b), b) for ch, b in by_char.items()}

    def find(self, text: str) -> list[Finding]:
        """Scan word starts left to right; at each, try only the patterns that can start with that word."""
        found: list[Finding] = []
        by_word, by_char = self._by_word, self._by_char
        pos = 1
        skip_until = 0
        for token in text[1:-1].split(" "):
            start = pos
            pos += len(token) + 1
            if start < skip_until or not token:
                continue
            entry = by_word.get(token) or (by_char.get(token[0]) if by_char else None)
            if entry is None:
                continue
            m = entry[0].match(text, start)
            if m is None:
                continue
            # No groups in the combined regex (they slow every attempt); the first pattern of the bucket
            # that matches here is the alternative the combined regex chose.
            for compiled, category in entry[1]:
                if compiled.match(text, start):
                    found.append(Finding(category, start, m.end()))
                    break
            skip_until = m.end()
        return found


Bucket = list[tuple[re.Pattern[str], str]]


def _combine(bucket: Bucket) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{compiled.pattern})" for compiled, _ in bucket))


def first_words(pattern: str) -> set[str] | None:
    """Every first word a match of ``pattern`` can start with, or None when that is not a small known set."""
    import re._constants as c  # noqa: PLC0415
    import re._parser as p  # noqa: PLC0415

    limit = 400

    def run(items: Iterable[tuple[object, object]], partials: set[str]) -> tuple[set[str], set[str]] | None:
        done: set[str] = set()
        for op, av in items:
            if not partials:
                break
            if op is c.LITERAL:
                ch = chr(av)  # type: ignore[arg-type]
                if ch == " ":
                    done |= {w for w in partials if w}
                    partials = {w for w in partials if not w}
                    if partials:
                        return None  # pattern starts with a space
                else:
                    partials = {w + ch for w in partials}
            elif op is c.AT:
                if any(partials):
                    done |= partials
                    partials = set()
            elif op is c.ASSERT_NOT:
                continue
            elif op is c.SUBPATTERN or op is c.BRANCH:
                branches = [av[-1]] if op is c.SUBPATTERN else av[1]  # type: ignore[index]
                new: set[str] = set()
                for branch in branches:
                    out = run(branch, partials)
                    if out is None:
                        return None
                    done |= out[0]
                    new |= out[1]
                partials = new
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] == 0 and av[1] == 1:  # type: ignore[index]
                out = run(av[2], partials)  # type: ignore[index]
                if out is None:
                    return None
                done |= out[0]
                partials = partials | out[1]
            else:
                return None
            if len(partials) + len(done) > limit:
                return None
        return done, partials

    result = run(p.parse(pattern), {""})
    if result is None:
        return None
    words = result[0] | {w for w in result[1] if w}
    return words if words and "" not in result[1] else None


def first_chars(pattern: str) -> set[str] | None:
    """The characters a match of ``pattern`` can start with, or None when that is not a small known set."""
    import re._constants as c  # noqa: PLC0415
    import re._parser as p  # noqa: PLC0415

    def seq(items: Iterable[tuple[object, object]]) -> tuple[set[str] | None, bool]:
        result: set[str] = set()
        for op, av in items:
            if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue
            chars, nullable = item(op, av)
            if chars is None:
                return None, False
            result |= chars
            if not nullable:
                return result, False
        return result, True

    def item(op: object, av: object) -> tuple[set[str] | None, bool]:
        if op is c.LITERAL:
            return {chr(av)}, False  # type: ignore[arg-type]
        if op is c.SUBPATTERN:
            return seq(av[-1])  # type: ignore[index]
        if op is c.BRANCH:
            out: set[str] = set()
            nullable = False
            for branch in av[1]:  # type: ignore[index]
                chars, null = seq(branch)
                if chars is None:
                    return None, False
                out |= chars
                nullable = nullable or null
            return out, nullable
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, _high, sub = av  # type: ignore[misc]
            chars, null = seq(sub)
            return chars, null or low == 0
        if op is c.IN:
            out = set()
            for kind, value in av:  # type: ignore[attr-defined]
                if kind is c.LITERAL:
                    out.add(chr(value))
                elif kind is c.RANGE and value[1] - value[0] < 40:
                    out.update(chr(x) for x in range(value[0], value[1] + 1))
                else:
                    return None, False
            return out, False
        return None, False

    chars, nullable = seq(p.parse(pattern))
    return None if chars is None or nullable else chars


class AgeRecogniser:
    """Ages the writer states about themselves ("im 13", "tengo 13 anos", "jai 13 ans", "ich bin 13")."""

    name = "ages"
    categories = ("stated_age",)

    def __init__(self, packs: Sequence[PatternPack]) -> None:
        patterns = [p for pack in packs for p in pack.ages]
        self.pattern = re.compile("|".join(f"(?:{p})" for p in patterns))
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
    import re._constants as c  # noqa: PLC0415
    import re._parser as p  # noqa: PLC0415

    problems: list[str] = []

    def walk(items: Iterable[tuple[object, object]], inside_repeat: bool) -> None:
        for op, av in items:
            if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                low, high, sub = av  # type: ignore[misc]
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
