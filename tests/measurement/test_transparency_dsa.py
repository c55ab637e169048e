"""The DSA report's files against the Commission's own Annex I templates (data/dsa_annex_i, with source)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from safeguarding.measurement.period import Period
from safeguarding.measurement.transparency import TransparencyError, write_report
from safeguarding.measurement.transparency.dsa import PARTS, TEMPLATE_PREFIX
from safeguarding.store import Store
from tests.measurement import transparency_fixtures as fx

OFFICIAL = Path(__file__).parent / "data" / "dsa_annex_i"
PERIOD = Period.parse("2026-01-01", "2026-06-30")
#: Columns that name a row (the rest are values): they must be the template's, word for word.
IDENTIFYING = {
    "Applicability",
    "Category label",
    "Category description",
    "Category of illegal content",
    "Category of illegal content / incompatible with the terms and conditions",
    "Category of incompatibility with the provider's terms and conditions",
    "Section",
    "Indicator",
    "Scope",
}


def read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


@pytest.fixture
def dsa_dir(store: Store, tmp_path: Path) -> Path:
    with store.session() as session:
        fx.fill(session)
        write_report(
            session,
            PERIOD,
            tmp_path / "dsa",
            "dsa",
            provider="Example Provider Ltd",
            service="Example Chat",
            published=date(2026, 7, 15),
        )
    return tmp_path / "dsa"


def part(directory: Path, name: str) -> list[list[str]]:
    return read(directory / f"{TEMPLATE_PREFIX}{name}.csv")


def test_every_official_file_is_written_with_the_official_headers_and_rows(dsa_dir: Path) -> None:
    official_files = sorted(p.name for p in OFFICIAL.glob("*.csv"))
    assert len(official_files) == 11 == len(PARTS)
    assert sorted(p.name for p in dsa_dir.glob("*.csv")) == official_files
    for name in official_files:
        ours, theirs = read(dsa_dir / name), read(OFFICIAL / name)
        assert ours[0] == theirs[0], f"{name}: header differs from the official template"
        assert len(ours) == len(theirs), f"{name}: {len(ours)} rows, the template has {len(theirs)}"
        for column, header in enumerate(theirs[0]):
            if header in IDENTIFYING:
                assert [r[column] for r in ours] == [r[column] for r in theirs], f"{name}: {header!r}"
    # The category list is copied unchanged, byte for byte.
    categories = f"{TEMPLATE_PREFIX}Part_2_categories_names.csv"
    assert (dsa_dir / categories).read_bytes() == (OFFICIAL / categories).read_bytes()


def test_the_category_keywords_we_fill_are_official() -> None:
    from safeguarding.measurement.transparency.dsa import DSA_CATEGORY

    keywords = {row[2] for row in read(OFFICIAL / f"{TEMPLATE_PREFIX}Part_2_categories_names.csv")[1:]}
    for parent, keyword, _ in DSA_CATEGORY.values():
        assert parent in keywords and keyword in keywords
    for needed in (
        "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL",
        "KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS",
        "KEYWORD_HUMAN_TRAFFICKING",
    ):
        assert needed in {keyword for _, keyword, _ in DSA_CATEGORY.values()}


def _part5(directory: Path) -> dict[tuple[str, str], list[str]]:
    header, *rows = part(directory, "Part_5_own_initiative_illegal")
    measures = header.index("Number of measures taken at the provider's own initiative ")
    result, parent = {}, ""
    for row in rows:
        code = row[header.index("Category of illegal content")]
        if code.startswith("STATEMENT_CATEGORY_"):
            parent = code
        result[(parent if not code.startswith("STATEMENT") and code != "TOTAL" else "", code)] = [
            row[measures],
            row[measures + 1],
            row[header.index('Description of the sub-category "Other"')],
        ]
    return result


def test_own_initiative_measures_by_category_with_small_counts_suppressed(dsa_dir: Path) -> None:
    rows = _part5(dsa_dir)
    minors = "STATEMENT_CATEGORY_PROTECTION_OF_MINORS"
    assert rows[(minors, "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL")][:2] == ["12", "0"]
    assert rows[(minors, "KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS")][0] == "0"  # 3 confirmed: suppressed
    assert rows[(minors, "KEYWORD_OTHER")] == ["11", "0", "Sextortion of minors"]
    assert rows[("STATEMENT_CATEGORY_VIOLENCE", "KEYWORD_HUMAN_TRAFFICKING")][0] == "15"
    # Totals are sums of the published figures, so the suppressed 3 cannot be recovered.
    assert rows[("", minors)][0] == "23"
    assert rows[("", "TOTAL")][0] == "38"
    assert rows[("", "STATEMENT_CATEGORY_ANIMAL_WELFARE")][0] == ""  # not ours to fill


def test_summary_automated_means_and_identification(dsa_dir: Path) -> None:
    summary = {row[2]: row[3] for row in part(dsa_dir, "Part_1_summary")[1:]}
    assert summary["Name of the service provider"] == "Example Provider Ltd"
    assert summary["Starting date of reporting period"] == "2026-01-01"
    assert summary["Ending date of reporting period"] == "2026-06-30"
    assert summary["Date of the publication of the report"] == "2026-07-15"
    rows = part(dsa_dir, "Part_8_automated_means")[1:]
    values = {(r[4].strip(), r[5].strip()): r[6] for r in rows}
    assert values[("Number of measures solely taken by automated means", "Total number")] == "0"
    assert values[("Number of measures not taken by automated means", "Total number")] == "38"
    # Precision from reviewers: 41 confirmed of 68 decided.
    assert values[("Accuracy of the automated means - Precision", "Total number")] == f"{41 / 68:.3f}"
    assert all(r[1] == "Example Chat" and r[2] == "2026-01-01/2026-06-30" for r in rows)
    assert not any("YYYY" in cell for r in rows for cell in r)


def test_threshold_is_configurable_and_zero_turns_it_off(store: Store, tmp_path: Path) -> None:
    with store.session() as session:
        fx.fill(session)
        write_report(session, PERIOD, tmp_path / "t2", "dsa", threshold=2)
        write_report(session, PERIOD, tmp_path / "t0", "dsa", threshold=0)
        with pytest.raises(TransparencyError, match="--threshold"):
            write_report(session, PERIOD, tmp_path / "bad", "dsa", threshold=-1)
    minors = "STATEMENT_CATEGORY_PROTECTION_OF_MINORS"
    assert _part5(tmp_path / "t2")[(minors, "KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS")][0] == "3"
    assert _part5(tmp_path / "t0")[("", "TOTAL")][0] == "41"
