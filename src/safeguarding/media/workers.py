"""Hash many files, optionally on several processes, keeping input order."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path

from safeguarding.media.hashing import ImageLimits, MediaError, MediaHashes, check_regular_file, hash_file
from safeguarding.media.video import VideoOptions, hash_video, looks_like_video
from safeguarding.media.walk import PathProblem

HashResult = MediaHashes | MediaError  # a video's hashes are a VideoHashes, a MediaHashes with frames


def _hash_one(limits: ImageLimits, video: VideoOptions, item: Path | PathProblem) -> HashResult:
    if isinstance(item, PathProblem):
        return MediaError(item.path, item.problem)
    try:
        check_regular_file(item, max(limits.max_bytes, video.limits.max_bytes))
        if looks_like_video(item):
            return hash_video(item, video.every, video.limits, video.size)
        return hash_file(item, limits)
    except MediaError as error:
        return error
    except Exception as exc:  # a decoder bug must not end the batch
        return MediaError(str(item), f"unexpected error while hashing: {type(exc).__name__}: {exc}")


def default_workers() -> int:
    return len(os.sched_getaffinity(0))


def hash_many(
    items: Iterable[Path | PathProblem],
    *,
    workers: int = 1,
    limits: ImageLimits | None = None,
    video: VideoOptions | None = None,
) -> Iterator[HashResult]:
    """Yield a MediaHashes (VideoHashes for a video) or a MediaError per item, in input order."""
    task = partial(_hash_one, limits or ImageLimits(), video or VideoOptions())
    if workers <= 1:
        yield from map(task, items)
        return
    context = multiprocessing.get_context("forkserver")
    # Workers fork from a server that has already imported the decoders, so a pool starts in milliseconds.
    context.set_forkserver_preload(["safeguarding.media.hashing", "safeguarding.media.video"])
    with context.Pool(workers) as pool:
        yield from pool.imap(task, items, chunksize=4)
