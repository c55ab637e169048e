"""Fixtures for the reviewer UI tests: demo data, the app, a live server and a headless Chromium."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from fastapi.testclient import TestClient

from safeguarding.accounts import service as accounts_service
from safeguarding.store import Store
from safeguarding.web import create_app
from safeguarding.web.ui.demo import DEMO_PASSWORD, DemoData, seed_demo, serve_in_thread

CHROMIUM = Path(os.environ.get("SAFEGUARDING_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@dataclass(frozen=True)
class Config:
    """A stand-in for safeguarding.config.Config: sections of settings."""

    data: dict[str, Any]

    def section(self, name: str) -> dict[str, Any]:
        value = self.data.get(name) or {}
        assert isinstance(value, dict)
        return value


@pytest.fixture(autouse=True)
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Still argon2id, with small parameters, so logging in many times stays fast."""
    monkeypatch.setattr(
        accounts_service, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )


@pytest.fixture
def review_config() -> dict[str, Any]:
    """Override in a test module to change the `review` section (e.g. break_after)."""
    return {}


@dataclass
class UI:
    store: Store
    demo: DemoData
    app: FastAPI


def _ui(store: Store, tmp_path: Path, review: dict[str, Any]) -> UI:
    demo = seed_demo(store, tmp_path / "media")
    config = Config({"review": review, "web": {"secret_key": "test-secret-key-for-the-ui-0123456789"}})
    return UI(store=store, demo=demo, app=create_app(store, config))


@pytest.fixture
def ui(sqlite_store: Store, tmp_path: Path, review_config: dict[str, Any]) -> UI:
    """The app over a SQLite store holding the demo users and cases."""
    return _ui(sqlite_store, tmp_path, review_config)


@pytest.fixture
def ui_any_db(store: Store, tmp_path: Path, review_config: dict[str, Any]) -> UI:
    """The same on SQLite and on PostgreSQL."""
    return _ui(store, tmp_path, review_config)


def csrf_in(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html) or re.search(
        r'name="csrf-token" content="([^"]+)"', html
    )
    assert found, "no CSRF token in the page"
    return found.group(1)


def login_client(
    app: FastAPI, name: str, password: str = DEMO_PASSWORD, landing_status: int = 200
) -> TestClient:
    """A TestClient logged in through the UI's own form."""
    client = TestClient(app)
    form = client.get("/ui/login")
    response = client.post(
        "/ui/login",
        data={"username": name, "password": password, "csrf_token": csrf_in(form.text), "next": "/ui/"},
    )
    assert response.status_code == landing_status, response.text
    return client


# --- the browser -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def chromium() -> Path:
    """Debian's Chromium binary; the browser tests fail (never skip) without it."""
    if not CHROMIUM.is_file():
        pytest.fail(
            f"Chromium is not installed at {CHROMIUM}. The browser tests need Debian's chromium package: "
            "run `apt-get update && apt-get install -y chromium` (make test does this), "
            "or set SAFEGUARDING_CHROMIUM to the binary."
        )
    return CHROMIUM


@pytest.fixture(scope="session")
def browser(chromium: Path) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def live_url(ui: UI) -> Iterator[str]:
    with serve_in_thread(ui.app) as url:
        yield url


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1360, "height": 1000})
    context.set_default_timeout(10_000)
    opened = context.new_page()
    yield opened
    context.close()


def browser_login(page: Any, base_url: str, name: str, password: str = DEMO_PASSWORD) -> None:
    page.goto(f"{base_url}/ui/")
    page.get_by_label("User name").fill(name)
    page.get_by_label("Password").fill(password)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{base_url}/ui/")
