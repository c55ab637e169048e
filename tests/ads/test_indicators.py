import pytest

from safeguarding.ads.indicators import (
    BUILTIN_RECOGNISERS,
    AdText,
    IndicatorAnalyser,
    Recogniser,
    load_weights,
)
from safeguarding.text import extract_contacts, fold, normalise


def analyse(text: str) -> tuple[set[str], float]:
    analyser = IndicatorAnalyser()
    norm = normalise(text)
    hits = analyser.analyse(AdText(norm, fold(norm), extract_contacts(text)))
    return {h.category for h in hits}, analyser.score(hits)


@pytest.mark.parametrize("cls", BUILTIN_RECOGNISERS)
def test_every_recogniser_conforms(cls: type[Recogniser]) -> None:
    weights = load_weights()
    assert cls.category in weights
    assert weights[cls.category].source and weights[cls.category].evidence
    assert cls.description
    patterns = getattr(cls, "patterns", None)
    if patterns is not None:
        assert set(patterns) == {"en", "es", "fr"}


@pytest.mark.parametrize(
    "text,category",
    [
        ("Young and friendly, new face", "youth_language"),
        ("Joven y simpatica", "youth_language"),
        ("Jeune et souriante", "youth_language"),
        ("She is waiting, ask for Anna", "third_person_voice"),
        ("Pregunta por Rosa", "third_person_voice"),
        ("New in town this week", "movement"),
        ("Recién llegada a Madrid", "movement"),
        ("Nouvelle en ville", "movement"),
        ("Available 24/7", "always_available"),
        ("Disponible 24 horas", "always_available"),
        ("Disponible jour et nuit", "always_available"),
        ("Colombiana, hablo espanol", "ethnicity_nationality"),
        ("Brésilienne", "ethnicity_nationality"),
        ("Very discreet and professional", "trust_language"),
        ("Fotos reales, muy discreta", "trust_language"),
        ("Photos réelles", "trust_language"),
        ("call two one two five five five zero one two three", "obscured_contact"),
    ],
)
def test_categories_in_three_languages(text: str, category: str) -> None:
    assert category in analyse(text)[0]


def test_evidence_span_is_quoted_from_text() -> None:
    analyser = IndicatorAnalyser()
    text = normalise("Hello. Recién llegada a Madrid.")
    hits = analyser.analyse(AdText(text, fold(text), extract_contacts(text)))
    assert [h.evidence for h in hits if h.category == "movement"] == ["Recién llegada"]


def test_score_ranks_significant_indicators_above_movement() -> None:
    _, movement_only = analyse("New in town, just arrived")
    _, significant = analyse(
        "Discreet and professional, young, call two one two five five five zero one two three"
    )
    assert movement_only == 0.0
    assert significant > 0.5
    _, neutral = analyse("Selling a blue bicycle, call 212-555-0123")
    assert neutral == 0.0
