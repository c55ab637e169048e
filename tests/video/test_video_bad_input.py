"""Bad video input: a clear message naming the file, bounded time, and the rest of the batch goes on."""

import json
import os
import time
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from safeguarding.cli import app
from safeguarding.media import MediaError, VideoLimits, hash_video
from safeguarding.media.synthetic_video import scene_frames, write_video
from safeguarding.store import Store
from safeguarding.video import FrameMatcher, match_video, score_video

runner = CliRunner()


@pytest.fixture(scope="module")
def bad(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bad")
    good = write_video(folder / "good.mkv", list(scene_frames([7, 8])))
    data = good.read_bytes()
    mp4 = write_video(folder / "whole.mp4", list(scene_frames([9])))
    noise = np.random.default_rng(3).integers(0, 256, 40_000, dtype=np.uint8).tobytes()
    files = {
        "truncated_mp4": mp4.read_bytes()[: mp4.stat().st_size // 2],  # the index (moov) is at the end
        "header_only": data[:1200],  # a Matroska header and no frame
        "corrupt": data[:48] + noise,
        "not_media": b"name,phone\nexample,000\n" * 200,
    }
    paths = {"good": good}
    for name, content in files.items():
        paths[name] = folder / f"{name}.mkv"
        paths[name].write_bytes(content)
    paths["flat"] = write_video(folder / "flat.mp4", [np.full((120, 160, 3), 128, np.uint8)] * 30)
    paths["huge"] = folder / "huge.y4m"  # declares 100000x100000: refused, never allocated
    paths["huge"].write_bytes(b"YUV4MPEG2 W100000 H100000 F25:1 Ip A1:1 C420jpeg\nFRAME\n" + b"\x80" * 1000)
    return paths


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("truncated_mp4", "corrupt or truncated"),
        ("header_only", "no decodable video frame"),
        ("corrupt", "corrupt or truncated"),
        ("huge", "cannot decode video"),
    ],
)
def test_clear_message_naming_the_file(bad: dict[str, Path], name: str, message: str) -> None:
    started = time.monotonic()
    with pytest.raises(MediaError) as caught:
        hash_video(bad[name])
    assert message in caught.value.problem and caught.value.path == str(bad[name])
    assert time.monotonic() - started < 5


def test_dimensions_frames_and_time_are_bounded(bad: dict[str, Path]) -> None:
    with pytest.raises(MediaError, match="declares 160x120 pixels, over the limit of 1000"):
        hash_video(bad["flat"], limits=VideoLimits(max_pixels=1000))
    with pytest.raises(MediaError, match="more than 10 frames"):  # an endless or looping input
        hash_video(bad["good"], every=0, limits=VideoLimits(max_frames=10))
    with pytest.raises(MediaError, match="longer than 1 s of video"):
        hash_video(bad["good"], limits=VideoLimits(max_duration=1.0))
    with pytest.raises(MediaError, match="decoding took over"):
        hash_video(bad["good"], limits=VideoLimits(max_seconds=0.0))


def test_every_frame_under_the_quality_floor_is_no_division_by_zero(
    sqlite_store: Store, bad: dict[str, Path]
) -> None:
    frames = hash_video(bad["flat"]).frames
    assert frames and all(f.quality < 50 for f in frames)
    assert score_video(sqlite_store, frames) == [] and match_video(sqlite_store, frames) == []
    assert FrameMatcher(sqlite_store).match(frames[0].pdq, frames[0].quality) == []


def test_the_batch_goes_on(bad: dict[str, Path], tmp_path: Path, sqlite_url: str) -> None:
    fifo = tmp_path / "stream.fifo"
    os.mkfifo(fifo)  # an endless input given as a file: refused without being opened
    order = ["truncated_mp4", "not_media", "good", "corrupt", "flat"]
    args = [str(bad[n]) for n in order] + [str(fifo), "/dev/zero"]
    result = runner.invoke(app, ["hash", "--json", *args])
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["path"] for line in lines] == args
    by_path = {line["path"]: line for line in lines}
    assert by_path[str(bad["good"])]["vpdq"] and by_path[str(bad["flat"])]["vpdq"]
    assert "error" in by_path[str(bad["not_media"])] and "error" in by_path[str(bad["corrupt"])]
    assert "not a regular file" in by_path[str(fifo)]["error"]
    result = runner.invoke(
        app, ["match", "--json", str(bad["flat"]), str(bad["corrupt"]), "--db", sqlite_url]
    )
    assert result.exit_code == 1 and "Traceback" not in result.output
    flat, corrupt = (json.loads(line) for line in result.stdout.splitlines())
    assert flat["matches"] == [] and "error" in corrupt
    assert "no frame of quality 50" in result.stderr
