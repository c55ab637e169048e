"""Security headers and cookie flags (ASVS V14.4, V3.4) on the reviewer pages and the API."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from safeguarding.web import create_app
from safeguarding.web.headers import API_CONTENT_SECURITY_POLICY
from safeguarding.web.ui.demo import DEMO_PASSWORD

from .conftest import UI, Config, csrf_in, login_client

TEMPLATES = Path(__file__).resolve().parents[2] / "src" / "safeguarding" / "web" / "ui" / "templates"


def _framing_denied(headers: dict[str, str] | object) -> None:
    assert headers["x-frame-options"] == "DENY"  # type: ignore[index]
    assert "frame-ancestors 'none'" in headers["content-security-policy"]  # type: ignore[index]
    assert headers["x-content-type-options"] == "nosniff"  # type: ignore[index]
    assert headers["referrer-policy"] == "no-referrer"  # type: ignore[index]


def test_case_pages_and_api_case_data_are_never_cached(ui: UI) -> None:
    client = login_client(ui.app, "casey")
    case_id = ui.demo.case_ids["chat"]
    for path in ("/ui/", f"/ui/cases/{case_id}", f"/v1/cases/{case_id}", "/v1/cases", "/v1/session"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["cache-control"] == "no-store", path
        _framing_denied(response.headers)
    # Redirects and errors too: a 404 for a case never lands in a shared cache either.
    missing = client.get("/v1/cases/999999")
    assert missing.status_code == 404 and missing.headers["cache-control"] == "no-store"


def test_ui_policy_allows_no_inline_script_and_the_api_loads_nothing(ui: UI) -> None:
    client = login_client(ui.app, "casey")
    page_policy = client.get("/ui/").headers["content-security-policy"]
    assert "script-src 'self';" in page_policy
    assert "unsafe-inline" not in page_policy and "unsafe-eval" not in page_policy
    assert "object-src 'none'" in page_policy and "base-uri 'none'" in page_policy
    api = client.get("/v1/session")
    assert api.headers["content-security-policy"] == API_CONTENT_SECURITY_POLICY
    assert "default-src 'none'" in API_CONTENT_SECURITY_POLICY
    # Swagger UI's page needs inline script, so it is not served; the OpenAPI document is.
    assert client.get("/docs").status_code == 404 and client.get("/redoc").status_code == 404
    assert client.get("/openapi.json").status_code == 200


def test_templates_hold_no_inline_script_or_event_handlers() -> None:
    files = sorted(TEMPLATES.rglob("*.html"))
    assert len(files) >= 5
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text, re.IGNORECASE), path
        assert not re.search(r"\son[a-z]+\s*=", text, re.IGNORECASE), path
        assert "javascript:" not in text.lower(), path
        assert not re.search(r"\sstyle\s*=", text, re.IGNORECASE), path


def test_static_script_may_be_cached_briefly_but_is_not_sniffed(ui: UI) -> None:
    response = TestClient(ui.app).get("/ui/static/ui.js")
    assert response.headers["cache-control"] == "no-cache"
    assert response.headers["x-content-type-options"] == "nosniff"


def _log_in(client: TestClient) -> list[str]:
    """Log in through the form; the Set-Cookie headers of the form and of the login."""
    form = client.get("/ui/login")
    # Sent by hand: a client over plain http (the proxy's side) would hold back a Secure cookie.
    login_csrf = form.cookies["sg_login_csrf"]
    response = client.post(
        "/ui/login",
        data={"username": "casey", "password": DEMO_PASSWORD, "csrf_token": csrf_in(form.text)},
        headers={"Cookie": f"sg_login_csrf={login_csrf}"},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return form.headers.get_list("set-cookie") + response.headers.get_list("set-cookie")


def _set(cookies: list[str]) -> list[str]:
    """The cookies that are set (not the ones deleted)."""
    return [cookie.lower() for cookie in cookies if "max-age=0" not in cookie.lower()]


def test_cookies_are_secure_httponly_and_samesite_over_https(ui: UI) -> None:
    client = TestClient(ui.app, base_url="https://testserver")
    cookies = _set(_log_in(client))
    cookies += _set(
        client.get("/ui/", params={"f": "1", "kind": "ad_network"}).headers.get_list("set-cookie")
    )
    assert {cookie.split("=", 1)[0] for cookie in cookies} >= {
        "sg_login_csrf",
        "sg_session",
        "sg_queue_filter",
    }
    for cookie in cookies:
        assert "secure" in cookie and "httponly" in cookie and "samesite=" in cookie
    assert client.get("/ui/").headers["strict-transport-security"].startswith("max-age=")


@pytest.mark.parametrize("setting", [True, "auto"])
def test_cookie_secure_setting_for_tls_at_a_proxy(ui: UI, setting: object) -> None:
    """Behind a proxy that ends TLS the app sees http; `web.cookie_secure: true` keeps cookies Secure."""
    config = Config(
        {"web": {"secret_key": "test-secret-key-for-the-ui-0123456789", "cookie_secure": setting}}
    )
    client = TestClient(create_app(ui.store, config))  # plain http, as from the proxy
    cookies = _set(_log_in(client))
    session_cookie = next(cookie for cookie in cookies if cookie.startswith("sg_session="))
    assert "httponly" in session_cookie and "samesite=lax" in session_cookie and "path=/" in session_cookie
    assert all(("secure" in cookie) is (setting is True) for cookie in cookies)


def test_markup_in_case_text_is_shown_as_text_not_run(ui: UI) -> None:
    from safeguarding.cases import submit_detection
    from safeguarding.cases.adapters import chat_detection

    hostile = '<script>document.title="x"</script><img src=x onerror=alert(1)>'
    evidence = [{"message": 0, "category": "secrecy", "stage": 4, "text": hostile}]
    detection = chat_detection(
        'c-"markup"', {"risk": 0.9, "suspect": "<b>u1</b>", "first_warning": 0}, evidence
    )
    with ui.store.session() as session:
        case_id = submit_detection(session, detection).id
    page = login_client(ui.app, "robin").get(f"/ui/cases/{case_id}").text
    assert "&lt;script&gt;document.title=" in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<script>document" not in page and "<img src=x" not in page and "<b>u1</b>" not in page
