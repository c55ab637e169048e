"""Entities and observations across detectors (issue 12).

Revision ID: 0009_entities
Revises: 0008_reviewer_queue
"""

revision = "0009_entities"
down_revision = "0008_reviewer_queue"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
