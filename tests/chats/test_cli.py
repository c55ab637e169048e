import json
from pathlib import Path

from typer.testing import CliRunner

from safeguarding.chats.cli import app

runner = CliRunner()
GOOD = {
    "id": "g1",
    "participants": {"sam": {"declared_age": 35}, "kid": {"declared_age": 12}, "silent": {}},
    "messages": [
        {"author": "sam", "text": "how old are you?", "time": "2024-05-01T10:00:05Z"},
        {"author": "kid", "text": "12", "time": "2024-05-01T10:00:01Z"},
        {"author": "sam", "text": "are your parents home?"},
        {"author": "sam", "text": "dont tell your parents about our chats"},
        {"author": "sam", "text": "add me on snap its more private"},
        {"author": "sam", "text": "we should meet up, i can pick you up"},
    ],
}


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def score(tmp_path: Path, lines: list[str]) -> tuple[int, list[dict], str]:
    src = write_lines(tmp_path / "in.jsonl", lines)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["score", str(src), "--out", str(out)])
    records = [json.loads(line) for line in out.read_text().splitlines()] if out.exists() else []
    return result.exit_code, records, result.stderr


def test_score_writes_one_line_per_conversation(tmp_path: Path) -> None:
    code, records, err = score(tmp_path, [json.dumps(GOOD), json.dumps({"id": "e", "messages": []})])
    assert code == 0, err
    assert [r["id"] for r in records] == ["g1", "e"]
    assert records[0]["flagged"] and records[0]["suspect"] == "sam"
    assert set(records[0]) == {"id", "risk", "flagged", "first_warning", "suspect", "evidence"}
    assert records[1] == {
        "id": "e",
        "risk": 0.0,
        "flagged": False,
        "first_warning": None,
        "suspect": None,
        "evidence": [],
    }
    assert "scored 2 conversations" in err


def test_bad_lines_are_reported_with_line_numbers_and_the_rest_is_scored(tmp_path: Path) -> None:
    def bad_age(age: object) -> str:
        return json.dumps({"id": "x", "participants": {"a": {"declared_age": age}}, "messages": []})

    lines = [
        json.dumps(GOOD),  # 1
        "[1, 2, 3]",  # 2 not a conversation object
        "{not json",  # 3
        json.dumps({"id": "m", "messages": [{"author": "a"}]}),  # 4 no text
        json.dumps({"id": "m", "messages": [{"text": "hi"}]}),  # 5 no author
        bad_age(-1),  # 6
        bad_age(121),  # 7
        bad_age(13.5),  # 8
        bad_age("13"),  # 9
        bad_age(True),  # 10
        "",  # blank line: skipped silently
        json.dumps({"id": "ok2", "messages": [{"author": "a", "text": "hi"}]}),  # 12
    ]
    code, records, err = score(tmp_path, lines)
    assert code == 1
    assert [r["id"] for r in records] == ["g1", "ok2"]
    for number in range(2, 11):
        assert f"in.jsonl:{number}:" in err
    assert "not a conversation object" in err
    assert "has no text" in err and "has no author" in err
    assert "cannot be an age" in err and "not a whole number" in err
    assert "Traceback" not in err


def test_a_whole_number_written_as_float_is_still_refused_and_12_0_is_not_a_child_silently(
    tmp_path: Path,
) -> None:
    line = json.dumps({"id": "f", "participants": {"a": {"declared_age": 12.0}}, "messages": []})
    code, records, err = score(tmp_path, [line])
    assert code == 1 and records == [] and "not a whole number" in err


def test_fifty_thousand_messages(tmp_path: Path) -> None:
    messages = [{"author": "ab"[i % 2], "text": f"message number {i} about homework"} for i in range(50_000)]
    code, records, err = score(tmp_path, [json.dumps({"id": "big", "messages": messages})])
    assert code == 0, err
    assert records[0]["id"] == "big" and records[0]["flagged"] is False


def test_stdin_to_stdout() -> None:
    result = runner.invoke(app, ["score", "-"], input=json.dumps(GOOD) + "\n")
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["id"] == "g1"


def test_missing_input_file_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    result = runner.invoke(app, ["score", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    assert "error:" in result.stderr and "Traceback" not in result.stderr


def test_generate_score_evaluate_round_trip(tmp_path: Path) -> None:
    chats, truth, out = tmp_path / "c.jsonl", tmp_path / "t.jsonl", tmp_path / "o.jsonl"
    result = runner.invoke(
        app, ["generate", "--n", "120", "--seed", "3", "--out", str(chats), "--truth", str(truth)]
    )
    assert result.exit_code == 0, result.stderr
    assert runner.invoke(app, ["score", str(chats), "--out", str(out)]).exit_code == 0
    result = runner.invoke(app, ["evaluate", str(out), str(truth)])
    assert result.exit_code == 0, result.stderr
    for label in (
        "precision",
        "recall",
        "F0.5",
        "ROC AUC",
        "median warning delay",
        "latency-weighted F1",
        "safety_lesson",
    ):
        assert label in result.stdout
    data = json.loads(runner.invoke(app, ["evaluate", str(out), str(truth), "--json"]).stdout)
    assert 0.5 <= data["recall"] <= 1.0 and data["precision"] >= 0.8


def test_generator_is_reproducible(tmp_path: Path) -> None:
    a = runner.invoke(app, ["generate", "--n", "20", "--seed", "5"]).stdout
    b = runner.invoke(app, ["generate", "--n", "20", "--seed", "5"]).stdout
    c = runner.invoke(app, ["generate", "--n", "20", "--seed", "6"]).stdout
    assert a == b != c
    labelled = runner.invoke(app, ["generate", "--n", "5", "--labelled"]).stdout
    assert all("label" in json.loads(line) for line in labelled.splitlines())
