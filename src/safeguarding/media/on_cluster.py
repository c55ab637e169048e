"""`hash --cluster` and `scan --cluster`: the files split into lists, hashed on Dask workers, results in input
order, so the records are those of one process.

Local paths must be readable by the workers at the same path (this machine, or a shared filesystem);
a URL (`s3://bucket/uploads/`, any fsspec URL) is listed here and each file is copied by the worker that
hashes it to its own temporary folder, then hashed exactly as a local file, and named by its URL.
"""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath

import fsspec
from distributed import Client

from safeguarding.cluster import FileBatch, run_ordered, split_files
from safeguarding.media.hashing import ImageLimits, MediaError
from safeguarding.media.video import VideoOptions
from safeguarding.media.walk import PathProblem, iter_media_paths
from safeguarding.media.workers import HashResult, _hash_one

FILES_PER_PARTITION = 16
Item = Path | PathProblem | str  # a str is a URL


def is_url(raw: str | Path) -> bool:
    return isinstance(raw, str) and "://" in raw and not raw.startswith("file://")


def iter_media_items(paths: Iterable[str | Path]) -> Iterator[Item]:
    """As `iter_media_paths`, and a URL folder is listed in the same order as a local folder is walked."""
    for raw in paths:
        if is_url(str(raw)):
            yield from _list_url(str(raw))
        else:
            yield from iter_media_paths([raw])


def _list_url(url: str) -> Iterator[str | PathProblem]:
    try:
        fs, root = fsspec.core.url_to_fs(url)
        if not fs.isdir(root):
            if fs.exists(root):
                yield url
            else:
                yield PathProblem(url, "no such file or directory")
            return
        found = [str(name) for name in fs.find(root)]
    except (OSError, ValueError, ImportError) as exc:
        yield PathProblem(url, f"cannot list: {exc}")
        return
    base = PurePosixPath(root)

    def walk_order(name: str) -> list[tuple[int, str]]:  # a folder's files, then its sorted subfolders
        parts = PurePosixPath(name).relative_to(base).parts
        return [(1, part) for part in parts[:-1]] + [(0, parts[-1])]

    prefix = url.split("://", 1)[0] + "://"
    for name in sorted(found, key=walk_order):
        yield prefix + name


def _hash_url(url: str, limits: ImageLimits, video: VideoOptions) -> HashResult:
    max_bytes = max(limits.max_bytes, video.limits.max_bytes)
    try:
        fs, path = fsspec.core.url_to_fs(url)
        size = int(fs.size(path))
        if size > max_bytes:
            return MediaError(url, f"file is {size} bytes, over the limit of {max_bytes}")
        with tempfile.TemporaryDirectory(prefix="safeguarding-") as folder:
            local = Path(folder) / ("file" + PurePosixPath(path).suffix[:16])
            fs.get_file(path, str(local))
            result = _hash_one(limits, video, local)
    except (OSError, ValueError) as exc:
        return MediaError(url, f"cannot read: {exc}")
    if isinstance(result, MediaError):
        return MediaError(url, result.problem)
    return dataclasses.replace(result, path=url)


def hash_partition(batch: FileBatch[Item], limits: ImageLimits, video: VideoOptions) -> list[HashResult]:
    """Hash one list of files on a worker, in order; a file that cannot be hashed is a MediaError."""
    return [
        _hash_url(item, limits, video) if isinstance(item, str) else _hash_one(limits, video, item)
        for item in batch.items
    ]


def hash_on_cluster(
    client: Client,
    items: Iterable[Item],
    *,
    limits: ImageLimits | None = None,
    video: VideoOptions | None = None,
    files_per_partition: int = FILES_PER_PARTITION,
) -> Iterator[HashResult]:
    """Yield a MediaHashes (VideoHashes for a video) or a MediaError per item, in input order, as
    `hash_many` does, computed on the cluster."""
    batches = split_files(items, files_per_partition)
    options = (limits or ImageLimits(), video or VideoOptions())
    for results in run_ordered(client, hash_partition, batches, *options, description="hashing"):
        yield from results
