"""Payments monitor: reader (bad input), indicators in combination, list match, generator, evaluation, CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from safeguarding.config import ConfigError
from safeguarding.payments import PaymentScorer, load_settings, read_transactions
from safeguarding.payments.evaluate import evaluate
from safeguarding.payments.generator import write_corpus
from safeguarding.payments.indicators import REGISTRY
from safeguarding.payments.settings import DEFAULT_FILE


def txn(i: int, time: str, receiver: str, amount: float, **extra: object) -> dict[str, object]:
    return {
        "txn_id": f"t{i}",
        "time": time,
        "sender": extra.pop("sender", "cust-1"),
        "receiver": receiver,
        "amount": amount,
        "currency": "EUR",
        "channel": extra.pop("channel", "remittance"),
        "sender_country": "DE",
        "receiver_country": extra.pop("country", "PH"),
        **extra,
    }


def write(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def score(path: Path, **kw: object) -> dict[str, dict[str, object]]:
    scorer = PaymentScorer(load_settings(**kw))  # type: ignore[arg-type]
    for t in read_transactions(path):
        scorer.add(t)
    return {r["customer"]: r for r in scorer.results()}


def test_every_configured_indicator_is_a_plugin_with_a_source() -> None:
    specs = yaml.safe_load(DEFAULT_FILE.read_text())["indicators"]
    assert set(specs) <= set(REGISTRY)
    assert all(spec["source"] and isinstance(spec["weight"], int | float) for spec in specs.values())


def test_bad_lines_are_named_and_the_batch_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    good = json.dumps(txn(1, "2024-01-02T10:00:00+01:00", "acct-1", 50))
    path.write_text(
        "\n".join(
            [
                good,
                "{not json",
                json.dumps({"txn_id": "x"}),
                json.dumps(txn(2, "yesterday", "a", 5)),
                json.dumps(txn(3, "2024-01-02T10:00:00", "a", 5)),
                json.dumps(txn(4, "2024-01-02T10:00:00+01:00", "a", "ten")),
                "[1, 2]",
                good,
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    errors: list[tuple[int, str]] = []
    got = list(read_transactions(path, lambda n, m: errors.append((n, m))))
    assert len(got) == 2
    assert [n for n, _ in errors] == [2, 3, 4, 5, 6, 7]
    assert ("not JSON" in errors[0][1] and "'sender'" in errors[1][1]) or "'time'" in errors[1][1]
    assert "time-zone" in errors[3][1] and "amount" in errors[4][1]


def test_csv_input_and_missing_columns(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text(
        "txn_id,time,sender,receiver,amount,currency,channel,sender_country,receiver_country,memo,"
        "merchant_category\nt1,2024-01-02T23:00:00+10:00,cust-1,mer-1,9.99,AUD,card,AU,US,,5734\n",
        encoding="utf-8",
    )
    (t,) = read_transactions(path)
    assert t.mcc == 5734 and t.local_hour == 23 and t.memo == ""
    bad = tmp_path / "b.csv"
    bad.write_text("txn_id,time\n1,2\n", encoding="utf-8")
    errors: list[tuple[int, str]] = []
    assert list(read_transactions(bad, lambda n, m: errors.append((n, m)))) == []
    assert "lacks column" in errors[0][1]


def offender_pattern() -> list[dict[str, object]]:
    """Small night payments to new beneficiaries over three months, one shared with other senders."""
    records, i = [], 0
    for month, receivers in (
        (1, ["acct-a"]),
        (2, ["acct-a", "acct-b"]),
        (3, ["acct-a", "acct-b", "acct-c", "acct-d"]),
    ):
        for day in range(1, 2 + 2 * month):
            i += 1
            records.append(
                txn(
                    i,
                    f"2024-0{month}-{day:02d}T23:30:00+01:00",
                    receivers[i % len(receivers)],
                    50,
                    memo="school fees",
                )
            )
    for j, sender in enumerate(("cust-7", "cust-8")):
        records.append(txn(100 + j, f"2024-03-2{j}T12:00:00+01:00", "acct-c", 30, sender=sender))
    records.sort(key=lambda r: str(r["time"]))
    return records


def test_a_combination_flags_and_names_its_transactions(tmp_path: Path) -> None:
    out = score(write(tmp_path / "t.jsonl", offender_pattern()))
    result = out["cust-1"]
    assert result["flagged"] is True and result["score"] >= 0.5
    names = {i["name"] for i in result["indicators"]}  # type: ignore[attr-defined]
    assert {"corridor", "new_beneficiaries", "night", "small_amounts"} <= names
    assert all(i["txn_ids"] for i in result["indicators"])  # type: ignore[attr-defined]
    assert result["first_flag_time"] is not None
    assert out["cust-7"]["flagged"] is False


def test_regular_family_remittance_alone_is_not_flagged(tmp_path: Path) -> None:
    records = [txn(m, f"2024-0{m}-01T23:10:00+01:00", "acct-mama", 100, memo="for mama") for m in range(1, 7)]
    out = score(write(tmp_path / "t.jsonl", records))
    assert out["cust-1"]["flagged"] is False


def test_a_list_match_flags_outright(tmp_path: Path) -> None:
    path = write(
        tmp_path / "t.jsonl",
        [txn(1, "2024-01-01T10:00:00+01:00", "mer-5411", 20, channel="card", country="DE")],
    )
    listed = tmp_path / "list.txt"
    listed.write_text("# court orders\ncust-1\n", encoding="utf-8")
    result = score(path, watchlist_file=listed)["cust-1"]
    assert result["flagged"] is True and result["indicators"][0]["name"] == "list_match"  # type: ignore[index]


def test_generator_is_deterministic_and_evaluation_reports_kinds(tmp_path: Path) -> None:
    a, b, truth = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "truth.jsonl"
    write_corpus(a, truth, seed=3, customers=400, months=3, offender_share=0.02)
    write_corpus(b, truth, seed=3, customers=400, months=3, offender_share=0.02)
    assert a.read_bytes() == b.read_bytes()
    scored = tmp_path / "scored.jsonl"
    scored.write_text("".join(json.dumps(r) + "\n" for r in score(a).values()), encoding="utf-8")
    fig = evaluate(scored, truth)
    assert fig["customers"] == 400 and fig["offenders"] > 0
    assert "family_remittance" in fig["fpr_by_kind"] and 0 <= fig["recall"] <= 1


def test_cli_scores_names_bad_lines_and_exits_1(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_text(
        json.dumps(txn(1, "2024-01-01T10:00:00+01:00", "acct-1", 20)) + "\nnope\n", encoding="utf-8"
    )
    out = tmp_path / "out.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "safeguarding", "payments", "score", str(path), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert f"{path}:2: not JSON" in proc.stderr and "Traceback" not in proc.stderr
    (line,) = out.read_text().splitlines()
    assert set(json.loads(line)) >= {"customer", "score", "flagged", "indicators", "first_flag_time"}


@pytest.mark.parametrize(
    "content", ["payments: [1]\n", "payments:\n  indicators:\n    bogus: {weight: 1, source: x}\n"]
)
def test_bad_configuration_is_a_clear_error(tmp_path: Path, content: str) -> None:
    config = tmp_path / "c.yaml"
    config.write_text(content, encoding="utf-8")
    with pytest.raises((ValueError, ConfigError), match=r"payments|section"):
        PaymentScorer(load_settings(config))
