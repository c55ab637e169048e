"""The conversation-level representation the trained model reads (issue 10, part 3): per author, the
moves near by meaning, the mean similarity to each category, the lead of moves over benign settings,
and language-independent shape (questions, speaking to someone, who opened)."""

from typing import Any

import pytest

from safeguarding.chats.model import (
    FEATURES,
    MAX_NEAR,
    SIMILAR,
    ModelScorer,
    SimilarityRecorder,
    _writer_weights,
    dense_features,
)


def _read(lines: list[tuple[str, str]], participants: dict[str, Any] | None = None) -> tuple[Any, Any]:
    scorer = SimilarityRecorder()
    state = scorer.new_state("c1", participants)
    for index, (author, text) in enumerate(lines):
        scorer.update(state, index, author, text)
    return scorer, state


def _value(scorer: Any, state: Any, author: str, name: str) -> float:
    return dense_features(scorer, state, state.authors[author])[FEATURES.index(name)]


def test_near_moves_are_counted_per_category_and_capped() -> None:
    line = ("sam", "so what time does your mum usually get back from her shift")
    scorer, state = _read([line] * 6 + [("kid", "my mum gets back at six")])
    sam = state.authors["sam"]
    assert sam.near and set(sam.near) <= set(SIMILAR)
    assert max(sam.near.values()) == MAX_NEAR  # six such lines count three times at most
    assert state.authors["kid"].near == {}  # an answer is not addressed: not the child's move
    assert _value(scorer, state, "sam", "near_distinct") >= 1
    assert _value(scorer, state, "sam", "lead_max") > 0
    named = scorer.evidence(state, "sam")  # the explanation names the near lines and their stage
    assert named and all(item["text"] == line[1] and item["stage"] > 0 for item in named)


def test_mean_similarity_is_a_running_mean_over_addressed_lines() -> None:
    scorer, state = _read(
        [("sam", "what time does your mum get back from work"), ("sam", "did you see the match last night")]
    )
    sam = state.authors["sam"]
    category = "risk_assessment"
    mean = _value(scorer, state, "sam", f"mean:{category}")
    assert sam.addressed == 2
    assert mean == pytest.approx(sam.similar_sum[category] / 2)
    assert mean < sam.similar[category]  # the second line is about football


def test_language_independent_shape() -> None:
    scorer, state = _read(
        [
            ("ana", "hola, ¿cuántos años tienes tú?"),
            ("leo", "tengo 12"),
            ("ana", "¿dónde vives?"),
            ("leo", "en madrid"),
        ]
    )
    assert _value(scorer, state, "ana", "question_share") == 1.0
    assert _value(scorer, state, "ana", "question_lead") == 1.0
    assert _value(scorer, state, "ana", "second_person_share") == 0.5
    assert _value(scorer, state, "ana", "english_share") == 0.0
    assert _value(scorer, state, "ana", "initiated") == 1.0
    assert _value(scorer, state, "leo", "initiated") == 0.0


def test_every_writer_weighs_the_same() -> None:
    sources = ["own"] * 6 + ["d"] * 2 + ["e"] * 4
    weights = _writer_weights(sources)
    totals = {s: sum(w for w, t in zip(weights, sources, strict=True) if t == s) for s in set(sources)}
    assert totals["own"] == pytest.approx(totals["d"]) == pytest.approx(totals["e"]) == pytest.approx(4.0)


def _tiny_model(features: list[str], gate: dict[str, Any] | None = None) -> dict[str, Any]:
    model: dict[str, Any] = {
        "format": "safeguarding-chats-model",
        "features": features,
        "mean": [0.0] * len(features),
        "scale": [1.0] * len(features),
        "dense_coef": [1.0] * len(features),
        "ngram_ids": [],
        "ngram_coef": [],
        "intercept": 0.0,
        "calibration": {"a": -1.0, "b": 0.0},
    }
    if gate is not None:
        model["gate"] = gate
    return model


def test_a_model_reads_the_subset_of_features_it_was_fitted_on() -> None:
    scorer = ModelScorer(
        _tiny_model(["rule_sum", "near_distinct"], {"on": "soft_distinct", "values": [1, 1]})
    )
    assert scorer.columns == [FEATURES.index("rule_sum"), FEATURES.index("near_distinct")]
    state = scorer.new_state("c2")
    result = scorer.update(state, 0, "sam", "what time does your mum get back from work")
    assert 0.0 <= result.risk <= 1.0
    # a file of an earlier version (its features a prefix of today's, no gate) still loads
    old = ModelScorer(_tiny_model(list(FEATURES[:63])))
    assert old.gate == (0.4, 0.6, 1.0) and old.gate_on == FEATURES.index("distinct")
    with pytest.raises(ValueError, match="not a chats model file"):
        ModelScorer(_tiny_model(["no_such_feature"]))
