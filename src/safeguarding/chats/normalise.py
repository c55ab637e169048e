"""Cheap normalisation of chat text so that one set of patterns covers chat spelling.

Steps, each linear in the text length: lower case; accents folded and a few emoji turned into words;
apostrophes dropped (``don't`` -> ``dont``); runs of three or more identical letters shortened to two
(``pleeeease`` -> ``pleease``, so patterns write ``e{1,2}`` where a letter is often stretched); each word
and each ``.``, ``!`` or ``?`` becomes a token and the tokens are joined by single spaces (other
punctuation and emoji without meaning disappear); chat slang is expanded token by token (``u`` -> ``you``).
The result starts and ends with a space, so patterns can rely on spaces around words.
"""

from __future__ import annotations

import re

_FOLD = {
    **{c: "a" for c in "áàâäãåā"},
    **{c: "e" for c in "éèêëē"},
    **{c: "i" for c in "íìîïī"},
    **{c: "o" for c in "óòôöõø"},
    **{c: "u" for c in "úùûü"},
    "ñ": "n",
    "ç": "c",
    "ß": "ss",
    "œ": "oe",
    "æ": "ae",
    "'": "",
    "’": "",
    "‘": "",
    "`": "",
    "´": "",
    "“": '"',
    "”": '"',
    "«": '"',
    "»": '"',
    "¿": " ",
    "¡": " ",
}
# Emoji that carry the meaning of a manipulation move; others are dropped with the punctuation.
_EMOJI = {
    "🤫": " secret ",
    "🤐": " secret ",
    "🎁": " gift ",
    "💰": " money ",
    "💵": " money ",
    "📸": " photo ",
    "📷": " photo ",
    "🤳": " selfie ",
    "📱": " phone ",
    "🚗": " car ",
    "😘": " kiss ",
    "❤": " love ",
    "💕": " love ",
    "😍": " love ",
}
_TABLE = str.maketrans({**_FOLD, **_EMOJI})

_REPEATS = re.compile(r"(\w)\1\1+")
_TOKENS = re.compile(r"\w+|[?.!]")

# Chat slang and frequent misspellings (English, Spanish, French, German), whole words only.
SLANG: dict[str, str] = {
    "u": "you",
    "yu": "you",
    "ur": "your",
    "youre": "your",
    "r": "are",
    "ru": "are you",
    "pls": "please",
    "plz": "please",
    "plss": "please",
    "rn": "right now",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "ppl": "people",
    "pic": "photo",
    "pics": "photos",
    "pix": "photos",
    "pik": "photo",
    "picture": "photo",
    "pictures": "photos",
    "foto": "photo",
    "fotos": "photos",
    "dnt": "dont",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "got to",
    "ima": "im going to",
    "tho": "though",
    "thx": "thanks",
    "nvm": "never mind",
    "k": "ok",
    "kk": "ok",
    "2day": "today",
    "2nite": "tonight",
    "tonite": "tonight",
    "2morrow": "tomorrow",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "b4": "before",
    "l8r": "later",
    "ne1": "anyone",
    "any1": "anyone",
    "some1": "someone",
    "sum1": "someone",
    "no1": "no one",
    "noone": "no one",
    "msgs": "messages",
    "msg": "message",
    "txt": "text",
    "parnets": "parents",
    "parants": "parents",
    "prents": "parents",
    "parentz": "parents",
    "mum": "mom",
    "mommy": "mom",
    "daddy": "dad",
    "secrit": "secret",
    "sekret": "secret",
    "seceret": "secret",
    "sercet": "secret",
    "scret": "secret",
    "addres": "address",
    "adress": "address",
    "alon": "alone",
    "aloen": "alone",
    "meetup": "meet up",
    "snapchat": "snap",
    "sc": "snap",
    "insta": "instagram",
    "ig": "instagram",
    "whatsap": "whatsapp",
    "wa": "whatsapp",
    "q": "que",
    "xq": "porque",
    "pq": "porque",
    "tb": "tambien",
    "tmb": "tambien",
    "bjs": "besos",
    "stp": "sil te plait",
    "svp": "sil vous plait",
    "pk": "pourquoi",
    "pcq": "parce que",
    "tkt": "tinquiete",
    "jsp": "je sais pas",
    "jpp": "jen peux plus",
    "koi": "quoi",
    "ki": "qui",
    "kan": "quand",
    "bjr": "bonjour",
    "slt": "salut",
    "cc": "coucou",
    "ds": "dans",
    "tjs": "toujours",
    "nich": "nicht",
    "ned": "nicht",
    "hab": "habe",
    "haste": "hast du",
    "biste": "bist du",
    "kannste": "kannst du",
    "willste": "willst du",
    "bissl": "bisschen",
    "bissel": "bisschen",
}
_lookup = SLANG.get


def normalise(text: str) -> str:
    """Return chat text in the canonical form the recogniser patterns are written against."""
    text = _REPEATS.sub(r"\1\1", text.lower().translate(_TABLE))
    return " " + " ".join([_lookup(token, token) for token in _TOKENS.findall(text)]) + " "
