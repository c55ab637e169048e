"""The semantic layer: offline embeddings (static table and full model) and the prototype matcher."""

import numpy as np
import pytest

from safeguarding.semantic import DIM, PrototypeMatcher, embed
from safeguarding.semantic.table import cache_dir, table_path

# The first run builds the static table (about a minute) and every run loads the transformer.
pytestmark = pytest.mark.slow

LINES = [
    "what time does your mum get back from work",
    "when will your parents be home tonight",
    "did you finish your maths homework",
    "the bike is still for sale, eighty pounds",
]


@pytest.mark.parametrize("kind", ["static", "full"])
def test_vectors_are_normalised_and_paraphrases_are_closer_than_unrelated_lines(kind: str) -> None:
    vectors = embed(LINES, kind)  # type: ignore[arg-type]
    assert vectors.shape == (4, DIM) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    sims = vectors @ vectors.T
    assert sims[0, 1] > sims[0, 2] + 0.15
    assert sims[0, 1] > sims[0, 3] + 0.15


def test_static_table_is_cached_on_disk_and_the_same_line_gives_the_same_vector() -> None:
    first = embed(["ok see you at practice"])
    assert table_path().exists() and table_path().parent == cache_dir()
    assert np.array_equal(first, embed(["ok see you at practice"]))


def test_empty_and_unknown_texts_give_zero_rows_and_a_string_is_refused() -> None:
    assert embed([]).shape == (0, DIM)
    assert not embed([""]).any()
    with pytest.raises(TypeError):
        embed("one string")  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", ["static", "full"])
def test_prototype_matcher_picks_the_category_by_meaning(kind: str) -> None:
    matcher = PrototypeMatcher(
        {
            "alone": ["are you by yourself at home", "when do your parents get back"],
            "school": ["homework is due on monday", "bring your maths book"],
        },
        kind=kind,  # type: ignore[arg-type]
    )
    assert matcher.categories == ("alone", "school")
    sims = matcher.score(["what time does your mum come home", "have you done your homework for class"])
    assert sims.shape == (2, 2)
    assert sims[0, 0] > sims[0, 1] and sims[1, 1] > sims[1, 0]
    category, cosine, line = matcher.nearest(embed(["is your dad home yet"], kind)[0])  # type: ignore[arg-type]
    assert category == "alone" and 0 < cosine <= 1.0001 and line in matcher.prototypes


def test_matcher_refuses_empty_categories() -> None:
    with pytest.raises(ValueError):
        PrototypeMatcher({})
    with pytest.raises(ValueError):
        PrototypeMatcher({"a": []})
    with pytest.raises(ValueError):
        PrototypeMatcher({"a": "not a list"})
