"""The sextortion typology: warnings, lookalikes, crisis, output fields, CLI (synthetic, plain lines)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from safeguarding.chats.sextortion import SextortionTracker, score_conversation
from safeguarding.chats.sextortion.evaluate import figures
from safeguarding.chats.sextortion.generator import main as generate
from safeguarding.cli import app


@pytest.fixture(scope="module")
def tracker() -> SextortionTracker:
    return SextortionTracker(semantic=False)


def _times(lines: list[tuple[str, str]], minutes: int = 2) -> list[tuple[str, str, str | None]]:
    return [(a, t, f"2024-05-01T18:{i * minutes:02d}:00+01:00") for i, (a, t) in enumerate(lines)]


FAST = [
    ("mila", "hey you seem cool"),
    ("jay", "thx"),
    ("mila", "add me on snap its easier"),
    ("mila", "your turn"),
    ("jay", "ok"),
    ("mila", "i have screenshots of all your followers"),
    ("mila", "pay $200 in steam cards by 9pm or i send it to all of them"),
    ("jay", "please i cant"),
    ("jay", "i cant do this anymore"),
]


def test_fast_sextortion_warns_by_the_first_demand_with_its_fields(tracker: SextortionTracker) -> None:
    record = score_conversation(None, tracker, "c1", {}, _times(FAST))
    assert record["flagged"] and record["typology"] == "sextortion"
    assert record["suspect"] == "mila" and record["first_warning"] <= 6
    assert record["payment_channels"] == ["gift_card"]
    assert record["minutes_to_demand"] == 12.0
    assert record["stage"] == "demand"
    assert record["crisis"] is True and record["crisis_message"] == 8
    assert {"threat", "demand", "deadline"} <= {e["category"] for e in record["evidence"]}


def test_crisis_never_adds_to_a_score(tracker: SextortionTracker) -> None:
    without = score_conversation(None, tracker, "c", {}, _times(FAST[:-1]))
    with_crisis = score_conversation(None, tracker, "c", {}, _times(FAST))
    assert without["risk"] == with_crisis["risk"] and not without["crisis"]


def test_despair_in_bullying_is_a_crisis_but_not_sextortion(tracker: SextortionTracker) -> None:
    lines = [
        ("ben", "everyone is going to see that photo"),
        ("ben", "nobody likes you"),
        ("sam", "i want to disappear"),
    ]
    record = score_conversation(None, tracker, "b", {}, _times(lines))
    assert not record["flagged"] and record["typology"] == "grooming" and record["crisis"] is True


@pytest.mark.parametrize(
    "lines",
    [
        [("amy", "you still owe me 20 for the tickets"), ("amy", "pay me back by friday or im telling mum")],
        [
            ("bo", "selling a 50 steam card for 40"),
            ("cy", "got cashapp? ill pay 35"),
            ("bo", "send the code first"),
        ],
        [
            ("dan", "im sending this pic to the group chat lol"),
            ("dan", "pay me 5 quid and ill delete it haha"),
        ],
        [
            ("ms_lee", 'scammers might say "pay 200 in gift cards or i send it to your followers"'),
            ("ms_lee", "never pay, tell a trusted adult"),
        ],
        [
            ("eve", "did you see the news story about the blackmail"),
            ("fin", "he said he would send it to all his followers unless he paid 500 in bitcoin"),
        ],
        [("gus", "btc is pumping"), ("hal", "send me your wallet address ill pay you back the 20")],
    ],
    ids=["money_owed", "gift_cards", "banter", "lesson", "news", "crypto"],
)
def test_lookalikes_stay_quiet(tracker: SextortionTracker, lines: list[tuple[str, str]]) -> None:
    assert not score_conversation(None, tracker, "x", {}, _times(lines))["flagged"]


def test_repeat_demand_after_payment_reaches_the_repeat_stage(tracker: SextortionTracker) -> None:
    lines = [*FAST[:7], ("jay", "ok i sent it"), ("mila", "not enough, send another 200 on cashapp")]
    record = score_conversation(None, tracker, "r", {}, _times(lines))
    assert record["stage"] == "repeat_demand"
    assert record["payment_channels"] == ["gift_card", "payment_app"]


def test_quiet_leverage_is_read_with_the_semantic_layer() -> None:
    lines = [
        ("kai", "would be a shame if your mums facebook saw this"),
        ("kai", "sort me out with 150 and were good"),
    ]
    record = score_conversation(None, SextortionTracker(), "q", {}, _times(lines))
    assert record["flagged"] and record["typology"] == "sextortion"


def test_state_is_bounded(tracker: SextortionTracker) -> None:
    state = tracker.new_state("long")
    for index in range(3000):
        tracker.update(state, index, "mila", FAST[index % 7][1], None)
    assert len(json.dumps(state.to_json())) < 8000


def test_cli_scores_both_typologies_and_evaluates(tmp_path: Path) -> None:
    chats, truth, out = tmp_path / "c.jsonl", tmp_path / "t.jsonl", tmp_path / "o.jsonl"
    assert generate(["--n", "120", "--seed", "5", "--out", str(chats), "--truth", str(truth)]) == 0
    result = CliRunner().invoke(app, ["chats", "score", str(chats), "--out", str(out), "--typology", "all"])
    assert result.exit_code == 0, result.output
    scored = [json.loads(line) for line in out.read_text().splitlines()]
    assert all(
        {"typology", "stage", "minutes_to_demand", "payment_channels", "crisis"} <= r.keys() for r in scored
    )
    fig = figures(scored, [json.loads(line) for line in truth.read_text().splitlines()])
    assert fig["precision"] >= 0.95 and fig["recall"] >= 0.9
    bad = CliRunner().invoke(app, ["chats", "score", str(chats), "--typology", "nope"])
    assert bad.exit_code == 2 and "--typology" in bad.output


def test_word_gates_never_hide_a_pattern_match() -> None:
    from safeguarding.chats.normalise import normalise
    from safeguarding.chats.sextortion import generator, recognisers

    lines = [t for _, t in FAST] + generator.THREAT + generator.DEMAND + generator.REPEAT + generator.CRISIS
    lines += [t for pool in generator.BENIGN.values() for t in pool]
    for raw in lines:
        norm = normalise(raw)
        cues = recognisers.read_message(raw, norm)
        direct = {name for name, pattern in recognisers.PATTERNS.items() if pattern.search(norm)}
        assert direct == set(cues.categories), raw
        assert cues.crisis == (recognisers.CRISIS.search(norm) is not None), raw
