"""`safeguarding match`: match images, videos, raw hashes or vPDQ hash files against banks."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from safeguarding.banks import BankError, MatchOutcome, check_threshold, match_hashes
from safeguarding.banks.signal_types import PDQSignal, detect_signal_type
from safeguarding.console import DbOption, fail, print_json, warn
from safeguarding.media import (
    ImageLimits,
    MediaError,
    MediaHashes,
    VideoHashes,
    VideoOptions,
    hash_many,
    iter_media_paths,
)
from safeguarding.media.vpdq_format import VpdqFormatError, load_vpdq
from safeguarding.store import Store, open_store
from safeguarding.video import MatchRule, VideoMatch, match_video, rule_named


def match_command(
    paths: Annotated[list[Path] | None, typer.Argument(help="Image or video files, or folders.")] = None,
    bank: Annotated[
        list[str] | None, typer.Option("--bank", "-b", help="Bank to match against (repeat; default all).")
    ] = None,
    raw_hash: Annotated[
        list[str] | None, typer.Option("--hash", help="A raw hash to match (PDQ or MD5 by length; repeat).")
    ] = None,
    vpdq: Annotated[
        list[Path] | None,
        typer.Option("--vpdq", help="A video's hash file (Meta's vPDQ format) to match; repeat."),
    ] = None,
    url: Annotated[
        list[str] | None,
        typer.Option(
            "--url", help="A URL to match against URL lists (pages, prefixes, domains, url_md5); repeat."
        ),
    ] = None,
    threshold: Annotated[
        int,
        typer.Option(
            "--threshold", "-t", help="Largest PDQ Hamming distance that counts as a match (0-256)."
        ),
    ] = PDQSignal.default_threshold,
    rule: Annotated[
        str, typer.Option("--rule", help="Video rule: default (query 80%, bank 80% or a 3 s run) or pytx.")
    ] = "default",
    query_share: Annotated[
        float | None, typer.Option(help="Video: match when this % of the query's frames match.")
    ] = None,
    bank_share: Annotated[
        float | None, typer.Option(help="Video: match when this % of the bank video's frames match.")
    ] = None,
    run_seconds: Annotated[
        float | None, typer.Option(help="Video: match on a run of matched samples this long (seconds).")
    ] = None,
    every: Annotated[
        float, typer.Option("--every", min=0.0, help="Video: seconds between sampled frames.")
    ] = 1.0,
    json_output: Annotated[
        bool, typer.Option("--json", help='One {"path", "matches": [...]} line per input.')
    ] = False,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1)] = 1,
    db: DbOption = None,
) -> None:
    """Match images, videos or raw hashes against banks.

    Images: MD5/SHA-256 exactly, PDQ within --threshold (default 31); PDQ hashes of quality under 50 are
    not matched, and the output says so. Videos (or --vpdq hash files): their sampled frames against the
    banks' video entries, a match when the query share, the bank share or a run of matched samples
    reaches the rule's threshold, with the matched time ranges; their MD5/SHA-256 are matched exactly.

    URLs (--url): normalised, then matched against the banks' exact pages, path prefixes and whole
    domains, and python-threatexchange's url_md5 entries.

    Example: safeguarding match --bank known-videos --json upload.mp4
    """
    try:
        check_threshold(threshold)
        chosen = rule_named(rule).with_overrides(
            distance=threshold, query_share=query_share, bank_share=bank_share, run_seconds=run_seconds
        )
    except ValueError as exc:
        fail(str(exc))
    if not paths and not raw_hash and not vpdq and not url:
        fail("give image or video paths, --hash HEX, --vpdq FILE or --url URL")
    store = open_store(db)
    if url:
        from safeguarding.urls.cli import match_urls

        url_failed = match_urls(store, url, bank, json_output)
        if not paths and not raw_hash and not vpdq:
            raise typer.Exit(1 if url_failed else 0)
    inputs: list[MediaHashes | MediaError] = [_raw(h) for h in raw_hash or []]
    inputs += [_hash_file_input(p) for p in vpdq or []]
    inputs += list(
        hash_many(
            iter_media_paths(paths or []),
            workers=workers,
            limits=ImageLimits(),
            video=VideoOptions(every=every),
        )
    )
    good = [h for h in inputs if isinstance(h, MediaHashes)]
    with store.session() as session:
        outcomes = iter(
            match_hashes(session, good, banks=bank, threshold=threshold, index_dir=store.index_dir)
        )
    failed = False
    for item in inputs:
        if isinstance(item, MediaError):
            failed = True
            print_json({"path": item.path, "error": item.problem}) if json_output else warn(str(item))
            continue
        outcome = next(outcomes)
        if not isinstance(item, VideoHashes):
            _print_image(item, outcome, json_output)
            continue
        try:
            videos = _match_video(store, item, bank, chosen)
        except (BankError, ValueError) as exc:
            fail(str(exc))
        exact = [m.to_json() for m in outcome.matches]
        if json_output:
            print_json({"path": item.path, "matches": [v.to_json() for v in videos] + exact})
            continue
        _print_video(item, videos)
        _print_exact(item, outcome)
    if failed:
        raise typer.Exit(1)


def _print_image(item: MediaHashes, outcome: MatchOutcome, json_output: bool) -> None:
    if json_output:
        record: dict[str, object] = {"path": item.path, "matches": [m.to_json() for m in outcome.matches]}
        if outcome.low_quality:
            record["note"] = f"PDQ quality {item.quality} is under 50: not matched by PDQ"
        print_json(record)
        return
    if outcome.low_quality:
        typer.echo(f"{item.path}: PDQ quality {item.quality} is under 50, not matched by PDQ")
    if not outcome.matches:
        typer.echo(f"{item.path}: no match")
    _print_exact(item, outcome)


def _print_exact(item: MediaHashes, outcome: MatchOutcome) -> None:
    for m in outcome.matches:
        labels = ";".join(m.labels) or "-"
        typer.echo(
            f"{item.path}: MATCH bank={m.bank} entry={m.entry_id} {m.signal_type} "
            f"distance={m.distance} labels={labels}"
        )


def _match_video(
    store: Store, item: VideoHashes, banks: list[str] | None, rule: MatchRule
) -> list[VideoMatch]:
    if not any(f.quality >= rule.min_quality for f in item.frames):
        warn(f"{item.path}: no frame of quality {rule.min_quality} or more; not matched by vPDQ")
        return []
    return match_video(store, item.frames, banks=banks, rule=rule)


def _print_video(item: VideoHashes, videos: list[VideoMatch]) -> None:
    if not videos:
        typer.echo(f"{item.path}: no video match ({len(item.frames)} frames sampled)")
    for m in videos:
        spans = ", ".join(
            f"{r.query_start:.1f}-{r.query_end:.1f} s ~ bank {r.bank_start:.1f}-{r.bank_end:.1f} s"
            for r in m.ranges
        )
        typer.echo(
            f"{item.path}: VIDEO MATCH bank={m.bank} entry={m.entry} query {m.query_share:.2f}% "
            f"bank {m.bank_share:.2f}% by {'+'.join(m.reasons)} labels={';'.join(m.labels) or '-'} [{spans}]"
        )


def _hash_file_input(path: Path) -> VideoHashes | MediaError:
    try:
        with open(path, encoding="utf-8-sig", errors="strict") as handle:
            frames = load_vpdq(handle, str(path))
    except (OSError, UnicodeDecodeError) as exc:
        return MediaError(str(path), f"cannot read hash file: {exc}")
    except VpdqFormatError as exc:
        return MediaError(str(path), str(exc).removeprefix(f"{path} "))
    if not frames:
        return MediaError(str(path), "no frames in this hash file")
    return VideoHashes(
        path=str(path), sha256="", md5="", pdq=None, quality=None, size=0, frames=tuple(frames), duration=0.0
    )


def _raw(value: str) -> MediaHashes | MediaError:
    try:
        kind = detect_signal_type(value)
        normalized = kind.normalize(value)
    except ValueError as exc:
        return MediaError(value, str(exc))
    if kind is PDQSignal:  # 64 hex digits may also be a SHA-256: look for both
        return MediaHashes(path=value, sha256=normalized, md5="", pdq=normalized, quality=None, size=0)
    return MediaHashes(path=value, sha256="", md5=normalized, pdq=None, quality=None, size=0)
