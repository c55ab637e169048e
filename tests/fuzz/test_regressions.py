"""Each crash the fuzzers found, with its minimal input, as a test that failed before its fix."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from typer.testing import CliRunner

from safeguarding.accounts import service as accounts_service
from safeguarding.ads.pipeline import link_ads
from safeguarding.chats.io import parse_conversation, read_conversations
from safeguarding.chats.pan import iter_pan
from safeguarding.cli import app
from safeguarding.jsonlines import LONE_SURROGATE, NON_FINITE
from safeguarding.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
from service_fixtures import Service, make_service

HUGE_NUMBER = b'{"id": "a", "messages": [], "n": 1' + b"0" * 5000 + b"}\n"
LONE_SURROGATE_ID = b'{"id": "\\ud800", "messages": []}\n'
LONE_SURROGATE_TEXT = b'{"id": "a", "text": "\\udfff", "messages": [{"author": "b", "text": "\\udfff"}]}\n'


def _link(data: bytes) -> tuple[list[str], str]:
    problems: list[str] = []
    sink = io.StringIO()
    link_ads(io.BytesIO(data), sink, lambda n, level, msg: problems.append(f"{n}: {level}: {msg}"))
    return problems, sink.getvalue()


def test_ads_a_number_over_the_digit_limit_is_a_rejected_line() -> None:
    # Was: ValueError "Exceeds the limit (4300 digits) for integer string conversion" ended `ads link`.
    problems, out = _link(HUGE_NUMBER + b'{"id": "b"}\n')
    assert problems == ["1: error: not valid JSON (a number of more than 4300 digits); line skipped"]
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["b"]


@pytest.mark.parametrize("line", [LONE_SURROGATE_ID, LONE_SURROGATE_TEXT], ids=["id", "text"])
def test_ads_a_lone_surrogate_is_a_rejected_line(line: bytes) -> None:
    # Was: UnicodeEncodeError writing the output (id) or the temporary file (text).
    problems, out = _link(line)
    assert problems == [f"1: error: {LONE_SURROGATE}; line skipped"]
    assert out == ""
    assert _link(b'{"id": "\\ud83d\\ude00 pair"}\n')[0] == []  # a surrogate pair is one character


@pytest.mark.parametrize(
    ("line", "why"),
    [
        (HUGE_NUMBER, "not valid JSON (a number of more than 4300 digits)"),
        (
            LONE_SURROGATE_ID,
            "text with a lone UTF-16 surrogate escape (\\ud800-\\udfff) is not valid Unicode",
        ),
    ],
    ids=["huge-number", "lone-surrogate"],
)
def test_chats_a_bad_line_is_reported_and_the_rest_read(line: bytes, why: str) -> None:
    # Was: ValueError out of `chats score` (huge number); UnicodeEncodeError writing its output (surrogate).
    problems: list[str] = []
    text = (line + b'{"id": "ok", "messages": []}\n').decode()
    read = [c.id for c in read_conversations(io.StringIO(text), "in.jsonl", problems.append)]
    assert (read, problems) == (["ok"], [f"in.jsonl:1: {why}"])


def test_cli_chats_score_and_ads_link_report_the_line_and_go_on(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(LONE_SURROGATE_ID + HUGE_NUMBER + b'{"id": "c", "messages": []}\n')
    for command in (["chats", "score", "--no-semantic"], ["ads", "link", "--workers", "1"]):
        out = tmp_path / "out.jsonl"
        result = CliRunner().invoke(app, [*command, str(source), "--out", str(out)])
        assert result.exit_code == 1, (command, result.output)
        assert f"{source}:1:" in result.stderr and f"{source}:2:" in result.stderr
        assert "Traceback" not in result.output
        assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["c"]


def test_pan_a_conversation_without_id_is_named_by_its_place() -> None:
    # Was: written with "id": "", which `chats score` then rejected line by line.
    xml = b'<conversations><conversation id=""></conversation><conversation id="x"/></conversations>'
    conversations = [conversation for conversation, _truth in iter_pan(io.BytesIO(xml))]
    assert [c["id"] for c in conversations] == ["pan-1", "x"]
    for conversation in conversations:
        parse_conversation(json.dumps(conversation))


@pytest.fixture
def api(sqlite_store: Store, monkeypatch: pytest.MonkeyPatch) -> Iterator[Service]:
    monkeypatch.setattr(
        accounts_service, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )
    service = make_service(sqlite_store)
    service.client("admin").post("/v1/banks", json={"name": "hotline"})
    yield service


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/v1/banks", '{"":"\\ud800"}'),  # invalid: FastAPI's 422 echoed the input and could not encode it
        ("/v1/banks", '{"name": "a\\ud800"}'),  # valid: the database could not store it
        ("/v1/session", '{"name": "a\\udc00", "password": "p"}'),
        ("/v1/chats/c1/messages", '{"author": "a", "text": "hi \\ud800"}'),
        ("/v1/detections", '{"kind": "grooming_warning", "group_key": "k", "summary": "\\udfff"}'),
        (
            "/v1/banks/hotline/entries",
            '{"entries": [{"signal_type": "md5", "value": "x", "labels": "\\ud800"}]}',
        ),
    ],
)
def test_api_a_lone_surrogate_in_a_json_body_is_422_not_500(api: Service, path: str, body: str) -> None:
    response = api.client("admin").post(
        path, content=body.encode(), headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 422
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.json() == {"detail": f"request body: {LONE_SURROGATE}"}


@pytest.mark.parametrize(
    ("path", "body"),
    [("/v1/session", "Infinity"), ("/v1/banks", '{"name": NaN}'), ("/v1/detections", "[-Infinity]")],
)
def test_api_nan_and_infinity_are_422_not_500(api: Service, path: str, body: str) -> None:
    # Was: 500, FastAPI's 422 echoed the value and its JSON encoder refuses NaN and Infinity.
    response = api.client("admin").post(
        path, content=body.encode(), headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 422
    assert response.json() == {"detail": f"request body: {NON_FINITE}"}


def test_api_a_surrogate_pair_and_the_words_nan_and_infinity_still_pass(api: Service) -> None:
    body = b'{"author": "a", "text": "hi \\ud83d\\ude00, NaN or Infinity as words"}'
    response = api.client("admin").post(
        "/v1/chats/c1/messages", content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 200, response.text
