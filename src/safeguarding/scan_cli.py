"""`safeguarding scan`: the known-media flow from files to the review queue."""

from __future__ import annotations

from contextlib import ExitStack
from functools import partial
from pathlib import Path
from typing import Annotated

import typer

import safeguarding.entities  # noqa: F401  (the entities of every new case are recorded)
from safeguarding.banks import PDQSignal, check_threshold
from safeguarding.cases.adapters import media_match_hook
from safeguarding.cluster import ClusterError, ClusterOption, resolve_cluster
from safeguarding.console import DbOption, advance, fail, print_json, progress, warn
from safeguarding.media import ImageLimits, VideoOptions
from safeguarding.scan import Hasher, ScanSummary, scan_media
from safeguarding.store import Store, open_store


def scan_command(
    paths: Annotated[list[Path], typer.Argument(help="Image or video files, or folders, to scan.")],
    bank: Annotated[
        list[str] | None, typer.Option("--bank", "-b", help="Bank to match against (repeat; default all).")
    ] = None,
    threshold: Annotated[
        int, typer.Option("--threshold", "-t", help="PDQ Hamming distance for a match.")
    ] = PDQSignal.default_threshold,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Hashing processes.")] = 1,
    every: Annotated[
        float,
        typer.Option("--every", min=0.0, help="Videos: seconds between hashed frames (0 = every frame)."),
    ] = 1.0,
    json_output: Annotated[
        bool, typer.Option("--json", help="One JSON line per file, then a summary line.")
    ] = False,
    open_cases: Annotated[
        bool, typer.Option("--cases/--no-cases", help="Open a review case for each newly matched file.")
    ] = True,
    account: Annotated[
        str | None,
        typer.Option(help="The uploader's account id (your platform's); recorded as an entity of the cases."),
    ] = None,
    db: DbOption = None,
    cluster: ClusterOption = None,
) -> None:
    """Hash, match and record every file: its signals and matches go into the store, and each new match
    opens a case in the review queue.

    Running it again records nothing twice; a scan that was stopped half-way finishes where it left off.
    Example: safeguarding scan uploads/ --bank hotline-list

    With --cluster the files not yet recorded are hashed on Dask workers (which must read the same paths);
    matching and recording stay here. The records and the output are those of a scan without it.
    """
    try:
        check_threshold(threshold)
        spec = resolve_cluster(cluster)
    except (ValueError, ClusterError) as exc:
        fail(str(exc))
    store = open_store(db)
    summary = ScanSummary()
    limits, video = ImageLimits(), VideoOptions(every=every)
    try:
        with ExitStack() as stack:
            hasher: Hasher | None = None
            if spec is not None:
                from safeguarding.cluster import open_client
                from safeguarding.media.on_cluster import hash_on_cluster

                client = stack.enter_context(open_client(spec))
                hasher = partial(hash_on_cluster, client, limits=limits, video=video)
            _scan(store, paths, bank, threshold, workers, limits, video, hasher, open_cases, account,
                  json_output, summary)  # fmt: skip
    except ClusterError as exc:
        fail(str(exc))
    counts = (
        f"{summary.files} files: {summary.new} new, {summary.already_recorded} already recorded, "
        f"{summary.matched} matched, {summary.errors} errors"
    )
    if json_output:
        print_json({"summary": vars(summary), "store": store.url})
    else:
        typer.echo(f"{counts}\nrecorded in {store.url}")
    if summary.errors:
        raise typer.Exit(1)


def _scan(
    store: Store,
    paths: list[Path],
    bank: list[str] | None,
    threshold: int,
    workers: int,
    limits: ImageLimits,
    video: VideoOptions,
    hasher: Hasher | None,
    open_cases: bool,
    account: str | None,
    json_output: bool,
    summary: ScanSummary,
) -> None:
    with progress("scanning", None) as bar:
        for result in scan_media(
            store,
            paths,
            banks=bank,
            threshold=threshold,
            workers=workers,
            limits=limits,
            video=video,
            on_match=partial(media_match_hook, uploader=account) if open_cases else None,
            on_total=lambda count: bar.update(bar.tasks[0].id, total=count),
            hasher=hasher,
        ):
            summary.add(result)
            advance(bar)
            if json_output:
                record: dict[str, object] = {"path": result.path}
                if result.error:
                    record["error"] = result.error
                else:
                    record["matches"] = [m.to_json() for m in result.matches]
                    record["already_recorded"] = result.already_recorded
                    if result.low_quality:
                        record["note"] = "PDQ quality under 50: not matched by PDQ"
                print_json(record)
            elif result.error:
                warn(f"{result.path}: {result.error}")
            elif result.matches:
                for m in result.matches:
                    labels = ";".join(m.labels) or "-"
                    typer.echo(
                        f"MATCH {result.path}  bank={m.bank} entry={m.entry_id} {m.signal_type} "
                        f"distance={m.distance} labels={labels}"
                    )
