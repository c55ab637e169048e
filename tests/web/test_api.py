"""The JSON API end to end: banks, matching, uploads, chats, ads, detections and the queue."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from service_fixtures import Service, make_service

from safeguarding.media import hash_file
from safeguarding.store import Store

TESTDATA = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "pdq"
BRIDGE = TESTDATA / "bridge-mods" / "aaa-orig.jpg"
BRIDGE_PDQ = "d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22"
BRIDGE_MD5 = "d35c785545392755e7e4164457657269"
CHAT = [
    ("adult", "hey how old are you?"),
    ("kid", "13"),
    ("adult", "you seem really mature for your age"),
    ("adult", "don't tell your parents about our chats, this is our secret"),
    ("adult", "let's talk on another app, add me there"),
    ("adult", "we should meet up this weekend, I can pick you up"),
]


def _flip(hex_hash: str, bits: int) -> str:
    value = int(hex_hash, 16) ^ ((1 << bits) - 1)
    return f"{value:064x}"


def _bank(service: Service) -> None:
    admin = service.client("admin")
    assert admin.post("/v1/banks", json={"name": "hotline", "description": "test list"}).status_code == 201
    response = admin.post(
        "/v1/banks/hotline/entries",
        json={
            "source": "unit test",
            "entries": [
                {"signal_type": "pdq", "value": BRIDGE_PDQ, "labels": ["test-label"]},
                {"signal_type": "md5", "value": BRIDGE_MD5.upper()},
                {"signal_type": "sha256", "value": "00" * 31 + "zz"},
            ],
        },
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["rows"], body["added"]) == (2, 2)
    assert body["problems"] and body["problems"][0].startswith("entries[2]: not a sha256 hash")


def test_banks_and_hash_matching(service: Service) -> None:
    _bank(service)
    client = service.client("api_client")
    near = _flip(BRIDGE_PDQ, 10)
    response = client.post("/v1/match/hash", json={"signal_type": "pdq", "value": near})
    assert response.status_code == 200
    [match] = response.json()["matches"]
    assert (match["bank"], match["distance"], match["labels"]) == ("hotline", 10, ["test-label"])
    far = client.post("/v1/match/hash", json={"signal_type": "pdq", "value": _flip(BRIDGE_PDQ, 40)})
    assert far.json()["matches"] == []
    strict = client.post("/v1/match/hash", json={"signal_type": "pdq", "value": near, "threshold": 5})
    assert strict.json()["matches"] == []
    assert client.post("/v1/match/hash", json={"signal_type": "md5", "value": BRIDGE_MD5}).json()["matches"]
    bad = client.post("/v1/match/hash", json={"signal_type": "md5", "value": "x" * 32})
    assert bad.status_code == 422 and "value" in bad.text
    listed = service.client("admin").get("/v1/banks").json()
    assert listed[0]["name"] == "hotline" and listed[0]["active"] == {"pdq": 1, "md5": 1}
    retracted = service.client("admin").post(
        "/v1/banks/hotline/retract",
        json={"entries": [{"signal_type": "pdq", "value": BRIDGE_PDQ}], "reason": "entered in error"},
    )
    assert retracted.json() == {"retracted": 1}
    assert client.post("/v1/match/hash", json={"signal_type": "pdq", "value": near}).json()["matches"] == []


def test_malformed_json_names_the_field(service: Service) -> None:
    client = service.client("api_client")
    response = client.post("/v1/match/hash", json={"signal_type": "pdq"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "value"]
    broken = client.post("/v1/match/hash", content=b"{not json", headers={"content-type": "application/json"})
    assert broken.status_code == 422


def test_image_upload_matches(service: Service) -> None:
    _bank(service)
    response = service.client("api_client").post("/v1/match/image", content=BRIDGE.read_bytes())
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["hashes"]["pdq"] == hash_file(BRIDGE).pdq
    assert body["hashes"]["md5"] == BRIDGE_MD5
    assert {m["signal_type"] for m in body["matches"]} == {"pdq", "md5"}


def _png_declaring(width: int, height: int) -> bytes:
    """A tiny PNG whose header declares a huge image: a decompression bomb that is never decoded."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def test_upload_limits(sqlite_store: Store) -> None:
    service = make_service(sqlite_store, {"max_upload_mb": 0.05})  # 51 kB
    client = service.client("api_client")
    big = client.post("/v1/match/image", content=b"\xff" * 60_000)
    assert big.status_code == 413 and "over the limit" in big.json()["detail"]

    def chunks() -> object:  # no Content-Length: the streamed body itself is cut off
        for _ in range(10):
            yield b"\xff" * 10_000

    streamed = client.post("/v1/match/image", content=chunks())  # type: ignore[arg-type]
    assert streamed.status_code == 413
    text = client.post("/v1/match/image", content=b"just some words, not an image")
    assert text.status_code == 415 and "not an image" in text.json()["detail"]
    bomb = client.post("/v1/match/image", content=_png_declaring(100_000, 100_000))
    assert bomb.status_code == 422 and "decompression bomb" in bomb.json()["detail"]
    empty = client.post("/v1/match/image", content=b"")
    assert empty.status_code == 422


def test_chat_messages_raise_a_warning_and_a_case(service: Service) -> None:
    client = service.client("api_client")
    participants = {"kid": {"declared_age": 13}, "adult": {"declared_age": 35}}
    results = []
    for author, text in CHAT:
        body = {"author": author, "text": text, "participants": participants}
        response = client.post("/v1/chats/conv-1/messages", json=body)
        assert response.status_code == 200, response.text
        results.append(response.json())
    assert results[0]["flagged"] is False and results[0]["messages"] == 1
    last = results[-1]
    assert last["flagged"] is True and last["suspect"] == "adult" and last["messages"] == len(CHAT)
    assert any(e["category"] == "secrecy" for e in last["evidence"])
    case_id = last["case_id"]
    assert case_id is not None
    reviewer = service.client("reviewer")
    case = reviewer.get(f"/v1/cases/{case_id}").json()
    assert case["group_key"] == "conversation:conv-1"
    # The first warning opened the case; the meeting request made it most urgent.
    assert [i["kind"] for i in case["items"]] == ["grooming_warning", "meeting_arranged"]
    assert case["priority"] == 1
    state = reviewer.get("/v1/chats/conv-1").json()
    assert state["flagged"] and state["messages"] == len(CHAT)
    assert reviewer.get("/v1/chats/nope").status_code == 404


def test_ads_batch_links_a_network_into_a_case(service: Service) -> None:
    ads = [
        {"id": f"ad{i}", "text": f"sweet new girl in town, call 555-0{i}11 or 202 555 0147", "city": city}
        for i, city in enumerate(["Leeds", "York", "Hull"])
    ]
    response = service.client("api_client").post("/v1/ads/batch", json={"ads": ads})
    assert response.status_code == 200, response.text
    body = response.json()
    assert len(body["ads"]) == 3 and body["networks"] == 1
    [case_id] = body["case_ids"]
    case = service.client("analyst").get(f"/v1/cases/{case_id}").json()
    assert case["kind"] == "ad_network" and case["item_count"] == 3
    # Analysts analyse but do not open cases.
    again = service.client("analyst").post("/v1/ads/batch", json={"ads": ads})
    assert again.status_code == 200 and again.json()["case_ids"] == []


def test_detections_claim_and_decide(service: Service) -> None:
    api = service.client("api_client")
    first = api.post(
        "/v1/detections", json={"kind": "grooming_warning", "group_key": "account:7", "source_ref": "a"}
    )
    second = api.post(
        "/v1/detections", json={"kind": "media_match", "group_key": "account:8", "source_ref": "m"}
    ).json()
    assert first.status_code == 200 and first.json()["added"] is True
    bad = api.post("/v1/detections", json={"kind": "x", "group_key": "g", "severity": "urgent"})
    assert bad.status_code == 422 and "unknown severity" in bad.text
    reviewer = service.client("reviewer")
    claimed = reviewer.post("/v1/cases/claim", json={"lease_seconds": 60}).json()["case"]
    assert claimed["id"] == first.json()["case_id"]  # the media case is not for a text reviewer
    # Claiming again renews the lease on the same case: one case at a time.
    assert reviewer.post("/v1/cases/claim").json()["case"]["id"] == claimed["id"]
    assert reviewer.get(f"/v1/cases/{second['case_id']}").status_code == 403
    # Someone else cannot decide the leased case.
    csr = service.client("child_safety_reviewer")
    conflict = csr.post(f"/v1/cases/{claimed['id']}/decisions", json={"action": "confirm"})
    assert conflict.status_code == 409
    no_reason = reviewer.post(f"/v1/cases/{claimed['id']}/decisions", json={"action": "dismiss"})
    assert no_reason.status_code == 422
    done = reviewer.post(
        f"/v1/cases/{claimed['id']}/decisions", json={"action": "dismiss", "reason": "banter"}
    )
    assert done.status_code == 200 and done.json()[0]["actor"] == "reviewer"
    case = reviewer.get(f"/v1/cases/{claimed['id']}").json()
    assert case["status"] == "dismissed" and case["decisions"][0]["reason"] == "banter"
    mine = csr.post("/v1/cases/claim", json={}).json()["case"]
    assert mine["id"] == second["case_id"]
    assert csr.get("/v1/cases", params={"mine": True}).json()[0]["id"] == mine["id"]
    assert csr.post(f"/v1/cases/{mine['id']}/release").json()["lease_holder"] is None
    stats = service.client("analyst").get("/v1/stats").json()
    assert stats["by_status"] == {"dismissed": 1, "open": 1}


@pytest.mark.parametrize("path", ["/healthz", "/openapi.json"])
def test_public_endpoints(sqlite_service: Service, path: str) -> None:
    assert sqlite_service.client().get(path).status_code == 200


def test_unusable_pdq_index_is_503_not_500(sqlite_service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    from safeguarding.banks import IndexOutOfDateError
    from safeguarding.web import routes_match

    def broken(*_args: object, **_kwargs: object) -> None:
        raise IndexOutOfDateError("the PDQ index does not agree with the database (entry 1)")

    monkeypatch.setattr(routes_match, "match_hashes", broken)
    response = sqlite_service.client("api_client").post(
        "/v1/match/hash", json={"signal_type": "pdq", "value": BRIDGE_PDQ}
    )
    assert response.status_code == 503 and "bank reindex" in response.json()["detail"]
