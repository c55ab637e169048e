"""Flagged customers become payment_pattern cases (SQLite and PostgreSQL); a confirmed case drafts a SAR
outline, never filed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safeguarding.cases import claim_next, decide, get_case, submit_detection
from safeguarding.cases.adapters import AdapterError, payment_record_to_detections
from safeguarding.payments import PaymentScorer, load_settings, read_transactions
from safeguarding.payments.sar import NotReady, sar_outline
from safeguarding.store import Store

from .test_payments import offender_pattern, write


def flagged_record(tmp_path: Path) -> dict[str, object]:
    scorer = PaymentScorer(load_settings())
    for txn in read_transactions(write(tmp_path / "t.jsonl", offender_pattern())):
        scorer.add(txn)
    return next(r for r in scorer.results() if r["customer"] == "cust-1")


def test_adapter_skips_unflagged_and_names_bad_records() -> None:
    assert payment_record_to_detections({"customer": "c", "flagged": False}) == []
    with pytest.raises(AdapterError, match="customer"):
        payment_record_to_detections({"flagged": True})


def test_confirmed_payment_case_drafts_a_sar_outline(store: Store, tmp_path: Path) -> None:
    record = flagged_record(tmp_path)
    (detection,) = payment_record_to_detections(record)
    assert detection.kind == "payment_pattern" and detection.group_key == "customer:cust-1"
    with store.session() as session:
        case_id = submit_detection(session, detection).id
        again = submit_detection(session, detection)  # the same finding twice: one item
        assert again.id == case_id
    with store.session() as session:
        case = get_case(session, case_id)
        assert case is not None and len(case.items) == 1
        with pytest.raises(NotReady, match="confirmed cases only"):
            sar_outline(case)
        claimed = claim_next(session, "rev")
        assert claimed is not None and claimed.id == case_id
        decide(session, case_id, "rev", "confirm", "pattern over three months")
    with store.session() as session:
        case = get_case(session, case_id)
        assert case is not None
        outline = sar_outline(case)
    assert outline["draft"] is True and outline["filed"] is False
    assert outline["subject"]["customer"] == "cust-1"
    assert {p["account"] for p in outline["associated_parties"]} >= {"acct-a", "acct-c"}
    times = [r["time"] for r in outline["reasons_for_suspicion"]]
    assert (
        times == sorted(times) and outline["reasons_for_suspicion"][-1]["indicator"] == "reviewer_confirmed"
    )
    assert all(r["source"] for r in outline["reasons_for_suspicion"])
    assert outline["transactions"]
    uk = outline["glossary_codes"][0]
    assert uk["code"] == "XXV3XX" and uk["confirmed"] is False
    json.dumps(outline)
