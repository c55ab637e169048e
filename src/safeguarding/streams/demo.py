"""`safeguarding demo stream DIR`: a short live-stream alert, end to end, on this machine only.

Generates two benign clips (shapes over gradients): DIR/known.mp4, whose vPDQ hashes (every frame,
DIR/known.txt) go into a bank, and DIR/unrelated.mp4. A local HLS test stream plays the unrelated clip
then the known one, in real time, served on 127.0.0.1; `watch_streams` follows it and prints the alert
line and the case it opened. About 20 seconds.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from safeguarding.banks import import_list
from safeguarding.media import hash_video
from safeguarding.media.synthetic_video import generated_video
from safeguarding.media.vpdq_format import write_vpdq
from safeguarding.store import Store
from safeguarding.streams.reader import ReaderLimits
from safeguarding.streams.source import PLAYLIST, SourceOptions, playlist_url, publish_hls, serve_folder
from safeguarding.streams.watcher import StreamReport, StreamSpec, watch_streams

BANK = "demo-live"


def live_demo(
    folder: Path,
    store: Store,
    on_alert: Callable[[dict[str, Any]], None],
    notify: Callable[[str], None],
) -> StreamReport:
    folder.mkdir(parents=True, exist_ok=True)
    known = generated_video(folder / "known.mp4", [1, 2, 3, 4, 5])
    unrelated = generated_video(folder / "unrelated.mp4", [601, 602, 603])
    with open(folder / "known.txt", "w", encoding="utf-8") as handle:
        write_vpdq(hash_video(known, every=0).frames, handle)
    report = import_list(store, BANK, folder / "known.txt", "vpdq", labels="demo-live-clip")
    notify(f"bank {BANK}: {report.added} video entry added from {folder / 'known.txt'}")
    live = folder / "live"
    server = serve_folder(live)
    options = SourceOptions(fps=10, size=(320, 240), segment_seconds=2.0, realtime=True, max_seconds=60)
    producer = threading.Thread(target=publish_hls, args=(live, [unrelated, known], options), daemon=True)
    producer.start()
    try:
        while producer.is_alive() and not (live / PLAYLIST).exists():
            time.sleep(0.05)
        url = playlist_url(server)
        notify(f"watching {url} (6 s unrelated, then the known clip; 2 s HLS segments, real time)")
        limits = ReaderLimits(open_timeout=10, stall_seconds=10, retries=2)
        reports = watch_streams(
            store, [StreamSpec(url, banks=(BANK,))], limits=limits, on_alert=on_alert, notify=notify
        )
        producer.join(timeout=10)
    finally:
        server.shutdown()
        server.server_close()
    return reports[0]
