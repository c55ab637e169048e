"""scripts/audit_dependencies.py: what a found, an accepted and an expired vulnerability do."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "audit_dependencies.py"


def load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("audit_dependencies", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("audit_dependencies", module)
    spec.loader.exec_module(module)
    return module


audit = load()
REPORT = {
    "dependencies": [
        {
            "name": "jinja2",
            "version": "2.4.1",
            "vulns": [{"id": "PYSEC-2019-217", "fix_versions": ["2.10.1"]}],
        },
        {"name": "alembic", "version": "1.20.1", "vulns": []},
        {"name": "torch", "skip_reason": "Dependency not found on PyPI: torch (2.13.0+cpu)"},
    ]
}


def test_a_found_vulnerability_fails_and_says_how_to_accept_it() -> None:
    status, lines = audit.verdict(REPORT, "pypi", 3, {}, [], Path("audit-accepted.txt"))
    assert status == 1
    assert lines[0] == "pip-audit: jinja2 2.4.1: PYSEC-2019-217 (fixed in 2.10.1)"
    assert "2 of 3 locked packages audited, 1 unknown to the source: 1 known vulnerabilities" in lines[-1]
    assert "'ID until YYYY-MM-DD reason'" in lines[-1]


def test_no_vulnerability_passes_in_one_line() -> None:
    clean = {"dependencies": REPORT["dependencies"][1:]}
    status, lines = audit.verdict(clean, "osv", 2, {"X-1": "why"}, [], Path("a.txt"))
    assert (status, len(lines)) == (0, 1)
    assert lines[0].endswith("1 accepted vulnerabilities ignored: no known vulnerabilities")


def test_a_source_that_knows_no_package_is_said_plainly() -> None:
    status, lines = audit.verdict({"dependencies": REPORT["dependencies"][2:]}, "pypi", 1, {}, [], Path("a"))
    assert status == 0
    assert lines == [
        "pip-audit: not run, pypi answered for none of the 1 locked packages "
        "(Dependency not found on PyPI: torch (2.13.0+cpu))"
    ]


def test_accepted_ids_expire_and_bad_lines_are_named(tmp_path: Path) -> None:
    listed = tmp_path / "audit-accepted.txt"
    listed.write_text(
        "# accepted: not reachable in our use\n"
        "PYSEC-2019-217 until 2027-01-31 jinja2 sandbox escape; we render no user templates\n"
        "GHSA-xxxx until 2026-01-01 expired on purpose\n"
        "CVE-2024-1\n"
    )
    ids, problems = audit.accepted(listed, dt.date(2026, 12, 7))
    assert ids == {"PYSEC-2019-217": "jinja2 sandbox escape; we render no user templates"}
    assert problems == [
        f"{listed}:3: acceptance of GHSA-xxxx expired on 2026-01-01",
        f"{listed}:4: expected 'ID until YYYY-MM-DD reason', got 'CVE-2024-1'",
    ]
    clean = {"dependencies": REPORT["dependencies"][1:2]}
    status, _lines = audit.verdict(clean, "pypi", 1, ids, problems, listed)
    assert status == 1  # an expired acceptance fails the run even with nothing found


def test_the_lock_pins_are_read_with_local_versions(tmp_path: Path) -> None:
    lock = tmp_path / "lock"
    lock.write_text("torch==2.13.0+cpu \\\n    --hash=sha256:00\nzipp==4.1.2 \\\n    --hash=sha256:11\n")
    assert audit.pins(lock) == [("torch", "2.13.0+cpu"), ("zipp", "4.1.2")]
