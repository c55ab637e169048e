import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from safeguarding.chats import ConversationState, load_scorer
from safeguarding.chats.cli import app

runner = CliRunner()
pytestmark = pytest.mark.slow  # trains a model (about a minute on a busy 2-core machine)


@pytest.fixture(scope="module")
def model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("model")
    data = tmp / "labelled.jsonl"
    result = runner.invoke(app, ["generate", "--n", "400", "--seed", "11", "--labelled", "--out", str(data)])
    assert result.exit_code == 0
    path = tmp / "model.json"
    result = runner.invoke(app, ["train", str(data), "--out", str(path)])
    assert result.exit_code == 0, result.stderr
    return path


def test_model_file_is_plain_json(model_path: Path) -> None:
    data = json.loads(model_path.read_text())
    assert data["format"] == "safeguarding-chats-model"
    assert 0.0 < data["policy"]["threshold"] < 1.0
    assert data["ngram_ids"] == [] and data["trained_on"]["ngrams"] is False  # meaning only by default
    chosen = data["cross_validated"]
    assert chosen["threshold"] == data["policy"]["threshold"] and chosen["worst_fpr"] <= 0.05
    assert data["policy"]["instant"] >= data["policy"]["threshold"]


def test_ngrams_are_opt_in_and_down_weighted(tmp_path: Path) -> None:
    data = tmp_path / "labelled.jsonl"
    runner.invoke(app, ["generate", "--n", "120", "--seed", "13", "--labelled", "--out", str(data)])
    path = tmp_path / "ngrams.json"
    result = runner.invoke(app, ["train", str(data), "--out", str(path), "--ngrams"])
    assert result.exit_code == 0, result.stderr
    model = json.loads(path.read_text())
    assert model["trained_on"]["ngrams"] is True and len(model["ngram_ids"]) > 100
    assert max(abs(c) for c in model["ngram_coef"]) < max(abs(c) for c in model["dense_coef"])
    scorer = load_scorer(str(path))
    state = scorer.new_state("n1", None)
    scorer.update(state, 0, "a", "hello there how are you", None)
    assert state.authors["a"].ngram_count > 0


def test_model_scores_online_with_explanations(model_path: Path, tmp_path: Path) -> None:
    scorer = load_scorer(str(model_path))
    state = scorer.new_state("m1", {"sam": {}, "kid": {}})
    lines = [
        ("sam", "hey whats up"),
        ("kid", "not much"),
        ("sam", "how old are you btw?"),
        ("kid", "13"),
        ("sam", "are your parents home right now?"),
        ("sam", "don't tell your parents about our chats ok"),
        ("sam", "delete our messages after you read them"),
        ("sam", "add me on snap, it's more private"),
        ("sam", "we should meet up, i can pick you up"),
    ]
    for i, (author, text) in enumerate(lines):
        if i == 4:
            state = ConversationState.from_json(state.to_json())
        result = scorer.update(state, i, author, text, None)
    assert result.flagged and result.suspect == "sam"
    assert {"secrecy", "risk_assessment"} <= {e["category"] for e in result.evidence}
    benign = scorer.new_state("m2", None)
    for i, text in enumerate(["hey", "did you do the homework?", "gg", "see you tomorrow at school"]):
        result = scorer.update(benign, i, "ab"[i % 2], text, None)
    assert not result.flagged


def test_score_with_model_and_bad_model_file(model_path: Path, tmp_path: Path) -> None:
    chats = tmp_path / "c.jsonl"
    runner.invoke(app, ["generate", "--n", "30", "--seed", "12", "--out", str(chats)])
    result = runner.invoke(app, ["score", str(chats), "--model", str(model_path)])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 30
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}')
    result = runner.invoke(app, ["score", str(chats), "--model", str(bad)])
    assert result.exit_code == 2 and "cannot load model" in result.stderr


def test_training_needs_labels(tmp_path: Path) -> None:
    data = tmp_path / "unlabelled.jsonl"
    runner.invoke(app, ["generate", "--n", "10", "--out", str(data)])
    result = runner.invoke(app, ["train", str(data), "--out", str(tmp_path / "m.json")])
    assert result.exit_code != 0
    assert 'no "label"' in result.stderr


def test_several_files_are_several_writers(tmp_path: Path) -> None:
    files = []
    for seed in (21, 22):
        path = tmp_path / f"w{seed}.jsonl"
        runner.invoke(app, ["generate", "--n", "120", "--seed", str(seed), "--labelled", "--out", str(path)])
        files.append(str(path))
    out = tmp_path / "two.json"
    result = runner.invoke(app, ["train", *files, "--out", str(out), "--leave-writer-out"])
    assert result.exit_code == 0, result.stderr
    model = json.loads(out.read_text())
    assert model["trained_on"]["validation"] == "leave one writer out"
    assert model["trained_on"]["conversations"] == 240
    kinds = model["cross_validated"]["fpr_by_kind"]
    assert {kind.split(":")[0] for kind in kinds} == {"0", "1"}  # the budget holds per writer and kind


def test_model_state_stays_bounded(model_path: Path) -> None:
    scorer = load_scorer(str(model_path))
    state = scorer.new_state("long", {"a": {}, "b": {}})
    lines = ["what time does your mum get back from work?", "you can tell me anything", "ok see you"]
    for i in range(3000):
        scorer.update(state, i, "ab"[i % 2], f"{lines[i % 3]} {i}", None)
    assert len(state.authors["a"].similar) <= 16
    assert len(state.to_json()) < 8000


def test_model_file_records_whether_it_read_the_multilingual_table(model_path: Path, tmp_path: Path) -> None:
    data = json.loads(model_path.read_text())
    assert data["multilingual"] is True  # trained with the default semantic layer, which reads es/fr/de
    scorer = load_scorer(str(model_path))
    assert scorer.meaning is not None and scorer.meaning.multilingual
    english_only = tmp_path / "english.json"
    english_only.write_text(json.dumps({**data, "multilingual": False}))
    scorer = load_scorer(str(english_only))  # read the way it was trained, whatever today's default
    assert scorer.meaning is not None and not scorer.meaning.multilingual
    older = {k: v for k, v in data.items() if k != "multilingual"}  # files from before: English only
    english_only.write_text(json.dumps(older))
    assert not load_scorer(str(english_only)).meaning.multilingual  # type: ignore[union-attr]
