"""The trained model's meaning features and its cross-validated threshold (issue 10, part 2)."""

from typing import Any

from safeguarding.chats.model import (
    FEATURES,
    SIMILAR,
    SimilarityRecorder,
    _pick_threshold,
    dense_features,
)


def _feature(values: list[float], name: str) -> float:
    return values[FEATURES.index(name)]


def _read(lines: list[tuple[str, str]], participants: dict[str, Any] | None = None) -> tuple[Any, Any]:
    scorer = SimilarityRecorder()
    state = scorer.new_state("f1", participants)
    for index, (author, text) in enumerate(lines):
        scorer.update(state, index, author, text)
    return scorer, state


def test_similarities_come_from_the_authors_addressed_lines_only() -> None:
    scorer, state = _read(
        [
            ("sam", "what time does your mum get back from work?"),
            ("kid", "my mum gets back from work at six"),
            ("sam", "you can tell me anything, nobody gets you like i do"),
        ]
    )
    sam, kid = state.authors["sam"], state.authors["kid"]
    assert sam.addressed == 2 and kid.addressed == 0
    assert kid.similar == {}
    assert set(sam.similar) <= set(SIMILAR)
    assert max(sam.similar.values()) > 0.3
    features = dense_features(scorer, state, sam)
    assert len(features) == len(FEATURES)
    assert _feature(features, "addressed_share") == 1.0
    assert _feature(features, "message_share") == 2 / 3


def test_who_drives_and_stage_order() -> None:
    scorer, state = _read(
        [
            ("sam", "how old are you btw?"),
            ("kid", "13"),
            ("sam", "are your parents home right now?"),
            ("sam", "don't tell your parents about our chats ok"),
            ("sam", "add me on snap, it's more private"),
        ],
        {"sam": {"declared_age": 35}, "kid": {}},
    )
    sam = dense_features(scorer, state, state.authors["sam"])
    kid = dense_features(scorer, state, state.authors["kid"])
    assert _feature(sam, "drive_share") == 1.0 and _feature(kid, "drive_share") == 0.0
    assert _feature(sam, "stages") >= 3 and _feature(sam, "stage_spread") >= 2
    assert _feature(sam, "stage_order") == 1.0  # moves appear in the order of the stages
    assert _feature(sam, "adult_to_minor") == 1.0 and _feature(sam, "writes_to_minor") == 1.0
    assert _feature(kid, "others_distinct") >= 3


def test_an_evident_parent_is_a_relation_feature() -> None:
    scorer, state = _read([("mum", "are you home alone? i'll be back at 6"), ("kid", "yes, love you mom")])
    features = dense_features(scorer, state, state.authors["mum"])
    assert _feature(features, "relation_family") == 1.0 or _feature(features, "family") == 1.0


def _trajectory(peak: float, label: str, kind: str) -> tuple[list[float], dict[str, Any]]:
    return [0.0, peak, peak, 0.0], {"label": label, "kind": kind}


POLICY = {"threshold": 0.5, "window": 3, "required": 2, "instant": 0.9}


def test_threshold_keeps_every_benign_kind_within_the_budget() -> None:
    trajectories = [_trajectory(0.95, "grooming", "g") for _ in range(50)]
    trajectories += [_trajectory(0.6, "grooming", "g") for _ in range(50)]
    trajectories += [_trajectory(0.1, "benign", "family") for _ in range(95)]
    trajectories += [_trajectory(0.7, "benign", "family") for _ in range(5)]
    # peers: 10 of 100 reach 0.75, which the best-F0.5 threshold alone (0.55) would flag
    trajectories += [_trajectory(0.1, "benign", "peers") for _ in range(90)]
    trajectories += [_trajectory(0.75, "benign", "peers") for _ in range(10)]
    threshold, figures = _pick_threshold(POLICY, trajectories, 0.05)
    assert threshold == 0.8
    assert figures["worst_fpr"] <= 0.05 and figures["recall"] == 0.5
    loose, loose_figures = _pick_threshold(POLICY, trajectories, 0.2)
    assert loose < 0.6 and loose_figures["recall"] == 1.0


def test_threshold_without_any_admissible_choice_takes_the_least_false_alarms() -> None:
    trajectories = [_trajectory(1.0, "benign", "peers"), _trajectory(0.2, "benign", "peers")]
    trajectories += [_trajectory(1.0, "grooming", "g")]
    threshold, figures = _pick_threshold(POLICY, trajectories, 0.05)
    assert figures["worst_fpr"] == 0.5  # every threshold flags the peer at 1.0: the best of the bad ones
    assert 0.0 < threshold < 1.0
