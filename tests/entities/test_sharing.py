"""Sharing with a partner as keyed hashes: only confirmed cases, never raw values; a match raises cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

import safeguarding.entities  # noqa: F401
from safeguarding.audit.models import AuditEvent
from safeguarding.cases import Detection, decide, get_case, submit_detection
from safeguarding.cases.adapters import chat_detection
from safeguarding.entities import PartnerMark
from safeguarding.entities.cli import app
from safeguarding.store import Store, open_store

KEY = bytes(range(32)).hex()
EVIDENCE = [{"message": 2, "category": "platform_move", "stage": 3, "text": "add me on snap: sunny_rooms"}]


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    path = tmp_path / "hotline-b.key"
    path.write_text(KEY + "\n")
    return path


def _export(tmp_path: Path, key_file: Path) -> Path:
    """Hotline A confirms a grooming case and exports its contacts for hotline B."""
    ours = open_store(str(tmp_path / "hotline-a.db"))
    with ours.session() as session:
        case = submit_detection(session, chat_detection("conv-a", {"risk": 0.9, "suspect": "k"}, EVIDENCE))
        submit_detection(
            session, Detection("report", "account:unconfirmed", payload={"phones": ["+12025550111"]})
        )
        decide(session, case.id, "alice", "confirm")
    out = tmp_path / "for-b.jsonl"
    result = CliRunner().invoke(
        app,
        [
            "export",
            "--kinds",
            "phone,handle,url",
            "--for",
            "hotline-b",
            "--key-file",
            str(key_file),
            "-o",
            str(out),
            "--db",
            ours.url,
        ],
    )
    ours.close()
    assert result.exit_code == 0, result.output
    return out


def test_export_holds_keyed_hashes_of_confirmed_cases_only(tmp_path: Path, key_file: Path) -> None:
    out = _export(tmp_path, key_file)
    text = out.read_text()
    assert "sunny_rooms" not in text and "2025550111" not in text
    header, *lines = [json.loads(line) for line in text.splitlines()]
    assert header["for"] == "hotline-b" and header["algorithm"] == "HMAC-SHA256"
    assert [(line["kind"], line["category"]) for line in lines] == [("handle", "grooming")]
    assert len(lines[0]["hmac"]) == 64 and lines[0]["seen_on"]


def test_a_partners_hashed_handle_raises_a_case(store: Store, tmp_path: Path, key_file: Path) -> None:
    out = _export(tmp_path, key_file)
    ad = {"id": "ad-9", "network": "N9", "handles": ["snapchat:sunny_rooms"], "indicators": []}
    with store.session() as session:
        case_id = submit_detection(session, Detection("ad_network", "network:N9", payload=ad)).id
    out.write_text(out.read_text() + "{broken\n")
    runner = CliRunner()
    result = runner.invoke(
        app, ["import", str(out), "--from", "hotline-b", "--key-file", str(key_file), "--db", store.url]
    )
    assert result.exit_code == 1 and "for-b.jsonl:3" in result.output  # the bad line, named; the rest went in
    report = json.loads(result.output.strip().splitlines()[-1])
    assert report["matched_entities"] == 1 and report["raised_cases"] == [case_id]
    with store.session() as session:
        case = get_case(session, case_id)
        assert case is not None and case.priority == 4  # ad_network (5) raised one step
        assert session.scalars(select(PartnerMark.partner)).all() == ["hotline-b"]
        actions = session.scalars(select(AuditEvent.action)).all()
        assert "partner_match" in actions and "entities_import" in actions
        # A later case with the same handle rises too.
        later = submit_detection(
            session, Detection("ad_network", "network:N10", payload={**ad, "id": "ad-10"})
        )
        assert later.priority == 4
    shown = runner.invoke(app, ["show", "snapchat:sunny_rooms", "--db", store.url])
    assert json.loads(shown.output)["partners"][0]["category"] == "grooming"


def test_wrong_or_missing_keys_are_clear_errors(store: Store, tmp_path: Path, key_file: Path) -> None:
    out = _export(tmp_path, key_file)
    other = tmp_path / "other.key"
    other.write_text("ab" * 32)
    runner = CliRunner()
    wrong = runner.invoke(
        app, ["import", str(out), "--from", "hotline-b", "--key-file", str(other), "--db", store.url]
    )
    assert wrong.exit_code == 2 and "made with another key" in wrong.output
    short = tmp_path / "short.key"
    short.write_text("abcd")
    result = runner.invoke(app, ["export", "--for", "hotline-b", "--key-file", str(short), "--db", store.url])
    assert result.exit_code == 2 and "at least 32 are needed" in result.output
    missing = runner.invoke(app, ["export", "--for", "nobody", "--db", store.url])
    assert missing.exit_code == 2 and "SAFEGUARDING_PARTNER_KEY_NOBODY" in missing.output
    kinds = runner.invoke(
        app, ["export", "--for", "hotline-b", "--kinds", "fax", "--key-file", str(key_file)]
    )
    assert kinds.exit_code == 2 and "--kinds fax" in kinds.output
