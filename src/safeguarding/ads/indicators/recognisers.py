"""The built-in indicator recognisers. Patterns are regular expressions over folded text (lower-case,
no accents), one list per language. Vocabulary is deliberately plain and non-explicit."""

from __future__ import annotations

from typing import ClassVar

from safeguarding.ads.indicators.base import AdText, IndicatorHit, PatternRecogniser, Recogniser


class YouthLanguage(PatternRecogniser):
    category = "youth_language"
    description = "Language suggesting youth."
    patterns: ClassVar[dict[str, list[str]]] = {
        "en": ["young", "youthful", "new face", "fresh face", "fresh", "petite", "just turned"],
        "es": ["joven", "jovencita", "cara nueva", "nueva cara", "fresca", "recien cumplidos"],
        "fr": ["jeune", "toute jeune", "nouveau visage", "nouvelle tete", "fraiche"],
    }


class ThirdPersonVoice(PatternRecogniser):
    category = "third_person_voice"
    description = "The ad speaks about the person in the third person or through a manager."
    patterns: ClassVar[dict[str, list[str]]] = {
        "en": [
            "she is",
            "she's",
            "her name is",
            "ask for",
            "my girls?",
            "my friend",
            "booked by",
            "managed by",
            "call for her",
            "our girls?",
            "we have",
        ],
        "es": [
            "ella es",
            "se llama",
            "pregunta por",
            "preguntar por",
            "mis chicas",
            "nuestras chicas",
            "tenemos",
        ],
        "fr": [
            "elle est",
            "elle s'appelle",
            "demandez",
            "demander",
            "mes filles",
            "nos filles",
            "nous avons",
        ],
    }


class Movement(PatternRecogniser):
    category = "movement"
    description = "Movement or new-in-town language."
    patterns: ClassVar[dict[str, list[str]]] = {
        "en": [
            "new in town",
            "just arrived",
            "in town (?:for|until|this week)",
            "visiting",
            "leaving soon",
            "limited time",
            "last (?:few )?days",
            "on tour",
            "passing through",
        ],
        "es": [
            "nueva en (?:la )?ciudad",
            "recien llegada",
            "de paso",
            "por pocos dias",
            "ultimos dias",
            "de visita",
            "solo esta semana",
        ],
        "fr": [
            "nouvelle en ville",
            "de passage",
            "juste arrivee",
            "tout juste arrivee",
            "derniers jours",
            "quelques jours seulement",
            "en visite",
        ],
    }


class AlwaysAvailable(PatternRecogniser):
    category = "always_available"
    description = "Restricted movement or always-available language."
    patterns: ClassVar[dict[str, list[str]]] = {
        "en": [
            "24/7",
            "24 ?hours",
            "24 ?hrs",
            "24h",
            "all night",
            "anytime",
            "any time",
            "always available",
            "day and night",
            "available day or night",
        ],
        "es": [
            "24 ?horas",
            "24h",
            "siempre disponible",
            "disponible siempre",
            "dia y noche",
            "a toda hora",
            "a cualquier hora",
        ],
        "fr": [
            "24h/24",
            "24 ?heures",
            "jour et nuit",
            "toujours disponible",
            "a toute heure",
            "a n'importe quelle heure",
        ],
    }


class EthnicityNationality(PatternRecogniser):
    category = "ethnicity_nationality"
    description = "Stated ethnicity or nationality of the person advertised."
    patterns: ClassVar[dict[str, list[str]]] = {
        "en": [
            "latina",
            "asian",
            "european",
            "african",
            "brazilian",
            "colombian",
            "venezuelan",
            "dominican",
            "cuban",
            "mexican",
            "russian",
            "ukrainian",
            "thai",
            "korean",
            "japanese",
            "chinese",
            "filipina",
            "indian",
            "arab",
            "caribbean",
            "eastern european",
        ],
        "es": [
            "latina",
            "asiatica",
            "europea",
            "africana",
            "colombiana",
            "venezolana",
            "brasilena",
            "dominicana",
            "cubana",
            "mexicana",
            "rusa",
            "ucraniana",
            "coreana",
            "japonesa",
            "filipina",
            "caribena",
            "paraguaya",
            "peruana",
        ],
        "fr": [
            "asiatique",
            "europeenne",
            "africaine",
            "bresilienne",
            "colombienne",
            "venezuelienne",
            "russe",
            "ukrainienne",
            "thailandaise",
            "coreenne",
            "japonaise",
            "chinoise",
            "latine",
            "antillaise",
            "roumaine",
        ],
    }
    context: ClassVar[dict[str, list[str]]] = {
        "en": ["girl", "lady", "woman", "beauty", "i am", "i'm"],
        "es": ["chica", "mujer", "senorita", "soy"],
        "fr": ["fille", "femme", "demoiselle", "je suis"],
    }


class TrustLanguage(PatternRecogniser):
    category = "trust_language"
    description = "Language signalling that the provider is trustworthy or professional."
    patterns: ClassVar[dict[str, list[str]]] = {
        "en": [
            "professional",
            "discreet",
            "discretion",
            "trusted",
            "trustworthy",
            "genuine",
            "real photos?",
            "100% real",
            "honest",
            "reliable",
            "verified",
            "respectful",
            "safe and clean",
            "no rush",
            "satisfaction guaranteed",
        ],
        "es": [
            "profesional",
            "discreta",
            "discrecion",
            "fotos reales",
            "de confianza",
            "confiable",
            "verificada",
            "seria",
            "respetuosa",
            "sin prisas?",
            "100% real",
        ],
        "fr": [
            "professionnelle",
            "discrete",
            "discretion",
            "photos reelles",
            "de confiance",
            "fiable",
            "serieuse",
            "verifiee",
            "respectueuse",
            "sans stress",
            "100% reelle?",
        ],
    }


class ObscuredContact(Recogniser):
    """A phone number spelled out or disguised, or an email written as "name at domain dot com"."""

    category = "obscured_contact"
    description = "Obscured phone number or spelled-out email."

    def analyse(self, ad: AdText) -> list[IndicatorHit]:
        hits = [
            IndicatorHit(self.category, phone.evidence, phone.start, phone.end, 1.0, type(self).__name__)
            for phone in ad.contacts.phones
            if phone.obscured
        ]
        if ad.contacts.emails_obscured:
            hits.append(IndicatorHit(self.category, "spelled-out email", 0, 0, 1.0, type(self).__name__))
        return hits


BUILTIN_RECOGNISERS: tuple[type[Recogniser], ...] = (
    YouthLanguage,
    ThirdPersonVoice,
    Movement,
    AlwaysAvailable,
    EthnicityNationality,
    TrustLanguage,
    ObscuredContact,
)
