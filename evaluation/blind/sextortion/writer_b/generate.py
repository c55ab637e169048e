#!/usr/bin/env python3
"""Synthetic chat conversations for blind evaluation of a financial-sextortion detector (writer_b).

Written from evaluation/specs/sextortion.md alone. Standard library only, deterministic from --seed.

    python generate.py --seed 1 --n 600 --out chats.jsonl --truth truth.jsonl

Content is synthetic and non-explicit: the leverage is only ever "the pic", "what you sent", "the video
call"; threats and demands are in plain words; despair is said the way a teenager would say it, no detail.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

# --------------------------------------------------------------------------------------------------
# Kinds and shares (of the whole corpus). Sextortion 30%: fast 11.4% (38% of it), quiet 7.2% (24%),
# slow 4.2%, hacked 3.6%, repeat 3.6%. Benign 70%, every lookalike at least 7%.
# --------------------------------------------------------------------------------------------------
KIND_SHARES: list[tuple[str, float]] = [
    ("sextortion_fast", 0.114),
    ("sextortion_quiet", 0.072),
    ("sextortion_slow", 0.042),
    ("sextortion_hacked", 0.036),
    ("sextortion_repeat", 0.036),
    ("money_owed", 0.11),
    ("gift_card_trading", 0.09),
    ("crypto_talk", 0.08),
    ("banter", 0.09),
    ("bullying", 0.09),
    ("safety_lesson", 0.07),
    ("news_story", 0.07),
    ("ordinary", 0.10),
]
SEXTORTION_KINDS = {k for k, _ in KIND_SHARES if k.startswith("sextortion")}
# Kinds that can be written in Spanish, French or German, and the chance that they are.
FOREIGN_KINDS = {"sextortion_fast", "sextortion_hacked", "money_owed", "banter", "bullying", "ordinary"}
FOREIGN_SHARE = 0.3


def allocate_kinds(rng: random.Random, n: int) -> list[str]:
    """Exact shares by largest remainder, then shuffled: small corpora keep every kind."""
    raw = [(k, s * n) for k, s in KIND_SHARES]
    counts = {k: int(x) for k, x in raw}
    rest = n - sum(counts.values())
    for k, x in sorted(raw, key=lambda kx: kx[1] - int(kx[1]), reverse=True)[:rest]:
        counts[k] += 1
    kinds = [k for k, c in counts.items() for _ in range(c)]
    rng.shuffle(kinds)
    return kinds


# --------------------------------------------------------------------------------------------------
# Registers: British, American and Australian teen talk; Spanish, French and German.
# --------------------------------------------------------------------------------------------------
REGISTERS: dict[str, dict[str, list[str]]] = {
    "gb": {
        "mum": ["mum"], "dad": ["dad"], "mate": ["mate", "bro", "bruv", "m8"], "sym": ["£"],
        "money": ["quid", "pounds"], "skint": ["skint", "broke"], "yr": ["year 10", "year 11", "year 9", "sixth form"],
        "food": ["maccies", "nandos", "greggs"], "app": ["paypal", "monzo", "revolut"], "later": ["later", "after school", "tonight"],
        "school": ["Oakfield Academy", "St Mary's", "Kingsway High", "Northgate School", "Riverside Academy"],
        "sport": ["football", "rugby", "netball", "cricket"], "team": ["the football team", "the rugby lads", "your netball team"],
        "filler": ["innit", "ngl", "proper", "fr", "tbh"], "tz": ["+00:00", "+01:00"],
        "city": ["Leeds", "Bristol", "Manchester", "Cardiff", "Glasgow", "Norwich"], "country": ["GB"],
    },
    "us": {
        "mum": ["mom"], "dad": ["dad"], "mate": ["bro", "dude", "man"], "sym": ["$"],
        "money": ["bucks", "dollars"], "skint": ["broke"], "yr": ["10th grade", "sophomore year", "junior year", "9th grade"],
        "food": ["chipotle", "taco bell", "mcdonalds"], "app": ["cash app", "venmo", "zelle", "paypal"], "later": ["after school", "tonight", "later"],
        "school": ["Lincoln High", "Westview High", "Jefferson High", "Roosevelt Middle", "Lakeside High"],
        "sport": ["football", "basketball", "soccer", "baseball", "track"], "team": ["the team", "your basketball team", "the soccer guys"],
        "filler": ["fr", "ngl", "lowkey", "deadass", "tbh"], "tz": ["-05:00", "-04:00", "-08:00", "-07:00", "-06:00"],
        "city": ["Columbus", "Phoenix", "Tampa", "Denver", "Sacramento", "Dallas"], "country": ["US"],
    },
    "au": {
        "mum": ["mum"], "dad": ["dad"], "mate": ["mate", "bro", "cuz"], "sym": ["$"],
        "money": ["bucks", "dollars"], "skint": ["broke", "skint"], "yr": ["year 10", "year 9", "year 11"],
        "food": ["maccas", "hungry jacks", "the servo"], "app": ["payid", "paypal", "beem"], "later": ["this arvo", "tonight", "after school"],
        "school": ["Bayside College", "Westfield High", "St Patrick's", "Mount Evelyn Secondary", "Harbour High"],
        "sport": ["footy", "netball", "cricket", "soccer"], "team": ["the footy team", "your netball team", "the cricket boys"],
        "filler": ["heaps", "reckon", "ngl", "fr", "lowkey"], "tz": ["+10:00", "+11:00", "+08:00", "+09:30"],
        "city": ["Brisbane", "Perth", "Geelong", "Newcastle", "Adelaide", "Hobart"], "country": ["AU"],
    },
}  # fmt: skip
FOREIGN_REG: dict[str, dict[str, list[str]]] = {
    "es": {"mum": ["mamá"], "dad": ["papá"], "mate": ["tío", "bro", "tía"], "sym": ["€"], "money": ["euros", "pavos"],
           "school": ["el instituto", "el IES Cervantes", "el cole"], "team": ["el equipo", "los del fútbol"],
           "app": ["bizum", "paypal"], "tz": ["+01:00", "+02:00"], "city": ["Sevilla", "Valencia", "Zaragoza", "Madrid"], "country": ["ES"]},
    "fr": {"mum": ["maman", "ta mère"], "dad": ["papa"], "mate": ["frère", "mec", "wesh"], "sym": ["€"], "money": ["euros", "balles"],
           "school": ["le lycée", "le collège Jean Moulin", "le bahut"], "team": ["l'équipe", "ton club de foot"],
           "app": ["paypal", "lydia", "paylib"], "tz": ["+01:00", "+02:00"], "city": ["Lyon", "Lille", "Nantes", "Toulouse"], "country": ["FR"]},
    "de": {"mum": ["mama"], "dad": ["papa"], "mate": ["digga", "bro", "alter"], "sym": ["€"], "money": ["euro", "ocken"],
           "school": ["die schule", "das gymnasium", "die realschule"], "team": ["die mannschaft", "dein verein"],
           "app": ["paypal", "überweisung"], "tz": ["+01:00", "+02:00"], "city": ["Köln", "Hamburg", "Leipzig", "Dortmund"], "country": ["DE"]},
}  # fmt: skip

FIRST = ["jay", "mila", "tom", "ellie", "kai", "noah", "liam", "ava", "zoe", "ben", "sam", "leo", "ruby", "finn",
         "josh", "maya", "ethan", "isla", "alex", "max", "jack", "chloe", "omar", "priya", "lucas", "dani", "tyler",
         "jordan", "harvey", "mason", "riley", "aiden", "callum", "jess", "amir", "nico", "oscar", "theo", "luca"]  # fmt: skip
FOREIGN_FIRST = {"es": ["pablo", "lucia", "hugo", "marta", "alejandro", "sofia", "dani", "irene"],
                 "fr": ["lucas", "ines", "hugo", "lea", "nathan", "chloe", "enzo", "manon"],
                 "de": ["lukas", "lea", "finn", "mia", "jonas", "emma", "leon", "hannah"]}  # fmt: skip
FAKE_GIRLS = ["jess", "emily", "sophie", "ella", "hannah", "lily", "amber", "kayla", "bella", "maddie"]
FAKE_BOYS = ["jake", "ryan", "connor", "josh", "kyle", "dylan"]
GIFT = ["steam", "amazon", "apple", "google play", "xbox", "psn"]
GAMES = ["fortnite", "cod", "fifa", "valorant", "minecraft", "roblox", "apex", "rocket league"]
APPS2 = ["snap", "snapchat", "telegram", "whatsapp", "insta", "discord", "wickr"]
OFFENDER_COUNTRIES = ["NG", "CI", "PH", "GH", "SN", "KE", "US", "GB"]
EMOJI_TENSE = ["😭", "🙏", "😢", "😨", "😡", "⏰", "👀"]
EMOJI = ["😂", "💀", "😭", "🙏", "😅", "👀", "🤣", "😬", "😳", "🙄", "👍", "❤️", "😊", "🥲", "😤", "🔥"]


# --------------------------------------------------------------------------------------------------
# Conversation builder
# --------------------------------------------------------------------------------------------------
@dataclass
class Chat:
    rng: random.Random
    lang: str
    reg: str
    start: datetime
    messages: list[dict] = field(default_factory=list)
    marks: dict[str, int] = field(default_factory=dict)
    offsets: dict[str, timezone] = field(default_factory=dict)
    styles: dict[str, float] = field(default_factory=dict)
    now: datetime | None = None
    v: dict[str, str] = field(default_factory=dict)
    decks: dict[int, tuple[list, list]] = field(default_factory=dict)

    def say(
        self,
        who: str,
        text: str,
        gap: tuple[float, float] = (8, 90),
        mark: str | None = None,
        raw: bool = False,
    ) -> int:
        """Add one message; gap is seconds since the previous one (log-uniform in the range)."""
        lo, hi = gap
        if hi <= lo:
            secs = lo
        elif lo <= 0:
            secs = self.rng.uniform(0, hi)
        else:
            secs = lo * (hi / lo) ** self.rng.random()
        self.now = self.start if self.now is None else self.now + timedelta(seconds=max(2, int(secs)))
        tz = self.offsets.get(who, UTC)
        body = fill(text, self.v, self.rng)
        tense = "onset" in self.marks or mark is not None  # once the threat is out, no playful tags or emoji
        if (
            self.lang == "en"
            and not raw
            and not tense
            and self.styles.get(who, 0.5) >= 0.5
            and self.rng.random() < 0.08
        ):
            body = body + " " + self.rng.choice(SUFFIX[self.reg])
        if not raw:
            body = roughen(
                body, self.rng, self.styles.get(who, 0.5), self.lang, EMOJI_TENSE if tense else EMOJI
            )
        self.messages.append(
            {"author": who, "text": body, "time": self.now.astimezone(tz).isoformat(timespec="seconds")}
        )
        idx = len(self.messages) - 1
        if mark and mark not in self.marks:
            self.marks[mark] = idx
        return idx

    def next_day(self, hour_lo: int = 7, hour_hi: int = 22, days: int = 1) -> tuple[float, float]:
        """A gap that lands on a later day at a plausible local hour."""
        assert self.now is not None
        tz = self.offsets["_local"]
        local = self.now.astimezone(tz)
        target = (local + timedelta(days=days)).replace(
            hour=self.rng.randrange(hour_lo, hour_hi), minute=self.rng.randrange(60)
        )
        secs = max(3600.0, (target - local).total_seconds())
        return (secs, secs)

    def pick(self, options: list[str]) -> str:
        """Draw without repeats from a phrase bank until it is used up (then reshuffle)."""
        key = id(options)
        held = self.decks.get(key)
        if held is None or held[0] is not options:
            held = (options, [])
            self.decks[key] = held  # holding the list keeps its id from being reused
        deck = held[1]
        if not deck:
            deck.extend(options)
            self.rng.shuffle(deck)
        return deck.pop()


class _Slots(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, v: dict[str, str], rng: random.Random) -> str:
    """Fill {slots}; options written "a|b|c" inside [[ ]] pick one at random."""
    while "[[" in text:
        a = text.index("[[")
        b = text.index("]]", a)
        text = text[:a] + rng.choice(text[a + 2 : b].split("|")) + text[b + 2 :]
    out = text.format_map(_Slots(v))
    return out


def roughen(text: str, rng: random.Random, casual: float, lang: str, emoji: list[str] = EMOJI) -> str:
    """Chat style: lowercase, dropped apostrophes and full stops, 'u'/'ur', the odd typo and emoji."""
    if rng.random() < casual * 0.8:
        text = text.lower()
    if rng.random() < casual * 0.6:
        text = text.replace("'", "").replace("’", "")
    if lang == "en" and rng.random() < casual * 0.7:
        words = text.split(" ")
        swap = {"you": "u", "your": "ur", "you're": "ur", "are": "r", "please": "pls", "because": "cos",
                "okay": "ok", "tomorrow": "tmrw", "though": "tho", "really": "rly", "what": "wat"}  # fmt: skip
        words = [swap.get(w, w) if rng.random() < 0.6 else w for w in words]
        text = " ".join(words)
    if rng.random() < casual * 0.12 and len(text) > 6:
        i = rng.randrange(1, len(text) - 2)
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if rng.random() < casual * 0.5:
        text = text.rstrip(".")
    if rng.random() < casual * 0.15:
        text = text + " " + rng.choice(emoji)
    return text.strip() or "ok"


def local_offset(code: str) -> timezone:
    sign = -1 if code[0] == "-" else 1
    h, m = code[1:].split(":")
    return timezone(sign * timedelta(hours=int(h), minutes=int(m)))


def handle(rng: random.Random, first: str) -> str:
    pattern = rng.randrange(7)
    if pattern == 0:
        return f"{first}_{rng.choice('abcdefghjklmnprstw')}"
    if pattern == 1:
        return f"{first}.{rng.choice(['x', 'xo', 'jpg', 'exe', 'irl'])}"
    if pattern == 2:
        return f"{first}{rng.randrange(1, 99):02d}"
    if pattern == 3:
        return f"{first}_{rng.choice(['official', 'vibes', 'szn', 'fr', 'rly'])}"
    if pattern == 4:
        return f"{rng.choice(['its', 'just', 'not', 'the'])}{first}"
    if pattern == 5:
        return f"{first}.{rng.choice(['m', 'h', 'k', 'w', 'r'])}{rng.randrange(0, 10)}"
    return f"x{first}x" if rng.random() < 0.3 else f"{first}__{rng.randrange(2005, 2012)}"


class Cast:
    """Participants with unique handles, optional declared_age (about 40%) and meta (about a third)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, dict] = {}

    def add(
        self,
        first: str,
        true_age: int | None,
        shown_age: int | None = None,
        meta: dict | None = None,
        age_p: float = 0.4,
        meta_p: float = 0.33,
        name: str | None = None,
    ) -> str:
        name = name or handle(self.rng, first)
        while name in self.people:
            name = name + str(self.rng.randrange(10))
        info: dict = {}
        if self.rng.random() < age_p and (shown_age or true_age):
            info["declared_age"] = shown_age if shown_age is not None else true_age
        if meta is not None and self.rng.random() < meta_p:
            info["meta"] = meta
        self.people[name] = info
        return name


def local_meta(rng: random.Random, country: str, friend: bool = True) -> dict:
    if friend:
        return {
            "account_age_days": rng.randrange(200, 2400),
            "country": country,
            "mutuals": rng.randrange(12, 260),
        }
    return {"account_age_days": rng.randrange(20, 1500), "country": country, "mutuals": rng.randrange(0, 15)}


def scam_meta(rng: random.Random, hacked: bool, local: str) -> dict:
    if hacked:  # a friend's real account, taken over: old, many mutuals, local
        return {
            "account_age_days": rng.randrange(300, 2200),
            "country": local,
            "mutuals": rng.randrange(40, 300),
        }
    country = rng.choice(OFFENDER_COUNTRIES) if rng.random() < 0.75 else local
    return {"account_age_days": rng.randrange(1, 45), "country": country, "mutuals": rng.randrange(0, 6)}


# --------------------------------------------------------------------------------------------------
# English phrase banks. {slots} come from Chat.v; [[a|b]] picks one.
# --------------------------------------------------------------------------------------------------
OPENERS = {
    "peer_school": ["hey do u go to {school}?", "hiii i think i saw u at the {sport} match on saturday?",
                    "heyy ur friends with {friend} right", "hey saw u on {friend}'s story lol", "hi sorry random but u go to {school} yeah"],
    "girl_abroad": ["hi :) sorry random, im new here", "heyy u seem cool", "hi, i just moved to {city}, i dont know anyone lol",
                    "hey! found u through {friend}, hope thats ok", "hii im {fake} 🙂 are u from {city}"],
    "boy_abroad": ["yo whats good", "hey, u play {game}?", "sup, {friend} said u were cool", "hey i just moved here from abroad, new to {city}"],
    "agent": ["Hi! I scout for a sportswear brand and you have a great look. Ever thought about modelling?",
              "Hello, we are looking for new faces for a paid campaign in {city}. Are you interested?",
              "Hi there, I run a small talent page. Your profile caught my eye, can I ask you a few questions?"],
    "hacked": ["yo u up", "hey can i ask u something", "{mate} u there", "heyy", "u awake?"],
    "gamer": ["gg that last round 😂", "ur actually cracked at {game} ngl", "yo add me back, we should duo", "u need a teammate for {game}?"],
}  # fmt: skip
TARGET_OPEN = ["who is this", "hey", "yeah?", "lol hi", "do i know u", "yeah who's this", "hi", "oh hey", "um hi", "yeah why",
               "thanks i guess", "haha what", "ya"]  # fmt: skip
OFF_SMALL = ["how old r u", "what year are u in", "u seem cool", "you're cute lol", "wyd", "haha same", "im {fake_age} btw",
             "u play any sports?", "what music u into", "do u have a gf/bf lol", "ur funny", "im so bored rn", "nice",
             "that's cool", "what school again", "lol ok", "ur proper chill", "i like ur page"]  # fmt: skip
QA = [
    ("how old r u", ["{age}", "{age} wbu", "im {age}", "{age} lol why"]), ("what year are u in", ["{yr}", "{yr} ugh", "{yr} hbu"]),
    ("wyd", ["nm just chilling", "homework ugh", "playing {game}", "nothing rly", "bored"]),
    ("u play any sports?", ["{sport}", "{sport} mostly", "not really", "used to play {sport}"]),
    ("you're cute lol", ["lol thanks", "haha", "😳 thanks", "lol stop"]), ("u seem cool", ["thanks u too", "lol ty", "haha u too"]),
    ("what music u into", ["bit of everything", "rap mostly", "idk whatever's on"]), ("where u from", ["{city}", "near {city}", "{city} hbu"]),
    ("im {fake_age} btw", ["oh same", "cool", "ok"]), ("ur funny", ["lol", "haha thanks", "i try"]),
    ("u got a gf/bf lol", ["no lol", "nah", "why lol"]), ("what school again", ["{school}", "{school}, u?"]),
]  # fmt: skip
SUFFIX = {
    "gb": ["innit", "mate", "ngl", "tbh", "fr"],
    "us": ["fr", "ngl", "bro", "deadass", "lol"],
    "au": ["mate", "ngl", "hey", "aye", "lol"],
}
TGT_SMALL = ["{age}", "{yr}", "nm just chilling", "bored", "homework ugh", "playing {game}", "lol thanks", "haha",
             "{sport} mostly", "not really", "ye", "ok", "watching stuff", "idk", "lol", "same tbh", "wbu",
             "yeah its alright", "cant sleep"]  # fmt: skip
MOVE_APP = ["this app is glitchy, add me on {app2}", "u got {app2}? i barely check this", "talk on {app2}? easier",
            "add me on {app2} its {fake}{n2}", "my messages here are buggy, {app2}?"]  # fmt: skip
TGT_MOVE = ["ok added", "sure", "added u", "ok its {me}", "kk", "ok 1 sec", "done"]
PIC_ASK = [
    "send me a pic",
    "ur turn",
    "send one back?",
    "ur turn lol",
    "can i see u? send a pic",
    "sent u one, now u",
]
TGT_PIC = ["ok", "idk...", "fine", "sent", "ok 1 sec", "haha ok", "done", "there"]
OFF_PIC_ACK = ["nice", "lol", "wait", "ok", "cool"]
# Stock-phrase sextortion (fast, slow, repeat)
ONSET_STOCK = [
    "I have screenshots of your pics and all your followers", "look what i saved 👀 every single one",
    "I recorded the video call. Now listen to me carefully", "i have saved what you sent and a list of all your friends and family",
    "u just made a big mistake. i have ur pics now", "Hahaha you really fell for it. I have everything you sent",
]  # fmt: skip
THREAT_STOCK = [
    "I will send it to all your followers, {friend}, {friend2} and your {mum}",
    "im going to post it and tag everyone from {school}", "I will ruin your life",
    "your {mum}, your {dad}, {team}, everyone gets it", "i'll make you famous at {school} tomorrow morning",
    "I have your followers list. {friend}, {friend2}, your {mum} {mumname}. All of them will see it",
    "I will make a group with all your family and send it there", "You will regret this for the rest of your life",
    "i can send it to ur school with one click",
]  # fmt: skip
DEMAND_STOCK = {
    "gift_card": ["pay {amt} in {gift} gift cards and send me the codes by {deadline}",
                  "buy {amt} {gift} card now. send the code. you have {mins} minutes",
                  "{amt} in {gift} cards or i send it. {deadline}"],
    "payment_app": ["send {sym}{amt} on {app} in the next {mins} minutes",
                    "pay {sym}{amt} to my {app} now and i delete everything", "{sym}{amt} on {app} by {deadline} or its over"],
    "crypto": ["send {amt} {money} in bitcoin to this wallet, {deadline}", "pay {sym}{amt} in usdt, i'll give u the address. {mins} minutes"],
    "bank_transfer": ["transfer {sym}{amt} to this account by {deadline}", "bank transfer {sym}{amt}, details coming. you have {mins} minutes"],
}  # fmt: skip
PRESSURE_STOCK = ["time is running out", "{mins2} minutes left", "im not joking", "i'll start with your {mum}",
                  "do you want me to send it to {friend}?", "hurry up", "I'm waiting", "Don't test me",
                  "i see you online", "tick tock", "you think i'm playing?", "answer me", "last chance",
                  "i already have the group ready",
    "look at this news article about the last one who didnt pay. u want to be next?",
    "i already made the post, one click and it goes up", "its your life not mine"]  # fmt: skip
OFF_REACT_LOWER = ["how much do you have then", "ok {low} now and the rest tomorrow", "then ask your {mum} for it",
                   "borrow it from someone", "send what u have now"]  # fmt: skip
OFF_REACT_REPORT = ["go ahead, police cant do anything, im not even in your country", "report me and i send it first",
                    "you think they care? pay and its over", "ok then i send it now"]  # fmt: skip
OFF_DONE = ["ok", "good. i deleted it", "smart", "ok we're done", "received"]
# Quiet sextortion: same functions without the stock phrases
ONSET_QUIET = [
    "so i kept what u sent btw", "funny, i still have that pic", "would be a shame if your {mum}'s facebook saw this",
    "your coach follows you right?", "how many people from {school} follow u again? like 400?",
    "i think {team} would find it interesting", "u know what i've got so let's keep this simple",
    "saved that one. just so you know", "your {mum}'s profile is public btw", "{friend} is online right now, small world",
]  # fmt: skip
THREAT_QUIET = [
    "i'd hate for it to end up somewhere awkward", "people talk, u know how it is", "it's up to u how this goes",
    "i'm not in a rush but they might be", "just saying, ur {mum} seems nice", "ur call",
    "no one needs to see anything", "would be easy to share, but i don't want to",
]  # fmt: skip
DEMAND_QUIET = {
    "gift_card": ["grab me some {gift} cards, a couple of {half}s", "couple of {gift} codes and we forget all this",
                  "pick up a {gift} card on ur way home, {amt} should do it"],
    "payment_app": ["sort me out with {amt} and we're good", "{amt} on {app} and it's like it never happened",
                    "bit of help with {amt} and i forget all about it", "u can fix this easy, {amt} on {app}"],
    "crypto": ["u could send a bit of btc, {amt} worth, then we're square"],
    "bank_transfer": ["chuck {amt} in this account and we move on"],
    "other": ["top up my phone {amt} and we're done", "buy me the new {game} skins bundle, {amt}, and we're fine"],
}  # fmt: skip
DEADLINE_QUIET = ["before u go to bed would be smart", "tonight ideally", "sooner is better for u", "before school tomorrow",
                  "i'll check back in an hour"]  # fmt: skip
PRESSURE_QUIET = ["still there?", "no rush", "i'm patient", "ur {mum} just posted, cute", "{friend} just followed me back lol",
                  "think about it", "so?", "u ok?", "we can keep this between us", "just want this sorted"]  # fmt: skip
HACK_CLAIM = [
    "I hacked your phone. I have your gallery and your contacts", "i got into ur snap, i have all ur memories and ur friends list",
    "I have a picture of you, edited with AI. It looks real and everyone will believe it",
    "i have access to your icloud. every photo", "I made a fake video of you, your friends wont know its fake",
    "ur account password was easy lol. i have everything on it",
]  # fmt: skip
HACK_TGT = [
    "what",
    "ur lying",
    "how did u get my number",
    "thats not real",
    "what do u mean",
    "who is this",
    "??",
]
# Target responses
PANIC = ["please dont", "omg please im begging u", "please delete it", "why are u doing this", "pls pls pls",
         "im shaking", "no no no", "please i'll do anything", "wait please", "i'm so sorry please dont"]  # fmt: skip
DENIAL = ["thats not even me", "nobody will believe u", "ur bluffing", "u dont have anything", "whatever, do it then",
          "lol ok sure", "its obviously fake"]  # fmt: skip
BARGAIN = ["i dont have that much", "i only have {low} in my account", "can i do {low}", "i can get {low} tmrw",
           "im {age} i dont have a job", "i dont have a card", "can i pay some now and some later", "my {mum} checks my account"]  # fmt: skip
REFUSE = ["no", "im not paying", "get lost", "no way", "im blocking u", "leave me alone"]
REPORT = [
    "im reporting u",
    "im telling my {dad}",
    "im going to the police",
    "im screenshotting all this",
    "ive reported ur account",
]
CONFIDE = ["my friend says ur a scammer", "i told my {mate}, he says block u", "my sister says i should report u",
           "hold on", "my friend said this happened to someone at {school}"]  # fmt: skip
CRISIS = ["i cant do this anymore", "i want to disappear", "id rather be dead than have everyone see that",
          "everyone will hate me", "theres no point anymore", "i just want it to stop", "i cant breathe i want to die",
          "my life is over", "i dont want to be here anymore"]  # fmt: skip
PAID = [
    "ok i sent it",
    "i paid, now delete it pls",
    "done. i sent {amt}",
    "i sent the code",
    "ok its sent. please delete it",
]
REPEAT_DEMAND = ["good. now {amt2} more in {mins} minutes", "thats not enough. {amt2} more by {deadline2}",
                 "now i know you can pay. {amt2} on {app} in {mins} minutes", "one more and i delete it, {amt2}, hurry",
                 "i didnt delete anything. {amt2} now"]  # fmt: skip
REPEAT_TGT = [
    "u said u would delete it",
    "i dont have anymore",
    "u promised",
    "please i already paid",
    "what??",
    "thats all i had",
]
SILENT_PING = [
    "hello??",
    "u think ignoring me works?",
    "i see u read it",
    "ok i'm starting",
    "answer",
    "last warning",
    "??",
]

TOPICS = [
    [("o", "did u watch the game"), ("t", "yeah we got destroyed"), ("o", "haha unlucky"), ("t", "ref was blind tho")],
    [("t", "ugh so much homework"), ("o", "what subject"), ("t", "maths and {teacher} hates me"), ("o", "lol same teacher energy everywhere")],
    [("o", "u play {game}?"), ("t", "yeah all the time"), ("o", "we should play sometime"), ("t", "ok bet")],
    [("o", "what u doing this weekend"), ("t", "{sport} on saturday then nothing"), ("o", "sounds chill")],
    [("t", "my {mum} took my phone last night lol"), ("o", "why"), ("t", "stayed up too late"), ("o", "rip")],
    [("o", "just got back from {food}"), ("t", "jealous"), ("o", "haha next time")],
    [("o", "what music u into"), ("t", "rap mostly"), ("o", "same, send me ur playlist"), ("t", "ok later")],
    [("t", "{friend} is being so annoying today"), ("o", "what happened"), ("t", "long story"), ("o", "lol tell me")],
    [("o", "cant sleep"), ("t", "same"), ("o", "school tomorrow ugh"), ("t", "dont remind me")],
    [("t", "we won today"), ("o", "lets goo"), ("t", "i scored"), ("o", "no way nice")],
    [("o", "ur so easy to talk to"), ("t", "haha u too"), ("o", "glad i messaged u")],
    [("t", "exams next week"), ("o", "u'll be fine"), ("t", "hope so")],
]  # fmt: skip
SMALL_TALK = ["lol", "same", "wyd", "nm u", "bored af", "did u do the maths homework", "omg {teacher} was so annoying today",
              "u watching the game tonight", "im so tired", "haha", "fr", "nah", "😂", "brb", "back", "gtg dinner",
              "{game} later?", "ye maybe", "cant im grounded lol", "what time", "my {mum} is making me clean my room",
              "ugh mondays", "did u see {friend}'s story", "no whats on it", "nothing lol", "sick", "same here",
              "that's so random", "who even does that", "ok tru", "wait what", "i swear", "nah ur joking",
              "exams soon ugh", "i cba", "haha fair", "ok", "k", "sounds good", "hbu", "we lost again",
              "{food} {later}?", "cant {later}", "im so {skint} rn", "ur such a {mate}", "{sport} training {later}"]  # fmt: skip


# --------------------------------------------------------------------------------------------------
# Helpers to set up a conversation
# --------------------------------------------------------------------------------------------------
def base_slots(rng: random.Random, reg: str, lang: str) -> dict[str, str]:
    table = REGISTERS[reg] if lang == "en" else FOREIGN_REG[lang]
    v = {k: rng.choice(vals) for k, vals in table.items() if k not in ("tz", "country")}
    firsts = FIRST if lang == "en" else FOREIGN_FIRST[lang]
    amt = rng.choice([70, 100, 100, 150, 200, 200, 250, 300, 300, 400, 500, 600, 700])
    v.update(
        friend=rng.choice(firsts).title(),
        friend2=rng.choice(firsts).title(),
        fake=rng.choice(FAKE_GIRLS + FAKE_BOYS),
        game=rng.choice(GAMES),
        gift=rng.choice(GIFT),
        app2=rng.choice(APPS2),
        amt=str(amt),
        half=str(max(25, amt // 4)),
        amt2=str(int(amt * rng.choice([1.5, 2, 2, 3]))),
        low=str(rng.choice([10, 15, 20, 25, 30, 40, 50])),
        mins=str(rng.choice([10, 15, 20, 30, 45, 60])),
        mins2=str(rng.choice([5, 8, 10])),
        deadline=rng.choice(["9pm", "10pm", "midnight", "tonight", "8 o'clock", "the end of the hour"]),
        deadline2=rng.choice(["in 10 minutes", "by 11", "right now"]),
        age=str(rng.randrange(14, 18)),
        fake_age=str(rng.randrange(15, 18)),
        n2=str(rng.randrange(10, 99)),
        mumname=rng.choice(["Karen", "Lisa", "Sarah", "Jo", "Michelle", "Dawn"]),
        teacher=rng.choice(["mr davies", "mrs p", "ms lee", "mr thompson", "miss clarke"]),
        yr=v.get("yr", ""),
    )
    return v


def new_chat(rng: random.Random, lang: str, reg: str, hour_range: tuple[int, int] = (15, 23)) -> Chat:
    day = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(days=rng.randrange(0, 540))
    table = REGISTERS[reg] if lang == "en" else FOREIGN_REG[lang]
    tz = local_offset(rng.choice(table["tz"]))
    local = datetime(
        day.year,
        day.month,
        day.day,
        rng.randrange(*hour_range),
        rng.randrange(60),
        rng.randrange(60),
        tzinfo=tz,
    )
    chat = Chat(rng=rng, lang=lang, reg=reg, start=local.astimezone(UTC))
    chat.v = base_slots(rng, reg, lang)
    chat.v["_tz"] = tz.tzname(None) or ""
    chat.offsets["_local"] = tz
    return chat


def set_people(
    chat: Chat, names: list[str], casual: list[float], offsets: list[timezone] | None = None
) -> None:
    for i, n in enumerate(names):
        chat.styles[n] = casual[i]
        chat.offsets[n] = offsets[i] if offsets else chat.offsets["_local"]


def fill_talk(
    chat: Chat, a: str, b: str, count: int, gap: tuple[float, float] = (5, 240), bank: list[str] | None = None
) -> None:
    bank = bank or SMALL_TALK
    who = a
    for _ in range(count):
        chat.say(who, chat.pick(bank), gap)
        if chat.rng.random() < 0.75:
            who = b if who == a else a


def truth_line(
    cid: str,
    label: str,
    kind: str,
    chat: Chat,
    lang: str,
    suspect: str | None = None,
    target: str | None = None,
    channels: list[str] | None = None,
) -> dict:
    return {"id": cid, "label": label, "kind": kind, "suspect": suspect, "target": target,
            "onset": chat.marks.get("onset"), "first_demand": chat.marks.get("demand"), "crisis": chat.marks.get("crisis"),
            "payment_channels": channels or [], "language": lang}  # fmt: skip


# --------------------------------------------------------------------------------------------------
# Sextortion scripts (English)
# --------------------------------------------------------------------------------------------------
def cast_offender_target(rng: random.Random, chat: Chat, persona: str) -> tuple[Cast, str, str]:
    cast = Cast(rng)
    country = REGISTERS[chat.reg]["country"][0] if chat.lang == "en" else FOREIGN_REG[chat.lang]["country"][0]
    tage = rng.choice([14, 15, 15, 16, 16, 17, 17, 13])
    firsts = FIRST if chat.lang == "en" else FOREIGN_FIRST[chat.lang]
    tgt_first = rng.choice(firsts)
    if (
        rng.random() < 0.85
    ):  # about 90% of reported victims are boys: targets mostly boys, personas mostly "girls"
        tgt_first = rng.choice(
            [
                f
                for f in firsts
                if f
                not in (
                    "mila",
                    "ellie",
                    "ava",
                    "zoe",
                    "ruby",
                    "maya",
                    "isla",
                    "chloe",
                    "priya",
                    "jess",
                    "lucia",
                    "marta",
                    "sofia",
                    "irene",
                    "ines",
                    "lea",
                    "chloe",
                    "manon",
                    "mia",
                    "emma",
                    "hannah",
                )
            ]
        )
    target = cast.add(tgt_first, tage, meta=local_meta(rng, country))
    while chat.v["friend"].lower() == tgt_first or chat.v["friend2"].lower() == tgt_first:
        chat.v["friend"], chat.v["friend2"] = rng.choice(firsts).title(), rng.choice(firsts).title()
    hacked = persona == "hacked"
    if persona == "agent":
        off = cast.add(
            "",
            None,
            shown_age=rng.choice([24, 27, 31, None]),
            meta=scam_meta(rng, False, country),
            name=rng.choice(["scout", "talent", "models", "newfaces"])
            + rng.choice(["_", ".", ""])
            + rng.choice(["agency", "mgmt", "uk", "global", "hq"])
            + str(rng.randrange(1, 99)),
        )
    elif hacked:
        off = cast.add(chat.v["friend"].lower(), tage, meta=scam_meta(rng, True, country))
    else:
        off = cast.add(
            chat.v["fake"],
            None,
            shown_age=int(chat.v["fake_age"]),
            meta=scam_meta(rng, False, country),
            age_p=0.5,
            meta_p=0.45,
        )
    chat.v["me"] = target
    offsets = [chat.offsets["_local"], chat.offsets["_local"]]
    set_people(
        chat,
        [target, off],
        [rng.uniform(0.5, 1.0), rng.uniform(0.1, 0.9) if persona != "agent" else 0.1],
        offsets,
    )
    return cast, target, off


def victim_turn(chat: Chat, tgt: str, style: str, gap: tuple[float, float] = (10, 120)) -> None:
    bank = {
        "panic": PANIC,
        "denial": DENIAL,
        "bargain": BARGAIN,
        "refuse": REFUSE,
        "report": REPORT,
        "confide": CONFIDE,
    }[style]
    chat.say(tgt, chat.pick(bank), gap)


def approach(
    chat: Chat, off: str, tgt: str, persona: str, small: int, gap: tuple[float, float], opener: bool = True
) -> None:
    """Contact, bland friendliness, a move to another app, an image assumed exchanged."""
    if opener:
        chat.say(off, chat.pick(OPENERS[persona]), (0, 0), raw=persona == "agent")
        chat.say(tgt, chat.pick(TARGET_OPEN), gap)
    if persona == "agent" and opener:
        chat.say(
            off,
            "We pay for photo shoots, {sym}[[150|200|300]] a session. Just need a couple of pics first to see your look",
            gap,
            raw=True,
        )
        chat.say(tgt, chat.pick(["oh cool", "wait really?", "is this legit", "how much again", "idk"]), gap)
    for q, answers in chat.rng.sample(QA, min(len(QA), small // 2 + 1)):
        chat.say(off, q, gap)
        chat.say(tgt, chat.pick(answers), gap)
        if chat.rng.random() < 0.3:
            chat.say(tgt, chat.pick(["wbu", "hbu", "u?", "and u"]), gap)
    if chat.rng.random() < 0.8:
        chat.say(off, chat.pick(MOVE_APP), gap)
        chat.say(tgt, chat.pick(TGT_MOVE), gap)
    chat.say(off, chat.pick(PIC_ASK), gap)
    chat.say(tgt, chat.pick(TGT_PIC), (20, 300))
    if chat.rng.random() < 0.5:
        chat.say(off, chat.pick(OFF_PIC_ACK), (5, 60))


def responses(chat: Chat) -> list[str]:
    """A victim profile: the order in which this person reacts."""
    profiles = [["panic", "bargain", "panic"], ["denial", "panic", "bargain"], ["refuse", "panic"], ["report", "panic", "bargain"],
                ["panic", "confide", "bargain"], ["silence", "panic"], ["bargain", "bargain", "panic"], ["denial", "refuse", "silence"],
                ["panic", "silence", "bargain"], ["confide", "refuse", "report"]]  # fmt: skip
    return list(chat.rng.choice(profiles))


def extortion_phase(
    chat: Chat,
    off: str,
    tgt: str,
    quiet: bool,
    crisis: bool,
    channel: str,
    gap: tuple[float, float],
    hacked_claim: bool = False,
    taken_over: bool = False,
) -> None:
    """Onset, threat naming an audience, a demand with amount/channel/deadline, reactions and pressure."""
    if (
        taken_over and not quiet and chat.rng.random() < 0.6
    ):  # the "friend" reveals the account was taken over
        chat.say(
            off,
            chat.pick(
                [
                    "this isnt actually {friend} lol. i got into this account and i have what u sent",
                    "{friend} doesnt have this account anymore. i do. and i saved everything",
                ]
            ),
            gap,
            mark="onset",
        )
    if hacked_claim:
        chat.say(off, chat.pick(HACK_CLAIM), gap, mark="onset")
        chat.say(tgt, chat.pick(HACK_TGT), gap)
        chat.say(off, chat.pick(THREAT_QUIET if quiet else THREAT_STOCK), gap, mark="onset")
    else:
        chat.say(off, chat.pick(ONSET_QUIET if quiet else ONSET_STOCK), gap, mark="onset")
        if chat.rng.random() < 0.6:
            chat.say(
                tgt, chat.pick(["what", "??", "what do u mean", "wdym", "huh", "wait what", "u serious"]), gap
            )
        chat.say(off, chat.pick(THREAT_QUIET if quiet else THREAT_STOCK), gap)
    profile = responses(chat)
    r0 = profile.pop(0)
    if r0 == "silence":
        chat.say(off, chat.pick(PRESSURE_QUIET if quiet else SILENT_PING), (60, 400))
    else:
        victim_turn(chat, tgt, r0, gap)
    bank = DEMAND_QUIET if quiet else DEMAND_STOCK
    chan = channel if channel in bank else "payment_app"
    demand = chat.pick(bank[chan])
    if quiet and chat.rng.random() < 0.6:
        demand = demand + ", " + chat.pick(DEADLINE_QUIET)
    chat.say(off, demand, gap, mark="demand")
    crisis_at = chat.rng.randrange(0, len(profile) + 1) if crisis else -1
    for i, r in enumerate(profile + ["end"]):
        if i == crisis_at:
            chat.say(tgt, chat.pick(CRISIS), gap, mark="crisis")
            if chat.rng.random() < 0.5:
                chat.say(
                    off,
                    chat.pick(
                        [
                            "stop being dramatic and pay",
                            "just pay and its over",
                            "then pay",
                            "relax, its simple",
                            "nobody has to know",
                        ]
                        if not quiet
                        else ["no need for that, just sort it", "its simple really"]
                    ),
                    gap,
                )
        if r == "end":
            break
        if r == "silence":
            for _ in range(chat.rng.randrange(1, 4)):
                chat.say(off, chat.pick(SILENT_PING if not quiet else PRESSURE_QUIET), (60, 900))
            continue
        victim_turn(chat, tgt, r, gap)
        if r == "bargain":
            chat.say(off, chat.pick(OFF_REACT_LOWER), gap)
        elif r == "report":
            chat.say(
                off,
                chat.pick(OFF_REACT_REPORT) if not quiet else "u could. or we just sort this quietly",
                gap,
            )
        else:
            chat.say(off, chat.pick(PRESSURE_QUIET if quiet else PRESSURE_STOCK), gap)


def sextortion(chat: Chat, cid: str, kind: str) -> tuple[dict, dict]:
    rng = chat.rng
    if kind == "sextortion_hacked":
        persona = rng.choice(["hacked", "hacked", "peer_school", "gamer", "boy_abroad"])
    else:
        persona = rng.choice(
            ["peer_school", "girl_abroad", "girl_abroad", "boy_abroad", "agent", "hacked", "gamer"]
        )
    cast, tgt, off = cast_offender_target(rng, chat, persona)
    quiet = kind == "sextortion_quiet"
    crisis = rng.random() < 0.16
    channel = rng.choice(
        ["gift_card", "payment_app", "payment_app", "payment_app", "crypto", "bank_transfer"]
        + (["other"] if quiet else [])
    )
    fast_gap = (4, 75)
    if kind == "sextortion_hacked":
        chat.say(off, chat.pick(OPENERS[persona]), (0, 0))
        chat.say(tgt, chat.pick(TARGET_OPEN), fast_gap)
        fill_talk(chat, off, tgt, rng.randrange(0, 4), fast_gap, OFF_SMALL + TGT_SMALL)
        extortion_phase(
            chat,
            off,
            tgt,
            quiet=rng.random() < 0.3,
            crisis=crisis,
            channel=channel,
            gap=fast_gap,
            hacked_claim=True,
        )
    elif kind == "sextortion_slow":
        # days of ordinary chat first
        chat.say(off, chat.pick(OPENERS[persona]), (0, 0), raw=persona == "agent")
        chat.say(tgt, chat.pick(TARGET_OPEN), (30, 3600))
        days = rng.randrange(2, 7)
        for day in range(days):
            if len(chat.messages) > 38:
                break
            for topic in [chat.pick(TOPICS) for _ in range(rng.randrange(1, 4))]:
                for role, line in topic:
                    chat.say(off if role == "o" else tgt, line, (10, 300))
            if rng.random() < 0.5:
                q, answers = chat.pick(QA)
                chat.say(off, q, (20, 300))
                chat.say(tgt, chat.pick(answers), (10, 200))
            if day < days - 1 and len(chat.messages) <= 38:
                chat.say(off, chat.pick(["gn", "night", "talk tmrw", "gtg", "ttyl"]), (30, 600))
                chat.say(
                    tgt,
                    chat.pick(["hey", "morning", "yo", "back from school", "hii", "wyd"]),
                    chat.next_day(15, 22, rng.choice([1, 1, 2])),
                )
        approach(chat, off, tgt, persona, rng.randrange(0, 3), (20, 400), opener=False)
        extortion_phase(chat, off, tgt, quiet=False, crisis=crisis, channel=channel, gap=(10, 150))
    elif kind == "sextortion_repeat":
        if rng.random() < 0.35:  # starts in the middle: the target already paid once
            chat.say(
                tgt,
                chat.pick(
                    ["i already paid u last week", "u said it was deleted", "why are u messaging me again"]
                ),
                (0, 0),
            )
            channel = "payment_app"
            chat.say(
                off, "i didnt delete anything. {amt2} on {app} in {mins} minutes", fast_gap, mark="onset"
            )
            chat.marks["demand"] = chat.marks["onset"]
            chat.say(tgt, chat.pick(REPEAT_TGT), fast_gap)
        else:
            approach(chat, off, tgt, persona, rng.randrange(2, 8), fast_gap)
            extortion_phase(chat, off, tgt, quiet=False, crisis=False, channel=channel, gap=fast_gap)
            chat.say(tgt, chat.pick(PAID), (120, 1500))
            chat.say(off, chat.pick(REPEAT_DEMAND), fast_gap)
            chat.say(tgt, chat.pick(REPEAT_TGT), fast_gap)
        chat.say(off, chat.pick(PRESSURE_STOCK), fast_gap)
        if crisis:
            chat.say(tgt, chat.pick(CRISIS), fast_gap, mark="crisis")
        for _ in range(rng.randrange(1, 5)):
            chat.say(tgt, chat.pick(BARGAIN + PANIC), fast_gap)
            chat.say(off, chat.pick(PRESSURE_STOCK + OFF_REACT_LOWER), fast_gap)
    else:  # fast and quiet
        approach(chat, off, tgt, persona, rng.randrange(1, 9), fast_gap)
        extortion_phase(
            chat,
            off,
            tgt,
            quiet=quiet,
            crisis=crisis,
            channel=channel,
            gap=fast_gap,
            taken_over=persona == "hacked",
        )
    ending = rng.randrange(5)
    if ending == 0:
        chat.say(tgt, chat.pick(PAID), (120, 1200))
        chat.say(off, chat.pick(OFF_DONE), fast_gap)
    elif ending == 1:
        for _ in range(rng.randrange(1, 4)):
            chat.say(off, chat.pick(SILENT_PING if not quiet else PRESSURE_QUIET), (60, 1200))
    elif ending == 2:
        chat.say(tgt, chat.pick(REPORT + REFUSE), fast_gap)
    if len(chat.messages) < 6:
        chat.say(off, chat.pick(PRESSURE_QUIET if quiet else PRESSURE_STOCK), fast_gap)
    channels = [channel]
    if (
        kind == "sextortion_repeat"
        and channel != "payment_app"
        and any(chat.v["app"] in m["text"].lower() for m in chat.messages)
    ):
        channels.append("payment_app")
    truth = truth_line(cid, "sextortion", kind, chat, chat.lang, off, tgt, channels)
    return cast.people, truth


# --------------------------------------------------------------------------------------------------
# Benign lookalikes (English)
# --------------------------------------------------------------------------------------------------
def two_friends(
    chat: Chat, adults: bool = False, sibling: bool = False, stranger: bool = False
) -> tuple[Cast, str, str]:
    rng = chat.rng
    cast = Cast(rng)
    country = REGISTERS[chat.reg]["country"][0] if chat.lang == "en" else FOREIGN_REG[chat.lang]["country"][0]
    firsts = FIRST if chat.lang == "en" else FOREIGN_FIRST[chat.lang]
    ages = (
        (rng.randrange(19, 45), rng.randrange(19, 45))
        if adults
        else (rng.randrange(13, 18), rng.randrange(13, 18))
    )
    if sibling:
        ages = (ages[0], min(19, ages[0] + rng.choice([-2, -1, 1, 2, 3])))
    metas = [
        local_meta(rng, country, not stranger),
        local_meta(
            rng,
            country if rng.random() < 0.6 else rng.choice(OFFENDER_COUNTRIES + ["DE", "FR", "CA"]),
            not stranger,
        ),
    ]
    if stranger:  # online strangers: new-ish accounts, few mutuals (shared cue with scammers)
        metas[1]["account_age_days"] = rng.randrange(2, 120)
    a = cast.add(rng.choice(firsts), ages[0], meta=metas[0])
    b = cast.add(rng.choice(firsts), ages[1], meta=metas[1])
    set_people(chat, [a, b], [rng.uniform(0.4, 1.0), rng.uniform(0.4, 1.0)])
    chat.v["me"] = a
    return cast, a, b


MONEY_OWED = [
    ("a", "u still owe me {sym}{low} for the tickets"), ("b", "i know i know"), ("a", "pay me back by friday or im telling {mum}"),
    ("b", "omg chill"), ("a", "im serious i need it for {food}"), ("b", "ill {app} u {later}"),
    ("a", "u said that last week"), ("b", "im {skint} rn"), ("a", "by friday or im telling everyone ur {skint} lol"),
    ("b", "ur so annoying"), ("a", "u'll regret it if i tell {mum} 😂"), ("b", "fine sending now"),
    ("a", "got it ty"), ("a", "still waiting..."), ("b", "sent {sym}{half}, rest next week"), ("a", "deal"),
    ("b", "can i pay u in {gift} cards lol"), ("a", "no i want actual money"), ("a", "i have a screenshot of u saying ud pay"),
    ("b", "ok ok tomorrow i promise"), ("a", "{sym}{amt} for the hotel, we split it 4 ways so {sym}{half} each, send by 9pm"),
    ("b", "what time do u need it"), ("a", "tonight before the booking goes"), ("b", "sent on {app} 👍"),
    ("a", "u borrowed {sym}{low} off me for the cinema"), ("b", "that was ages ago"), ("a", "so? pay up or i tell {mum} u took it from her purse"),
    ("b", "i did NOT"), ("a", "she'll believe me lol"), ("b", "omg fine ill pay u when i get my pocket money"),
    ("a", "saturday latest"), ("b", "u r literally the worst sibling"), ("a", "love u too, {sym}{low} by saturday"),
]  # fmt: skip
GIFT_TRADE = [
    ("a", "selling {sym}100 {gift} card for {sym}80"), ("b", "is it legit"), ("a", "yeah got it for my bday, never used"),
    ("b", "75?"), ("a", "78 final"), ("b", "ok deal. {app} f&f?"), ("a", "yeah send first then i send the code"),
    ("b", "how do i know ur not gonna scam me"), ("a", "i have vouches, check my page"), ("b", "send a pic of the card first"),
    ("a", "[[here|sent]], code is scratched off obviously"), ("b", "ok sending"), ("a", "got it, code coming"),
    ("b", "works ty"), ("a", "send the money by 9 or the deal's off, got another buyer"), ("b", "trade my {game} skins for ur giftcard?"),
    ("a", "which skins"), ("b", "the rare one + 2k vbucks"), ("a", "nah cards only"), ("b", "{sym}50 xbox + {sym}20 cash?"),
    ("a", "move to discord its easier to trade"), ("b", "kk"), ("a", "dont ghost me lol"), ("b", "lmao im not"),
]  # fmt: skip
CRYPTO = [
    ("a", "just bought some sol lol"), ("b", "how much"), ("a", "like {sym}{low}, its gonna moon"), ("b", "ur gonna lose it all"),
    ("a", "send me ur wallet address, ill send u some"), ("b", "for real? ok 1 sec"), ("a", "sent, check it"),
    ("b", "got it"), ("a", "my cousin got scammed by a fake giveaway, sent {sym}{amt} to some random wallet"),
    ("b", "dont send coins to randoms"), ("a", "they said send 1 get 2 back lol"), ("b", "thats the oldest scam"),
    ("a", "someone dmed me saying pay a fee to unlock my account"), ("b", "block them"), ("a", "btc dropped again 😭"),
    ("b", "hodl"), ("a", "what exchange do u use"), ("b", "coinbase, u need to be 18 tho"), ("a", "my dad set mine up"),
    ("b", "never share ur seed phrase"), ("a", "i know im not dumb"), ("b", "send usdt not eth, fees are cheaper"),
    ("a", "im putting {sym}{half} in every month"), ("b", "u'll regret it lol"),
]  # fmt: skip
BANTER = [
    ("a", "im sending this pic to the group chat 😂"), ("b", "DONT U DARE"), ("a", "too late"), ("b", "ur dead to me"),
    ("a", "u look like a potato in it"), ("b", "delete it or i swear"), ("a", "buy me {food} and i'll delete it lol"),
    ("b", "ur actually evil"), ("a", "everyone's gonna see it tomorrow"), ("b", "ok ill send the one of u asleep on the bus"),
    ("a", "nooo thats blackmail"), ("b", "u started it 💀"), ("a", "truce?"), ("b", "truce"), ("a", "u'll regret that haircut"),
    ("b", "at least i dont look like {teacher}"), ("a", "LMAOO"), ("b", "send me the video from the party"), ("a", "which one"),
    ("b", "the one where {friend} fell in the pool"), ("a", "sending it to everyone"), ("b", "he's gonna kill u"),
    ("a", "by 9pm the whole school will know u lost at {game} to a year 7"), ("b", "ur so done"),
]  # fmt: skip
BULLY = [
    ("a", "everyone's gonna see that pic of u from the party"), ("b", "why are u doing this"), ("a", "cos ur a loser"),
    ("a", "nobody likes u"), ("b", "leave me alone"), ("a", "im gonna tell everyone what u said about {friend}"),
    ("b", "i never said that"), ("a", "doesnt matter, they'll believe me"), ("a", "u'll regret coming to {school}"),
    ("b", "please just stop"), ("a", "ill send it to the whole year"), ("b", "what did i even do to u"),
    ("a", "ur so weird, everyone says it"), ("a", "made a group about u lol"), ("b", "im telling a teacher"),
    ("a", "go on then, snitch"), ("a", "wait till monday"), ("b", "i dont care"), ("a", "ur fake, everyone knows"),
]  # fmt: skip
ORDINARY_SELL = [
    ("b", "hi is the bike still available?"), ("a", "yes still got it"), ("b", "would u take {sym}{half}?"), ("a", "{sym}{amt} is the lowest sorry"),
    ("b", "ok can i pay on {app}"), ("a", "yep, send it by 6 and its yours"), ("b", "can u send a pic of the back wheel"),
    ("a", "[[sent|just sent it]]"), ("b", "looks good, sending now"), ("a", "received thanks"), ("b", "can i pick up tomorrow"),
    ("a", "after 5 is fine"), ("b", "whats the address"), ("a", "ill message it tomorrow morning"),
]  # fmt: skip
ORDINARY_SUPPORT = [
    ("b", "Hi, my order never arrived"), ("a", "Sorry to hear that! Can you share the order number?"), ("b", "it's 48213"),
    ("a", "Thanks. I can see it was lost in transit. I'll refund {sym}{half} to your original payment method."),
    ("b", "how long does that take"), ("a", "3 to 5 working days. Is there anything else?"), ("b", "can i get a gift card instead"),
    ("a", "Yes, we can issue a {sym}{half} store gift card right now if you prefer."), ("b", "ok do that"),
    ("a", "Done! The code has been sent to your email."), ("b", "thanks"), ("a", "Please pay the balance by 9pm to keep your reservation."),
]  # fmt: skip
ORDINARY_GROUP = [
    ("a", "everyone send me {sym}15 for the minibus by friday"), ("b", "whats it for again"), ("a", "the {sport} tournament sat"),
    ("c", "sent 👍"), ("b", "can i pay monday"), ("a", "no coach needs it friday"), ("c", "what time do we meet"),
    ("a", "8am at the gates, dont be late or we leave without u"), ("b", "ugh fine"), ("c", "bring snacks"),
    ("a", "also send me a pic of ur consent form"), ("b", "done"), ("a", "3 people still havent paid, u know who u are"),
]  # fmt: skip
ORDINARY_DATING = [
    ("a", "hey, you seem cool"), ("b", "haha thanks, you too"), ("a", "how was your week"), ("b", "long, work is mad"),
    ("a", "same. do you want to move to whatsapp? i barely use this app"), ("b", "sure, its {n2}... actually ill just give u my insta"),
    ("a", "drinks saturday?"), ("b", "sounds good, where"), ("a", "that place near the station"), ("b", "7?"), ("a", "perfect"),
    ("b", "send a pic so i recognise u lol"), ("a", "[[sent|haha ok]]"), ("b", "see u then"),
]  # fmt: skip


def scripted(
    chat: Chat,
    who: dict[str, str],
    lines: list[tuple[str, str]],
    gap: tuple[float, float],
    lo: int,
    hi: int,
    chatter: bool = True,
) -> None:
    """Play a random window of a scripted exchange, with small talk mixed in."""
    rng = chat.rng
    n = min(len(lines), rng.randrange(lo, hi + 1))
    start = rng.randrange(0, len(lines) - n + 1) if rng.random() < 0.5 else 0
    for role, text in lines[start : start + n]:
        chat.say(who[role], text, gap)
        if chatter and rng.random() < 0.12:
            chat.say(who[rng.choice(list(who))], chat.pick(SMALL_TALK), gap)


def benign(chat: Chat, cid: str, kind: str) -> tuple[dict, dict]:
    rng = chat.rng
    gap_any = (3, rng.choice([300, 3600, 86400]))
    target: str | None = None
    if kind == "money_owed":
        cast, a, b = two_friends(chat, sibling=rng.random() < 0.4)
        scripted(chat, {"a": a, "b": b}, MONEY_OWED, gap_any, 8, 24)
    elif kind == "gift_card_trading":
        cast, a, b = two_friends(chat, adults=rng.random() < 0.3, stranger=True)
        scripted(chat, {"a": a, "b": b}, GIFT_TRADE, gap_any, 8, 24)
    elif kind == "crypto_talk":
        cast, a, b = two_friends(chat, adults=rng.random() < 0.5, stranger=rng.random() < 0.3)
        scripted(chat, {"a": a, "b": b}, CRYPTO, gap_any, 8, 24)
    elif kind == "banter":
        cast, a, b = two_friends(chat)
        who = {"a": a, "b": b}
        if rng.random() < 0.4:  # a group chat
            c = cast.add(
                rng.choice(FIRST),
                rng.randrange(13, 18),
                meta=local_meta(rng, REGISTERS[chat.reg]["country"][0]),
            )
            set_people(chat, [c], [0.9])
            who["b"] = rng.choice([b, c])
            chat.say(c, "{friend} what is that photo 😭😭", (0, 0))
        scripted(chat, who, BANTER, (3, 120), 8, 24)
    elif kind == "bullying":
        cast, a, b = two_friends(chat)
        scripted(chat, {"a": a, "b": b}, BULLY, (5, 600), 7, 19, chatter=False)
        if rng.random() < 0.35:
            chat.say(b, chat.pick(CRISIS), (30, 900), mark="crisis")
            target = b
            if rng.random() < 0.5:
                chat.say(a, chat.pick(["whatever", "lol dramatic", "ok", "go on then"]), (30, 600))
    elif kind == "ordinary":
        variant = rng.randrange(4)
        cast, a, b = two_friends(chat, adults=variant != 2, stranger=variant in (0, 3))
        if variant == 1:
            cast.people[a].pop("declared_age", None)
            chat.styles[a] = 0.0
        lines = [ORDINARY_SELL, ORDINARY_SUPPORT, ORDINARY_GROUP, ORDINARY_DATING][variant]
        who = {"a": a, "b": b}
        if variant == 2:
            c = cast.add(rng.choice(FIRST), rng.randrange(13, 18))
            set_people(chat, [c], [0.8])
            who["c"] = c
        scripted(chat, who, lines, gap_any, 7, 16)
    elif kind == "safety_lesson":
        cast, a, b = safety_lesson(chat)
    else:
        cast, a, b = news_story(chat)
    while len(chat.messages) < 6:
        chat.say(rng.choice([a, b]), chat.pick(SMALL_TALK), gap_any)
    return cast.people, truth_line(cid, "benign", kind, chat, chat.lang, None, target, [])


LESSON_QUOTES = [
    "they'll say 'pay {sym}200 in gift cards or i'll send it to all your followers'",
    "the message often says 'you have 10 minutes' or 'i will ruin your life'",
    "they might say they hacked your phone or made a fake picture with AI",
    "they send a screenshot of your followers and say 'your school will see this'",
    "often it starts with a girl or boy your age who's new in town and very friendly",
    "they ask to move to snapchat or another app, fast",
    "even if you paid, it's not your fault, and paying usually leads to more demands",
]  # fmt: skip
LESSON_ADVICE = [
    "don't pay, stop replying, screenshot everything and tell an adult you trust",
    "you can report it, and there are tools to get images taken down",
    "if it happens, you won't be in trouble. the person doing it is the one breaking the law",
    "call a helpline if you're worried, they talk to young people about this every day",
]  # fmt: skip
LESSON_KID = ["that's so scary", "has that happened to anyone u know?", "what if u already paid", "ok", "wait really",
              "why would anyone pay", "my friend got a message like that", "so u just block them?", "ok got it",
              "what if they actually send it", "ok thanks {mum}", "can i go now lol"]  # fmt: skip


def safety_lesson(chat: Chat) -> tuple[Cast, str, str]:
    rng = chat.rng
    cast = Cast(rng)
    country = REGISTERS[chat.reg]["country"][0]
    setting = rng.randrange(3)
    if setting == 0:  # parent and teen
        a = cast.add(
            chat.v["mum"] if rng.random() < 0.5 else "dad",
            rng.randrange(36, 55),
            meta=local_meta(rng, country),
        )
        intro = "saw this on the school newsletter, can we talk about something called sextortion"
    elif setting == 1:  # teacher in a class channel
        a = cast.add(
            "", None, name=rng.choice(["mr_davies_pshe", "ms.lee.wellbeing", "mrs_p_tutor", "coach_mike"])
        )
        intro = "Reminder from today's online safety lesson, a few points about financial sextortion"
    else:  # charity helpline
        a = cast.add("", None, name=rng.choice(["helpline_sam", "support_worker_jo", "chat_volunteer_alex"]))
        intro = "Hi, thanks for getting in touch. I'm going to explain how these scams work"
    b = cast.add(rng.choice(FIRST), rng.randrange(12, 18), meta=local_meta(rng, country))
    set_people(chat, [a, b], [0.1, 0.8])
    chat.say(a, intro, (0, 0), raw=True)
    for _ in range(rng.randrange(3, 8)):
        chat.say(a, chat.pick(LESSON_QUOTES), (20, 200), raw=True)
        chat.say(b, chat.pick(LESSON_KID), (10, 200))
    chat.say(a, chat.pick(LESSON_ADVICE), (20, 200), raw=True)
    chat.say(b, chat.pick(LESSON_KID), (10, 200))
    return cast, a, b


NEWS = [
    ("a", "did u see the bbc thing about the boy who got scammed"), ("b", "no what happened"),
    ("a", "someone pretending to be a girl got him to send a pic then said 'pay or i send it to ur family'"),
    ("b", "thats horrible"), ("a", "they wanted {sym}{amt} in gift cards by midnight"), ("b", "did he pay"),
    ("a", "yeah and then they asked for more"), ("b", "omg"), ("a", "the documentary said it happens to loads of boys our age"),
    ("b", "they said 'i will ruin your life' in like every message"), ("a", "the police said just dont pay and tell someone"),
    ("b", "my {mum} made me watch it lol"), ("a", "same"), ("b", "apparently the scammers are in other countries"),
    ("a", "they even send fake news articles saying someone died cos of it"), ("b", "thats so messed up"),
    ("a", "there was an article about a kid in {city} who got messages like 'you have 30 minutes'"),
    ("b", "people are evil"), ("a", "if it ever happens to u tell me ok"), ("b", "ye same"),
]  # fmt: skip


def news_story(chat: Chat) -> tuple[Cast, str, str]:
    adults = chat.rng.random() < 0.3
    cast, a, b = two_friends(chat, adults=adults)
    scripted(chat, {"a": a, "b": b}, NEWS, (5, 1800), 7, 20)
    return cast, a, b


# --------------------------------------------------------------------------------------------------
# Spanish, French, German: one script per function, same structure.
# --------------------------------------------------------------------------------------------------
FOREIGN: dict[str, dict[str, list[str]]] = {
    "es": {
        "open": ["hola! vas a {school}?", "holaa, eres amigo de {friend}?", "hola :) perdona, soy nueva por aquí", "ey, juegas al {game}?"],
        "tgt_open": ["quién eres", "hola", "sí, por?", "jaja hola", "te conozco?"],
        "small": ["cuántos años tienes", "pareces majo", "q haces", "jaja yo también", "yo tengo {fake_age}", "qué aburrimiento",
                  "{age}", "nada, aquí", "deberes 🙄", "jaja", "vale", "y tú?"],
        "move": ["esta app va fatal, agrégame en {app2}", "tienes snap? hablamos mejor ahí"], "tgt_move": ["vale", "ok ya", "agregado"],
        "pic": ["mándame una foto", "te toca", "ahora tú"], "tgt_pic": ["vale", "ya", "ok", "enviada"],
        "onset": ["tengo capturas de tus fotos y de todos tus seguidores", "he guardado lo que me mandaste. escucha bien",
                  "grabé la videollamada. ahora me vas a escuchar"],
        "hack": ["te he hackeado el móvil, tengo tu galería y tus contactos", "tengo una foto tuya editada con IA, parece real"],
        "threat": ["se la voy a mandar a todos tus seguidores, a {friend} y a tu {mum}", "la publico y etiqueto a todo {school}",
                   "te voy a arruinar la vida", "tu {mum}, tu {dad}, {team}, todos la van a ver"],
        "demand": ["págame {amt} euros en tarjetas de {gift} antes de las {hour}", "{amt} euros por {app} en {mins} minutos o la mando",
                   "transfiere {amt} euros a esta cuenta ya"],
        "pressure": ["te quedan {mins2} minutos", "no estoy de broma", "empiezo por tu {mum}", "date prisa", "te veo en línea", "última oportunidad"],
        "panic": ["por favor no", "por favor bórralo", "por qué me haces esto", "te lo suplico", "estoy temblando"],
        "bargain": ["no tengo tanto dinero", "solo tengo {low} euros", "puedo darte {low} mañana", "tengo {age} años, no tengo trabajo"],
        "refuse": ["no pienso pagar", "déjame en paz", "te voy a denunciar", "se lo voy a contar a mi {dad}"],
        "crisis": ["no puedo más", "quiero desaparecer", "prefiero estar muerto", "mi vida se ha acabado"],
        "paid": ["ya te lo he mandado", "ya pagué, bórralo porfa"],
        "money_owed": ["me debes {low} euros de las entradas", "ya lo sé", "devuélvemelos antes del viernes o se lo digo a {mum}",
                       "jo qué pesado", "te lo paso por {app} esta tarde", "eso dijiste la semana pasada", "estoy sin un duro",
                       "el viernes o le digo a todo el mundo que estás pelado jaja", "vale vale", "te vas a arrepentir 😂",
                       "ya te lo he mandado", "recibido, gracias"],
        "banter": ["voy a mandar esta foto al grupo 😂", "NI SE TE OCURRA", "demasiado tarde", "estás muerto para mí",
                   "pareces una patata", "bórrala o te juro", "invítame a un helado y la borro jaja", "eres malísimo",
                   "mañana la ve todo el insti", "pues yo mando la tuya dormido en el bus", "eso es chantaje", "tregua?", "tregua"],
        "bully": ["todo el mundo va a ver la foto de la fiesta", "por qué me haces esto", "porque eres un pringado", "nadie te aguanta",
                  "déjame en paz", "voy a contar lo que dijiste de {friend}", "yo no dije eso", "se lo voy a decir al profe",
                  "hemos hecho un grupo sobre ti jaja", "qué te he hecho yo"],
        "ordinary": ["hola, sigue disponible la bici?", "sí, sigue", "me la dejas en {half}?", "lo mínimo son {amt}",
                     "vale, te pago por {app}", "perfecto, si me pagas antes de las 6 es tuya", "me mandas una foto de la rueda?",
                     "enviada", "genial, te pago ahora", "recibido, gracias", "mañana la recojo?", "a partir de las 5"],
    },
    "fr": {
        "open": ["salut tu vas à {school}?", "coucou, t'es pote avec {friend}?", "salut :) désolée, je suis nouvelle ici", "wesh tu joues à {game}?"],
        "tgt_open": ["c'est qui", "salut", "ouais pourquoi", "mdr salut", "on se connaît?"],
        "small": ["t'as quel âge", "t'as l'air cool", "tu fais quoi", "mdr moi aussi", "j'ai {fake_age} ans", "je m'ennuie",
                  "{age}", "rien de spécial", "devoirs 🙄", "mdr", "ok", "et toi?"],
        "move": ["cette appli bug, ajoute moi sur {app2}", "t'as snap? c'est plus simple"], "tgt_move": ["ok", "c'est fait", "ajouté"],
        "pic": ["envoie une photo", "à toi", "à ton tour"], "tgt_pic": ["ok", "voilà", "envoyé", "bon ok"],
        "onset": ["j'ai des captures de tes photos et de tous tes abonnés", "j'ai gardé ce que tu m'as envoyé. écoute bien",
                  "j'ai enregistré l'appel vidéo. maintenant tu m'écoutes"],
        "hack": ["j'ai piraté ton téléphone, j'ai ta galerie et tes contacts", "j'ai une photo de toi retouchée avec l'IA, elle a l'air vraie"],
        "threat": ["je l'envoie à tous tes abonnés, à {friend} et à {mum}", "je la poste et je tague tout {school}",
                   "je vais te pourrir la vie", "tes parents, {team}, tout le monde va la voir"],
        "demand": ["paie {amt} euros en cartes {gift} avant {hour}h", "{amt} euros sur {app} dans {mins} minutes ou je l'envoie",
                   "vire {amt} euros sur ce compte maintenant"],
        "pressure": ["il te reste {mins2} minutes", "je rigole pas", "je commence par {mum}", "dépêche toi", "je te vois en ligne", "dernière chance"],
        "panic": ["s'il te plaît non", "supprime la stp", "pourquoi tu fais ça", "je t'en supplie", "je tremble"],
        "bargain": ["j'ai pas autant", "j'ai que {low} euros", "je peux te donner {low} demain", "j'ai {age} ans, j'ai pas de travail"],
        "refuse": ["je paierai pas", "laisse moi tranquille", "je vais porter plainte", "je vais le dire à mon {dad}"],
        "crisis": ["j'en peux plus", "je veux disparaître", "je préfère mourir", "ma vie est finie"],
        "paid": ["c'est envoyé", "j'ai payé, supprime la stp"],
        "money_owed": ["tu me dois {low} euros pour les places", "je sais", "rembourse moi avant vendredi ou je le dis à {mum}",
                       "t'es relou", "je te fais un {app} ce soir", "tu disais déjà ça la semaine dernière", "je suis à sec",
                       "vendredi sinon je dis à tout le monde que t'es fauché mdr", "ok ok", "tu vas le regretter 😂",
                       "c'est envoyé", "reçu merci"],
        "banter": ["j'envoie cette photo sur le groupe 😂", "T'AS PAS INTÉRÊT", "trop tard", "t'es mort pour moi", "t'as une tête de patate",
                   "supprime ou je te jure", "paye moi un mcdo et je la supprime mdr", "t'es diabolique",
                   "demain tout le lycée l'aura vue", "j'envoie celle où tu dors dans le bus", "c'est du chantage", "trêve?", "trêve"],
        "bully": ["tout le monde va voir la photo de la soirée", "pourquoi tu fais ça", "parce que t'es un looser", "personne t'aime",
                  "laisse moi", "je vais dire ce que t'as dit sur {friend}", "j'ai jamais dit ça", "je vais le dire au prof",
                  "on a fait un groupe sur toi mdr", "je t'ai fait quoi"],
        "ordinary": ["bonjour, le vélo est toujours dispo?", "oui toujours", "vous le laissez à {half}?", "{amt} minimum désolé",
                     "ok je peux payer par {app}?", "oui, envoyez avant 18h et il est à vous", "une photo de la roue arrière?",
                     "envoyée", "parfait je paie", "bien reçu merci", "je passe demain?", "après 17h c'est bon"],
    },
    "de": {
        "open": ["hey gehst du auf {school}?", "hii, bist du mit {friend} befreundet?", "hi :) sorry, bin neu hier", "yo spielst du {game}?"],
        "tgt_open": ["wer bist du", "hey", "ja wieso", "haha hi", "kennen wir uns?"],
        "small": ["wie alt bist du", "du wirkst cool", "was machst du", "haha ich auch", "bin {fake_age}", "mir ist so langweilig",
                  "{age}", "nix eigentlich", "hausaufgaben 🙄", "haha", "ok", "und du?"],
        "move": ["die app spinnt, adde mich auf {app2}", "hast du snap? da ist es einfacher"], "tgt_move": ["ok", "hab dich geaddet", "jo"],
        "pic": ["schick mal ein bild", "du bist dran", "jetzt du"], "tgt_pic": ["ok", "hier", "gesendet", "na gut"],
        "onset": ["ich hab screenshots von deinen bildern und allen deinen followern", "ich hab gespeichert was du geschickt hast. hör gut zu",
                  "ich hab den videocall aufgenommen. jetzt hörst du mir zu"],
        "hack": ["ich hab dein handy gehackt, ich hab deine galerie und kontakte", "ich hab ein mit KI bearbeitetes bild von dir, sieht echt aus"],
        "threat": ["ich schick es an alle deine follower, an {friend} und deine {mum}", "ich poste es und markiere ganz {school}",
                   "ich mach dein leben kaputt", "deine eltern, {team}, alle werden es sehen"],
        "demand": ["zahl {amt} euro in {gift} karten bis {hour} uhr", "{amt} euro über {app} in {mins} minuten oder ich schick es",
                   "überweis {amt} euro auf dieses konto, sofort"],
        "pressure": ["noch {mins2} minuten", "ich mach keine witze", "ich fang mit deiner {mum} an", "beeil dich", "ich seh dass du online bist", "letzte chance"],
        "panic": ["bitte nicht", "bitte lösch es", "warum machst du das", "ich flehe dich an", "ich zittere"],
        "bargain": ["so viel hab ich nicht", "ich hab nur {low} euro", "ich kann dir morgen {low} geben", "ich bin {age}, ich hab keinen job"],
        "refuse": ["ich zahl nicht", "lass mich in ruhe", "ich zeig dich an", "ich sag es meinem {dad}"],
        "crisis": ["ich kann nicht mehr", "ich will einfach verschwinden", "dann lieber tot", "mein leben ist vorbei"],
        "paid": ["hab es geschickt", "hab bezahlt, bitte lösch es"],
        "money_owed": ["du schuldest mir noch {low} euro für die tickets", "ich weiß", "bis freitag oder ich sags {mum}",
                       "chill mal", "ich schick es dir heute abend über {app}", "das hast du letzte woche auch gesagt", "bin grad pleite",
                       "bis freitag oder ich erzähl allen dass du pleite bist haha", "ok ok", "das wirst du bereuen 😂",
                       "habs geschickt", "angekommen danke"],
        "banter": ["ich schick das bild in die gruppe 😂", "WEHE DIR", "zu spät", "du bist tot für mich", "du siehst aus wie ne kartoffel",
                   "lösch es oder ich schwör", "kauf mir nen döner und ich lösch es haha", "du bist so fies",
                   "morgen hats die ganze schule gesehen", "dann schick ich das wo du im bus pennst", "das ist erpressung", "frieden?", "frieden"],
        "bully": ["alle werden das bild von der party sehen", "warum machst du das", "weil du ein opfer bist", "keiner mag dich",
                  "lass mich in ruhe", "ich erzähl allen was du über {friend} gesagt hast", "hab ich nie gesagt", "ich sag das dem lehrer",
                  "wir haben ne gruppe über dich gemacht haha", "was hab ich dir getan"],
        "ordinary": ["hallo, ist das fahrrad noch da?", "ja noch da", "für {half}?", "{amt} ist das minimum sorry",
                     "ok kann ich über {app} zahlen?", "ja, wenn du bis 18 uhr zahlst gehörts dir", "schickst du ein bild vom hinterrad?",
                     "geschickt", "super, zahle jetzt", "ist angekommen danke", "hol ich morgen ab?", "ab 17 uhr passt"],
    },
}  # fmt: skip


def foreign(chat: Chat, cid: str, kind: str) -> tuple[dict, dict]:
    rng = chat.rng
    bank = FOREIGN[chat.lang]
    chat.v["hour"] = str(rng.choice([20, 21, 22, 23]))
    p = chat.pick
    if kind in SEXTORTION_KINDS:
        persona = "hacked" if kind == "sextortion_hacked" and rng.random() < 0.5 else "peer_school"
        cast, tgt, off = cast_offender_target(rng, chat, persona)
        gap = (4, 80)
        crisis = rng.random() < 0.16
        channel = rng.choice(["gift_card", "payment_app", "bank_transfer"])
        chat.say(off, p(bank["open"]), (0, 0))
        chat.say(tgt, p(bank["tgt_open"]), gap)
        for i in range(rng.randrange(2, 8)):
            chat.say(off if i % 2 == 0 else tgt, p(bank["small"]), gap)
        if kind == "sextortion_hacked":
            chat.say(off, p(bank["hack"]), gap, mark="onset")
        else:
            chat.say(off, p(bank["move"]), gap)
            chat.say(tgt, p(bank["tgt_move"]), gap)
            chat.say(off, p(bank["pic"]), gap)
            chat.say(tgt, p(bank["tgt_pic"]), (20, 300))
            chat.say(off, p(bank["onset"]), gap, mark="onset")
        chat.say(off, p(bank["threat"]), gap)
        chat.say(tgt, p(bank["panic"]), gap)
        demand = {"gift_card": 0, "payment_app": 1, "bank_transfer": 2}[channel]
        chat.say(off, bank["demand"][demand], gap, mark="demand")
        for _ in range(rng.randrange(1, 5)):
            chat.say(tgt, p(bank[rng.choice(["panic", "bargain", "refuse"])]), gap)
            chat.say(off, p(bank["pressure"]), gap)
        if crisis:
            chat.say(tgt, p(bank["crisis"]), gap, mark="crisis")
            chat.say(off, p(bank["pressure"]), gap)
        if rng.random() < 0.3:
            chat.say(tgt, p(bank["paid"]), (120, 900))
        return cast.people, truth_line(cid, "sextortion", kind, chat, chat.lang, off, tgt, [channel])
    cast, a, b = two_friends(chat, adults=kind == "ordinary")
    key = {"money_owed": "money_owed", "banter": "banter", "bullying": "bully", "ordinary": "ordinary"}[kind]
    lines = bank[key]
    n = rng.randrange(6, len(lines) + 1)
    for i, text in enumerate(lines[:n]):
        chat.say(a if i % 2 == 0 else b, text, (3, rng.choice([300, 3600, 40000])))
    target = None
    if kind == "bullying" and rng.random() < 0.35:
        chat.say(b, p(bank["crisis"]), (30, 900), mark="crisis")
        target = b
    return cast.people, truth_line(cid, "benign", kind, chat, chat.lang, None, target, [])


# --------------------------------------------------------------------------------------------------
def conversation(rng: random.Random, i: int, kind: str) -> tuple[dict, dict]:
    cid = f"s-{i + 1}"
    lang = "en"
    if kind in FOREIGN_KINDS and rng.random() < FOREIGN_SHARE:
        lang = rng.choice(["es", "fr", "de"])
    reg = rng.choice(["gb", "gb", "us", "us", "au"])
    hours = (18, 24) if kind in SEXTORTION_KINDS and rng.random() < 0.7 else (7, 24)
    chat = new_chat(rng, lang, reg, hours)
    if lang != "en":
        people, truth = foreign(chat, cid, kind)
    elif kind in SEXTORTION_KINDS:
        people, truth = sextortion(chat, cid, kind)
    else:
        people, truth = benign(chat, cid, kind)
    if len(chat.messages) > 80:  # keep the end of the conversation: the marks are near it
        cut = len(chat.messages) - 80
        chat.messages = chat.messages[cut:]
        truth.update(
            {
                k: (truth[k] - cut if truth[k] is not None else None)
                for k in ("onset", "first_demand", "crisis")
            }
        )
    messages = chat.messages
    return {"id": cid, "participants": people, "messages": messages}, truth


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Synthetic sextortion / lookalike chats (writer_b)")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--truth", type=Path, required=True)
    args = ap.parse_args(argv)
    if args.n < 1:
        print("--n must be at least 1", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    kinds = allocate_kinds(rng, args.n)
    with args.out.open("w", encoding="utf-8") as out, args.truth.open("w", encoding="utf-8") as truth:
        for i, kind in enumerate(kinds):
            conv, t = conversation(random.Random(f"{args.seed}:{i}"), i, kind)
            out.write(json.dumps(conv, ensure_ascii=False) + "\n")
            truth.write(json.dumps(t, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
