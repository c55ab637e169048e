"""The few characters every match of a pattern must start with, to find candidate positions fast.

An indicator pattern list is an alternation of dozens of phrasings; Python's regular expression engine
tries every alternative at every letter of the ad. Instead, one trie-shaped expression of the patterns'
possible first characters (up to `PREFIX_CHARS`) finds the few positions worth trying, and the full
pattern is matched only there. The prefixes are read from the parsed pattern (`re._parser`), so they
stay correct when the patterns change; a pattern whose start cannot be enumerated disables the filter.
"""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser as sre_parse
from typing import Any

from safeguarding.text.phones import trie_pattern

PREFIX_CHARS = 4
_MAX_PREFIXES = 2000
_MAX_CLASS = 12


def _expand(items: Any, k: int) -> tuple[set[str], bool] | None:
    """(prefixes, complete): the strings a match of `items` starts with, cut at k characters; `complete`
    is False when expansion stopped early (each prefix is then only a necessary start). None when the
    start cannot be enumerated."""
    current = {""}
    for op, arg in items:
        if all(len(p) >= k for p in current):
            return {p[:k] for p in current}, False
        options: set[str] | None
        complete = True
        if op is sre.LITERAL:
            options = {chr(arg)}
        elif op is sre.IN and len(arg) <= _MAX_CLASS and all(o is sre.LITERAL for o, _ in arg):
            options = {chr(v) for _, v in arg}
        elif op is sre.SUBPATTERN:
            sub = _expand(arg[-1], k)
            if sub is None:
                return None
            options, complete = sub
        elif op is sre.BRANCH:
            options = set()
            for branch in arg[1]:
                sub = _expand(branch, k)
                if sub is None:
                    return None
                options |= sub[0]
                complete = complete and sub[1]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[1] == 1:
            sub = _expand(arg[2], k)
            if sub is None:
                return None
            options = sub[0] | ({""} if arg[0] == 0 else set())
            complete = sub[1]
        else:
            options, complete = None, False
        if options is None:
            return ({p for p in current}, False) if "" not in current else None
        current = {(p + o)[:k] if len(p) < k else p for p in current for o in options}
        if len(current) > _MAX_PREFIXES:
            return None
        if not complete:
            return ({p[:k] for p in current}, False) if "" not in current else None
    return current, True


def literal_prefixes(pattern: str, k: int = PREFIX_CHARS) -> set[str] | None:
    """Every match of `pattern` starts with one of these strings (or is one); None if unknown."""
    found = _expand(sre_parse.parse(pattern), k)
    if found is None or "" in found[0]:
        return None
    return found[0]


def prefix_filter(patterns: list[str]) -> re.Pattern[str] | None:
    """One expression matching at every position where some pattern of `patterns` may match."""
    prefixes: set[str] = set()
    for pattern in patterns:
        found = literal_prefixes(pattern)
        if found is None:
            return None
        prefixes |= found
    # zero-width, so that a prefix running into the next word does not hide a match starting there
    return re.compile("(?=" + trie_pattern(prefixes) + ")") if prefixes else None
