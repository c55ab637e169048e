"""Watch several live streams in one process: a reader thread per stream decodes and hashes its
samples; this thread matches them, keeps each stream's window and raises the alerts.

Only this thread touches the store: each sample is one `FrameMatcher` lookup (video frames and PDQ
image entries of the chosen banks); each alert opens (or adds to) the stream's case through
`cases.adapters.live_stream_detection`, severity `imminent_harm`, with the matched hashes only.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from safeguarding.cases import submit_detection
from safeguarding.cases.adapters import live_stream_detection
from safeguarding.store import Store
from safeguarding.streams.reader import ReaderLimits, Sample, StreamError, StreamReader, redact
from safeguarding.streams.window import Alert, AlertWindow
from safeguarding.video import FrameMatcher


@dataclass(frozen=True)
class StreamSpec:
    """One stream to watch and its alert rule (every sample's hits within `distance`, frames of quality
    at least `min_quality`; `min_hits` matched samples of one entry within `window` seconds)."""

    url: str
    banks: tuple[str, ...] = ()
    listen: bool = False
    every: float = 1.0
    window: float = 10.0
    min_hits: int = 3
    distance: int = 31
    min_quality: int = 50


@dataclass
class StreamReport:
    """How a stream's watch went: why it ended (or the error), samples and alerts."""

    stream: str
    outcome: str = ""
    error: str = ""
    frames_decoded: int = 0
    samples: int = 0
    alerts: list[dict[str, Any]] = field(default_factory=list)

    def line(self) -> str:
        error = self.error.removeprefix(f"{self.stream}: ")
        ending = f"failed: {error}" if self.error else f"ended: {self.outcome}"
        return (
            f"{self.stream}: {ending}; {self.samples} samples of {self.frames_decoded} frames, "
            f"{len(self.alerts)} alert(s)"
        )


@dataclass(frozen=True)
class _Ended:
    outcome: str
    error: str


def alert_record(stream: str, alert: Alert) -> dict[str, Any]:
    """The JSON line of an alert (the frames' hashes go to the case, not to this line)."""
    return {
        "stream": stream,
        "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
        "bank": alert.bank,
        "entry": alert.entry,
        "distance": alert.distance,
        "frames_matched": alert.frames_matched,
        "stream_time": alert.stream_time,
        "labels": list(alert.labels),
    }


def watch_streams(
    store: Store,
    specs: Sequence[StreamSpec],
    *,
    limits: ReaderLimits | None = None,
    on_alert: Callable[[dict[str, Any]], None] = lambda record: None,
    notify: Callable[[str], None] = lambda message: None,
    stop: threading.Event | None = None,
    open_cases: bool = True,
) -> list[StreamReport]:
    """Watch until every stream has ended (or `stop` is set); a report per stream, in order."""
    if not specs:
        raise ValueError("no stream to watch: give a URL or a --config file with streams")
    stop = stop or threading.Event()
    limits = limits or ReaderLimits()
    matchers = [
        FrameMatcher(store, spec.banks or None, distance=spec.distance, min_quality=spec.min_quality)
        for spec in specs
    ]
    windows = [AlertWindow(spec.window, spec.min_hits) for spec in specs]
    readers = [
        StreamReader(spec.url, every=spec.every, listen=spec.listen, limits=limits, stop=stop, notify=notify)
        for spec in specs
    ]
    reports = [StreamReport(reader.name) for reader in readers]
    inbox: queue.Queue[tuple[int, Sample | _Ended]] = queue.Queue(maxsize=256)
    threads = [
        threading.Thread(target=_read, args=(i, reader, inbox), name=f"stream-{i}", daemon=True)
        for i, reader in enumerate(readers)
    ]
    for thread in threads:
        thread.start()
    running = len(threads)
    try:
        while running:
            try:
                index, item = inbox.get(timeout=0.5)
            except queue.Empty:
                if stop.is_set() and not any(t.is_alive() for t in threads):
                    break
                continue
            report = reports[index]
            if isinstance(item, _Ended):
                running -= 1
                report.outcome, report.error = item.outcome, item.error
                report.frames_decoded, report.samples = (
                    readers[index].frames_decoded,
                    readers[index].samples_taken,
                )
                notify(report.line())
                continue
            hits = matchers[index].match(item.pdq, item.quality)
            for alert in windows[index].observe(item.stream_time, item.pdq, item.quality, hits):
                record = alert_record(report.stream, alert)
                if open_cases:
                    detection = live_stream_detection(
                        {**record, "frames": [f.to_json() for f in alert.frames]}
                    )
                    with store.session() as session:
                        record["case"] = submit_detection(session, detection).id
                report.alerts.append(record)
                on_alert(record)
    finally:
        stop.set()
    for thread in threads:
        thread.join(timeout=1.0)
    return reports


def _read(index: int, reader: StreamReader, inbox: queue.Queue[tuple[int, Sample | _Ended]]) -> None:
    outcome, error = "", ""
    try:
        for sample in reader.samples():
            inbox.put((index, sample))
        outcome = reader.outcome
    except StreamError as exc:
        error = str(exc)
    except Exception as exc:  # a reader must always report its end, whatever happened
        error = f"{reader.name}: unexpected {type(exc).__name__}: {exc}"
    inbox.put((index, _Ended(outcome, error)))


__all__ = ["StreamReport", "StreamSpec", "alert_record", "redact", "watch_streams"]
