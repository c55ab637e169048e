"""streams.yaml: several streams with their own banks and rules; bad files named clearly."""

from pathlib import Path

import pytest

from safeguarding.streams.config import StreamConfigError, load_stream_specs
from safeguarding.streams.watcher import StreamSpec

BASE = StreamSpec(url="", banks=("cli-bank",), min_hits=3)


def test_defaults_and_per_stream_settings(tmp_path: Path) -> None:
    path = tmp_path / "streams.yaml"
    path.write_text(
        "defaults:\n  bank: [a, b]\n  window: 20\n"
        "streams:\n  - https://example.org/live.m3u8\n"
        "  - url: rtmp://127.0.0.1:1935/live/x\n    listen: true\n    bank: c\n    min_hits: 2\n"
    )
    first, second = load_stream_specs(path, BASE)
    assert (first.url, first.banks, first.window, first.min_hits, first.listen) == (
        "https://example.org/live.m3u8",
        ("a", "b"),
        20.0,
        3,
        False,
    )
    assert (second.banks, second.min_hits, second.listen, second.window) == (("c",), 2, True, 20.0)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("streams: []\n", "non-empty 'streams'"),
        ("streams:\n  - url: 12\n", "stream 1: 'url'"),
        ("streams:\n  - url: http://x/y.m3u8\n    windw: 3\n", "unknown field.*windw"),
        ("streams:\n  - url: http://x/y.m3u8\n    min_hits: 1.5\n", "whole number"),
        ("streams:\n  - url: http://x/y.m3u8\n    window: -1\n", "positive"),
        ("streams:\n  - {listen: true}\n", "mapping with a 'url'"),
        ("streams: [\n", "not valid YAML"),
        ("extra: 1\nstreams:\n  - http://x/y.m3u8\n", "top-level"),
    ],
)
def test_bad_files_name_the_problem(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "streams.yaml"
    path.write_text(text)
    with pytest.raises(StreamConfigError, match=message):
        load_stream_specs(path, BASE)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StreamConfigError, match="cannot read"):
        load_stream_specs(tmp_path / "nope.yaml", BASE)
