"""Detector output into cases: the adapters, the scan hook and `cases ingest`."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from safeguarding.banks import create_bank, import_list
from safeguarding.cases import list_cases
from safeguarding.cases.adapters import ad_record_to_detections, media_match_hook
from safeguarding.cases.cli import app
from safeguarding.media import hash_file
from safeguarding.scan import scan_media
from safeguarding.store import Store

BRIDGE = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "pdq" / "bridge-mods" / "aaa-orig.jpg"
CHATS = [
    {
        "id": "c1",
        "risk": 0.9,
        "flagged": True,
        "first_warning": 4,
        "suspect": "adult",
        "evidence": [{"message": 3, "category": "secrecy", "stage": 4, "text": "this is our secret"}],
    },
    {"id": "c2", "risk": 0.1, "flagged": False, "first_warning": None, "suspect": None, "evidence": []},
    {
        "id": "c3",
        "risk": 0.95,
        "flagged": True,
        "first_warning": 2,
        "suspect": "u9",
        "evidence": [{"message": 2, "category": "meeting", "stage": 6, "text": "let's meet on saturday"}],
    },
]
ADS = [
    {
        "id": "a1",
        "network": "N1",
        "indicators": [{"category": "obscured_contact", "evidence": "5 5 5"}],
        "city": "Leeds",
    },
    {
        "id": "a2",
        "network": "N1",
        "indicators": [{"category": "youth_language", "evidence": "young"}],
        "city": "York",
    },
    {"id": "a3", "network": None, "indicators": [], "city": "Hull"},
]


def _jsonl(path: Path, records: list[dict[str, object]], extra: str = "") -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records) + extra, encoding="utf-8")
    return path


def test_ingest_chats_and_ads(store: Store, tmp_path: Path) -> None:
    runner = CliRunner()
    chats = _jsonl(tmp_path / "chats.jsonl", CHATS, "{broken\n[1, 2]\n")
    result = runner.invoke(app, ["ingest", "--from", "chats", str(chats), "--db", store.url])
    assert result.exit_code == 1  # two bad lines, reported by line number; the rest went in
    assert (
        "chats.jsonl:4: not JSON" in result.output
        and "chats.jsonl:5: expected a JSON object" in result.output
    )
    assert "5 lines: 2 detections, 2 new items in 2 cases, 2 errors" in result.output
    ads = _jsonl(tmp_path / "ads.jsonl", ADS)
    result = runner.invoke(app, ["ingest", "--from", "ads", str(ads), "--db", store.url])
    assert result.exit_code == 0 and "2 new items in 1 cases" in result.output
    again = runner.invoke(app, ["ingest", "--from", "ads", str(ads), "--db", store.url])
    assert "0 new items" in again.output
    with store.session() as session:
        cases = {c.group_key: c for c in list_cases(session)}
    assert set(cases) == {"conversation:c1", "conversation:c3", "network:N1"}
    assert cases["conversation:c3"].kind == "meeting_arranged" and cases["conversation:c3"].priority == 1
    assert cases["network:N1"].severity == "ad_network_strong" and cases["network:N1"].item_count == 2
    listed = runner.invoke(app, ["list", "--db", store.url])
    assert listed.output.splitlines()[0].startswith("#2 p1 open")  # c3 first: most urgent
    bad = runner.invoke(app, ["ingest", "--from", "email", str(ads), "--db", store.url])
    assert bad.exit_code == 2 and "--from must be one of" in bad.output


def test_ad_severity_follows_the_significant_indicators() -> None:
    weak = ad_record_to_detections({"id": "x", "network": "N2", "indicators": [{"category": "movement"}]})
    two = ad_record_to_detections(
        {
            "id": "y",
            "network": "N2",
            "indicators": [{"category": "trust_language"}, {"category": "obscured_contact"}],
        }
    )
    assert [d.severity for d in weak + two] == ["ad_network", "ad_network_strong"]
    assert ad_record_to_detections({"id": "z", "network": None}) == []


def test_scan_matches_become_media_cases(store: Store, tmp_path: Path) -> None:
    pdq = hash_file(BRIDGE).pdq
    (tmp_path / "bank.csv").write_text(f"pdq,labels\n{pdq},test-label\n", encoding="utf-8")
    with store.session() as session:
        create_bank(session, "hotline")
    import_list(store, "hotline", tmp_path / "bank.csv")
    results = list(scan_media(store, [BRIDGE], on_match=media_match_hook))
    assert results[0].matches
    with store.session() as session:
        [case] = list_cases(session)
        assert case.kind == "media_match" and case.has_media and case.group_key.startswith("media:")
        item = case.items[0]
        assert item.payload["matches"][0]["bank"] == "hotline" and item.payload["pdq"] == pdq
    # The same scan output ingested again adds nothing.
    record = {"path": str(BRIDGE), "matches": [m.to_json() for m in results[0].matches]}
    scan_out = _jsonl(tmp_path / "scan.jsonl", [record, {"path": "/nowhere.jpg", "matches": [{"bank": "b"}]}])
    result = CliRunner().invoke(app, ["ingest", "--from", "scan", str(scan_out), "--db", store.url])
    assert "0 new items" in result.output and "was not scanned into this database" in result.output
