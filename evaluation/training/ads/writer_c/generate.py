#!/usr/bin/env python3
"""Synthetic classified-ads corpus, writer_c (training/tuning data for the ad linker).

Written from evaluation/specs/ads.md alone. Standard library only, deterministic by seed:

    python generate.py --seed S --n N --out ADS.jsonl --truth TRUTH.jsonl

Style of this writer: many countries, each country's numbers written the ways people write them
(plain, international, obscured), decoy digit strings, and operator networks whose ads PARAPHRASE
each other (a slot-filled combinatorial grammar re-expanded with drifting choices, sentences
reordered, dropped, added) while unrelated advertisers share site boilerplate, layouts and stock photos.
All content is non-explicit; phones come only from the fiction ranges in the specification.
"""

# ruff: noqa: E501  (grammar and place data read best one entry a line)
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

# ---------------------------------------------------------------------------------------------
# Grammar engine: "[a|b|c]" is a choice (nestable), "{slot}" a slot filled after expansion.
# Each choice node has a stable id so a network can keep "its" picks and drift from them.
# ---------------------------------------------------------------------------------------------

Node = list  # a sequence of str | ("alt", node_id, [Node, ...])


@cache
def parse(template: str) -> tuple[Node, int]:
    counter = [0]

    def seq(i: int, stop: bool) -> tuple[Node, int]:
        out: Node = []
        buf: list[str] = []
        while i < len(template):
            ch = template[i]
            if ch == "[":
                if buf:
                    out.append("".join(buf))
                    buf = []
                node_id = counter[0]
                counter[0] += 1
                options: list[Node] = []
                i += 1
                while True:
                    opt, i = seq(i, True)
                    options.append(opt)
                    if template[i] == "|":
                        i += 1
                        continue
                    i += 1  # the closing ]
                    break
                out.append(("alt", node_id, options))
                continue
            if stop and ch in "|]":
                break
            buf.append(ch)
            i += 1
        if buf:
            out.append("".join(buf))
        return out, i

    tree, _ = seq(0, False)
    return tree, counter[0]


def count_expansions(template: str) -> int:
    def n_seq(node: Node) -> int:
        total = 1
        for part in node:
            if isinstance(part, tuple):
                total *= sum(n_seq(o) for o in part[2])
        return total

    return n_seq(parse(template)[0])


class Picker:
    """Chooses options: a base pick stable per (key, node) and, with probability drift, a fresh one."""

    def __init__(self, rng: random.Random, key: str | None = None, drift: float = 1.0) -> None:
        self.rng, self.key, self.drift = rng, key, drift

    def __call__(self, node_id: int, k: int) -> int:
        if self.key is None or self.rng.random() < self.drift:
            return self.rng.randrange(k)
        return zlib.crc32(f"{self.key}#{node_id}".encode()) % k


def expand(template: str, pick: Picker) -> str:
    out: list[str] = []

    def walk(node: Node) -> None:
        for part in node:
            if isinstance(part, str):
                out.append(part)
            else:
                _, node_id, options = part
                walk(options[pick(node_id, len(options))])

    walk(parse(template)[0])
    return "".join(out)


SLOT = re.compile(r"\{(\w+)\}")


def fill(text: str, slots: dict[str, str]) -> str:
    return SLOT.sub(lambda m: slots.get(m.group(1), m.group(0)), text)


AN_WORD = re.compile(r"(?i)(?!uni|use|usu|eu|one)[aeiou]|hour|honest")


def fix_english(text: str) -> str:
    """Choose "a" or "an" by the next word (templates pick articles and adjectives independently)."""

    def article(m: re.Match[str]) -> str:
        art, word = m.group(1), m.group(2)
        an = bool(AN_WORD.match(word))
        return (art[0] + ("n" if an else "")) + " " + word

    return re.sub(r"\b([Aa]n?) ([\w-]+)", article, text)


def dedupe_adjectives(text: str, rng: random.Random) -> str:
    """A sentence built from independent picks may repeat an adjective; swap the repeat."""
    counts: dict[str, int] = {}
    for word in re.findall(r"[\w'-]+", text):
        counts[word] = counts.get(word, 0) + 1
    for vocab in (ADJ_WORDS, ADJ_FR_WORDS):
        for w in vocab:
            if counts.get(w, 0) < 2:
                continue
            hits = list(re.finditer(rf"\b{re.escape(w)}\b", text))
            for hit in reversed(hits[1:]):
                pool = [a for a in vocab if not re.search(rf"\b{re.escape(a)}\b", text)]
                if pool:
                    text = text[: hit.start()] + rng.choice(pool) + text[hit.end() :]
    return text


def tidy(text: str) -> str:
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r" +([,.!?;:])(?=\s|$)", r"\1", text)
    text = re.sub(r"([,.!?])\1+", r"\1", text) if "..." not in text else text
    text = text.strip(" ,")
    text = re.sub(r"([.!?] )([a-zà-ÿ])", lambda m: m.group(1) + m.group(2).upper(), text)
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text


# ---------------------------------------------------------------------------------------------
# Geography and fictional phone ranges (specification: Ofcom, NANP 555-01xx, ACMA, ARCEP)
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class City:
    name: str
    country: str
    areas: tuple[str, ...]
    postcodes: tuple[str, ...]
    landline: str = ""  # GB/AU/FR: key into the landline ranges; NANP: comma-separated area codes


GB_LANDLINE = {  # national prefix, number of free digits, grouping of the full national number
    "020": ("02079460", 3, (3, 4, 4)),
    "0113": ("01134960", 3, (4, 3, 4)),
    "0114": ("01144960", 3, (4, 3, 4)),
    "0115": ("01154960", 3, (4, 3, 4)),
    "0116": ("01164960", 3, (4, 3, 4)),
    "0117": ("01174960", 3, (4, 3, 4)),
    "0118": ("01184960", 3, (4, 3, 4)),
    "0121": ("01214960", 3, (4, 3, 4)),
    "0131": ("01314960", 3, (4, 3, 4)),
    "0141": ("01414960", 3, (4, 3, 4)),
    "0151": ("01514960", 3, (4, 3, 4)),
    "0161": ("01614960", 3, (4, 3, 4)),
    "0191": ("01914980", 3, (4, 3, 4)),
    "028": ("02896496", 3, (3, 4, 4)),
    "029": ("02920180", 3, (3, 4, 4)),
    "01632": ("01632960", 3, (5, 6)),
}
AU_MOBILES = [
    "0491570006",
    "0491570156",
    "0491570157",
    "0491570158",
    "0491570159",
    "0491570110",
    "0491570313",
    "0491570737",
    "0491571266",
    "0491571491",
    "0491571804",
    "0491572549",
    "0491572665",
    "0491572983",
    "0491573770",
    "0491573087",
    "0491574118",
    "0491574632",
    "0491575254",
    "0491575789",
    "0491576398",
    "0491576801",
    "0491577426",
    "0491577644",
    "0491578957",
    "0491578148",
    "0491578888",
    "0491579212",
    "0491579760",
    "0491579455",
]
FR_BLOCKS = {"01": "019900", "02": "026191", "03": "035301", "04": "046571", "05": "053649", "06": "063998"}

C = City
CITIES: list[City] = [
    # United Kingdom
    C(
        "London",
        "GB",
        (
            "Paddington",
            "Bayswater",
            "Earls Court",
            "Canary Wharf",
            "Kensington",
            "Victoria",
            "Marylebone",
            "Shoreditch",
            "Croydon",
            "Stratford",
        ),
        ("W2 4RT", "SW5 9QH", "E14 5AB", "NW1 6XE", "SE1 7PB"),
        "020",
    ),
    C(
        "Leeds",
        "GB",
        ("Headingley", "city centre", "Holbeck", "Chapel Allerton"),
        ("LS1 4AP", "LS6 3HN", "LS11 5QP"),
        "0113",
    ),
    C("Sheffield", "GB", ("Ecclesall Road", "Kelham Island", "city centre"), ("S1 2GH", "S11 8YL"), "0114"),
    C("Nottingham", "GB", ("Lace Market", "Hockley", "West Bridgford"), ("NG1 5FS", "NG7 2RD"), "0115"),
    C("Leicester", "GB", ("Clarendon Park", "city centre", "Highfields"), ("LE1 6RH", "LE2 1TR"), "0116"),
    C(
        "Bristol",
        "GB",
        ("Clifton", "Temple Meads", "Harbourside", "Bedminster"),
        ("BS1 4DJ", "BS8 1TH"),
        "0117",
    ),
    C("Reading", "GB", ("town centre", "Caversham"), ("RG1 1AZ", "RG4 8BW"), "0118"),
    C(
        "Birmingham",
        "GB",
        ("Digbeth", "Edgbaston", "Jewellery Quarter", "Broad Street"),
        ("B1 1BB", "B15 2TT", "B5 6DD"),
        "0121",
    ),
    C(
        "Edinburgh",
        "GB",
        ("Leith", "Haymarket", "New Town", "Old Town"),
        ("EH1 1YZ", "EH6 6JJ", "EH12 5EZ"),
        "0131",
    ),
    C("Glasgow", "GB", ("Merchant City", "West End", "Finnieston"), ("G1 1XQ", "G3 8AG", "G12 8QQ"), "0141"),
    C("Liverpool", "GB", ("Albert Dock", "Baltic Triangle", "city centre"), ("L1 8JQ", "L3 4BB"), "0151"),
    C(
        "Manchester",
        "GB",
        ("Northern Quarter", "Piccadilly", "Salford Quays", "Deansgate"),
        ("M1 3BE", "M4 1HN", "M50 3AZ"),
        "0161",
    ),
    C("Newcastle upon Tyne", "GB", ("Quayside", "Jesmond", "city centre"), ("NE1 3JF", "NE2 1AB"), "0191"),
    C(
        "Belfast",
        "GB",
        ("Cathedral Quarter", "Queen's Quarter", "Titanic Quarter"),
        ("BT1 2HB", "BT7 1NN"),
        "028",
    ),
    C("Cardiff", "GB", ("Cardiff Bay", "Cathays", "city centre"), ("CF10 1EP", "CF24 4HQ"), "029"),
    C("Brighton", "GB", ("Kemptown", "North Laine", "Hove"), ("BN1 1AE", "BN2 1TW"), "01632"),
    C("Southampton", "GB", ("Ocean Village", "Portswood"), ("SO14 3TJ", "SO17 1XQ"), "01632"),
    C("Milton Keynes", "GB", ("Central MK", "Bletchley"), ("MK9 2FP", "MK2 2HB"), "01632"),
    # United States (area codes are the cities' real ones; numbers 555-0100..0199)
    C(
        "New York",
        "US",
        ("Midtown", "Chelsea", "Upper East Side", "Queens", "Brooklyn", "Financial District"),
        ("10001", "10016", "11201", "10022"),
        "212,646,718,917",
    ),
    C(
        "Los Angeles",
        "US",
        ("Hollywood", "Koreatown", "Downtown LA", "Westwood", "Van Nuys"),
        ("90028", "90005", "90024"),
        "213,310,323,818",
    ),
    C(
        "Chicago",
        "US",
        ("River North", "the Loop", "Lincoln Park", "Wicker Park"),
        ("60611", "60601", "60614"),
        "312,773,872",
    ),
    C(
        "Houston",
        "US",
        ("Galleria", "Midtown", "Montrose", "Westchase"),
        ("77056", "77002", "77006"),
        "713,281,832",
    ),
    C("Phoenix", "US", ("Downtown Phoenix", "Arcadia", "Biltmore"), ("85004", "85016"), "602,480"),
    C("Philadelphia", "US", ("Center City", "Old City", "Fishtown"), ("19103", "19106"), "215,267"),
    C("San Diego", "US", ("Gaslamp", "Mission Valley", "La Jolla"), ("92101", "92108"), "619,858"),
    C("Dallas", "US", ("Uptown", "Deep Ellum", "Addison"), ("75201", "75204"), "214,469,972"),
    C("Miami", "US", ("Brickell", "South Beach", "Doral", "Wynwood"), ("33131", "33139", "33166"), "305,786"),
    C("Atlanta", "US", ("Buckhead", "Midtown", "Downtown"), ("30305", "30308"), "404,678,770"),
    C("Seattle", "US", ("Capitol Hill", "Belltown", "Bellevue"), ("98102", "98121"), "206,425"),
    C("Denver", "US", ("LoDo", "Cherry Creek", "Capitol Hill"), ("80202", "80206"), "303,720"),
    C("Boston", "US", ("Back Bay", "Seaport", "Cambridge"), ("02116", "02210"), "617,857"),
    C("Las Vegas", "US", ("the Strip", "Summerlin", "Henderson"), ("89109", "89135"), "702,725"),
    C("Minneapolis", "US", ("North Loop", "Uptown", "Bloomington"), ("55401", "55408"), "612,952"),
    C(
        "Orlando",
        "US",
        ("International Drive", "Downtown Orlando", "Kissimmee"),
        ("32819", "32801"),
        "407,321",
    ),
    C("Nashville", "US", ("the Gulch", "Midtown", "East Nashville"), ("37203", "37206"), "615,629"),
    C("Newark", "US", ("Ironbound", "Downtown Newark"), ("07102", "07105"), "973,862"),
    # Canada
    C(
        "Toronto",
        "CA",
        ("Yorkville", "Downtown", "Scarborough", "North York", "Etobicoke"),
        ("M5V 2T6", "M4W 1A8", "M2N 5N8"),
        "416,647,437",
    ),
    C("Vancouver", "CA", ("Yaletown", "Kitsilano", "Burnaby", "Richmond"), ("V6B 1A1", "V6K 2G1"), "604,778"),
    C("Montreal", "CA", ("Plateau", "Old Montreal", "Downtown"), ("H2X 1Y4", "H3B 2Y5"), "514,438"),
    C("Calgary", "CA", ("Beltline", "Downtown Calgary", "Kensington"), ("T2R 0B5", "T2P 1J9"), "403,587"),
    C("Ottawa", "CA", ("ByWard Market", "Centretown", "Kanata"), ("K1N 5T1", "K2P 0A4"), "613,343"),
    C("Edmonton", "CA", ("Whyte Avenue", "Downtown Edmonton"), ("T6E 2A1", "T5J 0K4"), "780,587"),
    C("Winnipeg", "CA", ("Exchange District", "Osborne Village"), ("R3B 1B9", "R3L 0Y4"), "204,431"),
    C("Halifax", "CA", ("Downtown Halifax", "North End"), ("B3J 1R2", "B3K 4P9"), "902,782"),
    # Australia
    C(
        "Sydney",
        "AU",
        ("Surry Hills", "CBD", "Parramatta", "Bondi", "Chatswood"),
        ("2000", "2010", "2150"),
        "02",
    ),
    C(
        "Melbourne",
        "AU",
        ("Southbank", "St Kilda", "Fitzroy", "Docklands", "CBD"),
        ("3000", "3006", "3182"),
        "03",
    ),
    C("Brisbane", "AU", ("Fortitude Valley", "South Bank", "CBD"), ("4000", "4006", "4101"), "07"),
    C("Perth", "AU", ("Northbridge", "CBD", "Fremantle"), ("6000", "6003", "6160"), "08"),
    C("Adelaide", "AU", ("CBD", "Glenelg", "North Adelaide"), ("5000", "5045"), "08"),
    C("Gold Coast", "AU", ("Surfers Paradise", "Broadbeach", "Southport"), ("4217", "4218"), "07"),
    C("Canberra", "AU", ("Civic", "Braddon", "Belconnen"), ("2601", "2612"), "02"),
    C("Hobart", "AU", ("Battery Point", "CBD"), ("7000", "7004"), "03"),
    # France
    C(
        "Paris",
        "FR",
        ("Pigalle", "Opéra", "Montparnasse", "La Défense", "Bastille", "Gare du Nord", "Marais"),
        ("75009", "75011", "75014", "75017", "92400"),
        "01",
    ),
    C(
        "Lyon",
        "FR",
        ("Part-Dieu", "Bellecour", "Croix-Rousse", "Confluence"),
        ("69003", "69002", "69004"),
        "04",
    ),
    C("Marseille", "FR", ("Vieux-Port", "Castellane", "La Joliette"), ("13001", "13006", "13002"), "04"),
    C("Nice", "FR", ("Promenade des Anglais", "Vieux-Nice", "Libération"), ("06000", "06300"), "04"),
    C("Lille", "FR", ("Vieux-Lille", "Euralille", "Wazemmes"), ("59000", "59800"), "03"),
    C("Strasbourg", "FR", ("Petite France", "Krutenau", "gare centrale"), ("67000", "67100"), "03"),
    C("Bordeaux", "FR", ("Chartrons", "Saint-Michel", "Mériadeck"), ("33000", "33300"), "05"),
    C("Toulouse", "FR", ("Capitole", "Saint-Cyprien", "Compans-Caffarelli"), ("31000", "31300"), "05"),
    C("Nantes", "FR", ("Bouffay", "Île de Nantes", "Graslin"), ("44000", "44200"), "02"),
    C("Rennes", "FR", ("Sainte-Anne", "Colombier"), ("35000", "35200"), "02"),
    # Ireland and New Zealand: no fiction range given, so ads there carry no phone
    C(
        "Dublin",
        "IE",
        ("Temple Bar", "Ballsbridge", "Docklands", "Rathmines"),
        ("D02 X285", "D04 V1W8", "D06 F9P2"),
        "",
    ),
    C("Cork", "IE", ("city centre", "Douglas"), ("T12 W8KE", "T12 YX2P"), ""),
    C("Galway", "IE", ("Salthill", "city centre"), ("H91 E2K3",), ""),
    C("Auckland", "NZ", ("CBD", "Ponsonby", "Newmarket", "Parnell"), ("1010", "1021", "1023"), ""),
    C("Wellington", "NZ", ("Te Aro", "Thorndon"), ("6011", "6012"), ""),
    C("Christchurch", "NZ", ("Riccarton", "CBD"), ("8011", "8041"), ""),
]
CITY_BY_COUNTRY: dict[str, list[City]] = {}
for _c in CITIES:
    CITY_BY_COUNTRY.setdefault(_c.country, []).append(_c)
COUNTRY_SHARE = {"GB": 0.28, "US": 0.24, "CA": 0.09, "AU": 0.12, "FR": 0.15, "IE": 0.06, "NZ": 0.06}
NEIGHBOURS = {"GB": ["IE"], "IE": ["GB"], "US": ["CA"], "CA": ["US"], "AU": ["NZ"], "NZ": ["AU"], "FR": []}
CURRENCY = {"GB": "£", "IE": "€", "US": "$", "CA": "$", "AU": "$", "NZ": "$", "FR": "€"}


@dataclass(frozen=True)
class Phone:
    country: str  # GB, US, CA, AU, FR
    national: str  # national significant form with trunk prefix (GB/AU/FR) or 10 digits (NANP)
    groups: tuple[int, ...]

    @property
    def e164(self) -> str:
        if self.country in ("US", "CA"):
            return "+1" + self.national
        cc = {"GB": "44", "AU": "61", "FR": "33"}[self.country]
        return "+" + cc + self.national[1:]


class PhoneBook:
    """Allocates fictional numbers so that unrelated advertisers rarely share one by chance."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self.gb_mobiles = 0

    def _free(self, candidates: list[str]) -> str:
        free = [c for c in candidates if c not in self.used]
        choice = self.rng.choice(free or candidates)
        self.used.add(choice)
        return choice

    def _sample(self, make: callable, size: int) -> str:  # type: ignore[valid-type]
        for _ in range(40):
            cand = make()
            if cand not in self.used:
                self.used.add(cand)
                return cand
        cand = make()
        self.used.add(cand)
        return cand

    def new(self, city: City, mobile: bool) -> Phone | None:
        r = self.rng
        if city.country in ("IE", "NZ") or not city.landline:
            return None
        if city.country == "GB":
            if mobile and self.gb_mobiles < 900:
                self.gb_mobiles += 1
                nat = self._sample(lambda: f"07700900{r.randrange(1000):03d}", 1000)
                return Phone("GB", nat, (5, 6))
            prefix, free, groups = GB_LANDLINE[city.landline]
            nat = self._sample(lambda: prefix + f"{r.randrange(10**free):0{free}d}", 10**free)
            return Phone("GB", nat, groups)
        if city.country in ("US", "CA"):
            codes = city.landline.split(",")
            nat = self._sample(lambda: f"{r.choice(codes)}555{r.randrange(100, 200):04d}", 100)
            return Phone(city.country, nat, (3, 3, 4))
        if city.country == "AU":
            if mobile and r.random() < 0.75 and any(m not in self.used for m in AU_MOBILES):
                nat = self._free(AU_MOBILES)
                return Phone("AU", nat, (4, 3, 3))
            block = r.choice(("5550", "7010"))
            nat = self._sample(lambda: f"{city.landline}{block}{r.randrange(10000):04d}", 10000)
            return Phone("AU", nat, (2, 4, 4))
        if city.country == "FR":
            block = FR_BLOCKS["06" if mobile else city.landline]
            nat = self._sample(lambda: f"{block}{r.randrange(10000):04d}", 10000)
            return Phone("FR", nat, (2, 2, 2, 2, 2))
        return None


def grouped(digits: str, groups: tuple[int, ...]) -> list[str]:
    out, i = [], 0
    for g in groups:
        out.append(digits[i : i + g])
        i += g
    if i < len(digits):
        out.append(digits[i:])
    return [g for g in out if g]


# ---------------------------------------------------------------------------------------------
# Writing a phone: plain national/international forms and forms obscured to evade filters
# ---------------------------------------------------------------------------------------------

EN_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
FR_DIGITS = ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
FR_TEENS = (
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
)
FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
EMOJI_SEPS = ("✨", "⭐", "🌸", "💎", "🌹", "❤️", "🔥", "🌙", "💫", "🍀", "🦋", "☎️")
UNICODE_ZERO = (0xFF10, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7F6)  # fullwidth, bold, double-struck, sans, mono
CIRCLED = "⓪①②③④⑤⑥⑦⑧⑨"


def fr_pair(n: int) -> str:
    """French words for 0..99 as spoken in phone numbers ("zéro six", "quatre-vingt-dix-huit")."""
    if n < 10:
        return "zéro " + FR_DIGITS[n]
    if n < 20:
        return FR_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    if tens == 7:
        return "soixante et onze" if unit == 1 else "soixante-" + FR_TEENS[unit]
    if tens == 8:
        return "quatre-vingts" if unit == 0 else "quatre-vingt-" + FR_DIGITS[unit]
    if tens == 9:
        return "quatre-vingt-" + FR_TEENS[unit]
    base = FR_TENS[tens]
    if unit == 0:
        return base
    return base + (" et un" if unit == 1 else "-" + FR_DIGITS[unit])


def plain_forms(p: Phone) -> list[str]:
    gs = grouped(p.national, p.groups)
    if p.country in ("US", "CA"):
        a, b, c = gs
        return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"+1 {a} {b} {c}",
                f"1-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}", f"{a}{b}{c}", f"+1{a}{b}{c}", f"1 ({a}) {b} {c}",
                f"({a}){b}-{c}", f"+1-{a}-{b}-{c}"]  # fmt: skip
    cc = {"GB": "44", "AU": "61", "FR": "33"}[p.country]
    intl = [gs[0][1:], *gs[1:]]
    forms = [" ".join(gs), p.national, "-".join(gs), f"+{cc} " + " ".join(intl), f"+{cc}{p.national[1:]}",
             f"00{cc} " + " ".join(intl), f"+{cc} (0)" + " ".join(intl)]  # fmt: skip
    if p.country == "GB":
        forms += [f"({gs[0]}) " + " ".join(gs[1:]), ".".join(gs)]
        if p.groups == (5, 6):
            forms += [f"{gs[0]} {gs[1][:3]} {gs[1][3:]}", f"+44 {intl[0]} {gs[1][:3]} {gs[1][3:]}"]
    elif p.country == "FR":
        forms += [".".join(gs), "+33 " + ".".join(intl), "0033 " + " ".join(intl)]
    elif p.country == "AU":
        forms += [f"({gs[0]}) " + " ".join(gs[1:]) if p.groups == (2, 4, 4) else "+61 " + "-".join(intl)]
    return forms


def plain(p: Phone, rng: random.Random) -> str:
    forms = plain_forms(p)
    weights = [6 if i < 4 else 2 for i in range(len(forms))]
    return rng.choices(forms, weights)[0]


def en_word(d: str, rng: random.Random, style: int) -> str:
    w = EN_DIGITS[int(d)]
    if d == "0" and rng.random() < 0.35:
        w = "oh"
    return w.upper() if style == 1 else w.capitalize() if style == 2 else w


def words_form(p: Phone, rng: random.Random, lang: str) -> str:
    gs = grouped(p.national, p.groups)
    if lang == "fr":
        if rng.random() < 0.6:  # French people say numbers in pairs
            pairs = [fr_pair(int(p.national[i : i + 2])) for i in range(0, 10, 2)]
            return rng.choice((", ", " ", " - ", " . ")).join(pairs)
        return rng.choice((" ", "-", ", ")).join(" ".join(FR_DIGITS[int(d)] for d in g) for g in gs)
    style = rng.choice((0, 0, 1, 2))
    parts = []
    for g in gs:
        words: list[str] = []
        i = 0
        while i < len(g):
            run = 1
            while i + run < len(g) and g[i + run] == g[i]:
                run += 1
            if run in (2, 3) and rng.random() < 0.5:
                words.append(("double " if run == 2 else "triple ") + en_word(g[i], rng, style))
                i += run
            else:
                words.append(en_word(g[i], rng, style))
                i += 1
        parts.append(" ".join(words))
    joined = rng.choice((" ", ", ", " - ", " / ")).join(parts)
    if p.country in ("US", "CA") and rng.random() < 0.2:
        joined = "one " + joined
    return joined


def mixed_form(p: Phone, rng: random.Random, lang: str) -> str:
    for _ in range(20):
        text, has_word = _mixed_once(p, rng, lang)
        if has_word:
            return text
    return words_form(p, rng, lang)


def _mixed_once(p: Phone, rng: random.Random, lang: str) -> tuple[str, bool]:
    tokens: list[tuple[bool, str]] = []  # (is_word, text)
    if lang == "fr" and p.country == "FR":
        for i in range(0, 10, 2):
            pair = p.national[i : i + 2]
            tokens.append((True, fr_pair(int(pair))) if rng.random() < 0.5 else (False, pair))
            tokens.append((False, " "))
    else:
        digits = FR_DIGITS if lang == "fr" else EN_DIGITS
        for g in grouped(p.national, p.groups):
            for d in g:
                tokens.append((True, digits[int(d)]) if rng.random() < 0.45 else (False, d))
            tokens.append((False, rng.choice((" ", "-", " "))))
    out = ""
    prev_word = False
    for is_word, text in tokens:
        if out and (is_word or prev_word) and not out.endswith((" ", "-")) and text.strip():
            out += " "
        out += text
        prev_word = is_word
    return re.sub(r"\s+", " ", out).strip(" -"), any(w for w, _ in tokens)


def letters_form(p: Phone, rng: random.Random) -> str:
    swap = {"0": ("O", "o", "O"), "1": ("l", "I", "l")}
    out = list(p.national)
    spots = [i for i, d in enumerate(out) if d in swap]
    chosen = [i for i in spots if rng.random() < 0.85] or spots[:1]
    for i in chosen:
        out[i] = rng.choice(swap[out[i]])
    groups = grouped("".join(out), p.groups)
    if p.country in ("US", "CA") and len(groups) == 3 and rng.random() < 0.5:
        return f"({groups[0]}) {groups[1]}-{groups[2]}"
    return rng.choice((" ", ".", "-", "")).join(groups)


def separated_form(p: Phone, rng: random.Random) -> str:
    sep = rng.choice((" ", ". ", "-", " * ", "_", "~", "|", *EMOJI_SEPS))
    digits = list(p.national)
    if rng.random() < 0.3:
        return " ".join(digits[: p.groups[0]]) + "  " + sep.join(digits[p.groups[0] :])
    return sep.join(digits)


def unicode_form(p: Phone, rng: random.Random) -> str:
    kind = rng.randrange(7)
    if kind == 5:
        conv = lambda d: CIRCLED[int(d)]  # noqa: E731
    elif kind == 6:
        conv = lambda d: d + "\ufe0f\u20e3"  # noqa: E731  keycap emoji
    else:
        zero = UNICODE_ZERO[kind]
        conv = lambda d: chr(zero + int(d))  # noqa: E731
    gs = ["".join(conv(d) for d in g) for g in grouped(p.national, p.groups)]
    return rng.choice((" ", " ", "-", "")).join(gs)


AREA_FIRST_EN = (
    "area code {a} then {r}", "[start|begin] with {a}[,| and] then {r}", "{a} [first|to start], [then|the rest is] {r}",
    "code {a} + {r}", "[dial|call] {a} [and then|followed by] {r}", "[first part|first bit] {a}, [second part|rest] {r}",
    "{a} ... {r}", "[my number starts|the number starts] with {a} [and ends with|then] {r}",
)  # fmt: skip
AREA_FIRST_FR = (
    "[indicatif|début] {a} puis {r}", "[commence|ça commence] par {a} et [finit|termine] par {r}",
    "{a} [et ensuite|puis|suivi de] {r}", "[d'abord|en premier] {a}, [ensuite|après] {r}",
)  # fmt: skip
INTERRUPTIONS = ("(no spam)", "[remove this]", "x", "--", "(delete)", "*", "/ab/", "(sans espace)", "NOSPAM")


def area_first_form(p: Phone, rng: random.Random, lang: str) -> str:
    gs = grouped(p.national, p.groups)
    if p.country == "FR":
        a, r = " ".join(gs[:2]), " ".join(gs[2:])
    else:
        a, r = gs[0], " ".join(gs[1:])
    tmpl = rng.choice(AREA_FIRST_FR if lang == "fr" else AREA_FIRST_EN)
    return expand(tmpl, Picker(rng)).replace("{a}", a).replace("{r}", r)


def interrupted_form(p: Phone, rng: random.Random) -> str:
    gs = grouped(p.national, p.groups)
    cut = rng.randrange(1, len(gs))
    word = rng.choice(INTERRUPTIONS)
    return " ".join(gs[:cut]) + f" {word} " + " ".join(gs[cut:])


def obscured(p: Phone, rng: random.Random, lang: str) -> str:
    method = rng.choices(
        ("words", "mixed", "letters", "separated", "unicode", "area", "interrupt", "letters+sep"),
        (5, 4, 4, 4, 3, 3, 2, 1),
    )[0]
    if method == "words":
        return words_form(p, rng, lang)
    if method == "mixed":
        return mixed_form(p, rng, lang)
    if method == "letters":
        return letters_form(p, rng)
    if method == "separated":
        return separated_form(p, rng)
    if method == "unicode":
        return unicode_form(p, rng)
    if method == "area":
        return area_first_form(p, rng, lang)
    if method == "interrupt":
        return interrupted_form(p, rng)
    swapped = letters_form(Phone(p.country, p.national, (len(p.national),)), rng)
    return rng.choice((" ", ".", "✨")).join(swapped)


# ---------------------------------------------------------------------------------------------
# English grammar for provider ads. Each function lists templates per voice: "1" first person,
# "3" managed / third person. Which indicator a function shows is in INDICATOR_OF.
# Templates never carry another category's words; benign words only outside their function.
# ---------------------------------------------------------------------------------------------

ADJ = "[friendly|warm|cheerful|easy-going|bubbly|sweet|charming|lovely|kind|elegant|sophisticated|chatty|smiley|relaxed|classy|witty]"
LADY = "[lady|woman|companion]"
EN: dict[str, dict[str, list[str]]] = {
    "opening": {
        "1": [
            "[Hi|Hello|Hey|Hiya|Good evening|Welcome|Hey there] [gentlemen|gents|guys|there|everyone|handsome|you][!|,| :)| x|...]",
            "[Looking for|Want|Need|Fancy|In the mood for|Dreaming of] [some company|a relaxing evening|a dinner date|someone to talk to|good conversation|a friendly face|a lovely evening out][?|!| tonight?| this week?]",
            "[Thank you|Thanks] for [reading|looking at|viewing|stopping by|clicking on] my [ad|advert|profile|page][!|.| x]",
            "[Tired of|Bored of|Fed up with] [boring evenings|eating alone|the same old routine|empty evenings][?|...|!] [Let me change that|I can help|Read on]",
            "[Treat yourself|Spoil yourself|Take a break] [after a long day|this weekend|tonight][!|.]",
            "[Ready for|Time for] [an evening to remember|some good company|a proper date][?|!]",
        ],
        "3": [
            "[Hi|Hello|Welcome|Good evening|Greetings] [gentlemen|gents|guys|everyone|to our page][!|,|.]",
            "[Looking for|Want|In need of|Searching for] [some company|a relaxing evening|a dinner date|good conversation|a friendly face][?|!| tonight?]",
            "[Thank you|Thanks] for [visiting|viewing|looking at] our [page|ad|advert|listing][!|.]",
            "[Treat yourself|Spoil yourself|Take a break] [after a long day|this weekend|tonight] with [one of our ladies|our lovely companions|a charming companion][!|.]",
            "[Welcome to|This is] {agency}[!|.| -] [The best company in {city}|Quality companionship in {city}|Your evening starts here]",
        ],
    },
    "intro": {
        "1": [
            "[I'm|I am|My name is|They call me|Call me|It's|This is|Me:] {name}[,| -|.] [a|an] "
            + ADJ
            + " "
            + LADY
            + "[.|!| :)]",
            "{name} here[!|,|.] [A|An] " + ADJ + " and " + ADJ + " " + LADY + "[.|!]",
            "[I'm|I am] {name}[,|.] I [love|enjoy|adore] [good food|long conversations|laughing|travelling|music|art and wine|cooking|the cinema] and [meeting interesting people|a good chat|fine dining|a glass of wine][.|!]",
            "[Hello, I am|Hi, I'm|Hey, it's] {name}[,|!] [your|a] [dinner companion|date for the evening|perfect plus-one|favourite companion][.|!]",
            "[My friends describe me as|People say I am|I would describe myself as] "
            + ADJ
            + ", "
            + ADJ
            + " and "
            + ADJ
            + "[.|!]",
        ],
        "3": [
            "[Meet|Introducing|Say hello to|Let us introduce|Please welcome] {name}[,| -|:] [she is|she's] [a|an] "
            + ADJ
            + " "
            + LADY
            + "[.|!]",
            "{name} is [one of our|our most popular|our|a favourite among our] [ladies|companions|hostesses][.|!] [She is|She's] "
            + ADJ
            + " and "
            + ADJ
            + "[.|!]",
            "[This is|Here is|Meet] {name}[.|!] [She loves|She enjoys|She adores] [good food|long conversations|travelling|music|art and wine|the cinema|fine dining][.|!]",
            "[Our|The] [lovely|charming|elegant|sweet] {name} [is|has been] [a favourite with our clients|very popular this month|waiting to meet you][.|!]",
            "[We|Our team] [present|introduce|would like you to meet] {name} and {name2}, [two|both] "
            + ADJ
            + " "
            + "[ladies|companions][.|!]",
        ],
    },
    "ethnicity": {
        "1": [
            "[I'm|I am] [a|a lovely|a beautiful|a sweet|a charming|a proud] {nat} [lady|woman|companion|beauty][.|!]",
            "[Originally|Born and raised|Born] [in|from] {natc}[.|!|, living here now.]",
            "{nat} [beauty|lady|sweetheart|companion|doll] [here|at your service|for you][!|.]",
            "[My roots are|My family is|My heritage is] {nat}[.|!] [Ask me about my country|I love to talk about home|]",
            "[A real|A true|A proud] {region} [lady|woman|beauty][, from {natc}|][.|!]",
            "[Cheerful|Warm-hearted|Sunny|Gentle] {region} [girl|lady|woman] [with a lovely accent|who loves to chat][.|!]",
        ],
        "3": [
            "[She is|She's] [a|a lovely|a beautiful|a sweet|a charming] {nat} [lady|woman|beauty][.|!]",
            "[She comes|She is originally|She is] from {natc}[.|!| and speaks a little English.]",
            "[Our|We have] {region} [ladies|companions|beauties] [are waiting|available|from {natc}][.|!]",
            "[Stunning|Lovely|Sweet|Elegant] {nat} [companion|lady|hostess][, just for you|][.|!]",
            "[All|Most of] our [ladies|companions] are [from {natc}|{region}|{nat}][.|!]",
        ],
    },
    "youth": {
        "1": [
            "[I'm|I am] [young|youthful|fresh-faced|fresh] and [fun|cheerful|friendly|easy-going|playful|full of energy][.|!]",
            "[Just turned 18|Only just turned 18|Recently turned 18|I just turned 18][!|.| and ready to meet you.| and new to all this.]",
            "[I'm|I am] [a|an] [university|college|nursing|art|exchange|part-time] student[, saving for my studies|, working in my free time|][.|!]",
            "[Completely|Totally|Very|Brand] new to [this|advertising|the site|this scene][, so please be patient|, so be kind|][.|!]",
            "[Fresh|Young|Youthful] [face|and sweet|and natural|and bubbly][, {age} years young|][.|!]",
            "[Sweet|Young|Shy] [student|newcomer] [looking for|who wants] [kind gentlemen|a kind gentleman|dinner dates][.|!]",
        ],
        "3": [
            "[She is|She's] [young|fresh|new to this|a student|just 18|{age} years young][ and very sweet| and eager to meet you|][.|!]",
            "[Young|Fresh|Brand new] [ladies|girls|faces] [every week|just joined us|available now|added daily][.|!]",
            "[She|{name}] [has just turned|only just turned|recently turned] 18[.|!]",
            "[Our|The] [new|young|fresh|youngest] [girls|ladies|students] [are waiting|are waiting for you|are very popular][.|!]",
            "[A|Our] [student|young student|sweet student] [who|that] [is new to this|works with us part-time][.|!]",
        ],
    },
    "trust": {
        "1": [
            "[100%|Totally|Completely|Always] [genuine|real|honest|authentic][, no fakes|, no surprises|][.|!]",
            "[Real|Genuine|Recent|Verified|My own] [photos|pictures|pics][ only|, no surprises|, what you see is what you get|, 100% me][.|!]",
            "[Discreet|Private|Confidential] and [professional|respectful|reliable][, always|][.|!]",
            "[Safe|Clean|Tidy and clean|Hygienic] and [discreet|comfortable|welcoming|private] [place|apartment|flat|location][.|!]",
            "[I am|I'm] [reliable|punctual|respectful|trustworthy|honest] and [discreet|professional|respectful][.|!]",
            "[Your|Complete] [privacy|discretion] [is guaranteed|is my priority|always respected][.|!]",
            "[Professional|Genuine|Trustworthy] [independent|] [lady|companion] with [excellent|great|lovely] [reviews|feedback][.|!]",
            "[No fakes|No games|No catfish], [I am|I'm] [a real person|genuine|exactly like my photos][.|!]",
        ],
        "3": [
            "[All our ladies are|All our photos are|Every one of our profiles is|Our ladies are|Each lady is] [100% genuine|verified|real|checked by us][.|!]",
            "[Safe|Clean|Discreet] and [professional|respectful|reliable] [agency|team|service][.|!]",
            "[We are|We're] [a|the most] [discreet|professional|reliable|trusted] [agency|team] in {city}[.|!]",
            "[Real photos|Genuine pictures|Recent photos] [guaranteed|of the lady you meet|only][.|!]",
            "[Discretion|Your privacy|Confidentiality] is [guaranteed|our priority|always respected][.|!]",
            "[She is|She's] [clean|reliable|respectful|punctual] and [very discreet|professional|genuine][.|!]",
        ],
    },
    "avail": {
        "1": [
            "[Available|Open|Here for you|Awake] [24/7|24 hours|day and night|round the clock|all day and all night|any time, day or night][.|!]",
            "[No days off|Seven days a week, early till late|Every day including holidays|Even on Sundays and bank holidays][.|!]",
            "[Outcall|Visits|Hotel visits] [at any hour|any time of day or night|late at night too|through the night][.|!]",
            "[Call me|Text me|Message me] [whenever you like|anytime|at any hour], [I'm always|always] [available|awake|on my phone][.|!]",
            "[Late night|Early morning|Last minute] [bookings|visits] [welcome|no problem|always OK][, I never close|, open all hours|][.|!]",
        ],
        "3": [
            "[She is|Our ladies are|We are|The ladies are] [available|open] [24/7|24 hours|day and night|round the clock|every day and every night][.|!]",
            "[We never close|Open 24 hours|Reception answers day and night|Open every day of the year][.|!]",
            "[Outcall|Hotel visits|Visits] [at any hour|day and night|all night long|any time you like][.|!]",
            "[No days off|Seven days a week|Every single day][, {name} works|, our ladies work|] [early till late|all hours][.|!]",
        ],
    },
    "movement": {
        "1": [
            "[New in town|Just arrived|Only just arrived|Newly arrived][ in {city}| here|][!|.]",
            "[Leaving soon|Only here for a few days|Here this week only|Last days in {city}|In {city} for a short time][!|.]",
            "[Visiting|Touring|In] {city} [until {weekday}|this week only|for a few days][, then {city2}|][.|!]",
            "[First time|First visit] in {city}[!|.| :)]",
            "[Back in|Returning to] {city} [for a short time|for one week only|until {weekday}][.|!]",
            "[On tour|Touring the country|Travelling] [this month|now][: {city}, then {city2}|][.|!]",
        ],
        "3": [
            "[She is|She's] [new in town|just arrived|only here until {weekday}|visiting from {city2}|on tour][.|!]",
            "[Our ladies|The girls|Our companions] [are touring|move on to {city2} next week|are here for a short time only][.|!]",
            "[Last days|Final week|Only a few days] in {city} [for {name}|before she leaves|][.|!]",
            "[Just arrived|New arrivals|Latest arrivals] [in {city}|this week|from {city2}][.|!]",
        ],
    },
    "managed": {
        "3": [
            "[Call|Text|Message] [to book with her|us to book|me to book her|reception to arrange a meeting][.|!]",
            "[My girls|Our girls|Our ladies|My ladies] [are waiting|are ready to meet you|will look after you][.|!]",
            "[We have|We've got] [several|lovely|different|many] [ladies|companions] [available|to choose from][.|!]",
            "[She will|She'll] [meet you|answer your message|be ready for you] [at your hotel|in her apartment|at the address we send][.|!]",
            "[Booking|Bookings] [through me|via our reception|by text only], [she doesn't answer the phone herself|she speaks little English|I handle her schedule][.|!]",
            "[Ask for|Mention] {name} when you [call|text|message][, I will arrange everything|, we arrange the rest|][.|!]",
            "[I manage|We manage] [her|their] [bookings|diary|appointments][, just send a text|, please be polite|][.|!]",
        ],
    },
    "location": {
        "1": [
            "[Incall|Visits|Meetings] [in {area}|near {area}|close to {area}|in {city} centre|near the station|close to the city centre][.|!]",
            "[Based|Located|Living] [in|near] {area}[, {postcode}|, close to transport|][.|!]",
            "[Outcall to hotels|Hotel visits|Dinner dates] [in|around|across] {city}[ and nearby|][.|!]",
            "[Easy|Free] parking [nearby|outside][, {area}|][.|!]",
        ],
        "3": [
            "[Incall|Apartment|Our apartment] [in {area}|near {area}|in {city} centre|near the station|close to the city centre][.|!]",
            "[Located|Based] [in|near] {area}[, {postcode}|][.|!]",
            "[Outcall|Hotel visits] [in|around|across] {city}[ and surrounding areas|][.|!]",
        ],
    },
    "price": {
        "*": [
            "[Rates|Prices|Fees] [from|start at] {p1} [per hour|/hr|an hour|for 60 min][.|!]",
            "{p1} [half hour|30 min|for 30 minutes], {p2} [hour|1 hr|for an hour][.|]",
            "[Dinner dates|Evening|Overnight companionship] {p3}[.|, ask for details.]",
            "[Special offer|Offer]: {p1} [this week|until {weekday}|before 6pm][.|!]",
            "[Rates|Prices] on [request|my page|the site][.|!]",
        ],
    },
    "contact": {
        "1": [
            "[Call|Text|Call or text|Call/txt|Txt|Ring|WhatsApp|WhatsApp or call|Call or WhatsApp][ me|] [on|at|:|-|->] {P}",
            "[📞|☎️|📱|Tel|Tel.|Mob|Mobile|Phone|My number][:| ] {P}",
            "[Text only|SMS only|No calls, texts only|Texts first please][:| -] {P}",
            "[Reach me|Contact me|Book me] [on|at|via] {P}[, no withheld numbers|, texts answered quickly|]",
            "[My number is|You can reach me on|Number:] {P}[.|!| x]",
        ],
        "3": [
            "[Call|Text|Call or text] [reception|us|the booking line|me] [on|at|:] {P}",
            "[Bookings|Booking line|Reception][:| -| on] {P}",
            "[📞|📱|Tel|Phone][:| ] {P}[ (reception)| (bookings)|]",
            "[Text|Message] {P} [to book|for her availability|and we will reply][.|]",
        ],
    },
    "closing": {
        "1": [
            "[Looking forward to [meeting you|hearing from you|your message|our date]|Can't wait to [meet you|hear from you|see you]][!|.| x| xx| :)]",
            "[See you soon|Speak soon|Don't be shy|Kisses|Hugs|Big smile|Until then][!|.| x| xx| :)]",
            "[No time wasters|Polite gentlemen only|Respectful gentlemen only|Please be polite][,| -|.] [thank you|thanks|x][!|.]",
            "[No withheld numbers|No private numbers|Withheld calls not answered][.|!]",
        ],
        "3": [
            "[We look forward to|Looking forward to] [your call|hearing from you|your booking][!|.]",
            "[Polite gentlemen only|Respectful clients only|No time wasters][,| -] [thank you|thanks][.|!]",
            "[No withheld numbers|Withheld calls not answered|No private numbers][.|!]",
        ],
    },
    "handle": {
        "*": [
            "[Telegram|TG|Telegram me|Find me on Telegram|Also on Telegram][:| ] @{tg}",
            "[Snap|Snapchat|Signal|Kik][:| -| ] {tg}",
            "[Instagram|Insta|IG][:| ] @{tg}",
        ],
    },
    "email": {
        "*": [
            "[Email|Mail|Write to|Contact][:| ] {email}",
            "[Email|Mail][:| ] {email_obf}",
        ],
    },
    "site_msg": {
        "1": [
            "[Message|Contact|Reply to] me [through|via] the site[ only|][.|!]",
            "[Use the|Press the] [contact form|message button|reply button][ below|][.|!]",
        ],
        "3": [
            "[Message|Contact|Reply to] us [through|via] the site[ only|][.|!]",
            "[Use the|Press the] [contact form|message button|reply button][ below|] to book her[.|!]",
        ],
    },
    "decoy": {
        "*": [
            "[Ad #|Ad no. |Ad ID: |Listing |Ad: #|Ad |Listing no. ]{adno}",
            "[Ref|Reference|Ref. no.|Ref:][ ]{refno}",
            "[Updated|Posted|Last updated|Photos updated] {date}[ at {time}|]",
            "[Hours|Open|Bookings]: {hours}",
            "[Profile|Member] [since|from] {year}",
        ],
    },
}
INDICATOR_OF = {
    "trust": "trust_language", "youth": "youth_language", "ethnicity": "ethnicity_nationality",
    "avail": "always_available", "movement": "movement", "managed": "third_person_voice",
}  # fmt: skip
TITLE_EN = {
    "1": [
        "[{name}|Sweet {name}|Lovely {name}|{name} x|{name} :)] [in|-|@|~] [{city}|{area}]",
        "[Companion|Dinner date|Company|Charming companion|Elegant lady] [in|-] {city}[ - {name}|]",
        "[Relaxing massage|Massage and company|Soothing massage] [in|near] {area}[ by {name}|]",
        "[Dating|Date night|Evening company] [with|by] {name}[ in {city}|]",
        "[{name}|Hello from {name}] - [{city}|{area}] - [call now|txt me|incall/outcall|open today]",
    ],
    "3": [
        "[Companions|Lovely ladies|Hostesses|Dinner companions] [in|-] {city}[ - {agency}|]",
        "{agency} [-|~|:] [{city}|{area}][ - call now|]",
        "[Massage|Relaxing massage|Massage studio] [in|-] {area}[ - {agency}|]",
        "[Meet|Say hello to] {name}[ in {city}| - {agency}|]",
    ],
}
TITLE_TAG = {  # a short tag a title may carry when the text already shows that category
    "trust_language": ("[Genuine|Real photos|Discreet|Verified]", "[Photos réelles|Discrète|Sérieuse]"),
    "youth_language": ("[Young|Student|Fresh|New face]", "[Jeune|Étudiante|Nouvelle]"),
    "ethnicity_nationality": ("{nat}", "{nat}"),
    "always_available": ("[24/7|Day and night|Open late]", "[24h/24|7j/7|Jour et nuit]"),
    "movement": ("[New in town|Just arrived|Last days]", "[De passage|Nouvelle à {city}|Derniers jours]"),
}

ADJ_FR = "[douce|souriante|charmante|agréable|pétillante|élégante|raffinée|gentille|chaleureuse|cultivée|drôle|câline]"
ADJ_WORDS = tuple(ADJ.strip("[]").split("|"))
ADJ_FR_WORDS = tuple(ADJ_FR.strip("[]").split("|"))
FR: dict[str, dict[str, list[str]]] = {
    "opening": {
        "1": [
            "[Bonjour|Bonsoir|Salut|Coucou|Hello] [messieurs|à tous|les gentlemen|toi|mon cher][!|,| :)| bisous| ...]",
            "[Envie de compagnie|Envie d'une soirée agréable|Besoin d'un moment de détente|Tu cherches un dîner en bonne compagnie|Besoin de parler avec quelqu'un|Envie de sortir][ ?| ce soir ?| cette semaine ?]",
            "[Merci|Merci beaucoup] [de lire|d'avoir regardé|d'être passé sur] mon annonce[ !|.| bisous]",
            "[Marre des|Fatigué des] [soirées seul|journées stressantes|soirées ennuyeuses][ ?| ...] [Je suis là|Je peux t'aider|Lis la suite]",
        ],
        "3": [
            "[Bonjour|Bonsoir|Bienvenue] [messieurs|à tous|sur notre page][ !|,|.]",
            "[Envie de compagnie|Envie d'une soirée agréable|Besoin d'un moment de détente][ ?| ce soir ?]",
            "[Bienvenue chez|Voici] {agency}[ !|.| -] [La meilleure compagnie de {city}|Votre soirée commence ici]",
        ],
    },
    "intro": {
        "1": [
            "[Je suis|Je m'appelle|Moi c'est|Ici] {name}[,| -|.] [une femme|une hôtesse|une compagne] "
            + ADJ_FR
            + "[.| !| :)]",
            "{name}[,| -] " + ADJ_FR + " et " + ADJ_FR + "[.| !]",
            "[Je suis|Moi c'est] {name}[,|.] j'aime [la bonne cuisine|les longues discussions|rire|voyager|la musique|le cinéma][ et les rencontres| et les bons vins|][.| !]",
        ],
        "3": [
            "[Voici|Découvrez|Nous vous présentons|Rencontrez] {name}[,| :| -] [elle est|c'est une femme] "
            + ADJ_FR
            + "[.| !]",
            "{name} est [l'une de nos|notre plus demandée des|une de nos] [hôtesses|compagnes][.| !] Elle est "
            + ADJ_FR
            + "[.| !]",
            "[Nous vous présentons|Découvrez] {name} et {name2}, [deux femmes|deux hôtesses] "
            + ADJ_FR
            + "s[.| !]",
        ],
    },
    "ethnicity": {
        "1": [
            "[Je suis|Moi, je suis] [une|une belle|une douce|une charmante] {nat}[.| !]",
            "[Originaire|Je viens|Je suis originaire] {natc}[.| !| et je vis ici maintenant.]",
            "[Belle|Douce|Charmante|Jolie] {nat} [à votre écoute|pour vous|ici][ !|.]",
            "[Vraie|Authentique] femme {region}[, originaire {natc}|][.| !]",
        ],
        "3": [
            "[Elle est|C'est une] [belle|douce|charmante] {nat}[.| !]",
            "[Elle vient|Elle est originaire] {natc}[.| et parle peu français.| !]",
            "[Nos|Toutes nos] [hôtesses|compagnes] [sont originaires|viennent] {natc}[.| !]",
        ],
    },
    "youth": {
        "1": [
            "[Jeune|Toute jeune|Jeune femme] [et souriante|et pétillante|et timide|et joyeuse][.| !]",
            "[Étudiante|Jeune étudiante|Étudiante en droit|Étudiante en art][, {age} ans|][.| !]",
            "[Je viens d'avoir|J'ai tout juste] 18 ans[.| !| et je découvre.]",
            "[Débutante|Nouvelle sur le site|Toute nouvelle ici][, soyez patients|][.| !]",
        ],
        "3": [
            "[Elle est|C'est une] [jeune|toute jeune|nouvelle|étudiante][ de {age} ans| et timide|][.| !]",
            "[Elle vient d'avoir|Elle a tout juste] 18 ans[.| !]",
            "[Nouvelles|Jeunes] [filles|hôtesses|étudiantes] [chaque semaine|disponibles][.| !]",
        ],
    },
    "trust": {
        "1": [
            "[Photos|Photos 100%] [réelles|authentiques|vérifiées|récentes][, pas de surprise|][.| !]",
            "[Discrétion|Respect|Hygiène] [assurée|garantie|irréprochable][.| !]",
            "[Femme|Personne] [sérieuse|discrète|respectueuse|de confiance][ et ponctuelle|][.| !]",
            "[Cadre|Appartement] [propre|discret|sécurisé] et [calme|agréable|confortable][.| !]",
            "[Pas de fake|Aucun fake|100% réelle][, je suis comme sur mes photos|][.| !]",
        ],
        "3": [
            "[Toutes nos photos sont|Nos hôtesses sont] [réelles|vérifiées|authentiques][.| !]",
            "[Agence|Équipe] [sérieuse|discrète|professionnelle][, discrétion assurée|][.| !]",
            "[Elle est|C'est une femme] [propre|sérieuse|respectueuse] et [discrète|ponctuelle][.| !]",
        ],
    },
    "avail": {
        "1": [
            "[Disponible|Dispo] [24h/24|24/24|7j/7|jour et nuit|à toute heure|tous les jours sans exception][.| !]",
            "[Pas de jour de repos|Aucun jour de repos|Même le dimanche et les jours fériés][.| !]",
            "[Déplacement|Je me déplace] [à toute heure|jour et nuit|même tard la nuit][.| !]",
        ],
        "3": [
            "[Elle est|Nos hôtesses sont|Nous sommes] [disponibles|dispo|ouverts] [24h/24|7j/7|jour et nuit][.| !]",
            "[Nous ne fermons jamais|Ouvert 24h/24|Réception joignable jour et nuit][.| !]",
        ],
    },
    "movement": {
        "1": [
            "[Nouvelle à|Tout juste arrivée à|Juste arrivée à|Arrivée cette semaine à] {city}[ !|.]",
            "[De passage|En tournée|En déplacement] à {city} [quelques jours|cette semaine seulement|jusqu'à {weekday}][.| !]",
            "[Derniers jours|Dernière semaine] à {city}[, ensuite {city2}|][.| !]",
            "[Je pars bientôt|Départ bientôt|Bientôt partie][ !|.]",
        ],
        "3": [
            "[Elle est|Elle vient d'arriver|Elle est de passage] à {city}[ jusqu'à {weekday}|][.| !]",
            "[Nos hôtesses|Les filles] [sont en tournée|partent pour {city2} la semaine prochaine][.| !]",
        ],
    },
    "managed": {
        "3": [
            "[Appelez pour réserver avec elle|Contactez la réception|Écrivez-nous pour réserver|Appelez-nous][.| !]",
            "[Mes filles|Nos filles|Nos hôtesses] [vous attendent|sont disponibles|sont prêtes à vous rencontrer][.| !]",
            "[Nous avons|On a] [plusieurs|de charmantes|différentes] [hôtesses|compagnes] [disponibles|au choix][.| !]",
            "[Elle vous recevra|Elle vous attend] [dans son appartement|à votre hôtel][.| !]",
            "[Réservation|Rendez-vous] [uniquement par moi|par SMS auprès de moi], [elle ne parle pas français|je gère son agenda][.| !]",
        ],
    },
    "location": {
        "*": [
            "[Je reçois|Reçoit|Rendez-vous] [à|près de|dans le quartier de] {area}[.| !]",
            "[Proche|Près du métro|À côté de la gare de] {area}[, {postcode}|][.| !]",
            "[Déplacement|Hôtels] [sur|à] {city} et [alentours|environs][.| !]",
        ],
    },
    "price": {
        "*": [
            "[Tarifs|Prix] à partir de {p1} [la demi-heure|de l'heure|/h][.| !]",
            "{p1} [30 min|la demi-heure], {p2} [1h|l'heure][.|]",
            "[Tarifs|Prix] [sur demande|par SMS][.| !]",
        ],
    },
    "contact": {
        "1": [
            "[Appelle-moi|Appelez-moi|Appel ou SMS|SMS|Texto|Tél|Tel][ au| :| ] {P}",
            "[📞|📱|Mon numéro|Numéro][ :| ] {P}",
            "[SMS uniquement|Uniquement par SMS|WhatsApp uniquement][ :| -] {P}",
        ],
        "3": [
            "[Appelez la réception|Contactez-nous|Appelez le standard|Contactez le standard] [au|:] {P}",
            "[Réservations|Réception][ :| au] {P}",
        ],
    },
    "closing": {
        "*": [
            "[À bientôt|Bisous|Au plaisir de vous rencontrer|N'hésitez pas|À très vite][ !|.| xx| ;)]",
            "[Hommes respectueux uniquement|Pas de numéros masqués|Numéros masqués refusés][.| !]",
        ],
    },
    "handle": {"*": ["[Telegram|TG|Aussi sur Telegram][ :| ] @{tg}", "[Snap|Insta][ :| ] {tg}"]},
    "email": {"*": ["[Email|Mail|Écrivez-moi][ :| ] {email}", "[Email|Mail][ :| ] {email_obf}"]},
    "site_msg": {
        "*": [
            "[Contactez-moi|Écrivez-moi|Contact] [par la messagerie du site|via le site][ uniquement|][.| !]"
        ]
    },
    "decoy": {
        "*": [
            "[Annonce|Réf.|Référence|Annonce n°][ :| ] {adno}",
            "[Mise à jour|Publiée|Photos mises à jour] le {date}[ à {time}|]",
            "[Horaires|Ouvert][ :| ] {hours}",
        ],
    },
}
# More phrasings, merged into the grammars above (each function reaches hundreds of wordings).
EN_MORE: dict[str, dict[str, list[str]]] = {
    "ethnicity": {
        "3": [
            "[Lovely accent|Beautiful smile|Warm smile] [from|all the way from] {natc}[, {region} charm|][.|!]",
            "[Meet our|Our] [newest|latest|favourite] {nat} [hostess|companion|lady][, straight from {natc}|][.|!]",
        ],
    },
    "avail": {
        "3": [
            "[We answer|Reception answers|The phone is answered] [day and night|24 hours a day|at any hour|around the clock][, every day|, weekends included|][.|!]",
            "[{name}|She] [never takes a day off|works every day|is there for you every day and night][.|!]",
            "Our ladies [never take a day off|work every day|are there for you every day and night][.|!]",
        ],
        "1": [
            "[Available|Free|Ready] [now and|today and] [every night|all night|around the clock|at any hour][, just call|, just text|][.|!]",
        ],
    },
    "movement": {
        "1": [
            "[Only|Just] [visiting|passing through|staying in] {city} [for a few days|for a short time|until {weekday}|this weekend][, don't miss me|, catch me while I'm here|][.|!]",
            "[Arrived|Landed|Got here] [yesterday|this morning|on {weekday}] [in {city}|from {city2}][, here until {weekday}|, leaving soon|][.|!]",
            "[Moving on to|Off to|Heading to] {city2} [next week|soon|after {weekday}][, last chance to meet|, book now|][.|!]",
            "[My last|Final|Only a few] [days|nights] in {city}[ before I travel|, then I'm gone| - book quickly|][.|!]",
        ],
        "3": [
            "[She|{name}] [arrived|landed] [this week|yesterday|on {weekday}] [from {city2}|in {city}][, here for a few days only|, leaving soon|][.|!]",
            "[Touring|Visiting|Passing through] {city} [until {weekday}|this week only|for a short time] [with {name}|with our ladies|][.|!]",
            "[Next stop|After {city} we go to|Then on to] {city2}[, book while she is here|, don't miss her|][.|!]",
        ],
    },
    "location": {
        "1": [
            "[My|A] [private|quiet|modern|cosy] [apartment|flat|studio] [in|near|just off] {area}[, {postcode}|, easy to find|, lift access|][.|!]",
            "[Short walk|Five minutes|Ten minutes] from {area}[ station| tram stop| bus stop|][, address by text|, directions on request|][.|!]",
        ],
        "3": [
            "[Our|A] [private|quiet|modern] [apartment|studio|suite] [in|near|just off] {area}[, {postcode}|, address sent by text|][.|!]",
            "[Incall|Visits] [in {area}|near {area}|in {city}] [and|or] [outcall to hotels|hotel visits][ in {city}| nearby|][.|!]",
        ],
    },
    "price": {
        "*": [
            "[30 min|Half hour|30 minutes] {p1} [/|-|,|•] [1 hour|60 min|one hour] {p2}[ / dinner date {p3}| / evening {p3}|]",
            "[Fixed|Clear|Simple] [rates|prices]: {p1} [for 30 min|half hour], {p2} [for the hour|per hour][, no hidden extras|][.|]",
            "[From|Only|Just] {p1}[!|.| per half hour.| an hour.]",
        ],
    },
    "contact": {
        "1": [
            "[For bookings|To book|To meet me|For an appointment][,| -|:] [call|text|call or text|ring|whatsapp] {P}",
            "{P} [- call or text|- text first|(calls and texts)|(WhatsApp too)|- texts preferred][ please|]",
            "[Don't hesitate to|Feel free to|Just] [call|text|message] [me|] [on|at] {P}[ anytime| today| now|]",
        ],
        "3": [
            "[For bookings|To book her|To book] [call|text|message] [reception|the manager|us] [on|at] {P}",
            "{P} [- reception|- bookings only|(text first)|(booking line)]",
        ],
    },
    "closing": {
        "1": [
            "[Have a lovely|Enjoy your|Wishing you a nice] [day|evening|week][, hope to see you soon|, speak soon|][.|!| x| xx]",
            "[Call now|Text now|Book now|Don't wait][, limited availability|, spaces go fast|][!|.]",
        ],
        "3": [
            "[Have a lovely|Enjoy your] [day|evening|week][, we hope to hear from you|][.|!]",
            "[Call now|Text now|Book now][, limited availability|, spaces go fast|][!|.]",
        ],
    },
    "handle": {
        "*": [
            "[Kik|Telegram|Signal] [only|preferred|also available][:| -| ] @{tg}",
            "[Find|Add|Follow] [me|us] on [Telegram|Snapchat|Instagram|Signal][:| -| ] [@|]{tg}",
        ],
    },
    "email": {
        "*": [
            "[Or email|Email me at|You can also write to|Bookings by email:] {email}",
            "[Or email|Email] {email_obf}[ (no spam)|]",
        ],
    },
    "decoy": {
        "*": [
            "[Ad|Listing|Post] [renewed|refreshed|bumped] {date}[, ref {refno}|]",
            "[Order|Booking ref|Confirmation no.][:| #| ] {order}",
            "[Opening hours|Hours today|Open today][:| ] {hours}",
        ],
    },
}
FR_MORE: dict[str, dict[str, list[str]]] = {
    "ethnicity": {
        "1": [
            "[Vraie|Jolie|Douce] [beauté|fille|femme] {region}[ !|.| originaire {natc}.]",
            "[D'origine|Origine|Je suis d'origine] {nat}[, née à l'étranger|][.| !]",
        ],
        "3": ["[Belle|Douce|Charmante] {nat} [à votre écoute|qui vous attend][.| !]"],
    },
    "youth": {
        "1": [
            "[Toute|Jeune] [nouvelle|débutante] [sur {city}|ici|sur le site][, soyez gentils|][.| !]",
            "[Jeune femme|Jeune fille] [de 19 ans|de 20 ans|de 18 ans][, étudiante|, timide|][.| !]",
        ],
        "3": [
            "[Jeune|Toute jeune|Nouvelle] [hôtesse|étudiante] [qui débute|qui vient de rejoindre l'équipe][.| !]"
        ],
    },
    "trust": {
        "1": [
            "[Je suis|Femme] [sérieuse|de confiance|respectueuse], [propre|discrète|ponctuelle] et [souriante|agréable][.| !]",
            "[Votre discrétion|Votre anonymat|Votre confiance] [est garantie|est ma priorité|compte pour moi][.| !]",
        ],
        "3": ["[Hôtesses|Photos] [vérifiées|authentiques|réelles] [par notre équipe|à 100%|][.| !]"],
    },
    "avail": {
        "1": [
            "[Disponible|Dispo] [ce soir|maintenant|aujourd'hui] et [toute la nuit|à toute heure|tous les jours][.| !]",
            "[Même tard|Très tard|Toute la nuit], [appelle-moi|écris-moi][ sans hésiter|][.| !]",
        ],
        "3": [
            "[Réception|Le standard] [ouverte|ouvert] [jour et nuit|24h/24|7j/7][, même le dimanche|][.| !]",
            "[Nos hôtesses|{name}] [ne prennent jamais de repos|travaillent tous les jours|sont là jour et nuit][.| !]",
        ],
    },
    "movement": {
        "1": [
            "[Seulement|Juste] [quelques jours|une semaine|jusqu'à {weekday}] à {city}[, ne me ratez pas|, ensuite {city2}|][.| !]",
            "[Je pars pour|Bientôt à|Prochaine étape :] {city2} [la semaine prochaine|après {weekday}|bientôt][.| !]",
        ],
        "3": [
            "[Elle repart|Départ] [pour {city2}|bientôt] [après {weekday}|la semaine prochaine|dans quelques jours][.| !]",
            "[En tournée|De passage] à {city} [avec {name}|avec nos hôtesses][ jusqu'à {weekday}|][.| !]",
        ],
    },
    "location": {
        "*": [
            "[Appartement|Studio] [privé|calme|discret] [à|près de] {area}[, {postcode}|, adresse par SMS|][.| !]",
            "À [cinq|dix] minutes [du centre|de la gare|du métro][, {area}|][.| !]",
        ],
    },
    "price": {
        "*": [
            "[30 min|Demi-heure] {p1} [/|-|,] [1h|une heure] {p2}[ / soirée {p3}|]",
            "[Dès|À partir de|Seulement] {p1}[ !|.| la demi-heure.]",
        ],
    },
    "contact": {
        "1": [
            "[Pour me rencontrer|Pour réserver|Rendez-vous][ :| -|,] [appelle|texto|SMS au|appel au] {P}",
            "{P} [- appel ou SMS|- SMS d'abord|(WhatsApp aussi)]",
            "[N'hésite pas à|N'hésitez pas à] [m'appeler|m'écrire] au {P}",
        ],
        "3": [
            "[Pour réserver|Réservations][ :| -|,] [appelez|écrivez à] [la réception|l'agence|nous] au {P}",
            "{P} [- réception|- réservations|(SMS d'abord)]",
        ],
    },
    "closing": {
        "*": [
            "[Bonne journée|Bonne soirée|Belle semaine][, à bientôt| !|.| bisous]",
            "[Appelle vite|Réserve vite|Ne tarde pas][, places limitées|][ !|.]",
        ],
    },
    "handle": {"*": ["[Telegram|Signal] [uniquement|de préférence][ :| ] @{tg}"]},
    "email": {"*": ["[Ou par mail|Écrivez-moi à|Contact mail][ :| ] {email}"]},
    "site_msg": {"*": ["[Contact|Réservation] [uniquement|seulement] [par message|via la messagerie][.| !]"]},
    "decoy": {
        "*": [
            "[Annonce|Publication] [remontée|mise à jour|renouvelée] le {date}[, réf. {refno}|]",
            "[Commande|Dossier|Ticket] [n°|no|#] {order}",
        ],
    },
}
FR_MORE_2: dict[str, dict[str, list[str]]] = {
    "opening": {
        "3": [
            "[Bienvenue|Bonsoir|Bonjour] [chez nous|sur notre annonce|à tous][ !|.] [Des hôtesses charmantes à {city}|Compagnie de qualité à {city}|Votre soirée commence ici]",
            "[Merci|Merci beaucoup] [de votre visite|d'avoir ouvert notre annonce|de nous lire][ !|.]",
        ],
    },
    "ethnicity": {
        "3": [
            "[Notre|La] [belle|douce|charmante|jolie] {nat} [{name}|vous attend|est là pour vous][ !|.]",
            "[Hôtesse|Compagne|Femme] {nat}[, originaire {natc}|, accent charmant|][ !|.]",
        ],
    },
    "movement": {
        "3": [
            "[Elle est|{name} est] [à {city}|sur {city}] [pour quelques jours seulement|jusqu'à {weekday}|cette semaine seulement][, ensuite {city2}|][ !|.]",
            "[Derniers jours|Dernière semaine] [pour {name}|de nos hôtesses] à {city}[ !|.]",
        ],
    },
    "contact": {
        "3": [
            "[Appel ou SMS|SMS uniquement|WhatsApp ou appel][ :| -| au] {P}[ (réception)| (réservations)|]",
            "[Pour la rencontrer|Pour un rendez-vous avec elle][,| :] [appelez|écrivez] au {P}",
        ],
    },
    "closing": {
        "*": [
            "[Au plaisir|À très bientôt|Merci et à bientôt][ !|.| ;)| xx]",
            "[Messieurs respectueux uniquement|Pas de SMS surtaxés|Pas d'appels masqués][, merci|][ !|.]",
        ],
    },
    "price": {
        "*": [
            "[Offre|Promo] [de la semaine|du moment][ :| -] {p1} [la demi-heure|au lieu de {p2}][ !|.]",
            "[Soirée|Dîner] [en compagnie|à deux] {p3}[, sur demande|][ !|.]",
        ],
    },
    "handle": {"*": ["[Retrouvez-moi|Suivez-moi|Ajoutez-moi] sur [Telegram|Snap|Insta][ :| ] [@|]{tg}"]},
    "email": {"*": ["[Mail|Email|Courriel][ :| ] {email_obf}[ (sans espace)|]"]},
}
for _func, _voices in FR_MORE_2.items():
    for _voice, _templates in _voices.items():
        FR_MORE.setdefault(_func, {}).setdefault(_voice, []).extend(_templates)
for _grammar, _more in ((EN, EN_MORE), (FR, FR_MORE)):
    for _func, _voices in _more.items():
        for _voice, _templates in _voices.items():
            _grammar.setdefault(_func, {}).setdefault(_voice, []).extend(_templates)

TITLE_FR = {
    "1": [
        "[{name}|Douce {name}|Belle {name}] [à|-] [{city}|{area}]",
        "[Compagnie|Dîner en compagnie|Massage relaxant|Rencontre] [à|-] {city}[ - {name}|]",
        "{name} - [{city}|{area}] - [appelle-moi|ce soir|photos à jour]",
    ],
    "3": [
        "[Hôtesses|Compagnie|Massage] [à|-] {city}[ - {agency}|]",
        "{agency} [-|:] [{city}|{area}]",
    ],
}

# ---------------------------------------------------------------------------------------------
# Benign ads (independent, no indicators). Some carry look-alike words in an innocent sense:
# "young professionals", "brand new", "we have", "Italian restaurant", "7 days a week".
# ---------------------------------------------------------------------------------------------

BENIGN_EN: dict[str, tuple[list[str], list[str]]] = {  # kind -> (titles, sentence templates in order)
    "room": (
        [
            "[Double|Single|Large double|Bright] room [to let|to rent|available] [in|-] {area}",
            "Room in [shared house|flat share|friendly house] - {city}",
        ],
        [
            "[Bright|Large|Cosy|Spacious|Quiet] [double|single] room [available|to let] in a [shared house|flat share|two-bed flat|friendly house] in {area}.",
            "Rent [is|] {rent} [per month|a month|pcm], bills [included|not included|extra].",
            "[Deposit|Bond] {deposit}[, references needed|].",
            "[Close to|Near|Five minutes from|A short walk to] [the station|shops|the university|the bus route|the park].",
            "[Available from|Move in from|Free from] {date}.",
            "[Non-smokers only|No pets, sorry|Professionals preferred|Suits a young professional|Couples welcome|Quiet household of young professionals].",
            "[Room measures|Room is] [4.2 m x 3.1 m|3.8 m x 3.0 m|12 sq m], ceiling height [2.6 m|2.4 m].",
            "[Postcode|Near] {postcode}.",
            "[Viewings|Viewing] [evenings and weekends|by appointment|this Saturday], [call|text|ring] {P}.",
        ],
    ),
    "job": (
        ["{job} [wanted|needed] - {city}", "[Now hiring|Vacancy|Job]: {job} in {city}"],
        [
            "{job}[ for our Italian restaurant| for a busy Irish pub| for a dental practice| for a Thai restaurant| for a family-run hotel|] [wanted|needed|required] in {area}.",
            "{wage} per hour, [full time|part time|weekend shifts|evening shifts].",
            "[Shifts|Hours|Working hours] {hours}.",
            "[Experience preferred but not essential|Full training given|Must have right to work|Driving licence required].",
            "[We have|We offer] [free meals on shift|a friendly team|paid holidays|staff discount].",
            "[Apply|Send your CV|Send a CV] to {email}[ or call {P}|].",
            "[Ref|Job ref|Vacancy no.] {refno}.",
        ],
    ),
    "item": (
        ["{item} for sale", "{item} - {price} [ono|or near offer|no offers]", "[For sale|FS]: {item}"],
        [
            "{item} for sale[, brand new, still boxed|, used but in good condition|, excellent condition|, hardly used].",
            "[Bought in|Purchased in|From] {year}[, original receipt, order no. {order}|, receipt available|].",
            "[Height|Size|Width|Dimensions:] [180 cm|75 cm|120 cm|200 x 90 cm|6ft 2in tall|90 x 60 x 75 cm].",
            "[Price|Asking] {price}[ ono| or near offer| no offers|].",
            "[Collection only|Can deliver locally|Pick up from {area}].",
            "[Leaving the country, must sell|Moving house, must go|Need the space] [this week|by {date}|].",
            "[Call|Text] {P}[ after 6pm| evenings|].",
        ],
    ),
    "clinic": (
        [
            "{clinic} - [sports|deep tissue|remedial|Swedish] massage in {area}",
            "[Sports massage|Physiotherapy and massage|Remedial massage] clinic - {city}",
        ],
        [
            "{clinic}: [sports|deep tissue|remedial|Swedish|pregnancy] massage [clinic|studio|practice] in {area}.",
            "[Appointments|Sessions|Treatments] from {price} for [30|45|60] minutes.",
            "[Open|Hours] [Mon-Fri|Mon-Sat|Tue-Sat] {hours}[, closed Sundays|].",
            "[We have|Our clinic has] [three treatment rooms|two therapists|a sauna and changing rooms].",
            "[Walk-ins welcome|Booking essential|Gift vouchers available|Insurance receipts provided].",
            "[Members of the|Accredited by the] [Sports Massage Association|Federation of Holistic Therapists|local physio network].",
            "[Book online|Call us on {P}|Phone {P}][ or email {email}|].",
        ],
    ),
    "nanny": (
        [
            "[Experienced|Friendly|Qualified] nanny [available|looking for work] - {city}",
            "Childcare: nanny available in {area}",
        ],
        [
            "[Experienced|Friendly|Qualified|Reliable] nanny [available|looking for a family] in {area}.",
            "[{years} years experience|References available|First aid certificate|Background checked|Own car].",
            "[Full time|Part time|After-school hours|Weekdays only|Mornings].",
            "[Rate|Pay|Hourly rate] {wage} per hour.",
            "[Please call|Call or text|Contact] {P}[ or email {email}|].",
        ],
    ),
    "service": (
        [
            "[Removals|Cleaning|Handyman|Dog walking|Gardening|Ironing] [service|services] - {city}",
            "{service} in {area} - [free quote|good rates]",
        ],
        [
            "{service} [in|around|covering] {area} and {city}.",
            "[Fully insured|Family business since {year}|Over {years} years experience|Small local business].",
            "[7 days a week|Monday to Saturday|Evenings and weekends|Early starts available].",
            "[From|Rates from] {price} [per hour|per job|per visit].",
            "[Free quotes|No call-out fee|Same-day service possible].",
            "[Call|Text|Ring] {P}[ for a quote|].",
        ],
    ),
    "personal": (
        [
            "[Walking partner|Friendship|Language exchange|Dinner companion] wanted - {city}",
            "[Single|Divorced|Widowed], {age_adult}, {city}",
        ],
        [
            "[Single|Divorced|Widowed] [man|woman], {age_adult}, [living in|from] {area}.",
            "[Looking for|Seeking|Hoping to meet] [a walking partner|friendship|someone to share dinners with|a language exchange partner].",
            "[I speak Spanish and want to practise English|Native French speaker, learning Italian|I enjoy hiking and quiz nights|Keen gardener and cook].",
            "[Message me|Reply here|Email me at {email}].",
        ],
    ),
}
BENIGN_FR: dict[str, tuple[list[str], list[str]]] = {
    "room": (
        ["[Chambre|Colocation|Studio] [à louer|disponible] [à|-] {area}"],
        [
            "[Chambre|Grande chambre|Chambre lumineuse] [dans une colocation|dans un appartement calme] à {area}.",
            "Loyer {rent} [charges comprises|hors charges] par mois.",
            "[Caution|Dépôt de garantie] {deposit}.",
            "[Proche|À deux pas] [du métro|de la gare|des commerces].",
            "[Disponible à partir du|Libre le] {date}.",
            "[Code postal|CP] {postcode}.",
            "[Visites|Visite] [le soir|le week-end], [appelez le|tél.] {P}.",
        ],
    ),
    "job": (
        ["[Serveur|Plongeur|Agent d'entretien|Livreur|Réceptionniste] [H/F|] - {city}"],
        [
            "[Restaurant italien|Brasserie|Hôtel|Entreprise de nettoyage] [recherche|recrute] [un serveur|un plongeur|un agent d'entretien|un livreur|une réceptionniste] à {area}.",
            "[Salaire|Taux horaire] {wage} de l'heure, [temps plein|temps partiel|week-ends].",
            "[Horaires|Horaire] {hours}.",
            "[Envoyez votre CV à|CV à] {email}[ ou appelez le {P}|].",
            "[Réf.|Référence] {refno}.",
        ],
    ),
    "item": (
        ["{item_fr} à vendre", "[Vends|À vendre :] {item_fr}"],
        [
            "{item_fr} à vendre[, neuf, jamais servi|, bon état|, très bon état].",
            "[Acheté en|Date de] {year}[, facture n° {order}|].",
            "[Hauteur|Taille] [180 cm|75 cm|54 cm].",
            "[Prix|Prix demandé] {price}[ à débattre|].",
            "[Départ à l'étranger, urgent|Déménagement, à saisir|À venir chercher à {area}].",
            "[Appeler|SMS] {P}[ après 18h|].",
        ],
    ),
    "clinic": (
        ["{clinic} - massage [sportif|bien-être|thérapeutique] à {area}"],
        [
            "{clinic} : cabinet de massage [sportif|bien-être|thérapeutique] à {area}.",
            "[Séances|Rendez-vous] à partir de {price} pour [30|45|60] minutes.",
            "[Ouvert|Horaires] du lundi au samedi {hours}.",
            "[Nous avons|Le cabinet dispose de] [deux salles|trois praticiens].",
            "[Sur rendez-vous|Bons cadeaux disponibles].",
            "[Réservation|Prendre rendez-vous] au {P}.",
        ],
    ),
}
ITEMS = ("Sofa", "Mountain bike", "Wardrobe", "Fridge freezer", "Desk", "Lawn mower", "Washing machine",
         "Laptop", "Dining table and chairs", "Bookcase", "Road bike", "Armchair")  # fmt: skip
JOBS = (
    "Warehouse operatives",
    "Kitchen porter",
    "Cleaners",
    "Delivery drivers",
    "Care assistants",
    "Chef",
    "Bar staff",
    "Receptionist",
    "Cook",
    "Shop assistant",
)
SURNAMES = (
    "smith",
    "jones",
    "brown",
    "taylor",
    "wilson",
    "martin",
    "lee",
    "walker",
    "white",
    "green",
    "hall",
    "wood",
    "dupont",
    "moreau",
)
ITEMS_FR = ("Canapé", "Vélo", "Armoire", "Réfrigérateur", "Bureau", "Table et chaises", "Bibliothèque")
SERVICES = (
    "Removals",
    "House cleaning",
    "Handyman",
    "Dog walking",
    "Gardening",
    "Ironing",
    "Window cleaning",
)
CLINICS = ("Northside Physio", "The Treatment Room", "Back in Balance", "Active Recovery", "Harbour Sports Therapy",
           "Cabinet Équilibre", "Kiné Plus", "Wellbeing Works", "The Massage Studio", "Body Mechanics")  # fmt: skip

# Site boilerplate: footers, safety notices and layouts many unrelated advertisers share.
SITES = (
    "CityListings",
    "LocalBoard",
    "AdNest",
    "Classifiq",
    "PinBoard Online",
    "LokalAds",
    "NightOut Guide",
    "Annonces Plus",
)
FOOTERS_EN = (
    "All advertisers on {site} are adults and have agreed to our terms. Report suspicious ads to the moderators.",
    "Stay safe: meet in a public place first and never send money in advance. {site} never asks for payment by gift card.",
    "This ad was posted on {site}. Ad ID {adno}. Do not reply with personal data.",
    "{site} does not verify the content of ads. Prices are set by advertisers.",
    "Report this ad | Share | Save | Ad ID: {adno}",
    "Copyright © {year} {site}. All rights reserved.",
    "Please mention {site} when you call.",
    "Advertisers are responsible for their own listings. If you think someone is at risk, report it to the site or the police.",
    "Safety notice: {site} staff will never ask for your password. Ref {refno}.",
)
FOOTERS_FR = (
    "Tous les annonceurs de {site} sont majeurs. Signalez toute annonce suspecte.",
    "Conseil sécurité : ne payez jamais à l'avance. Annonce n° {adno}.",
    "Annonce publiée sur {site}. Réf. {refno}.",
    "© {year} {site} - Tous droits réservés.",
)
LAYOUTS = (  # site templates: a field grid filled by whoever posts
    "Name: {name} | Location: {city} | Rates: {p1} | Contact: {CONTACT}",
    "📍 {area}, {city}\n💬 {CONTACT}\n💷 {p1}",
    "Name: {name}\nArea: {area}\nRates: {p1}\nPhone: {CONTACT}",
    "-- {name} -- {city} -- {CONTACT} --",
)
STOCK_PARAGRAPHS = (  # copied word for word by unrelated advertisers from "how to write your ad" pages
    "I enjoy fine dining, the theatre and long walks, and I am just as happy with a quiet evening and good conversation.",
    "Well travelled and well read, I love to laugh and I can talk about anything from art to football.",
    "Whether you need a companion for a business dinner or simply someone to talk to, you will find me easy to be with.",
    "I take pride in my appearance and always dress for the occasion, from casual drinks to a formal event.",
    "Please read my ad fully before getting in touch and tell me the date, time and length of the booking you would like.",
    "Short notice is sometimes possible but booking a day ahead is always appreciated.",
    "I speak English and a little Spanish, and I love meeting people from all walks of life.",
    "Good manners and good hygiene are appreciated; rude messages will be ignored.",
)
STOCK_PARAGRAPHS_FR = (
    "J'aime les bons restaurants, le théâtre et les longues promenades, mais aussi les soirées calmes et les bonnes conversations.",
    "Merci de lire mon annonce en entier avant de me contacter et de préciser le jour et l'heure souhaités.",
    "Les messages impolis seront ignorés.",
)
GENERIC_SHORT = (  # generic short ads that look alike by chance
    "[Hi|Hello|Hey], [I'm|it's] {name}. [Call me|Text me|Give me a call][.|!| x]",
    "{name} [in|-] {city}. [Call|Text] [now|me][.|!]",
    "[Massage|Relaxing massage] [in|near] {area}. [Call|Text] for [details|an appointment][.|!]",
    "[Dinner companion|Company] [available|tonight] in {city}[.|!] {name}",
)
NAMES = ("Anna", "Mia", "Sofia", "Bella", "Lily", "Emma", "Jessica", "Nina", "Lola", "Chloe", "Eva", "Maria", "Julia",
         "Angel", "Candy", "Diana", "Elena", "Gabriela", "Isabella", "Jasmine", "Kiki", "Lana", "Luna", "Maya",
         "Natalia", "Olivia", "Paula", "Rosa", "Sara", "Tina", "Valentina", "Vicky", "Yasmin", "Zara", "Amber",
         "Bianca", "Carla", "Daniela", "Ella", "Fiona", "Grace", "Hana", "Ivy", "Jade", "Kim", "Leila", "Mimi",
         "Nora", "Ruby", "Stella", "Tanya", "Vanessa", "Wendy", "Alina", "Camila", "Lucia", "Mila", "Naomi", "Sienna", "Aiko")  # fmt: skip
NATS = (  # adjective, country, broader label
    ("Colombian", "Colombia", "Latina"), ("Brazilian", "Brazil", "Latina"), ("Venezuelan", "Venezuela", "Latina"),
    ("Dominican", "the Dominican Republic", "Latina"), ("Mexican", "Mexico", "Latina"), ("Thai", "Thailand", "Asian"),
    ("Vietnamese", "Vietnam", "Asian"), ("Filipina", "the Philippines", "Asian"), ("Korean", "Korea", "Asian"),
    ("Chinese", "China", "Asian"), ("Japanese", "Japan", "Asian"), ("Romanian", "Romania", "Eastern European"),
    ("Ukrainian", "Ukraine", "Eastern European"), ("Polish", "Poland", "Eastern European"),
    ("Hungarian", "Hungary", "Eastern European"), ("Bulgarian", "Bulgaria", "Eastern European"),
    ("Moldovan", "Moldova", "Eastern European"), ("Czech", "the Czech Republic", "Eastern European"),
    ("Nigerian", "Nigeria", "African"), ("Ghanaian", "Ghana", "African"), ("Jamaican", "Jamaica", "Caribbean"),
    ("Spanish", "Spain", "European"), ("Italian", "Italy", "European"), ("Lebanese", "Lebanon", "Middle Eastern"),
    ("Indian", "India", "South Asian"),
)  # fmt: skip
NATS_FR = (
    ("brésilienne", "du Brésil", "latine"), ("colombienne", "de Colombie", "latine"), ("vénézuélienne", "du Venezuela", "latine"),
    ("dominicaine", "de République dominicaine", "latine"), ("thaïlandaise", "de Thaïlande", "asiatique"),
    ("vietnamienne", "du Vietnam", "asiatique"), ("chinoise", "de Chine", "asiatique"), ("philippine", "des Philippines", "asiatique"),
    ("roumaine", "de Roumanie", "d'Europe de l'Est"), ("ukrainienne", "d'Ukraine", "d'Europe de l'Est"),
    ("bulgare", "de Bulgarie", "d'Europe de l'Est"), ("ivoirienne", "de Côte d'Ivoire", "africaine"),
    ("camerounaise", "du Cameroun", "africaine"), ("nigériane", "du Nigeria", "africaine"), ("espagnole", "d'Espagne", "européenne"),
)  # fmt: skip
AGENCY_A = (
    "Velvet",
    "Golden",
    "Silver",
    "Royal",
    "Secret",
    "Midnight",
    "Crystal",
    "Diamond",
    "Scarlet",
    "Ivory",
    "Pearl",
    "Orchid",
)
AGENCY_B = (
    "Rose",
    "Lotus",
    "Garden",
    "Angels",
    "Companions",
    "Club",
    "Lounge",
    "Touch",
    "Dreams",
    "Butterfly",
    "Moon",
    "Star",
)
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
EMAIL_DOMAINS = ("example.com", "example.net", "example.org", "mail.example.com", "post.example.net")


# ---------------------------------------------------------------------------------------------
# Operators: a network (one operator, many ads) or a singleton advertiser
# ---------------------------------------------------------------------------------------------

START = datetime(2024, 3, 1)
SPAN_DAYS = 184
INDICATOR_FUNCS = ("ethnicity", "youth", "trust", "avail", "movement")
OPTIONAL_FUNCS = ("opening", "location", "price", "closing", "decoy", "handle", "email")
SEPARATORS = (" ", " ", " ", "\n", "\n", " ✨ ", " | ", "\n\n", " • ", " ~ ", " 🌸 ")
NEW_NUMBER_EN = "[New number|My new number|Number changed][:| -] {P2}[ (old {P1} no longer in use)| - {P1} is off| (not {P1} any more)| - old one was {P1}]"
NEW_NUMBER_FR = "[Nouveau numéro|Nouveau tel][ :| -] {P2}[ (l'ancien {P1} ne marche plus)| - plus le {P1}| (et non plus le {P1})]"


@dataclass
class Operator:
    key: str
    network: str | None
    kind: str  # full, text_photo, phones_only, handle, indep, benign, generic
    lang: str
    voice: str
    route: list[tuple[float, City]]  # (start fraction of lifetime, city)
    start: datetime
    days: float
    size: int
    names: list[str]
    nat: tuple[str, str, str]
    agency: str
    funcs: list[str] = field(default_factory=list)
    base_tmpl: dict[str, int] = field(default_factory=dict)
    favourites: dict[str, list[int]] = field(default_factory=dict)
    drift: float = 1.0
    p_rewrite: float = 1.0
    p_drop: float = 0.0
    p_add: float = 0.0
    p_swap: float = 0.0
    p_obscure: float = 0.0
    uses_mobile: bool = True
    n_phones: int = 1
    pools: dict[str, list[Phone]] = field(default_factory=dict)
    handles: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    photos: list[int] = field(default_factory=list)
    sep: str = " "
    site: str = ""
    layout: str | None = None
    stock_paragraph: str = ""
    signature: str = ""
    prices: tuple[int, int, int] = (100, 160, 500)
    benign_kind: str = ""
    title_tmpl: int = 0


class Corpus:
    def __init__(self, seed: int, n: int) -> None:
        self.rng = random.Random(seed)
        self.n = n
        self.book = PhoneBook(random.Random(seed * 7919 + 1))
        self.stock = [self.rng.getrandbits(256) for _ in range(36)]
        self.stock_weights = [1.0 / (i + 1) ** 0.7 for i in range(36)]
        self.ads: list[tuple[datetime, float, dict, dict]] = []

    # -- small value makers --------------------------------------------------------------------
    def pick_country(self, with_phone_only: bool = False) -> str:
        shares = {c: s for c, s in COUNTRY_SHARE.items() if not (with_phone_only and c in ("IE", "NZ"))}
        return self.rng.choices(list(shares), list(shares.values()))[0]

    def digits(self, k: int) -> str:
        return str(self.rng.randrange(1, 10)) + "".join(str(self.rng.randrange(10)) for _ in range(k - 1))

    def money(self, amount: int | str, country: str) -> str:
        r = self.rng
        cur = CURRENCY[country]
        if country == "FR" or (cur == "€" and r.random() < 0.5):
            return r.choice((f"{amount}€", f"{amount} €", f"{amount} euros", f"€{amount}"))
        if country == "AU" and r.random() < 0.3:
            return r.choice((f"AUD {amount}", f"A${amount}", f"{amount} AUD"))
        if country == "CA" and r.random() < 0.2:
            return f"{amount} CAD"
        return r.choice(
            (
                f"{cur}{amount}",
                f"{cur}{amount}",
                f"{cur} {amount}",
                f"{cur}{amount}.00" if cur == "$" and isinstance(amount, int) else f"{cur}{amount}",
            )
        )

    def date_str(self, when: datetime, lang: str, country: str) -> str:
        r = self.rng
        d = when + timedelta(days=r.randrange(-20, 40))
        months_fr = (
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        )
        if lang == "fr":
            return r.choice(
                (d.strftime("%d/%m/%Y"), f"{d.day} {months_fr[d.month - 1]}", d.strftime("%d.%m.%y"))
            )
        if country == "US":
            return r.choice((f"{d.month}/{d.day}/{d.year}", d.strftime("%B %d"), d.strftime("%m-%d-%Y")))
        return r.choice(
            (
                d.strftime("%d/%m/%Y"),
                f"{d.day} {d.strftime('%B')}",
                d.strftime("%d.%m.%Y"),
                d.strftime("%Y-%m-%d"),
            )
        )

    def hours_str(self, lang: str) -> str:
        r = self.rng
        a, b = r.randrange(7, 12), r.randrange(17, 23)
        if lang == "fr":
            return r.choice((f"{a}h-{b}h", f"de {a}h à {b}h", f"{a}h00 - {b}h30"))
        return r.choice(
            (f"{a}am-{b - 12}pm", f"{a}:00-{b}:30", f"{a}.00 to {b - 12}.00", f"{a:02d}:00 - {b}:00")
        )

    def photo(self) -> int:
        return self.rng.getrandbits(256)

    def near(self, h: int) -> int:
        for bit in self.rng.sample(range(256), self.rng.randint(1, 12)):
            h ^= 1 << bit
        return h

    def stock_photo(self) -> int:
        return self.rng.choices(self.stock, self.stock_weights)[0]

    def handle_for(self, name: str, agency: str) -> str:
        r = self.rng
        base = r.choice(
            (
                name.lower(),
                agency.lower().replace(" ", "_"),
                name.lower() + "_" + r.choice(("vip", "x", "real", "official", "bookings")),
                agency.split()[0].lower() + name.lower(),
            )
        )
        return base + (str(r.randrange(10, 999)) if r.random() < 0.7 else "")

    # -- operators -----------------------------------------------------------------------------
    def make_route(self, home: City, touring: float, allow_cross: bool) -> list[tuple[float, City]]:
        r = self.rng
        route = [(0.0, home)]
        if r.random() < touring:
            stops = r.randint(1, 5)
            cuts = sorted(r.uniform(0.1, 0.95) for _ in range(stops))
            for cut in cuts:
                country = home.country
                if allow_cross and NEIGHBOURS[country] and r.random() < 0.18:
                    country = r.choice(NEIGHBOURS[country])
                city = r.choice(CITY_BY_COUNTRY[country])
                if r.random() < 0.2:
                    city = home
                route.append((cut, city))
        return route

    def make_operator(self, key: str, network: str | None, kind: str, size: int) -> Operator:
        r = self.rng
        home = r.choice(CITY_BY_COUNTRY[self.pick_country()])
        lang = "fr" if home.country == "FR" else "en"
        is_net = network is not None
        days = min(SPAN_DAYS - 1.0, 3 + 7 * (size**0.55) * r.uniform(0.4, 1.4)) if is_net else 1.0
        start = START + timedelta(days=r.uniform(0, SPAN_DAYS - days))
        touring = 0.55 if is_net else 0.2
        route = self.make_route(home, touring, allow_cross=is_net and lang == "en")
        name_count = r.randint(1, 5) if is_net else 1
        op = Operator(
            key=key, network=network, kind=kind, lang=lang,
            voice="3" if (is_net and r.random() < 0.55) or (not is_net and r.random() < 0.08) else "1",
            route=route, start=start, days=days, size=size,
            names=r.sample(NAMES, name_count),
            nat=r.choice(NATS_FR if lang == "fr" else NATS),
            agency=r.choice(AGENCY_A) + " " + r.choice(AGENCY_B),
        )  # fmt: skip
        op.sep = r.choice(SEPARATORS)
        op.site = r.choice(SITES[-1:] if lang == "fr" else SITES[:-1])
        base = {"GB": 60, "IE": 80, "US": 100, "CA": 100, "AU": 120, "NZ": 110, "FR": 70}[home.country]
        p1 = base + 10 * r.randrange(0, 12)
        op.prices = (p1, int(p1 * r.uniform(1.5, 1.9)) // 10 * 10, int(p1 * r.uniform(4, 7)) // 10 * 10)
        op.uses_mobile = r.random() < 0.8
        op.n_phones = 1 + min(5, size // r.randint(8, 25)) if is_net else 1
        op.handles = [self.handle_for(op.names[0], op.agency) for _ in range(r.randint(1, 2))]
        op.emails = [
            f"{self.handle_for(r.choice(op.names), op.agency)}@{r.choice(EMAIL_DOMAINS)}"
            for _ in range(r.randint(1, 2))
        ]
        if is_net:
            n_photos = max(2, min(30, int(size**0.6 * r.uniform(1, 2.5))))
            op.photos = [self.photo() for _ in range(n_photos)]
            rewriting = r.random() ** 1.3  # from near-copies (0) to heavy paraphrase (1)
            op.drift = 0.02 + 0.33 * rewriting
            op.p_rewrite = 0.02 + 0.43 * rewriting
            op.p_drop = 0.03 + 0.27 * rewriting
            op.p_add = 0.03 + 0.27 * rewriting
            op.p_swap = 0.05 + 0.55 * rewriting
            op.p_obscure = 0.0 if r.random() < 0.2 else r.uniform(0.45, 0.95)
            if kind == "phones_only":
                op.drift, op.p_rewrite, op.p_drop, op.p_add = 1.0, 1.0, 0.3, 0.3
            if r.random() < 0.12:
                op.layout = r.choice(LAYOUTS)
        else:
            op.p_obscure = 0.33 if kind == "indep" else 0.0
            if r.random() < 0.06 and kind == "indep":
                op.layout = r.choice(LAYOUTS)
        if is_net and r.random() < 0.35:  # a house signature the operator puts on most posts
            op.signature = r.choice(
                (f"~ {op.agency} ~", f"💎 {op.agency} 💎", f"xoxo {op.names[0]}", f"-- {op.agency.upper()} --",
                 f"{r.choice(EMOJI_SEPS)}{r.choice(EMOJI_SEPS)}{r.choice(EMOJI_SEPS)}", f"*{op.agency.split()[0]}*")
            )  # fmt: skip
        if r.random() < 0.15:  # copies a stock paragraph into its ads
            op.stock_paragraph = r.choice(STOCK_PARAGRAPHS_FR if lang == "fr" else STOCK_PARAGRAPHS)
        self.choose_functions(op, is_net)
        return op

    def choose_functions(self, op: Operator, is_net: bool) -> None:
        r = self.rng
        grammar = FR if op.lang == "fr" else EN
        touring = len(op.route) > 1
        if is_net:
            probs = {
                "ethnicity": 0.55,
                "youth": 0.4,
                "trust": 0.65,
                "avail": 0.55,
                "movement": 0.35 if touring else 0.08,
            }
        else:
            probs = {
                "ethnicity": 0.3,
                "youth": 0.15,
                "trust": 0.55,
                "avail": 0.2,
                "movement": 0.6 if touring else 0.15,
            }
        middle = [f for f in INDICATOR_FUNCS if r.random() < probs[f]]
        if op.voice == "3":
            middle.append("managed")
        r.shuffle(middle)
        funcs = ["intro", *middle]
        if r.random() < 0.6:
            funcs.insert(0, "opening")
        for f, p in (("location", 0.6), ("price", 0.45)):
            if r.random() < p:
                funcs.insert(r.randint(1, len(funcs)), f)
        funcs.append("contact")
        for f, p in (
            ("handle", 0.25 if op.kind != "text_photo" else 0.0),
            ("email", 0.12),
            ("closing", 0.6),
            ("decoy", 0.35),
        ):
            if r.random() < p:
                funcs.append(f)
        if op.kind == "handle" and "handle" not in funcs:
            funcs.append("handle")
        op.funcs = funcs
        for f in sorted(
            set(funcs) | set(OPTIONAL_FUNCS) | set(INDICATOR_FUNCS) | {"managed", "intro", "contact"}
        ):
            options = self.templates(grammar, f, op.voice)
            if options:
                op.base_tmpl[f] = r.randrange(len(options))
                op.favourites[f] = [r.randrange(len(options)) for _ in range(r.randint(1, 3))]
        op.title_tmpl = r.randrange(len((TITLE_FR if op.lang == "fr" else TITLE_EN)[op.voice]))

    @staticmethod
    def templates(grammar: dict[str, dict[str, list[str]]], func: str, voice: str) -> list[str]:
        entry = grammar.get(func, {})
        return entry.get(voice) or entry.get("*") or entry.get("1") or []

    # -- one ad --------------------------------------------------------------------------------
    def city_at(self, op: Operator, frac: float) -> City:
        city = op.route[0][1]
        for cut, stop in op.route:
            if frac >= cut:
                city = stop
        return city

    def phones_for(self, op: Operator, city: City, frac: float) -> list[Phone]:
        r = self.rng
        if city.country in ("IE", "NZ") or op.kind in ("handle", "text_photo"):
            if op.kind == "text_photo" and city.country not in ("IE", "NZ") and r.random() < 0.45:
                burner = self.book.new(city, mobile=True)  # a fresh number per ad: shares nothing
                return [burner] if burner else []
            return []
        mobile = op.uses_mobile and city.country in ("GB", "AU", "FR")
        pool = op.pools.setdefault(city.country + ":mobile" if mobile else city.name, [])
        while len(pool) < op.n_phones:
            phone = self.book.new(city, mobile)
            if phone is None:
                break
            pool.append(phone)
        if not pool:
            return []
        idx = max(0, min(len(pool) - 1, int(frac * len(pool) + r.uniform(-0.35, 0.35))))
        out = [pool[idx]]
        if len(pool) > 1 and r.random() < 0.15:
            out.append(pool[idx + 1] if idx + 1 < len(pool) else pool[idx - 1])
        return out

    def slots(self, op: Operator, city: City, when: datetime) -> dict[str, str]:
        r = self.rng
        lang, country = op.lang, city.country
        others = [c for c in CITY_BY_COUNTRY[country] if c is not city] or [city]
        prices = op.prices
        if op.network and r.random() < 0.3:  # slots change between posts
            prices = tuple(p + 10 * r.randint(-2, 3) for p in prices)  # type: ignore[assignment]
        name = r.choice(op.names)
        user = self.handle_for(name, op.agency)
        if op.kind == "benign":
            user = f"{name.lower()}{r.choice(('.', '_', ''))}{r.choice(SURNAMES)}{r.choice(('', str(r.randrange(10, 99))))}"
        domain = r.choice(EMAIL_DOMAINS)
        email = (
            r.choice(op.emails)
            if op.network and op.kind not in ("text_photo", "phones_only")
            else f"{user}@{domain}"
        )
        local, dom = email.split("@")
        return {
            "name": name, "name2": r.choice([n for n in NAMES if n != name]), "city": city.name,
            "city2": r.choice(others).name, "area": r.choice(city.areas), "postcode": r.choice(city.postcodes),
            "nat": op.nat[0], "natc": op.nat[1], "region": op.nat[2],
            "weekday": r.choice(WEEKDAYS_FR if lang == "fr" else WEEKDAYS_EN),
            "p1": self.money(prices[0], country), "p2": self.money(prices[1], country), "p3": self.money(prices[2], country),
            "hours": self.hours_str(lang), "time": f"{r.randrange(8, 23)}:{r.choice(('00', '15', '30', '45'))}",
            "adno": self.digits(r.choice((8, 9, 10, 10, 11))), "refno": r.choice((self.digits(10), f"{r.choice('ABCDKLMX')}{r.choice('ABCDKLMX')}-{self.digits(6)}", self.digits(7))),
            "order": self.digits(11), "date": self.date_str(when, lang, country), "year": str(r.randrange(2012, 2025)),
            "agency": op.agency, "tg": r.choice(op.handles) if op.network and op.kind not in ("text_photo", "phones_only") else user,
            "email": email, "email_obf": f"{local} [at] {dom.replace('.', ' [dot] ')}" if r.random() < 0.5 else f"{local} (at) {dom}",
            "age": str(r.choice((18, 19, 19, 20))), "age_adult": str(r.randrange(28, 66)),
            "rent": self.money(r.randrange(45, 140) * 10, country), "deposit": self.money(r.randrange(40, 150) * 10, country),
            "wage": self.money(r.randrange(11, 24), country) if r.random() < 0.6 else self.money(f"{r.randrange(11, 24)}{r.choice(('.50', '.25', '.90'))}", country),
            "price": self.money(r.choice((15, 25, 40, 60, 75, 120, 250, 400)), country), "item": r.choice(ITEMS),
            "item_fr": r.choice(ITEMS_FR), "job": r.choice(JOBS), "service": r.choice(SERVICES), "clinic": r.choice(CLINICS), "years": str(r.randrange(3, 21)),
        }  # fmt: skip

    def sentence(
        self, op: Operator, grammar: dict, func: str, slots: dict[str, str], fresh: bool = False
    ) -> str:
        r = self.rng
        options = self.templates(grammar, func, op.voice)
        if op.network is None or fresh or op.kind == "phones_only":
            t, pick = r.randrange(len(options)), Picker(r)
        else:
            t = op.base_tmpl[func]
            if r.random() < op.p_rewrite:
                t = r.choice(op.favourites[func] + [r.randrange(len(options))])
            pick = Picker(r, f"{op.key}:{func}:{t}", op.drift)
        text = dedupe_adjectives(tidy(fill(expand(options[t], pick), slots)), r)
        return fix_english(text) if op.lang == "en" else text

    def ad_functions(self, op: Operator) -> list[str]:
        r = self.rng
        funcs = list(op.funcs)
        if op.network is None:
            return funcs
        keep = {"intro", "contact", "managed"}
        funcs = [f for f in funcs if f in keep or r.random() >= op.p_drop]
        if r.random() < op.p_add:  # a line added this time
            extra = r.choice(
                [
                    f
                    for f in (*OPTIONAL_FUNCS, "trust", "avail")
                    if f not in funcs and f not in ("handle", "email")
                ]
                or ["closing"]
            )
            if extra not in funcs:
                funcs.insert(r.randint(1 if funcs[0] == "opening" else 0, len(funcs)), extra)
        body = [i for i, f in enumerate(funcs) if f not in ("opening", "contact", "handle", "email", "decoy")]
        for _ in range(2):  # sentences reordered
            if len(body) > 1 and r.random() < op.p_swap:
                a = r.randrange(len(body) - 1)
                i, j = body[a], body[a + 1]
                funcs[i], funcs[j] = funcs[j], funcs[i]
        if r.random() < op.p_swap / 3 and "contact" in funcs:  # contact moved to the top
            funcs.remove("contact")
            funcs.insert(0, "contact")
        return funcs

    def photos_for(self, op: Operator) -> list[str]:
        r = self.rng
        if op.network and op.kind != "phones_only":
            hashes = [
                h if r.random() < 0.55 else self.near(h)
                for h in r.sample(op.photos, r.randint(1, min(5, len(op.photos))))
            ]
            p_stock = 0.1
        elif op.kind in ("indep", "phones_only"):
            hashes, p_stock = [self.photo() for _ in range(r.randint(0, 4))], 0.25
        elif op.kind == "benign":
            hashes, p_stock = [self.photo() for _ in range(r.randint(0, 3))], 0.15
        else:
            hashes, p_stock = [self.photo() for _ in range(r.randint(0, 1))], 0.5
        if r.random() < p_stock:
            hashes.insert(r.randint(0, len(hashes)), self.stock_photo())
        return [f"{h:064x}" for h in hashes]

    def footer(self, op: Operator, slots: dict[str, str]) -> str | None:
        r = self.rng
        if r.random() >= (0.4 if op.network else 0.3):
            return None
        site = op.site if op.network else r.choice(SITES[-1:] if op.lang == "fr" else SITES[:-1])
        return fill(r.choice(FOOTERS_FR if op.lang == "fr" else FOOTERS_EN), slots | {"site": site})

    def render_phone(self, phone: Phone, lang: str, obscure: bool) -> str:
        if obscure:
            return obscured(phone, self.rng, lang)
        if self.rng.random() < 0.05:
            return "wa.me/" + phone.e164[1:]
        return plain(phone, self.rng)

    def write(self, op: Operator, index: int) -> None:
        r = self.rng
        frac = (index + r.random()) / op.size
        when = op.start + timedelta(days=op.days * frac)
        when = when.replace(
            hour=r.choices(
                range(24), [1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 5, 4, 3, 2]
            )[0],
            minute=r.randrange(60),
            second=r.randrange(60),
            microsecond=0,
        )
        city = self.city_at(op, frac)
        slots = self.slots(op, city, when)
        if op.kind in ("benign", "generic"):
            title, text, phones_text, field_phone, indicators = self.write_plain(op, city, slots)
        else:
            title, text, phones_text, field_phone, indicators = self.write_provider(op, city, slots, frac)
        foot = self.footer(op, slots)
        if foot:
            text += ("\n\n" if r.random() < 0.6 else " ") + foot
        ad: dict = {"id": "", "title": title, "text": text, "posted_at": when.isoformat(), "city": city.name}
        if r.random() < 0.5:
            ad["country"] = city.country
        if field_phone is not None:
            ad["phone"] = plain(field_phone, r) if r.random() < 0.9 else field_phone.e164
        if r.random() < (0.3 if op.kind not in ("generic",) else 0.05):
            ad["email"] = slots["email"]
        ad["images"] = self.photos_for(op)
        phones: list[str] = []
        for p in phones_text + ([field_phone] if field_phone else []):
            if p.e164 not in phones:
                phones.append(p.e164)
        order = [k for k in INDICATORS_ORDER if k in indicators]
        truth = {"id": "", "network": op.network, "phones": phones, "indicators": order}
        self.ads.append((when, r.random(), ad, truth))

    def place_phones(self, phones: list[Phone]) -> tuple[list[Phone], Phone | None]:
        """Which phones go in the text and which one in the `phone` field."""
        r = self.rng
        if not phones:
            return [], None
        roll = r.random()
        if roll < 0.5:
            return phones, None
        if roll < 0.7 and len(phones) == 1:
            return [], phones[0]
        if roll < 0.9 or len(phones) == 1:
            return phones, phones[0]
        return phones[1:], phones[0]

    def write_provider(
        self, op: Operator, city: City, slots: dict[str, str], frac: float
    ) -> tuple[str, str, list[Phone], Phone | None, set[str]]:
        r = self.rng
        grammar = FR if op.lang == "fr" else EN
        funcs = self.ad_functions(op)
        text_phones, field_phone = self.place_phones(self.phones_for(op, city, frac))
        indicators: set[str] = set()
        rendered = [self.render_phone(p, op.lang, False) for p in text_phones]
        if text_phones and r.random() < op.p_obscure:
            rendered[0] = self.render_phone(text_phones[0], op.lang, True)
            indicators.add("obscured_contact")
        sentences: list[str] = []
        layout_done = False
        for f in funcs:
            if f == "contact":
                if op.layout and not layout_done:
                    contact = (
                        rendered[0]
                        if rendered
                        else ("@" + slots["tg"] if op.kind == "handle" else "via the site")
                    )
                    sentences.append(fill(op.layout, slots | {"CONTACT": contact}))
                    layout_done = True
                    if len(rendered) < 2:
                        continue
                if len(rendered) >= 2:
                    tmpl = NEW_NUMBER_FR if op.lang == "fr" else NEW_NUMBER_EN
                    sentences.append(
                        tidy(
                            expand(tmpl, Picker(r)).replace("{P1}", rendered[1]).replace("{P2}", rendered[0])
                        )
                    )
                elif rendered:
                    sentences.append(self.sentence(op, grammar, "contact", slots).replace("{P}", rendered[0]))
                elif op.kind == "handle" or (op.network and op.kind == "full" and r.random() < 0.7):
                    if "handle" not in funcs:
                        sentences.append(self.sentence(op, grammar, "handle", slots))
                else:
                    sentences.append(self.sentence(op, grammar, "site_msg", slots, fresh=True))
                continue
            sentences.append(self.sentence(op, grammar, f, slots))
            if f in INDICATOR_OF:
                indicators.add(INDICATOR_OF[f])
        if op.signature and r.random() < 0.7:
            sentences.append(op.signature)
        if op.stock_paragraph and r.random() < 0.8:
            sentences.insert(r.randint(1, max(1, len(sentences) - 1)), op.stock_paragraph)
        text = op.sep.join(s for s in sentences if s)
        title_tmpls = (TITLE_FR if op.lang == "fr" else TITLE_EN)[op.voice]
        if op.network and op.kind != "phones_only" and r.random() > op.p_rewrite:
            title = expand(title_tmpls[op.title_tmpl], Picker(r, f"{op.key}:title", op.drift))
        else:
            title = expand(r.choice(title_tmpls), Picker(r))
        tags = [k for k in TITLE_TAG if k in indicators]
        if tags and r.random() < 0.35:
            tag = expand(TITLE_TAG[r.choice(tags)][1 if op.lang == "fr" else 0], Picker(r))
            title = (
                f"{tag} {r.choice(('-', '|', '~', '*', '✨'))} {title}"
                if r.random() < 0.6
                else f"{title} ({tag})"
            )
        title = fill(title, slots)
        if r.random() < 0.08:
            title = title.upper()
        return title, text, text_phones, field_phone, indicators

    def write_plain(
        self, op: Operator, city: City, slots: dict[str, str]
    ) -> tuple[str, str, list[Phone], Phone | None, set[str]]:
        r = self.rng
        phone = self.book.new(city, mobile=r.random() < 0.6)
        text_phones, field_phone = self.place_phones([phone] if phone else [])
        shown = (
            plain(text_phones[0], r)
            if text_phones
            else r.choice(
                ("via the site", "the number on my profile", "through the reply button")
                if op.lang == "en"
                else ("via le site", "par la messagerie")
            )
        )
        if op.kind == "generic":
            body = fill(expand(r.choice(GENERIC_SHORT), Picker(r)), slots)
            contact = r.choice((" ", " ", "\n", " - ")) + (shown if text_phones else "")
            title = fill(
                r.choice(("{name}", "{name} - {city}", "Company in {city}", "Massage {area}", "{name} x")),
                slots,
            )
            return title, (body + contact).strip(), text_phones, field_phone, set()
        grammar = BENIGN_FR if op.lang == "fr" else BENIGN_EN
        titles, lines = grammar[op.benign_kind]
        chosen = [lines[0]] + [ln for ln in lines[1:] if r.random() < 0.75]
        if "{P}" not in "".join(chosen) and text_phones:
            with_phone = [ln for ln in lines if "{P}" in ln]
            if with_phone:
                chosen.append(with_phone[0])
            else:  # this kind of ad never shows a number in its text
                field_phone = field_phone or (text_phones[0] if r.random() < 0.4 else None)
                text_phones = []
        text = " ".join(tidy(fill(expand(t, Picker(r)), slots)) for t in chosen).replace("{P}", shown)
        text = fix_english(text) if op.lang == "en" else text
        if not text_phones and "{P}" in "".join(chosen) and field_phone is not None:
            text = text.replace(
                shown,
                r.choice(
                    ("the number above", "the number in the ad")
                    if op.lang == "en"
                    else ("le numéro ci-dessus",)
                ),
            )
        if text_phones and shown not in text:  # the optional phone part was not picked
            line = r.choice(
                ("Call {P}.", "Tel: {P}", "Phone {P}.", "Text {P}.")
                if op.lang == "en"
                else ("Tél : {P}", "Appeler le {P}.")
            )
            text += " " + line.replace("{P}", shown)
        title = fill(expand(r.choice(titles), Picker(r)), slots)
        return title, text, text_phones, field_phone, set()

    # -- the whole corpus ----------------------------------------------------------------------
    def network_sizes(self) -> list[int]:
        r = self.rng
        target = round(self.n * r.uniform(0.57, 0.63))
        cap = max(2, min(150, int(self.n * 0.12)))
        buckets = ((2, 4), (5, 12), (13, 35), (36, 80), (81, 150))
        sizes: list[int] = []
        total = 0
        while target - total >= 2:
            size = min(cap, r.randint(*r.choices(buckets, (45, 27, 16, 8, 4))[0]))
            left = target - total - size
            if left < 2:
                size = target - total
            sizes.append(size)
            total += size
        return sizes

    def build(self) -> tuple[list[dict], list[dict]]:
        r = self.rng
        sizes = self.network_sizes()
        kinds = ("full", "text_photo", "phones_only", "handle")
        for k, size in enumerate(sizes):
            kind = r.choices(kinds, (50, 18, 14, 18))[0]
            op = self.make_operator(f"op{k}", f"net-{k + 1:04d}", kind, size)
            if kind == "phones_only" and op.route[0][1].country in ("IE", "NZ"):
                op.kind = "full"
            for i in range(size):
                self.write(op, i)
        singles = self.n - sum(sizes)
        for k in range(singles):
            kind = r.choices(("benign", "indep", "generic"), (45, 43, 12))[0]
            op = self.make_operator(f"s{k}", None, kind, 1)
            if kind == "benign":
                options = sorted(BENIGN_FR if op.lang == "fr" else BENIGN_EN)
                op.benign_kind = r.choice(options)
            op.start = START + timedelta(days=r.uniform(0, SPAN_DAYS - 1))
            self.write(op, 0)
        self.ads.sort(key=lambda item: (item[0], item[1]))
        ads, truth = [], []
        for i, (_, _, ad, t) in enumerate(self.ads, start=1):
            ad["id"] = t["id"] = f"ad-{i}"
            ads.append(ad)
            truth.append(t)
        return ads, truth


INDICATORS_ORDER = ("trust_language", "obscured_contact", "youth_language", "ethnicity_nationality",
                    "third_person_voice", "always_available", "movement")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Synthetic classified ads with network truth (writer_c).")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--n", type=int, required=True, help="number of ads")
    parser.add_argument("--out", type=Path, required=True, help="ads, JSON Lines")
    parser.add_argument("--truth", type=Path, required=True, help="truth, JSON Lines, same order")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("--n must be at least 1")
    ads, truth = Corpus(args.seed, args.n).build()
    for path, rows in ((args.out, ads), (args.truth, truth)):
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
