"""The video package's tables: frames of scanned videos, and what a video match covered.

`media_video_frames` holds each scanned video's sampled frames once (a rescan of an unchanged file reads
them back instead of decoding again). `video_match_details` adds to a `matches` row of a video the
shares and the matched time ranges that the reviewer page shows.
"""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from safeguarding.store.models import Base


class ScannedVideoFrame(Base):
    __tablename__ = "media_video_frames"
    __table_args__ = (Index("ix_media_video_frames_item_frame", "item_id", "frame"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("media_items.id", ondelete="CASCADE"))
    frame: Mapped[int] = mapped_column(Integer)
    timestamp: Mapped[float] = mapped_column(Float)
    pdq: Mapped[str] = mapped_column(String(64))
    quality: Mapped[int] = mapped_column(Integer)


class VideoMatchDetail(Base):
    __tablename__ = "video_match_details"

    match_id: Mapped[int] = mapped_column(ForeignKey("matches.id", ondelete="CASCADE"), primary_key=True)
    query_share: Mapped[float] = mapped_column(Float)
    bank_share: Mapped[float] = mapped_column(Float)
    rule: Mapped[str] = mapped_column(String(32))
    # JSON list of {"query_start", "query_end", "bank_start", "bank_end"} in seconds
    ranges: Mapped[str] = mapped_column(Text, default="[]")
