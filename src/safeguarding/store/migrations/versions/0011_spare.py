"""Reserved revision (filled by a later change).

Revision ID: 0011_spare
Revises: 0010_video
"""

revision = "0011_spare"
down_revision = "0010_video"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
