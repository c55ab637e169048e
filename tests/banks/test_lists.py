"""Bank import, export, retraction and provenance, on SQLite and PostgreSQL."""

import csv
import io
from pathlib import Path

import pytest

from safeguarding.banks import BankError, export_list, import_list, list_banks, retract
from safeguarding.store import Store
from safeguarding.store.models import BankEntry

PDQ_A = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22"
PDQ_B = "6227401f601ff4ccafcc9fad4b0d95d371a2eb7265a3285234d228ca94deeb2d"
MD5_A = "d35c785545392755e7e4164457657269"


def write(path: Path, text: str, *, bom: bool = False, crlf: bool = False) -> Path:
    if crlf:
        text = text.replace("\n", "\r\n")
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def test_csv_with_bom_crlf_upper_case_and_labels(store: Store, tmp_path: Path) -> None:
    path = write(
        tmp_path / "list.csv",
        f"pdq,label,note\n{PDQ_A.upper()},hotline-A1;verified,first\n{PDQ_B},hotline-B,\n",
        bom=True,
        crlf=True,
    )
    report = import_list(store, "hotline", path)
    assert (report.rows, report.added, report.problems) == (2, 2, 0)
    with store.session() as session:
        entries = session.query(BankEntry).order_by(BankEntry.id).all()
        assert [e.value for e in entries] == [PDQ_A, PDQ_B]
        assert entries[0].label_list == ["hotline-A1", "verified"]
        assert entries[0].note == "first"
        assert entries[0].source == "list.csv"
        assert entries[0].imported_at is not None


def test_reimport_adds_only_what_is_new(store: Store, tmp_path: Path) -> None:
    import_list(store, "hotline", write(tmp_path / "a.csv", f"pdq\n{PDQ_A}\n"))
    report = import_list(store, "hotline", write(tmp_path / "b.csv", f"pdq\n{PDQ_A}\n{PDQ_B}\n"))
    assert (report.added, report.already_present) == (1, 1)
    with store.session() as session:
        assert session.query(BankEntry).count() == 2


def test_malformed_lines_are_named_and_the_rest_imported(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "bad.csv", f"md5,label\n{MD5_A},x\nnot-a-hash,y\n\n{'a' * 31},z\n{PDQ_A},w\n")
    problems = []
    report = import_list(store, "b", path, on_problem=problems.append)
    assert report.added == 1
    assert [p.line for p in problems] == [3, 5, 6]
    assert "not-a-hash" in problems[0].message


def test_csv_without_a_hash_column_is_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(BankError, match="no hash column"):
        import_list(store, "b", write(tmp_path / "x.csv", "hash,label\nabc,d\n"))


def test_tx_format_round_trip(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "signals.txt", f"pdq {PDQ_A}\nphoto_md5 {MD5_A}\n# comment\n\n")
    assert import_list(store, "tx", path, "tx").added == 2
    out = io.StringIO()
    assert export_list(store, "tx", out, "tx") == 2
    assert out.getvalue().splitlines() == [f"pdq {PDQ_A}", f"md5 {MD5_A}"]


def test_export_never_writes_a_formula(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "f.csv", f'pdq,label,note\n{PDQ_A},=HYPERLINK("x"),+1\n{PDQ_B},@SUM(A1),-2\n')
    import_list(store, "f", path)
    out = io.StringIO()
    export_list(store, "f", out, "csv")
    for row in csv.DictReader(io.StringIO(out.getvalue())):
        for value in (row["label"], row["note"]):
            assert not value.startswith(("=", "+", "-", "@")), value


def test_csv_export_reimports_to_the_same_entries(store: Store, tmp_path: Path) -> None:
    import_list(store, "one", write(tmp_path / "a.csv", f"pdq,md5,label\n{PDQ_A},{MD5_A},l1;l2\n"))
    out = tmp_path / "out.csv"
    with open(out, "w", newline="") as handle:
        export_list(store, "one", handle, "csv")
    report = import_list(store, "two", out)
    assert (report.added, report.problems) == (2, 0)


def test_retracted_entries_are_kept_and_counted(store: Store, tmp_path: Path) -> None:
    import_list(store, "r", write(tmp_path / "a.csv", f"pdq\n{PDQ_A}\n{PDQ_B}\n"))
    with store.session() as session:
        assert retract(session, "r", [("pdq", PDQ_A.upper())], "false positive") == 1
    with store.session() as session:
        [summary] = list_banks(session)
        assert summary.active == {"pdq": 1} and summary.retracted == 1
        entry = session.query(BankEntry).filter_by(value=PDQ_A).one()
        assert entry.retract_reason == "false positive"
    out = io.StringIO()
    assert export_list(store, "r", out, "tx") == 1
