"""Reviewer queue: exposure accounting, queue filters and bulk decisions (issue 16).

Revision ID: 0008_reviewer_queue
Revises: 0007_chat_context
"""

revision = "0008_reviewer_queue"
down_revision = "0007_chat_context"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
