"""`make evaluate` runs the detectors through their commands and prints figures, never corpus text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_harness_scores_the_own_generators(tmp_path: Path) -> None:
    results = tmp_path / "results.json"
    args = ["--writers", "none", "--chats-n", "80", "--ads-n", "300", "--no-model", "--json", str(results),
            "--payments-customers", "400", "--payments-months", "2"]  # fmt: skip
    proc = subprocess.run(
        [sys.executable, str(ROOT / "evaluation" / "run.py"), *args],
        capture_output=True, text=True, timeout=600, check=True, env=dict(os.environ, TMPDIR=str(tmp_path)),
    )  # fmt: skip
    rows = json.loads(results.read_text())
    assert {(r["detector"], r["corpus"]) for r in rows} == {
        ("chats", "own generator"),
        ("ads", "own generator"),
        ("sextortion", "own generator"),
        ("payments", "own generator"),
    }
    chats = next(r for r in rows if r["detector"] == "chats")
    assert 0.0 <= chats["F0.5"] <= 1.0 and chats["figures"]["n"] == 80
    ads = next(r for r in rows if r["detector"] == "ads")
    assert ads["figures"]["ads"] == 300 and 0.0 <= ads["pairF1"] <= 1.0
    assert "F0.5" in proc.stdout and "pairF1" in proc.stdout
    assert not list(tmp_path.glob("sg-eval-*")), "the corpora are removed unless --keep"
