"""`safeguarding exchanges ...` as a person uses it: messages, progress, exit codes, no tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from safeguarding.cli import app

runner = CliRunner()


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=stdin)
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


def test_add_fetch_status(sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAFEGUARDING_EXCHANGE_CREDENTIALS_DIR", str(tmp_path / "creds"))
    monkeypatch.setenv("SAFEGUARDING_INDEX_DIR", str(tmp_path / "index"))
    code, out, _ = run("exchanges", "add", "samp", "--api", "sample", "--bank", "SAMPLE", "--db", sqlite_url)
    assert code == 0 and "added exchange 'samp': sample into bank 'SAMPLE'" in out
    code, out, err = run("exchanges", "fetch", "--db", sqlite_url)
    assert code == 0 and "samp: 1 batches" in out and "(complete)" in out and "batch 1" in err
    code, out, _ = run("exchanges", "fetch", "samp", "--db", sqlite_url)
    assert code == 0 and "0 entries added" in out
    code, out, _ = run("exchanges", "status", "--json", "--db", sqlite_url)
    status = json.loads(out)
    assert status["last_fetch_succeeded"] is True and status["up_to_date"] is True
    code, _, err = run(
        "exchanges", "add", "x", "--api", "ncmec", "--bank", "B", "--config", "{bad", "--db", sqlite_url
    )
    assert code == 2 and "--config is not JSON" in err
    code, _, err = run("exchanges", "fetch", "nothere", "--db", sqlite_url)
    assert code == 1 and "no exchange named 'nothere'" in err
    code, out, _ = run("exchanges", "credentials", "ncmec", stdin="user:pass\n")
    assert code == 0 and "mode 0600" in out
    code, out, _ = run("exchanges", "disable", "samp", "--db", sqlite_url)
    code, out, _ = run("exchanges", "fetch", "--db", sqlite_url)
    assert code == 0 and "no enabled exchanges" in out
    code, out, _ = run("exchanges", "delete", "samp", "--retract", "--db", sqlite_url)
    assert code == 0 and "retracted its entries" in out
    code, out, _ = run("bank", "show", "SAMPLE", "--db", sqlite_url)
    assert "retracted:   19" in out
    code, out, _ = run("exchanges", "apis")
    assert "ncmec\tsettings: environment:enum" in out and "credentials found" in out
