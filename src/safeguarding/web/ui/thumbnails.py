"""Thumbnails of scanned media for the review UI: blurred and greyscale unless revealed.

The file is read from the path the scan recorded, with the project's image limits, and only a small
re-encoded copy is sent; nothing is written to disk.
"""

from __future__ import annotations

import io
import os
import stat
import warnings
from pathlib import Path

from PIL import Image, ImageFilter, ImageOps, UnidentifiedImageError

from safeguarding.media import ImageLimits

THUMBNAIL_SIZE = (480, 480)
#: A reveal shows the image re-encoded (no metadata) at up to this size, not the raw file.
REVEAL_SIZE = (1600, 1600)
BLUR_RADIUS = 14


class ThumbnailError(Exception):
    """The media behind a case item cannot be shown; the message says why."""


def _read(path: Path, limits: ImageLimits) -> bytes:
    try:
        info = os.stat(path)
    except OSError:
        raise ThumbnailError(f"{path}: the scanned file is no longer available") from None
    if not stat.S_ISREG(info.st_mode):
        raise ThumbnailError(f"{path}: not a regular file; refused")
    if info.st_size > limits.max_bytes:
        raise ThumbnailError(f"{path}: {info.st_size} bytes, over the limit of {limits.max_bytes}")
    with open(path, "rb") as handle:
        return handle.read(limits.max_bytes + 1)


def _decode(path: Path, data: bytes, limits: ImageLimits, size: tuple[int, int]) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
                if width * height > limits.max_pixels:
                    raise ThumbnailError(
                        f"{path}: {width}x{height} pixels, over the limit of {limits.max_pixels}; refused"
                    )
                image.seek(0)
                image.draft("RGB", size)  # JPEG: decode at a reduced scale
                small = image.convert("RGB")
                small.thumbnail(size)
                return small
    except ThumbnailError:
        raise
    except UnidentifiedImageError:
        raise ThumbnailError(f"{path}: not an image the viewer can read") from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ThumbnailError(f"{path}: refused as a possible decompression bomb") from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ThumbnailError(f"{path}: cannot decode image ({exc or type(exc).__name__})") from None


def render_thumbnail(path: str | Path, *, revealed: bool, limits: ImageLimits | None = None) -> bytes:
    """PNG bytes of a copy of the image: small, blurred and greyscale unless `revealed`."""
    limits = limits or ImageLimits()
    source = Path(path)
    size = REVEAL_SIZE if revealed else THUMBNAIL_SIZE
    image = _decode(source, _read(source, limits), limits, size)
    if not revealed:
        image = ImageOps.grayscale(image).filter(ImageFilter.GaussianBlur(BLUR_RADIUS))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()


def _first_video_frame(path: Path, limits: ImageLimits) -> Image.Image:
    import av  # imported here: only video items need it

    try:
        with av.open(str(path)) as container:
            stream = container.streams.video[0]
            if stream.width * stream.height > limits.max_pixels:
                raise ThumbnailError(
                    f"{path}: video frames of {stream.width}x{stream.height} are over the limit"
                )
            for frame in container.decode(stream):
                image = frame.to_image().convert("RGB")
                image.thumbnail(THUMBNAIL_SIZE)
                return image
    except ThumbnailError:
        raise
    except (av.error.FFmpegError, IndexError, OSError) as exc:
        raise ThumbnailError(f"{path}: cannot decode video ({exc})") from None
    raise ThumbnailError(f"{path}: the video has no frames")


def render_video_poster(path: str | Path, *, limits: ImageLimits | None = None) -> bytes:
    """PNG bytes of the first frame of a video, blurred and greyscale (the poster shown before a reveal)."""
    limits = limits or ImageLimits()
    source = Path(path)
    try:
        size = os.stat(source).st_size
    except OSError:
        raise ThumbnailError(f"{source}: the scanned file is no longer available") from None
    if size > limits.max_bytes:
        raise ThumbnailError(f"{source}: {size} bytes, over the limit of {limits.max_bytes}")
    image = ImageOps.grayscale(_first_video_frame(source, limits)).filter(
        ImageFilter.GaussianBlur(BLUR_RADIUS)
    )
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def read_video(path: str | Path, *, limits: ImageLimits | None = None) -> bytes:
    """The bytes of a video file for an allowed reveal, within the size limit."""
    limits = limits or ImageLimits()
    return _read(Path(path), limits)
