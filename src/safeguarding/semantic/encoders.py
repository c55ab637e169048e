"""The two encoders (static table, full transformer) behind one ``encode(texts)`` interface."""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any, Literal, Protocol

import numpy as np

from safeguarding.semantic.table import DIM, load_table, model_dir

Kind = Literal["static", "full"]
CACHE_LINES = 50_000  # embeddings of repeated lines kept by the static encoder ("ok", "lol", "thx")


class Encoder(Protocol):
    name: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def _normalise_rows(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (matrix / norms).astype(np.float32, copy=False)


class StaticEncoder:
    """Mean of distilled token vectors: no context, but the same space as the model and ~50k lines/s."""

    name = "static"
    dim = DIM

    def __init__(self) -> None:
        from tokenizers import Tokenizer

        self.table = load_table()
        tokenizer = Tokenizer.from_file(str(model_dir() / "tokenizer.json"))
        tokenizer.no_padding()
        tokenizer.no_truncation()
        self.tokenizer = tokenizer
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        todo: list[int] = []
        with self._lock:
            for row, text in enumerate(texts):
                hit = self._cache.get(text)
                if hit is None:
                    todo.append(row)
                else:
                    out[row] = hit
        if not todo:
            return out
        encodings = self.tokenizer.encode_batch([texts[row] for row in todo], add_special_tokens=False)
        table = self.table
        for row, encoding in zip(todo, encodings, strict=True):
            ids = encoding.ids
            if ids:
                out[row] = table[ids].mean(axis=0)
        out[todo] = _normalise_rows(out[todo])
        with self._lock:
            for row in todo:
                self._cache[texts[row]] = out[row]
            while len(self._cache) > CACHE_LINES:
                self._cache.popitem(last=False)
        return out


class FullEncoder:
    """The MiniLM transformer itself (mean pooling, normalised), loaded offline from the package."""

    name = "full"
    dim = DIM

    def __init__(self) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        self.model: Any = SentenceTransformer(str(model_dir()), device="cpu")

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        vectors = self.model.encode(list(texts), batch_size=64, normalize_embeddings=True)
        return np.asarray(vectors, dtype=np.float32)


_ENCODERS: dict[str, Encoder] = {}
_LOCK = threading.Lock()


def get_encoder(kind: Kind = "static") -> Encoder:
    """The shared encoder of that kind (built once per process; the static table once per machine)."""
    with _LOCK:
        found = _ENCODERS.get(kind)
        if found is None:
            if kind == "static":
                found = StaticEncoder()
            elif kind == "full":
                found = FullEncoder()
            else:
                raise ValueError(f"unknown encoder {kind!r} (static or full)")
            _ENCODERS[kind] = found
        return found


def embed(texts: Sequence[str], kind: Kind = "static") -> np.ndarray:
    """(n, 384) float32 rows, L2-normalised (an empty or unknown-only text gives a zero row)."""
    if isinstance(texts, str):
        raise TypeError("embed takes a sequence of texts, not one string")
    return get_encoder(kind).encode(texts)
