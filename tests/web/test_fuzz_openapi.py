"""Schemathesis against the app's own OpenAPI document: no input makes the service answer 500."""

from __future__ import annotations

import time
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from service_fixtures import Service, make_service

from safeguarding.cases import Detection, submit_detection
from safeguarding.store import Store

MAX_EXAMPLES = 20


@pytest.fixture
def fuzz_service(sqlite_store: Store) -> Service:
    service = make_service(sqlite_store)
    with sqlite_store.session() as session:
        submit_detection(session, Detection(kind="grooming_warning", group_key="account:1", summary="x"))
    service.client("admin").post("/v1/banks", json={"name": "hotline"})
    return service


@pytest.mark.slow
def test_no_server_errors(fuzz_service: Service) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", fuzz_service.app)
    headers = {"Authorization": f"Bearer {fuzz_service.tokens['admin']}"}
    failures: list[str] = []
    operations = 0
    timings: dict[str, float] = {}
    for result in schema.get_all_operations():
        operation = result.ok()
        if not operation.path.startswith("/v1/"):
            continue
        operations += 1

        @given(case=operation.as_strategy())
        @settings(
            max_examples=MAX_EXAMPLES,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def check(case: Any) -> None:
            response = case.call(headers=headers)
            if response.status_code >= 500:
                failures.append(
                    f"{case.method} {case.formatted_path}: {response.status_code} {response.text[:300]}"
                )

        started = time.perf_counter()
        check()
        timings[f"{operation.method.upper()} {operation.path}"] = time.perf_counter() - started
    print("slowest operations:", sorted(timings.items(), key=lambda kv: -kv[1])[:5])
    assert operations >= 15
    assert failures == []
