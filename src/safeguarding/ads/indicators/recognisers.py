"""The built-in indicator recognisers. Patterns are regular expressions over folded text (lower-case,
no accents), one list per language. Vocabulary is deliberately plain and non-explicit."""

from __future__ import annotations

from typing import ClassVar

from safeguarding.ads.indicators.base import AdText, IndicatorHit, PatternRecogniser, Recogniser

# Vocabulary written from the category definitions in the literature (Lugo-Graulich et al. 2024; Polaris
# Project and US DHS Blue Campaign indicator lists) in the plain words ads use, several phrasings each.


class YouthLanguage(PatternRecogniser):
    category = "youth_language"
    description = "Language suggesting youth."
    patterns: ClassVar[dict[str, list[str]]] = {
        "en": [
            "young(?:er|est)?",
            "youthful",
            "youth",
            "new face",
            "fresh face",
            "fresh new",
            "fresh",
            "petite",
            "just turned",
            "newly turned",
            "just (?:18|19|eighteen|nineteen)",
            "only (?:18|19|eighteen|nineteen)",
            "(?:college|university|uni) (?:girl|student)",
            "student",
            "new to (?:this|the scene|the business|this site|the game)",
            "girl next door",
            "baby ?face",
            "sweet little",
            "innocent",
            "inexperienced",
        ],
        "es": [
            "joven",
            "jovencita",
            "cara nueva",
            "nueva cara",
            "fresca",
            "recien cumplidos",
            "estudiante",
            "universitaria",
            "primeriza",
        ],
        "fr": [
            "jeune",
            "toute jeune",
            "nouveau visage",
            "nouvelle tete",
            "fraiche",
            "etudiante",
            "debutante",
        ],
    }


class ThirdPersonVoice(PatternRecogniser):
    category = "third_person_voice"
    description = "The ad speaks about the person in the third person or through a manager."
    patterns: ClassVar[dict[str, list[str]]] = {
        "en": [
            "she(?:'s| is| will|'ll| can| has| does| loves| likes| speaks| offers| works| arrives| visits)",
            "her name is",
            "ask for (?:her|the girls?|the ladies|\\w+ by name)",
            "my girls?",
            "my ladies",
            "my friend",
            "our (?:new |lovely |beautiful |young )?(?:girls?|ladies|lady|models?|staff|team|companions?)",
            "the girls",
            "booked by",
            "managed by",
            "(?:call|text|phone|ring) (?:to book |to meet |for )?(?:with )?her",
            "book (?:with )?her",
            "meet her",
            "bookings? (?:via|through|by|with) (?:our|the|my)",
            "(?:our|the) (?:receptionist|reception|manager|agency|agent)",
            "her (?:manager|agent|english|photos?|rates?|schedule)",
            "we have",
            "we offer",
            "we are (?:open|available|located|waiting)",
        ],
        "es": [
            "ella es",
            "ella esta",
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
            "elle vous",
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
            "new (?:in|to) (?:town|the city|the area)",
            "just (?:arrived|landed|got here|got in)",
            "(?:arrived|arriving) (?:today|yesterday|this week|in)",
            "in town (?:for|until|till|this week|only)",
            "back in town",
            "visiting",
            "leaving (?:soon|on|this|tomorrow|next|town|after)",
            "limited time",
            "last (?:few )?(?:days?|night|week|chance) in",
            "last (?:few )?days",
            "(?:on|my) tour",
            "touring",
            "passing through",
            "(?:here|around|in \\w+) (?:for|until|till) (?:one|a|two|three|few|this|the|\\d)",
            "(?:this|one) week only",
            "(?:only|just) (?:here|in town|around) (?:for|until|till|this)",
            "short stay",
            "travell?ing (?:through|to|around)",
            "first time in",
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
            "24 ?[/x-] ?7",
            "24 ?hours?",
            "24 ?hrs",
            "24h",
            "all night",
            "all day (?:and|&) (?:all )?night",
            "anytime",
            "any ?time (?:day or night|of (?:the )?(?:day|night))",
            "any time",
            "(?:at )?any hour",
            "(?:a|around|round) the clock",
            "always (?:available|open|here|free|ready|on call|awake)",
            "available (?:day|night|anytime|any time|all|every|always|whenever|around|round)",
            "day (?:and|or|&) night",
            "night (?:and|or|&) day",
            "no days off",
            "never (?:closed|off|sleep)",
            "(?:7|seven) days (?:a|per|of the) week",
            "every (?:day|night)",
            "late nights?",
            "whenever you (?:want|need|like)",
            "open late",
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


_DEMONYMS = (
    "latina|latin|hispanic|asian|oriental|european|eastern european|african|american|arab|arabic|ebony|"
    "exotic|mixed race|biracial|caribbean|middle eastern|scandinavian|slavic|"
    "brazilian|colombian|venezuelan|dominican|cuban|mexican|puerto rican|peruvian|argentinian|chilean|"
    "russian|ukrainian|polish|romanian|bulgarian|hungarian|czech|slovak|lithuanian|latvian|moldovan|"
    "albanian|serbian|croatian|italian|spanish|portuguese|french|german|swedish|dutch|greek|turkish|"
    "british|english|irish|scottish|welsh|canadian|australian|"
    "thai|korean|japanese|chinese|filipina|filipino|vietnamese|indonesian|malaysian|taiwanese|"
    "indian|pakistani|persian|iranian|lebanese|moroccan|egyptian|nigerian|ghanaian|kenyan|ethiopian|"
    "jamaican|haitian"
)
_COUNTRIES = (
    "brazil|colombia|venezuela|dominican republic|cuba|mexico|peru|argentina|russia|ukraine|poland|"
    "romania|bulgaria|hungary|czech republic|slovakia|lithuania|latvia|moldova|albania|serbia|italy|"
    "spain|portugal|greece|turkey|thailand|korea|japan|china|the philippines|philippines|vietnam|"
    "indonesia|malaysia|taiwan|india|iran|lebanon|morocco|egypt|nigeria|ghana|kenya|ethiopia|jamaica|"
    "haiti|eastern europe|latin america|south america|asia|africa|europe"
)


class EthnicityNationality(PatternRecogniser):
    category = "ethnicity_nationality"
    description = "Stated ethnicity or nationality of the person advertised."
    patterns: ClassVar[dict[str, list[str]]] = {
        "en": [
            f"(?:{_DEMONYMS})",
            f"(?:from|born in|native of|originally from|raised in|roots in|heritage from) (?:{_COUNTRIES})",
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
    # "Thai massage", "Italian food", "French lessons": a demonym describing a thing, not a person.
    not_followed_by = (
        r"\s+(?:massage|food|cuisine|restaurant|takeaway|kitchen|cooking|lessons?|classes|language|"
        r"tutor|tutoring|translation|medicine|style|design|furniture|guitar|car|wine|coffee|tea|dish|"
        r"shop|store|market|grocery|clinic|therapy|spa|tattoo|bakery|bread|speaking|fluent|speakers?)\b"
    )
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
            "professional(?:ly|ism)?",
            "discreet(?:ly)?",
            "discretion",
            "trusted",
            "trustworthy",
            "trust me",
            "you can (?:trust|count on|rely on)",
            "genuine",
            "real (?:photos?|pictures?|pics|images|person|lady|girl)",
            "(?:photos?|pictures?|pics) (?:are )?(?:100% )?(?:real|genuine|authentic|recent|verified|mine)",
            "authentic",
            "100% (?:real|genuine|me)",
            "no (?:fakes?|scams?|games|time wasters|catfish)",
            "not (?:a )?(?:fake|scam)",
            "honest",
            "reliable",
            "verified",
            "legit(?:imate)?",
            "respectful",
            "safe (?:and|&) (?:clean|discreet|secure|private)",
            "clean (?:and|&) (?:safe|discreet|tidy|private)",
            "safe (?:environment|place|location|space)",
            "(?:feel|you are|you're|be) safe",
            "hygienic",
            "hygiene",
            "punctual",
            "polite",
            "confidential(?:ity)?",
            "privacy (?:guaranteed|assured|respected)",
            "no rush",
            "satisfaction guaranteed",
            "sincere",
            "dependable",
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
    reads_wording = False

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
