"""Local test streams made from clips with PyAV: a growing HLS playlist, or an RTMP push.

Loopback only and bounded: the HTTP server binds 127.0.0.1, an RTMP target must be a loopback
address, and a stream lasts at most `max_seconds`. Clips are re-timed to one frame rate and size and
encoded with x264 (`ultrafast`, `zerolatency`, a keyframe at every segment boundary), paced to real
time unless `realtime=False`. Each clip's start is written to OUT/timeline.jsonl as it begins
(`{"clip", "index", "stream_start", "wall_start"}`), which is how the benchmark times its alerts.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlsplit

import av
import av.error
from av.video.stream import VideoStream

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
PLAYLIST = "index.m3u8"
CONNECT_SECONDS = 15.0  # an RTMP push retries a refused connection this long


class SourceError(ValueError):
    """A test stream that cannot be made; the message names the clip or the target."""


@dataclass(frozen=True)
class SourceOptions:
    """How the test stream is encoded and paced."""

    fps: int = 30
    size: tuple[int, int] = (640, 360)
    segment_seconds: float = 2.0
    realtime: bool = True
    max_seconds: float = 600.0


def check_loopback(url: str) -> None:
    """Test streams go to this machine only."""
    host = urlsplit(url).hostname or ""
    if host not in LOOPBACK_HOSTS:
        raise SourceError(f"{url}: test streams go to a loopback address only (127.0.0.1), not {host!r}")


def _retimed(clip: Path, fps: int, size: tuple[int, int]) -> Iterator[av.VideoFrame]:
    """The clip's frames at `fps` (repeating or dropping frames by presentation time), at `size`."""
    try:
        container = av.open(str(clip))
    except (av.error.FFmpegError, OSError) as exc:
        raise SourceError(f"{clip}: cannot open this clip ({exc})") from None
    with container:
        if not container.streams.video:
            raise SourceError(f"{clip}: no video stream in this clip")
        video = container.streams.video[0]
        step = 1.0 / float(video.average_rate or fps)
        first: float | None = None
        tick, last, last_time = 0, None, 0.0
        for frame in container.decode(video):
            at = float(frame.time or 0.0)
            first = at if first is None else first
            at -= first
            while last is not None and tick / fps < at:
                yield last
                tick += 1
            last = frame.reformat(width=size[0], height=size[1], format="yuv420p")
            last_time = at
        if last is None:
            raise SourceError(f"{clip}: no decodable frame")
        while tick / fps < last_time + step - 1e-6:  # the last frame lasts one frame time
            yield last
            tick += 1


def _open_output(
    target: str, fmt: str, options: dict[str, str], opts: SourceOptions
) -> tuple[Any, VideoStream]:
    """Open the output and write its header (connecting, for RTMP: retried while it is refused)."""
    deadline = time.monotonic() + CONNECT_SECONDS
    while True:
        container = None
        try:
            container = av.open(target, mode="w", format=fmt, options=options, timeout=60.0)
            stream = cast(VideoStream, container.add_stream("libx264", rate=opts.fps))
            stream.width, stream.height = opts.size
            stream.pix_fmt = "yuv420p"
            keyint = max(1, round(opts.fps * opts.segment_seconds))
            stream.options = {
                "preset": "ultrafast",
                "tune": "zerolatency",
                "x264-params": f"keyint={keyint}:min-keyint={keyint}:scenecut=0",
            }
            container.start_encoding()
            return container, stream
        except ConnectionRefusedError:  # RTMP: the watcher may not be listening yet
            _close_quietly(container)
            if time.monotonic() > deadline:
                raise SourceError(f"{target}: nobody is listening there") from None
            time.sleep(0.2)
        except (av.error.FFmpegError, OSError) as exc:
            _close_quietly(container)
            raise SourceError(f"{target}: cannot open the test stream's output ({exc})") from None


def _close_quietly(container: Any) -> None:
    if container is not None:
        with contextlib.suppress(av.error.FFmpegError, OSError):
            container.close()


def publish(
    target: str,
    fmt: str,
    clips: Sequence[Path],
    timeline: Path,
    options: dict[str, str],
    opts: SourceOptions,
    stop: threading.Event | None = None,
) -> float:
    """Encode the clips one after the other into `target`; the stream's length in seconds."""
    for clip in clips:
        if not clip.is_file():
            raise SourceError(f"{clip}: no such clip")
    timeline.parent.mkdir(parents=True, exist_ok=True)
    container, stream = _open_output(target, fmt, options, opts)
    started = time.monotonic()
    wall_origin = time.time()
    count = 0
    try:
        with container, open(timeline, "w", encoding="utf-8") as log:
            for index, clip in enumerate(clips):
                log.write(
                    json.dumps(
                        {
                            "clip": str(clip),
                            "index": index,
                            "stream_start": round(count / opts.fps, 3),
                            "wall_start": round(wall_origin + count / opts.fps, 3),
                        }
                    )
                    + "\n"
                )
                log.flush()
                for frame in _retimed(clip, opts.fps, opts.size):
                    if count / opts.fps >= opts.max_seconds or (stop is not None and stop.is_set()):
                        return count / opts.fps
                    if opts.realtime:
                        delay = started + count / opts.fps - time.monotonic()
                        if delay > 0:
                            time.sleep(delay)
                    frame.pts, frame.time_base = count, Fraction(1, opts.fps)
                    for packet in stream.encode(frame):
                        container.mux(packet)
                    count += 1
            for packet in stream.encode():
                container.mux(packet)
    except (av.error.FFmpegError, OSError) as exc:
        raise SourceError(f"{target}: the test stream stopped ({exc})") from None
    return count / opts.fps


def publish_hls(
    out: Path, clips: Sequence[Path], opts: SourceOptions, stop: threading.Event | None = None
) -> float:
    """Write OUT/index.m3u8 and its segments as a live (EVENT) playlist, ENDLIST at the end.
    The playlist appears when the first segment is complete (an older one is removed first)."""
    out.mkdir(parents=True, exist_ok=True)
    (out / PLAYLIST).unlink(missing_ok=True)
    options = {
        "hls_time": f"{opts.segment_seconds:g}",
        "hls_list_size": "0",
        "hls_playlist_type": "event",
        "hls_flags": "temp_file+independent_segments",
        "hls_segment_filename": str(out / "segment%05d.ts"),
    }
    return publish(str(out / PLAYLIST), "hls", clips, out / "timeline.jsonl", options, opts, stop)


def publish_rtmp(
    url: str,
    out: Path,
    clips: Sequence[Path],
    opts: SourceOptions,
    stop: threading.Event | None = None,
    *,
    serve: bool = False,
) -> float:
    """Push the clips as FLV to a loopback RTMP URL (a watcher listening there), or with `serve` be
    the RTMP server one watcher pulls the stream from."""
    check_loopback(url)
    options = {"listen": "1"} if serve else {}
    return publish(url, "flv", clips, out / "timeline.jsonl", options, opts, stop)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        return

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()


def serve_folder(folder: Path, port: int = 0) -> ThreadingHTTPServer:
    """Serve a folder over HTTP on 127.0.0.1 (port 0: any free one) from a daemon thread."""
    folder.mkdir(parents=True, exist_ok=True)
    server = ThreadingHTTPServer(("127.0.0.1", port), partial(_QuietHandler, directory=str(folder)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="test-source-http", daemon=True).start()
    return server


def playlist_url(server: ThreadingHTTPServer) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}/{PLAYLIST}"
