"""Signal types: each kind of hash a bank can hold, behind one small interface.

As in python-threatexchange, a signal type has a name, knows how to validate a value and how to take it
from a hashed file, and says whether it matches exactly or by distance.
"""

from __future__ import annotations

import re
from typing import ClassVar

from safeguarding.media import MediaHashes

_HEX = re.compile(r"[0-9a-f]+")


class SignalType:
    name: ClassVar[str]
    hex_length: ClassVar[int]
    exact: ClassVar[bool] = True

    @classmethod
    def normalize(cls, value: str) -> str:
        """Lower-case hex of the right length, or ValueError naming the value."""
        cleaned = value.strip().lower()
        if len(cleaned) != cls.hex_length or not _HEX.fullmatch(cleaned):
            shown = value if len(value) <= 80 else value[:77] + "..."
            raise ValueError(f"not a {cls.name} hash ({cls.hex_length} hex digits): {shown!r}")
        return cleaned

    @classmethod
    def value_of(cls, hashes: MediaHashes) -> str | None:
        return getattr(hashes, cls.name)


class PDQSignal(SignalType):
    """Meta's perceptual hash: 256 bits compared by Hamming distance."""

    name = "pdq"
    hex_length = 64
    exact = False
    default_threshold: ClassVar[int] = 31  # Meta's suggested starting point (pdq/README.md)
    min_quality: ClassVar[int] = 50  # python-threatexchange QUALITY_THRESHOLD


class MD5Signal(SignalType):
    name = "md5"
    hex_length = 32


class SHA256Signal(SignalType):
    name = "sha256"
    hex_length = 64


class URLMD5Signal(SignalType):
    """python-threatexchange's `url_md5`: MD5 of a URL as `safeguarding.urls.url_md5` computes it. Not a
    property of media: matched by `match --url` and the URL scan of ads and chats."""

    name = "url_md5"
    hex_length = 32

    @classmethod
    def value_of(cls, hashes: MediaHashes) -> str | None:
        return None


SIGNAL_TYPES: dict[str, type[SignalType]] = {
    t.name: t for t in (PDQSignal, MD5Signal, SHA256Signal, URLMD5Signal)
}


def signal_type(name: str) -> type[SignalType]:
    try:
        return SIGNAL_TYPES[name.strip().lower()]
    except KeyError:
        known = ", ".join(SIGNAL_TYPES)
        raise ValueError(f"unknown signal type {name!r} (known: {known})") from None


def detect_signal_type(value: str) -> type[SignalType]:
    """Guess the type of a raw hash by its length: 32 hex digits is MD5; 64 is PDQ unless told otherwise."""
    length = len(value.strip())
    if length == MD5Signal.hex_length:
        return MD5Signal
    if length == PDQSignal.hex_length:
        return PDQSignal
    raise ValueError(
        f"cannot tell the hash type of {value!r}: expected 32 (md5) or 64 (pdq/sha256) hex digits"
    )
