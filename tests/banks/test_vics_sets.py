"""Project VIC VICS 2.0: streaming import of #Media and #Cases files, category tables, bad input, export,
round trip and the export checked against the published CSDL (data/vics/ProjectVicDataModel.2.0.xml)."""

from __future__ import annotations

import io
import json
import tracemalloc
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from safeguarding.banks.lists import ListProblem
from safeguarding.cli import app
from safeguarding.store import Store
from safeguarding.store.models import Bank, BankEntry
from safeguarding.vics import (
    MEDIA_PROPERTIES,
    VicsError,
    VicsReader,
    export_vics,
    import_vics,
    media_problems,
)

DATA = Path(__file__).parent / "data" / "vics"
EDM = {"edm": "http://docs.oasis-open.org/odata/ns/edm", "edmx": "http://docs.oasis-open.org/odata/ns/edmx"}
runner = CliRunner()


def csdl_entity(name: str) -> tuple[dict[str, tuple[str, bool]], set[str]]:
    """(properties name -> (type, nullable), navigation property names) of an EntityType in the CSDL."""
    root = ET.parse(DATA / "ProjectVicDataModel.2.0.xml").getroot()
    [entity] = [e for e in root.iter(f"{{{EDM['edm']}}}EntityType") if e.get("Name") == name]
    props = {
        p.get("Name", ""): (p.get("Type", ""), p.get("Nullable", "true") != "false")
        for p in entity.findall("edm:Property", EDM)
    }
    navigation = {p.get("Name", "") for p in entity.findall("edm:NavigationProperty", EDM)}
    return props, navigation


def bank_entries(store: Store, bank: str) -> dict[tuple[str, str], str]:
    with store.session() as session:
        rows = session.execute(
            select(BankEntry.signal_type, BankEntry.value, BankEntry.labels)
            .join(Bank, Bank.id == BankEntry.bank_id)
            .where(Bank.name == bank, BankEntry.retracted_at.is_(None))
        ).all()
    return {(kind, value): labels for kind, value, labels in rows}


def source_records(name: str) -> list[dict]:
    doc = json.loads((DATA / name).read_text("utf-8-sig"))
    if "Cases" in doc["@odata.context"]:
        return [m for case in doc["value"] for m in case["Media"]]
    return doc["value"]


def test_our_media_type_is_the_published_csdl() -> None:
    props, navigation = csdl_entity("Media")
    assert props == MEDIA_PROPERTIES
    assert {"AlternativeHashes", "Segments", "MediaFiles"} <= navigation


def test_import_media_file_us_categories(store: Store) -> None:
    problems: list[ListProblem] = []
    report = import_vics(store, "VIC", DATA / "media_us.json", on_problem=problems.append)
    assert report.kind == "Media" and report.scheme == "US" and report.rows == 8 and problems == []
    assert report.not_matched == 2 and report.unmapped == 1 and report.added == 9
    entries = bank_entries(store, "VIC")
    records = source_records("media_us.json")
    first = records[0]
    assert entries[("md5", first["MD5"].lower())] == "vics-us-1"
    assert entries[("pdq", first["AlternativeHashes"][0]["HashValue"])] == "vics-us-1"
    assert ("md5", records[3]["MD5"].lower()) not in entries  # category 0, non-pertinent: never matched
    assert entries[("md5", records[7]["MD5"].lower())] == "vics-category-9"
    assert entries[("md5", records[6]["MD5"].lower())] == ""  # no category given
    assert not any(kind == "sha1" or len(value) > 64 for kind, value in entries)  # SHA1, PhotoDNA kept opaque
    again = import_vics(store, "VIC", DATA / "media_us.json")
    assert again.added == 0


def test_import_cases_file_uk(store: Store) -> None:
    report = import_vics(store, "CASES", DATA / "cases_uk.json")
    assert report.kind == "Cases" and report.scheme == "UK" and report.rows == 3 and report.added == 5
    labels = set(bank_entries(store, "CASES").values())
    assert labels == {"vics-uk-a", "vics-uk-b", "vics-uk-c"}


def test_bad_records_are_named_and_the_rest_imported(sqlite_store: Store, tmp_path: Path) -> None:
    good = source_records("media_us.json")[0]
    doc = {
        "@odata.context": "x/2.0.xml/US/$metadata#Media",
        "value": [
            {**good, "Category": "one"},
            {**good, "MD5": "nothex"},
            "not an object",
            {**good, "MediaID": 2**40},
            {**good, "AlternativeHashes": [{"HashName": "PDQ", "HashValue": "short"}]},
            {**good, "IsDistributed": "yes"},
            good,
        ],
    }
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc))
    problems: list[ListProblem] = []
    report = import_vics(sqlite_store, "B", path, on_problem=problems.append)
    assert [p.line for p in problems] == [1, 2, 3, 4, 5, 6] and report.added == 2
    text = " | ".join(p.message for p in problems)
    for expected in (
        "Category must be an integer",
        "MD5",
        "JSON object",
        "out of range",
        "PDQ",
        "true or false",
    ):
        assert expected in text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"value": [{"MD5": "' + "a" * 32 + '"},, ]}', "broken JSON at character"),
        ('{"value": [{"MD5": "' + "a" * 32 + '"}', "expected ',' or ']'"),
        ("[]", "a JSON object with a 'value' list"),
        ('{"@odata.context": "x#Alerts", "value": []}', "neither #Media nor #Cases"),
        ('{"something": 1}', "no 'value' list"),
    ],
)
def test_broken_files_name_the_file_and_place(
    sqlite_store: Store, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "broken.json"
    path.write_text(content)
    with pytest.raises(VicsError, match=message) as raised:
        import_vics(sqlite_store, "B", path)
    assert str(path) in str(raised.value)


def test_first_record_kept_when_the_file_breaks_later(sqlite_store: Store, tmp_path: Path) -> None:
    good = source_records("media_us.json")[0]
    path = tmp_path / "cut.json"
    path.write_text('{"value": [' + json.dumps(good) + ', {"MD5": "ab')
    with pytest.raises(VicsError, match=r"cut\.json"):
        import_vics(sqlite_store, "B", path)
    assert ("md5", good["MD5"].lower()) in bank_entries(sqlite_store, "B")


def test_round_trip_and_export_is_valid_by_the_csdl(store: Store) -> None:
    import_vics(store, "VIC", DATA / "media_us.json")
    out = io.StringIO()
    written = export_vics(store, "VIC", out)
    exported = json.loads(out.getvalue())
    assert exported["@odata.context"].endswith("/2.0.xml/CUSTOM/$metadata#Media") and written == 6
    props, navigation = csdl_entity("Media")
    alt_props, _ = csdl_entity("AlternativeHash")
    for record in exported["value"]:
        assert media_problems(record, require_all=True) == []
        assert set(record) <= set(props) | navigation
        assert all(not nullable or name in record for name, (_, nullable) in props.items() if not nullable)
        for item in record.get("AlternativeHashes", []):
            assert set(item) <= set(alt_props) and item["MD5"] == record["MD5"]
    originals = {r["MD5"]: r for r in source_records("media_us.json")}
    for record in exported["value"]:
        original = originals[record["MD5"]]
        assert {k: v for k, v in record.items() if k != "AlternativeHashes"} == {
            k: v for k, v in original.items() if k != "AlternativeHashes"
        }
        assert [a["HashValue"] for a in record["AlternativeHashes"]] == [
            a["HashValue"] for a in original["AlternativeHashes"]
        ]
    back = Path(store.index_dir).parent / "exported.json"
    back.write_text(out.getvalue())
    import_vics(store, "VIC2", back, scheme="US")
    assert bank_entries(store, "VIC2") == bank_entries(store, "VIC")


def test_entries_from_elsewhere_export_with_required_fields(sqlite_store: Store, tmp_path: Path) -> None:
    (tmp_path / "l.csv").write_text(f"md5,label\n{'ab' * 16},vics-us-2\n{'cd' * 16},other\n")
    runner.invoke(app, ["bank", "import", "B", str(tmp_path / "l.csv"), "--db", sqlite_store.url])
    out = io.StringIO()
    export_vics(sqlite_store, "B", out)
    records = json.loads(out.getvalue())["value"]
    assert [(r["MD5"], r["Category"], r["IsPrecategorized"]) for r in records] == [
        ("AB" * 16, 2, True),
        ("CD" * 16, None, False),
    ]
    assert all(media_problems(r, require_all=True) == [] for r in records)


@pytest.mark.slow
def test_reader_memory_is_bounded(tmp_path: Path) -> None:
    good = json.dumps(source_records("media_us.json")[0])
    path = tmp_path / "big.json"
    with open(path, "w") as handle:
        handle.write('{"@odata.context": "x/2.0.xml/US/$metadata#Media", "value": [')
        handle.write(",\n".join([good] * 40_000))  # ~40 MB
        handle.write("]}")
    tracemalloc.start()
    with open(path) as handle:
        count = sum(1 for _ in VicsReader(handle, "big.json").records())
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 40_000 and path.stat().st_size > 30_000_000
    assert peak < 12_000_000, f"peak {peak / 1e6:.1f} MB for a {path.stat().st_size / 1e6:.0f} MB file"


def test_bank_cli_vics(sqlite_url: str, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["bank", "import", "VIC", str(DATA / "media_us.json"), "--format", "vics", "--db", sqlite_url]
    )
    assert result.exit_code == 0, result.output
    assert (
        "VIC: 8 VICS Media records (US categories): 9 entries added, 2 of unmatched categories left out"
        in result.stdout
    )
    out = tmp_path / "set.json"
    result = runner.invoke(
        app, ["bank", "export", "VIC", "--format", "vics", "--out", str(out), "--db", sqlite_url]
    )
    assert result.exit_code == 0 and "wrote 6 entries" in result.stderr
    assert len(json.loads(out.read_text())["value"]) == 6
    (tmp_path / "bad.json").write_text('{"value": [1,')
    result = runner.invoke(
        app, ["bank", "import", "VIC", str(tmp_path / "bad.json"), "--format", "vics", "--db", sqlite_url]
    )
    assert result.exit_code == 1 and "bad.json" in result.stderr and "Traceback" not in result.output
