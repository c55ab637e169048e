"""Live streams: the delay from known content appearing in a stream to the alert, and the watcher's CPU.

A 360p30 test stream (benign generated clips: --lead seconds of unrelated pictures, then the 10 s
"known" clip whose vPDQ hashes are in the bank) is made in real time by `safeguarding streams
test-source` in its own process, and watched in this process by `streams.watch_streams` (one frame a
second, alert on 3 matched samples within 10 s):

- HLS: 2 s segments served over HTTP on 127.0.0.1 (goal: alert under 8 s after the known clip began);
- RTMP: pushed to the watcher listening on 127.0.0.1 (goal: under 4 s).

"Began" is when the producer encoded the known clip's first frame (its timeline.jsonl). CPU is this
process's CPU time over the watch (decoding every frame, hashing and matching one a second), as a share
of one core (goal: under 10%). Any alert for the unrelated lead is counted as a false alert.

    python benchmarks/streams.py [--runs 1] [--lead 12]
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from safeguarding.banks import import_list
from safeguarding.media import hash_video
from safeguarding.media.synthetic_video import generated_video
from safeguarding.media.vpdq_format import write_vpdq
from safeguarding.store import Store, open_store
from safeguarding.streams import ReaderLimits, StreamSpec, watch_streams

SIZE = (640, 360)
FPS = 30


@dataclass
class Run:
    delay: float | None  # seconds from the known clip's first frame to the alert; None: no alert
    cpu_share: float  # of one core, over the watch
    false_alerts: int


def _clips(folder: Path, lead: int) -> tuple[Path, Path]:
    known = folder / "known.mp4"
    unrelated = folder / f"unrelated-{lead}.mp4"
    if not known.exists():
        generated_video(known, [1, 2, 3, 4, 5], fps=FPS, size=SIZE)
    if not unrelated.exists():
        generated_video(unrelated, list(range(201, 201 + max(1, lead // 2))), fps=FPS, size=SIZE)
    return unrelated, known


def _bank(folder: Path, known: Path) -> Store:
    store = open_store(f"sqlite:///{folder / 'bench.db'}")
    hashes = hash_video(known, every=0)
    with open(folder / "known.txt", "w", encoding="utf-8") as handle:
        write_vpdq(hashes.frames, handle)
    import_list(store, "known", folder / "known.txt", "vpdq", labels="bench-known")
    return store


def _source(out: Path, clips: tuple[Path, Path], extra: list[str]) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "safeguarding", "streams", "test-source", str(out), *map(str, clips)]
    command += [
        "--fps",
        str(FPS),
        "--size",
        f"{SIZE[0]}x{SIZE[1]}",
        "--segment",
        "2",
        "--linger",
        "5",
        *extra,
    ]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def one_run(store: Store, work: Path, clips: tuple[Path, Path], protocol: str) -> Run:
    out = work / f"{protocol}-{time.time_ns()}"
    if protocol == "hls":
        producer = _source(out, clips, [])
        assert producer.stdout is not None
        url = json.loads(producer.stdout.readline())["url"]
        spec = StreamSpec(url, banks=("known",))
    else:
        url = f"rtmp://127.0.0.1:{_free_port()}/live/bench"
        spec = StreamSpec(url, banks=("known",), listen=True)
        producer = _source(out, clips, ["--rtmp", url])
    alerts: list[tuple[float, dict[str, object]]] = []
    cpu_before, wall_before = time.process_time(), time.monotonic()
    watch_streams(
        store,
        [spec],
        limits=ReaderLimits(open_timeout=30, stall_seconds=5, retries=2),
        on_alert=lambda record: alerts.append((time.time(), record)),
        open_cases=True,
    )
    cpu, wall = time.process_time() - cpu_before, time.monotonic() - wall_before
    producer.wait(timeout=60)
    timeline = [json.loads(line) for line in (out / "timeline.jsonl").read_text().splitlines()]
    began = float(timeline[1]["wall_start"])
    late = [at - began for at, _ in alerts if at >= began]
    return Run(min(late) if late else None, cpu / wall, sum(1 for at, _ in alerts if at < began))


def live_stream_figures(runs: int = 1, lead: int = 12) -> None:
    work = Path(tempfile.mkdtemp(prefix="safeguarding-streams-bench-"))
    clips = _clips(Path(tempfile.gettempdir()), lead)
    store = _bank(work, clips[1])
    goals = {"hls": 8.0, "rtmp": 4.0}
    try:
        for protocol, label in (("hls", "HLS, 2 s segments"), ("rtmp", "RTMP push")):
            results = [one_run(store, work, clips, protocol) for _ in range(runs)]
            delays = [r.delay for r in results if r.delay is not None]
            missed = sum(1 for r in results if r.delay is None)
            cpu = statistics.median(r.cpu_share for r in results) * 100
            delay_text = (
                f"{statistics.median(delays):.1f} s (max {max(delays):.1f} s)" if delays else "no alert"
            )
            print(
                f"live {label}, 360p30, 1 sample/s: alert {delay_text} after the known clip began "
                f"(goal < {goals[protocol]:g} s); watcher CPU {cpu:.1f}% of a core (goal < 10%); "
                f"missed {missed}/{runs}, false alerts {sum(r.false_alerts for r in results)}",
                flush=True,
            )
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=1, help="streams per protocol (each takes real time)")
    parser.add_argument("--lead", type=int, default=12, help="seconds of unrelated content first")
    args = parser.parse_args()
    live_stream_figures(args.runs, args.lead)


if __name__ == "__main__":
    main()
