"""A live server for the HMA-compatible API tests: uvicorn on 127.0.0.1 over the test store, users of
every role with tokens, and a loopback image server (benign generated checkerboards) for URL hashing."""

from __future__ import annotations

import functools
import http.server
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from argon2 import PasswordHasher
from PIL import Image, ImageDraw, ImageEnhance
from sqlalchemy import select

from safeguarding.accounts import ROLES, User, create_token, create_user
from safeguarding.accounts import service as accounts_service
from safeguarding.config import Config
from safeguarding.media import hash_file
from safeguarding.store import Store
from safeguarding.web import create_app


@pytest.fixture(autouse=True)
def exchange_credentials(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Exchange credentials of this test's own (never the user's files or environment)."""
    folder = tmp_path / "creds"
    monkeypatch.setenv("SAFEGUARDING_EXCHANGE_CREDENTIALS_DIR", str(folder))
    for variable in ("TX_NCMEC_CREDENTIALS", "TX_STOPNCII_KEYS", "TX_ACCESS_TOKEN"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    return folder


@pytest.fixture(autouse=True)
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        accounts_service, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )


def checkerboard(cell: int, size: int = 128, shift: int = 0) -> Image.Image:
    image = Image.new("RGB", (size, size))
    pixels = image.load()
    assert pixels is not None
    for x in range(size):
        for y in range(size):
            on = ((x + shift) // cell + y // cell) % 2
            pixels[x, y] = (255, 255, 255) if on else (0, 0, 0)
    return image


@dataclass
class Images:
    base: str
    folder: Path
    pdq: dict[str, str] = field(default_factory=dict)

    def url(self, name: str) -> str:
        return f"{self.base}/{name}"

    def path(self, name: str) -> Path:
        return self.folder / name


def scene() -> Image.Image:
    """A smooth benign picture (gradient, a disc, a box): PDQ is stable under mild edits of it."""
    image = Image.new("RGB", (256, 256))
    for x in range(256):
        for y in range(256):
            image.putpixel((x, y), (x, y, (x + y) // 2))
    draw = ImageDraw.Draw(image)
    draw.ellipse((60, 60, 180, 180), fill=(250, 250, 40))
    draw.rectangle((150, 20, 230, 90), fill=(20, 40, 200))
    return image


def _make_images(folder: Path) -> dict[str, str]:
    """image1/image2: two checkerboards (as HMA's tests); scene and scene-edit (brighter: within PDQ
    distance 31 of scene, not 0); other: an unrelated gradient (no match); clip.mp4: bytes for MD5."""
    checkerboard(8).save(folder / "image1.jpg", format="JPEG")
    checkerboard(16).save(folder / "image2.jpg", format="JPEG")
    scene().save(folder / "scene.jpg", format="JPEG")
    ImageEnhance.Brightness(scene()).enhance(1.3).save(folder / "scene-edit.jpg", format="JPEG")
    gradient = Image.new("RGB", (128, 128))
    for x in range(128):
        for y in range(128):
            gradient.putpixel((x, y), (x * 2, (x * y) % 256, y * 2))
    gradient.save(folder / "other.jpg", format="JPEG")
    (folder / "clip.mp4").write_bytes(b"not really a video, but its MD5 is what video_md5 is\n" * 10)
    names = ("image1.jpg", "image2.jpg", "scene.jpg", "scene-edit.jpg", "other.jpg")
    return {name: str(hash_file(folder / name).pdq) for name in names}


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def images(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Images]:
    folder = tmp_path_factory.mktemp("hma-images")
    pdq = _make_images(folder)
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Images(f"http://127.0.0.1:{server.server_address[1]}", folder, pdq)
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class HMAServer:
    base: str
    store: Store
    tokens: dict[str, str]

    def client(self, role: str | None = "admin") -> httpx.Client:
        headers = {"Authorization": f"Bearer {self.tokens[role]}"} if role else {}
        return httpx.Client(base_url=self.base, headers=headers, timeout=30)


def serve(app: Any) -> Iterator[str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, name="hma-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the test server did not start on port {port}")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def make_server(store: Store, hma: dict[str, Any] | None = None) -> Iterator[HMAServer]:
    tokens = {}
    with store.session() as session:
        known = set(session.scalars(select(User.name)))
        for role in ROLES:
            if role not in known:
                create_user(session, role, role, "correct horse battery")
            _, tokens[role] = create_token(session, role)
    hma_section = {
        "fetch": {"enabled": True, "allowed_hosts": ["127.0.0.1"], "allow_private": True},
        **(hma or {}),
    }
    config = Config(None, {"web": {"secret_key": "test-secret-key-0123456789"}, "hma": hma_section})
    for base in serve(create_app(store, config)):
        yield HMAServer(base, store, tokens)


@pytest.fixture
def hma(store: Store, images: Images) -> Iterator[HMAServer]:
    """The server over the store (SQLite and PostgreSQL), URL fetching on for the image server only."""
    yield from make_server(store)


@pytest.fixture
def client(hma: HMAServer) -> Iterator[httpx.Client]:
    """An admin (HMA curator, matcher and hasher) client."""
    with hma.client("admin") as http_client:
        yield http_client


def create_bank(client: httpx.Client, name: str) -> None:
    response = client.post("/c/banks", json={"name": name})
    assert response.status_code == 201, response.text
    assert response.json() == {"matching_enabled_ratio": 1.0, "name": name}
