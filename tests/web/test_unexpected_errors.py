"""ASVS 7.4.1: an unexpected error answers a generic message with the security headers, nothing internal."""

from __future__ import annotations

from fastapi.testclient import TestClient
from service_fixtures import make_service

from safeguarding.store import Store

SECRET_DETAIL = "connection string postgresql://admin:hunter2@db/internal"


def test_an_unexpected_error_is_a_generic_500_without_internals(sqlite_store: Store) -> None:
    service = make_service(sqlite_store)

    @service.app.get("/v1/boom-for-test")
    def boom() -> None:
        raise RuntimeError(SECRET_DETAIL)

    client = TestClient(service.app, raise_server_exceptions=False)
    answer = client.get("/v1/boom-for-test")
    assert answer.status_code == 500
    assert (
        SECRET_DETAIL not in answer.text and "Traceback" not in answer.text and "hunter2" not in answer.text
    )
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert "no-store" in answer.headers["cache-control"]
    assert answer.json() == {"detail": "internal error; the details are in the service log"}
