import json

from safeguarding.chats import ConversationState, load_scorer
from safeguarding.chats.scorer import RuleScorer, score_messages

GROOMING = [
    ("sam", "hey how was school"),
    ("kid", "boring lol"),
    ("sam", "same, what games do you play"),
    ("kid", "minecraft mostly"),
    ("sam", "how old are you btw?"),
    ("kid", "13"),
    ("sam", "you're so mature for your age"),
    ("sam", "are your parents home right now?"),
    ("sam", "don't tell your parents about our chats ok"),
    ("sam", "add me on snap, it's more private"),
    ("sam", "i can send you game credits"),
    ("sam", "we should meet up, i can pick you up"),
]


def run(
    messages: list[tuple[str, str]], participants: dict | None = None, scorer: RuleScorer | None = None
) -> dict:
    scorer = scorer or load_scorer()
    return score_messages(scorer, "c1", participants or {}, [(a, t, None) for a, t in messages])


def test_grooming_progression_is_flagged_with_suspect_and_evidence() -> None:
    result = run(GROOMING)
    assert result["flagged"] is True
    assert result["suspect"] == "sam"
    assert 7 <= result["first_warning"] <= 11
    categories = {e["category"] for e in result["evidence"]}
    assert {"risk_assessment", "secrecy", "platform_move"} <= categories
    assert all(e["text"] == GROOMING[e["message"]][1] for e in result["evidence"])
    assert [e["message"] for e in result["evidence"]] == sorted(e["message"] for e in result["evidence"])


def test_first_warning_never_looks_ahead() -> None:
    full = run(GROOMING)
    prefix = run(GROOMING[: full["first_warning"] + 1])
    assert prefix["flagged"] and prefix["first_warning"] == full["first_warning"]
    before = run(GROOMING[: full["first_warning"]])
    assert not before["flagged"]


def test_single_keyword_does_not_flag() -> None:
    assert not run([("a", "don't tell anyone i like sam ok"), ("b", "i won't")])["flagged"]
    assert not run([("a", "we should meet up at the mall"), ("b", "ok")])["flagged"]


def test_hard_benign_conversations_are_not_flagged() -> None:
    family = [
        ("mum", "where are you?"),
        ("kid", "on the bus"),
        ("mum", "are you home alone? grandma comes at 5"),
        ("mum", "don't tell your brother about the surprise party"),
        ("mum", "i'll pick you up after practice"),
        ("kid", "ok mom love you"),
    ]
    coach = [
        ("coach", "great game today"),
        ("coach", "practice moved to 5, i can pick you up if your parents can't"),
        ("coach", "ask your parents to sign the permission form"),
        ("coach", "how old are you? the under 14 team has an age limit"),
        ("kid", "13, thanks coach"),
    ]
    lesson = [
        ("teacher", "today we talk about online safety"),
        ("teacher", 'if someone says "don\'t tell your parents", that is a warning sign'),
        ("teacher", "if someone offers you game credits and asks you to keep it secret, tell an adult"),
        ("teacher", 'groomers might ask "are you alone?" or "do your parents check your phone?"'),
        ("teacher", "if anyone asks you to move to another app, block and report them"),
    ]
    peers = [
        ("a", "how old are you?"),
        ("b", "14 you?"),
        ("a", "im 14 too"),
        ("a", "add me on snap"),
        ("b", "lets meet at the mall saturday"),
        ("a", "don't tell anyone i like sam ok"),
    ]
    ages = {"a": {"declared_age": 14}, "b": {"declared_age": 14}}
    for convo, participants in ((family, None), (coach, None), (lesson, None), (peers, ages)):
        assert not run(convo, participants)["flagged"], convo


def test_adult_seeking_a_minor_raises_risk() -> None:
    moves = GROOMING[:8]
    unknown = run(moves)["risk"]
    adult_minor = run(moves, {"sam": {"declared_age": 41}, "kid": {"declared_age": 12}})["risk"]
    peers = run(moves, {"sam": {"declared_age": 13}, "kid": {"declared_age": 13}})["risk"]
    assert adult_minor > unknown > peers


def test_age_lie_is_evidence() -> None:
    result = run([("sam", "i'm 14 too haha"), ("kid", "cool")], {"sam": {"declared_age": 38}})
    assert [e["category"] for e in result["evidence"]] == ["identity_deception"]


def test_state_is_json_and_resumes_identically() -> None:
    scorer = load_scorer()
    state = scorer.new_state("c9", {"sam": {"declared_age": 30}, "kid": {}})
    results = []
    for i, (author, text) in enumerate(GROOMING):
        if i == 6:
            state = ConversationState.from_json(state.to_json())
        results.append(scorer.update(state, i, author, text, None).risk)
    straight = scorer.new_state("c9", {"sam": {"declared_age": 30}, "kid": {}})
    expected = [scorer.update(straight, i, a, t, None).risk for i, (a, t) in enumerate(GROOMING)]
    assert results == expected
    json.loads(state.to_json())


def test_state_stays_small_on_long_conversations() -> None:
    scorer = load_scorer()
    state = scorer.new_state("long", None)
    lines = [text for _, text in GROOMING]
    for i in range(20_000):
        scorer.update(state, i, "a" if i % 2 else "b", lines[i % len(lines)], None)
    assert len(state.to_json()) < 8_000
    assert len(state.recent) <= scorer.window


def test_warning_policy_is_configurable() -> None:
    eager = run(GROOMING, scorer=load_scorer(policy={"window": 1, "required": 1, "instant": 2}))
    strict = run(GROOMING, scorer=load_scorer(policy={"window": 4, "required": 4, "instant": 2}))
    assert eager["first_warning"] < strict["first_warning"]
    assert not run(GROOMING, scorer=load_scorer(policy={"threshold": 1.01, "instant": 1.01}))["flagged"]


def test_empty_and_silent_participants() -> None:
    assert run([]) == {
        "id": "c1",
        "risk": 0.0,
        "flagged": False,
        "first_warning": None,
        "suspect": None,
        "evidence": [],
    }
    result = run(GROOMING, {"sam": {}, "kid": {}, "lurker": {"declared_age": 40}})
    assert result["suspect"] == "sam"


def test_api_refuses_doubtful_ages_and_bad_messages() -> None:
    import pytest

    scorer = load_scorer()
    state = scorer.new_state(
        "c", {"a": {"declared_age": True}, "b": {"declared_age": -4}, "c": {"declared_age": 13.0}}
    )
    assert all(author.declared_age is None for author in state.authors.values())
    with pytest.raises(ValueError):
        scorer.update(state, 0, "a", None)  # type: ignore[arg-type]
