"""Follow one live stream with PyAV and hash one frame per `every` seconds of presentation time.

Sources: an HLS playlist over HTTP(S) (FFmpeg's HLS demuxer reloads it), any other stream FFmpeg
reads from a URL (RTMP from a server, MPEG-TS over HTTP), or, with `listen`, an RTMP push to this
machine (FFmpeg's RTMP server mode: one publisher at a time).

How it ends, in bounded time and memory (only the current frame is held):
- HLS: when the stream stops, the playlist is read again: `#EXT-X-ENDLIST` is a clean end; otherwise
  it was a drop and the reader reconnects.
- A stalled stream (no frame for `stall_seconds`, e.g. a playlist that never updates) is a drop.
- A stream that is not up yet (connection refused, nothing served) is tried again every second for
  `open_timeout` seconds before the retries below count.
- Drops reconnect with a doubling delay capped at `backoff_max`; after `retries` reconnections in a
  row that bring no new frame the reader gives up with a `StreamError` naming the URL and the cause.
- RTMP pulled from a server: the server closing the stream, then refusing the reconnections, is its
  end. Listening: when the publisher leaves, the reader listens again for up to `stall_seconds`;
  nobody coming back is the end.
- Not a media stream (an HTML page, a wrong file), no video, or frames over `max_pixels`: a
  `StreamError` at once, no retries.
- `duration`: stop after that many seconds of stream time.

Stream time runs from the first frame seen; after a reconnection it continues (frames already seen
are skipped, a publisher that restarts its clock is joined on to the previous time).
"""

from __future__ import annotations

import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.error import URLError
from urllib.parse import urljoin, urlsplit, urlunsplit

import av
import av.error
import numpy as np

from safeguarding.media.hashing import pdq_of_pixels

PLAYLIST_LIMIT = 4 * 1024 * 1024  # bytes of a playlist we read to look for ENDLIST


class StreamError(Exception):
    """A stream that cannot be watched (any more); the message names the URL and the cause."""


@dataclass(frozen=True)
class ReaderLimits:
    open_timeout: float = 15.0  # connecting; when listening, waiting for the first publisher
    stall_seconds: float = 30.0  # no frame for this long: a drop (and, listening, the wait for a publisher)
    retries: int = 5  # reconnections in a row without a new frame before giving up
    backoff_max: float = 30.0
    max_pixels: int = 8_300_000  # per frame (4K UHD)
    duration: float | None = None  # seconds of stream time to watch, None: until it ends


@dataclass(frozen=True)
class Sample:
    """One sampled frame: its time in the stream (s), when it was hashed (Unix time), PDQ and quality."""

    stream_time: float
    wall_time: float
    pdq: str
    quality: int


def redact(url: str) -> str:
    """The URL without a user name or password (a stream key in the path stays: it names the stream)."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    host = f"[{host}]" if ":" in host else host
    return urlunsplit(parts._replace(netloc=host + (f":{parts.port}" if parts.port else "")))


class _Stall(Exception):
    pass


class StreamReader:
    """Iterate `samples()`; afterwards `outcome` says why it ended (raises StreamError on failure)."""

    def __init__(
        self,
        url: str,
        *,
        every: float = 1.0,
        listen: bool = False,
        limits: ReaderLimits | None = None,
        stop: threading.Event | None = None,
        notify: Callable[[str], None] = lambda message: None,
    ) -> None:
        if every <= 0:
            raise ValueError(f"every must be a positive number of seconds, got {every}")
        self.url = url
        self.name = redact(url)
        self.every = every
        self.listen = listen
        self.limits = limits or ReaderLimits()
        self.stop = stop or threading.Event()
        self.notify = notify
        self.outcome = ""
        self.frames_decoded = 0
        self.samples_taken = 0
        self._format = ""
        self._origin: float | None = None
        self._last_time = float("-inf")
        self._next_sample = 0.0
        self._new_session = False

    def samples(self) -> Iterator[Sample]:
        failures = 0
        closed_by_server = False
        started = time.monotonic()
        while not self.stop.is_set():
            before = self._last_time
            problem = ""
            try:
                yield from self._session()
            except _Stall:
                problem = f"no new frame for {self.limits.stall_seconds:g} s"
            except av.error.InvalidDataError:
                if before == float("-inf"):
                    raise StreamError(
                        f"{self.name}: not a media stream (FFmpeg found no audio or video in it)"
                    ) from None
                problem = "invalid data in the stream"
            except av.error.ExitError:
                problem = f"no data for {self.limits.stall_seconds:g} s"
                if before == float("-inf") and self.listen:
                    self.outcome = f"no publisher came within {self.limits.open_timeout:g} s"
                    return
            except (av.error.HTTPNotFoundError, av.error.HTTPForbiddenError) as exc:
                if before == float("-inf"):
                    raise StreamError(f"{self.name}: {_reason(exc)}") from None
                problem = _reason(exc)
            except (av.error.FFmpegError, OSError) as exc:
                problem = _reason(exc)
            if self.stop.is_set() or self.outcome:
                self.outcome = self.outcome or "stopped"
                return
            if self._ended(problem):
                return
            never_up = self._last_time == float("-inf")
            if never_up and not self.listen and time.monotonic() - started < self.limits.open_timeout:
                self.notify(f"{self.name}: {problem or 'no frame yet'}; not up yet, trying again in 1 s")
                self.stop.wait(1.0)  # the stream may be starting: keep trying for open_timeout
                continue
            failures = 0 if self._last_time > before else failures + 1
            if self._format and problem in ("", "Input/output error"):
                closed_by_server = True  # the stream's source closed it (as opposed to a stall)
            elif self._format:
                closed_by_server = False
            if failures > self.limits.retries:
                if closed_by_server and urlsplit(self.url).scheme.startswith("rtmp"):
                    self.outcome = (
                        f"end of the stream (the server closed it; {failures - 1} reconnections failed)"
                    )
                    return
                raise StreamError(
                    f"{self.name}: {problem or 'the stream stopped'}; gave up after {self.limits.retries} "
                    "reconnections without a new frame"
                )
            if self.listen:
                continue  # listen again at once: the publisher may be coming back
            delay = min(self.limits.backoff_max, 2.0 ** max(0, failures - 1))
            self.notify(
                f"{self.name}: {problem or 'the stream stopped'}; reconnecting in {delay:g} s "
                f"({failures} failed in a row; giving up after {self.limits.retries})"
            )
            self.stop.wait(delay)
        self.outcome = self.outcome or "stopped"

    def _ended(self, problem: str) -> bool:
        """Whether the stream is over (sets `outcome`), as opposed to dropped."""
        if self._format == "hls":
            if _playlist_has_endlist(self.url):
                self.outcome = "end of the playlist (#EXT-X-ENDLIST)"
                return True
            return False
        if self.listen:
            self.notify(f"{self.name}: the publisher left; listening {self.limits.stall_seconds:g} s more")
            return False
        if not problem and self._format:
            self.outcome = "end of the stream"
            return True
        return False

    def _open(self) -> Any:
        # Probe briefly (FFmpeg's default waits for 5 s of stream before the first frame); FLV and
        # MPEG-TS say what they carry at once.
        options: dict[str, str] = {"analyzeduration": "1000000", "probesize": "1000000"}
        open_timeout = self.limits.open_timeout
        if self.listen:
            options["listen"] = "1"
            if self._last_time > float("-inf"):
                open_timeout = self.limits.stall_seconds  # waiting for the publisher to come back
        return av.open(self.url, options=options, timeout=(open_timeout, self.limits.stall_seconds))

    def _session(self) -> Iterator[Sample]:
        self._new_session = True
        self._format = ""
        try:
            container = self._open()
        except av.error.ExitError:
            if self.listen and self._last_time > float("-inf"):
                self.outcome = (
                    f"the publisher left and did not come back within {self.limits.stall_seconds:g} s"
                )
                return
            raise
        with container:
            self._format = container.format.name.split(",")[0]
            if not container.streams.video:
                raise StreamError(f"{self.name}: no video in this stream")
            stream = container.streams.video[0]
            width, height = stream.codec_context.width or 0, stream.codec_context.height or 0
            self._check_pixels(width, height)
            last_frame_at = time.monotonic()
            for frame in container.decode(stream):
                if self.stop.is_set():
                    return
                self.frames_decoded += 1
                if frame.time is None:
                    continue
                now = time.monotonic()
                at = self._stream_time(float(frame.time))
                if at is None:
                    if now - last_frame_at > self.limits.stall_seconds:
                        raise _Stall  # only frames already seen, for too long
                    continue
                last_frame_at = now
                if self.limits.duration is not None and at > self.limits.duration:
                    self.outcome = f"watched {self.limits.duration:g} s of the stream, as asked"
                    return
                if at + 1e-6 < self._next_sample:
                    continue
                while self._next_sample <= at + 1e-6:
                    self._next_sample += self.every
                self._check_pixels(frame.width, frame.height)
                rgb: np.ndarray = frame.to_ndarray(format="rgb24")
                pdq, quality = pdq_of_pixels(rgb) if min(rgb.shape[:2]) >= 5 else ("0" * 64, 0)
                self.samples_taken += 1
                yield Sample(round(at, 3), time.time(), pdq, quality)

    def _check_pixels(self, width: int, height: int) -> None:
        if width * height > self.limits.max_pixels:
            raise StreamError(
                f"{self.name}: frames are {width}x{height} pixels, over the limit of {self.limits.max_pixels}"
            )

    def _stream_time(self, pts_time: float) -> float | None:
        """Seconds since the first frame seen, continued across reconnections; None if already seen."""
        if self._origin is None:
            self._origin = pts_time
        at = pts_time - self._origin
        if self._new_session:
            self._new_session = False
            restarted = self._format != "hls" or not (self._last_time - 120 < at < self._last_time + 600)
            if restarted and self._last_time > float("-inf"):
                self._origin = pts_time - self._last_time - 0.001
                at = pts_time - self._origin
        if at <= self._last_time:
            return None
        self._last_time = at
        return at


def _reason(exc: BaseException) -> str:
    text = str(getattr(exc, "strerror", None) or exc)
    return text.rstrip(".")


def _playlist_has_endlist(url: str) -> bool:
    """Read the playlist again (bounded): does it say the stream has ended? A master playlist is
    followed to its first variant."""
    text = _fetch_text(url)
    if "#EXT-X-STREAM-INF" in text:
        lines = [line.strip() for line in text.splitlines()]
        variants = [line for line in lines if line and not line.startswith("#")]
        text = _fetch_text(urljoin(url, variants[0])) if variants else ""
    return "#EXT-X-ENDLIST" in text


def _fetch_text(url: str) -> str:
    if urlsplit(url).scheme not in ("http", "https"):
        return ""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return str(response.read(PLAYLIST_LIMIT).decode("utf-8", "replace"))
    except (URLError, OSError, ValueError):
        return ""
