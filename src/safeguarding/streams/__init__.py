"""Live streams: watch HLS and RTMP streams for known material, and make local test streams.

The flow for a live stream: `reader` (PyAV: follow the stream, reconnect, hash one frame per second of
presentation time) → `video.FrameMatcher` (each sample against the banks' video frames and PDQ images)
→ `window` (enough matched samples of one entry within a window: an alert) → `watcher` (the alert as a
JSON line, and a case of priority imminent harm through `cases.adapters.live_stream_detection`).
`source` makes local HLS or RTMP test streams from clips (loopback only); `cli` is
`safeguarding streams watch` and `streams test-source`.
"""

from safeguarding.streams.reader import ReaderLimits, Sample, StreamError, StreamReader
from safeguarding.streams.watcher import StreamReport, StreamSpec, watch_streams
from safeguarding.streams.window import Alert, AlertWindow

__all__ = [
    "Alert",
    "AlertWindow",
    "ReaderLimits",
    "Sample",
    "StreamError",
    "StreamReader",
    "StreamReport",
    "StreamSpec",
    "watch_streams",
]
