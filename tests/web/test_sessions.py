"""Server-side sessions (ASVS V3): logout, expiry and account changes end them for every copy of the cookie.

Each test runs with the sessions in the store (SQLite and PostgreSQL) and in the real Redis.
"""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import timedelta
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient
from service_fixtures import PASSWORD, Service, make_service
from sqlalchemy import select
from typer.testing import CliRunner

from safeguarding.accounts import disable_user, set_password, set_role
from safeguarding.accounts.cli import users_app
from safeguarding.accounts.models import LoginSession
from safeguarding.accounts.sessions import Sessions, hash_session_id
from safeguarding.audit import AuditEvent
from safeguarding.store import Store


@pytest.fixture
def sessions_service(store: Store, sessions_section: dict[str, object]) -> Service:
    return make_service(store, sessions=sessions_section)


def logged_in(service: Service, name: str = "reviewer") -> tuple[TestClient, str]:
    client = TestClient(service.app)
    response = client.post("/v1/session", json={"name": name, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return client, client.cookies["sg_session"]


def with_cookie(service: Service, value: str) -> TestClient:
    """A fresh client that only carries a copy of a session cookie, as a thief would."""
    client = TestClient(service.app)
    client.cookies.set("sg_session", value)
    return client


def sessions_of(service: Service) -> Sessions:
    sessions: Sessions = service.app.state.login.sessions
    return sessions


def test_logout_ends_the_session_for_every_copy_of_the_cookie(sessions_service: Service) -> None:
    client, cookie = logged_in(sessions_service)
    csrf = client.get("/v1/session").json()["csrf_token"]
    assert with_cookie(sessions_service, cookie).get("/v1/session").status_code == 200
    assert client.delete("/v1/session", headers={"X-CSRF-Token": csrf}).status_code == 204
    copy = with_cookie(sessions_service, cookie)
    assert copy.get("/v1/session").status_code == 401
    assert copy.get("/v1/cases").status_code == 401


def test_session_id_is_new_at_every_login(sessions_service: Service) -> None:
    client = TestClient(sessions_service.app)
    planted = "attacker-chosen-session-id-0123456789"
    client.cookies.set("sg_session", planted, domain="testserver.local")
    assert client.post("/v1/session", json={"name": "reviewer", "password": PASSWORD}).status_code == 200
    first = client.cookies["sg_session"]
    assert first != planted
    assert with_cookie(sessions_service, planted).get("/v1/session").status_code == 401
    # Logging in again over a live session replaces it: the old id is ended, not reused.
    assert client.post("/v1/session", json={"name": "reviewer", "password": PASSWORD}).status_code == 200
    second = client.cookies["sg_session"]
    assert second != first and len(second) >= 43  # 256 random bits, URL-safe base64
    assert with_cookie(sessions_service, first).get("/v1/session").status_code == 401
    assert with_cookie(sessions_service, second).get("/v1/session").status_code == 200


@pytest.mark.parametrize("change", ["disable", "role", "password"])
def test_account_changes_end_sessions_at_once(sessions_service: Service, change: str) -> None:
    _client, cookie = logged_in(sessions_service)
    _other, admin_cookie = logged_in(sessions_service, "admin")
    with sessions_service.store.session() as session:
        if change == "disable":
            disable_user(session, "reviewer", actor="admin")
        elif change == "role":
            set_role(session, "reviewer", "analyst", actor="admin")
        else:
            set_password(session, "reviewer", "a brand new password", actor="admin")
    assert with_cookie(sessions_service, cookie).get("/v1/session").status_code == 401
    assert with_cookie(sessions_service, admin_cookie).get("/v1/session").status_code == 200


def _age(service: Service, cookie: str, **shift: timedelta) -> None:
    """Move a stored session's times into the past through its own backend (store or Redis)."""
    backend = sessions_of(service).backend
    record = backend.get(hash_session_id(cookie))
    assert record is not None
    moved = {field: getattr(record, field) - delta for field, delta in shift.items()}
    backend.remove(record.id_hash)
    backend.add(dataclasses.replace(record, **moved))


def test_idle_session_ends(sessions_service: Service) -> None:
    _client, cookie = logged_in(sessions_service)
    _age(sessions_service, cookie, last_seen_at=timedelta(minutes=29))
    assert with_cookie(sessions_service, cookie).get("/v1/session").status_code == 200  # and is touched
    record = sessions_of(sessions_service).backend.get(hash_session_id(cookie))
    assert record is not None and record.last_seen_at > record.created_at
    _age(sessions_service, cookie, last_seen_at=timedelta(minutes=31))
    assert with_cookie(sessions_service, cookie).get("/v1/session").status_code == 401
    assert sessions_of(sessions_service).backend.get(hash_session_id(cookie)) is None


def test_session_ends_after_its_lifetime_even_when_used(sessions_service: Service) -> None:
    _client, cookie = logged_in(sessions_service)
    _age(sessions_service, cookie, expires_at=timedelta(hours=8, seconds=1))
    assert with_cookie(sessions_service, cookie).get("/v1/session").status_code == 401


def test_timeouts_are_configurable(store: Store) -> None:
    service = make_service(store, sessions={"idle_minutes": 5, "lifetime_hours": 1})
    client, _cookie = logged_in(service)
    assert "max-age=3600" in client.post(
        "/v1/session", json={"name": "reviewer", "password": PASSWORD}
    ).headers["set-cookie"].lower().replace(" ", "")
    assert sessions_of(service).idle == timedelta(minutes=5)


def test_only_a_hash_of_the_session_id_is_stored(store: Store) -> None:
    service = make_service(store)
    client = TestClient(service.app)
    response = client.post("/v1/session", json={"name": "reviewer", "password": PASSWORD})
    cookie = client.cookies["sg_session"]
    # Only in Set-Cookie: never in the body, a URL or another header.
    assert cookie not in response.text
    assert all(cookie not in value for key, value in response.headers.items() if key != "set-cookie")
    with store.session() as session:
        rows = session.scalars(select(LoginSession)).all()
        assert [row.id_hash for row in rows] == [hashlib.sha256(cookie.encode()).hexdigest()]
        assert all(cookie not in str(value) for value in vars(rows[0]).values())
        # The audit log holds neither the session id nor the password.
        entries = b" ".join(session.scalars(select(AuditEvent.entry)))
    assert b"login" in entries
    assert cookie.encode() not in entries and PASSWORD.encode() not in entries


def test_redis_keeps_only_a_hash_of_the_session_id(store: Store, redis_prefix: str) -> None:
    import redis

    service = make_service(store, sessions={"backend": "redis", "redis_prefix": redis_prefix})
    _client, cookie = logged_in(service)
    client = redis.Redis.from_url("redis://127.0.0.1:6379/0", decode_responses=True)
    keys = list(client.scan_iter(match=f"{redis_prefix}*"))
    assert f"{redis_prefix}session:{hash_session_id(cookie)}" in keys
    stored = " ".join(keys) + " ".join(str(client.hgetall(k)) for k in keys if ":session:" in k)
    assert cookie not in stored
    ttl = client.ttl(f"{redis_prefix}session:{hash_session_id(cookie)}")
    assert 0 < ttl <= 8 * 3600
    client.close()


def _config_file(tmp_path: Path, sessions_section: dict[str, object]) -> list[str]:
    path = tmp_path / "safeguarding.yaml"
    path.write_text(yaml.safe_dump({"sessions": sessions_section}), encoding="utf-8")
    return ["--config", str(path)]


def test_users_sessions_lists_and_users_logout_ends_them(
    sessions_service: Service, sessions_section: dict[str, object], tmp_path: Path
) -> None:
    db = ["--db", sessions_service.store.url.replace("postgresql+psycopg://", "postgresql://")]
    config = _config_file(tmp_path, sessions_section)
    _one, first = logged_in(sessions_service)
    _two, second = logged_in(sessions_service)
    _admin, admin_cookie = logged_in(sessions_service, "admin")
    runner = CliRunner()
    listed = runner.invoke(users_app, ["sessions", "reviewer", *config, *db])
    assert listed.exit_code == 0, listed.output
    lines = [line for line in listed.stdout.splitlines() if line.strip()]
    assert sorted(line.split()[0] for line in lines) == sorted(
        hash_session_id(value)[:12] for value in (first, second)
    )
    assert all("testclient" in line for line in lines)
    ended = runner.invoke(users_app, ["logout", "reviewer", "--actor", "admin", *config, *db])
    assert ended.exit_code == 0, ended.output
    for cookie in (first, second):
        assert with_cookie(sessions_service, cookie).get("/v1/session").status_code == 401
    assert with_cookie(sessions_service, admin_cookie).get("/v1/session").status_code == 200
    assert runner.invoke(users_app, ["sessions", "reviewer", *config, *db]).stdout.strip() == ""
    with sessions_service.store.session() as session:
        actions = session.scalars(
            select(AuditEvent.action).where(AuditEvent.subject == "user:reviewer")
        ).all()
    assert "sessions_end" in actions
    unknown = runner.invoke(users_app, ["logout", "nobody", *config, *db])
    assert unknown.exit_code == 2 and "no user named 'nobody'" in unknown.output


def test_unreachable_redis_is_a_clear_error(store: Store) -> None:
    from safeguarding.accounts.backends import BackendError

    with pytest.raises(BackendError, match="cannot reach Redis"):
        make_service(store, sessions={"backend": "redis", "redis_url": "redis://127.0.0.1:1/0"})


def test_old_web_session_hours_setting_names_its_new_place(store: Store) -> None:
    from safeguarding.web.settings import SettingsError

    with pytest.raises(SettingsError, match=r"sessions\.lifetime_hours"):
        make_service(store, web={"session_hours": 8})


def test_sessions_nobody_uses_again_are_dropped_at_the_next_login(store: Store) -> None:
    service = make_service(store)
    _client, idle = logged_in(service, "analyst")
    _age(service, idle, last_seen_at=timedelta(hours=1))
    logged_in(service, "admin")
    with store.session() as session:
        hashes = set(session.scalars(select(LoginSession.id_hash)))
    assert hash_session_id(idle) not in hashes and len(hashes) == 1
