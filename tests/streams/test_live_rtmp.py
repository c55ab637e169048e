"""RTMP: a push to a listening watcher (with the publisher reconnecting), and a pull from a server."""

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from safeguarding.store import Store
from safeguarding.streams import ReaderLimits, StreamSpec, watch_streams
from tests.streams.conftest import bank_known, free_port


def _publish_rtmp(url: str, out: Path, *clip_list: Path, server: bool = False) -> subprocess.Popen[bytes]:
    """`streams test-source --rtmp --fast` in its own process: it pushes (retrying until the watcher
    listens) or, with `server`, waits for the watcher to pull."""
    command = [sys.executable, "-m", "safeguarding", "streams", "test-source", str(out), *map(str, clip_list)]
    command += ["--rtmp", url, "--fps", "10", "--size", "320x240", "--fast"] + (
        ["--rtmp-server"] if server else []
    )
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.mark.slow
def test_rtmp_push_to_a_listening_watcher_alerts_and_survives_a_reconnect(
    sqlite_store: Store, clips: dict[str, Path], tmp_path: Path
) -> None:
    entry = bank_known(sqlite_store, clips, tmp_path)
    url = f"rtmp://127.0.0.1:{free_port()}/live/test-key"

    def two_pushes() -> None:  # the publisher drops after unrelated content, then comes back
        _publish_rtmp(url, tmp_path / "one", clips["unrelated"]).wait(timeout=60)
        time.sleep(0.5)
        _publish_rtmp(url, tmp_path / "two", clips["known"]).wait(timeout=60)

    pusher = threading.Thread(target=two_pushes)
    pusher.start()
    alerts: list[dict] = []
    # the second publisher is a new process: under load it can take 10 s to start, so listen 20 s again;
    # the watch stops once the 18 s of the two pushes are seen
    limits = ReaderLimits(open_timeout=30, stall_seconds=20, retries=1, backoff_max=1, duration=17.5)
    reports = watch_streams(
        sqlite_store, [StreamSpec(url, banks=("known",), listen=True)], limits=limits, on_alert=alerts.append
    )
    pusher.join()
    assert [(a["entry"], a["frames_matched"]) for a in alerts] == [(entry, 3)]
    assert alerts[0]["stream_time"] > 8.0  # stream time goes on across the publisher's reconnection
    assert reports[0].outcome == "watched 17.5 s of the stream, as asked"
    assert reports[0].samples >= 17


@pytest.mark.slow
def test_rtmp_pulled_from_a_server_alerts_and_ends(
    sqlite_store: Store, clips: dict[str, Path], tmp_path: Path
) -> None:
    entry = bank_known(sqlite_store, clips, tmp_path)
    url = f"rtmp://127.0.0.1:{free_port()}/live/pull"
    server = _publish_rtmp(url, tmp_path / "pull", clips["before"], clips["known"], server=True)
    alerts: list[dict] = []
    limits = ReaderLimits(
        open_timeout=60, stall_seconds=5, retries=1, backoff_max=1
    )  # the server may start late
    reports = watch_streams(
        sqlite_store, [StreamSpec(url, banks=("known",))], limits=limits, on_alert=alerts.append
    )
    assert server.wait(timeout=30) == 0
    assert [a["entry"] for a in alerts] == [entry]
    assert reports[0].error == "" and reports[0].outcome.startswith("end of the stream")
