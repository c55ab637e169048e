"""Chat context: the messages around each evidence line of a chat case (cases.context).

Revision ID: 0007_chat_context
Revises: 0006_match_indexes
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_chat_context"
down_revision = "0006_match_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "chat_context_messages",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("conversation_id", sa.String(300), nullable=False),
        sa.Column("message_index", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.String(64), nullable=True),
        sa.Column("anchor", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("conversation_id", "message_index", name="uq_chat_context_message"),
    )


def downgrade() -> None:
    op.drop_table("chat_context_messages")
