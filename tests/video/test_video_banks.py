"""Video entries in banks: Meta's per-video file and python-threatexchange's tx lines, in and out."""

import json
from pathlib import Path

from sqlalchemy import text
from typer.testing import CliRunner

from safeguarding.banks import export_list, import_list
from safeguarding.banks.videos import entry_frames
from safeguarding.cli import app
from safeguarding.store import Store
from tests.conftest import TESTDATA

VPDQ_DIR = TESTDATA / "vpdq"
runner = CliRunner()


def _entries(store: Store) -> list[tuple[int, str, str, str]]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, value, labels, note FROM bank_entries WHERE signal_type = 'vpdq' ORDER BY id")
        )
        return [(int(i), v, labels, note) for i, v, labels, note in rows]


def test_meta_file_in_and_out_through_the_cli(sqlite_url: str, tmp_path: Path) -> None:
    source = VPDQ_DIR / "doorknob-hd-no-bar.txt"
    bad = tmp_path / "with-bad-lines.txt"
    bad.write_text(source.read_text() + "121,100,not-a-hash,4.033\n")
    db = ["--db", sqlite_url]
    result = runner.invoke(app, ["bank", "import", "v", str(bad), "--format", "vpdq", "--label", "a; b", *db])
    assert result.exit_code == 1 and "line 121" in result.stderr and "1 added" in result.stdout
    again = runner.invoke(app, ["bank", "import", "v", str(bad), "--format", "vpdq", *db])
    assert "0 added, 1 already present" in again.stdout
    out = tmp_path / "out"
    result = runner.invoke(app, ["bank", "export", "v", "--format", "vpdq", "--out", str(out), *db])
    assert result.exit_code == 0 and [p.name for p in out.iterdir()] == ["entry-1.txt"]
    assert (out / "entry-1.txt").read_text() == source.read_text()
    result = runner.invoke(app, ["bank", "export", "v", "--format", "vpdq", *db])
    assert result.exit_code == 2 and "--out" in result.stderr
    result = runner.invoke(app, ["bank", "show", "v", *db])
    assert "vpdq:        1 active" in result.stdout


def test_tx_lines_round_trip(store: Store, tmp_path: Path) -> None:
    for name in ("pattern-sd-grey-bar", "test-padded-dimensions"):
        import_list(store, "meta", VPDQ_DIR / f"{name}.txt", "vpdq", labels="reference")
    tx = tmp_path / "signals.txt"
    with open(tx, "w") as handle:
        assert export_list(store, "meta", handle, "tx") == 2
    lines = tx.read_text().splitlines()
    assert all(line.startswith("vpdq [") for line in lines)
    first = json.loads(lines[0].split(" ", 1)[1])
    assert first[0] == "b2dc981be36c994787bc16811edcda81d20b855627b6bff86e8ba1050b44ff86,100,0.000"
    # python-threatexchange writes timestamps with 3 significant digits (1.23e+02): read as numbers
    lines.append('vpdq ["' + "f" * 64 + ',90,1.23e+02"]')
    lines.append("vpdq [1, 2]")
    tx.write_text("\n".join(lines) + "\n")
    problems: list[object] = []
    report = import_list(store, "copy", tx, "tx", on_problem=problems.append)
    assert report.added == 3 and report.problems == 1 and "line 4" in str(problems[0])
    copied = _entries(store)[2:]
    assert [v for _, v, _, _ in copied[:2]] == [v for _, v, _, _ in _entries(store)[:2]]
    assert entry_frames(store, copied[2][0])[0].timestamp == 123.0
