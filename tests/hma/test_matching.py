"""HMA's matching expectations (OpenMediaMatch/tests: test_e2e_workflow.py with the 16
PdqSignal.get_examples() hashes, test_match_api.py, test_api.py status/compare/lookup), driven over HTTP
against our server. Written from what those tests assert, not copied."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from threatexchange.signal_type.pdq.signal import PdqSignal

from .conftest import HMAServer, Images, create_bank


def flip(hex_hash: str, bits: int) -> str:
    value = int(hex_hash, 16)
    for bit in range(bits):
        value ^= 1 << (bit * 7)
    return f"{value:064x}"


def test_e2e_sixteen_pdq_examples(client: httpx.Client) -> None:
    create_bank(client, "TEST_BANK")
    examples = PdqSignal.get_examples()
    assert len(examples) == 16
    for pdq in examples:
        assert client.post("/c/bank/TEST_BANK/signal", json={"pdq": pdq}).status_code == 200
    status = client.get("/m/index/status", params={"signal_type": "pdq"})
    assert status.status_code == 200
    info = status.json()["pdq"]
    assert info["present"] is True and info["size"] == len(examples)
    found = client.get("/m/lookup", params={"signal_type": "pdq", "signal": examples[-1]})
    assert found.status_code == 200
    assert found.json() == {"TEST_BANK": [{"bank_content_id": 16, "distance": "0"}]}
    nothing = client.get("/m/lookup", params={"signal_type": "pdq", "signal": "5" * 64})
    assert nothing.status_code == 200 and nothing.json() == {}


def test_threshold_31_inclusive_and_distances_as_strings(client: httpx.Client) -> None:
    create_bank(client, "NEAR")
    base = PdqSignal.get_examples()[0]
    client.post("/c/bank/NEAR/signal", json={"pdq": base})
    at_31 = client.get("/m/lookup", params={"signal_type": "pdq", "signal": flip(base, 31)}).json()
    assert at_31 == {"NEAR": [{"bank_content_id": 1, "distance": "31"}]}
    assert client.get("/m/lookup", params={"signal_type": "pdq", "signal": flip(base, 32)}).json() == {}
    raw = client.get(
        "/m/raw_lookup", params={"signal_type": "pdq", "signal": flip(base, 5), "include_distance": "true"}
    )
    assert raw.json() == {"matches": [{"bank_content_id": 1, "distance": "5"}]}


@pytest.fixture
def three_banks(client: httpx.Client) -> str:
    """BANK_A, BANK_B, BANK_C each holding the first PDQ example (ids 1, 2, 3)."""
    signal = PdqSignal.get_examples()[0]
    for name in ("BANK_A", "BANK_B", "BANK_C"):
        create_bank(client, name)
        assert client.post(f"/c/bank/{name}/signal", json={"pdq": signal}).status_code == 200
    return signal


def test_raw_lookup_bank_filter(client: httpx.Client, three_banks: str) -> None:
    query = {"signal": three_banks, "signal_type": "pdq"}
    assert len(client.get("/m/raw_lookup", params=query).json()["matches"]) == 3
    for banks, count in (("BANK_A", 1), ("BANK_A,BANK_B", 2), ("NON_EXISTENT_BANK", 0)):
        response = client.get("/m/raw_lookup", params={**query, "banks": banks})
        assert response.status_code == 200
        assert len(response.json()["matches"]) == count
    with_distance = client.get(
        "/m/raw_lookup", params={**query, "include_distance": "true", "banks": "BANK_A,BANK_B"}
    ).json()["matches"]
    assert len(with_distance) == 2
    assert all(set(m) == {"bank_content_id", "distance"} for m in with_distance)


def test_lookup_bank_filter(client: httpx.Client, three_banks: str) -> None:
    query = {"signal": three_banks, "signal_type": "pdq"}
    assert set(client.get("/m/lookup", params=query).json()) == {"BANK_A", "BANK_B", "BANK_C"}
    for banks, expected in (("BANK_A", {"BANK_A"}), ("BANK_A,BANK_C", {"BANK_A", "BANK_C"}), ("NOPE", set())):
        response = client.get("/m/lookup", params={**query, "banks": banks})
        assert response.status_code == 200
        assert set(response.json()) == expected


def test_lookup_honours_disabled_content_and_bank_ratio(client: httpx.Client, three_banks: str) -> None:
    query = {"signal": three_banks, "signal_type": "pdq"}
    assert client.put("/c/bank/BANK_B", json={"enabled": False}).status_code == 200
    assert client.put("/c/bank/BANK_C/content/3", json={"disable_until_ts": 0}).status_code == 200
    assert set(client.get("/m/lookup", params=query).json()) == {"BANK_A"}
    assert len(client.get("/m/raw_lookup", params=query).json()["matches"]) == 3  # raw ignores flags


def test_bad_lookups_are_400_with_message(client: httpx.Client) -> None:
    for params in (
        {"signal_type": "pdq", "signal": "banana"},
        {"signal_type": "no_such_type", "signal": "0" * 64},
        {"signal": "0" * 64},
    ):
        response = client.get("/m/lookup", params=params)
        assert response.status_code == 400, params
        assert set(response.json()) == {"message"}


def test_video_md5_exact(client: httpx.Client, images: Images) -> None:
    create_bank(client, "VIDEOS")
    with open(images.path("clip.mp4"), "rb") as handle:
        added = client.post("/c/bank/VIDEOS/content", files={"video": ("clip.mp4", handle, "video/mp4")})
    assert added.status_code == 200, added.text
    md5 = added.json()["signals"]["video_md5"]
    found = client.get("/m/lookup", params={"signal_type": "video_md5", "signal": md5}).json()
    assert found == {"VIDEOS": [{"bank_content_id": added.json()["id"], "distance": "-"}]}


def test_lookup_by_url_and_upload(client: httpx.Client, images: Images) -> None:
    create_bank(client, "PHOTOS")
    client.post("/c/bank/PHOTOS/content", params={"url": images.url("image1.jpg")})
    by_url = client.get("/m/lookup", params={"url": images.url("image1.jpg")})
    assert by_url.status_code == 200
    assert by_url.json() == {"pdq": {"PHOTOS": [{"bank_content_id": 1, "distance": "0"}]}}
    client.post("/c/bank/PHOTOS/content", params={"url": images.url("scene.jpg")})
    edit = client.get("/m/lookup", params={"url": images.url("scene-edit.jpg"), "signal_type": "pdq"}).json()
    assert list(edit) == ["PHOTOS"] and 0 < int(edit["PHOTOS"][0]["distance"]) <= 31
    with open(images.path("image1.jpg"), "rb") as handle:
        uploaded = client.post("/m/lookup", files={"photo": ("a.jpg", handle, "image/jpeg")})
    assert uploaded.status_code == 200
    assert uploaded.json() == {"pdq": {"PHOTOS": [{"bank_content_id": 1, "distance": "0"}]}}
    with open(images.path("other.jpg"), "rb") as handle:
        unrelated = client.post("/m/lookup", files={"photo": ("b.jpg", handle, "image/jpeg")})
    assert unrelated.json() == {"pdq": {}}
    with open(images.path("clip.mp4"), "rb") as handle:  # HMA's test uploads a JPEG as "video": MD5 only
        as_video = client.post("/m/lookup", files={"video": ("c.mp4", handle, "video/mp4")})
    assert as_video.status_code == 200 and as_video.json() == {"video_md5": {}}


def test_lookup_by_url_or_upload_needs_hasher_role(hma: HMAServer, images: Images) -> None:
    with hma.client("analyst") as analyst:  # matcher, not hasher
        by_url = analyst.get("/m/lookup", params={"url": images.url("image1.jpg")})
        assert by_url.status_code == 403 and "missing role" in by_url.json()["message"]
        with open(images.path("image1.jpg"), "rb") as handle:
            upload = analyst.post("/m/lookup", files={"photo": ("a.jpg", handle, "image/jpeg")})
        assert upload.status_code == 403
        assert analyst.get("/m/lookup", params={"signal_type": "pdq", "signal": "5" * 64}).json() == {}


def test_compare(client: httpx.Client) -> None:
    one = "facd8bcb2a49bcebdec1985298d5fe84bcd006c187c598c720c3c087b3fdb318"
    two = "facd8bcb2a49bcebdec1985228d5ae84bcd006c187c598c720c2b087b3fdb318"
    response = client.post("/m/compare", json={"pdq": [one, two]})
    assert response.status_code == 200
    assert response.json() == {"pdq": [True, {"distance": 9}]}
    for bad in (
        ["banana"],
        {"pdq": "banana"},
        {"pdq": []},
        {"pdq": ["banana", "banana"]},
        {"pdq": [one, two, one]},
    ):
        assert client.post("/m/compare", json=bad).status_code == 400, bad


def test_status(client: httpx.Client, hma: HMAServer) -> None:
    for path in ("/status", "/status/live"):
        response = client.get(path)
        assert response.status_code == 200
        assert response.text == "I-AM-ALIVE"
    pdq_dir = Path(hma.store.index_dir) / "pdq"
    for name in pdq_dir.iterdir():  # a damaged index: matching cannot run, liveness still answers
        if name.is_file() and name.name != "store-sync.json":
            name.write_bytes(b"garbage")
    from safeguarding.banks import pdq_search

    pdq_search._open_indexes.clear()
    broken = client.get("/status")
    assert (broken.status_code, broken.text) == (503, "INDEX-NOT-LOADED")
    assert client.get("/status/live").text == "I-AM-ALIVE"


def test_site_map_and_types(client: httpx.Client) -> None:
    paths = client.get("/site-map").json()
    for path in (
        "/status",
        "/h/hash",
        "/m/lookup",
        "/m/raw_lookup",
        "/c/banks",
        "/c/bank/{bank_name}/content",
    ):
        assert path in paths
    assert client.get("/c/signal_type").json() == [
        {"enabled_ratio": 1.0, "name": "pdq"},
        {"enabled_ratio": 1.0, "name": "video_md5"},
    ]
    assert client.get("/c/content_type").json() == [
        {"enabled": True, "name": "photo"},
        {"enabled": True, "name": "video"},
    ]
