"""HMA's exchange expectations (OpenMediaMatch/tests/test_api.py: credentials, schema, delete, fetch
status; test_match_api.py: lookups over the `sample` exchange's signals), over HTTP against our server,
whose exchanges run through python-threatexchange (safeguarding.exchanges)."""

from __future__ import annotations

import httpx
from threatexchange.signal_type.md5 import VideoMD5Signal
from threatexchange.signal_type.pdq.signal import PdqSignal

from safeguarding.exchanges import fetch_exchange

from .conftest import HMAServer


def test_api_credentials(client: httpx.Client) -> None:
    apis = client.get("/c/exchanges/apis")
    assert apis.status_code == 200
    assert {"sample", "fb_threatexchange", "ncmec", "stop_ncii"} <= set(apis.json())
    assert client.get("/c/exchanges/api/sample").json() == {
        "supports_authentification": False,
        "has_set_authentification": False,
    }
    tx = "/c/exchanges/api/fb_threatexchange"
    assert client.get(tx).json() == {"supports_authentification": True, "has_set_authentification": False}
    malformed = client.post(tx, json={"credential_json": {"api_token": "12345789|000000000000"}})
    assert malformed.status_code == 400  # HMA stores it; pytx says it is no token: we refuse it
    set_response = client.post(tx, json={"credential_json": {"api_token": "12345789|" + "0" * 20}})
    assert set_response.status_code == 200
    assert set_response.json() == {"supports_authentification": True, "has_set_authentification": True}
    assert client.get(tx).json()["has_set_authentification"] is True
    unset = client.post(tx, json={"credential_json": {}})
    assert unset.json() == {"supports_authentification": True, "has_set_authentification": False}
    assert client.get("/c/exchanges/api/no_such_api").status_code == 400


def test_api_schema(client: httpx.Client) -> None:
    sample = client.get("/c/exchanges/api/sample/schema").json()
    assert "fields" in sample["config_schema"] and sample["credentials_schema"] is None
    tx = client.get("/c/exchanges/api/fb_threatexchange/schema").json()
    config = {f["name"]: f for f in tx["config_schema"]["fields"]}
    assert config["privacy_group"]["type"] == "number" and config["privacy_group"]["required"] is True
    credentials = {f["name"]: f for f in tx["credentials_schema"]["fields"]}
    assert credentials["api_token"]["type"] == "string"
    assert client.get("/c/exchanges/api/nope/schema").status_code == 404


def test_create_show_delete(client: httpx.Client) -> None:
    assert client.delete("/c/exchange/TEST_EXCHANGE").status_code == 200  # absent: still 200
    created = client.post("/c/exchanges", json={"api": "sample", "bank": "FOO_EXCHANGE", "api_json": {}})
    assert created.status_code == 201 and created.json() == {"message": "Created successfully"}
    assert client.get("/c/exchanges").json() == ["FOO_EXCHANGE"]
    assert client.get("/c/bank/FOO_EXCHANGE").status_code == 200  # the bank came with it
    assert client.get("/c/exchange/FOO_EXCHANGE").json() == {
        "name": "FOO_EXCHANGE",
        "api": "sample",
        "enabled": True,
    }
    off = client.put("/c/exchange/FOO_EXCHANGE", json={"enabled": "false"})
    assert off.json()["enabled"] is False
    deleted = client.delete("/c/exchange/FOO_EXCHANGE")
    assert deleted.status_code == 200 and deleted.json()["message"] == "Exchange deleted"
    assert client.get("/c/exchange/FOO_EXCHANGE").status_code == 404
    for bad in ({"api": "sample", "bank": "lower"}, {"bank": "X"}, {"api": "nope", "bank": "X"}):
        response = client.post("/c/exchanges", json=bad)
        assert response.status_code == 400 and "message" in response.json()


def test_fetch_status(client: httpx.Client) -> None:
    missing = client.get("/c/exchange/NONEXISTENT_EXCHANGE/status")
    assert missing.status_code == 404
    assert missing.json() == {"message": "Exchange 'NONEXISTENT_EXCHANGE' not found"}
    client.post("/c/exchanges", json={"api": "sample", "bank": "BAR_EXCHANGE", "api_json": {}})
    status = client.get("/c/exchange/BAR_EXCHANGE/status")
    assert status.status_code == 200
    assert set(status.json()) == {
        "checkpoint_ts",
        "running_fetch_start_ts",
        "last_fetch_complete_ts",
        "last_fetch_succeeded",
        "up_to_date",
        "fetched_items",
    }


def test_lookups_over_sample_exchange(hma: HMAServer, client: httpx.Client) -> None:
    """test_match_api.py: with the sample exchange fetched, one example of each signal type is found by
    raw lookup (with and without distances) and by lookup, in the SAMPLE bank."""
    assert (
        client.post("/c/exchanges", json={"api": "sample", "bank": "SAMPLE", "api_json": {}}).status_code
        == 201
    )
    report = fetch_exchange(hma.store, "SAMPLE")
    assert report.error is None and report.added > 0
    assert client.get("/c/exchange/SAMPLE/status").json()["last_fetch_succeeded"] is True
    for name, signal in (
        ("pdq", PdqSignal.get_examples()[0]),
        ("video_md5", VideoMD5Signal.get_examples()[0]),
    ):
        query = {"signal": signal, "signal_type": name}
        raw = client.get("/m/raw_lookup", params=query)
        assert raw.status_code == 200 and len(raw.json()["matches"]) >= 1
        with_distance = client.get("/m/raw_lookup", params={**query, "include_distance": "true"}).json()
        assert len(with_distance["matches"]) == len(raw.json()["matches"])
        assert all(set(m) == {"bank_content_id", "distance"} for m in with_distance["matches"])
        found = client.get("/m/lookup", params=query).json()
        assert list(found) == ["SAMPLE"] and found["SAMPLE"]
