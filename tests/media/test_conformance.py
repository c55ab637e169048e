"""The PDQ conformance rule of ../shared/testdata/pdq/README.md over Meta's reference images."""

import csv

import pytest

from safeguarding.media import hash_file
from tests.conftest import TESTDATA

PDQ_DIR = TESTDATA / "pdq"
ROWS = list(csv.DictReader((PDQ_DIR / "expected.csv").read_text(encoding="utf-8").splitlines()))


def hamming(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


@pytest.mark.parametrize("row", ROWS, ids=[r["path"] for r in ROWS])
def test_reference_image_conforms(row: dict[str, str]) -> None:
    hashes = hash_file(PDQ_DIR / row["path"])
    assert hashes.sha256 == row["sha256"]
    assert hashes.md5 == row["md5"]
    assert hashes.quality == int(row["quality"])
    if int(row["quality"]) >= 80:
        assert hamming(hashes.pdq or "", row["pdq"]) <= 10


def test_every_mode_hashes_near_the_original() -> None:
    original = hash_file(PDQ_DIR / "misc-images/modes/original.jpg").pdq or ""
    modes = [p for p in (PDQ_DIR / "misc-images/modes").iterdir() if p.suffix != ".md"]
    assert len(modes) >= 12
    for path in modes:
        assert hamming(hash_file(path).pdq or "", original) <= 10, path.name


def test_equal_to_pdqhash_on_the_same_pixels() -> None:
    """Rule 1: with Pillow's pixels, our hash is pdqhash's exactly (reference_values.csv, pdqhash rows)."""
    rows = csv.DictReader((PDQ_DIR / "reference_values.csv").read_text(encoding="utf-8").splitlines())
    checked = 0
    for row in rows:
        if row["source"] == "pdqhash-0.2.8":
            assert hash_file(PDQ_DIR / row["path"]).pdq == row["pdq"], row["path"]
            checked += 1
    assert checked >= 20
