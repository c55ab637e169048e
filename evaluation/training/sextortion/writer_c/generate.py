#!/usr/bin/env python3
"""Training corpus of synthetic chats for a financial-sextortion detector (writer_c).

    python generate.py --seed S --n N --out CHATS.jsonl --truth TRUTH.jsonl

Formats and kinds: evaluation/specs/sextortion.md. Standard library only; the same seed gives the same
files. Everything is synthetic and non-explicit: the leverage is only ever "the photo", "the pics",
"what you sent", "the video call"; threats and demands are in plain words.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lex_de import DE
from lex_en import EN
from lex_en_benign import EN_BENIGN
from lex_es import ES
from lex_fr import FR

LEX = {"en": {**EN, **EN_BENIGN}, "es": ES, "fr": FR, "de": DE}
CONFUSED = {
    "en": [
        "wdym",
        "what do you mean[?|??]",
        "huh[?|]",
        "why would you say that",
        "what[?|??]",
        "[um|uh] what",
        "why are you saying that",
        "[i|I] dont get it",
    ],
    "es": ["qué quieres decir[?|]", "cómo[?|??]", "eh[?|]", "por qué dices eso", "qué[?|??]", "no entiendo"],
    "fr": [
        "tu veux dire quoi[?|]",
        "hein[?|]",
        "comment ça[?|]",
        "pourquoi tu dis ça",
        "quoi[?|??]",
        "jcomprends pas",
    ],
    "de": [
        "wie meinst du das[?|]",
        "hä[?|]",
        "was soll das heißen",
        "warum sagst du das",
        "was[?|??]",
        "versteh ich nicht",
    ],
}
for _lang, _lines in CONFUSED.items():
    LEX[_lang]["confused"] = _lines
# the child's side of a parent's safety talk (the last parent template of each language is the child's reply)
SL_KID = {
    "en": [
        "[ok|yes|yeah] [mum|mom|dad][ 🙄| i know| lol|]",
        "[why|why are you] sending me this[?| lol]",
        "[i|I] know[ mum| mom|], we did it at school",
        "[that's|thats] [scary|so sad] tbh",
        "[ok|k] [i will|promise]",
        "[does|did] that happen to [someone|anyone] you know[?|]",
    ],
    "es": [
        "[vale|sí] [mamá|papá][ 🙄| ya lo sé|]",
        "[por qué|xq] me mandas esto[?|]",
        "ya lo sé, lo vimos en clase",
        "qué miedo la verdad",
        "vale, te lo prometo",
    ],
    "fr": [
        "[ok|oui] [maman|papa][ 🙄| je sais|]",
        "pourquoi tu m'envoies ça[?|]",
        "je sais, on l'a vu au collège",
        "c'est flippant quand même",
        "ok promis",
    ],
    "de": [
        "[ja|ok] [mama|papa][ 🙄| weiß ich|]",
        "warum schickst du mir das[?|]",
        "weiß ich, hatten wir in der schule",
        "echt gruselig",
        "ok versprochen",
    ],
}
for _lang, _lines in SL_KID.items():
    LEX[_lang]["sl_kid"] = _lines
    LEX[_lang]["sl_parent"] = LEX[_lang]["sl_parent"][:-1]
SMALL_TALK = {
    "en": [
        (
            "[how old r u|how old are you|u in year 10 or 11][?|]",
            ["[im|i'm] {tage}[ hbu| wbu|]", "{tage}[ lol|]. [you?|u?]", "year [10|11][ lol|]"],
        ),
        (
            "[what u up to|wyd|what are you doing][| rn| tonight][?|]",
            [
                "[nothing much|not much|homework ugh][ lol|, hbu]",
                "[just|] [gaming|chilling|watching tiktoks]",
            ],
        ),
        (
            "[u|you] play {sport}?",
            ["[yeah|ye] [i'm on the team|for the school][ lol|]", "[nah|no] [not really|used to][ lol|]"],
        ),
        (
            "[what|which] [games|music] [u into|do you like][?|]",
            [
                "[fortnite|fifa|minecraft|valorant] [mostly|lol]",
                "[drake|rap|kpop|a bit of everything][ lol| tbh]",
            ],
        ),
        (
            "[where|what part] [u from|are you from][?|]",
            ["{city}[ lol|]. [u?|you?]", "[near|just outside] {city}"],
        ),
        (
            "[how do|how'd] [u|you] know {friend}[?|]",
            ["[school|we were in class together][ lol|]", "[idk|dunno] [we just talk|from {sport}]"],
        ),
        (
            "[do u|you] [have|got] [a gf|a bf|someone][?|] [just asking|lol|jk]",
            ["[no|nah] [lol|haha] [why|]", "[lol|haha] [no|not rn]"],
        ),
        (
            "[u|you] seem [cool|chill|fun][| tbh| ngl][ :)|]",
            ["[lol|haha] [thanks|ty][ u too|]", "[u|you] [too|seem cool too][ haha|]"],
        ),
        ("[what school|which school] [u at|do you go to][?|]", ["{school}[ lol|]", "[why|] [lol|] {school}"]),
    ],
    "es": [
        (
            "[cuántos años tienes|q edad tienes]?",
            ["tengo {tage}[ y tú| y tu][?|]", "{tage}[ jaja|]. [tú?|y tú?]"],
        ),
        (
            "[qué haces|q haces][| ahora][?|]",
            ["[nada|poca cosa][, deberes| jaja|]", "[jugando|viendo tiktoks][ jaja|]"],
        ),
        (
            "[juegas|tú juegas] al {sport}?",
            ["[sí|si] [en el equipo del insti|en un club]", "[no|qué va][ jaja|]"],
        ),
        ("[de dónde|de donde] eres[?|]", ["de {city}[ jaja|]. [y tú?|tú?]", "[cerca de|al lado de] {city}"]),
        ("[cómo|como] conoces a {friend}[?|]", ["[del insti|de clase][ jaja|]", "[del|de] {sport}"]),
        (
            "[pareces|se te ve] [majo|buena onda][ jaja|]",
            ["[jaja|jeje] [gracias|grax][ tú también|]", "tú también[ jaja|]"],
        ),
    ],
    "fr": [
        ("t'as quel âge[?|]", ["j'ai {tage}[ et toi| et twa][?|]", "{tage}[ mdr|]. [toi?|et toi]"]),
        (
            "[tu fais quoi|tfq][| là][?|]",
            ["[rien|pas grand chose][, des devoirs| mdr|]", "[je joue|je regarde des tiktoks][ mdr|]"],
        ),
        ("tu joues au {sport}?", ["[ouais|oui] [en club|au collège]", "[non|nan] [pas trop|plus][ mdr|]"]),
        ("t'es d'où[?|]", ["de {city}[ mdr|]. [et toi?|toi?]", "[à côté de|près de] {city}"]),
        ("tu connais {friend} comment[?|]", ["[du collège|de la classe][ mdr|]", "[du|au] {sport}"]),
        ("t'as l'air [cool|sympa][ mdr|]", ["[mdr|hihi] [merci|mrc][ toi aussi|]", "toi aussi[ mdr|]"]),
    ],
    "de": [
        ("wie alt bist du[?|]", ["ich bin {tage}[ und du| und du?]", "{tage}[ haha|]. [du?|und du?]"]),
        (
            "[was machst du|wmd][| grad][?|]",
            ["[nix|nicht viel][, hausaufgaben| haha|]", "[zocken|tiktok schauen][ haha|]"],
        ),
        ("spielst du {sport}?", ["[ja|jo] im verein", "[nee|nein] [nicht mehr|nicht so][ haha|]"]),
        ("woher kommst du[?|]", ["aus {city}[ haha|]. [du?|und du?]", "[in der nähe von|bei] {city}"]),
        ("woher kennst du {friend}[?|]", ["[aus der schule|aus der klasse][ haha|]", "vom {sport}"]),
        ("du wirkst [cool|nett][ haha|]", ["[haha|hehe] danke[ du auch|]", "du auch[ haha|]"]),
    ],
}

SEXTORTION_SHARES = {
    "sextortion_fast": 0.38,
    "sextortion_quiet": 0.22,
    "sextortion_slow": 0.14,
    "sextortion_hacked": 0.14,
    "sextortion_repeat": 0.12,
}
BENIGN_SHARES = {
    "money_owed": 10,
    "banter": 10,
    "ordinary": 10,
    "gift_card_trading": 9,
    "bullying": 9,
    "crypto_talk": 8,
    "safety_lesson": 7,
    "news_story": 7,
}
LANGUAGE_SHARES = {"en": 0.72, "es": 0.10, "fr": 0.09, "de": 0.09}

FILLER = {
    "en": [
        "lol",
        "ok",
        "fr",
        "omg",
        "wait",
        "brb",
        "ok cool",
        "haha",
        "true",
        "yeah",
        "nah",
        "idk",
        "💀",
        "😂",
        "k",
        "same",
        "wdym",
        "bruh",
        "lmao",
        "ye",
        "hm",
        "sure",
        "ikr",
        "ok ok",
        "?",
        "np",
        "ty",
    ],
    "es": [
        "jaja",
        "vale",
        "ok",
        "jajaja",
        "q va",
        "ya",
        "sí",
        "no",
        "bueno",
        "😂",
        "xd",
        "ostras",
        "en serio?",
        "dale",
        "tío",
        "nada",
        "igual",
        "guay",
    ],
    "fr": [
        "mdr",
        "ok",
        "ptdr",
        "grave",
        "ouais",
        "nan",
        "jsp",
        "😂",
        "wsh",
        "bah oui",
        "tkt",
        "ah bon",
        "trop bien",
        "vrai",
        "att",
        "oklm",
    ],
    "de": [
        "haha",
        "ok",
        "lol",
        "ja",
        "nee",
        "digga",
        "😂",
        "krass",
        "echt?",
        "jo",
        "safe",
        "egal",
        "weiß nicht",
        "alles klar",
        "na gut",
        "stimmt",
    ],
}

# Locales: time-zone offsets (hours), currency formatting, payment apps, places.
LOCALES = {
    "en": [
        {
            "cc": "US",
            "tz": [-5, -6, -7, -8, -4],
            "cur": ("$", ""),
            "p2p": ["cash app", "venmo", "zelle", "paypal"],
            "bank": ["a bank transfer", "a wire"],
        },
        {
            "cc": "GB",
            "tz": [0, 1],
            "cur": ("£", ""),
            "p2p": ["paypal", "revolut", "monzo"],
            "bank": ["bank transfer", "a bank transfer"],
        },
        {
            "cc": "CA",
            "tz": [-5, -4, -8],
            "cur": ("$", ""),
            "p2p": ["paypal", "cash app"],
            "bank": ["e-transfer", "an interac e-transfer"],
        },
        {
            "cc": "AU",
            "tz": [10, 11, 8],
            "cur": ("$", ""),
            "p2p": ["paypal", "beem"],
            "bank": ["payid", "bank transfer"],
        },
    ],
    "es": [
        {"cc": "ES", "tz": [1, 2], "cur": ("", "€"), "p2p": ["bizum", "paypal"], "bank": ["transferencia"]},
        {
            "cc": "MX",
            "tz": [-6],
            "cur": ("", " pesos"),
            "scale": 15,
            "p2p": ["mercado pago", "paypal"],
            "bank": ["transferencia", "spei"],
        },
        {
            "cc": "CO",
            "tz": [-5],
            "cur": ("", " mil pesos"),
            "scale": 4,
            "p2p": ["nequi", "daviplata"],
            "bank": ["transferencia"],
        },
    ],
    "fr": [
        {
            "cc": "FR",
            "tz": [1, 2],
            "cur": ("", "€"),
            "p2p": ["lydia", "paypal", "wero"],
            "bank": ["virement"],
        },
        {
            "cc": "BE",
            "tz": [1, 2],
            "cur": ("", " euros"),
            "p2p": ["payconiq", "paypal"],
            "bank": ["virement"],
        },
        {
            "cc": "CA",
            "tz": [-5, -4],
            "cur": ("", "$"),
            "p2p": ["paypal", "virement interac"],
            "bank": ["virement"],
        },
    ],
    "de": [
        {"cc": "DE", "tz": [1, 2], "cur": ("", "€"), "p2p": ["paypal", "wero"], "bank": ["überweisung"]},
        {"cc": "AT", "tz": [1, 2], "cur": ("", " euro"), "p2p": ["paypal"], "bank": ["überweisung"]},
        {
            "cc": "CH",
            "tz": [1, 2],
            "cur": ("", " franken"),
            "p2p": ["twint", "paypal"],
            "bank": ["überweisung"],
        },
    ],
}
GIFT = {
    "en": (
        [
            "amazon gift cards",
            "apple gift cards",
            "steam cards",
            "google play cards",
            "xbox cards",
            "psn cards",
            "razer gold cards",
            "an apple card",
        ],
        ["steam", "amazon", "apple", "google play", "xbox", "roblox"],
    ),
    "es": (
        [
            "tarjetas de amazon",
            "tarjetas de steam",
            "tarjetas regalo de google play",
            "tarjetas de apple",
            "paysafecard",
        ],
        ["steam", "amazon", "google play", "apple", "roblox"],
    ),
    "fr": (
        [
            "cartes cadeaux amazon",
            "cartes steam",
            "cartes google play",
            "coupons pcs",
            "paysafecard",
            "cartes apple",
        ],
        ["steam", "amazon", "google play", "apple", "roblox"],
    ),
    "de": (
        [
            "amazon gutscheine",
            "steam karten",
            "google play karten",
            "paysafecard",
            "apple karten",
            "psn karten",
        ],
        ["steam", "amazon", "google play", "apple", "roblox"],
    ),
}
CRYPTO = {
    "en": ["bitcoin", "btc", "usdt", "crypto", "eth"],
    "es": ["bitcoin", "btc", "usdt", "cripto"],
    "fr": ["bitcoin", "btc", "usdt", "crypto"],
    "de": ["bitcoin", "btc", "usdt", "krypto"],
}
OTHER_CHANNEL = {
    "en": ["western union", "moneygram", "worldremit"],
    "es": ["western union", "moneygram"],
    "fr": ["western union", "moneygram", "un mandat cash"],
    "de": ["western union", "moneygram"],
}
CHANNEL_WEIGHTS = {
    "gift_card": 0.34,
    "payment_app": 0.36,
    "crypto": 0.15,
    "bank_transfer": 0.08,
    "other": 0.07,
}

PLACES = {
    "en": {
        "school": [
            "lincoln high",
            "st mary's",
            "westfield academy",
            "oak ridge",
            "kingsway",
            "north park high",
            "riverside",
            "st john's",
            "the grammar school",
            "parkview",
        ],
        "city": [
            "leeds",
            "ohio",
            "toronto",
            "brisbane",
            "manchester",
            "texas",
            "perth",
            "bristol",
            "calgary",
            "atlanta",
            "glasgow",
            "melbourne",
        ],
        "sport": ["football", "basketball", "soccer", "hockey", "rugby", "baseball", "cricket", "track"],
        "aud": [
            "all your followers",
            "your school",
            "your mum",
            "your mom",
            "your dad",
            "your family",
            "your team",
            "your coach",
            "everyone at {school}",
            "your sister",
            "your friends",
            "your whole class",
            "your teachers",
            "{friend}",
            "your grandma",
            "your church group",
            "your close friends list",
        ],
        "and": " and ",
        "dl": [
            "9pm",
            "10 tonight",
            "midnight",
            "11",
            "the end of the hour",
            "10:30",
            "8pm",
            "school tomorrow",
        ],
        "dl2": [
            "you have 15 minutes",
            "by 8 tonight",
            "before school tomorrow",
            "in 10 mins",
            "right now",
            "same deadline",
            "before your mum gets home",
            "in half an hour",
        ],
        "bdl": ["friday", "sunday", "tomorrow", "the weekend", "payday", "monday", "tonight"],
        "thing": ["the tickets", "the concert", "pizza", "the uber", "mcdonalds", "the cinema"],
        "coin": ["btc", "eth", "sol", "doge", "bitcoin", "pepe", "xrp"],
    },
    "es": {
        "school": ["instituto", "IES Cervantes", "colegio San José", "el insti", "liceo", "colegio Andino"],
        "city": ["madrid", "sevilla", "monterrey", "bogotá", "valencia", "cdmx", "medellín", "bilbao"],
        "sport": ["fútbol", "baloncesto", "voley", "pádel"],
        "aud": [
            "todos tus seguidores",
            "tu instituto",
            "tu madre",
            "tu padre",
            "tu familia",
            "tu equipo",
            "tu entrenador",
            "tu hermana",
            "tus amigos",
            "toda tu clase",
            "tus profes",
            "{friend}",
        ],
        "and": " y ",
        "dl": ["las 9", "las 10", "medianoche", "las 11", "mañana por la mañana", "las 10 y media"],
        "dl2": [
            "tienes 15 minutos",
            "antes de las 8",
            "antes de mañana",
            "en 10 minutos",
            "ya",
            "ahora mismo",
        ],
        "bdl": ["viernes", "domingo", "lunes", "finde", "fin de mes"],
        "thing": ["las entradas", "la pizza", "el uber", "el cine"],
        "coin": ["btc", "eth", "sol", "doge", "bitcoin"],
    },
    "fr": {
        "school": ["lycée Victor Hugo", "collège Jean Moulin", "lycée", "bahut", "collège Saint-Exupéry"],
        "city": ["lyon", "lille", "bruxelles", "montréal", "marseille", "nantes", "liège", "québec"],
        "sport": ["foot", "basket", "hand", "rugby", "hockey"],
        "aud": [
            "tous tes abonnés",
            "ton lycée",
            "ta mère",
            "ton père",
            "ta famille",
            "ton équipe",
            "ton coach",
            "ta sœur",
            "tes potes",
            "toute ta classe",
            "tes profs",
            "{friend}",
        ],
        "and": " et ",
        "dl": ["21h", "22h", "minuit", "23h", "demain matin", "20h30"],
        "dl2": [
            "t'as 15 minutes",
            "avant 20h",
            "avant demain",
            "dans 10 minutes",
            "maintenant",
            "tout de suite",
        ],
        "bdl": ["vendredi", "dimanche", "lundi", "ce week-end", "la fin du mois"],
        "thing": ["les places", "la pizza", "l'uber", "le ciné"],
        "coin": ["btc", "eth", "sol", "doge", "bitcoin"],
    },
    "de": {
        "school": ["Goethe-Gymnasium", "Realschule am Park", "Gesamtschule", "Schillerschule", "BG Linz"],
        "city": ["köln", "berlin", "wien", "zürich", "hamburg", "münchen", "graz", "leipzig"],
        "sport": ["fußball", "handball", "basketball", "hockey"],
        "aud": [
            "all deine follower",
            "deine schule",
            "deine mutter",
            "deinen vater",
            "deine familie",
            "dein team",
            "deinen trainer",
            "deine schwester",
            "deine freunde",
            "deine ganze klasse",
            "deine lehrer",
            "{friend}",
        ],
        "and": " und ",
        "dl": ["21 uhr", "22 uhr", "mitternacht", "23 uhr", "morgen früh", "halb 10"],
        "dl2": [
            "du hast 15 minuten",
            "bis 20 uhr",
            "bis morgen früh",
            "in 10 minuten",
            "jetzt sofort",
            "sofort",
        ],
        "bdl": ["freitag", "sonntag", "montag", "wochenende", "monatsende"],
        "thing": ["die tickets", "die pizza", "das uber", "das kino"],
        "coin": ["btc", "eth", "sol", "doge", "bitcoin"],
    },
}
FIRST_NAMES = {
    "en": [
        "jay",
        "mila",
        "tom",
        "liam",
        "noah",
        "ethan",
        "jake",
        "ryan",
        "kyle",
        "mason",
        "ava",
        "ella",
        "zoe",
        "sam",
        "alex",
        "josh",
        "leo",
        "max",
        "ben",
        "chloe",
        "emma",
        "olivia",
        "dylan",
        "tyler",
        "owen",
        "isla",
        "harry",
        "charlie",
        "aiden",
        "lucas",
        "grace",
        "ruby",
        "finn",
        "caleb",
        "maddie",
        "jordan",
        "riley",
    ],
    "es": [
        "pablo",
        "lucía",
        "hugo",
        "martina",
        "diego",
        "sofía",
        "mateo",
        "valeria",
        "álex",
        "carla",
        "iker",
        "daniela",
        "santi",
        "paula",
        "nico",
        "sara",
        "juanse",
        "camila",
    ],
    "fr": [
        "lucas",
        "léa",
        "hugo",
        "chloé",
        "enzo",
        "manon",
        "nathan",
        "inès",
        "théo",
        "jade",
        "louis",
        "emma",
        "noah",
        "camille",
        "mathis",
        "sarah",
        "maxime",
        "zoé",
    ],
    "de": [
        "leon",
        "mia",
        "paul",
        "lena",
        "jonas",
        "emma",
        "finn",
        "hannah",
        "luca",
        "lea",
        "ben",
        "marie",
        "elias",
        "sophie",
        "noah",
        "laura",
        "tim",
        "anna",
    ],
}
HANDLE_SUFFIX = [
    "",
    "_",
    ".",
    "x",
    "_x",
    "07",
    "09",
    "10",
    "22",
    ".k",
    "_b",
    "xx",
    "2k8",
    "_official",
    ".99",
    "_01",
]
OFFENDER_COUNTRIES = ["NG", "CI", "PH", "GH", "KE", "US", "GB", "IN", "SN", "CM"]

SLOT_RE = re.compile(r"\{(\w+)\}")
CHOICE_RE = re.compile(r"\[([^\[\]]*)\]")
EMOJI = {
    "calm": ["😂", "😅", "🙂", "👀", "🤣", "✌️", "😎", "🔥", "💀", "🙃"],
    "panic": ["😭", "🙏", "😰", "😢", "💔", "😳"],
    "hostile": ["😈", "⏳", "🤡", "💯", "😂"],
}
PANIC_KEYS = {"confused", "panic", "bargain", "promised", "crisis", "bu_target", "paid"}
HOSTILE_KEYS = {"threat", "pressure", "stock", "again", "end_o", "counter_report", "bu_bully"}


def expand(template: str, rng: random.Random, slots: dict[str, str]) -> str:
    def fill(match: re.Match[str]) -> str:
        value = slots[match.group(1)]
        return expand(value, rng, slots) if ("{" in value or "[" in value) else value

    text = CHOICE_RE.sub(lambda m: rng.choice(m.group(1).split("|")), template)
    text = SLOT_RE.sub(fill, text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"\s+([.,!?])", r"\1", text)


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    action = rng.random()
    if action < 0.4:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if action < 0.7:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


class Speaker:
    def __init__(self, rng: random.Random, name: str, casual: bool) -> None:
        self.name = name
        self.lower = casual and rng.random() < 0.85
        self.typo_rate = rng.choice([0.0, 0.02, 0.04, 0.08]) if casual else rng.choice([0.0, 0.01])
        self.emoji_rate = rng.choice([0.0, 0.1, 0.2, 0.35]) if casual else 0.0
        self.drop_apostrophes = casual and rng.random() < 0.4
        self.formal_after_turn = rng.random() < 0.35
        self.elongate = casual and rng.random() < 0.3

    def style(self, text: str, rng: random.Random, key: str, formal: bool) -> str:
        if formal:
            text = text[:1].upper() + text[1:]
            if text[-1:].isalnum():
                text += "."
            return text
        text = text.lower() if self.lower else text[:1].upper() + text[1:]
        if self.drop_apostrophes:
            text = text.replace("'", "").replace("’", "")
        if self.typo_rate:
            text = " ".join(typo(w, rng) if rng.random() < self.typo_rate else w for w in text.split(" "))
        if self.elongate and key in PANIC_KEYS and rng.random() < 0.3:
            text = re.sub(
                r"(e|a|o)(\b)", lambda m: m.group(1) * rng.randint(2, 4) + m.group(2), text, count=1
            )
        if key in PANIC_KEYS and self.lower and rng.random() < 0.12:
            text = text.upper()
        if rng.random() < self.emoji_rate:
            mood = "panic" if key in PANIC_KEYS else "hostile" if key in HOSTILE_KEYS else "calm"
            text += " " + rng.choice(EMOJI[mood])
        return text


class Conv:
    def __init__(self, rng: random.Random, lang: str, locale: dict, start: datetime, offset_h: int) -> None:
        self.rng, self.lang, self.locale = rng, lang, locale
        self.tz = timezone(timedelta(hours=offset_h))
        self.now = start
        self.messages: list[dict] = []
        self.marks: dict[str, int] = {}
        self.speakers: dict[str, Speaker] = {}
        self.slots: dict[str, str] = {}
        self.turned = False
        self.channels: list[str] = []
        self.crisis_planned = False
        self.used: set[tuple[str, str]] = set()

    def add_speaker(self, role: str, name: str, casual: bool = True) -> None:
        self.speakers[role] = Speaker(self.rng, name, casual)

    def gap(self, lo: float, hi: float) -> None:
        self.now += timedelta(seconds=self.rng.uniform(lo, hi))

    def say(
        self,
        role: str,
        key: str,
        gap: tuple[float, float] = (8, 90),
        mark: str | None = None,
        raw: str | None = None,
    ) -> None:
        self.gap(*gap)
        text = raw if raw is not None else expand(self.template(key), self.rng, self.slots)
        speaker = self.speakers[role]
        formal = role == "o" and self.turned and speaker.formal_after_turn and key not in {"ping", "got"}
        text = speaker.style(text, self.rng, key, formal)
        if mark and mark not in self.marks:
            self.marks[mark] = len(self.messages)
        self.messages.append(
            {
                "author": speaker.name,
                "text": text,
                "time": self.now.replace(microsecond=0, tzinfo=self.tz).isoformat(),
            }
        )

    def template(self, key: str) -> str:
        """A template of `key` not yet used in this chat while there are any, so lines rarely repeat."""
        options = LEX[self.lang][key]
        fresh = [t for t in options if (key, t) not in self.used]
        choice = self.rng.choice(fresh or options)
        self.used.add((key, choice))
        return choice

    def filler(self, role: str, gap: tuple[float, float] = (3, 60)) -> None:
        self.say(role, "", gap, raw=self.rng.choice(FILLER[self.lang]))


# ---------------------------------------------------------------- slot values


def money(locale: dict, value: int) -> str:
    """An amount in the locale's currency; `value` is on a dollar/euro scale and converted by `scale`."""
    prefix, suffix = locale["cur"]
    scaled = value * locale.get("scale", 1)
    if scaled >= 100:
        scaled = int(round(scaled / 50) * 50) or 50
    if suffix == " mil pesos" and scaled >= 1000:  # Colombian amounts are in thousands of pesos
        millions = f"{scaled / 1000:g}".replace(".", ",")
        return "1 millón de pesos" if millions == "1" else f"{millions} millones de pesos"
    return f"{prefix}{scaled}{suffix}"


def handle(rng: random.Random, lang: str, taken: set[str]) -> str:
    while True:
        first = rng.choice(FIRST_NAMES[lang]).replace("á", "a").replace("é", "e").replace("í", "i")
        first = first.replace("ó", "o").replace("ú", "u").replace("è", "e").replace("ï", "i")
        pattern = rng.random()
        if pattern < 0.4:
            name = first + rng.choice(HANDLE_SUFFIX)
        elif pattern < 0.7:
            name = first + rng.choice(["_", ".", ""]) + chr(rng.randint(97, 122))
        elif pattern < 0.85:
            name = rng.choice(["xx_", "its", "real", "the", "lil", "im"]) + first
        else:
            name = first + str(rng.randint(1, 2012))
        if name not in taken:
            taken.add(name)
            return name


def pick_channel(rng: random.Random, lang: str, locale: dict, exclude: str | None = None) -> tuple[str, str]:
    kinds = [k for k in CHANNEL_WEIGHTS if k != exclude]
    kind = rng.choices(kinds, [CHANNEL_WEIGHTS[k] for k in kinds])[0]
    if kind == "gift_card":
        phrase = rng.choice(GIFT[lang][0])
    elif kind == "payment_app":
        phrase = rng.choice([p for p in locale["p2p"] if "interac" not in p] or locale["p2p"])
    elif kind == "crypto":
        phrase = rng.choice(CRYPTO[lang])
    elif kind == "bank_transfer":
        phrase = rng.choice(locale["bank"])
    else:
        phrase = rng.choice(OTHER_CHANNEL[lang])
    return kind, phrase


def audience(rng: random.Random, lang: str) -> str:
    parts = rng.sample(PLACES[lang]["aud"], rng.choice([1, 1, 2, 2, 3]))
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + PLACES[lang]["and"] + parts[-1]


def base_slots(c: Conv) -> None:
    rng, lang, places = c.rng, c.lang, PLACES[c.lang]
    amount = rng.choice(
        [70, 80, 100, 120, 150, 150, 200, 200, 250, 300, 300, 400, 500, 500, 600, 700, 1000, 90, 175]
    )
    low = max(10, rng.choice([10, 20, 25, 30, 40, 50, 60]) if amount > 60 else amount // 2)
    friends = [rng.choice(FIRST_NAMES[lang]) for _ in range(5)]
    c.slots.update(
        {
            "school": rng.choice(places["school"]),
            "city": rng.choice(places["city"]),
            "sport": rng.choice(places["sport"]),
            "friend": friends[0],
            "fol": ", ".join(friends[1 : rng.randint(3, 5)]) + rng.choice(["", "...", ", ..."]),
            "aud": audience(rng, lang),
            "amt": money(c.locale, amount),
            "low": money(c.locale, low),
            "amt2": money(c.locale, amount * rng.choice([1, 2, 2, 3]) + rng.choice([0, 50, 100])),
            "amt_paid": money(c.locale, rng.choice([low, amount])),
            "dl": rng.choice(places["dl"]),
            "dl2": rng.choice(places["dl2"]),
            "mins": str(rng.choice([5, 10, 15, 20, 30])),
            "giftbrand": rng.choice(GIFT[lang][1]),
            "num": str(rng.choice(["", "1", "07", "_", "x", "22"])),
            "app": rng.choice(["snap", "snapchat", "whatsapp", "telegram", "discord", "kik", "wizz", "ig"]),
            "app0": rng.choice(["insta", "ig", "tiktok", "the game", "roblox"]),
            "tage": str(rng.choice([14, 14, 15, 15, 16, 16, 17, 13])),
            "oage": str(rng.choice([15, 16, 16, 17, 17, 18])),
            "aage": str(rng.randint(23, 44)),
            "small": money(c.locale, rng.choice([5, 8, 10, 12, 15, 20, 25, 30, 40, 50])),
            "big": money(c.locale, rng.choice([36, 48, 60, 90, 120, 200, 340])),
            "thing": rng.choice(places["thing"]),
            "coin": rng.choice(places["coin"]),
            "pct": str(rng.randint(2, 40)),
            "order": str(rng.randint(10000, 999999)),
            "p2p": rng.choice(c.locale["p2p"]),
        }
    )
    face = rng.choice([10, 20, 25, 50, 50, 100, 100, 200])
    price = max(5, round(face * rng.uniform(0.6, 0.9)))
    c.slots.update(
        {
            "val": money(c.locale, face),
            "price": money(c.locale, price),
            "price2": money(c.locale, max(4, round(price * rng.uniform(0.7, 0.9)))),
        }
    )
    # quoted in lessons and news stories; overwritten (and recorded) when an offender demands
    c.slots["chan"] = c.slots["chan2"] = pick_channel(rng, lang, c.locale)[1]


def set_channel(c: Conv, slot: str, exclude: str | None = None) -> str:
    kind, phrase = pick_channel(c.rng, c.lang, c.locale, exclude)
    c.slots[slot] = phrase
    if kind not in c.channels:
        c.channels.append(kind)
    return kind


# ---------------------------------------------------------------- sextortion


def prelude_contact(c: Conv, kind: str) -> None:
    rng = c.rng
    if kind == "sextortion_hacked" and rng.random() < 0.4:
        c.say("o", "friend_open", (0, 0))
        c.say("t", "friend_r", (20, 400))
    else:
        c.say("o", "hi", (0, 0))
        c.say("t", "hi_r", (15, 900))
    small_talk(c, rng.randint(1, 4))


def small_talk(c: Conv, exchanges: int) -> None:
    """Question and fitting answer pairs, with loose one-liners between them."""
    rng = c.rng
    pairs = rng.sample(SMALL_TALK[c.lang], min(exchanges, len(SMALL_TALK[c.lang])))
    for question, answers in pairs:
        asker, answerer = ("o", "t") if rng.random() < 0.75 else ("t", "o")
        c.say(asker, "", (10, 120), raw=expand(question, rng, c.slots))
        c.say(answerer, "", (8, 150), raw=expand(rng.choice(answers), rng, c.slots))
        if rng.random() < 0.35:
            c.say("o", "small_o", (5, 60))
        elif rng.random() < 0.2:
            c.say("t", "small_t", (5, 60))


def move_app(c: Conv) -> None:
    c.say("o", "move", (10, 90))
    c.say("t", "move_r", (10, 200))
    c.say("o", "move_o2", (30, 400))
    if c.rng.random() < 0.5:
        c.say("t", "hi_r", (10, 120))


def image_exchange(c: Conv) -> None:
    c.say("o", "ask", (20, 200))
    if c.rng.random() < 0.4:
        c.say("t", "small_t", (10, 60))
        c.say("o", "ask", (10, 60))
    c.say("t", "ask_r", (20, 300))


def days_of_chat(c: Conv) -> None:
    rng = c.rng
    for _ in range(rng.randint(2, 6)):
        if len(c.messages) > 34:
            break
        c.gap(3 * 3600, 60 * 3600)
        for _ in range(rng.randint(1, 3)):
            c.say(rng.choice("ot"), "slow_o", (5, 300))
            c.say("t" if rng.random() < 0.8 else "o", "slow_t", (5, 600))
        if rng.random() < 0.3:
            c.filler(rng.choice("ot"))


def maybe_crisis(c: Conv, p: float) -> None:
    """Despair from the target in about 15% of sextortion chats (decided once, in `crisis_planned`)."""
    if c.crisis_planned and "crisis" not in c.marks and c.rng.random() < p:
        c.say("t", "crisis", (20, 600), mark="crisis")


def turn_loud(c: Conv, kind: str) -> None:
    rng = c.rng
    c.turned = True
    if kind == "sextortion_hacked":
        c.say("o", rng.choice(["hack_claim", "hack_claim", "ai_claim"]), (10, 240), mark="onset")
    elif rng.random() < 0.8:
        c.say("o", "possess", (5, 120), mark="onset")
    else:
        c.say("o", "threat", (5, 120), mark="onset")
    c.say("t", "panic", (5, 60))
    if rng.random() < 0.6:
        c.say("o", "followers", (5, 60))
    if rng.random() < 0.5:
        c.say("t", "panic", (5, 60))
    c.say("o", "threat", (5, 60))
    if rng.random() < 0.5:
        c.say("o", "stock", (3, 30))
    set_channel(c, "chan")
    c.say("o", "demand", (5, 90), mark="first_demand")


def turn_quiet(c: Conv) -> None:
    rng = c.rng
    c.turned = True
    c.say("o", "q_lever", (20, 400), mark="onset")
    c.say("t", rng.choice(["panic", "confused", "confused"]), (10, 300))
    if rng.random() < 0.7:
        c.say("o", "q_lever", (10, 200))
        c.say("t", "panic", (10, 120))
    set_channel(c, "chan")
    c.say("o", "q_ask", (10, 200), mark="first_demand")


def negotiate(c: Conv, quiet: bool, crisis_p: float) -> None:
    rng = c.rng
    for _ in range(rng.randint(1, 5)):
        reaction = rng.choices(["panic", "bargain", "refuse", "report", "silence"], [3, 4, 1.5, 1, 1.2])[0]
        if reaction == "silence":
            c.gap(120, 1800)
            c.say("o", "ping", (0, 5))
            if rng.random() < 0.5:
                c.say("o", "q_press" if quiet else "pressure", (20, 200))
            continue
        c.say("t", reaction, (10, 180))
        maybe_crisis(c, crisis_p)
        if reaction == "bargain":
            c.say("o", rng.choice(["accept_low", "how_pay", "q_press" if quiet else "pressure"]), (5, 90))
        elif reaction == "report":
            c.say("o", "q_press" if quiet else "counter_report", (5, 60))
        else:
            c.say(
                "o", "q_press" if quiet else rng.choice(["pressure", "threat", "pressure", "stock"]), (5, 90)
            )
        if rng.random() < 0.3:
            c.say("o", "q_ask" if quiet else "demand", (5, 60))
    maybe_crisis(c, 1.0)


def ending(c: Conv, quiet: bool) -> None:
    rng = c.rng
    choice = rng.random()
    if choice < 0.3:
        c.say("t", "end_t", (20, 600))
        if rng.random() < 0.6:
            c.say("o", "q_press" if quiet else "end_o", (5, 120))
    elif choice < 0.55:
        c.say("o", "q_press" if quiet else "end_o", (30, 900))
    elif choice < 0.75:
        c.say("t", "paid", (300, 2400))
        c.say("o", "got", (20, 300))
    # else: the chat just stops


def build_sextortion(c: Conv, kind: str) -> None:
    rng = c.rng
    crisis_p = 0.5
    c.crisis_planned = rng.random() < 0.17
    quiet = kind == "sextortion_quiet"
    if kind == "sextortion_hacked" and rng.random() < 0.35:
        c.say("o", "hi", (0, 0))  # cold contact, straight to the claim
    else:
        prelude_contact(c, kind)
        if kind == "sextortion_slow":
            days_of_chat(c)
        if rng.random() < (0.6 if kind == "sextortion_hacked" else 0.8):
            move_app(c)
        if kind == "sextortion_slow" and rng.random() < 0.5:
            days_of_chat(c)
        if kind != "sextortion_hacked" and rng.random() < 0.85:
            image_exchange(c)
    if quiet:
        turn_quiet(c)
    else:
        turn_loud(c, kind)
    negotiate(c, quiet, crisis_p)
    if kind == "sextortion_repeat":
        for round_ in range(rng.choice([1, 1, 2])):
            c.say("t", "paid", (120, 1800))
            c.say("o", "got", (10, 120))
            if rng.random() < 0.4:
                set_channel(c, "chan2")
            else:
                c.slots["chan2"] = c.slots["chan"]
            c.say("o", "again", (5, 90))
            c.say("t", "promised", (10, 120))
            maybe_crisis(c, 0.5)
            c.say("o", rng.choice(["pressure", "threat", "pressure"]), (5, 60))
            if rng.random() < 0.5:
                c.say("t", rng.choice(["bargain", "panic"]), (10, 120))
            c.slots["amt2"] = money(c.locale, rng.choice([300, 400, 500, 800, 1000]) * (round_ + 1))
        ending(c, False)
    else:
        ending(c, quiet)


# ---------------------------------------------------------------- benign


def chat_pairs(c: Conv, roles: list[str], keys: list[str], n: int, gap: tuple[float, float]) -> None:
    # smaller phrase banks make shorter chats rather than repeated lines
    n = min(n, 2 * sum(len(LEX[c.lang][k]) for k in set(keys)) + 3)
    for _ in range(n):
        role = c.rng.choice(roles)
        if c.rng.random() < 0.2:
            c.filler(role, gap)
        else:
            c.say(role, c.rng.choice(keys), gap)


def build_benign(c: Conv, kind: str, roles: list[str]) -> None:
    rng = c.rng
    slow = rng.random() < 0.3
    gap = (60, 20000) if slow else (3, 240)
    a, b = roles[0], roles[1]
    if kind == "money_owed":
        if len(roles) > 2 and rng.random() < 0.5:
            c.say(a, "mo_split", (0, 0))
            for r in roles[1:]:
                c.say(r, rng.choice(["mo_pay", "mo_excuse", "mo_reply"]), gap)
            c.say(a, "mo_threat", gap)
            chat_pairs(c, roles, ["mo_reply", "mo_pay", "mo_ok"], rng.randint(3, 10), gap)
        else:
            c.say(a, "mo_open", (0, 0))
            c.say(b, "mo_excuse", gap)
            for _ in range(rng.randint(1, 3)):
                c.say(a, "mo_threat", gap)
                c.say(b, "mo_reply", gap)
                if rng.random() < 0.4:
                    chat_pairs(c, roles, ["ba_line"] if c.lang == "en" else ["mo_reply"], 2, gap)
            chat_pairs(c, roles, ["mo_excuse", "mo_reply"], rng.randint(1, 5), gap)
            c.say(b, "mo_pay", (30, 90000))
            c.say(a, "mo_ok", gap)
    elif kind == "gift_card_trading":
        c.say(a, "gc_offer", (0, 0))
        c.say(b, "gc_q", gap)
        c.say(a, "gc_code" if rng.random() < 0.2 else "gc_deal", gap)
        if rng.random() < 0.4:
            c.say(b, "move", gap)
            c.say(a, "move_r", gap)
        for _ in range(rng.randint(1, 4)):
            c.say(b, rng.choice(["gc_haggle", "gc_q"]), gap)
            c.say(a, rng.choice(["gc_deal", "gc_haggle", "gc_warn"]), gap)
            if rng.random() < 0.3:
                c.filler(rng.choice([a, b]), gap)
        c.say(b, "gc_code", gap)
        c.say(a, "gc_code", gap)
        c.say(b, rng.choice(["gc_done", "gc_warn"]), gap)
    elif kind == "crypto_talk":
        chat_pairs(c, roles, ["cr_line", "cr_line", "cr_line"], rng.randint(8, 30), gap)
    elif kind == "banter":
        chat_pairs(c, roles, ["ba_line", "ba_line", "ba_line"], rng.randint(8, 34), (2, 120))
    elif kind == "bullying":
        bullies = [r for r in roles if r != "t"]
        c.say(bullies[0], "bu_bully", (0, 0))
        for _ in range(rng.randint(4, 14)):
            if rng.random() < 0.55:
                c.say(rng.choice(bullies), "bu_bully", (5, 600))
            else:
                c.say("t", "bu_target", (5, 600))
            if rng.random() < 0.2:
                c.filler(rng.choice(bullies), (2, 60))
        if rng.random() < 0.33:
            c.say("t", "crisis", (60, 3000), mark="crisis")
            if rng.random() < 0.5:
                c.say(rng.choice(bullies), "bu_bully", (20, 600))
    elif kind == "safety_lesson":
        if rng.random() < 0.5:
            c.say(a, "", (0, 0), raw=expand(LEX[c.lang]["sl_teacher"][0], rng, c.slots))
            for _ in range(rng.randint(6, 18)):
                c.say(a, "sl_teacher", (20, 240)) if rng.random() < 0.55 else c.say(
                    rng.choice(roles[1:]), "sl_student", (10, 120)
                )
        else:
            c.say(a, "sl_parent", (0, 0))
            for _ in range(rng.randint(5, 14)):
                if rng.random() < 0.5:
                    c.say(a, "sl_parent", (10, 900))
                else:
                    c.say(b, "sl_kid", (10, 900))
                if rng.random() < 0.2:
                    c.filler(b, (5, 300))
    elif kind == "news_story":
        c.say(a, "ns_line", (0, 0))
        chat_pairs(c, roles, ["ns_line", "ns_line"], rng.randint(6, 26), gap)
    else:  # ordinary
        key = rng.choice(["or_cs", "or_sell", "or_group", "or_date"])
        c.say(a, key, (0, 0))
        chat_pairs(c, roles, [key, key, key], rng.randint(6, 24), gap if key != "or_date" else (30, 40000))
        if key == "or_date" and rng.random() < 0.5:
            chat_pairs(c, roles, ["small_o", "small_t"], rng.randint(2, 6), (20, 600))


# ---------------------------------------------------------------- corpus


def quota(shares: dict[str, float], total: int) -> list[str]:
    scale = sum(shares.values())
    exact = {k: total * v / scale for k, v in shares.items()}
    counts = {k: int(v) for k, v in exact.items()}
    for k in sorted(exact, key=lambda k: exact[k] - counts[k], reverse=True)[: total - sum(counts.values())]:
        counts[k] += 1
    return [k for k, v in counts.items() for _ in range(v)]


def participant_info(rng: random.Random, role: str, kind: str, conv: Conv) -> dict:
    info: dict = {}
    offender = role == "o"
    if rng.random() < (0.55 if offender else 0.35):
        if offender:
            info["declared_age"] = rng.choice([15, 16, 16, 17, 17, 18, 19])
        elif kind in {"safety_lesson"} and role == "a":
            info["declared_age"] = rng.randint(30, 58)
        elif kind == "ordinary":
            info["declared_age"] = rng.randint(19, 50)
        else:
            info["declared_age"] = rng.randint(13, 18)
    if rng.random() < (0.45 if offender else 0.3):
        if offender:
            info["meta"] = {
                "account_age_days": rng.choice([1, 2, 3, 5, 8, 12, 20, 40, 90, 400]),
                "country": rng.choice([*OFFENDER_COUNTRIES, conv.locale["cc"]]),
                "mutuals": rng.choice([0, 0, 1, 2, 3, 5, 12]),
            }
        else:
            new = kind in {"gift_card_trading", "crypto_talk", "ordinary"} and rng.random() < 0.35
            info["meta"] = {
                "account_age_days": rng.randint(1, 30) if new else rng.randint(60, 3000),
                "country": conv.locale["cc"] if rng.random() < 0.85 else rng.choice(OFFENDER_COUNTRIES),
                "mutuals": rng.randint(0, 4) if new else rng.randint(2, 300),
            }
    return info


def make_conversation(rng: random.Random, index: int, kind: str, lang: str) -> tuple[dict, dict]:
    locale = rng.choice(LOCALES[lang])
    day = datetime(2023, 1, 1) + timedelta(days=rng.randint(0, 900))
    hour = rng.choices(
        range(24), [1, 1, 0.5, 0.3, 0.2, 0.2, 0.5, 1, 2, 2, 2, 2, 3, 3, 3, 4, 5, 5, 5, 6, 6, 6, 5, 3]
    )[0]
    start = day + timedelta(hours=hour, minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
    c = Conv(rng, lang, locale, start, rng.choice(locale["tz"]))
    sextortion = kind.startswith("sextortion")
    taken: set[str] = set()
    if sextortion:
        roles = ["o", "t"]
    elif kind == "bullying":
        roles = ["a", "t"] + (["b"] if rng.random() < 0.5 else [])
    elif kind in {"banter", "news_story", "safety_lesson"} or (kind == "money_owed" and rng.random() < 0.3):
        roles = ["a", "b", *rng.sample(["c", "d", "e"], rng.randint(0, 3))]
    else:
        roles = ["a", "b"]
    casual_roles = set(roles)
    if kind in {"safety_lesson", "ordinary"} and rng.random() < 0.7:
        casual_roles.discard("a")
    for role in roles:
        c.add_speaker(role, handle(rng, lang, taken), role in casual_roles)
    c.slots["t"] = c.speakers["t"].name if "t" in c.speakers else c.speakers["b"].name
    c.slots["o"] = c.speakers["o"].name if "o" in c.speakers else c.speakers["a"].name
    base_slots(c)
    if not sextortion and kind not in {"safety_lesson", "news_story"}:
        c.slots["dl"] = rng.choice(PLACES[lang]["bdl"])
    if sextortion:
        build_sextortion(c, kind)
    else:
        build_benign(c, kind, roles)
    if len(c.messages) < 6:
        while len(c.messages) < 6:
            c.filler(rng.choice(roles))
    del c.messages[80:]
    c.marks = {k: v for k, v in c.marks.items() if v < len(c.messages)}
    cid = f"s-{index}"
    participants = {c.speakers[r].name: participant_info(rng, r, kind, c) for r in roles}
    convo = {"id": cid, "participants": participants, "messages": c.messages}
    target = c.speakers["t"].name if "t" in c.speakers else None
    truth = {
        "id": cid,
        "label": "sextortion" if sextortion else "benign",
        "kind": kind,
        "suspect": c.speakers["o"].name if sextortion else None,
        "target": target,
        "onset": c.marks.get("onset") if sextortion else None,
        "first_demand": c.marks.get("first_demand") if sextortion else None,
        "crisis": c.marks.get("crisis"),
        "payment_channels": c.channels if sextortion else [],
        "language": lang,
    }
    return convo, truth


def generate(seed: int, n: int) -> list[tuple[dict, dict]]:
    rng = random.Random(seed)
    n_sext = round(0.3 * n)
    kinds = quota(SEXTORTION_SHARES, n_sext) + quota(BENIGN_SHARES, n - n_sext)
    # languages shared out within each kind, so every kind is written in every language
    pairs = [(k, lang) for k in dict.fromkeys(kinds) for lang in quota(LANGUAGE_SHARES, kinds.count(k))]
    rng.shuffle(pairs)
    return [
        make_conversation(random.Random(rng.getrandbits(64)), i + 1, k, lg) for i, (k, lg) in enumerate(pairs)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seed", type=int, required=True, help="random seed (same seed, same files)")
    parser.add_argument("--n", type=int, required=True, help="number of conversations")
    parser.add_argument("--out", type=Path, required=True, help="conversations, JSON lines")
    parser.add_argument("--truth", type=Path, required=True, help="truth, JSON lines in the same order")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error(f"--n must be at least 1, got {args.n}")
    rows = generate(args.seed, args.n)
    with args.out.open("w", encoding="utf-8") as out, args.truth.open("w", encoding="utf-8") as truth:
        for convo, t in rows:
            out.write(json.dumps(convo, ensure_ascii=False) + "\n")
            truth.write(json.dumps(t, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
