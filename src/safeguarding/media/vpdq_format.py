"""Meta's vPDQ hash file: `frame,quality,pdqhex,timestamp` a line (vpdq/cpp/vpdq/cpp/io/vpdqio.cpp).

Frame numbers count from 0, quality is 0-100, the PDQ hash is 64 hex digits and the timestamp is in
seconds (written with 3 decimals). Reading reports each bad line with its number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import IO

from safeguarding.media.video import FrameHash

_HEX64 = re.compile(r"[0-9a-f]{64}")
MAX_LINE = 1000


class VpdqFormatError(ValueError):
    """A vPDQ hash file line that is not `frame,quality,pdqhex,timestamp`: `line` (0 if unknown) and
    `reason` say where and why; the message says both."""

    def __init__(self, message: str, line: int = 0, reason: str = "") -> None:
        super().__init__(message)
        self.line = line
        self.reason = reason or message


def parse_vpdq_line(text: str, where: str) -> FrameHash:
    parts = text.strip().split(",")
    if len(parts) != 4:
        raise VpdqFormatError(f"{where}: expected 'frame,quality,pdqhex,timestamp', got {text[:80]!r}")
    frame_text, quality_text, pdq_text, time_text = (p.strip() for p in parts)
    pdq = pdq_text.lower()
    if not _HEX64.fullmatch(pdq):
        raise VpdqFormatError(f"{where}: invalid PDQ hash {pdq_text[:80]!r}: expected 64 hex digits")
    try:
        frame, quality, timestamp = int(frame_text), int(quality_text), float(time_text)
    except ValueError:
        raise VpdqFormatError(f"{where}: frame and quality must be integers, timestamp a number") from None
    if frame < 0 or not 0 <= quality <= 100 or not 0 <= timestamp < 1e9:
        raise VpdqFormatError(
            f"{where}: out of range (frame ≥ 0, quality 0-100, timestamp ≥ 0): {text.strip()[:80]!r}"
        )
    return FrameHash(frame, timestamp, pdq, quality)


def read_vpdq(handle: IO[str], name: str) -> Iterator[FrameHash | VpdqFormatError]:
    """Each line's frame, or the error for a bad line (the caller decides whether to go on)."""
    for line_no, raw in enumerate(handle, start=1):
        if len(raw) > MAX_LINE:
            reason = f"line too long ({len(raw)} characters)"
            yield VpdqFormatError(f"{name} line {line_no}: {reason}", line_no, reason)
            continue
        text = raw.strip().lstrip("\ufeff")
        if not text or text.startswith("#"):
            continue
        try:
            yield parse_vpdq_line(text, f"{name} line {line_no}")
        except VpdqFormatError as exc:
            reason = str(exc).split(": ", 1)[-1]
            yield VpdqFormatError(str(exc), line_no, reason)


def load_vpdq(handle: IO[str], name: str) -> list[FrameHash]:
    """All frames of a hash file; the first bad line raises VpdqFormatError naming it."""
    frames: list[FrameHash] = []
    for item in read_vpdq(handle, name):
        if isinstance(item, VpdqFormatError):
            raise item
        frames.append(item)
    return frames


def vpdq_line(frame: FrameHash) -> str:
    return f"{frame.frame},{frame.quality},{frame.pdq},{frame.timestamp:.3f}"


def write_vpdq(frames: Iterable[FrameHash], out: IO[str]) -> int:
    count = 0
    for frame in frames:
        out.write(vpdq_line(frame) + "\n")
        count += 1
    return count
