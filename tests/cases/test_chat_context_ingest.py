"""`cases ingest --from chats --conversations`: each chat case keeps the window around its evidence lines."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select
from typer.testing import CliRunner

from safeguarding.cases.cli import app
from safeguarding.cases.context import ContextWindow, case_context
from safeguarding.cases.models import Case, ChatContextMessage
from safeguarding.store import Store


def _write(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _conversation(cid: str, length: int) -> dict[str, object]:
    messages = [
        {
            "author": "a" if i % 2 else "b",
            "text": f"line {i} about homework",
            "time": f"2026-11-02T10:{i:02d}:00",
        }
        for i in range(length)
    ]
    return {"id": cid, "messages": messages}


def _scored(cid: str, evidence: list[int]) -> dict[str, object]:
    return {
        "id": cid,
        "risk": 0.9,
        "flagged": True,
        "first_warning": evidence[-1],
        "suspect": "a",
        "evidence": [
            {"message": i, "category": "secrecy", "stage": 3, "text": f"line {i}"} for i in evidence
        ],
    }


def test_ingest_keeps_the_window_and_nothing_else(store: Store, tmp_path: Path) -> None:
    chats = _write(tmp_path / "chats.jsonl", [_conversation("c1", 40), _conversation("c2", 10)])
    scored = _write(tmp_path / "scored.jsonl", [_scored("c1", [10, 30]), {"id": "c2", "flagged": False}])
    runner = CliRunner()
    args = ["ingest", "--from", "chats", str(scored), "--conversations", str(chats), "--db", store.url]
    result = runner.invoke(app, [*args, "--context-before", "2", "--context-after", "1"])
    assert result.exit_code == 0, result.output
    assert "2 lines: 1 detections, 1 new items in 1 cases, 0 errors, 8 context messages kept" in result.output
    with store.session() as session:
        kept = session.scalars(
            select(ChatContextMessage.message_index).order_by(ChatContextMessage.message_index)
        ).all()
        assert kept == [8, 9, 10, 11, 28, 29, 30, 31]  # c2 was not flagged: nothing of it is kept
        case = session.scalars(select(Case)).one()
        [entry] = case_context(session, case.items, ContextWindow(2, 1))
        assert entry["conversation_id"] == "c1" and entry["gaps"] == [[12, 27]]
        assert [m["index"] for m in entry["messages"] if m["evidence"]] == [10, 30]
        assert entry["messages"][0]["time"] == "2026-11-02T10:08:00"
    again = runner.invoke(app, [*args, "--context-before", "2", "--context-after", "1"])
    assert again.exit_code == 0 and "0 new items" in again.output  # idempotent, nothing kept twice


def test_ingest_names_a_missing_conversation_and_bad_options(store: Store, tmp_path: Path) -> None:
    chats = _write(tmp_path / "chats.jsonl", [_conversation("c1", 5)])
    scored = _write(tmp_path / "scored.jsonl", [_scored("elsewhere", [1])])
    runner = CliRunner()
    result = runner.invoke(
        app, ["ingest", "--from", "chats", str(scored), "--conversations", str(chats), "--db", store.url]
    )
    assert result.exit_code == 1 and "conversation 'elsewhere' is not in" in result.output
    ads = runner.invoke(
        app, ["ingest", "--from", "ads", str(scored), "--conversations", str(chats), "--db", store.url]
    )
    assert ads.exit_code != 0 and "--conversations goes with --from chats only" in ads.output
    window = runner.invoke(
        app,
        ["ingest", "--from", "chats", str(scored), "--conversations", str(chats), "--context-after", "99"],
    )
    assert window.exit_code != 0 and "after must be a whole number 0-50" in window.output
    assert "Traceback" not in result.output + ads.output + window.output
