"""Splitting input into partitions that workers read where the data lies.

JSON Lines are split by byte ranges on line boundaries: a partition is (url, offset, length); the worker
reads from just after the first newline at or after `offset` (from 0 for the first) through the first
newline at or after `offset + length`, so every line belongs to exactly one partition and nothing but the
range crosses the network. Folders are split into lists of files. URLs are anything fsspec opens: local
paths, `file://`, `s3://` (s3fs), ….
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Generic, TypeVar

import fsspec
from fsspec.utils import read_block as _fsspec_read_block

from safeguarding.cluster.spec import ClusterError

T = TypeVar("T")


@dataclass(frozen=True)
class ByteRange:
    """Partition `index` of a JSON Lines file: bytes [offset, offset + length) extended to whole lines."""

    url: str
    offset: int
    length: int
    index: int
    storage_options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class FileBatch(Generic[T]):
    """Partition `index` of a list of files (or of anything listed: paths, URLs, problems to report)."""

    index: int
    items: tuple[T, ...]


def split_jsonlines(
    url: str, partition_bytes: int, storage_options: Mapping[str, Any] | None = None
) -> list[ByteRange]:
    """The byte ranges of a JSON Lines file, in file order; an empty file has none.

    Raises ClusterError when the file cannot be found or read (the message names it).
    """
    options = dict(storage_options or {})
    if url.startswith(("s3://", "s3a://")):
        import s3fs  # noqa: F401  (fsspec opens s3:// through it by name; the declared dependency for it)
    try:
        fs, path = fsspec.core.url_to_fs(url, **options)
        size = int(fs.size(path))
    except FileNotFoundError:
        raise ClusterError(f"{url}: no such file") from None
    except (OSError, ValueError, ImportError) as exc:
        raise ClusterError(f"{url}: cannot read: {exc}") from None
    if partition_bytes < 1:
        raise ClusterError(f"partition size {partition_bytes}: must be positive")
    return [
        ByteRange(url, offset, min(partition_bytes, size - offset), index, options)
        for index, offset in enumerate(range(0, size, partition_bytes))
    ]


def read_block(part: ByteRange) -> bytes:
    """The whole lines of one partition, as bytes (the last keeps its newline when the file has one)."""
    # fsspec starts after the first newline at or after `offset` (at 0 for the first partition) and ends
    # after the first newline at or after `offset + length`: the next partition starts exactly there.
    with fsspec.open(part.url, "rb", **part.storage_options) as handle:
        return bytes(_fsspec_read_block(handle, part.offset, part.length, delimiter=b"\n"))


def split_lines(data: bytes) -> Iterator[str]:
    """The lines of a block exactly as a text-mode file (UTF-8, errors replaced, universal newlines) reads
    them, so line numbers counted over the partitions add up to those of a single reader."""
    return iter(io.StringIO(data.decode("utf-8", errors="replace"), newline=None))


def split_files(items: Iterable[T], per_partition: int) -> list[FileBatch[T]]:
    """Consecutive lists of at most `per_partition` items, in input order."""
    if per_partition < 1:
        raise ClusterError(f"files per partition {per_partition}: must be positive")
    source = iter(items)
    batches: list[FileBatch[T]] = []
    while chunk := tuple(islice(source, per_partition)):
        batches.append(FileBatch(len(batches), chunk))
    return batches
