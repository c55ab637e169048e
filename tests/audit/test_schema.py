"""The reporting migration (0003) creates exactly what the audit, reports and evidence models declare."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import MetaData

import safeguarding.audit.models
import safeguarding.evidence.models
import safeguarding.reports.models  # noqa: F401  (registers the tables)
from safeguarding.store import Base, Store

OWN_TABLES = {
    "audit_events",
    "audit_tree_heads",
    "audit_log_state",
    "report_submissions",
    "report_files",
    "report_responses",
    "evidence_files",
    "evidence_holds",
}


def _table_of(change: Any) -> str | None:
    if isinstance(change, list):  # column modifications: (op, schema, table, column, ...)
        return str(change[0][2])
    subject = change[1]
    if hasattr(subject, "table"):  # indexes and constraints
        return str(subject.table.name)
    if hasattr(subject, "name") and change[0] in {"add_table", "remove_table"}:
        return str(subject.name)
    return str(change[2])  # add_column / remove_column: (op, schema, table, column)


def test_models_and_migration_agree(store: Store) -> None:
    mine = MetaData()
    for name in OWN_TABLES:
        Base.metadata.tables[name].to_metadata(mine)
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), mine)
    ours = [change for change in diff if _table_of(change) in OWN_TABLES]
    assert ours == []
