"""HMA's bank and bank-content expectations (OpenMediaMatch/tests/test_api_banks.py, ThreatExchange
baefb4ed), driven over HTTP against our server. Written from what those tests assert, not copied."""

from __future__ import annotations

import time

import httpx

from .conftest import HMAServer, Images, create_bank


def add_url(client: httpx.Client, bank: str, url: str, **kwargs: object) -> httpx.Response:
    return client.post(f"/c/bank/{bank}/content", params={"url": url, "content_type": "photo"}, **kwargs)  # type: ignore[arg-type]


def test_banks_empty(client: httpx.Client) -> None:
    response = client.get("/c/banks")
    assert response.status_code == 200
    assert response.json() == []


def test_bank_names_are_upper_with_underscore(client: httpx.Client) -> None:
    for bad in ("01_TEST_BANK", "my_test_bank", "A-B", ""):
        response = client.post("/c/banks", json={"name": bad})
        assert response.status_code == 400, bad
        assert response.json() == {"message": "Bank names must be UPPER_WITH_UNDERSCORE"}
    response = client.post("/c/banks", json={"name": "MY_TEST_BANK_01"})
    assert response.status_code == 201
    assert response.json() == {"matching_enabled_ratio": 1.0, "name": "MY_TEST_BANK_01"}
    assert client.get("/c/banks").json() == [response.json()]
    again = client.post("/c/banks", json={"name": "MY_TEST_BANK_01"})
    assert again.status_code == 403
    assert "already exists" in again.json()["message"]


def test_bank_update_rename_enable_ratio(client: httpx.Client) -> None:
    create_bank(client, "MY_TEST_BANK")
    assert client.put("/c/bank/MY_TEST_BANK", json={"name": "1_invalid_name"}).status_code == 400
    renamed = client.put("/c/bank/MY_TEST_BANK", json={"name": "MY_TEST_BANK_RENAMED"})
    assert renamed.status_code == 200
    assert renamed.json()["name"] == "MY_TEST_BANK_RENAMED"
    disabled = client.put("/c/bank/MY_TEST_BANK_RENAMED", json={"enabled": False})
    assert disabled.status_code == 200 and disabled.json()["matching_enabled_ratio"] == 0
    half = client.put("/c/bank/MY_TEST_BANK_RENAMED", json={"enabled_ratio": 0.5})
    assert half.status_code == 200 and half.json()["matching_enabled_ratio"] == 0.5
    assert client.get("/c/banks").json() == [{"name": "MY_TEST_BANK_RENAMED", "matching_enabled_ratio": 0.5}]
    assert client.put("/c/bank/NO_SUCH_BANK", json={"enabled": True}).status_code == 404


def test_string_flags_as_clients_send_them(client: httpx.Client) -> None:
    """The Ruby gem sends "enabled": "true"; ROOST Coop sends "enabled_ratio": "1"."""
    gem = client.post("/c/banks", json={"name": "GEM_BANK", "enabled": "true", "matching_enabled_ratio": 1.0})
    assert gem.status_code == 201 and gem.json() == {"matching_enabled_ratio": 1.0, "name": "GEM_BANK"}
    coop = client.post("/c/banks", json={"name": "COOP_ORG1_BANK", "enabled_ratio": "1"})
    assert coop.status_code == 201 and coop.json()["matching_enabled_ratio"] == 1.0
    off = client.put("/c/bank/GEM_BANK", json={"enabled": "false"})
    assert off.json()["matching_enabled_ratio"] == 0
    bad = client.put("/c/bank/GEM_BANK", json={"enabled": "maybe"})
    assert bad.status_code == 400 and "enabled" in bad.json()["message"]


def test_bank_delete_is_idempotent(client: httpx.Client) -> None:
    create_bank(client, "MY_TEST_BANK")
    for _ in range(2):
        response = client.delete("/c/bank/MY_TEST_BANK")
        assert response.status_code == 200
        assert response.json() == {"message": "Done"}
    assert client.get("/c/bank/MY_TEST_BANK").status_code == 404


def test_delete_bank_then_new_content_matches(client: httpx.Client) -> None:
    """A bank deleted with its content, a new bank, new content: the new hash is found, the old one not
    (on SQLite the new entry reuses the deleted one's id: the index must not keep the old hash under it)."""
    old, new = "f" * 64, "0f" * 32
    create_bank(client, "FIRST")
    assert client.post("/c/bank/FIRST/signal", json={"pdq": old}).json()["id"] == 1
    assert client.get("/m/lookup", params={"signal_type": "pdq", "signal": old}).json() == {
        "FIRST": [{"bank_content_id": 1, "distance": "0"}]
    }
    assert client.delete("/c/bank/FIRST").json() == {"message": "Done"}
    create_bank(client, "SECOND")
    content_id = client.post("/c/bank/SECOND/signal", json={"pdq": new}).json()["id"]
    assert client.get("/m/lookup", params={"signal_type": "pdq", "signal": new}).json() == {
        "SECOND": [{"bank_content_id": content_id, "distance": "0"}]
    }
    gone = client.get("/m/lookup", params={"signal_type": "pdq", "signal": old})
    assert (gone.status_code, gone.json()) == (200, {})


def test_add_content_by_url_and_get_it(client: httpx.Client, images: Images) -> None:
    create_bank(client, "NEW_BANK")
    added = add_url(client, "NEW_BANK", images.url("image1.jpg"))
    assert added.status_code == 200, added.text
    assert added.json() == {"id": 1, "signals": {"pdq": images.pdq["image1.jpg"]}}
    got = client.get("/c/bank/NEW_BANK/content/1")
    assert got.status_code == 200
    body = got.json()
    assert body["id"] == 1
    assert body["bank"] == {"matching_enabled_ratio": 1.0, "name": "NEW_BANK"}
    assert body["disable_until_ts"] == 1
    assert "signals" not in body and "metadata" not in body and "note" not in body
    with_signals = client.get("/c/bank/NEW_BANK/content/1", params={"include_signals": "true"}).json()
    assert with_signals["signals"] == {"pdq": images.pdq["image1.jpg"]}


def test_content_404s(client: httpx.Client) -> None:
    assert client.get("/c/bank/TEST_BANK_GET/content/1").status_code == 404
    create_bank(client, "TEST_BANK_GET")
    response = client.get("/c/bank/TEST_BANK_GET/content/1")
    assert response.status_code == 404
    assert response.json() == {"message": "content '1' not found"}
    missing = client.post("/c/bank/NON_EXISTENT_BANK/signal", json={"pdq": "0" * 64})
    assert missing.status_code == 404
    assert missing.json() == {"message": "bank 'NON_EXISTENT_BANK' not found"}


def test_update_content_disable_until(client: httpx.Client, images: Images) -> None:
    create_bank(client, "TEST_BANK_UPDATE")
    content_id = add_url(client, "TEST_BANK_UPDATE", images.url("image1.jpg")).json()["id"]
    until = int(time.time()) + 365 * 24 * 3600
    updated = client.put(f"/c/bank/TEST_BANK_UPDATE/content/{content_id}", json={"disable_until_ts": until})
    assert updated.status_code == 200
    assert updated.json()["disable_until_ts"] == until
    too_far = client.put(
        f"/c/bank/TEST_BANK_UPDATE/content/{content_id}", json={"disable_until_ts": 9999999999}
    )
    assert too_far.status_code == 400


def test_delete_content(client: httpx.Client, images: Images) -> None:
    create_bank(client, "NEW_BANK")
    assert add_url(client, "NEW_BANK", images.url("image1.jpg")).json()["id"] == 1
    response = client.delete("/c/bank/NEW_BANK/content/1")
    assert response.status_code == 200
    assert response.json() == {"deleted": 1}
    assert client.delete("/c/bank/NEW_BANK/content/1").json() == {"deleted": 0}
    assert client.get("/c/bank/NEW_BANK/content/1").status_code == 404


def test_metadata_is_validated_stored_and_returned(client: httpx.Client, images: Images) -> None:
    create_bank(client, "NEW_BANK")
    url = images.url("image1.jpg")
    bad = add_url(client, "NEW_BANK", url, json={"metadata": {"invalid_metadata": 5}})
    assert bad.status_code == 400
    metadata = {"content_id": "ext-id-123", "content_uri": "https://example.com/item/123", "json": {"a": {}}}
    good = add_url(client, "NEW_BANK", url, json={"metadata": metadata})
    assert good.status_code == 200
    content_id = good.json()["id"]
    assert client.get(f"/c/bank/NEW_BANK/content/{content_id}").json()["metadata"] == metadata
    hidden = client.get(f"/c/bank/NEW_BANK/content/{content_id}", params={"include_metadata": "false"})
    assert "metadata" not in hidden.json()


def test_notes(client: httpx.Client, images: Images) -> None:
    create_bank(client, "TEST_BANK_NOTE")
    url = images.url("image1.jpg")
    assert add_url(client, "TEST_BANK_NOTE", url, json={"note": "x" * 256}).status_code == 400
    content_id = add_url(client, "TEST_BANK_NOTE", url, json={"note": "Reported by user X"}).json()["id"]
    path = f"/c/bank/TEST_BANK_NOTE/content/{content_id}"
    assert client.get(path).json()["note"] == "Reported by user X"
    assert client.put(path, json={"note": "Updated note"}).status_code == 200
    assert client.get(path).json()["note"] == "Updated note"
    assert client.put(path, json={"note": ""}).status_code == 200
    assert "note" not in client.get(path).json()
    by_hash = client.post(
        "/c/bank/TEST_BANK_NOTE/signal", json={"pdq": "0" * 64, "note": "Hash from campaign ABC"}
    )
    assert by_hash.status_code == 200
    assert client.get(f"/c/bank/TEST_BANK_NOTE/content/{by_hash.json()['id']}").json()["note"] == (
        "Hash from campaign ABC"
    )


def test_added_content_is_found_by_raw_lookup(client: httpx.Client, images: Images) -> None:
    create_bank(client, "NEW_BANK")
    create_bank(client, "NEW_BANK_2")
    assert add_url(client, "NEW_BANK", images.url("image1.jpg")).json()["id"] == 1
    assert add_url(client, "NEW_BANK", images.url("image2.jpg")).json()["id"] == 2
    for name, expected in (("image1.jpg", [1]), ("image2.jpg", [2])):
        response = client.get("/m/raw_lookup", params={"signal_type": "pdq", "signal": images.pdq[name]})
        assert response.status_code == 200
        assert response.json() == {"matches": expected}


def test_upload_content_multipart(client: httpx.Client, images: Images) -> None:
    create_bank(client, "UPLOADS")
    with open(images.path("image2.jpg"), "rb") as handle:
        response = client.post(
            "/c/bank/UPLOADS/content",
            files={"photo": ("image2.jpg", handle, "image/jpeg")},
            data={"metadata": '{"content_id": "42"}', "note": "from a form"},
        )
    assert response.status_code == 200, response.text
    assert response.json()["signals"] == {"pdq": images.pdq["image2.jpg"]}
    stored = client.get(f"/c/bank/UPLOADS/content/{response.json()['id']}").json()
    assert stored["metadata"] == {"content_id": "42"} and stored["note"] == "from a form"
    nothing = client.post("/c/bank/UPLOADS/content")
    assert nothing.status_code == 400
    assert nothing.json() == {"message": "Neither `url` nor multipart file upload was received"}


def test_curation_needs_admin(hma: HMAServer) -> None:
    with hma.client("api_client") as api_client, hma.client(None) as anonymous:
        refused = api_client.post("/c/banks", json={"name": "X"})
        assert refused.status_code == 403 and "missing role" in refused.json()["message"]
        assert anonymous.get("/c/banks").status_code == 401
        assert "message" in anonymous.get("/c/banks").json()
    with hma.client("analyst") as analyst:
        assert analyst.get("/c/banks").status_code == 200
        assert analyst.delete("/c/bank/X").status_code == 403
