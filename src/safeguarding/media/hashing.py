"""Hash one image file: cryptographic hashes of its bytes and PDQ of its pixels.

PDQ comes from `pdqhash`, the Python binding of Meta's C++ reference; pixels are decoded by Pillow and
converted to RGB, as Meta's conformance values were computed.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
import warnings
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pdqhash
from PIL import Image, UnidentifiedImageError

# Our own pixel limit is checked before decoding; Pillow's global check stays on as a second guard.
warnings.simplefilter("error", Image.DecompressionBombWarning)


@dataclass(frozen=True)
class ImageLimits:
    """What an input may be before we refuse it. Defaults suit photos and screenshots."""

    max_pixels: int = 60_000_000
    max_bytes: int = 128 * 1024 * 1024


@dataclass(frozen=True)
class MediaHashes:
    path: str
    sha256: str
    md5: str
    pdq: str | None
    quality: int | None
    size: int

    def to_json(self) -> dict[str, Any]:
        record = asdict(self)
        record.pop("size")
        return record


class MediaError(Exception):
    """A file that cannot be hashed; `problem` says why in plain words."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem

    def __reduce__(self) -> tuple[type[MediaError], tuple[str, str]]:
        # Rebuilt from both fields when it crosses a process (a pool, a Dask worker), not from its message.
        return (type(self), (self.path, self.problem))


def check_regular_file(path: Path, max_bytes: int) -> os.stat_result:
    """The file's stat if it is a non-empty regular file within `max_bytes`, else MediaError.

    FIFOs, devices and sockets are refused before they are opened: they could block or never end.
    """
    name = str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise MediaError(name, "no such file") from None
    except PermissionError:
        raise MediaError(name, "permission denied") from None
    except OSError as exc:
        raise MediaError(name, f"cannot read: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise MediaError(name, "is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise MediaError(name, "not a regular file (device, FIFO or socket); refused")
    if info.st_size == 0:
        raise MediaError(name, "empty file (0 bytes)")
    if info.st_size > max_bytes:
        raise MediaError(name, f"file is {info.st_size} bytes, over the limit of {max_bytes}")
    return info


def _read_regular_file(path: Path, limits: ImageLimits) -> bytes:
    check_regular_file(path, limits.max_bytes)
    try:
        with open(path, "rb") as handle:
            return handle.read(limits.max_bytes + 1)
    except OSError as exc:
        raise MediaError(str(path), f"cannot read: {exc.strerror or exc}") from None


def _decode_rgb(name: str, data: bytes, limits: ImageLimits) -> np.ndarray:
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > limits.max_pixels:
                raise MediaError(
                    name,
                    f"image declares {width}x{height} pixels, over the limit of {limits.max_pixels}"
                    " (possible decompression bomb); refused before decoding",
                )
            image.seek(0)  # animated images are hashed by their first frame
            rgb = image.convert("RGB")
            return np.asarray(rgb)
    except MediaError:
        raise
    except UnidentifiedImageError:
        raise MediaError(name, "not an image Pillow can read (unknown or corrupt format)") from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise MediaError(name, f"refused as a possible decompression bomb: {exc}") from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        message = str(exc) or type(exc).__name__
        if "truncated" in message:
            message = "image data is truncated"
        raise MediaError(name, f"cannot decode image: {message}") from None


def pdq_of_pixels(rgb: np.ndarray) -> tuple[str, int]:
    """PDQ hash (64 hex digits, first digit most significant) and quality of an RGB array."""
    bits, quality = pdqhash.compute(rgb)
    packed = np.packbits(bits.astype(np.uint8))
    return packed.tobytes().hex(), int(quality)


def hash_bytes(name: str, data: bytes, limits: ImageLimits | None = None) -> MediaHashes:
    limits = limits or ImageLimits()
    rgb = _decode_rgb(name, data, limits)
    pdq, quality = pdq_of_pixels(rgb)
    return MediaHashes(
        path=name,
        sha256=hashlib.sha256(data).hexdigest(),
        md5=hashlib.md5(data, usedforsecurity=False).hexdigest(),
        pdq=pdq,
        quality=quality,
        size=len(data),
    )


def hash_file(path: str | Path, limits: ImageLimits | None = None) -> MediaHashes:
    """Hash one image file, or raise MediaError naming the file and the problem."""
    limits = limits or ImageLimits()
    data = _read_regular_file(Path(path), limits)
    return hash_bytes(str(path), data, limits)
