"""Hash one video file as vPDQ does: SHA-256 and MD5 of the bytes, a PDQ hash per sampled frame.

Frames are decoded by PyAV (its bundled FFmpeg), converted to RGB at their own size and hashed with
`pdqhash` (Meta's C++ PDQ), which reproduces Meta's vPDQ reference hashes (docs/VIDEO.md). A frame is
sampled when its presentation time reaches the next multiple of `every` seconds (so variable frame
rates do not drift); `every=0` hashes every frame, as Meta's reference files do. Timestamps are
presentation times in seconds from the first frame.

Hostile input is bounded: the file must be a regular file under `max_bytes`, a frame over `max_pixels`
is refused before it is converted, and decoding stops with an error after `max_frames` frames,
`max_duration` seconds of video or `max_seconds` of wall time (an endless or looping input).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import av
import av.error
import numpy as np

from safeguarding.media.hashing import MediaError, MediaHashes, pdq_of_pixels

# The first bytes of containers we treat as video (images keep going to Pillow).
_VIDEO_EXTENSIONS = frozenset(
    {".mp4", ".m4v", ".mov", ".3gp", ".3g2", ".mkv", ".webm", ".avi", ".flv", ".ts", ".mts", ".m2ts"}
    | {".mpg", ".mpeg", ".wmv", ".asf", ".ogv", ".vob", ".y4m"}
)


def looks_like_video(path: Path) -> bool:
    """By the container's signature, else by the file name; GIF/WebP animations stay images."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except OSError:
        return path.suffix.lower() in _VIDEO_EXTENSIONS
    if head[4:8] == b"ftyp" and head[8:12] not in (b"avif", b"avis", b"heic", b"heix", b"mif1", b"msf1"):
        return True  # MP4, MOV, 3GP (but not AVIF/HEIF still images)
    if head.startswith((b"\x1a\x45\xdf\xa3", b"FLV\x01", b"\x00\x00\x01\xba", b"YUV4MPEG2")):
        return True  # Matroska/WebM, FLV, MPEG-PS, Y4M
    if head.startswith(b"RIFF") and head[8:12] == b"AVI ":
        return True
    if head.startswith(b"\x30\x26\xb2\x75\x8e\x66\xcf\x11"):
        return True  # ASF/WMV
    return path.suffix.lower() in _VIDEO_EXTENSIONS


# PyAV's decoder threading (the same pixels in every mode): slice threads decoded fastest on a quiet
# machine, frame threads ("AUTO") only while other jobs held the cores; benchmarks/video.py --decode-modes.
THREAD_TYPE = "SLICE"


@dataclass(frozen=True)
class VideoLimits:
    """What a video may be before we refuse it. Defaults suit uploads of up to a few hours."""

    max_bytes: int = 8 * 1024**3
    max_pixels: int = 40_000_000  # per frame: 8K is 33 million
    max_frames: int = 2_000_000  # decoded frames (about 18 hours at 30 fps)
    max_duration: float = 6 * 3600.0  # seconds of presentation time
    max_seconds: float = 3600.0  # wall time spent decoding one file


@dataclass(frozen=True)
class VideoOptions:
    """How `hash` and `scan` sample videos: one frame per `every` seconds (0: every frame), at the
    frame's own size unless `size` (width, height) is given."""

    every: float = 1.0
    size: tuple[int, int] | None = None
    limits: VideoLimits = field(default_factory=VideoLimits)


@dataclass(frozen=True)
class FrameHash:
    """One sampled frame: its number among decoded frames, presentation time, PDQ hash and quality."""

    frame: int
    timestamp: float
    pdq: str
    quality: int

    def to_json(self) -> dict[str, Any]:
        return {"frame": self.frame, "timestamp": self.timestamp, "pdq": self.pdq, "quality": self.quality}


@dataclass(frozen=True)
class VideoHashes(MediaHashes):
    """A video's hashes: the image contract (path, SHA-256, MD5) plus its vPDQ frames."""

    frames: tuple[FrameHash, ...] = field(default=())
    duration: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "sha256": self.sha256,
            "md5": self.md5,
            "vpdq": [f.to_json() for f in self.frames],
        }


def _digests(path: Path, limits: VideoLimits) -> tuple[str, str, int]:
    sha, md5, size = hashlib.sha256(), hashlib.md5(usedforsecurity=False), 0
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            size += len(chunk)
            if size > limits.max_bytes:
                raise MediaError(str(path), f"file is over the limit of {limits.max_bytes} bytes")
            sha.update(chunk)
            md5.update(chunk)
    return sha.hexdigest(), md5.hexdigest(), size


def iter_frame_hashes(
    name: str,
    container: Any,
    every: float,
    limits: VideoLimits,
    started: float | None = None,
    size: tuple[int, int] | None = None,
) -> Iterator[FrameHash]:
    """Decode the first video stream of an open PyAV container and yield its sampled frames' hashes.

    `size` (width, height) scales each frame before hashing, as Meta's `downsample_width/height` does
    (area averaging); by default frames are hashed at their own size, which is what lists hold.
    """
    if not container.streams.video:
        raise MediaError(name, "no video stream in this file")
    stream = container.streams.video[0]
    width, height = stream.codec_context.width or 0, stream.codec_context.height or 0
    if width * height > limits.max_pixels:
        raise MediaError(
            name,
            f"video declares {width}x{height} pixels, over the limit of {limits.max_pixels}; "
            "refused before decoding",
        )
    stream.thread_type = THREAD_TYPE
    started = time.monotonic() if started is None else started
    first_time: float | None = None
    next_sample = 0.0
    for number, frame in enumerate(container.decode(stream)):
        if number >= limits.max_frames:
            raise MediaError(
                name, f"more than {limits.max_frames} frames; stopped (endless or looping input?)"
            )
        if number % 64 == 0 and time.monotonic() - started > limits.max_seconds:
            raise MediaError(name, f"decoding took over {limits.max_seconds:g} s; stopped")
        pts_time = frame.time if frame.time is not None else number / float(stream.average_rate or 25)
        if first_time is None:
            first_time = pts_time
        timestamp = max(0.0, pts_time - first_time)  # a frame presented before the first: time 0
        if timestamp > limits.max_duration:
            raise MediaError(name, f"longer than {limits.max_duration:g} s of video; stopped")
        if every > 0 and timestamp + 1e-6 < next_sample:
            continue
        if frame.width * frame.height > limits.max_pixels:
            raise MediaError(
                name, f"frames are {frame.width}x{frame.height} pixels, over the limit of {limits.max_pixels}"
            )
        if every > 0:
            while next_sample <= timestamp + 1e-6:
                next_sample += every
        if size is None:
            rgb: np.ndarray = frame.to_ndarray(format="rgb24")
        else:
            rgb = frame.reformat(
                width=size[0], height=size[1], format="rgb24", interpolation="AREA"
            ).to_ndarray()
        pdq, quality = pdq_of_pixels(rgb) if min(rgb.shape[:2]) >= 5 else ("0" * 64, 0)
        yield FrameHash(number, round(timestamp, 6), pdq, quality)


def hash_video(
    path: str | Path,
    every: float = 1.0,
    limits: VideoLimits | None = None,
    size: tuple[int, int] | None = None,
) -> VideoHashes:
    """Hash one video file, or raise MediaError naming the file and the problem."""
    limits = limits or VideoLimits()
    path = Path(path)
    name = str(path)
    if every < 0:
        raise ValueError(f"--every must be 0 (every frame) or a positive number of seconds, got {every}")
    sha256, md5, nbytes = _digests(path, limits)
    started = time.monotonic()
    try:
        with av.open(name, mode="r", options={"probesize": "5000000"}) as container:
            frames = tuple(iter_frame_hashes(name, container, every, limits, started, size))
    except MediaError:
        raise
    except av.error.FFmpegError as exc:
        raise MediaError(name, f"cannot decode video: {_ffmpeg_message(exc)}") from None
    except (OSError, ValueError, EOFError, MemoryError) as exc:
        raise MediaError(name, f"cannot decode video: {exc}") from None
    if not frames:
        raise MediaError(name, "no decodable video frame (empty, truncated or corrupt video)")
    return VideoHashes(
        path=name,
        sha256=sha256,
        md5=md5,
        pdq=None,
        quality=None,
        size=nbytes,
        frames=frames,
        duration=frames[-1].timestamp,
    )


def _ffmpeg_message(exc: Exception) -> str:
    strerror = getattr(exc, "strerror", None)
    text = str(strerror or exc)
    if "Invalid data" in text or "End of file" in text or "Input/output error" in text:
        return "invalid data (not a video, or a corrupt or truncated one)"
    return f"FFmpeg refused it ({text}; corrupt data or unsupported dimensions?)"
