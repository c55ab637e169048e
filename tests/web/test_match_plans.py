"""PostgreSQL: no match request reads `bank_entries` by a sequential scan or row by row (issue 19).

Every statement a match request sends (captured with a SQLAlchemy event, through the API) is explained on
a bank of 60,000 entries, large enough that the planner prefers an index whenever one fits:
- its plan with the request's values and its generic plan (psycopg prepares a statement after five
  executions, and PostgreSQL may then plan it once for any values) must not `Seq Scan` `bank_entries`;
- run (`EXPLAIN ANALYZE`) right after a bulk import, before autovacuum has looked at the table, it must
  read only a few rows of `bank_entries`, not the whole table through an unselective index.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from psycopg import sql
from service_fixtures import Service, make_service
from sqlalchemy import Connection, event, text

from safeguarding.banks import import_list
from safeguarding.store import open_store

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

# Mostly MD5, as many real hash lists are: on the old schema an MD5 lookup then scanned the table.
COUNTS = {"pdq": 10_000, "md5": 40_000, "sha256": 10_000}
MAX_ROWS_READ = 200  # a match reads its few candidates, never a share of the bank


def bank_csv(path: Path) -> dict[str, str]:
    """A bank CSV of random hashes (COUNTS of each type); returns one stored value of each type."""
    rng = np.random.default_rng(19)
    sizes = {"pdq": 32, "md5": 16, "sha256": 32}
    values = {
        name: [row.tobytes().hex() for row in rng.integers(0, 256, (COUNTS[name], size), np.uint8)]
        for name, size in sizes.items()
    }
    rows = max(COUNTS.values())
    lines = ["pdq,md5,sha256,labels"] + [
        ",".join(values[name][i] if i < COUNTS[name] else "" for name in sizes) + ",bench"
        for i in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n")
    return {name: column[len(column) // 2] for name, column in values.items()}


@pytest.fixture
def bank_service(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Service, dict[str, str]]]:
    monkeypatch.setenv("SAFEGUARDING_INDEX_DIR", str(tmp_path / "index"))
    store = open_store(postgres_url)
    with store.engine.begin() as conn:  # the "just imported" state must not change under the test
        conn.execute(text("ALTER TABLE bank_entries SET (autovacuum_enabled = false)"))
    stored = bank_csv(tmp_path / "bank.csv")
    report = import_list(store, "known", tmp_path / "bank.csv")
    assert report.added == sum(COUNTS.values())
    yield make_service(store), stored
    with store.engine.begin() as conn:
        conn.execute(text("ALTER TABLE bank_entries RESET (autovacuum_enabled)"))
    store.close()


def match_requests(service: Service, stored: dict[str, str]) -> list[tuple[str, dict[str, Any]]]:
    """The SELECTs of match requests: a PDQ near-duplicate, a PDQ miss, an MD5 and a SHA-256 hit."""
    near = f"{int(stored['pdq'], 16) ^ 0b1011:064x}"
    bodies = [
        {"signal_type": "pdq", "value": near},
        {"signal_type": "pdq", "value": "0f" * 32, "banks": ["known"]},
        {"signal_type": "md5", "value": stored["md5"]},
        {"signal_type": "sha256", "value": stored["sha256"]},
    ]
    captured: list[tuple[str, dict[str, Any]]] = []

    def capture(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT") and "bank_entries" in statement:
            captured.append((statement, dict(parameters or {})))

    client = service.client("api_client")
    event.listen(service.store.engine, "before_cursor_execute", capture)
    try:
        for body in bodies:
            response = client.post("/v1/match/hash", json=body)
            assert response.status_code == 200, response.text
            if body["value"] != "0f" * 32:
                assert response.json()["matches"], body
    finally:
        event.remove(service.store.engine, "before_cursor_execute", capture)
    assert captured, "no statement on bank_entries captured"
    return captured


def bank_entries_indexes(conn: Connection) -> set[str]:
    return set(conn.scalars(text("SELECT indexname FROM pg_indexes WHERE tablename = 'bank_entries'")).all())


def plan_nodes(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield node
    for child in node.get("Plans", []):
        yield from plan_nodes(child)


def explain(conn: Connection, statement: str, parameters: dict[str, Any], options: str) -> dict[str, Any]:
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    cursor.execute(f"EXPLAIN ({options}, FORMAT JSON) {statement}", parameters)
    plan: dict[str, Any] = cursor.fetchone()[0][0]["Plan"]
    return plan


def generic_plan(conn: Connection, statement: str, parameters: dict[str, Any]) -> dict[str, Any]:
    """The plan PostgreSQL uses for the prepared statement whatever the values (force_generic_plan)."""
    names: list[str] = []

    def placeholder(found: re.Match[str]) -> str:
        if found.group(1) not in names:
            names.append(found.group(1))
        return f"${names.index(found.group(1)) + 1}"

    prepared = re.sub(r"%\((\w+)\)s", placeholder, statement).replace("%%", "%")
    raw = conn.connection.dbapi_connection
    cursor = raw.cursor()  # type: ignore[union-attr]
    cursor.execute("SET plan_cache_mode = force_generic_plan")
    cursor.execute(f"PREPARE sg_plan_check AS {prepared}")  # type: ignore[arg-type]
    try:
        values = sql.SQL(", ").join(sql.Literal(parameters[name]) for name in names)
        query = sql.SQL("EXPLAIN (FORMAT JSON) EXECUTE sg_plan_check ({})").format(values)
        cursor.execute(query if names else "EXPLAIN (FORMAT JSON) EXECUTE sg_plan_check")
        plan: dict[str, Any] = cursor.fetchone()[0][0]["Plan"]
    finally:
        cursor.execute("DEALLOCATE sg_plan_check")
        cursor.execute("RESET plan_cache_mode")
    return plan


def seq_scans(plan: dict[str, Any]) -> list[str]:
    return [
        node["Node Type"]
        for node in plan_nodes(plan)
        if node["Node Type"] == "Seq Scan" and node.get("Relation Name") == "bank_entries"
    ]


def rows_read(plan: dict[str, Any], indexes: set[str]) -> int:
    """Rows of bank_entries (or entries of its indexes) the executed plan went through."""
    total = 0
    for node in plan_nodes(plan):
        if node.get("Relation Name") == "bank_entries" or node.get("Index Name") in indexes:
            loops = node.get("Actual Loops", 1)
            removed = node.get("Rows Removed by Filter", 0) + node.get("Rows Removed by Index Recheck", 0)
            total += (node.get("Actual Rows", 0) + removed) * loops
    return total


def describe(statement: str, plan: dict[str, Any]) -> str:
    nodes = [
        f"{n['Node Type']} {n.get('Relation Name') or n.get('Index Name') or ''}" for n in plan_nodes(plan)
    ]
    return f"{' '.join(statement.split())[:200]}\n    plan: {' > '.join(nodes)}"


def test_a_match_request_reads_bank_entries_by_index_only_just_after_a_bulk_import(
    bank_service: tuple[Service, dict[str, str]],
) -> None:
    service, stored = bank_service
    statements = match_requests(service, stored)
    problems = []
    with service.store.engine.connect() as conn:
        indexes = bank_entries_indexes(conn)
        for statement, parameters in statements:
            plan = explain(conn, statement, parameters, "ANALYZE")
            read = rows_read(plan, indexes)
            if seq_scans(plan) or read > MAX_ROWS_READ:
                problems.append(f"{read} rows read by {describe(statement, plan)}")
    assert not problems, "\n".join(problems)


def test_no_plan_of_a_match_request_is_a_sequential_scan_of_bank_entries(
    bank_service: tuple[Service, dict[str, str]],
) -> None:
    service, stored = bank_service
    with service.store.engine.begin() as conn:
        conn.execute(text("ANALYZE bank_entries"))
    statements = match_requests(service, stored)
    problems = []
    with service.store.engine.connect() as conn:
        for statement, parameters in statements:
            for kind, plan in (
                ("with the request's values", explain(conn, statement, parameters, "COSTS")),
                ("generic", generic_plan(conn, statement, parameters)),
            ):
                if seq_scans(plan):
                    problems.append(f"{kind}: {describe(statement, plan)}")
    assert not problems, "\n".join(problems)
