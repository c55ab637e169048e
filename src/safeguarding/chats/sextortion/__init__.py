"""Financial sextortion in chats: an online tracker beside the grooming engine (docs/SEXTORTION.md)."""

from safeguarding.chats.sextortion.combine import score_conversation, with_sextortion
from safeguarding.chats.sextortion.tracker import SextortionState, SextortionTracker

__all__ = ["SextortionState", "SextortionTracker", "score_conversation", "with_sextortion"]
