"""Bearer tokens, session cookies and CSRF."""

from __future__ import annotations

from fastapi.testclient import TestClient
from service_fixtures import PASSWORD, Service

from safeguarding.accounts import disable_user, revoke_token, set_role
from safeguarding.accounts.models import ApiToken


def test_no_credentials_is_401_without_data(service: Service) -> None:
    response = service.client().get("/v1/session")
    assert response.status_code == 401
    assert response.json() == {"detail": "authentication required: a bearer token or a session cookie"}
    assert response.headers["www-authenticate"] == "Bearer"


def test_bearer_token_identifies_user(service: Service) -> None:
    response = service.client("analyst").get("/v1/session")
    assert response.status_code == 200
    assert response.json()["name"] == "analyst"
    assert response.json()["role"] == "analyst"


def test_bad_revoked_and_disabled_tokens_are_401(service: Service) -> None:
    client = TestClient(service.app)
    assert client.get("/v1/session", headers={"Authorization": "Bearer sg_nonsense"}).status_code == 401
    assert client.get("/v1/session", headers={"Authorization": "Basic abc"}).status_code == 401
    with service.store.session() as session:
        token_id = session.query(ApiToken).filter_by(prefix=service.tokens["reviewer"][:10]).one().id
        revoke_token(session, token_id)
        disable_user(session, "analyst")
    assert service.client("reviewer").get("/v1/session").status_code == 401
    assert service.client("analyst").get("/v1/session").status_code == 401
    assert service.client("admin").get("/v1/session").status_code == 200


def test_role_change_applies_at_once(service: Service) -> None:
    client = service.client("reviewer")
    assert client.get("/v1/stats").status_code == 403
    with service.store.session() as session:
        set_role(session, "reviewer", "analyst")
    assert client.get("/v1/stats").status_code == 200


def test_login_sets_secure_flags_and_csrf_is_enforced(service: Service) -> None:
    client = TestClient(service.app)
    assert client.post("/v1/session", json={"name": "admin", "password": "wrong password"}).status_code == 401
    response = client.post("/v1/session", json={"name": "admin", "password": PASSWORD})
    assert response.status_code == 200
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    assert "secure" not in cookie  # plain http in the test client; https gets Secure (auto)
    csrf = response.json()["csrf_token"]
    assert client.get("/v1/session").json()["name"] == "admin"
    # An unsafe method by cookie needs the CSRF token.
    assert client.post("/v1/cases/claim", json={}).status_code == 403
    assert client.post("/v1/cases/claim", json={}, headers={"X-CSRF-Token": "forged"}).status_code == 403
    assert client.post("/v1/cases/claim", json={}, headers={"X-CSRF-Token": csrf}).status_code == 200
    assert client.delete("/v1/session", headers={"X-CSRF-Token": csrf}).status_code == 204
    assert client.get("/v1/session").status_code == 401


def test_cookie_is_secure_over_https(service: Service) -> None:
    client = TestClient(service.app, base_url="https://testserver")
    response = client.post("/v1/session", json={"name": "reviewer", "password": PASSWORD})
    assert "secure" in response.headers["set-cookie"].lower()


def test_tampered_cookie_is_rejected(service: Service) -> None:
    client = TestClient(service.app)
    client.post("/v1/session", json={"name": "reviewer", "password": PASSWORD})
    value = client.cookies["sg_session"]
    client.cookies.clear()
    client.cookies.set("sg_session", value[:-3] + ("AAA" if not value.endswith("AAA") else "BBB"))
    assert client.get("/v1/session").status_code == 401


def test_password_less_account_cannot_log_in(service: Service) -> None:
    from safeguarding.accounts import create_user

    with service.store.session() as session:
        create_user(session, "robot", "api_client")
    response = TestClient(service.app).post(
        "/v1/session", json={"name": "robot", "password": "anything at all"}
    )
    assert response.status_code == 401


def test_long_passwords_are_accepted(service: Service) -> None:
    from safeguarding.accounts import set_password

    long_password = "a sentence is a good password, " * 4  # 124 characters
    with service.store.session() as session:
        set_password(session, "analyst", long_password)
    client = TestClient(service.app)
    response = client.post("/v1/session", json={"name": "analyst", "password": long_password})
    assert response.status_code == 200
