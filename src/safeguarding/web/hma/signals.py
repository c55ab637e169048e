"""HMA's signal and content types mapped onto ours, and hashing a file as HMA would.

HMA (python-threatexchange) names: `pdq` (photos) and `video_md5` (the MD5 of a video file's bytes).
Our banks hold `pdq`, `md5` (of any file's bytes) and `sha256`; so `video_md5` is our `md5`, shown under
HMA's name. `md5` and `sha256` are accepted as well (an extension: HMA has no such types).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from safeguarding.banks import signal_type
from safeguarding.media import ImageLimits, MediaError, hash_file
from safeguarding.web.hma.errors import hma_error

# HMA signal type name -> our bank signal type
SIGNAL_TYPES: dict[str, str] = {"pdq": "pdq", "video_md5": "md5"}
EXTRA_SIGNAL_TYPES: dict[str, str] = {"md5": "md5", "sha256": "sha256"}
# our bank signal type -> the name HMA clients see
HMA_NAME: dict[str, str] = {"pdq": "pdq", "md5": "video_md5", "sha256": "sha256"}
# HMA content type -> the signal types it is hashed into
CONTENT_TYPES: dict[str, tuple[str, ...]] = {"photo": ("pdq",), "video": ("video_md5",)}


def store_type(name: str) -> str:
    """Our signal type for an HMA signal type name; 400 "No such SignalType" if unknown."""
    found = SIGNAL_TYPES.get(name) or EXTRA_SIGNAL_TYPES.get(name)
    if found is None:
        raise hma_error(400, f"No such SignalType '{name}' (known: {', '.join(SIGNAL_TYPES)})")
    return found


def normalize(name: str, value: str) -> str:
    """The hash in our canonical form (lower-case hex of the right length), or 400 naming it."""
    kind = store_type(name)
    try:
        return signal_type(kind).normalize(str(value))
    except ValueError as exc:
        raise hma_error(400, f"invalid signal: {exc}") from None


def content_type_for(header: str, hint: str | None) -> str:
    name = hint or ""
    if not name:
        lowered = header.lower()
        if lowered.startswith("image"):
            name = "photo"
        elif lowered.startswith("video"):
            name = "video"
        else:
            raise hma_error(
                400,
                f"unsupported url ContentType: '{header}', if you know the expected type, "
                "provide it with the content_type query param",
            )
    if name not in CONTENT_TYPES:
        raise hma_error(400, f"no such content_type: '{name}'")
    return name


def signal_types_for(content_type: str, types: str | None) -> tuple[str, ...]:
    available = CONTENT_TYPES[content_type]
    if types is None:
        return available
    chosen = []
    for name in (part.strip() for part in types.split(",")):
        if not name:
            continue
        if name not in available:
            raise hma_error(400, f"signal type '{name}' doesn't exist or is disabled")
        chosen.append(name)
    if not chosen:
        raise hma_error(400, "empty signal type selection")
    return tuple(chosen)


def hash_path(path: Path, content_type: str, types: tuple[str, ...], max_bytes: int) -> dict[str, str]:
    """HMA signal name -> hash of the file at `path` (a photo: PDQ; a video: the MD5 of its bytes)."""
    found: dict[str, str] = {}
    if "pdq" in types:
        try:
            hashes = hash_file(path, ImageLimits(max_bytes=max_bytes))
        except MediaError as exc:
            raise hma_error(400, f"cannot hash the {content_type}: {exc.problem}") from None
        if hashes.pdq is not None:
            found["pdq"] = hashes.pdq
    if "video_md5" in types:
        digest = hashlib.md5(usedforsecurity=False)
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
        found["video_md5"] = digest.hexdigest()
    return found
