"""Scanning records each file, its signals and matches once, and resumes after an interruption."""

import json
import os
import signal
import subprocess
import sys
import time
from itertools import islice
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

import safeguarding.scan as scan_module
from safeguarding.banks import import_list
from safeguarding.cli import app
from safeguarding.media import hash_file
from safeguarding.media.synthetic import generated_image, save, variant
from safeguarding.scan import scan_media
from safeguarding.store import Store, open_store
from safeguarding.store.models import Match, MediaItem, Signal

runner = CliRunner()


def build_set(root: Path, count: int, known: int) -> Path:
    """`count` images to scan, variants of the first `known` of which are in a bank list."""
    uploads = root / "uploads"
    lines = ["pdq,label"]
    for i in range(count):
        image = generated_image(i, (160, 160))
        if i < known:
            original = save(image, root / "originals" / f"o{i}.png")
            lines.append(f"{hash_file(original).pdq},case-{i}")
            image = variant(image, "reencoded")
        save(image, uploads / f"u{i:03d}.jpg")
    (root / "bank.csv").write_text("\n".join(lines) + "\n")
    return uploads


def counts(store: Store) -> tuple[int, int, int]:
    with store.session() as s:
        return (
            s.scalar(select(func.count()).select_from(MediaItem)) or 0,
            s.scalar(select(func.count()).select_from(Signal)) or 0,
            s.scalar(select(func.count()).select_from(Match)) or 0,
        )


def test_scan_twice_records_nothing_twice(store: Store, tmp_path: Path) -> None:
    uploads = build_set(tmp_path, 8, 3)
    import_list(store, "known", tmp_path / "bank.csv")
    first = list(scan_media(store, [uploads], banks=["known"]))
    assert sum(1 for r in first if r.matches) == 3
    assert counts(store) == (8, 24, 3)
    second = list(scan_media(store, [uploads], banks=["known"]))
    assert all(r.already_recorded for r in second)
    assert [r.matches for r in second] == [r.matches for r in first]
    assert counts(store) == (8, 24, 3)


def test_interrupted_scan_finishes_on_the_next_run(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scan_module, "BATCH", 4)
    uploads = build_set(tmp_path, 10, 10)
    import_list(store, "known", tmp_path / "bank.csv")
    list(islice(scan_media(store, [uploads]), 5))  # stop after the second batch has started
    assert counts(store)[0] in (4, 8)
    list(scan_media(store, [uploads]))
    assert counts(store) == (10, 30, 10)


def test_scan_cli_json_and_errors(sqlite_url: str, tmp_path: Path) -> None:
    uploads = build_set(tmp_path, 4, 2)
    (uploads / "broken.jpg").write_text("not an image")
    assert (
        runner.invoke(
            app, ["bank", "import", "known", str(tmp_path / "bank.csv"), "--db", sqlite_url]
        ).exit_code
        == 0
    )
    result = runner.invoke(app, ["scan", str(uploads), "--bank", "known", "--json", "--db", sqlite_url])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[-1]["summary"] == {"files": 5, "new": 4, "already_recorded": 0, "matched": 2, "errors": 1}
    assert lines[0]["path"].endswith("broken.jpg") and "not an image" in lines[0]["error"]
    matched = [line for line in lines[1:-1] if line["matches"]]
    assert {m["labels"][0] for line in matched for m in line["matches"]} == {"case-0", "case-1"}


@pytest.mark.slow
def test_killed_scan_resumes_without_loss_or_duplicates(db_url: str, tmp_path: Path) -> None:
    uploads = build_set(tmp_path, 120, 30)
    store = open_store(db_url)
    import_list(store, "known", tmp_path / "bank.csv")
    env = {**os.environ, "SAFEGUARDING_DB": db_url}
    command = [sys.executable, "-m", "safeguarding", "scan", str(uploads), "--bank", "known"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while counts(store)[0] == 0 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    interrupted = counts(store)[0]
    assert 0 < interrupted < 120
    finished = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert finished.returncode == 0, finished.stderr
    assert counts(store) == (120, 360, 30)
    assert f"{interrupted} already recorded" in finished.stdout
    store.close()
