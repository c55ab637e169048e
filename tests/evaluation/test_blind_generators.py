"""Every blind corpus generator writes the documented formats, deterministically, with the documented kinds.

These tests check structure only (the specifications in evaluation/specs); they never look at wordings.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BLIND = ROOT / "evaluation" / "blind"
TRAINING = ROOT / "evaluation" / "training"  # written from the same specifications: the same checks
BLIND_CHATS = sorted((BLIND / "chats").glob("*/generate.py"))
BLIND_ADS = sorted((BLIND / "ads").glob("*/generate.py"))
CHAT_GENERATORS = BLIND_CHATS + sorted((TRAINING / "chats").glob("*/generate.py"))
AD_GENERATORS = BLIND_ADS + sorted((TRAINING / "ads").glob("*/generate.py"))
WRITER_ID = lambda p: "/".join(p.parts[-4:-1])  # noqa: E731  e.g. blind/chats/writer_a
GROOMING_KINDS = {"grooming_typical", "grooming_quiet", "grooming_fast"}
BENIGN_KINDS = {
    "family_parent", "family_relative", "teacher_coach", "peers", "friends_meeting",
    "adults", "gamers", "safety_lesson", "ordinary",
}  # fmt: skip
INDICATORS = {
    "trust_language", "obscured_contact", "youth_language", "ethnicity_nationality",
    "third_person_voice", "always_available", "movement",
}  # fmt: skip
E164 = re.compile(r"^\+[1-9]\d{6,14}$")


def generate(script: Path, tmp: Path, seed: int, n: int) -> tuple[list[dict], list[dict]]:
    out, truth = tmp / f"corpus-{seed}.jsonl", tmp / f"truth-{seed}.jsonl"
    args = ["--seed", str(seed), "--n", str(n), "--out", str(out), "--truth", str(truth)]
    subprocess.run([sys.executable, str(script), *args], check=True, capture_output=True, timeout=120)
    read = lambda p: [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]  # noqa: E731
    return read(out), read(truth)


def test_there_are_at_least_two_writers_per_detector() -> None:
    assert len(BLIND_CHATS) >= 2 and len(BLIND_ADS) >= 2


@pytest.mark.slow
@pytest.mark.parametrize("script", CHAT_GENERATORS, ids=WRITER_ID)
def test_chat_generator_conforms(script: Path, tmp_path: Path) -> None:
    corpus, truth = generate(script, tmp_path, seed=5, n=300)
    assert len(corpus) == len(truth) == 300
    assert [c["id"] for c in corpus] == [t["id"] for t in truth]
    assert len({c["id"] for c in corpus}) == 300
    kinds = {t["kind"] for t in truth}
    assert kinds <= GROOMING_KINDS | BENIGN_KINDS, kinds - GROOMING_KINDS - BENIGN_KINDS
    assert "grooming_quiet" in kinds and {"family_parent", "teacher_coach"} <= kinds
    grooming = [t for t in truth if t["label"] == "grooming"]
    assert 0.2 <= len(grooming) / 300 <= 0.5
    for conv, t in zip(corpus, truth, strict=True):
        authors = {m["author"] for m in conv["messages"]}
        assert authors <= set(conv["participants"]) and all(m["text"].strip() for m in conv["messages"])
        assert (t["label"] == "grooming") == (t["kind"] in GROOMING_KINDS)
        if t["label"] == "grooming":
            assert t["suspect"] in authors and 0 <= t["onset"] < len(conv["messages"])
            assert conv["messages"][t["onset"]]["author"] == t["suspect"]
        else:
            assert t["suspect"] is None


@pytest.mark.slow
@pytest.mark.parametrize("script", AD_GENERATORS, ids=WRITER_ID)
def test_ad_generator_conforms(script: Path, tmp_path: Path) -> None:
    ads, truth = generate(script, tmp_path, seed=5, n=1000)
    assert len(ads) == len(truth) == 1000
    assert [a["id"] for a in ads] == [t["id"] for t in truth]
    assert len({a["id"] for a in ads}) == 1000
    networks = [t["network"] for t in truth if t["network"] is not None]
    assert 0.4 <= len(networks) / 1000 <= 0.8
    assert all(ad["city"] for ad in ads)
    assert 0.2 <= sum(1 for ad in ads if ad.get("country")) / 1000 <= 0.8
    seen = set()
    for ad, t in zip(ads, truth, strict=True):
        assert all(E164.match(p) for p in t["phones"]), t["phones"]
        assert set(t["indicators"]) <= INDICATORS
        seen.update(t["indicators"])
        assert all(re.fullmatch(r"[0-9a-f]{64}", h) for h in ad.get("images") or [])
    assert seen == INDICATORS


@pytest.mark.slow
@pytest.mark.parametrize("script", CHAT_GENERATORS + AD_GENERATORS, ids=WRITER_ID)
def test_generators_are_deterministic_by_seed(script: Path, tmp_path: Path) -> None:
    runs = []
    for name, seed in (("a", 9), ("b", 9), ("c", 10)):
        (tmp_path / name).mkdir()
        runs.append(generate(script, tmp_path / name, seed=seed, n=60))
    assert runs[0] == runs[1]
    assert runs[0] != runs[2]
