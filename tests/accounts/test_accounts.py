"""Users, roles, argon2 passwords and hashed API tokens, through the service and the CLI."""

from __future__ import annotations

import hashlib

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select
from typer.testing import CliRunner

from safeguarding.accounts import (
    AccountError,
    ApiToken,
    User,
    authenticate,
    create_token,
    create_user,
    disable_user,
    revoke_token,
    set_role,
    user_for_token,
)
from safeguarding.accounts import service as accounts_service
from safeguarding.accounts.cli import tokens_app, users_app
from safeguarding.audit import AuditEvent
from safeguarding.store import Store

PASSWORD = "a long enough password"


@pytest.fixture(autouse=True)
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        accounts_service, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )


def test_passwords_are_argon2_and_checked(store: Store) -> None:
    with store.session() as session:
        user = create_user(session, "alice", "reviewer", PASSWORD)
        assert user.password_hash is not None and user.password_hash.startswith("$argon2id$")
        assert PASSWORD not in user.password_hash
        assert authenticate(session, "alice", PASSWORD) is user
        assert authenticate(session, "alice", "a wrong password!") is None
        assert authenticate(session, "nobody", PASSWORD) is None
        disable_user(session, "alice")
        assert authenticate(session, "alice", PASSWORD) is None


def test_bad_accounts_are_refused(store: Store) -> None:
    with store.session() as session:
        create_user(session, "alice", "reviewer")
        with pytest.raises(AccountError, match="already exists"):
            create_user(session, "alice", "reviewer")
        with pytest.raises(AccountError, match="unknown role 'boss'"):
            create_user(session, "bob", "boss")
        with pytest.raises(AccountError, match="too short"):
            create_user(session, "bob", "reviewer", "short")
        with pytest.raises(AccountError, match="at least 12 characters"):
            create_user(session, "bob", "reviewer", "eleven char")
        create_user(session, "carol", "reviewer", "twelve chars")
        with pytest.raises(AccountError, match="no spaces"):
            create_user(session, "bob smith", "reviewer")
        assert authenticate(session, "alice", "") is None  # token-only account


def test_tokens_are_random_hashed_and_revocable(store: Store) -> None:
    with store.session() as session:
        create_user(session, "uploader", "api_client")
        row, token = create_token(session, "uploader", "upload path")
        _, other = create_token(session, "uploader")
        assert token != other and token.startswith("sg_") and len(token) > 40
        assert row.token_hash == hashlib.sha256(token.encode()).hexdigest()
        stored = session.scalars(select(ApiToken.token_hash)).all()
        assert token not in stored
        found = user_for_token(session, token)
        assert found is not None and found.name == "uploader"
        assert user_for_token(session, token + "x") is None
        revoke_token(session, row.id)
        assert user_for_token(session, token) is None
        assert user_for_token(session, other) is not None
        set_role(session, "uploader", "analyst")
        actions = session.scalars(select(AuditEvent.action)).all()
        assert {"user_create", "token_create", "token_revoke", "role_change"} <= set(actions)


def test_cli(store: Store) -> None:
    runner = CliRunner()
    db = ["--db", store.url]
    result = runner.invoke(
        users_app, ["add", "alice", "--role", "reviewer", "--password-stdin", *db], input=PASSWORD + "\n"
    )
    assert result.exit_code == 0, result.output
    assert "user alice added with role reviewer" in result.output
    result = runner.invoke(users_app, ["add", "robot", "--role", "api_client", *db])
    assert "(tokens only)" in result.output
    bad = runner.invoke(users_app, ["add", "eve", "--role", "boss", *db])
    assert bad.exit_code == 2 and "unknown role" in bad.output
    result = runner.invoke(tokens_app, ["create", "robot", "--label", "ci", *db])
    assert result.exit_code == 0
    token = result.stdout.strip().splitlines()[0]
    assert token.startswith("sg_")
    with store.session() as session:
        assert user_for_token(session, token) is not None
    listed = runner.invoke(tokens_app, ["list", *db])
    assert "robot" in listed.output and token not in listed.output
    assert runner.invoke(users_app, ["set-role", "alice", "analyst", *db]).exit_code == 0
    assert runner.invoke(users_app, ["disable", "robot", *db]).exit_code == 0
    users = runner.invoke(users_app, ["list", *db]).output
    assert "alice" in users and "analyst" in users and "disabled" in users
    with store.session() as session:
        assert user_for_token(session, token) is None
        assert session.scalars(select(User.role).where(User.name == "alice")).one() == "analyst"
    token_id = listed.output.split()[0]
    assert runner.invoke(tokens_app, ["revoke", token_id, *db]).exit_code == 0
    assert runner.invoke(tokens_app, ["revoke", "999", *db]).exit_code == 2
