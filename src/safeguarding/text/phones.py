"""Phone numbers in free text, also when written to evade filters.

The text is normalised (Unicode digits and emoji keycaps to ASCII, marked as obscured), folded, and cut
into tokens by one linear regular expression. A single left-to-right pass groups digit tokens, number
words (English, Spanish, French) and the letter O into *runs* separated only by separator characters.
Inside a run, windows of consecutive groups holding 7 to 17 digits are validated with `phonenumbers`,
longest first. Dates, times, "24/7", prices and measurements (a number beside a currency sign or a unit)
break runs, so they never become phone numbers. Every step is linear in the length of the text; the
validation results are cached, so repetitive adversarial input (``1 1 1 1 ...``) costs one lookup a window.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers

from safeguarding.text.fictional import is_valid_or_fictional
from safeguarding.text.normalise import OBSCURED_MARK, fold, normalise
from safeguarding.text.numberwords import FIRST_WORDS, MAX_PHRASE_WORDS, PHRASES, REPEATERS

DEFAULT_REGION = "US"
# Spain before France: a 9-digit national number is Spanish (French national numbers keep their trunk 0).
DEFAULT_FALLBACK_REGIONS: tuple[str, ...] = ("ES", "FR", "GB", "MX")
MIN_DIGITS, MAX_DIGITS = 7, 17
MAX_GROUPS_PER_WINDOW = 16

_TOKEN = re.compile(r"\d+|[^\W\d_]+|[^\s\w]|_", re.UNICODE)
# Spans that look numeric but are not phones: dates, times, 24/7 and decimal measurements.
_NOT_PHONE = re.compile(
    r"\d(?:\d{3}([./-])\d{1,2}\1\d{1,2}|\d?([./-])\d{1,2}\2(?:\d{4}|\d{2}))(?![./-]?\d)"
    r"|\d{1,2}\s?[:h]\s?\d{2}\b|\d{1,3}[.,]\d{1,2}\s?(?:m|cm|kg|ft|lbs?)\b"
)
_ALWAYS = re.compile(r"\b24\s?[/x-]\s?7\b")
_LETTERS = re.compile(r"[^\W\d_]+")
_SEPARATORS = frozenset("-.()/,+*_|~[]{}•·‐‑‒–—―−" + OBSCURED_MARK)
_UNUSUAL_SEPARATORS = frozenset("*_|~[]{}•·,")
_CURRENCY = frozenset("$€£¥")
_UNITS = frozenset(
    [
        "cm",
        "m",
        "kg",
        "lb",
        "lbs",
        "ft",
        "in",
        "years",
        "yrs",
        "yr",
        "yo",
        "y",
        "ans",
        "an",
        "anos",
        "ano",
        "h",
        "hr",
        "hrs",
        "hour",
        "hours",
        "hora",
        "horas",
        "heure",
        "heures",
        "min",
        "mins",
        "minutes",
        "usd",
        "eur",
        "euro",
        "euros",
        "dollar",
        "dollars",
        "dolares",
        "roses",
        "k",
        "pm",
        "am",
    ]
)


_MONEY_UNITS = frozenset(["usd", "eur", "euro", "euros", "dollar", "dollars", "dolares", "roses", "k"])
# Short words that are also ordinary words ("in", "y" = and, "an"): units only when glued to the number.
_AMBIGUOUS_UNITS = frozenset(["in", "y", "an", "m", "h", "k", "am", "pm", "min", "yo", "ano", "ans"])


def _is_measure(digits: str, unit: str, gap: int) -> bool:
    """A number followed by a unit ("165 cm", "23 years", "300 roses") is a measurement or a price.
    Phone groups are kept: only short numbers (3 digits, 4 for money) count as measurements."""
    if unit not in _UNITS or (gap > 0 and unit in _AMBIGUOUS_UNITS):
        return False
    return len(digits) <= (4 if unit in _MONEY_UNITS else 3)


_NUMBERISH = FIRST_WORDS | frozenset(REPEATERS) | {"oo", "ooo"}


def trie_pattern(words: set[str]) -> str:
    """A regular expression for a set of words that branches on one character at a time."""
    if "" in words and len(words) == 1:
        return ""
    by_first: dict[str, set[str]] = {}
    optional = "" in words
    for word in words:
        if word:
            by_first.setdefault(word[0], set()).add(word[1:])
    branches = [re.escape(ch) + trie_pattern(rest) for ch, rest in sorted(by_first.items())]
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if optional else body


_ALL_NUMBER_WORDS = {word for phrase in PHRASES for word in phrase} | set(REPEATERS)
# Words that join the parts of one number written in pieces ("area code 312 then 555 0175",
# "07700 and then 900123"); at most two in a row, and never at the start of a run.
_CONNECTORS = frozenset(
    ["then", "and", "followed", "by", "puis", "ensuite", "et", "luego", "y", "the", "rest"]
)
_CONNECTOR_PATTERN = "|".join(sorted(_CONNECTORS, key=len, reverse=True))
# Finds stretches that may hold a phone number (digits, number words, separators) at C speed; only these
# stretches, widened to whole words, go through the token-by-token reader.
# Emoji and pictographs put between digits to get past filters ("07700🔥900123") separate groups of one
# number; they make it obscured.
_SYMBOL_RANGES = "\u2190-\u2bff\u3030\u303d\ufe0f\U0001f000-\U0001faff"
_SYMBOL = re.compile(f"[{_SYMBOL_RANGES}]")
_CANDIDATE = re.compile(
    r"(?:\d|"
    + trie_pattern(_ALL_NUMBER_WORDS)
    + r")(?:(?:[\s\-.()/,+*_|~\[\]{}•·\x01‐‑‒–—―−"
    + _SYMBOL_RANGES
    + r"]|\b(?:"
    + _CONNECTOR_PATTERN
    + r")\b)*(?:\d|"
    + trie_pattern(_ALL_NUMBER_WORDS)
    + r"))*"
)
_CONTEXT = 16
# A digit string labelled as a reference ("Ad #4410239981", "Ref 1029384756", "order no. 55512345") is
# not a phone even when it happens to be a valid number. Ad/listing/post need a marker after them.
_DECOY_BEFORE = re.compile(
    r"(?:\b(?:ref|reference|order|invoice|item|ticket|booking|sku|case|account|acct|tracking|receipt"
    r"|serial|postcode|zip|id)\W{0,3}(?:no\.?|nr|num|number|#|id|code)?"
    r"|\b(?:ad|advert|listing|post|ad id)\W{0,3}(?:no\.?|nr|num|number|#|id|ref|code|:)"
    r"|\bno\.|[#\u00ba\u00b0])\W{0,3}$"
)


@dataclass(frozen=True, slots=True)
class PhoneMatch:
    """One phone number found in text: E.164 form, the text it was read from, whether it was obscured."""

    e164: str
    evidence: str
    obscured: bool
    start: int
    end: int


@dataclass(slots=True)
class _Group:
    digits: str
    start: int
    end: int
    obscured: bool
    plus: bool = False


def _parse(raw: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None


def _e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@lru_cache(maxsize=200_000)
def _validate(digits: str, plus: bool, regions: tuple[str, ...], whole_run: bool) -> str | None:
    """E.164 for a digit window, or None.

    Only numbers that `phonenumbers` calls valid count (or that sit in a range reserved for fiction,
    `safeguarding.text.fictional`), so reference numbers and other digit strings are not phones. A
    number is read in the ad's own region first; only when the window is a whole run of digits (nothing
    numeric around it) are the other regions tried.
    """
    if len(set(digits)) < 3:
        return None
    if plus:
        number = _parse("+" + digits, None)
        return _e164(number) if number is not None and is_valid_or_fictional(number) else None
    number = _parse(digits, regions[0])
    if number is not None and is_valid_or_fictional(number):
        return _e164(number)
    if not whole_run:
        return None
    for region in regions[1:]:
        other = _parse(digits, region)
        if other is not None and is_valid_or_fictional(other):
            return _e164(other)
    return None


def _excluded_spans(folded: str) -> list[tuple[int, int]]:
    spans = []
    for m in _NOT_PHONE.finditer(folded):
        start = m.start()
        if start and folded[start - 1] in "0123456789./-":
            continue  # the middle of a longer number, not a date
        spans.append(m.span())
    if "24" in folded:
        spans.extend(m.span() for m in _ALWAYS.finditer(folded))
        spans.sort()
    return spans


def _runs(folded: str) -> list[list[_Group]]:
    """Groups of digits separated only by separator characters, in text order."""
    excluded = _excluded_spans(folded)
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(folded)]
    runs: list[list[_Group]] = []
    current: list[_Group] = []
    odd_separator = False
    plus_pending = False
    ex_index = 0
    connectors = 0
    i, n = 0, len(tokens)

    def close() -> None:
        nonlocal current, odd_separator
        if current:
            runs.append(current)
        current = []
        odd_separator = False

    while i < n:
        text, start, end = tokens[i]
        while ex_index < len(excluded) and excluded[ex_index][1] <= start:
            ex_index += 1
        if ex_index < len(excluded) and excluded[ex_index][0] <= start < excluded[ex_index][1]:
            close()
            i += 1
            continue
        first = text[0]
        if text in _CONNECTORS and current and connectors < 2 and text not in _NUMBERISH:
            connectors += 1
            i += 1
            continue
        if first.isdigit() or text in _NUMBERISH:
            connectors = 0
        if first.isalpha() and text not in _NUMBERISH:
            connectors = 0
            close()
            if text in _UNITS and runs:
                _drop_last_if_adjacent(runs, text, start, folded)
            plus_pending = False
            i += 1
            continue
        if first.isdigit():
            group = _Group(text, start, end, odd_separator, plus_pending)
            i += 1
        elif first.isalpha():
            group_or_none, i = _word_group(tokens, i)
            if group_or_none is None:
                close()
                if text in _UNITS and current == [] and runs:
                    _drop_last_if_adjacent(runs, text, start, folded)
                plus_pending = False
                continue
            group = group_or_none
        else:
            if text in _CURRENCY:
                _drop_currency_neighbours(runs, current, tokens, i)
                close()
            elif text == OBSCURED_MARK:
                if current:
                    current[-1].obscured = True
            elif text == "+":
                plus_pending = True
            elif text in _SEPARATORS:
                odd_separator = odd_separator or (bool(current) and text in _UNUSUAL_SEPARATORS)
            elif _SYMBOL.match(text):
                odd_separator = odd_separator or bool(current)
            else:
                close()
                odd_separator = plus_pending = False
            i += 1
            continue
        if (
            text.isdigit()
            and i < n
            and tokens[i][1] <= end + 1
            and _is_measure(text, tokens[i][0], tokens[i][1] - end)
        ):
            close()  # "165 cm", "23 years": a measurement, not part of a number
            i += 1
            continue
        current.append(group)
        odd_separator = plus_pending = False
    close()
    return runs


def _drop_last_if_adjacent(runs: list[list[_Group]], unit: str, unit_start: int, folded: str) -> None:
    last_run = runs[-1]
    if not last_run or folded[last_run[-1].end : unit_start].strip() != "":
        return
    if _is_measure(last_run[-1].digits, unit, unit_start - last_run[-1].end):
        last_run.pop()


def _drop_currency_neighbours(
    runs: list[list[_Group]], current: list[_Group], tokens: list[tuple[str, int, int]], i: int
) -> None:
    """A number right before or after a currency sign is a price: remove it from its run."""
    symbol_start = tokens[i][1]
    if current and current[-1].end >= symbol_start - 1:
        current.pop()
    if i + 1 < len(tokens) and tokens[i + 1][0].isdigit() and tokens[i + 1][1] <= tokens[i][2] + 1:
        tokens[i + 1] = ("$", tokens[i + 1][1], tokens[i + 1][2])  # neutralised: never read as digits


def _word_group(tokens: list[tuple[str, int, int]], i: int) -> tuple[_Group | None, int]:
    """Read a number word (or "double five") starting at token i; return the group and the next index."""
    word, start, _ = tokens[i]
    repeat = REPEATERS.get(word, 1)
    j = i + 1 if repeat > 1 else i
    if j >= len(tokens) or tokens[j][0] not in FIRST_WORDS:
        if word.startswith("o") and set(word) == {"o"}:  # "oo" for "00"
            return _Group("0" * len(word), start, tokens[i][2], True), i + 1
        return None, i + 1
    words: list[str] = []
    best: tuple[str, int] | None = None
    k = j
    while k < len(tokens) and len(words) < MAX_PHRASE_WORDS:
        text = tokens[k][0]
        if text == "-":
            k += 1
            continue
        if not text.isalpha():
            break
        words.append(text)
        digits = PHRASES.get(tuple(words))
        if digits is not None:
            best = (digits, k + 1)
        k += 1
    if best is None:
        return None, i + 1
    digits, next_index = best
    if repeat > 1 and len(digits) == 1:
        digits *= repeat
    return _Group(digits, start, tokens[next_index - 1][2], True), next_index


def _candidate_runs(folded: str) -> list[list[_Group]]:
    """`_runs` over the candidate stretches only (each widened by a few whole words of context)."""
    windows: list[list[int]] = []
    n = len(folded)
    for m in _CANDIDATE.finditer(folded):
        start, end = m.span()
        if end - start < MIN_DIGITS:
            continue
        lo = folded.rfind(" ", 0, max(0, start - _CONTEXT)) + 1
        hi = folded.find(" ", min(n, end + _CONTEXT))
        hi = n if hi < 0 else hi
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    runs: list[list[_Group]] = []
    for lo, hi in windows:
        for run in _runs(folded[lo:hi]):
            for group in run:
                group.start += lo
                group.end += lo
            runs.append(run)
    return runs


def _windows(run: list[_Group], regions: tuple[str, ...]) -> list[tuple[str, int, int]]:
    """Valid phone numbers in a run as (e164, first group, last group), greedy, longest window first."""
    found: list[tuple[str, int, int]] = []
    i = 0
    while i < len(run):
        ends: list[tuple[int, str]] = []
        digits = ""
        for j in range(i, min(len(run), i + MAX_GROUPS_PER_WINDOW)):
            digits += run[j].digits
            if len(digits) > MAX_DIGITS:
                break
            if len(digits) >= MIN_DIGITS:
                ends.append((j, digits))
        for j, window in reversed(ends):
            e164 = _validate(window, run[i].plus, regions, i == 0 and j == len(run) - 1)
            if e164 is not None:
                found.append((e164, i, j))
                i = j + 1
                break
        else:
            i += 1
    return found


def extract_phones(
    text: str,
    region: str = DEFAULT_REGION,
    fallback_regions: tuple[str, ...] = DEFAULT_FALLBACK_REGIONS,
) -> list[PhoneMatch]:
    """All phone numbers in `text`, in order, duplicates removed.

    A number without a country code is read in `region` first, then in each fallback region, and kept
    only if `phonenumbers` says it is a valid number there. `obscured` is true when the number was
    spelled with words, the letter O, non-ASCII or keycap digits, unusual separators or digit by digit.
    """
    marked = normalise(text, mark_obscured=True)
    return phones_in_marked(marked, fold(marked), region, fallback_regions)


# A token of digits and the look-alike letters o, l, i ("7l3555Ol27", "O49l57l266") is read as digits.
_LOOKALIKE = re.compile(r"(?<![^\W\d_])(?=[0-9oil]*[oil])(?=(?:[oil]*[0-9]){2})[0-9oil]{3,}(?![^\W\d_])")
_LOOKALIKE_DIGITS = str.maketrans("oil", "011")


def _has_letters(evidence: str) -> bool:
    """Digits written with look-alike letters, or a number split by words ("312 then 555 0175")."""
    return any(c.isalpha() for c in evidence)


def _digits_for_lookalikes(folded: str) -> str:
    if "o" not in folded and "l" not in folded and "i" not in folded:
        return folded
    return _LOOKALIKE.sub(lambda m: m.group().translate(_LOOKALIKE_DIGITS), folded)


def phones_in_marked(
    marked: str, folded: str, region: str, fallback_regions: tuple[str, ...]
) -> list[PhoneMatch]:
    """`extract_phones` on text already normalised with `mark_obscured=True` and folded."""
    if sum(map(folded.count, "0123456789")) < MIN_DIGITS and _NUMBERISH.isdisjoint(_LETTERS.findall(folded)):
        return []
    regions = (region, *[r for r in fallback_regions if r != region])
    folded = _digits_for_lookalikes(folded)
    seen: set[str] = set()
    result: list[PhoneMatch] = []
    for run in _candidate_runs(folded):
        total = sum(len(g.digits) for g in run)
        if total < MIN_DIGITS or _DECOY_BEFORE.search(folded, max(0, run[0].start - 24), run[0].start):
            continue
        for e164, first, last in _windows(run, regions):
            if e164 in seen:
                continue
            seen.add(e164)
            groups = run[first : last + 1]
            single_digit_groups = sum(1 for g in groups if len(g.digits) == 1)
            start, end = groups[0].start, groups[-1].end
            evidence = marked[start:end].replace(OBSCURED_MARK, "")
            obscured = any(g.obscured for g in groups) or single_digit_groups >= 3 or _has_letters(evidence)
            result.append(PhoneMatch(e164, evidence, obscured, start, end))
    return result
