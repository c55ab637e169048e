"""The Project VIC table (migration 0012_interop): what a VICS record said beyond its MD5."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from safeguarding.store.models import Base


class VicsMedia(Base):
    """A VICS `Media` record's fields, kept as given (SHA1, PhotoDNA opaque, Category, MediaID, flags,
    AlternativeHashes, ...) for the bank entry of its MD5, so an export gives them back."""

    __tablename__ = "vics_media"

    entry_id: Mapped[int] = mapped_column(ForeignKey("bank_entries.id", ondelete="CASCADE"), primary_key=True)
    data: Mapped[str] = mapped_column(Text)  # JSON object: the Media record without MD5
