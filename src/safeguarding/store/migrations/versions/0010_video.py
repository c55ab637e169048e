"""Video entries and scanned videos (issue 17).

- `bank_video_frames`: the vPDQ frames of a bank's video entries (`bank_entries.signal_type = 'vpdq'`).
- `media_video_frames`: the sampled frames of each scanned video, recorded once.
- `video_match_details`: for a video match, the query and bank shares and the matched time ranges.

Revision ID: 0010_video
Revises: 0009_entities
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_video"
down_revision = "0009_entities"
branch_labels = None
depends_on = None


def _frame_columns() -> list[sa.Column]:
    return [
        sa.Column("frame", sa.Integer(), nullable=False),
        sa.Column("timestamp", sa.Float(), nullable=False),
        sa.Column("pdq", sa.String(64), nullable=False),
        sa.Column("quality", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "bank_video_frames",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "entry_id", sa.Integer(), sa.ForeignKey("bank_entries.id", ondelete="CASCADE"), nullable=False
        ),
        *_frame_columns(),
    )
    op.create_index("ix_bank_video_frames_entry_frame", "bank_video_frames", ["entry_id", "frame"])
    op.create_table(
        "media_video_frames",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "item_id", sa.Integer(), sa.ForeignKey("media_items.id", ondelete="CASCADE"), nullable=False
        ),
        *_frame_columns(),
    )
    op.create_index("ix_media_video_frames_item_frame", "media_video_frames", ["item_id", "frame"])
    op.create_table(
        "video_match_details",
        sa.Column(
            "match_id", sa.Integer(), sa.ForeignKey("matches.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("query_share", sa.Float(), nullable=False),
        sa.Column("bank_share", sa.Float(), nullable=False),
        sa.Column("rule", sa.String(32), nullable=False),
        sa.Column("ranges", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("video_match_details")
    op.drop_index("ix_media_video_frames_item_frame", "media_video_frames")
    op.drop_table("media_video_frames")
    op.drop_index("ix_bank_video_frames_entry_frame", "bank_video_frames")
    op.drop_table("bank_video_frames")
