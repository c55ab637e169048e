"""A stress corpus written independently of `safeguarding.ads.generator`, to check that linking generalises.

Networks get their own made-up vocabulary, texts are paraphrased (about 10% of words replaced, sentences
swapped or dropped), phones rotate among 1-10 numbers and are often obscured, long disclaimers are shared
by unrelated ads. Words are random syllables, so nothing in it means anything.

    python tests/ads/stress_corpus.py N SEED ADS.jsonl TRUTH.jsonl
"""

from __future__ import annotations

import json
import random
import sys
from typing import Any

SYLLABLES = [
    "ba",
    "be",
    "bi",
    "bo",
    "bu",
    "da",
    "de",
    "di",
    "do",
    "ka",
    "ke",
    "ki",
    "ko",
    "la",
    "le",
    "li",
    "lo",
    "ma",
    "me",
    "mi",
    "mo",
    "na",
    "ne",
    "ni",
    "no",
    "ra",
    "re",
    "ri",
    "ro",
    "sa",
    "se",
    "si",
    "so",
]
NAMES = ["Anna", "Maria", "Sofia", "Lena", "Nina", "Clara", "Eva", "Julia", "Rosa", "Mia"]
CITIES = ["Houston", "Dallas", "Miami", "Denver", "Boston", "Seattle", "Phoenix", "Tampa", "Austin", "Reno"]
AREAS = ["212", "305", "312", "415", "702", "713", "404", "206", "617", "214"]
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def corpus(n: int, seed: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(seed)
    vocab = sorted({"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3))) for _ in range(3000)})
    rng.shuffle(vocab)
    common = vocab[:80]
    disclaimers = [" ".join(rng.choice(vocab) for _ in range(rng.randint(25, 45))) for _ in range(3)]

    def sentence(k: int) -> str:
        return " ".join(rng.choice(common) if rng.random() < 0.4 else rng.choice(vocab) for _ in range(k))

    def phone() -> str:
        return f"{rng.choice(AREAS)}{rng.randint(2, 9)}{rng.randint(0, 99):02d}{rng.randint(0, 9999):04d}"

    def write(d: str) -> str:
        style = rng.randrange(6)
        if style == 0:
            return f"({d[:3]}) {d[3:6]}-{d[6:]}"
        if style == 1:
            return " ".join(WORDS[int(c)] for c in d)
        if style == 2:
            return "-".join(d)
        if style == 3:
            return "".join(chr(0xFF10 + int(c)) for c in d)
        if style == 4:
            return f"{d[:3]}.{d[3:6]}.{d[6:]}"
        return " ".join(WORDS[int(c)] if rng.random() < 0.5 else c for c in d)

    ads: list[dict[str, Any]] = []
    truth: list[dict[str, Any]] = []
    network = 0
    while len(ads) < n:
        size, key = (1, None) if rng.random() < 0.3 else (rng.randint(2, 40), f"s{network}")
        network += 1
        template = [sentence(rng.randint(5, 10)) for _ in range(rng.randint(4, 7))]
        phones = [phone() for _ in range(rng.randint(1, 10))]
        for _ in range(size):
            sentences = [
                " ".join(w if rng.random() > 0.1 else rng.choice(vocab) for w in s.split()) for s in template
            ]
            if rng.random() < 0.5:
                a, b = rng.sample(range(len(sentences)), 2)
                sentences[a], sentences[b] = sentences[b], sentences[a]
            if rng.random() < 0.3 and len(sentences) > 4:
                sentences.pop(rng.randrange(len(sentences)))
            sentences.insert(1, f"I am {rng.choice(NAMES)}, {rng.randint(21, 35)}, in {rng.choice(CITIES)}")
            found = []
            if rng.random() < 0.85:
                number = rng.choice(phones)
                found.append("+1" + number)
                sentences.append("call " + write(number))
            sentences.append(f"rates ${rng.choice([100, 150, 200])}, available 24/7")
            if rng.random() < 0.5:
                sentences.append(rng.choice(disclaimers))
            ad_id = f"x{len(ads)}"
            ads.append({"id": ad_id, "text": ". ".join(s.capitalize() for s in sentences) + "."})
            truth.append({"id": ad_id, "network": key, "phones": found})
    order = list(range(len(ads)))
    rng.shuffle(order)
    return [ads[i] for i in order], [truth[i] for i in order]


if __name__ == "__main__":
    count, seed, ads_path, truth_path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
    ads, truth = corpus(count, seed)
    with open(ads_path, "w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(ad) + "\n" for ad in ads)
    with open(truth_path, "w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(t) + "\n" for t in truth)
