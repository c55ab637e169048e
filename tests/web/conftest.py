"""Fixtures for the API tests: an app over the store, users of every role with tokens."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

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


REDIS_URL = "redis://127.0.0.1:6379/0"


@pytest.fixture
def redis_prefix() -> Iterator[str]:
    """A key prefix of this test's own on the real Redis; its keys are deleted afterwards."""
    import redis

    prefix = f"sgtest-{uuid.uuid4().hex[:12]}:"
    yield prefix
    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(match=f"{prefix}*"))
    if keys:
        client.delete(*keys)
    client.close()


@pytest.fixture(params=["store", "redis"])
def sessions_section(request: pytest.FixtureRequest) -> dict[str, object]:
    """The `sessions` configuration: sessions and throttle in the store, or in the real Redis."""
    if request.param == "store":
        return {"backend": "store"}
    prefix = request.getfixturevalue("redis_prefix")
    return {"backend": "redis", "redis_url": REDIS_URL, "redis_prefix": prefix}
