"""`safeguarding hash`: hash images and videos: SHA-256, MD5, and PDQ (per sampled frame for a video)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Annotated

import typer

from safeguarding.cluster import ClusterError, ClusterOption, resolve_cluster
from safeguarding.console import fail, print_json, warn
from safeguarding.media.hashing import ImageLimits, MediaError, MediaHashes
from safeguarding.media.video import VideoHashes, VideoOptions
from safeguarding.media.vpdq_format import write_vpdq
from safeguarding.media.walk import iter_media_paths
from safeguarding.media.workers import HashResult, hash_many

PathsArgument = Annotated[
    list[str],
    typer.Argument(
        help="Image or video files, or folders (folders are walked); with --cluster also URLs (s3://…)."
    ),
]
EveryOption = Annotated[
    float,
    typer.Option(
        "--every",
        min=0.0,
        help="Video: hash one frame per this many seconds (0 = every frame, as Meta's lists).",
    ),
]
SizeOption = Annotated[
    str | None,
    typer.Option("--size", help="Video: scale frames to WIDTHxHEIGHT before hashing (Meta's downsample)."),
]
WorkersOption = Annotated[
    int, typer.Option("--workers", "-w", min=1, help="Processes to hash with (1 = this process only).")
]
MaxPixelsOption = Annotated[
    int,
    typer.Option(
        "--max-pixels", min=1, help="Refuse images declaring more pixels than this (decompression bombs)."
    ),
]


def hash_command(
    paths: PathsArgument,
    json_output: Annotated[
        bool, typer.Option("--json", help="One JSON object a line, one a file, in input order.")
    ] = False,
    workers: WorkersOption = 1,
    max_pixels: MaxPixelsOption = ImageLimits.max_pixels,
    every: EveryOption = 1.0,
    size: SizeOption = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format", help="text, json (as --json) or vpdq (Meta's frame,quality,pdqhex,timestamp file)."
        ),
    ] = "text",
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="With --format vpdq: folder for one NAME.txt a video.")
    ] = None,
    cluster: ClusterOption = None,
) -> None:
    """Hash images and videos: SHA-256 and MD5 of the bytes, PDQ hash and quality of the pixels; for a
    video, the PDQ hash and quality of one frame per --every seconds (vPDQ), with its presentation time.

    Example: safeguarding hash uploads/ --json > hashes.jsonl

    With --cluster the files are hashed on Dask workers in lists of 16; the output is the same, in the
    same order. Workers read local paths at the same path; a URL folder (s3://bucket/uploads/) is listed
    here and read by the workers.
    Example: safeguarding hash s3://bucket/uploads/ --cluster tcp://10.0.0.5:8786 --json > hashes.jsonl

    A file that cannot be hashed is reported (with --json as {"path", "error"}) and the rest go on;
    the command then exits 1.
    """
    if fmt not in ("text", "json", "vpdq"):
        fail(f"--format must be text, json or vpdq, not {fmt!r}")
    json_output = json_output or fmt == "json"
    limits = ImageLimits(max_pixels=max_pixels)
    video = VideoOptions(every=every, size=_size(size))
    written: list[VideoHashes] = []
    try:
        spec = resolve_cluster(cluster)
    except ClusterError as exc:
        fail(str(exc))
    try:
        with ExitStack() as stack:
            if spec is None:
                results: Iterator[HashResult] = hash_many(
                    iter_media_paths(paths), workers=workers, limits=limits, video=video
                )
            else:
                from safeguarding.cluster import open_client
                from safeguarding.media.on_cluster import hash_on_cluster, iter_media_items

                client = stack.enter_context(open_client(spec))
                results = hash_on_cluster(client, iter_media_items(paths), limits=limits, video=video)
            failed = _print_results(results, fmt, json_output, out, written)
    except ClusterError as exc:
        fail(str(exc))
    if failed:
        raise typer.Exit(1)


def _print_results(
    results: Iterator[HashResult], fmt: str, json_output: bool, out: Path | None, written: list[VideoHashes]
) -> bool:
    failed = False
    for result in results:
        if isinstance(result, MediaError):
            failed = True
            if json_output:
                print_json({"path": result.path, "error": result.problem})
            else:
                warn(str(result))
            continue
        if fmt == "vpdq":
            failed |= not _write_vpdq(result, out, written)
        elif json_output:
            print_json(result.to_json())
        elif isinstance(result, VideoHashes):
            good = sum(1 for f in result.frames if f.quality >= 50)
            typer.echo(
                f"{result.path}	video {result.duration:.1f} s	{len(result.frames)} frames hashed "
                f"({good} of quality >= 50)	sha256 {result.sha256}	md5 {result.md5}"
            )
        else:
            typer.echo(
                f"{result.path}\tpdq {result.pdq}\tquality {result.quality}"
                f"\tsha256 {result.sha256}\tmd5 {result.md5}"
            )
    return failed


def _size(value: str | None) -> tuple[int, int] | None:
    if value is None:
        return None
    width, _, height = value.lower().partition("x")
    if not (width.isdigit() and height.isdigit()) or not (
        5 <= int(width) <= 8192 and 5 <= int(height) <= 8192
    ):
        fail(f"--size must be WIDTHxHEIGHT between 5 and 8192, e.g. 128x128, not {value!r}")
    return int(width), int(height)


def _write_vpdq(result: MediaHashes, out: Path | None, written: list[VideoHashes]) -> bool:
    """Meta's file for a video: to standard output (one video only) or to OUT/NAME.txt."""
    if not isinstance(result, VideoHashes):
        warn(f"{result.path}: not a video; --format vpdq writes videos only")
        return False
    if out is None:
        if written:
            fail("--format vpdq writes one video to standard output; give --out DIR for several")
        write_vpdq(result.frames, sys.stdout)
    else:
        out.mkdir(parents=True, exist_ok=True)
        target = out / (Path(result.path).stem + ".txt")
        with open(target, "w", encoding="utf-8", newline="\n") as handle:
            write_vpdq(result.frames, handle)
        typer.echo(f"{result.path}: {len(result.frames)} frames -> {target}", err=True)
    written.append(result)
    return True
