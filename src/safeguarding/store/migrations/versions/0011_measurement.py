"""Measurement (issue 13): the double-review sample, and indexes the metrics read by.

- `double_reviews`: decided cases drawn for a blind second review (reviewer agreement).
- `case_items.score`: the detector's score (from the payload, filled for existing rows), for precision
  per score band.
- Indexes: detections are counted by when they were recorded (`case_items.created_at`, with kind and
  status so PostgreSQL can answer from the index alone); time to action starts from
  `cases.created_at`; escalations are found by action and time; report counts by submission time.

Revision ID: 0011_measurement
Revises: 0010_video
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_measurement"
down_revision = "0010_video"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_case_items_created_kind_status": ("case_items", ["created_at", "kind", "status", "score", "case_id"]),
    "ix_cases_created_priority": ("cases", ["created_at", "priority"]),
    "ix_decisions_action_created": ("decisions", ["action", "created_at"]),
    "ix_decisions_case_action_created": ("decisions", ["case_id", "action", "created_at"]),
    "ix_report_submissions_created": ("report_submissions", ["created_at"]),
}


def upgrade() -> None:
    # The detector's score as a column: precision by score band without parsing every payload.
    with op.batch_alter_table("case_items") as batch:
        batch.add_column(sa.Column("score", sa.Float(), nullable=True))
    items = sa.table("case_items", sa.column("payload", sa.JSON), sa.column("score", sa.Float))
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "UPDATE case_items SET score = (payload->>'score')::float"
            " WHERE json_typeof(payload->'score') = 'number'"
        )
    else:
        op.execute(
            items.update()
            .where(sa.func.json_type(items.c.payload, "$.score").in_(("integer", "real")))
            .values(score=sa.func.json_extract(items.c.payload, "$.score"))
        )
    op.create_table(
        "double_reviews",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "case_id",
            sa.Integer(),
            sa.ForeignKey("cases.id", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        ),
        sa.Column("first_actor", sa.String(100), nullable=False),
        sa.Column("first_action", sa.String(16), nullable=False),
        sa.Column("drawn_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("claimed_by", sa.String(100), nullable=True),
        sa.Column("claimed_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("second_actor", sa.String(100), nullable=True),
        sa.Column("second_action", sa.String(16), nullable=True),
        sa.Column("second_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_double_reviews_pending", "double_reviews", ["second_action", "drawn_at"])
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, (table, _columns) in INDEXES.items():
        op.drop_index(name, table_name=table)
    op.drop_index("ix_double_reviews_pending", table_name="double_reviews")
    op.drop_table("double_reviews")
    with op.batch_alter_table("case_items") as batch:
        batch.drop_column("score")
