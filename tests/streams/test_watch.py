"""Watching streams the tests start on 127.0.0.1: an alert (and a case of imminent harm) when the
known clip plays, none for unrelated content; clean ends, reconnections and bad sources, bounded."""

import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from safeguarding.cases import get_case
from safeguarding.cli import app
from safeguarding.store import Store
from safeguarding.streams import ReaderLimits, StreamError, StreamReader, StreamSpec, watch_streams
from safeguarding.streams.source import serve_folder
from tests.streams.conftest import bank_known, free_port, hls_vod

runner = CliRunner()
QUICK = ReaderLimits(open_timeout=5, stall_seconds=3, retries=1, backoff_max=1)


def test_alert_and_case_for_the_known_clip_none_for_unrelated(
    store: Store, clips: dict[str, Path], tmp_path: Path, served: list
) -> None:
    entry = bank_known(store, clips, tmp_path)
    known_url = hls_vod(tmp_path / "a", [clips["before"], clips["known"]], served)
    other_url = hls_vod(tmp_path / "b", [clips["unrelated"]], served)
    alerts: list[dict] = []
    reports = watch_streams(
        store,
        [StreamSpec(known_url, banks=("known",)), StreamSpec(other_url, banks=("known",))],
        limits=QUICK,
        on_alert=alerts.append,
    )
    assert [r.outcome for r in reports] == ["end of the playlist (#EXT-X-ENDLIST)"] * 2
    assert [r.error for r in reports] == ["", ""]
    assert len(alerts) == 1, alerts
    alert = alerts[0]
    assert {"stream", "time", "bank", "entry", "distance", "frames_matched"} <= set(alert)
    assert (alert["stream"], alert["bank"], alert["entry"], alert["frames_matched"]) == (
        known_url,
        "known",
        entry,
        3,
    )
    assert 4.0 <= alert["stream_time"] <= 7.0  # the known clip starts at 4 s: its third sample
    with store.session() as session:
        case = get_case(session, alert["case"])
        assert case is not None
        assert (case.kind, case.severity, case.priority) == ("live_stream", "imminent_harm", 1)
        payload = case.items[0].payload
        assert payload["url"] == known_url
        assert len(payload["frames"]) == 3
        for frame in payload["frames"]:
            assert set(frame) <= {"stream_time", "pdq", "quality", "distance", "bank_time"}
            assert len(frame["pdq"]) == 64


def test_a_playlist_that_never_updates_is_given_up_in_bounded_time(
    clips: dict[str, Path], tmp_path: Path, served: list
) -> None:
    url = hls_vod(tmp_path / "stuck", [clips["before"]], served)
    playlist = tmp_path / "stuck" / "index.m3u8"
    playlist.write_text(playlist.read_text().replace("#EXT-X-ENDLIST\n", ""))  # live, but nothing new
    notes: list[str] = []
    reader = StreamReader(
        url, limits=ReaderLimits(stall_seconds=2, retries=1, backoff_max=1), notify=notes.append
    )
    started = time.monotonic()
    with pytest.raises(StreamError, match=r"127\.0\.0\.1.*no new frame for 2 s.*gave up after 1"):
        list(reader.samples())
    assert time.monotonic() - started < 30
    assert reader.samples_taken == 4 and any("reconnecting" in note for note in notes)


def test_not_a_media_stream_fails_at_once(tmp_path: Path, served: list) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "page.html").write_text("<html><body>" + "hello " * 2000 + "</body></html>")
    server = serve_folder(folder)
    served.append(server)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    with pytest.raises(StreamError, match=r"page\.html: not a media stream"):
        list(StreamReader(f"{base}/page.html", limits=QUICK).samples())
    with pytest.raises(StreamError, match=r"missing\.m3u8: .*[Nn]ot [Ff]ound"):
        list(StreamReader(f"{base}/missing.m3u8", limits=QUICK).samples())


def test_nothing_listening_retries_then_gives_up(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}/index.m3u8"
    started = time.monotonic()
    with pytest.raises(StreamError, match=r"[Cc]onnection refused.*gave up after 1"):
        list(StreamReader(url, limits=QUICK).samples())
    assert time.monotonic() - started < 15


def test_duration_bounds_an_endless_stream(clips: dict[str, Path], tmp_path: Path, served: list) -> None:
    url = hls_vod(tmp_path / "long", [clips["unrelated"]], served)
    reader = StreamReader(url, limits=ReaderLimits(duration=3))
    assert [s.stream_time for s in reader.samples()] == [0.0, 1.0, 2.0, 3.0]
    assert reader.outcome == "watched 3 s of the stream, as asked"


def test_cli_watch_prints_alert_lines_and_names_bad_input(
    sqlite_url: str, sqlite_store: Store, clips: dict[str, Path], tmp_path: Path, served: list
) -> None:
    bank_known(sqlite_store, clips, tmp_path)
    url = hls_vod(tmp_path / "cli", [clips["known"]], served)
    result = runner.invoke(
        app, ["streams", "watch", url, "--bank", "known", "--db", sqlite_url, "--stall", "3"]
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["stream"], r["bank"], r["frames_matched"]) for r in lines] == [(url, "known", 3)]
    assert "ended: end of the playlist" in result.stderr

    result = runner.invoke(app, ["streams", "watch", url, "--bank", "nope", "--db", sqlite_url])
    assert result.exit_code == 2 and "no bank named 'nope'" in result.stderr
    (tmp_path / "streams.yaml").write_text("streams:\n  - url: 5\n")
    result = runner.invoke(
        app, ["streams", "watch", "--config", str(tmp_path / "streams.yaml"), "--db", sqlite_url]
    )
    assert result.exit_code == 2 and "stream 1: 'url'" in result.stderr
    result = runner.invoke(
        app,
        [
            "streams",
            "test-source",
            str(tmp_path / "x"),
            str(clips["known"]),
            "--rtmp",
            "rtmp://example.org/a/b",
        ],
    )
    assert result.exit_code == 2 and "loopback" in result.stderr


def test_listening_with_nobody_pushing_ends_after_the_wait() -> None:
    url = f"rtmp://127.0.0.1:{free_port()}/live/nobody"
    reader = StreamReader(url, listen=True, limits=ReaderLimits(open_timeout=2, stall_seconds=2))
    started = time.monotonic()
    assert list(reader.samples()) == []
    assert reader.outcome == "no publisher came within 2 s"
    assert time.monotonic() - started < 10
