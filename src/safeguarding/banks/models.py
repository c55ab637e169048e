"""The banks package's own table: the frames of video entries (`bank_entries.signal_type = 'vpdq'`).

A video entry is one `bank_entries` row (its value is the SHA-256 of its frame list, so the same list
imported twice is one entry); its frames are rows here, in the order of the list. Frames of quality 50
or more go into the PDQ frame index (`banks.frame_index`), keyed by frame row id.
"""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from safeguarding.store.models import Base


class BankVideoFrame(Base):
    __tablename__ = "bank_video_frames"
    __table_args__ = (Index("ix_bank_video_frames_entry_frame", "entry_id", "frame"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("bank_entries.id", ondelete="CASCADE"))
    frame: Mapped[int] = mapped_column(Integer)
    timestamp: Mapped[float] = mapped_column(Float)
    pdq: Mapped[str] = mapped_column(String(64))
    quality: Mapped[int] = mapped_column(Integer)
