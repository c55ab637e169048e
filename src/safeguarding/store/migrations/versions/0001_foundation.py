"""Foundation: banks, bank entries, media items, signals, matches.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = ("foundation",)
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "banks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "bank_entries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("bank_id", sa.Integer, sa.ForeignKey("banks.id", ondelete="CASCADE"), nullable=False),
        sa.Column("signal_type", sa.String(16), nullable=False),
        sa.Column("value", sa.String(64), nullable=False),
        sa.Column("labels", sa.Text, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("imported_at", TS, nullable=False),
        sa.Column("retracted_at", TS, nullable=True),
        sa.Column("retract_reason", sa.Text, nullable=True),
        sa.UniqueConstraint("bank_id", "signal_type", "value", name="uq_bank_entry"),
    )
    op.create_index("ix_bank_entries_bank_id", "bank_entries", ["bank_id"])
    op.create_index("ix_bank_entries_signal_type", "bank_entries", ["signal_type"])
    # The PDQ index takes in retractions by this column; an index keeps that cheap at millions of entries.
    op.create_index("ix_bank_entries_retracted_at", "bank_entries", ["retracted_at"])
    op.create_table(
        "media_items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("md5", sa.String(32), nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("mtime_ns", sa.BigInteger, nullable=False),
        sa.Column("first_seen", TS, nullable=False),
        sa.UniqueConstraint("path", "sha256", name="uq_media_item"),
    )
    op.create_index("ix_media_items_sha256", "media_items", ["sha256"])
    op.create_table(
        "signals",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("media_items.id", ondelete="CASCADE"), nullable=False),
        sa.Column("signal_type", sa.String(16), nullable=False),
        sa.Column("value", sa.String(64), nullable=False),
        sa.Column("quality", sa.Integer, nullable=True),
        sa.UniqueConstraint("item_id", "signal_type", name="uq_signal"),
    )
    op.create_index("ix_signals_item_id", "signals", ["item_id"])
    op.create_table(
        "matches",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("media_items.id", ondelete="CASCADE"), nullable=False),
        sa.Column(
            "entry_id", sa.Integer, sa.ForeignKey("bank_entries.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("distance", sa.Integer, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.UniqueConstraint("item_id", "entry_id", name="uq_match"),
    )
    op.create_index("ix_matches_item_id", "matches", ["item_id"])
    op.create_index("ix_matches_entry_id", "matches", ["entry_id"])


def downgrade() -> None:
    for table in ("matches", "signals", "media_items", "bank_entries", "banks"):
        op.drop_table(table)
