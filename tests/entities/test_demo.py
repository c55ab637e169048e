"""The entities demo end to end, through the commands a user runs (as `make demo` does)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from safeguarding.cli import app
from safeguarding.store import Store


def _run(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, f"{args}: {result.output}"
    return result.output


def test_demo_links_an_ad_network_a_grooming_chat_a_bank_photo_and_a_partner(
    store: Store, tmp_path: Path
) -> None:
    runner, db = CliRunner(), ["--db", store.url]
    _run(runner, "demo", "media", str(tmp_path / "media"), "--banked", "2", "--unrelated", "0")
    _run(runner, "bank", "import", "demo-list", str(tmp_path / "media" / "bank.csv"), *db)
    ent = tmp_path / "entities"
    _run(runner, "demo", "entities", str(ent), "--bank-list", str(tmp_path / "media" / "bank.csv"))
    _run(runner, "cases", "ingest", "--from", "ads", str(ent / "linked.jsonl"), *db)
    _run(runner, "chats", "score", str(ent / "chats.jsonl"), "--out", str(ent / "scored.jsonl"))
    _run(
        runner,
        "cases",
        "ingest",
        "--from",
        "chats",
        str(ent / "scored.jsonl"),
        "--conversations",
        str(ent / "chats.jsonl"),
        *db,
    )

    phone = json.loads(_run(runner, "entities", "show", "+1 202 555 0147", "--json", *db))
    assert phone["detectors"] == ["ads_link", "chat_scorer"] and len(phone["cases"]) == 2
    ad_case, chat_case = phone["cases"]
    shown = json.loads(_run(runner, "cases", "show", str(chat_case), "--json", *db))
    assert shown["linked_cases"][0]["case"] == ad_case

    photo = json.loads(_run(runner, "entities", "show", (ent / "photo.pdq").read_text().strip(), *db))
    assert photo["banks"][0]["bank"] == "demo-list" and photo["banks"][0]["distance"] == 4

    before = {
        c["group_key"]: c["priority"]
        for c in map(json.loads, _run(runner, "cases", "list", "--json", *db).splitlines())
    }
    report = json.loads(
        _run(
            runner,
            "entities",
            "import",
            str(ent / "from-hotline-b.jsonl"),
            "--from",
            "hotline-b",
            "--key-file",
            str(ent / "hotline-b.key"),
            *db,
        )
        .strip()
        .splitlines()[-1]
    )
    after = {
        c["group_key"]: c["priority"]
        for c in map(json.loads, _run(runner, "cases", "list", "--json", *db).splitlines())
    }
    assert report["matched_entities"] == 1 and len(report["raised_cases"]) == 1
    assert after["network:N-entities-demo-B"] == before["network:N-entities-demo-B"] - 1
