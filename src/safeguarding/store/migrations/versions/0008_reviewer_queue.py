"""Reviewer queue: queue filters and their indexes, exposure accounting, bulk decisions (issue 16).

Revision ID: 0008_reviewer_queue
Revises: 0007_chat_context

- `cases.detector`: the detector behind the case's kind (cases.severity.detector_of), a queue filter;
  filled in for existing cases from their kind.
- Keyset paging of the active queue (open and escalated cases) in queue order (priority, created_at,
  id): partial indexes on that order, alone and after each equality filter (kind, detector, lease
  holder), and one holding every column the counts per filter read. cases.queue always puts
  `status IN ('open', 'escalated')` in its WHERE clause, word for word the indexes' predicate, so both
  PostgreSQL and SQLite may use them.
- Text search over summaries: on PostgreSQL a trigram GIN index (pg_trgm) for `ILIKE '%...%'`, if the
  extension is installed or this user may install it; without it the search still works, by scanning.
- `exposure_events` (safeguarding.exposure) and `bulk_decisions` (cases.bulk).
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_reviewer_queue"
down_revision = "0007_chat_context"
branch_labels = None
depends_on = "0002"  # the cases table (0002 is on the other branch of the history)

ACTIVE = "status IN ('open', 'escalated')"
QUEUE_ORDER = ["priority", "created_at", "id"]
FACET_COLUMNS = ["kind", "priority", "status", "detector", "lease_holder", "lease_expires_at", "created_at"]
FILTERED = {"ix_cases_active_kind": "kind", "ix_cases_active_detector": "detector"}
DETECTORS = {
    "media_match": "hash_match",
    "live_stream": "hash_match",
    "grooming_warning": "chat_scorer",
    "meeting_arranged": "chat_scorer",
    "ad_network": "ads_link",
}


def _partial(name: str, columns: list[str]) -> None:
    op.create_index(name, "cases", columns, postgresql_where=sa.text(ACTIVE), sqlite_where=sa.text(ACTIVE))


def _trigram_index() -> None:
    """The summary search index on PostgreSQL, when pg_trgm is (or can be) installed."""
    bind = op.get_bind()
    schema = bind.scalar(
        sa.text("SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm'")
    )
    if schema is None:
        try:
            with bind.begin_nested():
                bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public"))
            schema = "public"
        except sa.exc.DBAPIError:
            return  # not allowed here: the search scans instead
    bind.execute(
        sa.text(
            "CREATE INDEX ix_cases_active_summary_trgm ON cases "
            f'USING gin (summary "{schema}".gin_trgm_ops) WHERE {ACTIVE}'
        )
    )


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("detector", sa.String(64), nullable=False, server_default=""))
    cases = sa.table("cases", sa.column("kind", sa.String), sa.column("detector", sa.String))
    op.execute(
        cases.update().values(
            detector=sa.case(
                *((cases.c.kind == kind, detector) for kind, detector in DETECTORS.items()), else_="other"
            )
        )
    )
    _partial("ix_cases_active_queue", QUEUE_ORDER)
    for name, column in FILTERED.items():
        _partial(name, [column, *QUEUE_ORDER])
    _partial("ix_cases_active_holder", ["lease_holder", *QUEUE_ORDER])
    # Counts per filter read only these columns: an index-only scan instead of the table.
    _partial("ix_cases_active_facets", FACET_COLUMNS)
    if op.get_bind().dialect.name == "postgresql":
        _trigram_index()

    op.create_table(
        "exposure_events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("reviewer", sa.String(100), nullable=False),
        sa.Column("session_key", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("subject", sa.String(200), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("shown_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index(
        "uq_exposure_once_per_session", "exposure_events", ["session_key", "kind", "subject"], unique=True
    )
    op.create_index("ix_exposure_reviewer_day", "exposure_events", ["reviewer", "day"])
    op.create_index("ix_exposure_day", "exposure_events", ["day"])

    op.create_table(
        "bulk_decisions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("cases", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("undo_until", sa.DateTime(timezone=True), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("undone_by", sa.String(100), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("bulk_decisions")
    op.drop_table("exposure_events")
    op.execute("DROP INDEX IF EXISTS ix_cases_active_summary_trgm")
    for name in ("ix_cases_active_facets", "ix_cases_active_holder", *FILTERED, "ix_cases_active_queue"):
        op.drop_index(name, table_name="cases")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("detector")
