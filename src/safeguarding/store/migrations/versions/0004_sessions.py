"""Server-side browser sessions and the shared login throttle.

Revision ID: 0004_sessions
Revises: 0002

Sessions keep only the SHA-256 of their id. `users.session_epoch` ends every session of a user at
once, also those held in Redis, which a command-line process does not reach.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_sessions"
down_revision = "0002"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.add_column("users", sa.Column("session_epoch", sa.Integer, nullable=False, server_default="0"))
    op.create_table(
        "login_sessions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("id_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("epoch", sa.Integer, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("last_seen_at", TS, nullable=False),
        sa.Column("expires_at", TS, nullable=False),
        sa.Column("client", sa.String(64), nullable=False),
        sa.Column("user_agent", sa.String(200), nullable=False),
    )
    op.create_index("ix_login_sessions_user_id", "login_sessions", ["user_id"])
    op.create_table(
        "login_throttle",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("next_allowed_at", sa.Float, nullable=False),
        sa.Column("locked_until", sa.Float, nullable=False),
        sa.Column("updated_at", sa.Float, nullable=False),
    )
    op.create_index("ix_login_throttle_updated_at", "login_throttle", ["updated_at"])


def downgrade() -> None:
    op.drop_table("login_throttle")
    op.drop_table("login_sessions")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("session_epoch")
