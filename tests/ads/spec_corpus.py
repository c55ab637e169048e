"""An ad corpus written from the behaviour specification (evaluation/specs/ads.md), by the ad engineer.

Not blind (its writer also wrote the detector), so its figures are "own" figures; it exists to exercise
what the project generator does not: five countries with national and international number formats from
the ranges reserved for fiction (which collide across unrelated advertisers, as small ranges do), decoy
digit strings, benign ads, boilerplate and stock photos shared by unrelated advertisers, networks that
carry only phones or only photos and templates, and indicators in varied phrasings with their truth.
Synthetic and non-explicit throughout.

    python tests/ads/spec_corpus.py N SEED ADS.jsonl TRUTH.jsonl
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta
from typing import Any

CITIES: dict[str, list[tuple[str, str]]] = {
    "GB": [
        ("London", "20"),
        ("Leeds", "113"),
        ("Sheffield", "114"),
        ("Nottingham", "115"),
        ("Bristol", "117"),
        ("Birmingham", "121"),
        ("Glasgow", "141"),
        ("Liverpool", "151"),
        ("Manchester", "161"),
        ("Newcastle", "191"),
        ("Belfast", "28"),
        ("Cardiff", "29"),
    ],
    "US": [
        ("New York", "212"),
        ("Chicago", "312"),
        ("Houston", "713"),
        ("Miami", "305"),
        ("Seattle", "206"),
        ("Boston", "617"),
        ("Atlanta", "404"),
        ("Denver", "303"),
        ("Birmingham", "205"),
        ("Portland", "503"),
    ],
    "CA": [
        ("Toronto", "416"),
        ("Vancouver", "604"),
        ("Montreal", "514"),
        ("Calgary", "403"),
        ("London", "519"),
    ],
    "AU": [("Sydney", "2"), ("Melbourne", "3"), ("Brisbane", "7"), ("Perth", "8"), ("Adelaide", "8")],
    "FR": [
        ("Paris", "1"),
        ("Lyon", "4"),
        ("Marseille", "4"),
        ("Lille", "3"),
        ("Bordeaux", "5"),
        ("Nantes", "2"),
    ],
}
AU_MOBILE = [
    "491570006",
    "491570156",
    "491570157",
    "491570158",
    "491570159",
    "491570110",
    "491570313",
    "491571266",
    "491571491",
    "491572549",
    "491573770",
    "491574118",
    "491575254",
    "491576398",
    "491577426",
    "491578148",
    "491578888",
    "491579212",
    "491579760",
    "491579455",
]
WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "fr": ["zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
}
NAMES = ["Anna", "Mia", "Sofia", "Lena", "Chloe", "Emma", "Jade", "Lily", "Ruby", "Zoe", "Eva", "Nina"]
PHRASES: dict[str, list[str]] = {
    "trust_language": [
        "Genuine and reliable.",
        "My pictures are authentic, no fakes.",
        "Discreet and respectful.",
        "A calm, safe and clean place.",
        "You can count on my discretion.",
        "Honest, polite, punctual.",
        "Verified profile.",
        "Real photos only.",
        "Professional and attentive company.",
    ],
    "youth_language": [
        "Young and sweet.",
        "A fresh new face.",
        "Just turned 18.",
        "Student, friendly and fun.",
        "Youthful and bubbly.",
        "New to this site.",
        "Petite young lady.",
    ],
    "ethnicity_nationality": [
        "Latina girl.",
        "Sweet Asian lady.",
        "Brazilian beauty.",
        "Eastern European charm.",
        "Thai and friendly.",
        "Colombian, warm smile.",
        "Originally from Romania.",
        "Polish girl with a big smile.",
        "Vietnamese beauty.",
    ],
    "third_person_voice": [
        "She will meet you at the door.",
        "We have new ladies every week.",
        "Call to book with her.",
        "Ask for her by name when you call.",
        "Our girls are friendly.",
        "She is waiting for your call.",
        "Bookings via our receptionist.",
    ],
    "always_available": [
        "Available 24/7.",
        "Open around the clock.",
        "No days off.",
        "Any hour, day or night.",
        "Outcall at any hour.",
        "Always free for you, seven days a week.",
        "Open all night.",
    ],
    "movement": [
        "New in town.",
        "Just arrived in {city}.",
        "Leaving soon.",
        "On tour this month.",
        "Last days in {city}.",
        "Here for one week only.",
        "Passing through {city}.",
    ],
}
NEUTRAL = [
    "Hello gentlemen, {name} here.",
    "Friendly company for dinner or a chat.",
    "Rates from {price} an hour.",
    "Call or text {phone}.",
    "Ring me on {phone}.",
    "Contact: {phone}.",
    "Nice and relaxed atmosphere.",
    "Free parking nearby.",
    "Message me first please.",
    "Appointments from {time}.",
    "Good conversation, good humour.",
    "Incall near the station.",
    "Texts answered quickly.",
    "No withheld numbers.",
]
BENIGN = [
    "Double room to let in a shared flat, {price} a month, bills included. Call {phone}.",
    "Hiring kitchen staff, full time, {price} a week. Apply by phone {phone}.",
    "Sofa for sale, good condition, {price}. Pick up only. Tel {phone}.",
    "Sports massage clinic, qualified therapists, book on {phone}.",
    "Experienced nanny available for after-school care. References available. {phone}",
    "Bike for sale, barely used, {price}. Text {phone}.",
    "Guitar lessons for beginners, {price} an hour. Ring {phone}.",
]
BOILERPLATE = [
    "All advertisers confirm they are over 18. This site does not endorse any advertiser.",
    "Report abuse using the button below. Stay safe and never send money in advance.",
    "Posted via the mobile app. Terms and conditions apply to all listings on this site.",
    "Safety notice: meet in public first and tell a friend where you are going.",
    "This ad has been reviewed by our moderation team for compliance with the rules.",
]
DECOYS = [
    "Ad #{n10}",
    "Ref {n10}",
    "Order no. {n8}",
    "Posted {date}.",
    "Open 10:00 to 22:00.",
    "Height 165 cm.",
    "Since 2019.",
    "Ad ID: {n10}",
]


def _phone(rng: random.Random, country: str, area: str) -> tuple[str, str, str]:
    """(E.164, national digits, calling code) from the ranges reserved for fiction."""
    if country == "GB":
        if rng.random() < 0.6:
            national = f"07700900{rng.randint(0, 999):03d}"
        elif area == "20":
            national = f"0207946{rng.randint(0, 999):04d}"
        elif area in ("28",):
            national = f"0289649{rng.randint(6000, 6999)}"
        elif area == "29":
            national = f"0292018{rng.randint(0, 999):04d}"
        elif area == "191":
            national = f"0191498{rng.randint(0, 999):04d}"
        else:
            national = f"0{area}496{rng.randint(0, 999):04d}"
        return "+44" + national[1:], national, "44"
    if country in ("US", "CA"):
        national = f"{area}555{rng.randint(100, 199):04d}"
        return "+1" + national, national, "1"
    if country == "AU":
        if rng.random() < 0.5:
            national = "0" + rng.choice(AU_MOBILE)
        else:
            national = f"0{area}{rng.choice(['5550', '7010'])}{rng.randint(0, 9999):04d}"
        return "+61" + national[1:], national, "61"
    prefix = rng.choice(["19900", "26191", "35301", "46571", "53649", "63998"])
    national = f"0{prefix}{rng.randint(0, 9999):04d}"
    return "+33" + national[1:], national, "33"


def _write(rng: random.Random, national: str, code: str, country: str, obscure: bool) -> str:
    d = national
    if not obscure:
        if code == "1":
            forms = [
                f"({d[:3]}) {d[3:6]}-{d[6:]}",
                f"{d[:3]}.{d[3:6]}.{d[6:]}",
                f"+1 {d[:3]} {d[3:6]} {d[6:]}",
                d,
            ]
        elif country == "FR":
            pairs = " ".join(d[i : i + 2] for i in range(0, 10, 2))
            forms = [pairs, pairs.replace(" ", "."), "+33 " + d[1] + " " + pairs[3:]]
        elif country == "AU":
            forms = [
                f"{d[:4]} {d[4:7]} {d[7:]}",
                f"({d[:2]}) {d[2:6]} {d[6:]}",
                f"+61 {d[1:4]} {d[4:7]} {d[7:]}",
            ]
        else:
            forms = [f"{d[:5]} {d[5:]}", f"{d[:3]} {d[3:7]} {d[7:]}", f"+44 {d[1:5]} {d[5:]}", d]
        return rng.choice(forms)
    words = WORDS["fr" if country == "FR" else "en"]
    style = rng.randrange(6)
    if style == 0:
        return " ".join(words[int(c)] for c in d)
    if style == 1:
        return " ".join(words[int(c)] if rng.random() < 0.5 else c for c in d)
    if style == 2:
        return rng.choice([" ", ".", "-", " . "]).join(d)
    if style == 3:
        return d.replace("0", "O").replace("1", "l")
    if style == 4:
        return "".join(chr(0xFF10 + int(c)) for c in d)
    return f"area code {d[:3]} then {d[3:]}" if code == "1" else f"{d[:5]} and then {d[5:]}"


def corpus(n: int, seed: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(seed)
    stock = [rng.getrandbits(256) for _ in range(30)]
    plan: list[tuple[str | None, int]] = []
    total, k = 0, 0
    while total < 0.6 * n:
        size = min(150, max(2, int(rng.paretovariate(1.2) * 2)))
        plan.append((f"net{k}", size))
        total, k = total + size, k + 1
    plan += [(None, 1)] * max(0, n - total)
    ads: list[dict[str, Any]] = []
    truth: list[dict[str, Any]] = []
    start = datetime(2024, 1, 1)
    for key, size in plan:
        _network(rng, key, size, stock, start + timedelta(days=rng.randint(0, 300)), ads, truth)
    order = list(range(len(ads)))
    rng.shuffle(order)
    ads = [ads[i] for i in order]
    truth = [truth[i] for i in order]
    for i, (ad, t) in enumerate(zip(ads, truth, strict=True)):
        ad["id"] = t["id"] = f"ad-{i}"
    return ads, truth


def _network(
    rng: random.Random,
    key: str | None,
    size: int,
    stock: list[int],
    start: datetime,
    ads: list[dict[str, Any]],
    truth: list[dict[str, Any]],
) -> None:
    countries = [rng.choice(list(CITIES))]
    if size > 5 and rng.random() < 0.15:
        countries.append(rng.choice(list(CITIES)))
    stops = [(c, *rng.choice(CITIES[c])) for c in countries for _ in range(rng.randint(1, 2))]
    kind = rng.choices(["all", "phones", "photos"], [0.7, 0.15, 0.15])[0]
    phones = {
        c: [_phone(rng, c, rng.choice(CITIES[c])[1]) for _ in range(rng.randint(1, 4))] for c in countries
    }
    photos = [rng.getrandbits(256) for _ in range(rng.randint(1, 5))] if kind != "phones" else []
    categories = [c for c in PHRASES if rng.random() < 0.3]
    template = [rng.choice(PHRASES[c]) for c in categories] + rng.sample(NEUTRAL, 4)
    benign = key is None and rng.random() < 0.3
    for i in range(size):
        country, city, area = stops[min(len(stops) - 1, i * len(stops) // size)]
        e164, national, code = rng.choice(phones[country]) if kind != "photos" else ("", "", "")
        if key is None:
            e164, national, code = _phone(rng, country, area)
        obscure = bool(national) and not benign and rng.random() < 0.3
        written = _write(rng, national, code, country, obscure) if national else ""
        sentences = list(template) if kind != "phones" else rng.sample(NEUTRAL, 4)
        if kind == "phones":
            categories = [c for c in PHRASES if rng.random() < 0.25]
            sentences += [rng.choice(PHRASES[c]) for c in categories]
        rng.shuffle(sentences) if rng.random() < 0.3 else None
        if len(sentences) > 3 and rng.random() < 0.3:
            sentences.pop(rng.randrange(len(sentences)))
        ad_categories = {c for c in categories if any(s in sentences for s in PHRASES[c])}
        if benign:
            sentences, ad_categories = [rng.choice(BENIGN)], set()
        text = " ".join(sentences)
        has_phone_slot = "{phone}" in text
        if written and not has_phone_slot:
            text += f" Call {written}."
        if rng.random() < 0.3:
            text += " " + rng.choice(DECOYS)
        if rng.random() < 0.3:
            text += " " + rng.choice(BOILERPLATE)
        slots = {
            "name": rng.choice(NAMES),
            "city": city,
            "price": rng.choice(["80", "100", "150", "£120", "$200"]),
            "phone": written or "the site messenger",
            "time": rng.choice(["10am", "noon", "6pm"]),
            "n10": str(rng.randint(10**9, 10**10 - 1)),
            "n8": str(rng.randint(10**7, 10**8 - 1)),
            "date": "12/05/2024",
        }
        text = text.format(**slots)
        if obscure:
            ad_categories.add("obscured_contact")
        ad: dict[str, Any] = {
            "title": f"{slots['name']} in {city}" if not benign else "Listing",
            "text": text,
            "posted_at": (start + timedelta(days=i * 2, hours=rng.randint(0, 20))).isoformat(),
            "city": city,
        }
        if rng.random() < 0.5:
            ad["country"] = country
        images = []
        if photos:
            images = [
                f"{_flip(rng, p):064x}" for p in rng.sample(photos, min(len(photos), rng.randint(1, 2)))
            ]
        if rng.random() < 0.15:
            images.append(f"{rng.choice(stock):064x}")
        if images:
            ad["images"] = images
        ads.append(ad)
        truth.append({"network": key, "phones": [e164] if e164 else [], "indicators": sorted(ad_categories)})


def _flip(rng: random.Random, value: int) -> int:
    for _ in range(rng.randint(0, 10)):
        value ^= 1 << rng.randrange(256)
    return value


def main() -> None:
    n, seed, ads_path, truth_path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
    ads, truth = corpus(n, seed)
    with open(ads_path, "w", encoding="utf-8") as f:
        f.writelines(json.dumps({"id": a.pop("id"), **a}) + "\n" for a in ads)
    with open(truth_path, "w", encoding="utf-8") as f:
        f.writelines(json.dumps({"id": t.pop("id"), **t}) + "\n" for t in truth)


if __name__ == "__main__":
    main()
