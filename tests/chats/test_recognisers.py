import re

import pytest

from safeguarding.chats.config import load_packs
from safeguarding.chats.normalise import normalise
from safeguarding.chats.recognisers import (
    AgeRecogniser,
    PatternRecogniser,
    Recogniser,
    default_recognisers,
    leading_words,
    nested_repeats,
)

PATTERNS, AGES = default_recognisers()


def categories(text: str) -> list[str]:
    return [f.category for f in PATTERNS.find(normalise(text))]


def test_normalise_handles_chat_spelling() -> None:
    assert normalise("Don't tell ur PARENTS!!! 🤫") == " dont tell your parents ! ! ! secret "
    assert normalise("Pleeeeease send me a pic") == " pleease send me a photo "
    assert normalise("¿Cuántos años tienes?") == " cuantos anos tienes ? "
    assert normalise("") == "  "


def test_every_plugin_conforms_to_the_interface() -> None:
    for recogniser in (PATTERNS, AGES):
        assert isinstance(recogniser, Recogniser)
        assert recogniser.name and recogniser.categories


def test_patterns_load_for_four_languages_and_stay_linear() -> None:
    packs = load_packs()
    assert {p.language for p in packs} == {"en", "es", "fr", "de"}
    for pack in packs:
        for category, patterns in [*pack.cues.items(), *pack.context.items(), ("ages", pack.ages)]:
            for pattern in patterns:
                re.compile(pattern)
                assert nested_repeats(pattern) == [], (pack.language, category, pattern)
                if category != "ages":
                    assert leading_words(pattern), (pack.language, category, pattern)


def test_nested_repeat_detector_finds_the_dangerous_shape() -> None:
    assert nested_repeats(r"(a+)+b")
    assert nested_repeats(r"(?:\w+ )*x")
    assert nested_repeats(r"(?:ab)?c{0,30}") == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("how old r u?", "age_probe"),
        ("Are your parents home right now?", "risk_assessment"),
        ("r u alone?", "risk_assessment"),
        ("don't tell your mom about our chats", "secrecy"),
        ("this is our little secret 🤫", "secrecy"),
        ("your parents dont understand you like i do", "isolation"),
        ("add me on snap, its more private", "platform_move"),
        ("i can send you game credits", "gifts"),
        ("send me a pic of you", "photo_request"),
        ("we should meet up, i can pick you up", "meeting"),
        ("after everything i did for you", "pressure"),
        ("you're so mature for your age", "flattery"),
        ("you can tell me anything", "trust_building"),
        ("where do you live?", "personal_info"),
        ("cuántos años tienes?", "age_probe"),
        ("no le digas a tus padres", "secrecy"),
        ("agrégame en whatsapp", "platform_move"),
        ("t'es toute seule?", "risk_assessment"),
        ("c'est notre petit secret", "secrecy"),
        ("envoie moi une photo de toi", "photo_request"),
        ("bist du allein?", "risk_assessment"),
        ("das ist unser kleines geheimnis", "secrecy"),
        ("wir sollten uns treffen, ich kann dich abholen", "meeting"),
    ],
)
def test_categories_in_four_languages(text: str, category: str) -> None:
    assert category in categories(text)


def test_ordinary_talk_has_no_cues() -> None:
    for text in ["hey how was school", "i have so much homework", "gg that was fun", "qué música te gusta?"]:
        assert categories(text) == []


def test_negation_is_secrecy_not_parental_involvement() -> None:
    assert categories("dont tell your parents") == ["secrecy"]
    assert categories("ask your parents first") == ["ctx_parental_involvement"]


def test_safety_lesson_markers_are_found() -> None:
    found = categories("if someone asks you to keep a secret, tell an adult")
    assert "ctx_education" in found


def test_photo_of_an_object_is_not_a_photo_request() -> None:
    assert "photo_request" not in categories("send me a photo of the signed form")


def test_stated_ages() -> None:
    assert [f.value for f in AGES.find(normalise("i'm 13 lol"))] == [13]
    assert [f.value for f in AGES.find(normalise("tengo 12 años"))] == [12]
    assert [f.value for f in AGES.find(normalise("j'ai 14 ans"))] == [14]
    assert [f.value for f in AGES.find(normalise("ich bin 15"))] == [15]
    assert AGES.find(normalise("i'm 5 minutes late")) == []
    reply = AGES.find_reply(normalise("14 u?"))
    assert reply is not None and reply.value == 14


@pytest.mark.parametrize(
    "text",
    [
        "a" * 100_000,
        "dont " * 20_000,
        "you " * 30_000 + "x",
        "!?" * 50_000,
        "😂" * 50_000,
        "“" * 50_000,
        '"' * 50_001,
    ],
)
def test_adversarial_text_is_scanned(text: str) -> None:
    # Would not finish with a catastrophically backtracking pattern; no timing assertion here.
    norm = normalise(text)
    PATTERNS.find(norm)
    AGES.find(norm)
    from safeguarding.chats import load_scorer

    scorer = load_scorer()
    scorer.update(scorer.new_state("adv"), 0, "a", text)


def test_a_pattern_with_a_group_is_refused() -> None:
    from safeguarding.chats.config import PatternPack

    pack = PatternPack("xx", {"secrecy": ["(secret)"]}, {}, [])
    with pytest.raises(ValueError, match="must not capture"):
        PatternRecogniser([pack])
    assert AgeRecogniser([pack]).find(" im 12 ") == []
