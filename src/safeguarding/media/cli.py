"""`safeguarding hash`: hash images and print their SHA-256, MD5, PDQ and quality."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from safeguarding.console import print_json, warn
from safeguarding.media.hashing import ImageLimits, MediaError
from safeguarding.media.walk import iter_media_paths
from safeguarding.media.workers import hash_many

PathsArgument = Annotated[list[Path], typer.Argument(help="Image files or folders (folders are walked).")]
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
) -> None:
    """Hash images: SHA-256 and MD5 of the bytes, PDQ hash and quality of the pixels.

    Example: safeguarding hash uploads/ --json > hashes.jsonl

    A file that cannot be hashed is reported (with --json as {"path", "error"}) and the rest go on;
    the command then exits 1.
    """
    failed = False
    limits = ImageLimits(max_pixels=max_pixels)
    for result in hash_many(iter_media_paths(paths), workers=workers, limits=limits):
        if isinstance(result, MediaError):
            failed = True
            if json_output:
                print_json({"path": result.path, "error": result.problem})
            else:
                warn(str(result))
            continue
        if json_output:
            print_json(result.to_json())
        else:
            typer.echo(
                f"{result.path}\tpdq {result.pdq}\tquality {result.quality}"
                f"\tsha256 {result.sha256}\tmd5 {result.md5}"
            )
    if failed:
        raise typer.Exit(1)
