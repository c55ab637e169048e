"""Synthetic, non-explicit conversations for tests, demos and evaluation (templates in YAML per language)."""

from safeguarding.chats.generator.build import BENIGN_KINDS, generate

__all__ = ["BENIGN_KINDS", "generate"]
