"""Matching videos: Meta's expectations exactly, and trimmed, resized and embedded copies of a known
video found with their ranges while unrelated videos are not."""

import csv
import json
from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from safeguarding.banks import import_list
from safeguarding.cli import app
from safeguarding.media import hash_video
from safeguarding.media.vpdq_format import load_vpdq, write_vpdq
from safeguarding.store import Store
from safeguarding.video import PYTX_RULE, FrameMatcher, MatchRule, match_video, score_video
from tests.conftest import TESTDATA

VPDQ_DIR = TESTDATA / "vpdq"
EXPECTATIONS = list(csv.DictReader((VPDQ_DIR / "match_expectations.csv").read_text().splitlines()))
NAMES = sorted({row["query"] for row in EXPECTATIONS})
runner = CliRunner()


def _reference_bank(store: Store) -> dict[str, int]:
    entries = {}
    for name in NAMES:
        import_list(store, "reference", VPDQ_DIR / f"{name}.txt", "vpdq", labels=name)
    with store.engine.connect() as conn:
        for entry_id, note in conn.execute(
            text("SELECT id, note FROM bank_entries WHERE signal_type = 'vpdq'")
        ):
            entries[note] = entry_id
    return entries


def test_reproduces_meta_match_expectations(store: Store) -> None:
    entries = _reference_bank(store)
    for row in EXPECTATIONS:
        with open(VPDQ_DIR / f"{row['query']}.txt") as handle:
            query = load_vpdq(handle, row["query"])
        scored = {m.entry: m for m in score_video(store, query, rule=PYTX_RULE)}
        found = scored.get(entries[row["target"]])
        query_share = found.query_share if found else 0.0
        bank_share = found.bank_share if found else 0.0
        assert f"{query_share:.2f}" == row["query_match_percent"], row
        assert f"{bank_share:.2f}" == row["target_match_percent"], row
        assert (found is not None and found.matched) == (row["match_q80"] == "True"), row


def _bank_of_known(store: Store, clips: dict[str, Path], tmp_path: Path) -> int:
    hashes = hash_video(clips["known"], every=0)  # banks hold every frame, as Meta's lists do
    with open(tmp_path / "known.txt", "w") as handle:
        write_vpdq(hashes.frames, handle)
    report = import_list(store, "known", tmp_path / "known.txt", "vpdq", labels="test-known")
    assert report.added == 1
    return next(m.entry for m in score_video(store, hashes.frames))


def test_copies_are_found_and_unrelated_videos_are_not(
    sqlite_store: Store, clips: dict[str, Path], tmp_path: Path
) -> None:
    entry = _bank_of_known(sqlite_store, clips, tmp_path)
    results = {name: match_video(sqlite_store, hash_video(path).frames) for name, path in clips.items()}
    assert results["unrelated"] == []
    for name in ("known", "trimmed", "resized", "embedded"):
        assert [m.entry for m in results[name]] == [entry], name
    assert "query_share" in results["trimmed"][0].reasons
    assert "query_share" in results["resized"][0].reasons
    embedded = results["embedded"][0]
    assert embedded.reasons == ["run"] and embedded.query_share < 80
    [span] = [r for r in embedded.ranges if r.query_end - r.query_start >= 2]
    assert 5.0 <= span.query_start <= 7.0 and 9.0 <= span.query_end <= 11.0, span
    assert 1.5 <= span.bank_start <= 3.0 and 6.0 <= span.bank_end <= 7.5, span
    trimmed = results["trimmed"][0].ranges[0]
    assert trimmed.query_start == 0.0 and 2.5 <= trimmed.bank_start <= 3.5


def test_the_rule_is_configurable(sqlite_store: Store, clips: dict[str, Path], tmp_path: Path) -> None:
    _bank_of_known(sqlite_store, clips, tmp_path)
    embedded = hash_video(clips["embedded"]).frames
    assert match_video(sqlite_store, embedded, rule=PYTX_RULE) == []
    assert match_video(sqlite_store, embedded, rule=MatchRule(run_seconds=30.0)) == []
    assert match_video(sqlite_store, embedded, rule=MatchRule(query_share=20.0, run_seconds=None))
    with pytest.raises(ValueError, match="percentage"):
        MatchRule(query_share=120.0)


def test_frame_matcher_per_frame(sqlite_store: Store, clips: dict[str, Path], tmp_path: Path) -> None:
    entry = _bank_of_known(sqlite_store, clips, tmp_path)
    frames = hash_video(clips["trimmed"]).frames
    matcher = FrameMatcher(sqlite_store, banks=["known"])
    good = next(f for f in frames if f.quality >= 50)
    hits = matcher.match(good.pdq, good.quality)
    assert hits and hits[0].entry == entry and hits[0].kind == "video" and hits[0].distance <= 31
    assert hits[0].bank == "known" and hits[0].bank_time is not None and 2.5 <= hits[0].bank_time <= 4.0
    assert matcher.match(good.pdq, quality=10) == []  # under the quality floor: never matched
    unrelated = hash_video(clips["unrelated"]).frames[0]
    assert matcher.match_many([unrelated.pdq, good.pdq])[0] == []


def test_match_command_json(sqlite_url: str, clips: dict[str, Path], tmp_path: Path) -> None:
    hashes = hash_video(clips["known"], every=0)
    with open(tmp_path / "known.txt", "w") as handle:
        write_vpdq(hashes.frames, handle)
    db = ["--db", sqlite_url]
    result = runner.invoke(
        app, ["bank", "import", "vids", str(tmp_path / "known.txt"), "--format", "vpdq", *db]
    )
    assert result.exit_code == 0, result.output
    result = runner.invoke(
        app, ["match", "--bank", "vids", "--json", str(clips["embedded"]), str(clips["unrelated"]), *db]
    )
    assert result.exit_code == 0, result.output
    embedded, unrelated = (json.loads(line) for line in result.stdout.splitlines())
    assert unrelated == {"path": str(clips["unrelated"]), "matches": []}
    [m] = embedded["matches"]
    assert set(m) >= {"bank", "entry", "query_share", "bank_share", "ranges"} and m["bank"] == "vids"
    assert set(m["ranges"][0]) == {"query_start", "query_end", "bank_start", "bank_end"}
    result = runner.invoke(
        app, ["match", "--json", "--rule", "pytx", "--vpdq", str(tmp_path / "known.txt"), *db]
    )
    assert json.loads(result.stdout)["matches"][0]["query_share"] == 100.0


def test_a_retracted_video_never_matches(store: Store, clips: dict[str, Path], tmp_path: Path) -> None:
    from safeguarding.banks import retract
    from safeguarding.banks.pdq_search import refresh_pdq_index

    entry = _bank_of_known(store, clips, tmp_path)
    frames = hash_video(clips["trimmed"]).frames
    assert [m.entry for m in match_video(store, frames)] == [entry]
    with store.session() as session:
        value = session.scalar(text("SELECT value FROM bank_entries WHERE id = :id"), {"id": entry})
        assert retract(session, "known", [("vpdq", str(value))], "withdrawn by the list owner") == 1
    assert match_video(store, frames) == []
    refresh_pdq_index(store.index_dir, store.engine)  # the frames leave the index too
    assert FrameMatcher(store).match_many([f.pdq for f in frames]) == [[] for _ in frames]
