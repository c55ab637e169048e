"""Integrity: automatic tree heads and the PostgreSQL commit order of bank entries.

Revision ID: 0005_integrity
Revises: 0003

- `audit_tree_heads.frontier`: the right edge of the Merkle tree at that size (one hash per perfect
  subtree), so the next head is computed from the events since this one, not the whole log.
- `audit_log_state.last_head_size` / `last_head_ms`: the newest signed head, read by every writer with
  the sequence number (no extra query) to decide when to sign the next head.
- `bank_entries.commit_xid`: on PostgreSQL the id (xid8) of the transaction that inserted the row
  (`DEFAULT pg_current_xact_id()`), so the PDQ index sync can read entries in commit order rather than
  id order. Unused on SQLite, where one writer at a time commits ids in order.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_integrity"
down_revision = "0003"
branch_labels = None
depends_on = "0001"


def upgrade() -> None:
    with op.batch_alter_table("audit_tree_heads") as heads:
        heads.add_column(sa.Column("frontier", sa.LargeBinary, nullable=True))
    with op.batch_alter_table("audit_log_state") as state:
        state.add_column(sa.Column("last_head_size", sa.BigInteger, nullable=True))
        state.add_column(sa.Column("last_head_ms", sa.BigInteger, nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        # Existing rows keep NULL (the first sync after the upgrade reads every row once); new rows get
        # the inserting transaction's id.
        op.execute("ALTER TABLE bank_entries ADD COLUMN commit_xid xid8")
        op.execute("ALTER TABLE bank_entries ALTER COLUMN commit_xid SET DEFAULT pg_current_xact_id()")
        op.execute("CREATE INDEX ix_bank_entries_commit_xid ON bank_entries (commit_xid)")
    else:
        with op.batch_alter_table("bank_entries") as entries:
            entries.add_column(sa.Column("commit_xid", sa.BigInteger, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("bank_entries") as entries:
        entries.drop_column("commit_xid")
    with op.batch_alter_table("audit_log_state") as state:
        state.drop_column("last_head_ms")
        state.drop_column("last_head_size")
    with op.batch_alter_table("audit_tree_heads") as heads:
        heads.drop_column("frontier")
