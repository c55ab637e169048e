"""Meta's vPDQ regression rule over the reference videos in ../shared/testdata/vpdq, every frame hashed:
the same number of frames; where both qualities are >= 50, the same frame number and distance < 31."""

import csv
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from safeguarding.cli import app
from safeguarding.media import FrameHash, hash_video
from safeguarding.media.vpdq_format import load_vpdq, read_vpdq, write_vpdq
from tests.conftest import TESTDATA

VPDQ_DIR = TESTDATA / "vpdq"
ROWS = list(csv.DictReader((VPDQ_DIR / "expected.csv").read_text().splitlines()))
CASES = [(row, "frame_hashes", None) for row in ROWS] + [
    (row, "frame_hashes_128x128", (128, 128)) for row in ROWS if row["frame_hashes_128x128"]
]


def _reference(name: str) -> list[FrameHash]:
    with open(VPDQ_DIR / name, encoding="utf-8") as handle:
        return load_vpdq(handle, name)


def _passes_meta_rule(ours: list[FrameHash], reference: list[FrameHash]) -> int:
    assert len(ours) == len(reference)
    largest = 0
    for a, b in zip(ours, reference, strict=True):
        assert abs(a.timestamp - b.timestamp) < 0.001
        if a.quality >= 50 and b.quality >= 50:
            distance = (int(a.pdq, 16) ^ int(b.pdq, 16)).bit_count()
            assert a.frame == b.frame and distance < 31, (a, b, distance)
            largest = max(largest, distance)
    return largest


@pytest.mark.slow
@pytest.mark.parametrize(("row", "column", "size"), CASES, ids=[f"{r['path']}-{c}" for r, c, _ in CASES])
def test_reference_video_conforms(row: dict[str, str], column: str, size: tuple[int, int] | None) -> None:
    ours = hash_video(VPDQ_DIR / row["path"], every=0, size=size)
    assert ours.sha256 == row["sha256"] and ours.md5 == row["md5"]
    assert len(ours.frames) == int(row["frames"])
    largest = _passes_meta_rule(list(ours.frames), _reference(row[column]))
    assert largest <= 22  # the vpdq package's own largest distance on these files is 22


def test_hash_command_every_frame_writes_meta_format() -> None:
    result = CliRunner().invoke(
        app, ["hash", "--every", "0", "--format", "vpdq", str(VPDQ_DIR / "pattern-sd-grey-bar.mp4")]
    )
    assert result.exit_code == 0, result.output
    ours = [f for f in read_vpdq(io.StringIO(result.stdout), "stdout") if isinstance(f, FrameHash)]
    _passes_meta_rule(ours, _reference("pattern-sd-grey-bar.txt"))
    assert result.stdout.splitlines()[0] == (VPDQ_DIR / "pattern-sd-grey-bar.txt").read_text().splitlines()[0]


def test_reading_and_writing_meta_format_round_trips(tmp_path: Path) -> None:
    frames = _reference("doorknob-hd-no-bar.txt")
    with open(tmp_path / "out.txt", "w", encoding="utf-8") as handle:
        write_vpdq(frames, handle)
    assert (tmp_path / "out.txt").read_text() == (VPDQ_DIR / "doorknob-hd-no-bar.txt").read_text()


def test_bad_lines_are_named() -> None:
    text = "0,100,e6cf059c4c6696362cc9d6663cd9c263714169d98327399993363d9c3d9cc666,0.000\n1,abc,zz,0\n"
    items = list(read_vpdq(io.StringIO(text), "list.txt"))
    assert isinstance(items[0], FrameHash)
    assert "list.txt line 2" in str(items[1])
