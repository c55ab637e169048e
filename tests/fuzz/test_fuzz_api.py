"""Fuzz the API where the schemathesis run (tests/web/test_fuzz_openapi.py) does not reach.

That run sends schema-valid requests only. Here: every JSON-body operation gets schema-violating
bodies (schemathesis' negative mode) and raw bytes that are not JSON at all, and the upload route gets
mutated images of every format. The contract: an answer below 500, never a traceback, and for the upload
a hash or 413/415/422 with a message naming the problem.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st
from schemathesis import GenerationMode

from safeguarding.accounts import service as accounts_service
from safeguarding.store import Store
from tests.fuzz.profiles import fuzz_settings
from tests.fuzz.strategies import BYTES, JSON_VALUES, mutations_of

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
from service_fixtures import Service, make_service

pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore::UserWarning")]
UPLOAD_ANSWERS = {200, 413, 415, 422}


@pytest.fixture
def fuzz_api(sqlite_store: Store, monkeypatch: pytest.MonkeyPatch) -> Iterator[Service]:
    monkeypatch.setattr(
        accounts_service, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )
    service = make_service(sqlite_store)
    service.client("admin").post("/v1/banks", json={"name": "hotline"})
    yield service


def _no_server_error(response: Any, what: str) -> None:
    assert response.status_code < 500, f"{what}: {response.status_code} {response.text[:300]}"
    assert "Traceback" not in response.text, what


def _json_operations(service: Service) -> list[Any]:
    schema = schemathesis.openapi.from_asgi("/openapi.json", service.app)
    operations = [result.ok() for result in schema.get_all_operations()]
    return [
        op
        for op in operations
        if op.path.startswith("/v1/") and any(b.media_type == "application/json" for b in op.body)
    ]


def test_json_bodies_that_break_the_schema(fuzz_api: Service) -> None:
    headers = {"Authorization": f"Bearer {fuzz_api.tokens['admin']}"}
    operations = _json_operations(fuzz_api)
    assert len(operations) >= 9
    for operation in operations:

        @fuzz_settings(share=0.05)
        @given(case=operation.as_strategy(generation_mode=GenerationMode.NEGATIVE))
        def check(case: Any) -> None:
            _no_server_error(case.call(headers=headers), f"{case.method} {case.formatted_path}")

        check()


RAW_BODIES = st.one_of(
    st.binary(max_size=200),
    mutations_of(
        st.sampled_from([b'{"name": "x"}', b'{"hash": "' + b"f" * 64 + b'", "signal_type": "pdq"}'])
    ),
    JSON_VALUES.map(lambda v: __import__("json").dumps(v).encode()),
    st.sampled_from([b"1" * 5000, b"[" * 50_000, b'{"name": "\\ud800"}', b"\xff\xfe{}"]),
)


def test_raw_bodies_that_are_not_json(fuzz_api: Service) -> None:
    client = fuzz_api.client("admin")
    values = {"{case_id}": "1", "{name}": "hotline", "{conversation_id}": "c1"}
    paths = []
    for operation in _json_operations(fuzz_api):
        path = operation.path
        for placeholder, value in values.items():
            path = path.replace(placeholder, value)
        paths.append(path)

    @fuzz_settings(share=0.5)
    @given(st.sampled_from(paths), RAW_BODIES)
    def check(path: str, body: bytes) -> None:
        response = client.post(path, content=body, headers={"Content-Type": "application/json"})
        _no_server_error(response, f"POST {path} {body[:60]!r}")

    check()


@fuzz_settings(share=0.5)
@given(data=BYTES["image"])
def test_uploaded_images(fuzz_api: Service, data: bytes) -> None:
    response = TestClient(fuzz_api.app).post(
        "/v1/match/image",
        content=data,
        headers={"Authorization": f"Bearer {fuzz_api.tokens['admin']}", "Content-Type": "image/png"},
    )
    assert response.status_code in UPLOAD_ANSWERS, f"{response.status_code} {response.text[:300]}"
    if response.status_code == 200:
        assert len(response.json()["hashes"]["pdq"]) == 64
    else:
        detail = response.json()["detail"]
        assert isinstance(detail, str) and detail.strip() and "\n" not in detail, response.text
