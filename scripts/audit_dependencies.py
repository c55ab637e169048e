"""pip-audit over the locked requirements, as `make test` runs it.

Exit 0 with one line when no advisory source can be reached from this machine (nothing is audited, and
the line says so), 0 when every known vulnerability is accepted in audit-accepted.txt until a date that
has not passed, 1 otherwise with one line per vulnerability and how to accept it.

Usage: python scripts/audit_dependencies.py [requirements.lock] [--accepted audit-accepted.txt]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s\\;]+)", re.MULTILINE)
ACCEPTED_LINE = re.compile(r"^(?P<id>\S+)\s+until\s+(?P<until>\d{4}-\d{2}-\d{2})\s+(?P<reason>\S.*)$")
TIMEOUT = 10


def pins(lock: Path) -> list[tuple[str, str]]:
    return PIN.findall(lock.read_text(encoding="utf-8"))


def reachable_source(name: str, version: str) -> tuple[str | None, str]:
    """The first pip-audit service that answers for a locked package, or None and why neither did."""
    probes = [
        ("pypi", urllib.request.Request(f"https://pypi.org/pypi/{name}/{version}/json")),
        (
            "osv",
            urllib.request.Request(
                "https://api.osv.dev/v1/query",
                data=json.dumps(
                    {"package": {"name": name, "ecosystem": "PyPI"}, "version": version}
                ).encode(),
                headers={"Content-Type": "application/json"},
            ),
        ),
    ]
    answers = []
    for service, request in probes:
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
                if response.status == 200:
                    return service, ""
                answers.append(f"{service}: HTTP {response.status}")
        except urllib.error.HTTPError as exc:
            answers.append(f"{service}: HTTP {exc.code}")
        except (urllib.error.URLError, OSError) as exc:
            answers.append(f"{service}: {getattr(exc, 'reason', exc)}")
    return None, "; ".join(answers)


def accepted(path: Path, today: dt.date) -> tuple[dict[str, str], list[str]]:
    """Accepted vulnerability ids still in force, and problems with the file (bad or expired lines)."""
    if not path.exists():
        return {}, []
    ids: dict[str, str] = {}
    problems = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        match = ACCEPTED_LINE.match(line)
        if not match:
            problems.append(f"{path}:{number}: expected 'ID until YYYY-MM-DD reason', got {line!r}")
        elif dt.date.fromisoformat(match["until"]) < today:
            problems.append(f"{path}:{number}: acceptance of {match['id']} expired on {match['until']}")
        else:
            ids[match["id"]] = match["reason"]
    return ids, problems


def run_pip_audit(lock: Path, service: str, ignore: list[str]) -> dict[str, object]:
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        command = [sys.executable, "-m", "pip_audit", "-r", str(lock), "--disable-pip", "--require-hashes"]
        command += ["-s", service, "--progress-spinner", "off", "-f", "json", "-o", out.name]
        for vuln_id in ignore:
            command += ["--ignore-vuln", vuln_id]
        # pip-audit exits 1 when it finds something; the JSON says what, so its status is not used.
        finished = subprocess.run(command, capture_output=True, text=True, check=False)
        text = Path(out.name).read_text(encoding="utf-8")
        if not text:
            raise SystemExit(f"pip-audit failed: {finished.stderr.strip()[-500:]}")
        result: dict[str, object] = json.loads(text)
        return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lock", nargs="?", type=Path, default=Path("requirements.lock"))
    parser.add_argument("--accepted", type=Path, default=Path("audit-accepted.txt"))
    args = parser.parse_args(argv)
    locked = pins(args.lock)
    if not locked:
        print(f"pip-audit: {args.lock} pins no packages", file=sys.stderr)
        return 1
    service, why = reachable_source(*locked[0])
    if service is None:
        print(
            f"pip-audit: not run, no advisory source reachable from here ({why}); {len(locked)} locked "
            "packages not audited"
        )
        return 0
    accept, problems = accepted(args.accepted, dt.date.today())
    report = run_pip_audit(args.lock, service, sorted(accept))
    status, lines = verdict(report, service, len(locked), accept, problems, args.accepted)
    for line in lines:
        print(line, file=sys.stderr if status else sys.stdout)
    return status


def verdict(
    report: dict[str, object],
    service: str,
    locked: int,
    accept: dict[str, str],
    problems: list[str],
    accepted_file: Path,
) -> tuple[int, list[str]]:
    """Exit status and lines to print for pip-audit's JSON report."""
    dependencies = report.get("dependencies", [])
    assert isinstance(dependencies, list)
    skipped = [d["name"] for d in dependencies if "skip_reason" in d]
    audited = len(dependencies) - len(skipped)
    if audited == 0:
        first = dependencies[0].get("skip_reason") if dependencies else "no answer"
        return 0, [
            f"pip-audit: not run, {service} answered for none of the {locked} locked packages ({first})"
        ]
    found = [
        f"pip-audit: {d['name']} {d['version']}: {v['id']} "
        f"(fixed in {', '.join(v.get('fix_versions') or []) or 'no release yet'})"
        for d in dependencies
        for v in d.get("vulns", [])
    ]
    summary = f"pip-audit ({service}): {audited} of {locked} locked packages audited"
    summary += f", {len(skipped)} unknown to the source" if skipped else ""
    summary += f", {len(accept)} accepted vulnerabilities ignored" if accept else ""
    if found or problems:
        advice = (
            f"{summary}: {len(found)} known vulnerabilities. Upgrade (make lock LOCK_ARGS='-P NAME') or "
            f"accept one in {accepted_file} as 'ID until YYYY-MM-DD reason'"
        )
        return 1, [f"pip-audit: {p}" for p in problems] + found + [advice]
    return 0, [f"{summary}: no known vulnerabilities"]


if __name__ == "__main__":
    sys.exit(main())
