"""Measurement speed (issue 13): dashboard snapshots.

`measurement_snapshots`: the dashboard's figures as JSON, one row per period (key), and when they were
computed; a background refresher and `safeguarding stats refresh` rewrite them, the page reads them
(docs/MEASUREMENT.md, Speed). No index here: the covering index tried for distinct counts
(case_items case_id, created_at, kind) made its scan index-only but not the metric measurably faster.

Revision ID: 0015_measurement_speed
Revises: 0013_entity_pairs
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_measurement_speed"
down_revision = "0013_entity_pairs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "measurement_snapshots",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(100), nullable=False, unique=True),
        sa.Column("figures", sa.Text(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("measurement_snapshots")
