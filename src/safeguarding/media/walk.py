"""Turn command-line paths into the files to hash, in input order; directories are walked sorted."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PathProblem:
    """A path given on the command line that names nothing we can hash."""

    path: str
    problem: str


def iter_media_paths(paths: Iterable[str | Path]) -> Iterator[Path | PathProblem]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        elif not path.exists() and not path.is_symlink():
            yield PathProblem(str(raw), "no such file or directory")
        else:
            yield path  # regular file, FIFO or device: hashing decides what to refuse


def _walk(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            yield Path(folder) / name
