"""The conversation model: moves recognised by meaning, the relationship, who drives, bounded state."""

import ast
from pathlib import Path

import pytest

from safeguarding.chats import ConversationState, load_scorer
from safeguarding.chats import relationship as rel
from safeguarding.chats.meaning import MeaningRecogniser
from safeguarding.chats.normalise import normalise
from safeguarding.chats.scorer import RuleScorer, score_messages

pytestmark = pytest.mark.slow  # loads the static MiniLM table (built once per machine)

# Quiet grooming, written for this test from O'Connell (2003) and Winters et al. (2017): no stock
# phrase, the moves carried by ordinary words (when the parent is back, exclusivity, isolation, who can
# see the screen, a second account, the bus home).
QUIET = [
    ("dan", "haha that level is impossible"),
    ("ella", "i know i died like 10 times"),
    ("dan", "ur actually good tho"),
    ("ella", "thanks lol"),
    ("dan", "so what do u do after school usually"),
    ("ella", "just go home and play this"),
    ("dan", "does ur mum get back late"),
    ("ella", "like 7 she works at the hospital"),
    ("dan", "oh so u get the house to urself for a bit"),
    ("ella", "yeah kinda boring"),
    ("dan", "honestly i feel like i can talk to u more than anyone"),
    ("ella", "aw"),
    ("dan", "ur friends sound like they dont really listen to u"),
    ("ella", "sometimes"),
    ("dan", "is anyone around ur screen rn"),
    ("ella", "no im in my room"),
    ("dan", "good. maybe make a different account for talking to me, its easier"),
    ("ella", "why"),
    ("dan", "just so nobody makes a big deal out of it"),
    ("ella", "ok"),
    ("dan", "which bus do u get home anyway"),
    ("ella", "the 42"),
]

# A parent saying many of the same surface things (home alone, a secret, deleting an app, a lift).
PARENT = [
    ("sarah", "hi love are you home yet"),
    ("tom", "yeah just got in"),
    ("sarah", "are you on your own until i get back?"),
    ("tom", "yes"),
    ("sarah", "keep the door locked and dont open it to anyone"),
    ("sarah", "dont tell your sister but i got her the bike for her birthday, keep it secret"),
    ("sarah", "and delete that game app you installed please"),
    ("tom", "ok mum"),
    ("sarah", "ill pick you up from football at 6, dont tell anyone the door code"),
    ("tom", "love you mum"),
]


def _messages(lines: list[tuple[str, str]]) -> list[tuple[str, str, str | None]]:
    return [(author, text, None) for author, text in lines]


def test_quiet_grooming_is_recognised_by_meaning_and_missed_by_the_patterns_alone() -> None:
    with_meaning = score_messages(load_scorer(), "q", {"dan": {}, "ella": {}}, _messages(QUIET))
    patterns_only = score_messages(
        load_scorer(semantic=False), "q", {"dan": {}, "ella": {}}, _messages(QUIET)
    )
    assert with_meaning["flagged"] and with_meaning["suspect"] == "dan"
    assert not patterns_only["flagged"]
    categories = {item["category"] for item in with_meaning["evidence"]}
    assert {"risk_assessment", "isolation"} <= categories
    assert all(QUIET[item["message"]][0] == "dan" for item in with_meaning["evidence"])
    assert with_meaning["first_warning"] < len(QUIET) - 1  # warned before the end


def test_the_line_of_the_person_asking_counts_not_the_child_answering() -> None:
    meaning = MeaningRecogniser()
    asked = {hit.category for hit in meaning.find(normalise("so when does ur mum usually get in from work"))}
    answered = {hit.category for hit in meaning.find(normalise("my mum gets in from work at 7"))}
    assert "risk_assessment" in asked
    assert not answered - {c for c in answered if c.startswith("setting:")}


def test_a_parent_evident_from_the_talk_stays_quiet_and_the_relationship_is_what_quiets_it() -> None:
    scorer = load_scorer()
    parent = score_messages(scorer, "p", {"sarah": {}, "tom": {}}, _messages(PARENT))
    assert not parent["flagged"]
    state = scorer.new_state("p", {"sarah": {}, "tom": {}})
    for index, (author, text) in enumerate(PARENT):
        scorer.update(state, index, author, text)
    assert state.relation.get("sarah") == "family"  # tom said "ok mum"
    unknown = [line for line in PARENT if "mum" not in line[1]]
    stranger = score_messages(scorer, "s", {"sarah": {}, "tom": {}}, _messages(unknown))
    assert stranger["risk"] > parent["risk"]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("mum", "family"),
        ("grandma_jo", "family"),
        ("coach_dan", "school"),
        ("ms_lee", "school"),
        ("mia", None),
    ],
)
def test_roles_declared_by_participant_names(name: str, kind: str | None) -> None:
    assert rel.declared_by_name(name) == kind


def test_roles_addressed_and_self_declared_in_the_talk() -> None:
    assert rel.addressed(normalise("thanks coach!")) == "school"
    assert rel.addressed(normalise("night grandma x")) == "family"
    assert rel.addressed(normalise("brb my mum is calling")) is None  # speaks of, not to
    assert rel.self_declared(normalise("love, dad")) == "family"
    assert rel.self_declared(normalise("dont tell your mum")) is None
    assert rel.self_declared(normalise("are you on your own until i get back?")) == "family"
    assert rel.self_declared(normalise("what time does ur mum get back")) is None
    assert rel.self_declared(normalise("hi its auntie jo")) == "family"
    assert rel.own_childhood(normalise("cant, grounded till friday")) is True
    assert rel.about_child(normalise("what time does ur mum finish")) is True


def test_mutual_talk_weighs_less_than_talk_driven_by_one_side() -> None:
    scorer = load_scorer()
    one_sided = [("a", "dont tell anyone about us ok"), ("b", "ok"), ("a", "add me on the other app")]
    mutual = [*one_sided, ("b", "dont tell anyone about us either"), ("b", "add me on the other app too")]
    risk_one = score_messages(scorer, "o", {}, _messages(one_sided))["risk"]
    state = scorer.new_state("m", {})
    for index, (author, text) in enumerate(mutual):
        scorer.update(state, index, author, text)
    assert state.authors["a"].risk < risk_one


def test_state_stays_bounded_with_the_semantic_layer_over_a_long_conversation() -> None:
    scorer = load_scorer()
    state = scorer.new_state("long", {"dan": {}, "ella": {}})
    for index in range(6000):
        author, text = QUIET[index % len(QUIET)]
        scorer.update(state, index, author, f"{text} {index % 7}")
    saved = state.to_json()
    assert len(saved.encode()) < 8192
    again = ConversationState.from_json(saved)
    assert again.relation == state.relation and again.authors["dan"].mass == state.authors["dan"].mass


def test_the_rule_scorer_does_not_import_the_model() -> None:
    source = Path(__import__("safeguarding.chats.scorer", fromlist=["x"]).__file__).read_text()
    imported = {
        node.module
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ImportFrom) and node.module
    }
    assert "safeguarding.chats.model" not in imported
    assert isinstance(load_scorer(), RuleScorer)
