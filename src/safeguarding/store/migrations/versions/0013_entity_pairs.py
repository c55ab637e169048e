"""entity_cases without foreign keys (the two key checks per new pair were 42% of the pairs statement),
and observations indexed by case item (`entities backfill` records the items that have none).

Measured with EXPLAIN ANALYZE on benchmarks/entities.py's store (40,000 new pairs: the key triggers took
2.2 s of 5.2 s). Like `entity_observations`, the table is written only by the recorder, with entity and
case ids it has just resolved in the same transaction; neither cases nor entities are ever deleted.

Revision ID: 0013_entity_pairs
Revises: 0012_interop
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_entity_pairs"
down_revision = "0012_interop"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_entity_observations_item", "entity_observations", ["item_id"])
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint("entity_cases_entity_id_fkey", "entity_cases", type_="foreignkey")
        op.drop_constraint("entity_cases_case_id_fkey", "entity_cases", type_="foreignkey")
        return
    # SQLite names no constraint: copy into a table without them.
    op.create_table(
        "entity_cases_unkeyed",
        sa.Column("entity_id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), primary_key=True),
    )
    op.execute(
        "INSERT INTO entity_cases_unkeyed (entity_id, case_id) SELECT entity_id, case_id FROM entity_cases"
    )
    op.drop_index("ix_entity_cases_case", "entity_cases")
    op.drop_table("entity_cases")
    op.rename_table("entity_cases_unkeyed", "entity_cases")
    op.create_index("ix_entity_cases_case", "entity_cases", ["case_id", "entity_id"])


def downgrade() -> None:
    op.drop_index("ix_entity_observations_item", "entity_observations")
    with op.batch_alter_table("entity_cases", recreate="always") as batch:
        batch.create_foreign_key(
            "entity_cases_entity_id_fkey", "entities", ["entity_id"], ["id"], ondelete="CASCADE"
        )
        batch.create_foreign_key(
            "entity_cases_case_id_fkey", "cases", ["case_id"], ["id"], ondelete="CASCADE"
        )
