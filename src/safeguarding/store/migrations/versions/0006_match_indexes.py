"""Matching indexes: every query on the match path seeks `bank_entries` by an index.

Revision ID: 0006_match_indexes
Revises: 0005_integrity

- `(signal_type, id)`: the PDQ index sync asks for `signal_type = 'pdq' AND id > :after ORDER BY id LIMIT
  :n` on every match. With only an index on `signal_type`, PostgreSQL with stale statistics (right after a
  bulk import) read the whole table through it for every request; on `(signal_type, id)` it is one range
  seek whatever the statistics.
- `(signal_type, value)`: MD5 and SHA-256 matching looks entries up by type and value across all banks;
  the unique `(bank_id, signal_type, value)` cannot serve that without a bank.
- The single-column `ix_bank_entries_signal_type` is dropped: both new indexes start with that column.
"""

from alembic import op

revision = "0006_match_indexes"
down_revision = "0005_integrity"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_bank_entries_type_id", "bank_entries", ["signal_type", "id"])
    op.create_index("ix_bank_entries_type_value", "bank_entries", ["signal_type", "value"])
    op.drop_index("ix_bank_entries_signal_type", table_name="bank_entries")


def downgrade() -> None:
    op.create_index("ix_bank_entries_signal_type", "bank_entries", ["signal_type"])
    op.drop_index("ix_bank_entries_type_value", table_name="bank_entries")
    op.drop_index("ix_bank_entries_type_id", table_name="bank_entries")
