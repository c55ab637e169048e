"""`safeguarding stats` and GET /v1/stats/{metric}: the same numbers as the metrics module, clear errors."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from safeguarding.accounts import create_token, create_user
from safeguarding.cases import Detection, decide, submit_detection
from safeguarding.cli import app
from safeguarding.config import Config
from safeguarding.store import Store
from safeguarding.web import create_app


def _fill(store: Store) -> None:
    with store.session() as session:
        for n in range(3):
            case = submit_detection(
                session, Detection("grooming_warning", f"conversation:s{n}", payload={"score": 0.8})
            )
            decide(session, case.id, "casey", "confirm" if n else "dismiss", "" if n else "fine")
        submit_detection(session, Detection("ad_network", "network:s1"))


def test_cli_json_and_tables(sqlite_store: Store, sqlite_url: str) -> None:
    _fill(sqlite_store)
    runner = CliRunner()
    result = runner.invoke(
        app, ["stats", "--json", "--only", "funnel", "--only", "reversals", "--db", sqlite_url]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {r["detector"]: r["confirmed"] for r in data["funnel"]} == {"ads_link": 0, "chat_scorer": 2}
    assert data["reversals"]["escalated"] == 0 and data["period"]["by"] == "week"
    table = runner.invoke(app, ["stats", "--by", "day", "--only", "funnel", "--db", sqlite_url])
    assert table.exit_code == 0 and "chat_scorer  3" in table.stdout.replace("   ", "  ")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2026-13-01"], "--from '2026-13-01' is not a date"),
        (["--from", "2026-03-05", "--to", "2026-03-01"], "--to (2026-03-01) is before --from (2026-03-05)"),
        (["--by", "year"], "--by 'year' is not one of: day, week, month"),
        (["--only", "speed"], "--only speed: unknown metric"),
    ],
)
def test_cli_errors_are_one_clear_line(sqlite_url: str, args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, ["stats", *args, "--db", sqlite_url])
    assert result.exit_code == 2
    assert message in " ".join(result.output.split()) and "Traceback" not in result.output


def test_cli_audit_needs_records_for_other_detectors(sqlite_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(app, ["stats", "audit", "--detector", "ads_link", "--db", sqlite_url])
    assert result.exit_code == 2 and "--records is needed" in " ".join(result.output.split())
    records = tmp_path / "unflagged.jsonl"
    records.write_text("".join(json.dumps({"ref": f"ad-{n}"}) + "\n" for n in range(8)))
    drawn = CliRunner().invoke(
        app,
        [
            "stats",
            "audit",
            "--detector",
            "ads_link",
            "--records",
            str(records),
            "--size",
            "3",
            "--db",
            sqlite_url,
        ],
    )
    assert drawn.exit_code == 0 and "drew 3 of 8 unflagged ads_link items" in drawn.stdout


def test_api_metric_roles_and_errors(store: Store) -> None:
    _fill(store)
    tokens = {}
    with store.session() as session:
        for role in ("admin", "analyst", "reviewer"):
            create_user(session, role, role, "correct horse battery")
            _, tokens[role] = create_token(session, role)
    client = TestClient(
        create_app(store, Config(None, {"web": {"secret_key": "test-secret-key-0123456789"}}))
    )

    def get(role: str, path: str) -> tuple[int, dict]:  # type: ignore[type-arg]
        response = client.get(path, headers={"Authorization": f"Bearer {tokens[role]}"})
        return response.status_code, response.json()

    status, body = get("analyst", "/v1/stats/funnel?by=day")
    assert status == 200 and {r["detector"]: r["detected"] for r in body["funnel"]} == {
        "ads_link": 1,
        "chat_scorer": 3,
    }
    assert get("analyst", "/v1/stats/exposure")[0] == 403
    assert get("admin", "/v1/stats/exposure")[0] == 200
    status, body = get("analyst", "/v1/stats/all")
    assert status == 200 and "exposure" not in body and "precision" in body
    assert "exposure" in get("admin", "/v1/stats/all")[1]
    assert get("reviewer", "/v1/stats/funnel")[0] == 403
    status, body = get("admin", "/v1/stats/funnel?from=2026-02-30")
    assert status == 422 and "is not a date" in body["detail"]
    assert get("admin", "/v1/stats/speed")[0] == 404
    # the case counts at /v1/stats are unchanged
    assert set(get("analyst", "/v1/stats")[1]) == {"by_status", "by_kind"}
