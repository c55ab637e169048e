"""Where the HMA API is mounted, URL fetching's guards, and the optional anonymous role."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from safeguarding.store import Store
from safeguarding.web.hma import load_hma_settings
from safeguarding.web.settings import SettingsError

from .conftest import HMAServer, Images, make_server


@pytest.fixture
def server_with(sqlite_store: Store, images: Images) -> Iterator[Any]:
    """Start a server over the SQLite store with the given `hma` section."""
    started: list[Iterator[HMAServer]] = []

    def start(hma: dict[str, Any]) -> HMAServer:
        generator = make_server(sqlite_store, hma)
        started.append(generator)
        return next(generator)

    yield start
    for generator in started:
        generator.close()


def test_prefix_mounts_beside_v1(server_with: Any) -> None:
    server = server_with({"prefix": "/hma"})
    with server.client("admin") as client:
        assert client.get("/hma/status").text == "I-AM-ALIVE"
        assert client.get("/status").status_code == 404
        assert client.post("/hma/c/banks", json={"name": "PREFIXED"}).status_code == 201
        assert [b["name"] for b in client.get("/v1/banks").json()] == ["PREFIXED"]
        assert "/hma/m/lookup" in client.get("/hma/site-map").json()


def test_disabled(server_with: Any) -> None:
    server = server_with({"enabled": False})
    with server.client("admin") as client:
        assert client.get("/status").status_code == 404
        assert client.get("/healthz").status_code == 200


def test_fetching_is_off_by_default(server_with: Any, images: Images) -> None:
    server = server_with({"fetch": {}})
    with server.client("admin") as client:
        response = client.get("/h/hash", params={"url": images.url("image1.jpg")})
    assert response.status_code == 400
    assert "fetching URLs is off" in response.json()["message"]


def test_only_configured_hosts_and_never_loopback(server_with: Any, images: Images) -> None:
    server = server_with({"fetch": {"enabled": True, "allowed_hosts": ["127.0.0.1", "localhost"]}})
    with server.client("admin") as client:
        for url in (images.url("image1.jpg"), images.url("image1.jpg").replace("127.0.0.1", "localhost")):
            refused = client.get("/h/hash", params={"url": url})
            assert refused.status_code == 400
            assert "non-public address" in refused.json()["message"]
        other = client.get("/h/hash", params={"url": "http://example.org/a.jpg"})
        assert other.status_code == 400 and "allowed_hosts" in other.json()["message"]
        for bad in ("file:///etc/passwd", "gopher://127.0.0.1/", "http:///nohost"):
            assert client.get("/h/hash", params={"url": bad}).status_code == 400


class _Redirect(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(302)
        self.send_header("Location", "http://169.254.169.254/latest/meta-data/")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_redirects_are_checked_again(server_with: Any) -> None:
    redirector = http.server.HTTPServer(("127.0.0.1", 0), _Redirect)
    threading.Thread(target=redirector.serve_forever, daemon=True).start()
    try:
        server = server_with(
            {"fetch": {"enabled": True, "allowed_hosts": ["127.0.0.1"], "allow_private": True}}
        )
        with server.client("admin") as client:
            url = f"http://127.0.0.1:{redirector.server_address[1]}/x.jpg"
            response = client.get("/h/hash", params={"url": url})
        assert response.status_code == 400
        assert "169.254.169.254" in response.json()["message"]
    finally:
        redirector.shutdown()
        redirector.server_close()


def test_size_limit_is_413(server_with: Any, images: Images) -> None:
    server = server_with(
        {"fetch": {"enabled": True, "allowed_hosts": ["127.0.0.1"], "allow_private": True, "max_mb": 0.001}}
    )
    with server.client("admin") as client:
        response = client.get("/h/hash", params={"url": images.url("scene.jpg")})
    assert response.status_code == 413
    assert "Content too large" in response.json()["message"]


def test_hash_by_url_and_upload(server_with: Any, images: Images) -> None:
    server = server_with({})
    with server.client("api_client") as client:
        by_url = client.get("/h/hash", params={"url": images.url("image1.jpg"), "types": "pdq"})
        assert by_url.json() == {"pdq": images.pdq["image1.jpg"]}
        with open(images.path("image2.jpg"), "rb") as handle:
            upload = client.post("/h/hash", files={"photo": ("x.jpg", handle, "image/jpeg")})
        assert upload.json() == {"pdq": images.pdq["image2.jpg"]}
        wrong = client.get("/h/hash", params={"url": images.url("image1.jpg"), "types": "video_md5"})
        assert wrong.status_code == 400
        with open(images.path("image2.jpg"), "rb") as handle:
            field = client.post("/h/hash", files={"file": ("x.jpg", handle, "image/jpeg")})
        assert field.status_code == 400 and field.json() == {"message": "no such content_type: 'file'"}


def test_anonymous_role_only_when_configured(server_with: Any) -> None:
    closed = server_with({})
    with closed.client(None) as client:
        assert client.get("/m/lookup", params={"signal_type": "pdq", "signal": "5" * 64}).status_code == 401
    opened = server_with({"anonymous_role": "api_client"})
    with opened.client(None) as client:
        assert client.get("/m/lookup", params={"signal_type": "pdq", "signal": "5" * 64}).json() == {}
        assert client.post("/c/banks", json={"name": "NOPE"}).status_code == 403


def test_bad_settings_are_named() -> None:
    from safeguarding.config import Config

    for section, word in (
        ({"prefix": "hma"}, "hma.prefix"),
        ({"prefix": "/v1"}, "shadow"),
        ({"anonymous_role": "root"}, "anonymous_role"),
        ({"fetch": {"enabled": "yes"}}, "hma.fetch.enabled"),
        ({"fetch": {"allowed_hosts": "example.org"}}, "allowed_hosts"),
        ({"threshold": 300}, "threshold"),
    ):
        with pytest.raises(SettingsError, match=word):
            load_hma_settings(Config(None, {"hma": section}))
