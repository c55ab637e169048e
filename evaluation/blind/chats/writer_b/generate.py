#!/usr/bin/env python3
"""Scenario-driven synthetic chat corpus for blind evaluation of a grooming
early-warning detector (writer_b).

Every conversation is built from a scenario (who the people are, how they know
each other, where they talk, what each of them wants) and a plot: a sequence of
dialogue moves, each realised from many alternative utterances, slot values that
stay consistent inside one conversation, and a per-person writing style.

Everything is synthetic and non-explicit.  Grooming conversations show only the
manipulation (friendship, flattery, secrecy, isolation, gifts, platform moves,
finding out when the child is alone, proposing to meet) and stop there.

    python generate.py --seed S --n N --out CHATS.jsonl --truth TRUTH.jsonl

Standard library only; deterministic from --seed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re

# ---------------------------------------------------------------------------
# Realisation machinery
# ---------------------------------------------------------------------------
# Utterance mini-language:
#   [a|b|c]   inline alternative (nested allowed, empty option allowed)
#   {slot}    scenario slot, fixed for the whole conversation
#   " // "    splits one turn into several consecutive messages
_ALT = re.compile(r"\[([^\[\]]*)\]")


def expand(s: str, rng: random.Random) -> str:
    while True:
        m = _ALT.search(s)
        if not m:
            return s
        s = s[: m.start()] + rng.choice(m.group(1).split("|")) + s[m.end():]


class Slots(dict):
    """Slot values drawn lazily from a pool and then kept for the conversation."""

    def __init__(self, rng, pools, fixed=None):
        super().__init__(fixed or {})
        self.rng = rng
        self.pools = pools

    def __missing__(self, key):
        pool = self.pools.get(key)
        if pool is None:
            raise KeyError(key)
        v = expand(self.rng.choice(pool), self.rng)
        if "{" in v:
            v = v.format_map(self)
        self[key] = v
        return v


EMOJI = {
    "kid": ["😂", "💀", "😭", "lol", "lmao", "🙄", "😅", "😍", "🤣", "👀", "omg", "😳", "🥲", "fr"],
    "adult": ["😊", "👍", "😂", "🙂", "x", "haha", "😉", "🙏", "lol"],
    "parent": ["x", "❤️", "👍", "😘", "xx", "😊", "🙄", "😂"],
    "formal": [],
}
SLANG = [
    (r"\byou're\b", "ur"), (r"\byou\b(?!')", "u"), (r"\byour\b", "ur"), (r"\bare\b", "r"),
    (r"\bright now\b", "rn"), (r"\bbecause\b", "cuz"), (r"\bokay\b", "ok"), (r"\bthough\b", "tho"),
    (r"\bplease\b", "pls"), (r"\bdon't\b", "dont"), (r"\bi'm\b", "im"), (r"\bcan't\b", "cant"),
    (r"\bdoesn't\b", "doesnt"), (r"\bwhat\b", "wat"), (r"\bto be honest\b", "tbh"),
    (r"\bnot gonna lie\b", "ngl"), (r"\bprobably\b", "prob"), (r"\btomorrow\b", "tmrw"),
    (r"\bthat's\b", "thats"), (r"\bit's\b", "its"), (r"\bsomeone\b", "some1"),
]


def make_style(rng: random.Random, register: str) -> dict:
    """register: kid, teenlike (adult imitating), adult, parent, formal."""
    if register in ("kid", "teenlike"):
        return {"lower": rng.random() < 0.85, "slang": rng.uniform(0.3, 0.9),
                "typo": rng.uniform(0.0, 0.05), "emoji": rng.uniform(0.1, 0.4),
                "emo": "kid", "dot": 0.05, "stretch": rng.uniform(0, 0.15)}
    if register == "formal":
        return {"lower": False, "slang": 0.0, "typo": 0.0, "emoji": 0.0,
                "emo": "formal", "dot": 0.9, "stretch": 0}
    if register == "parent":
        return {"lower": rng.random() < 0.35, "slang": rng.uniform(0, 0.2),
                "typo": rng.uniform(0.0, 0.03), "emoji": rng.uniform(0.1, 0.35),
                "emo": "parent", "dot": rng.uniform(0.2, 0.8), "stretch": 0}
    return {"lower": rng.random() < 0.55, "slang": rng.uniform(0.0, 0.45),
            "typo": rng.uniform(0.0, 0.04), "emoji": rng.uniform(0.05, 0.3),
            "emo": "adult", "dot": rng.uniform(0.0, 0.5), "stretch": 0}


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 2)
    r = rng.random()
    if r < 0.5:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if r < 0.8:
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def stylise(text: str, st: dict, rng: random.Random, lang: str) -> str:
    t = text.strip()
    if lang == "en" and st["slang"]:
        for pat, rep in SLANG:
            if rng.random() < st["slang"]:
                t = re.sub(pat, rep, t, flags=re.I)
    if st["lower"]:
        t = t.lower()
    elif t and t[0].islower() and rng.random() < 0.7:
        t = t[0].upper() + t[1:]
    if st["typo"]:
        words = t.split(" ")
        t = " ".join(_typo(w, rng) if rng.random() < st["typo"] else w for w in words)
    if st["stretch"] and rng.random() < st["stretch"]:
        t = re.sub(r"\b(so|no|yes|hi|hey|omg|pls|please|ok)\b", lambda m: m.group(1) + m.group(1)[-1] * rng.randint(1, 3), t, count=1)
    if t and t[-1].isalnum() and rng.random() < st["dot"]:
        t += "."
    if st["emoji"] and rng.random() < st["emoji"]:
        t += " " + rng.choice(EMOJI[st["emo"]])
    return t


class Conv:
    """Builds the message list of one conversation from dialogue moves."""

    def __init__(self, rng, lang, moves, slots, roles, styles, mood="neutral"):
        self.rng, self.lang, self.moves = rng, lang, moves
        self.slots, self.roles, self.styles, self.mood = slots, roles, styles, mood
        self.segments = []  # list of list of (role, text, manip)
        self.used = set()

    def realise(self, name, manip=None):
        variants = self.moves[name]
        fresh = [i for i in range(len(variants)) if (name, i) not in self.used] or list(range(len(variants)))
        vi = self.rng.choice(fresh)
        self.used.add((name, vi))
        v = variants[vi]
        flag = v.get("manip", False) if manip is None else manip
        seg = []
        for turn in v["turns"]:
            role, bank = turn[0], turn[1]
            prob = turn[2] if len(turn) > 2 else 1.0
            if self.rng.random() > prob:
                continue
            if isinstance(bank, dict):
                bank = bank.get(self.mood) or bank.get("any") or next(iter(bank.values()))
            raw = expand(self.rng.choice(bank), self.rng).format_map(self.slots)
            for part in raw.split(" // "):
                if part.strip():
                    seg.append((role, part.strip(), flag and role == "A"))
        return seg

    def add(self, name, manip=None):
        self.segments.append(self.realise(name, manip))

    def length(self):
        return sum(len(s) for s in self.segments)

    def pad(self, filler_names, target, lo=1, hi=None, tail_fixed=0, max_fill=4):
        """Insert filler moves between segments (positions lo..len-tail_fixed)."""
        guard = 0
        while self.length() < target and guard < max_fill and filler_names:
            guard += 1
            top = len(self.segments) - tail_fixed if hi is None else min(hi, len(self.segments))
            pos = self.rng.randint(min(lo, top), max(min(lo, top), top))
            self.segments.insert(pos, self.realise(self.rng.choice(filler_names), False))

    def messages(self):
        out = []
        for seg in self.segments:
            for role, text, manip in seg:
                out.append((self.roles[role], text, manip, role))
        return out


# ---------------------------------------------------------------------------
# Names and slot pools
# ---------------------------------------------------------------------------
KID_NAMES = ["mia", "leo", "amelia", "noah", "ella", "jayden", "ruby", "oscar", "lily", "kai", "zara",
             "finn", "maya", "theo", "isla", "harvey", "chloe", "alfie", "sofia", "ethan", "ava", "liam",
             "grace", "jack", "poppy", "rayan", "aisha", "tyler", "nina", "sam", "evie", "josh", "layla",
             "max", "imogen", "kian", "hannah", "reece", "freya", "omar", "daisy", "louis", "amira"]
ADULT_NAMES = ["alex", "mark", "dan", "steve", "chris", "paul", "lee", "tom", "jason", "rob", "gary",
               "claire", "sarah", "karen", "emma", "jo", "rachel", "nadia", "priya", "mike", "ben", "ian",
               "kev", "matt", "jen", "lucy", "dave", "simon", "helen", "gemma", "tariq", "andy", "nicola",
               "wes", "marcus", "fiona", "graham", "leanne", "sean", "becky"]
HANDLES = ["shadowfox_77", "nightowl22", "jj_plays", "luna.draws", "xvortexx", "bluewave", "kaizer_ttv",
           "pixelpanda", "dr4g0n", "moonbeam_art", "lilbeats", "ghost_runner", "sk8rdan", "frostbyte",
           "cherrycola", "zed_irl", "notjake", "captain_crunch", "midnightsketch", "tobyplays", "ravenn",
           "kitkat_09", "nova_xo", "stormy", "wolfie", "bigmike_gaming", "soft.clouds", "dj_lemon",
           "rocketboi", "emberr", "tinytank", "sparky04", "hazeyy", "crumbs", "mango_sky", "sir_bants"]

EN_SLOTS = {
    "game": ["Fortnite", "Minecraft", "Roblox", "Rocket League", "Valorant", "Apex", "Brawl Stars",
             "Fall Guys", "FIFA", "Overwatch", "Splatoon", "Among Us"],
    "sport": ["football", "netball", "swimming", "hockey", "basketball", "athletics", "rugby", "tennis",
              "cricket"],
    "club": ["the Rovers", "Juniors", "the under 13s", "St Mark's", "the Wasps", "Eastside", "the Harriers",
             "Parkside", "the Falcons"],
    "town": ["Leeds", "Bristol", "Norwich", "Hull", "Reading", "Derby", "Exeter", "Bolton", "Swindon",
             "Luton", "Stockport", "Ipswich", "Walsall", "Crawley"],
    "place": ["the park", "the rec", "the retail park", "the library", "the skate park",
              "the cafe by the station", "the big Tesco", "the shopping centre", "the bowling alley"],
    "bus": ["the 42", "the 7", "the 19", "the X5", "the 11", "the 36", "the 3A"],
    "subject": ["maths", "science", "history", "french", "english", "geography", "art"],
    "gift": ["1000 vbucks", "some robux", "a £20 steam card", "the battle pass", "a £10 gift card",
             "the new skin", "2000 gems", "a google play card"],
    "app": ["snap", "whatsapp", "telegram", "insta", "discord"],
    "pet": ["the dog", "my cat", "our puppy", "the hamster", "my rabbit"],
    "sib": ["my brother", "my sister", "my little brother", "my big sister"],
    "sibname": ["Josh", "Ellie", "Ben", "Molly", "Ryan", "Lottie", "Charlie", "Maisie"],
    "day": ["saturday", "sunday", "friday", "tuesday", "thursday"],
    "time": ["4", "half 3", "5", "6ish", "half 4", "10", "11"],
    "parent": ["mum", "dad"],
    "item": ["bike", "desk", "guitar", "pram", "sofa", "lawnmower", "tv stand", "scooter", "bookcase"],
    "price": ["40", "60", "80", "120", "25", "150", "35"],
    "street": ["Elm Road", "Station Street", "Cedar Close", "Mill Lane", "Park View", "Church Street",
               "Orchard Way"],
    "num": ["12", "27", "3", "41", "8", "16", "102"],
    "artthing": ["drawing", "animation", "song cover", "edit", "sketch", "comic"],
    "site": ["the art server", "tiktok", "the forum", "the fan page", "youtube", "the drawing app"],
    "food": ["pizza", "pasta", "chicken nuggets", "fajitas", "a curry", "fish fingers", "tacos"],
    "show": ["Stranger Things", "Wednesday", "Bluey", "the Bake Off", "One Piece", "Heartstopper"],
    "shop": ["Asda", "Argos", "the garden centre", "Primark", "Sports Direct", "B&Q"],
    "weekday": ["monday", "wednesday", "thursday", "tuesday"],
    "venue": ["the 3G pitch", "the leisure centre", "the school field", "the sports hall", "Parkside pitches"],
    "kit": ["shin pads", "your gum shield", "trainers", "the away kit", "a water bottle", "your racket"],
    "order": ["4471", "90213", "55820", "30087", "72116"],
    "tutor_topic": ["fractions", "algebra", "the essay", "the poem", "long division", "the volcano project"],
}


def pick_kid(rng, used):
    while True:
        n = rng.choice(KID_NAMES)
        if n not in used:
            used.add(n)
            return n


def pick_adult(rng, used):
    while True:
        n = rng.choice(ADULT_NAMES)
        if n not in used:
            used.add(n)
            return n


def pick_handle(rng, used):
    while True:
        n = rng.choice(HANDLES)
        if rng.random() < 0.3:
            n += str(rng.randint(1, 99))
        if n not in used:
            used.add(n)
            return n


# ---------------------------------------------------------------------------
# English dialogue moves.  Role A / B (C, D in groups).  In grooming plots A is
# the suspect and B the child.  A move flagged manip=True marks the suspect's
# lines as manipulation (used only for the onset index).
# ---------------------------------------------------------------------------
EN_MOVES: dict = {}


def mv(name, *turns, manip=False):
    EN_MOVES.setdefault(name, []).append({"turns": turns, "manip": manip})


def dlg(name, *scripts, manip=False):
    """Each script is one coherent exchange: 'A: text ;; B: text ;; A?: optional'."""
    for sc in scripts:
        turns = []
        for part in sc.split(";;"):
            role, text = part.strip().split(":", 1)
            opt = role.endswith("?")
            turns.append((role.rstrip("?"), [text.strip()], 0.6) if opt else (role, [text.strip()]))
        mv(name, *turns, manip=manip)


# ----- grooming functions, typical (stock phrasing) -------------------------
mv("personal_t",
   ("A", ["how old r u btw", "asl? lol", "how old are you anyway", "wait how old r u"]),
   ("B", {"eager": ["12 wbu", "13, u?", "im 11 lol", "14 nearly"], "neutral": ["12", "13 why", "im 12"],
          "wary": ["why", "old enough lol", "why does it matter"]}),
   ("A", ["{sage} lol", "im {sage}, dont worry age is just a number", "haha i'm {sage}, you seem older tbh",
          "cool im {sage}"]),
   ("A", ["what school do you go to", "where abouts do you live", "are you near {town}?"], 0.7),
   ("B", {"any": ["near {town}", "ye kinda", "i'd rather not say", "st john's"], "wary": ["not saying lol", "why"]}, 0.7),
   manip=True)
mv("compliment_t",
   ("A", ["you're really mature for your age", "honestly you're so grown up compared to other people your age",
          "you're not like other kids, you're way more mature", "ur so mature, i forget how young u are"]),
   ("B", {"eager": ["aww thanks", "really?", "thanks no one says that"], "neutral": ["lol thanks", "ok"],
          "wary": ["ok...", "thats a bit weird", "um thanks i guess"]}),
   ("A", ["i mean it", "seriously", "anyone would be lucky to have you as a friend"], 0.7),
   manip=True)
mv("risk_t",
   ("A", ["are your parents home?", "r u alone rn", "are u home alone", "is anyone else home"]),
   ("B", {"eager": ["ye theyre out till late", "just me lol", "mum's at work"], "neutral": ["dad's downstairs", "why"],
          "wary": ["why do u want to know", "no my mum's here", "why"]}),
   ("A", ["do your parents check your phone?", "do they read your messages", "just wondering lol", "just asking"]),
   ("B", ["not really", "sometimes", "no", "my mum does sometimes"], 0.8),
   manip=True)
mv("exclusive_t",
   ("A", ["ur like my best friend honestly", "you're special to me you know that", "i feel like we have a real connection",
          "you're the only one i can talk to"]),
   ("B", {"eager": ["aww same", "ur my best friend too", "really?"], "neutral": ["haha ok", "thanks"],
          "wary": ["we only just started talking tho", "ok lol", "um ok"]}),
   ("A", ["i've never met anyone like you", "no one gets me like you", "we've got something special"], 0.6),
   manip=True)
mv("isolation_t",
   ("A", ["your parents don't understand you", "your friends sound so fake", "your parents are way too strict",
          "sounds like no one at home really gets you"]),
   ("B", {"eager": ["ikr", "yeah they're so annoying", "they really dont"], "neutral": ["sometimes", "i guess"],
          "wary": ["theyre ok", "my mum's fine tbh", "not really"]}),
   ("A", ["i get you better than they do", "at least you've got me", "you can always talk to me instead"], 0.8),
   manip=True)
mv("secrecy_t",
   ("A", ["don't tell your parents about me ok", "this is our secret", "keep this between us ok?",
          "don't tell anyone we talk, they wouldn't understand"]),
   ("B", {"eager": ["ok i wont", "ofc", "i wont tell"], "neutral": ["ok", "why not", "ok i guess"],
          "wary": ["why would it be a secret", "my mum says i shouldnt keep secrets", "thats weird"]}),
   ("A", ["they'd just overreact", "people wouldn't get it", "it's not a big deal, just easier"], 0.8),
   manip=True)
mv("gift_t",
   ("A", ["want me to get u {gift}?", "i can send you {gift} if you want", "i'll top up your phone credit for you",
          "ill buy u the battle pass, no catch"]),
   ("B", {"eager": ["omg yes", "really??", "ur the best"], "neutral": ["u dont have to", "really?"],
          "wary": ["no its fine", "why would u do that", "my dad says not to take stuff"]}),
   ("A", ["sure, just don't tell anyone where it came from", "just give me ur details", "its nothing, i've got loads"], 0.8),
   manip=True)
mv("platform_t",
   ("A", ["do u have {app}? add me", "this app is so glitchy, u got {app}?", "lets talk on {app} instead",
          "whats ur {app}"]),
   ("B", {"eager": ["ye its {tn}_{num}", "ok adding u", "yes!"], "neutral": ["i think so", "maybe", "why"],
          "wary": ["im not allowed", "i only use this", "my mum checks my {app}"]}),
   ("A", ["it's more private there", "easier to chat there", "make one, takes 2 secs"], 0.8),
   manip=True)
mv("approach_t",
   ("A", ["we should meet up sometime", "wanna meet up this weekend?", "i could pick you up after school",
          "we should hang out irl"]),
   ("B", {"eager": ["yes!!", "where?", "ok when"], "neutral": ["maybe", "idk", "where?"],
          "wary": ["i dont think my mum would let me", "idk about that", "i dont really meet people from online"]}),
   ("A", ["just don't tell anyone", "i'll come to {place}, {day}?", "it'll be fun, our secret", "i can meet you at {place}"], 0.9),
   manip=True)

# ----- grooming functions, quiet (ordinary words, no stock phrases) ---------
mv("home_q",
   ("A", ["what time does your mum get back from work usually", "is your dad still on nights this week?",
          "does your mum work late on {weekday}s?", "who's in when you get back from school"]),
   ("B", {"any": ["like 6", "half 5 usually", "yeah till friday", "no one till {time} lol", "mum gets back at 6"],
          "wary": ["why", "depends", "it changes"]}),
   ("A", ["long day for you then", "so you get the house to yourself for a bit", "fair enough", "must be quiet"], 0.8),
   ("B", ["ye", "its fine", "i just play {game}"], 0.6),
   manip=True)
mv("bus_q",
   ("A", ["which bus do you take home", "do you still get {bus} home?", "do you walk home or get the bus",
          "what stop do you get off at"]),
   ("B", {"any": ["{bus}", "i walk", "the one by the chippy", "ye {bus}"], "wary": ["why", "depends"]}),
   ("A", ["ha i go past that stop most days", "that's the one by the big roundabout right", "nice, long ride?"], 0.8),
   manip=True)
mv("screen_q",
   ("A", ["is your laptop in your room or the living room", "anyone else use that tablet?", "is your brother next to you",
          "can anyone see what you're typing lol"]),
   ("B", {"any": ["my room", "just me", "no hes out", "living room but no ones here"], "wary": ["why", "my sister sometimes"]}),
   ("A", ["just wondering, my family used to read everything over my shoulder", "ok good", "lol fair"], 0.8),
   manip=True)
mv("exclusive_q",
   ("A", ["i don't talk to anyone else the way i talk to you", "nobody gets me like you do", "talking to you is the best bit of my day honestly",
          "you're easier to talk to than anyone i know"]),
   ("B", {"eager": ["same", "aww", "me too honestly"], "neutral": ["haha", "ok"], "wary": ["lol ok", "thats nice i guess"]}),
   ("A", ["i mean it", "not many people actually listen", "it's rare"], 0.7),
   manip=True)
mv("resent_q",
   ("B", ["my mum took my phone again", "got told off for nothing", "my dad shouted at me about my room", "im grounded lol"]),
   ("A", ["for what? that's a bit much", "they don't really listen to you do they", "seems like they're always on at you",
          "you didn't even do anything"]),
   ("B", ["ikr", "not really", "it's just how they are", "they never listen"]),
   ("A", ["you deserve people who actually notice you", "you can always vent to me, i won't judge", "if i was them i'd trust you more"], 0.85),
   manip=True)
mv("friends_q",
   ("A", ["did your mates get back to you", "sounds like your friends didn't really have your back there", "do your friends actually get you tho"]),
   ("B", ["not really", "they're busy", "kind of", "they left me on read"]),
   ("A", ["their loss honestly", "you're better than that group", "well you've always got me"], 0.8),
   manip=True)
mv("delete_q",
   ("A", ["maybe clear these after, your mum reads over your shoulder right", "you can delete our chat after if you want, less hassle",
          "probably best to wipe this before bed"]),
   ("B", {"eager": ["ok", "good idea", "ye ok"], "neutral": ["why", "ok i guess"], "wary": ["why tho", "theres nothing bad in it"]}),
   ("A", ["just saves questions", "no reason, just easier", "they'd only make it into a thing"], 0.8),
   manip=True)
mv("second_q",
   ("A", ["you could make another account, one that's just for us to chat", "do you have a second account? easier for chatting",
          "make a spare profile, then your feed stays separate"]),
   ("B", {"eager": ["ok ill make one", "lol ok", "good idea"], "neutral": ["how", "maybe"], "wary": ["why would i need that", "idk"]}),
   ("A", ["takes a minute, i'll show you", "just so it's not all mixed in", "only if you want"], 0.8),
   manip=True)
mv("favour_q",
   ("A", ["can you do me a small favour", "do me a favour?", "can i ask you something small"]),
   ("B", ["ok what", "depends lol", "sure"]),
   ("A", ["message me when you get in from school, every day, so i know you're ok", "log on at 10 tonight, just for a bit",
          "change your status to the song i sent, that'll be our thing", "stay up till 11 tonight, i finish late"]),
   ("B", {"eager": ["ok!", "deal", "ok i will"], "neutral": ["ok i'll try", "maybe"], "wary": ["i cant stay up that late", "why"]}),
   ("A", ["good, knew i could count on you", "see, that's why i like you", "thanks, means a lot"], 0.8),
   manip=True)
mv("gift_q",
   ("A", ["had a spare code lying about, it's yours", "i sorted your battle pass, don't worry about it", "topped you up, check your account",
          "i've got a spare controller, i'll drop it round"]),
   ("B", {"eager": ["wait really?? thank u", "omg", "no way thanks"], "neutral": ["u didnt have to", "thanks"],
          "wary": ["i cant take that", "my mum will ask where its from"]}),
   ("A", ["just say you earned it", "you don't have to mention it", "it's nothing, you'd do the same"], 0.8),
   manip=True)
mv("secretworld_q",
   ("A", ["i like that this is just ours", "it's nice having something nobody else is in on", "nobody else needs to know what we talk about, it's ours"]),
   ("B", {"eager": ["ye", "me too", "same"], "neutral": ["ok", "lol"], "wary": ["i guess", "um ok"]}),
   manip=True)
mv("approach_q",
   ("A", ["i'm in {town} {day} anyway for work", "i'll be around {place} {day} afternoon if you happen to be there",
          "i could give you the controller in person, save posting it", "there's a good cafe by {place}, you could show me where you skate"]),
   ("B", {"eager": ["oh cool what time", "i might be", "ye maybe"], "neutral": ["maybe", "idk"], "wary": ["i'm busy saturday", "i'd have to ask"]}),
   ("A", ["about {time}, no pressure", "no need to ask anyone, it's just a quick hello", "just let me know, i'll be there anyway"], 0.85),
   manip=True)
mv("platform_q",
   ("A", ["this keeps deleting my messages, there's a better one, i'll send you a link", "my messages on here keep failing, use the other one?",
          "i'm barely on here anymore, easier to reach me on the other app"]),
   ("B", {"eager": ["ok send it", "ye ok"], "neutral": ["which one", "maybe"], "wary": ["i only have this one", "i'm not allowed other apps"]}),
   manip=True)
mv("fast_open",
   ("A", ["hey u seem really cool lol", "hi how old r u", "hey wanna be friends", "hey ur so funny on the stream, how old r u"]),
   ("B", ["hi", "13", "lol hi", "12 wbu", "who is this"]),
   manip=True)

# ----- family_parent (A parent, B child) ------------------------------------
mv("par_pickup",
   ("A", ["I'll pick you up at {time} from {place}", "Can you walk back with {sibname} today? I'm running late",
          "Where are you? I'm outside", "Dad's getting you from training tonight"]),
   ("B", ["ok", "can u come at {time} instead", "im coming out now", "ok where r u parked"]),
   ("A", ["Ok see you then x", "By the gate", "Fine, don't be late", "Text me when you're out"], 0.8))
mv("par_alone",
   ("A", ["I'm stuck at work till 7, you ok on your own till then?", "Are you home alone? Nan can pop round if you want",
          "I'll be back about 6. Lock the door and don't open it to anyone", "Dad's not back till late, you'll be on your own for an hour"]),
   ("B", ["ye im fine", "ok", "can i have {food}", "is {sibname} coming home", "yeah im watching {show}"]),
   ("A", ["There's {food} in the freezer", "Text me if you need anything", "Good. Homework first", "Ok love you x"], 0.9),
   ("B", ["ok", "love u", "k"], 0.5))
mv("par_surprise",
   ("A", ["Don't tell your sister about the surprise ok", "Remember not a word to dad about saturday, it's a surprise!",
          "Keep it a secret from {sibname}, we're getting the puppy on friday!!"]),
   ("B", ["i wont!!", "omg ok", "my lips are sealed", "can i tell {sibname} at least"]),
   ("A", ["No! It's a surprise 😂", "Good x", "Not until saturday"], 0.8))
mv("par_gift",
   ("A", ["Got you something, it's on your bed", "Put £10 on your card for the trip", "I ordered the trainers you wanted, don't tell anyone lol"]),
   ("B", ["omg thank uuu", "yesss", "thanks mum", "thank u!!"]),
   ("A", ["You earned it x", "Only because your report was good", "❤️"], 0.7))
mv("par_screen",
   ("A", ["Off the xbox now please", "Who are you talking to on that game?", "Screen time is up, charger downstairs tonight",
          "Why are you still online it's 11"]),
   ("B", ["5 more mins", "just {sibname}s friends", "its just people from school", "ugh fine", "im just finishing a game"]),
   ("A", ["Now please", "Only people you know in real life ok?", "I mean it", "We'll talk about it tomorrow"]),
   ("B", ["ok", "fine", "ok ok"], 0.6))
mv("par_keys",
   ("A", ["Did you take your keys?", "Have you got your key? I'm not in till 5", "Key's under the pot if you forgot it again"]),
   ("B", ["yes", "no 😬", "ye", "oops"]),
   ("A", ["Honestly", "Ok good", "Pot by the door then"], 0.8))
mv("par_delete",
   ("A", ["Delete that app please, I read about it", "I don't want you on that app, delete it", "Who gave you that new app? Delete it till we talk"]),
   ("B", ["but everyone has it", "why", "its just for chatting", "ok fine"]),
   ("A", ["Strangers message kids on it. Delete it", "We'll look at it together at the weekend", "Because I said so, and it's 16+"]),
   ("B", ["ok", "fine", "ugh ok"], 0.7))
mv("par_love",
   ("A", ["Love you, text me when you get there", "Proud of you today x", "Hope the test went ok, love you", "Did you eat lunch?"]),
   ("B", ["love u too", "ok", "it was fine", "yes"]),
   ("A", ["x", "❤️", "Good"], 0.5))
# ----- family_relative (A relative, B child) --------------------------------
mv("rel_secret",
   ("A", ["Don't tell your mum but we're doing a surprise for her birthday", "Can you keep a secret? We're planning a party for grandad",
          "Shh don't tell your dad, I'm getting him the watch he wanted"]),
   ("B", ["omg ok", "i wont tell", "what can i do", "yes!!"]),
   ("A", ["Can you find out when she's free on the {day}?", "Come round saturday and help me make the cake", "You're a star x"]),
   ("B", ["ok ill ask", "ok", "yesss"], 0.7))
mv("rel_visit",
   ("A", ["We're coming up on {day}!", "Are you all in this weekend?", "Fancy coming round for tea on {day}"]),
   ("B", ["yay", "i think so", "ye can we have {food}"]),
   ("A", ["Course we can", "See you then x", "Tell your mum"], 0.8))
mv("rel_lift",
   ("A", ["I'll pick you up from school thursday, your mum's working", "Uncle {sname} will get you from {place} at {time}",
          "Wait by the gate, I'll be in the blue car"]),
   ("B", ["ok", "can {tn2} come too", "thanks"]),
   ("A", ["If her mum says ok", "No problem", "See you there"], 0.7))
mv("rel_praise",
   ("A", ["You've grown so much! So grown up now", "Your mum showed me your report, so proud", "Look at you, nearly as tall as me"]),
   ("B", ["lol", "thanks", "haha nan stop", "aw thanks"]),
   ("A", ["Keep it up x", "xx", "Love you lots"], 0.6))
mv("rel_alone",
   ("A", ["Are you home on your own? Pop round if you're bored", "Is your mum back yet? I've got her dish", "Are you in? I'm dropping the parcel round"]),
   ("B", ["ye just me", "not yet, at 6", "ye im in"]),
   ("A", ["I'll leave it with you then", "Ok I'll come after 6", "Be there in 10"], 0.8))
mv("rel_cousin",
   ("A", ["yo little cuz", "oi did u finish that level i set up", "u coming to the bbq saturday"]),
   ("B", ["no its too hard", "ye", "lol hi"]),
   ("A", ["ill show u at the bbq", "bring ur switch", "don't tell auntie i let u play that one lol"], 0.8),
   ("B", ["lol ok", "i wont"], 0.6))

# ----- teacher_coach -------------------------------------------------------
mv("tc_venue",
   ("A", ["Training moved to {venue} this week", "Reminder: session is at {venue} on {weekday}, not the usual place",
          "Change of venue for saturday, we're at {venue}"]),
   ("B", ["ok thanks", "what time", "is it still at {time}", "ok will tell my dad"]),
   ("A", ["Same time", "Usual time, bring {kit}", "{time} start"], 0.9))
mv("tc_travel",
   ("A", ["Away match {day}, meet at the car park at 9", "I can take three in my car if parents are ok with it, let me know",
          "Minibus leaves from school at {time}, don't be late"]),
   ("B", ["my mum can drive", "can i come with u", "ok", "whats the address"]),
   ("A", ["Great, thanks", "Get your mum to message me to confirm", "It's on the team sheet, I'll send it in the group"], 0.9))
mv("tc_praise",
   ("A", ["Really proud of your effort today", "Well done today, you've improved so much", "Brilliant work on the {tutor_topic}",
          "That was your best session yet"]),
   ("B", ["thank u", "thanks sir", "thanks miss", "thank you!!"]),
   ("A", ["Keep it up", "Same again next week", "You earned it"], 0.7))
mv("tc_kit",
   ("A", ["Don't forget {kit}", "Bring {kit} tomorrow, ref will check", "Has everyone got a kit number?"]),
   ("B", ["ok", "i lost mine", "ye"]),
   ("A", ["Spares in the bag", "Ask at reception", "Good"], 0.7))
mv("tc_homework",
   ("B", ["im stuck on question 4", "i dont get {tutor_topic}", "can i hand it in late"]),
   ("A", ["Send a screenshot of the question", "Look at the example on page 12 first", "Try it and we'll go through it thursday",
          "Ask in the homework club at lunch"]),
   ("B", ["ok", "thanks", "i'll try"], 0.8),
   ("A", ["Good", "You'll get it", "Email your mum a copy too"], 0.5))
mv("tc_parent",
   ("C", ["Hi, is training still on tonight with the rain?", "Hi {sname}, can {tn} get a lift back with someone on saturday?",
          "Thanks for today, {tn} loved it"]),
   ("A", ["Yes still on, pitches are fine", "I'll ask in the group", "Pleasure, they worked hard"]),
   ("C", ["Great thanks", "Much appreciated", "👍"], 0.7))
# ----- peers (A, B children / teens) ----------------------------------------
mv("peer_secret",
   ("A", ["dont tell anyone but i like {crush}", "ok secret but promise", "can u keep a secret"]),
   ("B", ["omg", "promise", "who", "i swear"]),
   ("A", ["{crush}", "ok its {crush} from {subject}", "dont laugh"], 0.9),
   ("B", ["omggg i knew it", "thats so cute", "i wont tell anyone"]),
   ("A", ["delete this lol", "if u tell anyone im dead", "seriously"], 0.6))
mv("peer_app",
   ("A", ["download this app its so fun", "have u got the new app everyones using", "move to {app} this is so laggy"]),
   ("B", ["which one", "my mum wont let me", "ok downloading", "i already have it"]),
   ("A", ["ill send u the link", "just make an account", "ok add me"], 0.8))
mv("peer_meet",
   ("A", ["meet at {place} at {time}?", "wanna go {place} after school", "come to mine, my parents are out lol"]),
   ("B", ["ye", "cant, i've got {sport}", "ok whos coming", "is {tn2} coming"]),
   ("A", ["ok", "me, {tn2} and maybe jay", "bring ur switch"], 0.8))
mv("peer_nottell",
   ("A", ["dont tell mum i went to {place}", "dont tell ur mum i said that lol", "if my mum asks i was at yours"]),
   ("B", ["lol i wont", "ok", "ur gonna get caught"]),
   ("A", ["shhh", "lol", "i wont"], 0.6))
mv("peer_age",
   ("A", ["how old is ur cousin", "is he in year 9?", "wait is she older than us"]),
   ("B", ["15", "no year 8", "ye shes 14"]),
   ("A", ["ohh", "lol", "makes sense"], 0.8))
mv("peer_compliment",
   ("A", ["ur drawing is so good", "love ur new trainers", "ur so good at {sport}", "ur honestly the funniest person i know"]),
   ("B", ["awww thanks", "lol stop", "thx", "ur better"]),
   ("A", ["its true", "no ur better", "lol"], 0.6))
mv("peer_gossip",
   ("A", ["did u see what happened in {subject}", "mr hughes was so angry today", "omg did u hear about {tn2}"]),
   ("B", ["noo what", "lmao", "ye so dramatic"]),
   ("A", ["ill tell u tmrw", "it was so funny", "everyone was talking about it"], 0.9))

# ----- friends_meeting (adults) ---------------------------------------------
mv("fm_meet",
   ("A", ["Still on for {day}?", "Drinks {day}? I'm free after 7", "Coffee next week?", "Fancy meeting halfway?"]),
   ("B", ["Yes!", "Can't wait", "Let's do it", "Maybe {day} instead?"]),
   ("A", ["Perfect", "{place} at 7?", "Works for me"], 0.9))
mv("fm_address",
   ("A", ["What's your address again?", "Send me the postcode", "Which number are you?"]),
   ("B", ["{num} {street}", "It's {num} {street}, blue door", "Sending now", "{num} {street}, ring twice the bell's dodgy"]),
   ("A", ["Got it", "Thanks", "See you there"], 0.8))
mv("fm_app",
   ("A", ["Shall we move this to {app}? easier", "Add me on {app}", "I'm on signal now, add me there"]),
   ("B", ["Sure", "Done", "Which number?"]),
   ("A", ["Same number", "Sent you a message", "👍"], 0.7))
mv("fm_alone",
   ("A", ["Are you on your own tonight? Come over for {food}", "Kids are at their dad's, fancy a film?", "Home alone this weekend, want to come round?"]),
   ("B", ["Oh go on then", "Yes please, I'll bring wine", "Can't tonight, tomorrow?"]),
   ("A", ["Great", "Come about 7", "Tomorrow works"], 0.9))
mv("fm_secret",
   ("A", ["Don't tell Jess about the party, it's a surprise", "Keep it quiet for now, not announced yet", "Between us, I got the job!!"]),
   ("B", ["My lips are sealed", "Omg congrats!!", "I won't say a word"]),
   ("A", ["Thanks", "Cheers x", "😁"], 0.6))
mv("fm_logistics",
   ("A", ["I'll bring the cake", "Can you get the tickets?", "Parking's a nightmare there, get the train", "Running 10 mins late sorry"]),
   ("B", ["Ok", "Done", "Good shout", "No worries"]))

# ----- adults (friendly / romantic, non-explicit) ---------------------------
mv("ad_flirt",
   ("A", ["You looked gorgeous tonight", "You're really easy to talk to", "Can't stop smiling after last night", "You have the best laugh"]),
   ("B", ["Stop it 😊", "You're sweet", "Same honestly", "Haha thank you"]),
   ("A", ["Only saying what's true", "Meant it", "😉"], 0.7))
mv("ad_miss",
   ("A", ["Miss you", "Thinking of you", "Wish you were here", "How's your day going?"]),
   ("B", ["Miss you too", "Long day, better now", "Aw x", "Busy, you?"]))
mv("ad_date",
   ("A", ["Can't wait to see you saturday", "Dinner on {day}?", "Want to meet for a drink after work?"]),
   ("B", ["Me neither", "Yes!", "Where were you thinking"]),
   ("A", ["That Italian place?", "{place}?", "I'll book somewhere"], 0.8))
mv("ad_app",
   ("A", ["Shall we move off this app? here's my number", "This dating app is rubbish, text me instead", "Add me on {app}"]),
   ("B", ["Sure, texting you now", "Ok 😊", "Done"]))
mv("ad_age",
   ("A", ["How old are you anyway? Your profile's cagey", "Wait you're 34? I thought late twenties"]),
   ("B", ["36 haha", "Thank you, moisturiser", "Old enough 😂"]),
   ("A", ["Good, same ballpark", "You don't look it", "Ha"], 0.8))
mv("ad_alone",
   ("A", ["Are you alone? Can I call?", "Free to talk?", "You home? I'll ring you"]),
   ("B", ["Yes call me", "Give me 5 mins", "Flatmate's here but call anyway"]))

# ----- gamers --------------------------------------------------------------
mv("gm_age",
   ("A", ["how old r u", "wait ur voice is young how old r u lol", "u 14 too?"]),
   ("B", ["15", "14 wbu", "13", "16"]),
   ("A", ["same", "ah im 16", "nice im 14", "ok cool"]))
mv("gm_gift",
   ("A", ["i can gift u the skin, i have 2", "want my spare pickaxe", "ill drop u some loot", "gift me the battle pass and ill carry u lol"]),
   ("B", ["wait fr?", "yes pls", "no way thx", "lol no"]),
   ("A", ["ye np", "accept the trade", "jk"], 0.8))
mv("gm_discord",
   ("A", ["add me on discord", "join the discord we do customs on fridays", "whats ur discord", "get on vc"]),
   ("B", ["ok whats ur tag", "sent", "i dont have it", "my mic is broken lol"]),
   ("A", ["{handle}#2210", "ok", "just type then"], 0.8))
mv("gm_squad",
   ("A", ["need one more for squad", "u carried us", "ur cracked ngl", "that last game was insane"]),
   ("B", ["lol", "im in", "gg", "i was lagging so bad"]),
   ("A", ["run it back", "same time tmrw", "gg"], 0.8))
mv("gm_trash",
   ("A", ["bro u threw", "why did u push", "stop camping lol"]),
   ("B", ["i didnt", "my bad", "lol"]),
   ("A", ["its ok", "next one", "whatever"], 0.7))

# ----- safety_lesson -------------------------------------------------------
mv("sl_quote",
   ("A", ["The school sent a letter about online safety. Worth reading",
          "Did you see the talk about grooming at school? Really eye opening",
          "Had the police officer in for the online safety assembly today"]),
   ("B", ["What did it say?", "Yes, scary stuff", "What were the main points?"]),
   ("A", ["They said groomers say things like 'you're so mature for your age' and 'don't tell your parents'",
          "Apparently they ask if you're home alone and then try to get you onto another app like snap",
          "The big one is secrets. Any adult who says 'this is our secret' is a red flag",
          "They often send gifts first, vbucks or gift cards, then ask for something back"]),
   ("B", ["That's horrible", "Good to know", "Will talk to mine tonight"]),
   ("A", ["Exactly, the advice was keep talking to them about it", "And check who they're talking to in games", "Yes the leaflet has a checklist"], 0.8))
mv("sl_kid",
   ("A", ["If anyone online ever asks you to keep a secret from me, you tell me ok?", "Remember, if someone you don't know offers you vbucks, it's a trick",
          "If someone asks what time I get home from work, that's not a normal question from a stranger"]),
   ("B", ["i know mum", "we did this at school", "ok", "nobody does that"]),
   ("A", ["Good. And nobody gets to ask you to meet up", "I'm not cross, I just want you to know", "Promise me"]),
   ("B", ["promise", "ok", "i know"], 0.8))
mv("sl_parents",
   ("A", ["Heads up, someone's been messaging kids on the {game} server asking how old they are and offering gift cards",
          "Just so you know, a man was telling the year 7s 'you can trust me, I'm not like other adults'",
          "Warning for the group: an account is asking kids to move to {app} and delete chats"]),
   ("B", ["Thanks for sharing", "Reported it", "That's awful, talking to mine now", "Which server?"]),
   ("A", ["Screenshot everything and report it", "The school knows", "The official one, I'll send a link"], 0.8))
mv("sl_teacher",
   ("A", ["For tomorrow's PSHE: the warning signs are flattery, secrecy, gifts, asking if you're alone, and moving apps",
          "Homework: list three things a groomer might say, like 'nobody understands you like I do'"]),
   ("B", ["ok", "is it marked", "what if we dont know any"]),
   ("A", ["Not marked", "Use the slides", "Slide 4 has examples"], 0.8))

# ----- ordinary ------------------------------------------------------------
mv("or_sale",
   ("A", ["Hi is the {item} still available?", "Hi, interested in the {item}, would you take {price}?"]),
   ("B", ["Yes still available", "Yes, {price} is fine", "Someone's coming tonight but if they don't it's yours"]),
   ("A", ["Great, can I collect {day}?", "What's the address?", "Where abouts are you?"]),
   ("B", ["{num} {street}, {town}", "Come after {time}", "Near the station, I'll send the postcode"]),
   ("A", ["Perfect thanks", "Cash ok?", "See you then"], 0.9))
mv("or_service",
   ("B", ["Hi, my order {order} hasn't arrived", "Can I change my delivery address?", "Hi, the app keeps logging me out"]),
   ("A", ["Hi, thanks for getting in touch. Could you confirm your postcode?", "Sorry to hear that, let me check",
          "I can help with that. Can you confirm the email on the account?"]),
   ("B", ["Sure", "It's on the order", "Done"]),
   ("A", ["Thanks. It's out for delivery today. Will someone be home to sign?", "I've updated that for you",
          "Please try reinstalling, that fixes it in most cases"]),
   ("B", ["Yes I'm in all day", "Thank you", "Will do"]),
   ("A", ["Is there anything else I can help with?", "Have a good day"], 0.8))
mv("or_neighbour",
   ("A", ["Got a parcel for you, want me to drop it round?", "Are you in? Your bin's blown over", "Can you keep an eye on the house while we're away?"]),
   ("B", ["Yes please!", "Thanks, will sort it", "Of course, when are you off?"]),
   ("A", ["Next week, spare key's under the pot", "Bringing it now", "No worries"], 0.8))
mv("or_group",
   ("A", ["Who's driving saturday?", "Can someone bring the cones?", "Kick off moved to 11"]),
   ("B", ["I can take 2", "I'll bring them", "👍"]),
   ("C", ["Thanks all", "I'll drop mine at yours at 10", "Great"], 0.8))
mv("or_appointment",
   ("A", ["Reminder: appointment {day} at {time}. Reply YES to confirm", "Your table for 4 is booked for {time}"]),
   ("B", ["YES", "Thanks", "Can I move it to later?"]),
   ("A", ["Confirmed", "Yes we can do {time}", "Thank you"], 0.8))



# ----- grooming openers (ordinary, not yet manipulative) --------------------
dlg("gopen_game",
    "A: gg that was a close one ;; B: [lol|haha] ye ;; A?: wanna run another ;; B?: sure",
    "A: [yo|hey] ur the one who carried that last round right ;; B: lol i guess ;; A: what rank are u ;; B: gold 2 lol",
    "A: nice clutch [lol|haha] ;; B: thx, i was so lagging ;; A?: u use controller or keyboard? ;; B?: controller",
    "B: who r u ;; A: we played {game} last night, i sent u the friend request ;; B: oh ye",
    "B: do i know u ;; A: ur the one with the frog skin haha we were in a squad earlier ;; B: ohh ok lol",
    "A: [hey|hi] saw u in the lobby again ;; B: lol ye im always on ;; A?: same tbh ;; B?: lol",
    "A: u play {game} a lot? ;; B: most days ;; A: same, ur good ;; B: thx")
dlg("gopen_sport",
    "A: Hi {tn}, it's {sname}, I help out with {club} on {weekday}s. Great effort today ;; B: oh hi thanks ;; A?: your passing's come on loads ;; B?: thanks",
    "A: hiya it's {sname}, the new assistant at {club}. you were flying today ;; B: thank u!! ;; A: keep that up and you'll be starting ;; B: hope so lol",
    "A: Hey {tn}, {sname} here from {sport}, got your number off the team list, hope that's ok ;; B: hi, ok ;; A: how's the ankle? ;; B: its fine now")
dlg("gopen_art",
    "A: hey I saw your {artthing} on {site}, it's honestly really good ;; B: omg thank u ;; A?: what do you use, ipad? ;; B?: just my phone lol",
    "A: hi! love your {artthing}s, how long have you been drawing? ;; B: thanks!! like 2 years ;; A?: you should post more ;; B?: i will!",
    "A: ok your latest {artthing} is amazing ;; B: aw thanks i didnt think anyone saw it ;; A: i draw a bit too but nowhere near that ;; B: haha im sure urs r good")
dlg("gopen_tutor",
    "A: Hi {tn}, it's {sname}. How did the {subject} test go? ;; B: ok i think ;; A: I'm sure you did better than you think ;; B?: hope so",
    "A: hey {tn}, {sname} here, your mum said you wanted help with {tutor_topic} ;; B: hi yes ;; A: send me a question you're stuck on ;; B: ok",
    "A: Hi {tn}, just checking you got the worksheet from today ;; B: yeah i got it ;; A?: We can go over it next session ;; B?: ok thanks")
dlg("gopen_neighbour",
    "A: Hi {tn} it's {sname} from across the road, your {parent} gave me your number for the dog walking ;; B: oh hi ;; A: {day} ok to start? ;; B: ye should be",
    "A: hey {tn}, {sname} here, your {parent}'s friend from work. we met at the bbq ;; B: oh hi ;; A?: how's school going ;; B?: its ok",
    "A: Hiya, it's {sname} from number {num}. You left your ball in my garden again haha ;; B: oh yeah sorry lol ;; A: no bother, come and get it anytime ;; B: thank u")
dlg("gopen_social",
    "A: hey, you commented on the {show} post, glad someone else thinks the same lol ;; B: lol hiii ;; A?: the last episode was crazy ;; B?: i cried ngl",
    "A: your edits are so good, followed u ;; B: thanks!! ;; A: how long have you been doing them ;; B: since like year 5 lol",
    "A: hi! saw ur in the fan group too, who's ur fav ;; B: omg hi, obviously the middle one ;; A: same honestly ;; B: ikr")

# ----- ordinary filler by setting (shared by benign and grooming) -----------
dlg("fill_game",
    "A: did u see the new update ;; B: ye the new guns r op ;; A?: so broken lol",
    "A: that new map is so bad ;; B: ikr i keep getting lost ;; A?: lol same",
    "B: r u on ;; A: on in 10 ;; B: ok",
    "B: u playing tonight ;; A: yeah after food ;; B?: ok add me when ur on",
    "A: i finally got the win last night ;; B: no way gg ;; A?: took like 40 games lol",
    "A: ur aim was crazy earlier ;; B: lol thx it was luck",
    "B: i got the new skin ;; A: which one ;; B: the blue dragon one ;; A?: nice thats clean",
    "A: the event starts friday ;; B: cant wait ;; A?: same",
    "B: my wifi is so bad today ;; A: unlucky ;; B?: keeps kicking me out",
    "A: we need a third for squads ;; B: ask {tn2} ;; A?: ok")
dlg("fill_sport",
    "A: did you see the score from sunday ;; B: yeah we got smashed ;; A?: next week will be better",
    "A: training was brutal tonight ;; B: my legs are dead ;; A?: make sure you stretch",
    "B: are we playing the Falcons next ;; A: think so, they're good ;; B?: uh oh",
    "A: coach was not happy lol ;; B: lol yeah ;; A?: we'll be running laps next week",
    "B: i scored in PE today ;; A: get in ;; B?: first time all year lol")
dlg("fill_art",
    "A: what are you drawing at the moment ;; B: a character for my story ;; A?: send it when its done",
    "A: have you tried the new brushes ;; B: not yet are they good ;; A?: they're ok",
    "B: i'm stuck on a background ;; A: backgrounds are the worst ;; B?: lol ikr",
    "B: finished the comic page ;; A: nice, post it ;; B?: tomorrow maybe")
dlg("fill_school",
    "A: how was school ;; B: boring ;; A?: ugh",
    "A: much homework? ;; B: so much {subject} homework ;; A?: you'll get it done",
    "A: good day? ;; B: we had a supply teacher lol ;; A?: ha nice",
    "B: we had a fire drill in {subject} lol ;; A: in the rain? ;; B: ye everyone was soaked",
    "B: got a merit in {subject} ;; A: nice one ;; B?: first one this term",
    "A: did you finish the project ;; B: nearly ;; A?: good luck",
    "B: school trip next week ;; A: where to ;; B: a museum in {town} ;; A?: fun")
dlg("fill_day",
    "B: im so bored ;; A: same lol ;; B?: nothing to do",
    "B: just had {food} for tea ;; A: nice ;; B?: it was ok",
    "B: {pet} just knocked my drink over lol ;; A: classic",
    "B: watching {show} ;; A: is it good? ;; B: ye season 2 now",
    "A: what u up to ;; B: nothing much ;; A?: fair",
    "A: hows ur day ;; B: ok, tired ;; A?: same",
    "B: its raining again ;; A: ugh ;; B?: so bad",
    "A: you around? ;; B: ye whats up ;; A: nothing just bored",
    "B: i have a dentist appointment tmrw ;; A: unlucky ;; B?: ikr")
dlg("fill_adult",
    "A: How was work? ;; B: Don't ask ;; A?: That bad?",
    "A: Did you watch the match? ;; B: Missed it, any good? ;; A: Was decent",
    "A: Weather's awful today ;; B: Tell me about it",
    "B: Just got in ;; A: Long day? ;; B?: Very",
    "B: Kids finally asleep ;; A: Finally! ;; B?: Glass of wine time",
    "B: Stuck on the train again ;; A: Nightmare ;; B?: 20 mins late already",
    "A: Did you sort the boiler? ;; B: Man's coming Thursday ;; A?: Good",
    "A: Roll on the weekend ;; B: Exactly")

dlg("personal_q",
    "A: what year are you in now ;; B: year [7|8] ;; A: ah big change from primary ;; B?: ye kinda",
    "A: is that the school with the green jumpers? ;; B: ye it is ;; A: is it far from yours ;; B: like 15 mins",
    "A: do you have the same teacher as last year ;; B: yeah mrs cole again ;; A: do you walk there? ;; B: ye me and my friend walk",
    "A: which end of {town} are you, the new estate side? ;; B: near the big roundabout ;; A?: ah i know it",
    manip=True)
dlg("age_q",
    "A: what are you doing for your birthday this year, big one? ;; B: 13!! just cake lol ;; A: i'll have to get you something",
    "A: when's your birthday again ;; B: march ;; A: so 13 soon? ;; B: ye ;; A?: haha old now",
    "A: 13 soon right? ;; B: next month ;; A: nice, you'll be all grown up",
    manip=True)
dlg("tc_age",
    "A: What year are you in now? Need it for the league form ;; B: year 7 ;; A: Thanks",
    "A: Date of birth for registration please ;; B: 12th of may ;; A: Got it",
    "A: Are you under 12s or under 13s this season? ;; B: under 13s ;; A: Perfect")
dlg("par_age",
    "B: can i walk to {place} on my own ;; A: You're 12, maybe with a friend ;; B: {tn2} can come ;; A: Fine, text me when you're there and when you leave",
    "B: everyone else is allowed to go into town ;; A: Who's everyone? ;; B: {tn2} and some others ;; A: We'll see, ask me later",
    "B: can i go to {tn2}s sleepover ;; A: Only if I know the parents ;; B: pleeease ;; A: Give me her mum's number then")
dlg("rel_present",
    "A: What size shoes are you now? Want to get you the trainers ;; B: size 5 ;; A: Ok darling",
    "A: What would you like for your birthday sweetheart ;; B: the new {game} thing ;; A: I'll ask your mum what that is 😂",
    "A: Is it a 12-13 in jumpers now? Getting you a hoodie ;; B: yes 12-13 ;; A: Noted! x",
    "A: I'll put a gift card in your card, don't spend it all on sweets! ;; B: haha i wont, thank u ;; A: x")


# ---------------------------------------------------------------------------
# Plots: scenario -> participants, slot values, sequence of moves
# ---------------------------------------------------------------------------
KIND_SHARES = [
    ("grooming_quiet", 0.15), ("grooming_typical", 0.11), ("grooming_fast", 0.09),
    ("family_parent", 0.09), ("family_relative", 0.07), ("teacher_coach", 0.08), ("peers", 0.08),
    ("friends_meeting", 0.065), ("adults", 0.065), ("gamers", 0.07), ("safety_lesson", 0.065),
    ("ordinary", 0.065),
]

G_SETTINGS = {
    "game": ("gopen_game", ["fill_game", "fill_game", "fill_day", "fill_school"], "stranger"),
    "art": ("gopen_art", ["fill_art", "fill_day", "fill_school"], "stranger"),
    "social": ("gopen_social", ["fill_day", "fill_art", "fill_school"], "stranger"),
    "sport": ("gopen_sport", ["fill_sport", "fill_school", "fill_day"], "known"),
    "tutor": ("gopen_tutor", ["fill_school", "fill_day"], "known"),
    "neighbour": ("gopen_neighbour", ["fill_day", "fill_school"], "known"),
}
TYPICAL_MID = ["personal_t", "compliment_t", "risk_t", "exclusive_t", "isolation_t", "secrecy_t", "gift_t"]
TYPICAL_END = ["platform_t", "approach_t", "approach_t", "secrecy_t"]
QUIET_MID = ["personal_q", "home_q", "bus_q", "screen_q", "exclusive_q", "resent_q", "friends_q", "delete_q",
             "second_q", "favour_q", "gift_q", "secretworld_q", "age_q"]
QUIET_END = ["approach_q", "approach_q", "platform_q", "delete_q", "second_q", "secretworld_q"]


def target_len(rng, lo, mode_lo, mode_hi, hi):
    r = rng.random()
    if r < 0.1:
        return rng.randint(lo, mode_lo)
    if r < 0.9:
        return rng.randint(mode_lo, mode_hi)
    return rng.randint(mode_hi, hi)


def loosely_shuffled(rng, items, swaps=2):
    items = list(items)
    for _ in range(swaps):
        if len(items) > 1:
            i = rng.randrange(len(items) - 1)
            items[i], items[i + 1] = items[i + 1], items[i]
    return items


def plot_grooming(kind, rng):
    used = set()
    setting = rng.choice(list(G_SETTINGS))
    opener, fillers, persona = G_SETTINGS[setting]
    child = pick_kid(rng, used)
    child_age = rng.randint(10, 15)
    if persona == "stranger":
        suspect = pick_handle(rng, used)
        fake_teen = rng.random() < 0.45
        real_age = rng.randint(19, 52)
        sage = rng.randint(15, 17) if fake_teen else rng.randint(18, 34)
        s_register = "teenlike" if fake_teen or rng.random() < 0.4 else "adult"
        declared = sage if rng.random() < 0.6 else real_age
    else:
        suspect = pick_adult(rng, used)
        real_age = rng.randint(22, 58)
        sage = real_age
        declared = real_age
        s_register = "adult"
    mood = rng.choices(["eager", "neutral", "wary"], [0.35, 0.4, 0.25])[0]
    slots = {"tn": child if rng.random() < 0.8 else child[:3], "sname": suspect.split("_")[0].split(".")[0],
             "sage": str(sage), "tn2": pick_kid(rng, used), "handle": suspect}

    core = []
    if kind == "grooming_typical":
        mids = [m for m in TYPICAL_MID if persona == "stranger" or m != "personal_t"]
        k = rng.randint(3, min(6, len(mids)))
        chosen = rng.sample(mids, k)
        if persona == "stranger" and "personal_t" in chosen and rng.random() < 0.7:
            chosen.remove("personal_t")
            chosen.insert(0, "personal_t")
        core = loosely_shuffled(rng, chosen, 1) + [rng.choice(TYPICAL_END)]
        target = target_len(rng, 10, 16, 40, 70)
    elif kind == "grooming_quiet":
        k = rng.randint(3, 7)
        chosen = rng.sample(QUIET_MID, k)
        end = rng.choice([e for e in QUIET_END if e not in chosen])
        core = chosen + [end]
        target = target_len(rng, 12, 20, 48, 80)
    else:  # grooming_fast
        mids = TYPICAL_MID + QUIET_MID[:6]
        core = rng.sample(mids, rng.randint(1, 2)) + [rng.choice(["platform_t", "approach_t", "platform_q", "approach_q"])]
        target = 0
    return dict(kind=kind, label="grooming", suspect=suspect, opener=opener, fillers=fillers, core=core,
                target=target, mood=mood, slots=slots,
                roles={"A": suspect, "B": child},
                ages={suspect: declared, child: child_age},
                registers={"A": s_register, "B": "kid"},
                fast=(kind == "grooming_fast"), session_breaks=0.45 if kind == "grooming_quiet" else 0.2,
                fast_open=(kind == "grooming_fast" and rng.random() < 0.4))


def plot_benign(kind, rng):
    used = set()
    roles, ages, regs = {}, {}, {}
    slots = {}
    fillers = []
    core = []
    target = target_len(rng, 6, 12, 36, 60)
    opener = None
    if kind == "family_parent":
        p, c = pick_adult(rng, used), pick_kid(rng, used)
        roles, ages, regs = {"A": p, "B": c}, {p: rng.randint(29, 52), c: rng.randint(9, 15)}, {"A": "parent", "B": "kid"}
        core = rng.sample(["par_pickup", "par_alone", "par_surprise", "par_gift", "par_screen", "par_keys",
                           "par_delete", "par_love", "par_age"], rng.randint(2, 4))
        fillers = ["fill_school", "fill_day"]
    elif kind == "family_relative":
        r = pick_adult(rng, used) if rng.random() < 0.7 else pick_kid(rng, used) + "_" + str(rng.randint(1, 99))
        c = pick_kid(rng, used)
        cousin = "_" in r
        roles = {"A": r, "B": c}
        ages = {r: rng.randint(17, 22) if cousin else rng.randint(35, 78), c: rng.randint(9, 15)}
        regs = {"A": "kid" if cousin else rng.choice(["parent", "adult"]), "B": "kid"}
        pool = ["rel_present", "rel_secret", "rel_visit", "rel_lift", "rel_praise", "rel_alone"]
        core = (["rel_cousin"] if cousin else []) + rng.sample(pool, rng.randint(2, 3))
        fillers = ["fill_school", "fill_day"] + (["fill_game"] if cousin else [])
    elif kind == "teacher_coach":
        t = pick_adult(rng, used)
        variant = rng.choice(["coach_kid", "tutor_kid", "coach_parent"])
        if variant == "coach_parent":
            par = pick_adult(rng, used)
            roles = {"A": t, "B": par, "C": par}
            ages = {t: rng.randint(24, 60), par: rng.randint(30, 50)}
            regs = {"A": "adult", "B": "parent", "C": "parent"}
            core = ["tc_parent"] + rng.sample(["tc_venue", "tc_travel", "tc_kit", "tc_praise"], rng.randint(1, 3))
            slots["tn"] = pick_kid(rng, used).capitalize()
            fillers = ["fill_adult"]
        else:
            c = pick_kid(rng, used)
            roles = {"A": t, "B": c}
            ages = {t: rng.randint(23, 60), c: rng.randint(10, 16)}
            regs = {"A": rng.choice(["adult", "formal"]), "B": "kid"}
            pool = (["tc_venue", "tc_travel", "tc_praise", "tc_kit", "tc_age"] if variant == "coach_kid"
                    else ["tc_homework", "tc_homework", "tc_praise", "tc_age"])
            core = rng.sample(pool, rng.randint(2, min(4, len(pool))))
            fillers = ["fill_sport"] if variant == "coach_kid" else ["fill_school"]
    elif kind == "peers":
        a, b = pick_kid(rng, used), pick_kid(rng, used)
        age = rng.randint(11, 16)
        roles, ages, regs = {"A": a, "B": b}, {a: age, b: age + rng.choice([-1, 0, 0, 1])}, {"A": "kid", "B": "kid"}
        slots["crush"] = pick_kid(rng, used)
        core = rng.sample(["peer_secret", "peer_app", "peer_meet", "peer_nottell", "peer_age", "peer_compliment",
                           "peer_gossip"], rng.randint(2, 4))
        fillers = ["fill_school", "fill_day", "fill_game"]
    elif kind == "friends_meeting":
        a, b = pick_adult(rng, used), pick_adult(rng, used)
        roles, ages, regs = {"A": a, "B": b}, {a: rng.randint(20, 65), b: rng.randint(20, 65)}, {"A": "adult", "B": "adult"}
        core = rng.sample(["fm_meet", "fm_address", "fm_app", "fm_alone", "fm_secret", "fm_logistics"], rng.randint(2, 4))
        fillers = ["fill_adult"]
    elif kind == "adults":
        a, b = pick_adult(rng, used), pick_adult(rng, used)
        roles, ages, regs = {"A": a, "B": b}, {a: rng.randint(21, 55), b: rng.randint(21, 55)}, {"A": "adult", "B": "adult"}
        core = rng.sample(["ad_flirt", "ad_miss", "ad_date", "ad_app", "ad_age", "ad_alone"], rng.randint(2, 4))
        fillers = ["fill_adult", "ad_miss"]
    elif kind == "gamers":
        a, b = pick_handle(rng, used), pick_handle(rng, used)
        aa = rng.randint(12, 30)
        roles, ages = {"A": a, "B": b}, {a: aa, b: rng.randint(12, 19)}
        regs = {"A": "kid", "B": "kid"}
        slots["handle"] = a
        core = rng.sample(["gm_age", "gm_gift", "gm_discord", "gm_squad", "gm_trash"], rng.randint(2, 4))
        fillers = ["fill_game", "fill_game", "fill_day"]
        opener = "gopen_game" if rng.random() < 0.3 else None
    elif kind == "safety_lesson":
        variant = rng.choice(["parents", "parents", "parent_kid", "teacher"])
        a = pick_adult(rng, used)
        if variant == "parent_kid":
            b = pick_kid(rng, used)
            roles, ages, regs = {"A": a, "B": b}, {a: rng.randint(30, 50), b: rng.randint(9, 15)}, {"A": "parent", "B": "kid"}
            core = ["sl_kid"] + rng.sample(["par_screen", "par_delete", "par_love"], rng.randint(0, 2))
            fillers = ["fill_school", "fill_day"]
        elif variant == "teacher":
            b = pick_kid(rng, used)
            roles, ages, regs = {"A": a, "B": b}, {a: rng.randint(25, 60), b: rng.randint(11, 16)}, {"A": "formal", "B": "kid"}
            core = ["sl_teacher"] + (["tc_homework"] if rng.random() < 0.5 else [])
            fillers = ["fill_school"]
        else:
            b = pick_adult(rng, used)
            roles, ages, regs = {"A": a, "B": b}, {a: rng.randint(30, 55), b: rng.randint(30, 55)}, {"A": "parent", "B": "parent"}
            core = rng.sample(["sl_quote", "sl_parents"], rng.randint(1, 2))
            fillers = ["fill_adult"]
    else:  # ordinary
        variant = rng.choice(["or_sale", "or_service", "or_neighbour", "or_group", "or_appointment"])
        a, b = pick_adult(rng, used), pick_adult(rng, used)
        if variant == "or_service":
            a = rng.choice(["support", "help_desk", "customer_care", "orders_team"])
        if variant == "or_appointment":
            a = rng.choice(["surgery", "booking_bot", "salon", "dental_practice"])
        roles = {"A": a, "B": b}
        ages = {a: None if variant in ("or_service", "or_appointment") else rng.randint(20, 70), b: rng.randint(18, 75)}
        regs = {"A": "formal" if variant in ("or_service", "or_appointment") else "adult", "B": "adult"}
        if variant == "or_group":
            c = pick_adult(rng, used)
            roles["C"] = c
            ages[c] = rng.randint(28, 50)
            regs["C"] = "parent"
        core = [variant] + ([variant] if variant == "or_group" and rng.random() < 0.5 else [])
        fillers = ["fill_adult"] if variant in ("or_neighbour", "or_group") else []
        target = target_len(rng, 6, 6, 16, 24)
    slots.setdefault("tn", roles["B"].split("_")[0])
    slots.setdefault("sname", roles["A"].split("_")[0].capitalize())
    slots.setdefault("tn2", pick_kid(rng, used))
    slots.setdefault("handle", roles["A"])
    return dict(kind=kind, label="benign", suspect=None, opener=opener, fillers=fillers, core=core, target=target,
                mood="neutral", slots=slots, roles=roles, ages=ages, registers=regs, fast=False,
                session_breaks=0.2, fast_open=False)


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------
def assemble(plot, rng, lang="en"):
    slots = Slots(rng, EN_SLOTS, plot["slots"])
    styles = {r: make_style(rng, reg) for r, reg in plot["registers"].items()}
    conv = Conv(rng, lang, EN_MOVES, slots, plot["roles"], styles, plot["mood"])
    if plot["fast"]:
        conv.add("fast_open" if plot["fast_open"] else plot["opener"])
        if not plot["fast_open"]:
            # keep the ordinary opening short in fast arcs
            conv.segments[0] = conv.segments[0][: rng.randint(2, 4)]
        for m in plot["core"]:
            conv.add(m)
        # the platform move / meeting request must come within about a dozen messages
        while conv.length() - len(conv.segments[-1]) > 11 and len(conv.segments) > 2:
            conv.segments.pop(-2)
        if rng.random() < 0.5:
            conv.segments.append(conv.realise(rng.choice(["approach_t", "platform_t", "secrecy_t"]), True)[:2])
    else:
        if plot["opener"]:
            conv.add(plot["opener"])
        for m in plot["core"]:
            conv.add(m)
        lo = 1 if plot["opener"] else 0
        if plot["label"] == "grooming":
            # a little ordinary talk before the manipulation begins, more after
            if rng.random() < 0.6:
                conv.segments.insert(1, conv.realise(rng.choice(plot["fillers"]), False))
            conv.pad(plot["fillers"], plot["target"], lo=lo, tail_fixed=1, max_fill=len(plot["core"]) + 4)
        else:
            conv.pad(plot["fillers"], plot["target"], lo=lo, max_fill=len(plot["core"]) + 2)
    msgs = conv.messages()
    if len(msgs) > 80:
        msgs = msgs[:80]
    # per-message styling and timestamps
    seg_starts = set()
    i = 0
    for seg in conv.segments:
        seg_starts.add(i)
        i += len(seg)
    with_time = rng.random() < 0.85
    t = dt.datetime(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 330), hours=rng.randint(7, 21),
                                               minutes=rng.randint(0, 59))
    out = []
    rev = {v: k for k, v in plot["roles"].items()}
    for idx, (author, text, manip, role) in enumerate(msgs):
        text = stylise(text, styles[role], rng, lang)
        m = {"author": author, "text": text}
        if with_time:
            if idx in seg_starts and idx and rng.random() < plot["session_breaks"]:
                t += dt.timedelta(hours=rng.choice([2, 5, 18, 24, 26, 48, 72]), minutes=rng.randint(0, 59))
            elif idx:
                t += dt.timedelta(seconds=rng.choice([8, 15, 25, 40, 60, 90, 150, 300, 600]) + rng.randint(0, 30))
            m["time"] = t.strftime("%Y-%m-%dT%H:%M:%S")
        out.append(m)
    onset = None
    if plot["label"] == "grooming":
        for idx, (author, _t, manip, _r) in enumerate(msgs):
            if manip and author == plot["suspect"]:
                onset = idx
                break
    participants = {}
    for role in sorted(set(r for _a, _t, _m, r in msgs) | {"A", "B"}):
        name = plot["roles"][role]
        if name in participants:
            continue
        age = plot["ages"].get(name)
        info = {}
        if age is not None and rng.random() < 0.4:
            info["declared_age"] = int(age)
        participants[name] = info
    _ = rev
    return participants, out, onset


def quotas(n):
    tot = sum(w for _k, w in KIND_SHARES)
    raw = [(k, w * n / tot) for k, w in KIND_SHARES]
    counts = {k: int(v) for k, v in raw}
    rest = n - sum(counts.values())
    for k, v in sorted(raw, key=lambda kv: kv[1] - int(kv[1]), reverse=True)[:rest]:
        counts[k] += 1
    return counts


def generate(seed, n):
    rng = random.Random(seed)
    kinds = [k for k, c in quotas(n).items() for _ in range(c)]
    rng.shuffle(kinds)
    chats, truth = [], []
    for i, kind in enumerate(kinds):
        crng = random.Random(rng.getrandbits(64))
        for _attempt in range(20):
            plot = plot_grooming(kind, crng) if kind.startswith("grooming") else plot_benign(kind, crng)
            participants, msgs, onset = assemble(plot, crng)
            if len(msgs) < 6:
                continue
            if plot["label"] == "grooming" and onset is None:
                continue
            break
        cid = f"c-{i + 1}"
        chats.append({"id": cid, "participants": participants, "messages": msgs})
        truth.append({"id": cid, "label": plot["label"], "kind": kind, "suspect": plot["suspect"],
                      "onset": onset, "language": "en"})
    return chats, truth


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    a = ap.parse_args()
    chats, truth = generate(a.seed, a.n)
    with open(a.out, "w", encoding="utf-8") as f:
        for c in chats:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(a.truth, "w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
