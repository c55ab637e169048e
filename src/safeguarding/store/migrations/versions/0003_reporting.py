"""Reporting: tamper-evident audit log, NCMEC submissions, preserved evidence and holds.

Revision ID: 0003
Revises: 0001

`case_id` columns are indexed integers, not foreign keys to `cases.id`: cases live in the parallel
branch 0002, and preserved evidence must never disappear through a cascade.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0001"
branch_labels = ("reporting",)
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "audit_events",
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("entry", sa.LargeBinary, nullable=False),
        sa.Column("leaf_hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_audit_events_actor", "audit_events", ["actor"])
    op.create_index("ix_audit_events_action", "audit_events", ["action"])
    op.create_index("ix_audit_events_subject", "audit_events", ["subject"])
    op.create_table(
        "audit_tree_heads",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("tree_size", sa.BigInteger, nullable=False, unique=True),
        sa.Column("root_hash", sa.String(64), nullable=False),
        sa.Column("timestamp_ms", sa.BigInteger, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("key_id", sa.String(64), nullable=False),
        sa.Column("signature", sa.String(128), nullable=False),
    )
    state = op.create_table(
        "audit_log_state",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("next_seq", sa.BigInteger, nullable=False),
    )
    op.bulk_insert(state, [{"id": 1, "next_seq": 0}])

    op.create_table(
        "report_submissions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, nullable=False),
        sa.Column("endpoint", sa.Text, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("report_xml", sa.Text, nullable=False),
        sa.Column("ncmec_report_id", sa.String(64), nullable=True),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_error", sa.Text, nullable=True),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("finished_at", TS, nullable=True),
    )
    op.create_index("ix_report_submissions_case_id", "report_submissions", ["case_id"])
    op.create_index("ix_report_submissions_state", "report_submissions", ["state"])
    op.create_table(
        "report_files",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "submission_id",
            sa.Integer,
            sa.ForeignKey("report_submissions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("evidence_file_id", sa.Integer, nullable=False),
        sa.Column("file_name", sa.Text, nullable=False),
        sa.Column("md5", sa.String(32), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("ncmec_file_id", sa.String(64), nullable=True),
        sa.Column("server_md5", sa.String(32), nullable=True),
        sa.Column("file_details_xml", sa.Text, nullable=True),
        sa.Column("uploaded_at", TS, nullable=True),
        sa.Column("described_at", TS, nullable=True),
    )
    op.create_index("ix_report_files_submission_id", "report_files", ["submission_id"])
    op.create_index("ix_report_files_evidence_file_id", "report_files", ["evidence_file_id"])
    op.create_table(
        "report_responses",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "submission_id",
            sa.Integer,
            sa.ForeignKey("report_submissions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("step", sa.String(16), nullable=False),
        sa.Column("http_status", sa.Integer, nullable=True),
        sa.Column("request_id", sa.String(200), nullable=True),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("error", sa.Text, nullable=True),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_index("ix_report_responses_submission_id", "report_responses", ["submission_id"])

    op.create_table(
        "evidence_files",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, nullable=False),
        sa.Column("item_ref", sa.String(200), nullable=False),
        sa.Column("original_name", sa.Text, nullable=False),
        sa.Column("original_path", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("md5", sa.String(32), nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("blob_name", sa.String(200), nullable=False),
        sa.Column("key_id", sa.String(64), nullable=False),
        sa.Column("preserved_at", TS, nullable=False),
        sa.Column("purged_at", TS, nullable=True),
        sa.Column("purge_reason", sa.Text, nullable=True),
    )
    op.create_index("ix_evidence_files_case_id", "evidence_files", ["case_id"])
    op.create_index("ix_evidence_files_sha256", "evidence_files", ["sha256"])
    op.create_table(
        "evidence_holds",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, nullable=False),
        sa.Column("starts_at", TS, nullable=False),
        sa.Column("expires_at", TS, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("submission_id", sa.Integer, nullable=True),
    )
    op.create_index("ix_evidence_holds_case_id", "evidence_holds", ["case_id"])
    op.create_index("ix_evidence_holds_expires_at", "evidence_holds", ["expires_at"])


def downgrade() -> None:
    for table in (
        "evidence_holds",
        "evidence_files",
        "report_responses",
        "report_files",
        "report_submissions",
        "audit_log_state",
        "audit_tree_heads",
        "audit_events",
    ):
        op.drop_table(table)
