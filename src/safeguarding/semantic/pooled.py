"""What the two static tables share: a line's vector is the normalised sum of its pieces' rows, and the
vectors of repeated lines ("ok", "lol", "thx") are kept in a bounded cache of lines."""

from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np

CACHE_LINES = 50_000


class SummedRows:
    """Base of the static encoders: subclasses set `table` and say which rows a text reads."""

    table: np.ndarray
    dim: int

    def __init__(self) -> None:
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self.cache_lines = CACHE_LINES  # 0 turns the cache off (benchmarks measure both)

    def rows_of(self, text: str) -> list[int]:
        raise NotImplementedError

    def encode_one(self, text: str) -> np.ndarray:
        """One text's vector (the per-message path of online scorers)."""
        hit = self._cache.get(text)
        if hit is not None:
            return hit
        rows = self.rows_of(text)
        if not rows:
            return np.zeros(self.dim, dtype=np.float32)
        vector = self.table[rows].sum(axis=0)
        norm = float(np.sqrt(vector @ vector))
        if norm > 0:
            vector /= norm
        if self.cache_lines:
            with self._lock:
                self._cache[text] = vector
                if len(self._cache) > self.cache_lines:
                    self._cache.popitem(last=False)
        return vector
