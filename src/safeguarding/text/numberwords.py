"""Number words in English, Spanish and French, as used to spell out phone numbers.

`PHRASES` maps a tuple of folded (lower-case, accent-free) words to the digits they stand for:
single digits ("five", "cinco", "cinq"), the letter-like "oh" for zero, and the two-digit numbers that
people use when they read numbers in pairs ("twenty three", "veintitres", "quatre vingt dix sept").
`REPEATERS` are words such as "double" that repeat the next digit.
"""

from __future__ import annotations

_EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_EN_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_EN_TENS = {
    2: "twenty",
    3: "thirty",
    4: "forty",
    5: "fifty",
    6: "sixty",
    7: "seventy",
    8: "eighty",
    9: "ninety",
}

_ES_UNITS = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
_ES_TEENS = [
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciseis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
]
_ES_TWENTIES = [
    "veinte",
    "veintiuno",
    "veintidos",
    "veintitres",
    "veinticuatro",
    "veinticinco",
    "veintiseis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
]
_ES_TENS = {
    3: "treinta",
    4: "cuarenta",
    5: "cincuenta",
    6: "sesenta",
    7: "setenta",
    8: "ochenta",
    9: "noventa",
}

_FR_UNITS = ["zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
_FR_TEENS = [
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix sept",
    "dix huit",
    "dix neuf",
]
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _build() -> dict[tuple[str, ...], str]:
    table: dict[str, str] = {}
    for units in (_EN_UNITS, _ES_UNITS, _FR_UNITS):
        for value, word in enumerate(units):
            table[word] = str(value)
    table.update({"oh": "0", "o": "0", "une": "1", "una": "1", "nil": "0", "nought": "0"})
    for teens in (_EN_TEENS, _ES_TEENS, _FR_TEENS):
        for offset, word in enumerate(teens):
            table[word] = str(10 + offset)
    for tens, word in _EN_TENS.items():
        table[word] = f"{tens}0"
        for unit in range(1, 10):
            table[f"{word} {_EN_UNITS[unit]}"] = f"{tens}{unit}"
    for offset, word in enumerate(_ES_TWENTIES):
        table[word] = str(20 + offset)
        table[word.replace("veinti", "veinte y ")] = str(20 + offset) if offset else "20"
    for tens, word in _ES_TENS.items():
        table[word] = f"{tens}0"
        for unit in range(1, 10):
            table[f"{word} y {_ES_UNITS[unit]}"] = f"{tens}{unit}"
            if unit == 1:
                table[f"{word} y un"] = f"{tens}1"
    for tens, word in _FR_TENS.items():
        table[word] = f"{tens}0"
        table[f"{word} et un"] = f"{tens}1"
        for unit in range(2, 10):
            table[f"{word} {_FR_UNITS[unit]}"] = f"{tens}{unit}"
    for offset, word in enumerate(_FR_TEENS):  # 70-79: soixante-dix ... soixante-dix-neuf
        table[f"soixante {word}"] = str(70 + offset)
    table["soixante et onze"] = "71"
    for head in ("quatre vingt", "quatre vingts"):
        table[head] = "80"
        for unit in range(1, 10):
            table[f"{head} {_FR_UNITS[unit]}"] = f"8{unit}"
        for offset, word in enumerate(_FR_TEENS):
            table[f"{head} {word}"] = str(90 + offset)
    table["septante"], table["octante"], table["huitante"], table["nonante"] = "70", "80", "80", "90"
    for hundred in ("hundred", "cien", "cent"):
        table[hundred] = "100"
    for unit in range(1, 10):
        table[f"{_EN_UNITS[unit]} hundred"] = f"{unit}00"
    return {tuple(key.split()): digits for key, digits in table.items()}


PHRASES: dict[tuple[str, ...], str] = _build()
FIRST_WORDS: frozenset[str] = frozenset(key[0] for key in PHRASES)
MAX_PHRASE_WORDS: int = max(len(key) for key in PHRASES)
REPEATERS: dict[str, int] = {"double": 2, "triple": 3, "doble": 2, "triplo": 3}
