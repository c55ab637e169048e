"""The request shapes ROOST Coop's HMA service sends (roostorg/coop 1c1f54da,
server/services/hmaService/index.ts), sent to our server: each must succeed and answer the shape Coop
reads. Coop names banks COOP_<ORG>_<NAME> and sends enabled_ratio as a string on create."""

from __future__ import annotations

import json

import httpx

from .conftest import Images


def test_bank_lifecycle_as_coop_sends_it(client: httpx.Client) -> None:
    created = client.post("/c/banks", json={"name": "COOP_ORG1_MY_BANK", "enabled_ratio": "1"})
    assert created.status_code == 201
    ratio = client.put("/c/bank/COOP_ORG1_MY_BANK", json={"enabled_ratio": 0.25})
    assert ratio.status_code == 200 and ratio.json()["matching_enabled_ratio"] == 0.25
    # a rename in Coop: create the new name (ratio as a string), delete the old one
    assert (
        client.post("/c/banks", json={"name": "COOP_ORG1_RENAMED", "enabled_ratio": "0.25"}).status_code
        == 201
    )
    assert client.delete("/c/bank/COOP_ORG1_MY_BANK").status_code == 200
    assert client.get("/c/bank/COOP_ORG1_MY_BANK").status_code == 404  # Coop: 404 means missing
    assert client.get("/c/bank/COOP_ORG1_RENAMED").json() == {
        "matching_enabled_ratio": 0.25,
        "name": "COOP_ORG1_RENAMED",
    }


def test_add_content_by_url_with_query_metadata(client: httpx.Client, images: Images) -> None:
    client.post("/c/banks", json={"name": "COOP_ORG1_IMAGES", "enabled_ratio": "1"})
    params = {
        "url": images.url("scene.jpg"),
        "content_id": "item-17",
        "content_uri": "https://coop.example/items/17",
        "metadata": json.dumps({"reported_by": "rule 4"}),
    }
    added = client.post("/c/bank/COOP_ORG1_IMAGES/content", params=params)
    assert added.status_code == 200
    assert set(added.json()) == {"id", "signals"}
    stored = client.get(f"/c/bank/COOP_ORG1_IMAGES/content/{added.json()['id']}").json()
    assert stored["metadata"] == {
        "content_id": "item-17",
        "content_uri": "https://coop.example/items/17",
        "json": {"reported_by": "rule 4"},
    }


def test_add_content_by_upload_with_form_fields(client: httpx.Client, images: Images) -> None:
    client.post("/c/banks", json={"name": "COOP_ORG1_UPLOADS", "enabled_ratio": "1"})
    with open(images.path("image2.jpg"), "rb") as handle:
        added = client.post(
            "/c/bank/COOP_ORG1_UPLOADS/content",
            files={"photo": ("blob", handle, "image/jpeg")},
            data={"content_id": "item-9", "content_uri": "https://coop.example/items/9"},
        )
    assert added.status_code == 200, added.text
    assert added.json()["signals"] == {"pdq": images.pdq["image2.jpg"]}


def test_hash_then_lookup_by_signal(client: httpx.Client, images: Images) -> None:
    client.post("/c/banks", json={"name": "COOP_ORG1_IMAGES", "enabled_ratio": "1"})
    client.post("/c/bank/COOP_ORG1_IMAGES/content", params={"url": images.url("scene.jpg")})
    hashed = client.get("/h/hash", params={"url": images.url("scene-edit.jpg")})
    assert hashed.status_code == 200 and set(hashed.json()) == {"pdq"}
    found = client.get("/m/lookup", params={"signal_type": "pdq", "signal": hashed.json()["pdq"]})
    assert found.status_code == 200
    matches = found.json()["COOP_ORG1_IMAGES"]  # Coop checks resp[bank] is non-empty
    assert len(matches) == 1 and set(matches[0]) == {"bank_content_id", "distance"}
    by_url = client.get("/m/lookup", params={"url": images.url("scene-edit.jpg"), "content_type": "photo"})
    assert list(by_url.json()["pdq"]) == ["COOP_ORG1_IMAGES"]
