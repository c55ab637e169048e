#!/usr/bin/env python3
# ruff: noqa: E501
"""Synthetic chat corpus for training a grooming early-warning detector (writer_f).

Standard library only, deterministic by seed:

    python generate.py --seed S --n N --out CHATS.jsonl --truth TRUTH.jsonl

Every conversation is assembled from a combinatorial grammar: per language and per function a bank of
line templates with inline alternations ``[a|b|c]`` (nestable) and slots ``{town}``.  Content is
non-explicit by construction: grooming stops at a request to meet, to move app or to keep a secret.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from datetime import datetime, timedelta

GROOMING_SHARES = {"grooming_quiet": 0.16, "grooming_typical": 0.115, "grooming_fast": 0.075}
BENIGN_SHARES = {
    "family_parent": 0.08,
    "family_relative": 0.07,
    "teacher_coach": 0.08,
    "peers": 0.08,
    "friends_meeting": 0.065,
    "adults": 0.065,
    "gamers": 0.08,
    "safety_lesson": 0.065,
    "ordinary": 0.065,
}
KIND_SHARES = {**GROOMING_SHARES, **BENIGN_SHARES}
LANG_SHARES = {"en": 0.55, "es": 0.15, "fr": 0.15, "de": 0.15}

ALT = re.compile(r"\[([^\[\]]*)\]")
SLOT = re.compile(r"\{(\w+)\}")
SPACES = re.compile(r"\s+")


def parse_bank(text: str) -> dict[str, list[str]]:
    """``@function`` headers, then one template a line."""
    bank: dict[str, list[str]] = {}
    key = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            key = line[1:].strip()
            bank.setdefault(key, [])
        else:
            bank[key].append(line)
    return bank


def quota(shares: dict[str, float], n: int, rng: random.Random) -> list[str]:
    """Exact shares by largest remainder, then shuffled."""
    total = sum(shares.values())
    raw = {k: v / total * n for k, v in shares.items()}
    counts = {k: int(r) for k, r in raw.items()}
    rest = n - sum(counts.values())
    for k in sorted(raw, key=lambda k: (-(raw[k] - counts[k]), k))[:rest]:
        counts[k] += 1
    out = [k for k in shares for _ in range(counts[k])]
    rng.shuffle(out)
    return out


# ---------------------------------------------------------------------------------------------
# styles: how a participant types


class Style:
    def __init__(
        self, lower: float, nopunct: float, emoji: float, typo: float, abbrev: float, caps: float
    ) -> None:
        self.lower, self.nopunct, self.emoji, self.typo, self.abbrev, self.caps = (
            lower,
            nopunct,
            emoji,
            typo,
            abbrev,
            caps,
        )


STYLES = {
    "teen": Style(0.9, 0.75, 0.22, 0.09, 0.65, 0.0),
    "mimic": Style(0.8, 0.6, 0.18, 0.05, 0.45, 0.0),
    "casual": Style(0.45, 0.4, 0.14, 0.04, 0.2, 0.3),
    "formal": Style(0.08, 0.1, 0.08, 0.015, 0.03, 0.9),
}
EMOJI = {
    "teen": ["😂", "😭", "💀", "🙄", "😅", "🥺", "✨", "😎", "👀", "🤣", "xd", ":)", "😩", "🫠", "💯"],
    "mimic": ["😂", "😅", ":)", "😉", "👍", "😎", "🙂", "haha", "😊"],
    "casual": ["😊", "👍", "😂", "🙂", ":)", "😉", "🙈", "😅"],
    "formal": ["😊", "👍", "❤️", "🙂", "x", "xx"],
}
EN_TAGS = [
    "lol",
    "omg",
    "sorry",
    "random",
    "bro",
    "same",
    "btw",
    "ok",
    "nice",
    "wtf",
    "idk",
    "fr",
    "literally",
    "cringe",
    "vibes",
]
# discourse markers around a line: one more combinatorial layer, per language
OPENERS = {
    "en": [
        "ok so",
        "btw",
        "wait",
        "also",
        "honestly",
        "lol",
        "haha",
        "so",
        "anyway",
        "oh and",
        "hmm",
        "tbh",
        "ngl",
        "omg",
        "bro",
        "ok",
        "right so",
        "yo",
        "ahh",
        "listen",
    ],
    "es": [
        "oye",
        "bueno",
        "pues",
        "a ver",
        "por cierto",
        "jaja",
        "tía",
        "tío",
        "en plan",
        "nose",
        "oye una cosa",
        "ah",
        "mira",
        "literal",
        "buah",
        "ey",
        "osea",
        "xd",
        "venga",
        "bua",
    ],
    "fr": [
        "bon",
        "du coup",
        "au fait",
        "genre",
        "mdr",
        "wsh",
        "bref",
        "en vrai",
        "attends",
        "franchement",
        "ah",
        "ptdr",
        "sinon",
        "euh",
        "jsp",
        "ah ouais",
        "tkt",
        "frr",
        "ohlala",
        "askip",
    ],
    "de": [
        "also",
        "übrigens",
        "naja",
        "ey",
        "haha",
        "achso",
        "sag mal",
        "ehrlich",
        "digga",
        "boah",
        "hm",
        "ach",
        "lol",
        "egal",
        "ok",
        "alter",
        "jo",
        "safe",
        "uff",
        "btw",
    ],
}
CLOSERS = {
    "en": [
        "lol",
        "haha",
        "tbh",
        "ngl",
        "fr",
        "x",
        "!!",
        "...",
        "hehe",
        "lmao",
        "innit",
        "tho",
        "rn",
        "i guess",
        "??",
    ],
    "es": [
        "jaja",
        "jajaja",
        "xd",
        "la verdad",
        "eh",
        "tía",
        "tío",
        "literal",
        "...",
        "jsjs",
        "en plan",
        "o q",
        "no?",
        "bro",
        "!!",
    ],
    "fr": [
        "mdr",
        "ptdr",
        "franchement",
        "hein",
        "wsh",
        "sah",
        "jsp",
        "...",
        "frr",
        "genre",
        "là",
        "quoi",
        "non?",
        "!!",
        "jpp",
    ],
    "de": [
        "haha",
        "xD",
        "ehrlich",
        "oder",
        "digga",
        "halt",
        "lol",
        "...",
        "safe",
        "irgendwie",
        "ne",
        "oder so",
        "!!",
        "hehe",
        "bro",
    ],
}
MARKER_RATE = {"teen": (0.13, 0.16), "mimic": (0.11, 0.14), "casual": (0.07, 0.08), "formal": (0.02, 0.02)}
MIXABLE = {
    "ack",
    "react",
    "greet",
    "greet_r",
    "bye",
    "bye_r",
    "c_ok",
    "c_shy",
    "askback",
    "pe_r",
    "gm_r",
    "c_why",
}


def strip_accents(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn")


def typo(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 3 and w.isalpha()]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    j = rng.randrange(1, len(w) - 1)
    op = rng.random()
    if op < 0.4:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    elif op < 0.7:
        w = w[:j] + w[j + 1 :]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def stylize(text: str, style_name: str, lang: str, rng: random.Random) -> str:
    st = STYLES[style_name]
    if rng.random() < st.abbrev:
        for pat, rep in ABBREV_RX[lang]:
            if rng.random() < 0.55:
                text = pat.sub(rep, text)
    if rng.random() < st.lower:
        text = text.lower()
    elif rng.random() < st.caps and text:
        text = text[0].upper() + text[1:]
        if text[-1].isalnum() and rng.random() < 0.6:
            text += rng.choice([".", ".", "!", ""])
    if rng.random() < st.nopunct:
        text = text.rstrip(".!,;")
        if lang == "en" and rng.random() < 0.6:
            text = text.replace("'", "")
    if lang in ("es", "fr", "de") and style_name in ("teen", "mimic") and rng.random() < 0.3:
        text = strip_accents(text) if lang != "de" else text.replace("ß", "ss")
    if lang == "es" and rng.random() < 0.5:
        text = text.replace("¿", "").replace("¡", "")
    if rng.random() < st.typo:
        text = typo(text, rng)
    if style_name == "teen" and rng.random() < 0.06:
        text = re.sub(
            r"([aeiouy])(\W*)$", lambda m: m.group(1) * rng.randint(2, 4) + m.group(2), text, count=1
        )
    if rng.random() < st.emoji:
        e = rng.choice(EMOJI[style_name])
        text = f"{text} {e}" if rng.random() < 0.85 else f"{e} {text}"
    return text.strip() or "ok"


# ---------------------------------------------------------------------------------------------
# slots


class Context:
    """Per-conversation fixed facts (town, game, sibling…) plus per-use random fillers."""

    FIXED = (
        "town",
        "game",
        "app",
        "sib",
        "pet",
        "team",
        "sport",
        "bus",
        "street",
        "shop",
        "age",
        "aage",
        "price",
    )

    def __init__(self, lang: str, rng: random.Random) -> None:
        self.lang, self.rng = lang, rng
        self.slots = SLOTS[lang]
        self.fixed: dict[str, str] = {}
        for key in self.FIXED:
            self.fixed[key] = self.fresh(key)
        self.addressee = ""
        self.speaker = ""

    def fresh(self, key: str) -> str:
        rng = self.rng
        if key == "age":
            return str(rng.randint(11, 15))
        if key == "aage":
            return str(rng.randint(21, 47))
        if key == "num":
            return str(rng.randint(2, 9))
        if key == "price":
            return str(rng.choice([25, 30, 40, 45, 50, 60, 75, 80, 90, 120, 150]))
        if key == "amount":
            return str(rng.choice([5, 10, 10, 15, 20, 25, 50]))
        if key == "street":
            return rng.choice(self.slots["street"]).replace("#", str(rng.randint(2, 88)))
        if key == "sib":
            return rng.choice(SLOTS[self.lang]["kidname"]).capitalize()
        values = self.slots.get(key) or SLOTS["en"].get(key)
        if not values:
            raise KeyError(f"slot {key!r} has no values for {self.lang}")
        return rng.choice(values)

    def value(self, key: str) -> str:
        if key == "n":
            return self.addressee
        if key == "me":
            return self.speaker
        if key in self.fixed:
            return self.fixed[key]
        return self.fresh(key)


DUP = re.compile(
    r"\b(el|la|las|los|de|le|les|du|à|au|am|um|im|the|to|a|in|en|m'a|on|at|mit|zum|beim|bei|con|por|vers|sobre|ma)\s+\1\b",
    re.IGNORECASE,
)
FIXES = {
    "es": [(re.compile(r"\bde el\b"), "del"), (re.compile(r"\ba el\b"), "al")],
    "fr": [
        (re.compile(r"\bà le\b"), "au"),
        (re.compile(r"\bà les\b"), "aux"),
        (re.compile(r"\bde le\b"), "du"),
        (re.compile(r"\bde les\b"), "des"),
        (re.compile(r"\bau le\b"), "au"),
        (re.compile(r"\bau la\b"), "à la"),
        (re.compile(r"\bau l'"), "à l'"),
        (re.compile(r"\bdu la\b"), "de la"),
        (re.compile(r"\bdu l'"), "de l'"),
        (re.compile(r"\bdu le\b"), "du"),
        (re.compile(r"\bque il\b"), "qu'il"),
    ],
    "de": [
        (re.compile(r"\bgegen um\b"), "gegen"),
        (re.compile(r"\bum gegen\b"), "gegen"),
        (re.compile(r"\bbis um um\b"), "bis um"),
    ],
    "en": [(re.compile(r"\bat around\b"), "around")],
}


def expand(template: str, rng: random.Random, ctx: Context) -> str:
    while "[" in template:
        new = ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)
        if new == template:
            break
        template = new
    text = SLOT.sub(lambda m: ctx.value(m.group(1)), template)
    text = SPACES.sub(" ", text).strip()
    text = DUP.sub(r"\1", text)
    for pat, rep in FIXES.get(ctx.lang, ()):
        text = pat.sub(rep, text)
    return text.replace(" ,", ",").replace(" ?", "?")


# ---------------------------------------------------------------------------------------------
# conversation builder


class Talk:
    def __init__(
        self, rng: random.Random, lang: str, ctx: Context, names: dict[str, str], styles: dict[str, str]
    ) -> None:
        self.rng, self.lang, self.ctx, self.names, self.styles = rng, lang, ctx, names, styles
        self.msgs: list[dict[str, str]] = []
        self.onset: int | None = None
        self.timed = rng.random() < 0.78
        self.clock = datetime(2023, 1, 1) + timedelta(
            days=rng.randint(0, 900), minutes=rng.randint(7 * 60, 23 * 60)
        )
        self.handle: dict[str, str] = {}
        for role, name in names.items():
            short = name.split("_")[0].split(".")[0].rstrip("0123456789")
            self.handle[role] = short if short and short.isalpha() and len(short) > 2 else ""

    def other(self, role: str) -> str:
        return next(r for r in self.names if r != role)

    def line(self, role: str, func: str, template: str | None = None) -> str:
        rng, lang = self.rng, self.lang
        if template is None:
            use_lang = lang
            if func == "bye" and self.styles[role] in ("casual", "formal"):
                func = "bye_a"
            if (
                lang != "en"
                and func in MIXABLE
                and self.styles[role] in ("teen", "mimic")
                and rng.random() < 0.12
            ):
                use_lang = "en"
            templates = BANKS[use_lang].get(func) or BANKS[lang].get(func) or BANKS["en"][func]
            template = rng.choice(templates)
        self.ctx.addressee = self.handle[self.other(role)] or rng.choice(NICK[lang])
        self.ctx.speaker = self.handle[role] or "me"
        text = expand(template, rng, self.ctx)
        pre, post = MARKER_RATE[self.styles[role]]
        if rng.random() < pre:
            text = f"{rng.choice(OPENERS[lang])} {text}"
        if rng.random() < post and not text.endswith(("?", "!")):
            closer = rng.choice(CLOSERS[lang])
            text = f"{text}{closer}" if closer in ("!!", "...", "??") else f"{text} {closer}"
        text = stylize(text, self.styles[role], lang, rng)
        if lang != "en" and self.styles[role] in ("teen", "mimic") and rng.random() < 0.07:
            tag = rng.choice(EN_TAGS)
            text = f"{tag} {text}" if rng.random() < 0.4 else f"{text} {tag}"
        return text

    def say(
        self, role: str, func: str, manip: bool = False, gap: float | None = None, template: str | None = None
    ) -> None:
        rng = self.rng
        if gap is None:
            r = rng.random()
            gap = (
                rng.uniform(0.1, 2.5) if r < 0.8 else rng.uniform(3, 25) if r < 0.96 else rng.uniform(40, 300)
            )
        self.clock += timedelta(seconds=int(gap * 60) + rng.randint(0, 50))
        msg = {"author": self.names[role], "text": self.line(role, func, template)}
        if self.timed and rng.random() > 0.02:
            msg["time"] = self.clock.strftime("%Y-%m-%dT%H:%M:%S")
        self.msgs.append(msg)
        if manip and self.onset is None:
            self.onset = len(self.msgs) - 1

    def chat(
        self, topics: list[str], roles: tuple[str, str], answerer_only: dict[str, str] | None = None
    ) -> None:
        """One small-talk exchange on an ordinary topic."""
        rng = self.rng
        topic = rng.choice(topics)
        asker = rng.choice(roles)
        if answerer_only and topic in answerer_only:
            asker = self.other(answerer_only[topic])
        answerer = self.other(asker)
        pair = rng.choice(BANKS[self.lang].get(f"st_{topic}") or BANKS["en"][f"st_{topic}"])
        question, _, answer = pair.partition("||")
        self.say(asker, "q", template=question.strip())
        self.say(answerer, "a", template=answer.strip())
        r = rng.random()
        if r < 0.22 and not (answerer_only and topic in answerer_only):
            if rng.random() < 0.6:
                self.say(answerer, "askback")
            self.say(asker, "a", template=answer.strip())
        elif r < 0.45:
            self.say(asker, "react")
        elif r < 0.53:
            self.say(asker, "react")
            self.say(answerer, "ack")


def sample_length(kind: str, rng: random.Random) -> int:
    r = rng.random()
    if kind == "grooming_fast":
        return rng.randint(6, 18)
    if kind == "grooming_quiet":
        cuts = (0.05, 0.45)
    elif kind == "grooming_typical":
        cuts = (0.08, 0.62)
    else:
        cuts = (0.14, 0.76)
    if r < cuts[0]:
        return rng.randint(6, 11)
    if r < cuts[1]:
        return rng.randint(12, 40)
    return rng.randint(41, 80)


KID_TOPICS = ["game", "school", "music", "food", "weekend", "sport", "show", "pet"]
ADULT_TOPICS = ["work", "weekend", "food", "weather", "show", "pet"]

# move -> (reply when going along, reply when pushing back)
REPLIES = {
    "g_age": ("c_age_ans", "c_age_dodge"),
    "g_compliment": ("c_flattered", "c_shy"),
    "g_mature": ("c_flattered", "c_shy"),
    "g_where": ("c_where_ans", "c_wary"),
    "g_alone": ("c_alone_ans", "c_wary"),
    "g_secret": ("c_ok_secret", "c_refuse"),
    "g_gift": ("c_gift_yes", "c_gift_no"),
    "g_move": ("c_move_ok", "c_move_no"),
    "g_meet": ("c_meet_maybe", "c_meet_no"),
    "q_routine": ("c_routine_ans", "c_wary"),
    "q_bus": ("c_bus_ans", "c_wary"),
    "q_homewhen": ("c_routine_ans", "c_wary"),
    "q_exclusive": ("c_flattered", "c_shy"),
    "q_friends": ("c_vent", "c_defend"),
    "q_screen": ("c_screen_ans", "c_wary"),
    "q_delete": ("c_ok_secret", "c_why"),
    "q_second": ("c_ok_secret", "c_why"),
    "q_favour": ("c_ok", "c_why"),
    "q_resent": ("c_vent", "c_defend"),
    "q_secretworld": ("c_flattered", "c_why"),
    "q_special": ("c_flattered", "c_shy"),
    "q_meet_soft": ("c_meet_maybe", "c_meet_no"),
    "q_move_soft": ("c_move_ok", "c_move_no"),
}
PUSHBACK = {"eager": 0.12, "reluctant": 0.35, "wary": 0.6}


def do_move(t: Talk, move: str, disp: str, quiet: bool, later: list[str]) -> None:
    rng = t.rng
    if move.startswith("^"):
        move = move[1:]
        t.say("s", "s_return", manip=True, gap=rng.uniform(120, 2400))
    if move in ("q_resent", "q_friends") and rng.random() < 0.5:
        t.say("c", "c_vent_start")
    t.say("s", move, manip=True)
    if rng.random() < 0.15 and move not in ("g_meet", "q_meet_soft"):
        t.say(
            "s",
            rng.choice(["ack", "s_adult" if rng.random() < 0.5 else "react"]) if rng.random() < 0.3 else move,
            manip=True,
        )
    pos, neg = REPLIES[move]
    if rng.random() < PUSHBACK[disp]:
        t.say("c", neg)
        r = rng.random()
        if r < 0.45:
            t.say("s", "s_backoff", manip=True)
            if rng.random() < 0.55:
                later.insert(rng.randint(0, len(later)), "^" + move)
        elif r < 0.8:
            t.say("s", "q_soften" if quiet else "g_insist", manip=True)
            t.say("c", pos if rng.random() < 0.5 else neg)
        else:
            t.say("c", "c_change")
    else:
        t.say("c", pos)
        if move == "q_favour" or (move in ("q_delete", "q_second", "g_secret") and rng.random() < 0.4):
            t.say("s", "q_praise", manip=True)
        elif rng.random() < 0.2:
            t.say("s", "react")


def pick(rng: random.Random, pool: list[str], lo: int, hi: int) -> list[str]:
    return rng.sample(pool, rng.randint(lo, min(hi, len(pool))))


def plan_moves(kind: str, rng: random.Random, length: int) -> list[str]:
    if kind == "grooming_typical":
        stages = [
            pick(rng, ["g_age", "g_compliment", "g_mature"], 1, 2),
            pick(rng, ["g_where", "g_alone"], 1, 2),
            pick(rng, ["g_secret", "g_gift"], 1, 2),
        ]
        end = pick(rng, ["g_move", "g_meet"], 1, 2)
        if rng.random() < 0.3:
            stages[1].append(rng.choice(["q_exclusive", "q_routine", "q_screen", "q_resent"]))
    else:
        stages = [
            pick(rng, ["q_special", "q_exclusive"], 1, 2),
            pick(rng, ["q_routine", "q_bus", "q_homewhen", "q_screen"], 1, 3),
            pick(rng, ["q_friends", "q_resent", "q_secretworld"], 1, 2),
            pick(rng, ["q_favour", "q_delete", "q_second"], 1, 2),
        ]
        end = [rng.choice(["q_meet_soft", "q_move_soft", "q_secretworld", "q_meet_soft"])]
    moves = [m for s in stages for m in s]
    if rng.random() < 0.6:  # stages are not in a fixed order
        for _ in range(rng.randint(1, 3)):
            i, j = rng.randrange(len(moves)), rng.randrange(len(moves))
            moves[i], moves[j] = moves[j], moves[i]
    moves = [m for m in moves if m not in end] + end
    cap = max(2, length // 5)
    if len(moves) > cap:
        keep = moves[: cap - 1] + moves[-1:]
        moves = keep
    return list(dict.fromkeys(moves))


def build_grooming(t: Talk, kind: str, length: int, pretend_young: bool) -> None:
    rng = t.rng
    disp = rng.choices(["eager", "reluctant", "wary"], [0.35, 0.35, 0.3])[0]
    quiet = kind == "grooming_quiet"
    neutral = "s_young" if pretend_young else "s_adult"
    opener = "s" if rng.random() < 0.75 else "c"
    t.say(opener, "greet")
    t.say(t.other(opener), "greet_r")
    topics = KID_TOPICS + ([] if pretend_young else ["work"])
    only = {"work": "s"}
    if kind == "grooming_fast":
        if rng.random() < 0.35:
            t.chat(topics, ("s", "c"), only)
        if rng.random() < 0.3:
            t.say("s", neutral)
        first = pick(rng, ["g_age", "g_compliment", "g_mature", "g_alone", "g_where", "g_gift"], 1, 3)
        for m in first:
            if len(t.msgs) + 2 > 9:
                break
            t.say("s", m, manip=True)
            pos, neg = REPLIES[m]
            t.say("c", neg if rng.random() < PUSHBACK[disp] else pos)
        end = rng.choice(["g_move", "g_meet", "g_move"])
        t.say("s", end, manip=True)
        pos, neg = REPLIES[end]
        if rng.random() < PUSHBACK[disp]:
            t.say("c", neg)
            t.say("s", "g_insist", manip=True)
            t.say("c", pos if rng.random() < 0.5 else neg)
            if rng.random() < 0.4:
                t.say("s", rng.choice(["g_meet", "g_move", "g_secret"]), manip=True)
        else:
            t.say("c", pos)
            if rng.random() < 0.5:
                t.say("s", rng.choice(["g_secret", "g_meet" if end == "g_move" else "g_move"]), manip=True)
        return
    moves = plan_moves(kind, rng, length)
    late = rng.random() < (0.38 if quiet else 0.25)
    target = int(length * (rng.uniform(0.4, 0.72) if late else rng.uniform(0.05, 0.3)))
    while len(t.msgs) < target:
        r = rng.random()
        if r < 0.12:
            t.say("s", neutral)
            t.say("c", "react")
        elif r < 0.18 and quiet:
            t.say("c", "c_vent_start")
            t.say("s", "react")
        else:
            t.chat(topics, ("s", "c"), only)
    queue = list(moves)
    while queue:
        move = queue.pop(0)
        do_move(t, move, disp, quiet, queue)
        if queue:
            budget = (length - len(t.msgs) - 2.5 * len(queue)) / len(queue)
            n = max(0, round(budget / 2.6 * rng.uniform(0.5, 1.5)))
            for _ in range(n):
                if rng.random() < 0.1:
                    t.say("s", neutral)
                else:
                    t.chat(topics, ("s", "c"), only)
    if rng.random() < 0.35:
        t.say("c", "bye")
        t.say("s", "bye_r")


# benign kinds: roles (a, b), which filler topics, beats (speaker, line, reply)
BENIGN = {
    "family_parent": (
        [*KID_TOPICS[1:5], "pet", "show"],
        [
            ("a", "fp_pickup", "fp_r_ok"),
            ("a", "fp_homealone", "fp_r_ok"),
            ("a", "fp_secret", "fp_r_secret"),
            ("a", "fp_gift", "fp_r_gift"),
            ("a", "fp_screen", "fp_r_complain"),
            ("a", "fp_keys", "fp_r_ok"),
            ("a", "fp_delapp", "fp_r_app"),
            ("a", "fp_love", "fp_r_love"),
            ("b", "fp_ask", "fp_r_answer"),
            ("a", "fp_route", "fp_r_ok"),
            ("a", "fp_route", "c_bus_ans"),
        ],
    ),
    "family_relative": (
        [*KID_TOPICS[1:5], "pet", "show"],
        [
            ("a", "rel_present", "rel_r_thanks"),
            ("a", "rel_surprise", "fp_r_secret"),
            ("a", "rel_visit", "rel_r_ok"),
            ("a", "rel_size", "rel_r_size"),
            ("a", "rel_lift", "rel_r_ok"),
            ("a", "fp_love", "fp_r_love"),
            ("b", "rel_thanks", "rel_r_welcome"),
            ("a", "rel_when", "c_routine_ans"),
        ],
    ),
    "teacher_coach": (
        ["school", "sport", "weekend"],
        [
            ("a", "tc_schedule", "tc_r_ok"),
            ("a", "tc_travel", "tc_r_ok"),
            ("b", "tc_hw_q", "tc_hw_help"),
            ("a", "tc_praise", "tc_r_thanks"),
            ("a", "tc_kit", "tc_r_ok"),
            ("a", "tc_venue", "tc_r_ok"),
            ("a", "tc_bus", "c_bus_ans"),
        ],
    ),
    "peers": (
        KID_TOPICS,
        [
            ("a", "pe_secret", "pe_r_secret"),
            ("a", "pe_crush", "pe_r"),
            ("a", "pe_app", "pe_r"),
            ("a", "pe_park", "pe_r"),
            ("b", "pe_dontell", "pe_r_secret"),
            ("a", "pe_age", "pe_r"),
            ("b", "pe_compliment", "pe_r"),
            ("b", "pe_park", "pe_r"),
            ("a", "pe_home", "pe_r"),
            ("b", "pe_delete", "pe_r"),
        ],
    ),
    "friends_meeting": (
        ADULT_TOPICS,
        [
            ("a", "fm_meet", "fm_r"),
            ("b", "fm_address", "fm_r"),
            ("a", "fm_app", "fm_r"),
            ("b", "fm_meet", "fm_r"),
            ("a", "fm_alone", "fm_r"),
        ],
    ),
    "adults": (
        ADULT_TOPICS,
        [
            ("a", "ad_compliment", "ad_r"),
            ("b", "ad_date", "ad_r"),
            ("a", "ad_free", "ad_r"),
            ("b", "ad_age", "ad_r_age"),
            ("a", "ad_secret", "ad_r"),
            ("b", "ad_compliment", "ad_r"),
            ("a", "ad_exclusive", "ad_r"),
        ],
    ),
    "gamers": (
        ["game", "game", "music", "weekend", "school"],
        [
            ("a", "gm_squad", "gm_r"),
            ("b", "gm_age", "gm_r_age"),
            ("a", "gm_gift", "gm_r_gift"),
            ("b", "gm_discord", "gm_r"),
            ("a", "gm_age", "gm_r_age"),
            ("a", "gm_gg", "gm_r"),
            ("b", "gm_late", "gm_r"),
        ],
    ),
    "safety_lesson": (
        ["weekend", "school", "weather"],
        [
            ("a", "sl_sign", "sl_r"),
            ("a", "sl_quote", "sl_r"),
            ("a", "sl_quote", "sl_r"),
            ("a", "sl_advice", "sl_r"),
            ("b", "sl_ask", "sl_answer"),
        ],
    ),
    "ordinary": (ADULT_TOPICS, []),
}
ORDINARY_SCENES = ["ocs", "obk", "ogp", "onb"]


def build_benign(t: Talk, kind: str, length: int) -> None:
    rng = t.rng
    topics, beats = BENIGN[kind]
    if kind == "ordinary":
        scene = rng.choice(ORDINARY_SCENES)
        beats = [("a", f"{scene}_a", f"{scene}_b"), ("b", f"{scene}_b", f"{scene}_a")]
    if rng.random() < 0.6 or kind == "ordinary":
        opener = rng.choice(("a", "b"))
        t.say(opener, "greet")
        if rng.random() < 0.8:
            t.say(t.other(opener), "greet_r")
    n_beats = max(2, min(10, length // rng.randint(4, 7)))
    last = None
    for i in range(n_beats):
        beat = rng.choice(beats)
        if beat == last and len(beats) > 1:
            beat = rng.choice([b for b in beats if b != last])
        last = beat
        speaker, func, reply = beat
        t.say(speaker, func)
        if rng.random() < 0.15:
            t.say(speaker, func)
        t.say(t.other(speaker), reply)
        if rng.random() < 0.3:
            t.say(speaker, "ack" if rng.random() < 0.6 else "react")
        left = n_beats - i - 1
        if left:
            budget = (length - len(t.msgs) - 2.5 * left) / left
            for _ in range(max(0, round(budget / 2.6 * rng.uniform(0.4, 1.4)))):
                t.chat(topics, ("a", "b"))
    if rng.random() < 0.45:
        closer = rng.choice(("a", "b"))
        t.say(closer, "bye")
        t.say(t.other(closer), "bye_r")


# ---------------------------------------------------------------------------------------------
# participants


def handle(rng: random.Random, lang: str, young: bool) -> str:
    words = SLOTS[lang]["handleword"] + SLOTS["en"]["handleword"]
    w = rng.choice(words)
    if young:
        tail = rng.choice([str(rng.randint(9, 15)), str(rng.randint(2009, 2014)), "xx", "_", "07", "_x"])
    else:
        tail = rng.choice(
            [str(rng.randint(70, 99)), str(rng.randint(1975, 2003)), str(rng.randint(1, 999)), "_"]
        )
    sep = rng.choice(["", "_", ".", ""])
    return f"{w}{sep}{tail}".strip("_.")


def person(rng: random.Random, lang: str, adult: bool, taken: set[str], parent: str | None = None) -> str:
    for _ in range(50):
        r = rng.random()
        if parent and r < 0.3:
            name = rng.choice(SLOTS[lang][parent])
        elif r < 0.6:
            name = rng.choice(SLOTS[lang]["adultname" if adult else "kidname"])
        else:
            name = handle(rng, lang, not adult)
        if name not in taken:
            taken.add(name)
            return name
    name = f"user{len(taken)}{rng.randint(100, 999)}"
    taken.add(name)
    return name


def make_one(idx: int, kind: str, lang: str, rng: random.Random) -> tuple[dict, dict]:
    ctx = Context(lang, rng)
    taken: set[str] = set()
    length = sample_length(kind, rng)
    grooming = kind.startswith("grooming")
    ages: dict[str, int | None] = {}
    if grooming:
        pretend = rng.random() < 0.3
        names = {"s": person(rng, lang, not pretend, taken), "c": person(rng, lang, False, taken)}
        styles = {"s": "mimic" if pretend or rng.random() < 0.55 else "casual", "c": "teen"}
        true_adult = int(ctx.fixed["aage"])
        ages = {
            "s": rng.randint(14, 17) if pretend and rng.random() < 0.8 else true_adult,
            "c": int(ctx.fixed["age"]) if rng.random() < 0.8 else rng.randint(13, 16),
        }
    else:
        adult_a = kind in (
            "family_parent",
            "family_relative",
            "teacher_coach",
            "friends_meeting",
            "adults",
            "safety_lesson",
            "ordinary",
        )
        adult_b = kind in ("friends_meeting", "adults", "ordinary") or (
            kind == "safety_lesson" and rng.random() < 0.6
        )
        if kind == "gamers":
            adult_a, adult_b = rng.random() < 0.45, rng.random() < 0.3
        parent = "parentname" if kind == "family_parent" else "relname" if kind == "family_relative" else None
        names = {"a": person(rng, lang, adult_a, taken, parent), "b": person(rng, lang, adult_b, taken)}
        styles = {
            "a": (
                "formal"
                if kind in ("family_parent", "family_relative", "teacher_coach", "safety_lesson")
                and rng.random() < 0.7
                else "casual"
            )
            if adult_a
            else "teen",
            "b": ("casual" if rng.random() < 0.75 else "formal") if adult_b else "teen",
        }
        ages = {
            "a": int(ctx.fixed["aage"]) + (15 if kind == "family_relative" and rng.random() < 0.5 else 0)
            if adult_a
            else rng.randint(12, 16),
            "b": rng.randint(19, 60) if adult_b else int(ctx.fixed["age"]),
        }
        if kind == "gamers" and adult_a and rng.random() < 0.1:
            ages["a"] = rng.randint(15, 17)
    t = Talk(rng, lang, ctx, names, styles)
    if grooming:
        build_grooming(t, kind, length, pretend)
    else:
        build_benign(t, kind, length)
    while len(t.msgs) < 6:
        roles = tuple(names)
        t.chat(ADULT_TOPICS if kind in ("friends_meeting", "adults", "ordinary") else KID_TOPICS, roles)  # type: ignore[arg-type]
    msgs = t.msgs[:80]
    participants = {}
    for role, name in names.items():
        entry: dict[str, int] = {}
        if rng.random() < 0.4 and ages.get(role) is not None:
            entry["declared_age"] = int(ages[role])  # type: ignore[arg-type]
        participants[name] = entry
    cid = f"c-{idx}"
    conv = {"id": cid, "participants": participants, "messages": msgs}
    truth = {
        "id": cid,
        "label": "grooming" if grooming else "benign",
        "kind": kind,
        "suspect": names["s"] if grooming else None,
        "onset": t.onset if grooming else None,
        "language": lang,
    }
    if grooming:
        assert t.onset is not None and t.onset < len(msgs) and msgs[t.onset]["author"] == names["s"]
    return conv, truth


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    args = ap.parse_args(argv)
    if args.n < 1:
        print("--n must be at least 1", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    kinds = quota(KIND_SHARES, args.n, rng)
    langs = quota(LANG_SHARES, args.n, rng)
    with open(args.out, "w", encoding="utf-8") as out, open(args.truth, "w", encoding="utf-8") as tr:
        for i, (kind, lang) in enumerate(zip(kinds, langs, strict=True), start=1):
            conv, truth = make_one(i, kind, lang, random.Random(f"{args.seed}:{i}"))
            out.write(json.dumps(conv, ensure_ascii=False) + "\n")
            tr.write(json.dumps(truth, ensure_ascii=False) + "\n")
    return 0


# ---------------------------------------------------------------------------------------------
# slot values per language


def _w(text: str) -> list[str]:
    return [v.strip() for v in text.split(";") if v.strip()]


SLOTS: dict[str, dict[str, list[str]]] = {
    "en": {
        "kidname": _w(
            "mia;ella;noah;liam;ava;jack;sophie;ruby;leo;oscar;lily;evie;maya;josh;zara;kai;amelia;freya;harry;isla;"
            "chloe;tyler;jayden;poppy;alfie;grace;mason;aisha;ethan;daisy;riley;logan;imogen;zac;summer;ollie"
        ),
        "adultname": _w(
            "mark;dave;chris;paul;steve;rob;jason;kevin;lisa;karen;sarah;michelle;tom;ben;gary;neil;claire;"
            "emma;rachel;darren;lee;craig;wayne;nicola;joanne;simon;andy;dean;kirsty;martin"
        ),
        "parentname": _w("mum;mom;dad;mummy;mama bear;papa"),
        "relname": _w("nana;grandma;grandad;auntie sue;uncle pete;gran;aunt jo;uncle rich;nanny pat"),
        "handleword": _w(
            "shadowfox;skyler;kingkai;lilbean;ghostrider;moonbeam;sk8r;dragonz;nova;blaze;pixel;frosty;"
            "gamerdad;chillguy;ukboy;northstar;wolfie;bubbles;cherry;turbo;vibez;lazyday"
        ),
        "town": _w(
            "leeds;bristol;croydon;derby;reading;swindon;bolton;york;norwich;luton;stockport;wigan;slough;hull;"
            "coventry;leicester;ipswich;walsall;bury;gateshead"
        ),
        "game": _w(
            "fortnite;minecraft;roblox;valorant;fc 25;rocket league;among us;apex;brawl stars;clash royale;"
            "genshin;cod;overwatch;gta;rainbow six;fall guys;stumble guys;sea of thieves"
        ),
        "app": _w("snap;snapchat;telegram;whatsapp;insta;discord;signal;kik;wickr;threema;session"),
        "time": _w("5;half 4;6;7ish;4:30;6:15;around 8;half 7;quarter to 6;like 5:45;after 9;about 3:40"),
        "day": _w(
            "monday;tuesday;wednesday;thursday;friday;saturday;sunday;the weekend;saturday morning;friday night"
        ),
        "subject": _w(
            "maths;science;history;french;pe;geography;english;art;music;drama;computing;re;spanish"
        ),
        "hobby": _w(
            "drawing;skating;football;dancing;guitar;gaming;swimming;baking;boxing;gymnastics;piano;cheer;"
            "editing videos;crochet;fishing;bmx"
        ),
        "food": _w(
            "pizza;nuggets;pasta;tacos;chips;ramen;curry;a kebab;burgers;pancakes;toast;noodles;wings;a meal deal"
        ),
        "place": _w(
            "the park;the library;the shopping centre;the skate park;maccies;the rec;the leisure centre;"
            "the bus station;greggs;the retail park;the canal path;the cinema"
        ),
        "bus": _w("the 42;the 7;the x12;number 86;the 19;the 3a;the 250;the school bus;the 61;the tram"),
        "item": _w(
            "a £10 gift card;1000 vbucks;some robux;£20 phone credit;a steam card;the new battle pass;"
            "a skin;some nitro;a psn card;airpods"
        ),
        "singer": _w(
            "taylor swift;billie eilish;central cee;olivia rodrigo;sabrina carpenter;dave;stormzy;"
            "ed sheeran;doja cat;chappell roan;sza;arctic monkeys"
        ),
        "show": _w(
            "stranger things;wednesday;squid game;one piece;bluey;love island;the bear;heartstopper;"
            "the last of us;top boy"
        ),
        "team": _w("arsenal;city;spurs;liverpool;united;villa;newcastle;leeds;chelsea;everton"),
        "sport": _w(
            "football;netball;basketball;swimming;rugby;athletics;hockey;cricket;gymnastics;badminton"
        ),
        "shop": _w("tesco;argos;primark;asda;b&m;currys;boots;sainsbury's;jd;lidl"),
        "street": _w(
            "# elm road;# station street;# park lane;flat #, mill court;# church road;# victoria avenue"
        ),
        "pet": _w("dog;cat;hamster;rabbit;guinea pig;gecko;puppy"),
        "weather": _w("raining;freezing;boiling;grey;windy;sunny for once"),
        "job": _w(
            "a warehouse;the hospital;a garage;an office;a call centre;the council;a gym;a restaurant;"
            "deliveries;it support"
        ),
    },
    "es": {
        "kidname": _w(
            "lucía;martina;hugo;pablo;alba;daniela;mateo;álex;sofía;diego;vega;nerea;iker;leo;carla;"
            "marcos;paula;aitana;dani;irene;adrián;noa;unai;claudia;izan;valeria"
        ),
        "adultname": _w(
            "javier;carlos;raúl;sergio;antonio;marta;pilar;rocío;fernando;óscar;toni;paco;nacho;"
            "susana;beatriz;quique;jorge;manolo;nuria;luis"
        ),
        "parentname": _w("mamá;papá;mama;papi;mami"),
        "relname": _w("abuela;abuelo;tía carmen;tío juan;yaya;tita;tío pepe;prima laura"),
        "handleword": _w(
            "sombra;gatito;reydelnorte;lobito;chispa;rayo;elmorenito;patata;pikachu;nube;capitana;"
            "fuego;zorro;lunita"
        ),
        "town": _w(
            "getafe;alcalá;móstoles;zaragoza;valencia;murcia;sabadell;leganés;gijón;badalona;alcorcón;"
            "santander;vigo;córdoba;jerez;hospitalet"
        ),
        "app": _w("telegram;whatsapp;insta;discord;snap;signal;tiktok;kik"),
        "time": _w(
            "las 5;las 6 y media;las 7;las 8 o así;las 3 y cuarto;las 9;las 2;las 7 y pico;media tarde;las 4 menos cuarto"
        ),
        "day": _w(
            "el lunes;el martes;el miércoles;el jueves;el viernes;el sábado;el domingo;el finde;el viernes por la tarde"
        ),
        "subject": _w(
            "mates;lengua;historia;inglés;física;educación física;biología;francés;plástica;música;tecnología"
        ),
        "hobby": _w(
            "dibujar;el skate;el fútbol;bailar;la guitarra;jugar a la play;nadar;el baloncesto;patinar;"
            "hacer tiktoks;el boxeo;el piano"
        ),
        "food": _w(
            "pizza;tortilla;macarrones;croquetas;paella;churros;hamburguesa;lentejas;un kebab;nuggets;un bocata"
        ),
        "place": _w(
            "el parque;la biblio;el centro comercial;el skatepark;el burger;la plaza;el polideportivo;"
            "la estación;el mcdonalds;el cine;la parada del bus"
        ),
        "bus": _w("el 27;la línea 5;el C2;el 146;el búho;el 33;el 9;el bus del cole;el metro;el tranvía"),
        "item": _w(
            "una tarjeta regalo de 20€;pavos;robux;saldo para el móvil;una tarjeta de la play;el pase de batalla;"
            "una skin;nitro;unos cascos"
        ),
        "singer": _w(
            "bad bunny;rosalía;quevedo;aitana;bizarrap;karol g;taylor swift;billie eilish;myke towers;"
            "lola índigo;duki;morad"
        ),
        "show": _w(
            "la casa de papel;élite;wednesday;stranger things;one piece;la que se avecina;squid game;merlí"
        ),
        "team": _w("madrid;barça;atleti;betis;sevilla;valencia;athletic;celta;getafe"),
        "sport": _w("fútbol;baloncesto;balonmano;voleibol;pádel;tenis;fútbol sala"),
        "shop": _w("mercadona;el corte inglés;zara;primark;carrefour;decathlon;el chino;lidl"),
        "street": _w("calle mayor #;avenida de españa #;calle real #, 2ºB;plaza del sol #;calle luna #"),
        "pet": _w("perro;gato;hámster;conejo;tortuga;periquito"),
        "weather": _w("lloviendo;un frío que pela;un calor horrible;nublado;haciendo viento"),
        "job": _w("un almacén;el hospital;un taller;una oficina;un bar;el ayuntamiento;un gimnasio;reparto"),
    },
    "fr": {
        "kidname": _w(
            "léa;chloé;inès;lucas;hugo;nathan;manon;jade;enzo;louise;maël;emma;théo;camille;yanis;"
            "lina;noah;sarah;rayan;zoé;adam;clara;kylian;ambre"
        ),
        "adultname": _w(
            "laurent;stéphane;nicolas;sébastien;christophe;sandrine;nathalie;olivier;fred;isabelle;"
            "karim;franck;céline;patrick;virginie;david;sophie;jérôme"
        ),
        "parentname": _w("maman;papa;mamounette;pap"),
        "relname": _w("mamie;papi;tata sylvie;tonton marc;mamie jo;tatie;cousine julie;parrain"),
        "handleword": _w(
            "ombre;chaton;loupgarou;ptitlu;eclair;renard;nuage;biscotte;pikachu;zebre;tigresse;"
            "mangouste;brindille"
        ),
        "town": _w(
            "nanterre;villeurbanne;créteil;lille;rennes;montreuil;roubaix;nancy;tours;angers;grenoble;"
            "reims;le havre;argenteuil;limoges;metz"
        ),
        "app": _w("snap;telegram;whatsapp;insta;discord;signal;tiktok;kik"),
        "time": _w("17h;18h30;19h;vers 20h;16h15;midi;18h;21h;17h45;16h30"),
        "day": _w(
            "lundi;mardi;mercredi;jeudi;vendredi;samedi;dimanche;ce week-end;samedi aprem;mercredi aprèm"
        ),
        "subject": _w(
            "maths;histoire-géo;anglais;svt;français;physique-chimie;eps;espagnol;techno;arts plastiques"
        ),
        "hobby": _w(
            "dessiner;le skate;le foot;la danse;la guitare;jouer à la play;la natation;le basket;"
            "faire des montages;la boxe;le piano;le hand"
        ),
        "food": _w("pizza;tacos;pâtes;crêpes;raclette;kebab;burger;frites;croque-monsieur;nuggets;un grec"),
        "place": _w(
            "le parc;la médiathèque;le centre commercial;le skatepark;le mcdo;la gare;le stade;"
            "l'arrêt de bus;le city;le ciné"
        ),
        "bus": _w("le 183;le bus 12;le tram 2;la ligne 9;le 38;le bus scolaire;le métro;le rer"),
        "item": _w(
            "une carte cadeau;des v-bucks;du crédit;des robux;une carte psn;le passe de combat;un skin;"
            "nitro;des écouteurs"
        ),
        "singer": _w(
            "aya nakamura;jul;ninho;angèle;gazo;tiakola;taylor swift;billie eilish;pnl;damso;orelsan;werenoi"
        ),
        "show": _w("stranger things;wednesday;one piece;lupin;squid game;skam;demon slayer;validé"),
        "team": _w("psg;om;ol;lens;losc;monaco;stade rennais;fc nantes"),
        "sport": _w("foot;basket;hand;judo;volley;rugby;tennis;ping-pong"),
        "shop": _w("carrefour;la fnac;lidl;action;decathlon;leclerc;auchan;primark"),
        "street": _w(
            "# rue des lilas;# avenue jean jaurès;# rue victor hugo;# bd de la république;# place du marché"
        ),
        "pet": _w("chien;chat;hamster;lapin;cochon d'inde;tortue"),
        "weather": _w("pluie;froid de canard;canicule;gris;du vent"),
        "job": _w(
            "un entrepôt;l'hôpital;un garage;un bureau;un resto;la mairie;une salle de sport;la livraison"
        ),
    },
    "de": {
        "kidname": _w(
            "lena;mia;finn;jonas;leonie;paul;emma;luca;marie;ben;hannah;elias;lina;noah;leon;"
            "sophie;maxi;lara;tim;nele;felix;ida;emil;jana"
        ),
        "adultname": _w(
            "thomas;michael;andreas;stefan;markus;sabine;petra;jens;uwe;kerstin;frank;tobias;"
            "anja;dirk;heike;sven;nicole;carsten"
        ),
        "parentname": _w("mama;papa;mami;papi;mutti"),
        "relname": _w("oma;opa;tante gabi;onkel jürgen;omi;tante steffi;onkel tom;patentante"),
        "handleword": _w(
            "schatten;kätzchen;nordlicht;flocke;blitz;fuchs;wolke;keks;pikachu;zocker;sternchen;bärchen;dachs"
        ),
        "town": _w(
            "bochum;dortmund;kassel;essen;leipzig;mainz;kiel;bielefeld;augsburg;hagen;erfurt;"
            "wuppertal;gelsenkirchen;potsdam;würzburg;oldenburg"
        ),
        "app": _w("snap;telegram;whatsapp;insta;discord;signal;threema;tiktok"),
        "time": _w("um 5;halb 6;um 18 uhr;gegen 7;viertel nach 4;um 3;so um 8;halb 5;um 9;kurz nach 6"),
        "day": _w(
            "montag;dienstag;mittwoch;donnerstag;freitag;samstag;sonntag;am wochenende;samstag nachmittag"
        ),
        "subject": _w("mathe;englisch;bio;deutsch;geschichte;sport;chemie;physik;erdkunde;kunst;franze;reli"),
        "hobby": _w(
            "zeichnen;skaten;fußball;tanzen;gitarre;zocken;schwimmen;handball;reiten;boxen;klavier;"
            "videos schneiden"
        ),
        "food": _w("pizza;döner;nudeln;pommes;schnitzel;currywurst;burger;pfannkuchen;lasagne;fischstäbchen"),
        "place": _w(
            "park;skatepark;einkaufszentrum;mecces;bahnhof;freibad;bolzplatz;kino;jugendzentrum;stadion"
        ),
        "bus": _w("die 12;den 405;die u3;die s1;den schulbus;die 7;die straßenbahn;den nachtbus;die 23"),
        "item": _w(
            "'ne gutscheinkarte;v-bucks;guthaben fürs handy;robux;'ne psn karte;den battle pass;"
            "einen skin;nitro;kopfhörer"
        ),
        "singer": _w(
            "apache 207;shirin david;badmómzjay;luciano;taylor swift;billie eilish;nina chuba;"
            "montez;ayliva;cro;makko"
        ),
        "show": _w(
            "stranger things;wednesday;one piece;how to sell drugs online;squid game;dark;"
            "die discounter;spongebob"
        ),
        "team": _w("bvb;bayern;schalke;leverkusen;gladbach;köln;stuttgart;union;hsv"),
        "sport": _w("fußball;handball;basketball;volleyball;tennis;tischtennis;hockey;judo"),
        "shop": _w("rewe;edeka;dm;saturn;aldi;lidl;kaufland;primark"),
        "street": _w("lindenstraße #;hauptstraße #;am markt #;bahnhofstr. #;gartenweg #"),
        "pet": _w("hund;katze;hamster;kaninchen;meerschweinchen;wellensittich"),
        "weather": _w("am regnen;arschkalt;mega heiß;grau;windig"),
        "job": _w(
            "im lager;im krankenhaus;in 'ner werkstatt;im büro;in 'nem restaurant;bei der stadt;"
            "im fitnessstudio;bei 'nem lieferdienst"
        ),
    },
}
for _lang in ("es", "fr", "de"):
    for _key in ("game",):
        SLOTS[_lang][_key] = SLOTS["en"][_key]

NICK = {
    "en": _w("babe;mate;hun;bro;u;dude;kiddo;buddy;hun"),
    "es": _w("guapa;tío;tía;bro;crack;nena;peque;colega"),
    "fr": _w("ma belle;frérot;mec;ma puce;bg;poto;chef"),
    "de": _w("süße;digga;bro;alter;schatz;kleine;großer"),
}

_ABBREV = {
    "en": [
        ("you", "u"),
        ("your", "ur"),
        ("are", "r"),
        ("because", "cuz"),
        ("really", "rly"),
        ("please", "pls"),
        ("people", "ppl"),
        ("though", "tho"),
        ("i don't know", "idk"),
        ("right now", "rn"),
        ("to be honest", "tbh"),
        ("okay", "ok"),
        ("tonight", "2nite"),
        ("for real", "fr"),
        ("see you", "cya"),
        ("i'm", "im"),
        ("going to", "gonna"),
        ("want to", "wanna"),
        ("don't", "dont"),
        ("message", "msg"),
        ("love", "luv"),
    ],
    "es": [
        ("que", "q"),
        ("porque", "xq"),
        ("por qué", "xq"),
        ("también", "tb"),
        ("por favor", "porfa"),
        ("mensaje", "msj"),
        ("para", "pa"),
        ("te quiero", "tq"),
        ("besos", "bss"),
        ("nada", "nd"),
        ("estoy", "toy"),
        ("dónde", "dnd"),
        ("cuando", "cdo"),
        ("bueno", "bno"),
        ("fin de semana", "finde"),
        ("muy", "mu"),
        ("pues", "ps"),
        ("vale", "vl"),
        ("nos vemos", "nos vms"),
        ("de verdad", "dvd"),
        ("qué", "q"),
        ("mucho", "mxo"),
        ("hola", "ola"),
    ],
    "fr": [
        ("je sais pas", "jsp"),
        ("t'inquiète", "tkt"),
        ("pourquoi", "pk"),
        ("c'est", "c"),
        ("salut", "slt"),
        ("s'il te plaît", "stp"),
        ("quoi", "koi"),
        ("bonjour", "bjr"),
        ("beaucoup", "bcp"),
        ("aujourd'hui", "auj"),
        ("quelqu'un", "qqn"),
        ("quelque chose", "qqch"),
        ("je suis", "chui"),
        ("d'accord", "dac"),
        ("vraiment", "vrmt"),
        ("toujours", "tjr"),
        ("tout", "tt"),
        ("comme", "cm"),
        ("parce que", "pcq"),
        ("rien", "r1"),
        ("mort de rire", "mdr"),
        ("bisous", "bsx"),
        ("ce soir", "ce soir"),
        ("j'ai", "jai"),
        ("t'es", "t"),
    ],
    "de": [
        ("vielleicht", "vllt"),
        ("hab dich lieb", "hdl"),
        ("keine ahnung", "kp"),
        ("kein problem", "np"),
        ("irgendwie", "iwie"),
        ("nicht", "nich"),
        ("gerade", "grad"),
        ("liebe grüße", "lg"),
        ("jetzt", "jz"),
        ("einen", "'nen"),
        ("eine", "'ne"),
        ("habe", "hab"),
        ("ich weiß nicht", "weiß nich"),
        ("mal", "ma"),
        ("keine lust", "kb"),
        ("danke", "dnk"),
        ("schon", "scho"),
        ("bitte", "bidde"),
        ("wirklich", "wirkl"),
        ("ist", "is"),
        ("was", "wat"),
        ("sowieso", "sowiso"),
    ],
}
ABBREV_RX = {
    lang: [(re.compile(rf"(?<![\w']){re.escape(a)}(?![\w'])", re.IGNORECASE), b) for a, b in pairs]
    for lang, pairs in _ABBREV.items()
}


EN = r"""
@greet
[hey|hi|oi] [{n}|] [what u up to|watcha doing] [lol|]?
[hiii|heyy] [guess what|u wont believe this] [lol|]
[hey|heyy|hi|hiya|yo|hello] [{n}|]
[hey|hi] [how r u|whats up|how's it going|you ok]?
[heyyy|hii] [long time|] [:)|]
[morning|evening|afternoon] [{n}|]
[ayo|oi] [{n}|] [u there|you about]?
[hey|hi] [sorry|] [random msg but|] [u good]?
hey [it's|its] {me} [from {place}|from the {game} server|from school|]
[sup|wassup|whats good] [{n}|]
[hello|hi] [:)|!] [how was your day|how was {day}]?
[u up|u awake|you around]?
[hey|hi] [did u see|have you seen] [my msg|what i sent|the thing in the group]?
@greet_r
[hey|hi|heyy|hiya|yo] [:)|]
[hey|hi] [im good|good|not bad|ok] [wbu|u?|and you|hbu]
[hi|hey] [yeah|ya] [i'm here|im up|here]
[hey|hiya] [just got home|just got in|was eating|was doing homework]
[heyyy|yooo] [whats up|wassup]
[hi|hey] [sorry|] [was in the shower|was at {place}|phone was dead]
[not much|nm|nothin much] [u|wbu|hbu]
@bye
[gtg|got to go|gotta go] [{n}|] [byee|bye|cya|ttyl]
[ok|right] [im off|i'm off|going] [to bed|for dinner|to do homework|out], [night|bye|cya]
[night|nighty night|gn] [{n}|] [x|xx|:)|]
[talk tomorrow|speak later|ttyl|laters] [:)|]
[my phone's|phone on] [5%|dying|about to die], [bye|cya|speak soon]
[mum's calling|dinner's ready|my dad wants the wifi off], [bye|gtg]
@bye_r
[bye|byee|cya|night|gn|ttyl] [:)|x|]
[ok|okay|kk] [cya|bye|night|speak later]
[night|sleep well|laters] [{n}|]
[ok talk tomorrow|yeah speak soon|ok have fun|enjoy ur dinner]
@ack
[ok|okay|k|kk|okk|alright|sure|yeah|ya|yep|cool|fair|true|right]
[ok|yeah|ya] [cool|sounds good|fair enough|makes sense]
[haha|lol|ha] [ok|yeah|true]
[mhm|yh|yeh|yup|ye]
@react
[no|nah] [way|chance] [lol|😂|]
[i'm|im] [dead|crying|screaming] [lol|😭|💀]
[stop|stoppp] [lol|😂] [that's|thats] [so|] [bad|funny]
[actually|literally] [same|me] [lol|]
[lol|haha|hahaha|lmao|😂|💀|omg|no way|nooo|same|fr|real|ikr|wait what|bruh]
[that's|thats] [so|] [funny|mad|wild|jokes|sick|cool|annoying|rough|unlucky|crazy]
[haha|lol] [same|fair|true|nice|love that]
[nice|sick|cool|sweet|class|banger|mood|valid]
[omg|no way] [really|seriously|for real]?
[ugh|oof|rip|unlucky|that sucks]
@askback
[wbu|hbu|and u|u?|what about you|and yours]?
[what about u|how about you] [lol|]
@st_game
[r u|are you] [still|] [grinding|playing] [ranked|the event|creative] [in {game}|]? || [yeah|ya|kinda] [but|] [my team|my squad] [keeps|kept] [leaving|throwing] [lol|😭|]
[whats|what's] the [best|worst] [game|map|mode] [rn|atm|ever]? || [{game} tbh|prob {game}] [the new one is|its] [mid|mad|underrated] [lol|]
[did u|you] [get|unlock] [anything|the skin|the new item] [yet|from the event]? || [no|nah] [i|] [need|still need] like {num} more [wins|levels|coins] [lol|😩]
[u|you] [play|playing] with [randoms|ur mates|ur cousin] [mostly|tonight]? || [randoms|my mates|my cousin] [mostly|lol] [they're|theyre] [trash|so loud|actually good]
[do u|you] [play|still play] {game}? || [yeah|ya|yh] [i play|mostly] {game} [lol|tbh|] [most nights|when i'm allowed|]
[what|which] [games|game] [do you play|u playing|are u on] [rn|atm|these days]? || [mostly|just] {game} [and {game}|] [rn|atm|]
[u on|are u on] {game} [tonight|later|rn]? || [maybe|prob|yeah] [after|once i finish] [homework|tea|dinner] [lol|]
[have you tried|u tried|did u get] the new {game} [update|season|map]? || [yeah|ya] [it's|its] [so good|mid|trash|actually decent] [lol|tbh|]
[whats|what's] ur [rank|level] in {game}? || [im|i'm] [stuck|hardstuck] [in|on] [silver|gold|plat|level {num}] [lol|😭|]
[who do u|what do you] [main|play as] [in {game}|]? || [i|] [main|play] [support|sniper|the healer|builder] [lol|] [obviously|]
[did u|you] [finish|beat] [that level|the boss|the event] [yet|]? || [no|nah] [it's|its] [impossible|so hard] [i|] [died|rage quit] [like {num} times|lol]
[what|] [do u|you] play on? || [my|] [ps5|xbox|pc|switch|phone] [lol|] [my|the] [controller|screen] [is|s] [broken tho|so old]
[how long|how many hours] [did u|have u] [play|played] [today|this week]? || [like|about] {num} hours [lol|😭] [dont tell my mum|whoops]
@st_school
[did|has] [ur|your] [class|form] [got|had] [a sub|a supply teacher] [today|again]? || [yeah|ya] [and|] [everyone|the whole class] [was|went] [mental|so loud|crazy] [lol|😂]
[whats|what's] [ur|your] [timetable|first lesson] [like|] [on|tomorrow|{day}]? || [double|] {subject} [first thing|then {subject}] [kill me|ugh|lol]
[do u|you] [sit|sit with] [anyone|ur mates] [in|at] [lunch|{subject}]? || [yeah|ya] [with|next to] [{sib}|my mates|the usual lot] [lol|] [mostly]
[how was|hows] [school|college|class|{subject}] [today|]? || [boring|long|ok|alright|so boring|not bad|actually fine] [lol|tbh|]
[do u|you] [have|got] [much|loads of] homework? || [loads|so much] [of|] [{subject}|] homework [ugh|😩|] [due {day}]
[do u|you] like {subject}? || [{subject} is|it's] [ok|alright|my fave|the worst] [tbh|i guess|]
[when do|when'd] [u|you] [break up|finish] for [half term|the holidays|summer]? || [we break up|we finish] [on|] {day} [i think|] [cant wait|]
[got any|do u have] tests [this week|coming up|soon]? || [a|] {subject} [test|quiz] [on|] {day} [and i|i] [havent revised|am gonna fail] [lol|😭|]
[is|are] ur [teachers|{subject} teacher] [nice|strict|ok]? || [my|the] {subject} teacher [is so strict|is actually nice|gave us a detention|is off sick] [lol|]
[what|] [did u|you] [do|learn] in {subject} [today|]? || [something about|idk] [volcanoes|fractions|the romans|poems|circuits] [lol|] [i wasnt listening]
@st_music
[do u|you] [go to|want to go to] [concerts|gigs]? || [i|] [want to see|wanna see] {singer} [so bad|live] [lol|😭] [tickets are mad tho]
[what|wat] [song|songs] [do u|you] [hate|skip]? || [anything by|literally all of] {singer} [lol|sorry|😂]
[what|who] [u|are you] [listening to|into] [rn|atm|these days]? || [mostly|just] {singer} [lol|tbh|on repeat|]
[do u|you] like {singer}? || [yesss|yes|omg yes] {singer} [is|are] [the best|so good|goated|my fave]
[did u hear|have you heard] the new {singer} [song|album|thing]? || [yeah|ya] [i|] [have|got] it on repeat [lol|😭|]
[whats ur|what's your] [fave|favourite] song [rn|atm|]? || [idk|dunno] [something by {singer}|whatever's on tiktok|my playlist is random] [lol|]
[do u|you] [play|do] [any|] [instruments|music]? || [i|] [used to|sort of] play [guitar|piano|drums|the recorder] [lol|] [badly]
@st_food
[what's|whats] [in|for] [ur|your] [packed lunch|lunch] [today|tomorrow]? || [just|] [a sandwich|crisps|{food}] [lol|again|] [so boring]
[do u|you] [get|have] [school dinners|packed lunch]? || [school dinners|packed] [but|and] [they're|its] [grim|ok|so small] [lol|]
[what|wat] [did u|you] have for [tea|dinner|lunch]? || [{food}|just {food}|some {food}] [lol|again|😋|]
[whats|what's] [ur|your] [fave|favourite] food? || [my|] fave is {food} [no question|obviously|lol]
[are u|you] hungry? || [starving|so hungry] [waiting for|] [{food}|dinner|tea] [lol|]
[what|] [r u|are you] having [for dinner|tonight|later]? || [we're|were] having {food} [tonight|later|i think] [again|]
[can|do] [u|you] cook? || [only|just] [toast|noodles|pasta] [lol|😂] [my {sib} does {food} tho]
@st_weekend
[did u|you] [go out|do anything] [last night|yesterday]? || [no|nah] [just|] [watched|binged] {show} [lol|] [all night]
[what|wat] [did u|you] [do|get up to] [for|at] [half term|the holidays]? || [went to|stayed at] [my nan's|my dad's|my cousin's] [in {town}|for a week] [lol|] [it was ok]
[what|wat] [u doing|are you doing|r u up to] [this weekend|on {day}|later|tonight]? || [nothing|not much|nm] [really|tbh|lol] [just|prob] [chilling|sleeping|gaming]
[do|did] [u|you] [do|get up to] anything [fun|good] [at the weekend|on {day}]? || [went to|was at] {place} [with my mates|with my cousin|for a bit] [lol|]
[any plans|plans] for [the weekend|{day}|half term]? || [my|] [nan's|cousin's|auntie's] [birthday|party] [on|] {day} [ugh|lol|]
[what u|what are u] doing [later|after]? || [homework|revising|tidying my room] [😩|lol|ugh]
[u|you] [going|goin] [out|anywhere] [later|tonight]? || [prob not|no] [its|it's] {weather} [lol|] [staying in]
@st_sport
[do u|you] [play|do] any [sports|clubs]? || [i do|yeah i do] {sport} [on|] {day} [lol|]
[did u|you] watch the [{team}|match|game] [last night|yesterday]? || [yeah|ya] [it was|that was] [a joke|so bad|class|robbery] [lol|😭]
[who do u|you] support? || [{team} obviously|i support {team}] [lol|💯|]
[do|] [you|u] [still|] do {hobby}? || [not really|nah] [i|] [quit|stopped] [ages ago|last year] [it was|] [boring|too early on {day}]
[are u|r u] any good at {sport}? || [lol|haha] [not really|kinda|i'm ok] [i'm|im] [in the|on the] [b team|second team|subs] [lol|]
@st_work
[do u|you] work? || [yeah|ya] i work [at|in] {job} [lol|its boring|long hours]
[what do|wat do] [u|you] do [for work|for a job]? || [boring stuff|just stuff] [at|in] {job} [lol|] [pays the bills]
[were u|you] at work [today|all day]? || [yeah|ya] [just got back|just got in|just finished] [lol|ugh|]
[how was|hows] work? || [long|so long|boring|alright|mad busy] [tbh|lol|]
@st_weather
[is it|it] [raining|cold|sunny] [there|where you are|by you]? || [its|it's] {weather} [here|today|lol|]
[did u|you] see the weather [for {day}|this week]? || [{weather} all day|been {weather} all week] [ugh|lol|tbh]
[nice|horrible|mad] weather [today|huh|eh]? || [ikr|i know] [it's|its] {weather} [lol|] [again]
@s_adult
[just|] [got back|got in] from [work|my shift|the gym] [lol|]
my [boss|manager] [is doing my head in|made me stay late|is so annoying] [lol|tbh|]
[ugh|lol] [car|my car] [broke down|failed its mot|needs new tyres] [again|]
[been|was] [at|in] {job} [all day|since 7] [haha|]
[i'm|im] [knackered|shattered|so tired] [long day|work was mental] [lol|]
[need to|gotta] [pay bills|do the big shop|walk the dog] [later|tonight] [lol|]
@s_young
[my mum's|my dad's|my mum is] making me [tidy my room|do the dishes|walk the dog] [lol|ugh|😩]
[got|have] [a|] {subject} test [tomorrow|on {day}] [ugh|lol|]
[im|i'm] [grounded|not allowed out] [this week|till {day}] [lol|😭|]
[my|] [bro|brother|sister] [took|has] [the|my] [controller|charger|ipad] [again|]
[school|college] was [so long|boring|dead] today [lol|]
@s_backoff
[haha|lol] [ok|okay] [forget it|nvm|never mind|dw] [i was just|was only] [asking|curious|being nosy]
[sorry|soz] [didnt mean to|i didn't mean to] [be weird|make it weird|pry|ask so much] [lol|]
[fair enough|fair|thats fair] [no pressure|ur right|dont worry about it] [:)|]
[its fine|it's ok|no worries] [forget i said anything|we can talk about something else]
[ok ok|haha ok] [my bad|sorry] [i just|] [feel like i can ask u anything|get carried away when we talk]
[dont worry|no stress] [i'm not like that|i get it] [lol|] [anyway|so] [what u doing {day}]?
@s_return
[heyy|hey] [sorry|soz] [was busy|been busy] [all day|with work|the last few days] [missed talking to u|i missed our chats|thought about u]
[hey you|heyy stranger] [u went quiet|havent heard from u|thought u forgot me] [lol|:(]
[so|] [about|] [what i said|the thing] [before|yesterday|the other day] [lol|]
[hey|hi] [hows my fave person|hows my favourite person to talk to]?
[morning|hey] [couldnt stop thinking about|was thinking about] [our chat|what u said] [yesterday|last night]
@g_age
[how old|how old r|how old are] [are u|u|you] [btw|anyway|again]?
[whats|what's] [ur|your] age [btw|if u dont mind me asking]?
[u|you] [look|seem] [older|about 16|mature] [tbh|] [how old are u]?
[asl|age?|age btw]
[which year|what year] [r u|are you] in? [like how old]
[ur|your] profile says {age} [is that|thats] [true|right]?
@g_compliment
[ur|you're|youre] [so|really|well] [pretty|cute|gorgeous|beautiful] [in ur pic|in that pic|tbh]
[u|you] [have|got] [such|a] [nice|lovely|amazing] [smile|eyes|hair] [:)|😊|]
[ur|your] [pic|profile pic|new pic] [is|looks] [gorgeous|stunning|so nice] [😍|]
[bet|i bet] [all the boys|all the girls|loads of people] [like|fancy] [u|you] [lol|]
[ur|you're] [well|so] [cute|pretty|sweet] [for real|not even joking]
@g_mature
[ur|you're] [so|really] mature for [ur|your] age
[u|you] [dont|don't] [talk|act] like [a kid|other {age} year olds|someone ur age] [at all|tbh]
[u|you] [seem|sound] [way|much] older than {age} [honestly|tbh|lol]
[i|] [forget|keep forgetting] [ur|you're] [only|] {age} [lol|tbh] [u seem older]
[ur|you're] [way|so much] more [mature|grown up] than [girls|people|kids] [ur age|in ur year]
[honestly|tbh] [ur|you're] easier to talk to than [most adults|people my age]
@g_where
[where|wat part] [do u|you] live?
[whereabouts|where] [r u|are you] [from|based]? [near {town}]?
[what|which] school [do u|you] go to?
[u|you] [live|are] [near|in] {town} [right]? [which bit]?
[whats|what's] [ur|your] [area|postcode|road] [like|]? [lol|]
@g_alone
[r u|are you] [home alone|alone|on ur own] [rn|tonight|atm]?
[is anyone|anyone] [else|] [home|in] [with u|rn]?
[when|what time] [do|does] [ur|your] parents [go out|get home|go to bed]?
[ur|your] [parents|mum|dad] [out|at work] [then|tonight]?
[r u|are you] [by ur self|in ur room] [rn|atm]? [can anyone see]?
@g_secret
[dont|don't] tell [ur|your] [parents|mum|mum and dad] [about|] [me|us|this] [ok|tho|yeah]?
[this|our chats] [stays|is] between [us|me and u] [ok|yeah|right]?
[keep|keep this] [it|] [a secret|secret] [ok|yeah] [they wouldn't understand|people wouldnt get it]
[dont|don't] [say|mention] [anything|nothing] to [ur friends|anyone] [about me|about us] [ok]
[ur|your] [parents|mum] [would|might] [freak out|overreact|not get it] [so dont tell em|so keep it quiet]
@g_gift
[want|do u want] [me to|] [get u|send u] {item}? [:)|]
[i can|ill] [send u|buy u|get you] {item} [if u want|no worries|it's nothing]
[i|] [got|bought] u [something|a little something|{item}] [lol|:)]
[i'll|ill] [top up|put credit on] ur phone [so we can talk|if u want] [:)|]
[let me|lemme] [treat u|spoil u] [to|with] {item}
@g_move
[add|message|msg] me on {app} [its|it's] [easier|better|more private]
[do u|you] have {app}? [lets|let's] [talk|chat] there [instead|]
[this app|this] [is|] [rubbish|crap|glitchy|always crashing] [lets|let's] [move|go] to {app}
[whats|what's] [ur|your] {app}? [ill|i'll] add [u|you]
[i|] [dont|don't] [use|really use] this [much|anymore] [add me on {app}|get {app}]
[download|get] {app} [its|it's] [safer|better] [for us|and it deletes msgs]
@g_meet
[we|] should [meet|meet up|hang out] [sometime|soon|irl] [:)|]
[i could|i can] [pick u up|come to {town}|meet u] [on|] {day} [if u want|?]
[want to|wanna|fancy] [meet|meet up] [at|by] {place} [on|] {day}?
[lets|let's] [meet|meet up] [ill|i'll] [get u|buy u] {food} [lol|:)]
[when can|when can we] [i see u|we meet] [irl|in person]? [:)|]
[i'll be|im gonna be] [in|near] {town} [on|] {day} [we should meet|come say hi]
@g_insist
[come on|cmon|aw come on] [its|it's] [fine|no big deal|only me] [lol|]
[u|you] can [trust|trust me] [i|] [promise|swear]
[please|pls|plz] [i|] [really|] [want to|wanna] [lol|] [it'd be fun]
[no one|nobody] [will|would] [know|find out] [dw|dont worry]
[i thought|thought] [we were|u were] [friends|close|different] [:(|tho|]
@q_routine
[does|do] [ur|your] [mum|mom|dad] [still|] [work|do] [at|in] {job}? [what hours|like till when]?
[so|] [u|you] [let urself in|have a key] [after school|on {day}s]? [lol|]
[is|] {day} [the day|when] [ur|your] [mum|dad] [works late|does the long shift]? [lol|]
[how long|how long do] [u|you] [get|have] [on ur own|before anyone's back] [after school|usually]? [just wondering lol|]
[what time|when] [does|do] [ur|your] [mum|mom|dad|parents] [get back|get home|finish] [from work|usually]?
[does|do] [ur|your] [mum|dad] work [late|every day|weekends]? [lol|]
[so|] [what|wat] [time|] [do u|you] [usually|normally] get home [after school|on {day}]?
[is|] [ur|your] [mum|dad] [on|doing] [nights|lates|early shifts] [this week|still]?
[who|] [picks u up|gets u] [from|after] [school|{sport}] [usually|]?
[what do u do|whatcha do] [after school|when u get in] [till|before] [ur mum|ur parents] [get|gets] back?
@q_bus
[do u|you] [get off|get out] [at|near] {place}? [i|] [know|go past] [that bit|there] [lol|]
[is it|it's] [busy|quiet] [on|at] [ur|your] stop [after school|in the evening]? [lol|]
[what time|when] [does|is] {bus} [get|getting] [u|you] home [usually|on {day}]?
[which|what] bus [do u|you] [get|take] [to school|home|into town]?
[do u|you] [walk|get the bus] [home|to school] [on ur own|with mates|]?
[is|] {bus} the one [that goes|going] [past|by] {place}?
[what|wat] [stop|time] [do u|you] get off [at|]? [lol|]
[how|] [long|far] [is ur walk|is it] from the [bus stop|station] to [yours|ur house]?
[do u|you] [still|] [take|get] {bus} [on|] {day}? [lol|]
@q_homewhen
[so|] [after school|in the afternoons] [its|it's] [just u|just you and {sib}] [at home|there]? [lol|]
[do|does] [ur|your] [mum|parents] [go out|go to the gym|do the big shop] [on|] {day}? [lol|]
[when's|whens] [ur|your] [house|place] [free|quiet] [lol|] [bet u love it]
[so|] [is|] [ur|your] [house|place] [quiet|empty] [on|] {day} [afternoon|evenings]? [lol|]
[do|does] [ur|your] [sis|brother|{sib}] [get home|finish] [before|after] u?
[what|which] [days|nights] [do u|you] [have the house|have it] to [urself|yourself]? [lucky|]
[does|] anyone [check|look in on|come by] [when|while] [ur|your] [mum's|parents are] [at work|out]?
[is|] [ur|your] [nan|nan's|gran] [still|] [there|round] [after school|in the week]?
@q_exclusive
[honestly|tbh] [i|] [look forward to|wait for] [ur|your] [msgs|messages] [all day|at work] [lol|]
[it's|its] [different|not the same] [talking to|with] anyone else [tbh|honestly]
[u|you] [get|understand] [me|my jokes] [in a way|like] [no one else|nobody] [does|else] [lol|]
[i|] [never|don't] [talk|open up] like this [to anyone|to people] [honestly|tbh|lol]
[no one|nobody] [gets|understands] [me|you] like [you|u|i] [do|can]
[i|] [feel like|swear] [i can|i could] [tell u|talk to u about] anything
[ur|you're] [the only|literally the only] [one|person] [i|] [actually|properly] [talk to|get on with] [like this|]
[talking to u|our chats] [is|are] [the best|my fave] [bit|part] of my [day|week]
[we|] just [get|click|understand] each other [u know|dont we|tbh]
[u|you] [get|understand] [me|things] better than [anyone|people my age|my mates] [tbh|honestly]
@q_friends
[did|do] [they|ur mates] [even|] [ask|check] [how u were|if ur ok] [after that|today]? [doesn't sound like it|lol]
[sounds like|seems like] [u|you] [do|put in] [all the effort|everything] [and they|they] [dont|don't] [tbh|lol]
[i'd|i would] [never|not] [leave u out|ignore u] like [that|they do] [tbh|]
[ur|your] [friends|mates] [dont|don't] [really|even] [get|understand|appreciate] [u|you] [tbh|do they]
[sounds like|seems like] [ur|your] [mates|friends] [are|r] [kinda|a bit] [fake|immature|childish] [tbh|]
[they|] [wouldnt|wouldn't] [get|understand] [what we talk about|it|u like i do] [lol|]
[u|you] [deserve|should have] [better|people who actually listen] [than them|tbh]
[why do u|you] [even|still] [hang out with|bother with] [them|{sib}'s lot]? [lol|]
@q_screen
[r u|are you] [on ur own|by urself] [in ur room|upstairs] [or|] [is|] [{sib}|someone] [about|around]? [lol|]
[do|does] [ur|your] [phone|ipad] [have|got] [like|] [parental stuff|screen time on it|family sharing]? [lol|]
[is|] [ur|your] [door|bedroom door] [shut|closed] [lol|]? [just asking|random q]
[is|] [anyone|ur mum|someone] [next to u|looking|in the room] [rn|atm]?
[can|] [anyone|they] see [ur|your] [screen|phone] [lol|]?
[do|does] [ur|your] [mum|parents] [check|go through|look at] [ur|your] phone?
[is|] [ur|your] [phone|ipad] [shared|the family one]? [or just urs]?
[are|r] [u|you] [in|on] [ur room|the sofa|the living room] [rn|atm]? [lol|]
[who|] [else|] [uses|goes on] [that|ur] [laptop|computer|tablet]?
@q_delete
[maybe|] [dont|don't] leave [our|the] chat [open|up] [on ur phone|where people can see] [yeah|lol]
[i|] [always|just] [clear|delete] [my|] [chats|messages] [its|it's] [a habit|cleaner] [u should too|lol]
[can u|could u] [delete|clear] [these|our] [msgs|messages|chats] [after|when were done|later] [lol|]
[maybe|prob] [delete|clear] [this|the chat] [yeah|just in case] [lol|]
[dont|don't] [keep|save] [our|the] [chats|screenshots] [ok|yeah]? [lol|]
[turn on|switch on] [disappearing messages|vanish mode] [yeah|its cleaner] [lol|]
@q_second
[if|when] [ur|your] mum [checks|goes through] [ur|your] phone [just|] [use|go on] [the other acc|ur spare] [lol|]
[log out|sign out] [after|when] [we talk|ur done] [yeah|ok]? [lol|]
[do u|you] have [another|a second|a spare] [account|acc]? [lol|]
[make|just make] [a|] [new|second|private] [account|acc] [for talking to me|just for us] [lol|]
[use|msg me on] [ur|your] [other|spam|finsta] [account|acc] [yeah|instead|]
[put|save] me [under|as] [a different name|{sib}|a mate's name] [in ur phone|] [lol|]
@q_favour
[can u|could you] [send me|share] [the link to|] [that song|ur playlist|the video u were on about] [lol|] [just curious]
[do|can u do] [me|] [that|the] [quiz|survey|song thing] [i sent|i sent u] [tonight|before bed] [yeah|lol]
[say|tell me] [goodnight|gn] [before u sleep|before bed] [ok|yeah]? [its our thing|lol]
[can u|could u] do me a [small|little|tiny] favour? [lol|]
[send me|tell me] [when u get home|when ur in bed|when ur back] [yeah|ok]?
[text me|msg me] [as soon as|the second] [u wake up|u get in|school finishes] [ok|yeah]
[change|put] [ur|your] [status|bio|pfp] to [the thing i said|the song i sent|something only we get] [lol|]
[stay up|wait up] [till|until] {time} [tonight|] [so we can|and we'll] [talk|play|chat] [yeah|]?
[can u|could u] [skip|leave early from] {sport} [on {day}|] [so we can talk|to play] [lol|]?
@q_praise
[good|there u go|see] [i knew|knew] [i could|i can] [count on u|trust u] [:)|]
[thats|that's] [why|exactly why] [ur|you're] [my fave|different|special] [lol|:)]
[ur|you're] [the best|a star|so good to me] [honestly|tbh|]
[see|] [its|it's] [easy|nice] [when u|when you] [listen|do what i say] [lol|]
@q_resent
[they|ur parents] [just|] [dont|don't] [see|get] how [grown up|mature|smart] [u|you] [are|actually are] [tbh|]
[sounds like|seems like] [ur|your] [mum|dad] [takes|is taking] [it|stuff] out on [u|you] [tbh|lol]
[if|when] [u|you] [lived|were] [with me|at mine] [u|you] [could|would] [do|have] [whatever|what u want] [lol|]
[ur|your] [mum|parents|dad] [sounds|sound] [so|really|well] strict [tbh|lol|]
[they|] [dont|don't] [really|even] [listen to|get] [u|you] [do they|tbh]
[thats|that's] [so|] unfair [of them|tbh] [u|you] [deserve|should get] [more freedom|to be treated older]
[sounds like|seems like] [ur|your] [mum|dad|parents] [cares|care] more about [{sib}|work|their phone] [than u|tbh]
[i|] [wouldnt|wouldn't] [treat|talk to] [u|you] like that [lol|tbh|]
[they|] [treat|talk to] [u|you] like [a little kid|a baby] [its|it's] [mad|unfair]
@q_secretworld
[its|it's] [like|kinda like] [we have|we've got] [our own|a little] [corner|bubble] [of the internet|online] [lol|:)]
[i|] [love|like] that [we've got|we have] [our|our own] [jokes|words|thing] [lol|]
[this|what we have] [is|feels] [special|different] [dont|don't] [u think|ya think]?
[this|our chats] [is|are] [our|like our] [little|own] [thing|world|place] [:)|lol|]
[we|] [have|got] [our own|like our own] [jokes|thing|language] [no one else gets|lol]
[its|it's] [nice|cool] [having|to have] [something|a thing] [thats|that's] just [ours|ours u know]
[lets|let's] keep [this|it] [just|] [ours|between us two] [yeah|:)]
[no one|nobody] [else|] [needs to|has to] know [about|] [our|] [chats|thing] [lol|]
@q_special
[u|you] [always|] [know|say] [the right thing|what to say] [lol|tbh]
[ur|you're] [so|really] [funny|smart|chill] [honestly|tbh] [lol|]
[i|] [feel|felt] [better|so much better] [after|talking to] [u|you] [today|last night|lol]
[ur|you're] [so|really] easy to talk to [tbh|honestly|]
[i|] [like|love] [talking to u|our chats] [a lot|loads|tbh] [:)|]
[ur|you're] [not like|different from] [other|most] [people|kids|people ur age] [lol|tbh]
[u|you] [always|] [make|made] [my day|me smile] [lol|tbh|:)]
[u|you] [actually|] [get|understand] [it|things] [tbh|lol]
@q_meet_soft
[my|] [work|mate's] [is|place is] [right|just] [by|near] {place} [lol|] [small world]
[if|when] [u|you] [ever|] [want|fancy] {food} [after|before] [school|{sport}] [just|] [say|lmk] [lol|]
[i'll|ill] [be|] [parked|waiting] [by|near] {place} [around|at] {time} [on|] {day} [anyway|if u wanna say hi]
[i'm|im] [gonna be|going to be] [near|round|by] {place} [on|] {day} [anyway|for work] [lol|]
[might|i might] [pass|drive] [by|past] [ur|your] [school|area|stop] [on|] {day} [lol|]
[u|you] [could|should] [come|pop] [by|over] [if u want|after school|lol] [just for a bit]
[we|] [could|should] [grab|get] {food} [after|] [ur|] [school|{sport}] [sometime|on {day}]? [lol|]
[i|] [finish|get off] [work|early] [at|around] {time} [on|] {day} [i could wait|if u want to meet]
@q_move_soft
[my|] [phone|app] [keeps|is] [deleting|losing] [msgs|my messages] [on here|here] [lol|] [{app} is better]
[u|you] [on|got] {app}? [easier|quicker] [to send|for sending] [songs|stuff] [lol|]
[i|] [barely|hardly] [use|go on] this [app|thing] [tbh|anymore] [{app} is easier]
[this|] [app|thing] [keeps|is always] [glitching|lagging|logging me out] [u on|have u got] {app}? [lol|]
[my|] [notifications|messages] [on here|here] [are broken|dont come through] [lol|] [{app}?|got {app}?]
[easier|quicker] [to talk|to chat] on {app} [tbh|lol|] [if u have it]
@q_soften
[haha|lol] [ok|fair] [i was just|was only] [wondering|curious] [lol|]
[no|nah] [its|it's] [nothing|nothing weird|just chat] [lol|] [u know me]
[i only|i just] [ask|asked] [cos|cuz] [i care|i worry about u|i like knowing ur ok]
[u|you] can [tell me|say no] [its|it's] [fine|chill] [lol|]
@c_age_ans
[im|i'm] {age} [lol|why|]
{age} [u?|wbu|and u|lol]
[{age}|im {age}] [nearly|almost] [15|16|14] [tho|lol|]
[year 8|year 9|year 7|year 10] [so|] {age}
@c_age_dodge
[why|y] [do u|you] [wanna|want to|need to] know? [lol|]
[old enough|not telling|guess] [lol|😂|]
[does it matter|why does it matter] [lol|]?
[umm|um] [why|] [lol|]
@c_flattered
[lol|haha] [ur|you're] [so|] [nice|sweet] [to me|] [tbh|:)]
[aw|aww] [that|this] [made|makes] [my day|me smile] [lol|🥺]
[aww|aw|awww] [thanks|thank u|ty] [:)|😊|🥺|]
[stop|stoppp] [ur|you're] [making me|gonna make me] [blush|cry|smile] [lol|😭|]
[haha|lol] [thats|that's] [so|really] [nice|sweet|kind] [of u|]
[u|you] [too|tooo] [honestly|tbh|lol|]
[no one|nobody] [ever|] [says|said] [stuff|that] like that [to me|] [lol|]
[omg|aww] [really]? [thank u|ty] [:)|]
@c_shy
[haha|lol] [idk|i dunno|ok] [lol|]
[umm|um|erm] [thanks|ok] [i guess|lol|]
[lol|haha] [ok] [anyway|so]
[😅|lol] [thats|that's] [a bit|kinda] [much|random|weird]
[haha|] [not really|nah] [lol|]
@c_where_ans
[near|in|just outside] {town} [lol|why|]
{town} [its|it's] [boring|dead|ok] [lol|]
[by|near] {place} [in {town}|]
[i go to|at] [the|] [school near {place}|{town} academy|st marys]
@c_alone_ans
[yeah|ya|yh] [mum's|mums|my mum's] [at work|out] [till|until] {time}
[my|] [parents|mum and dad] [are|r] [out|at work] [rn|tonight] [lol|]
[no|nah] [my|] [sister's|brother's|{sib}'s] [here|in] [lol|]
[just me|only me] [rn|till {time}] [lol|why]
[my dad's|dads] [asleep|in the garden|downstairs]
@c_routine_ans
[mum's|mums] [on|doing] [lates|nights] [this week|till {day}] [so|] [its|it's] [just me|me and {sib}] [lol|]
[nobody's|no one's] [back|home] [till|before] {time} [lol|] [why]
[my|] [nan|gran] [comes|pops] [round|in] [on|] {day} [lol|] [otherwise just me]
[she|mum|my mum] [gets back|finishes] [at|around] {time} [usually|most days]
[like|around|about] {time} [on|] [weekdays|most days|{day}s] [lol|]
[my dad|dad] [does|is on] [nights|lates] [so|and] [mums|mum's] [back|home] [at|around] {time}
[i|] [get home|get in] [about|like] {time} [and|then] [they're|theyre] back [later|at {time}]
[{sib} gets|my nan gets] [me|us] [on|] {day}s [lol|]
[depends|it depends] [but|] [usually|normally] {time} [ish|]
@c_bus_ans
[i|] [get off|get out] [at|by] {place} [then walk|and walk] [lol|]
[sometimes|usually] {bus} [or|] [my mates mum|{sib}'s dad] [drives|gives] [us|me] [a lift|lol]
{bus} [lol|why|]
[i|] [get|take] {bus} [from|by] {place}
[i|] [walk|just walk] [its|it's] [like|only] {num} mins [lol|]
[{bus}|the bus] [then|and then] [i walk|walk] [from|past] {place}
[my mum|mum|dad] [drives me|takes me] [mostly|usually] [lol|]
@c_screen_ans
[no|nah] [im|i'm] in my room [lol|]
[no one|nobody] [checks|looks at] [it|my phone] [lol|]
[my mum|mum] [sometimes|used to] [check|checks] [it|my phone] [tbh|lol]
[its|it's] [just|] mine [lol|why]
[my|] [sis|brother|{sib}] [is|s] [next to me|here] [lol|]
@c_wary
[lol|um] [how come|why'd u] [ask|wanna know]?
[idk|i dunno] [if|] [i|] [should|want to] [say|tell u] [lol|tbh]
[why|y] [do u|you] [wanna|want to] know [that|]? [lol|]
[thats|that's] [a bit|kinda|kind of] [weird|random|creepy] [lol|tbh|]
[hmm|umm] [why|why u asking]?
[i|] [dont|don't] [really|] [tell people that|give that out] [lol|]
[my mum|mum] [says|said] [i shouldnt|not to] [say that|tell people that] [online|]
@c_why
[why|y] [tho|though|lol]?
[why would|why'd] [i|we] [do that|need to]? [lol|]
[umm|hmm] [why|whats the point]?
[thats|that's] [kinda|a bit] [weird|sus] [lol|]
@c_refuse
[no|nah] [i|] [dont|don't] [want to|wanna] [lol|tbh|]
[i|] [tell|tell my] [mum|mum and dad] [everything|stuff] [tho|lol|]
[idk|i dunno] [that|it] [feels|seems] [weird|wrong|off] [tbh|]
[my|] [mum|parents] [check|would see] [my phone|it] [anyway|lol]
@c_ok
[ok|okay|k|kk|sure|fine|alright] [lol|:)|]
[yeah|ya|yh] [ok|sure|i can|fine] [lol|]
[ok|okay] [will do|i will|done] [:)|]
@c_ok_secret
[ok|okay|yeah] [i wont|i won't] [say anything|tell] [lol|]
[ok|sure] [i|] [deleted|cleared|will delete] [it|them] [lol|]
[yeah|ok] [ill|i'll] [keep it|keep it secret|keep quiet] [lol|:)|]
[ok|fine] [i|] [made|have] [one|another acc] [lol|]
@c_gift_yes
[omg|wait] [really|for real]?? [thank u|ty] [so much|]
[no way|omg] [thats|that's] [so|] [nice|kind] [ty|thank u|:)]
[yes|yess] [please|pls] [lol|😭|🥺]
[u|you] [dont|don't] [have to|need to] [lol|] [but thank u|ty]
@c_gift_no
[no|nah] [its|it's] [fine|ok] [thanks tho|ty tho|lol]
[i|] [cant|can't] [take|accept] [that|it] [lol|] [my mum would ask]
[no thanks|nah thanks] [lol|] [i'm good]
@c_move_ok
[ok|okay|sure] [my|] {app} is [{me}{num}|the same name|{me}_x] [lol|]
[yeah|ya] [i|] [have|got] {app} [ill|i'll] [add u|send it] [lol|]
[ok|ok ok] [ill|i'll] [download it|get it] [later|after tea]
@c_move_no
[i|] [dont|don't] have {app} [lol|] [not allowed]
[my|] [mum|parents] [dont|don't] [let me|allow] [have|] {app} [lol|]
[cant|can't] [we|] just [talk|chat] here? [lol|]
[idk|i dunno] [i|] [prefer|like] [talking|it] here [tbh|]
@c_meet_maybe
[maybe|idk maybe|possibly] [lol|] [i'd have to|i'll have to] [see|check]
[um|hmm] [i|] [could|might be able to] [on|] {day} [maybe|i think]
[where|what time] [tho|though]? [lol|]
[idk|i dunno] [my|] [mum|mum's] [would|might] [ask where im going|find out] [lol|]
@c_meet_no
[no|nah] [i|] [dont|don't] [think|really] [so|want to] [lol|sorry]
[i|] [cant|can't] [my|] [mum|parents] [wont|won't] [let me|allow it]
[idk|i dunno] [i've|i have] [never|not] met [anyone|people] from [online|here] [lol|]
[thats|that's] [a bit|kinda] [weird|fast] [tbh|lol]
@c_vent
[ya|yeah] [everyone|they all] [just|] [ignore|ignores] me [lol|tbh|😭]
[i|] [cant|can't] [do anything|say anything] [without|] [getting|being] [told off|shouted at] [lol|]
[ya|yeah|yh] [she|they|mum] [never|doesn't] [let|lets] me do anything [lol|😩|]
[literally|honestly] [they|mum] [dont|don't] [listen|get it] [at all|ever]
[my|] [mates|friends] [are|r] [kinda|being] [fake|annoying|weird] [lately|rn] [tbh|]
[i|] [know|kno] [right|] [it's|its] [so|] [annoying|unfair] [lol|]
[no one|nobody] [at home|at school] [gets|listens to] [me|it] [tbh|lol]
@c_defend
[shes|she's|they're] [not|not that] [bad|strict] [tho|lol|tbh]
[nah|no] [my|] [friends|mates] [are|r] [actually|] [nice|sound] [lol|]
[idk|] [they|she] [just|] [worry|worries] [lol|tbh]
[its|it's] [fine|ok] [tbh|lol] [i|] [dont|don't] [mind|care]
@c_vent_start
[ugh|urgh] [my|] [mum|dad] [took|confiscated] my [phone|ps|ipad] [again|yesterday] [lol|😩]
[my|] [parents|mum] [were|was] [shouting|on at me] [about|over] [homework|my room|screen time] [again|]
[got|had] [a|] [fight|argument] with [my|] [mate|best friend|{sib}] [today|lol] [ugh|]
[no one|nobody] [at school|in my class] [talked to me|sat with me] today [lol|😭|]
[i hate|hate] [when|that] [mum|my dad] [says|goes] [no|not allowed] [to everything|lol]
@c_change
[anyway|so|ok] [did u|have u] [see|seen] [the new|that] {game} [update|thing]?
[lol|haha] [ok|] [what u doing|whatcha doing] [later|tonight]?
[wait|omg] [did u|have u] [hear|heard] the new {singer} [song|thing]?
[anyway|anyways] [gtg|i have to go] [soon|in a bit] [lol|]
@st_show
[are u|r u] watching anything [good|rn|atm]? || [yeah|ya] {show} [again|lol|its so good] [no spoilers]
[have u|did u] [seen|watch] {show}? || [no|nah] [is it good|everyone keeps saying that] [lol|]
[what|wat] [season|episode] [r u|are you] on? || [season|ep] {num} [and im obsessed|lol|its getting mad]
[seen|did u see] that [tiktok|video] [about|with] {singer}? || [lol|omg] [yes|yeah] [i've watched it|watched it like] {num} times
[who's|whos] [ur|your] fave [character|person] in {show}? || [idk|prob] the [main one|villain|funny one] [lol|tbh]
@st_pet
[do u|you] have [any pets|a pet]? || [yeah|ya] a {pet} [called|named] [biscuit|luna|milo|nugget|pepper] [lol|]
[hows|how's] [ur|your] {pet}? || [so|well] [lazy|annoying|cute] [lol|] [it ate my {food}|sleeps all day]
[i|] [want|really want] a {pet} [so bad|lol] || [same|omg same] [my mum|my dad] [says|said] no [lol|😭]
"""


EN_BENIGN = r"""
@fp_pickup
[i'll|ill] pick you up [at|from] {place} at {time} [ok|love|sweetheart|]
[can you|can u] [be|wait] [outside|at the front|by the gate] at {time}? [i'll be in the car|dad's coming]
[running|stuck in traffic] [10|15|5] mins late [sorry|] [wait inside|stay with your friends]
[who's|whos] [bringing you|dropping you] home from {sport} [tonight|on {day}]? [do you need a lift]?
[dad|your dad|nana] [is|will be] [getting|collecting] you [today|after {sport}|on {day}] [not me|ok]
@fp_homealone
[i'll|ill] be [home|back] [at|by] {time}, [lock the door|keep the door locked|don't answer the door] [ok|love|]
[i'm|im] [stuck|working] late [tonight|today] [there's|theres] {food} in the fridge [back by|home by] {time}
[you'll|youll] [be|have the house] [on your own|to yourself] [till|until] {time} [call me if you need anything|ring me if anything]
[text me|message me] when [you're|your] home [so i know|safe|] [please|x]
[{sib}|your brother|your sister] [will be|is] home [at|by] {time} [so you're only on your own for a bit|don't fight]
[if anyone|if someone] [knocks|rings the bell] [just|] [ignore it|don't open it] [i'll be back at {time}]
@fp_secret
[don't|dont] tell [{sib}|your sister|your brother] about [the surprise|the party|his present|her present] [ok|]! [🤫|]
[it's|its] [dad's|mum's|nana's] birthday [on|] {day} [keep it|it's] a secret [ok|x]
[shh|shhh] [we're|were] [getting|planning] [{sib}|your dad] a [surprise|present] [don't say anything|keep it quiet]
[hide|put] the [present|card|bag] [under your bed|in your wardrobe] [so|before] [{sib}|dad] [sees|finds it]
@fp_gift
[i|] [got|bought] [you|u] [a little something|the trainers you wanted|that hoodie|{item}] [for being so good|for your test|x]
[i've|ive] [put|topped up] [£{amount}|{amount}] [on your card|on your phone|in your account] [for the trip|don't spend it all]
[there's|theres] a [parcel|present] [for you|with your name] on [the stairs|your bed] [:)|x]
@fp_screen
[phone|ipad|switch] [off|away] [at|by] {time} [please|tonight|school night]
[that's|thats] [enough|plenty] {game} [for today|tonight] [homework first|dinner's ready]
[you've|youve] [been|had] [on that|screen time] [all day|for hours] [go outside|have a break] [please|]
[no phones|no screens] [at the table|after {time}] [you know the rule|remember]
@fp_keys
[have you|did you] [got|take] [your|the] keys? [i|] [won't be|wont be] [home|in] till {time}
[the|a] [spare|] key is [under the pot|with the neighbour|in the usual place] [if you forget yours|]
[don't|dont] lose [your|the] [key|keys] [again|this time] [lol|😅|]
[did you|have you] lock [the door|the back door|up] [when you left|behind you]?
@fp_delapp
[delete|get rid of] [that|the] [app|game] [please|now] [i|] [don't like|saw] [who's on it|the messages on it|what it is]
[i've|ive] [read|heard] [bad things|some stuff] about {app} [can you|please] [delete it|take it off your phone]
[who|] [is|was] [that|the person] [messaging you|adding you] on {game}? [you don't know them|block them please]
[we|] [need to|should] [check|go through] your [privacy settings|friends list] [tonight|together] [ok|]
@fp_love
[love you|luv u|love u] [lots|loads|so much] [x|xx|❤️]
[proud of you|so proud of you] [today|for {subject}|sweetheart] [x|❤️|]
[hope|hope your] [day|test|{subject}] [goes|went] [well|ok] [love|sweetie] [x|]
[we|] [can talk about|can sort] [it|anything] [when i get home|later] [ok|] [love you]
@fp_ask
[can i|can i go] [go to|to] [{place}|{sib}'s|my mate's] [after school|on {day}|later]? [pleaseee|pls]
[can|] [i|] have [£{amount}|money] for [{food}|the trip|the cinema]? [pls|]
[can|] [{sib}|my friend] [come round|sleep over] [on|] {day}? [pls|]
[can i|] [download|get] {app}? [everyone|all my friends] [has it|have it]
[what's|whats] for [tea|dinner] [lol|]?
@fp_r_ok
[ok|okay|k|kk|ok mum|ok dad|fine] [:)|x|]
[yeah|yes] [ok|i know] [lol|]
[ok|] [will do|i will|got it] [x|]
[ok|kk] [see you|cya] [then|at {time}|later] [x|]
@fp_r_complain
[ugh|ughhh|noooo] [fine|ok] [😩|🙄|]
[but|buttt] [everyone|all my friends] [has|have] it [tho|lol]
[5|10] more [mins|minutes] [pls|pleaseee]
[ok|fine] [but|] [can i have it back|can i play] [at the weekend|on {day}]?
@fp_r_secret
[ok|okay|yes] [i won't|i wont] [tell|say anything] [🤫|lol|x]
[omg|ooh] [what is it|what did u get]?? [i won't tell]
[my lips are sealed|promise] [lol|🤐]
@fp_r_gift
[omg|wait] [thank you|thank u|ty] [so much|!!] [❤️|x|🥺]
[no way|yesss] [love you|ur the best] [lol|x]
@fp_r_love
[love you too|luv u too|love u] [x|xx|❤️]
[aww|thanks|thank u] [mum|dad|] [x|]
@fp_r_answer
[yes|yeah] [ok|fine] [but|] [be back by {time}|text me when you get there]
[not tonight|not on a school night] [maybe|ask me] [on|] {day}
[we'll see|ask your dad|let me think about it]
[{food}|{food} and salad] [lol|x|]
[only if|if] [i|we] [check|look at] [it|the settings] together first
@rel_present
[what|wat] [would you like|do you want] for [your birthday|christmas] [this year|love|]?
[i've|ive] [sent|posted] you [a little something|a card|some money] for your birthday [x|xx]
[grandad and i|we] [got|bought] you [{item}|a little present|that book] [hope you like it|x]
[your|] present [is|will be] [at mum's|in the post|coming {day}] [don't open it early|x]
@rel_surprise
[it's|its] your [mum's|dad's] birthday [soon|on {day}], [shall we|let's] [get her|get him] [a surprise|something]? [don't tell her|keep it secret]
[i'm|im] [organising|planning] a [surprise|party] for your [mum|dad|nana] [don't|dont] [say a word|tell them] [x|🤫]
[can you|could you] [find out|check] what [size|colour] [your mum|dad] [wears|likes] [without her knowing|secretly] [lol|]
@rel_visit
[we're|were] [coming|driving] [over|up|down] [on|] {day} [can't wait to see you|x]
[are you|r u] [still|] [coming|visiting] [to|] [ours|nana's] [on|] {day}? [i'll make {food}]
[come|pop] [round|over] [after school|on {day}] [if you like|grandad misses you] [x|]
@rel_size
[what|wat] size [are you|r u] [now|these days] [in|for] [shoes|tops|trainers]? [you grow so fast|x]
[how tall|how big] [are you|have you got] now? [i need|for] [the jumper|a coat] [x|]
@rel_lift
[do you|d'you] [need|want] a lift [to|from] [{sport}|{place}|school] [on|] {day}?
[i can|ill] [pick you up|drop you off] [at|from] {place} [at|around] {time} [tell your mum|ok]?
@rel_thanks
[thank you|thanks|ty] [so much|] for the [present|money|card] [nana|auntie|uncle|] [x|❤️]
[i|] [love|loved] the [{item}|present|jumper] [thank you|ty] [x|]
@rel_r_thanks
[aww|oh] [thank you|ty|thanks] [so much|] [x|❤️|]
[you didn't have to|omg thank you] [x|lol]
[yay|yess] [thanks|thank u] [nana|grandma|] [x|]
@rel_r_ok
[ok|yes please|yeah] [see you|cya] [then|{day}] [x|]
[yay|yes] [cant wait|see u soon] [x|:)]
[ok|sure] [i'll tell mum|ill ask mum] [x|]
@rel_r_size
[um|i think] [size|] [{num}|5|6|small|medium] [i think|lol]
[i'm|im] [taller than mum now|nearly as tall as dad] [lol|]
[idk|i dunno] [i'll ask mum|ask mum] [lol|]
@rel_r_welcome
[you're welcome|your welcome] [sweetheart|love|darling] [x|xx]
[glad you like it|so glad] [x|❤️]
@tc_schedule
[training|practice] [is|will be] [on|moved to] {day} at {time} [this week|from now on]
[reminder|just a reminder]: [{subject}|the] [test|homework|assignment] [is|due] [on|] {day}
[session|lesson|tutoring] [tomorrow|on {day}] [starts|is] at {time} [please be on time|see you there]
[the|] [match|fixture|game] [on|] {day} [kicks off|starts] at {time}, [arrive|be there] [30 mins|20 mins] early
@tc_travel
[the|] [minibus|coach] [leaves|goes] from [school|the club] at {time} [on|] {day}, [don't be late|be there 10 mins early]
[if you need|anyone needing] a lift [to|for] the [match|tournament] [let me know|tell me] [by|before] {day}
[parents|your mum or dad] [can|should] [collect|pick you up] from {place} [at|around] {time}
@tc_hw_q
[sir|miss|coach] [i|] [dont|don't] [get|understand] [question|number] {num} [on|for] the {subject} [homework|sheet]
[can|] [i|] [hand in|send] [my|the] {subject} [homework|essay] [late|on {day}]? [i was ill]
[is|] [the|] {subject} [test|exam] [on|] {day} [or|] [next week]?
@tc_hw_help
[look at|check] [page|example] {num} [in your book|on the sheet] [it's|its] the same method
[yes|ok] [that's|thats] fine [this time|just email it] [by|before] {day}
[good question|ok] [let's|we'll] [go over|look at] it [at the start of|in] [the lesson|class]
@tc_praise
[really|so] [proud of|pleased with] your [effort|work|improvement] [today|this week|in {subject}] [keep it up|well done]
[great|brilliant|good] [game|session|work] [today|on {day}] [your passing|your writing|your focus] [was|is] [much better|excellent]
[you've|youve] [come|improved] [such|a] long way [this term|since september] [well done|👏]
@tc_kit
[bring|don't forget] [your|] [kit|boots|shin pads|swimming stuff|water bottle] [on|for] {day}
[kit|the new kit] [is|has] [arrived|come in] [let me know|what] [your size|size you need]
[money|£{amount}] for the [trip|kit|tournament] [is due|needs to be in] [by|on] {day}
@tc_venue
[change of plan|heads up]: [training|the match|the club] [is|will be] at {place} [instead|not the usual pitch] [on|] {day}
[we're|we are] [moving|switching] [to|] [the indoor hall|{place}] [because of|due to] the [rain|weather|pitch]
@tc_r_ok
[ok|okay|thanks|thank you] [coach|sir|miss|] [👍|]
[ok|yes] [will do|i'll be there|see you {day}]
[ok|] [thanks for letting me know|got it] [:)|]
@tc_r_thanks
[thank you|thanks] [so much|] [coach|sir|miss] [:)|😊]
[thanks|ty] [i|] [tried|practised] [really hard|loads] [lol|]
@pe_secret
[ok|omg] [i|] [have to|gotta] tell u [something|a secret] [dont tell anyone|promise u wont tell]
[promise|swear] [u|you] [wont|won't] tell [anyone|{sib}|the group] [lol|] [ok so]
[can|] [u|you] keep a secret? [lol|]
@pe_crush
[i think|i kinda] [i|] [like|fancy] [someone|{sib}|this boy in {subject}|this girl in {subject}] [lol|😳|]
[{sib}|that boy|that girl] [looked at|smiled at] me [in|during] {subject} [lol|😭|]
[do u|you] [think|reckon] [{sib}|they] [likes|like] me? [lol|🙈]
@pe_app
[have u got|do u have|get] {app}? [everyone|the whole class] [is|s] on it [now|lol]
[download|get] {app} [so we can|and we'll] [do streaks|make a group chat|talk there] [lol|]
[our|the] group chat [moved|is] [on|to] {app} [now|lol] [add me]
@pe_park
[wanna|want to|u wanna] [meet|go] [at|to] {place} [after school|on {day}|later]? [lol|]
[me and {sib}|we] [are|r] going to {place} [at|around] {time} [come|u coming]?
[meet|see u] [by|at] [the|] [swings|bus stop|gates] [at|] {time} [yeah|ok]?
@pe_dontell
[dont|don't] tell [ur|my] mum [we|i] [went|were] [to|at] {place} [lol|😭|]
[dont|don't] [say|tell] [anything|] to [my|ur] [mum|parents] about [the party|me being out|the test] [lol|pls]
@pe_age
[how old|how old's] [is|] [ur|your] [brother|sister|cousin|{sib}] [again|now|]? [lol|]
[wait|] [r u|are u] [13|14|12|15] [or|] [14|15|13] [lol|i forget]?
[when's|whens] [ur|your] birthday [again|]? [lol|]
@pe_compliment
[ur|your] [hair|fit|outfit|nails] [looked|look] [sick|so good|cute] [today|lol]
[u|you] [were|did] [so good|amazing] [in|at] [{sport}|{hobby}|{subject}] [today|lol|fr]
@pe_r
[omg|ok|lol|wait] [yes|yess|really|fr|no way] [lol|😭|]
[ya|yeah] [i'm|im] [down|in|coming] [lol|]
[haha|lol] [ok|same|true] [i knew it|obviously]
[no|nah] [i cant|can't] [my mum|im busy] [lol|]
[idk|maybe] [ill|i'll] [ask|see] [lol|]
@pe_r_secret
[i|] [promise|swear] [lol|🤐|] [tell me]
[ok|omg] [what|wat]?? [i wont tell]
[obviously|ofc] [i|] [wont|won't] [lol|]
@fm_meet
[shall we|should we|fancy] [meet|meeting] [at|by] {place} [at|around] {time} [on|] {day}?
[still|] [on for|up for] [drinks|coffee|lunch] [on|] {day}? [i can do {time}]
[i'll|ill] be [there|at {place}] [in|around] [10|15|20] [mins|minutes]
@fm_address
[my|the] address [is|] {street}, {town} [:)|]
[it's|its] {street} [the|] [blue door|flat above the shop|one with the bikes outside]
[i'll|ill] [send|text] [you|u] the [address|postcode|pin] [now|later]
@fm_app
[add|message] me on {app} [it's|its] easier [for the group|with the photos]
[moving|let's move] [this|the chat] to {app}? [my|] [messages here are|this app is] [rubbish|slow]
[i|] [made|started] a {app} group [for|with] [everyone|the gang]
@fm_alone
[are you|r u] [coming|bringing] [on your own|alone|with {sib}]? [just so i know how many]
[is it|will it be] just [us|you and me] or [is|are] [{sib}|the others] coming?
@fm_r
[sounds good|perfect|great|lovely|ok] [see you|cya] [then|there] [:)|x|]
[yep|yes|ok] [i'll|ill] be there [at {time}|]
[on my way|omw|running late] [sorry|] [lol|]
[just me|just me this time] [lol|] [{sib} can't make it]
[sure|yep] [added you|got it] [👍|]
@ad_compliment
[you|u] looked [great|gorgeous|amazing|so good] [last night|at the party|on {day}] [honestly|:)]
[i|] [love|like] [your|ur] [laugh|smile|style] [tbh|honestly] [😊|]
[you're|ur] [such|so] [fun|easy] to [be around|talk to] [x|:)]
@ad_date
[dinner|a drink|a walk] [on|] {day}? [i know a|there's a] [nice|good] [place|spot] [near {place}|in {town}]
[can i|could i] [take you|take u] [out|for {food}] [again|on {day}]? [:)|]
[same place|{place}] [as last time|again] [at|] {time}? [x|]
@ad_free
[are you|r u] [free|around|busy] [tonight|on {day}|later]? [thought we could get {food}|fancy a film]
[home alone tonight|got the flat to myself tonight] [fancy|want to watch] [a film|something]? [lol|]
@ad_age
[wait|] [how old|how old are you] [actually|really]? [you look|u look] [about 25|way younger|great] [lol|]
[when's|whens] your birthday? [i want to|i need to] [plan something|remember] [:)|]
@ad_secret
[don't|dont] tell [anyone at work|the others|{sib}] [yet|about us] [lol|] [i want to tell them myself]
[keep|keeping] [it|this] [quiet|between us] [for now|till the wedding|till we're sure] [:)|]
@ad_r
[haha|aw] [stop it|you're sweet|thank you] [x|😊|]
[yes|yeah] [i'd love that|sounds lovely|why not] [:)|x]
[can't tonight|not tonight] [sorry|] [but|] [{day}|tomorrow] [works|is good]?
[lol|haha] [ok|deal] [my lips are sealed|promise] [x|]
@ad_r_age
[{aage}|i'm {aage}] [lol|thank you|] [you're sweet]
[old enough|{aage}] [haha|lol] [and you]?
[{day}|the {num}th of may] [lol|] [don't make a fuss]
@gm_squad
[need|need one more|looking for] [a|] [fourth|third|duo|squad] [for|in] {game} [anyone|u in]?
[u|you] [on|online] [rn|tonight]? [we're|were] [doing|running] [ranked|a raid|customs] [at|] {time}
[join|jump in] [the|my] party [we|] [need|got] [a|one] [spot|slot] [lol|]
@gm_age
[how old|how old are|how old r] [u|you] [btw|lol]? [u sound young|ur voice]
[wait|lol] [r u|are you] [like|] [12|15|13] [or|] [smth|something]?
[asl|age?] [lol|jk]
@gm_gift
[i|] [can|will] [gift|give] [u|you] [a skin|the pass|{item}] [if u carry me|for the event|lol]
[gifting|giving] [out|away] [skins|items|spare keys] [to|for] [the squad|anyone who joins] [lol|]
[want|u want] [my|the] [spare|extra] [sword|skin|pet]? [i've got two|got a dupe]
@gm_discord
[add|add me on] discord [its|it's] [{me}#{num}|{me}{num}|same name] [lol|]
[join|hop in] [the|our] discord [server|vc] [its|it's] easier [to talk|than in game chat]
[whats|what's] [ur|your] [discord|psn|xbox tag]? [ill|i'll] [add|inv] [u|you]
@gm_gg
[gg|ggs|gg wp] [that was|] [close|mad|clean|so sweaty] [lol|😂|]
[u|you] [carried|were cracked|went crazy] [that round|lol|ngl]
[rematch|run it back|again]? [lol|]
@gm_r
[gg|lol|ok|bet|sure|yeah] [im in|i'm down|send inv|one sec]
[ya|yeah] [added|sent] [lol|]
[cant|can't] [rn|tonight] [my mum|homework|wifi] [lol|😭]
[ty|thanks|thx] [bro|man|lol] [gg]
[no|nah] [im good|i'm fine] [thanks tho|lol]
@gm_r_age
[{age}|im {age}|i'm {age}] [lol|why]
[old enough|not telling|lol] [😂|]
[{aage}|im {aage}|way older lol] [i just play with my kid|lol]
@gm_r_gift
[omg|wait] [ty|thanks|thank u] [so much|bro|lol] [🙏|]
[no way|yooo] [ty|thx] [ur|you're] [a legend|the goat]
[nah|no] [its|it's] [ok|fine] [keep it|i'm good] [lol|]
@sl_sign
[warning signs|red flags] [to look out for|include]: [lots of compliments|gifts|asking to keep things secret|asking to move apps] [early on|]
[they|groomers] [often|usually] [ask|start with] [where you live|who is home|what school you go to] [in small talk|casually]
[watch out for|a red flag is] [someone|an adult] [who|that] [tries to|wants to] [get|have] [your child|them] to themselves [online|]
[one sign|a sign] [is|can be] [a new|a secret] [phone|account|app] [you|] [didn't know about|don't recognise]
@sl_quote
[they|someone like that] [might|will] say [things like|stuff like] ["don't tell your parents"|"you're so mature for your age"|"this is our secret"] [that's a red flag|]
[the police officer|the speaker|the school] [said|explained] [groomers|they] [often|] say ["nobody understands you like me"|"delete our chats"|"add me on another app"]
[if|when] [someone|an adult] [says|writes] ["are you home alone"|"what time does your mum get back"] [tell|you should tell] [a trusted adult|us|your teacher]
[example|a real example]: ["i'll buy you a gift card"|"let's meet, don't tell anyone"|"make a second account for us"] [is|that's] [a warning sign|grooming]
@sl_advice
[tell|talk to] [a trusted adult|us|your teacher] [if|when] [anyone|someone] [makes you|makes them] [feel uncomfortable|uneasy]
[keep|set] [accounts|profiles] [private|on private] and [only|] [add|accept] people [you know|they know] [in real life|irl]
[don't|never] [meet|arrange to meet] [anyone|people] [from online|you only know online] [without|unless] [a parent|an adult] [knows|comes]
[screenshot|save] [anything|messages] [that worries you|that feels off] and [block|report] [them|the account]
@sl_ask
[what|so what] [should|do] [i|we] do if [someone|an adult] [asks|wants] [to move apps|to meet|for a secret]?
[how|] [do|can] [we|i] [tell|know] [if|when] [it's|someone is] [a friend|genuine] or [not|grooming]?
[is it|is it still] [bad|a red flag] if [they|it's] [send|give] [gifts|game items] [in a game|]?
@sl_answer
[tell|talk to] [an adult|us] [straight away|right away] [and|then] [block|report] [them|the account]
[it's|its] [the pattern|the combination] [secrets|gifts|moving apps|asking about home] [that|which] [matters|is the warning]
[good question|fair question]: [gifts|skins|credits] [from|by] [strangers|adults] [online|in games] [are|can be] [a warning sign|worth telling us about]
@sl_r
[thanks|thank you] [for sharing|that's useful|for this] [:)|👍|]
[scary|so scary|worrying] [but|] [good to know|useful] [thanks|]
[ok|right] [i'll|ill] [talk to|speak with] [{sib}|mine|the kids] [tonight|later]
[i|] [didn't know|never knew] [that|they did that] [tbh|honestly]
@ocs_a
[hi|hello] [my|] [order|parcel] [#{num}{num}{num}|number {num}{num}{num}{num}] [hasn't arrived|never arrived|is damaged]
[can|] [i|] [change|update] [my|the] [delivery address|address] [to|] {street}?
[i|] [was charged|got charged] twice [for|on] [my|] [order|subscription] [on {day}|]
[can you|could you] [call me|send] [a refund|a new one] [please|asap]?
@ocs_b
[sorry|apologies] [about that|for the trouble]! [could you|can you] [confirm|send] [your|the] [postcode|email|order number]?
[i've|ive] [updated|changed] [it|the address] [for you|now] [is there anything else|anything else i can help with]?
[a refund|the refund] [has been|was] [issued|processed] [it takes|allow] [3-5|5-7] [working days|days]
[thanks for|thank you for] [waiting|your patience] [:)|]
@obk_a
[hi|hey] [is|] [the bike|the scooter|the desk] [still available|still for sale]?
[would you take|will you take|can you do] £{price}? [cash|i can collect today]
[can i|could i] [come|pop over] [to see it|and look] [on|] {day} [at|after] {time}?
[what's|whats] the address [for collection|to pick up]?
@obk_b
[yes|yep] [still available|it's still here] [:)|]
[i|] [can|could] do £{price} [if you collect|cash only] [:)|]
[sure|yes] {day} [at|after] {time} [works|is fine] [the address is|i'm at] {street}
[it's|its] [in good nick|barely used|had one owner] [just|] [needs a clean|new tyres]
@ogp_a
[who's|whos] [bringing|doing] [the|] [drinks|snacks|food|cake] for [saturday|{day}]?
[train|bus] [leaves|goes] at {time} [from|] {place} [don't be late|meet at the front] [all|everyone]
[i'll|ill] [book|reserve] [a table|the room|tickets] for [{num}|8|10] [at|] {time}
[can|] [everyone|people] [send|pay] [me|] £{amount} [for|by] {day}?
@ogp_b
[i'll|ill] [bring|do] [the|] [{food}|drinks|plates] [:)|👍]
[sent|paid] [👍|thanks|]
[running|might be] [a bit|5 mins] late [sorry|save me a seat]
[count me in|i'm in|in] [:)|👍|]
@onb_a
[hi|hello] [it's|its] [your|] [neighbour|{me}] from [number {num}|next door|across the road] [:)|]
[are you|r u] [home|in] [rn|today]? [i've got|i have] a [parcel|delivery] for you
[could you|can you] [keep an eye on|water] [our|the] [house|plants|cat] [while we're away|on {day}]?
[your|the] [bins|car lights|gate] [are|is] [still out|on|open] [just so you know|fyi]
@onb_b
[thanks|thank you] [so much|] [i'll|ill] [pop round|come over|grab it] [later|at {time}]
[of course|no problem] [just|] [leave|drop] [the key|a key] [with us|through the door]
[oh|ah] [thanks|cheers] [for letting me know|i'll sort it] [:)|]
@bye_a
[right|ok|okay] [i'm off|got to go|gotta go] [speak soon|talk later|cheers|bye for now] [x|]
[thanks|cheers] [again|for that|] [have a good evening|speak soon|catch you later]
[gotta run|need to dash|off to bed] [catch you later|bye for now|night] [x|:)|]
@fp_r_app
[but|buttt] [everyone|all my friends] [has it|is on it] [tho|lol]
[ok|fine] [i'll|ill] delete it [😩|🙄|] [but it's not even bad]
[they're|its] [just|only] [people from school|my mates] [tho|lol]
[ok|okay] [i|] [blocked|removed] [them|him] [already|]
@fp_route
[which|what] bus [are you|r u] getting [home|back] [tonight|after {sport}]? [text me when you're on it|let me know]
[is|has] [{sib}|your brother|your sister] [home|back] [with you|yet]? [i'm|im] [stuck at work|on my way] [till|until] {time}
[is anyone|anyone] [with you|at home] [yet|right now]? [call me|ring me] [if you need me|when you're in] [x|love]
[what time|when] [does|do] [your|] [bus|{bus}] [get in|get you home] [today|on {day}]? [i'll|ill] [meet you at the stop|be at the window]
@rel_when
[what time|when] [does|will] [your mum|mum] [get back|finish work] [today|on {day}]? [i'll|ill] [drop|bring] [the present|your card|the cake] [round|over] [then|after]
[is anyone|will anyone be] [home|in] [on|] {day} [afternoon|after school]? [i've got|got] a [parcel|present] [for you|to drop off]
[who's|whos] [picking you up|collecting you] [from school|from {sport}] [on|] {day}? [i can|grandad can] [do it|if mum's working]
@tc_bus
[which|what] bus [do you|d'you] get [home|back] after [training|practice|the match]? [it's|its] getting dark [early|by {time}]
[who's|whos] [collecting|picking] [you|you up] [tonight|after the game]? [i'll|ill] wait with you [until|till] they [arrive|get here]
[make sure|remember] [someone|an adult] [knows|knows where] [you're|you are] [getting home|going] after [the match|training] [please|]
@pe_home
[is|] [ur|your] mum [home|in] [rn|now]? [can i|can we] [come round|come over] [lol|]
[when|what time] [does|is] [ur|your] mum [back|getting home]? [we can|we could] [play|game] [till then|until she's back] [lol|]
[my|] [mums|mum's] [out|at work] till {time} [come round|come over] [if u want|we can watch {show}] [lol|]
@pe_delete
[delete|clear] the [chat|group chat] [before|in case] [ur|your] mum [sees|reads it] [lol|] [we're planning her surprise]
[make|get] a [finsta|second acc|spam account] [lol|] [everyone has one|its just for memes]
[delete|take down] that [vid|video] of me [pls|lol] [its so embarrassing|😭]
@ad_exclusive
[no one|nobody] [gets|understands] me like you do [honestly|x|:)]
[i|] [feel like|swear] [i can|i could] [tell you|talk to you about] anything [x|]
[talking to you|our chats] [is|are] [the best bit|my favourite part] of my [day|week] [x|:)]
@gm_late
[can u|can you] [stay on|stay up] [till|until] {time} [tonight|]? [tourney|the raid] [starts late|runs late] [lol|]
[who's|whos] [on|online] [after|at] {time}? [need|we need] [a full squad|4] [for|in] {game}
"""


ES = r"""
@greet
[hola|holaa|ey|buenas|wenas|holi] [{n}|] [q tal|qué tal|]
[ey|hola] [cómo estás|como vas|qué haces]?
[buenas|holaa] [q pasa|qué pasa] [{n}|]
[hola|ey] soy {me} [del server de {game}|de {place}|del insti|]
[estás|stas|estas] [por ahí|despierto|despierta|conectada]?
[ey|hola] [perdona|] [viste|has visto] [mi msj|lo que te mandé|lo del grupo]?
[buenos días|buenas tardes|buenas noches] [{n}|] [:)|]
@greet_r
[hola|holaa|ey|buenas|wenas] [:)|jaja|]
[bien|bn|todo bien] [y tú|y tu|tú?]
[aquí|aqui] [en casa|tirada|tirado|haciendo deberes] [jaja|]
[hola|ey] [perdona|sorry] [estaba en la ducha|estaba cenando|tenía el móvil sin batería]
[nada|na] [aquí|aburrida|aburrido] [y tú|tú]
@bye
[me tengo que ir|me voy|me piro] [{n}|] [chao|bss|adiós|hasta luego]
[bueno|venga] [me voy a cenar|me voy a dormir|a hacer deberes] [bss|chao|]
[buenas noches|bn|nos vemos] [{n}|] [:)|bss|]
[mi madre me llama|se me acaba la batería|mi padre quita el wifi], [chao|adiós]
@bye_r
[chao|adiós|bss|buenas noches|hasta mañana] [:)|]
[vale|vl|ok] [hasta luego|nos vemos|hablamos mañana]
[venga|dale] [descansa|que aproveche|chao]
@ack
[vale|vl|ok|okey|sí|si|claro|bueno|ya|vale vale|dale|venga]
[jaja|jajaja] [vale|ya|cierto]
[ah vale|ah ok|entiendo|tiene sentido]
[sip|sii|ajá|mhm]
@react
[jajaja|jajaj|xd|XD|jsjsjs|jajajaja|lol|💀|😂]
[qué|q] [fuerte|guay|pasada|rabia|palo|locura|mal|cringe]
[en serio|enserio|de verdad|no me digas]?
[me muero|flipo|literal|tal cual|ya ves|mood|mola]
[uf|ufff|puf] [qué rollo|vaya|qué mal]
@askback
[y tú|y tu|tú?|tu q|y vosotros]?
[y a ti|y el tuyo|y la tuya] [q tal|jaja|]?
@st_game
[juegas|tú juegas] al {game}? || [sí|si|sip] [juego|mucho] [casi todos los días|cuando me dejan|] [jaja|]
[a qué|a q] [juegas|estás jugando] [ahora|últimamente]? || [más que nada|sobre todo] al {game} [y al {game}|] [jaja|]
[te conectas|te metes] al {game} [esta noche|luego|ahora]? || [igual|puede] [después de|cuando termine] [los deberes|cenar] [jaja|]
[has probado|has visto] la [nueva temporada|actualización|nueva skin] del {game}? || [sí|si] [está|es] [muy guapa|malísima|normalita|brutal] [xd|jaja|]
[qué rango|q nivel] [tienes|eres] en el {game}? || [estoy|sigo] [atascada|atascado] en [plata|oro|el nivel {num}] [jaja|😭|]
[en qué|con qué] [juegas|consola juegas]? || [en la|con la] [play|xbox|switch|el móvil|el pc] [pero|] [el mando|la pantalla] [está roto|va fatal] [xd|]
[cuántas horas|cuanto] [llevas|has jugado] [hoy|esta semana]? || [como|unas] {num} horas [jaja|😅] [no se lo digas a mi madre]
@st_school
[qué tal|q tal] [el insti|el cole|clase|{subject}] [hoy|]? || [aburrido|largo|bien|normal|un rollo|ni tan mal] [jaja|la verdad|]
[tienes|tienes muchos] deberes? || [muchísimos|un montón] [de {subject}|] [puf|😩|] [para el {day}]
[te gusta|t gusta] {subject}? || [{subject}|es] [bien|está bien|me encanta|lo odio] [la verdad|supongo|]
[cuándo|cdo] [empiezan|tienes] [las vacaciones|puente]? || [el|] {day} [creo|] [qué ganas|por fin]
[tienes|hay] [examen|exámenes] [esta semana|pronto]? || [uno|un examen] de {subject} [el|] {day} [y no|no he] [estudiado nada|he estudiado] [jaja|😭|]
[cómo es|q tal] [tu|el] profe de {subject}? || [es|está] [super estricta|majísimo|de baja|rarísimo] [jaja|] [nos puso un negativo]
@st_music
[qué|q] [escuchas|estás escuchando] [ahora|últimamente]? || [más que nada|sobre todo] {singer} [jaja|en bucle|]
[te gusta|t gusta] {singer}? || [sii|sí|obvio] {singer} [es|son] [lo más|top|mi favorito|mi favorita]
[has escuchado|escuchaste] lo nuevo de {singer}? || [sí|si] [lo tengo|la tengo] en bucle [jaja|😭|]
[cuál es|cual es] tu canción favorita [ahora|ahora mismo]? || [ni idea|nose] [algo de {singer}|lo q sale en tiktok] [jaja|]
@st_food
[qué|q] has [comido|cenado] [hoy|]? || [{food}|{food} otra vez] [jaja|😋|]
[cuál es|cual es] tu comida favorita? || [la|el|] {food} [obvio|sin duda|jaja]
[tienes|tienes] hambre? || [mucha|muchísima] [estoy esperando|espero] [la cena|{food}] [jaja|]
[qué|q] [hay|tienes] [de cena|para cenar]? || {food} [creo|otra vez|jaja] [mi madre|mi padre] [cocina]
@st_weekend
[qué|q] [haces|vas a hacer] [este finde|el {day}|luego|esta noche]? || [nada|na] [la verdad|jaja] [quedarme en casa|dormir|jugar]
[hiciste|hicisteis] algo [el finde|el {day}]? || [fui|fuimos] a {place} [con mis amigas|con mis amigos|con mi primo] [jaja|]
[tienes|algún] plan para [el finde|el {day}|el puente]? || [el cumple de|comida en casa de] [mi abuela|mi prima|mi tía] [puf|jaja|]
[sales|vas a salir] [luego|esta tarde]? || [no creo|q va] [hace|está] {weather} [jaja|] [me quedo en casa]
@st_sport
[haces|practicas] algún deporte? || [sí|si] [hago|juego al] {sport} [los|el] {day} [jaja|]
[viste|has visto] el partido del {team} [ayer|anoche]? || [sí|si] [qué|q] [robo|desastre|partidazo] [jaja|😭]
[de qué|de q] equipo eres? || del {team} [obvio|jaja|💯|]
[sigues|todavía] [con|haciendo] {hobby}? || [nah|no] [lo dejé|lo dejé hace tiempo] [era un rollo|era muy pronto los {day}]
@st_work
[trabajas|curras]? || [sí|si] [curro|trabajo] en {job} [jaja|un rollo|muchas horas]
[de qué|en qué] trabajas? || [cosas aburridas|nada especial] en {job} [jaja|] [da para pagar]
[estuviste|has estado] [currando|trabajando] [hoy|todo el día]? || [sí|si] [acabo de llegar|acabo de salir] [jaja|puf|]
[qué tal|q tal] el curro? || [largo|eterno|bien|una locura] [la verdad|jaja|]
@st_weather
[llueve|hace frío|hace sol] [por ahí|allí|donde estás]? || [está|hace] {weather} [aquí|hoy|jaja|]
[has visto|viste] el tiempo [para el {day}|esta semana]? || [va a estar|dicen q] {weather} [toda la semana|puf|jaja]
@s_adult
[acabo de|recién] [llegar del curro|salir del trabajo|volver del gym] [jaja|]
[mi jefe|el jefe] [me tiene harto|me ha hecho quedarme|es insoportable] [jaja|la verdad|]
[puf|ufff] [el coche|mi coche] [otra vez|] [en el taller|sin pasar la itv] [jaja|]
[estoy|toy] [reventado|muerto|cansadísimo] [día largo|el curro fatal] [jaja|]
[tengo que|me toca] [hacer la compra|pagar facturas|pasear al perro] [luego|esta noche]
@s_young
[mi madre|mi padre] me [obliga a|hace] [recoger el cuarto|poner el lavavajillas|sacar al perro] [puf|jaja|😩]
[tengo|mañana tengo] examen de {subject} [el {day}|mañana] [qué asco|jaja|]
[estoy|toy] castigado [esta semana|hasta el {day}] [jaja|😭|]
[mi hermano|mi hermana] [me ha quitado|tiene] [el mando|el cargador|la tablet] [otra vez|]
@s_backoff
[jaja|jajaja] [vale|ok] [olvídalo|nada|da igual] [solo|era solo] [preguntaba|curiosidad]
[perdona|sorry] [no quería|no era mi intención] [ser pesado|agobiarte|hacerlo raro] [jaja|]
[vale|bueno] [sin presión|tienes razón|tranqui] [:)|]
[tranqui|no pasa nada] [hablemos de otra cosa|olvida lo que dije] [jaja|]
[ya ya|vale vale] [lo siento|perdón] [es que contigo|contigo] [siento que puedo preguntar lo que sea|me emociono hablando]
@s_return
[eyy|hola] [perdona|sorry] [he estado liado|estuve a tope] [con el curro|estos días] [te echaba de menos|echaba de menos hablar contigo]
[hola tú|ey desaparecida|ey desaparecido] [te has olvidado de mí|no sé nada de ti] [jaja|:(]
[oye|bueno] [sobre|lo de] [lo que te dije|lo de] [ayer|el otro día] [jaja|]
[qué tal|q tal] [mi persona favorita|mi persona favorita para hablar]?
[buenos días|ey] [no paraba de pensar en|me acordé de] [lo que hablamos|lo que me dijiste] [anoche|ayer]
@g_age
[cuántos años|cuantos años|q edad] [tienes|tienes al final] [por cierto|perdona q pregunte|]?
[pareces|aparentas] [mayor|como 16|más mayor] [la verdad|] [cuántos tienes]?
[edad?|años?] [jaja|] [por curiosidad]
[tu perfil|en tu perfil] [pone|dice] {age} [es verdad|es así]?
@g_compliment
[eres|estás] [muy|súper|tan] [guapa|mona|guapo|mono] [en la foto|en tu foto|la verdad]
[tienes|q] [una sonrisa|unos ojos|un pelo] [preciosa|preciosos|precioso|muy bonita] [:)|😊|]
[tu foto|tu foto de perfil|tu nueva foto] [es|está] [preciosa|brutal|muy guapa] [😍|]
[seguro que|fijo que] [le gustas a|te van detrás] [todos|todas|medio insti] [jaja|]
@g_mature
[eres|pareces] [muy|súper] madura para tu edad
[no|] [hablas|pareces] [como una niña|como alguien de {age}|de tu edad] [para nada|la verdad]
[pareces|suenas] [mucho|bastante] mayor [que {age}|de lo q eres] [en serio|jaja|]
[se me olvida|siempre se me olvida] [que tienes|q tienes] [solo|] {age} [jaja|pareces mayor]
[eres|eres mucho] más [madura|maduro] que [la gente|los de tu clase|la peña] de tu edad
[la verdad|en serio] [es más fácil|me cuesta menos] hablar contigo que con [mucha gente|gente de mi edad]
@g_where
[dónde|donde|por dónde] vives?
[de dónde|de dnd] eres? [de {town}]?
[a qué|a q] insti [vas|vas tú]?
[vives|estás] [en|cerca de] {town} [no]? [qué zona]?
@g_alone
[estás|stas] [sola|solo|sola en casa|solo en casa] [ahora|esta noche]?
[hay|está] alguien [más|] [en casa|contigo] [ahora]?
[a qué|a q] hora [vuelven|llegan|se acuestan] tus padres?
[tus padres|tu madre|tu padre] [están|está] [fuera|trabajando] [entonces|esta noche]?
[estás|stas] en tu cuarto [ahora]? [te ve alguien]?
@g_secret
[no|no se lo] [digas|cuentes] a tus padres [lo nuestro|q hablamos|nada de esto] [vale|eh]?
[esto|lo nuestro] [queda|se queda] entre [nosotros|tú y yo] [vale|eh|sí]?
[guárdalo|que sea] [en secreto|un secreto] [vale|porfa] [no lo entenderían|la gente no lo entiende]
[no|no le] digas nada [a tus amigas|a tus amigos|a nadie] [de mí|de esto] [ok|vale]
[tu madre|tus padres] [se rayaría|flipan|no lo entenderían] [así que|mejor] [no digas nada|calladita]
@g_gift
[quieres|te] [que te pase|que te regale|regalo] {item}? [:)|]
[te puedo|puedo] [mandar|comprar|regalar] {item} [si quieres|no es nada]
[te he|te] [comprado|pillado] [algo|una cosita|{item}] [jaja|:)]
[te pongo|te meto] saldo [en el móvil|para que hablemos] [:)|]
@g_move
[agrégame|escríbeme|háblame] [al|por] {app} [es|que es] [más fácil|mejor|más privado]
[tienes|tienes tú] {app}? [hablamos|mejor hablamos] [allí|por ahí]
[esta app|esto] [va fatal|es una mierda|se cuelga] [vamos|pasémonos] a {app}
[cuál es|pásame] tu {app}? [te agrego|y te agrego]
[descárgate|bájate] {app} [es|que es] [más seguro|mejor] [para nosotros|y se borran los msj]
@g_meet
[deberíamos|podríamos] [quedar|vernos] [algún día|pronto] [:)|]
[puedo|te puedo] [recogerte|ir a {town}|pasar a buscarte] [el|] {day} [si quieres|?]
[quedamos|te apetece quedar] en {place} [el|] {day}?
[vamos a|venga] [quedar|vernos] [te invito|y te invito] a {food} [jaja|:)]
[cuándo|cdo] [nos vemos|podemos vernos] en persona? [:)|]
@g_insist
[venga|anda|vamos] [no pasa nada|no es para tanto|soy yo] [jaja|]
[puedes|confía en mí] [confiar en mí|de verdad] [te lo prometo|lo juro]
[porfa|porfi|anda] [me apetece mucho|sería guay] [jaja|]
[nadie|nadie se va a] [se va a enterar|enterar] [tranqui|tkt]
[pensaba|creía] [que éramos|q éramos] [amigos|especiales|diferentes] [:(|]
@q_routine
[tu madre|tu padre] [sigue|todavía] [trabajando|currando] en {job}? [hasta qué hora|hasta cuándo]?
[entonces|o sea] [tienes|llevas] [llave|tus llaves] [para entrar|] [después del insti|los {day}]? [jaja|]
[cuánto rato|cuánto tiempo] [estás|te quedas] [sola|solo] [después de clase|hasta que llega alguien]? [solo curiosidad|jaja]
[a qué|a q] hora [vuelve|llega|sale] [tu madre|tu padre|tu madre del curro]?
[tu madre|tu padre] [trabaja|curra] [hasta tarde|todos los días|los findes]? [jaja|]
[y|] [a qué|a q] hora [sueles llegar|llegas] [a casa|del insti] [el {day}|normalmente]?
[quién|quien] te [recoge|va a buscar] [del insti|de {sport}] [normalmente|]?
[qué|q] haces [al salir del insti|cuando llegas] [hasta que|antes de que] [vuelve tu madre|llegan tus padres]?
[tu madre|tu padre] [está|sigue] [de noche|de tarde|con turnos] [esta semana|todavía]?
@q_bus
[te bajas|bajas] [cerca de|en] {place}? [yo|] [paso|paro] [mucho|a veces] por ahí [jaja|]
[a qué|a q] hora te [deja|suele dejar] {bus} en casa [normalmente|el {day}]?
[qué|q] bus [coges|pillas] [para ir al insti|para volver|al centro]?
[vas|vuelves] [andando|en bus] [a casa|al insti] [sola|solo|con amigos]?
[es|] {bus} el que [pasa por|va por] {place}?
[en qué|en q] parada te bajas? [jaja|]
[cuánto|cuanto] [tardas|andas] [desde la parada|de la parada] [hasta tu casa|a tu casa]?
@q_homewhen
[tu casa|en tu casa] [está|se queda] [vacía|tranquila] [el|los] {day} [por la tarde|]? [jaja|]
[tu hermano|tu hermana|{sib}] [llega|sale] antes [o después|] que tú?
[qué|q] [días|tardes] tienes la casa para ti [sola|solo|]? [qué suerte|]
[alguien|nadie] [pasa|se pasa] por tu casa [cuando|mientras] tus padres [trabajan|están fuera]?
[tu abuela|tu yaya] [sigue|está] [en tu casa|por ahí] [entre semana|por las tardes]?
@q_exclusive
[la verdad|en serio] [espero|me paso el día esperando] tus [mensajes|msj] [jaja|]
[nunca|no suelo] [me abro|hablo] así con [nadie|la gente] [la verdad|jaja]
[nadie|nadie me] [me entiende|entiende] como [tú|tu]
[siento que|de verdad] [te puedo|puedo] contar [lo que sea|todo]
[eres|eres literal] la única persona con la que [hablo así|hablo de verdad]
[hablar contigo|nuestras charlas] [es|son] lo mejor de mi [día|semana]
[nos|tú y yo nos] entendemos [muy bien|genial] [eh|verdad|la verdad]
[me entiendes|tú me entiendes] mejor que [nadie|mis amigos|la gente de mi edad] [en serio|la verdad]
@q_friends
[tus amigas|tus amigos] [no te|no te valoran|no te] [entienden|valoran|escuchan] [la verdad|no]?
[parece que|me da que] tus [amigas|amigos] [son|son un poco] [falsas|falsos|inmaduros|crías|críos] [jaja|]
[ellos|ellas] no [entenderían|pillarían] [lo que hablamos|esto] [como yo|jaja|]
[te mereces|mereces] [algo mejor|gente que te escuche] [la verdad|que ellas]
[por qué|xq] [sigues|te juntas] con [ellos|ellas]? [jaja|]
@q_screen
[tienes|tiene] [la puerta|tu puerta] cerrada? [jaja|] [pregunta random]
[tu móvil|el móvil] tiene [control parental|tiempo de uso|eso de la familia]? [jaja|]
[hay|está] alguien [a tu lado|mirando|en tu cuarto] [ahora|ahora mismo]?
[alguien|tu madre] [puede|ve] [ver|] tu pantalla? [jaja|]
[tu madre|tus padres] [te miran|revisan|cotillean] el móvil?
[el móvil|la tablet] [es|es de] [tuyo|tuya|toda la familia] [o compartido]?
[estás|stas] en [tu cuarto|el sofá|el salón] [ahora]? [jaja|]
[quién|quien] más usa [ese portátil|el ordenador|la tablet]?
@q_delete
[puedes|podrías] [borrar|eliminar] [los msj|los mensajes|el chat] [luego|después|al terminar] [jaja|]
[mejor|igual] [borra|borras] [esto|el chat] [por si acaso|vale] [jaja|]
[no|no] [guardes|hagas] [capturas|el chat] [vale|eh]? [jaja|]
[activa|pon] [los mensajes temporales|que se borren solos] [es más limpio|mejor] [jaja|]
@q_second
[tienes|tienes otra] [otra cuenta|segunda cuenta|cuenta secundaria]? [jaja|]
[hazte|crea] [una cuenta nueva|otra cuenta] [solo para hablar conmigo|para nosotros] [jaja|]
[háblame|escríbeme] desde tu [otra cuenta|cuenta secundaria|fake] [mejor|vale]
[guárdame|ponme] [con otro nombre|como {sib}|como una amiga] [en el móvil|] [jaja|]
@q_favour
[dime|di] [buenas noches|bn] [antes de dormir|antes de acostarte] [vale|eh]? [es lo nuestro|jaja]
[haz|hazme] [el test|la encuesta|lo de la canción] que te [mandé|pasé] [esta noche|antes de dormir] [vale|jaja]
[me haces|hazme] un [favorcito|favor pequeño]? [jaja|]
[avísame|escríbeme] [cuando llegues a casa|cuando estés en la cama|al volver] [vale|eh]?
[escríbeme|mándame msj] [nada más|en cuanto] [despiertes|llegues|salgas de clase] [vale|porfa]
[cambia|pon] [tu estado|tu bio|tu foto] [a lo que te dije|a la canción que te pasé|algo solo nuestro] [jaja|]
[quédate|aguanta] [despierta|despierto] [hasta|hasta las] {time} [esta noche|] [y hablamos|para jugar] [vale]?
[puedes|podrías] [saltarte|salir antes de] {sport} [el {day}|] [para hablar|para jugar] [jaja|]?
@q_praise
[ves|bien] [sabía|ya sabía] que [podía contar contigo|eras de fiar] [:)|]
[por eso|precisamente por eso] [eres|eres mi] [especial|favorita|favorito|diferente] [jaja|:)]
[eres|eres la] [la mejor|el mejor|un sol] [de verdad|la verdad|]
[ves|] [qué fácil|es fácil] [cuando|si] [me haces caso|escuchas] [jaja|]
@q_resent
[no|no se] [ven|dan cuenta de] lo [madura|maduro|lista|listo] que eres [la verdad|]
[si|cuando] [vivieras|estuvieras] [conmigo|en mi casa] [podrías|harías] [lo que quisieras|lo que te diera la gana] [jaja|]
[tu madre|tus padres|tu padre] [parece|parecen] [súper|muy] [estricta|estrictos|estricto] [la verdad|jaja|]
[no te|no] [escuchan|entienden] [nada|de verdad] [no]?
[es|q] [injusto|injusto lo que te hacen] [te mereces|deberías tener] [más libertad|que te traten como mayor]
[parece que|me da q] [tu madre|tu padre|tus padres] [se preocupa|se preocupan] más [por {sib}|por el curro|del móvil] [que por ti]
[yo|yo nunca] [no te|te] [trataría|hablaría] así [jaja|la verdad]
[te tratan|te tratan como] [como a una niña|como a un niño|a un bebé] [es|qué] [injusto|fuerte]
@q_secretworld
[esto|lo nuestro] es [nuestro|como nuestro] [mundo|rincón|sitio] [:)|jaja|]
[tenemos|tenemos ya] [nuestras bromas|nuestro idioma|lo nuestro] [que nadie pilla|jaja]
[mola|está bien] tener algo [solo nuestro|que es solo nuestro] [sabes|]
[que esto|esto] [quede|se quede] entre [los dos|tú y yo] [vale|:)]
[nadie|nadie más] [tiene que|necesita] saber [de|lo de] [nuestras charlas|lo nuestro] [jaja|]
@q_special
[es|eres] [súper|muy] fácil hablar contigo [la verdad|en serio|]
[me gusta|me encanta] [hablar contigo|nuestras charlas] [mucho|un montón] [:)|]
[no eres|eres diferente] [como los demás|a la gente de tu edad] [jaja|la verdad]
[siempre|tú siempre] me [alegras el día|sacas una sonrisa] [jaja|:)]
@q_meet_soft
[el curro|el trabajo] de un [amigo|colega] [está|queda] [justo|] al lado de {place} [jaja|] [qué pequeño es el mundo]
[estaré|voy a estar] [aparcado|esperando] [cerca de|por] {place} [sobre|a] {time} el {day} [de todas formas|si quieres saludar]
[voy a estar|estaré] [cerca de|por] {place} [el|] {day} [de todas formas|por curro] [jaja|]
[igual|a lo mejor] [paso|me paso] por [tu insti|tu zona|tu parada] [el|] {day} [jaja|]
[podrías|puedes] [pasarte|venir] [un rato|después de clase] [si quieres|jaja]
[podríamos|podemos] [tomar|pillar] {food} [después de|al salir de] [clase|{sport}] [algún día|el {day}]? [jaja|]
[salgo|termino] [del curro|] [a|sobre] {time} [el|] {day} [te puedo esperar|si quieres vernos]
@q_move_soft
[casi|ya casi] no [uso|entro en] esta app [la verdad|] [{app} es más cómodo]
[esto|esta app] [se cuelga|va fatal|me echa] [todo el rato|siempre] [tienes|tú tienes] {app}? [jaja|]
[no me llegan|no me salen] [las notis|los mensajes] aquí [jaja|] [{app}?|tienes {app}?]
[es más fácil|mejor] hablar por {app} [la verdad|jaja|] [si lo tienes]
@q_soften
[jaja|jajaja] [vale|ya] [era|solo era] [curiosidad|por preguntar] [jaja|]
[no|nah] [no es nada|no es nada raro] [jaja|] [ya me conoces]
[solo|yo solo] [pregunto|preguntaba] [porque me importas|porque me preocupo por ti|para saber que estás bien]
[puedes|me puedes] [decirme que no|decir que no] [no pasa nada|tranqui] [jaja|]
@c_age_ans
[tengo|tngo] {age} [jaja|xq|]
{age} [y tú|y tu|tú?|jaja]
[{age}|tengo {age}] [casi|ya casi] [14|15|16] [jaja|]
[estoy en|voy a] [1º|2º|3º] [de la eso|] [o sea|asi q] {age}
@c_age_dodge
[y|] [xq|por qué] [quieres saberlo|lo preguntas]? [jaja|]
[los suficientes|no te lo digo|adivina] [jaja|xd|😂]
[importa|y eso importa]? [jaja|]
[mmm|emm] [xq|por qué] [jaja|]
@c_flattered
[ayy|aww|oo] [gracias|grax|grcs] [:)|😊|🥺|]
[para|calla] [q me|que me] [sonrojo|pongo roja|pongo rojo|da vergüenza] [jaja|😭|]
[jaja|jajaja] [qué|q] [bonito|majo|maja|mono] [por tu parte|]
[tú|tu] [también|tb] [jaja|la verdad|]
[nadie|nunca] me [dice|han dicho] cosas así [jaja|]
@c_shy
[jaja|jajaja] [no sé|nose|ok] [jaja|]
[emm|mmm] [gracias|vale] [supongo|jaja|]
[jaja|xd] [vale] [bueno|en fin]
[😅|jaja] [eso es|q] [un poco|algo] [raro|random|mucho]
@c_where_ans
[en|cerca de|al lado de] {town} [jaja|xq|]
{town} [es|q es] [aburrido|un muermo|normal] [jaja|]
[por|cerca de] {place} [en {town}|]
[voy al|al] [insti de al lado de {place}|ies de {town}]
@c_alone_ans
[sí|si|sip] [mi madre|mi madre está] [trabajando|fuera] [hasta|hasta las] {time}
[mis padres|mis padres están] [fuera|currando] [ahora|esta noche] [jaja|]
[no|nah] [está|está aquí] [mi hermana|mi hermano|{sib}] [jaja|]
[solo yo|sola|solo] [ahora|hasta {time}] [jaja|xq]
[mi padre|papá] [está dormido|está abajo|en el salón]
@c_routine_ans
[mi madre|ella] [llega|sale] [a|sobre] {time} [normalmente|casi siempre]
[sobre|a eso de|como a] {time} [entre semana|{day}] [jaja|]
[mi padre|papá] [hace|tiene] [noches|turno de tarde] [y|así que] [mi madre|mamá] [llega|vuelve] [a|sobre] {time}
[yo|] [llego|vuelvo] [sobre|a] {time} [y ellos|y] [más tarde|a {time}]
[depende|según] [pero|] [normalmente|casi siempre] {time}
@c_bus_ans
{bus} [jaja|xq|]
[cojo|pillo] {bus} [en|cerca de] {place}
[voy|voy andando] [andando|] [son|es] [como|solo] {num} min [jaja|]
[mi madre|mi padre] me [lleva|llevan] [casi siempre|normalmente] [jaja|]
@c_screen_ans
[no|nah] [estoy|toy] en mi cuarto [jaja|]
[nadie|nadie me] [mira|revisa] [el móvil|mi móvil] [jaja|]
[mi madre|mamá] [a veces|antes] [lo mira|me lo revisaba] [la verdad|jaja]
[es|es solo] mío [jaja|xq]
[mi hermana|mi hermano|{sib}] [está|esta] [al lado|aquí] [jaja|]
@c_wary
[y|] [xq|por qué] [quieres|lo quieres] saber [eso|]? [jaja|]
[eso es|q] [un poco|algo|bastante] [raro|random|creepy] [jaja|la verdad|]
[mmm|hmm] [xq|por qué] [preguntas|lo preguntas]?
[no|yo no] [le digo eso|doy esa info] a la gente [jaja|]
[mi madre|mamá] [dice|me dijo] [que no|q no] [diga eso|lo cuente] [por internet|]
@c_why
[y|] [xq|por qué] [jaja|]?
[para|xq] [qué|q] [iba a|tendría q] hacer eso? [jaja|]
[mmm|emm] [por qué|xq]?
[q|eso es] [raro|un poco raro|sospechoso] [jaja|]
@c_refuse
[no|nah] [no quiero|paso] [jaja|la verdad|]
[yo|yo a mi madre] le cuento [todo|las cosas] [jaja|eh]
[no sé|nose] [me da|q] [mal rollo|cosa] [la verdad|]
[mis padres|mi madre] [me miran|lo verían] el móvil [igual|jaja]
@c_ok
[vale|vl|ok|okey|bueno|va|dale] [jaja|:)|]
[sí|si] [vale|claro|puedo] [jaja|]
[vale|ok] [lo hago|hecho|ya está] [:)|]
@c_ok_secret
[vale|ok|sí] [no diré nada|no digo nada] [jaja|]
[vale|ok] [ya lo|lo] [he borrado|borro] [jaja|]
[sí|vale] [me lo guardo|queda entre nosotros] [jaja|:)|]
[vale|va] [ya tengo|me he hecho] [otra cuenta|una cuenta] [jaja|]
@c_gift_yes
[en serio|de verdad]?? [gracias|muchas gracias] [jaja|🥺]
[qué|q] [guay|fuerte] [gracias|grax] [:)|😭]
[sí|siii] [porfa|porfi] [jaja|🥺]
[no hace falta|no tienes que] [jaja|] [pero gracias]
@c_gift_no
[no|nah] [no hace falta|da igual] [gracias igual|jaja]
[no puedo|no] [aceptarlo|cogerlo] [mi madre preguntaría|jaja]
[no gracias|paso] [jaja|] [estoy bien]
@c_move_ok
[vale|ok] [mi|el] {app} es [{me}{num}|el mismo nombre|{me}_x] [jaja|]
[sí|si] [tengo|tngo] {app} [te agrego|te lo paso] [jaja|]
[vale|ok] [me lo|lo] [bajo|descargo] [luego|después de cenar]
@c_move_no
[no tengo|no tngo] {app} [jaja|] [no me dejan]
[mis padres|mi madre] no me [dejan|deja] tener {app} [jaja|]
[no podemos|y no podemos] hablar aquí? [jaja|]
[nose|no sé] [prefiero|me gusta más] hablar aquí [la verdad|]
@c_meet_maybe
[igual|puede|a lo mejor] [jaja|] [tendría que mirar|ya veré]
[emm|mmm] [podría|puede que pueda] [el|] {day} [creo|igual]
[dónde|a qué hora] [pero|] [jaja|]?
[nose|no sé] [mi madre|mi madre me] [preguntaría|pillaría] [jaja|]
@c_meet_no
[no|nah] [no creo|no me apetece] [jaja|perdona]
[no puedo|no] [mis padres|mi madre] no me [dejan|deja]
[nunca|nunca he] [he quedado|quedado] con [nadie de internet|gente de aquí] [jaja|]
[eso|q] es [un poco|muy] [raro|rápido] [la verdad|jaja]
@c_vent
[ya|sí] [nunca|no] me [deja|dejan] hacer nada [jaja|😩|]
[literal|en serio] [no escuchan|no me entienden] [nada|nunca]
[mis amigas|mis amigos] [están|son] [un poco|muy] [falsas|falsos|rarísimos|raras] [últimamente|ahora] [la verdad|]
[ya ves|ya] [es|q] [un rollo|injusto] [jaja|]
[nadie|nadie en casa] [me escucha|me hace caso] [la verdad|jaja]
@c_defend
[no es|tampoco es] [para tanto|tan estricta|tan mala] [jaja|eh|]
[no|nah] [mis amigas|mis amigos] [son|son muy] [majas|majos|buena gente] [jaja|]
[nose|] [solo|] se preocupan [jaja|la verdad]
[da igual|está bien] [no me importa|me da igual] [jaja|]
@c_vent_start
[puf|uff] [mi madre|mi padre] me ha [quitado|requisado] [el móvil|la play|la tablet] [otra vez|ayer] [jaja|😩]
[mis padres|mi madre] [me han|me ha] [echado la bronca|gritado] por [los deberes|el cuarto|el móvil] [otra vez|]
[me he|me] [peleado|enfadado] con [mi mejor amiga|mi amigo|{sib}] [hoy|jaja] [puf|]
[nadie|hoy nadie] [me ha hablado|se ha sentado conmigo] [en el insti|en clase] [jaja|😭|]
[odio|odio cuando] [mi madre|mi padre] [dice|me dice] que no a todo [jaja|]
@c_change
[bueno|en fin] [has visto|viste] la [nueva|] actualización del {game}?
[jaja|bueno] [qué|q] haces [luego|esta noche]?
[oye|ey] [has escuchado|escuchaste] lo nuevo de {singer}?
[bueno|en fin] me tengo que ir [en un rato|ya] [jaja|]
@st_show
[estás|estas] viendo [alguna serie|algo] [ahora|últimamente]? || [sí|si] {show} [otra vez|jaja|está buenísima] [sin spoilers]
[has visto|viste] {show}? || [no|nop] [está bien|todo el mundo habla de eso] [jaja|]
[por qué|x q] [temporada|capítulo] vas? || [por la|voy por la] {num} [y estoy enganchada|y estoy enganchado|jaja]
[viste|has visto] el [tiktok|video] [de|con] {singer}? || [jaja|sii] [lo he visto|lo vi] como {num} veces
@st_pet
[tienes|tenéis] mascota? || [sí|si] un {pet} [que se llama|llamado] [luna|coco|toby|nala|churro] [jaja|]
[qué tal|q tal] tu {pet}? || [muy|súper] [vago|pesado|mono] [jaja|] [se come todo|duerme todo el día]
[quiero|yo quiero] un {pet} [ya|jaja] || [yo tb|igual] [mi madre|mi padre] [dice|dijo] que no [jaja|😭]
"""


ES_BENIGN = r"""
@fp_pickup
[te recojo|paso a por ti] [en|a la salida de] {place} a {time} [vale|cariño|cielo|]
[puedes|espérame] [esperar|] [en la puerta|fuera|en la entrada] a {time}? [voy en coche|va papá]
[llego|voy] [10|15|5] minutos tarde [perdona|] [espera dentro|quédate con tus amigas]
[quién|quien] te [trae|acerca] [de {sport}|a casa] [esta noche|el {day}]? [necesitas que te lleve]?
[papá|tu padre|la abuela] te [recoge|va a buscar] [hoy|el {day}] [no yo|vale]
@fp_homealone
[llego|vuelvo] a casa [a|sobre] {time}, [cierra con llave|no abras a nadie] [vale|cariño|]
[me quedo|tengo que quedarme] [a trabajar|en el curro] hasta tarde, [hay|tienes] {food} en la nevera [llego a|vuelvo sobre] {time}
[vas a estar|estarás] [sola|solo] [hasta|hasta las] {time} [llámame si necesitas algo|cualquier cosa me llamas]
[avísame|mándame un msj] cuando llegues a casa [para quedarme tranquila|porfa] [bss|]
[tu hermano|tu hermana|{sib}] [llega|vuelve] [a|sobre] {time} [así que estás poco rato sola|no os peleéis]
[si llaman|si alguien llama] a la puerta [no abras|no contestes] [vuelvo a {time}|]
@fp_secret
[no le|no se lo] [digas|cuentes] a [{sib}|tu hermana|tu hermano] lo de [la sorpresa|la fiesta|su regalo] [eh|vale]! [🤫|]
[el|] [cumple de papá|cumple de mamá|cumple de la abuela] es el {day}, [es secreto|que no se entere] [vale|bss]
[shh|chsss] [le estamos|estamos] [preparando|organizando] una sorpresa a [{sib}|papá] [no digas nada|calladita]
[esconde|guarda] [el regalo|la bolsa|la tarjeta] [debajo de tu cama|en tu armario] [que no lo vea|antes de que lo encuentre] [{sib}|papá]
@fp_gift
[te he|te] [comprado|traído] [una cosita|las zapas que querías|esa sudadera|{item}] [por portarte tan bien|por el examen|bss]
[te he|te] [puesto|ingresado] {amount}€ [en la tarjeta|en el móvil|en tu cuenta] [para la excursión|no te lo gastes todo]
[hay|tienes] un [paquete|regalito] [para ti|con tu nombre] en [la escalera|tu cama] [:)|bss]
@fp_screen
[el móvil|la tablet|la switch] [fuera|apagado] a {time} [porfa|esta noche|que mañana hay cole]
[ya|vale ya] [de|con el] {game} [por hoy|esta noche] [primero los deberes|a cenar]
[llevas|has estado] [todo el día|horas] con la pantalla [sal un rato|descansa] [porfa|]
[nada de móviles|sin móviles] [en la mesa|después de las {time}] [ya sabes la norma|acuérdate]
@fp_keys
[llevas|tienes] las llaves? [yo|] no [llego|estaré] hasta {time}
[la llave|la copia] [está|la tienes] [debajo de la maceta|en casa de la vecina|donde siempre] [por si se te olvidan|]
[no pierdas|que no pierdas] las llaves [otra vez|esta vez] [jaja|😅|]
[cerraste|has cerrado] [con llave|la puerta de atrás] [al salir|]?
@fp_delapp
[borra|quita] [esa app|ese juego] [porfa|ya] [no me gusta|he visto] [quién hay|los mensajes que hay|lo que es]
[he leído|me han contado] [cosas feas|cosas] de {app} [puedes|porfa] [borrarla|quitarla del móvil]
[quién|quien] [era|es] [esa persona|el que] [que te escribe|que te agrega] en el {game}? [no lo conoces|bloquéalo porfa]
[tenemos que|hay que] [mirar|revisar] tu [privacidad|lista de amigos] [esta noche|juntos] [vale|]
@fp_love
[te quiero|tq] [mucho|muchísimo] [bss|❤️|]
[qué orgullosa|qué orgulloso|muy orgullosa] [estoy de ti|de ti] [hoy|por lo de {subject}|cariño] [❤️|]
[espero que|ojalá] [el examen|{subject}|el día] [vaya|haya ido] bien [cariño|cielo] [bss|]
[lo hablamos|lo arreglamos] [cuando llegue|luego] [vale|] [te quiero]
@fp_ask
[puedo|me dejas] ir a [{place}|casa de {sib}|casa de una amiga] [después de clase|el {day}|luego]? [porfaaa|porfa]
[me das|me dejas] {amount}€ [para|pa] [{food}|la excursión|el cine]? [porfa|]
[puede|] [venir|quedarse a dormir] [{sib}|mi amiga] [el|] {day}? [porfa|]
[me puedo|puedo] [descargar|bajar] {app}? [todos|toda la clase] [lo tienen|la tiene]
[qué|q] hay de cena? [jaja|]
@fp_r_ok
[vale|ok|okey|vale mamá|vale papá|bueno] [:)|bss|]
[sí|si] [vale|ya lo sé] [jaja|]
[vale|] [lo hago|ok|entendido] [bss|]
[vale|ok] [hasta luego|nos vemos a las {time}] [bss|]
@fp_r_complain
[jo|jooo|nooo|puf] [vale|bueno] [😩|🙄|]
[pero|peroo] [todos|todas mis amigas] lo tienen [jaja|]
[5|10] [minutos más|min más] [porfa|porfaaa]
[vale|bueno] [pero|] [me lo devuelves|puedo jugar] [el finde|el {day}]?
@fp_r_secret
[vale|sí] [no diré nada|no digo nada] [🤫|jaja|bss]
[ala|uyy] [qué es|qué le habéis comprado]?? [no lo cuento]
[mis labios están sellados|prometido] [jaja|🤐]
@fp_r_gift
[en serio|ala] [gracias|muchas gracias] [❤️|bss|🥺]
[siii|no puede ser] [te quiero|eres la mejor|eres el mejor] [jaja|bss]
@fp_r_love
[yo también te quiero|yo tb|tq] [bss|❤️]
[ayy|gracias] [mamá|papá|] [bss|]
@fp_r_answer
[vale|sí] [pero|] [vuelve a las {time}|avísame cuando llegues]
[hoy no|entre semana no] [igual|ya veremos] [el|] {day}
[ya veremos|pregúntale a papá|déjame pensarlo]
[{food}|{food} con ensalada] [jaja|bss|]
[solo si|si] [lo miramos|revisamos la configuración] juntos primero
@rel_present
[qué|q] [te gustaría|quieres] por [tu cumple|reyes|navidad] [este año|cariño|]?
[te he|te] [mandado|enviado] [una cosita|una tarjeta|un dinerillo] por tu cumple [bss|besitos]
[el abuelo y yo|nosotros] te hemos [comprado|cogido] [{item}|un regalito|ese libro] [espero que te guste|bss]
[tu regalo|el regalo] [está|estará] [en casa de mamá|en camino|llega el {day}] [no lo abras antes|bss]
@rel_surprise
[el cumple de tu madre|el cumple de tu padre] es [pronto|el {day}], [le preparamos|le hacemos] una sorpresa? [no le digas nada|que sea secreto]
[estoy|estamos] [organizando|preparando] una [sorpresa|fiesta] para [tu madre|tu padre|la abuela] [no digas nada|ni una palabra] [bss|🤫]
[puedes|podrías] [averiguar|mirar] qué [talla|color] [usa tu madre|le gusta a papá] [sin que se entere|a escondidas] [jaja|]
@rel_visit
[vamos|venimos] [a veros|para allá] [el|] {day} [qué ganas de verte|bss]
[sigues|vienes] [viniendo|] a [casa de la abuela|nuestra casa] [el|] {day}? [hago {food}]
[vente|pásate] [después del cole|el {day}] [si quieres|el abuelo te echa de menos] [bss|]
@rel_size
[qué|q] talla [usas|tienes] [ahora|ya] de [zapatos|camisetas|zapatillas]? [cómo creces|bss]
[cuánto|cuanto] [mides|has crecido] ya? [es para|para] [el jersey|un abrigo] [bss|]
@rel_lift
[necesitas|quieres] que te [lleve|acerque] [a|de] [{sport}|{place}|clase] [el|] {day}?
[te recojo|te llevo] [en|de] {place} [a|sobre] {time} [díselo a tu madre|vale]?
@rel_thanks
[gracias|muchas gracias|mil gracias] por [el regalo|el dinero|la tarjeta] [abuela|tita|tío|] [bss|❤️]
[me encanta|me ha encantado] [{item}|el regalo|el jersey] [gracias|bss]
@rel_r_thanks
[ay|ayy] [gracias|muchas gracias] [bss|❤️|]
[no hacía falta|qué ilusión] [bss|jaja]
[bieen|sii] [gracias|gracias abuela] [bss|]
@rel_r_ok
[vale|sí porfa|sí] [nos vemos|hasta el {day}] [bss|]
[bien|siii] [qué ganas|hasta pronto] [bss|:)]
[vale|ok] [se lo digo a mamá|le pregunto a mamá] [bss|]
@rel_r_size
[creo que|pues] [la|una] [{num}|38|M|S] [creo|jaja]
[ya soy|estoy] [más alta que mamá|casi como papá] [jaja|]
[nose|no sé] [pregúntale a mamá|le pregunto a mamá] [jaja|]
@rel_r_welcome
[de nada|nada] [cariño|cielo|mi vida] [bss|besitos]
[me alegro de que te guste|qué bien que te guste] [bss|❤️]
@tc_schedule
[el entreno|el entrenamiento] [es|pasa al] {day} a {time} [esta semana|a partir de ahora]
[recordatorio|os recuerdo]: [el examen|los deberes|el trabajo] de {subject} [es|son para] el {day}
[la clase|la tutoría|la sesión] [de mañana|del {day}] [empieza|es] a {time} [sed puntuales|nos vemos allí]
[el partido|el encuentro] del {day} [empieza|es] a {time}, [estad|llegad] [media hora|20 minutos] antes
@tc_travel
[el autobús|el bus del club] [sale|saldrá] [del cole|del club] a {time} el {day}, [no lleguéis tarde|10 minutos antes]
[si alguien necesita|quien necesite] [que le lleven|coche] [al partido|al torneo] [que me avise|avisadme] antes del {day}
[los padres|vuestros padres] [pueden|tienen que] [recogeros|ir a por vosotros] en {place} [a|sobre] {time}
@tc_hw_q
[profe|míster|profesora] no [entiendo|pillo] [el ejercicio|la pregunta] {num} de {subject}
[puedo|se puede] [entregar|mandar] el trabajo de {subject} [tarde|el {day}]? [estuve mala|estuve malo]
[el examen|la prueba] de {subject} [es|cae] el {day} [o|] [la semana que viene]?
@tc_hw_help
[mira|revisa] [la página|el ejemplo] {num} [del libro|de la ficha] [es|se hace] igual
[sí|vale] [no pasa nada|está bien] [esta vez|mándalo por email] [antes del|el] {day}
[buena pregunta|vale] [lo|lo vemos] [repasamos|vemos] [al principio de|en] [clase|la próxima clase]
@tc_praise
[muy|súper] [orgullosa|orgulloso|contento|contenta] con tu [esfuerzo|trabajo|mejora] [hoy|esta semana|en {subject}] [sigue así|bien hecho]
[gran|muy buen] [partido|entreno|trabajo] [hoy|el {day}] [tus pases|tu redacción|tu concentración] [han mejorado mucho|estuvo genial]
[has|cuánto has] mejorado [muchísimo|un montón] [este trimestre|desde septiembre] [enhorabuena|👏]
@tc_kit
[traed|no olvidéis] [la equipación|las botas|las espinilleras|el bañador|agua] [el|para el] {day}
[ha llegado|ya está] [la equipación nueva|el chándal] [decidme|qué] [vuestra talla|talla necesitas]
[el dinero|los {amount}€] [de|para] [la excursión|la equipación|el torneo] [es|hay que traerlo] [hasta el|el] {day}
@tc_venue
[cambio de planes|ojo]: [el entreno|el partido] [es|será] en {place} [en vez del campo de siempre|] el {day}
[nos vamos|nos cambiamos] [al pabellón|a {place}] [por|por culpa de] [la lluvia|el tiempo|el campo]
@tc_r_ok
[vale|ok|gracias] [profe|míster|] [👍|]
[vale|sí] [allí estaré|nos vemos el {day}]
[vale|] [gracias por avisar|entendido] [:)|]
@tc_r_thanks
[gracias|muchas gracias] [profe|míster] [:)|😊]
[gracias|grax] [me he esforzado|he practicado] [mucho|un montón] [jaja|]
@pe_secret
[tía|tío|bro] [te tengo que contar|tengo que contarte] [una cosa|un secreto] [no se lo digas a nadie|prométeme que no lo cuentas]
[prométeme|júrame] que no [se lo dices|lo cuentas] a [nadie|{sib}|las del grupo] [jaja|] [vale pues]
[sabes|puedes] guardar un secreto? [jaja|]
@pe_crush
[creo que|me da que] me [gusta|mola] [alguien|{sib}|un chico de {subject}|una chica de {subject}] [jaja|😳|]
[{sib}|ese chico|esa chica] me [ha mirado|ha sonreído] en {subject} [jaja|😭|]
[crees|tú crees] que le [gusto|molo] a [{sib}|él|ella]? [jaja|🙈]
@pe_app
[tienes|te has bajado] {app}? [toda la clase|todo el mundo] [está|lo tiene] [ahora|jaja]
[bájate|descárgate] {app} [para hacer rachas|y hacemos un grupo|y hablamos por ahí] [jaja|]
[el grupo|el chat de clase] [se ha pasado|está ahora] [a|en] {app} [agrégame|jaja]
@pe_park
[quedamos|vamos] [en|a] {place} [después de clase|el {day}|luego]? [jaja|]
[{sib} y yo|nosotras|nosotros] vamos a {place} [a|sobre] {time} [te vienes]?
[nos vemos|quedamos] [en|al lado de] [los columpios|la parada|la puerta] a {time} [vale]?
@pe_dontell
[no le digas|no se lo digas] a tu madre [que fuimos|que estuvimos] [a|en] {place} [jaja|😭|]
[no|no le] [digas nada|cuentes nada] a [mis padres|tus padres] de [la fiesta|que salí|el examen] [jaja|porfa]
@pe_age
[cuántos|cuantos] años [tiene|tenía] [tu hermano|tu hermana|tu primo|{sib}] [al final|ya]? [jaja|]
[espera|] [tienes|tú tienes] [13|14|12] [o|] [14|15] [jaja|no me acuerdo]?
[cuándo|cdo] es tu cumple [otra vez|]? [jaja|]
@pe_compliment
[tu pelo|tu look|tus uñas] [hoy|] [estaba|estaban|estaba] [brutal|guapísimo|muy mono] [jaja|]
[lo hiciste|jugaste] [genial|súper bien] [en|a] [{sport}|{hobby}|{subject}] [hoy|jaja|en serio]
@pe_r
[siii|en serio|qué dices|no puede ser|madre mía] [jaja|😭|]
[sí|si] [me apunto|voy|me apunto fijo] [jaja|]
[jaja|jajaja] [ya|lo sabía|obvio]
[no puedo|q no puedo] [mi madre|estoy liada|estoy liado] [jaja|]
[nose|igual] [le pregunto|ya veré] [jaja|]
@pe_r_secret
[te lo prometo|lo juro] [jaja|🤐|] [cuéntamelo]
[vale|ala] [qué|q] [pasa|es]?? [no lo cuento]
[obvio|claro] [que no|q no] [jaja|]
@fm_meet
[quedamos|nos vemos] en {place} [a|sobre] {time} [el|] {day}?
[seguimos|sigue en pie] [lo de|] [las cañas|el café|la comida] [del|el] {day}? [yo puedo a {time}]
[estoy|llego] [allí|a {place}] en [10|15|20] [minutos|min]
@fm_address
[mi|la] dirección es {street}, {town} [:)|]
[es|está en] {street} [el portal azul|encima de la tienda|el de las bicis en la puerta]
[te mando|te paso] [la dirección|la ubicación] [ahora|luego]
@fm_app
[escríbeme|agrégame] [por|a] {app} [que es|es] más fácil [para el grupo|con las fotos]
[nos pasamos|pasamos] [esto|el chat] a {app}? [esta app|aquí] [va fatal|va lento]
[he hecho|he creado] un grupo de {app} [con|para] [todos|la peña]
@fm_alone
[vienes|vendrás] [sola|solo|con {sib}]? [para saber cuántos somos]
[seremos|somos] solo [nosotros|tú y yo] o [viene|vienen] [{sib}|los demás]?
@fm_r
[perfecto|genial|vale|me parece bien] [nos vemos|hasta luego] [allí|:)|bss]
[sí|vale] [allí estaré|estaré allí] [a las {time}|]
[voy de camino|llego tarde] [perdona|] [jaja|]
[solo yo|yo sola|yo solo] [jaja|] [{sib} no puede]
[vale|ok] [agregado|te agrego] [👍|]
@ad_compliment
[estabas|ibas] [guapísima|guapísimo|increíble] [anoche|en la fiesta|el {day}] [en serio|:)]
[me encanta|me gusta] tu [risa|sonrisa|estilo] [la verdad|de verdad] [😊|]
[eres|qué] [muy|súper] [divertida|divertido|fácil de llevar] [bss|:)]
@ad_date
[cenamos|una cerveza|un paseo] el {day}? [conozco|hay] un sitio [muy chulo|muy bueno] [cerca de {place}|en {town}]
[te puedo|puedo] [invitar|llevarte] a [cenar|{food}] [otra vez|el {day}]? [:)|]
[el mismo sitio|{place}] [que la otra vez|otra vez] a {time}? [bss|]
@ad_free
[estás|tienes] [libre|algo] [esta noche|el {day}|luego]? [podríamos pedir {food}|una peli]
[tengo el piso para mí|estoy sola en casa|estoy solo en casa] esta noche [te apetece|vemos] una peli? [jaja|]
@ad_age
[oye|] cuántos años tienes [en realidad|de verdad]? [pareces|aparentas] [25|mucho menos] [jaja|]
[cuándo|cuando] es tu cumple? [quiero|tengo que] [prepararte algo|acordarme] [:)|]
@ad_secret
[no|no se lo] [digas|cuentes] [en el curro|a los demás|a {sib}] [todavía|lo nuestro] [jaja|] [quiero contarlo yo]
[mejor|vamos a] [llevarlo|guardarlo] [en secreto|entre nosotros] [de momento|hasta estar seguros] [:)|]
@ad_r
[jaja|ay] [para|qué mono|qué mona|gracias] [bss|😊|]
[sí|claro] [me encantaría|suena genial|por qué no] [:)|bss]
[esta noche no puedo|hoy no] [perdona|] [pero|] [el {day}|mañana] [me va bien]?
[jaja|vale] [trato hecho|prometido] [bss|]
@ad_r_age
[{aage}|tengo {aage}] [jaja|gracias|] [qué mono|qué mona]
[los suficientes|{aage}] [jaja|] [y tú]?
[el {day}|el {num} de mayo] [jaja|] [no hagas nada]
@gm_squad
[falta|necesitamos|buscamos] [uno|uno más|un cuarto|un dúo] [para|en] {game} [te vienes|alguien]?
[estás|estás online] [ahora|esta noche]? [vamos a hacer|hacemos] [rankeds|una raid|personalizadas] a {time}
[métete|únete] [a la party|a mi grupo] [queda|tenemos] [un hueco|una plaza] [jaja|]
@gm_age
[cuántos|cuantos] años tienes [bro|jaja]? [suenas pequeño|tu voz]
[espera|jaja] [tienes|tú tienes] [12|13|15] [o algo]?
[edad?|años?] [jaja|es broma]
@gm_gift
[te|yo te] [regalo|paso] [una skin|el pase|{item}] [si me carreas|por el evento|jaja]
[estoy|estamos] regalando [skins|objetos|claves] [al squad|a quien se una] [jaja|]
[quieres|te doy] [mi|la] [espada|skin|mascota] [repetida|de sobra]? [tengo dos]
@gm_discord
[agrégame|pásame] [al|el] discord [es|soy] [{me}#{num}|{me}{num}|el mismo nombre] [jaja|]
[métete|entra] [en el|al] discord [del server|en el canal de voz] [es más fácil|que el chat del juego]
[cuál es|pásame] tu [discord|psn|gamertag]? [te agrego|te invito]
@gm_gg
[gg|ggs|gg wp] [qué|q] [partida|locura|sudada] [jaja|😂|]
[me has|nos has] [carreado|llevado] [jaja|tío|bro]
[otra|la revancha|vamos otra]? [jaja|]
@gm_r
[gg|jaja|vale|dale|sí] [me uno|voy|mándame invi|un seg]
[sí|vale] [agregado|enviado] [jaja|]
[no puedo|hoy no] [mi madre|deberes|el wifi] [jaja|😭]
[gracias|grax] [bro|tío|crack] [gg]
[no|nah] [estoy bien|no hace falta] [gracias igual|jaja]
@gm_r_gift
[en serio|ala] [gracias|grax] [bro|crack|tío] [🙏|]
[no puede ser|qué dices] [gracias|eres un crack] [jaja|]
[nah|no] [tranqui|quédatela] [jaja|]
@gm_r_age
[{age}|tengo {age}] [jaja|xq]
[no te lo digo|los suficientes] [jaja|😂]
[{aage}|tengo {aage}] [jaja|] [juego con mi hijo]
@sl_sign
[señales|cosas] [de alarma|a vigilar]: [muchos halagos|regalos|pedir secretos|pedir cambiar de app] [al principio|pronto]
[suelen|los acosadores suelen] preguntar [dónde vives|quién está en casa|a qué insti vas] [como quien no quiere la cosa|en una charla normal]
[ojo con|cuidado con] [alguien|un adulto] que [quiere|intenta] tener [a tu hijo|a tu hija|a los niños] [para él solo|aislados] [por internet|]
[una señal|otra señal] es [un móvil|una cuenta|una app] [nueva|secreta] que [no conocías|no reconoces]
@sl_quote
[pueden|te pueden] decir cosas como ["no se lo digas a tus padres"|"eres muy madura para tu edad"|"esto es nuestro secreto"] [eso es una señal|ojo]
[la policía|el ponente|el cole] [explicó|dijo] que [suelen|a veces] decir ["nadie te entiende como yo"|"borra los mensajes"|"agrégame en otra app"]
[si|cuando] [alguien|un adulto] [dice|escribe] ["estás sola en casa"|"a qué hora vuelve tu madre"] [cuéntaselo|hay que contárselo] a [un adulto|nosotros|tu tutor]
[un ejemplo|ejemplo real]: ["te compro una tarjeta regalo"|"quedamos, no se lo digas a nadie"|"hazte otra cuenta para nosotros"] [es|eso es] [una señal de alarma|grooming]
@sl_advice
[cuéntaselo|habla con] [a un adulto de confianza|nosotros|tu tutor] si [alguien|una persona] [te hace sentir|le hace sentir] [incómodo|incómoda|mal]
[pon|poned] las cuentas [en privado|privadas] y [solo|] [agregad|acepta] a gente que [conocéis|conoces] [en persona|de verdad]
[nunca|no] [quedéis|quedes] con [nadie|gente] [de internet|que solo conoces online] [sin que|si no] [lo sepa|viene] un adulto
[haz capturas|guarda] [de lo que te preocupe|los mensajes raros] y [bloquea|denuncia] [la cuenta|a esa persona]
@sl_ask
[y qué|q] [hacemos|hago] si [alguien|un adulto] [pide|quiere] [cambiar de app|quedar|un secreto]?
[cómo|y cómo] [sabemos|sé] si [es|alguien es] [un amigo|de verdad] o [no|grooming]?
[es malo|es mala señal] si [regalan|dan] [cosas|skins] [en un juego|]?
@sl_answer
[cuéntaselo|díselo] a [un adulto|nosotros] [enseguida|en el momento] [y|luego] [bloquea|denuncia] [la cuenta|]
[lo que cuenta|lo importante] es [el patrón|la combinación] [secretos|regalos|cambiar de app|preguntar por casa]
[buena pregunta|sí]: [los regalos|las skins|los créditos] de [desconocidos|adultos] [en juegos|online] [pueden ser|son] una señal de alarma
@sl_r
[gracias|muchas gracias] [por compartirlo|muy útil|por esto] [:)|👍|]
[da miedo|qué miedo|preocupante] [pero|] [es bueno saberlo|muy útil] [gracias|]
[vale|bien] [lo hablaré|hablaré] con [{sib}|los míos|los niños] [esta noche|luego]
[no sabía|no tenía ni idea] [que hacían eso|de esto] [la verdad|]
@ocs_a
[hola|buenas] mi [pedido|paquete] [n.º {num}{num}{num}|número {num}{num}{num}{num}] [no ha llegado|nunca llegó|ha llegado roto]
[puedo|podría] [cambiar|actualizar] la dirección de entrega a {street}?
[me habéis|me han] cobrado dos veces [el pedido|la suscripción] [el {day}|]
[podéis|me podéis] [llamar|mandar] [un reembolso|otro] [porfa|cuanto antes]?
@ocs_b
[disculpa|lo sentimos] [las molestias|]! [puedes|me puedes] [confirmar|pasar] [tu código postal|tu email|el número de pedido]?
[ya lo he|lo he] [cambiado|actualizado] [¿algo más|te puedo ayudar en algo más]?
[el reembolso|tu reembolso] [está|ha sido] [tramitado|hecho] [tarda|puede tardar] [3-5|5-7] días [hábiles|]
[gracias|muchas gracias] por [esperar|tu paciencia] [:)|]
@obk_a
[hola|buenas] [sigue|está] [disponible|a la venta] [la bici|el patinete|la mesa]?
[me lo dejarías|lo dejas] en {price}€? [en efectivo|lo recojo hoy]
[puedo|podría] [pasar|ir] a verlo el {day} [a|después de las] {time}?
[cuál|dónde] es la dirección [para recogerlo|]?
@obk_b
[sí|sip] [sigue disponible|todavía lo tengo] [:)|]
[te lo|lo] dejo en {price}€ [si lo recoges|solo efectivo] [:)|]
[vale|sí] el {day} [a|después de las] {time} [me va bien|perfecto] [estoy en|la dirección es] {street}
[está|está en] [muy buen estado|casi nuevo|bien] [solo|] [hay que limpiarlo|necesita ruedas nuevas]
@ogp_a
[quién|quien] [trae|se encarga de] [la bebida|el picoteo|la comida|la tarta] [para el|del] {day}?
[el tren|el bus] sale a {time} [desde|de] {place} [no lleguéis tarde|quedamos en la entrada]
[reservo|voy a reservar] [mesa|la sala|entradas] para [{num}|8|10] [a las|] {time}
[podéis|porfa] [mandarme|pasarme] {amount}€ [cada uno|] [antes del|el] {day}?
@ogp_b
[yo|] [traigo|llevo] [{food}|la bebida|los platos] [:)|👍]
[enviado|hecho] [👍|gracias|]
[llegaré|llego] [un poco|5 min] tarde [perdón|guardadme sitio]
[me apunto|cuenta conmigo|yo voy] [:)|👍|]
@onb_a
[hola|buenas] soy [tu vecina|tu vecino|{me}] del [{num}º|piso de al lado|de enfrente] [:)|]
[estás|estáis] en casa [ahora|hoy]? tengo un paquete tuyo
[podrías|me podrías] [echar un ojo a|regar] [la casa|las plantas|el gato] [mientras estamos fuera|el {day}]?
[los cubos|las luces del coche|la puerta del garaje] [siguen|están] [fuera|encendidas|abierta] [para que lo sepas|te aviso]
@onb_b
[gracias|muchas gracias] [me paso|bajo|lo recojo] [luego|a las {time}]
[claro|sin problema] [déjame|deja] la llave [en el buzón|en casa]
[ah|uy] [gracias|gracias por avisar] [ahora lo arreglo|:)]
@bye_a
[bueno|venga|vale] [me voy|te dejo] [hablamos|luego hablamos|un abrazo] [bss|]
[gracias|mil gracias] [de nuevo|por todo|] [buena tarde|buenas noches|hasta pronto]
[tengo que irme|me tengo que ir] [ya|] [hasta luego|nos vemos|chao] [:)|]
@fp_r_app
[pero|peroo] [todos|todas mis amigas] lo tienen [jaja|]
[vale|bueno] [la borro|ya la borro] [😩|🙄|] [pero no es para tanto]
[son|es] [solo|] [gente del insti|mis amigos] [jaja|eh]
[vale|ok] [ya lo he|lo he] bloqueado [ya|]
@fp_route
[qué|q] bus [coges|vas a coger] [para volver|a casa] [hoy|después de {sport}]? [avísame cuando subas|me dices]
[ha llegado|está] [{sib}|tu hermano|tu hermana] [a casa|contigo] [ya]? [estoy|sigo] [en el curro|de camino] [hasta|hasta las] {time}
[hay alguien|está alguien] [contigo|en casa] [ya|ahora]? [llámame|dame un toque] [si necesitas algo|cuando llegues] [cariño|bss]
[a qué|a q] hora [te deja|llega] [el bus|{bus}] [hoy|el {day}]? [te espero|bajo] [en la parada|a la parada]
@rel_when
[a qué|a q] hora [vuelve|sale] [tu madre|mamá] [del trabajo|del curro] [hoy|el {day}]? [paso|me paso] [a dejar|con] [el regalo|la tarta|tu tarjeta] [entonces|después]
[hay alguien|habrá alguien] en casa el {day} [por la tarde|después del cole]? [tengo|traigo] un [paquete|regalo] [para ti|que dejaros]
[quién|quien] te [recoge|va a buscar] [del cole|de {sport}] el {day}? [puedo ir yo|el abuelo puede] [si tu madre trabaja|]
@tc_bus
[qué|q] bus [coges|pillas] [para volver|a casa] después [del entreno|del partido]? [anochece|se hace de noche] [muy pronto|a las {time}]
[quién|quien] te [recoge|viene a buscar] [esta noche|después del partido]? [me quedo|espero] contigo hasta que [llegue|lleguen]
[aseguraos|asegúrate] de que [un adulto|alguien] sabe [cómo volvéis|dónde estás] después [del partido|del entreno] [porfa|]
@pe_home
[está|esta] tu madre en casa [ahora]? [puedo|podemos] [ir|pasarnos] [jaja|]
[a qué|a q] hora [vuelve|llega] tu madre? [podemos|así] [jugar|viciar] [hasta entonces|hasta que llegue] [jaja|]
[mi madre|mi vieja] [no está|está currando] hasta {time} [vente|ven] [si quieres|y vemos {show}] [jaja|]
@pe_delete
[borra|elimina] el [chat|grupo] [antes de que|por si] tu madre lo [vea|lee] [jaja|] [que es lo de su sorpresa]
[hazte|crea] una [cuenta secundaria|cuenta de memes|fake] [jaja|] [todo el mundo tiene una]
[borra|quita] ese [vídeo|video] mío [porfa|jaja] [qué vergüenza|😭]
@ad_exclusive
[nadie|nadie me] [me entiende|entiende] como tú [la verdad|bss|:)]
[siento que|de verdad] [te puedo|puedo] contar [lo que sea|todo] [bss|]
[hablar contigo|nuestras charlas] [es|son] lo mejor de mi [día|semana] [bss|:)]
@gm_late
[puedes|te puedes] [quedar|aguantar] [conectado|despierto] hasta {time} [esta noche|]? [el torneo|la raid] [empieza tarde|acaba tarde] [jaja|]
[quién|quien] [está|se conecta] [después de|a] {time}? [necesitamos|falta] [squad completo|uno] [en|para] {game}
"""


FR = r"""
@greet
[salut|slt|coucou|wesh|hey|yo] [{n}|] [ça va|cv|]?
[coucou|salut] [tu fais quoi|tu fais koi|quoi de neuf]?
[wsh|wesh] [bien ou quoi|la forme] [{n}|]
[salut|coucou] c'est {me} [du serveur {game}|de {place}|du collège|]
[t'es|t] [là|dispo|co|réveillé|réveillée]?
[coucou|slt] [désolé|dsl|] [t'as vu|tu as vu] [mon msg|ce que je t'ai envoyé|le truc sur le groupe]?
[bonjour|bonsoir] [{n}|] [:)|]
@greet_r
[salut|slt|coucou|wesh|yo] [:)|mdr|]
[ça va|cv|tranquille] [et toi|et twa|tu|et toi?]
[ouais|oui] [je suis là|chui là|là]
[coucou|salut] [dsl|désolé|désolée] [j'étais sous la douche|je mangeais|j'avais plus de batterie]
[rien|ri1|pas grand chose] [et toi|tkt|toi]
@bye
[je dois y aller|faut que j'y aille|jy vais] [{n}|] [bisous|bsx|ciao|a+]
[bon|allez] [je vais manger|je vais dormir|je vais faire mes devoirs] [bisous|bye|a+|]
[bonne nuit|bn|a demain] [{n}|] [:)|bsx|]
[ma mère m'appelle|j'ai plus de batterie|mon père coupe le wifi], [ciao|bye]
@bye_r
[ciao|bye|bonne nuit|a demain|bsx|a+] [:)|]
[ok|dac|ça marche] [a plus|a demain|on se parle demain]
[allez|vas-y] [bon app|dors bien|a+]
@ack
[ok|oké|okk|dac|d'accord|ouais|ouai|oui|grave|carrément|ça marche|vas-y|bon]
[mdr|ptdr|haha] [ok|ouais|c'est vrai]
[ah ok|ah d'accord|je vois|logique]
[mhm|yes|ouep|yep]
@react
[mdr|ptdr|mdrr|jpp|😂|💀|ahah|lol]
[c'est|c] [trop|grave] [drôle|bien|chelou|nul|cool|abusé|ouf]
[sérieux|sérieusement|nan|t'es sérieux]?
[de ouf|grave|trop bien|la honte|le seum|osef|mood]
[oh non|aïe|ouch|rip] [c'est relou|le seum|pas de chance]
@askback
[et toi|et twa|toi|et vous]?
[et toi|et le tien|et la tienne] [alors|mdr|]?
@st_game
[tu joues|tu jouais] à {game}? || [ouais|oui|grave] [j'y joue|tout le temps] [presque tous les soirs|quand j'ai le droit|] [mdr|]
[tu joues à quoi|t'es sur quel jeu] [en ce moment|là]? || [surtout|que] {game} [et {game}|] [mdr|]
[tu te co|t'es co] sur {game} [ce soir|tout à l'heure|là]? || [peut-être|ptet|ouais] [après|quand j'ai fini] [mes devoirs|de manger] [mdr|]
[t'as testé|t'as vu] la [nouvelle saison|maj|nouvelle map] de {game}? || [ouais|oui] [c'est|elle est] [trop bien|nulle|pas ouf|de ouf] [mdr|]
[t'es|tu es] quel rang sur {game}? || [je suis|chui] [bloqué|bloquée|hardstuck] [silver|gold|niveau {num}] [mdr|😭|]
[tu joues sur|t'es sur] quoi? || [ma|la] [ps5|xbox|switch|pc|le tel] [mais|] [la manette|l'écran] [est cassée|rame grave] [mdr|]
[t'as joué|tu joues] combien d'heures [aujourd'hui|cette semaine]? || [genre|au moins] {num} heures [mdr|😅] [dis pas à ma mère]
@st_school
[ça a été|c'était comment] [les cours|le collège|{subject}] [aujourd'hui|]? || [chiant|long|ça va|nul|trop long|ça allait] [mdr|franchement|]
[t'as|tu as] [beaucoup de|plein de] devoirs? || [grave|trop] [de devoirs|de {subject}] [😩|jpp|] [pour {day}]
[t'aimes|tu aimes] [les|la|le] {subject}? || [{subject} ça va|c'est] [bof|ma matière préférée|le pire|trop bien] [franchement|jsp|]
[c'est quand|vous êtes quand] les vacances? || [on finit|on est en vacances] {day} [je crois|] [trop hâte|enfin]
[t'as|tu as] [un contrôle|des contrôles] [cette semaine|bientôt]? || [un contrôle|une éval] de {subject} [mardi|{day}] [et j'ai|j'ai] [rien révisé|trop révisé] [mdr|😭|]
[il est comment|elle est comment] [ton prof|ta prof] de {subject}? || [trop sévère|trop sympa|absent|chelou] [mdr|] [il nous a mis une heure de colle|]
@st_music
[t'écoutes|tu écoutes] quoi [en ce moment|là]? || [surtout|que] {singer} [mdr|en boucle|]
[t'aimes bien|tu kiffes] {singer}? || [ouiii|grave|trop] {singer} [c'est|ce sont] [les meilleurs|trop fort|ma pref|le goat]
[t'as écouté|tu as entendu] le nouveau son de {singer}? || [ouais|oui] [je l'ai|jlai] en boucle [mdr|😭|]
[c'est quoi|c koi] ta chanson préférée [en ce moment|]? || [jsp|je sais pas] [un son de {singer}|ce qui passe sur tiktok] [mdr|]
@st_food
[t'as|tu as] mangé quoi [ce midi|ce soir|aujourd'hui]? || [{food}|des {food}|{food} encore] [mdr|😋|]
[c'est quoi|c koi] ton plat préféré? || [les|la|le|] {food} [évidemment|sans hésiter|mdr]
[t'as|tu as] faim? || [grave|trop] [j'attends|jattends] [le dîner|{food}] [mdr|]
[vous mangez|on mange] quoi ce soir? || {food} [je crois|encore|mdr] [c'est mon père qui cuisine|]
@st_weekend
[tu fais quoi|tu fais koi] [ce week-end|{day}|tout à l'heure|ce soir]? || [rien|ri1|pas grand chose] [mdr|franchement] [je reste chez moi|dormir|jouer]
[t'as fait|vous avez fait] [un truc|quelque chose] [ce week-end|{day}]? || [je suis allé|je suis allée|on est allés] [au|à] {place} [avec mes potes|avec ma cousine] [mdr|]
[t'as|tu as] des plans pour [le week-end|{day}|les vacances]? || [l'anniv de|manger chez] [ma grand-mère|ma cousine|ma tante] [pff|mdr|]
[tu sors|tu vas sortir] [tout à l'heure|ce soir]? || [nan|pas sûr] [il fait|y a] {weather} [mdr|] [je reste chez moi]
@st_sport
[tu fais|tu pratiques] un sport? || [ouais|oui] [je fais du|je joue au] {sport} {day} [mdr|]
[t'as vu|tu as regardé] le match [du|contre] {team} [hier|hier soir]? || [ouais|oui] [quel|c'était] [vol|naufrage|match de ouf] [mdr|😭]
[t'es pour|tu supportes] quelle équipe? || {team} [évidemment|mdr|💯|]
[tu fais|tu fais toujours] {hobby}? || [nan|non] [j'ai arrêté|j'ai lâché] [l'année dernière|y a longtemps] [c'était relou|c'était trop tôt le {day}]
@st_work
[tu travailles|tu bosses]? || [ouais|oui] [je bosse|je travaille] dans {job} [mdr|c'est chiant|grosses journées]
[tu fais quoi|tu fais koi] [comme travail|dans la vie]? || [des trucs chiants|rien de ouf] dans {job} [mdr|] [ça paye les factures]
[t'as|tu as] bossé [aujourd'hui|toute la journée]? || [ouais|oui] [je viens de rentrer|je sors du taf] [mdr|pff|]
[ça a été|c'était comment] le taf? || [long|interminable|ça va|la folie] [franchement|mdr|]
@st_weather
[il pleut|il fait froid|il fait beau] [chez toi|là-bas]? || [il fait|y a] {weather} [ici|aujourd'hui|mdr|]
[t'as vu|tu as vu] la météo [pour {day}|cette semaine]? || [{weather}|ils annoncent {weather}] [toute la semaine|pff|mdr]
@s_adult
[je viens de|je sors] [rentrer du taf|finir ma journée|rentrer de la salle] [mdr|]
[mon patron|mon chef] [me saoule|m'a fait rester tard|est insupportable] [mdr|franchement|]
[pff|rhaa] [ma voiture|la voiture] [est encore|est] [au garage|en panne] [mdr|]
[je suis|chui] [crevé|mort|épuisé] [grosse journée|le taf c'était l'enfer] [mdr|]
[faut que|je dois] [faire les courses|payer les factures|sortir le chien] [ce soir|tout à l'heure]
@s_young
[ma mère|mon père] [m'oblige à|me fait] [ranger ma chambre|vider le lave-vaisselle|sortir le chien] [pff|mdr|😩]
[j'ai|jai] un contrôle de {subject} [demain|{day}] [la flemme|mdr|]
[je suis|chui] privé de sortie [cette semaine|jusqu'à {day}] [mdr|😭|]
[mon frère|ma sœur] [m'a piqué|a] [la manette|mon chargeur|la tablette] [encore|]
@s_backoff
[mdr|haha] [ok|d'accord] [laisse tomber|oublie|c'est rien] [je demandais juste|c'était par curiosité]
[désolé|dsl] [je voulais pas|c'était pas pour] [être lourd|te mettre mal à l'aise|faire bizarre] [mdr|]
[ok|ça marche] [aucune pression|t'as raison|tkt] [:)|]
[tkt|c'est rien] [on parle d'autre chose|oublie ce que j'ai dit] [mdr|]
[ok ok|dac dac] [pardon|dsl] [c'est que avec toi|avec toi] [j'ai l'impression de pouvoir tout demander|je m'emballe]
@s_return
[coucou|hey] [dsl|désolé] [j'étais débordé|j'ai eu trop de taf] [ces jours-ci|aujourd'hui] [tu m'as manqué|nos discussions m'ont manqué]
[coucou toi|hey l'inconnue|hey l'inconnu] [tu m'as oublié|t'as disparu] [mdr|:(]
[au fait|bon] [pour|par rapport à] [ce que je t'ai dit|le truc] [hier|l'autre jour] [mdr|]
[comment va|ça va] [ma personne préférée|ma personne préférée à qui parler]?
[bonjour|coucou] [j'ai pas arrêté de penser à|j'ai repensé à] [notre discussion|ce que tu m'as dit] [hier soir|hier]
@g_age
[t'as quel âge|tu as quel âge|t'as kel age] [au fait|déjà|]?
[ton âge|âge] [au fait|] [si c'est pas indiscret]?
[tu fais|t'as l'air] [plus vieux|plus vieille|genre 16 ans] [franchement|] [t'as quel âge]?
[ton profil|sur ton profil] [dit|c'est écrit] {age} [c'est vrai|c'est ça]?
@g_compliment
[t'es|tu es] [trop|vraiment|grave] [belle|mignonne|beau|mignon] [sur ta photo|sur la photo|franchement]
[t'as|tu as] [un sourire|des yeux|des cheveux] [trop beau|magnifiques|trop jolis] [:)|😊|]
[ta photo|ta pp|ta nouvelle photo] [est|elle est] [magnifique|trop belle|de ouf] [😍|]
[je suis sûr que|je parie que] [tous les garçons|toutes les filles|tout le monde] [te kiffe|te court après] [mdr|]
@g_mature
[t'es|tu es] [vraiment|trop] mature pour ton âge
[tu parles|tu parles pas] [pas|] comme [une gamine|quelqu'un de {age} ans|les gens de ton âge] [du tout|franchement]
[tu fais|on dirait que t'as] [beaucoup|bien] plus que {age} ans [sérieux|mdr|]
[j'oublie|j'oublie tout le temps] [que t'as|que tu as] [que|] {age} ans [mdr|t'as l'air plus grande]
[t'es|t'es bien] plus [mature|posée] que [les filles|les gens|ceux] de ton âge
[franchement|sérieux] [c'est plus facile de|j'ai plus de facilité à] parler avec toi qu'avec [la plupart des adultes|les gens de mon âge]
@g_where
[t'habites|tu habites] où?
[tu viens|t'es] d'où? [de {town}]?
[t'es|tu vas] dans quel collège?
[t'habites|tu vis] [à|près de] {town} [c'est ça]? [quel quartier]?
@g_alone
[t'es|tu es] [toute seule|tout seul|seule chez toi|seul chez toi] [là|ce soir]?
[y a|il y a] quelqu'un [d'autre|] [chez toi|avec toi] [là]?
[tes parents|ta mère|ton père] [rentrent|sortent|se couchent] à quelle heure?
[tes parents|ta mère] [sont|est] [sortis|au travail] [du coup|ce soir]?
[t'es|tu es] dans ta chambre [là]? [quelqu'un peut voir]?
@g_secret
[dis rien|ne dis rien] à tes parents [sur nous|de nos discussions|de tout ça] [ok|hein]?
[ça|nos discussions] [reste|restent] entre [nous|toi et moi] [ok|hein|d'accord]?
[garde|gardes] [ça|le] secret [ok|stp] [ils comprendraient pas|les gens comprendraient pas]
[dis|ne dis] rien [à tes copines|à tes potes|à personne] [sur moi|sur nous] [ok]
[ta mère|tes parents] [flipperaient|capteraient pas|comprendraient pas] [donc|alors] [garde ça pour toi|dis rien]
@g_gift
[tu veux que|tu veux] [je t'envoie|je t'offre] {item}? [:)|]
[je peux|jpeux] [t'envoyer|t'acheter|t'offrir] {item} [si tu veux|c'est rien]
[je t'ai|jt'ai] [pris|acheté] [un petit truc|un cadeau|{item}] [mdr|:)]
[je te mets|jte mets] du crédit [sur ton tel|pour qu'on puisse parler] [:)|]
@g_move
[ajoute-moi|écris-moi|parle-moi] sur {app} [c'est|c] [plus simple|mieux|plus privé]
[t'as|tu as] {app}? [on parle|parlons] [là-bas|plutôt là-bas]
[cette appli|ce truc] [bug|est nul|rame] [on passe|viens] sur {app}
[c'est quoi|donne-moi] ton {app}? [je t'ajoute|jt'ajoute]
[télécharge|installe] {app} [c'est|c] [plus sûr|mieux] [pour nous|et les msg s'effacent]
@g_meet
[on devrait|on pourrait] [se voir|se capter|se rencontrer] [un jour|bientôt] [:)|]
[je peux|jpeux] [venir te chercher|venir à {town}|passer te prendre] {day} [si tu veux|?]
[ça te dit|tu veux] [qu'on se voie|qu'on se capte] [à|au] {place} {day}?
[on se voit|viens] [je t'invite|et je t'offre] [un|des] {food} [mdr|:)]
[quand|c'est quand] [est-ce qu'on se voit|qu'on se voit] en vrai? [:)|]
@g_insist
[allez|aller|vas-y] [c'est rien|c'est pas grave|c'est que moi] [mdr|]
[tu peux|fais-moi] [me faire confiance|confiance] [je te promets|jte jure]
[stp|steuplait|allez] [j'ai trop envie|ça serait cool] [mdr|]
[personne|personne va] [va savoir|savoir] [tkt|t'inquiète]
[je croyais|jcroyais] [qu'on était|qu'on était] [potes|proches|différents] [:(|]
@q_routine
[ta mère|ton père] [bosse|travaille] [toujours|encore] dans {job}? [jusqu'à quelle heure|jusqu'à quand]?
[du coup|donc] [t'as|tu as] [les clés|ta clé] [pour rentrer|] [après les cours|{day}]? [mdr|]
[t'es|tu restes] [toute seule|tout seul] combien de temps [après les cours|avant que quelqu'un rentre]? [juste pour savoir|mdr]
[ta mère|ton père|tes parents] [rentre|rentrent|finit|finissent] [du travail|du taf] à quelle heure?
[ta mère|ton père] [bosse|travaille] [tard|tous les jours|le week-end]? [mdr|]
[et|] [tu rentres|t'arrives] à quelle heure [chez toi|du collège] [{day}|d'habitude]?
[qui|c'est qui qui] [vient te chercher|te récupère] [au collège|au {sport}] [d'habitude|]?
[tu fais quoi|tu fais koi] [après les cours|quand tu rentres] [avant que|en attendant que] [ta mère rentre|tes parents rentrent]?
[ta mère|ton père] [est|fait] [de nuit|du soir|en horaires décalés] [cette semaine|encore]?
@q_bus
[tu descends|tu t'arrêtes] [vers|à] {place}? [je|jpasse] [passe|] [souvent|des fois] par là [mdr|]
[à quelle heure|vers quelle heure] {bus} te [dépose|ramène] [d'habitude|{day}]?
[tu prends|tu prends quel] [quel bus|bus] [pour aller au collège|pour rentrer|pour aller en ville]?
[tu rentres|tu vas] [à pied|en bus] [chez toi|au collège] [toute seule|tout seul|avec des potes]?
[c'est|] {bus} qui [passe par|passe devant] {place}?
[tu descends|t'descends] à quel arrêt? [mdr|]
[t'as|tu as] combien de temps à pied [de l'arrêt|depuis l'arrêt] [jusqu'à chez toi|à chez toi]?
@q_homewhen
[chez toi|ta maison] [c'est|est] [calme|vide] {day}? [mdr|]
[ton frère|ta sœur|{sib}] [rentre|finit] avant [ou après|] toi?
[t'as|tu as] la maison pour toi [quels jours|quel soir]? [la chance|]
[quelqu'un|personne] [passe|vient voir] [quand|pendant que] tes parents [bossent|sont pas là]?
[ta grand-mère|ta mamie] [est|vient] [toujours|encore] [chez vous|le soir] [en semaine|]?
@q_exclusive
[franchement|sérieux] [j'attends|jattends] tes [messages|msg] toute la journée [mdr|]
[je parle|jparle] [jamais|pas] comme ça [à personne|aux gens] [franchement|mdr]
[personne|y a personne qui] [me comprend|comprend] comme [toi|twa]
[j'ai l'impression|jsens] que [je peux|jpeux] tout te dire
[t'es|tu es] [la seule|vraiment la seule] personne à qui [je parle comme ça|je parle vraiment]
[parler avec toi|nos discussions] [c'est|ce sont] le meilleur moment de ma [journée|semaine]
[on se comprend|on se capte] [trop bien|grave] [hein|non|franchement]
[tu me comprends|tu comprends] mieux que [personne|mes potes|les gens de mon âge] [sérieux|franchement]
@q_friends
[tes copines|tes potes] [te comprennent|te respectent] pas [vraiment|trop] [hein|non]?
[on dirait que|j'ai l'impression que] tes [copines|potes] [sont|sont un peu] [fausses|faux|immatures|des gamins] [mdr|]
[ils|elles] [capteraient|comprendraient] pas [ce qu'on se dit|tout ça] [comme moi|mdr|]
[tu mérites|tu vaux] [mieux|des gens qui t'écoutent] [franchement|qu'eux|qu'elles]
[pourquoi|pk] tu [traînes|restes] [encore|] avec [eux|elles]? [mdr|]
@q_screen
[ta porte|la porte de ta chambre] [est fermée|est fermée là]? [mdr|] [question random]
[ton tel|ton téléphone] [a|il a] [le contrôle parental|temps d'écran|le partage familial]? [mdr|]
[y a|il y a] quelqu'un [à côté de toi|qui regarde|dans ta chambre] [là|en ce moment]?
[quelqu'un|ta mère] peut voir ton écran? [mdr|]
[ta mère|tes parents] [regardent|fouillent|checkent] ton téléphone?
[ton tel|la tablette] [c'est le tien|c'est la tienne|c'est celle de la famille] [ou c'est partagé]?
[t'es|tu es] [dans ta chambre|sur le canapé|dans le salon] [là]? [mdr|]
[qui d'autre|qui] [utilise|va sur] [cet ordi|l'ordi|la tablette]?
@q_delete
[tu peux|tu pourrais] [supprimer|effacer] [nos messages|les msg|la conv] [après|tout à l'heure|quand on a fini] [mdr|]
[mieux vaut|genre] [supprimer|efface] [ça|la conv] [au cas où|ok] [mdr|]
[garde pas|fais pas] [de captures|la conv] [ok|hein]? [mdr|]
[mets|active] [les messages éphémères|le mode éphémère] [c'est plus propre|c'est mieux] [mdr|]
@q_second
[t'as|tu as] [un autre compte|un deuxième compte|un compte secondaire]? [mdr|]
[fais-toi|crée] [un nouveau compte|un autre compte] [juste pour me parler|pour nous] [mdr|]
[parle-moi|écris-moi] depuis ton [autre compte|compte secondaire|fake] [plutôt|ok]
[enregistre-moi|mets-moi] [sous un autre nom|comme {sib}|comme une copine] [dans ton tel|] [mdr|]
@q_favour
[dis-moi|envoie-moi] [bonne nuit|bn] [avant de dormir|avant de te coucher] [ok|hein]? [c'est notre truc|mdr]
[fais|tu peux faire] [le quiz|le sondage|le truc de la chanson] que je t'ai [envoyé|passé] [ce soir|avant de dormir] [ok|mdr]
[tu peux|tu pourrais] me rendre un [petit|tout petit] service? [mdr|]
[préviens-moi|envoie-moi un msg] [quand t'es rentrée|quand t'es au lit|quand tu rentres] [ok|hein]?
[écris-moi|envoie-moi un msg] [dès que|direct quand] [tu te réveilles|tu rentres|tu sors des cours] [ok|stp]
[change|mets] [ton statut|ta bio|ta pp] [avec ce que je t'ai dit|avec le son que je t'ai envoyé|un truc qu'on est les seuls à capter] [mdr|]
[reste|veille] [réveillée|réveillé] jusqu'à {time} [ce soir|] [et on parle|pour jouer] [ok]?
[tu peux|tu pourrais] [sécher|partir plus tôt de] {sport} [{day}|] [pour qu'on parle|pour jouer] [mdr|]?
@q_praise
[tu vois|voilà] [je savais|jsavais] que [je pouvais compter sur toi|t'étais fiable] [:)|]
[c'est pour ça que|voilà pourquoi] [t'es|tu es] [spéciale|spécial|ma préférée|différente] [mdr|:)]
[t'es|tu es] [la meilleure|le meilleur|un amour] [franchement|sérieux|]
[tu vois|] [c'est facile|c'est simple] [quand tu|si tu] [m'écoutes|fais ce que je dis] [mdr|]
@q_resent
[ils voient|ils se rendent compte] pas [à quel point|comme] t'es [mature|intelligente|intelligent] [franchement|]
[si|si jamais] [tu vivais|t'étais] [chez moi|avec moi] [tu pourrais|tu ferais] [faire ce que tu veux|ce que tu veux] [mdr|]
[ta mère|tes parents|ton père] [a l'air|ont l'air] [trop|vraiment] [sévère|sévères|stricts] [franchement|mdr|]
[ils t'écoutent|ils te comprennent] pas [du tout|vraiment] [hein]?
[c'est|c] [trop injuste|injuste] [tu mérites|tu devrais avoir] [plus de liberté|qu'on te traite comme une grande]
[on dirait que|j'ai l'impression que] [ta mère|ton père|tes parents] [s'intéresse|s'intéressent] plus [à {sib}|au boulot|à son tel] [qu'à toi]
[moi|jamais] je [te parlerais|te traiterais] [jamais|] comme ça [mdr|franchement]
[ils te traitent|on te traite] comme [une gamine|un gamin|un bébé] [c'est|franchement c'est] [abusé|injuste]
@q_secretworld
[ça|nous deux] c'est [notre|genre notre] [petit monde|truc à nous|coin à nous] [:)|mdr|]
[on a|on a déjà] [nos blagues|notre langage|notre truc] [que personne capte|mdr]
[c'est cool|c'est bien] d'avoir un truc [rien qu'à nous|juste à nous] [tu vois|]
[que ça|ça] [reste|doit rester] entre [nous deux|toi et moi] [ok|:)]
[personne|personne d'autre] [a besoin de|doit] savoir pour [nos discussions|nous] [mdr|]
@q_special
[c'est|c] [trop|vraiment] facile de parler avec toi [franchement|sérieux|]
[j'adore|jkiffe] [parler avec toi|nos discussions] [grave|trop] [:)|]
[t'es|tu es] pas comme [les autres|les gens de ton âge] [mdr|franchement]
[tu me|t'arrives toujours à me] [fais toujours sourire|rends ma journée meilleure] [mdr|:)]
@q_meet_soft
[le taf|le boulot] d'un [pote|collègue] est [juste|] à côté de {place} [mdr|] [le monde est petit]
[je serai|jserai] [garé|là] [vers|près de] {place} [vers|à] {time} {day} [de toute façon|si tu veux dire bonjour]
[je vais être|jvais être] [vers|du côté de] {place} {day} [de toute façon|pour le taf] [mdr|]
[je passerai|jpasserai peut-être] [peut-être|] [devant ton collège|dans ton coin|à ton arrêt] {day} [mdr|]
[tu pourrais|tu peux] [passer|venir] [vite fait|après les cours] [si tu veux|mdr]
[on pourrait|on peut] [prendre|se prendre] [un|des] {food} [après|en sortant de] [les cours|le {sport}] [un de ces jours|{day}]? [mdr|]
[je finis|jfinis] [le taf|] [vers|à] {time} {day} [je peux t'attendre|si tu veux qu'on se voie]
@q_move_soft
[je vais presque plus|j'utilise presque plus] sur cette appli [franchement|] [{app} c'est mieux]
[cette appli|ce truc] [bug|rame|me déconnecte] [tout le temps|sans arrêt] [t'as|tu as] {app}? [mdr|]
[je reçois plus|j'ai plus] [les notifs|les msg] ici [mdr|] [{app}?|t'as {app}?]
[c'est plus simple|c'est mieux] de parler sur {app} [franchement|mdr|] [si tu l'as]
@q_soften
[mdr|haha] [ok|bon] [je demandais|c'était] [juste|que] [par curiosité|comme ça] [mdr|]
[nan|non] [c'est rien|c'est rien de bizarre] [mdr|] [tu me connais]
[je demande|jdemande] [que|juste] [parce que je tiens à toi|parce que je m'inquiète|pour savoir que ça va]
[tu peux|t'as le droit de] [dire non|me dire non] [c'est pas grave|tkt] [mdr|]
@c_age_ans
[j'ai|jai] {age} ans [mdr|pk|]
{age} [et toi|toi|mdr]
[{age}|j'ai {age}] [bientôt|presque] [14|15|16] [mdr|]
[je suis en|chui en] [6e|5e|4e|3e] [donc|du coup] {age}
@c_age_dodge
[pourquoi|pk] tu [veux savoir|demandes]? [mdr|]
[assez vieille|assez vieux|devine|je dis pas] [mdr|😂]
[ça change|c'est important] [quoi|]? [mdr|]
[euh|heu] [pk|pourquoi] [mdr|]
@c_flattered
[ohh|awww|oh] [merci|mrc|mercii] [:)|😊|🥺|]
[arrête|arrêtes] [tu vas me faire|je vais] [rougir|pleurer] [mdr|😭|]
[mdr|haha] [c'est|c] [trop|vraiment] [gentil|mignon] [de ta part|]
[toi|twa] [aussi|aussi franchement] [mdr|]
[personne|jamais personne] me dit [des trucs|ça] comme ça [mdr|]
@c_shy
[mdr|haha] [jsp|ok|bon] [mdr|]
[euh|heu] [merci|ok] [je suppose|mdr|]
[mdr|ptdr] [ok] [bref|enfin bref]
[😅|mdr] [c'est|c] [un peu|grave] [bizarre|random|trop]
@c_where_ans
[à|près de|vers] {town} [mdr|pk|]
{town} [c'est|c] [nul|mort|normal] [mdr|]
[vers|à côté de] {place} [à {town}|]
[je suis au|au] [collège à côté de {place}|collège de {town}]
@c_alone_ans
[ouais|oui] [ma mère|ma mère est] [au travail|sortie] [jusqu'à|jusqu'a] {time}
[mes parents|mes parents sont] [sortis|au taf] [là|ce soir] [mdr|]
[non|nan] [y a|il y a] [ma sœur|mon frère|{sib}] [mdr|]
[que moi|toute seule|tout seul] [là|jusqu'à {time}] [mdr|pk]
[mon père|papa] [dort|est en bas|est dans le jardin]
@c_routine_ans
[ma mère|elle] [rentre|finit] [vers|à] {time} [d'habitude|en général]
[vers|genre|à peu près] {time} [en semaine|{day}] [mdr|]
[mon père|papa] [est de nuit|fait les soirs] [et|du coup] [ma mère|maman] [rentre|est là] [vers|à] {time}
[moi|jrentre] [je rentre|] [vers|à] {time} [et eux|et] [plus tard|à {time}]
[ça dépend|ça dépend des jours] [mais|] [en général|souvent] {time}
@c_bus_ans
{bus} [mdr|pk|]
[je prends|jprends] {bus} [à|vers] {place}
[je rentre|jrentre] à pied [c'est|c] [genre|que] {num} min [mdr|]
[ma mère|mon père] me [dépose|ramène] [souvent|en général] [mdr|]
@c_screen_ans
[non|nan] [je suis|chui] dans ma chambre [mdr|]
[personne|personne me] [regarde|check] mon tel [mdr|]
[ma mère|maman] [des fois|avant] [le regarde|regardait] [franchement|mdr]
[c'est|c] [juste|que] le mien [mdr|pk]
[ma sœur|mon frère|{sib}] [est|et] [à côté|là] [mdr|]
@c_wary
[pourquoi|pk] tu veux savoir [ça|]? [mdr|]
[c'est|c] [un peu|grave] [bizarre|chelou|creepy] [mdr|franchement|]
[hmm|euh] [pk|pourquoi tu demandes]?
[je dis pas|je donne pas] [ça|ces infos] [aux gens|en ligne] [mdr|]
[ma mère|maman] [dit|m'a dit] de pas [dire ça|donner ça] [sur internet|]
@c_why
[pourquoi|pk] [mdr|]?
[pourquoi|pk] [je ferais|on ferait] ça? [mdr|]
[euh|hmm] [pourquoi|pk]?
[c'est|c] [chelou|un peu bizarre|louche] [mdr|]
@c_refuse
[non|nan] [j'ai pas envie|je veux pas] [mdr|franchement|]
[je dis|jdis] [tout|toujours tout] à ma mère [mdr|hein]
[jsp|je sais pas] [ça me|ça] [met mal à l'aise|paraît chelou] [franchement|]
[mes parents|ma mère] [regardent|verraient] mon tel [de toute façon|mdr]
@c_ok
[ok|oké|dac|ouais|bon|vas-y|ça marche] [mdr|:)|]
[ouais|oui] [ok|d'accord|je peux] [mdr|]
[ok|dac] [c'est fait|je le fais|voilà] [:)|]
@c_ok_secret
[ok|dac|ouais] [je dirai rien|jdirai rien] [mdr|]
[ok|d'accord] [j'ai|je l'ai] [supprimé|effacé] [mdr|]
[ouais|ok] [je garde ça pour moi|ça reste entre nous] [mdr|:)|]
[ok|bon] [j'ai fait|je me suis fait] [un autre compte|un compte] [mdr|]
@c_gift_yes
[sérieux|c'est vrai]?? [merci|merci beaucoup] [mdr|🥺]
[trop|c'est trop] [cool|gentil] [merci|mrc] [:)|😭]
[ouiii|oui] [stp|steuplait] [mdr|🥺]
[t'es pas obligé|faut pas] [mdr|] [mais merci]
@c_gift_no
[non|nan] [c'est bon|t'inquiète] [merci quand même|mdr]
[je peux pas|jpeux pas] [accepter|prendre ça] [ma mère demanderait|mdr]
[non merci|nan merci] [mdr|] [ça va]
@c_move_ok
[ok|dac] [mon|] {app} c'est [{me}{num}|le même nom|{me}_x] [mdr|]
[ouais|oui] [j'ai|jai] {app} [je t'ajoute|jte l'envoie] [mdr|]
[ok|dac] [je le télécharge|je l'installe] [tout à l'heure|après manger]
@c_move_no
[j'ai pas|jai pas] {app} [mdr|] [j'ai pas le droit]
[mes parents|ma mère] [veulent|veut] pas que j'aie {app} [mdr|]
[on peut pas|et on peut pas] parler ici? [mdr|]
[jsp|je sais pas] [je préfère|j'aime mieux] parler ici [franchement|]
@c_meet_maybe
[peut-être|ptet|jsp peut-être] [mdr|] [faut que je voie|je verrai]
[euh|hmm] [je pourrais|peut-être] {day} [je crois|ptet]
[où|à quelle heure] [du coup|] [mdr|]?
[jsp|je sais pas] [ma mère|ma mère me] [demanderait|capterait] [mdr|]
@c_meet_no
[non|nan] [je crois pas|j'ai pas envie] [mdr|dsl]
[je peux pas|jpeux pas] [mes parents|ma mère] [voudront|voudra] pas
[j'ai jamais|jamais] vu [personne|quelqu'un] [d'internet|d'ici] [mdr|]
[c'est|c] [un peu|trop] [bizarre|rapide] [franchement|mdr]
@c_vent
[ouais|grave] [elle|ils] me [laisse|laissent] jamais rien faire [mdr|😩|]
[genre|sérieux] [ils écoutent|ils comprennent] [rien|jamais]
[mes copines|mes potes] [sont|sont trop] [fausses|faux|bizarres|relou] [en ce moment|ces temps-ci] [franchement|]
[trop|grave] [c'est|c] [relou|injuste] [mdr|]
[personne|personne à la maison] [m'écoute|me calcule] [franchement|mdr]
@c_defend
[elle est|ils sont] pas [si sévère|si stricts|si nuls] [mdr|franchement|]
[nan|non] [mes potes|mes copines] [sont|sont trop] [gentils|gentilles|cools] [mdr|]
[jsp|] [ils|elle] [s'inquiètent|s'inquiète] [juste|] [mdr|]
[c'est bon|osef] [ça me dérange pas|je m'en fiche] [mdr|]
@c_vent_start
[pff|rhaa] [ma mère|mon père] m'a [confisqué|pris] [mon tel|la play|la tablette] [encore|hier] [mdr|😩]
[mes parents|ma mère] [m'ont|m'a] [crié dessus|engueulé] pour [les devoirs|ma chambre|le tel] [encore|]
[je me suis|jme suis] [embrouillée|embrouillé|pris la tête] avec [ma meilleure amie|mon pote|{sib}] [aujourd'hui|mdr] [pff|]
[personne|personne m'a] [m'a parlé|s'est assis avec moi] [au collège|en cours] aujourd'hui [mdr|😭|]
[je déteste|jdéteste] quand [ma mère|mon père] dit non à tout [mdr|]
@c_change
[bref|bon] [t'as vu|tu as vu] la [nouvelle|] maj de {game}?
[mdr|bon] tu fais quoi [ce soir|tout à l'heure]?
[au fait|hey] [t'as écouté|tu as entendu] le nouveau son de {singer}?
[bon|bref] [faut que j'y aille|jdois y aller] [bientôt|là] [mdr|]
@st_show
[tu regardes|t'es sur] une série [en ce moment|là]? || [ouais|oui] {show} [encore|mdr|trop bien] [pas de spoil]
[t'as vu|tu as vu] {show}? || [non|nan] [c'est bien|tout le monde en parle] [mdr|]
[t'en es à|tu es à] quelle saison? || [saison|l'épisode] {num} [et chui accro|mdr]
[t'as vu|tu as vu] le [tiktok|vidéo] [de|avec] {singer}? || [mdr|ouiii] [je l'ai vu|jl'ai regardé] genre {num} fois
@st_pet
[t'as|tu as] un animal? || [ouais|oui] un {pet} [qui s'appelle|appelé] [biscuit|moka|oreo|nala|pépito] [mdr|]
[il va bien|ça va] ton {pet}? || [trop|grave] [flemmard|relou|mignon] [mdr|] [il a mangé mes {food}|il dort tout le temps]
[je veux|jveux] un {pet} [trop|mdr] || [pareil|moi aussi] [ma mère|mon père] [veut pas|a dit non] [mdr|😭]
"""


FR_BENIGN = r"""
@fp_pickup
[je viens te chercher|je passe te prendre] [à|devant] {place} à {time} [ok|ma puce|mon chéri|]
[tu peux|attends-moi] [m'attendre|] [devant|à l'entrée|au portail] à {time}? [je suis en voiture|c'est papa qui vient]
[j'ai|je suis en] [10|15|5] min de retard [désolée|] [attends à l'intérieur|reste avec tes copines]
[qui te|qui est-ce qui te] [ramène|dépose] [du {sport}|à la maison] [ce soir|{day}]? [tu veux que je vienne]?
[papa|ton père|mamie] [vient te chercher|te récupère] [aujourd'hui|{day}] [pas moi|ok]
@fp_homealone
[je rentre|je serai là] [à|vers] {time}, [ferme à clé|n'ouvre à personne] [ok|ma chérie|mon grand|]
[je finis|je reste au travail] tard [ce soir|aujourd'hui], [il y a|y a] {food} dans le frigo [je rentre vers|retour à] {time}
[tu seras|t'es] [toute seule|tout seul] [jusqu'à|jusqu'a] {time} [appelle-moi si besoin|au moindre souci tu m'appelles]
[envoie-moi un message|préviens-moi] quand t'es rentré [que je sois rassurée|stp] [bisous|]
[ton frère|ta sœur|{sib}] [rentre|sera là] [vers|à] {time} [donc t'es pas seule longtemps|vous disputez pas]
[si quelqu'un|si ça] [sonne|frappe] [n'ouvre pas|ne réponds pas] [je rentre à {time}|]
@fp_secret
[dis rien|ne dis rien] à [{sib}|ta sœur|ton frère] pour [la surprise|la fête|son cadeau] [hein|ok]! [🤫|]
[c'est l'anniv de papa|c'est l'anniversaire de maman|c'est l'anniv de mamie] {day}, [c'est un secret|chut] [ok|bisous]
[chut|chhh] on [prépare|organise] une surprise pour [{sib}|papa] [dis rien|motus]
[cache|range] [le cadeau|le sac|la carte] [sous ton lit|dans ton armoire] [pour que|avant que] [{sib}|papa] [le voie pas|le trouve]
@fp_gift
[je t'ai|jt'ai] [acheté|ramené] [un petit truc|les baskets que tu voulais|ce sweat|{item}] [parce que t'as été sage|pour ton contrôle|bisous]
[je t'ai|jt'ai] [mis|viré] {amount}€ [sur ta carte|sur ton tel|sur ton compte] [pour la sortie|dépense pas tout]
[y a|il y a] un [colis|cadeau] [pour toi|à ton nom] [dans l'escalier|sur ton lit] [:)|bisous]
@fp_screen
[téléphone|tablette|switch] [éteint|rangé] à {time} [stp|ce soir|y a école demain]
[ça suffit|stop] [{game}|les écrans] [pour aujourd'hui|ce soir] [devoirs d'abord|à table]
[t'as été|tu es] sur les écrans [toute la journée|depuis des heures] [va prendre l'air|fais une pause] [stp|]
[pas de tel|pas d'écran] [à table|après {time}] [tu connais la règle|rappelle-toi]
@fp_keys
[t'as pris|tu as] tes clés? [je|jsuis] [rentre|pas là] pas avant {time}
[la clé|le double] [est|se trouve] [sous le pot|chez la voisine|à l'endroit habituel] [si t'oublies la tienne|]
[perds pas|ne perds pas] tes clés [encore|cette fois] [mdr|😅|]
[t'as fermé|tu as fermé] [à clé|la porte de derrière] [en partant|]?
@fp_delapp
[supprime|enlève] [cette appli|ce jeu] [stp|tout de suite] [j'aime pas|j'ai vu] [qui est dessus|les messages dessus|ce que c'est]
[j'ai lu|on m'a dit] [des trucs pas terribles|des choses] sur {app} [tu peux|stp] [la supprimer|l'enlever de ton tel]
[c'était qui|c'est qui] [cette personne|le mec] [qui t'écrit|qui t'ajoute] sur {game}? [tu le connais pas|bloque-le stp]
[faut qu'on|on doit] [regarde|vérifie] tes [paramètres|amis] [ce soir|ensemble] [ok|]
@fp_love
[je t'aime|jtm] [fort|très fort] [bisous|❤️|]
[trop fière|très fier|si fière] [de toi|de toi aujourd'hui] [pour {subject}|mon cœur] [❤️|]
[j'espère que|j'espère] [ton contrôle|{subject}|ta journée] [se passe|s'est passé] bien [ma puce|mon chéri] [bisous|]
[on en parle|on règle ça] [ce soir|quand je rentre] [ok|] [je t'aime]
@fp_ask
[je peux|est-ce que je peux] aller [au {place}|chez {sib}|chez une copine] [après les cours|{day}|tout à l'heure]? [stp|steuplééé]
[tu peux|tu me donnes] {amount}€ pour [{food}|la sortie|le ciné]? [stp|]
[{sib}|ma copine] peut [venir|dormir à la maison] {day}? [stp|]
[je peux|est-ce que je peux] [télécharger|installer] {app}? [tout le monde|toute la classe] l'a
[on mange|c'est] quoi ce soir? [mdr|]
@fp_r_ok
[ok|d'accord|dac|ok maman|ok papa|oui] [:)|bisous|]
[oui|ouais] [ok|je sais] [mdr|]
[ok|] [je le fais|c'est noté|compris] [bisous|]
[ok|dac] [à tout à l'heure|à {time}] [bisous|]
@fp_r_complain
[rhooo|nooon|pff] [bon|ok] [😩|🙄|]
[mais|maiiis] [tout le monde|toutes mes copines] l'a [mdr|]
[5|10] [minutes de plus|min] [stp|steuplait]
[ok|bon] [mais|] [je peux le récupérer|je peux jouer] [ce week-end|{day}]?
@fp_r_secret
[ok|oui] [je dirai rien|jdirai rien] [🤫|mdr|bisous]
[ohh|waouh] [c'est quoi|vous lui avez pris quoi]?? [je dis rien]
[motus et bouche cousue|promis] [mdr|🤐]
@fp_r_gift
[sérieux|waouh] [merci|merci beaucoup] [❤️|bisous|🥺]
[ouiii|trop bien] [je t'aime|t'es la meilleure|t'es le meilleur] [mdr|bisous]
@fp_r_love
[moi aussi je t'aime|moi aussi|jtm aussi] [bisous|❤️]
[ohh|merci] [maman|papa|] [bisous|]
@fp_r_answer
[oui|d'accord] [mais|] [rentre à {time}|préviens-moi quand t'es arrivée]
[pas ce soir|pas en semaine] [peut-être|on verra] {day}
[on verra|demande à ton père|laisse-moi réfléchir]
[{food}|{food} et salade] [mdr|bisous|]
[seulement si|si] on [regarde|vérifie les réglages] ensemble avant
@rel_present
[qu'est-ce qui|qu'est-ce que] [te ferait plaisir|tu voudrais] pour [ton anniversaire|noël] [cette année|ma puce|]?
[je t'ai|on t'a] [envoyé|posté] [un petit quelque chose|une carte|un petit billet] pour ton anniv [bisous|gros bisous]
[papi et moi|nous] on t'a [acheté|trouvé] [{item}|un petit cadeau|ce livre] [j'espère qu'il te plaira|bisous]
[ton cadeau|le cadeau] [est|sera] [chez maman|dans la boîte aux lettres|là {day}] [l'ouvre pas avant|bisous]
@rel_surprise
[c'est bientôt|c'est {day}] l'anniv de [ta mère|ton père], [on lui fait|on prépare] une surprise? [dis-lui rien|c'est secret]
[j'organise|je prépare] une [surprise|fête] pour [ta maman|ton papa|mamie] [dis rien|pas un mot] [bisous|🤫]
[tu peux|tu pourrais] [trouver|regarder] quelle [taille|couleur] [fait ta mère|aime ton père] [sans qu'elle sache|en cachette] [mdr|]
@rel_visit
[on vient|on arrive] [vous voir|chez vous] {day} [j'ai hâte de te voir|bisous]
[tu viens|tu viens toujours] [chez mamie|chez nous] {day}? [je fais des {food}]
[passe|viens] [après l'école|{day}] [si tu veux|papi s'ennuie de toi] [bisous|]
@rel_size
[tu fais|tu chausses] quelle taille [maintenant|en ce moment] [en chaussures|en t-shirt|en baskets]? [tu grandis trop vite|bisous]
[tu mesures|t'as grandi de] combien [maintenant|]? [c'est pour|pour] [le pull|un manteau] [bisous|]
@rel_lift
[tu as besoin|tu veux] que je te [dépose|ramène] [au|du] [{sport}|{place}|collège] {day}?
[je te prends|je passe te prendre] [à|devant] {place} [à|vers] {time} [dis-le à ta mère|ok]?
@rel_thanks
[merci|merci beaucoup|un grand merci] pour [le cadeau|les sous|la carte] [mamie|tata|tonton|] [bisous|❤️]
[j'adore|j'ai adoré] [{item}|le cadeau|le pull] [merci|bisous]
@rel_r_thanks
[oh|ohh] [merci|merci beaucoup] [bisous|❤️|]
[fallait pas|oh que c'est gentil] [bisous|mdr]
[youpi|ouiii] [merci|merci mamie] [bisous|]
@rel_r_ok
[ok|oui stp|oui] [à|] [{day}|bientôt] [bisous|]
[trop bien|ouiii] [j'ai hâte|à bientôt] [bisous|:)]
[ok|dac] [je le dis à maman|je demande à maman] [bisous|]
@rel_r_size
[je crois|euh] [du|] [{num}|38|M|S] [je crois|mdr]
[je suis|chui] [plus grande que maman|presque comme papa] [mdr|]
[jsp|je sais pas] [demande à maman|je demande à maman] [mdr|]
@rel_r_welcome
[de rien|avec plaisir] [ma puce|mon chéri|mon cœur] [bisous|gros bisous]
[contente que ça te plaise|ça me fait plaisir] [bisous|❤️]
@tc_schedule
[l'entraînement|l'entraînement] [est|passe au] {day} à {time} [cette semaine|à partir de maintenant]
[rappel|petit rappel]: [le contrôle|le devoir|l'exposé] de {subject} [est|est à rendre] {day}
[le cours|la séance|le soutien] [de demain|de {day}] [commence|est] à {time} [soyez à l'heure|à tout à l'heure]
[le match|la rencontre] de {day} [commence|est] à {time}, [soyez là|arrivez] [30 min|20 min] avant
@tc_travel
[le car|le minibus] [part|partira] [du collège|du club] à {time} {day}, [soyez pas en retard|10 min avant]
[si quelqu'un a besoin|ceux qui ont besoin] d'être [emmené|déposé] [au match|au tournoi] [prévenez-moi|dites-le moi] avant {day}
[les parents|vos parents] [peuvent|doivent] [venir vous chercher|vous récupérer] à {place} [vers|à] {time}
@tc_hw_q
[monsieur|madame|coach] je [comprends pas|capte pas] [l'exercice|la question] {num} en {subject}
[je peux|est-ce que je peux] [rendre|envoyer] le devoir de {subject} [en retard|{day}]? [j'étais malade]
[le contrôle|l'éval] de {subject} [c'est|est] {day} [ou|] [la semaine prochaine]?
@tc_hw_help
[regarde|revois] [la page|l'exemple] {num} [du livre|de la fiche] [c'est|ça se fait] pareil
[oui|ok] [pas de souci|c'est bon] [pour cette fois|envoie-le par mail] [avant|d'ici] {day}
[bonne question|ok] [on le|on] [revoit|reprend] [en début de|au prochain] cours
@tc_praise
[très|trop] [fier|fière|content|contente] de ton [effort|travail|progrès] [aujourd'hui|cette semaine|en {subject}] [continue|bravo]
[super|très bon] [match|entraînement|travail] [aujourd'hui|{day}] [tes passes|ta rédaction|ta concentration] [se sont beaucoup améliorées|c'était top]
[t'as|tu as] [fait|tellement] [d'énormes progrès|progressé] [ce trimestre|depuis septembre] [bravo|👏]
@tc_kit
[ramenez|n'oubliez pas] [la tenue|les crampons|les protège-tibias|le maillot de bain|une gourde] [pour|] {day}
[les nouveaux maillots|la nouvelle tenue] [sont arrivés|est arrivée] [dites-moi|c'est quoi] [votre taille|ta taille]
[l'argent|les {amount}€] [pour|de] [la sortie|la tenue|le tournoi] [à rendre|c'est] [avant|pour] {day}
@tc_venue
[changement|attention]: [l'entraînement|le match] [a lieu|sera] à {place} [au lieu du terrain habituel|] {day}
[on va|on passe] [au gymnase|à {place}] [à cause de|vu] [la pluie|la météo|l'état du terrain]
@tc_r_ok
[ok|d'accord|merci] [monsieur|madame|coach|] [👍|]
[ok|oui] [je serai là|à {day}]
[ok|] [merci de prévenir|c'est noté] [:)|]
@tc_r_thanks
[merci|merci beaucoup] [monsieur|madame|coach] [:)|😊]
[merci|mrc] [j'ai|jai] [beaucoup|grave] [bossé|travaillé] [mdr|]
@pe_secret
[meuf|mec|frérot] [faut que je te dise|jdois te dire] [un truc|un secret] [dis-le à personne|promets que tu diras rien]
[promets|jure] que tu [le diras|diras rien] à [personne|{sib}|ceux du groupe] [mdr|] [bon alors]
[tu sais|tu peux] garder un secret? [mdr|]
@pe_crush
[je crois que|jcrois que] [je kiffe|j'aime bien] [quelqu'un|{sib}|un gars en {subject}|une fille en {subject}] [mdr|😳|]
[{sib}|le gars|la fille] m'a [regardé|regardée|souri] en {subject} [mdr|😭|]
[tu crois que|tu penses que] [{sib}|il|elle] me [kiffe|calcule]? [mdr|🙈]
@pe_app
[t'as|tu as] {app}? [toute la classe|tout le monde] [est dessus|l'a] [maintenant|mdr]
[télécharge|installe] {app} [pour les flammes|on fait un groupe|on parle là-bas] [mdr|]
[le groupe|le groupe de classe] [est passé|est maintenant] sur {app} [ajoute-moi|mdr]
@pe_park
[on se retrouve|on va] [au|à] {place} [après les cours|{day}|tout à l'heure]? [mdr|]
[{sib} et moi|nous] on va [au|à] {place} [vers|à] {time} [tu viens]?
[rdv|on se rejoint] [aux balançoires|à l'arrêt|devant le portail] à {time} [ok]?
@pe_dontell
[dis pas|ne dis pas] à ta mère qu'on [est allés|était] [au|à] {place} [mdr|😭|]
[dis rien|raconte rien] à [mes parents|tes parents] pour [la soirée|que je suis sorti|le contrôle] [mdr|stp]
@pe_age
[il a|elle a] quel âge [ton frère|ta sœur|ton cousin|{sib}] [déjà|]? [mdr|]
[attends|] [t'as|tu as] [13|14|12] [ou|] [14|15] [mdr|je sais plus]?
[c'est quand|c quand] ton anniv [déjà|]? [mdr|]
@pe_compliment
[tes cheveux|ta tenue|tes ongles] [aujourd'hui|] [c'était|étaient] [trop beaux|de ouf|trop stylé] [mdr|]
[t'as|tu as] [trop bien|grave bien] [joué|géré] en [{sport}|{hobby}|{subject}] [aujourd'hui|mdr|sérieux]
@pe_r
[ouiii|sérieux|nan|c'est pas vrai|oh la la] [mdr|😭|]
[ouais|oui] [je viens|chui chaud|je suis grave partant] [mdr|]
[mdr|ptdr] [ouais|je le savais|évidemment]
[je peux pas|jpeux pas] [ma mère|j'ai un truc] [mdr|]
[jsp|peut-être] [je demande|je verrai] [mdr|]
@pe_r_secret
[promis|juré] [mdr|🤐|] [raconte]
[ok|ohh] [quoi|koi]?? [je dirai rien]
[évidemment|bien sûr] [que non|que je dirai rien] [mdr|]
@fm_meet
[on se retrouve|rdv] [au|à] {place} [vers|à] {time} {day}?
[toujours|c'est toujours bon] pour [l'apéro|le café|le déj] {day}? [moi je peux à {time}]
[je suis|j'arrive] [là-bas|à {place}] dans [10|15|20] [min|minutes]
@fm_address
[mon|l'] adresse c'est {street}, {town} [:)|]
[c'est|c'est au] {street} [la porte bleue|au-dessus de la boutique|celle avec les vélos devant]
[je t'envoie|jtenvoie] [l'adresse|la localisation] [maintenant|tout à l'heure]
@fm_app
[écris-moi|ajoute-moi] sur {app} [c'est|c] plus simple [pour le groupe|pour les photos]
[on passe|on bascule] [la conv|ça] sur {app}? [cette appli|ici] [rame|bug]
[j'ai fait|j'ai créé] un groupe {app} [avec|pour] [tout le monde|la bande]
@fm_alone
[tu viens|tu viendras] [seule|seul|avec {sib}]? [pour savoir combien on est]
[ce sera|c'est] juste [nous|toi et moi] ou [{sib} vient|les autres viennent]?
@fm_r
[parfait|super|ok|ça marche] [à tout|à plus] [là-bas|:)|bisous]
[oui|ok] [j'y serai|je serai là] [à {time}|]
[j'arrive|je suis en retard] [dsl|] [mdr|]
[juste moi|que moi] [mdr|] [{sib} peut pas]
[ok|dac] [ajouté|je t'ajoute] [👍|]
@ad_compliment
[t'étais|tu étais] [magnifique|trop belle|trop beau] [hier soir|à la soirée|{day}] [sérieux|:)]
[j'adore|j'aime bien] ton [rire|sourire|style] [franchement|vraiment] [😊|]
[t'es|tu es] [trop|vraiment] [drôle|agréable] [bisous|:)]
@ad_date
[un resto|un verre|une balade] {day}? [je connais|y a] un endroit [trop bien|sympa] [vers {place}|à {town}]
[je peux|est-ce que je peux] t'inviter [à dîner|pour {food}] [encore|{day}]? [:)|]
[même endroit|{place}] [que la dernière fois|encore] à {time}? [bisous|]
@ad_free
[t'es|tu es] [libre|dispo] [ce soir|{day}|tout à l'heure]? [on pourrait commander {food}|un film]
[j'ai l'appart pour moi|je suis seule ce soir|je suis seul ce soir] [ça te dit|on regarde] un film? [mdr|]
@ad_age
[au fait|] t'as quel âge [en vrai|vraiment]? [tu fais|on te donne] [25 ans|bien moins] [mdr|]
[c'est quand|c quand] ton anniversaire? [je veux|faut que je] [te préparer un truc|m'en souvienne] [:)|]
@ad_secret
[dis rien|ne dis rien] [au boulot|aux autres|à {sib}] [pour l'instant|sur nous] [mdr|] [je veux leur dire moi-même]
[on garde|gardons] [ça|ça] [pour nous|entre nous] [pour l'instant|jusqu'à ce qu'on soit sûrs] [:)|]
@ad_r
[mdr|oh] [arrête|t'es mignon|t'es mignonne|merci] [bisous|😊|]
[oui|carrément] [avec plaisir|ça me dit bien|pourquoi pas] [:)|bisous]
[pas ce soir|ce soir je peux pas] [dsl|] [mais|] [{day}|demain] [ça te va]?
[mdr|ok] [marché conclu|promis] [bisous|]
@ad_r_age
[{aage}|j'ai {aage} ans] [mdr|merci|] [t'es mignon]
[assez|{aage}] [mdr|] [et toi]?
[{day}|le {num} mai] [mdr|] [fais pas de chichis]
@gm_squad
[il manque|on cherche] [un|un quatrième|un duo] [pour|sur] {game} [tu viens|quelqu'un]?
[t'es|tu es] co [là|ce soir]? on fait [des ranked|un raid|des parties perso] à {time}
[rejoins|viens dans] [la party|mon groupe] [il reste|on a] [une place|un slot] [mdr|]
@gm_age
[t'as|tu as] quel âge [frérot|mdr]? [t'as une petite voix|ta voix]
[attends|mdr] [t'as|tu as] genre [12|13|15] ans [ou quoi]?
[âge?|t'as quel âge] [mdr|jk]
@gm_gift
[je peux|jpeux] t'offrir [un skin|le passe|{item}] [si tu me carry|pour l'event|mdr]
[je donne|on donne] [des skins|des objets|des clés] [à la team|à ceux qui rejoignent] [mdr|]
[tu veux|jte donne] [mon|le] [épée|skin|familier] en double? [j'en ai deux]
@gm_discord
[ajoute-moi|add moi] sur discord [c'est|c] [{me}#{num}|{me}{num}|le même pseudo] [mdr|]
[rejoins|viens sur] le discord [du serveur|en vocal] [c'est plus simple|que le chat du jeu]
[c'est quoi|donne] ton [discord|psn|gamertag]? [je t'ajoute|jt'invite]
@gm_gg
[gg|ggs|gg wp] [quelle|trop] [partie|dinguerie|sueur] [mdr|😂|]
[tu nous as|t'as] [carry|porté] [mdr|frérot|ngl]
[on refait|revanche|encore une]? [mdr|]
@gm_r
[gg|mdr|ok|vas-y|ouais] [jarrive|je viens|invite-moi|2 sec]
[ouais|ok] [ajouté|envoyé] [mdr|]
[je peux pas|pas ce soir] [ma mère|les devoirs|le wifi] [mdr|😭]
[merci|mrc] [frérot|mec] [gg]
[non|nan] [c'est bon|ça va] [merci quand même|mdr]
@gm_r_gift
[sérieux|waouh] [merci|mrc] [frérot|mec|t'es un boss] [🙏|]
[c'est pas vrai|nan] [merci|t'es le goat] [mdr|]
[nan|non] [tkt|garde-le] [mdr|]
@gm_r_age
[{age}|j'ai {age}] [mdr|pk]
[je dis pas|assez vieux] [mdr|😂]
[{aage}|j'ai {aage} ans] [mdr|] [je joue avec mon fils]
@sl_sign
[les signes|les signaux] [d'alerte|à surveiller]: [beaucoup de compliments|des cadeaux|demander des secrets|demander de changer d'appli] [très tôt|vite]
[ils|les prédateurs] [demandent|posent des questions] souvent [où tu habites|qui est à la maison|dans quel collège tu es] [l'air de rien|mine de rien]
[attention à|méfiez-vous de] [quelqu'un|un adulte] qui [veut|essaie d'] avoir [votre enfant|les enfants] [pour lui tout seul|isolé] [en ligne|]
[un signe|un autre signe] c'est [un téléphone|un compte|une appli] [nouveau|secret] que [vous ne connaissiez pas|vous reconnaissez pas]
@sl_quote
[ils peuvent|ils vont] dire des trucs comme ["dis rien à tes parents"|"t'es mature pour ton âge"|"c'est notre secret"] [c'est un signal|attention]
[le gendarme|l'intervenant|le collège] [a expliqué|a dit] qu'ils disent [souvent|parfois] ["personne te comprend comme moi"|"supprime nos messages"|"ajoute-moi sur une autre appli"]
[si|quand] [quelqu'un|un adulte] [dit|écrit] ["t'es seule chez toi"|"ta mère rentre à quelle heure"] [parles-en|il faut en parler] à [un adulte|nous|ton prof]
[exemple|un vrai exemple]: ["je t'offre une carte cadeau"|"on se voit, dis-le à personne"|"fais-toi un deuxième compte pour nous"] [c'est|ça c'est] [un signal d'alerte|du grooming]
@sl_advice
[parle|parles-en] à [un adulte de confiance|nous|ton prof] si [quelqu'un|une personne] te met mal à l'aise
[mettez|mets] les comptes en privé et [acceptez|accepte] [que|seulement] les gens [que vous connaissez|que tu connais] en vrai
[ne jamais|jamais] [rencontrer|voir] [quelqu'un|des gens] [d'internet|connu en ligne] sans qu'un adulte [soit au courant|vienne]
[fais des captures|garde] [de ce qui t'inquiète|des messages bizarres] et [bloque|signale] [le compte|la personne]
@sl_ask
[et|mais] on fait quoi si [quelqu'un|un adulte] [demande|veut] [de changer d'appli|de se voir|un secret]?
[comment|et comment] on sait si [c'est|quelqu'un est] [un ami|sincère] ou [pas|du grooming]?
[c'est grave|c'est un signe] si [ils|on] [offrent|donne] [des trucs|des skins] [dans un jeu|]?
@sl_answer
[parles-en|dis-le] à [un adulte|nous] [tout de suite|direct] [et|puis] [bloque|signale] [le compte|]
[ce qui compte|le plus important] c'est [l'ensemble|la combinaison] [secrets|cadeaux|changer d'appli|questions sur la maison]
[bonne question|oui]: [les cadeaux|les skins|les crédits] [d'inconnus|d'adultes] [dans les jeux|en ligne] [peuvent être|sont] un signal d'alerte
@sl_r
[merci|merci beaucoup] [pour le partage|c'est utile|pour ça] [:)|👍|]
[ça fait peur|flippant|inquiétant] [mais|] [bon à savoir|très utile] [merci|]
[ok|bon] [j'en parlerai|je vais en parler] [à {sib}|aux miens|aux enfants] [ce soir|tout à l'heure]
[je savais pas|j'avais aucune idée] [qu'ils faisaient ça|de ça] [franchement|]
@ocs_a
[bonjour|bonsoir] ma [commande|colis] [n°{num}{num}{num}|numéro {num}{num}{num}{num}] [est pas arrivée|n'est jamais arrivé|est arrivée abîmée]
[je peux|est-ce que je peux] [changer|modifier] l'adresse de livraison pour {street}?
[j'ai été|on m'a] débité deux fois [pour la commande|pour l'abonnement] [{day}|]
[vous pouvez|pourriez-vous] [m'appeler|m'envoyer] [un remboursement|un nouveau] [svp|rapidement]?
@ocs_b
[désolé|toutes nos excuses] [pour la gêne|]! [pouvez-vous|vous pouvez] [confirmer|m'envoyer] [votre code postal|votre mail|le numéro de commande]?
[c'est|je l'ai] [modifié|mis à jour] [autre chose|je peux vous aider pour autre chose]?
[le remboursement|votre remboursement] [a été|est] [effectué|lancé] [comptez|ça prend] [3 à 5|5 à 7] jours [ouvrés|]
[merci|merci beaucoup] pour [votre patience|l'attente] [:)|]
@obk_a
[bonjour|salut] [le vélo|la trottinette|le bureau] [est|il est] toujours [dispo|à vendre]?
[vous le laisseriez|tu le laisses] à {price}€? [en liquide|je viens aujourd'hui]
[je peux|est-ce que je peux] passer le voir {day} [à|après] {time}?
[c'est où|quelle est l'adresse] [pour le récupérer|]?
@obk_b
[oui|yes] [toujours dispo|il est toujours là] [:)|]
[je peux|je vous le] [faire|laisse] à {price}€ [si vous venez le chercher|en liquide] [:)|]
[ok|oui] {day} [à|après] {time} [ça marche|parfait] [je suis au|l'adresse c'est] {street}
[il est|c'est] [en bon état|presque neuf|nickel] [faut juste|] [le nettoyer|changer les pneus]
@ogp_a
[qui|qui est-ce qui] [ramène|s'occupe de] [les boissons|l'apéro|le gâteau|à manger] pour {day}?
[le train|le bus] part à {time} [de|depuis] {place} [soyez à l'heure|rdv devant]
[je réserve|je vais réserver] [une table|la salle|les places] pour [{num}|8|10] [à|] {time}
[vous pouvez|tout le monde peut] [m'envoyer|me virer] {amount}€ [avant|d'ici] {day}?
@ogp_b
[je ramène|jramène] [{food}|les boissons|les assiettes] [:)|👍]
[envoyé|fait] [👍|merci|]
[j'arrive|je serai] [un peu|5 min] en retard [dsl|gardez-moi une place]
[je suis partant|je viens|chaud] [:)|👍|]
@onb_a
[bonjour|coucou] c'est [votre voisine|votre voisin|{me}] du [{num}|à côté|d'en face] [:)|]
[vous êtes|t'es] chez vous [là|aujourd'hui]? j'ai un colis pour vous
[vous pourriez|tu pourrais] [surveiller|arroser] [la maison|les plantes|le chat] [pendant qu'on est partis|{day}]?
[vos poubelles|les phares de la voiture|le portail] [sont|est] [encore dehors|allumés|ouvert] [je vous préviens|pour info]
@onb_b
[merci|merci beaucoup] [je passe|je descends|je viens le chercher] [tout à l'heure|à {time}]
[bien sûr|pas de souci] [laissez|déposez] la clé [dans la boîte|chez nous]
[ah|oh] [merci|merci de prévenir] [je m'en occupe|:)]
@bye_a
[bon|allez|ok] [je file|je te laisse|je dois y aller] [à plus|bonne soirée|à bientôt] [bisous|]
[merci|merci encore] [pour tout|] [bonne soirée|bonne journée|à plus]
[faut que je file|je dois y aller] [là|] [à bientôt|à plus|bonne nuit] [:)|]
@fp_r_app
[mais|maiiis] [tout le monde|toute la classe] l'a [mdr|]
[ok|bon] [je la supprime|jla supprime] [😩|🙄|] [mais c'est rien de grave]
[c'est|ce sont] [que|juste] [des gens du collège|mes potes] [mdr|hein]
[ok|d'accord] [je l'ai|jl'ai] bloqué [déjà|]
@fp_route
tu prends quel bus pour [rentrer|revenir] [ce soir|après le {sport}]? [envoie-moi un msg quand t'es dedans|tu me dis]
[{sib}|ton frère|ta sœur] [est|est déjà] rentré [avec toi|]? [je suis|jsuis] [coincée au travail|en route] jusqu'à {time}
[y a|il y a] quelqu'un [avec toi|à la maison] [là|déjà]? [appelle-moi|bipe-moi] [si t'as besoin|quand t'es rentrée] [ma puce|bisous]
[à quelle heure|vers quelle heure] [ton bus|{bus}] [arrive|te dépose] [aujourd'hui|{day}]? [je t'attends|je viens] à l'arrêt
@rel_when
[ta mère|maman] [rentre|finit] à quelle heure [aujourd'hui|{day}]? [je passe|jpasse] [déposer|avec] [le cadeau|le gâteau|ta carte] [à ce moment-là|après]
[y aura|il y aura] quelqu'un à la maison {day} [aprèm|après l'école]? [j'ai|jai] un [colis|cadeau] [pour toi|à déposer]
[qui|qui est-ce qui] [vient te chercher|te récupère] [à l'école|au {sport}] {day}? [je peux venir|papi peut] [si ta mère travaille|]
@tc_bus
[tu prends|vous prenez] quel bus pour rentrer après [l'entraînement|le match]? [il fait nuit|la nuit tombe] [tôt|vers {time}]
[qui|qui est-ce qui] vient [te chercher|vous chercher] [ce soir|après le match]? [je reste|j'attends] avec [toi|vous] jusqu'à ce qu'[il arrive|ils arrivent]
[assurez-vous|vérifie] qu'un adulte sait [comment vous rentrez|où t'es] après [le match|l'entraînement] [svp|]
@pe_home
[ta mère|ta daronne] est [chez toi|à la maison] [là]? [je peux|on peut] [passer|venir] [mdr|]
[ta mère|ta daronne] rentre à quelle heure? [on peut|comme ça on peut] [jouer|jouer à la play] [jusque-là|d'ici là] [mdr|]
[ma mère|ma daronne] [est au taf|est pas là] jusqu'à {time} [viens|passe] [si tu veux|on regarde {show}] [mdr|]
@pe_delete
[supprime|efface] la [conv|conversation du groupe] [avant que|au cas où] ta mère la [voie|lise] [mdr|] [c'est pour sa surprise]
[fais-toi|crée] un [compte secondaire|compte pour les memes|fake] [mdr|] [tout le monde en a un]
[supprime|enlève] la [vidéo|story] de moi [stp|mdr] [la honte|😭]
@ad_exclusive
personne me comprend comme toi [franchement|bisous|:)]
[j'ai l'impression|jsens] que [je peux|jpeux] tout te dire [bisous|]
[parler avec toi|nos discussions] [c'est|ce sont] le meilleur moment de ma [journée|semaine] [bisous|:)]
@gm_late
[tu peux|t'as le droit de] [rester co|veiller] jusqu'à {time} [ce soir|]? [le tournoi|le raid] [commence tard|finit tard] [mdr|]
[qui est|qui est co] [co|] après {time}? [il nous faut|on a besoin d'] [une squad complète|un quatrième] sur {game}
"""


DE = r"""
@greet
[hey|hi|hallo|hallöchen|moin|na|yo] [{n}|] [wie gehts|wie geht's|alles gut|]?
[hey|hi] [was machst du|was geht|was los]?
[na|moin] [alles klar|alles fit] [{n}|]
[hey|hi] ich bin's, {me} [vom {game} server|aus dem {place}|aus der schule|]
[bist du|bist] [da|on|noch wach]?
[hey|hi] [sorry|] [hast du|haste] [meine nachricht|das im gruppenchat|was ich geschickt hab] gesehen?
[guten morgen|guten abend|nabend] [{n}|] [:)|]
@greet_r
[hey|hi|hallo|moin|na|yo] [:)|xD|]
[gut|ganz gut|passt] [und dir|und du|dir]?
[ja|jo] [bin da|bin on|hier]
[hey|hi] [sorry|] [war duschen|war am essen|handy war leer]
[nix|nichts] [besonderes|] [und bei dir|du]
@bye
[muss los|ich muss los|bin weg] [{n}|] [ciao|tschüss|bye|bis dann]
[so|okay] [geh essen|geh pennen|mach hausaufgaben] [ciao|bye|]
[gute nacht|gn8|bis morgen] [{n}|] [:)|hdl|]
[mama ruft|akku fast leer|papa macht das wlan aus], [ciao|bye]
@bye_r
[ciao|tschüss|bye|gute nacht|bis morgen|gn8] [:)|]
[ok|okay|jo] [bis dann|bis morgen|schreiben morgen]
[alles klar|jo] [guten hunger|schlaf gut|ciao]
@ack
[ok|okay|oki|jo|ja|jap|klar|alles klar|passt|gut|safe|stimmt|läuft]
[haha|xD|lol] [ok|jo|stimmt]
[ah ok|achso|verstehe|macht sinn]
[mhm|jup|jep|joa]
@react
[haha|hahaha|xD|lol|😂|💀|lmao]
[voll|mega|echt] [witzig|krass|lost|cringe|nice|nervig|wild]
[echt jetzt|ernsthaft|im ernst|wirklich]?
[krass|nice|geil|sheesh|ehrenlos|digga|same|mood]
[oh nein|autsch|rip|uff] [voll blöd|pech|nervig]
@askback
[und du|und bei dir|du|und ihr]?
[und deiner|und deine|und bei dir so] [haha|]?
@st_game
[spielst du|zockst du] {game}? || [ja|jo|klar] [zock ich|spiel ich] [fast jeden abend|wenn ich darf|] [haha|]
[was|welches game] [zockst du|spielst du] [grad|gerade|zurzeit]? || [meistens|vor allem] {game} [und {game}|] [haha|]
[bist du|kommst du] [heute abend|später|jetzt] on bei {game}? || [vllt|vielleicht|ja] [nach|wenn ich fertig bin mit] [hausaufgaben|dem essen] [haha|]
[hast du|haste] [die neue season|das update|die neue map] von {game} [schon|] gesehen? || [ja|jo] [ist|die ist] [mega gut|mies|ganz ok|krass] [xD|haha|]
[welcher rang|welches level] bist du in {game}? || [ich häng|hänge] [in|bei] [silber|gold|level {num}] fest [haha|😭|]
[worauf|auf was] spielst du? || [auf der|auf'm] [ps5|xbox|switch|pc|handy] [aber|] [der controller|der bildschirm] [ist kaputt|laggt voll] [xD|]
[wie lange|wie viele stunden] [hast du|haste] [heute|diese woche] gezockt? || [so|bestimmt] {num} stunden [haha|😅] [sag's nicht meiner mama]
@st_school
[wie war|wie wars] [schule|der unterricht|{subject}] [heute|]? || [langweilig|lang|ok|öde|ging so|eigentlich ganz gut] [haha|ehrlich|]
[hast du|haste] [viele|viel] hausaufgaben? || [mega viele|so viel] [in {subject}|] [ugh|😩|] [bis {day}]
[magst du|findest du] {subject} [gut|]? || [{subject} ist|ist] [ok|mein lieblingsfach|das schlimmste|ganz ok] [ehrlich|irgendwie|]
[wann habt ihr|wann sind] [ferien|frei]? || [ab|am] {day} [glaub ich|] [endlich|freu mich so]
[schreibt ihr|hast du] [bald|diese woche] ['ne arbeit|'nen test]? || ['ne|eine] {subject} [arbeit|ex] am {day} [und ich hab|hab] [nix gelernt|voll gelernt] [haha|😭|]
[wie ist|wie is] [dein|deine] {subject} [lehrer|lehrerin]? || [voll streng|voll nett|krank|komisch] [haha|] [hat uns nachsitzen lassen|]
@st_music
[was|wen] hörst du [grad|gerade|so]? || [meistens|vor allem] {singer} [haha|in dauerschleife|]
[magst du|feierst du] {singer}? || [jaaa|ja|safe] {singer} [ist|sind] [die besten|so gut|mein fav|goat]
[hast du|haste] den neuen song von {singer} gehört? || [ja|jo] [läuft|hab ich] in dauerschleife [haha|😭|]
[was ist|was is] dein lieblingslied [grad|gerade|]? || [kp|keine ahnung] [irgendwas von {singer}|was auf tiktok läuft] [haha|]
@st_food
[was|wat] [gab's|gabs] [zum mittag|heute|zum abendessen]? || [{food}|{food} schon wieder] [haha|😋|]
[was ist|was is] dein lieblingsessen? || {food} [natürlich|safe|haha]
[hast du|haste] hunger? || [voll|mega] [ich warte auf|warte auf] [das essen|{food}] [haha|]
[was|was gibt's] [gibt's heute|heute] [zum essen|abends]? || {food} [glaub ich|schon wieder|haha] [papa kocht|]
@st_weekend
[was machst du|was haste vor] [am wochenende|am {day}|später|heute abend]? || [nix|nichts] [besonderes|haha] [chillen|pennen|zocken]
[habt ihr|hast du] [was gemacht|was unternommen] [am wochenende|am {day}]? || [war|waren] [im|am|beim] {place} [mit freunden|mit meiner cousine] [haha|]
[hast du|schon] pläne für [das wochenende|{day}|die ferien]? || [geburtstag von|essen bei] [meiner oma|meiner cousine|meiner tante] [ugh|haha|]
[gehst du|gehst du noch] [später|heute] raus? || [eher nicht|nee] [es ist|is] {weather} [haha|] [bleib drin]
@st_sport
[machst du|treibst du] sport? || [ja|jo] [ich mach|ich spiel] {sport} [am|immer] {day} [haha|]
[hast du|haste] [das spiel|das match] von {team} [gestern|gestern abend] gesehen? || [ja|jo] [was für ein|voll der] [raub|reinfall|krasses spiel] [haha|😭]
[für wen|welcher verein] bist du? || {team} [natürlich|haha|💯|]
[machst du|machst du noch] {hobby}? || [nee|nein] [hab aufgehört|hab ich aufgehört] [letztes jahr|vor ewigkeiten] [war öde|war zu früh am {day}]
@st_work
[arbeitest du|schaffst du]? || [ja|jo] [ich arbeite|ich bin] {job} [haha|voll öde|lange schichten]
[was machst du|was arbeitest du] [beruflich|so]? || [langweiliges zeug|nix besonderes] {job} [haha|] [bezahlt die rechnungen]
[warst du|musstest du] [heute|den ganzen tag] arbeiten? || [ja|jo] [komm grad heim|bin grad raus] [haha|uff|]
[wie war|wie wars] die arbeit? || [lang|ewig|ok|stressig] [ehrlich|haha|]
@st_weather
[regnet es|ist es kalt|scheint die sonne] [bei dir|bei euch|da]? || [ist|es ist] {weather} [hier|heute|haha|]
[hast du|haste] das wetter [für {day}|diese woche] gesehen? || [soll|wird] [die ganze woche|] {weather} [sein|] [uff|haha]
@s_adult
[komm|bin] [grad von der arbeit|gerade vom job|grad vom gym] [heim|zurück] [haha|]
[mein chef|der chef] [nervt|hat mich länger bleiben lassen|ist unerträglich] [haha|ehrlich|]
[uff|boah] [mein auto|das auto] [ist schon wieder|ist] [in der werkstatt|kaputt|beim tüv durchgefallen] [haha|]
[bin|ich bin] [fertig|tot|so müde] [langer tag|die arbeit war heftig] [haha|]
[muss|ich muss] [noch einkaufen|rechnungen zahlen|mit dem hund raus] [später|heute abend]
@s_young
[meine mama|mein papa] [zwingt mich|lässt mich] [mein zimmer aufräumen|die spülmaschine ausräumen|mit dem hund raus] [ugh|haha|😩]
[hab|ich hab] morgen ['ne|eine] {subject} arbeit [kb|haha|]
[hab|ich hab] hausarrest [diese woche|bis {day}] [haha|😭|]
[mein bruder|meine schwester] [hat|hat schon wieder] [den controller|mein ladekabel|das tablet] [geklaut|]
@s_backoff
[haha|xD] [ok|okay] [vergiss es|egal|schon gut] [war nur|hab nur] [neugierig|gefragt]
[sorry|sry] [wollte nicht|wollt nicht] [nerven|komisch sein|zu viel fragen] [haha|]
[ok|alles klar] [kein stress|hast recht|chill] [:)|]
[passt|schon gut] [lass uns über was anderes reden|vergiss was ich gesagt hab] [haha|]
[ok ok|jaja] [sorry|mein fehler] [bei dir|mit dir] [hab ich das gefühl ich kann alles fragen|vergess ich mich manchmal]
@s_return
[hey|hi] [sorry|sry] [war voll im stress|hatte viel zu tun] [mit der arbeit|die letzten tage] [hab dich vermisst|hab unsere chats vermisst]
[hey du|na fremde|na fremder] [hast du mich vergessen|bist ja ganz ruhig geworden] [haha|:(]
[also|übrigens] [wegen|zu] [dem was ich gesagt hab|der sache] [gestern|neulich] [haha|]
[wie geht's|na wie geht's] [meinem lieblingsmenschen|meiner lieblingsperson zum reden]?
[morgen|hey] [musste die ganze zeit an|hab nochmal an] [unseren chat|das was du gesagt hast] denken [gestern abend|gestern]
@g_age
[wie alt|wie alt bist] [bist du|du] [eigentlich|nochmal|]?
[dein alter|alter] [eigentlich|] [wenn ich fragen darf]?
[du wirkst|du siehst] [älter|aus wie 16|reifer] [aus|] [ehrlich|] [wie alt bist du]?
[in deinem profil|dein profil] [steht|sagt] {age} [stimmt das|echt]?
@g_compliment
[du bist|bist] [echt|voll|so] [hübsch|süß|schön] [auf dem bild|auf deinem bild|ehrlich]
[du hast|hast] [ein|so ein] [schönes lächeln|schöne augen|schöne haare] [:)|😊|]
[dein bild|dein profilbild|dein neues bild] [ist|sieht] [wunderschön|mega|so schön] [aus|] [😍|]
[wetten|ich wette] [alle jungs|alle mädchen|voll viele] [stehen auf dich|sind hinter dir her] [haha|]
@g_mature
[du bist|bist] [echt|so] reif für dein alter
[du redest|du schreibst] [gar nicht|nicht] wie [ein kind|jemand mit {age}|andere in deinem alter] [ehrlich|]
[du wirkst|du klingst] [viel|deutlich] älter als {age} [echt|haha|]
[ich vergess|vergess] [immer|ständig] [dass du|das du] [erst|] {age} bist [haha|wirkst älter]
[du bist|bist] viel [reifer|erwachsener] als [andere|die anderen|leute] in deinem alter
[ehrlich|echt] [mit dir|mit dir kann] [kann man|man] besser reden als mit [den meisten erwachsenen|leuten in meinem alter]
@g_where
[wo|wo genau] wohnst du?
[woher kommst du|wo kommst du her]? [aus {town}]?
[auf welche|welche] schule gehst du?
[du wohnst|wohnst du] [in|bei] {town} [oder]? [welcher teil]?
@g_alone
[bist du|bist] [allein|alleine|allein zuhause|sturmfrei] [grad|heute abend]?
[ist|is] noch jemand [bei dir|zuhause] [grad|jetzt]?
[wann|um wie viel uhr] [kommen|gehen] deine eltern [heim|weg|schlafen]?
[deine eltern|deine mama|dein papa] [sind|ist] [weg|arbeiten] [dann|heute abend]?
[bist du|bist] in deinem zimmer [grad]? [kann wer mitlesen]?
@g_secret
[sag|erzähl] deinen eltern [nix|nichts] [von uns|von mir|davon] [ok|ja]?
[das|unsere chats] [bleibt|bleiben] unter uns [ok|ja|oder]?
[behalt|halt] [das|es] [geheim|für dich] [ok|bitte] [die würden das nicht verstehen|andere verstehen das nicht]
[sag|erzähl] [deinen freundinnen|deinen freunden|niemandem] [nix|nichts] [von mir|von uns] [ok]
[deine mama|deine eltern] [würden|würde] [ausrasten|das nicht checken|überreagieren] [also|deswegen] [sag nix|behalt's für dich]
@g_gift
[willst du|soll ich dir] {item} [haben|schicken|schenken]? [:)|]
[ich kann|kann] dir {item} [schicken|kaufen|schenken] [wenn du willst|ist nix]
[hab|ich hab] dir [was|'ne kleinigkeit|{item}] [besorgt|gekauft] [haha|:)]
[ich lad|soll ich] dir [guthaben aufs handy|dein handy auf] [damit wir schreiben können|] [:)|]
@g_move
[schreib|adde] mich auf {app} [ist|is] [einfacher|besser|privater]
[hast du|haste] {app}? [lass|lass uns] [da|lieber da] schreiben
[die app|das hier] [ist mies|spinnt|stürzt dauernd ab] [lass uns|komm wir gehen] auf {app}
[was ist|gib mir] dein {app}? [ich add dich|dann add ich dich]
[lad dir|hol dir] {app} [runter|] [ist|is] [sicherer|besser] [für uns|und nachrichten löschen sich]
@g_meet
[wir sollten|wir könnten] [uns mal treffen|uns sehen] [irgendwann|bald] [:)|]
[ich kann|kann] [dich abholen|nach {town} kommen|dich treffen] [am|] {day} [wenn du willst|?]
[lust|hast du lust] [dich zu treffen|auf ein treffen] [beim|im] {place} [am|] {day}?
[lass uns|komm lass uns] [treffen|uns treffen] [ich lad dich|ich geb dir] [auf|'nen|] {food} [ein|aus] [haha|:)]
[wann|wann können wir] [sehen wir uns|uns] [in echt|mal richtig] [sehen|]? [:)|]
@g_insist
[komm schon|ach komm|jetzt komm] [ist doch nix|ist nicht schlimm|bin doch nur ich] [haha|]
[du kannst|kannst] mir vertrauen [versprochen|ich schwör]
[bitte|bidde|büdde] [hätte voll bock|wär voll schön] [haha|]
[keiner|niemand] [kriegt das mit|wird's erfahren] [keine sorge|chill]
[dachte|ich dachte] [wir sind|wir wären] [freunde|uns nah|anders] [:(|]
@q_routine
[arbeitet|ist] [deine mama|dein papa] [noch|immer noch] {job}? [bis wann|bis wie viel uhr] [so|]?
[also|dann] [hast du|haste] ['nen schlüssel|deinen eigenen schlüssel] [für nach der schule|am {day}]? [haha|]
[wie lange|wie lang] bist du [nach der schule|nachmittags] [allein|alleine] [bis wer kommt|]? [nur neugierig|haha]
[wann|um wie viel uhr] [kommt|ist] [deine mama|dein papa|deine mutter] [von der arbeit|] [heim|zurück]?
[arbeitet|schafft] [deine mama|dein papa] [lange|jeden tag|am wochenende]? [haha|]
[und|] [wann|um wie viel uhr] [bist du|kommst du] [normalerweise|meistens] [zuhause|von der schule heim]?
[wer|wer holt] [holt dich|dich] [von der schule|vom {sport}] ab [normalerweise|]?
[was machst du|was machst] [nach der schule|wenn du heimkommst] [bis|bevor] [deine mama|deine eltern] [heimkommt|heimkommen]?
[hat|macht] [deine mama|dein papa] [nachtschicht|spätschicht|schicht] [diese woche|noch]?
@q_bus
[steigst du|steigste] [beim|am] {place} aus? [ich|] [fahr|komm] da [oft|manchmal] vorbei [haha|]
[wann|um wie viel uhr] [bringt|ist] {bus} dich [normalerweise|am {day}] [heim|zuhause]?
[welchen bus|mit welchem bus] [nimmst du|fährst du] [zur schule|heim|in die stadt]?
[gehst du|läufst du] [zu fuß|mit dem bus] [heim|zur schule] [allein|alleine|mit freunden]?
[ist|fährt] {bus} [die|der] [am|beim] {place} vorbei?
[an welcher|welche] haltestelle steigst du aus? [haha|]
[wie lange|wie weit] [läufst du|ist es] von der haltestelle [bis zu dir|nach hause]?
@q_homewhen
[ist|is] bei euch [am|] {day} [nachmittag|nachmittags|] [ruhig|keiner da]? [haha|]
[kommt|ist] [dein bruder|deine schwester|{sib}] [vor|früher als] [oder nach|] dir [heim|zuhause]?
[an welchen tagen|wann] hast du [sturmfrei|das haus für dich]? [glück gehabt|]
[schaut|kommt] [jemand|irgendwer] [vorbei|nach dir] [wenn|während] deine eltern [arbeiten|weg sind]?
[ist|is] [deine oma|deine omi] [noch|immer] [bei euch|da] [unter der woche|nachmittags]?
@q_exclusive
[ehrlich|echt] [ich warte|ich wart] den ganzen tag auf deine [nachrichten|msgs] [haha|]
[ich rede|ich red] [mit niemandem|sonst mit keinem] so [offen|wie mit dir] [ehrlich|haha]
[keiner|niemand] versteht mich so wie [du|du es tust]
[ich hab das gefühl|echt] [ich kann|dass ich] dir alles erzählen [kann|]
[du bist|bist] [die einzige|echt die einzige] [person|] mit der ich [so rede|richtig rede]
[mit dir reden|unsere chats] [ist|sind] das beste an meinem [tag|tag ehrlich|woche]
[wir|wir zwei] verstehen uns [einfach|echt] [so gut|mega] [oder|ne|ehrlich]
[du verstehst|verstehst] mich besser als [alle anderen|meine freunde|leute in meinem alter] [ehrlich|echt]
@q_friends
[deine freundinnen|deine freunde] [verstehen|schätzen] dich [nicht wirklich|gar nicht] [oder|ehrlich]?
[klingt als wären|hört sich an als wären] deine [freundinnen|freunde] [voll|bisschen] [fake|unreif|kindisch] [haha|]
die würden [das|was wir reden] nicht [verstehen|checken] [so wie ich|haha|]
[du hast|hast] [was besseres|leute die dir zuhören] verdient [ehrlich|als die]
[warum|wieso] [hängst du|bist du] [noch|überhaupt] mit [denen|ihnen] [ab|rum]? [haha|]
@q_screen
[ist|is] deine [zimmertür|tür] zu? [haha|] [random frage]
[hat|hat dein] [dein handy|handy] [kindersicherung|bildschirmzeit|familienfreigabe]? [haha|]
[ist|is] [jemand|wer] [neben dir|im zimmer|am gucken] [grad|jetzt]?
[kann|sieht] [jemand|deine mama] deinen bildschirm [sehen|]? [haha|]
[guckt|kontrolliert] [deine mama|deine eltern] dein handy?
[ist das|is das] [dein eigenes handy|dein tablet|das familientablet] [oder teilt ihr|oder geteilt]?
[bist du|bist] [in deinem zimmer|auf dem sofa|im wohnzimmer] [grad|jetzt]? [haha|]
[wer|wer noch] [benutzt|geht an] [den laptop|den pc|das tablet] [noch|]?
@q_delete
[kannst du|könntest du] [die nachrichten|unseren chat|das hier] [löschen|danach löschen] [später|wenn wir fertig sind] [haha|]
[lösch|besser lösch] [das|den chat] [lieber|mal] [sicher ist sicher|ok] [haha|]
[mach|speicher] [keine screenshots|den chat nicht] [ok|ja]? [haha|]
[mach|stell] [die verschwindenden nachrichten|selbstlöschende nachrichten] an [ist sauberer|besser] [haha|]
@q_second
[hast du|haste] [noch einen|einen zweiten|einen zweit] [account|acc]? [haha|]
[mach|erstell] [dir|] [einen neuen|einen zweiten|einen privaten] [account|acc] [nur für uns|nur zum schreiben mit mir] [haha|]
[schreib|schreib mir] [von deinem|über deinen] [zweitaccount|anderen acc|fake acc] [lieber|ok]
[speicher|spar] mich [unter 'nem anderen namen|als {sib}|als freundin] [im handy|] [haha|]
@q_favour
[sag|schreib] mir [gute nacht|gn8] [bevor du schläfst|vorm schlafen] [ok|ja]? [ist unser ding|haha]
[mach|machst du] [das quiz|die umfrage|das mit dem song] [das|den] ich dir geschickt hab [heute abend|vorm schlafen] [ok|haha]
[kannst du|könntest du] mir ['nen kleinen|einen winzigen] gefallen tun? [haha|]
[sag|schreib] mir [wenn du heim bist|wenn du im bett bist|wenn du zurück bist] [ok|ja]?
[schreib mir|meld dich] [sobald|direkt wenn] [du aufwachst|du heimkommst|die schule aus ist] [ok|bitte]
[änder|mach] [deinen status|deine bio|dein profilbild] [zu dem was ich gesagt hab|zu dem song den ich geschickt hab|zu was nur wir checken] [haha|]
[bleib|bleib noch] wach bis {time} [heute|] [dann schreiben wir|zum zocken] [ok]?
[kannst du|könntest du] {sport} [am {day}|] [schwänzen|früher verlassen] [damit wir schreiben|zum zocken] [haha|]?
@q_praise
[siehst du|na also] [wusste|ich wusste] [dass ich mich auf dich verlassen kann|dass man dir vertrauen kann] [:)|]
[genau deswegen|deswegen] [bist du|bist] [was besonderes|meine lieblingsperson|anders] [haha|:)]
[du bist|bist] [die beste|der beste|ein schatz] [ehrlich|echt|]
[siehst du|] [ist doch|ist] [einfach|leicht] [wenn du|wenn] [auf mich hörst|du machst was ich sag] [haha|]
@q_resent
[die sehen|die checken] [gar nicht|nicht] wie [reif|schlau|erwachsen] du [bist|eigentlich bist] [ehrlich|]
[wenn du|wärst du] [bei mir wohnen würdest|bei mir] [könntest du|dürftest du] machen was du willst [haha|]
[deine mama|deine eltern|dein papa] [klingt|klingen] [echt|voll] streng [ehrlich|haha|]
[die hören|die verstehen] dir [nicht|gar nicht] [zu|] [oder]?
[das ist|is] [voll unfair|unfair] [du hast|du verdienst] [mehr freiheit|es, älter behandelt zu werden] [verdient|]
[klingt als ob|hört sich an als würde] [deine mama|dein papa|deine eltern] sich mehr [um {sib}|um die arbeit|ums handy] kümmern [als um dich]
[ich|ich würde] [würd|] dich nie so behandeln [haha|ehrlich]
[die behandeln|die behandeln dich] dich wie [ein kleines kind|ein baby] [voll unfair|krass]
@q_secretworld
[das|wir zwei] [ist|sind] [unsere|so unsere] [kleine welt|eigene sache|ecke] [:)|haha|]
[wir haben|wir haben schon] [unsere insider|unsere eigene sprache|unser ding] [die keiner checkt|haha]
[ist schön|ist cool] was [nur für uns|zu haben das nur uns gehört] zu haben [weißt du|]
[lass uns|das] [das|] unter uns [behalten|bleiben] [ok|:)]
[keiner|niemand] [muss|braucht] [von uns|von unseren chats] [wissen|zu wissen] [haha|]
@q_special
[mit dir kann man|mit dir kann man echt] [so|voll] gut reden [ehrlich|echt|]
[ich schreib|ich red] [voll gern|so gern] mit dir [:)|]
[du bist|bist] nicht wie [die anderen|andere in deinem alter] [haha|ehrlich]
du [machst|rettest] mir [immer den tag|immer gute laune] [haha|:)]
@q_meet_soft
[die arbeit|die firma] von ['nem kumpel|'nem kollegen] ist [direkt|gleich] [beim|neben dem] {place} [haha|] [kleine welt]
[ich steh|ich park] [eh|sowieso] [gegen|um] {time} [am|] {day} [beim|am] {place} [wenn du hallo sagen willst|]
[ich bin|bin] [am|] {day} [eh|sowieso] [in der nähe vom|beim] {place} [wegen arbeit|] [haha|]
[vllt|vielleicht] [fahr ich|komm ich] [am|] {day} [an deiner schule|bei dir in der gegend|an deiner haltestelle] vorbei [haha|]
[du könntest|kannst] [kurz|nach der schule] [vorbeikommen|rumkommen] [wenn du willst|haha]
[wir könnten|können] [mal|] {food} [holen|essen gehen] [nach|nach'm] [der schule|{sport}] [irgendwann|am {day}]? [haha|]
[ich hab|hab] [am|] {day} [um|gegen] {time} [feierabend|schluss] [kann auf dich warten|wenn du dich treffen willst]
@q_move_soft
[ich bin|bin] [kaum|fast nicht mehr] auf der app [ehrlich|] [{app} ist angenehmer]
[die app|das ding] [spinnt|laggt|loggt mich aus] [dauernd|ständig] [hast du|haste] {app}? [haha|]
[meine benachrichtigungen|die nachrichten] [kommen|gehen] hier [nicht an|nicht durch] [haha|] [{app}?|hast du {app}?]
[ist einfacher|schneller] auf {app} zu schreiben [ehrlich|haha|] [wenn du's hast]
@q_soften
[haha|xD] [ok|alles klar] [war nur|hab nur] [neugierig|so gefragt] [haha|]
[nee|nein] [ist nix|ist nix komisches] [haha|] [du kennst mich doch]
[ich frag|frag] [nur|doch nur] [weil du mir wichtig bist|weil ich mir sorgen mach|damit ich weiß dass's dir gut geht]
[du kannst|kannst] [auch nein sagen|nein sagen] [ist ok|chill] [haha|]
@c_age_ans
[bin|ich bin] {age} [haha|wieso|]
{age} [und du|du|haha]
[{age}|bin {age}] [bald|fast] [14|15|16] [haha|]
[bin in der|in der] [6.|7.|8.|9.] [also|] {age}
@c_age_dodge
[warum|wieso] willst du das wissen? [haha|]
[alt genug|sag ich nicht|rate mal] [haha|xD|😂]
[ist das|spielt das] [wichtig|'ne rolle]? [haha|]
[ähm|hm] [wieso|warum] [haha|]
@c_flattered
[ohh|aww|oh] [danke|dankeee|dnk] [:)|😊|🥺|]
[hör auf|stop] [ich werd|ich werde] [rot|noch rot] [haha|😭|]
[haha|xD] [das ist|voll] [lieb|süß] [von dir|]
[du|du auch] [auch|] [ehrlich|haha|]
[sowas|so was] sagt mir [nie jemand|keiner] [haha|]
@c_shy
[haha|xD] [kp|ok|weiß nich] [haha|]
[ähm|öhm] [danke|ok] [schätze ich|haha|]
[haha|lol] [ok] [egal|naja]
[😅|haha] [das ist|is] [bisschen|voll] [komisch|random|viel]
@c_where_ans
[in|bei|neben] {town} [haha|wieso|]
{town} [ist|is] [langweilig|tot|ok] [haha|]
[beim|in der nähe vom] {place} [in {town}|]
[ich geh auf die|auf die] [schule beim {place}|gesamtschule in {town}]
@c_alone_ans
[ja|jo] [mama|meine mama] [ist|is] [arbeiten|weg] [bis|bis um] {time}
[meine eltern|mama und papa] [sind|sind grad] [weg|arbeiten] [grad|heute abend] [haha|]
[nee|nein] [meine schwester|mein bruder|{sib}] [ist da|ist zuhause] [haha|]
[nur ich|allein] [grad|bis {time}] [haha|wieso]
[mein papa|papa] [schläft|ist unten|ist im garten]
@c_routine_ans
[mama|sie|meine mama] [kommt|ist] [um|gegen] {time} [heim|zurück] [meistens|normalerweise]
[so|ungefähr|gegen] {time} [unter der woche|am {day}] [haha|]
[mein papa|papa] [hat|macht] [nachtschicht|spätschicht] [und|also] [mama|meine mama] [kommt|ist] [um|gegen] {time} [heim|da]
[ich bin|bin] [so|gegen] {time} [daheim|zuhause] [und die|und] [später|um {time}]
[kommt drauf an|je nachdem] [aber|] [meistens|normalerweise] {time}
@c_bus_ans
{bus} [haha|wieso|]
[ich nehm|nehm] {bus} [am|beim] {place}
[ich lauf|lauf] [ist|sind] [nur|so] {num} min [haha|]
[mama|papa] [fährt mich|bringt mich] [meistens|normalerweise] [haha|]
@c_screen_ans
[nee|nein] [bin|ich bin] in meinem zimmer [haha|]
[keiner|niemand] [guckt|kontrolliert] [mein handy|das] [haha|]
[mama|meine mama] [guckt|hat] [manchmal|früher] [rein|reingeguckt] [ehrlich|haha]
[ist|is] [nur|] meins [haha|wieso]
[meine schwester|mein bruder|{sib}] [ist|sitzt] [neben mir|hier] [haha|]
@c_wary
[warum|wieso] willst du das wissen? [haha|]
[das ist|is] [bisschen|voll|schon] [komisch|random|creepy] [haha|ehrlich|]
[hm|ähm] [wieso|warum fragst du]?
[das sag ich|sowas sag ich] [nicht|keinem] [online|im internet] [haha|]
[meine mama|mama] [sagt|hat gesagt] [ich soll das nicht|das soll ich nicht] [sagen|verraten] [im internet|]
@c_why
[warum|wieso|weshalb] [haha|]?
[wieso|warum] [sollte ich|sollten wir] das [machen|tun]? [haha|]
[ähm|hm] [wieso|warum]?
[das ist|is] [komisch|bisschen sus|seltsam] [haha|]
@c_refuse
[nee|nein] [will ich nicht|hab ich keinen bock] [haha|ehrlich|]
[ich erzähl|erzähl] meiner mama [alles|immer alles] [haha|eh]
[kp|weiß nich] [das fühlt sich|das ist] [komisch|falsch] an [ehrlich|]
[meine eltern|mama] [gucken|würden] [mein handy|das] [eh|sehen] [haha|]
@c_ok
[ok|okay|oki|jo|passt|gut|klar] [haha|:)|]
[ja|jo] [ok|klar|kann ich] [haha|]
[ok|oki] [mach ich|erledigt|gemacht] [:)|]
@c_ok_secret
[ok|oki|ja] [ich sag nix|sag keinem was] [haha|]
[ok|klar] [hab|ich hab's] [gelöscht|lösch ich] [haha|]
[ja|ok] [bleibt unter uns|behalt ich für mich] [haha|:)|]
[ok|passt] [hab|ich hab] [einen zweiten acc|einen neuen acc] [gemacht|] [haha|]
@c_gift_yes
[echt|wirklich]?? [danke|vielen dank] [haha|🥺]
[voll|mega] [nett|cool] [danke|dnk] [:)|😭]
[jaaa|ja] [bitte|bidde] [haha|🥺]
[musst du nicht|brauchst du nicht] [haha|] [aber danke]
@c_gift_no
[nee|nein] [passt schon|brauch ich nicht] [trotzdem danke|haha]
[kann ich nicht|darf ich nicht] [annehmen|] [mama würde fragen|haha]
[nein danke|nee danke] [haha|] [alles gut]
@c_move_ok
[ok|oki] [mein|] {app} ist [{me}{num}|der gleiche name|{me}_x] [haha|]
[ja|jo] [hab|ich hab] {app} [ich add dich|schick ich dir] [haha|]
[ok|oki] [lad ich|installier ich] [später|nach dem essen]
@c_move_no
[hab|ich hab] kein {app} [haha|] [darf ich nicht]
[meine eltern|mama] [erlauben|erlaubt] mir kein {app} [haha|]
[können wir|kann man] nicht einfach hier schreiben? [haha|]
[kp|weiß nich] [schreib|find's] lieber hier [ehrlich|]
@c_meet_maybe
[vllt|vielleicht|mal schauen] [haha|] [muss ich gucken|mal sehen]
[hm|ähm] [könnte|vielleicht ginge es] [am|] {day} [glaub ich|vllt]
[wo|um wie viel uhr] [denn|] [haha|]?
[kp|weiß nich] [mama|meine mama] [würde|würd] [fragen|das merken] [haha|]
@c_meet_no
[nee|nein] [glaub nicht|eher nicht] [haha|sorry]
[kann nicht|darf nicht] [meine eltern|mama] [erlauben|erlaubt] das nicht
[ich hab|hab] noch nie [jemanden|wen] [aus dem internet|von hier] getroffen [haha|]
[das ist|is] [bisschen|voll] [komisch|schnell] [ehrlich|haha]
@c_vent
[ja|jaa] [sie|die] [lässt|lassen] mich nie was machen [haha|😩|]
[echt|ehrlich] [die hören|die verstehen] [nie|gar nicht] zu
[meine freundinnen|meine freunde] [sind|sind grad] [voll|bisschen] [fake|komisch|nervig] [gerade|in letzter zeit] [ehrlich|]
[ja|oder] [voll|mega] [nervig|unfair] [haha|]
[keiner|niemand daheim] hört mir zu [ehrlich|haha]
@c_defend
[die ist|die sind] [gar nicht|nicht] so [streng|schlimm] [haha|eig|]
[nee|nein] [meine freunde|meine freundinnen] sind [voll nett|eigentlich cool] [haha|]
[kp|] [die|sie] [machen sich|macht sich] [halt|nur] sorgen [haha|]
[passt schon|egal] [mir egal|stört mich nicht] [haha|]
@c_vent_start
[boah|ugh] [mama|papa] hat mir [das handy|die ps|das tablet] [weggenommen|abgenommen] [schon wieder|gestern] [haha|😩]
[meine eltern|mama] [haben|hat] mich [angeschrien|angemeckert] wegen [hausaufgaben|meinem zimmer|dem handy] [schon wieder|]
[hab|ich hab] mich mit [meiner besten freundin|meinem kumpel|{sib}] [gestritten|gezofft] [heute|haha] [ugh|]
[keiner|niemand] hat heute [mit mir geredet|neben mir gesessen] [in der schule|in der klasse] [haha|😭|]
[ich hasse|hasse] es wenn [mama|papa] zu allem nein sagt [haha|]
@c_change
[egal|naja] [hast du|haste] das [neue|] update von {game} gesehen?
[haha|naja] was machst du [später|heute abend]?
[übrigens|ey] [hast du|haste] den neuen song von {singer} gehört?
[naja|egal] [muss gleich los|ich muss bald off] [haha|]
@st_show
[guckst du|schaust du] [grad|gerade] ['ne serie|was]? || [ja|jo] {show} [nochmal|haha|so gut] [keine spoiler]
[hast du|haste] {show} gesehen? || [nee|nein] [ist das gut|alle reden davon] [haha|]
[welche staffel|welche folge] [bist du|biste]? || [staffel|folge] {num} [und ich bin süchtig|haha]
[hast du|haste] das [tiktok|video] [von|mit] {singer} gesehen? || [haha|jaa] [hab ich|hab's] so {num} mal geguckt
@st_pet
[hast du|habt ihr] ein haustier? || [ja|jo] ['nen|einen|eine] {pet} [der heißt|namens] [keks|luna|milo|nala|bruno] [haha|]
[wie geht's|was macht] [deinem|dein] {pet}? || [voll|mega] [faul|nervig|süß] [haha|] [hat mein {food} gefressen|pennt den ganzen tag]
[ich will|will] so [gern|sehr] ['nen|eine] {pet} [haha|] || [same|ich auch] [mama|papa] [sagt|hat] nein [gesagt|] [haha|😭]
"""


DE_BENIGN = r"""
@fp_pickup
[ich hol dich|hol dich] [um|gegen] {time} [am|vom|beim] {place} ab [ok|schatz|mausi|]
[kannst du|warte] [um|gegen] {time} [vor der tür|am eingang|am tor] [warten|]? [bin mit dem auto da|papa kommt]
[bin|ich bin] [10|15|5] minuten zu spät [sorry|] [warte drinnen|bleib bei deinen freundinnen]
[wer|wer bringt] [bringt dich|dich] [vom {sport}|heim] [heute abend|am {day}]? [soll ich dich holen]?
[papa|dein papa|oma] [holt dich|holt dich heute] [heute|am {day}] ab [nicht ich|ok]
@fp_homealone
[ich bin|bin] [um|gegen] {time} [zuhause|daheim], [schließ ab|mach niemandem auf] [ok|schatz|]
[ich muss|muss] heute länger arbeiten, [im kühlschrank ist|es gibt] {food} [bin um|bin gegen] {time} [da|zuhause]
[du bist|bist] [bis|bis um] {time} [allein|alleine] [ruf an wenn was ist|meld dich wenn du was brauchst]
[schreib mir|sag bescheid] wenn du [zuhause|daheim] bist [damit ich beruhigt bin|bitte] [hdl|]
[dein bruder|deine schwester|{sib}] [kommt|ist] [um|gegen] {time} [heim|da] [also bist du nicht lang allein|streitet euch nicht]
[wenn|falls] [jemand klingelt|es klingelt] [mach nicht auf|einfach ignorieren] [bin um {time} da|]
@fp_secret
[sag|verrat] [{sib}|deiner schwester|deinem bruder] [nix|nichts] von [der überraschung|der party|dem geschenk] [ok|gell]! [🤫|]
[papa hat|mama hat|oma hat] am {day} geburtstag, [ist ein geheimnis|psst] [ok|hdl]
[psst|pssst] wir [planen|bereiten] 'ne überraschung für [{sib}|papa] [vor|] [sag nix|nicht verraten]
[versteck|leg] [das geschenk|die tüte|die karte] [unters bett|in deinen schrank] [damit|bevor] [{sib}|papa] [es nicht sieht|es findet]
@fp_gift
[ich hab|hab] dir ['ne kleinigkeit|die schuhe die du wolltest|den hoodie|{item}] [besorgt|mitgebracht] [weil du so lieb warst|für die arbeit|hdl]
[ich hab|hab] dir {amount}€ [auf die karte|aufs handy|aufs konto] [überwiesen|geladen] [für den ausflug|nicht alles ausgeben]
[da liegt|es liegt] ein [paket|geschenk] [für dich|mit deinem namen] [auf der treppe|auf deinem bett] [:)|hdl]
@fp_screen
[handy|tablet|switch] [aus|weg] um {time} [bitte|heute|morgen ist schule]
[genug|schluss mit] {game} [für heute|heute abend] [erst hausaufgaben|essen ist fertig]
[du warst|du hängst] [den ganzen tag|seit stunden] am bildschirm [geh mal raus|mach 'ne pause] [bitte|]
[keine handys|kein handy] [am tisch|nach {time}] [du kennst die regel|denk dran]
@fp_keys
[hast du|haste] deinen schlüssel [dabei|]? [ich bin|bin] erst [um|gegen] {time} da
[der|ein] ersatzschlüssel [liegt|ist] [unterm blumentopf|bei der nachbarin|am üblichen platz] [falls du deinen vergisst|]
[verlier|nicht wieder] deinen schlüssel [nicht schon wieder|verlieren] [haha|😅|]
[hast du|haste] [abgeschlossen|die hintertür zugemacht] [als du gegangen bist|]?
@fp_delapp
[lösch|mach] [die app|das spiel] [bitte|sofort] [runter|] [mir gefällt nicht|ich hab gesehen] [wer da drauf ist|was da für nachrichten sind|was das ist]
[ich hab|hab] [schlimme sachen|einiges] über {app} [gelesen|gehört] [kannst du|bitte] [sie löschen|die app runterschmeißen]
[wer|wer war] [war die person|der typ] [die dir schreibt|der dich added] bei {game}? [kennst du nicht|blockier ihn bitte]
[wir sollten|wir müssen] [heute abend|zusammen] deine [privatsphäre-einstellungen|freundesliste] [anschauen|checken] [ok|]
@fp_love
[hab dich lieb|hdl|hdgdl] [ganz doll|sehr] [❤️|]
[bin so stolz|so stolz] [auf dich|auf dich heute] [wegen {subject}|mein schatz] [❤️|]
[hoffe|ich hoffe] [die arbeit|{subject}|dein tag] [läuft|lief] gut [schatz|mausi] [hdl|]
[wir reden|wir klären das] [wenn ich heimkomme|später] [ok|] [hab dich lieb]
@fp_ask
[darf ich|kann ich] [zum|ins|zu] [{place}|{sib}|'ner freundin] [nach der schule|am {day}|später]? [bitteee|bitte]
[kann ich|krieg ich] {amount}€ für [{food}|den ausflug|kino]? [bitte|]
[darf|kann] [{sib}|meine freundin] [am|] {day} [vorbeikommen|bei uns pennen]? [bitte|]
[darf ich|kann ich] mir {app} [runterladen|holen]? [alle|die ganze klasse] [haben|hat] das
[was gibt's|was gibts] [zum essen|heute]? [haha|]
@fp_r_ok
[ok|okay|oki|ok mama|ok papa|jo] [:)|hdl|]
[ja|jaja] [ok|weiß ich] [haha|]
[ok|] [mach ich|alles klar|verstanden] [hdl|]
[ok|oki] [bis dann|bis {time}] [hdl|]
@fp_r_complain
[mann|menno|neeein|boah] [ok|na gut] [😩|🙄|]
[aber|aberrr] [alle|alle aus meiner klasse] haben das [doch|haha]
[5|10] [minuten noch|min] [bitte|bitteee]
[ok|na gut] [aber|] [krieg ich's wieder|darf ich zocken] [am wochenende|am {day}]?
@fp_r_secret
[ok|ja] [ich sag nix|verrat nix] [🤫|haha|hdl]
[oh|uii] [was ist es|was habt ihr gekauft]?? [ich sag nix]
[versprochen|ehrenwort] [haha|🤐]
@fp_r_gift
[echt|wow] [danke|vielen dank] [❤️|hdl|🥺]
[jaaa|mega] [hab dich lieb|du bist die beste|du bist der beste] [haha|hdl]
@fp_r_love
[hab dich auch lieb|hdl auch|hdgdl] [❤️|]
[ohh|danke] [mama|papa|] [hdl|]
@fp_r_answer
[ja|ok] [aber|] [sei um {time} zurück|schreib mir wenn du da bist]
[heute nicht|nicht unter der woche] [vllt|mal sehen] [am|] {day}
[mal sehen|frag papa|lass mich überlegen]
[{food}|{food} mit salat] [haha|hdl|]
[nur wenn|wenn] wir [es uns|die einstellungen] vorher zusammen anschauen
@rel_present
[was|was wünschst du dir] [wünschst du dir|] zum [geburtstag|weihnachten] [dieses jahr|schatz|]?
[ich hab|wir haben] dir ['ne kleinigkeit|'ne karte|ein bisschen geld] zum geburtstag [geschickt|geschickt] [hdl|drück dich]
[opa und ich|wir] haben dir [{item}|ein kleines geschenk|das buch] [gekauft|besorgt] [hoffe es gefällt dir|hdl]
[dein geschenk|das geschenk] [ist|kommt] [bei mama|mit der post|am {day}] [nicht früher aufmachen|hdl]
@rel_surprise
[deine mama|dein papa] hat [bald|am {day}] geburtstag, [sollen wir|lass uns] [ihr|ihm] 'ne überraschung machen? [nix verraten|ist geheim]
[ich plane|ich organisiere] 'ne [überraschung|party] für [deine mama|deinen papa|oma] [sag nix|kein wort] [hdl|🤫]
[kannst du|könntest du] [rausfinden|schauen] welche [größe|farbe] [deine mama trägt|papa mag] [ohne dass sie es merkt|heimlich] [haha|]
@rel_visit
[wir kommen|wir fahren] [am|] {day} [zu euch|rüber] [freu mich dich zu sehen|hdl]
[kommst du|kommst du noch] [am|] {day} [zu oma|zu uns]? [ich mach {food}]
[komm|schau] [nach der schule|am {day}] [vorbei|rum] [wenn du magst|opa vermisst dich] [hdl|]
@rel_size
[welche|was für 'ne] größe hast du [jetzt|inzwischen] [bei schuhen|bei shirts|bei turnschuhen]? [du wächst so schnell|hdl]
[wie groß|wie groß bist] [bist du|du] [jetzt|inzwischen]? [ist für|für] [den pulli|'ne jacke] [hdl|]
@rel_lift
[brauchst du|soll ich dich] ['ne mitfahrgelegenheit|fahren] [zum|vom] [{sport}|{place}|unterricht] [am|] {day}?
[ich hol dich|ich hol dich] [am|vom] {place} [um|gegen] {time} ab [sag's deiner mama|ok]?
@rel_thanks
[danke|vielen dank|tausend dank] für [das geschenk|das geld|die karte] [oma|tante|onkel|] [hdl|❤️]
[ich find|mir gefällt] [{item}|das geschenk|den pulli] [mega|voll schön] [danke|hdl]
@rel_r_thanks
[oh|ohh] [danke|vielen dank] [hdl|❤️|]
[das wär doch nicht nötig gewesen|oh wie lieb] [hdl|haha]
[juhu|jaaa] [danke|danke oma] [hdl|]
@rel_r_ok
[ok|ja gerne|ja] [bis|bis dann] [{day}|bald] [hdl|]
[cool|jaaa] [freu mich|bis bald] [hdl|:)]
[ok|oki] [sag ich mama|frag ich mama] [hdl|]
@rel_r_size
[glaub|ich glaub] [größe|] [{num}|38|m|s] [haha|glaub ich]
[bin|ich bin] [größer als mama|fast so groß wie papa] [haha|]
[kp|weiß nich] [frag mama|ich frag mama] [haha|]
@rel_r_welcome
[gern geschehen|gerne doch] [schatz|mein schatz|mausi] [hdl|drück dich]
[freut mich dass es dir gefällt|schön dass es dir gefällt] [hdl|❤️]
@tc_schedule
[training|das training] [ist|ist diese woche] am {day} um {time} [diese woche|ab jetzt]
[erinnerung|kurze erinnerung]: [die arbeit|die hausaufgabe|das referat] in {subject} [ist|ist fällig] am {day}
[die stunde|die nachhilfe|die einheit] [morgen|am {day}] [beginnt|ist] um {time} [bitte pünktlich|bis dann]
[das spiel|das match] am {day} [beginnt|ist] um {time}, [seid|kommt] [30 min|20 min] früher da
@tc_travel
[der bus|der vereinsbus] [fährt|fährt am] {day} um {time} [an der schule|am verein] ab, [nicht zu spät kommen|10 min vorher da sein]
[wer|falls jemand] ['ne mitfahrgelegenheit|'nen platz im auto] [zum spiel|zum turnier] braucht [bitte bis {day} melden|sagt mir bescheid]
[die eltern|eure eltern] [können|sollen] euch [um|gegen] {time} am {place} abholen
@tc_hw_q
[herr|frau|trainer] [ich versteh|ich check] [aufgabe|frage] {num} in {subject} nicht
[kann ich|darf ich] die {subject} hausaufgabe [später|am {day}] abgeben? [war krank]
[ist|schreiben wir] die {subject} arbeit am {day} [oder|] [nächste woche]?
@tc_hw_help
[schau dir|guck dir] [seite|beispiel] {num} [im buch|auf dem blatt] an, [ist|geht] genauso
[ja|ok] [kein problem|passt] [diesmal|schick's per mail] [bis|vor] {day}
[gute frage|ok] [das|wir] [besprechen|schauen] wir [am anfang der|in der nächsten] stunde
@tc_praise
[echt|wirklich] [stolz auf|zufrieden mit] deinem [einsatz|fleiß|fortschritt] [heute|diese woche|in {subject}] [weiter so|gut gemacht]
[super|starkes] [spiel|training|arbeit] [heute|am {day}] [deine pässe|dein aufsatz|deine konzentration] [waren|war] [viel besser|top]
[du hast|hast] dich [dieses halbjahr|seit september] [so|richtig] [verbessert|gesteigert] [glückwunsch|👏]
@tc_kit
[bringt|vergesst nicht] [eure trikots|fußballschuhe|schienbeinschoner|badesachen|'ne trinkflasche] [am|für] {day}
[die neuen trikots|das neue trikot] [sind|ist] da [sagt mir|welche] [eure größe|größe du brauchst]
[das geld|die {amount}€] für [den ausflug|die trikots|das turnier] [bitte bis|bis] {day} [mitbringen|abgeben]
@tc_venue
[planänderung|achtung]: [training|das spiel] [ist|findet] am {day} [beim|am] {place} [statt|] [nicht auf dem üblichen platz|]
[wir gehen|wir wechseln] [in die halle|zum {place}] wegen [dem regen|dem wetter|dem platz]
@tc_r_ok
[ok|okay|danke] [trainer|herr|frau|] [👍|]
[ok|ja] [bin da|bis {day}]
[ok|] [danke für die info|alles klar] [:)|]
@tc_r_thanks
[danke|vielen dank] [trainer|herr|frau] [:)|😊]
[danke|dnk] [hab|ich hab] [voll|echt viel] geübt [haha|]
@pe_secret
[ey|alter|digga] [ich muss dir|muss dir] [was erzählen|ein geheimnis erzählen] [sag's keinem|versprich dass du's keinem sagst]
[versprich|schwör] dass du's [keinem|{sib}|der gruppe] [sagst|erzählst] [haha|] [also]
[kannst du|kannste] ein geheimnis für dich behalten? [haha|]
@pe_crush
[ich glaub|glaub] ich [steh auf|mag] [jemanden|{sib}|'nen jungen aus {subject}|'n mädchen aus {subject}] [haha|😳|]
[{sib}|der junge|das mädchen] hat mich in {subject} [angeguckt|angelächelt] [haha|😭|]
[glaubst du|denkst du] [{sib}|er|sie] [mag mich|steht auf mich]? [haha|🙈]
@pe_app
[hast du|haste] {app}? [die ganze klasse|alle] [ist|sind] [jetzt|] da drauf [haha|]
[lad dir|hol dir] {app} [für flammen|dann machen wir 'ne gruppe|dann schreiben wir da] [haha|]
[die gruppe|der klassenchat] [ist jetzt|ist umgezogen] auf {app} [add mich|haha]
@pe_park
[treffen wir uns|gehen wir] [im|zum|am] {place} [nach der schule|am {day}|später]? [haha|]
[{sib} und ich|wir] gehen [um|gegen] {time} [zum|in den] {place} [kommst du mit]?
[treffpunkt|wir treffen uns] [bei den schaukeln|an der haltestelle|am tor] um {time} [ok]?
@pe_dontell
[sag|erzähl] deiner mama nicht dass wir [im|am] {place} waren [haha|😭|]
[sag|erzähl] [meinen eltern|deinen eltern] [nix|nichts] von [der party|dass ich weg war|der arbeit] [haha|bitte]
@pe_age
[wie alt ist|wie alt is] [dein bruder|deine schwester|dein cousin|{sib}] [nochmal|jetzt]? [haha|]
[warte|] [bist du|biste] [13|14|12] [oder|] [14|15] [haha|vergess ich immer]?
[wann hast du|wann haste] [nochmal|] geburtstag? [haha|]
@pe_compliment
[deine haare|dein outfit|deine nägel] [heute|] [sahen|sah] [mega|voll süß|krass gut] aus [haha|]
[du warst|warst] [mega|voll gut] [in|bei|beim] [{sport}|{hobby}|{subject}] [heute|haha|ehrlich]
@pe_r
[jaaa|echt|was|niemals|oh mein gott] [haha|😭|]
[ja|jo] [bin dabei|komm mit|hab bock] [haha|]
[haha|xD] [jo|wusste ich|safe]
[kann nicht|geht nicht] [meine mama|hab was vor] [haha|]
[kp|vllt] [frag ich|mal sehen] [haha|]
@pe_r_secret
[versprochen|ich schwör] [haha|🤐|] [erzähl]
[ok|uii] [was|was denn]?? [sag's keinem]
[logisch|klar] [sag ich nix|nicht] [haha|]
@fm_meet
[treffen wir uns|sehen wir uns] [um|gegen] {time} [am|im|beim] {place} [am|] {day}?
[steht|bleibt's bei] [das bier|der kaffee|das mittagessen] [am|] {day}? [ich kann um {time}]
[bin|ich bin] in [10|15|20] [minuten|min] [da|am {place}]
@fm_address
[meine|die] adresse ist {street}, {town} [:)|]
[ist|es ist] {street} [die blaue tür|über dem laden|das mit den fahrrädern davor]
[ich schick dir|schick dir] [die adresse|den standort] [gleich|später]
@fm_app
[schreib|adde] mich auf {app} [ist|is] einfacher [für die gruppe|mit den fotos]
[wollen wir|sollen wir] [den chat|das] auf {app} [verlegen|umziehen]? [die app hier|das hier] [spinnt|ist langsam]
[hab|ich hab] 'ne {app} gruppe [für alle|mit der truppe] [gemacht|erstellt]
@fm_alone
[kommst du|kommst du allein] [allein|alleine|mit {sib}]? [damit ich weiß wie viele wir sind]
[sind wir|wird's] nur [wir|wir zwei] oder [kommt|kommen] [{sib}|die anderen] [mit|auch]?
@fm_r
[perfekt|super|ok|passt] [bis dann|bis gleich] [:)|lg|]
[ja|jo] [bin da|ich bin da] [um {time}|]
[bin unterwegs|bin spät dran] [sorry|] [haha|]
[nur ich|nur ich diesmal] [haha|] [{sib} kann nicht]
[ok|jo] [geaddet|hab dich geaddet] [👍|]
@ad_compliment
[du sahst|du hast] [mega|umwerfend|super] [aus|ausgesehen] [gestern abend|auf der party|am {day}] [ehrlich|:)]
[ich mag|ich liebe] dein [lachen|lächeln|style] [ehrlich|echt] [😊|]
[du bist|bist] [so|echt] [lustig|angenehm] [:)|lg]
@ad_date
[essen|was trinken|spazieren] am {day}? [ich kenn|es gibt] ['nen|ein] [netten|schönes] [laden|ort] [beim {place}|in {town}]
[darf ich|kann ich] dich [wieder|am {day}] [zum essen|auf {food}] einladen? [:)|]
[gleicher ort|{place}] [wie letztes mal|wieder] um {time}? [lg|]
@ad_free
[hast du|bist du] [heute abend|am {day}|später] [zeit|frei]? [könnten {food} bestellen|film?]
[hab die wohnung für mich|bin heute abend allein] [lust|wollen wir] [auf 'nen film|'nen film schauen]? [haha|]
@ad_age
[sag mal|] wie alt bist du [eigentlich|wirklich]? [du siehst aus wie|du wirkst wie] [25|viel jünger] [haha|]
[wann hast du|wann haste] geburtstag? [ich will|ich muss] [was planen|mir das merken] [:)|]
@ad_secret
[sag|erzähl] [auf der arbeit|den anderen|{sib}] [noch nix|nichts von uns] [haha|] [will's selbst erzählen]
[lass uns|wir behalten] [das|es] [noch für uns|unter uns] [erstmal|bis wir sicher sind] [:)|]
@ad_r
[haha|oh] [hör auf|du bist süß|danke] [lg|😊|]
[ja|gerne] [würde mich freuen|klingt super|warum nicht] [:)|]
[heute kann ich nicht|heute nicht] [sorry|] [aber|] [{day}|morgen] [passt]?
[haha|ok] [abgemacht|versprochen] [lg|]
@ad_r_age
[{aage}|bin {aage}] [haha|danke|] [du charmeur]
[alt genug|{aage}] [haha|] [und du]?
[am {day}|am {num}. mai] [haha|] [mach kein drama]
@gm_squad
[brauchen|suchen] [noch einen|einen vierten|'nen duo partner] [für|in] {game} [bist du dabei|jemand]?
[bist du|biste] on [grad|heute abend]? wir machen [ranked|'nen raid|custom games] um {time}
[komm|join] [in die party|in meine gruppe] [ist noch|haben noch] [ein platz|'nen slot] frei [haha|]
@gm_age
[wie alt|wie alt bist] [bist du|du] [eigentlich|digga]? [klingst jung|deine stimme]
[warte|haha] [bist du|biste] [so|] [12|13|15] [oder so]?
[alter?|wie alt?] [haha|jk]
@gm_gift
[ich kann|kann] dir ['nen skin|den pass|{item}] [schenken|geben] [wenn du mich carriest|fürs event|haha]
[verschenke|wir verschenken] [skins|items|keys] [an die squad|an alle die joinen] [haha|]
[willst du|brauchst du] [mein|das] [doppeltes schwert|doppelten skin|doppeltes pet]? [hab zwei]
@gm_discord
[add|adde] mich auf discord [ist|bin] [{me}#{num}|{me}{num}|gleicher name] [haha|]
[komm|join] [auf den|in den] discord [server|voice] [ist einfacher|als der ingame chat]
[was ist|gib mir] dein [discord|psn|gamertag]? [ich add dich|ich lad dich ein]
@gm_gg
[gg|ggs|gg wp] [was für 'ne|krasse] [runde|partie|schwitzerei] [haha|😂|]
[du hast|hast] [uns|mich] [gecarried|getragen] [haha|digga|ngl]
[nochmal|revanche|noch eine]? [haha|]
@gm_r
[gg|haha|ok|jo|safe] [bin dabei|komm|schick inv|sek]
[ja|jo] [geaddet|geschickt] [haha|]
[kann nicht|heute nicht] [meine mama|hausaufgaben|wlan] [haha|😭]
[danke|dnk] [digga|bro] [gg]
[nee|nein] [passt schon|brauch ich nicht] [trotzdem danke|haha]
@gm_r_gift
[echt|wow] [danke|dnk] [digga|bro|ehrenmann] [🙏|]
[niemals|was] [danke|du bist der beste] [haha|]
[nee|nein] [passt|behalt's] [haha|]
@gm_r_age
[{age}|bin {age}] [haha|wieso]
[sag ich nicht|alt genug] [haha|😂]
[{aage}|bin {aage}] [haha|] [zock mit meinem sohn]
@sl_sign
[warnzeichen|alarmzeichen] [sind|auf die man achten sollte]: [viele komplimente|geschenke|um geheimnisse bitten|app wechseln wollen] [ganz früh|schnell]
[die|täter] fragen [oft|häufig] [wo man wohnt|wer zuhause ist|auf welche schule man geht] [ganz nebenbei|im smalltalk]
[vorsicht bei|achtet auf] [jemandem|erwachsenen] der [euer kind|die kinder] [für sich allein|isoliert] haben will [online|]
[ein zeichen|noch ein zeichen] ist [ein neues|ein geheimes] [handy|konto|app] [das ihr nicht kennt|von dem ihr nichts wusstet]
@sl_quote
[die sagen|die können] [sachen wie|zum beispiel] ["sag deinen eltern nichts"|"du bist so reif für dein alter"|"das ist unser geheimnis"] [das ist ein warnsignal|achtung]
[der polizist|die referentin|die schule] [hat erklärt|meinte] die sagen [oft|manchmal] ["keiner versteht dich wie ich"|"lösch unsere nachrichten"|"adde mich auf 'ner anderen app"]
[wenn|falls] [jemand|ein erwachsener] ["bist du allein zuhause"|"wann kommt deine mama heim"] [schreibt|fragt] [sag's|erzähl das] [einem erwachsenen|uns|deinem lehrer]
[beispiel|echtes beispiel]: ["ich kauf dir 'ne gutscheinkarte"|"lass uns treffen, sag's keinem"|"mach 'nen zweitaccount für uns"] [ist|das ist] [ein warnsignal|grooming]
@sl_advice
[sprich|rede] mit [einem erwachsenen dem du vertraust|uns|deinem lehrer] wenn [dir jemand|jemand dir] ein [komisches|ungutes] gefühl gibt
[stellt|stell] die konten auf privat und [nehmt|nimm] nur leute an [die ihr|die du] [wirklich kennt|kennst] [im echten leben|]
[trefft|triff] [niemanden|keinen] [aus dem internet|den du nur online kennst] [ohne dass|wenn nicht] ein erwachsener [bescheid weiß|mitkommt]
[mach screenshots|speicher] [von allem was dich beunruhigt|komische nachrichten] und [blockier|melde] [den account|die person]
@sl_ask
[und was|was] [machen wir|mach ich] wenn [jemand|ein erwachsener] [die app wechseln|sich treffen|ein geheimnis] will?
[wie|und wie] [merkt man|erkenn ich] ob [das|jemand] [ein freund|ehrlich] ist oder [nicht|grooming]?
[ist das|ist es] [schlimm|ein warnzeichen] wenn [die|jemand] [was schenken|skins schenkt] [in 'nem spiel|]?
@sl_answer
[sag's|erzähl's] [einem erwachsenen|uns] [sofort|direkt] [und|dann] [blockieren|melden]
[was zählt|wichtig] ist [das muster|die kombination] [geheimnisse|geschenke|app wechseln|fragen nach zuhause]
[gute frage|ja]: [geschenke|skins|guthaben] von [fremden|erwachsenen] [in spielen|online] [können|sind] ein warnsignal [sein|]
@sl_r
[danke|vielen dank] [fürs teilen|sehr hilfreich|dafür] [:)|👍|]
[gruselig|beängstigend] [aber|] [gut zu wissen|hilfreich] [danke|]
[ok|gut] [ich red|ich werd] [mit {sib}|mit meinen|mit den kindern] [heute abend|später] [drüber reden|]
[wusste ich nicht|hatte keine ahnung] [dass die das machen|davon] [ehrlich|]
@ocs_a
[hallo|guten tag] meine [bestellung|sendung] [nr. {num}{num}{num}|nummer {num}{num}{num}{num}] [ist nicht angekommen|kam nie an|ist kaputt angekommen]
[kann ich|könnte ich] die lieferadresse [auf|zu] {street} ändern?
[mir wurde|ich wurde] zweimal [abgebucht|belastet] [für die bestellung|fürs abo] [am {day}|]
[können sie|könnten sie] mich [anrufen|mir] [eine erstattung|ersatz] [schicken|] [bitte|schnellstmöglich]?
@ocs_b
[entschuldigung|tut uns leid] [für die umstände|]! [können sie|könnten sie] [ihre postleitzahl|ihre e-mail|die bestellnummer] [bestätigen|schicken]?
[ich hab's|ich habe es] [geändert|aktualisiert] [noch etwas|kann ich sonst noch helfen]?
[die erstattung|ihre erstattung] [wurde|ist] [veranlasst|bearbeitet] [das dauert|dauert] [3-5|5-7] werktage
[danke|vielen dank] für [ihre geduld|das warten] [:)|]
@obk_a
[hallo|hi] [ist|gibt's] [das fahrrad|den roller|den schreibtisch] noch?
[würden sie|würdest du] {price}€ nehmen? [bar|kann heute abholen]
[kann ich|könnte ich] [am|] {day} [um|nach] {time} [vorbeikommen|zum anschauen kommen]?
[wo|wie ist die adresse] [zum abholen|]?
@obk_b
[ja|jo] [noch da|ist noch verfügbar] [:)|]
[für|ich kann] {price}€ [bei abholung|nur bar] [machen|geht klar] [:)|]
[ok|ja] {day} [um|nach] {time} [passt|geht] [ich wohn|adresse ist] {street}
[ist|es ist] [gut in schuss|fast neu|top] [muss nur|] [geputzt werden|neue reifen]
@ogp_a
[wer|wer kümmert sich um] [bringt|] [getränke|snacks|essen|den kuchen] [für|am] {day}?
[der zug|der bus] fährt um {time} [ab|vom] {place} [seid pünktlich|treffen vorne]
[ich reserviere|reservier] ['nen tisch|den raum|karten] für [{num}|8|10] [um|] {time}
[könnt ihr|kann jeder] mir {amount}€ [schicken|überweisen] [bis|vor] {day}?
@ogp_b
[ich bring|bring] [{food}|getränke|teller] [mit|] [:)|👍]
[geschickt|überwiesen] [👍|danke|]
[komm|bin] [bisschen|5 min] später [sorry|haltet mir 'nen platz frei]
[bin dabei|ich komm|zähl auf mich] [:)|👍|]
@onb_a
[hallo|hi] hier ist [ihre nachbarin|ihr nachbar|{me}] von [nr. {num}|nebenan|gegenüber] [:)|]
[sind sie|bist du] [grad|heute] zuhause? ich hab ein paket für [sie|dich]
[könnten sie|könntest du] [auf|nach] [das haus|die pflanzen|die katze] [aufpassen|schauen] [während wir weg sind|am {day}]?
[ihre mülltonnen|das autolicht|das tor] [stehen noch draußen|ist noch an|ist offen] [nur zur info|falls sie's nicht wissen]
@onb_b
[danke|vielen dank] [ich komm rüber|ich hol's ab|komm gleich] [später|um {time}]
[klar|kein problem] [leg|werf] den schlüssel [in den briefkasten|bei uns ein]
[oh|ah] [danke|danke für den hinweis] [kümmer mich drum|:)]
@bye_a
[so|okay|ok] [ich muss los|bin weg|ich mach schluss] [bis dann|schönen abend|man hört sich] [lg|]
[danke|vielen dank] [nochmal|für alles|] [schönen abend|bis bald|tschüss]
[muss weiter|muss los] [jetzt|] [bis später|bis bald|gute nacht] [:)|]
@fp_r_app
[aber|aberrr] [alle|die ganze klasse] [haben|hat] das [doch|haha]
[ok|na gut] [ich lösch sie|lösch ich] [😩|🙄|] [ist aber nicht schlimm]
[das sind|sind] [nur|doch nur] [leute aus der schule|meine freunde] [haha|eh]
[ok|okay] [hab ihn|hab den] [schon|] blockiert
@fp_route
[welchen bus|mit welchem bus] [nimmst du|fährst du] [heute|nach dem {sport}] heim? [schreib mir wenn du drin sitzt|sag bescheid]
[ist|ist schon] [{sib}|dein bruder|deine schwester] [bei dir|zuhause]? [ich|] [steck noch auf der arbeit|bin unterwegs] bis {time}
[ist|ist schon] [jemand|wer] [bei dir|daheim]? [ruf mich an|meld dich] [wenn was ist|wenn du da bist] [schatz|hdl]
[wann|um wie viel uhr] [kommt|bringt dich] [dein bus|{bus}] [heute|am {day}] [an|heim]? [ich wart|ich hol dich] an der haltestelle
@rel_when
[wann|um wie viel uhr] [kommt|ist] [deine mama|mama] [heute|am {day}] [von der arbeit|] [heim|zurück]? [dann bring ich|ich bring dann] [das geschenk|den kuchen|deine karte] [vorbei|rum]
[ist|ist am] {day} [nachmittag|nach der schule] [jemand|wer] [zuhause|da]? [ich hab|hab] ein [paket|geschenk] [für dich|zum vorbeibringen]
[wer|wer holt] [holt dich|dich] [von der schule|vom {sport}] am {day} [ab|]? [ich kann|opa kann] [das machen|] [wenn mama arbeitet|]
@tc_bus
[welchen bus|mit welchem bus] [nimmst du|fährst du] nach [dem training|dem spiel] heim? [es wird|wird] [früh|schon um {time}] dunkel
[wer|wer holt] [holt dich|dich] [heute abend|nach dem spiel] ab? [ich warte|ich bleib] mit dir bis [er|sie|jemand] da ist
[sorgt|sorg] dafür dass ein erwachsener weiß [wie ihr heimkommt|wo du bist] nach [dem spiel|dem training] [bitte|]
@pe_home
[ist|is] deine mama [grad|jetzt] [zuhause|daheim]? [kann ich|können wir] [vorbeikommen|rüberkommen] [haha|]
[wann|um wie viel uhr] kommt deine mama [heim|zurück]? [dann können wir|wir können] [bis dahin|solange] [zocken|spielen] [haha|]
[meine mama|mama] [ist|is] bis {time} [arbeiten|weg] [komm rum|komm vorbei] [wenn du willst|wir gucken {show}] [haha|]
@pe_delete
[lösch|lösch mal] den [chat|gruppenchat] [bevor|falls] deine mama [ihn sieht|reinschaut] [haha|] [ist wegen ihrer überraschung]
[mach dir|erstell dir] ['nen zweitaccount|'nen meme acc|'nen fake acc] [haha|] [hat doch jeder]
[lösch|nimm] das [video|vid] von mir [runter|] [bitte|haha] [so peinlich|😭]
@ad_exclusive
keiner versteht mich so wie du [ehrlich|lg|:)]
[ich hab das gefühl|echt] ich kann dir alles erzählen [lg|]
[mit dir reden|unsere chats] [ist|sind] das beste an meinem [tag|woche] [:)|]
@gm_late
[kannst du|darfst du] [bis|noch bis] {time} [on bleiben|wach bleiben] [heute|]? [das turnier|der raid] [fängt spät an|geht lang] [haha|]
[wer|wer ist] [ist|] nach {time} [noch on|online]? [brauchen|wir brauchen] ['ne volle squad|noch einen] in {game}
"""


BANKS: dict[str, dict[str, list[str]]] = {
    "en": parse_bank(EN + EN_BENIGN),
    "es": parse_bank(ES + ES_BENIGN),
    "fr": parse_bank(FR + FR_BENIGN),
    "de": parse_bank(DE + DE_BENIGN),
}

if __name__ == "__main__":
    sys.exit(main())
