"""Entities and observations across detectors (issue 12).

Revision ID: 0009_entities
Revises: 0008_reviewer_queue
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_entities"
down_revision = "0008_reviewer_queue"
branch_labels = None
depends_on = None

_NOW = sa.func.now()


def upgrade() -> None:
    op.create_table(
        "entities",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("value", sa.String(300), nullable=False),
        sa.Column("case_count", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("details", sa.JSON(), nullable=False, server_default="{}"),
        sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False, server_default=_NOW),
        sa.UniqueConstraint("kind", "value", name="uq_entity"),
    )
    if op.get_bind().dialect.name == "postgresql":
        # Room on each page, so raising case_count is a HOT update (no index entry is rewritten).
        op.execute("ALTER TABLE entities SET (fillfactor = 70)")
    op.create_table(
        "entity_observations",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True),
        # No foreign keys: an append-only log written by the recorder alone (see entities.models).
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("detector", sa.String(32), nullable=False),
        sa.Column("observed_at", sa.DateTime(timezone=True), nullable=False, server_default=_NOW),
        sa.Column("evidence", sa.Text(), nullable=False, server_default=""),
    )
    op.create_index("ix_entity_observations_entity", "entity_observations", ["entity_id"])
    op.create_table(
        "entity_cases",
        sa.Column(
            "entity_id", sa.Integer(), sa.ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_entity_cases_case", "entity_cases", ["case_id", "entity_id"])
    op.create_table(
        "entity_partner_marks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "entity_id", sa.Integer(), sa.ForeignKey("entities.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("partner", sa.String(100), nullable=False),
        sa.Column("category", sa.String(64), nullable=False, server_default=""),
        sa.Column("seen_at", sa.String(64), nullable=False, server_default=""),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False, server_default=_NOW),
        sa.UniqueConstraint("entity_id", "partner", name="uq_entity_partner_mark"),
    )
    op.create_index("ix_entity_partner_marks_entity_id", "entity_partner_marks", ["entity_id"])


def downgrade() -> None:
    op.drop_table("entity_partner_marks")
    op.drop_table("entity_cases")
    op.drop_table("entity_observations")
    op.drop_table("entities")
