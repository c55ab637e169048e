import io
import json

from typer.testing import CliRunner

from safeguarding.ads import link_ads
from safeguarding.ads.cli import app


def run_lines(lines: list[bytes]) -> tuple[list[dict], list[tuple[int, str, str]]]:
    sink = io.StringIO()
    messages: list[tuple[int, str, str]] = []
    link_ads(io.BytesIO(b"\n".join(lines) + b"\n"), sink, lambda n, level, m: messages.append((n, level, m)))
    return [json.loads(line) for line in sink.getvalue().splitlines()], messages


def test_bad_lines_are_reported_with_line_numbers_and_the_rest_processed() -> None:
    out, messages = run_lines(
        [
            b'{"id": "a", "text": "call 212-555-0123"}',
            b"not json at all",
            b'["a", "list"]',
            b'{"text": "no id here"}',
            b'{"id": "a", "text": "duplicate"}',
            b'{"id": "b", "text": "call 212-555-0123"}',
        ]
    )
    assert [ad["id"] for ad in out] == ["a", "b"]
    errors = {line: msg for line, level, msg in messages if level == "error"}
    assert set(errors) == {2, 3, 4, 5}
    assert "JSON" in errors[2] and "object" in errors[3] and "id" in errors[4] and "duplicate" in errors[5]


def test_hostile_content_is_handled_per_line() -> None:
    out, messages = run_lines(
        [
            b'{"id": "utf", "text": "caf\xe9 call 212-555-0123"}',
            json.dumps({"id": "nul", "text": "a\x00b call 212\u202e-555-0123"}).encode(),
            json.dumps({"id": "big", "text": "word " * 1_100_000}).encode(),
            json.dumps({"id": "longphone", "text": "x", "phone": "9" * 200}).encode(),
            json.dumps({"id": "img", "text": "x", "images": ["zz", 5, "a" * 64]}).encode(),
            json.dumps({"id": "types", "text": 12}).encode(),
        ]
    )
    assert [ad["id"] for ad in out] == ["utf", "nul", "big", "longphone", "img"]
    assert out[0]["phones"] == ["+12125550123"] and out[1]["phones"] == ["+12125550123"]
    assert out[3]["phones"] == []
    assert out[4]["images"] == ["a" * 64]
    text = "\n".join(f"{line}:{level}:{msg}" for line, level, msg in messages)
    assert "1:warning:invalid UTF-8" in text
    assert "3:warning" in text and "analysed" in text
    assert "4:warning" in text and "'phone'" in text
    assert text.count("5:warning") == 2
    assert "6:error" in text


def test_cli_exit_code_and_messages(tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "call 212-555-0123"}\n{broken\n', encoding="utf-8")
    result = CliRunner().invoke(
        app, ["link", str(source), "--out", str(tmp_path / "out.jsonl"), "--workers", "1"]
    )
    assert result.exit_code == 1
    assert f"{source}:2: error: not valid JSON" in result.stderr
    assert (tmp_path / "out.jsonl").read_text().count("\n") == 1
