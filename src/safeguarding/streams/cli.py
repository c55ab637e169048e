"""`safeguarding streams watch` (live streams against banks) and `streams test-source` (local test
streams made from clips)."""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path
from typing import Annotated, Any

import typer

from safeguarding.banks import BankError
from safeguarding.console import DbOption, fail, warn
from safeguarding.store import open_store
from safeguarding.streams.config import StreamConfigError, load_stream_specs
from safeguarding.streams.reader import ReaderLimits
from safeguarding.streams.source import (
    PLAYLIST,
    SourceError,
    SourceOptions,
    playlist_url,
    publish_hls,
    publish_rtmp,
    serve_folder,
)
from safeguarding.streams.watcher import StreamSpec, watch_streams

app = typer.Typer(help="Watch live streams (HLS, RTMP) for known material.", no_args_is_help=True)


def _emit(record: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _note(message: str) -> None:
    typer.echo(message, err=True)


@app.command("watch")
def watch_command(
    urls: Annotated[
        list[str] | None, typer.Argument(help="Stream URLs: HLS playlists (http/https) or rtmp://.")
    ] = None,
    bank: Annotated[
        list[str] | None, typer.Option("--bank", "-b", help="Bank to match against (repeat; default all).")
    ] = None,
    config: Annotated[
        Path | None, typer.Option("--config", help="A streams.yaml file: several streams in one process.")
    ] = None,
    listen: Annotated[
        bool, typer.Option("--listen", help="Wait for an RTMP push to the URL (this machine's address).")
    ] = False,
    every: Annotated[float, typer.Option(min=0.05, help="Seconds of stream time between samples.")] = 1.0,
    window: Annotated[
        float, typer.Option(min=0.1, help="Seconds of stream time in which hits count.")
    ] = 10.0,
    min_hits: Annotated[int, typer.Option(min=1, help="Matched samples within the window for an alert.")] = 3,
    threshold: Annotated[int, typer.Option("--threshold", "-t", min=0, max=256, help="PDQ distance.")] = 31,
    stall: Annotated[
        float, typer.Option(min=1.0, help="Seconds without a new frame before a stream counts as dropped.")
    ] = 30.0,
    retries: Annotated[
        int, typer.Option(min=0, help="Reconnections in a row without a new frame before giving up.")
    ] = 5,
    open_timeout: Annotated[
        float,
        typer.Option(
            min=1.0, help="Seconds to keep trying a stream that is not up yet (--listen: to wait for a push)."
        ),
    ] = 15.0,
    duration: Annotated[
        float | None, typer.Option(min=1.0, help="Stop after this many seconds of each stream.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Follow live streams and raise an alert when enough sampled frames match a bank entry.

    Each alert is one JSON line on standard output, written at once, and opens a case of the highest
    priority (imminent harm) with the stream's URL and the matched frames' hashes (never the frames).
    Progress and the end of each stream go to standard error. Exit 0 when every stream ended, 2 when
    one could not be watched (the others go on).

    Example: safeguarding streams watch https://example.org/live/index.m3u8 --bank known-videos
    """
    base = StreamSpec(
        url="",
        banks=tuple(bank or ()),
        listen=listen,
        every=every,
        window=window,
        min_hits=min_hits,
        distance=threshold,
    )
    try:
        specs = [StreamSpec(**{**base.__dict__, "url": url}) for url in urls or []]
        if config is not None:
            specs += load_stream_specs(config, base)
    except StreamConfigError as exc:
        fail(str(exc))
    if not specs:
        fail("give a stream URL, or --config streams.yaml")
    limits = ReaderLimits(open_timeout=open_timeout, stall_seconds=stall, retries=retries, duration=duration)
    store = open_store(db)
    try:
        reports = watch_streams(store, specs, limits=limits, on_alert=_emit, notify=_note)
    except BankError as exc:
        fail(str(exc))
    finally:
        store.close()
    failed = [r for r in reports if r.error]
    for report in failed:
        warn(report.error)
    if failed:
        raise typer.Exit(2)


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise typer.BadParameter(f"{text!r}: give WIDTHxHEIGHT, e.g. 640x360") from None
    if not (16 <= width <= 3840 and 16 <= height <= 2160) or width % 2 or height % 2:
        raise typer.BadParameter(f"{text!r}: even sizes from 16x16 to 3840x2160")
    return width, height


@app.command("test-source")
def test_source_command(
    out: Annotated[
        Path, typer.Argument(help="Folder for the HLS playlist and segments, and timeline.jsonl.")
    ],
    clips: Annotated[list[Path], typer.Argument(help="Video clips, played one after the other.")],
    rtmp: Annotated[
        str | None, typer.Option("--rtmp", help="Push to this loopback RTMP URL instead of writing HLS.")
    ] = None,
    rtmp_server: Annotated[
        bool,
        typer.Option("--rtmp-server", help="With --rtmp: wait for one watcher to pull the stream from URL."),
    ] = False,
    serve: Annotated[
        bool, typer.Option("--serve/--no-serve", help="HLS: serve OUT over HTTP on 127.0.0.1.")
    ] = True,
    port: Annotated[int, typer.Option(min=0, max=65535, help="HTTP port (0: any free one).")] = 0,
    fps: Annotated[int, typer.Option(min=1, max=60)] = 30,
    size: Annotated[str, typer.Option(help="Frame size, WIDTHxHEIGHT.")] = "640x360",
    segment: Annotated[float, typer.Option(min=0.5, max=10.0, help="HLS segment seconds.")] = 2.0,
    fast: Annotated[
        bool, typer.Option("--fast", help="Encode as fast as possible, not in real time.")
    ] = False,
    max_seconds: Annotated[float, typer.Option(min=1.0, max=3600.0, help="Longest stream made.")] = 600.0,
    linger: Annotated[
        float, typer.Option(min=0.0, max=600.0, help="HLS: keep serving this long after the end.")
    ] = 15.0,
) -> None:
    """Make a local test stream from clips (loopback only, bounded): HLS (default) or an RTMP push.

    With HLS and --serve the playlist URL is printed first as {"url": ...}; the stream grows in real
    time and ends with #EXT-X-ENDLIST. OUT/timeline.jsonl says when each clip began.

    Example: safeguarding streams test-source /tmp/live unrelated.mp4 known.mp4
    """
    options = SourceOptions(
        fps=fps, size=_size(size), segment_seconds=segment, realtime=not fast, max_seconds=max_seconds
    )
    try:
        if rtmp is not None:
            _emit({"url": rtmp})
            seconds = publish_rtmp(rtmp, out, clips, options, serve=rtmp_server)
            _note(f"pushed {seconds:.1f} s to {rtmp}")
            return
        server = serve_folder(out, port) if serve else None
        seconds = _publish_hls_announced(out, clips, options, playlist_url(server) if server else None)
        _note(f"wrote {seconds:.1f} s of HLS to {out}")
        if server is not None:
            time.sleep(linger)
            server.shutdown()
    except SourceError as exc:
        fail(str(exc))


def _publish_hls_announced(out: Path, clips: list[Path], options: SourceOptions, url: str | None) -> float:
    """Publish HLS; print {"url": ...} once the playlist exists (a watcher can start at once)."""
    result: list[float] = []
    errors: list[SourceError] = []

    def run() -> None:
        try:
            result.append(publish_hls(out, clips, options))
        except SourceError as exc:
            errors.append(exc)

    worker = threading.Thread(target=run, name="test-source-hls", daemon=True)
    worker.start()
    while url is not None and worker.is_alive() and not (out / PLAYLIST).exists():
        time.sleep(0.05)
    if url is not None and not errors:
        _emit({"url": url})
    worker.join()
    if errors:
        raise errors[0]
    return result[0]
