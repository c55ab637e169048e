"""The blind sextortion and payment generators write the formats of evaluation/specs/{sextortion,payments}.md.

Structure only, as for the chat and ad writers: these tests never look at wordings.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

BLIND = Path(__file__).resolve().parents[2] / "evaluation" / "blind"
SEXTORTION_GENERATORS = sorted((BLIND / "sextortion").glob("*/generate.py"))
PAYMENT_GENERATORS = sorted((BLIND / "payments").glob("*/generate.py"))
TRAINING = BLIND.parent / "training"  # training generators honour the same contract
ALL_SEXTORTION = SEXTORTION_GENERATORS + sorted((TRAINING / "sextortion").glob("*/generate.py"))
ALL_PAYMENTS = PAYMENT_GENERATORS + sorted((TRAINING / "payments").glob("*/generate.py"))
SEXTORTION_KINDS = {
    "sextortion_fast", "sextortion_slow", "sextortion_hacked", "sextortion_repeat", "sextortion_quiet",
}  # fmt: skip
LOOKALIKE_KINDS = {
    "money_owed", "gift_card_trading", "crypto_talk", "banter", "bullying", "safety_lesson", "news_story",
    "ordinary",
}  # fmt: skip
CHANNELS = {"gift_card", "payment_app", "crypto", "bank_transfer", "other"}
OFFENDER_KINDS = {"livestream_payer", "livestream_payer_quiet", "facilitator_network"}
BENIGN_PAYERS = {
    "family_remittance", "student_fees", "charity_donor", "traveller", "gamer_crypto", "ordinary",
}  # fmt: skip
TXN_FIELDS = {"txn_id", "time", "sender", "receiver", "amount", "currency", "channel", "sender_country"}


def run(script: Path, *args: str) -> None:
    subprocess.run([sys.executable, str(script), *args], check=True, capture_output=True, timeout=300)


def read_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_there_are_two_blind_writers_for_each_new_detector() -> None:
    assert len(SEXTORTION_GENERATORS) >= 2 and len(PAYMENT_GENERATORS) >= 2


@pytest.mark.slow
@pytest.mark.parametrize("script", ALL_SEXTORTION, ids=lambda p: f"{p.parents[2].name}-{p.parent.name}")
def test_sextortion_generator_conforms(script: Path, tmp_path: Path) -> None:
    out, truth_path = tmp_path / "chats.jsonl", tmp_path / "truth.jsonl"
    run(script, "--seed", "5", "--n", "300", "--out", str(out), "--truth", str(truth_path))
    corpus, truth = read_lines(out), read_lines(truth_path)
    assert [c["id"] for c in corpus] == [t["id"] for t in truth] and len(corpus) == 300
    assert {t["kind"] for t in truth} <= SEXTORTION_KINDS | LOOKALIKE_KINDS
    assert 0.2 <= sum(t["label"] == "sextortion" for t in truth) / 300 <= 0.4
    for conv, t in zip(corpus, truth, strict=True):
        messages = conv["messages"]
        assert {m["author"] for m in messages} <= set(conv["participants"])
        assert all(datetime.fromisoformat(m["time"]).tzinfo is not None for m in messages)
        assert (t["label"] == "sextortion") == (t["kind"] in SEXTORTION_KINDS)
        assert set(t["payment_channels"]) <= CHANNELS
        if t["crisis"] is not None:
            assert messages[t["crisis"]]["author"] == t["target"]
        if t["label"] == "sextortion":
            assert messages[t["onset"]]["author"] == t["suspect"]
            if t["first_demand"] is not None:
                assert t["onset"] <= t["first_demand"] < len(messages)
                assert messages[t["first_demand"]]["author"] == t["suspect"]
        else:
            assert t["suspect"] is None and t["onset"] is None


@pytest.mark.slow
@pytest.mark.parametrize("script", ALL_PAYMENTS, ids=lambda p: f"{p.parents[2].name}-{p.parent.name}")
def test_payment_generator_conforms_in_both_formats(script: Path, tmp_path: Path) -> None:
    args = ["--seed", "3", "--customers", "600", "--months", "2", "--offender-share", "0.02"]
    run(script, *args, "--out", str(tmp_path / "t.jsonl"), "--truth", str(tmp_path / "truth.jsonl"))
    csv_args = ["--format", "csv", "--out", str(tmp_path / "t.csv"), "--truth", str(tmp_path / "t.truth")]
    run(script, *args, *csv_args)
    txns, truth = read_lines(tmp_path / "t.jsonl"), read_lines(tmp_path / "truth.jsonl")
    with (tmp_path / "t.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(txns) and [r["txn_id"] for r in rows] == [t["txn_id"] for t in txns]
    assert all(set(t) >= TXN_FIELDS for t in txns)
    assert len({t["txn_id"] for t in txns}) == len(txns)
    assert all(datetime.fromisoformat(t["time"]).tzinfo is not None for t in txns)
    assert all((t["channel"] == "card") == (t.get("merchant_category") is not None) for t in txns)
    assert {t["kind"] for t in truth} <= OFFENDER_KINDS | BENIGN_PAYERS
    sent = {}
    for t in txns:
        sent.setdefault(t["sender"], set()).add(t["time"])
    offenders = [t for t in truth if t["label"] == "offender"]
    assert offenders and all(t["kind"] in OFFENDER_KINDS for t in offenders)
    assert all(t["first_offending_time"] in sent[t["customer"]] for t in offenders)
