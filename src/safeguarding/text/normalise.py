"""Text normalisation shared by every text consumer: one canonical form before any pattern runs.

`normalise` keeps the text readable (it is what evidence is quoted from) but removes what is used to hide
things from filters: fullwidth, circled and other Unicode digits become ASCII digits, emoji keycaps become
their digit, control characters, NUL bytes, zero-width characters and bidirectional overrides disappear.
`fold` lower-cases and strips accents character by character, keeping positions, so a pattern matched on
the folded text can quote the same span of the normalised text.
"""

from __future__ import annotations

import unicodedata

OBSCURED_MARK = "\x01"
"""Inserted by `normalise(..., mark_obscured=True)` after a digit that was not a plain ASCII digit."""

_KEYCAP = "\u20e3"
_DROP = {
    *map(chr, range(0x202A, 0x202F)),  # bidi embeddings and overrides
    *map(chr, range(0x2066, 0x206A)),  # bidi isolates
    *map(chr, range(0xFE00, 0xFE10)),  # variation selectors
    "\u200b",
    "\u200c",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u2060",
    "\ufeff",
    "\u00ad",
}
_SPACE_LIKE = {"\t", "\r", "\u00a0", "\u202f", "\u205f", "\u3000", *map(chr, range(0x2000, 0x200B))}
_DIGITS = frozenset("0123456789")


def _map_char(ch: str, mark: bool) -> str:
    code = ord(ch)
    if code < 128:
        if code < 32 and ch != "\n":
            return " " if ch in "\t\r" else ""
        return "" if code == 127 else ch
    if ch in _DROP or 0x80 <= code < 0xA0:
        return ""
    if ch in _SPACE_LIKE:
        return " "
    if ch == _KEYCAP:
        return OBSCURED_MARK if mark else ""
    if ch == "\U0001f51f":  # keycap ten
        return "10" + (OBSCURED_MARK if mark else "")
    if unicodedata.category(ch) == "Nd":
        return str(unicodedata.digit(ch)) + (OBSCURED_MARK if mark else "")
    compat = unicodedata.normalize("NFKC", ch)
    if compat and set(compat) <= _DIGITS:
        return compat + (OBSCURED_MARK if mark else "")
    return compat


class _Table(dict[int, str]):
    """A lazily filled `str.translate` table: each distinct code point is classified once."""

    def __init__(self, mark: bool) -> None:
        super().__init__()
        self.mark = mark

    def __missing__(self, code: int) -> str:
        value = _map_char(chr(code), self.mark)
        self[code] = value
        return value


class _FoldTable(dict[int, str]):
    def __missing__(self, code: int) -> str:
        ch = chr(code).lower()[:1] or chr(code)
        base = unicodedata.normalize("NFD", ch)[:1] or ch
        if unicodedata.combining(base):
            base = " "
        self[code] = base
        return base


_PLAIN = _Table(mark=False)
_MARKED = _Table(mark=True)
_FOLD = _FoldTable()


def normalise(text: str, mark_obscured: bool = False) -> str:
    """Canonical text: Unicode digits and keycaps to ASCII, invisible and control characters removed.

    With `mark_obscured`, every digit that was not written as a plain ASCII digit is followed by
    `OBSCURED_MARK`, so that the phone extractor can tell an obscured number from a plain one.
    """
    if not text:
        return ""
    if text.isascii() and text.isprintable():
        return text
    return text.translate(_MARKED if mark_obscured else _PLAIN)


def fold(text: str) -> str:
    """Lower-case, accent-free form with exactly one output character per input character."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD)
