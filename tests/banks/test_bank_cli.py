"""The bank and match commands as a person uses them: messages, exit codes, no tracebacks."""

import json
from pathlib import Path

from typer.testing import CliRunner

from safeguarding.cli import app
from safeguarding.media import hash_file
from safeguarding.media.synthetic import generated_image, save

runner = CliRunner()
PDQ_A = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22"


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


def test_bank_lifecycle(db_url: str, tmp_path: Path) -> None:
    image = save(generated_image(5), tmp_path / "known.png")
    hashes = hash_file(image)
    (tmp_path / "list.csv").write_text(f"pdq,md5,label\n{hashes.pdq},{hashes.md5},cat-1\nzz,,\n")
    code, out, err = run("bank", "import", "hotline", str(tmp_path / "list.csv"), "--db", db_url)
    assert code == 1 and "line 3" in err and "1 lines refused" in out and "2 added" in out
    code, out, _ = run("bank", "list", "--db", db_url)
    assert code == 0 and "hotline\t1 md5, 1 pdq\t0 retracted" in out
    code, out, _ = run("match", "--bank", "hotline", "--json", str(image), "--db", db_url)
    [line] = [json.loads(x) for x in out.splitlines()]
    assert code == 0 and {m["signal_type"] for m in line["matches"]} == {"pdq", "md5"}
    assert line["matches"][0]["labels"] == ["cat-1"]
    code, out, _ = run(
        "bank", "retract", "hotline", hashes.pdq or "", "--reason", "false positive", "--db", db_url
    )
    assert code == 0 and "1 entries retracted" in out
    code, out, _ = run("match", "--hash", hashes.pdq or "", "--db", db_url)
    assert code == 0 and "no match" in out
    code, out, _ = run("bank", "show", "hotline", "--db", db_url)
    assert "retracted:   1" in out
    code, out, _ = run("bank", "export", "hotline", "--format", "tx", "--db", db_url)
    assert out.splitlines() == [f"md5 {hashes.md5}"]
    code, out, _ = run("bank", "delete", "hotline", "--yes", "--db", db_url)
    assert code == 0
    code, _, err = run("bank", "show", "hotline", "--db", db_url)
    assert code != 0 and "no bank named 'hotline'" in err


def test_low_quality_and_bad_hash_are_explained(sqlite_url: str, tmp_path: Path) -> None:
    (tmp_path / "l.csv").write_text(f"pdq\n{PDQ_A}\n")
    run("bank", "import", "b", str(tmp_path / "l.csv"), "--db", sqlite_url)
    flat = tmp_path / "flat.png"
    generated_image(1).convert("L").point(lambda _v: 128).save(flat)
    code, out, _ = run("match", str(flat), "--db", sqlite_url)
    assert code == 0 and "under 50, not matched by PDQ" in out
    code, _, err = run("match", "--hash", "xyz", "--db", sqlite_url)
    assert code == 1 and "xyz" in err
    code, _, err = run("match", "--hash", PDQ_A, "--threshold", "300", "--db", sqlite_url)
    assert code == 2 and "between 0 and 256" in err


def test_unknown_bank_and_missing_list(sqlite_url: str, tmp_path: Path) -> None:
    code, _, err = run("bank", "import", "b", str(tmp_path / "absent.csv"), "--db", sqlite_url)
    assert code == 2 and "absent.csv: no such file" in err
    code, _, err = run("match", "--bank", "nope", "--hash", PDQ_A, "--db", sqlite_url)
    assert code == 2 and "no bank named 'nope'" in err


def test_a_deleted_banks_ids_reused_by_sqlite_do_not_hide_new_entries(db_url: str, tmp_path: Path) -> None:
    first, second = (hash_file(save(generated_image(seed), tmp_path / f"{seed}.png")).pdq for seed in (6, 7))
    (tmp_path / "a.csv").write_text(f"pdq\n{first}\n")
    (tmp_path / "b.csv").write_text(f"pdq\n{second}\n")
    assert run("bank", "import", "old", str(tmp_path / "a.csv"), "--db", db_url)[0] == 0
    assert run("match", "--hash", first or "", "--db", db_url)[1].count("old") == 1
    assert run("bank", "delete", "old", "--yes", "--db", db_url)[0] == 0
    assert run("bank", "import", "new", str(tmp_path / "b.csv"), "--db", db_url)[0] == 0  # SQLite: the old id
    code, out, _ = run("match", "--hash", second or "", "--db", db_url)
    assert code == 0 and "new" in out and "no match" not in out
    code, out, _ = run("match", "--hash", first or "", "--db", db_url)
    assert code == 0 and "no match" in out
