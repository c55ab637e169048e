"""Categories described by prototype lines; a text gets its best cosine similarity to each category."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from safeguarding.semantic.encoders import Kind, embed


class PrototypeMatcher:
    """``similarities(vectors)[i, j]`` is the highest cosine between text i and a prototype of category j.

    The prototypes are embedded once, with the same encoder the texts must be embedded with (``kind``).
    """

    def __init__(self, categories: Mapping[str, Sequence[str]], kind: Kind = "static") -> None:
        if not categories:
            raise ValueError("a prototype matcher needs at least one category")
        names: list[str] = []
        lines: list[str] = []
        owners: list[int] = []
        for index, (name, prototypes) in enumerate(categories.items()):
            if isinstance(prototypes, str) or not prototypes:
                raise ValueError(f"category {name!r} needs a list of prototype lines")
            names.append(str(name))
            for line in prototypes:
                lines.append(str(line))
                owners.append(index)
        self.categories: tuple[str, ...] = tuple(names)
        self.kind: Kind = kind
        self.prototypes: tuple[str, ...] = tuple(lines)
        self.owners = np.asarray(owners, dtype=np.int64)
        self.matrix = embed(lines, kind)  # (m, d)
        # prototypes are grouped by category in order, so one reduceat gives the per-category maximum
        self._starts = np.flatnonzero(np.r_[True, self.owners[1:] != self.owners[:-1]])

    def similarities(self, vectors: np.ndarray) -> np.ndarray:
        """(n, categories) float32: the best cosine between each row and each category's prototypes."""
        vectors = np.asarray(vectors, dtype=np.float32)
        if vectors.ndim == 1:
            vectors = vectors[None, :]
        if vectors.shape[0] == 0:
            return np.zeros((0, len(self.categories)), dtype=np.float32)
        scores = vectors @ self.matrix.T
        return np.maximum.reduceat(scores, self._starts, axis=1)

    def nearest(self, vector: np.ndarray) -> tuple[str, float, str]:
        """The single closest prototype of one vector: (category, cosine, prototype line)."""
        scores = self.matrix @ np.asarray(vector, dtype=np.float32).ravel()
        best = int(np.argmax(scores))
        return self.categories[int(self.owners[best])], float(scores[best]), self.prototypes[best]

    def score(self, texts: Sequence[str]) -> np.ndarray:
        """Embed ``texts`` with this matcher's encoder and return their similarities."""
        return self.similarities(embed(texts, self.kind))
