"""Scores must not depend on what a process scored before: a partition starts with fresh caches."""

from __future__ import annotations

import numpy as np

from safeguarding.chats.generator import generate
from safeguarding.semantic.encoders import StaticEncoder


def test_a_lines_vector_does_not_depend_on_what_was_encoded_before() -> None:
    texts = list(dict.fromkeys(m["text"] for c, _ in generate(40, seed=4) for m in c["messages"]))
    fresh = StaticEncoder()
    alone = [fresh.encode_one(t).copy() for t in texts]
    seasoned = StaticEncoder()
    seasoned.encode(texts)  # the batch path (prototypes are encoded so) must not seed the line cache
    assert all(np.array_equal(seasoned.encode_one(t), v) for t, v in zip(texts, alone, strict=True))
    evicting = StaticEncoder()
    evicting.cache_lines = 5  # lines evicted and computed again give the same vector
    assert all(np.array_equal(evicting.encode_one(t), v) for t, v in zip(texts, alone, strict=True))
