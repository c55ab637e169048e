"""Fuzz every parser that reads outside files: structured inputs and byte mutations of valid ones.

The contract (tests/fuzz/harnesses.py): a valid result or a clear error naming the input and the
problem, within a bounded time; never another exception. `make fuzz` runs the same tests far longer.
"""

from __future__ import annotations

import pytest
from hypothesis import given

from tests.fuzz import harnesses
from tests.fuzz.profiles import fuzz_settings
from tests.fuzz.strategies import BYTES, STRUCTURED

# Pillow warns about each corrupt image it still reads; those are the point here.
pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore::UserWarning:PIL.*")]


@fuzz_settings()
@given(STRUCTURED["hash_list_csv"])
def test_hash_list_csv_structured(data: bytes) -> None:
    harnesses.hash_list_csv(data)


@fuzz_settings()
@given(BYTES["hash_list_csv"])
def test_hash_list_csv_bytes(data: bytes) -> None:
    harnesses.hash_list_csv(data)


@fuzz_settings()
@given(STRUCTURED["hash_list_tx"])
def test_threatexchange_file_structured(data: bytes) -> None:
    harnesses.hash_list_tx(data)


@fuzz_settings()
@given(BYTES["hash_list_tx"])
def test_threatexchange_file_bytes(data: bytes) -> None:
    harnesses.hash_list_tx(data)


@fuzz_settings()
@given(STRUCTURED["ads_jsonl"])
def test_ads_jsonl_structured(data: bytes) -> None:
    harnesses.ads_jsonl(data)


@fuzz_settings()
@given(BYTES["ads_jsonl"])
def test_ads_jsonl_bytes(data: bytes) -> None:
    harnesses.ads_jsonl(data)


@fuzz_settings()
@given(STRUCTURED["chats_jsonl"])
def test_chats_jsonl_structured(data: bytes) -> None:
    harnesses.chats_jsonl(data)


@fuzz_settings()
@given(BYTES["chats_jsonl"])
def test_chats_jsonl_bytes(data: bytes) -> None:
    harnesses.chats_jsonl(data)


@fuzz_settings()
@given(STRUCTURED["pan_xml"])
def test_pan_xml_structured(data: bytes) -> None:
    harnesses.pan_xml(data)


@fuzz_settings()
@given(BYTES["pan_xml"])
def test_pan_xml_bytes(data: bytes) -> None:
    harnesses.pan_xml(data)


@fuzz_settings()
@given(BYTES["image"])
def test_image_bytes(data: bytes) -> None:
    harnesses.image(data)


def test_image_seeds_hash_and_the_declared_bomb_is_refused() -> None:
    """The seeds are real images of every format (else the mutations test little), the bomb is refused."""
    *images, bomb = harnesses_seeds()
    for data in images:
        harnesses.image(data)
        assert harnesses.hash_bytes("seed", data).pdq
    with pytest.raises(harnesses.MediaError, match="decompression bomb"):
        harnesses.hash_bytes("bomb", bomb)


def harnesses_seeds() -> tuple[bytes, ...]:
    from tests.fuzz.strategies import image_seeds

    return image_seeds()
