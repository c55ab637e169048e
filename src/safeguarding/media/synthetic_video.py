"""Benign generated videos for tests, demos and benchmarks: generated pictures (shapes over gradients)
panned slowly, a new picture every `scene_seconds`. Different seeds give unrelated vPDQ hashes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import cast

import av
import numpy as np
from av.video.stream import VideoStream

from safeguarding.media.synthetic import generated_image


def scene_frames(
    seeds: Sequence[int], *, fps: int = 10, size: tuple[int, int] = (320, 240), scene_seconds: float = 2.0
) -> Iterator[np.ndarray]:
    """RGB frames: for each seed, `scene_seconds` of a generated picture with the view drifting across it."""
    width, height = size
    per_scene = max(1, round(fps * scene_seconds))
    for seed in seeds:
        canvas = np.asarray(generated_image(seed, (width + width // 4, height + height // 4)))
        for i in range(per_scene):
            dx = int(i * (width // 4) / per_scene)
            dy = int(i * (height // 4) / per_scene)
            yield np.ascontiguousarray(canvas[dy : dy + height, dx : dx + width])


def write_video(
    path: Path,
    frames: Iterable[np.ndarray],
    *,
    fps: int = 10,
    codec: str = "libx264",
    size: tuple[int, int] | None = None,
    options: dict[str, str] | None = None,
) -> Path:
    """Encode RGB frames with PyAV (H.264 in MP4 by default); `size` rescales them while encoding."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with av.open(str(path), mode="w") as container:
        stream: VideoStream | None = None
        for rgb in frames:
            frame = av.VideoFrame.from_ndarray(rgb, format="rgb24")
            if stream is None:
                width, height = size or (frame.width, frame.height)
                stream = cast(VideoStream, container.add_stream(codec, rate=fps))
                stream.width, stream.height = width, height
                stream.pix_fmt = "yuv420p"
                chosen: dict[str, object] = dict(
                    options or ({"preset": "veryfast"} if codec == "libx264" else {})
                )
                stream.options = chosen
            if size is not None:
                frame = frame.reformat(width=size[0], height=size[1])
            for packet in stream.encode(frame):
                container.mux(packet)
        if stream is not None:
            for packet in stream.encode():
                container.mux(packet)
    return path


def generated_video(
    path: Path, seeds: Sequence[int], *, fps: int = 10, size: tuple[int, int] = (320, 240), **kwargs: object
) -> Path:
    """A video of 2 s scenes, one per seed."""
    return write_video(path, scene_frames(seeds, fps=fps, size=size), fps=fps, **kwargs)  # type: ignore[arg-type]


KNOWN_SEEDS = (1, 2, 3, 4, 5)  # the "known" video: 10 s at 10 fps, a new picture every 2 s


def copies_of_a_known_video(folder: Path) -> dict[str, Path]:
    """A known video and what re-uploads do to one (for tests and the demo), all benign:

    `known` (10 s), `trimmed` (its 3 s to 8 s), `resized` (all of it re-encoded at half size, lower
    quality), `embedded` (6 s unrelated, its 2 s to 7 s, 4 s unrelated; Matroska) and `unrelated`.
    """
    frames = list(scene_frames(KNOWN_SEEDS))
    return {
        "known": write_video(folder / "known.mp4", frames),
        "trimmed": write_video(folder / "trimmed.mp4", frames[30:80]),
        "resized": write_video(
            folder / "resized.mp4", frames, size=(160, 120), options={"preset": "veryfast", "crf": "30"}
        ),
        "embedded": write_video(
            folder / "embedded.mkv",
            [*scene_frames([101, 102, 103]), *frames[20:70], *scene_frames([104, 105])],
        ),
        "unrelated": generated_video(folder / "unrelated.mp4", [201, 202, 203, 204, 205]),
    }
