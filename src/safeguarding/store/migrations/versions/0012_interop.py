"""Interoperability (issue 14).

- `bank_options`: per-bank settings the HMA-compatible API exposes (`matching_enabled_ratio`, HMA's
  coin-flip share of lookups in which a bank takes part; 1.0 = always, 0.0 = never).
- `bank_entry_details`: per-entry HMA content fields: `disable_until_ts` (HMA's magic values: 1 enabled,
  0 disabled, else a Unix time until which the entry does not match in lookups), the user metadata
  (`content_id`, `content_uri`, `json`) as JSON text, and the original media URI.

A bank or entry without a row here has the defaults (ratio 1.0, enabled, no metadata).

- `exchanges`: python-threatexchange collaborations, each filling one bank: settings (never
  credentials), checkpoint and fetch status; `exchange_signals`: the signals each upstream record holds,
  so a deletion upstream retracts exactly what no other record still holds.
- `url_entries`: URL-list entries of a bank (exact page, path prefix, whole domain), normalised.
- `vics_media`: a Project VIC Media record's fields beyond its MD5 (SHA1, PhotoDNA, Category, ...).

Revision ID: 0012_interop
Revises: 0011_measurement
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_interop"
down_revision = "0011_measurement"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bank_options",
        sa.Column("bank_id", sa.Integer(), sa.ForeignKey("banks.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("matching_enabled_ratio", sa.Float(), nullable=False, server_default="1.0"),
    )
    op.create_table(
        "bank_entry_details",
        sa.Column(
            "entry_id", sa.Integer(), sa.ForeignKey("bank_entries.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("disable_until_ts", sa.BigInteger(), nullable=False, server_default="1"),
        sa.Column("metadata_json", sa.Text(), nullable=True),
        sa.Column("original_media_uri", sa.Text(), nullable=True),
    )

    _create_exchange_tables()
    _create_url_and_vics_tables()


def _create_exchange_tables() -> None:
    op.create_table(
        "exchanges",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("api", sa.String(32), nullable=False),
        sa.Column("bank_id", sa.Integer(), sa.ForeignKey("banks.id", ondelete="CASCADE"), nullable=False),
        sa.Column("config_json", sa.Text(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("checkpoint_json", sa.Text(), nullable=True),
        sa.Column("checkpoint_ts", sa.BigInteger(), nullable=True),
        sa.Column("running_fetch_start_ts", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_fetch_complete_ts", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_fetch_succeeded", sa.Boolean(), nullable=True),
        sa.Column("up_to_date", sa.Boolean(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.Column("sweep_generation", sa.Integer(), nullable=True),
    )
    op.create_index("ix_exchanges_bank_id", "exchanges", ["bank_id"])
    op.create_table(
        "exchange_signals",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "exchange_id", sa.Integer(), sa.ForeignKey("exchanges.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("record_key", sa.String(64), nullable=False),
        sa.Column("signal_key", sa.String(64), nullable=False),
        sa.Column("signal_type", sa.String(16), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.UniqueConstraint("exchange_id", "record_key", "signal_key", name="uq_exchange_signal"),
    )
    op.create_index("ix_exchange_signals_signal", "exchange_signals", ["exchange_id", "signal_key"])


def _create_url_and_vics_tables() -> None:
    op.create_table(
        "url_entries",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("bank_id", sa.Integer(), sa.ForeignKey("banks.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("url_key", sa.String(64), nullable=False),
        sa.Column("labels", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("retracted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("retract_reason", sa.Text(), nullable=True),
        sa.UniqueConstraint("bank_id", "kind", "url_key", name="uq_url_entry"),
    )
    op.create_index("ix_url_entries_bank_id", "url_entries", ["bank_id"])
    op.create_index("ix_url_entries_kind_key", "url_entries", ["kind", "url_key"])
    op.create_table(
        "vics_media",
        sa.Column(
            "entry_id", sa.Integer(), sa.ForeignKey("bank_entries.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("data", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("vics_media")
    op.drop_table("url_entries")
    op.drop_table("exchange_signals")
    op.drop_table("exchanges")
    op.drop_table("bank_entry_details")
    op.drop_table("bank_options")
