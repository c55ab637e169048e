"""Fixtures for the API tests: an app over the store, users of every role with tokens."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from service_fixtures import Service, make_service

from safeguarding.accounts import service as accounts_service
from safeguarding.store import Store


@pytest.fixture(autouse=True)
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Still argon2id, with small parameters: the default costs ~0.3 s per hash on the CI machine."""
    monkeypatch.setattr(
        accounts_service, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )


@pytest.fixture
def service(store: Store) -> Service:
    return make_service(store)


@pytest.fixture
def sqlite_service(sqlite_store: Store) -> Service:
    return make_service(sqlite_store)
