#!/usr/bin/env python3
"""Synthetic, non-explicit classified-ad corpus for blind evaluation (writer_a).

    python generate.py --seed S --n N --out ADS.jsonl --truth TRUTH.jsonl

Standard library only; deterministic from --seed.  Every phone number comes from a
range reserved for fiction (Ofcom drama numbers, NANP 555-0100..0199, ACMA fictitious
numbers, ARCEP numbers for audiovisual works).  Ads are bland companionship / massage /
dating ads or benign classifieds; nobody is described as under 18.
"""
import argparse
import json
import random
import re
from datetime import datetime, timedelta

# --------------------------------------------------------------------------------------
# Geography and fictional number ranges
# --------------------------------------------------------------------------------------

# GB: city -> (kind, national area with trunk 0, nsn prefix, rest pattern)
GB_GEO = {
    "London": ("020", "2079460"),
    "Leeds": ("0113", "1134960"), "Sheffield": ("0114", "1144960"),
    "Nottingham": ("0115", "1154960"), "Leicester": ("0116", "1164960"),
    "Bristol": ("0117", "1174960"), "Reading": ("0118", "1184960"),
    "Birmingham": ("0121", "1214960"), "Edinburgh": ("0131", "1314960"),
    "Glasgow": ("0141", "1414960"), "Liverpool": ("0151", "1514960"),
    "Manchester": ("0161", "1614960"), "Newcastle": ("0191", "1914980"),
    "Belfast": ("028", "2896496"), "Cardiff": ("029", "2920180"),
}
GB_CITIES = list(GB_GEO) + ["Brighton", "Oxford", "Southampton", "Perth"]
GB_POST = {"London": ["E1", "W1", "SE1", "N7", "NW3", "SW9"], "Leeds": ["LS1", "LS6"],
           "Sheffield": ["S1", "S10"], "Nottingham": ["NG1", "NG7"], "Leicester": ["LE1"],
           "Bristol": ["BS1", "BS8"], "Reading": ["RG1"], "Birmingham": ["B1", "B15"],
           "Edinburgh": ["EH1", "EH3"], "Glasgow": ["G1", "G12"], "Liverpool": ["L1", "L8"],
           "Manchester": ["M1", "M14"], "Newcastle": ["NE1"], "Belfast": ["BT1", "BT7"],
           "Cardiff": ["CF10"], "Brighton": ["BN1"], "Oxford": ["OX1"], "Southampton": ["SO14"],
           "Perth": ["PH1"]}

US_CITIES = {
    "New York": [212, 646, 718, 917], "Los Angeles": [213, 310, 323, 818],
    "Chicago": [312, 773], "Houston": [713, 832], "Miami": [305, 786],
    "Atlanta": [404, 678, 770], "Las Vegas": [702, 725], "Seattle": [206],
    "Dallas": [214, 469, 972], "Boston": [617, 857], "Phoenix": [602, 480],
    "Denver": [303, 720], "San Francisco": [415, 628], "Washington": [202],
    "Philadelphia": [215, 267], "Orlando": [407, 321], "Birmingham": [205],
    "Portland": [503, 971], "Nashville": [615],
}
CA_CITIES = {
    "Toronto": [416, 647, 437], "Vancouver": [604, 778], "Montreal": [514, 438],
    "Calgary": [403, 587], "Ottawa": [613, 343], "Edmonton": [780, 587],
    "Winnipeg": [204], "London": [519, 226], "Halifax": [902],
}
CA_POST_LETTER = {"Toronto": "M", "Vancouver": "V", "Montreal": "H", "Calgary": "T",
                  "Ottawa": "K", "Edmonton": "T", "Winnipeg": "R", "London": "N", "Halifax": "B"}
AU_CITIES = {"Sydney": ("02", "2000"), "Melbourne": ("03", "3000"), "Brisbane": ("07", "4000"),
             "Perth": ("08", "6000"), "Adelaide": ("08", "5000"), "Gold Coast": ("07", "4217"),
             "Canberra": ("02", "2600"), "Hobart": ("03", "7000"), "Darwin": ("08", "0800")}
AU_MOBILES = ["0491570006", "0491570156", "0491570157", "0491570158", "0491570159",
              "0491570110", "0491570313", "0491570737", "0491571266", "0491571491",
              "0491571804", "0491572549", "0491572665", "0491572983", "0491573770",
              "0491573087", "0491574118", "0491574632", "0491575254", "0491575789",
              "0491576398", "0491576801", "0491577426", "0491577644", "0491578957",
              "0491578148", "0491578888", "0491579212", "0491579760", "0491579455"]
FR_CITIES = {"Paris": ("01", "19900", "75"), "Lyon": ("04", "46571", "69"),
             "Marseille": ("04", "46571", "13"), "Nice": ("04", "46571", "06"),
             "Toulouse": ("05", "53649", "31"), "Bordeaux": ("05", "53649", "33"),
             "Lille": ("03", "35301", "59"), "Nantes": ("02", "26191", "44"),
             "Strasbourg": ("03", "35301", "67"), "Montpellier": ("04", "46571", "34"),
             "Rennes": ("02", "26191", "35")}
IE_CITIES = {"Dublin": "D02", "Cork": "T12", "Galway": "H91"}
NZ_CITIES = {"Auckland": "1010", "Wellington": "6011", "Christchurch": "8011"}

PHONE_COUNTRIES = ["GB", "US", "CA", "AU", "FR"]
COUNTRY_WEIGHTS = {"GB": 0.30, "US": 0.28, "CA": 0.12, "AU": 0.12, "FR": 0.18}


def cities_of(cc):
    return {"GB": GB_CITIES, "US": list(US_CITIES), "CA": list(CA_CITIES),
            "AU": list(AU_CITIES), "FR": list(FR_CITIES), "IE": list(IE_CITIES),
            "NZ": list(NZ_CITIES)}[cc]


class Phone:
    """A fictional phone: country, E.164 and national grouping."""

    def __init__(self, country, cc, nsn, area, rest):
        self.country = country   # GB US CA AU FR
        self.cc = cc             # '44', '1', '61', '33'
        self.nsn = nsn           # national significant number
        self.area = area         # national area part, with trunk 0 where used
        self.rest = rest         # list of digit groups after the area

    @property
    def e164(self):
        return "+" + self.cc + self.nsn

    @property
    def intl_area(self):
        return self.area[1:] if self.cc != "1" else self.area

    def check(self):
        national = self.area + "".join(self.rest)
        if self.cc == "1":
            assert national == self.nsn and len(self.nsn) == 10
        else:
            assert national == "0" + self.nsn, (national, self.nsn)


class PhonePool:
    """Hands out distinct fictional numbers, so unrelated advertisers never share one."""

    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def _take(self, candidates):
        for _ in range(40):
            p = candidates()
            if p is not None and p.e164 not in self.used:
                self.used.add(p.e164)
                p.check()
                return p
        return None

    def gb(self, city, kind):
        r = self.rng
        if kind == "mobile":
            def f():
                x = "%03d" % r.randrange(1000)
                return Phone("GB", "44", "7700900" + x, "07700", ["900", x])
        elif kind == "geo" and city in GB_GEO:
            area, pre = GB_GEO[city]

            def f():
                x = "%03d" % r.randrange(1000)
                nsn = pre + x
                if area == "020":
                    return Phone("GB", "44", nsn, "020", ["7946", "0" + x])
                if area == "028":
                    return Phone("GB", "44", nsn, "028", ["9649", "6" + x])
                if area == "029":
                    return Phone("GB", "44", nsn, "029", ["2018", "0" + x])
                mid = "498" if area == "0191" else "496"
                return Phone("GB", "44", nsn, area, [mid, "0" + x])
        else:
            def f():
                x = "%03d" % r.randrange(1000)
                return Phone("GB", "44", "1632960" + x, "01632", ["960", x])
        return self._take(f)

    def nanp(self, country, city):
        r = self.rng
        codes = (US_CITIES if country == "US" else CA_CITIES)[city]

        def f():
            ac = str(r.choice(codes))
            x = "01%02d" % r.randrange(100)
            return Phone(country, "1", ac + "555" + x, ac, ["555", x])
        return self._take(f)

    def au(self, city, kind):
        r = self.rng
        if kind == "mobile":
            def f():
                m = r.choice(AU_MOBILES)
                return Phone("AU", "61", m[1:], m[:4], [m[4:7], m[7:]])
        else:
            area = AU_CITIES[city][0]

            def f():
                blk = r.choice(["5550", "7010"])
                x = "%04d" % r.randrange(10000)
                return Phone("AU", "61", area[1:] + blk + x, area, [blk, x])
        return self._take(f)

    def fr(self, city, kind):
        r = self.rng
        if kind == "mobile":
            area, blk = "06", "39 98"
        else:
            area, pre, _ = FR_CITIES[city]
            blk = pre[1:3] + " " + pre[3:5]
            area = area

        def f():
            x = "%04d" % r.randrange(10000)
            g = blk.split() + [x[:2], x[2:]]
            nsn = area[1:] + "".join(g)
            return Phone("FR", "33", nsn, area, g)
        return self._take(f)

    def new(self, country, city):
        r = self.rng
        order = []
        if country == "GB":
            k = r.random()
            first = "mobile" if k < 0.6 else ("geo" if k < 0.88 else "fict")
            for kind in [first, "mobile", "geo", "fict"]:
                p = self.gb(city, kind)
                if p:
                    return p
            return None
        if country in ("US", "CA"):
            if city not in (US_CITIES if country == "US" else CA_CITIES):
                city = r.choice(list(US_CITIES if country == "US" else CA_CITIES))
            p = self.nanp(country, city)
            if p:
                return p
            for c in r.sample(cities_of(country), len(cities_of(country))):
                p = self.nanp(country, c)
                if p:
                    return p
            return None
        if country == "AU":
            order = ["mobile", "land"] if r.random() < 0.35 else ["land", "mobile"]
            for kind in order:
                p = self.au(city, kind)
                if p:
                    return p
            return None
        if country == "FR":
            order = ["mobile", "geo"] if r.random() < 0.7 else ["geo", "mobile"]
            for kind in order:
                p = self.fr(city, kind)
                if p:
                    return p
            return None
        return None


# --------------------------------------------------------------------------------------
# Phone rendering: plain and obscured
# --------------------------------------------------------------------------------------

EN_DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
FR_DIG = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
FR_TEENS = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize",
            "dix-sept", "dix-huit", "dix-neuf"]
FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def fr_num(n):
    if n < 10:
        return FR_DIG[n]
    if n < 20:
        return FR_TEENS[n - 10]
    t, u = divmod(n, 10)
    if t in FR_TENS:
        if u == 0:
            return FR_TENS[t]
        if u == 1:
            return FR_TENS[t] + "-et-un"
        return FR_TENS[t] + "-" + FR_DIG[u]
    if t == 7:
        if u == 1:
            return "soixante-et-onze"
        return "soixante-" + FR_TEENS[u]
    if t == 8:
        return "quatre-vingts" if u == 0 else "quatre-vingt-" + FR_DIG[u]
    return "quatre-vingt-" + FR_TEENS[u]


def fr_pair(s):
    if s[0] == "0":
        return "zéro " + FR_DIG[int(s[1])]
    return fr_num(int(s))


def plain_forms(p, intl):
    """Non-obscured ways people write a number."""
    a, rest, ia, cc = p.area, p.rest, p.intl_area, p.cc
    j = " ".join(rest)
    forms = []
    if not intl:
        if cc == "44":
            forms = [a + " " + "".join(rest), a + " " + j, a + "".join(rest), "(" + a + ") " + j,
                     a + "-" + "-".join(rest), a + " " + "".join(rest)]
        elif cc == "1":
            forms = ["(%s) %s-%s" % (a, rest[0], rest[1]), "%s-%s-%s" % (a, rest[0], rest[1]),
                     "%s.%s.%s" % (a, rest[0], rest[1]), "%s %s %s" % (a, rest[0], rest[1]),
                     a + "".join(rest), "1-%s-%s-%s" % (a, rest[0], rest[1]),
                     "(%s) %s %s" % (a, rest[0], rest[1]), "(%s) %s-%s" % (a, rest[0], rest[1])]
        elif cc == "61":
            forms = [a + " " + j, a + "".join(rest), a + "-" + "-".join(rest)]
            if len(a) == 2:
                forms.append("(" + a + ") " + j)
        elif cc == "33":
            forms = [a + " " + j, a + "." + ".".join(rest), a + "".join(rest),
                     a + "-" + "-".join(rest), a + " " + j]
    else:
        if cc == "1":
            forms = ["+1 %s %s %s" % (a, rest[0], rest[1]), "+1 (%s) %s-%s" % (a, rest[0], rest[1]),
                     "+1-%s-%s-%s" % (a, rest[0], rest[1]), "+1" + p.nsn,
                     "+1.%s.%s.%s" % (a, rest[0], rest[1])]
        else:
            forms = ["+%s %s %s" % (cc, ia, j), "+%s%s" % (cc, p.nsn), "+%s (0)%s %s" % (cc, ia, j),
                     "00%s %s %s" % (cc, ia, j), "+%s %s %s" % (cc, ia, "".join(rest)),
                     "(+%s) %s %s" % (cc, ia, j)]
            if cc == "33":
                forms.append("+33 %s %s" % (ia, j))
    return forms


SEP_STYLES = [" ", ".", "-", " . ", "*", "_", " - "]
EMOJI_SEPS = ["🌹", "⭐", "✨", "🌸", "💖", "🔥", "❤️", "🍒"]
UNI_SETS = {
    "fullwidth": 0xFF10, "bold": 0x1D7CE, "double": 0x1D7D8, "sans": 0x1D7E2,
    "sansbold": 0x1D7EC, "mono": 0x1D7F6,
}
CIRCLED = ["⓪", "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨"]
OBSCURE_STYLES = ["words", "mixed", "letters", "spaced", "emoji", "unicode", "area_first",
                  "letters_spaced", "words_grouped"]


def digit_word(d, lang, rng, allow_oh=True):
    if lang == "fr":
        return FR_DIG[int(d)]
    if d == "0" and allow_oh and rng.random() < 0.35:
        return "oh"
    return EN_DIG[int(d)]


def words_form(s, lang, rng, grouped):
    """Digits (and '+') as words; group separators kept as commas/dashes."""
    out = []
    groups = re.findall(r"\+?\d+", s)
    caps = rng.random() < 0.15
    gsep = rng.choice([", ", " - ", " ", " / "]) if grouped else " "
    parts = []
    for g in groups:
        toks = []
        if g.startswith("+"):
            toks.append("plus")
            g = g[1:]
        if lang == "fr" and grouped and all(len(x) == 2 for x in [g]) and rng.random() < 0.8:
            toks.append(fr_pair(g))
        else:
            i = 0
            while i < len(g):
                d = g[i]
                run = 1
                while i + run < len(g) and g[i + run] == d:
                    run += 1
                if lang == "en" and run >= 2 and rng.random() < 0.5:
                    n = 3 if run >= 3 and rng.random() < 0.5 else 2
                    toks.append(("triple " if n == 3 else "double ") + digit_word(d, lang, rng))
                    i += n
                else:
                    toks.append(digit_word(d, lang, rng))
                    i += 1
        parts.append(" ".join(toks))
    out = gsep.join(parts) if grouped else " ".join(parts)
    if caps:
        out = out.upper()
    return out


def mixed_form(s, lang, rng):
    digits = [i for i, c in enumerate(s) if c.isdigit()]
    k = max(2, int(len(digits) * rng.uniform(0.25, 0.6)))
    pick = set(rng.sample(digits, min(k, len(digits) - 2)))
    out = []
    for i, c in enumerate(s):
        if i in pick:
            out.append(" " + digit_word(c, lang, rng, allow_oh=False) + " ")
        else:
            out.append(c)
    return re.sub(r"\s+", " ", "".join(out)).strip()


def letters_form(s, rng):
    idx = [i for i, c in enumerate(s) if c in "01"]
    if not idx:  # no 0 or 1 to swap: fall back to spacing the digits out
        return spaced_form(s, rng)
    chosen = [i for i in idx if rng.random() < 0.7] or [rng.choice(idx)]
    zero = rng.choice(["O", "o", "O"])
    one = rng.choice(["l", "I", "l"])
    out = list(s)
    for i in chosen:
        out[i] = zero if s[i] == "0" else one
    return "".join(out)


def spaced_form(s, rng, sep=None):
    sep = sep if sep is not None else rng.choice(SEP_STYLES)
    toks = [c for c in s if c.isdigit() or c in "+OolI"]
    return sep.join(toks)


def unicode_form(s, rng):
    kind = rng.choice(list(UNI_SETS) + ["circled", "keycap"])
    out = []
    for c in s:
        if c.isdigit():
            d = int(c)
            if kind == "circled":
                out.append(CIRCLED[d])
            elif kind == "keycap":
                out.append(c + "\ufe0f\u20e3")
            else:
                out.append(chr(UNI_SETS[kind] + d))
        else:
            out.append(c)
    return "".join(out)


def area_first_form(p, lang, rng):
    a = p.area
    r = " ".join(p.rest) if rng.random() < 0.6 else "".join(p.rest)
    if p.cc == "1" and rng.random() < 0.5:
        r = "-".join(p.rest)
    if lang == "fr":
        return rng.choice(["indicatif %s, puis %s", "commencez par %s, ensuite %s",
                           "d'abord %s puis %s", "%s en premier, suivi de %s"]) % (a, r)
    return rng.choice(["area code %s, then %s", "%s is the area code, the rest is %s",
                       "start with %s then add %s", "%s first ... then %s",
                       "first part %s, second part %s", "code %s + %s"]) % (a, r)


def render_phone(p, lang, ad_country, obscure, style, rng):
    foreign = p.country != ad_country and not (p.cc == "1" and ad_country in ("US", "CA"))
    intl = foreign or rng.random() < 0.2
    forms = plain_forms(p, intl)
    if obscure:  # a "(0)" trunk hint would make spelled-out digits ambiguous
        forms = [f for f in forms if "(0)" not in f]
    base = rng.choice(forms)
    if not obscure:
        return base
    if style == "area_first" and intl:
        style = "letters"
    if style == "area_first":
        return area_first_form(p, lang, rng)
    if style == "words":
        return words_form(base, lang, rng, grouped=False)
    if style == "words_grouped":
        if lang == "fr" and p.cc == "33" and not intl:
            base = p.area + " " + " ".join(p.rest)
        return words_form(base, lang, rng, grouped=True)
    if style == "mixed":
        return mixed_form(base, lang, rng)
    if style == "letters":
        return letters_form(base, rng)
    if style == "letters_spaced":
        return spaced_form(letters_form(base, rng), rng)
    if style == "spaced":
        return spaced_form(base, rng)
    if style == "emoji":
        return spaced_form(base, rng, sep=rng.choice(EMOJI_SEPS))
    if style == "unicode":
        return unicode_form(base, rng)
    raise ValueError(style)


# --------------------------------------------------------------------------------------
# Text banks.  Tags: T trust, Y youth, E ethnicity, P third person, A always, M movement
# --------------------------------------------------------------------------------------
TAGNAME = {"T": "trust_language", "O": "obscured_contact", "Y": "youth_language",
           "E": "ethnicity_nationality", "P": "third_person_voice", "A": "always_available",
           "M": "movement"}
TAG_ORDER = ["T", "O", "Y", "E", "P", "A", "M"]

BANK = {
    "en": {
        "intro1": ["Hi gentlemen, I'm {name}.", "Hello, my name is {name}.", "{name} here.",
                   "Hey, it's {name} :)", "Good evening, I am {name}.", "Hi there, {name} speaking.",
                   "Welcome to my page, I'm {name}.", "{name} ~ companion and good listener."],
        "intro3": ["Meet {name}, she is waiting for your call.", "We have {name} available to meet you.",
                   "{name} is one of my girls and she will make you feel at home.",
                   "Our agency introduces {name}.", "Let us introduce {name}, our sweetest lady.",
                   "{name} joins our team of ladies this month.",
                   "We present {name}; she will look after you.",
                   "Our lovely {name} is taking bookings through us."],
        "third": ["Call to book with her.", "She will meet you at the apartment.",
                  "Ask our receptionist about the other ladies.", "Her manager answers the phone.",
                  "Bookings are handled by us, not by the lady.", "We have more girls, just ask.",
                  "She only sees gentlemen who book through us.", "Our drivers can bring her to you."],
        "neutral": ["Relaxing company after a long day.", "Dinner dates, drinks and good conversation.",
                    "Quiet private apartment, easy parking.", "Elegant and friendly, loves a good chat.",
                    "Travel companion for business trips.", "Let's have a coffee and see how the evening goes.",
                    "Warm smile and easy-going personality.", "Tea, music and a relaxing massage.",
                    "Shower available.", "Smart dress appreciated.", "Loves jazz, films and long walks.",
                    "Soft music, candles and a calm atmosphere.", "{I_am} a good listener.",
                    "Height {height}.", "Gentle, calm and chatty.", "Happy to go to dinner or the theatre."],
        "trust": ["Genuine and discreet.", "100% real photos, no surprises.",
                  "Professional, respectful and punctual.", "Clean, safe and private place.",
                  "Discretion guaranteed.", "Reliable and honest, what you see is what you get.",
                  "Trustworthy lady, verified pictures.", "All photos are recent and real.",
                  "Safe, hygienic and relaxed setting.", "Real person, real pictures, no fakes.",
                  "You can count on total discretion.", "High standards of hygiene and privacy, very discreet.",
                  "Respectful and reliable, never a no-show.", "Honest ad, genuine pics."],
        "youth": ["Young and fresh.", "Just turned 18.", "Student, sweet and a little shy.",
                  "Fresh face, very sweet.", "Brand new girl, young and bubbly.",
                  "College student looking for company.", "New face, young and cheerful.",
                  "Youthful, fresh and playful.", "Sweet young lady.", "Only just 18 and a little shy."],
        "eth": ["{Eth} beauty.", "{I_am} {eth}.", "Sweet {eth} girl.", "Originally from {land}.",
                "{Eth} and proud of it.", "Lovely {eth} companion.", "Half {eth}, half {eth2}.",
                "Exotic {eth} lady.", "Born in {land}, living here now."],
        "always": ["Available 24/7.", "Open 24 hours, 7 days a week.", "Any time, day or night.",
                   "No days off, call whenever you like.", "Outcall at any hour.",
                   "Around the clock, late nights welcome.", "Available all day every day.",
                   "All night, every night.", "24hrs incall and outcall.",
                   "Never closed, even on holidays.", "Call anytime - 3am is fine too."],
        "movement": ["New in town!", "Just arrived in {city}.", "Leaving soon, don't miss out.",
                     "Touring: {city} this week only.", "Last days in {city}!",
                     "Only in {city} until {weekday}.", "Visiting {city} for a few days.",
                     "On tour, next stop {city2}.", "Here for a short stay only.",
                     "Back in {city} for one week."],
        "hours": ["Available {t1} to {t2}.", "Hours: {t1}-{t2}, Mon-Sat.", "Evenings only, from {t1}.",
                  "Weekdays {t1}-{t2}, weekends by appointment.", "Appointments between {t1} and {t2}."],
        "rates": ["Rates: {cur}{p1} half hour, {cur}{p2} hour.", "{cur}{p2}/hr.", "From {cur}{p1}.",
                  "Dinner date {cur}{p3}.", "Half hour {cur}{p1} | Hour {cur}{p2}.",
                  "Donation {cur}{p2} per hour.", "1h = {cur}{p2}, 2h = {cur}{p3}.",
                  "One fifty for the hour, longer dates negotiable."],
        "location": ["Incall near {area}.", "Based near {area}, {city}.", "Outcall to hotels in {city}.",
                     "Near {area}, {postcode}.", "Private flat close to {area}.",
                     "{city}, {area}, incall only."],
        "contact1": ["Call or text {phone}.", "Text first: {phone}", "WhatsApp {phone}",
                     "Tel: {phone}", "Ring me on {phone}.", "Number: {phone} (no withheld numbers).",
                     "Text me at {phone}, calls after 6.", "Contact {phone}"],
        "contact3": ["Call to book with her: {phone}.", "Bookings: {phone}, ask for {name}.",
                     "Call us on {phone} to book with her.", "Reception: {phone}",
                     "Text us on {phone} and we will arrange it."],
        "outro": ["Looking forward to meeting you.", "Gentlemen only.", "No rush, no pressure.",
                  "Kisses x", "See you soon.", "Polite messages get answered first."],
        "alt": ["Second number: {phone}", "If no answer try {phone}", "New number {phone}",
                "Old number no longer in use, use {phone}"],
        "handle": ["Message {handle} on the app.", "Also on chat: {handle}", "Handle {handle}"],
        "email": ["Email {email}", "Or write to {email}"],
    },
    "fr": {
        "intro1": ["Bonjour messieurs, je suis {name}.", "Coucou, c'est {name}.", "{name}, enchantée.",
                   "Bonsoir, je m'appelle {name}.", "Moi c'est {name} :)", "Bienvenue, ici {name}."],
        "intro3": ["Voici {name}, elle vous attend.", "Nous avons {name} disponible pour vous.",
                   "{name} fait partie de nos filles.", "Notre agence vous présente {name}.",
                   "Nous vous présentons {name}, elle saura vous accueillir."],
        "third": ["Appelez pour réserver avec elle.", "Elle vous reçoit dans notre appartement.",
                  "Demandez nos autres filles.", "Les réservations se font avec nous.",
                  "Son manager répond au téléphone."],
        "neutral": ["Moment de détente après le travail.", "Dîner, verre et bonne conversation.",
                    "Appartement calme et privé.", "Élégante et souriante.",
                    "Accompagnatrice pour voyages d'affaires.", "Thé, musique douce et massage relaxant.",
                    "{I_am} à l'écoute.", "Taille {height}.", "Douche disponible.",
                    "Aime le cinéma et les longues promenades."],
        "trust": ["Discrète et respectueuse.", "Photos 100 % réelles.", "Sérieuse et professionnelle.",
                  "Cadre propre, sûr et discret.", "Fiable, ponctuelle, respectueuse.",
                  "Vraies photos, aucune mauvaise surprise.", "Discrétion assurée.",
                  "Hygiène irréprochable et discrétion totale.", "Annonce sérieuse, photos authentiques."],
        "youth": ["Jeune et fraîche.", "Vient d'avoir 18 ans.", "Étudiante, douce et timide.",
                  "Toute jeune, nouvelle fille.", "Jeune étudiante souriante.",
                  "Nouveau visage, jeune et pétillante."],
        "eth": ["Belle {eth}.", "{I_am} {eth}.", "Originaire de {land}.", "Jolie {eth} souriante.",
                "Douce {eth}.", "Née en {land}."],
        "always": ["Disponible 24h/24 et 7j/7.", "Jour et nuit, sans jour de repos.",
                   "Disponible à toute heure.", "Ouvert tous les jours, toute la nuit.",
                   "Déplacements à toute heure.", "Joignable nuit et jour, 7 jours sur 7."],
        "movement": ["Nouvelle en ville !", "De passage à {city}.", "Juste arrivée à {city}.",
                     "Derniers jours à {city} !", "En tournée, bientôt à {city2}.",
                     "Seulement quelques jours à {city}.", "Je repars bientôt, ne tardez pas."],
        "hours": ["Disponible de {t1} à {t2}.", "Du lundi au samedi, {t1}-{t2}.", "Le soir à partir de {t1}."],
        "rates": ["Tarifs : {p1}{cur} la demi-heure, {p2}{cur} l'heure.", "{p2}{cur} de l'heure.", "À partir de {p1}{cur}.",
                  "1h {p2} {cur}, 2h {p3} {cur}."],
        "location": ["Je reçois près de {area}.", "Quartier {area}, {city}.", "Déplacement hôtels {city}.",
                     "Près de {area}, {postcode}."],
        "contact1": ["Appelez ou SMS au {phone}.", "Tél : {phone}", "Contact : {phone}, pas de numéro masqué.",
                     "WhatsApp : {phone}", "SMS d'abord : {phone}"],
        "contact3": ["Appelez pour réserver avec elle : {phone}.", "Réservations au {phone}, demandez {name}.",
                     "Appelez-nous au {phone}."],
        "outro": ["À très vite.", "Messieurs courtois uniquement.", "Bisous.", "Au plaisir de vous rencontrer."],
        "alt": ["Deuxième numéro : {phone}", "Si pas de réponse : {phone}", "Nouveau numéro {phone}"],
        "handle": ["Messagerie : {handle}", "Aussi sur l'appli : {handle}"],
        "email": ["Mail : {email}", "Ou écrivez à {email}"],
    },
}
KIND_TAG = {"trust": "T", "youth": "Y", "eth": "E", "intro3": "P", "third": "P", "contact3": "P",
            "always": "A", "movement": "M"}

BOILER = {
    "en": ["Time and companionship only; advertisers confirm they are adults acting by choice.",
           "Posted via CityBoard. Report misuse quoting Ref {ref}.",
           "Safety notice: never pay a deposit up front. If you think someone is being exploited, tell the site's safety team.",
           "Ad #{adno} - posted {date} - report this ad",
           "Prices are for time only.",
           "Please no withheld numbers and no pushy messages.",
           "Listing ID {adno}. Renew before {date}.",
           "By contacting this advertiser you agree to the site terms (v{year}.2).",
           "This advertiser has not been verified by the site.",
           "Screenshots of this ad are not allowed. (c) {year} LocalListings",
           "Do not reply with links; spam is reported automatically."],
    "fr": ["Annonce déposée via PetitesVilles. Signaler un abus : réf. {ref}.",
           "Conseil de sécurité : ne payez jamais d'acompte à l'avance.",
           "Annonce n° {adno} publiée le {date}.",
           "Temps et compagnie uniquement, entre adultes.",
           "Pas de numéros masqués, merci.",
           "Cet annonceur n'a pas été vérifié par le site."],
}

SIG_A = ["Velvet", "Golden", "Silver", "Midnight", "Sunset", "Honey", "Crystal", "Scarlet", "Amber",
         "Ivory", "Coral", "Jasmine", "Lotus", "Azure", "Cherry", "Moonlit", "Satin", "Opal"]
SIG_B = ["evenings", "moments", "company", "smiles", "dreams", "hours", "conversations", "escapes",
         "getaways", "secrets", "memories", "whispers"]
SIG_C = ["for the refined gentleman", "worth every minute", "like no other", "you will remember",
         "at your pace", "with a touch of class", "to end your week", "in the heart of the city",
         "without the rush", "the way it should be"]
SIG_FR_C = ["pour gentlemen raffinés", "à votre rythme", "comme nulle part ailleurs",
            "avec une touche de classe", "pour finir la semaine"]
SEPARATORS = [" ", " ", "\n", " ~ ", " | ", " ✨ ", " 💋 ", " ... ", " ♡ ", " *** ", "\n\n"]
SYN = [("apartment", "flat"), ("gentlemen", "guys"), ("conversation", "chat"), ("Relaxing", "Soothing"),
       ("relaxing", "soothing"), ("friendly", "sweet"), ("near", "close to"),
       ("Hello", "Hi"), ("Call", "Phone"), ("appreciated", "preferred"), ("Lovely", "Gorgeous"),
       ("lovely", "gorgeous"), ("drinks", "cocktails"), ("films", "movies"), ("smile", "laugh")]

NAMES = ["Sofia", "Anna", "Mia", "Lucy", "Jessica", "Bella", "Chloe", "Emma", "Nina", "Lola",
         "Kira", "Jade", "Amber", "Ruby", "Lily", "Eva", "Maya", "Natalia", "Camila", "Valentina",
         "Yuki", "Mei", "Lin", "Sakura", "Alina", "Diana", "Irina", "Olga", "Gabriela", "Isabella",
         "Angel", "Candy", "Roxy", "Scarlett", "Stella", "Vanessa", "Monica", "Tina", "Zoe", "Layla",
         "Chanel", "Destiny", "Paris", "Summer", "Crystal", "Amelie", "Manon", "Léa", "Inès", "Clara"]

ETHS = [  # en adj, en land, fr adj, fr land
    ("Latina", "Latin America", "latine", "Amérique latine"), ("Asian", "Asia", "asiatique", "Asie"),
    ("Brazilian", "Brazil", "brésilienne", "Brésil"), ("Eastern European", "Eastern Europe", "d'Europe de l'Est", "Europe de l'Est"),
    ("Thai", "Thailand", "thaïlandaise", "Thaïlande"), ("Russian", "Russia", "russe", "Russie"),
    ("Colombian", "Colombia", "colombienne", "Colombie"), ("Romanian", "Romania", "roumaine", "Roumanie"),
    ("Ukrainian", "Ukraine", "ukrainienne", "Ukraine"), ("Japanese", "Japan", "japonaise", "Japon"),
    ("Korean", "Korea", "coréenne", "Corée"), ("Chinese", "China", "chinoise", "Chine"),
    ("Vietnamese", "Vietnam", "vietnamienne", "Vietnam"), ("Filipina", "the Philippines", "philippine", "Philippines"),
    ("Polish", "Poland", "polonaise", "Pologne"), ("Spanish", "Spain", "espagnole", "Espagne"),
    ("Italian", "Italy", "italienne", "Italie"), ("Venezuelan", "Venezuela", "vénézuélienne", "Venezuela"),
    ("Dominican", "the Dominican Republic", "dominicaine", "République dominicaine"),
    ("Moroccan", "Morocco", "marocaine", "Maroc"), ("Nigerian", "Nigeria", "nigériane", "Nigeria"),
    ("Czech", "the Czech Republic", "tchèque", "République tchèque"), ("Hungarian", "Hungary", "hongroise", "Hongrie"),
]

AREAS = {"en": ["the city centre", "the station", "the high street", "the retail park", "the marina",
                "downtown", "midtown", "the airport", "the convention center", "the old town",
                "the business district", "the waterfront"],
         "fr": ["centre-ville", "la gare", "le quartier d'affaires", "l'opéra", "le vieux port", "la place"]}
WEEKDAYS = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
            "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]}
CUR = {"GB": "£", "US": "$", "CA": "$", "AU": "$", "FR": "€", "IE": "€", "NZ": "$"}

TITLES = {"en": ["{name} - {city}", "{name} ♡ {city}", "Companionship in {city}", "Relaxing massage {city}",
                 "{name}", "Dinner dates {city}", "{name} | {area}", "Sweet company {city}",
                 "{name} ~ {city} ~", "Massage and company", "Dating {city}"],
          "fr": ["{name} - {city}", "Massage relaxant {city}", "{name} ♡", "Compagnie à {city}",
                 "Rencontre {city}", "{name} | {area}"]}

# --------------------------------------------------------------------------------------
# Decoy digit strings
# --------------------------------------------------------------------------------------


def postcode(country, city, rng):
    L = "ABDEFGHJLNPQRSTUWXYZ"
    if country == "GB":
        return "%s %d%s%s" % (rng.choice(GB_POST.get(city, ["W1"])), rng.randrange(10), rng.choice(L), rng.choice(L))
    if country == "US":
        return "%05d" % rng.randrange(10000, 99999)
    if country == "CA":
        D = "0123456789"
        return "%s%s%s %s%s%s" % (CA_POST_LETTER.get(city, "M"), rng.choice(D), rng.choice(L),
                                  rng.choice(D), rng.choice(L), rng.choice(D))
    if country == "AU":
        return AU_CITIES.get(city, ("", "2000"))[1]
    if country == "FR":
        return FR_CITIES.get(city, ("", "", "75"))[2] + "%03d" % rng.choice([0, 1, 2, 3, 4, 5, 8, 10, 11, 15, 20])
    if country == "IE":
        return "%s %s%d%d%d" % (IE_CITIES.get(city, "D02"), rng.choice(L), rng.randrange(10), rng.randrange(10), rng.randrange(10))
    if country == "NZ":
        return NZ_CITIES.get(city, "1010")
    return ""


def fmt_date(dt, country, rng):
    s = rng.random()
    if s < 0.35:
        return dt.strftime("%d/%m/%Y") if country not in ("US",) else dt.strftime("%m/%d/%Y")
    if s < 0.6:
        return dt.strftime("%Y-%m-%d")
    if s < 0.8:
        return dt.strftime("%d.%m.%Y")
    return dt.strftime("%d %b %Y")


def fmt_time(h, country, rng):
    if country in ("US", "CA", "AU") and rng.random() < 0.6:
        return "%d%s" % (h % 12 or 12, "am" if h < 12 else "pm")
    if country == "FR":
        return "%dh" % h if rng.random() < 0.6 else "%02d:00" % h
    return "%02d:%02d" % (h, rng.choice([0, 0, 30]))


def height(country, rng):
    if country in ("US", "CA") or (country == "GB" and rng.random() < 0.6):
        return "%d'%d\"" % (5, rng.randrange(1, 10))
    return "1.%02dm" % rng.randrange(55, 80) if country != "FR" else "1m%02d" % rng.randrange(55, 80)


def decoy_line(lang, country, city, dt, rng):
    n10 = str(rng.randrange(10 ** 9, 10 ** 10))
    n11 = str(rng.randrange(10 ** 10, 10 ** 11))
    if lang == "fr":
        return rng.choice([
            "Annonce n° %s." % n10, "Réf. %s" % n11, "Mise à jour le %s." % fmt_date(dt, country, rng),
            "Code postal %s." % postcode(country, city, rng), "Depuis %d." % rng.randrange(2015, 2024),
            "Ouvert de %s à %s." % (fmt_time(rng.randrange(9, 13), country, rng), fmt_time(rng.randrange(18, 23), country, rng)),
        ])
    return rng.choice([
        "Ad #%s" % n10, "Ref %s" % n11, "Ad ID: %s" % str(rng.randrange(10 ** 7, 10 ** 11)),
        "Updated %s." % fmt_date(dt, country, rng), "Postcode %s." % postcode(country, city, rng),
        "Since %d." % rng.randrange(2015, 2024), "Order no. %d-%04d-%04d" % (dt.year, rng.randrange(10000), rng.randrange(10000)),
        "Open %s-%s." % (fmt_time(rng.randrange(9, 13), country, rng), fmt_time(rng.randrange(18, 23), country, rng)),
        "Verified %s, ID %s." % (fmt_date(dt, country, rng), n10),
    ])


# --------------------------------------------------------------------------------------
# Benign ads (no indicators)
# --------------------------------------------------------------------------------------

def benign_ad(lang, country, city, dt, rng, phone_txt):
    cur = CUR[country]
    pc = postcode(country, city, rng)
    date = fmt_date(dt + timedelta(days=rng.randrange(3, 40)), country, rng)
    t1 = fmt_time(rng.choice([8, 9, 10]), country, rng)
    t2 = fmt_time(rng.choice([17, 18, 19]), country, rng)
    c = ("Call %s." % phone_txt) if phone_txt else "Message through the site."
    cf = ("Tél. %s." % phone_txt) if phone_txt else "Contactez-moi via le site."
    if lang == "fr":
        kind = rng.choice(["room", "item", "job", "clinic", "nanny", "tutor"])
        opts = {
            "room": ("Chambre à louer %s" % city,
                     "Chambre meublée de %d m² dans un appartement calme, %d %s/mois charges comprises. Libre le %s. %s %s"
                     % (rng.randrange(9, 20), rng.randrange(350, 900), cur, date, pc, cf)),
            "item": ("Vends vélo de ville", "Vélo de ville %d vitesses, très bon état, %d %s. Année %d. À récupérer %s. %s"
                     % (rng.choice([3, 7, 21]), rng.randrange(60, 400), cur, rng.randrange(2012, 2023), pc, cf)),
            "job": ("Recrutement serveur/serveuse", "Nous recrutons pour la saison, %d %s brut/mois, 35h. Entretien le %s à %s. %s"
                    % (rng.randrange(1700, 2200), cur, date, t1, cf)),
            "clinic": ("Cabinet de kinésithérapie", "Massage suédois et sportif, douleurs de dos et d'épaules. Du lundi au vendredi %s-%s. Séance 45 min %d %s. %s %s"
                       % (t1, t2, rng.randrange(40, 80), cur, pc, cf)),
            "nanny": ("Garde d'enfants", "Nounou avec %d ans d'expérience, disponible en semaine de %s à %s, %d %s/h. %s"
                      % (rng.randrange(3, 15), t1, t2, rng.randrange(10, 16), cur, cf)),
            "tutor": ("Cours de maths", "Cours particuliers de maths et physique, niveau lycée, %d %s/h. Depuis %d. %s"
                      % (rng.randrange(18, 40), cur, rng.randrange(2010, 2023), cf)),
        }
        return opts[kind]
    kind = rng.choice(["room", "item", "job", "clinic", "nanny", "tutor", "car", "cleaning", "pet"])
    opts = {
        "room": ("Double room to let - %s" % city,
                 rng.choice(["We have a bright double room in a shared house, %s%d pcm incl. bills. Newly renovated kitchen. Available from %s. %s %s",
                             "Room in a quiet house share, %s%d per month, bills included. Free from %s. Near %s. %s"])
                 % (cur, rng.randrange(400, 1200), date, pc, c)),
        "item": ("For sale: " + rng.choice(["mountain bike", "sofa", "coffee machine", "desk", "guitar"]),
                 "Brand new, still boxed, %s%d. Bought %s, order no. %d-%05d. Collection from %s only. %s"
                 % (cur, rng.randrange(40, 600), date, dt.year, rng.randrange(100000), pc, c)),
        "job": ("Warehouse operatives wanted", rng.choice([
            "We have vacancies for warehouse operatives, %s%.2f/hr, shifts %s-%s. Start %s. %s",
            "Night shifts in our 24/7 distribution centre, %s%.2f/hr, %s to %s rota. Interviews %s. %s"])
                % (cur, rng.randrange(1100, 2400) / 100, t1, t2, date, c)),
        "clinic": ("Sports & Swedish massage clinic", rng.choice([
            "Swedish and sports massage for back and shoulder pain. Mon-Sat %s-%s. 60 min %s%d. %s %s",
            "Traditional Thai massage and deep tissue treatments for back pain. Open %s-%s, %s%d per session. Clinic at %s. %s"])
                   % (t1, t2, cur, rng.randrange(40, 120), pc, c)),
        "nanny": ("Nanny available", "Nanny with %d years' experience, available weekdays %s-%s, %s%d/hr. Loves outdoor play and crafts. %s"
                  % (rng.randrange(3, 15), t1, t2, cur, rng.randrange(12, 25), c)),
        "tutor": ("Maths tutor", "GCSE/A-level and SAT maths tutoring, %s%d per hour, since %d. Online or at %s. %s"
                  % (cur, rng.randrange(20, 60), rng.randrange(2008, 2023), pc, c)),
        "car": ("%d hatchback for sale" % rng.randrange(2009, 2021), "%d miles, MOT until %s, %s%d ono. Reg year %d. %s"
                % (rng.randrange(20000, 140000), date, cur, rng.randrange(1500, 9000), rng.randrange(2009, 2021), c)),
        "cleaning": ("Domestic cleaning", "We have two slots free for weekly house cleaning, %s%d/hr, own supplies. Postcode %s area. %s"
                     % (cur, rng.randrange(14, 28), pc, c)),
        "pet": ("Dog walking", "Dog walks %s-%s around %s, %s%d per walk. %s" % (t1, t2, pc, cur, rng.randrange(10, 20), c)),
    }
    return opts[kind]


# --------------------------------------------------------------------------------------
# Ad construction
# --------------------------------------------------------------------------------------

def rand_hash(rng):
    return "%064x" % rng.getrandbits(256)


def near_copy(h, rng):
    v = int(h, 16)
    for b in rng.sample(range(256), rng.randint(1, 12)):
        v ^= 1 << b
    return "%064x" % v


def lang_for(country, city, rng, net_lang_pref=None):
    if country == "FR":
        return "fr" if rng.random() < 0.85 else "en"
    if city == "Montreal" and country == "CA":
        return net_lang_pref if net_lang_pref else ("fr" if rng.random() < 0.5 else "en")
    return "en"


def make_template(rng, profile, voice):
    """An abstract template: list of [kind, variant, optional]."""
    segs = []
    segs.append(["intro3" if voice == "third" else "intro1", rng.randrange(20), False])
    body = []
    for _ in range(rng.randint(1, 4)):
        body.append(["neutral", rng.randrange(40), True])
    for tag, kind in [("T", "trust"), ("Y", "youth"), ("E", "eth"), ("A", "always"), ("M", "movement")]:
        if tag in profile:
            for _ in range(1 if rng.random() < 0.8 else 2):
                body.append([kind, rng.randrange(40), True])
    if voice == "third" and rng.random() < 0.6:
        body.append(["third", rng.randrange(20), True])
    if "A" not in profile and rng.random() < 0.6:
        body.append(["hours", rng.randrange(20), True])
    body.append(["rates", rng.randrange(20), True])
    body.append(["location", rng.randrange(20), True])
    rng.shuffle(body)
    segs += body
    segs.append(["contact3" if voice == "third" else "contact1", rng.randrange(20), False])
    if rng.random() < 0.5:
        segs.append(["outro", rng.randrange(20), True])
    return segs


def paraphrase(tpl, rng, strength):
    segs = [list(s) for s in tpl]
    out = []
    for s in segs:
        if s[2] and rng.random() < 0.12 * strength:
            continue  # line dropped
        if rng.random() < 0.25 * strength:
            s[1] = rng.randrange(40)  # reworded within the category
        out.append(s)
    mids = list(range(1, len(out) - 1))
    if len(mids) >= 2 and rng.random() < 0.4 * strength:
        i = rng.choice(mids[:-1])
        out[i], out[i + 1] = out[i + 1], out[i]
    if rng.random() < 0.2 * strength:
        out.insert(rng.randint(1, max(1, len(out) - 1)), ["neutral", rng.randrange(40), True])
    return out


def apply_syn(text, rng, p):
    for a, b in SYN:
        if rng.random() < p:
            src, dst = (a, b) if rng.random() < 0.5 else (b, a)
            text = re.sub(r"\b%s\b" % re.escape(src), dst, text)
    return text


def render(segs, ctx, lang, rng, style):
    bank = BANK[lang]
    tags = set()
    parts = []
    for kind, var, _opt in segs:
        lst = bank[kind]
        s = lst[var % len(lst)]
        s = s.format(**ctx)
        if kind not in KIND_TAG and lang == "en" and kind not in ("contact1",):
            s = apply_syn(s, rng, style["syn"])
        if kind in KIND_TAG:
            tags.add(KIND_TAG[kind])
        parts.append(s)
    return parts, tags


class Ctx(dict):
    pass


def build_ctx(lang, country, city, city2, name, eth, eth2, voice, prices, dt, rng):
    cur = CUR.get(country, "$")
    e_en, land_en, e_fr, land_fr = eth
    tseed = rng.random()  # same time style for both ends of a range
    return {
        "name": name, "city": city, "city2": city2,
        "area": rng.choice(AREAS[lang]), "postcode": postcode(country, city, rng),
        "cur": cur, "p1": prices[0], "p2": prices[1], "p3": prices[2],
        "t1": fmt_time(rng.choice([10, 11, 12, 14, 18]), country, random.Random(tseed)),
        "t2": fmt_time(rng.choice([20, 21, 22, 23]), country, random.Random(tseed)),
        "weekday": rng.choice(WEEKDAYS[lang]), "height": height(country, rng),
        "Eth": e_en if lang == "en" else e_fr.capitalize(),
        "eth": e_en if lang == "en" else e_fr,
        "eth2": eth2[0] if lang == "en" else eth2[2],
        "land": land_en if lang == "en" else land_fr,
        "I_am": ("I'm" if voice == "first" else "She's") if lang == "en" else ("Je suis" if voice == "first" else "Elle est"),
        "phone": "{phone}", "handle": "{handle}", "email": "{email}",
    }


def assemble(parts, style, rng):
    sep = style["sep"]
    text = sep.join(p for p in parts if p)
    if style.get("caps_first") and parts:
        text = text.replace(parts[0], parts[0].upper(), 1)
    if style.get("emoji") and rng.random() < 0.7:
        text = style["emoji"] + " " + text
    return text


# --------------------------------------------------------------------------------------
# Corpus generator
# --------------------------------------------------------------------------------------

START = datetime(2024, 1, 1)


class Gen:
    def __init__(self, seed, n):
        self.rng = random.Random(seed)
        self.n = n
        self.pool = PhonePool(random.Random(seed * 7919 + 1))
        self.stock = [rand_hash(self.rng) for _ in range(40)]
        self.items = []  # (datetime, ad dict without id, truth dict without id)
        self.email_ctr = 0

    # ---------------- helpers
    def pick_country(self, with_phones=True):
        r = self.rng.random()
        acc = 0
        for c, w in COUNTRY_WEIGHTS.items():
            acc += w
            if r < acc:
                return c
        return "GB"

    def new_email(self):
        self.email_ctr += 1
        r = self.rng
        user = r.choice(["rose", "star", "angel", "honey", "velvet", "kitty", "blue", "sun", "moon", "vip",
                         "book", "agency", "lux", "bliss"]) + r.choice(["", "_", "."]) + r.choice(
            ["bookings", "girls", "x", "love", "dates", "time", "club", "city"]) + str(r.randrange(10, 9999))
        return "%s%d@%s" % (user, self.email_ctr % 97, r.choice(["example.com", "example.net", "example.org", "mail.example"]))

    def new_handle(self):
        r = self.rng
        return "@" + r.choice(["sweet", "lady", "dream", "vip", "velvet", "rose", "city", "star"]) + r.choice(
            ["_", ".", ""]) + r.choice(["time", "dates", "company", "bliss", "x", "belle"]) + "_" + str(r.randrange(100, 99999))

    def photos_from_pool(self, pool, k):
        r = self.rng
        out = []
        for h in r.sample(pool, min(k, len(pool))):
            out.append(h if r.random() < 0.6 else near_copy(h, r))
        return out

    def emit(self, dt, city, country, lang, title, text, phone_field, email_field, images, network, phones,
             tags):
        r = self.rng
        ad = {"title": title, "text": text, "posted_at": dt.strftime("%Y-%m-%dT%H:%M:%S"), "city": city}
        if r.random() < 0.5:
            ad["country"] = country
        if phone_field:
            ad["phone"] = phone_field
        if email_field:
            ad["email"] = email_field
        ad["images"] = images
        seen = []
        for p in phones:
            if p not in seen:
                seen.append(p)
        truth = {"network": network, "phones": seen,
                 "indicators": [TAGNAME[t] for t in TAG_ORDER if t in tags]}
        self.items.append((dt, ad, truth))

    def phone_strings(self, phones_text, phone_field_p, lang, country, obscure_rate, styles, ctx_rng):
        """Render the text phones; returns (text strings, obscured?, field string, field phone)."""
        r = self.rng
        strs, obsc = [], False
        for p in phones_text:
            ob = r.random() < obscure_rate
            s = render_phone(p, lang, country, ob, r.choice(styles), r)
            obsc = obsc or ob
            strs.append(s)
        field = None
        if phone_field_p is not None:
            foreign = phone_field_p.country != country and not (phone_field_p.cc == "1" and country in ("US", "CA"))
            field = r.choice(plain_forms(phone_field_p, foreign or r.random() < 0.3))
        return strs, obsc, field

    def adult_ad(self, *, dt, city, country, lang, tpl, name, eth, eth2, voice, prices, style, text_phones,
                 field_phone, obscure_rate, ob_styles, images, network, handle=None, email=None,
                 email_in_field=False, city2=None, para_strength=1.0, extra_move=None):
        r = self.rng
        ctx = build_ctx(lang, country, city, city2 or city, name, eth, eth2, voice, prices, dt, r)
        segs = paraphrase(tpl, r, para_strength) if para_strength > 0 else [list(s) for s in tpl]
        if extra_move is not None:
            segs.insert(len(segs) - 1, ["movement", extra_move, True])
        contact_kinds = ("contact1", "contact3")
        # phones: first goes in contact line, others in "alt" lines
        if not text_phones:
            segs = [s for s in segs if s[0] not in contact_kinds]
            if voice == "third" and not any(s[0] in ("intro3", "third") for s in segs):
                segs.insert(0, ["intro3", r.randrange(20), False])
        else:
            for _ in text_phones[1:]:
                segs.insert(len(segs), ["alt", r.randrange(10), False])
        if handle and r.random() < 0.7:
            segs.append(["handle", r.randrange(10), False])
        if email and not email_in_field:
            segs.append(["email", r.randrange(10), False])
        if r.random() < style["decoy"]:
            segs.insert(r.randint(1, len(segs)), ["@decoy", 0, False])
        parts_segs = [s for s in segs if s[0] != "@decoy"]
        parts, tags = render(parts_segs, ctx, lang, r, style)
        # re-insert decoys
        k = 0
        final = []
        for s in segs:
            if s[0] == "@decoy":
                final.append(decoy_line(lang, country, city, dt, r))
            else:
                final.append(parts[k])
                k += 1
        if r.random() < style["boiler"]:
            b = r.choice(BOILER[lang]).format(ref=r.randrange(10 ** 9, 10 ** 10), adno=r.randrange(10 ** 9, 10 ** 10),
                                              date=fmt_date(dt, country, r), year=dt.year)
            final.append(b)
        if style.get("sig"):
            final.insert(r.randint(1, max(1, len(final) - 1)), style["sig"][lang])
        text = assemble(final, style, r)
        strs, obsc, field = self.phone_strings(text_phones, field_phone, lang, country, obscure_rate, ob_styles, r)
        for s in strs:
            text = text.replace("{phone}", s, 1)
        text = text.replace("{handle}", handle or "").replace("{email}", email or "")
        if obsc:
            tags.add("O")
        title = r.choice(TITLES[lang]).format(name=name, city=city, area=ctx["area"])
        phones = [p.e164 for p in text_phones] + ([field_phone.e164] if field_phone else [])
        self.emit(dt, city, country, lang, title, text, field, email if email_in_field else None, images,
                  network, phones, tags)

    def random_style(self, network):
        r = self.rng
        st = {"sep": r.choice(SEPARATORS), "syn": r.uniform(0.05, 0.4), "decoy": r.uniform(0.2, 0.7),
              "boiler": r.uniform(0.2, 0.7), "caps_first": r.random() < 0.15,
              "emoji": r.choice([None, None, "💋", "🌹", "✨", "💎", "🌸", "👑"])}
        if network:
            st["sig"] = {"en": "%s %s %s." % (r.choice(SIG_A), r.choice(SIG_B), r.choice(SIG_C)),
                         "fr": "%s - %s." % (r.choice(SIG_A), r.choice(SIG_FR_C))} if r.random() < 0.75 else None
        return st

    def random_profile(self, probs):
        return {t for t, p in probs.items() if self.rng.random() < p}

    # ---------------- networks
    def make_network(self, nid, size):
        r = self.rng
        kind = r.choices(["full", "photos_template", "phones_only", "contact_template"],
                         [0.55, 0.2, 0.15, 0.10])[0]
        home = self.pick_country()
        voice = "third" if r.random() < 0.38 else "first"
        profile = self.random_profile({"T": 0.6, "Y": 0.35, "E": 0.5, "A": 0.4, "M": 0.22})
        tpl = make_template(r, profile, voice)
        style = self.random_style(True)
        names = r.sample(NAMES, r.randint(1, min(8, 1 + size // 6)))
        eths = {nm: r.choice(ETHS) for nm in names}
        eth2 = r.choice(ETHS)
        base_p = r.choice([60, 70, 80, 90, 100, 120])
        prices = [base_p, base_p * 2 - r.choice([0, 10, 20]), base_p * 4]
        obscure_rate = r.choice([0.0, 0.1, 0.25, 0.4, 0.6, 0.9])
        ob_styles = r.sample(OBSCURE_STYLES, r.randint(1, 3))
        photo_pool = [rand_hash(r) for _ in range(r.randint(2, 4 + size // 5))]
        emails = [self.new_email() for _ in range(r.randint(1, 3))] if (
            kind == "contact_template" or r.random() < 0.3) else []
        handles = [self.new_handle() for _ in range(r.randint(1, 2))] if (
            kind == "contact_template" or r.random() < 0.25) else []
        # itinerary
        stops = max(1, min(8, int(r.expovariate(1 / (1 + size / 25))) + 1))
        itinerary = []
        c, city = home, r.choice(cities_of(home))
        for _ in range(stops):
            itinerary.append((c, city, r.randint(5, 25)))
            if r.random() < 0.15:
                c = {"GB": r.choice(["FR", "GB"]), "FR": "GB", "US": "CA", "CA": "US",
                     "AU": r.choice(["GB", "AU"])}[c]
            city = r.choice([x for x in cities_of(c) if x != city] or cities_of(c))
        t0 = START + timedelta(days=r.uniform(0, 330))
        # assign ads to stops, time-ordered
        total_days = sum(d for _, _, d in itinerary)
        times = sorted(r.uniform(0, total_days) for _ in range(size))
        ads = []
        for t in times:
            acc = 0
            for si, (cc, cty, d) in enumerate(itinerary):
                if t < acc + d or si == len(itinerary) - 1:
                    ads.append((t, si, cc, cty, (t - acc) / d))
                    break
                acc += d
        # phones per country (rotation)
        phones_by_country = {}
        local = r.random() < 0.5
        nph = max(1, min(8, 1 + int(r.expovariate(1 / (1 + size / 12)))))
        if kind == "phones_only":
            nph = r.randint(1, 3)
        if kind in ("full", "phones_only"):
            phones_by_country[home] = [p for p in (self.pool.new(home, itinerary[0][1]) for _ in range(nph)) if p]
            for cc, cty, _ in itinerary:
                if cc != home and local and cc not in phones_by_country:
                    phones_by_country[cc] = [p for p in (self.pool.new(cc, cty) for _ in range(max(1, nph // 2))) if p]
        counts = {}
        for a in ads:
            counts.setdefault(a[2] if a[2] in phones_by_country else home, []).append(a)
        rank = {}
        for cc, lst in counts.items():
            for i, a in enumerate(lst):
                rank[id(a)] = (cc, i / max(1, len(lst)))
        net_lang_pref = r.choice(["fr", "en"])
        for a in ads:
            t, si, cc, cty, frac = a
            dt = t0 + timedelta(days=t, seconds=r.randrange(86400) if r.random() < 0.3 else 0)
            dt = dt.replace(microsecond=0)
            lang = lang_for(cc, cty, r, net_lang_pref)
            if cc == "FR" and home != "FR" and r.random() < 0.3:
                lang = "en"
            name = r.choice(names)
            next_city = itinerary[si + 1][1] if si + 1 < len(itinerary) else r.choice(cities_of(cc))
            # phones
            text_phones, field_phone = [], None
            plist_cc, pos = rank[id(a)]
            plist = phones_by_country.get(plist_cc, [])
            if kind == "photos_template":
                if r.random() < 0.7:
                    p = self.pool.new(cc, cty)
                    plist = [p] if p else []
                    pos = 0
            if plist:
                idx = min(len(plist) - 1, int(pos * len(plist)))
                if r.random() < 0.2:
                    idx = max(0, min(len(plist) - 1, idx + r.choice([-1, 1])))
                main = plist[idx]
                mode = r.random()
                if mode < 0.45:
                    text_phones = [main]
                elif mode < 0.65:
                    field_phone = main
                else:
                    text_phones = [main]
                    field_phone = main
                if len(plist) > 1 and r.random() < 0.12:
                    other = plist[(idx + 1) % len(plist)]
                    if field_phone is not None and r.random() < 0.5:
                        field_phone = other
                    else:
                        text_phones.append(other)
            # photos
            if kind == "phones_only":
                imgs = [rand_hash(r) for _ in range(r.randint(0, 3))]
            else:
                imgs = self.photos_from_pool(photo_pool, r.randint(1, 4)) if r.random() < 0.95 else []
            if r.random() < 0.12:
                imgs.append(r.choice(self.stock))
            r.shuffle(imgs)
            # text
            if kind == "phones_only":
                p_prof = self.random_profile({"T": 0.5, "Y": 0.25, "E": 0.4, "A": 0.35, "M": 0.25})
                v = voice if r.random() < 0.7 else ("first" if voice == "third" else "third")
                tpl_a = make_template(r, p_prof, v)
                st = self.random_style(False)
                eth_a = r.choice(ETHS)
                pr = [r.choice([60, 80, 100, 150]), r.choice([150, 180, 200]), r.choice([300, 400])]
                self_v, para = v, 0.0
                name_a = r.choice(NAMES)
            else:
                tpl_a, st, eth_a, pr, self_v, para, name_a = tpl, style, eths[name], prices, voice, 1.0, name
                if r.random() < 0.1:
                    pr = [x + r.choice([-10, 10, 20]) for x in prices]
            extra_move = None
            if "M" not in profile and kind != "phones_only" and len(itinerary) > 1:
                if (frac > 0.8 or frac < 0.15) and r.random() < 0.25:
                    extra_move = r.randrange(40)
            email = r.choice(emails) if emails and r.random() < 0.6 else None
            handle = r.choice(handles) if handles else None
            self.adult_ad(dt=dt, city=cty, country=cc, lang=lang, tpl=tpl_a, name=name_a, eth=eth_a,
                          eth2=eth2, voice=self_v, prices=pr, style=st, text_phones=text_phones,
                          field_phone=field_phone, obscure_rate=obscure_rate if kind != "phones_only" else 0.3,
                          ob_styles=ob_styles, images=imgs, network=nid, handle=handle, email=email,
                          email_in_field=r.random() < 0.5, city2=next_city, para_strength=para,
                          extra_move=extra_move)

    # ---------------- singletons
    def singleton_adult(self):
        r = self.rng
        cc = self.pick_country() if r.random() < 0.93 else r.choice(["IE", "NZ"])
        city = r.choice(cities_of(cc))
        dt = (START + timedelta(days=r.uniform(0, 365))).replace(microsecond=0)
        lang = lang_for(cc, city, r)
        voice = "third" if r.random() < 0.12 else "first"
        generic = r.random() < 0.25
        if generic:
            profile = self.random_profile({"T": 0.2, "A": 0.1})
            tpl = [["intro1" if voice == "first" else "intro3", r.randrange(20), False]]
            tpl += [["trust", r.randrange(40), False]] if "T" in profile else []
            tpl += [["always", r.randrange(40), False]] if "A" in profile else []
            tpl += [["neutral", r.choice([0, 7]), False],
                    ["contact1" if voice == "first" else "contact3", r.randrange(3), False]]
            style = {"sep": " ", "syn": 0.0, "decoy": 0.2, "boiler": 0.4, "caps_first": False, "emoji": None}
        else:
            profile = self.random_profile({"T": 0.45, "Y": 0.15, "E": 0.3, "A": 0.22, "M": 0.35})
            tpl = make_template(r, profile, voice)
            style = self.random_style(False)
        text_phones, field_phone = [], None
        if cc in PHONE_COUNTRIES and r.random() < 0.9:
            p = self.pool.new(cc, city)
            if p:
                m = r.random()
                if m < 0.5:
                    text_phones = [p]
                elif m < 0.7:
                    field_phone = p
                else:
                    text_phones, field_phone = [p], p
        email = self.new_email() if (not text_phones and not field_phone) or r.random() < 0.15 else None
        imgs = [rand_hash(r) for _ in range(r.randint(0, 4))]
        if r.random() < 0.25:
            imgs.append(r.choice(self.stock))
        prices = [r.choice([60, 80, 100, 120]), r.choice([150, 160, 180, 200, 250]), r.choice([300, 400, 500])]
        others = [x for x in cities_of(cc) if x != city]
        self.adult_ad(dt=dt, city=city, country=cc, lang=lang, tpl=tpl, name=r.choice(NAMES), eth=r.choice(ETHS),
                      eth2=r.choice(ETHS), voice=voice, city2=r.choice(others), prices=prices, style=style, text_phones=text_phones,
                      field_phone=field_phone, obscure_rate=0.3, ob_styles=OBSCURE_STYLES, images=imgs,
                      network=None, email=email, email_in_field=r.random() < 0.5,
                      handle=self.new_handle() if r.random() < 0.1 else None, para_strength=0.0)

    def singleton_benign(self):
        r = self.rng
        cc = self.pick_country() if r.random() < 0.85 else r.choice(["IE", "NZ"])
        city = r.choice(cities_of(cc))
        dt = (START + timedelta(days=r.uniform(0, 365), seconds=r.randrange(86400))).replace(microsecond=0)
        lang = "fr" if cc == "FR" or (city == "Montreal" and cc == "CA" and r.random() < 0.5) else "en"
        p = self.pool.new(cc, city) if cc in PHONE_COUNTRIES and r.random() < 0.6 else None
        field = None
        ptxt = None
        if p:
            if r.random() < 0.7:
                ptxt = r.choice(plain_forms(p, r.random() < 0.15))
            if ptxt is None or r.random() < 0.3:
                field = r.choice(plain_forms(p, r.random() < 0.2))
        title, text = benign_ad(lang, cc, city, dt, r, ptxt)
        if r.random() < 0.3:
            text += " " + decoy_line(lang, cc, city, dt, r)
        if r.random() < 0.25:
            text += " " + r.choice(BOILER[lang]).format(ref=r.randrange(10 ** 9, 10 ** 10),
                                                         adno=r.randrange(10 ** 9, 10 ** 10),
                                                         date=fmt_date(dt, cc, r), year=dt.year)
        imgs = [rand_hash(r) for _ in range(r.randint(0, 3))]
        if r.random() < 0.1:
            imgs.append(r.choice(self.stock))
        email = self.new_email() if r.random() < 0.2 else None
        self.emit(dt, city, cc, lang, title, text, field, email, imgs, None,
                  ([p.e164] if p and (ptxt or field) else []), set())

    # ---------------- driver
    def run(self):
        r = self.rng
        n = self.n
        target = int(round(0.6 * n))
        sizes = []
        while sum(sizes) < target:
            u = r.random()
            if u < 0.5:
                s = r.randint(2, 8)
            elif u < 0.8:
                s = r.randint(9, 30)
            elif u < 0.95:
                s = r.randint(31, 80)
            else:
                s = r.randint(81, 150)
            rem = target - sum(sizes)
            if rem - s == 1:
                s += 1 if s < 150 else -1
            s = min(s, rem) if rem >= 2 else s
            if rem < 2:
                break
            sizes.append(s)
        for i, s in enumerate(sizes):
            self.make_network("net-%03d" % (i + 1), s)
        rest = n - len(self.items)
        for _ in range(rest):
            if r.random() < 0.4:
                self.singleton_benign()
            else:
                self.singleton_adult()
        self.items.sort(key=lambda x: x[0])
        return self.items


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    a = ap.parse_args()
    items = Gen(a.seed, a.n).run()
    with open(a.out, "w", encoding="utf-8") as fo, open(a.truth, "w", encoding="utf-8") as ft:
        for i, (_dt, ad, truth) in enumerate(items, 1):
            aid = "ad-%d" % i
            fo.write(json.dumps(dict({"id": aid}, **ad), ensure_ascii=False) + "\n")
            ft.write(json.dumps(dict({"id": aid}, **truth), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
