"""Video entries and live-stream alerts (issue 17).

Revision ID: 0010_video
Revises: 0009_entities
"""

revision = "0010_video"
down_revision = "0009_entities"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
