"""Parsing PDQ hashes written as hex (64 hex digits = 256 bits, byte 0 = the first two digits)."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

PDQ_HEX_LEN = 64
PDQ_BYTES = 32
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


def parse_pdq_hex(value: str, where: str | None = None) -> bytes:
    """Return the 32 bytes of a PDQ hash written as 64 hex digits (either case, surrounding blanks ignored).

    Raises ValueError naming the offending value (and `where`, e.g. "bank.csv line 12", when given).
    """
    text = value.strip() if isinstance(value, str) else value
    problem = None
    if not isinstance(text, str):
        problem = f"expected a string of {PDQ_HEX_LEN} hex digits, got {type(value).__name__}"
    elif len(text) != PDQ_HEX_LEN:
        problem = f"expected {PDQ_HEX_LEN} hex digits, got {len(text)} characters"
    elif not _HEX_DIGITS.issuperset(text):
        bad = next(ch for ch in text if ch not in _HEX_DIGITS)
        problem = f"not hexadecimal (character {bad!r})"
    if problem is not None:
        shown = repr(value) if len(repr(value)) <= 90 else repr(value)[:87] + "..."
        prefix = f"{where}: " if where else ""
        raise ValueError(f"{prefix}invalid PDQ hash {shown}: {problem}")
    return bytes.fromhex(text)


def hashes_from_hex(values: Iterable[str], where: str | None = None) -> np.ndarray:
    """Parse many hex PDQ hashes into an (n, 32) uint8 array; the first bad one raises ValueError.

    `where` names the source; the position of the bad value (0-based) is added to the message.
    """
    buf = bytearray()
    for i, value in enumerate(values):
        buf += parse_pdq_hex(value, where=f"{where} item {i}" if where else f"item {i}")
    return np.frombuffer(bytes(buf), dtype=np.uint8).reshape(-1, PDQ_BYTES)


def hashes_to_hex(hashes: np.ndarray) -> list[str]:
    """The inverse of hashes_from_hex: lower-case hex strings."""
    return [bytes(row).hex() for row in np.asarray(hashes, dtype=np.uint8).reshape(-1, PDQ_BYTES)]
