"""A paraphrase corpus, written by the ad engineer from the behaviour specification (not blind).

What it stresses: every network's template is composed from sentence frames that all advertisers draw
from (so unrelated networks share sentences and words), then every ad paraphrases its network's template
(sentences reordered, words swapped for synonyms, lines dropped or added); networks rotate phones, some
show only photos and text, some only phones; stock photos and site footers are shared by unrelated
advertisers. Synthetic and non-explicit throughout; numbers from the NANP 555-01xx fictional range.

    python tests/ads/paraphrase_corpus.py N SEED ADS.jsonl TRUTH.jsonl
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta
from typing import Any

CITIES = [
    ("Chicago", "312 773 872 630 708"),
    ("Houston", "713 281 832 346 409"),
    ("Miami", "305 786 954 754 561"),
    ("Seattle", "206 253 425 360 564"),
    ("Boston", "617 857 781 339 508"),
    ("Atlanta", "404 470 678 770 706"),
    ("Denver", "303 720 719 970 983"),
    ("Phoenix", "602 480 623 520 928"),
    ("Dallas", "214 469 972 817 682"),
    ("Portland", "503 971 541 458 360"),
    ("Las Vegas", "702 725 775 435 928"),
    ("Tampa", "813 727 941 352 863"),
]
NAMES = [
    "Anna",
    "Mia",
    "Sofia",
    "Lena",
    "Chloe",
    "Emma",
    "Jade",
    "Lily",
    "Ruby",
    "Zoe",
    "Eva",
    "Nina",
    "Kira",
]
# A word in braces is a choice: the template fixes one, a paraphrase may swap it for another.
SYNONYMS = [
    ["hello", "hi", "hey", "greetings"],
    ["gentlemen", "guys", "everyone", "friends"],
    ["sweet", "lovely", "charming", "kind"],
    ["friendly", "warm", "easygoing", "cheerful"],
    ["relaxing", "calm", "peaceful", "soothing"],
    ["company", "companionship", "time together"],
    ["evening", "night", "afternoon"],
    ["discreet", "private", "confidential"],
    ["clean", "tidy", "spotless"],
    ["place", "apartment", "room", "studio"],
    ["available", "free", "around"],
    ["call", "ring", "phone"],
    ["text", "message", "write"],
    ["beautiful", "gorgeous", "stunning", "pretty"],
    ["smile", "laugh", "personality"],
    ["visit", "see", "meet"],
    ["quick", "fast", "prompt"],
    ["reply", "answer", "response"],
    ["great", "wonderful", "amazing", "fantastic"],
    ["chat", "talk", "conversation"],
    ["new", "fresh"],
    ["rates", "prices", "donations"],
    ["downtown", "central", "city centre"],
    ["massage", "relaxation", "spa time"],
]
FRAMES = [
    "{hello} {gentlemen}, my name is {name}",
    "{hello} there, I am {name} and I am {new} here",
    "I am a {sweet} and {friendly} girl with a {great} {smile}",
    "{beautiful} {sweet} lady looking for {great} {company}",
    "enjoy a {relaxing} {evening} of {great} {company}",
    "let me make your {evening} {relaxing}",
    "my {place} is {clean}, {discreet} and easy to find",
    "{discreet} {place} {downtown}, parking nearby",
    "I am {available} most days, just {call} or {text}",
    "{call} me for a {quick} {reply}",
    "{text} first please, {quick} {reply} guaranteed",
    "{rates} start at {price}, ask about specials",
    "{great} {rates} for a {great} {evening}",
    "come {visit} me {downtown}",
    "I love a good {chat} and a {great} {smile}",
    "treat yourself to a {relaxing} {massage}",
    "no rush, {friendly} {chat} and {great} vibes",
    "you will not be disappointed, {great} reviews",
    "{text} me your name and the time you want",
    "outcall and incall {available}",
    "{new} pictures, {beautiful} and {sweet}",
    "my {smile} will make your day",
    "serious gentlemen only, no games",
    "open minded and {friendly} personality",
]
INDICATORS = {
    "trust_language": [
        "real photos, 100% genuine",
        "{discreet} and respectful",
        "safe, reliable and professional",
    ],
    "always_available": ["{available} 24/7", "no days off, any hour", "open around the clock"],
    "third_person_voice": ["she will meet you at the door", "call to book with her", "we have new girls"],
    "ethnicity_nationality": ["{sweet} Latina", "Asian beauty", "Brazilian girl"],
    "youth_language": ["young and {sweet}", "{fresh} face", "student, {friendly} and fun"],
    "movement": ["{new} in town", "just arrived in {city}", "leaving soon"],
}
FOOTERS = [
    "All advertisers confirm they are over 18. This site does not endorse any advertiser.",
    "Report abuse using the button below. Stay safe and never send money in advance.",
    "Posted via the mobile app. Terms and conditions apply to all listings on this site.",
    "Safety notice: meet in public first and tell a friend where you are going.",
]
BENIGN = [
    "Double room to let in a shared flat, {price} a month, bills included. Call {phone}.",
    "Sofa for sale, good condition, {price}. Pick up only. Text {phone}.",
    "Guitar lessons for beginners, {price} an hour. Ring {phone}.",
    "Hiring kitchen staff, full time. Apply by phone {phone}.",
]
_SYN_OF = {w: group for group in SYNONYMS for w in group}


def _choose(rng: random.Random, frame: str) -> list[str | tuple[str, ...]]:
    """A frame as tokens: fixed words, slots like ('name',), and synonym choices fixed to one word."""
    out: list[str | tuple[str, ...]] = []
    for word in frame.split():
        core = word.strip(",.")
        tail = word[len(core) :] if word.startswith("{") else ""
        if core.startswith("{") and core.endswith("}"):
            key = core[1:-1]
            if key in _SYN_OF:
                out.append(rng.choice(_SYN_OF[key]) + tail)
            else:
                out.append(("{" + key + "}" + tail,))
        else:
            out.append(word)
    return out


def _paraphrase(rng: random.Random, sentence: list[str | tuple[str, ...]], swap: float) -> str:
    words = []
    for token in sentence:
        if isinstance(token, tuple):
            words.append(token[0])
            continue
        core = token.rstrip(",.")
        if core in _SYN_OF and rng.random() < swap:
            token = rng.choice(_SYN_OF[core]) + token[len(core) :]
        words.append(token)
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def _phone(rng: random.Random, areas: str) -> str:
    return f"{rng.choice(areas.split())}555{rng.randint(100, 199):04d}"


def _write_phone(rng: random.Random, d: str) -> str:
    forms = [f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}", f"+1 {d[:3]} {d[3:6]} {d[6:]}", d]
    return rng.choice(forms)


def corpus(n: int, seed: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(seed)
    stock = [rng.getrandbits(256) for _ in range(40)]
    plan: list[tuple[str | None, int]] = []
    total, k = 0, 0
    while total < 0.6 * n:
        size = min(150, max(2, int(rng.paretovariate(1.1) * 2)))
        plan.append((f"net{k}", size))
        total, k = total + size, k + 1
    plan += [(None, 1)] * max(0, n - total)
    ads: list[dict[str, Any]] = []
    truth: list[dict[str, Any]] = []
    for key, size in plan:
        start = datetime(2024, 1, 1) + timedelta(days=rng.randint(0, 300))
        _network(rng, key, size, stock, start, ads, truth)
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
    stops = rng.sample(CITIES, rng.randint(1, 3))
    kind = rng.choices(["all", "phones", "photos"], [0.6, 0.15, 0.25])[0] if key else "all"
    phones = [_phone(rng, stops[0][1]) for _ in range(rng.randint(1, 6))]
    photos = [rng.getrandbits(256) for _ in range(rng.randint(1, 8))] if kind != "phones" else []
    categories = [c for c in INDICATORS if rng.random() < 0.25]
    frames = rng.sample(FRAMES, rng.randint(4, 7))
    template = [_choose(rng, f) for f in frames]
    marks = [_choose(rng, rng.choice(INDICATORS[c])) for c in categories]
    swap = rng.choice([0.1, 0.2, 0.3, 0.4])
    benign = key is None and rng.random() < 0.3
    for i in range(size):
        city, _area = stops[min(len(stops) - 1, i * len(stops) // size)]
        sentences = [list(s) for s in template + marks]
        if len(sentences) > 3 and rng.random() < 0.4:
            sentences.pop(rng.randrange(len(sentences)))
        if rng.random() < 0.3:
            sentences.insert(rng.randrange(len(sentences) + 1), _choose(rng, rng.choice(FRAMES)))
        if rng.random() < 0.5:
            rng.shuffle(sentences)
        text = " ".join(_paraphrase(rng, s, swap) for s in sentences)
        # phones and photos rotate over time: one number (and one set of photos) per period
        number = phones[i * len(phones) // size] if kind != "photos" else ""
        if key is None:
            number = _phone(rng, _area) if rng.random() < 0.5 else ""
        if benign:
            text = rng.choice(BENIGN)
        if number and "{phone}" not in text:
            text += " Call " + _write_phone(rng, number) + "."
        if rng.random() < 0.3:
            text += " " + rng.choice(FOOTERS)
        text = text.format(
            name=rng.choice(NAMES),
            city=city,
            price=rng.choice(["$80", "$100", "$150", "$200"]),
            phone=_write_phone(rng, number) if number else "",
        )
        images = []
        if photos:
            images = [
                f"{_flip(rng, p):064x}" for p in rng.sample(photos, min(len(photos), rng.randint(1, 2)))
            ]
        if rng.random() < 0.2:
            images.append(f"{rng.choice(stock):064x}")
        ad: dict[str, Any] = {
            "title": f"{rng.choice(NAMES)} in {city}" if not benign else "Listing",
            "text": text,
            "posted_at": (start + timedelta(days=i, hours=rng.randint(0, 20))).isoformat(),
            "city": city,
        }
        if images:
            ad["images"] = images
        ads.append(ad)
        truth.append({"network": key, "phones": ["+1" + number] if number else []})


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
