"""Grooming early warning: an open, explainable, online risk scorer for chat conversations.

The score is a signal for a trained person, never a verdict.
"""

from safeguarding.chats.loading import load_scorer
from safeguarding.chats.recognisers import AgeRecogniser, Finding, PatternRecogniser, Recogniser
from safeguarding.chats.scorer import RuleScorer, ScoreResult
from safeguarding.chats.state import AuthorState, ConversationState, State

__all__ = [
    "AgeRecogniser",
    "AuthorState",
    "ConversationState",
    "Finding",
    "PatternRecogniser",
    "Recogniser",
    "RuleScorer",
    "ScoreResult",
    "State",
    "load_scorer",
]
