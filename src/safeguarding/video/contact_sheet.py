"""A contact sheet: frames of a video at given times, greyscale and blurred, in one PNG, made on the
server so the reviewer's browser never receives the video itself.

Bounded: at most `MAX_TILES` frames, each found by a seek and at most `MAX_DECODE_PER_SEEK` decoded
frames after it; frames over the pixel limit are refused.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import av
import av.error
from PIL import Image, ImageDraw, ImageFilter, ImageOps

from safeguarding.media.video import VideoLimits

MAX_TILES = 12
MAX_DECODE_PER_SEEK = 600
TILE = (240, 160)
COLUMNS = 4
BLUR_RADIUS = 8


class ContactSheetError(ValueError):
    """The video cannot be sampled; the message says why."""


def times_for_ranges(ranges: Iterable[dict[str, Any]], limit: int = 8) -> list[float]:
    """Times to show for matched ranges (`query_start`/`query_end` in seconds): each range's start,
    middle and end, at most `limit` in all, in order."""
    picked: list[float] = []
    for span in ranges:
        try:
            start, end = float(span["query_start"]), float(span["query_end"])
        except (KeyError, TypeError, ValueError):
            continue
        for t in (start, (start + end) / 2, end):
            if t >= 0 and all(abs(t - p) > 0.25 for p in picked):
                picked.append(t)
    return sorted(picked)[:limit]


def _frame_at(container: Any, stream: Any, seconds: float, limits: VideoLimits) -> Image.Image | None:
    base = float(stream.time_base) if stream.time_base else 1 / 90000
    start = float(stream.start_time * stream.time_base) if stream.start_time is not None else 0.0
    container.seek(int((start + seconds) / base), stream=stream, backward=True, any_frame=False)
    chosen = None
    for decoded, frame in enumerate(container.decode(stream)):
        if frame.width * frame.height > limits.max_pixels:
            raise ContactSheetError(f"frames are {frame.width}x{frame.height} pixels, over the limit")
        chosen = frame
        if frame.time is None or frame.time - start >= seconds - 0.02 or decoded >= MAX_DECODE_PER_SEEK:
            break
    return None if chosen is None else chosen.to_image()


def render_contact_sheet(
    path: str | Path, times: Sequence[float], limits: VideoLimits | None = None
) -> bytes:
    """PNG bytes: one greyscale, blurred tile per time (labelled with it), `COLUMNS` to a row."""
    limits = limits or VideoLimits()
    wanted = list(times)[:MAX_TILES] or [0.0]
    tiles: list[tuple[float, Image.Image]] = []
    try:
        with av.open(str(path)) as container:
            if not container.streams.video:
                raise ContactSheetError(f"{path}: no video stream")
            stream = container.streams.video[0]
            for t in wanted:
                image = _frame_at(container, stream, t, limits)
                if image is not None:
                    tile = ImageOps.grayscale(image)
                    tile.thumbnail(TILE)
                    tiles.append((t, tile.filter(ImageFilter.GaussianBlur(BLUR_RADIUS))))
    except av.error.FFmpegError as exc:
        raise ContactSheetError(f"{path}: cannot read video: {exc}") from None
    except OSError as exc:
        raise ContactSheetError(f"{path}: cannot read video: {exc}") from None
    if not tiles:
        raise ContactSheetError(f"{path}: no frame could be decoded at the matched times")
    rows = (len(tiles) + COLUMNS - 1) // COLUMNS
    sheet = Image.new("L", (COLUMNS * TILE[0], rows * (TILE[1] + 18)), color=255)
    draw = ImageDraw.Draw(sheet)
    for i, (t, tile) in enumerate(tiles):
        x, y = (i % COLUMNS) * TILE[0], (i // COLUMNS) * (TILE[1] + 18)
        sheet.paste(tile, (x + (TILE[0] - tile.width) // 2, y + (TILE[1] - tile.height) // 2))
        draw.text((x + 4, y + TILE[1] + 3), f"{int(t // 60)}:{t % 60:05.2f}", fill=0)
    out = io.BytesIO()
    sheet.save(out, format="PNG")
    return out.getvalue()
