"""One login throttle (ASVS V2.2.1) per account and per client address, shared by every server process.

Each test runs with the counters in the store (SQLite and PostgreSQL) and in the real Redis.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient
from service_fixtures import PASSWORD, Service, make_service, service_config
from sqlalchemy import select
from typer.testing import CliRunner

from safeguarding.accounts.backends import LoginState, open_login_state
from safeguarding.accounts.cli import users_app
from safeguarding.accounts.settings import ThrottlePolicy
from safeguarding.audit import AuditEvent
from safeguarding.store import Store, open_store
from safeguarding.web import create_app

WRONG = "not the password"


def login(client: TestClient, name: str, password: str) -> int:
    return client.post("/v1/session", json={"name": name, "password": password}).status_code


def actions_about(store: Store, name: str) -> list[str]:
    """The audit log's actions about user `name`, after the fixture's user_create and token_create."""
    with store.session() as session:
        query = select(AuditEvent.action).where(AuditEvent.subject == f"user:{name}").order_by(AuditEvent.seq)
        return [
            action for action in session.scalars(query) if not action.startswith(("user_create", "token_"))
        ]


def test_throttle_is_shared_by_two_server_instances(
    store: Store, sessions_section: dict[str, object]
) -> None:
    """Guesses spread over two app instances, each with its own database connection pool (or Redis
    client), as two `safeguarding serve` processes would have, are counted together."""
    first = make_service(store, sessions=sessions_section)
    second_store = open_store(store.url)
    try:
        second = create_app(second_store, service_config(sessions=sessions_section))
        client_a, client_b = TestClient(first.app), TestClient(second)
        for _ in range(4):  # three are free, the fourth makes the next attempt wait a second
            assert login(client_a, "admin", WRONG) == 401
        refused = client_b.post("/v1/session", json={"name": "admin", "password": PASSWORD})
        assert refused.status_code == 429
        assert int(refused.headers["retry-after"]) >= 1
        assert "sg_session" not in client_b.cookies
        assert login(client_b, "reviewer", PASSWORD) == 200  # other accounts are not affected
    finally:
        second_store.close()


def test_delay_doubles_after_the_free_failures(store: Store, sessions_section: dict[str, object]) -> None:
    policy = ThrottlePolicy(free_failures=3, base_delay=2, max_delay=10, lock_after=50)
    state = _state(store, sessions_section)
    throttle = type(state.throttle)(state.throttle.backend, policy)
    delays = []
    for _ in range(7):
        throttle.failed("someone", "192.0.2.1")
        current = throttle.state("someone")
        assert current is not None
        delays.append(round(current.next_allowed_at - current.updated_at, 3))
    assert delays == [0, 0, 0, 2, 4, 8, 10]
    refusal = throttle.check("someone", "198.51.100.7")  # the account's delay, from any address
    assert refusal is not None and refusal.scope == "account" and not refusal.locked
    assert 9 <= refusal.retry_after <= 10


def _state(store: Store, sessions_section: dict[str, object]) -> LoginState:
    return open_login_state(store, service_config(sessions=sessions_section))


def _cli_args(service: Service, tmp_path: Path, sessions_section: dict[str, object]) -> list[str]:
    config = tmp_path / "safeguarding.yaml"
    config.write_text(yaml.safe_dump({"sessions": sessions_section}), encoding="utf-8")
    url = service.store.url.replace("postgresql+psycopg://", "postgresql://")
    return ["--config", str(config), "--db", url]


def test_account_locks_and_an_admin_unlocks_it(
    store: Store, sessions_section: dict[str, object], tmp_path: Path
) -> None:
    section = {**sessions_section, "throttle": {"base_delay_seconds": 0, "lock_after": 5}}
    service = make_service(store, sessions=section)
    client = TestClient(service.app)
    for _ in range(5):
        assert login(client, "reviewer", WRONG) == 401
    locked = client.post("/v1/session", json={"name": "reviewer", "password": PASSWORD})
    assert locked.status_code == 429 and "locked" in locked.json()["detail"]
    assert int(locked.headers["retry-after"]) > 14 * 60
    assert actions_about(store, "reviewer") == ["login_failed"] * 5 + ["login_locked", "login_refused"]

    args = _cli_args(service, tmp_path, section)
    result = CliRunner().invoke(users_app, ["unlock", "reviewer", "--actor", "admin", *args])
    assert result.exit_code == 0, result.output
    assert "reviewer unlocked" in result.stdout
    assert login(client, "reviewer", PASSWORD) == 200
    assert actions_about(store, "reviewer")[-2:] == ["user_unlock", "login"]


def test_one_address_guessing_many_accounts_is_stopped(
    store: Store, sessions_section: dict[str, object], tmp_path: Path
) -> None:
    section = {
        **sessions_section,
        "throttle": {"base_delay_seconds": 0, "lock_after": 100, "address_lock_after": 4},
    }
    service = make_service(store, sessions=section)
    client = TestClient(service.app)
    for name in ("admin", "reviewer", "analyst", "no-such-user"):
        assert login(client, name, WRONG) == 401
    refused = client.post("/v1/session", json={"name": "api_client", "password": PASSWORD})
    assert refused.status_code == 429 and "your address" in refused.json()["detail"]
    args = _cli_args(service, tmp_path, section)
    result = CliRunner().invoke(users_app, ["unlock", "api_client", "--address", "testclient", *args])
    assert result.exit_code == 0, result.output
    assert login(client, "api_client", PASSWORD) == 200


def test_a_success_clears_the_account_count(store: Store, sessions_section: dict[str, object]) -> None:
    service = make_service(store, sessions=sessions_section)
    client = TestClient(service.app)
    for _ in range(2):
        assert login(client, "analyst", WRONG) == 401
    assert login(client, "analyst", PASSWORD) == 200
    for _ in range(3):  # had the two earlier failures stayed, the third would wait
        assert login(client, "analyst", WRONG) == 401


def test_unlock_of_an_unknown_user_is_a_clear_error(
    store: Store, sessions_section: dict[str, object], tmp_path: Path
) -> None:
    service = make_service(store, sessions=sessions_section)
    result = CliRunner().invoke(
        users_app, ["unlock", "nobody", *_cli_args(service, tmp_path, sessions_section)]
    )
    assert result.exit_code == 2 and "no user named 'nobody'" in result.output


def test_concurrent_failures_are_each_counted(store: Store, sessions_section: dict[str, object]) -> None:
    """Counting is one atomic step per failure, so parallel guesses cannot slip under the limits."""
    policy = ThrottlePolicy(base_delay=0, lock_after=1000, address_lock_after=1000)
    state = _state(store, sessions_section)
    throttle = type(state.throttle)(state.throttle.backend, policy)
    errors: list[BaseException] = []

    def guess() -> None:
        try:
            for _ in range(5):
                throttle.failed("target", "203.0.113.9")
        except BaseException as exc:  # reported below, not lost in the thread
            errors.append(exc)

    threads = [threading.Thread(target=guess) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    current = throttle.state("target")
    assert current is not None and current.failures == 30


@pytest.mark.parametrize(
    "bad", [{"backend": "memcached"}, {"throttle": {"lock_after": 0}}, {"idle_minutes": "x"}]
)
def test_bad_sessions_settings_name_the_setting(store: Store, bad: dict[str, object]) -> None:
    from safeguarding.accounts.settings import SessionSettingsError

    with pytest.raises(SessionSettingsError, match=r"config sessions\."):
        make_service(store, sessions=bad)
