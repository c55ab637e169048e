"""Choose the engine: the rules, or a trained model file. Kept apart from both so neither imports the other
(the model builds on the rule scorer; the rule scorer knows nothing of the model)."""

from __future__ import annotations

from collections.abc import Mapping

from safeguarding.chats.model import ModelScorer
from safeguarding.chats.scorer import RuleScorer


def load_scorer(
    model_path: str | None = None,
    policy: Mapping[str, float] | None = None,
    semantic: bool = True,
    cascade: bool = False,
    multilingual: bool | None = None,
) -> RuleScorer:
    """The rule engine, or, with ``model_path``, the trained model using the same recognisers and policy.

    ``semantic=False`` leaves out the sentence-embedding recogniser (the cheap path: patterns only);
    ``cascade=True`` lets the full transformer decide the lines the static table finds close (slow);
    ``multilingual`` reads Spanish, French and German lines with the multilingual table (None: the
    default for the rules, what the model file was trained with for a model).
    """
    if model_path is None:
        return RuleScorer(policy=policy, semantic=semantic, cascade=cascade, multilingual=multilingual)
    return ModelScorer.load(
        model_path, policy=policy, semantic=semantic, cascade=cascade, multilingual=multilingual
    )
