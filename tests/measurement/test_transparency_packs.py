"""The eu-csam and ofcom packs, that only aggregates leave, and the command's errors and help."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

from safeguarding.measurement.period import Period
from safeguarding.measurement.transparency import FORMATS, write_report
from safeguarding.measurement.transparency.cli import app
from safeguarding.store import Store
from tests.measurement import transparency_fixtures as fx

PERIOD = Period.parse("2026-01-01", "2026-06-30")


def rows_of(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_eu_csam_false_positives_per_technology(store: Store, tmp_path: Path) -> None:
    with store.session() as session:
        fx.fill(session)
        write_report(session, PERIOD, tmp_path / "out", "eu-csam")
    tmp_path = tmp_path / "out"
    by_technology = {r["technology"]: r for r in rows_of(tmp_path / "false_positives_by_technology.csv")}
    images = next(r for t, r in by_technology.items() if t.startswith("hash matching of images"))
    assert (images["detections"], images["confirmed"], images["false_positives"]) == ("32", "12", "20")
    assert images["false_positive_ratio"] == f"{20 / 32:.3f}"
    grooming = next(r for t, r in by_technology.items() if "grooming" in t)
    # 9 detections, 5 decided: every count and the ratio are suppressed.
    shown = (grooming["detections"], grooming["false_positives"], grooming["false_positive_ratio"])
    assert shown == ("0", "0", "")
    summary = {r["indicator"]: r["value"] for r in rows_of(tmp_path / "summary.csv")}
    assert summary["cases_child_sexual_abuse_material"] == "12"
    # Grooming's 3 is suppressed before summing: 14 would give it away beside sextortion's 11.
    assert summary["cases_solicitation_of_children"] == "11"
    ads = next(r for t, r in by_technology.items() if t.startswith("classified-ad"))
    # 15 confirmed, 5 dismissed: the 5 is suppressed, and so is the ratio that would reveal it.
    assert (ads["decided"], ads["false_positives"], ads["false_positive_ratio"]) == ("15", "0", "")
    assert "2021/1232" in (tmp_path / "README.txt").read_text(encoding="utf-8")


def test_ofcom_pack_has_found_how_handled_and_time_to_action(store: Store, tmp_path: Path) -> None:
    with store.session() as session:
        fx.fill(session)
        write_report(session, PERIOD, tmp_path / "out", "ofcom")
    tmp_path = tmp_path / "out"
    found = {r["category"]: r for r in rows_of(tmp_path / "1_illegal_content_found.csv")}
    assert found["child_sexual_abuse_material"]["detections"] == "32"
    assert found["human_trafficking"]["confirmed"] == "15"
    assert found["grooming"]["awaiting_review"] == "0"  # 4 open: suppressed
    how = {r["detector"]: r for r in rows_of(tmp_path / "2_how_found.csv")}
    assert how["hash_match"]["precision"] == f"{12 / 32:.3f}"
    handled = {r["outcome"]: r["count"] for r in rows_of(tmp_path / "3_how_handled.csv")}
    # Sums of the published cells: 12 + 0 (3) + 15 + 11 confirmed; 20 + 0 (2) + 0 (5) dismissed.
    assert handled["reviewed_and_confirmed"] == "38" and handled["reviewed_and_dismissed"] == "20"
    timing = rows_of(tmp_path / "4_time_to_action.csv")
    decision = next(r for r in timing if r["stage"] == "decision")
    assert decision["reached_stage"] == "68"
    assert decision["median_hours"] == "1.0"
    assert "Schedule 8" in (tmp_path / "README.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("report_format", FORMATS)
def test_only_aggregates_leave(store: Store, tmp_path: Path, report_format: str) -> None:
    with store.session() as session:
        fx.fill(session)
        written = write_report(session, PERIOD, tmp_path / "out", report_format)
    assert written
    for path in (tmp_path / "out").iterdir():
        text = path.read_text(encoding="utf-8")
        for secret in (fx.SECRET_ACCOUNT, fx.SECRET_HASH, fx.SECRET_HASH[:16], fx.SECRET_REVIEWER):
            assert secret not in text, f"{path.name} contains {secret!r}"


def test_cli_writes_each_format_and_explains_bad_input(store: Store, tmp_path: Path) -> None:
    with store.session() as session:
        fx.fill(session)
    runner = CliRunner()
    common = ["--from", "2026-01-01", "--to", "2026-06-30", "--db", store.url]
    result = runner.invoke(app, ["ofcom", *common, "--out", str(tmp_path / "ofcom")])
    assert result.exit_code == 0, result.output
    assert "wrote 5 files" in result.output and "counts 1-10 written as 0" in result.output
    result = runner.invoke(app, ["report", "--format", "eu-csam", *common, "--out", str(tmp_path / "eu")])
    assert result.exit_code == 0 and (tmp_path / "eu" / "summary.csv").exists()

    out = ["--out", str(tmp_path / "o")]
    bad_date = runner.invoke(app, ["dsa", "--from", "2026-13-01", "--to", "2026-06-30", *out])
    assert bad_date.exit_code == 2 and "--from '2026-13-01' is not a date" in bad_date.output
    backwards = runner.invoke(app, ["dsa", "--from", "2026-06-30", "--to", "2026-01-01", *out])
    assert backwards.exit_code == 2 and "before --from" in backwards.output
    a_file = tmp_path / "taken"
    a_file.write_text("x")
    not_dir = runner.invoke(app, ["dsa", *common, "--out", str(a_file)])
    assert not_dir.exit_code == 2 and "exists and is not a folder" in not_dir.output
    unknown = runner.invoke(app, ["report", "--format", "csv", *common, "--out", str(tmp_path / "x")])
    assert unknown.exit_code == 2 and "choose one of dsa, eu-csam, ofcom" in unknown.output
    negative = runner.invoke(app, ["dsa", *common, "--out", str(tmp_path / "n"), "--threshold", "-3"])
    assert negative.exit_code == 2 and "--threshold -3" in negative.output
    for output in (bad_date.output, not_dir.output, unknown.output):
        assert "Traceback" not in output


def test_help_teaches_suppression_and_formats() -> None:
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    for words in ("aggregates only", "--threshold", "2024/2835", "2021/1232", "Schedule 8"):
        assert words in " ".join(result.output.split())
