"""Synthetic, non-explicit classified ads with known networks, for tests, demos and benchmarks.

Each network has its own text templates (sentences drawn from per-language phrase banks, with slots for
name, age, city, price and contact), a pool of rotating phones, sometimes a handle or email, a pool of
photos (PDQ hashes, re-encoded as small bit flips) and a circuit of cities it moves along over time.
Hard cases on purpose: obscured phones (words in EN/ES/FR, mixed words and digits, separators, letter O,
fullwidth and other Unicode digits, emoji keycaps), numbers that are not phones (dates, prices, heights,
ages, 24/7), site boilerplate shared by unrelated ads, and stock photos reused by unrelated ads.
The vocabulary is plain and neutral; nothing in it is sexual.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import IO, Any

import phonenumbers

CITIES = {
    "en": [
        "Houston",
        "Dallas",
        "Atlanta",
        "Miami",
        "Chicago",
        "Denver",
        "Phoenix",
        "Seattle",
        "Boston",
        "Las Vegas",
        "Orlando",
        "Newark",
        "Portland",
        "Nashville",
        "Tampa",
        "Detroit",
    ],
    "es": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Malaga", "Zaragoza", "Murcia"],
    "fr": ["Paris", "Lyon", "Marseille", "Lille", "Nice", "Toulouse", "Bordeaux", "Nantes"],
}
NAMES = [
    "Anna",
    "Maria",
    "Sofia",
    "Lena",
    "Nina",
    "Clara",
    "Eva",
    "Julia",
    "Rosa",
    "Mia",
    "Lina",
    "Paula",
    "Carla",
    "Elena",
    "Ines",
    "Lucia",
    "Chloe",
    "Emma",
    "Lea",
    "Zoe",
    "Ada",
    "Vera",
    "Luz",
    "Alba",
]
US_AREAS = [
    "212",
    "305",
    "312",
    "415",
    "702",
    "713",
    "404",
    "206",
    "617",
    "214",
    "602",
    "303",
    "407",
    "615",
    "813",
    "313",
    "503",
    "973",
    "786",
    "832",
]

BANK: dict[str, dict[str, list[str]]] = {
    "en": {
        "open": [
            "Hi, I am {name}.",
            "Hello gentlemen, {name} here.",
            "Meet {name}, {age}.",
            "My name is {name}.",
            "{name} is back in {city}.",
            "Sweet {name} now in {city}.",
            "Say hello to {name}.",
        ],
        "about": [
            "Friendly and easy going, {age} years.",
            "I am {age}, tall and elegant.",
            "Relaxed company for dinner or a walk.",
            "Good conversation and a warm smile.",
            "Elegant, polite and always on time.",
            "Height 5'6\", age {age}.",
            "Cheerful and calm.",
        ],
        "extra": [
            "New in town this week.",
            "Available 24/7.",
            "Very discreet and professional.",
            "Latina, speaks English and Spanish.",
            "Young and friendly.",
            "Ask for {name}.",
            "She is waiting for your call.",
            "Real photos, no surprises.",
            "Leaving soon, do not wait.",
            "Only a few days in {city}.",
            "Private apartment downtown.",
            "Clean and quiet place.",
        ],
        "rate": [
            "Rates from ${price}.",
            "{price} roses per hour.",
            "Special {price}$ today.",
            "Donation {price} per visit.",
            "Prices start at {price} USD.",
        ],
        "contact": [
            "Call {phone}.",
            "Text me at {phone}.",
            "Call or text {phone} anytime.",
            "Reach me: {phone}.",
            "Phone {phone}, no private numbers.",
        ],
    },
    "es": {
        "open": [
            "Hola, soy {name}.",
            "Me llamo {name}, tengo {age} anos.",
            "{name} de nuevo en {city}.",
            "Chica simpatica llamada {name}.",
            "Conoce a {name}.",
        ],
        "about": [
            "Alegre y educada.",
            "Tengo {age} anos, alta y elegante.",
            "Buena conversacion y sonrisa.",
            "Tranquila, puntual y amable.",
            "Compania para cenas y paseos.",
        ],
        "extra": [
            "Recien llegada a {city}.",
            "Disponible 24 horas.",
            "Muy discreta y profesional.",
            "Colombiana, hablo espanol e ingles.",
            "Joven y simpatica.",
            "Pregunta por {name}.",
            "Fotos reales.",
            "Solo esta semana en {city}.",
            "Piso privado en el centro.",
        ],
        "rate": ["Desde {price} euros.", "Tarifa {price} EUR la hora.", "Precio especial {price}€."],
        "contact": ["Llama al {phone}.", "Escribe al {phone}.", "WhatsApp {phone}.", "Contacto: {phone}."],
    },
    "fr": {
        "open": [
            "Bonjour, je suis {name}.",
            "Je m'appelle {name}, {age} ans.",
            "{name} de retour a {city}.",
            "Charmante {name} vous attend.",
            "Voici {name}.",
        ],
        "about": [
            "Souriante et polie.",
            "J'ai {age} ans, grande et elegante.",
            "Bonne conversation.",
            "Calme, ponctuelle et gentille.",
            "Compagnie pour diners et promenades.",
        ],
        "extra": [
            "Nouvelle en ville.",
            "Disponible jour et nuit.",
            "Tres discrete et professionnelle.",
            "Bresilienne, je parle francais et anglais.",
            "Jeune et souriante.",
            "Demandez {name}.",
            "Photos reelles.",
            "De passage a {city} quelques jours seulement.",
            "Appartement prive.",
        ],
        "rate": ["A partir de {price} euros.", "Tarif {price} EUR de l'heure.", "Prix special {price}€."],
        "contact": ["Appelez le {phone}.", "Ecrivez au {phone}.", "WhatsApp {phone}.", "Contact : {phone}."],
    },
}
FILLER = [
    "Thank you.",
    "Kisses.",
    "See you soon.",
    "Have a nice day.",
    "Gracias.",
    "Merci.",
    "Bisous.",
    "Hasta pronto.",
    "A bientot.",
    "Text first please.",
    "No blocked numbers.",
]
BOILERPLATE = [
    "All ads are posted by independent advertisers. This site does not check listings and is not responsible "
    "for their content. Report abuse with the link below.",
    "Posted via ClassyBoard mobile. By using this site you agree to the terms of use and the privacy policy.",
    "Todos los anuncios son publicados por anunciantes independientes. El sitio no se hace responsable.",
    "Les annonces sont publiees par des annonceurs independants. Le site n'est pas responsable du contenu.",
]
DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
}
_KEYCAP = "\ufe0f\u20e3"
_UNICODE_DIGIT_BASES = [0xFF10, 0x0660, 0x1D7CE, 0x0966]  # fullwidth, Arabic-Indic, math bold, Devanagari


@dataclass
class Network:
    key: str | None
    language: str
    templates: list[list[str]]
    phones: list[tuple[str, str]]  # (e164, national digits)
    handle: str | None
    email: str | None
    photos: list[int]
    circuit: list[str]
    start: datetime
    names: list[str] = field(default_factory=list)


def _phone(rng: random.Random, language: str) -> tuple[str, str]:
    while True:
        if language == "en":
            national = (
                rng.choice(US_AREAS)
                + str(rng.randint(2, 9))
                + f"{rng.randint(0, 99):02d}"
                + (f"{rng.randint(0, 9999):04d}")
            )
            region = "US"
        elif language == "es":
            national, region = rng.choice("67") + f"{rng.randint(0, 99_999_999):08d}", "ES"
        else:
            national, region = "0" + rng.choice("67") + f"{rng.randint(0, 99_999_999):08d}", "FR"
        number = phonenumbers.parse(national, region)
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), national


def _write_phone(rng: random.Random, e164: str, national: str, language: str, obscure: bool) -> str:
    digits = national
    if not obscure:
        style = rng.randrange(5)
        if language == "en":
            d = digits
            return [
                f"({d[:3]}) {d[3:6]}-{d[6:]}",
                f"{d[:3]}-{d[3:6]}-{d[6:]}",
                f"{d[:3]}.{d[3:6]}.{d[6:]}",
                d,
                f"+1 {d[:3]} {d[3:6]} {d[6:]}",
            ][style]
        if language == "fr":
            pairs = " ".join(digits[i : i + 2] for i in range(0, 10, 2))
            return [pairs, pairs.replace(" ", "."), digits, "+33 " + digits[1] + " " + pairs[3:], pairs][
                style
            ]
        return [
            f"{digits[:3]} {digits[3:6]} {digits[6:]}",
            digits,
            "+34 " + digits,
            f"{digits[:3]}-{digits[3:6]}-{digits[6:]}",
            f"{digits[:3]} {digits[3:5]} {digits[5:7]} {digits[7:]}",
        ][style]
    style = rng.randrange(8)
    words = DIGIT_WORDS[language]
    if style == 0:  # all words
        return " ".join(words[int(c)] for c in digits)
    if style == 1:  # mixed words and digits
        return " ".join(words[int(c)] if rng.random() < 0.5 else c for c in digits)
    if style == 2:  # separators between digits
        sep = rng.choice([" ", "-", ".", " - ", "*", "_"])
        return sep.join(digits)
    if style == 3:  # letter O for zero
        d = digits.replace("0", rng.choice("Oo"))
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if style == 4:
        base = rng.choice(_UNICODE_DIGIT_BASES)
        return "".join(chr(base + int(c)) for c in digits)
    if style == 5:
        return "".join(c + _KEYCAP for c in digits)
    if style == 6:
        return "".join(chr(0xFF10 + int(c)) if rng.random() < 0.5 else c for c in digits)
    return " ".join(f"{c}" for c in digits[:3]) + " " + " ".join(words[int(c)] for c in digits[3:])


def _template(rng: random.Random, language: str) -> list[str]:
    bank = BANK[language]
    parts = [rng.choice(bank["open"]), rng.choice(bank["about"])]
    parts += rng.sample(bank["extra"], rng.randint(1, 3))
    if rng.random() < 0.5:
        parts.append(rng.choice(bank["about"]))
    parts += [rng.choice(bank["rate"]), rng.choice(bank["contact"])]
    if rng.random() < 0.5:
        parts.append(rng.choice(FILLER))
    rng.shuffle(parts[1:-2])
    # A few network-specific words make templates of different networks differ, as real ones do.
    signature = " ".join(rng.choice(_SIGNATURE_WORDS) for _ in range(rng.randint(2, 4)))
    parts.insert(rng.randint(1, len(parts) - 1), signature.capitalize() + ".")
    return parts


_SIGNATURE_WORDS = [
    "sunny",
    "lovely",
    "golden",
    "quiet",
    "gentle",
    "happy",
    "bright",
    "calm",
    "royal",
    "silver",
    "blue",
    "green",
    "rose",
    "velvet",
    "amber",
    "crystal",
    "pearl",
    "coral",
    "ocean",
    "spring",
    "autumn",
    "winter",
    "summer",
    "star",
    "moon",
    "garden",
    "river",
    "morning",
    "evening",
    "harbor",
    "meadow",
    "maple",
    "cedar",
    "willow",
]


def _network(rng: random.Random, key: str | None, size: int, start: datetime) -> Network:
    language = rng.choices(["en", "es", "fr"], weights=[6, 2, 2])[0]
    n_templates = 1 if size < 4 else rng.randint(1, 3)
    n_phones = 1 if size < 3 else rng.randint(1, min(5, max(1, size // 3)))
    cities = CITIES[language]
    return Network(
        key=key,
        language=language,
        templates=[_template(rng, language) for _ in range(n_templates)],
        phones=[_phone(rng, language) for _ in range(n_phones)],
        handle=f"{rng.choice(NAMES).lower()}_{rng.randint(10, 9999)}" if rng.random() < 0.2 else None,
        email=f"{rng.choice(NAMES).lower()}.{rng.randint(100, 99999)}@mail.com"
        if rng.random() < 0.1
        else None,
        photos=[rng.getrandbits(256) for _ in range(rng.randint(1, 5))] if rng.random() < 0.7 else [],
        circuit=rng.sample(cities, rng.randint(1, min(4, len(cities)))),
        start=start,
        names=rng.sample(NAMES, rng.randint(1, 3)),
    )


def _flip(rng: random.Random, value: int, max_bits: int) -> int:
    for _ in range(rng.randint(0, max_bits)):
        value ^= 1 << rng.randrange(256)
    return value


def _ad(
    rng: random.Random, net: Network, index: int, size: int, stock: list[int]
) -> tuple[dict[str, Any], list[str]]:
    lang = net.language
    template = rng.choice(net.templates)
    phone_e164, national = rng.choice(net.phones)
    obscure = rng.random() < 0.3
    written = _write_phone(rng, phone_e164, national, lang, obscure)
    progress = index / max(1, size - 1)
    city = net.circuit[min(len(net.circuit) - 1, int(progress * len(net.circuit)))]
    posted = net.start + timedelta(days=progress * rng.uniform(20, 90), minutes=rng.randint(0, 600))
    slots = {
        "name": rng.choice(net.names),
        "age": str(rng.randint(21, 35)),
        "city": city,
        "price": str(rng.choice([80, 100, 120, 150, 200, 250, 300])),
        "phone": written,
    }
    sentences = [s.format(**slots) for s in template]
    if rng.random() < 0.3:  # small edits: drop a sentence (never the contact line) or add filler
        droppable = [i for i in range(1, len(sentences)) if written not in sentences[i]]
        if len(sentences) > 5 and droppable:
            sentences.pop(rng.choice(droppable))
        else:
            sentences.insert(rng.randrange(1, len(sentences)), rng.choice(FILLER))
    if rng.random() < 0.25:
        sentences.append(f"Updated {posted:%d/%m/%Y}.")
    if net.handle and rng.random() < 0.6:
        sentences.append(rng.choice(["Snap: {h}", "IG @{h}", "Telegram {h}"]).format(h=net.handle))
    if net.email and rng.random() < 0.6:
        user, domain = net.email.split("@")
        sentences.append(rng.choice([net.email, f"{user} at {domain.replace('.', ' dot ')}"]))
    if rng.random() < 0.35:
        sentences.append(rng.choice(BOILERPLATE))
    phones = [phone_e164]
    ad: dict[str, Any] = {
        "title": f"{slots['name']} - {city}",
        "text": " ".join(sentences),
        "posted_at": posted.strftime("%Y-%m-%dT%H:%M:%S"),
        "city": city,
    }
    if rng.random() < 0.15 and len(net.phones) > 1:  # a second phone in the phone field
        other_e164, other_national = rng.choice([p for p in net.phones if p[0] != phone_e164])
        ad["phone"] = _write_phone(rng, other_e164, other_national, lang, False)
        phones.append(other_e164)
    images = [
        f"{_flip(rng, p, 12):064x}" for p in rng.sample(net.photos, min(len(net.photos), rng.randint(1, 3)))
    ]
    if rng.random() < 0.1:
        images.append(f"{rng.choice(stock):064x}")
    if images:
        ad["images"] = images
    return ad, phones


def generate(n_ads: int, seed: int) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Yield (ad, truth) pairs in posting order interleaved across networks; deterministic for a seed."""
    rng = random.Random(seed)
    stock = [rng.getrandbits(256) for _ in range(30)]
    base = datetime(2024, 1, 1)
    remaining = n_ads
    counter = 0
    block = 5000  # networks are interleaved within blocks, so generation streams in bounded memory
    while remaining > 0:
        size_block = min(block, remaining)
        plan: list[tuple[Network, int]] = []
        planned = 0
        while planned < size_block:
            if rng.random() < 0.25:
                size = 1
            else:
                size = min(size_block - planned, max(2, int(rng.paretovariate(1.2) * 3)))
                size = min(size, 150)
            size = min(size, size_block - planned)
            key = f"net-{seed}-{counter}" if size > 1 else None
            counter += 1
            start = base + timedelta(days=rng.uniform(0, 300))
            plan.append((_network(rng, key, size, start), size))
            planned += size
        slots = [(net, i, size) for net, size in plan for i in range(size)]
        order = list(range(len(slots)))
        rng.shuffle(order)
        # keep each network's own ads in time order while interleaving networks
        per_net: dict[int, list[int]] = {}
        for position in order:
            per_net.setdefault(id(slots[position][0]), []).append(position)
        cursor = {key: iter(sorted(positions)) for key, positions in per_net.items()}
        for position in order:
            net, _, size = slots[position]
            real = next(cursor[id(net)])
            ad, phones = _ad(rng, net, slots[real][1], size, stock)
            ad_id = f"ad-{n_ads - remaining:07d}"
            remaining -= 1
            yield {"id": ad_id, **ad}, {"id": ad_id, "network": net.key, "phones": phones}


def write_corpus(n_ads: int, seed: int, ads_out: IO[str], truth_out: IO[str] | None) -> int:
    count = 0
    for ad, truth in generate(n_ads, seed):
        ads_out.write(json.dumps(ad, ensure_ascii=False) + "\n")
        if truth_out is not None:
            truth_out.write(json.dumps(truth) + "\n")
        count += 1
    return count
