"""Build synthetic conversations: grooming that emerges gradually after ordinary talk, and benign ones.

Grooming conversations start with a long stretch of ordinary talk; then the suspect's moves (trust,
probing, risk assessment, secrecy/isolation, platform move/gifts/photos, meeting, pressure) appear in a
roughly staged but shuffled order, at a slow, medium or fast pace, with replies and ordinary talk between.
Benign conversations are mostly the hard kinds: they contain the same surface cues in everyday settings.
``phrasing`` selects half of the wordings of every move and benign line ("a" or "b"), so a model or rule
set tuned on one half can be evaluated on wordings it has never seen.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import yaml

TEMPLATE_DIR = Path(__file__).parent
LANGUAGES = {"en": 0.55, "es": 0.15, "fr": 0.15, "de": 0.15}
BENIGN_KINDS = (
    "peers",
    "family",
    "coach",
    "gamers",
    "friends_meeting",
    "safety_lesson",
    "adults",
    "ordinary",
)
_KIND_SHARE = (0.16, 0.14, 0.14, 0.14, 0.14, 0.12, 0.08, 0.08)
STAGES = {
    "trust_building": 1,
    "personal_info": 1,
    "age_probe": 2,
    "flattery": 2,
    "risk_assessment": 3,
    "secrecy": 4,
    "isolation": 4,
    "platform_move": 5,
    "gifts": 5,
    "photo_request": 5,
    "meeting": 6,
    "pressure": 6,
}
_NAMES = [
    "sky",
    "nova",
    "kai",
    "river",
    "jay",
    "robin",
    "alex",
    "sam",
    "max",
    "noa",
    "eli",
    "luca",
    "mika",
    "tom",
]
_EMOJI = ["😂", "🙂", "👍", "😅", "🔥", "😎", "🙃"]


@cache
def _templates(language: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((TEMPLATE_DIR / f"{language}.yaml").read_text(encoding="utf-8"))
    return data


def _half(options: list[str], phrasing: str) -> list[str]:
    if phrasing == "all" or len(options) < 2:
        return options
    return options[0::2] if phrasing == "a" else options[1::2]


class _Writer:
    def __init__(self, rng: random.Random, language: str, phrasing: str, noise: float) -> None:
        self.rng, self.t, self.phrasing, self.noise = rng, _templates(language), phrasing, noise

    def fill(self, line: str, age: int | None = None) -> str:
        for key, values in self.t["fill"].items():
            token = "{" + key + "}"
            if token in line:
                line = line.replace(token, str(self.rng.choice(values)))
        if "{age}" in line:
            line = line.replace("{age}", str(age if age is not None else self.rng.randint(11, 15)))
        return self.chat_spelling(line)

    def chat_spelling(self, line: str) -> str:
        """Lower case, dropped apostrophes, slang, stretched letters, a typo or an emoji, at random."""
        rng = self.rng
        if rng.random() > self.noise:
            return line
        words = line.split(" ")
        slang = {"you": "u", "your": "ur", "are": "r", "please": "pls", "because": "cuz", "picture": "pic"}
        words = [slang.get(w, w) if rng.random() < 0.5 else w for w in words]
        if rng.random() < 0.3:
            i = rng.randrange(len(words))
            w = words[i]
            if len(w) > 3:
                j = rng.randrange(1, len(w) - 1)
                words[i] = (
                    w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                    if rng.random() < 0.5
                    else w[:j] + w[j] * 3 + w[j + 1 :]
                )
        line = " ".join(words)
        if rng.random() < 0.4:
            line = line.replace("'", "")
        if rng.random() < 0.2:
            line = line.upper() if rng.random() < 0.2 else line.capitalize()
        if rng.random() < 0.25:
            line += " " + rng.choice(_EMOJI)
        return line

    def filler(self) -> str:
        return self.fill(self.rng.choice(self.t["filler"]))

    def reply(self) -> str:
        return self.fill(self.rng.choice(self.t["reply"]))

    def move(self, category: str) -> str:
        return self.fill(self.rng.choice(_half(self.t["moves"][category], self.phrasing)))

    def kind_lines(self, kind: str) -> list[str]:
        return _half(self.t["kinds"][kind], self.phrasing)


def _names(rng: random.Random) -> tuple[str, str]:
    a, b = rng.sample(_NAMES, 2)
    return f"{a}{rng.randint(1, 999)}", f"{b}{rng.randint(1, 999)}"


def _ordinary(w: _Writer, speakers: tuple[str, str], n: int, messages: list[dict[str, str]]) -> None:
    for _ in range(n):
        messages.append({"author": w.rng.choice(speakers), "text": w.filler()})


def _grooming(w: _Writer, cid: str) -> tuple[dict[str, Any], dict[str, Any]]:
    rng = w.rng
    suspect, child = _names(rng)
    child_age = rng.randint(10, 15)
    participants: dict[str, dict[str, Any]] = {suspect: {}, child: {}}
    roll = rng.random()
    if roll < 0.3:
        participants[suspect]["declared_age"] = rng.randint(22, 55)
    elif roll < 0.45:
        participants[suspect]["declared_age"] = rng.randint(14, 17)  # a false profile age
    if rng.random() < 0.5:
        participants[child]["declared_age"] = child_age
    messages: list[dict[str, str]] = []
    _ordinary(w, (suspect, child), rng.randint(8, 60), messages)
    onset = len(messages)
    categories = rng.sample(sorted(STAGES), rng.randint(4, 8))
    categories.sort(key=lambda c: STAGES[c] + rng.uniform(-1.6, 1.6))
    pace = rng.choice((1, 4, 10))
    for category in categories:
        messages.append({"author": suspect, "text": w.move(category)})
        if category == "age_probe":
            messages.append({"author": child, "text": w.fill(rng.choice(w.t["child_age"]), child_age)})
            if rng.random() < 0.3:
                line = rng.choice(w.t["groomer_age"])
                messages.append(
                    {"author": suspect, "text": w.fill(line, min(child_age + rng.randint(0, 2), 17))}
                )
        elif rng.random() < 0.7:
            messages.append({"author": child, "text": w.reply()})
        _ordinary(w, (suspect, child), rng.randint(0, pace), messages)
    _ordinary(w, (suspect, child), rng.randint(0, 10), messages)
    conversation = {"id": cid, "participants": participants, "messages": messages}
    truth = {"id": cid, "label": "grooming", "kind": "grooming", "suspect": suspect, "onset": onset}
    return conversation, truth


_ROLES: dict[str, tuple[tuple[int, int], tuple[int, int], float]] = {
    # kind: (lead age range, other age range, share of kind lines written by the lead)
    "peers": ((12, 16), (12, 16), 0.5),
    "family": ((32, 52), (9, 16), 0.75),
    "coach": ((24, 55), (10, 16), 0.8),
    "gamers": ((13, 30), (12, 17), 0.55),
    "friends_meeting": ((16, 40), (16, 40), 0.55),
    "safety_lesson": ((26, 60), (10, 15), 0.85),
    "adults": ((20, 60), (20, 60), 0.5),
    "ordinary": ((12, 40), (12, 40), 0.5),
}


def _benign(w: _Writer, cid: str, kind: str) -> tuple[dict[str, Any], dict[str, Any]]:
    rng = w.rng
    lead, other = _names(rng)
    (lo1, hi1), (lo2, hi2), lead_share = _ROLES[kind]
    ages = {lead: rng.randint(lo1, hi1), other: rng.randint(lo2, hi2)}
    participants: dict[str, dict[str, Any]] = {lead: {}, other: {}}
    for name in (lead, other):
        if rng.random() < 0.5:
            participants[name]["declared_age"] = ages[name]
    messages: list[dict[str, str]] = []
    _ordinary(w, (lead, other), rng.randint(3, 30), messages)
    if kind != "ordinary":
        lines = w.kind_lines(kind)
        chosen = rng.sample(lines, min(len(lines), rng.randint(4, 9)))
        for line in chosen:
            author = lead if rng.random() < lead_share else other
            age = ages[author] if author == lead else ages[other]
            messages.append({"author": author, "text": w.fill(line, age)})
            if rng.random() < 0.5:
                messages.append({"author": other if author == lead else lead, "text": w.reply()})
            _ordinary(w, (lead, other), rng.randint(0, 4), messages)
    _ordinary(w, (lead, other), rng.randint(0, 15), messages)
    conversation = {"id": cid, "participants": participants, "messages": messages}
    return conversation, {"id": cid, "label": "benign", "kind": kind, "suspect": None, "onset": None}


def generate(
    n: int,
    seed: int = 0,
    grooming_share: float = 0.3,
    phrasing: str = "all",
    languages: tuple[str, ...] = tuple(LANGUAGES),
    noise: float = 0.5,
) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Yield ``n`` (conversation, truth) pairs, reproducibly for a given seed."""
    if phrasing not in ("a", "b", "all"):
        raise ValueError("phrasing must be 'a', 'b' or 'all'")
    rng = random.Random(seed)
    weights = [LANGUAGES.get(lang, 0.1) for lang in languages]
    for i in range(n):
        language = rng.choices(languages, weights)[0]
        writer = _Writer(rng, language, phrasing, noise)
        cid = f"s{seed}-{i}"
        if rng.random() < grooming_share:
            conversation, truth = _grooming(writer, cid)
        else:
            conversation, truth = _benign(writer, cid, rng.choices(BENIGN_KINDS, _KIND_SHARE)[0])
        truth["language"] = language
        yield conversation, truth
