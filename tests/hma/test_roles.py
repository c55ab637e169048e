"""Every HMA endpoint in the OpenAPI document: no credentials → 401, a role without HMA's role → 403,
both as HMA's {"message": …}; and Schemathesis finds no input that makes one answer 500."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from .conftest import HMAServer

PUBLIC = {"/status", "/status/live", "/site-map"}
PATH_VALUES = {
    "{bank_name}": "SOME_BANK",
    "{content_id}": "1",
    "{api_name}": "sample",
    "{exchange_name}": "X",
}


def hma_operations(server: HMAServer) -> list[tuple[str, str]]:
    with server.client(None) as client:
        paths = client.get("/openapi.json").json()["paths"]
    return sorted(
        (method.upper(), path)
        for path, operations in paths.items()
        if path.startswith(("/status", "/site-map", "/h/", "/m/", "/c/"))
        for method in operations
    )


def concrete(path: str) -> str:
    for name, value in PATH_VALUES.items():
        path = path.replace(name, value)
    return path


def test_every_hma_endpoint_checks_the_role(hma: HMAServer) -> None:
    operations = hma_operations(hma)
    assert len(operations) >= 30
    with hma.client(None) as anonymous, hma.client("reviewer") as reviewer:
        for method, path in operations:
            if path in PUBLIC:
                assert anonymous.request(method, path).status_code == 200, path
                continue
            refused = anonymous.request(method, concrete(path))
            assert refused.status_code == 401, (method, path)
            assert list(refused.json()) == ["message"]
            forbidden = reviewer.request(method, concrete(path))
            assert forbidden.status_code == 403, (method, path, forbidden.text)
            assert "missing role" in forbidden.json()["message"]


@pytest.mark.slow
def test_no_server_errors(hma: HMAServer) -> None:
    with hma.client(None) as client:  # generous timeout: the first OpenAPI build is slow on a busy machine
        document = client.get("/openapi.json", timeout=120).json()
    schema = schemathesis.openapi.from_dict(document)
    headers = {"Authorization": f"Bearer {hma.tokens['admin']}"}
    failures: list[str] = []
    for result in schema.get_all_operations():
        operation = result.ok()
        if not operation.path.startswith(("/h/", "/m/", "/c/")):
            continue

        @given(case=operation.as_strategy())
        @settings(max_examples=15, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        def check(case: Any) -> None:
            response = case.call(base_url=hma.base, headers=headers, timeout=30)
            if response.status_code >= 500:
                failures.append(
                    f"{case.method} {case.formatted_path}: {response.status_code} {response.text[:300]}"
                )

        check()
    assert failures == []
