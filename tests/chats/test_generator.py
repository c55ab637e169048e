from hypothesis import given, settings
from hypothesis import strategies as st

from safeguarding.chats import load_scorer
from safeguarding.chats.generator import BENIGN_KINDS, generate
from safeguarding.chats.generator.build import _half, _templates


def test_grooming_onset_is_a_suspect_move_after_ordinary_talk() -> None:
    seen_kinds = set()
    for conversation, truth in generate(300, seed=21):
        seen_kinds.add(truth["kind"])
        if truth["label"] == "grooming":
            onset = truth["onset"]
            assert onset >= 8
            assert conversation["messages"][onset]["author"] == truth["suspect"]
        else:
            assert truth["suspect"] is None and truth["onset"] is None
    assert seen_kinds >= {"grooming", *BENIGN_KINDS} - {"adults", "ordinary"}


def test_phrasing_halves_are_disjoint_for_every_move_and_language() -> None:
    for language in ("en", "es", "fr", "de"):
        for options in _templates(language)["moves"].values():
            a, b = set(_half(options, "a")), set(_half(options, "b"))
            assert a and b and not a & b


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.text(min_size=1, max_size=20))
def test_any_text_is_scored_without_error(text: str, author: str) -> None:
    scorer = load_scorer()
    state = scorer.new_state("h", {author: {}})
    result = scorer.update(state, 0, author, text)
    assert 0.0 <= result.risk <= 1.0
    assert isinstance(result.evidence, list)
