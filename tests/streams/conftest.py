"""Benign generated clips (shapes over gradients) and loopback test streams made from them."""

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from safeguarding.banks import import_list
from safeguarding.media import hash_video
from safeguarding.media.synthetic_video import generated_video
from safeguarding.media.vpdq_format import write_vpdq
from safeguarding.store import Store
from safeguarding.streams.source import SourceOptions, playlist_url, publish_hls, serve_folder

SMALL = SourceOptions(fps=10, size=(320, 240), segment_seconds=2.0, realtime=False)


@pytest.fixture(scope="session")
def clips(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("stream-clips")
    return {
        "known": generated_video(folder / "known.mp4", [1, 2, 3, 4, 5]),  # 10 s, banked
        "before": generated_video(folder / "before.mp4", [301, 302]),  # 4 s, unrelated
        "unrelated": generated_video(folder / "unrelated.mp4", [401, 402, 403, 404]),  # 8 s
    }


def bank_known(store: Store, clips: dict[str, Path], folder: Path) -> int:
    """A bank "known" holding the vPDQ hashes (every frame) of the known clip; its entry id."""
    hashes = hash_video(clips["known"], every=0)
    with open(folder / "known.txt", "w", encoding="utf-8") as handle:
        write_vpdq(hashes.frames, handle)
    import_list(store, "known", folder / "known.txt", "vpdq", labels="test-known")
    with store.engine.connect() as conn:
        return int(
            conn.exec_driver_sql("SELECT id FROM bank_entries WHERE signal_type = 'vpdq'").scalar_one()
        )


@pytest.fixture
def served() -> Iterator[list]:
    """Start loopback HTTP servers for folders; all shut down at the end."""
    servers: list = []
    yield servers
    for server in servers:
        server.shutdown()
        server.server_close()


def hls_vod(folder: Path, clip_list: list[Path], servers: list) -> str:
    """The clips written at full speed as an HLS playlist (ENDLIST at the end), served on 127.0.0.1."""
    publish_hls(folder, clip_list, SMALL)
    server = serve_folder(folder)
    servers.append(server)
    return playlist_url(server)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
