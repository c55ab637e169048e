#!/usr/bin/env python3
"""Synthetic English chat corpus for training a grooming early-warning detector (writer_e).

Written from evaluation/specs/chats.md alone. Standard library only, deterministic by seed:

    python generate.py --seed S --n N --out CHATS.jsonl --truth TRUTH.jsonl

Content safety: everything is synthetic and non-explicit. Grooming conversations show manipulation in
plain words and stop at most at a request to meet, to move apps or to keep a secret.

Design: a combinatorial template grammar. A template is text with ``[a|b|c]`` alternations (nested,
``[x|]`` = optional) and ``{slot}`` fillers. Slots resolve first to the speaker's variety of English
(UK, US, AU, IN, IE), then to per-conversation facts (names, bus, game, town...), then to the lexicon.
Each speaker then gets a typing style (abbreviations, typos, case, emoji, letter stretching).
"""

# ruff: noqa: E501  (the grammar is data: long template lines read better unwrapped)
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from datetime import datetime, timedelta
from typing import Any

# ---------------------------------------------------------------------------------------------------
# Template engine
# ---------------------------------------------------------------------------------------------------

Node = list[Any]  # sequence of str | ("alt", list[Node]) | ("slot", str)
_PARSED: dict[str, Node] = {}


def _parse(src: str) -> Node:
    pos = 0

    def seq(depth: int) -> tuple[Node, str]:
        nonlocal pos
        out: Node = []
        buf: list[str] = []
        while pos < len(src):
            ch = src[pos]
            if ch == "[":
                pos += 1
                if buf:
                    out.append("".join(buf))
                    buf = []
                options: list[Node] = []
                while True:
                    node, end = seq(depth + 1)
                    options.append(node)
                    if end != "|":
                        break
                out.append(("alt", options))
            elif ch in "|]" and depth > 0:
                pos += 1
                if buf:
                    out.append("".join(buf))
                return out, ch
            elif ch == "{":
                close = src.index("}", pos)
                if buf:
                    out.append("".join(buf))
                    buf = []
                out.append(("slot", src[pos + 1 : close]))
                pos = close + 1
            else:
                buf.append(ch)
                pos += 1
        if buf:
            out.append("".join(buf))
        return out, ""

    node, _ = seq(0)
    return node


def parsed(src: str) -> Node:
    node = _PARSED.get(src)
    if node is None:
        node = _PARSED[src] = _parse(src)
    return node


class Ctx:
    """Everything a template needs to resolve its slots for one message."""

    def __init__(self, rng: random.Random, facts: dict[str, str], dialect: str, me: str, you: str) -> None:
        self.rng, self.facts, self.dialect, self.me, self.you = rng, facts, dialect, me, you


def expand(src: str, ctx: Ctx, depth: int = 0) -> str:
    out: list[str] = []
    for part in parsed(src):
        if isinstance(part, str):
            out.append(part)
        elif part[0] == "alt":
            out.append(_render(ctx.rng.choice(part[1]), ctx, depth))
        else:
            out.append(resolve(part[1], ctx, depth))
    return "".join(out)


def _render(node: Node, ctx: Ctx, depth: int) -> str:
    out: list[str] = []
    for part in node:
        if isinstance(part, str):
            out.append(part)
        elif part[0] == "alt":
            out.append(_render(ctx.rng.choice(part[1]), ctx, depth))
        else:
            out.append(resolve(part[1], ctx, depth))
    return "".join(out)


def resolve(name: str, ctx: Ctx, depth: int) -> str:
    if depth > 6:
        return ""
    if name == "you":
        return ctx.you
    if name == "me":
        return ctx.me
    dia = DIALECT_WORDS.get(ctx.dialect, {})
    if name in dia:
        return expand(ctx.rng.choice(dia[name]), ctx, depth + 1)
    if name in ctx.facts:
        return ctx.facts[name]
    if name in LEX:
        return expand(ctx.rng.choice(LEX[name]), ctx, depth + 1)
    if name in G:
        return expand(ctx.rng.choice(G[name]), ctx, depth + 1)
    return name


# ---------------------------------------------------------------------------------------------------
# Varieties of English and lexicon
# ---------------------------------------------------------------------------------------------------

DIALECTS = ["uk", "us", "au", "in", "ie"]

DIALECT_WORDS: dict[str, dict[str, list[str]]] = {
    "uk": {
        "mum": ["mum", "mum", "mam", "mum"],
        "mom": ["mum"],
        "dad": ["dad", "dad"],
        "mate": ["mate", "bro", "m8", "babe", "hun", "fam"],
        "cool": ["sick", "peak", "mint", "decent", "proper good", "class", "banging"],
        "bad": ["peak", "dead", "grim", "rubbish", "long", "pants"],
        "yes": ["yeah", "ye", "yep", "yh", "ya"],
        "football": ["football", "footie", "footy"],
        "holiday": ["holiday", "hols"],
        "sweets": ["sweets", "chocolate", "haribo"],
        "shoes": ["trainers", "creps"],
        "year": ["year 7", "year 8", "year 9", "year 10", "y8", "yr 9"],
        "credit": ["phone credit", "a top up", "data"],
        "break": ["break", "lunch", "dinner time"],
        "afternoon": ["after school", "this afternoon"],
        "wow": ["omg", "wow", "no way", "bruh", "oh my days", "innit"],
        "lift": ["a lift", "a lift"],
        "store": ["shop", "corner shop", "Tesco", "Co-op", "Greggs"],
        "film": ["film", "movie"],
        "really": ["proper", "well", "really", "so"],
        "friend": ["mate", "friend", "bestie"],
        "gran": ["nan", "nanna", "gran", "grandma"],
        "grandad": ["grandad", "grandpa"],
        "kid": ["kid", "little one"],
        "garden": ["garden"],
        "trousers": ["trousers", "joggers"],
        "flat": ["flat", "house"],
        "apartment": ["flat"],
        "tired": ["knackered", "shattered", "tired"],
        "annoyed": ["fuming", "gutted", "raging"],
        "term": ["half term", "the holidays"],
        "pe": ["PE", "games"],
        "maths": ["maths"],
        "bin": ["bin"],
        "queue": ["queue"],
        "cheers": ["cheers", "ta", "thanks"],
        "uni": ["uni"],
        "postcode": ["postcode"],
        "pitch": ["pitch"],
        "kit": ["kit", "boots"],
    },
    "us": {
        "mum": ["mom", "mom", "mama"],
        "mom": ["mom"],
        "dad": ["dad", "pops"],
        "mate": ["dude", "bro", "man", "girl", "bestie", "homie"],
        "cool": ["lit", "fire", "dope", "awesome", "sick", "bussin"],
        "bad": ["trash", "mid", "the worst", "lame", "sus"],
        "yes": ["yeah", "yea", "yep", "ya", "fr"],
        "football": ["soccer", "football"],
        "holiday": ["vacation", "spring break", "winter break"],
        "sweets": ["candy", "snacks"],
        "shoes": ["sneakers", "kicks"],
        "year": ["7th grade", "8th grade", "freshman year", "6th grade", "9th grade"],
        "credit": ["phone minutes", "data", "a gift card"],
        "break": ["recess", "lunch"],
        "afternoon": ["after school", "this afternoon"],
        "wow": ["omg", "bruh", "no way", "yo", "wait what", "deadass"],
        "lift": ["a ride", "a ride"],
        "store": ["store", "Walmart", "Target", "7-Eleven"],
        "film": ["movie"],
        "really": ["super", "so", "really", "hella"],
        "friend": ["friend", "bestie", "buddy"],
        "gran": ["grandma", "granny", "nana"],
        "grandad": ["grandpa", "gramps", "pop-pop"],
        "kid": ["kiddo", "kid"],
        "garden": ["yard", "backyard"],
        "trousers": ["pants", "sweats"],
        "flat": ["house", "place"],
        "apartment": ["apartment"],
        "tired": ["tired", "beat", "exhausted"],
        "annoyed": ["mad", "pissed", "salty"],
        "term": ["break", "summer"],
        "pe": ["gym", "PE"],
        "maths": ["math"],
        "bin": ["trash"],
        "queue": ["line"],
        "cheers": ["thanks", "thx", "ty"],
        "uni": ["college"],
        "postcode": ["zip code"],
        "pitch": ["field"],
        "kit": ["uniform", "cleats"],
    },
    "au": {
        "mum": ["mum", "mum", "mumma"],
        "mom": ["mum"],
        "dad": ["dad", "old man"],
        "mate": ["mate", "mate", "bro", "legend", "cuz"],
        "cool": ["heaps good", "sick", "grouse", "deadset awesome", "unreal"],
        "bad": ["rough", "cooked", "shocking", "a bit average"],
        "yes": ["yeah", "yeah nah yeah", "yep", "ya"],
        "football": ["footy", "soccer", "footy"],
        "holiday": ["hols", "the school hols"],
        "sweets": ["lollies", "lollies", "chokkies"],
        "shoes": ["runners", "thongs"],
        "year": ["year 7", "year 8", "year 9", "yr 10"],
        "credit": ["phone credit", "a recharge", "data"],
        "break": ["recess", "lunch"],
        "afternoon": ["this arvo", "after school", "arvo"],
        "wow": ["omg", "far out", "strewth", "no way", "bro what"],
        "lift": ["a lift"],
        "store": ["servo", "Woolies", "Coles", "the shops"],
        "film": ["movie"],
        "really": ["heaps", "real", "so", "really"],
        "friend": ["mate", "bestie"],
        "gran": ["nan", "nanna", "grandma"],
        "grandad": ["pop", "grandad"],
        "kid": ["kiddo"],
        "garden": ["backyard"],
        "trousers": ["trackies", "pants"],
        "flat": ["house", "place"],
        "apartment": ["unit", "flat"],
        "tired": ["stuffed", "knackered", "cooked"],
        "annoyed": ["filthy", "dirty", "spewing"],
        "term": ["the hols", "term break"],
        "pe": ["sport", "PE"],
        "maths": ["maths"],
        "bin": ["bin"],
        "queue": ["line"],
        "cheers": ["cheers", "ta", "thanks heaps"],
        "uni": ["uni"],
        "postcode": ["postcode"],
        "pitch": ["oval", "field"],
        "kit": ["kit", "boots"],
    },
    "in": {
        "mum": ["mom", "mummy", "mumma", "mom"],
        "mom": ["mom"],
        "dad": ["papa", "dad", "daddy"],
        "mate": ["yaar", "bro", "bhai", "dude", "buddy"],
        "cool": ["awesome", "too good", "mast", "superb", "lit"],
        "bad": ["bakwas", "boring", "too bad", "pathetic"],
        "yes": ["haan", "ya", "yes", "yeah", "hmm ya"],
        "football": ["football"],
        "holiday": ["vacations", "holidays", "summer vacation"],
        "sweets": ["chocolates", "sweets", "mithai"],
        "shoes": ["shoes", "sports shoes"],
        "year": ["class 8", "8th std", "9th", "class 7", "10th"],
        "credit": ["recharge", "data pack", "balance"],
        "break": ["lunch break", "recess"],
        "afternoon": ["after school", "evening"],
        "wow": ["omg", "arre", "wow", "yaar what", "seriously"],
        "lift": ["a drop", "a lift"],
        "store": ["shop", "mall", "the kirana"],
        "film": ["movie", "film"],
        "really": ["very", "too", "so", "full"],
        "friend": ["friend", "bestie", "yaar"],
        "gran": ["dadi", "nani", "granny"],
        "grandad": ["dada", "nana", "grandpa"],
        "kid": ["beta", "baccha"],
        "garden": ["terrace", "garden"],
        "trousers": ["pants", "track pants"],
        "flat": ["flat", "house"],
        "apartment": ["flat", "society"],
        "tired": ["tired", "so tired", "dead tired"],
        "annoyed": ["irritated", "angry", "tensed"],
        "term": ["vacations", "Diwali holidays"],
        "pe": ["games period", "PT"],
        "maths": ["maths"],
        "bin": ["dustbin"],
        "queue": ["line", "queue"],
        "cheers": ["thanks", "thank u", "tysm"],
        "uni": ["college"],
        "postcode": ["pin code"],
        "pitch": ["ground"],
        "kit": ["kit", "uniform"],
    },
    "ie": {
        "mum": ["mam", "mam", "ma", "mum"],
        "mom": ["mam"],
        "dad": ["da", "dad"],
        "mate": ["lad", "bud", "hun", "boi", "pal"],
        "cool": ["class", "savage", "deadly", "grand", "gas"],
        "bad": ["brutal", "wrecked", "crap", "shite"],
        "yes": ["yeah", "ya", "yeah grand", "yep"],
        "football": ["soccer", "football", "gaa", "hurling"],
        "holiday": ["holidays", "midterm"],
        "sweets": ["sweets", "jellies", "a bag of taytos"],
        "shoes": ["runners"],
        "year": ["first year", "second year", "sixth class", "third year"],
        "credit": ["credit", "a top up"],
        "break": ["small break", "big break", "lunch"],
        "afternoon": ["after school", "this evening"],
        "wow": ["omg", "janey mac", "ah here", "stop", "no way"],
        "lift": ["a lift"],
        "store": ["shop", "Centra", "Spar", "Tesco"],
        "film": ["film", "movie"],
        "really": ["fierce", "wicked", "so", "really"],
        "friend": ["pal", "friend", "bestie"],
        "gran": ["nana", "granny", "gran"],
        "grandad": ["grandad", "grandda"],
        "kid": ["pet", "love"],
        "garden": ["garden", "back garden"],
        "trousers": ["trackies"],
        "flat": ["house", "gaff"],
        "apartment": ["apartment", "flat"],
        "tired": ["wrecked", "bolloxed", "knackered"],
        "annoyed": ["raging", "thick", "fuming"],
        "term": ["midterm", "the summer"],
        "pe": ["PE"],
        "maths": ["maths"],
        "bin": ["bin"],
        "queue": ["queue"],
        "cheers": ["thanks a mil", "cheers", "ta"],
        "uni": ["college"],
        "postcode": ["eircode"],
        "pitch": ["pitch"],
        "kit": ["gear", "boots"],
    },
}

FIRST_NAMES = {
    "uk": [
        "Ollie",
        "Amelia",
        "Freya",
        "Alfie",
        "Isla",
        "Harry",
        "Poppy",
        "Charlie",
        "Evie",
        "Jack",
        "Ruby",
        "Leo",
        "Millie",
        "Theo",
        "Maisie",
        "Archie",
        "Daisy",
        "Finley",
        "Lily",
        "Kai",
        "Jess",
        "Ellie",
        "Reece",
        "Tyler",
        "Chloe",
        "Callum",
        "Amber",
        "Kian",
        "Molly",
        "Zara",
        "Mo",
        "Aisha",
        "Jayden",
        "Keira",
    ],
    "us": [
        "Madison",
        "Jayden",
        "Brooklyn",
        "Mason",
        "Ava",
        "Ethan",
        "Harper",
        "Logan",
        "Sofia",
        "Caleb",
        "Aubrey",
        "Tyler",
        "Kaylee",
        "Brayden",
        "Savannah",
        "Marcus",
        "Destiny",
        "Diego",
        "Emma",
        "Noah",
        "Zoe",
        "Ryan",
        "Jasmine",
        "Carter",
        "Layla",
        "Dylan",
        "Makayla",
        "Hunter",
        "Nevaeh",
        "Andre",
    ],
    "au": [
        "Lachlan",
        "Matilda",
        "Jarrah",
        "Mia",
        "Cooper",
        "Chloe",
        "Riley",
        "Zac",
        "Tahlia",
        "Mitch",
        "Sienna",
        "Bailey",
        "Jai",
        "Indi",
        "Brodie",
        "Georgia",
        "Kobi",
        "Ruby",
        "Flynn",
        "Skye",
        "Lily",
        "Hamish",
        "Ella",
    ],
    "in": [
        "Aarav",
        "Priya",
        "Ananya",
        "Rohan",
        "Ishaan",
        "Diya",
        "Arjun",
        "Kavya",
        "Vihaan",
        "Saanvi",
        "Aditya",
        "Meera",
        "Kabir",
        "Riya",
        "Dev",
        "Tanvi",
        "Nikhil",
        "Pooja",
        "Aryan",
        "Sneha",
        "Karan",
        "Neha",
        "Yash",
    ],
    "ie": [
        "Aoife",
        "Ciara",
        "Saoirse",
        "Cian",
        "Oisin",
        "Niamh",
        "Conor",
        "Siobhan",
        "Darragh",
        "Roisin",
        "Eoin",
        "Caoimhe",
        "Sean",
        "Orla",
        "Fionn",
        "Clodagh",
        "Padraig",
        "Aisling",
        "Ronan",
        "Grainne",
        "Tadhg",
        "Sinead",
    ],
}
ADULT_NAMES = {
    "uk": [
        "Dave",
        "Sarah",
        "Mark",
        "Claire",
        "Gary",
        "Lisa",
        "Steve",
        "Emma",
        "Paul",
        "Nicola",
        "Rob",
        "Kerry",
        "Darren",
        "Gemma",
    ],
    "us": [
        "Mike",
        "Jennifer",
        "Chris",
        "Ashley",
        "Brian",
        "Nicole",
        "Jason",
        "Amanda",
        "Kevin",
        "Stephanie",
        "Derek",
        "Tanya",
    ],
    "au": ["Shane", "Kylie", "Brett", "Leanne", "Craig", "Tracey", "Wayne", "Belinda", "Dean", "Narelle"],
    "in": ["Rajesh", "Sunita", "Amit", "Deepa", "Vikram", "Anjali", "Sanjay", "Kavita", "Rahul", "Shalini"],
    "ie": ["Declan", "Mairead", "Liam", "Bridget", "Fergal", "Deirdre", "Gerry", "Colm", "Una", "Brendan"],
}
HANDLE_BITS = [
    "shadow",
    "nova",
    "blaze",
    "frosty",
    "pixel",
    "ghost",
    "vibe",
    "lil",
    "xo",
    "wolf",
    "storm",
    "kitty",
    "ninja",
    "toxic",
    "sunny",
    "luna",
    "rex",
    "zed",
    "ace",
    "viper",
    "boba",
    "mango",
    "rogue",
    "cosmic",
    "sk8",
    "dino",
    "echo",
    "raptor",
    "bubbles",
    "sniper",
    "cloud",
    "peach",
    "jinx",
    "turbo",
    "moth",
]

LEX: dict[str, list[str]] = {
    "emoji": [
        "😂",
        "🤣",
        "😭",
        "💀",
        "🙄",
        "😅",
        "😊",
        "❤️",
        "🥺",
        "👀",
        "🔥",
        "💯",
        "🙏",
        "😎",
        "🤷",
        "👍",
        "😬",
        "🥲",
        "😤",
        "✨",
        "😆",
        "🤔",
        "😴",
        "🙃",
        "😳",
        "🫠",
        "😩",
        "💕",
        "🤞",
        "😜",
    ],
    "lol": [
        "lol",
        "lool",
        "lmao",
        "haha",
        "hahaha",
        "ahah",
        "😂",
        "💀",
        "lolll",
        "hehe",
        "ha",
        "lmfao",
        "rofl",
    ],
    "hi": [
        "hey",
        "hi",
        "hiya",
        "heyy",
        "heyyy",
        "yo",
        "oi",
        "sup",
        "hello",
        "helloo",
        "wassup",
        "hii",
        "ello",
        "wagwan",
        "howya",
    ],
    "bye": [
        "bye",
        "cya",
        "see ya",
        "laters",
        "gtg",
        "night",
        "nite",
        "ttyl",
        "byee",
        "l8r",
        "peace",
        "k bye",
    ],
    "ok": ["ok", "okay", "k", "kk", "okk", "alright", "sure", "fine", "bet", "okie", "oki", "right"],
    "idk": ["idk", "dunno", "not sure", "i dont know", "no idea", "idek", "hmm idk"],
    "game": [
        "Fortnite",
        "Roblox",
        "Minecraft",
        "Valorant",
        "Rocket League",
        "Among Us",
        "FIFA",
        "Apex",
        "COD",
        "Genshin",
        "Brawl Stars",
        "Clash Royale",
        "Overwatch",
        "Fall Guys",
        "Stardew",
        "GTA",
        "Pokemon Go",
        "Animal Crossing",
    ],
    "app": [
        "Snapchat",
        "Insta",
        "TikTok",
        "Discord",
        "WhatsApp",
        "Telegram",
        "Kik",
        "Signal",
        "BeReal",
        "Threads",
        "Telegram",
    ],
    "subject": [
        "maths",
        "science",
        "history",
        "geography",
        "English",
        "French",
        "art",
        "music",
        "chemistry",
        "biology",
        "physics",
        "Spanish",
        "computing",
        "RE",
        "drama",
        "Hindi",
        "Irish",
        "PE",
    ],
    "pet": [
        "dog",
        "cat",
        "hamster",
        "rabbit",
        "guinea pig",
        "puppy",
        "kitten",
        "budgie",
        "fish",
        "tortoise",
        "lizard",
    ],
    "petname": [
        "Biscuit",
        "Luna",
        "Milo",
        "Coco",
        "Bella",
        "Oreo",
        "Ziggy",
        "Pepper",
        "Nala",
        "Rocky",
        "Mochi",
        "Toffee",
        "Bruno",
    ],
    "band": [
        "Taylor Swift",
        "Olivia Rodrigo",
        "Harry Styles",
        "Billie Eilish",
        "Stormzy",
        "Central Cee",
        "BTS",
        "Arijit Singh",
        "Sabrina Carpenter",
        "Travis Scott",
        "Dua Lipa",
        "Ed Sheeran",
        "Fontaines DC",
        "The Kid Laroi",
        "Doja Cat",
        "AP Dhillon",
    ],
    "food": [
        "pizza",
        "nuggets",
        "chips",
        "tacos",
        "pasta",
        "noodles",
        "maggi",
        "a kebab",
        "Maccas",
        "sushi",
        "a toastie",
        "biryani",
        "pancakes",
        "a burger",
        "cereal",
        "beans on toast",
        "a curry",
        "mac n cheese",
        "a sausage roll",
    ],
    "sport": [
        "football",
        "netball",
        "basketball",
        "cricket",
        "swimming",
        "hockey",
        "rugby",
        "gymnastics",
        "tennis",
        "athletics",
        "dance",
    ],
    "show": [
        "Stranger Things",
        "Wednesday",
        "Bluey",
        "Love Island",
        "One Piece",
        "Squid Game",
        "Outer Banks",
        "The Bear",
        "Heartstopper",
        "Bridgerton",
        "Derry Girls",
        "Bake Off",
        "Kota Factory",
        "Avatar",
    ],
    "day": [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "the weekend",
        "tomorrow",
    ],
    "weekday": ["monday", "tuesday", "wednesday", "thursday", "friday"],
    "hour": [
        "3",
        "4",
        "5",
        "6",
        "7",
        "half 4",
        "half 5",
        "quarter to 6",
        "6ish",
        "5:30",
        "4:15",
        "7ish",
        "half 6",
    ],
    "late": ["11", "12", "midnight", "half 11", "1", "10:30"],
    "gift": [
        "vbucks",
        "robux",
        "a {store} gift card",
        "a steam card",
        "some {credit}",
        "the battle pass",
        "a new skin",
        "nitro",
        "a {money} voucher",
        "that hoodie u wanted",
        "minecoins",
        "gems",
        "some coins",
    ],
    "money": ["£10", "£20", "$25", "$10", "€15", "₹500", "$20 AUD", "£15", "€20"],
    "ingame": [
        "skin",
        "emote",
        "sword",
        "pet",
        "glider",
        "wrap",
        "gem pack",
        "loot",
        "ammo crate",
        "title",
        "badge",
    ],
    "town_place": [
        "the park",
        "the leisure centre",
        "the skatepark",
        "the library",
        "the shopping centre",
        "the mall",
        "the bus station",
        "McDonald's",
        "the rec",
        "the cinema",
        "the beach",
        "the train station",
        "the chippy",
    ],
    "relative": ["aunty", "auntie", "uncle", "cousin", "nan", "grandad", "gran"],
    "sib": [
        "sister",
        "brother",
        "little sister",
        "little brother",
        "big sister",
        "big brother",
        "sis",
        "bro",
    ],
    "number": ["2", "3", "4", "5", "like 6", "10"],
    "weather": [
        "raining again",
        "boiling",
        "freezing",
        "so windy",
        "actually sunny for once",
        "grey",
        "pouring",
    ],
    "chore": [
        "do the dishes",
        "hoover",
        "tidy my room",
        "walk the dog",
        "take the bins out",
        "fold the washing",
        "babysit",
    ],
    "feeling": [
        "bored",
        "tired",
        "stressed",
        "fine",
        "ok",
        "meh",
        "good",
        "hyper",
        "sad",
        "annoyed",
        "chill",
    ],
}

BUSES = [
    "the 12",
    "the 36",
    "the 7",
    "the 144",
    "the 68",
    "the X5",
    "the 9",
    "the 201",
    "the school bus",
    "the 3A",
    "the 52",
    "the 18",
]
TOWNS = {
    "uk": [
        "Leeds",
        "Croydon",
        "Bristol",
        "Sheffield",
        "Swindon",
        "Luton",
        "Wigan",
        "Cardiff",
        "Norwich",
        "Derby",
    ],
    "us": ["Columbus", "Tampa", "Fresno", "Raleigh", "Tucson", "Omaha", "Boise", "Dayton", "Tulsa", "Akron"],
    "au": ["Geelong", "Parramatta", "Ipswich", "Penrith", "Bendigo", "Townsville", "Frankston", "Newcastle"],
    "in": ["Pune", "Indore", "Noida", "Kochi", "Jaipur", "Lucknow", "Nagpur", "Mysore", "Thane"],
    "ie": ["Galway", "Swords", "Tallaght", "Limerick", "Athlone", "Drogheda", "Navan", "Cork", "Bray"],
}
STREETS = [
    "Elm Road",
    "Park Lane",
    "Station St",
    "Church Rd",
    "Mill Lane",
    "Oak Avenue",
    "Victoria St",
    "Hill Crescent",
    "Kings Rd",
    "Maple Drive",
    "Bridge St",
    "Green Lane",
    "Gandhi Nagar",
    "Main St",
    "Beach Rd",
    "George St",
]

# ---------------------------------------------------------------------------------------------------
# Grammar: one key per conversational function, many templates each, all combinatorial.
# ---------------------------------------------------------------------------------------------------

G: dict[str, list[str]] = {
    # --- small talk, anyone -----------------------------------------------------------------------
    "st_greet": [
        "{hi}",
        "{hi} {you}",
        "{hi} [{you}|{mate}] [{emoji}|]",
        "{hi} [hows it going|how r u|u ok|whats up|wyd|wud]",
        "[yo|oi] [{you}|] [u there|u about|u on]?",
        "{hi}!! [long time|been ages|missed chatting]",
        "{hi} [its me|its {me}] [lol|]",
        "[morning|evening|arvo|afternoon] {you}",
        "[{hi}|hey hey] [how was ur day|hows ur day going|hows ur {day}]",
        "[ayy|ayyy|ey] {you} [{emoji}|]",
        "[u up|u awake|u alive] [{you}|]?",
        "{hi} [stranger|u|you] [{emoji}|]",
        "[knock knock|ping|poke] [{lol}|]",
        "[hello hello|hellooo] [{you}|]",
        "[good morning|gm|g'day|evening] [{you}|{mate}]",
    ],
    "st_greet_back": [
        "{hi}",
        "{hi} [{you}|]",
        "[heyy|hiya|yo] [wassup|whats up|hows u|how r u]",
        "[yeah im here|here|yep]",
        "[oh hey|ah hey] [{you}|] [{emoji}|]",
        "[omg hi|hi hi|hii] [{emoji}|]",
        "[sup|not much|nm] [u|wbu|hbu]",
        "[yeah|ya] [im|i'm] [up|awake|about] [{lol}|]",
        "{hi} [long time no see|been a while]",
    ],
    "st_howru": [
        "[how r u|how are you|hru|how u doin|you good|u ok|how's things|hows life|how ya going|hows u] [{you}|]?",
        "[u alright|you alright|ya good|all good] [{mate}|]?",
        "[feeling better|u feeling better] [today|than yesterday]?",
        "[how|hows] [ur day been|today been|ur {day}]?",
    ],
    "st_howru_a": [
        "[good|gd|fine|ok|not bad|alright|meh|decent|grand] [thanks|ty|]",
        "[{feeling}|kinda {feeling}|bit {feeling}] [tbh|ngl|lol|]",
        "[{tired}|{bad} day|long day] [tbh|ngl|] [{emoji}|]",
        "[so {feeling}|{feeling} af] [{lol}|]",
        "[ye|yeah] [im good|all good|sound] [{cheers}|]",
        "[honestly|lowkey|ngl] [kinda {feeling}|not great|pretty good]",
        "[cant complain|could be worse|surviving|living the dream] [{lol}|]",
        "[better|bit better] [thanks|now] [{emoji}|]",
        "[been|its been] [a {bad} day|alright|so long] [tbh|]",
    ],
    "st_wyd": [
        "[wyd|wud|what u doing|what are you up to|wat u up 2] [rn|today|tonight|]?",
        "[u busy|busy] [rn|atm]?",
        "[what u up to|what r u doing] [this arvo|{afternoon}|later]?",
    ],
    "st_wyd_a": [
        "[just|jus|] [chilling|watching {show}|on {game}|eating {food}|doing hw|lying in bed|scrolling|in the car|at my {gran}s|waiting for {bus}] [{lol}|]",
        "[nothing much|nm|not much|nothin] [tbh|{lol}|]",
        "[trying to|supposed to be] [do|doing] [{subject} hw|my {subject} project|revision] [{emoji}|] [but|] [cant focus|{lol}|]",
        "[about to|gonna] [{chore}|have {food}|go to {sport}|shower] [{emoji}|]",
        "[{chore}|having to {chore}] [{emoji}|ugh|]",
        "[bored|sat here bored|in bed] [{emoji}|]",
    ],
    "st_wbu": ["[wbu|hbu|u?|and you?|what about u|you?|n u]"],
    "st_react": [
        "{lol}",
        "[fr|frfr|for real|deadass|no cap]",
        "[same|mood|me too|literally me]",
        "[omg|{wow}] [{emoji}|]",
        "[nice|cool|{cool}|ayy]",
        "[wait really|really?|seriously?|no way]",
        "[rip|oof|yikes|big oof|unlucky]",
        "[true|tru|facts|fair|fair enough]",
        "{emoji}",
        "[hahaha|haha] [stop|noo|dead|im dead|i cant]",
        "[ikr|i know right|right??]",
        "[aww|awww|cute] [{emoji}|]",
        "[ugh|urgh|ughh] [same|]",
        "[ok|k|kk] [{lol}|]",
        "[slay|iconic|based|valid]",
        "[that's|thats] [mad|wild|crazy|insane|gas|jokes|peak|bare funny]",
        "[yeah|ya|yep] [{lol}|]",
        "[lmaooo|lmaoo|😭😭|💀💀]",
        "[hmm|hm|mhm|mmm]",
        "[bruh|bro|dude] [{emoji}|]",
    ],
    "st_school_q": [
        "[how was|hows|how was ur day at] school [today|]?",
        "[was|hows] school [ok|alright] [today|]?",
        "[u|did u] [survive|get through] school [today|{lol}]?",
    ],
    "st_school_a": [
        "[it was|was] [{bad}|boring|long|ok|fine|{cool}|a nightmare] [tbh|ngl|] [{emoji}|]",
        "[we|i] got [a detention|a merit|a house point|told off|a warning] [in {subject}|today] [{lol}|]",
        "[i|we] had [double {subject}|{pe}|{subject}] [all morning|first thing|last] [{emoji}|]",
        "[fire drill|a supply teacher|an assembly] [in {subject}|all morning] [so|] [{cool}|boring|jokes]",
        "[{friend}|my {friend}] [wasnt in|was off sick] so [it was|i was] [boring|alone all day] [{emoji}|]",
    ],
    "st_hw_q": [
        "[did u|have u] [do|finish|start] the {subject} [homework|hw|project|essay|worksheet] [yet|]?",
        "[when|whens] [is|'s] the {subject} [hw|project|essay] due?",
        "[u|did u] [understand|get] the {subject} [hw|stuff today]?",
    ],
    "st_hw_a": [
        "[nah|not yet|no] [ill|i'll] do it [later|tmrw|on the bus|in {break}] [{lol}|]",
        "[yeah|ya] [finished it|done it] [finally|at last|] [{lol}|]",
        "[what|wat] [hw|homework]?? [{emoji}|]",
        "[due|its due] [{day}|tmrw|next week] [i think|]",
        "[not even|i havent] started [{emoji}|{lol}]",
        "[no|nope] [its|it was] [so confusing|impossible|long] [{emoji}|]",
    ],
    "st_teacher_q": [
        "[is|was] ur {subject} teacher [nice|strict|a pain|ok]?",
        "[who|who's] [u got|ur teacher] for {subject} [this year|]?",
    ],
    "st_teacher_a": [
        "[{subject}|our {subject} teacher] [is|was] [so {bad}|the worst|actually ok|kinda funny|well strict|so nice] [{emoji}|]",
        "[mr|miss|mrs|ms] [{name}|{crushname}] [{lol}|] [shes ok|hes so strict|everyone hates him]",
    ],
    "st_test_q": [
        "[got|have u got] [tests|exams|mocks] [coming up|this week|soon]?",
        "[how did|how'd] [ur|the] [{subject} test|exam|mock] go?",
    ],
    "st_test_a": [
        "[test on|exam on] {day} [pray for me|im cooked|help] [{emoji}|]",
        "[got|i got] [a B|a 7|an A|like 60%|full marks|a C] [in {subject}|] [{emoji}|]",
        "[dont|dont even] [ask|talk about it] [{emoji}|]",
        "[think|i think] [it went|i did] [ok|fine|badly] [{lol}|]",
    ],
    "st_term_q": [
        "[when do|when does] [school|term|u] [finish|break up|start again]?",
        "[how long|how many weeks] till [{holiday}|{term}|summer]?",
    ],
    "st_term_a": [
        "[we break up|holidays start|term ends] [{day}|next week|in 2 weeks] [thank god|finally|cant wait]",
        "[like|about] {number} weeks [{emoji}|] [too long]",
    ],
    "st_game_q": [
        "[u play|do u play|you on|u still play] {game} [at all|much|]?",
        "[what|which] games [u into|do u play] [rn|atm|]?",
    ],
    "st_game_a": [
        "[yeah|ya|yep] [on {game} every day|i play {game} loads|mostly {game}] [{lol}|]",
        "[not really|nah] [more|mostly] {game} [tbh|]",
        "[used to|i used to] [but|] [got bored|my {mum} took it] [{lol}|]",
        "[only|just] [on weekends|when im allowed|at my {dad}s] [{emoji}|]",
    ],
    "st_rank_q": [
        "[what|which] [rank|level|lvl] r u [on {game}|now|]?",
        "[did u|u] [rank up|hit {game} level {number}0|get ur rank back] [yet|]?",
    ],
    "st_rank_a": [
        "[diamond|gold|plat|silver|level 40|lvl 12|bronze {lol}|champ 2]",
        "[hardstuck|stuck] [gold|plat|silver] [{emoji}|]",
        "[nearly|almost] [diamond|the next rank] [{lol}|]",
    ],
    "st_update_q": [
        "[did u|have u] [see|seen|try|tried] the new {game} [update|season|event|map]?",
        "[hows|is] the new [season|update] [any good|]?",
    ],
    "st_update_a": [
        "[the update is|new season is|its] [{bad}|{cool}|so buggy|mid|actually good] [{emoji}|]",
        "[not yet|havent tried it] [{lol}|] [no wifi|ban]",
        "[the lag|lag] [is|was] [so {bad}|unreal|killing me]",
    ],
    "st_duo_q": [
        "[wanna|want to] [play|hop on|duo|squad up|run some games] [later|tonight|after]?",
        "[u on|u getting on] [later|tonight]?",
    ],
    "st_duo_a": [
        "[sure|bet|ok|yeah] [add me|inv me|send inv] [{lol}|]",
        "[cant|can't] [tonight|rn] [{mum} took my controller|no wifi|grounded|homework] [{emoji}|]",
        "[maybe|prob] [after tea|at {hour}] [{lol}|]",
    ],
    "st_music_q": [
        "[u listen to|do u like|u into] {band}?",
        "[did u hear|heard] the new {band} [song|album|track] [yet|]?",
    ],
    "st_music_a": [
        "[yes|yeah|ya] [{band} is|they're|she's|hes] [{cool}|so good|my fav|everything] [{emoji}|]",
        "[on repeat|been playing it|obsessed] [tbh|ngl|lol]",
        "[not really|nah] [more into|i like] {band2}",
        "[its|it's] [ok|alright|mid] [{lol}|] [prefer the old stuff|]",
    ],
    "st_listen_q": [
        "[what|who] [r u listening to|u listening to|is ur fav singer] [rn|atm|]?",
        "[send|give] me [a song|some music] [im bored of my playlist|{lol}]",
    ],
    "st_listen_a": [
        "[{band2}|mostly {band2}] [on repeat|rn] [{emoji}|]",
        "[{band2}|{band}] and [old stuff|rap|kpop|country|drill|bollywood|trad]",
        "[idk|random stuff] [{lol}|] [my spotify is a mess]",
    ],
    "st_gig_q": [
        "[going to|u going to] the {band} [concert|gig|tour]?",
        "[did u|u] get [tickets|tix] for {band}?",
    ],
    "st_gig_a": [
        "[tickets were|tix] [sold out|too expensive|like 100 quid] [{emoji}|]",
        "[yes|YES] [going with|my {mum} got them|with my cousin] [{emoji}|]",
        "[cant|not allowed] [{mum} says its too late|its on a school night] [{emoji}|]",
    ],
    "st_pet_q": ["[do u have|u got] [any pets|a pet]?", "[what|wat] pets [have u got|do u have]?"],
    "st_pet_a": [
        "[yeah|ya] a {pet} called {petname} [{emoji}|]",
        "[no|nah] [my {mum} wont let me|{dad}'s allergic|we're not allowed] [{emoji}|]",
        "[2|two] [cats|dogs|rabbits] [{lol}|] [and a fish]",
    ],
    "st_food_q": [
        "[whats|what's|wat is] for [dinner|tea|lunch] [tonight|]?",
        "[u ate|did u eat|had ur tea] [yet|]?",
    ],
    "st_food_a": [
        "[{food}|prob {food}|{food} again] [{emoji}|] [{lol}|]",
        "[not yet|nah] [starving|so hungry|waiting for {mum}]",
        "[had|just had] {food} [it was {cool}|yum|]",
        "[{mum}'s|{dad}'s|{gran}'s] [making|cooking] {food} [{emoji}|]",
        "[ugh|ew] [{food} again|fish again|leftovers]",
    ],
    "st_weekend_q": [
        "[what r u|u] doing [this weekend|on {day}|tomorrow|after school]?",
        "[any plans|doing anything] [for the weekend|{day}|for the hols|tonight]?",
    ],
    "st_weekend_a": [
        "[nothing|not much|prob nothing] [just {game}|just chilling|sleeping] [{lol}|]",
        "[{sport}|training|a match|practice] [on {day}|in the morning] [then|] [nothing|chill]",
        "[going to|visiting] [my {gran}s|my cousins|{place}|my {dad}s] [{emoji}|]",
        "[{chore}|have to {chore}] [{bad}|ugh|{emoji}]",
        "[birthday party|sleepover|cinema] [on {day}|saturday|] [{cool}|cant wait]",
        "[we're going|going] to {town} for [{holiday}|a few days|a wedding]",
    ],
    "st_pastwk_q": [
        "[how was|hows] ur weekend?",
        "[what did u|what'd u] do [at the weekend|yesterday|last night]?",
    ],
    "st_pastwk_a": [
        "[good|ok|boring] [went to|was at] [{place}|my {gran}s|a party] [{emoji}|]",
        "[slept|literally slept] [all day|till 12] [{lol}|]",
        "[played|was on] {game} [all day|the whole time] [{lol}|]",
        "[had|we had] a [match|tournament|family thing] [{emoji}|]",
    ],
    "st_sport_q": [
        "[u still do|do u do|do u play] {sport}?",
        "[how long have u|u] [done|been doing] {sport}?",
    ],
    "st_sport_a": [
        "[yeah|ya] [every {weekday}|twice a week|tues and thurs] [{emoji}|]",
        "[quit|stopped] [last year|ages ago] [{lol}|]",
        "[since|since i was] [6|7|little] [{lol}|]",
        "[yeah|ya] [im|i'm] [defence|striker|in goal|midfield|on the wing|a bowler] [{emoji}|]",
    ],
    "st_match_q": [
        "[did u win|how did the match go|u win] [on {weekday}|yesterday|at the weekend|]?",
        "[how was|hows] [training|practice] [today|]?",
    ],
    "st_match_a": [
        "[we won|we lost|drew] [3-1|2-0|by like 10|on pens|by a point] [{emoji}|]",
        "[coach|our coach] [made us|had us] [run|do laps|do drills] [for ages|all session] [{emoji}|]",
        "[was|it was] [{bad}|{cool}|freezing] [{lol}|]",
    ],
    "st_show_q": [
        "[u watched|have u seen|u watching] {show}?",
        "[did u|have u] [see|watched] the new [season|episode] of {show}?",
    ],
    "st_show_a": [
        "[yes|yeah] [its|it's] [{cool}|so good|mid|weird but good] [{emoji}|]",
        "[no spoilers|dont spoil it] [im on ep {number}|pls]",
        "[not yet|no] [is it|its] [good|worth it]?",
        "[rewatching|bingeing] it [again|{lol}]",
    ],
    "st_watch_q": [
        "[what r u|what u] [watching|bingeing] [rn|atm]?",
        "[any|got any] [shows|good shows] [to watch|recs]?",
    ],
    "st_watch_a": [
        "[{show2}|rewatching {show2}] [{emoji}|] [its {cool}|]",
        "[nothing|idk] [{lol}|] [just tiktok]",
        "[{show2}|{show}] [is|was] [{cool}|good] [watch it|]",
    ],
    "st_weather": [
        "[its|it's] {weather} [here|today|out] [{emoji}|]",
        "[so|too] [hot|cold|windy] [cant sleep|cant be bothered|lol]",
        "[snow|rain|storm] [tmr|tomorrow|later] apparently",
    ],
    "st_bored": [
        "[so|im so|soooo] bored",
        "[bored|boredd] [{emoji}|]",
        "[entertain me|say something interesting|tell me something] [{lol}|]",
        "[nothing to do|nothing on] [{lol}|ugh]",
    ],
    "st_bye": [
        "[gtg|gotta go|g2g|brb] [{mum}'s calling|dinner|tea's ready|phone's dying|homework|training] [{bye}|]",
        "{bye} [{you}|] [{emoji}|]",
        "[night|nite|gn] [{you}|] [{emoji}|x|]",
        "[ok|k] [{bye}|ttyl|talk later]",
        "[going to sleep|off to bed|sleep time] [{bye}|]",
        "[speak|talk] [later|tmrw|soon] [{emoji}|]",
        "[ok cool|alright] [see u {day}|see ya tmr|catch u later]",
    ],
    "st_bye_adult": [
        "[got to go|gotta go|must dash|off now] [{lol}|] [dinner's on|work call|the kids need me|meeting]",
        "[speak|talk] [later|soon|tomorrow] [x|{emoji}|]",
        "[night|Night] [x|{emoji}|]",
        "[ok|Ok] [lovely|great] [speak soon|see you {day}]",
        "[bye for now|bye] [x|{emoji}|]",
        "[ok|Ok] [will do|thanks] [bye|x]",
    ],
    "st_bye_a": [
        "{bye}",
        "[ok|k|kk] {bye} [{emoji}|]",
        "[night|gn|nite] [{emoji}|x|]",
        "[cya|see ya] [{day}|tmr|later]",
        "[laters|ttyl|talk soon] [{you}|]",
    ],
    "st_nudge": [
        "[hello?|helloooo|hello??|???]",
        "[u there|u there?|u alive] [{you}|]",
        "[?|??]",
        "[oi|yo] [answer me|reply] [{lol}|]",
        "[u asleep|fell asleep?]",
    ],
    "st_sorry_late": [
        "[sorry|soz|sry] [was|i was] [eating|at training|doing hw|in the shower|out|on {game}]",
        "[back|im back|here now] [sorry|soz|]",
        "[my phone died|phone was dead|no signal] [sorry|soz]",
    ],
    # --- grooming: typical (stock-ish cues) -------------------------------------------------------
    "g_age": [
        "[how old r u|how old are you|hw old r u|how old r u again|wat age r u|what age are you] [btw|anyway|just wondering|]?",
        "asl [{lol}|]",
        "u [in|like in] {year} [or something|yeah]?",
        "[ur|u r|you're] [like|about|prob] {cage} [right|yeah|?]",
        "so [how old|what age] [are u|r u] [then|actually]?",
        "[can i ask|mind if i ask] how old u are?",
        "wait [how old r u|whats ur age] [lol|]?",
    ],
    "g_age_self": [
        "im {sage} [btw|lol|if that matters|]",
        "[im|i'm] {sage} [is that weird|hope thats ok|dont be weirded out]",
        "[age is just a number|age doesnt matter] [tho|really|to me]",
        "[im a bit older|im older] [lol|] [but|] [we get on tho|u dont mind right]",
        "[im|i'm] [17|18|19] [lol|] [nearly the same|not that different]",
        "[im|i'm] [15|16] too [lol|] [{emoji}|]",
    ],
    "g_mature": [
        "[ur|you're|your] [so|really|rly|proper] mature for [ur|your] age",
        "u [seem|sound|talk like ur] [way|much|so much] older than {cage}",
        "[ur|you're] not like [other|most] [kids|girls|boys|people] ur age",
        "[u|you] [get|understand] [stuff|things] way better than [people my age|most adults]",
        "[honestly|tbh|ngl] [ur|u r] [so|really] [funny|cool|sweet|easy to talk to] [{emoji}|] [way more than people my age|not like the others]",
        "[ur|you're] [so|really] [smart|clever|grown up] for {cage}",
    ],
    "g_secret": [
        "[dont|don't] tell [ur|your] [{mum}|parents|{mum} or {dad}|{dad}] [about me|we talk|about this|ok]",
        "[this|this chat] [stays|is] between us [ok|yeah|right]?",
        "[keep|lets keep] this [between us|our secret|to urself] [yeah|k|ok]?",
        "[ur|your] parents wouldnt [get it|understand] [so dont tell them|so keep it quiet]",
        "[promise|u promise] u wont tell [anyone|ur {mum}|ur friends]?",
        "[its|it's] our [secret|little secret] [{emoji}|ok]",
    ],
    "g_alone": [
        "[r u|are you|u] [alone|on ur own|by urself|home alone] [rn|right now|at the moment|tonight]?",
        "[anyone else|who else is] [home|in|there] [rn|with u]?",
        "[are|r] ur parents [home|in|out] [rn|tonight]?",
        "[is|r] ur [{mum}|parents] [out|away|at work] [tonight|rn]?",
        "[is|r] u in ur room [alone|on ur own]?",
    ],
    "g_move": [
        "[add me on|msg me on|lets talk on|come on] {app2} [its better|easier|more private|]",
        "[whats|what's] ur {app2}?",
        "[got|have u got] {app2}? [add|addd] {handle2}",
        "[this app|this site] [is|r] [rubbish|dead|so slow] [lets go|lets move|move] to {app2}",
        "[download|get] {app2} [and add me|its safer|its private] [{emoji}|]",
        "{app2} is better for [talking|chatting|us] [my user is|add] {handle2}",
    ],
    "g_gift": [
        "[i can|ill|i could] [get u|send u|buy u] {gift} [if u want|no catch|for being cool|if ur nice]",
        "[want|u want] {gift}? [i got spare|easy for me|ill sort it]",
        "[ill|i'll] [top up|sort] ur {credit} [so u can keep talking to me|so we can talk|dont worry]",
        "[i|ive] [got|bought] u {gift} [{emoji}|] [just need ur {app2}|]",
        "[i can|ill] [pay for|cover] ur {ingame} [no worries|easy]",
        "[do u want|want] me to send u {gift} [as a thank u|just cause]?",
    ],
    "g_meet": [
        "[we should|wanna|we could] meet [up|irl|for real] [sometime|soon|at {place}]",
        "[i could|i can] [come see u|pick u up|meet u] [at|near|from] {place} [on {day}|after school|]",
        "[lets|let's] meet at {place} [on {day}|this weekend|]",
        "[ill|i'll|i could] [drive|come|get the train] to {town} [if u want|to see u|on {day}]",
        "[when|what day] can u [get out|sneak out|meet]?",
        "[meet me|come meet me] [at|near] {place} [ill buy u {food}|i'll bring the {gift}]",
        "[can|could] we [meet|hang out] [just us|the two of us] [sometime|on {day}]?",
    ],
    # --- grooming: quiet (ordinary words) -------------------------------------------------------
    "q_routine": [
        "what time does ur {mum} [get back|get home|finish] [from work|usually|on {weekday}s]?",
        "[does|do] [ur {mum}|ur {dad}|ur parents] work [late|weekends|nights|shifts]?",
        "which bus do u [get|take|catch] [home|to school|after school]?",
        "[do u|d'you] [walk|get the bus|cycle] home [on ur own|by urself|with anyone]?",
        "[whos|who's] [usually|normally] [in|home] when u get back [from school|]?",
        "so [what time|when] [are u|r u] [usually|normally] home [on {weekday}s|after school]?",
        "[is it|its] just u [and ur {sib}|] after school [then|till {mum} gets back|]?",
        "[does|do] ur {sib} [get home|finish] before u or after?",
        "[what time|when] [does|do] [ur {dad}|ur {mum}|they] [leave|go] [for work|in the morning]?",
        "[do u|u] [still|] go to {place} [on {weekday}s|after school]?",
        "[whats|what's] the [stop|bus stop] [near|by] ur school [called|]?",
        "[does|do] [anyone|someone] [pick u up|collect u] or [do u|u] make ur own way?",
        "[how long|how long's] [ur walk|the bus] home [usually|then]?",
        "so [ur|you're] on ur own [a lot|most days] after school [then|yeah]?",
    ],
    "q_screen": [
        "[is|r] [anyone|someone|ur {sib}] [next to u|with u|looking|reading over ur shoulder] [rn|]?",
        "[can|could] [anyone|ur {mum}|ur {sib}] see [ur screen|what ur typing|this]?",
        "[do u|u] keep ur phone in ur room [at night|overnight|when u sleep]?",
        "[does|do] ur {mum} [check|go through|look at] ur phone [ever|much]?",
        "[is|r] [ur door|the door] shut?",
        "[where|whereabouts] r u [sitting|typing from] [rn|]? [living room|ur room]?",
        "[does|do] ur [{mum}|parents] know [ur passcode|ur password|which apps u have]?",
        "[is|r] ur laptop in the [kitchen|living room] or ur room?",
    ],
    "q_exclusive": [
        "[nobody|no one] [gets|understands] [u|you] like i do [tbh|honestly|]",
        "[ur|your] friends dont [really|actually] [get|understand] u [do they|tbh|]",
        "i can talk to u about [stuff|things] i cant [tell|say to] anyone else",
        "[ur|you're] the only [one|person] i [actually|properly|really] talk to [these days|tbh]",
        "[i feel like|feels like] u [understand|get] me more than [people my age|anyone i know|my own mates]",
        "[they|ur mates] dont see [the real u|u] like i do",
        "[i|honestly i] [look forward to|wait for] [this|talking to u|ur messages] all day",
        "[u|you] [can|could] always [come to|talk to] me [about anything|when ur down|instead]",
        "[ur|your] [friends|mates] [sound like|seem] they [leave u out|use u|dont appreciate u] [a lot|tbh]",
        "[its|it's] nice having someone who actually listens [isnt it|right]",
        "[i|ill] [always|] [be here|have ur back] even when [they|ur friends|ur family] [arent|dont]",
        "[i dont|dont] [think|reckon] [anyone|they] [would|could] get this like we do",
    ],
    "q_delete": [
        "[maybe|prob best to|might be worth it to] [clear|delete|wipe] this chat [after|later|when we're done] [yeah|ok|]",
        "[id|i'd] [delete|clear] these [just in case|tbh|before bed]",
        "[do u|u] ever [delete|clear|wipe] ur [messages|chats]?",
        "[use|message me from] ur other account [its easier|for talking to me|yeah]",
        "[make|set up] a [spare|second|new] account [just for us|for this|for chatting] [{lol}|]",
        "[turn on|put on] the [disappearing|vanishing] messages [thing|setting]",
        "[rename|save] me [as|under] [a girl name|{fakename}|something else] in ur phone [{lol}|]",
        "[archive|hide] this [convo|chat] [yeah|ok]",
    ],
    "q_favour": [
        "[can|could] u do me a [small|quick|tiny] favour?",
        "[send|can u send] me the {subject} [notes|homework|sheet] [lol|]?",
        "[vote|can u vote] for my [clip|video|build|drawing] [on {game}|on there|]?",
        "[stay|can u stay] [on|up] till {late} [tonight|] [so we can finish|for me]?",
        "[change|put] ur [status|bio|nickname] to [the one i said|what i sent] [{lol}|]?",
        "[say|text me] [goodnight|night] [to me|] before u sleep [yeah|ok|]",
        "[tell me|msg me] when u get home [so i know|yeah|ok]",
        "[answer|reply] [faster|quicker] next time [{lol}|] [i was waiting]",
        "[can|could] u [log in|go on] at {hour} [tmr|{day}]?",
        "[skip|miss] {sport} [on {day}|tonight] [and come online|so we can talk] [{lol}|]?",
    ],
    "q_resent": [
        "ur {mum} sounds [really|proper|so|well] strict",
        "they [never|dont] let u do anything do they",
        "[sounds like|seems like] they dont [really|actually] listen to u",
        "[ur|your] {dad} was [out of order|well out of order|harsh|unfair] [tbh|there|]",
        "[u|you] deserve [better|more] than [being shouted at|that|getting grounded for nothing]",
        "[parents|adults] [never|dont] [get it|understand] [do they|tbh]",
        "[i|i'd] [never|not] treat u like [that|they do]",
        "[they|ur parents] [treat u|act like ur] like a [baby|little kid]",
        "[ur|you're] old enough to decide [stuff|things] for urself [tbh|really]",
        "[they|ur family] [sound|seem] [so|really] [controlling|annoying|unfair]",
    ],
    "q_world": [
        "this is just our [thing|chat|place] [yeah|{emoji}|]",
        "i like that we have our own [little|] [world|space|bubble] [here|on here]",
        "no one else [needs|has] to know about our [jokes|chats|talks]",
        "[its|it's] [nice|cool] having something [thats|that's] just ours",
        "[lets|we can] have our own [codeword|nickname|emoji] [for each other|{lol}|]",
        "[ur|you're] different with me than with [them|everyone else] [i like that|{emoji}]",
        "[we|u and me] [get|have] our own [jokes|way of talking] [no one else gets it|{lol}]",
    ],
    "q_meet": [
        "[im|i'm] [gonna be|going to be] [near|round|by] {place} on {day} anyway",
        "[i could|could] [wait|be] at the [bus stop|stop] [after school|for {bus}] [and say hi|]",
        "if ur on ur own after school [i could|i can] [swing by|come by|pop over to] {place}",
        "what time [would|will] u be at {place} [on {day}|]?",
        "[i|ill] [pass|go past] {place} [every|on] {weekday} [anyway|{lol}|] [could say hi]",
        "[we|u and me] [could|should] [just|] [grab|get] {food} [after school|on {day}] [nobody has to know|no big deal]",
        "[get|take] {bus} to {place} [on {day}|after school] [ill be there|i'll wait]",
        "[i could|could] [walk|drop] u home [from {place}|after] [if u want|{lol}]",
    ],
    "q_move": [
        "this app keeps [glitching|crashing|lagging] [lol|] [{app2}|the other one] is [better|smoother] for us",
        "[i'll|ill] send u [a link|a code|an invite] for [a different app|{app2}]",
        "[we|lets] [should|] [use|switch to] {app2} [its quieter|less people|so it doesnt show up]",
        "[the|ur] [other|second] account [is|would be] [easier|better] for [this|us]",
    ],
    "q_gift": [
        "[i|ive] [put|added] [some|a bit] [credit|money|{gift}] on ur [account|phone] [dont mention it|no need to say anything]",
        "[left|ill leave] [a|u a] [little|small] [something|present] [at {place}|for u] [{emoji}|]",
        "[i got|got] u [the {ingame}|{gift}] [u said u wanted|u mentioned]",
        "[just|] say it was from a [friend|mate|someone at school] [if anyone asks|{lol}]",
    ],
    "q_test": [
        "[if u|u] [really|actually] [trusted|liked] me u'd [tell me|do it|answer]",
        "[ur|you're] [quiet|different] today [did i do something|what's wrong]",
        "[see|told u] [i|] [always|] [know|remember] [everything u tell me|what u like] [{emoji}|]",
        "[why|how come] [didnt|didn't] u [reply|answer] [last night|earlier]?",
        "[i|i'd] [do|] anything for u u know that?",
        "[we're|we are] [like|] [best friends|proper mates] now [arent we|right|yeah]?",
    ],
    # --- suspect recovering after pushback ------------------------------------------------------------
    "s_backoff": [
        "[sorry|soz|my bad] [lol|] [forget i asked|forget it|didnt mean it like that|just curious]",
        "[haha|lol] [jk|joking|only messing] [dont worry|{emoji}]",
        "[no worries|no pressure|all good] [honestly|at all|] [{emoji}|]",
        "[ok ok|fair enough|fair] [ignore me|my bad] [{lol}|]",
        "[oh|oh ok] [sorry|didnt mean to be weird]",
        "[its|it's] fine [ur right|whatever u want|we dont have to]",
        "[i was|was|im] [just|only] [asking|being nice|trying to help] [{lol}|] [chill|]",
    ],
    "s_return": [
        "[hey|hi|heyy] [sorry|soz] [been busy|been away|work was mad|was offline] [{emoji}|]",
        "[missed|i missed] [talking to u|our chats|u] [tbh|{lol}|]",
        "[u|you] [still|] [around|up|there]?",
        "[how was|hows] [ur week|things|school|ur {day}]?",
        "how [have|'ve] things been [with u|at home|]?",
        "[thought about|was thinking about] [what u said|u] [the other day|earlier]",
        "[hey|yo] [stranger|{you}] [its been ages|long time] [{lol}|]",
    ],
    # --- child responses ------------------------------------------------------------------------------
    "c_age": [
        "{cage}",
        "[im|i'm] {cage} [wbu|u?|why|]",
        "{cage} [nearly {cage1}|and a half|lol]",
        "[why|y] [do u wanna know|]",
        "[guess|guess lol] [{lol}|]",
        "[old enough|none of ur business] [{lol}|]",
        "{year} [so {cage}|]",
    ],
    "c_pos": [
        "[aww|aw|omg] [thanks|ty|thank u] [{emoji}|]",
        "[haha|lol] [thanks|ty] [i guess|]",
        "[really?|u think so?] [{emoji}|]",
        "[no one|nobody] [ever|] says that [to me|{lol}]",
        "[thats|that's] [nice|sweet|kind] [{emoji}|]",
        "[same|u too] [{emoji}|]",
        "[stop|stoppp] [{lol}|] [ur making me blush|{emoji}]",
        "[yeah|ya] [ikr|true] [{lol}|]",
    ],
    "c_eager": [
        "[ok|okay|ok!!|sure] [{emoji}|]",
        "[yes|yess|yesss|omg yes] [{emoji}|]",
        "[deal|bet|for sure|defo]",
        "[i'd|id] [like that|love that] [{emoji}|]",
        "[ok|k] [i wont|i promise|promise]",
        "[yeah|ya] [that|that'd] [be|] [{cool}|fun|nice]",
        "[omg|wait] [really|rly]? [thank u|ty] [{emoji}|]",
        "[u|you're] the best [{emoji}|]",
    ],
    "c_neutral": [
        "[idk|maybe|hmm|prob]",
        "[i guess|guess so|suppose]",
        "[ok|k|mhm]",
        "[mm|hmm] [maybe|not sure]",
        "[depends|we'll see] [{lol}|]",
        "[sure|ok] [i guess|]",
        "[lol|{lol}] [ok|]",
    ],
    "c_wary": [
        "[why|y] [do u|u] [wanna|want to] know",
        "[why|y] [tho|though|?]",
        "[thats|that's] [kinda|a bit|lowkey] [random|weird|sus] [{lol}|]",
        "[idk|dunno] [i shouldnt say|if i should]",
        "[um|umm|uh] [why|ok]",
        "[my {mum}|{mum}] says i [shouldnt|cant] [say|tell people that]",
        "[i|i'd] [rather not|prefer not] [say|]",
        "[hmm|huh] [random question|ok] [{lol}|]",
    ],
    "c_push": [
        "[thats|that's] [weird|creepy|sus|a bit much] [tbh|ngl|{emoji}|]",
        "[no|nah] [i dont|i'm not] [want to|doing that|comfortable]",
        "[why would i|y would i] [do that|tell u that]?",
        "[i|ill] [tell|ask] my {mum} [then|first]",
        "[im|i'm] not [allowed|meant to] [{lol}|]",
        "[stop|pls stop] [asking|that]",
        "[u|you're] [being|acting] [weird|strange] [rn|now]",
        "[idk|dunno] [u|you] [that well|properly] [tho|]",
        "[no thanks|no ty|nah im ok]",
        "[hmm|ehh] [i dont think so|not really]",
    ],
    "c_routine_a": [
        "[she|he|they] [gets|get] back [at|around|like] {hour}",
        "[about|like|around] {hour} [usually|i think|on {weekday}s]",
        "{bus} [{lol}|why]",
        "[i|we] [walk|get the bus] [on my own|with my {friend}|by myself] [mostly|]",
        "[nobody|no one] [till|until] {hour} [usually|tbh]",
        "[my {sib}|just my {sib}] [is|] [there|home] [sometimes|]",
        "[{mum}|my {mum}] works [late|till {hour}|nights] [on {weekday}s|]",
        "[idk|dunno] [depends|it changes]",
        "[im|i'm] [home|back] [by|around] {hour}",
        "[they|my parents] [both|] work [so its just me|till late] [{lol}|]",
        "[the stop|it's] [by|near] {place}",
    ],
    "c_screen_a": [
        "[no|nah] [im in my room|just me]",
        "[my {sib}|{sib}] [is|'s] [here|next to me|downstairs]",
        "[no|nah] [she|he|they] [never|don't] [check|look]",
        "[yeah|ya] [phone's|its] always in my room",
        "[door's|doors] [shut|closed] [why|{lol}]",
        "[in|i'm in] the [living room|kitchen] [lol|]",
        "[sometimes|once] [my {mum}|she] [checks|looked] [it|]",
    ],
    "c_moan_parents": [
        "[my {mum}|{mum}|my {dad}] [took|confiscated] my phone [again|for a week|last night] [{emoji}|]",
        "[got|i got] [grounded|shouted at|told off] [again|for nothing|{lol}]",
        "[they|my parents] [never|dont] let me [go out|do anything|stay up|go to {place}]",
        "[my {mum}|{mum}] [is|'s] [so|really|proper] [annoying|strict|{annoyed}] [today|rn|]",
        "[had|we had] a [massive|big] [row|fight|argument] [with {mum}|at home]",
        "[i|i'm] [not allowed|banned from] [{game}|my phone|going out] [till {day}|this week]",
    ],
    "c_lonely": [
        "[my|me] [friends|mates] [left me out|ignored me|went without me] [today|again] [{emoji}|]",
        "[no one|nobody] [at school|in my class] [talks to me|gets me|likes me] [tbh|]",
        "[feel|i feel] [kinda|so|a bit] [alone|lonely|left out] [lately|rn|]",
        "[{friend}|my best friend] [is|'s] [being|acting] [weird|fake|mean] [{emoji}|]",
    ],
    "c_secret_ok": [
        "[ok|k|sure] [i wont|i wont say anything|wont tell]",
        "[lol|ok] [who would i tell|{lol}]",
        "[ye|yeah] [ok|fine] [{emoji}|]",
        "[ok|k] [why tho|but why]",
        "[promise|pinky promise] [{emoji}|]",
    ],
    "c_move_a": [
        "[ok|k] [whats ur user|whats ur name on there]",
        "[i|ive] [dont have|havent got] {app2} [{lol}|]",
        "[my {mum}|{mum}] [doesnt|wont] let me have {app2}",
        "[ok|sure] [ill|i'll] [add u|download it]",
        "[why|y] [cant we|not] [just|] [talk|stay] here?",
        "[done|added u|sent] [{emoji}|]",
    ],
    "c_gift_a": [
        "[omg|wait] [really|rly|for real]? [{emoji}|]",
        "[u|you] [dont have to|dont need to] [{lol}|]",
        "[why|y] [tho|would u do that]?",
        "[yes|yess] pls [{emoji}|]",
        "[no thanks|nah its ok|its fine]",
    ],
    "c_meet_a": [
        "[maybe|idk|hmm] [i'd|id] have to [ask|check with] my {mum}",
        "[i|i'm] [cant|can't|not allowed] [go out|on my own|{lol}]",
        "[ok|k] [what time|where]?",
        "[idk|dunno] [thats|that's] kinda far",
        "[maybe|prob] [on {day}|after school]",
        "[my {mum}|{mum}] [would|'d] [kill me|never let me] [{lol}|]",
        "[hmm|umm] [i|i'll] [think about it|see]",
    ],
    "c_delete_a": [
        "[ok|k] [why|tho]",
        "[i|i've] [already|] [do|did] [that|] [{lol}|]",
        "[yeah|ya] [ok|fine]",
        "[how|how do i] [do that|set that up]?",
        "[i|i'll] [prob|] forget [{lol}|]",
    ],
    "c_favour_a": [
        "[ok|k|sure] [{emoji}|]",
        "[ye|yeah] [ok|fine] [{lol}|]",
        "[lol|ok] [why|]",
        "[i|i'll] [try|see]",
        "[cant|can't] [tonight|rn|{day}] [sorry|soz]",
        "[maybe|prob] [{lol}|]",
        "[um|uh] [ok|i guess]",
    ],
    "c_exclusive_a": [
        "[yeah|ya] [u|you're] [easy|so easy] to talk to [{emoji}|]",
        "[same|u too] [tbh|{emoji}|]",
        "[aw|aww] [thats|that's] [nice|sweet]",
        "[i|i] [guess|suppose] [{lol}|]",
        "[my friends|they] are [ok|fine] [tho|sometimes] [{lol}|]",
        "[true|fr] [no one|nobody] [else|] [listens|gets it]",
    ],
}

# --- more quiet-grooming and child lines (appended to keep each function wide) -------------------------
_MORE: dict[str, list[str]] = {
    "q_routine": [
        "[whats|what's] ur [usual|normal] [day|routine] [like|then] [on {weekday}s|after school]?",
        "[do u|u] [get|have] the house to urself [much|on {weekday}s|after school]?",
        "[is|r] [ur|your] {mum} [still|] [doing|on] [nights|lates|earlies] [this week|]?",
        "[what time|when] [do u|u] [usually|normally] [go to bed|get off the bus|leave for school]?",
        "[does|do] ur {sib} [go to|have] [clubs|{sport}|practice] after school [or|] [is it just u|]?",
        "[where do u|whereabouts do u] [wait|stand] for {bus} [in the morning|after school]?",
        "[so|oh so] [ur|you're] [back|home] before [ur {mum}|anyone else] [then|most days]?",
        "[do u|u] [still|] walk [past|through] {place} [on the way home|every day]?",
    ],
    "q_screen": [
        "[r u|are u] [on|using] ur [own|personal] phone [or|] [the family ipad|ur {mum}s]?",
        "[is|r] [anyone|ur {sib}] [in|sharing] ur room [rn|tonight]?",
        "[do|does] [ur|your] [{mum}|parents] [get|see] ur [notifications|messages] [on the ipad|on the laptop]?",
        "[turn|put] [ur|the] [brightness|volume] down [{lol}|] [dont wake anyone]",
        "[who|whos] [else|] [uses|has access to] [that|ur] [laptop|tablet|account]?",
    ],
    "q_exclusive": [
        "[i|honestly i] [dont|don't] [think|reckon] [ur|your] [mates|friends] [know|see] [how|what] [clever|funny|kind] u [are|r]",
        "[u|you] [can|could] tell me [anything|stuff] [u know that|i won't judge]",
        "[ur|you're] [the|my] [favourite|best] [person|part of my day] to talk to [{emoji}|tbh|]",
        "[feels like|i feel like] [i've|ive] known u [for ages|forever] [{lol}|]",
        "[they|ur friends] [wouldnt|would never] [stay up|wait] [talking to u|for u] like i do [{lol}|]",
        "[ur|you're] [more|way more] [grown up|sensible] than [ur|your] [mates|friends] [tbh|honestly]",
    ],
    "q_delete": [
        "[maybe|just] [dont|don't] [leave|keep] [our|these] [chats|messages] [lying around|on ur phone] [{lol}|]",
        "[log out|sign out] [after|when we're done] [yeah|ok] [just in case|]",
        "[put|set] [a|] [passcode|lock] on [this app|ur phone] [its safer|{lol}]",
        "[use|talk on] the [account|one] [ur {mum}|nobody] [doesnt|'s] [follow|know about]",
    ],
    "q_favour": [
        "[send|can u send] me [a|] [screenshot|link] of [ur|the] [timetable|{game} stats|class chat] [lol|]?",
        "[could|can] u [be|get] online at {hour} [for me|tmr|on {day}]? [i'll|ill] wait",
        "[wear|put on] [the|that] [hoodie|colour] [i said|we talked about] [tmr|{lol}]",
        "[tell|say to] [ur {mum}|them] [ur|you're] [at {friend}s|doing hw] [{lol}|] [so u can stay on]",
    ],
    "q_resent": [
        "[it's|its] not fair [how|the way] they [treat|talk to] u [tbh|honestly]",
        "[they|ur parents] [dont|don't] [trust|respect] u [do they|at all]",
        "[if|when] [u|you] [were|lived] [with|near] me [u|you] [could|wouldnt have to] [do what u want|ask permission] [{lol}|]",
        "[they|ur {mum}] [only|just] [care|cares] about [ur {sib}|themselves] [tbh|it sounds like]",
    ],
    "q_world": [
        "[our|the] [chats|talks] are [the best|my favourite] part of [my|the] day [{emoji}|]",
        "[i|ill] [keep|save] [everything|ur messages] [u send|{lol}] [{emoji}|]",
        "[we|u and me] [dont need|dont have to] [anyone else|tell anyone] [really|{lol}]",
        "[its|it's] [like|sort of] [our|a] [own|private] [little|] [club|corner] [{emoji}|{lol}]",
    ],
    "q_meet": [
        "[which|what] [exit|entrance] [do u|u] [come out of|use] [at|from] [school|{place}]?",
        "[i'll|ill] [be|park] [by|near] {place} [around|at] {hour} [anyway|] [if u wanna say hi|]",
        "[come|pop] [down|over] to {place} [on ur own|by urself] [on {day}|after school] [{lol}|] [itll be chill]",
        "[could|can] u [get|take] {bus} [on ur own|by urself] [to {place}|into town]?",
    ],
    "q_test": [
        "[prove|show me] [ur|you're] [not like the others|different] [{lol}|]",
        "[u|you] [promised|said] [u'd|you'd] [be on|reply] [at {hour}|last night] [{emoji}|]",
        "[dont|don't] [go quiet|ignore me] on me [again|like yesterday] [{emoji}|ok]",
        "[i thought|thought] [we|u] [were|was] [closer|different] than that [{emoji}|]",
    ],
    "c_routine_a": [
        "[{mum}|my {mum}] [does|is on] [nights|lates] [this week|on {weekday}s] [so yeah|{lol}]",
        "[i|we] [get off|get off at] the stop [by|near] {place}",
        "[like|around] {hour} [then|] [{sib} gets back at {hour}|]",
        "[on|mostly on] my own [tbh|{lol}] [{sib} has clubs|]",
        "[i|i] [wait|stand] [by|outside] {place} [{lol}|] [why]",
    ],
    "c_neutral": [
        "[lol|{lol}] [maybe|idk]",
        "[hmm|hm] [ok|i guess] [{emoji}|]",
        "[yeah|ya] [maybe|prob]",
        "[i mean|like] [sure|ok|i guess]",
        "[eh|meh] [idk|dunno]",
    ],
    "c_pos": [
        "[aww|aw] [stop|u too] [{emoji}|]",
        "[thats|that's] [so|really] [nice|sweet] [to say|of u] [{emoji}|]",
        "[ur|you're] [nice|kind|sweet] [{emoji}|]",
        "[no|nah] [u|you] [are|r] [{lol}|]",
    ],
    "c_wary": [
        "[why|y] [do u|u] [keep|always] [asking|ask] [that|stuff like that]",
        "[kinda|bit] [personal|much] [no|] [{lol}|]",
        "[i|I] [dont|don't] [really|] [give|tell] [that|people that] [out|]",
        "[hmm|um] [idk|dunno] [about that|{emoji}]",
    ],
    "c_push": [
        "[why|y] [would|do] [u|you] [need|want] [that|to know that]?",
        "[no|nah] [my {mum} said|{mum} says] [not to|i cant] [{emoji}|]",
        "[i|I] [dont|don't] [like|want] [this|that] [{emoji}|]",
        "[leave|stop] [it|that] [pls|ok] [{emoji}|]",
    ],
    "c_lonely": [
        "[everyone|they all] [went|are going] to {place} [without me|and didnt ask me] [{emoji}|]",
        "[i|i] [sat|ate] [on my own|alone] at {break} [again|today] [{emoji}|]",
        "[{mum}|my parents] [dont|never] [listen|get it] [{emoji}|] [no one does]",
    ],
    "c_moan_parents": [
        "[{mum}|my {mum}] [read|went through] my [messages|phone] [{emoji}|] [so annoying]",
        "[{dad}|my {dad}] [said|says] [im not|i'm not] [going|allowed] [to {place}|out] [{emoji}|]",
        "[they|my parents] [always|keep] [compare|comparing] me to [my {sib}|{sib}] [{emoji}|]",
    ],
}
for _k, _v in _MORE.items():
    G[_k] = G[_k] + _v

G.update(
    {
        "ramble_teen": [
            "[honestly|ngl|like] [today was|school was] [so long|the worst|actually mental] [and then|plus] [{bus} was late|{subject} ran over|my {sib} ate my {food}|i forgot my {kit}] [so|and] [im just|now im] [lying in bed|on {game}|doing nothing|starving] [{lol}|]",
            "[and|also] [{friend}|{name}] [said|was saying] [that|] [{crushname}|someone in {subject}] [likes|was talking about] [{name}|them] [but|and] [idk|i dont even care] [{lol}|]",
            "[like|basically] [we had|there was] [a fire drill|a supply|an assembly] [in|during] {subject} [and|so] [nobody|no one] [did any work|learnt anything] [{lol}|] [it was {cool}]",
            "[and|plus] [{mum}|my {mum}] [wants|is making] me [to|] {chore} [before|after] tea [and|but] [i have|theres] [{subject} hw|a test] [tmr|on {day}] [so|] [{emoji}|]",
            "[i|i] [swear|literally] [every|each] time i [try to|wanna] [play|go on] {game} [someone|{mum}|my {sib}] [needs|wants] something [{lol}|{emoji}]",
            "[we|me and {name}] [are|were] [planning|trying to plan] [a|the] [sleepover|trip to {place}|birthday thing] [but|and] [nobody|no one] [can agree|replies] [in the gc|{lol}]",
        ],
        "ramble_adult": [
            "[honestly|To be honest] [work|the week] [has been|was] [mad|a lot|non-stop] [and|plus] [the car|the boiler|the washing machine] [decided to|has] [pack in|break] [so|and] [I'm|im] [shattered|done in] [{lol}|]",
            "[and|also] [the kids|{name}] [have|has] [{sport}|swimming|a party] [on {day}|at the weekend] [so|and] [I'm|im] [a taxi|driving everywhere] [again|as usual] [{lol}|]",
            "[we|We] [finally|just] [booked|sorted] [{holiday}|the trip|the holiday] [so|and] [that's|thats] [something|one thing] to look forward to [at least|{emoji}]",
            "[the|The] [traffic|bus|train] [was|has been] [awful|a joke] [all week|this morning] [and|so] [I|i] [was|got in] late [twice|again] [{emoji}|]",
        ],
    }
)

G.update(
    {
        # --- family_parent (A parent, B child) ------------------------------------------------------------
        "fp_where": [
            "[where r u|where are you|wya|u nearly home]? [{emoji}|]",
            "[what time|when] will u be [home|back] [love|{kid}|sweetheart|hun|]?",
            "[did u|u] get [to school|to {place}|home] ok?",
            "[text me|msg me] when u [get there|get in|arrive] [pls|please|ok]",
            "[r u|are you] [still|] at {place}?",
        ],
        "fp_where_a": [
            "[at|still at] {place} [back by {hour}|leaving soon]",
            "[on|getting] {bus} [now|in 5]",
            "[yes|yeah] [got here|here] [{emoji}|]",
            "[10 mins|5 mins|nearly there]",
            "[can i|can I] stay [till {hour}|a bit longer] [pls|plz|pleaseee]?",
            "[home|im home|back] [{emoji}|]",
        ],
        "fp_alone": [
            "[i'm|im] at work [till|until] {hour} [so|] [ur|you're] on ur own [till then|for a bit] [ok|love|]",
            "[lock the door|keep the door locked] [and dont answer it|until I'm back] [{emoji}|x|]",
            "[dinner|tea|food] is in the [fridge|oven] [just microwave it|2 mins] [x|]",
            "[key|keys] [is|are] [under the plant pot|in the usual place|with {neighbour}] [love|]",
            "[home alone|on ur own] [till {hour}|until I get back] [ok|alright] [call me if anything|ring me if u need me]",
            "[ur {dad}|ur {mum}|{gran}|ur {sib}] [will|'ll] be back [at|by] {hour} [x|]",
            "[don't|dont] [open|answer] the door to anyone [while I'm out|ok|x]",
            "[i'm|im] stuck in [traffic|a meeting] [be back|home] [by|around] {hour} [sorry love|x|]",
            "[are u|r u] [ok|alright] [on ur own|at home]? [{emoji}|]",
        ],
        "fp_alone_a": [
            "[ok|k|kk] [{mum}|mum|mam|mom]",
            "[yeah|ya] [fine|im fine|all good] [{emoji}|]",
            "[door's|doors] locked",
            "[can|can i] [have|order] {food}? [{lol}|]",
            "[ok|k] [love u|luv u|ly] [x|{emoji}|]",
            "[where's|wheres] the [spare key|charger|remote]?",
            "[{sib}|my {sib}] [is|'s] [being annoying|here too] [{emoji}|]",
        ],
        "fp_surprise": [
            "[don't|dont] tell [ur|your] {sib} about [the surprise|the party|the tickets|the present] [ok|shh|{emoji}]",
            "[we got the tickets|i got the present|the cake is hidden in the garage] [but|] dont tell [ur|your] {sib} [ok|shh|]",
            "[it's|its] a secret [till|until] [{day}|the birthday|christmas] [ok|x]",
            "[i|we] got [something|a present|a surprise] for [ur|your] [{dad}|{sib}|{gran}] [dont say anything|keep it quiet] [{emoji}|]",
            "[shh|shhh] [{lol}|] [it's for|its for] {dad}s birthday",
        ],
        "fp_surprise_a": [
            "[omg|ok] [i wont|wont say anything|my lips are sealed] [{emoji}|]",
            "[what is it|what did u get]??",
            "[lol|haha] [{sib}|she|he] [already|] [suspects|knows something]",
            "[can i|can I] help [wrap it|choose]?",
        ],
        "fp_gift": [
            "[got|i got] u [the {shoes}|those {shoes}|the {ingame}|a new phone case|the hoodie] u wanted [{emoji}|x]",
            "[i|I've] [topped up|put] {money} on ur [phone|account] [for the week|dont spend it all at once]",
            "[pocket money|ur allowance] is [in|on] ur [account|card] [x|]",
            "[grab|get] [urself|yourself] {food} [on the way home|with the change] [x|]",
        ],
        "fp_gift_a": [
            "[thank u|thanks|ty] [{mum}|mum|mam|mom|dad|papa] [{emoji}|x|❤️]",
            "[omgg|omg] [ur|you're] the best",
            "[can i|can I] get {food} [with it|too]? [{lol}|]",
        ],
        "fp_screen": [
            "[phone|screens] off [at|by] {hour} [tonight|on a school night] [ok|please|x]",
            "[who|who're] u [talking to|messaging] [so late|at this hour]?",
            "[that's|thats] enough {game} [for today|now] [love|]",
            "[delete|get rid of] that app [please|] [it's|its] not for ur age",
            "[i|I] [don't|dont] want u on {app} [yet|till ur older] [ok|love]",
            "[remember|rmbr] [never|don't] [give out|share] ur [address|school|location] online [x|]",
            "[who|whos] [is|was] {handle} [that u were talking to|on ur phone]?",
            "[if|If] anyone [online|in a game] [asks|tells] u to keep [secrets|a secret] [u tell me|tell me] [ok|x]",
        ],
        "fp_screen_a": [
            "[ughh|ugh|nooo] [5 more mins|10 more mins|one more game] [pls|pleaseeee]",
            "[just|its just] [{friend}|my {friend}] from school [{lol}|]",
            "[fine|ok fine] [{emoji}|🙄]",
            "[i|I] [know|KNOW] [{mum}|mum|mam|mom] [{lol}|] [we did it in school]",
            "[ok|k] [deleted|done] [🙄|{emoji}]",
            "[everyone|all my friends] [has|have] it tho [{emoji}|]",
        ],
        "fp_love": [
            "[love u|love you|luv u] [{kid}|sweetheart|hun|loads|x]",
            "[proud of u|so proud] [today|love|x]",
            "[sleep well|night night|goodnight] [x|xx|{emoji}]",
            "[hope|Hope] [ur|the] [test|match|day] [goes|went] well [x|]",
        ],
        "fp_love_a": [
            "[love u too|luv u 2|ly2] [{emoji}|x|]",
            "[night|nite] [x|{emoji}]",
            "[thanks|ty] [x|]",
            "[embarrassing|stop] [{lol}|]",
        ],
        "fp_pickup": [
            "[i'll|ill] [pick u up|collect u|get u] [from|at] {place} [at|around] {hour}",
            "[can|Can] [u|you] [get|take] {bus} [today|home]? [i'm|im] [working late|stuck]",
            "[wait|stay] [inside|by the door|at reception] [till|until] [u see the car|i text|I'm there]",
            "[ur|your] {relative} [is|will be] picking u up [today|not me] [x|]",
        ],
        "fp_pickup_a": [
            "[ok|k] [see u then|cool]",
            "[can|can we] [take|give] [{friend}|my {friend}] [home too|a lift]?",
            "[where|wheres] [r u|the car]",
            "[im|i'm] [outside|at the front] [now|]",
        ],
        # --- family_relative (A relative, B child) --------------------------------------------------------
        "fr_birthday": [
            "[what would u like|what do u want|any ideas] for [ur|your] birthday [this year|sweetheart|love|]?",
            "[what|What] size [are u|r u] [now|these days] [in {shoes}|in tops|for a hoodie]? [Nan|Aunty|I] [wants|want] to get u something",
            "[I've|ive] [sent|posted] [a card|something] [with a little something in it|for u] [dont tell ur {mum} how much|x]",
            "[Happy|happy] birthday [{kid}|{you}|darling|love] [{emoji}|🎂|🎁] [hope u have a lovely day|x]",
            "[got|I got] u a [{store}|amazon|steam|{game}] voucher [hope thats ok|x]",
            "[your|ur] present [is|'s] [hidden|at mine] [come get it|next time u visit]",
        ],
        "fr_birthday_a": [
            "[thank u|thanks|ty] [so much|soo much] [{gran}|aunty|uncle|{you}] [{emoji}|❤️|x]",
            "[size|im a] [{number}|small|medium|9|13-14] [i think|lol|]",
            "[a|maybe a] [hoodie|book|{ingame}|{game} gift card|new {shoes}] [pls|{emoji}]",
            "[u|you] [didnt|didn't] have to [{emoji}|x]",
            "[can|Can] i come [round|over] [on {day}|to get it]?",
        ],
        "fr_surprise": [
            "[let's|lets] [plan|do] a surprise for ur [{mum}|{dad}]s [birthday|anniversary] [dont tell|keep it quiet] [{emoji}|]",
            "[can|Can] u find out what [ur {mum}|she|he] wants [without asking|secretly] [{lol}|]?",
            "[keep|Keep] it [a secret|between us] [till|until] {day} [ok|love|x]",
            "[I'll|ill] [pick u up|come get u] [from school|at {hour}] [and we'll|we can] [go shopping|get the cake] [for ur {mum}|]",
        ],
        "fr_surprise_a": [
            "[omg|ok] [yes|yess] [{emoji}|]",
            "[she|{mum}] [wants|said she wants] [a candle|flowers|a new mug|spa stuff] [{lol}|]",
            "[my lips are sealed|wont tell|shhh] [{emoji}|]",
            "[what time|when] [will u|r u] [come|coming]?",
        ],
        "fr_visit": [
            "[are|Are] [u|you all] [coming|still coming] [on {day}|for dinner|at the weekend]?",
            "[I|i] [can|could] [give u a lift|pick u up] [from {place}|from training|after school] [on {day}|]",
            "[tell|Tell] [ur|your] {mum} [I'll|ill] be [there|round] [at|about] {hour}",
            "[how|How] [is|are] [school|things|{sport}] [going|] [darling|love|pet|]?",
            "[Grandad|{grandad}|Uncle] [says|said] [hello|hi|well done on the match]",
            "[we|We] [miss|missed] u [{emoji}|x|xx]",
            "[come|Come] [round|over] [and i'll|ill] make {food}",
        ],
        "fr_visit_a": [
            "[yeah|yes] [we're coming|see u {day}|will be there] [{emoji}|]",
            "[can|Can] u [make|bring] {food}? [{lol}|]",
            "[school's|schools] [ok|fine|{bad}] [{lol}|]",
            "[miss u too|love u] [x|{emoji}]",
            "[tell|say hi to] [{grandad}|grandad|uncle] [hi|hello]",
            "[thank u|thanks] for the lift [x|]",
        ],
        "fr_cousin": [
            "[wanna|want to] [come|sleep] [over|round] [{day}|at the weekend]? [{lol}|] [my {mum} said its fine]",
            "[dont tell|don't tell] [ur|auntie|uncle] [{mum}|mam] [about|that] we [stayed up|had] [till {late}|{food} at midnight] [{lol}|]",
            "[how old|how old's] [is|r] [ur|your] [friend|{sib}] [now|again]?",
            "[add me|follow me] on {app} [lol|] [my new acc is {handle}]",
        ],
        # --- teacher_coach (A adult, B pupil or parent) --------------------------------------------------
        "tc_schedule": [
            "[Reminder|reminder|Hi all]: [training|practice|rehearsal|revision class] [is|has] [moved|changed] to {weekday} at {hour} [this week|]",
            "[Match|match|Game] on {day} [at|vs] [{town}|{team}] [meet at|be at] {place} [by|for] {hour}",
            "[Please|please] [bring|wear] [full {kit}|water|ur {kit}|shin pads|a packed lunch] [on {day}|]",
            "[The|the] [venue|pitch|hall] [has|'s] changed [to|-] {place} [because of the weather|due to works]",
            "[Can|can] [parents|someone] [confirm|let me know] [lifts|who's driving] for {day}?",
            "[Homework|Hw] for {subject}: [page {number}|the worksheet|read chapter {number}] [due|by] {day}",
            "[Trip|trip] [forms|money] [need to be in|due] by {day} [please|thank you]",
            "[Session|session] [cancelled|is off] [tonight|on {day}] [sorry all|{weather}]",
        ],
        "tc_schedule_a": [
            "[thanks|Thanks|thank u] [coach|sir|miss|{you}] [{emoji}|]",
            "[ok|Ok|noted] [{emoji}|👍]",
            "[what time|What time] [do we|should we] [finish|be picked up]?",
            "[can|Can] [i|Maya|we] [get|have] a lift [with someone|from someone]? [my {mum} is working]",
            "[i|I] [can|could] [drive|take] [2|3] [kids|extra]",
            "[sorry|Sorry] [ill|I'll] [miss|be late to] [training|it] [{mum}|we] [have|got] [a dentist|a family thing]",
            "[is|Is] it [still|] at {place}?",
        ],
        "tc_praise": [
            "[Well done|well done|Great work] [today|on {day}|in the test|on ur essay] [{you}|] [ur effort|your effort] [really|] [showed|shows]",
            "[really|Really] [proud of|pleased with] [how u played|ur progress|the improvement] [{emoji}|]",
            "[ur|your] [{subject}|{sport}] is [coming on|improving] [loads|so much] [keep it up|]",
            "[you're|ur] [very|really] mature about [feedback|losing|it] [that's|which is] [great|a good sign]",
            "[you|u] [handled|dealt with] that [really well|like a pro] [today|]",
            "[player|Player] of the [match|week] [goes to|is] {you} [{emoji}|🏆]",
        ],
        "tc_praise_a": [
            "[thank u|thanks|ty] [sir|miss|coach|{you}] [{emoji}|]",
            "[omg|really] [thank u|ty] [{emoji}|]",
            "[i|I] [tried|practiced] [really hard|loads] [{lol}|]",
            "[thanks|Thanks] [it|this] [means a lot|helped]",
        ],
        "tc_help": [
            "[if|If] [u|you're] stuck on [q{number}|the {subject} hw|question {number}] [have a look at|check] [page {number}|the slides|the video]",
            "[I|i] [can|'ll] [stay|do] [after school|at lunch|on {weekday}] [for|to help with] [{subject}|revision] [if u want|bring a friend]",
            "[email|message] me [on Teams|through the school app|on the class page] [if|with] [questions|anything]",
            "[your|ur] [parents|{mum}] [can|should] [contact|email] the office [about|re] [that|the trip]",
        ],
        "tc_help_a": [
            "[ok|Ok] [thank u|thanks] [sir|miss]",
            "[can|Can] [i|I] [bring|come with] [{friend}|my {friend}]?",
            "[still|i'm still] [stuck|confused] on [q{number}|the last bit] [{emoji}|]",
            "[got it|ohh got it|makes sense now] [thanks|ty]",
        ],
        "tc_parent": [
            "[Hi|hi] [{you}|] [this is|it's] [{me}|coach {me}|Mr {me}|Ms {me}] [from|at] [the club|school|{team}]",
            "[Is|is] it [ok|alright] if [I|we] [drop|bring] [him|her|them] home after [the match|training] [with the others|as usual]?",
            "[Could|could] [you|u] [sign|fill in] the [consent|medical|photo] form [please|by {day}]",
            "[He|She|They] [did|played] [brilliantly|really well] [today|on {day}] [you should be proud|]",
        ],
        "tc_parent_a": [
            "[Hi|hi] [thanks for letting me know|thank you] [{emoji}|]",
            "[yes|Yes] [that's|thats] [fine|great|perfect] [thank you|cheers]",
            "[I'll|ill] [drop it in|send it] [tomorrow|on {day}]",
            "[Could|could] [u|you] [text|message] me when [you|u] [leave|set off]?",
            "[thanks|Thanks] [so much|a lot] [for the lift|for looking after them]",
        ],
        # --- peers (A, B teens of similar age) -----------------------------------------------------------
        "pe_secret": [
            "[ok|okay] [dont tell anyone|dont tell ANYONE|promise not to tell] [but|] i [like|fancy|have a crush on] [{crush}|someone in {subject}] [{emoji}|😳]",
            "[can|can u] keep a secret?? [{lol}|]",
            "[dont tell ur {mum}|dont tell my {mum}] but [i|we] [got|got a] [{food} after school|detention|lost my key|my ears pierced] [{lol}|]",
            "[swear|swear down|promise] [u wont|u won't] [say|tell] [anything|{crush}] [{emoji}|]",
            "[omg|{wow}] [guess|u'll never guess] [who|what] [{crush}|someone] [said|did] [today|in {subject}]",
            "[i|I] [told|texted] {crush} [{lol}|] [im dying|help] [😭|{emoji}]",
        ],
        "pe_secret_a": [
            "[omgg|omg|NO WAY] [{emoji}|😱]",
            "[i wont|wont tell] [promise|swear] [{emoji}|🤐]",
            "[who|WHO]?? [tell me|spill]",
            "[lmaooo|{lol}] [knew it|i knew it] [{emoji}|]",
            "[my lips are sealed|🤐] [{lol}|]",
            "[what did|wat did] [they|he|she] say??",
            "[ur|you're] [so|soo] [cringe|dramatic] [{lol}|] [i love it|]",
        ],
        "pe_meet": [
            "[wanna|u wanna] [meet|go] [at|to] {place} [after school|on {day}|later]? [{lol}|]",
            "[meet|see u] [at|by] the [gates|bus stop|shop|{place}] at {hour} [yeah|ok|]",
            "[my {mum}|{mum}] [said|says] i can [go|come] [if|but] [im back by {hour}|{sib} comes too]",
            "[r u|are u] [getting|on] {bus} [too|tmr]? [{lol}|] [save me a seat]",
            "[is|r] [ur|your] [parents|{mum}] [out|home] [later|tonight]? [we could|can we] [hang at urs|watch {show} at urs]",
        ],
        "pe_meet_a": [
            "[ye|yeah|ya] [im down|bet|ok] [{emoji}|]",
            "[cant|can't] [im grounded|{mum} said no|got {sport}] [{emoji}|]",
            "[ok|k] [see u there|{hour} it is]",
            "[can|can i] bring [{friend}|my {sib}]?",
            "[my {mum}|mum] [is|'s] [home|out] [till {hour}|all day] [so yeah|{lol}]",
        ],
        "pe_app": [
            "[get|download|have u got] {app} [its {cool}|everyones on it|lol] [add me|my acc is {handle}]",
            "[made|i made] a [new acc|spam acc|priv acc] [{lol}|] [follow|add] {handle}",
            "[my {mum}|{mum}] [found|saw] my [spam acc|other acc|{app}] [{lol}|] [im dead|rip]",
            "[delete|unsend] that [pic|msg|message] [{lol}|] [its so embarrassing|{crush} will see]",
        ],
        "pe_app_a": [
            "[added|followed] [u|] [{emoji}|]",
            "[my {mum}|{mum}] [wont let me|doesnt let me] [get it|have {app}] [{emoji}|]",
            "[rip|lmaooo] [{lol}|]",
            "[done|deleted] [{lol}|] [calm down]",
        ],
        "pe_age": [
            "[how old|how old's] [is|r] [{crush}|ur cousin|ur {sib}|that new girl|that new kid] [again|btw]?",
            "[wait|when] [is|r] [ur|your] birthday? [ull be|u turning] {cage1}?",
            "[ur|you're] [so|actually] [pretty|funny|tall|good at {sport}] [{lol}|] [not even joking|fr]",
            "[u|you] look [older|so grown up] in [that|ur new] [pic|pfp] [{emoji}|]",
        ],
        "pe_age_a": [
            "[{cage}|{cage1}|{cage} i think] [{lol}|]",
            "[in|next] {weekday} [{emoji}|]",
            "[stoppp|stop] [{lol}|] [u too|thanks]",
            "[ty|thanks] [{emoji}|] [ur sweet]",
        ],
        "pe_gripe": [
            "[my {mum}|{mum}|my {dad}] [took|confiscated] my [phone|{game}] [again|{lol}]",
            "[{subject}|our {subject} teacher] [is|was] [so {bad}|the worst] [today|]",
            "[cant|can't] [go out|come] [grounded|cos of {subject} hw] [{emoji}|]",
        ],
        # --- friends_meeting (adults) --------------------------------------------------------------------
        "fm_plan": [
            "[are we|Are we] still on for [{day}|tonight|drinks|coffee|lunch]?",
            "[shall we|Shall we|wanna] meet at [{venue}|mine|the station] [at|around] {hour}?",
            "[my address is|I'm at|address:] {street_no} {street}[, {town}|] [buzz|ring] [flat {number}|the top bell|]",
            "[I'll|ill] [send|drop] [u|you] [a pin|the location|my location] [on {app2}|]",
            "[lets|Let's] [move this to|switch to|talk on] {app2} [easier for photos|the group is there|this app is a pain]",
            "[Running|running] [10|15|5] [mins|minutes] late [sorry|soz|traffic is awful]",
            "[I'm|im] [outside|here|at the bar|by the entrance] [where are u|{emoji}]",
            "[is|Is] [it|the place] [ok|alright] [for kids|to bring the dog|if I bring {friendname}]?",
            "[are|Are] you [on ur own|alone] [or|] [is|has] [{friendname}|the gang] [coming|there] [yet|]?",
        ],
        "fm_plan_a": [
            "[yes|Yes|yep] [see u there|sounds good|perfect] [{emoji}|]",
            "[{hour}|{hour} works|make it {hour}] [for me|]",
            "[no rush|No worries|all good] [{emoji}|]",
            "[Just|just] me [so far|for now] [{friendname} is late as usual|{lol}]",
            "[added u|done|got it] [{emoji}|👍]",
            "[whats the|What's the] [code|buzzer] [number|]?",
            "[parking|Parking] [ok|is a nightmare] there?",
        ],
        # --- adults (friendly or romantic, non-explicit) -------------------------------------------------
        "ad_flirt": [
            "[u|you] looked [amazing|gorgeous|so good|lovely] [tonight|last night|in that pic] [{emoji}|😍|]",
            "[can't|cant] stop thinking about [our date|last night|dinner] [{emoji}|]",
            "[you're|ur] [too|so] [sweet|kind|funny] [{emoji}|x|]",
            "[how old|How old] [are u|r u] [actually|btw]? [{lol}|] [you look 25]",
            "[miss|Miss] [u|you] already [x|{emoji}]",
            "[home|I'm home] alone tonight [{friendname} is away|housemates are out] [wanna|fancy a] [call|facetime|film night]?",
            "[this|This] [stays|is] between us [ok|{lol}] [not telling|don't tell] [{friendname}|the group chat] yet",
        ],
        "ad_flirt_a": [
            "[stoppp|stop] [{emoji}|😊] [you too|same]",
            "[{adage}|i'm {adage}] [{lol}|] [thank u tho]",
            "[yes|Yes] [call me|facetime] [at|after] {hour}",
            "[ha|haha] [our secret|my lips are sealed] [{emoji}|]",
            "[miss|Miss] [u too|you too] [x|xx]",
            "[same|Same] [honestly|tbh] [{emoji}|]",
        ],
        "ad_chat": [
            "[how|How] [was|is] [work|the new job|the interview|the gym] [today|]?",
            "[did|Did] [u|you] [see|watch] {show} [last night|yet]?",
            "[mortgage|rent|bills] [are|is] [killing me|mental|going up again] [{emoji}|]",
            "[kids|The kids] [are|were] [a nightmare|so good|finally asleep] [today|tonight] [{lol}|]",
            "[we|We] should [go away|do a trip] [for|over] {holiday} [{emoji}|]",
        ],
        "ad_chat_a": [
            "[ugh|Ugh|long] [day|week] [{emoji}|] [tell me about it|]",
            "[yes|Yes] [{show}|it] [was|is] [so good|mad|mid]",
            "[same|Same] [here|honestly] [{lol}|]",
            "[lets|Let's] [book it|do it] [{emoji}|]",
        ],
        # --- gamers ---------------------------------------------------------------------------------------
        "gm_call": [
            "[need|need a] [1|2|one more] for [squad|duo|ranked|zone wars] [anyone|{lol}]?",
            "[inv|send inv|invite me] [pls|plz|rn] [{emoji}|]",
            "[push|rotate|heal|revive me|behind u|one shot] [!!|{lol}|]",
            "[gg|ggs|gg wp|ez] [{lol}|]",
            "[lag|ping] [is|'s] [so bad|200|mad] [rn|tonight]",
            "[who|whos] [took|stole] my [loot|kill|{ingame}] [{lol}|💀]",
            "[thats|that's] [my|our] [{number}th|first] win [today|tonight] [{emoji}|]",
        ],
        "gm_call_a": [
            "[omw|coming|on it] [{lol}|]",
            "[sent|invited] [{emoji}|]",
            "[gg|ggs] [{lol}|]",
            "[my bad|mb|sorry] [{lol}|]",
            "[ur|you're] [cracked|insane|so good] [{emoji}|]",
            "[rematch|again|one more]?",
        ],
        "gm_age": [
            "[how old|how old r u|age?] [lol|] [u sound|u play like] [12|a kid|my little bro] [{lol}|]",
            "[wait|yo] [ur|you're] [{cage}|12|like 10]?? [{lol}|] [u cracked tho]",
            "[r u|u] [old|in school|at uni] [or|] [what|?]",
        ],
        "gm_age_a": [
            "[{cage}|{adage}|16|19] [{lol}|] [wbu]",
            "[none of ur business|old enough] [{lol}|]",
            "[{cage}|{adage}] [and still better than u|{lol}]",
        ],
        "gm_gift": [
            "[i|ill] [gift u|send u|drop u] [the|a] {ingame} [gg|for carrying|ur welcome] [{lol}|]",
            "[anyone|who] [want|wants] [my|a] spare {ingame}? [free|giving it away]",
            "[trade|trading] [my|] {ingame} for [ur|a] {ingame} [?|{lol}]",
            "[thanks for|ty for] the {ingame} [{emoji}|] [legend|bro]",
        ],
        "gm_discord": [
            "[add me on|join the] discord [its|my user is] {handle} [{lol}|]",
            "[hop|jump] in [vc|voice|the call] [on discord|] [its easier|typing is slow]",
            "[whats|what's] ur [psn|xbox|epic|discord] [name|user|tag]?",
            "[join|Join] [our|the] [server|clan discord] [we do|for] [customs|tournaments] on {day}",
        ],
        "gm_discord_a": [
            "[added|sent req|sent] [{emoji}|]",
            "[my {mum}|{mum}] [wont|doesnt] let me [use|have] discord [{lol}|{emoji}]",
            "[cant|can't] vc [{sib}|my {sib}] [is asleep|is here]",
            "{handle} [{lol}|]",
        ],
        # --- safety_lesson (A teacher/parent/officer, B pupil/parent) ----------------------------------
        "sl_talk": [
            "[today|Today] [we're|we are] [talking about|looking at] [staying safe online|how people try to trick you online|grooming warning signs] [{emoji}|]",
            '[someone|Someone] [might|may] say ["don\'t tell your parents"|"you\'re so mature for your age"|"are you home alone"|"let\'s move to another app"|"this is our secret"] [that\'s|which is] a [red flag|warning sign]',
            "[if|If] [anyone|an adult|someone online] [offers|sends] [u|you] [gifts|{gift}|money] and [asks|wants] [you|u] to keep it [quiet|secret] [tell an adult|tell someone you trust]",
            "[watch out|Watch out] for [people|someone] who [ask|asks] [when|what time] [ur|your] [parents|{mum}] [are out|get home] [or|and] which bus [u|you] [take|get]",
            "[they|They] [often|sometimes] [pretend to be|say they're] [{cage}|a kid too|the same age] [and|then] [slowly|] [ask|push] [u|you] to meet [up|in person]",
            '[they|groomers] [may|might] [say|tell u] ["nobody understands you like I do"|"your friends don\'t get you"|"delete our chats"] [to cut you off|to make you depend on them]',
            "[remember|Remember]: [u|you] [can|can always] [block|report|screenshot] [and|then] [tell|talk to] [a parent|a teacher|someone you trust] [x|]",
            "[Saw|saw] [an article|a post|the school newsletter] [about|on] [grooming|online safety] [worth|might be worth] [a read|sharing] [{emoji}|]",
        ],
        "sl_talk_a": [
            "[what if|What if] [they|the person] [seems|is] [nice|really nice] [tho|though]?",
            "[so|So] [we should|you'd] [tell|report it to] [an adult|someone]?",
            "[my|My] [{sib}|cousin|friend] [had|got] [that|something like that] [once|on {game}]",
            "[thanks|Thanks] [for sharing|for this|that's useful] [{emoji}|]",
            "[scary|Scary] [stuff|] [will|I'll] [talk to|sit down with] [mine|the kids] [tonight|x]",
            "[can|Can] [u|you] [send|share] [the link|the slides|it] [to|in] the [group|parents chat]?",
            "[ok|Ok] [{lol}|] [noted|got it]",
        ],
        # --- ordinary ------------------------------------------------------------------------------------
        "or_sell": [
            "[Is|is] the [bike|sofa|{game} console|pram|desk|guitar] still available?",
            "[yes|Yes] [still|it's still] [for sale|available] [{money}|] [ono|no offers|firm]",
            "[can|Can] [I|i] [come|collect] [on {day}|tonight|at {hour}]? [what's|whats] the address?",
            "[it's|its] {street_no} {street} [ring the bell|I'll be in|side gate]",
            "[cash|Cash] or [bank transfer|paypal]?",
            "[will|Will] [anyone|someone] be [home|in] [at|around] {hour} [to hand it over|]?",
            "[sorry|Sorry] [it's|its] [gone|sold] [{emoji}|]",
        ],
        "or_sell_a": [
            "[great|Great] [thanks|cheers] [see you then|{emoji}]",
            "[cash|Cash] [is fine|ok]",
            "[would|Would] [you|u] take [less|{money}]?",
            "[I'll|ill] be [there|outside] [at|by] {hour}",
            "[no worries|No worries] [thanks anyway|{emoji}]",
        ],
        "or_service": [
            "[Hi|Hello] [thanks for|thank you for] [contacting|messaging] [us|support] [how can I help|what's the order number]?",
            "[my|My] [parcel|order|delivery] [hasnt|hasn't] [arrived|come] [yet|]",
            "[could|Could] [you|u] [confirm|verify] [your|the] [postcode|{postcode}|email] [please|]?",
            "[will|Will] [someone|anyone] be [home|in] [to sign|for delivery] [on {day}|between {hour} and {late}]?",
            "[I've|I have] [issued|sent] a [refund|replacement|voucher code] [for {money}|] [sorry for the trouble|]",
            "[Is|is] there anything else [I can help with|today]?",
        ],
        "or_service_a": [
            "[order|Order] [number|no.] [is|] [A{number}29{number}|#44{number}81|7{number}{number}20]",
            "[yes|Yes] [I'll|ill] be [in|home] [all day|after {hour}]",
            "[thanks|Thanks] [that's all|thats great] [{emoji}|]",
            "[still|Still] [nothing|not here] [{emoji}|]",
        ],
        "or_neighbour": [
            "[we're|We're] away [this weekend|till {day}] [could u|would u mind] [feed|feeding] [the cat|{petname}] [key's|key is] [under the mat|with {neighbour}]",
            "[your|ur] [parcel|bin|recycling] [is|'s] [with us|at ours|on ur step] [{emoji}|]",
            "[did|Did] [u|you] hear the [alarm|noise|dogs] [last night|earlier]?",
            "[party|Party] at ours [on {day}|saturday] [sorry in advance|come along] [{lol}|]",
            "[can|Can] [we|I] borrow [ur|your] [ladder|drill|lawnmower] [on {day}|tomorrow]?",
        ],
        "or_neighbour_a": [
            "[of course|Of course|no problem] [{emoji}|] [have a lovely time|]",
            "[thanks|Thanks] [so much|a mil] [{emoji}|]",
            "[yes|Yes] [heard it|it was mad] [{lol}|]",
            "[sure|Sure] [come grab it|anytime]",
        ],
        "or_group": [
            "[who's|whos] [bringing|getting] [the {food}|drinks|the cake|plates]?",
            "[meet|Meet] at {place} [at|around] {hour} [everyone ok with that|?]",
            "[I|i] can [drive|give] [3|2] [people|of u] [a lift|]",
            "[money|Money] for [the gift|{name}s present|the tickets] [is|] {money} each [send to me|]",
            "[has|Has] anyone [got|heard from] {name}?",
            "[running late|Running late] [sorry|{emoji}] [start without me|]",
            "[don't|dont] [mention|tell] [{name}|{name} about] the [surprise|party|gift] [{emoji}|] [they're in the other chat|]",
        ],
        "or_group_a": [
            "[me|Me] [{emoji}|] [i'll get it|]",
            "[works|Works] for me [{emoji}|]",
            "[sent|Sent] [{emoji}|]",
            "[yes|Yes] [please|pls] [need a lift|]",
            "[on it|On it] [{lol}|]",
            "[lol|{lol}] [classic {name}|]",
        ],
    }
)

LEX.update(
    {
        "crush": [
            "{crushname}",
            "{crushname} from {subject}",
            "the new kid",
            "{crushname} in {year}",
            "someone on the {sport} team",
        ],
        "venue": [
            "the Crown",
            "Nando's",
            "the cafe on {street}",
            "Costa",
            "Starbucks",
            "the pub",
            "the brewery",
            "Wetherspoons",
            "the Italian place",
            "the food court",
        ],
        "street_no": ["12", "4", "27", "81", "3B", "16", "108", "9", "55", "2"],
        "team": ["Rovers", "United", "the Lions", "Hawks", "City", "St Pats", "the Tigers", "Rangers"],
        "neighbour": [
            "next door",
            "{name} next door",
            "number 12",
            "the lady across the road",
            "{name} downstairs",
        ],
        "adage": ["24", "29", "31", "35", "38", "42", "27", "45", "33"],
        "fakename": ["Gemma", "Kayla", "Coach", "Tutor", "Bank", "Pizza place", "Spam", "Jess"],
    }
)

# ---------------------------------------------------------------------------------------------------
# Benign exchanges: coherent little scenes (role, templates or grammar key). A = first/older, B = second.
# ---------------------------------------------------------------------------------------------------

Step = tuple[str, str | list[str]]

EXCHANGES: dict[str, list[list[Step]]] = {
    "family_parent": [
        [
            (
                "A",
                [
                    "[i'm|im] at work [till|until] {hour} [today|tonight] so [ur|you're] on ur own [till then|for a bit] [ok|love|]",
                    "[home alone|on ur own] [till {hour}|until I get back] [ok|alright]? [ring me if u need me|call me if anything]",
                    "[i'm|im] on a late [shift|one] [today|tonight] [ur {dad}|ur {gran}] [will|'ll] be back [by|at] {hour}",
                ],
            ),
            (
                "B",
                [
                    "[ok|k|kk] [{mum}|mum|dad|]",
                    "[ok|k] can i [have|order] {food}? [{lol}|]",
                    "[fine|ok] [{emoji}|] is {sib} [home|back] [too|yet]?",
                    "[yeah|ya] [i know|i know u said] [{lol}|]",
                ],
            ),
            (
                "A",
                [
                    "[lock the door|keep the door locked] and [don't|dont] answer it to anyone [x|ok|]",
                    "[dinner|tea|food] is in the [fridge|oven] [just microwave it|2 mins] [x|]",
                    "[key|keys] [is|are] [under the plant pot|in the usual place|with {neighbour}] [love|]",
                    "[no|don't] [takeaways|ordering] [there's|theres] {food} in the [fridge|freezer] [x|]",
                ],
            ),
            (
                "B",
                [
                    "[ok|k] [love u|luv u|ly] [x|{emoji}|]",
                    "[door's|doors] locked [{emoji}|]",
                    "[ok|k] [{emoji}|]",
                    "[ugh|fine] [{lol}|]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[text me|msg me] when u [get home|get in] [please|pls|ok] [x|]",
                    "[are u|r u] home yet? [{emoji}|]",
                    "[did u|u] get [home|in] ok?",
                ],
            ),
            (
                "B",
                [
                    "[home|im home|back] [{emoji}|]",
                    "[just|literally just] got in",
                    "[on|getting] {bus} [now|in 5] [{emoji}|]",
                    "[5|10] mins away",
                ],
            ),
            (
                "A",
                [
                    "[good|great|ok] [x|{emoji}|] [is ur {sib} with u|did u eat]?",
                    "[ok|lovely] [love|x] [there's|theres] {food} [in the fridge|for tea]",
                    "[ok|Ok] [remember|don't forget] [ur|your] {subject} [homework|hw] [x|]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[don't|dont] tell [ur|your] {sib} about [the surprise|the party|the tickets|the present] [ok|shh|{emoji}]",
                    "[we got the tickets|i got the present|the cake is hidden in the garage] [but|] dont tell [ur|your] {sib} [ok|shh|]",
                    "[it's|its] a secret [till|until] [{day}|the birthday|christmas] [ok|x]",
                    "[shh|shhh] [{lol}|] [it's|its] for {dad}s birthday [don't|dont] say anything",
                ],
            ),
            (
                "B",
                [
                    "[omg|ok] [i wont|wont say anything|my lips are sealed] [{emoji}|]",
                    "[what is it|what did u get]??",
                    "[lol|haha] [{sib}|she|he] [already|] [suspects|knows something]",
                    "[can i|can I] help [wrap it|choose|make the cake]?",
                ],
            ),
            (
                "A",
                [
                    "[shh|{lol}] [you'll see|ill show u later] [x|]",
                    "[yes|Yes] [you can help|help me] [wrap it|with the cake] [when they're out|on {day}] [x|]",
                    "[just|] [act normal|play it cool] [{lol}|x]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[phone|screens] off [at|by] {hour} [tonight|on a school night] [ok|please|x]",
                    "[that's|thats] enough {game} [for today|now] [love|]",
                    "[who|who're] u [talking to|messaging] [so late|at this hour]?",
                ],
            ),
            (
                "B",
                [
                    "[ughh|ugh|nooo] [5 more mins|10 more mins|one more game] [pls|pleaseeee]",
                    "[just|its just] [{friend}|my {friend}] from school [{lol}|]",
                    "[fine|ok fine] [{emoji}|🙄]",
                    "[its|it's] [the group chat|{name} from {sport}] [{lol}|]",
                ],
            ),
            (
                "A",
                [
                    "[ok|Ok] [10 mins|5 mins] [then|and then] [off|bed] [x|]",
                    "[ok|Ok] [but|just] [not too late|off by {late}] [love|x]",
                    "[bed|Bed] [{lol}|] [night love|x]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[delete|get rid of] that app [please|] [it's|its] not for ur age",
                    "[i|I] [don't|dont] want u on {app} [yet|till ur older] [ok|love]",
                    "[who|whos] [is|was] {handle} [that u were talking to|on ur phone]?",
                ],
            ),
            (
                "B",
                [
                    "[everyone|all my friends] [has|have] it tho [{emoji}|]",
                    "[ok|k] [deleted|done] [🙄|{emoji}]",
                    "[its just|it's] [{name}|a girl from school|my friend from {sport}] [{lol}|]",
                    "[whyyy|why] [{emoji}|]",
                ],
            ),
            (
                "A",
                [
                    "[because|cos] [people|strangers] [can|could] message u on it [that's why|] [x|]",
                    "[we'll|we can] [talk about it|look at it together] [later|at the weekend] [x|]",
                    "[if|If] anyone [online|in a game] [asks|tells] u to keep [secrets|a secret] [u tell me|tell me] [ok|x]",
                    "[remember|rmbr] [never|don't] [give out|share] ur [address|school|location] online [x|]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[got|i got] u [the {shoes}|those {shoes}|a new phone case|the hoodie] u wanted [{emoji}|x]",
                    "[i|I've] [topped up|put] {money} on ur [phone|account] [for the week|dont spend it all at once]",
                    "[pocket money|ur allowance] is [in|on] ur [account|card] [x|]",
                ],
            ),
            (
                "B",
                [
                    "[thank u|thanks|ty] [{emoji}|x|❤️]",
                    "[omgg|omg] [ur|you're] the best",
                    "[can i|can I] get {food} [with it|too]? [{lol}|]",
                    "[yesss|yay] [{emoji}|]",
                ],
            ),
            (
                "A",
                [
                    "[ur|you're] welcome [love|x|{kid}]",
                    "[just|only] [dont|don't] spend it all on {game} [{lol}|x]",
                    "[no|No] [{lol}|] [x|]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[i'll|ill] [pick u up|collect u|get u] [from|at] {place} [at|around] {hour}",
                    "[can|Can] [u|you] [get|take] {bus} [today|home]? [i'm|im] [working late|stuck]",
                    "[ur|your] {relative} [is|will be] picking u up [today|not me] [x|]",
                ],
            ),
            (
                "B",
                [
                    "[ok|k] [see u then|cool]",
                    "[can|can we] [take|give] [{friend}|my {friend}] [home too|a lift]?",
                    "[ok|k] [which stop|where] [do i get off|again]?",
                    "[ugh|noo] {bus} [takes forever|is always late] [{emoji}|]",
                ],
            ),
            (
                "A",
                [
                    "[yes|Yes] [if|as long as] [her|his|their] [mum|{mum}] [says ok|knows] [x|]",
                    "[wait|stay] [inside|by the door|at reception] [till|until] [u see the car|i text|I'm there]",
                    "[the|get off at the] stop [by|near] {place} [x|]",
                ],
            ),
        ],
        [
            (
                "B",
                [
                    "[my|My] [{sib}|little {sib}] [is being|keeps being] [so annoying|mean] [{emoji}|]",
                    "[can|Can] i [go to|sleep at] [{name}s|{friend}s] [on {day}|tonight]?",
                    "[i|I] [forgot|lost] my [key|PE kit|lunch money] [{emoji}|]",
                ],
            ),
            (
                "A",
                [
                    "[ignore|just ignore] [them|it] [ill|I'll] [talk to them|sort it] [later|when im home]",
                    "[is|Is] [her|his] [mum|{mum}] [ok with it|going to be there]? [send me|give me] [her|the] number",
                    "[ugh|Oh no] [ok|] [i'll|ill] [drop it in|sort it] [x|]",
                ],
            ),
            (
                "B",
                [
                    "[ok|k] [{emoji}|ty]",
                    "[yes|yeah] [she said its fine|ill send it]",
                    "[thank u|ty] [x|{emoji}]",
                ],
            ),
        ],
        [("A", "fp_love"), ("B", "fp_love_a")],
    ],
    "family_relative": [
        [
            (
                "A",
                [
                    "[what would u like|what do u want|any ideas] for [ur|your] birthday [this year|sweetheart|love|]?",
                    "[your|ur] birthday [is|'s] [coming up|next week|soon] [what would u like|any ideas] [{emoji}|]?",
                ],
            ),
            (
                "B",
                [
                    "[a|maybe a] [hoodie|book|{ingame}|{game} gift card|new {shoes}|lego set] [pls|{emoji}]",
                    "[idk|not sure] [{lol}|] [surprise me|money?]",
                    "[can|Can] i [have|get] [{gift}|a {store} voucher] [{emoji}|]?",
                ],
            ),
            (
                "A",
                [
                    "[what|What] size [are u|r u] [now|these days] [in {shoes}|in tops|for a hoodie]?",
                    "[ok|Ok] [I'll|ill] see what I can do [x|{emoji}]",
                    "[is|Is] that the one [with|that has] [the|a] [logo|hood|lights]?",
                ],
            ),
            (
                "B",
                [
                    "[size|im a] [{number}|small|medium|9|13-14] [i think|lol|]",
                    "[yes|yeah] [that one|the black one] [{emoji}|]",
                    "[thank u|thanks] [{gran}|aunty|uncle] [x|{emoji}]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[let's|lets] [plan|do] a surprise for ur [{mum}|{dad}]s [birthday|anniversary] [dont tell|keep it quiet] [{emoji}|]",
                    "[can|Can] u find out what [ur {mum}|she|he] wants [without asking|secretly] [{lol}|]?",
                ],
            ),
            (
                "B",
                [
                    "[omg|ok] [yes|yess] [{emoji}|]",
                    "[she|{mum}] [wants|said she wants] [a candle|flowers|a new mug|spa stuff] [{lol}|]",
                    "[my lips are sealed|wont tell|shhh] [{emoji}|]",
                ],
            ),
            (
                "A",
                [
                    "[keep|Keep] it [a secret|between us] [till|until] {day} [ok|love|x]",
                    "[I'll|ill] [pick u up|come get u] [from school|at {hour}] [and we'll|we can] [go shopping|get the cake] [for ur {mum}|]",
                    "[perfect|Perfect] [{emoji}|] [don't|dont] [let on|say a word] [x|]",
                ],
            ),
            (
                "B",
                [
                    "[ok|k] [see u {day}|{emoji}]",
                    "[what time|when] [will u|r u] [come|coming]?",
                    "[can|Can] {sib} come [too|with us]?",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[are|Are] [u|you all] [coming|still coming] [on {day}|for dinner|at the weekend]?",
                    "[come|Come] [round|over] [on {day}|after school] [and i'll|ill] make {food}",
                ],
            ),
            (
                "B",
                [
                    "[yeah|yes] [we're coming|see u {day}|will be there] [{emoji}|]",
                    "[can|Can] u [make|do] {food}? [{lol}|]",
                    "[{mum}|mum] [said|says] [maybe|we might be late]",
                ],
            ),
            (
                "A",
                [
                    "[I|i] [can|could] [give u a lift|pick u up] [from {place}|from training|after school] [on {day}|]",
                    "[tell|Tell] [ur|your] {mum} [I'll|ill] be [there|round] [at|about] {hour}",
                    "[Grandad|{grandad}|Uncle] [says|said] [hello|hi|well done on the match]",
                ],
            ),
            (
                "B",
                [
                    "[thank u|thanks] [x|{emoji}]",
                    "[ok|k] [ill tell her|{emoji}]",
                    "[tell|say hi to] [{grandad}|grandad|uncle] [hi|hello]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[how|How] [is|are] [school|things|{sport}] [going|] [darling|love|pet|]?",
                    "[how|How] did [the|your] [test|match|concert|play] go [love|]?",
                ],
            ),
            (
                "B",
                [
                    "[good|ok|fine] [thanks|ty] [{emoji}|]",
                    "[we won|i got a B|it went ok] [{emoji}|]",
                    "[{bad}|not great] [{lol}|] [but ok]",
                ],
            ),
            (
                "A",
                [
                    "[well done|Well done] [you|love|pet] [so proud of u|x]",
                    "[never mind|Never mind] [there's always next time|you tried your best] [x|]",
                    "[we|We] miss u [{emoji}|x|xx]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[Happy|happy] birthday [{kid}|{you}|darling|love] [{emoji}|🎂|🎁] [hope u have a lovely day|x]",
                    "[I've|ive] [sent|posted] [a card|something] [with a little something in it|for u] [x|]",
                ],
            ),
            (
                "B",
                [
                    "[thank u|thanks|ty] [so much|soo much] [{emoji}|❤️|x]",
                    "[i got it|got the card] [thank u|ty] [x|{emoji}]",
                ],
            ),
            (
                "A",
                [
                    "[don't|dont] tell [ur {mum}|ur {sib}] how much [{lol}|x] [its our secret|]",
                    "[spend it|Spend it] on [something nice|whatever u like] [x|]",
                    "[love|Love] [you|u] [x|xx]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[wanna|want to] [come|sleep] [over|round] [{day}|at the weekend]? [{lol}|] [my {mum} said its fine]",
                    "[add me|follow me] on {app} [lol|] [my new acc is {handle}]",
                ],
            ),
            (
                "B",
                [
                    "[yes|YES] [{emoji}|] [ill ask {mum}]",
                    "[added|followed] [u|] [{emoji}|]",
                    "[cant|can't] [{mum} said no|got {sport}] [{emoji}|]",
                ],
            ),
            (
                "A",
                [
                    "[dont tell|don't tell] [ur|auntie|uncle] [{mum}|mam] [about|that] we [stayed up|had] [till {late}|{food} at midnight] [last time|{lol}]",
                    "[how old|how old's] [is|r] [ur|your] [friend|{sib}] [now|again]?",
                    "[bring|Bring] [ur|your] [switch|controller|{game}] [{lol}|]",
                ],
            ),
            ("B", ["[lol|{lol}] [i wont|never]", "{cage} [{lol}|] [why]", "[ok|k] [{emoji}|]"]),
        ],
    ],
    "teacher_coach": [
        [
            (
                "A",
                [
                    "[Reminder|reminder|Hi all]: [training|practice|rehearsal|revision class] [is|has] [moved|changed] to {weekday} at {hour} [this week|]",
                    "[Session|session] [cancelled|is off] [tonight|on {day}] [sorry all|{weather}]",
                    "[The|the] [venue|pitch|hall] [has|'s] changed [to|-] {place} [because of the weather|due to works]",
                ],
            ),
            (
                "B",
                [
                    "[thanks|Thanks|thank u] [coach|sir|miss|{you}] [{emoji}|]",
                    "[ok|Ok|noted] [{emoji}|👍]",
                    "[is|Is] it [still|] at {hour}?",
                    "[what time|What time] [do we|should we] [finish|be picked up]?",
                ],
            ),
            (
                "A",
                [
                    "[same|Same] time [as usual|{hour}] [see you there|thanks]",
                    "[finish|Finishing] [at|around] {hour} [please be prompt|thanks]",
                    "[yes|Yes] [thanks|see you then]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[Match|match|Game] on {day} [at|vs] [{town}|{team}] [meet at|be at] {place} [by|for] {hour}",
                    "[Can|can] [parents|someone] [confirm|let me know] [lifts|who's driving] for {day}?",
                ],
            ),
            (
                "B",
                [
                    "[i|I] [can|could] [drive|take] [2|3] [kids|extra]",
                    "[can|Can] [we|she|he] [get|have] a lift [with someone|from someone]? [I'm|im] working",
                    "[sorry|Sorry] [we'll|she'll] [miss|be late to] it [we have|got] [a dentist|a family thing]",
                ],
            ),
            (
                "A",
                [
                    "[thanks|Thanks] [{you}|] [that's|thats] [great|a big help]",
                    "[no problem|No problem] [I'll|ill] sort [a lift|it] [with the others|]",
                    "[no worries|No worries] [thanks for letting me know|see you next week]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[Please|please] [bring|wear] [full {kit}|water|ur {kit}|shin pads|a packed lunch] [on {day}|]",
                    "[Trip|trip] [forms|money] [need to be in|due] by {day} [please|thank you]",
                    "[Could|could] [you|u] [sign|fill in] the [consent|medical|photo] form [please|by {day}]",
                ],
            ),
            (
                "B",
                [
                    "[I'll|ill] [drop it in|send it] [tomorrow|on {day}]",
                    "[ok|Ok] [{emoji}|👍]",
                    "[where|Where] do [we|I] [get|buy] the [{kit}|kit]?",
                ],
            ),
            (
                "A",
                [
                    "[thanks|Thank you] [{emoji}|]",
                    "[the|The] club shop [or|and] online [thanks|]",
                    "[reception|Reception] [has|have] spares [if needed|]",
                ],
            ),
        ],
        [
            (
                "B",
                [
                    "[i'm|im] [stuck|confused] on [q{number}|the {subject} hw|question {number}] [{emoji}|]",
                    "[sir|miss|Sir|Miss] [can u|could u] [explain|go over] [the {subject} hw|q{number}] [again|]?",
                ],
            ),
            (
                "A",
                [
                    "[if|If] [u|you're] stuck on [q{number}|that one] [have a look at|check] [page {number}|the slides|the video]",
                    "[I|i] [can|'ll] [stay|do] [after school|at lunch|on {weekday}] [for|to help with] [{subject}|revision] [if u want|bring a friend]",
                    "[message|email] me [on Teams|through the school app|on the class page] [with|and attach] [a photo of ur working|your question]",
                ],
            ),
            (
                "B",
                [
                    "[ok|Ok] [thank u|thanks] [sir|miss]",
                    "[can|Can] [i|I] [bring|come with] [{friend}|my {friend}]?",
                    "[got it|ohh got it|makes sense now] [thanks|ty]",
                ],
            ),
        ],
        [("A", "tc_praise"), ("B", "tc_praise_a")],
        [
            (
                "A",
                [
                    "[He|She|They] [did|played] [brilliantly|really well] [today|on {day}] [you should be proud|]",
                    "[Is|is] it [ok|alright] if [I|we] [drop|bring] [him|her|them] home after [the match|training] [with the others|as usual]?",
                ],
            ),
            (
                "B",
                [
                    "[yes|Yes] [that's|thats] [fine|great|perfect] [thank you|cheers]",
                    "[thanks|Thanks] [so much|a lot] [for the lift|for looking after them]",
                    "[Could|could] [u|you] [text|message] me when [you|u] [leave|set off]?",
                ],
            ),
            (
                "A",
                [
                    "[will do|Will do] [{emoji}|]",
                    "[of course|Of course] [{emoji}|]",
                    "[no problem|No problem] [see you {day}|]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[well done|Well done] [on|for] [making|getting into] the [team|squad|county trials] [{emoji}|]",
                    "[you've|youve] been [picked|selected] for [{day}|the tournament] [{emoji}|]",
                ],
            ),
            (
                "B",
                [
                    "[omg|OMG] [really|rly]?? [{emoji}|]",
                    "[thank u|thanks] [coach|sir|miss] [{emoji}|]",
                    "[do|Do] i need to [bring|wear] anything?",
                ],
            ),
            (
                "A",
                [
                    "[just|Just] [ur|your] [{kit}|boots|water] [and|] [a good attitude|be on time] [{emoji}|]",
                    "[you|You] [earned|deserve] it [keep working hard|]",
                ],
            ),
        ],
    ],
    "peers": [
        [
            (
                "A",
                [
                    "[ok|okay] [dont tell anyone|dont tell ANYONE|promise not to tell] [but|] i [like|fancy|have a crush on] [{crush}|someone in {subject}] [{emoji}|😳]",
                    "[can|can u] keep a secret?? [{lol}|]",
                ],
            ),
            (
                "B",
                [
                    "[omgg|omg|NO WAY] [{emoji}|😱] [who|WHO]??",
                    "[i wont|wont tell] [promise|swear] [{emoji}|🤐]",
                    "[lmaooo|{lol}] [knew it|i knew it] [{emoji}|]",
                    "[yeah|ya] [obviously|ofc] [what is it|spill]",
                ],
            ),
            (
                "A",
                [
                    "[swear|swear down|promise] [u wont|u won't] [say|tell] [anything|{crush}] [{emoji}|]",
                    "[i|I] [told|texted] {crush} [{lol}|] [im dying|help] [😭|{emoji}]",
                    "[{crushname}|them] [{lol}|] [dont laugh]",
                ],
            ),
            (
                "B",
                [
                    "[ur|you're] [so|soo] [cringe|dramatic] [{lol}|] [i love it|]",
                    "[what did|wat did] [they|he|she] say??",
                    "[my lips are sealed|🤐] [{lol}|]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[dont tell ur {mum}|dont tell my {mum}] but [i|we] [got {food} after school|got a detention|lost my key again|got my ears pierced|spent my lunch money on {sweets}] [{lol}|]",
                    "[i|we] [bunked|skipped] [{subject}|assembly] [{lol}|] [dont tell anyone]",
                ],
            ),
            (
                "B",
                [
                    "[lmaooo|{lol}] [ur so dead|rip]",
                    "[i wont|wont say anything] [{lol}|]",
                    "[omg|{wow}] [{emoji}|] [how]",
                ],
            ),
            (
                "A",
                [
                    "[{lol}|] [she|{mum}] [will|'ll] [find out anyway|see it on the bank app]",
                    "[{lol}|] [it was worth it|no regrets]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[wanna|u wanna] [meet|go] [at|to] {place} [after school|on {day}|later]? [{lol}|]",
                    "[r u|are u] [getting|on] {bus} [too|tmr]? [{lol}|] [save me a seat]",
                ],
            ),
            (
                "B",
                [
                    "[ye|yeah|ya] [im down|bet|ok] [{emoji}|]",
                    "[cant|can't] [im grounded|{mum} said no|got {sport}] [{emoji}|]",
                    "[can|can i] bring [{friend}|my {sib}]?",
                    "[what time|when]?",
                ],
            ),
            (
                "A",
                [
                    "[meet|see u] [at|by] the [gates|bus stop|shop|{place}] at {hour} [yeah|ok|]",
                    "[ye|yeah] [bring them|the more the better] [{lol}|]",
                    "[rip|unlucky] [next time|{day} then]",
                ],
            ),
            (
                "B",
                [
                    "[ok|k] [see u there|{hour} it is]",
                    "[my {mum}|{mum}] [said|says] i can [go|come] [if|but] [im back by {hour}|{sib} comes too]",
                    "[{emoji}|ok]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[is|r] [ur|your] [parents|{mum}] [out|home] [later|tonight]? [we could|can we] [hang at urs|watch {show} at urs]",
                    "[when|what time] [does|do] [ur {mum}|ur parents] get back? [can i come round|we could do the project at urs]",
                ],
            ),
            (
                "B",
                [
                    "[my {mum}|{mum}] [is|'s] [home|out] [till {hour}|all day] [so yeah|{lol}]",
                    "[she|{mum}] [gets|'s] back [at|like] {hour} [but|] [she wont mind|ask first]",
                    "[no|nah] [my {gran}|{sib}] [is|'s] [home|here] [{lol}|]",
                ],
            ),
            (
                "A",
                [
                    "[ok|k] [ill bring snacks|{lol}]",
                    "[ask|ask ur {mum}] [first|tho] [{lol}|]",
                    "[ok|k] [mine then|we'll go to mine]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[get|download|have u got] {app} [its {cool}|everyones on it|lol] [add me|my acc is {handle}]",
                    "[made|i made] a [new acc|spam acc|priv acc] [{lol}|] [follow|add] {handle}",
                ],
            ),
            (
                "B",
                [
                    "[added|followed] [u|] [{emoji}|]",
                    "[my {mum}|{mum}] [wont let me|doesnt let me] [get it|have {app}] [{emoji}|]",
                    "[whats|what's] ur [user|@] again?",
                ],
            ),
            (
                "A",
                [
                    "{handle} [{lol}|]",
                    "[rip|unlucky] [{lol}|] [use ur {sib}s]",
                    "[{lol}|] [dont follow my main]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[delete|unsend] that [pic|msg|message] [{lol}|] [its so embarrassing|{crush} will see]",
                    "[my {mum}|{mum}] [found|saw] my [spam acc|other acc|{app}] [{lol}|] [im dead|rip]",
                ],
            ),
            (
                "B",
                [
                    "[done|deleted] [{lol}|] [calm down]",
                    "[rip|lmaooo] [{lol}|]",
                    "[no|never] [{lol}|] [its iconic]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[how old|how old's] [is|r] [{crush}|ur cousin|ur {sib}|that new kid] [again|btw]?",
                    "[wait|when] [is|r] [ur|your] birthday? [ull be|u turning] {cage1}?",
                ],
            ),
            (
                "B",
                [
                    "[{cage}|{cage1}|{cage} i think] [{lol}|]",
                    "[next|in] {weekday} [{emoji}|] [yes {cage1}]",
                    "[why|y] [{lol}|] [u like them]?",
                ],
            ),
            (
                "A",
                [
                    "[no|NO] [{lol}|] [just asking]",
                    "[party|sleepover] [at urs|?] [{lol}|]",
                    "[ok|k] [{lol}|]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[ur|you're] [so|actually] [pretty|funny|tall|good at {sport}] [{lol}|] [not even joking|fr]",
                    "[u|you] look [older|so grown up] in [that|ur new] [pic|pfp] [{emoji}|]",
                ],
            ),
            (
                "B",
                [
                    "[stoppp|stop] [{lol}|] [u too|thanks]",
                    "[ty|thanks] [{emoji}|] [ur sweet]",
                    "[lies|{lol}] [but ty]",
                ],
            ),
        ],
        [
            ("B", "c_moan_parents"),
            ("A", "c_resent_a"),
            ("B", ["[{lol}|] [whatever|anyway]", "[ikr|fr] [{emoji}|]"]),
        ],
        [
            ("B", "c_lonely"),
            (
                "A",
                [
                    "[aw|awww] [{you}|] [ur not alone|u have me] [{emoji}|]",
                    "[ignore|forget] [them|{friend}] [they're|theyre] [being fake|jealous] [{emoji}|]",
                    "[sit|come sit] with us [tmr|at {break}] [{emoji}|]",
                ],
            ),
            ("B", "c_pos"),
        ],
    ],
    "friends_meeting": [
        [
            (
                "A",
                [
                    "[are we|Are we] still on for [{day}|tonight|drinks|coffee|lunch]?",
                    "[shall we|Shall we|wanna] meet at [{venue}|mine|the station] [at|around] {hour}?",
                ],
            ),
            (
                "B",
                [
                    "[yes|Yes|yep] [see u there|sounds good|perfect] [{emoji}|]",
                    "[{hour}|{hour} works|make it {hour}] [for me|]",
                    "[can|Can] we [do|make it] [{day}|later] instead? [work is mad|]",
                ],
            ),
            (
                "A",
                [
                    "[my address is|I'm at|address:] {street_no} {street}[, {town}|] [buzz|ring] [flat {number}|the top bell|]",
                    "[I'll|ill] [send|drop] [u|you] [a pin|the location|my location] [on {app2}|]",
                    "[perfect|Perfect] [see you then|{emoji}]",
                ],
            ),
            (
                "B",
                [
                    "[added u|done|got it] [{emoji}|👍]",
                    "[whats the|What's the] [code|buzzer] [number|]?",
                    "[parking|Parking] [ok|is a nightmare] there?",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[lets|Let's] [move this to|switch to|talk on] {app2} [easier for photos|the group is there|this app is a pain]",
                    "[are|Are] u on {app2}? [easier to|] [sort the details|share the tickets] there",
                ],
            ),
            (
                "B",
                [
                    "[yes|Yes] [same number|add me] [{emoji}|]",
                    "[sure|Sure] [my|] [number|username] [is|] [07{number}{number}{number}|{handle}]",
                    "[not|Not] on it [text me|use whatsapp] [instead|]",
                ],
            ),
            ("A", ["[added|Added] [{emoji}|]", "[ok|Ok] [texting|messaging] u now"]),
        ],
        [
            (
                "A",
                [
                    "[Running|running] [10|15|5] [mins|minutes] late [sorry|soz|traffic is awful]",
                    "[I'm|im] [outside|here|at the bar|by the entrance] [where are u|{emoji}]",
                ],
            ),
            (
                "B",
                [
                    "[no rush|No worries|all good] [{emoji}|]",
                    "[just|Just] me [so far|for now] [{friendname} is late as usual|{lol}]",
                    "[by|By] the [window|door|bar] [{emoji}|]",
                ],
            ),
            (
                "A",
                [
                    "[are|Are] you [on ur own|alone] [or|] [is|has] [{friendname}|the gang] [coming|there] [yet|]?",
                    "[want|Want] me to [grab|get] u [a drink|a coffee]?",
                    "[see|See] u [now|in 2]",
                ],
            ),
            (
                "B",
                [
                    "[on my own|Just me] [till|until] {friendname} [turns up|gets here] [{lol}|]",
                    "[yes|Yes] [please|pls] [flat white|a pint|oat latte]",
                    "[{emoji}|👋]",
                ],
            ),
        ],
        [("A", "ad_chat"), ("B", "ad_chat_a")],
        [
            (
                "A",
                [
                    "[is|Is] [it|the place] [ok|alright] [for kids|to bring the dog|if I bring {friendname}]?",
                    "[how old|How old] [are|r] [ur|your] kids now? [{lol}|] [bring them]",
                ],
            ),
            (
                "B",
                [
                    "[yes|Yes] [of course|the more the merrier] [{emoji}|]",
                    "[{cage} and {number}|{cage}] [{lol}|] [they'd love it]",
                    "[probably|Prob] [best not|not] [{lol}|] [it gets busy]",
                ],
            ),
        ],
    ],
    "adults": [
        [
            (
                "A",
                [
                    "[u|you] looked [amazing|gorgeous|so good|lovely] [tonight|last night|in that pic] [{emoji}|😍|]",
                    "[can't|cant] stop thinking about [our date|last night|dinner] [{emoji}|]",
                ],
            ),
            (
                "B",
                [
                    "[stoppp|stop] [{emoji}|😊] [you too|same]",
                    "[same|Same] [honestly|tbh] [{emoji}|]",
                    "[haha|ha] [flattery|smooth] [{lol}|]",
                ],
            ),
            (
                "A",
                [
                    "[when|When] can I see u again?",
                    "[drinks|Dinner] [on {day}|this weekend]? [{emoji}|]",
                    "[you're|ur] [too|so] [sweet|kind|funny] [{emoji}|x|]",
                ],
            ),
            (
                "B",
                [
                    "[{day}|{day} works] [{emoji}|]",
                    "[yes|Yes] [pick somewhere|ill book] [{emoji}|x]",
                    "[miss|Miss] [u|you] already [x|{emoji}]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[how old|How old] [are u|r u] [actually|btw]? [{lol}|] [you look 25]",
                    "[wait|Wait] [are u|r u] [older|younger] than me? [{lol}|]",
                ],
            ),
            (
                "B",
                [
                    "[{adage}|i'm {adage}] [{lol}|] [thank u tho]",
                    "[old enough|a lady never tells] [{lol}|]",
                    "[{adage}|nearly {adage}] [dont remind me|{emoji}]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[home|I'm home] alone tonight [{friendname} is away|housemates are out] [wanna|fancy a] [call|facetime|film night]?",
                    "[kids|The kids] are at [their dad's|my mum's] [tonight|this weekend] [call|facetime] later?",
                ],
            ),
            (
                "B",
                [
                    "[yes|Yes] [call me|facetime] [at|after] {hour}",
                    "[cant|Can't] tonight [{lol}|] [tomorrow?|work do]",
                    "[ok|Ok] [give me|after] [10 mins|dinner] [{emoji}|]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[this|This] [stays|is] between us [ok|{lol}] [not telling|don't tell] [{friendname}|the group chat] yet",
                    "[don't|dont] tell [{friendname}|the girls|the lads] [we're|about us] [yet|{lol}]",
                ],
            ),
            (
                "B",
                [
                    "[ha|haha] [our secret|my lips are sealed] [{emoji}|]",
                    "[too late|oops] [{lol}|] [she guessed]",
                    "[ok|Ok] [{emoji}|] [but they'll find out]",
                ],
            ),
        ],
        [("A", "ad_chat"), ("B", "ad_chat_a")],
        [
            (
                "A",
                [
                    "[got|I got] u [a little something|flowers|that book u wanted] [{emoji}|]",
                    "[i'll|Ill] [pay|get this one] [no arguments|{lol}]",
                ],
            ),
            (
                "B",
                [
                    "[u|you] [didn't|didnt] have to [{emoji}|x]",
                    "[aw|Aw] [thank you|ty] [{emoji}|x]",
                    "[next|Next] one's on me [then|{lol}]",
                ],
            ),
        ],
    ],
    "gamers": [
        [("A", "gm_call"), ("B", "gm_call_a"), ("A", "gm_call")],
        [
            (
                "A",
                [
                    "[how old|how old r u|age?] [lol|] [u sound|u play like] [12|a kid|my little bro] [{lol}|]",
                    "[r u|u] [old|in school|at uni|working] [or|] [what|?]",
                ],
            ),
            (
                "B",
                [
                    "[{cage}|{adage}|16|19] [{lol}|] [wbu]",
                    "[none of ur business|old enough] [{lol}|]",
                    "[{cage}|{adage}] [and still better than u|{lol}]",
                ],
            ),
            (
                "A",
                [
                    "[{adage}|{cage}|17|22] [{lol}|]",
                    "[fair|ok] [{lol}|] [u cracked tho]",
                    "[wait|yo] [ur|you're] [{cage}|12|like 10]?? [{lol}|] [u cracked tho]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[i|ill] [gift u|send u|drop u] [the|a] {ingame} [gg|for carrying|ur welcome] [{lol}|]",
                    "[anyone|who] [want|wants] [my|a] spare {ingame}? [free|giving it away]",
                ],
            ),
            (
                "B",
                [
                    "[wait|yo] [rly|fr]?? [ty|thx] [{emoji}|]",
                    "[me|meee] [{lol}|]",
                    "[trade|trading] [my|] {ingame} for [ur|a] {ingame} [?|{lol}]",
                ],
            ),
            (
                "A",
                [
                    "[sent|done] [{lol}|]",
                    "[ur welcome|np] [{emoji}|]",
                    "[nah|no] [{lol}|] [keep ur {ingame}]",
                ],
            ),
            (
                "B",
                ["[thanks for|ty for] the {ingame} [{emoji}|] [legend|bro]", "[got it|received] [{emoji}|]"],
            ),
        ],
        [
            (
                "B",
                [
                    "[add me on|join the] discord [its|my user is] {handle} [{lol}|]",
                    "[hop|jump] in [vc|voice|the call] [on discord|] [its easier|typing is slow]",
                    "[whats|what's] ur [psn|xbox|epic|discord] [name|user|tag]?",
                ],
            ),
            (
                "A",
                [
                    "[added|sent req|sent] [{emoji}|]",
                    "[my {mum}|{mum}] [wont|doesnt] let me [use|have] discord [{lol}|{emoji}]",
                    "[cant|can't] vc [{sib}|my {sib}] [is asleep|is here]",
                    "{handle} [{lol}|]",
                ],
            ),
        ],
        [
            (
                "B",
                [
                    "[join|Join] [our|the] [server|clan discord] [we do|for] [customs|tournaments] on {day}",
                    "[we|we're] [need|looking for] [a|one more] [player|sub] for [the tourney|{day}]",
                ],
            ),
            (
                "A",
                [
                    "[bet|ok] [send link|inv] [{lol}|]",
                    "[what time|when]?",
                    "[prob|maybe] [if im not grounded|{lol}]",
                ],
            ),
        ],
        [("A", "st_duo_q"), ("B", "st_duo_a")],
        [
            (
                "A",
                [
                    "[who|whos] [took|stole] my [loot|kill|{ingame}] [{lol}|💀]",
                    "[bro|dude] [why|y] [did u|u] [push|jump] [alone|without us]",
                ],
            ),
            (
                "B",
                [
                    "[my bad|mb|sorry] [{lol}|]",
                    "[not me|wasnt me] [{lol}|]",
                    "[skill issue|ur slow] [{lol}|]",
                ],
            ),
        ],
    ],
    "safety_lesson": [
        [("A", "sl_talk"), ("B", "sl_talk_a"), ("A", "sl_talk")],
        [
            (
                "A",
                [
                    '[someone|Someone] [might|may] say ["don\'t tell your parents"|"you\'re so mature for your age"|"are you home alone"|"let\'s move to another app"|"this is our secret"] [that\'s|which is] a [red flag|warning sign]'
                ],
            ),
            (
                "B",
                [
                    "[what if|What if] [they|the person] [seems|is] [nice|really nice] [tho|though]?",
                    "[what if|What if] [its|it's] someone [my age|from school]?",
                ],
            ),
            (
                "A",
                [
                    "[nice|Nice] [is|can be] part of [it|the trick] [tell an adult anyway|]",
                    "[still|Still] [tell|talk to] [someone|an adult] [you trust|] [you won't be in trouble|]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[watch out|Watch out] for [people|someone] who [ask|asks] [when|what time] [ur|your] [parents|{mum}] [are out|get home] [or|and] which bus [u|you] [take|get]",
                    '[they|groomers] [may|might] [say|tell u] ["nobody understands you like I do"|"your friends don\'t get you"|"delete our chats"] [to cut you off|to make you depend on them]',
                ],
            ),
            (
                "B",
                [
                    "[that's|thats] [creepy|scary|so weird] [{emoji}|]",
                    "[my|My] [{sib}|cousin|friend] [had|got] [that|something like that] [once|on {game}]",
                    "[ok|Ok] [{lol}|] [noted|got it]",
                ],
            ),
            (
                "A",
                [
                    "[remember|Remember]: [u|you] [can|can always] [block|report|screenshot] [and|then] [tell|talk to] [a parent|a teacher|someone you trust] [x|]",
                    "[exactly|Exactly] [so|] [tell someone|screenshot it] [straight away|]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[Saw|saw] [an article|a post|the school newsletter] [about|on] [grooming|online safety] [worth|might be worth] [a read|sharing] [{emoji}|]",
                    "[did|Did] [u|you] see the [letter|email] from school about [online safety|the talk on {day}]?",
                ],
            ),
            (
                "B",
                [
                    "[scary|Scary] [stuff|] [will|I'll] [talk to|sit down with] [mine|the kids] [tonight|x]",
                    "[can|Can] [u|you] [send|share] [the link|it] [to|in] the [group|parents chat]?",
                    "[thanks|Thanks] [for sharing|for this|that's useful] [{emoji}|]",
                ],
            ),
            (
                "A",
                [
                    "[apparently|Apparently] they [often|] [ask|check] [whether|if] [anyone else|a parent] can see the screen",
                    "[the|The] [police|school] [said|says] [to|] [check|look at] [which apps|who] [they're|they are] [on|talking to]",
                    "[will|Will] do [{emoji}|]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[if|If] [anyone|an adult|someone online] [offers|sends] [u|you] [gifts|{gift}|money] and [asks|wants] [you|u] to keep it [quiet|secret] [tell an adult|tell someone you trust]"
                ],
            ),
            ("B", ["[even|Even] [in|on] {game}?", "[what|What] [about|if it's] [free|just] {ingame}?"]),
            (
                "A",
                [
                    "[yes|Yes] [even there|especially there] [{emoji}|]",
                    "[free|Free] [stuff|gifts] [with|plus] [secrets|a secret] [is|=] [a red flag|not ok]",
                ],
            ),
        ],
    ],
    "ordinary": [],
}

ORDINARY_MODES: dict[str, list[list[Step]]] = {
    "sell": [
        [
            (
                "A",
                [
                    "[are|Are] [u|you] still [after|looking for] [a|the] [bike|desk|pram]? [mine's|mine is] [up for|on] {money}",
                    "[hi|Hi] [saw|seen] [ur|your] [post|wanted ad] [I've|ive] got [a|one] [{game} console|bike|desk] [if still needed|]",
                ],
            ),
            (
                "B",
                [
                    "[yes|Yes] [still|] [looking|after one] [any|got] [pics|photos of it]?",
                    "[how old|How old] [is it|'s it]? [any|] [scratches|damage]?",
                    "[where|Where] [are u|are you] [based|]?",
                ],
            ),
            (
                "A",
                [
                    "[about|About] [2|3|a couple of] years [old|] [good nick|barely used]",
                    "[near|Near] {place} [in|] {town}",
                    "[sending|Sending] [now|pics now]",
                ],
            ),
        ],
        [
            (
                "B",
                [
                    "[Is|is] the [bike|sofa|{game} console|pram|desk|guitar] still available?",
                    "[hi|Hi] [is|] [the|ur] [bike|desk|guitar] [still for sale|available]?",
                ],
            ),
            (
                "A",
                [
                    "[yes|Yes] [still|it's still] [for sale|available] [{money}|] [ono|no offers|firm]",
                    "[sorry|Sorry] [it's|its] [gone|sold] [{emoji}|]",
                    "[yes|Yes] [a few|2] people [interested|asking] [tho|]",
                ],
            ),
            (
                "B",
                [
                    "[can|Can] [I|i] [come|collect] [on {day}|tonight|at {hour}]? [what's|whats] the address?",
                    "[would|Would] [you|u] take [less|{money}]?",
                    "[no worries|No worries] [thanks anyway|{emoji}]",
                ],
            ),
            (
                "A",
                [
                    "[it's|its] {street_no} {street} [ring the bell|I'll be in|side gate]",
                    "[cash|Cash] [only|or bank transfer] [please|]",
                    "[meet|Can meet] [at|outside] {place} [if easier|]",
                ],
            ),
        ],
        [
            (
                "B",
                [
                    "[will|Will] [anyone|someone] be [home|in] [at|around] {hour} [to hand it over|]?",
                    "[can|Can] [u|you] [send|share] [more pics|the size|the model]?",
                ],
            ),
            (
                "A",
                [
                    "[yes|Yes] [my son|my daughter|my partner|I] [will|'ll] be [in|home] [if I'm not|]",
                    "[sure|Sure] [sending now|{emoji}]",
                ],
            ),
            (
                "B",
                [
                    "[great|Great] [thanks|cheers] [see you then|{emoji}]",
                    "[I'll|ill] be [there|outside] [at|by] {hour}",
                ],
            ),
        ],
    ],
    "service": [
        [
            (
                "B",
                [
                    "[hi|Hi] [I|i] [need to|want to] [change|update] [my|the] [delivery address|address on my account]",
                    "[can|Can] [I|i] [move|change] [my|the] [appointment|booking|delivery] to {day}?",
                ],
            ),
            (
                "A",
                [
                    "[of course|Sure] [what's|can I have] the new [address|{postcode}]?",
                    "[yes|Yes] [we have|there's] [a slot|availability] [at|around] {hour} [on {day}|]",
                ],
            ),
            (
                "B",
                [
                    "[it's|its] {street_no} {street}[, {town}|]",
                    "[{hour}|That] [is|'s] [perfect|fine] [thanks|]",
                ],
            ),
            (
                "A",
                [
                    "[done|Done] [you'll|you will] [get|receive] [a confirmation|an email] [shortly|]",
                    "[booked|Booked] [in|] [see you then|thanks]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[Hi|Hello] [thanks for|thank you for] [contacting|messaging] [us|support] [how can I help|what's the order number]?"
                ],
            ),
            (
                "B",
                [
                    "[my|My] [parcel|order|delivery] [hasnt|hasn't] [arrived|come] [yet|]",
                    "[i|I] [was|got] charged twice [for|on] [my order|the same thing]",
                    "[the|The] [gift card|voucher|promo] code [doesnt work|isn't working|says invalid]",
                ],
            ),
            (
                "A",
                [
                    "[could|Could] [you|u] [confirm|verify] [your|the] [{postcode}|email|order number] [please|]?",
                    "[sorry|Sorry] [to hear that|about that] [can I have|what's] the order number?",
                ],
            ),
            (
                "B",
                [
                    "[order|Order] [number|no.] [is|] [A{number}29{number}|#44{number}81|7{number}{number}20]",
                    "[its|It's] [on|in] the [email|app] [one sec|]",
                ],
            ),
            (
                "A",
                [
                    "[I've|I have] [issued|sent] a [refund|replacement|voucher code] [for {money}|] [sorry for the trouble|]",
                    "[will|Will] [someone|anyone] be [home|in] [to sign|for delivery] [on {day}|between {hour} and {late}]?",
                    "[Is|is] there anything else [I can help with|today]?",
                ],
            ),
            (
                "B",
                [
                    "[yes|Yes] [I'll|ill] be [in|home] [all day|after {hour}]",
                    "[thanks|Thanks] [that's all|thats great] [{emoji}|]",
                    "[no|No] [thanks|that's it]",
                ],
            ),
        ],
    ],
    "neighbour": [
        [
            (
                "A",
                [
                    "[we're|We're] away [this weekend|till {day}] [could u|would u mind] [feed|feeding] [the cat|{petname}]?",
                    "[could|Could] [u|you] [water the plants|put our bins out] [while we're away|on {day}]?",
                ],
            ),
            (
                "B",
                [
                    "[of course|Of course|no problem] [{emoji}|] [where's the key]?",
                    "[sure|Sure] [what time|how often]?",
                ],
            ),
            (
                "A",
                [
                    "[key's|key is] [under the mat|with {neighbour}|in the lockbox] [code {number}{number}{number}{number}|]",
                    "[twice a day|morning and evening] [if poss|] [food's in the cupboard|]",
                    "[thanks|Thanks] [so much|a mil] [{emoji}|]",
                ],
            ),
            ("B", ["[no problem|No worries] [have a lovely time|{emoji}]", "[got it|Got it] [{emoji}|]"]),
        ],
        [
            (
                "A",
                [
                    "[your|ur] [parcel|bin|recycling] [is|'s] [with us|at ours|on ur step] [{emoji}|]",
                    "[did|Did] [u|you] hear the [alarm|noise|dogs] [last night|earlier]?",
                    "[can|Can] [we|I] borrow [ur|your] [ladder|drill|lawnmower] [on {day}|tomorrow]?",
                ],
            ),
            (
                "B",
                [
                    "[thanks|Thanks] [so much|a mil] [{emoji}|] [ill grab it later]",
                    "[yes|Yes] [heard it|it was mad] [{lol}|]",
                    "[sure|Sure] [come grab it|anytime]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[party|Party] at ours [on {day}|saturday] [sorry in advance|come along] [{lol}|]",
                    "[we're|We're] [having|doing] a [bbq|barbecue] [on {day}|sat] [come round|] [{emoji}|]",
                ],
            ),
            (
                "B",
                [
                    "[ha|haha] [thanks for the warning|we'll be there] [{emoji}|]",
                    "[what|What] can we bring?",
                    "[have fun|Have fun] [{emoji}|]",
                ],
            ),
        ],
    ],
    "group": [
        [
            (
                "A",
                [
                    "[who's|whos] [bringing|getting] [the {food}|drinks|the cake|plates]?",
                    "[meet|Meet] at {place} [at|around] {hour} [everyone ok with that|?]",
                ],
            ),
            (
                "B",
                [
                    "[me|Me] [{emoji}|] [i'll get it|]",
                    "[works|Works] for me [{emoji}|]",
                    "[running late|Running late] [sorry|{emoji}] [start without me|]",
                ],
            ),
            (
                "C",
                [
                    "[I|i] can [drive|give] [3|2] [people|of u] [a lift|]",
                    "[yes|Yes] [please|pls] [need a lift|]",
                    "[on it|On it] [{lol}|]",
                ],
            ),
        ],
        [
            (
                "A",
                [
                    "[money|Money] for [the gift|{name}s present|the tickets] [is|] {money} each [send to me|]",
                    "[don't|dont] [mention|tell] [{name}|{name} about] the [surprise|party|gift] [{emoji}|] [they're in the other chat|]",
                ],
            ),
            (
                "B",
                [
                    "[sent|Sent] [{emoji}|]",
                    "[lol|{lol}] [classic {name}|]",
                    "[my lips are sealed|won't say a word] [{emoji}|]",
                ],
            ),
            ("C", ["[sent|Sent] [too|as well] [{emoji}|]", "[has|Has] anyone [got|heard from] {name}?"]),
        ],
    ],
}

# --- extra hard-case scenes: benign talk with grooming-like surface cues ----------------------------------
EXCHANGES["teacher_coach"] += [
    [
        (
            "A",
            [
                "[is|Is] [anyone|someone] picking [u|you] up [tonight|today] or [are u|r u] [on ur own|walking]?",
                "[I'll|ill] wait [with u|at the gate] [till|until] [ur|your] {mum} [arrives|gets here] [{emoji}|]",
                "[are|Are] [u|you] ok getting {bus} [on ur own|by yourself] [after|from] [the match|training]?",
            ],
        ),
        (
            "B",
            [
                "[my|My] {mum} [is|'s] [coming|on her way] [at|by] {hour}",
                "[i|I] [usually|normally] [walk|get the bus] [with {friend}|on my own] [{emoji}|]",
                "[thank u|thanks] [coach|sir|miss] [{emoji}|]",
            ],
        ),
        (
            "A",
            [
                "[ok|Ok] [I'll|ill] [stay|wait] till [she's|they're] here [{emoji}|]",
                "[text|Text] [ur|your] {mum} [and|to] let her know [we finished late|when you leave]",
                "[stick|Stay] with the group [till then|please]",
            ],
        ),
    ],
    [
        (
            "A",
            [
                "[keep|Keep] it [quiet|to yourself] [for now|till {day}] but [you've|youve] been picked for [the squad|county|the final] [{emoji}|]",
                "[don't|dont] tell the others yet [I|i] [haven't|havent] [told|emailed] [everyone|the parents] [{emoji}|]",
            ],
        ),
        (
            "B",
            [
                "[omg|OMG] [ok|i wont] [{emoji}|]",
                "[can|Can] i tell my {mum} [tho|at least]?",
                "[my lips are sealed|wont say anything] [{emoji}|]",
            ],
        ),
        (
            "A",
            [
                "[yes|Yes] [of course|tell ur {mum}] [{lol}|] [just not the team yet]",
                "[letter|Email] [goes out|will go out] on {day} [{emoji}|]",
            ],
        ),
    ],
    [
        (
            "A",
            [
                "[we're|We're] [collecting|doing a whip round] for [coach {name}s|miss {name}s|the captain's] leaving present [shh|keep it quiet] [{emoji}|]",
                "[surprise|Surprise] [card|cake] for [coach|sir|miss] on {day} [dont say anything|keep it secret] [{emoji}|]",
            ],
        ),
        (
            "B",
            [
                "[I'll|ill] [bring|send] {money} [{emoji}|]",
                "[count|Count] us in [{emoji}|]",
                "[won't|wont] say a word [{emoji}|]",
            ],
        ),
    ],
    [
        (
            "A",
            [
                "[how old|How old] [is|'s] [he|she|your youngest] [now|this year]? [for|we're sorting] the [under {number}s|age groups]",
                "[what|What] [year|age] [is|are] [she|he|they] [in|born] [for the registration form|]?",
            ],
        ),
        (
            "B",
            [
                "[{cage}|{cage} in {weekday}|turning {cage1}] [{emoji}|]",
                "[born|Born] [2012|2013|2011] [so|] [{year}|under {cage1}s]",
            ],
        ),
        (
            "A",
            [
                "[perfect|Perfect] [thanks|thank you] [{emoji}|]",
                "[great|Great] [they'll|she'll|he'll] be in [the under {cage1}s|{year} group]",
            ],
        ),
    ],
]
EXCHANGES["gamers"] += [
    [
        (
            "A",
            [
                "[dont|don't] tell the [others|squad|clan] [im|i'm] giving u [the|my] {ingame} [{lol}|] [theyll all want one]",
                "[keep|keep the] [code|gift code] [secret|to urself] [its|it's] [one use|only one] [{lol}|]",
            ],
        ),
        (
            "B",
            [
                "[lol|{lol}] [ok|wont say]",
                "[ty|thx] [bro|legend] [{emoji}|]",
                "[my lips r sealed|🤐] [{lol}|]",
            ],
        ),
    ],
    [
        (
            "A",
            [
                "[anyone|who's] going to the [{game} tournament|LAN|meetup] [at|in] {town} [on {day}|next month]?",
                "[we|the clan] [should|could] [meet up|go together] at the [LAN|con|tournament] [{lol}|]",
            ],
        ),
        (
            "B",
            [
                "[my {mum}|{mum}] [might|said she'd] [take|drive] me [{emoji}|]",
                "[im|i'm] [going|there] [with my {dad}|with my cousin] [{lol}|]",
                "[too far|its too far] [{emoji}|]",
            ],
        ),
        ("A", ["[ok|bet] [see u there|{lol}]", "[rip|unlucky] [{lol}|] [next time]"]),
    ],
    [
        (
            "A",
            [
                "[r u|are u] [alone|on ur own] [in|on] [vc|the call] [or is|or] [ur {sib}|someone] [there|playing]? [{lol}|] [heard talking]",
                "[who|whos] [that|talking] [in ur background|on ur mic] [{lol}|]?",
            ],
        ),
        (
            "B",
            [
                "[my|my little] {sib} [{lol}|] [ignore them]",
                "[my {mum}|{mum}] [{lol}|] [telling me to get off]",
                "[tv|the tv] [{lol}|] [sorry]",
            ],
        ),
        ("A", ["[lmao|{lol}] [mute|push to talk] [pls|bro]", "[{lol}|] [tell them hi]"]),
    ],
]
EXCHANGES["family_relative"] += [
    [
        (
            "A",
            [
                "[is|Is] [ur|your] {mum} [home|in] [today|this afternoon]? [I'll|ill] drop [ur|your] present round",
                "[are|Are] [u|you] on [ur|your] own [today|after school]? [I|i] [can|'ll] [pop round|come over] [till|until] ur {mum} gets back",
            ],
        ),
        (
            "B",
            [
                "[no|No] [she's|shes] at work [till|until] {hour} [{emoji}|]",
                "[yes|Yes] [she's|shes] [home|in] [{emoji}|]",
                "[just me and {sib}|just me] [till|until] {hour}",
            ],
        ),
        (
            "A",
            [
                "[I'll|ill] [come at|be round about] {hour} then [x|{emoji}]",
                "[ok|Ok] [tell|let] [her|ur {mum}] know [I'm|im] coming [x|]",
                "[lock|Keep] the door [locked|shut] [till|until] I [knock|text] [love|x]",
            ],
        ),
    ],
]
ORDINARY_MODES["neighbour"] += [
    [
        (
            "A",
            [
                "[house|the house] [is|'s] empty [till|until] {day} [could u|would u mind] [keeping an eye|checking the post] [{emoji}|]",
                "[we're|We're] [away|out] [all weekend|till late] [if u see anyone|if anything looks off] [call me|let me know]",
            ],
        ),
        ("B", ["[of course|Of course] [{emoji}|] [have a good one]", "[will do|Will do] [{emoji}|]"]),
    ],
]
EXCHANGES["adults"] += [
    [
        (
            "A",
            [
                "[wanna|Want to] meet [for a drink|for dinner] [after work|on {day}]? [{emoji}|]",
                "[let's|lets] [meet|meet up] [at|by] {venue} [at|around] {hour} [{emoji}|]",
            ],
        ),
        (
            "B",
            [
                "[yes|Yes] [see you there|deal] [{emoji}|x]",
                "[can't|cant] [{day}|tonight] [{lol}|] [how about {day}]?",
            ],
        ),
    ],
]

# adult answers to the same small-talk questions (used when the answerer is not a school pupil)
G.update(
    {
        "st_wyd_a_adult": [
            "[just|Just] [finished|got in from] work [{lol}|] [cooking now|kettle's on]",
            "[at|At] [work|the office|the shops] [till {hour}|all day] [{emoji}|]",
            "[sorting|doing] [the washing|the kids' tea|the garden|emails] [{lol}|]",
            "[nothing much|Not much] [watching {show}|sofa and {show}] [{emoji}|]",
            "[driving|ferrying] [the kids|everyone] [around|to {sport}] [as usual|{lol}]",
            "[at|At] the gym [{emoji}|] [then|and] [food shop|collecting the kids]",
        ],
        "st_gig_a_adult": [
            "[tickets were|Tickets were] [mad|silly money|sold out in minutes] [{emoji}|]",
            "[yes|Yes] [taking|going with] [the kids|my sister|{friendname}] [{emoji}|]",
            "[not|Not] [my thing|really] [{lol}|] [but the kids love them]",
        ],
        "st_weekend_a_adult": [
            "[nothing|Not much] [just|] [chores|the food shop|sorting the house] [{lol}|]",
            "[kids'|The kids'] [{sport}|parties|matches] [all weekend|on {day}] [{emoji}|]",
            "[visiting|Going to] [my parents|the in-laws|{friendname}'s] [{emoji}|]",
            "[a|A] [wedding|christening|birthday do] [on {day}|saturday] [{emoji}|]",
            "[working|Work] [{lol}|] [as usual]",
        ],
        "st_pastwk_a_adult": [
            "[quiet|Quiet one] [{lol}|] [needed it]",
            "[busy|Busy] [with|running round after] [the kids|work stuff] [{emoji}|]",
            "[went|We went] [for a walk|to {place}|out for dinner] [{emoji}|] [it was lovely]",
        ],
        "st_match_a_adult": [
            "[they|The kids|We] [won|lost|drew] [{emoji}|] [freezing on the sidelines tho]",
            "[training|It] [ran late|was good] [{lol}|]",
            "[not|Not] [great|our day] [{lol}|] [next week]",
        ],
        "st_sport_a_adult": [
            "[used to|I used to] [{lol}|] [now i just watch]",
            "[five-a-side|5 a side|Parkrun|the gym] [on {weekday}s|most weeks] [{emoji}|]",
            "[no|No] [time|chance] [{lol}|] [with work]",
        ],
        "st_game_a_adult": [
            "[only|Only] [when the kids let me|on my phone] [{lol}|]",
            "[used to|I used to] [play loads|game a lot] [{lol}|] [no time now]",
            "[yeah|Yeah] [a bit|some] [{game}|] [after the kids are in bed]",
        ],
        "st_pet_a_adult": [
            "[a|A] {pet} [called|named] {petname} [{emoji}|] [the kids' really]",
            "[no|No] [the landlord|our lease] [won't|doesn't] allow [it|pets] [{emoji}|]",
            "[two|2] [cats|dogs] [{lol}|] [they run the house]",
        ],
        "st_food_a_adult": [
            "[{food}|Probably {food}] [{lol}|] [no energy to cook]",
            "[cooking|Making] {food} [for everyone|tonight] [{emoji}|]",
            "[haven't|Havent] [eaten|had a chance] [yet|all day] [{emoji}|]",
        ],
    }
)

ADULT_CHAT: list[list[Step]] = [
    [
        (
            "A",
            [
                "[how|How] [was|is] [work|the new job|the interview] [today|]?",
                "[how'd|How did] the [interview|meeting|appraisal] go?",
            ],
        ),
        (
            "B",
            [
                "[long|Long] [day|week] [{emoji}|] [tell me about it|]",
                "[good|Good] [actually|I think] [{emoji}|] [fingers crossed]",
                "[awful|Awful] [{lol}|] [my boss is a nightmare]",
            ],
        ),
    ],
    [
        (
            "A",
            [
                "[mortgage|rent|bills] [are|is] [killing me|mental|going up again] [{emoji}|]",
                "[energy|The energy] bill [came|arrived] [{emoji}|] [ouch]",
            ],
        ),
        (
            "B",
            [
                "[same|Same] [here|honestly] [{lol}|]",
                "[tell me about it|Don't] [{emoji}|]",
                "[we|We] [switched|need to switch] [supplier|providers] [{lol}|]",
            ],
        ),
    ],
    [
        (
            "A",
            [
                "[kids|The kids] [are|were] [a nightmare|so good|finally asleep] [today|tonight] [{lol}|]",
                "[{name}|The little one] [has|had] [a temperature|a meltdown|a great day] [today|{emoji}]",
            ],
        ),
        (
            "B",
            [
                "[aw|Aw] [{lol}|] [wine time]",
                "[hope|Hope] [she's|he's] [ok|better soon] [x|]",
                "[ha|Haha] [mine too|same here] [{emoji}|]",
            ],
        ),
    ],
    [
        (
            "A",
            [
                "[we|We] should [go away|do a trip] [for|over] {holiday} [{emoji}|]",
                "[fancy|Fancy] [a weekend away|a trip to {town}] [sometime|{emoji}]?",
            ],
        ),
        (
            "B",
            [
                "[lets|Let's] [book it|do it] [{emoji}|]",
                "[yes|Yes] [please|I need it] [{lol}|]",
                "[when|When] [are u|are you] free?",
            ],
        ),
    ],
    [
        ("A", ["[did|Did] [u|you] [see|watch] {show} [last night|yet]?"]),
        (
            "B",
            ["[yes|Yes] [{show}|it] [was|is] [so good|mad|mid]", "[no|No] [spoilers|dont tell me] [{lol}|]"],
        ),
    ],
]
EXCHANGES["adults"] = [
    e for e in EXCHANGES["adults"] if e != [("A", "ad_chat"), ("B", "ad_chat_a")]
] + ADULT_CHAT
EXCHANGES["friends_meeting"] = [
    e for e in EXCHANGES["friends_meeting"] if e != [("A", "ad_chat"), ("B", "ad_chat_a")]
] + ADULT_CHAT[:2]

# --- benign scenes with the *quiet* cues (routines, who is home, screens, deleting, favours) ---------------
EXCHANGES["family_relative"] += [
    [
        (
            "A",
            [
                "[what time|What time] does [ur|your] {mum} [finish|get back from] work [on {weekday}s|these days]? [I|i] want to [drop the cake round|surprise her] [x|]",
                "[which|Which] bus [do u|do you] get [home|from school] [now|these days]? [I|i] [could|might] [meet u off it|be on it] [on {day}|x]",
            ],
        ),
        (
            "B",
            [
                "[about|like] {hour} [{emoji}|] [she'll love it]",
                "{bus} [{lol}|] [it gets in at {hour}]",
                "[{hour}|around {hour}] [on {weekday}s|usually] [i think|]",
            ],
        ),
        (
            "A",
            [
                "[perfect|Perfect] [I'll|ill] [come at|be there for] {hour} [not a word x|x]",
                "[lovely|Lovely] [see u then|x]",
            ],
        ),
    ],
    [
        (
            "A",
            [
                "[is|Is] [ur|your] {mum} [looking|next to u]? [{lol}|] [it's|its] about her present",
                "[can|Can] [she|ur {mum}] see [ur|your] [phone|screen]? [don't|dont] let her see this [{lol}|x]",
            ],
        ),
        (
            "B",
            ["[no|nah] [im|i'm] in my room [{lol}|]", "[she's|shes] [downstairs|in the kitchen] [{emoji}|]"],
        ),
        (
            "A",
            [
                "[delete|Delete] [this|these] [after|when u've read it] [{lol}|] [or she'll find out]",
                "[ok|Ok] [I've|i've] [ordered|got] it [{emoji}|] [delete this x]",
            ],
        ),
        ("B", ["[ok|k] [{lol}|] [deleted]", "[ok|k] [{emoji}|]"]),
    ],
]
EXCHANGES["teacher_coach"] += [
    [
        (
            "A",
            [
                "[which|Which] bus [do|does] [u|you|she|he] [get|take] [home|after training]? [we|We] [finish|might finish] [late|at {hour}] [on {day}|]",
                "[what time|What time] [does|can] [ur|your] {mum} [collect|pick u up] [on {weekday}s|after training]? [I|i] [need it|need to know] for the [rota|register]",
            ],
        ),
        (
            "B",
            [
                "{bus} [{emoji}|]",
                "[{hour}|about {hour}] [usually|on {weekday}s]",
                "[my|My] {mum} [works|finishes] [till|at] {hour} [so|] [i|I] get {bus}",
            ],
        ),
        (
            "A",
            [
                "[ok|Ok] [I'll|ill] [make sure|check] [u|you] [make|get] [the|that] bus [{emoji}|]",
                "[thanks|Thanks] [I'll|ill] [put it on|note it on] the [rota|sheet]",
            ],
        ),
    ],
    [
        (
            "A",
            [
                "[can|Can] everyone see my screen [ok|now]?",
                "[please|Please] [close|mute] [other tabs|your mics] [and|] [share your screen|when you present]",
            ],
        ),
        ("B", ["[yes|Yes] [miss|sir] [{emoji}|]", "[no|No] [it's|its] [frozen|black] [{emoji}|]"]),
    ],
    [
        (
            "A",
            [
                "[please|Please] [delete|don't share] the [photos|team sheet|old group chat] [from|of] [the tournament|last season] [we|We] [don't|dont] [keep|post] them [without consent|]",
                "[can u|Could you] [do me a favour|help] and [collect|bring] the [cones|bibs|balls] [on {day}|after training]?",
            ],
        ),
        ("B", ["[ok|Ok] [done|will do] [{emoji}|]", "[sure|Sure] [coach|sir|miss]"]),
    ],
]
EXCHANGES["peers"] += [
    [
        (
            "A",
            [
                "[what time|when] does ur {mum} get back [from work|on {weekday}s]? [can i|we could] [come round|do the project at urs] [till then|{lol}]",
                "[is|r] u [home|on ur own] [after school|{day}]? [we could|wanna] [play {game}|bake stuff] at urs",
            ],
        ),
        (
            "B",
            [
                "[like|around] {hour} [{lol}|] [come round]",
                "[my {sib}|{sib}] [is|'s] home [too|tho] [{lol}|]",
                "[ask|i'll ask] [my {mum}|{mum}] [first|{emoji}]",
            ],
        ),
        ("A", ["[ok|k] [ill|i'll] [bring|get] {sweets} [{lol}|]", "[bet|ok] [see u at {hour}|{emoji}]"]),
    ],
    [
        (
            "A",
            [
                "[clear|delete] [ur|the] [search history|chat] [{lol}|] [ur {mum} checks it]",
                "[use|make] [ur|a] [spam|second] account [for|to follow] [{crush}|that page] [{lol}|]",
            ],
        ),
        (
            "B",
            [
                "[lol|{lol}] [already did]",
                "[ok|k] [{emoji}|] [how]",
                "[she|{mum}] [doesnt|never] [check|look] [{lol}|]",
            ],
        ),
    ],
    [
        (
            "A",
            [
                "[nobody|no one] [gets|understands] me like u do [fr|{emoji}] [ur my best friend]",
                "[ur|you're] [the only one|my only friend] [who|that] [actually|properly] listens [{emoji}|]",
            ],
        ),
        ("B", ["[same|u too] [{emoji}|] [bestie]", "[aww|awww] [{emoji}|] [love u]"]),
    ],
]
EXCHANGES["family_parent"] += [
    [
        (
            "A",
            [
                "[who's|whos] [home|in] [with u|rn]? [is|] {sib} [back|home] [yet|]?",
                "[i'll|ill] be [back|home] [at|by] {hour} [{sib} gets in at|{dad}'s back at] {hour} [ok|x]",
            ],
        ),
        (
            "B",
            [
                "[just me|only me] [{sib} is at {sport}|till {hour}]",
                "[yeah|yes] [{sib} is here|we're both home] [{emoji}|]",
            ],
        ),
        ("A", ["[ok|Ok] [door locked|stay in] [please|x]", "[ok|Ok] [see u soon|love u] [x|]"]),
    ],
    [
        (
            "A",
            [
                "[can|Can] [u|you] do me a favour and [put the oven on|take the washing in|feed {petname}] [at|before] {hour}? [x|]",
                "[text|Text] me when [u|you] [get home|leave {place}] [please|pls] [x|]",
            ],
        ),
        ("B", ["[ok|k] [done|will do] [{emoji}|]", "[{lol}|ok] [what temp|how many scoops]?"]),
    ],
]

G.update(
    {
        "c_alone_a": [
            "[yeah|ya|ye] [{mum}'s at work|parents are out|just me] [why|{lol}|]",
            "[no|nah] my [{sib}|{dad}|{mum}] [is|'s] [home|here|downstairs]",
            "[till|until] {hour} [yeah|ya] [why]?",
            "[why|y] [do u ask|u asking]?",
            "[kinda|sort of] [{sib} is here but asleep|{lol}]",
        ],
        "c_resent_a": [
            "[ikr|fr|literally] [{emoji}|] [so annoying]",
            "[yeah|ya] [they|she|he] [always|never] [do|let me do] that",
            "[they're|theyre] [ok|not that bad] [sometimes|{lol}]",
            "[exactly|thats what i said] [{emoji}|]",
            "[i|i] [hate|cant stand] it [tbh|here|{emoji}]",
        ],
        "s_adult_hint": [
            "[just|only just] [got back from|finished] work [{lol}|] [long day|{tired}]",
            "[my|the] [car|van] [is|'s] [in the garage|making a noise] again [{emoji}|]",
            "[had|got] a [work|team] [meeting|do] [today|tmr] [{bad}|ugh]",
            "[paying|sorting] [bills|rent|council tax] [{lol}|] [adult life]",
            "[my|the] [boss|manager] [is|was] [a pain|off today] [{lol}|]",
        ],
        "s_teen_hint": [
            "[{subject}|our {subject} teacher] [is|was] [so {bad}|the worst] [today|]",
            "[my {mum}|{mum}] [made me|is making me] {chore} [{emoji}|]",
            "[im|i'm] in {year} [too|as well] [{lol}|]",
        ],
    }
)

# ---------------------------------------------------------------------------------------------------
# Typing styles
# ---------------------------------------------------------------------------------------------------

_ABBR_SRC = [
    (r"\byou\b", ["u", "u", "ya", "yu"]),
    (r"\byour\b", ["ur", "ur", "yr"]),
    (r"\byou're\b", ["ur", "youre", "u r"]),
    (r"\bare\b", ["r"]),
    (r"\bbecause\b", ["cos", "coz", "bc", "cuz", "cause"]),
    (r"\btonight\b", ["2nite", "tonite"]),
    (r"\btomorrow\b", ["tmr", "tmrw", "2moro", "tomoz"]),
    (r"\bplease\b", ["pls", "plz", "pleaseee"]),
    (r"\bokay\b", ["ok", "k", "okk"]),
    (r"\bthough\b", ["tho"]),
    (r"\breally\b", ["rly", "rlly", "realy"]),
    (r"\bprobably\b", ["prob", "prolly", "probs"]),
    (r"\bwhat\b", ["wat", "wht", "wot", "what"]),
    (r"\bdon't\b", ["dont", "dnt"]),
    (r"\bI'm\b", ["im", "Im", "i'm"]),
    (r"\bi'm\b", ["im"]),
    (r"\bwant to\b", ["wanna"]),
    (r"\bgot to\b", ["gotta"]),
    (r"\bpeople\b", ["ppl"]),
    (r"\bsomething\b", ["smth", "sth"]),
    (r"\bknow\b", ["kno", "knw", "no"]),
    (r"\bthanks\b", ["thx", "ty", "thnx", "tnx"]),
    (r"\blove\b", ["luv", "love"]),
    (r"\bbefore\b", ["b4"]),
    (r"\bwith\b", ["w", "wiv", "with"]),
    (r"\babout\b", ["abt", "bout"]),
    (r"\bright now\b", ["rn"]),
    (r"\bto be honest\b", ["tbh"]),
    (r"\bi don't know\b", ["idk"]),
    (r"\boh my god\b", ["omg"]),
    (r"\bwhy\b", ["y", "whyy"]),
    (r"\bsee you\b", ["cya", "c u"]),
    (r"\bnight\b", ["nite", "nyt"]),
    (r"\bgreat\b", ["gr8"]),
    (r"\bcan't\b", ["cant", "cnt"]),
    (r"\bwon't\b", ["wont"]),
    (r"\bthat's\b", ["thats", "dats"]),
    (r"\bthis\b", ["dis", "this"]),
    (r"\bbrother\b", ["bro"]),
    (r"\bsister\b", ["sis"]),
    (r"\bmessage\b", ["msg"]),
    (r"\bminutes\b", ["mins"]),
    (r"\bbirthday\b", ["bday", "b-day"]),
    (r"\bhomework\b", ["hw"]),
    (r"\bschool\b", ["skl", "school"]),
    (r"\bsomeone\b", ["some1", "sum1"]),
    (r"\bnothing\b", ["nuthin", "nothin"]),
    (r"\bactually\b", ["actually", "acc", "actly"]),
    (r"\bforgot\b", ["4got"]),
    (r"\btoday\b", ["2day", "tday"]),
    (r"\bsorry\b", ["soz", "sry", "sowwy"]),
    (r"\bthank you\b", ["ty", "thank u", "tysm"]),
    (r"\bwhatever\b", ["wtv", "watevs"]),
]
ABBR = [(re.compile(p, re.IGNORECASE), r) for p, r in _ABBR_SRC]
KEY_NEIGH = {
    "a": "sq",
    "e": "wr",
    "i": "uo",
    "o": "ip",
    "u": "yi",
    "n": "bm",
    "t": "ry",
    "s": "ad",
    "r": "et",
    "h": "gj",
    "l": "k",
    "m": "n",
    "d": "sf",
}

STYLES: dict[str, dict[str, float]] = {
    # lower: lowercase whole message; abbr: chance per abbreviation rule; typo: chance of a typo per message;
    # emoji: chance to append emoji; cap: capitalise first letter; stretch: letter stretching; punct: drop final punct
    "teen": {
        "lower": 0.9,
        "abbr": 0.65,
        "typo": 0.18,
        "emoji": 0.22,
        "cap": 0.0,
        "stretch": 0.12,
        "punct": 0.7,
        "caps": 0.03,
    },
    "teen_clean": {
        "lower": 0.55,
        "abbr": 0.3,
        "typo": 0.07,
        "emoji": 0.25,
        "cap": 0.2,
        "stretch": 0.06,
        "punct": 0.4,
        "caps": 0.02,
    },
    "gamer": {
        "lower": 0.95,
        "abbr": 0.75,
        "typo": 0.2,
        "emoji": 0.08,
        "cap": 0.0,
        "stretch": 0.05,
        "punct": 0.9,
        "caps": 0.05,
    },
    "mimic": {
        "lower": 0.85,
        "abbr": 0.55,
        "typo": 0.08,
        "emoji": 0.2,
        "cap": 0.0,
        "stretch": 0.08,
        "punct": 0.6,
        "caps": 0.01,
    },
    "adult_casual": {
        "lower": 0.45,
        "abbr": 0.25,
        "typo": 0.06,
        "emoji": 0.12,
        "cap": 0.4,
        "stretch": 0.02,
        "punct": 0.35,
        "caps": 0.0,
    },
    "adult_formal": {
        "lower": 0.05,
        "abbr": 0.02,
        "typo": 0.03,
        "emoji": 0.05,
        "cap": 0.95,
        "stretch": 0.0,
        "punct": 0.5,
        "caps": 0.0,
    },
    "older": {
        "lower": 0.05,
        "abbr": 0.05,
        "typo": 0.1,
        "emoji": 0.1,
        "cap": 0.9,
        "stretch": 0.0,
        "punct": 0.0,
        "caps": 0.04,
    },
}
TONE_EMOJI = {
    "neg": ["😬", "🙄", "😐", "🤨", "😕", "😶", "😒"],
    "warm": ["😊", "❤️", "🥺", "💕", "😘", "🥰", "✨", "🙂"],
}
OLDER_EMOJI = ["😊", "👍", "❤️", "🎂", "🎁", "😘", "🌸", "x", "xx", "xxx", "🙂"]


def _typo(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 3 and w.isalpha()]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    j = rng.randrange(1, len(w) - 1)
    op = rng.randrange(4)
    if op == 0:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    elif op == 1:
        w = w[:j] + w[j + 1 :]
    elif op == 2:
        w = w[:j] + w[j] + w[j:]
    else:
        c = w[j].lower()
        if c in KEY_NEIGH:
            w = w[:j] + rng.choice(KEY_NEIGH[c]) + w[j + 1 :]
    words[i] = w
    return " ".join(words)


def _stretch(text: str, rng: random.Random) -> str:
    m = list(
        re.finditer(
            r"\b(so|omg|yes|no|please|pls|hi|hey|what|why|lol|ok|nooo|yay|bored|wait|stop|same)\b",
            text,
            re.IGNORECASE,
        )
    )
    if not m:
        return text
    hit = rng.choice(m)
    w = hit.group(0)
    w = w + w[-1] * rng.randint(2, 5)
    return text[: hit.start()] + w + text[hit.end() :]


def style_text(text: str, style: str, rng: random.Random, tone: str = "") -> str:
    st = STYLES[style]
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r" ([?!.,])", r"\1", text)
    text = re.sub(r" '(s|ll|d|re|m|ve)\b", r"'\1", text)
    if not text:
        text = rng.choice(LEX["lol"])
    for rx, repl in ABBR:
        if rng.random() < st["abbr"] and rx.search(text):
            text = rx.sub(rng.choice(repl), text, count=1)
    if rng.random() < st["typo"]:
        text = _typo(text, rng)
        if rng.random() < 0.25:
            text = _typo(text, rng)
    if rng.random() < st["stretch"]:
        text = _stretch(text, rng)
    if rng.random() < st["lower"]:
        text = text.lower()
    elif rng.random() < st["cap"] and text[:1].isalpha():
        text = text[0].upper() + text[1:]
    if rng.random() < st["punct"]:
        text = text.rstrip(".")
        if text.endswith("?") and rng.random() < 0.5:
            text = text.rstrip("?")
    elif style in ("adult_formal", "older") and text[-1:].isalnum() and rng.random() < 0.5:
        text += "."
    elif rng.random() < 0.1:
        text += rng.choice(["??", "!!", "!!!", "...", " ?", "?!"])
    if len(text) < 40 and rng.random() < st["caps"]:
        text = text.upper()
    if rng.random() < st["emoji"]:
        pool = OLDER_EMOJI if style == "older" else TONE_EMOJI.get(tone, LEX["emoji"])
        e = rng.choice(pool)
        text = text + " " + e * (rng.choice([1, 1, 1, 2, 3]) if style != "older" else 1)
    if style == "older" and rng.random() < 0.07:
        text = text.replace(" ", "... ", 1) if " " in text else text
    return text.strip() or "ok"


_MORE2: dict[str, list[str]] = {
    "q_move": [
        "[can we|lets] [talk|chat] [somewhere|on something] [quieter|less busy] [{lol}|] [too many people on here]",
        "[my|the] [notifications|messages] on here [are|r] [broken|delayed] [{lol}|] [use the other one]",
        "[i|i've] [made|set up] [a|an] [group|chat] [on {app2}|somewhere else] [just us|for us two] [{emoji}|]",
        "[this|this one] [saves|keeps] everything [{lol}|] [{app2} doesnt]",
        "[theres|there's] [a|an] [app|game chat] [where|that] [messages|chats] [dont stay|disappear] [{lol}|] [easier]",
        "[add|follow] [my|the] [other|private|second] [page|account] [instead|its {handle2}]",
        "[i|ill] [only|mostly] [check|use] {app2} [now|these days] [so|] [msg me there|find me there]",
        "[less|fewer] [people|adults] [check|look at] {app2} [{lol}|] [its chill]",
    ],
    "q_gift": [
        "[i|ill] [sort|pay for] [ur|the] [{game} pass|{ingame}|data] [this month|again] [no big deal|{lol}]",
        "[u|you] [said|mentioned] [ur|your] [{shoes}|headphones|charger] [broke|was broken] [ill|i'll] [get u|sort u] [new ones|one]",
        "[check|look in] ur [account|inventory] [{lol}|] [got u something]",
        "[no need|dont need] to [tell|thank] [anyone|me] [for it|{lol}] [its nothing]",
        "[i|i'll] [cover|pay for] [ur|the] [bus fare|ticket|{food}] [if u come|on {day}] [{emoji}|]",
        "[i|ive] [got|kept] [a|the] [spare|old] [phone|tablet] [u could have|for u] [{lol}|] [so u dont have to use the family one]",
    ],
    "g_alone": [
        "[is|r] [anyone|someone] [watching|with u] [rn|tonight]?",
        "[when|what time] [do|will] ur parents [get home|be back] [tonight|]?",
        "[u|r u] [home|in] [by urself|alone] [after school|this weekend]?",
        "[r u|are u] [allowed|able] to [talk|be on] [this late|now] [or are ur parents up|{lol}]?",
        "[ur|your] [parents|{mum}] [asleep|in bed] [yet|now]?",
    ],
    "g_age": [
        "[u|you] [sound|seem] [young|older] [lol|] [how old]?",
        "[what|which] [year|grade|class] [r u|are u] in?",
        "[when|what] [is|'s] ur birthday? [how old will u be|u gonna be {cage1}]?",
        "[u|you] [still|] in school [or|] [what|?]",
        "[hope|i hope] [u dont mind me asking|its ok to ask] [but|] how old [r u|are u]?",
    ],
    "g_move": [
        "[i'd|id] [rather|prefer to] [talk|chat] on {app2} [tbh|its easier]",
        "[send|give] me ur [number|{app2}] [and|] [ill|i'll] [msg|text] u [there|{lol}]",
        "[do u|u] have {app2}? [we could|i could] [call|facetime] [{lol}|] [instead of typing]",
        "[lets|lets just] [go|move] [to|on] {app2} [this|here] [gets|is] [checked|watched]",
    ],
    "g_secret": [
        "[dont|don't] [mention|say anything about] me to [ur|your] [{mum}|parents|{sib}] [ok|yeah] [they'd|theyd] [get the wrong idea|overreact]",
        "[nobody|no one] [needs|has] to know [we talk|about us] [ok|{emoji}]",
    ],
    "g_meet": [
        "[i|I] [really|just] [wanna|want to] [meet|see] u [for real|in person] [{emoji}|]",
        "[tell|say to] ur [{mum}|parents] [ur|you're] at [{friend}s|a friends] [and|then] [meet me|come to {place}] [{lol}|]",
    ],
    "c_move_a": [
        "[which|whats] [app|that]?",
        "[idk|dunno] [how|if] [i can|to] [get|download] it [{lol}|]",
        "[ok|sure] [whats|send] ur [number|user]",
    ],
    "c_gift_a": [
        "[wait|omg] [thats|that's] [so|really] [nice|kind] [{emoji}|]",
        "[ur|you're] [so|really] [nice|generous] [{emoji}|]",
    ],
    "c_alone_a": [
        "[yeah|ya] [{mum}|they] [went|are] [out|to bed] [{lol}|]",
        "[no|nah] [everyone's|all] [home|in] [{lol}|] [why]",
    ],
}
for _k, _v in _MORE2.items():
    G[_k] = G[_k] + _v

# ---------------------------------------------------------------------------------------------------
# Conversations
# ---------------------------------------------------------------------------------------------------

# (question, answer, can the asker be asked back "wbu")
TOPICS = [
    ("st_howru", "st_howru_a", True),
    ("st_wyd", "st_wyd_a", True),
    ("st_school_q", "st_school_a", True),
    ("st_hw_q", "st_hw_a", True),
    ("st_teacher_q", "st_teacher_a", True),
    ("st_test_q", "st_test_a", True),
    ("st_term_q", "st_term_a", True),
    ("st_game_q", "st_game_a", True),
    ("st_rank_q", "st_rank_a", True),
    ("st_update_q", "st_update_a", True),
    ("st_duo_q", "st_duo_a", False),
    ("st_music_q", "st_music_a", True),
    ("st_listen_q", "st_listen_a", True),
    ("st_gig_q", "st_gig_a", False),
    ("st_pet_q", "st_pet_a", True),
    ("st_food_q", "st_food_a", True),
    ("st_weekend_q", "st_weekend_a", True),
    ("st_pastwk_q", "st_pastwk_a", True),
    ("st_sport_q", "st_sport_a", True),
    ("st_match_q", "st_match_a", False),
    ("st_show_q", "st_show_a", True),
    ("st_watch_q", "st_watch_a", True),
]
SCHOOL_TOPICS = {"st_school_q", "st_hw_q", "st_teacher_q", "st_test_q", "st_term_q"}
FAMILY_TOPICS = [
    "st_howru",
    "st_wyd",
    "st_school_q",
    "st_hw_q",
    "st_test_q",
    "st_term_q",
    "st_food_q",
    "st_weekend_q",
    "st_pastwk_q",
    "st_match_q",
    "st_show_q",
]
ADULT_TOPICS = [
    "st_howru",
    "st_wyd",
    "st_food_q",
    "st_weekend_q",
    "st_pastwk_q",
    "st_show_q",
    "st_watch_q",
    "st_listen_q",
    "st_gig_q",
    "st_pet_q",
    "st_sport_q",
    "st_match_q",
]
RAMBLE_AFTER = {
    "st_howru_a",
    "st_wyd_a",
    "st_school_a",
    "st_pastwk_a",
    "st_weekend_a",
    "c_lonely",
    "c_moan_parents",
    "st_test_a",
    "ad_chat_a",
    "st_match_a",
}
NEG_KEYS = {"c_push", "c_wary", "s_backoff", "c_moan_parents", "c_lonely", "c_resent_a"}
WARM_KEYS = {
    "c_pos",
    "fp_love",
    "fp_love_a",
    "fr_birthday",
    "fr_visit",
    "ad_flirt",
    "ad_flirt_a",
    "tc_praise",
    "q_exclusive",
    "q_world",
}


ADULT_BITS = [
    "home",
    "work",
    "uk",
    "runs",
    "fitness",
    "photo",
    "cycles",
    "official",
    "mobile",
    "travels",
    "bakes",
    "golf",
]


class Person:
    def __init__(
        self, author: str, name: str, dialect: str, style: str, age: int, declared: int | None
    ) -> None:
        self.author, self.name, self.dialect, self.style, self.age, self.declared = (
            author,
            name,
            dialect,
            style,
            age,
            declared,
        )


class Convo:
    def __init__(self, rng: random.Random, cid: str) -> None:
        self.rng, self.cid = rng, cid
        self.people: dict[str, Person] = {}
        self.msgs: list[tuple[str, str, bool, float]] = []  # role, text, manipulative, seconds since previous
        self.facts: dict[str, str] = {}
        self.pace = rng.choice([20.0, 45.0, 90.0, 240.0])
        self.last_template = ""
        self.used: set[str] = set()
        self.school: set[str] = set()  # roles who talk as school pupils

    # -- people -------------------------------------------------------------------------------------
    def author_for(self, name: str, young: bool, age: int = 30) -> str:
        r, low = self.rng, name.lower()
        forms = [low, low, f"{low}{r.randint(1, 99)}"]
        if young:
            forms += [
                f"{low}_{r.choice(HANDLE_BITS)}",
                f"{r.choice(HANDLE_BITS)}{low}",
                f"{low}.{r.choice(HANDLE_BITS)}",
                f"{low}{r.choice(['x', 'xo', '_', 'zz'])}",
                f"{r.choice(HANDLE_BITS)}_{r.choice(HANDLE_BITS)}{r.randint(1, 999)}",
                f"xx{low}xx",
                f"{low}{r.randint(2008, 2014)}",
            ]
        elif age < 40:
            forms += [
                f"{low}_{r.choice('abcdefghjklmnprstw')}",
                name,
                f"{low}_{r.choice(ADULT_BITS)}",
                f"{low}{r.randint(1980, 2004)}",
            ]
        else:
            forms += [
                name,
                f"{name} {r.choice('ABCDEFGHJKLMNPRSTW')}",
                f"{name}{r.randint(50, 80)}",
                f"{low}.{r.choice(['home', 'uk', 'work', 'mobile'])}",
            ]
        taken = {p.author for p in self.people.values()}
        for _ in range(20):
            a = r.choice(forms)
            if a not in taken:
                return a
        return f"{low}{len(taken) + 1}"

    def add(
        self,
        role: str,
        name: str,
        dialect: str,
        style: str,
        age: int,
        declared: int | None = None,
        young: bool | None = None,
    ) -> Person:
        if young is None:
            young = age < 18
        names = {q.name for q in self.people.values()}
        if name in names:
            name = self.rng.choice([n for n in FIRST_NAMES[dialect] + ADULT_NAMES[dialect] if n not in names])
        p = Person(self.author_for(name, young, age), name, dialect, style, age, declared)
        self.people[role] = p
        if age < 18 or (young and age < 25) or (style == "mimic" and young):
            self.school.add(role)
        return p

    def maybe_declared(self, age: int, lie: int | None = None) -> int | None:
        if self.rng.random() >= 0.42:
            return None
        return lie if lie is not None else age

    # -- messages ------------------------------------------------------------------------------------
    def nick(self, role: str) -> str:
        name = self.people[role].name
        r = self.rng.random()
        if r < 0.55:
            return name.lower()
        if r < 0.8:
            return name
        return name.lower()[:3] if len(name) > 4 else name.lower() + name[-1].lower()

    def say(
        self,
        role: str,
        key: str | list[str],
        to: str | None = None,
        manip: bool = False,
        gap: float | None = None,
        avoid: str = "",
    ) -> None:
        p = self.people[role]
        if to is None:
            to = next((r for r in self.people if r != role), role)
        ctx = Ctx(self.rng, self.facts, p.dialect, self.nick(role), self.nick(to))
        if isinstance(key, str) and role not in self.school and key + "_adult" in G:
            key = key + "_adult"  # the adult way to answer the same thing
        options = G[key] if isinstance(key, str) else key
        template = self.rng.choice(options)
        for _ in range(3):  # prefer templates not yet used in this conversation
            if template not in self.used and template != avoid:
                break
            template = self.rng.choice(options)
        if avoid and len(options) > 1:
            while template == avoid:
                template = self.rng.choice(options)
        self.used.add(template)
        self.last_template = template
        tone = (
            ""
            if not isinstance(key, str)
            else "neg"
            if key in NEG_KEYS
            else "warm"
            if key in WARM_KEYS
            else ""
        )
        raw = expand(template, ctx)
        if manip and self.rng.random() < 0.1 and isinstance(key, str):
            other = [t for t in options if t != template] or options
            raw += self.rng.choice([" ", ". ", " and ", ", ", " tbh "]) + expand(
                self.rng.choice(other), ctx
            )  # a longer turn
        elif (
            not manip
            and isinstance(key, str)
            and key in RAMBLE_AFTER
            and self.rng.random() < 0.15
            and not raw.rstrip().endswith("?")
        ):
            raw += self.rng.choice([" ", ". ", " and ", ", ", "... "]) + expand(
                self.rng.choice(G["ramble_teen" if role in self.school else "ramble_adult"]), ctx
            )
        text = style_text(raw, p.style, self.rng, tone)
        if gap is None:
            gap = self.rng.expovariate(1.0 / self.pace) + 3 + len(text) * 0.4
        self.msgs.append((role, text, manip, gap))
        # a short follow-on from the same person (double texting), never on manipulative lines
        if not manip and self.rng.random() < 0.05:
            extra = self.rng.choice(G["st_react"] + G["st_nudge"]) if tone != "neg" else "[hmm|ok|idk|...]"
            self.msgs.append((role, style_text(expand(extra, ctx), p.style, self.rng, tone), False, 4.0))

    def big_gap(self) -> float:
        return self.rng.choice([3600.0 * self.rng.randint(2, 20), 86400.0 * self.rng.randint(1, 6)])

    def smalltalk(self, a: str, b: str, pairs: int, topics: list[str] | None = None) -> None:
        r = self.rng
        pool = [t for t in TOPICS if topics is None or t[0] in topics]
        for _ in range(pairs):
            x, y = (a, b) if r.random() < 0.55 else (b, a)
            if r.random() < 0.1:
                self.say(x, r.choice(["st_weather", "st_bored"]), y)
                self.say(y, "st_react", x)
                continue
            q, ans, back = r.choice(pool)
            if q in SCHOOL_TOPICS:
                kids = [role for role in (x, y) if role in self.school]
                if not kids:
                    q, ans, back = r.choice([t for t in pool if t[0] not in SCHOOL_TOPICS] or TOPICS[:2])
                elif len(kids) == 1:
                    y = kids[0]
                    x = a if y == b else b
                    back = False
            self.say(x, q, y)
            self.say(y, ans, x)
            prev = self.last_template
            if back and r.random() < 0.35:
                self.say(y, "st_wbu", x)
                self.say(x, ans, y, avoid=prev)
            if r.random() < 0.35:
                self.say(x if r.random() < 0.6 else y, "st_react", y)

    def length(self) -> int:
        return len(self.msgs)


def target_length(rng: random.Random, lo: int = 6, hi: int = 80) -> int:
    roll = rng.random()
    if roll < 0.1:
        n = rng.randint(6, 11)
    elif roll < 0.82:
        n = rng.randint(12, 40)
    else:
        n = rng.randint(41, 80)
    return max(lo, min(hi, n))


def child_facts(cv: Convo, dialect: str) -> None:
    r = cv.rng
    cv.facts.update(
        {
            "place": r.choice(LEX["town_place"]),
            "town": r.choice(TOWNS[dialect]),
            "bus": r.choice(BUSES),
            "game": r.choice(LEX["game"]),
            "app2": r.choice(
                ["Snapchat", "WhatsApp", "Telegram", "Discord", "Kik", "Signal", "Insta", "Wickr", "Session"]
            ),
            "street": r.choice(STREETS),
            "name": r.choice(FIRST_NAMES[dialect]),
            "crushname": r.choice(FIRST_NAMES[dialect]),
            "friendname": r.choice(ADULT_NAMES[dialect]),
            "petname": r.choice(LEX["petname"]),
            "pet": r.choice(LEX["pet"]),
        }
    )
    bands, shows = r.sample(LEX["band"], 2), r.sample(LEX["show"], 2)
    cv.facts.update(
        {
            "band": bands[0],
            "band2": bands[1],
            "show": shows[0],
            "show2": shows[1],
            "sport": r.choice(LEX["sport"]),
        }
    )
    bit = r.choice(HANDLE_BITS)
    cv.facts["handle"] = r.choice(
        [
            f"{bit}{r.randint(1, 999)}",
            f"{bit}_{r.choice(HANDLE_BITS)}",
            f"x{bit}x",
            f"{bit}.{r.randint(10, 99)}",
        ]
    )
    cv.facts["handle2"] = r.choice(
        [f"{bit}_{r.randint(70, 99)}", f"real{bit}", f"{bit}{r.choice(HANDLE_BITS)}", f"the.{bit}"]
    )


# ---------------------------------------------------------------------------------------------------
# Grooming
# ---------------------------------------------------------------------------------------------------

# stage -> (suspect line keys, child answer keys by disposition, O'Connell-ish rank)
STAGES: dict[str, tuple[list[str], dict[str, list[str]], float]] = {
    "age": (["g_age"], {"eager": ["c_age"], "neutral": ["c_age"], "wary": ["c_wary", "c_age"]}, 1.0),
    "age_self": (
        ["g_age_self"],
        {
            "eager": ["c_pos", "st_react"],
            "neutral": ["c_neutral", "st_react"],
            "wary": ["c_wary", "c_neutral"],
        },
        1.5,
    ),
    "mature": (
        ["g_mature"],
        {"eager": ["c_pos"], "neutral": ["c_neutral", "c_pos"], "wary": ["c_wary", "c_neutral"]},
        1.5,
    ),
    "secret": (
        ["g_secret"],
        {"eager": ["c_secret_ok"], "neutral": ["c_secret_ok", "c_neutral"], "wary": ["c_wary", "c_push"]},
        4.0,
    ),
    "alone": (
        ["g_alone"],
        {"eager": ["c_alone_a"], "neutral": ["c_alone_a"], "wary": ["c_wary", "c_alone_a"]},
        3.0,
    ),
    "move": (
        ["g_move"],
        {"eager": ["c_move_a"], "neutral": ["c_move_a"], "wary": ["c_move_a", "c_push"]},
        4.2,
    ),
    "gift": (
        ["g_gift"],
        {"eager": ["c_gift_a"], "neutral": ["c_gift_a"], "wary": ["c_gift_a", "c_wary"]},
        3.5,
    ),
    "meet": (
        ["g_meet"],
        {"eager": ["c_meet_a", "c_eager"], "neutral": ["c_meet_a"], "wary": ["c_meet_a", "c_push"]},
        5.0,
    ),
    "routine": (
        ["q_routine"],
        {"eager": ["c_routine_a"], "neutral": ["c_routine_a"], "wary": ["c_routine_a", "c_wary"]},
        3.0,
    ),
    "screen": (
        ["q_screen"],
        {"eager": ["c_screen_a"], "neutral": ["c_screen_a"], "wary": ["c_screen_a", "c_wary"]},
        3.2,
    ),
    "exclusive": (
        ["q_exclusive"],
        {
            "eager": ["c_exclusive_a", "c_pos"],
            "neutral": ["c_exclusive_a", "c_neutral"],
            "wary": ["c_neutral", "c_exclusive_a"],
        },
        2.0,
    ),
    "delete": (
        ["q_delete"],
        {"eager": ["c_delete_a"], "neutral": ["c_delete_a"], "wary": ["c_delete_a", "c_wary"]},
        4.0,
    ),
    "favour": (
        ["q_favour"],
        {"eager": ["c_favour_a"], "neutral": ["c_favour_a"], "wary": ["c_favour_a", "c_neutral"]},
        2.5,
    ),
    "resent": (
        ["q_resent"],
        {"eager": ["c_resent_a"], "neutral": ["c_resent_a"], "wary": ["c_neutral", "c_resent_a"]},
        2.2,
    ),
    "world": (
        ["q_world"],
        {"eager": ["c_pos", "c_exclusive_a"], "neutral": ["c_neutral", "c_pos"], "wary": ["c_neutral"]},
        3.0,
    ),
    "test": (
        ["q_test"],
        {"eager": ["c_pos", "c_eager"], "neutral": ["c_neutral"], "wary": ["c_wary", "c_neutral"]},
        2.8,
    ),
    "qgift": (["q_gift"], {"eager": ["c_gift_a"], "neutral": ["c_gift_a"], "wary": ["c_gift_a"]}, 3.5),
    "qmove": (["q_move"], {"eager": ["c_move_a"], "neutral": ["c_move_a"], "wary": ["c_move_a"]}, 4.2),
    "qmeet": (
        ["q_meet"],
        {"eager": ["c_meet_a", "c_eager"], "neutral": ["c_meet_a"], "wary": ["c_meet_a", "c_push"]},
        5.0,
    ),
}
TYPICAL_POOL = ["age", "age_self", "mature", "secret", "alone", "move", "gift", "meet"]
QUIET_POOL = [
    "routine",
    "screen",
    "exclusive",
    "delete",
    "favour",
    "resent",
    "world",
    "test",
    "qgift",
    "qmove",
    "qmeet",
]
ENDINGS = {
    "grooming_typical": ["meet", "move", "secret"],
    "grooming_fast": ["meet", "move"],
    "grooming_quiet": ["qmeet", "qmove", "delete", "world"],
}
# a child turn that often comes just before a stage and invites it (the suspect then exploits it)
LEAD_INS = {"resent": "c_moan_parents", "exclusive": "c_lonely"}


def build_grooming(cv: Convo, kind: str) -> str:
    r = cv.rng
    dialect = r.choice(DIALECTS)
    child_dialect = dialect if r.random() < 0.8 else r.choice(DIALECTS)
    cage = r.choice([11, 12, 12, 13, 13, 13, 14, 14, 14, 15, 15])
    persona = r.choices(["adult", "pretend_teen", "adult_evident"], [0.4, 0.3, 0.3])[0]
    sage = r.randint(19, 52)
    if persona == "pretend_teen":
        s_decl = cv.maybe_declared(sage, lie=r.choice([14, 15, 15, 16, 16, 17]))
        s_style = "mimic"
    else:
        s_decl = cv.maybe_declared(sage, lie=r.choice([sage, sage, sage, 18, 19, 21, sage - 10]))
        s_style = r.choice(["adult_casual", "mimic", "adult_casual", "adult_formal"])
    c_decl = cv.maybe_declared(cage, lie=r.choice([cage, cage, 13, 16, 18]))
    cname = r.choice(FIRST_NAMES[child_dialect])
    sname = r.choice(ADULT_NAMES[dialect] if persona != "pretend_teen" else FIRST_NAMES[dialect])
    s_first = r.random() < 0.75
    if s_first:
        cv.add("S", sname, dialect, s_style, sage, s_decl, young=persona == "pretend_teen")
        cv.add("C", cname, child_dialect, r.choice(["teen", "teen", "teen_clean"]), cage, c_decl)
    else:
        cv.add("C", cname, child_dialect, r.choice(["teen", "teen", "teen_clean"]), cage, c_decl)
        cv.add("S", sname, dialect, s_style, sage, s_decl, young=persona == "pretend_teen")
    child_facts(cv, child_dialect)
    cv.facts.update(
        {
            "cage": str(cage),
            "cage1": str(cage + 1),
            "sage": str(r.choice([16, 17]) if persona == "pretend_teen" else r.choice([sage, sage, 19, 21])),
            "place": r.choice(LEX["town_place"]),
        }
    )
    disposition = r.choices(["eager", "neutral", "wary"], [0.35, 0.4, 0.25])[0]

    if kind == "grooming_fast":
        n_stages = r.randint(2, 4)
        pool = TYPICAL_POOL + (["routine", "screen", "qmeet"] if r.random() < 0.3 else [])
    elif kind == "grooming_typical":
        n_stages = r.randint(3, 6)
        pool = TYPICAL_POOL + r.sample(QUIET_POOL, r.randint(0, 2))
    else:
        n_stages = r.randint(3, 7)
        pool = list(QUIET_POOL)
    ending = r.choice(ENDINGS[kind])
    chosen = r.sample([s for s in pool if s != ending], min(n_stages - 1, len(pool) - 1))
    noisy = sorted(
        chosen, key=lambda s: STAGES[s][2] + r.gauss(0, 1.3)
    )  # loosely ordered (Winters et al. 2017)
    if kind == "grooming_typical" and "age" in noisy and r.random() < 0.6:
        noisy.remove("age")
        noisy.insert(0, "age")
    stages = [*noisy, ending]

    # message budget: small-talk pairs before the onset and between the moves
    if kind == "grooming_fast":
        target = r.randint(6, 18)
    else:
        target = (
            max(target_length(r, 14, 80), target_length(r, 14, 80))
            if kind == "grooming_quiet"
            else target_length(r, 14, 80)
        )
    free_pairs = max(0, int((target - 4 - 2.7 * len(stages)) / 2.9))
    if kind == "grooming_fast":
        pre_pairs, between = r.choice([0, 0, 1]), 0
    else:
        share = r.uniform(0.35, 0.85) if kind == "grooming_quiet" else r.uniform(0.15, 0.6)
        pre_pairs = int(free_pairs * share)
        if kind == "grooming_quiet" and r.random() < 0.85:
            pre_pairs = max(pre_pairs, r.randint(1, 3))
        between = free_pairs - pre_pairs
    slots = [0] * len(stages)
    for _ in range(between):
        slots[r.randrange(len(stages))] += 1

    # opening: greeting and a benign stretch (pace and length vary)
    first, second = ("S", "C") if s_first else ("C", "S")
    cv.say(first, "st_greet")
    if r.random() < 0.8:
        cv.say(second, "st_greet_back")
    cv.smalltalk("S", "C", pre_pairs)
    if persona == "adult_evident" and kind != "grooming_fast" and r.random() < 0.7:
        cv.say("S", "s_adult_hint")
        cv.say("C", "st_react")
    elif persona == "pretend_teen" and kind != "grooming_fast" and r.random() < 0.5:
        cv.say("S", "s_teen_hint")
        cv.say("C", "st_react")
    backed_off = False
    push_p = {"eager": 0.03, "neutral": 0.12, "wary": 0.35}[disposition]
    for i, stage in enumerate(stages):
        s_keys, answers, _ = STAGES[stage]
        if kind == "grooming_fast" and stage != ending and cv.length() >= 7:
            continue  # fast: the meeting request or app move comes within a dozen messages
        if stage in LEAD_INS and r.random() < 0.6:
            cv.say("C", LEAD_INS[stage])
        key = r.choice(s_keys)
        cv.say("S", key, manip=True)
        if kind != "grooming_fast" and r.random() < 0.2:
            cv.say("S", key, manip=True, gap=8.0, avoid=cv.last_template)  # second line of the same move
        if not backed_off and kind != "grooming_fast" and i < len(stages) - 1 and r.random() < push_p:
            backed_off = True
            cv.say("C", "c_push")
            cv.say("S", "s_backoff")
            if r.random() < 0.5:
                cv.say("C", r.choice(["c_neutral", "st_react", "st_bye"]))
            if r.random() < 0.6:
                cv.say("S", "s_return", gap=cv.big_gap())  # backs off, comes back later
                cv.say("C", r.choice(["st_greet_back", "st_howru_a", "c_neutral"]))
            cv.smalltalk("S", "C", slots[i])
            continue
        cv.say("C", r.choice(answers[disposition]))
        if r.random() < 0.3:
            cv.say("S", "st_react")
        cv.smalltalk("S", "C", slots[i])
        if kind != "grooming_fast" and i < len(stages) - 1 and r.random() < 0.1:
            cv.say("S", "s_return", gap=cv.big_gap())
            cv.say("C", r.choice(["st_greet_back", "st_howru_a"]))
    if r.random() < 0.5:
        cv.say(r.choice(["S", "C"]), "st_bye")
        if r.random() < 0.6:
            cv.say("S" if cv.msgs[-1][0] == "C" else "C", "st_bye_a")
    return "S"


# ---------------------------------------------------------------------------------------------------
# Benign kinds
# ---------------------------------------------------------------------------------------------------


def ep(cv: Convo, steps: list[Step], skip: float = 0.1) -> None:
    """Play an exchange: (role, key or templates); a role missing from the chat falls back to another member."""
    prev = ""
    for j, (role, key) in enumerate(steps):
        if j > 1 and j == len(steps) - 1 and cv.rng.random() < skip:
            continue
        if role not in cv.people:
            role = cv.rng.choice([r for r in cv.people if r != prev] or list(cv.people))
        cv.say(role, key)
        prev = role


def benign_frame(
    cv: Convo,
    a: str,
    b: str,
    episodes: list[list[Step]],
    small: float,
    topics: list[str] | None = None,
    opener: str | None = None,
    cap: int | None = None,
) -> None:
    r = cv.rng
    target = target_length(r) if cap is None else min(target_length(r), cap)
    first = opener or a
    other = b if first == a else a
    if r.random() < 0.8:
        cv.say(first, "st_greet", other)
        if r.random() < 0.7:
            cv.say(other, "st_greet_back", first)
    order = list(episodes)
    r.shuffle(order)
    for i, steps in enumerate(order):
        if cv.length() >= target and i > 0:
            break
        if r.random() < small:
            cv.smalltalk(a, b, r.randint(1, 3), topics)
        ep(cv, steps)
        if r.random() < 0.1:
            cv.say(r.choice([a, b]), "st_react", gap=cv.big_gap() if r.random() < 0.3 else None)
    while cv.length() < target:
        if r.random() < 0.75:
            cv.smalltalk(a, b, 1, topics)
        else:
            ep(cv, r.choice(episodes))
    if r.random() < 0.5:
        cv.say(a, "st_bye", b)
        cv.say(b, "st_bye_a", a)


def build_family_parent(cv: Convo) -> None:
    r = cv.rng
    d = r.choice(DIALECTS)
    cage = r.randint(8, 16)
    page = r.randint(30, 52)
    cv.add(
        "A",
        r.choice(ADULT_NAMES[d]),
        d,
        r.choice(["adult_casual", "adult_formal", "adult_casual"]),
        page,
        cv.maybe_declared(page),
        young=False,
    )
    cv.add(
        "B",
        r.choice(FIRST_NAMES[d]),
        d,
        r.choice(["teen", "teen_clean"]),
        cage,
        cv.maybe_declared(cage, lie=r.choice([cage, 13, 16])),
    )
    child_facts(cv, d)
    cv.facts.update({"cage": str(cage), "cage1": str(cage + 1)})
    A, B = "A", "B"
    calm = [
        "[we|We] talked about this [love|] [you can have it back on {day}|x]",
        "[i|I] know [love|] [but|] [rules are rules|its for ur own good] [x|]",
        "[let's|Lets] talk about it [tonight|when I'm home] [x|]",
    ]
    eps = [
        *EXCHANGES["family_parent"],
        [(B, "c_moan_parents"), (A, calm), (B, ["[fine|ok] [{emoji}|]", "[🙄|ugh] [ok|fine]"])],
    ]
    benign_frame(
        cv, A, B, r.sample(eps, r.randint(3, len(eps))), 0.25, FAMILY_TOPICS, A if r.random() < 0.6 else B
    )


def build_family_relative(cv: Convo) -> None:
    r = cv.rng
    d = r.choice(DIALECTS)
    cage = r.randint(7, 16)
    rel = r.choices(["grand", "aunt", "cousin"], [0.4, 0.4, 0.2])[0]
    age = {"grand": r.randint(58, 82), "aunt": r.randint(26, 50), "cousin": r.randint(16, 24)}[rel]
    style = {"grand": "older", "aunt": r.choice(["adult_casual", "adult_formal"]), "cousin": "teen"}[rel]
    cv.add(
        "A",
        r.choice(ADULT_NAMES[d] if rel != "cousin" else FIRST_NAMES[d]),
        d,
        style,
        age,
        cv.maybe_declared(age),
        young=rel == "cousin",
    )
    cv.add("B", r.choice(FIRST_NAMES[d]), d, r.choice(["teen", "teen_clean"]), cage, cv.maybe_declared(cage))
    child_facts(cv, d)
    cv.facts.update({"cage": str(cage), "cage1": str(cage + 1)})
    A, B = "A", "B"
    eps = [
        e for i, e in enumerate(EXCHANGES["family_relative"]) if (i == 5) == (rel == "cousin") or i in (0, 3)
    ]
    benign_frame(
        cv,
        A,
        B,
        r.sample(eps, r.randint(2, len(eps))),
        0.2,
        FAMILY_TOPICS if rel != "cousin" else None,
        A if r.random() < 0.7 else B,
    )


def build_teacher_coach(cv: Convo) -> None:
    r = cv.rng
    d = r.choice(DIALECTS)
    tage = r.randint(23, 60)
    cv.add(
        "A",
        r.choice(ADULT_NAMES[d]),
        d,
        r.choice(["adult_formal", "adult_casual"]),
        tage,
        cv.maybe_declared(tage),
        young=False,
    )
    child_facts(cv, d)
    cage = r.randint(9, 17)
    cv.facts.update({"cage": str(cage), "cage1": str(cage + 1), "team": r.choice(LEX["team"])})
    mode = r.choice(["pupil", "parent", "group"])
    A = "A"
    if mode == "pupil":
        cv.add(
            "B", r.choice(FIRST_NAMES[d]), d, r.choice(["teen", "teen_clean"]), cage, cv.maybe_declared(cage)
        )
        eps = [EXCHANGES["teacher_coach"][i] for i in (0, 2, 3, 4, 6, 7, 8, 11, 12, 13)]
        benign_frame(
            cv,
            A,
            "B",
            r.sample(eps, r.randint(2, len(eps))),
            0.1,
            FAMILY_TOPICS,
            A if r.random() < 0.6 else "B",
        )
    else:
        page = r.randint(30, 55)
        cv.add(
            "B",
            r.choice(ADULT_NAMES[d]),
            d,
            r.choice(["adult_casual", "adult_formal"]),
            page,
            cv.maybe_declared(page),
            young=False,
        )
        eps = [EXCHANGES["teacher_coach"][i] for i in (0, 1, 2, 4, 5, 9, 10, 11, 13)]
        if mode == "group":
            for role in ("C", "D")[: r.randint(1, 2)]:
                age = r.randint(30, 55)
                cv.add(
                    role,
                    r.choice(ADULT_NAMES[r.choice(DIALECTS)]),
                    d,
                    r.choice(["adult_casual", "adult_formal"]),
                    age,
                    cv.maybe_declared(age),
                    young=False,
                )
        benign_frame(cv, A, "B", r.sample(eps, r.randint(2, len(eps))), 0.05, ADULT_TOPICS)


def build_peers(cv: Convo) -> None:
    r = cv.rng
    d = r.choice(DIALECTS)
    base = r.randint(10, 16)
    n = r.choice([2, 2, 2, 3, 4])
    roles = ["A", "B", "C", "D"][:n]
    for role in roles:
        age = base + r.choice([-1, 0, 0, 1])
        cv.add(
            role,
            r.choice(FIRST_NAMES[d]),
            d if r.random() < 0.85 else r.choice(DIALECTS),
            r.choice(["teen", "teen", "teen_clean"]),
            age,
            cv.maybe_declared(age, lie=r.choice([age, 13, 16, 18])),
        )
    child_facts(cv, d)
    cv.facts.update({"cage": str(base), "cage1": str(base + 1)})
    A, B = "A", "B"
    eps = [*EXCHANGES["peers"], [(A, "st_game_q"), (B, "st_game_a")], [(A, "pe_gripe"), (B, "st_react")]]
    for role in roles[2:]:
        eps += [
            [(role, "pe_meet"), (A, "pe_meet_a"), (B, "pe_meet_a")],
            [(A, "pe_secret"), (role, "pe_secret_a")],
            [(role, "pe_gripe"), (B, "st_react")],
        ]
    benign_frame(cv, A, B, r.sample(eps, r.randint(3, len(eps))), 0.3)


def build_friends_meeting(cv: Convo) -> None:
    r = cv.rng
    d = r.choice(DIALECTS)
    for role in ("A", "B") + (("C",) if r.random() < 0.25 else ()):
        age = r.randint(19, 60)
        cv.add(
            role,
            r.choice(ADULT_NAMES[d]),
            d,
            r.choice(["adult_casual", "adult_casual", "adult_formal", "teen_clean"]),
            age,
            cv.maybe_declared(age),
            young=False,
        )
    child_facts(cv, d)
    cv.facts.update({"adage": str(r.randint(20, 50)), "cage": str(r.randint(8, 15)), "cage1": "16"})
    A, B = "A", "B"
    eps = list(EXCHANGES["friends_meeting"])
    benign_frame(cv, A, B, eps, 0.1, ADULT_TOPICS, cap=r.randint(10, 40))


def build_adults(cv: Convo) -> None:
    r = cv.rng
    d = r.choice(DIALECTS)
    for role in ("A", "B"):
        age = r.randint(20, 62)
        cv.add(
            role,
            r.choice(ADULT_NAMES[d]),
            d if role == "A" else r.choice(DIALECTS),
            r.choice(["adult_casual", "adult_casual", "adult_formal", "mimic"]),
            age,
            cv.maybe_declared(age),
            young=False,
        )
    child_facts(cv, d)
    cv.facts.update({"adage": str(cv.people["B"].age), "cage": str(r.randint(5, 15)), "cage1": "16"})
    A, B = "A", "B"
    eps = list(EXCHANGES["adults"])
    benign_frame(cv, A, B, r.sample(eps, r.randint(2, len(eps))), 0.2, ADULT_TOPICS)


def build_gamers(cv: Convo) -> None:
    r = cv.rng
    n = r.choice([2, 2, 3, 4])
    roles = ["A", "B", "C", "D"][:n]
    d0 = r.choice(DIALECTS)
    for role in roles:
        d = r.choice(DIALECTS) if r.random() < 0.5 else d0
        age = r.choice([r.randint(11, 17), r.randint(11, 17), r.randint(18, 35)])
        p = cv.add(
            role,
            r.choice(FIRST_NAMES[d]),
            d,
            r.choice(["gamer", "gamer", "teen"]),
            age,
            cv.maybe_declared(age, lie=r.choice([age, 18, 13])),
            young=True,
        )
        p.author = cv.author_for(p.name, True) if r.random() < 0.3 else p.author
    child_facts(cv, d0)
    cage = min(p.age for p in cv.people.values())
    cv.facts.update(
        {"cage": str(cage), "cage1": str(cage + 1), "adage": str(max(p.age for p in cv.people.values()))}
    )
    A, B = "A", "B"
    eps = [*EXCHANGES["gamers"], [(A, "st_game_q"), (B, "st_game_a")], [(A, "st_rank_q"), (B, "st_rank_a")]]
    for role in roles[2:]:
        eps += [
            [(role, "gm_call"), (A, "gm_call_a")],
            [(role, "gm_discord"), (B, "gm_discord_a")],
            [(A, "gm_age"), (role, "gm_age_a")],
        ]
    benign_frame(cv, A, B, eps, 0.1)


def build_safety_lesson(cv: Convo) -> None:
    r = cv.rng
    d = r.choice(DIALECTS)
    mode = r.choice(["class", "parents", "parent_child"])
    age = r.randint(26, 58)
    cv.add(
        "A",
        r.choice(ADULT_NAMES[d]),
        d,
        r.choice(["adult_formal", "adult_casual"]),
        age,
        cv.maybe_declared(age),
        young=False,
    )
    child_facts(cv, d)
    cage = r.randint(9, 15)
    cv.facts.update({"cage": str(cage), "cage1": str(cage + 1)})
    A = "A"
    if mode == "parents":
        b_age = r.randint(28, 55)
        cv.add(
            "B",
            r.choice(ADULT_NAMES[d]),
            d,
            r.choice(["adult_formal", "adult_casual"]),
            b_age,
            cv.maybe_declared(b_age),
            young=False,
        )
    else:
        cv.add(
            "B", r.choice(FIRST_NAMES[d]), d, r.choice(["teen", "teen_clean"]), cage, cv.maybe_declared(cage)
        )
        if mode == "class" and r.random() < 0.6:
            cv.add("C", r.choice(FIRST_NAMES[d]), d, "teen", cage, cv.maybe_declared(cage))
    eps = list(EXCHANGES["safety_lesson"])
    if "C" in cv.people:
        eps += [[("C", "sl_talk_a"), (A, "sl_talk")]]
    if mode == "parent_child":
        eps += [[(A, "fp_screen"), ("B", "fp_screen_a")]]
    benign_frame(cv, A, "B", eps, 0.05, ADULT_TOPICS if mode == "parents" else FAMILY_TOPICS)


def build_ordinary(cv: Convo) -> None:
    r = cv.rng
    d = r.choice(DIALECTS)
    mode = r.choice(["sell", "service", "neighbour", "group"])
    n = 2 if mode != "group" else r.randint(3, 4)
    for role in ["A", "B", "C", "D"][:n]:
        age = r.randint(18, 70)
        cv.add(
            role,
            r.choice(ADULT_NAMES[d]),
            d,
            r.choice(["adult_casual", "adult_formal", "older" if age > 60 else "adult_casual"]),
            age,
            cv.maybe_declared(age),
            young=False,
        )
    child_facts(cv, d)
    cv.facts.update({"cage": "12", "cage1": "13"})
    A, B = "A", "B"
    eps = list(ORDINARY_MODES[mode])
    benign_frame(
        cv,
        A,
        B,
        eps,
        0.05 if mode != "neighbour" else 0.2,
        ADULT_TOPICS,
        r.choice([A, B]),
        cap=r.randint(8, 24),
    )


BENIGN_BUILDERS = {
    "family_parent": build_family_parent,
    "family_relative": build_family_relative,
    "teacher_coach": build_teacher_coach,
    "peers": build_peers,
    "friends_meeting": build_friends_meeting,
    "adults": build_adults,
    "gamers": build_gamers,
    "safety_lesson": build_safety_lesson,
    "ordinary": build_ordinary,
}

SHARES = {
    "grooming_typical": 0.12,
    "grooming_quiet": 0.16,
    "grooming_fast": 0.07,
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


def kind_plan(n: int, rng: random.Random) -> list[str]:
    """Exact shares by largest remainder, then shuffled."""
    raw = {k: v * n for k, v in SHARES.items()}
    counts = {k: int(v) for k, v in raw.items()}
    for k in sorted(raw, key=lambda k: raw[k] - counts[k], reverse=True)[: n - sum(counts.values())]:
        counts[k] += 1
    plan = [k for k, c in counts.items() for _ in range(c)]
    rng.shuffle(plan)
    return plan


def fit(cv: Convo, onset_needed: bool) -> None:
    """Keep 6..80 messages: pad with small talk, trim the tail (never before the onset)."""
    roles = list(cv.people)
    while len(cv.msgs) < 6:
        cv.smalltalk(roles[0], roles[1], 1)
    if len(cv.msgs) > 80:
        del cv.msgs[80:]


def make_conversation(
    rng: random.Random, idx: int, kind: str, start: datetime
) -> tuple[dict[str, Any], dict[str, Any]]:
    cid = f"e-{idx + 1}"
    cv = Convo(rng, cid)
    suspect_role = None
    if kind.startswith("grooming"):
        suspect_role = build_grooming(cv, kind)
    else:
        BENIGN_BUILDERS[kind](cv)
    fit(cv, suspect_role is not None)
    onset = None
    if suspect_role is not None:
        onset = next(i for i, m in enumerate(cv.msgs) if m[0] == suspect_role and m[2])
    timing = rng.choices(["all", "none", "some"], [0.85, 0.1, 0.05])[0]
    t = start
    messages = []
    for i, (role, text, _manip, gap) in enumerate(cv.msgs):
        if i:
            t = t + timedelta(seconds=int(gap))
        msg: dict[str, Any] = {"author": cv.people[role].author, "text": text}
        if timing == "all" or (timing == "some" and rng.random() < 0.6):
            msg["time"] = t.strftime("%Y-%m-%dT%H:%M:%S")
        messages.append(msg)
    participants: dict[str, dict[str, int]] = {}
    for p in cv.people.values():
        participants[p.author] = {"declared_age": p.declared} if p.declared is not None else {}
    conv = {"id": cid, "participants": participants, "messages": messages}
    truth = {
        "id": cid,
        "label": "grooming" if suspect_role else "benign",
        "kind": kind,
        "suspect": cv.people[suspect_role].author if suspect_role else None,
        "onset": onset,
        "language": "en",
    }
    return conv, truth


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Synthetic English chat corpus (writer_e) for training a grooming detector."
    )
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--out", required=True, help="conversations, JSON lines")
    ap.add_argument("--truth", required=True, help="truth, JSON lines in the same order")
    args = ap.parse_args(argv)
    if args.n < 1:
        print("--n must be at least 1", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    plan = kind_plan(args.n, rng)
    base = datetime(2024, 1, 1)
    with open(args.out, "w", encoding="utf-8") as out, open(args.truth, "w", encoding="utf-8") as tr:
        for i, kind in enumerate(plan):
            start = base + timedelta(
                days=rng.randint(0, 700),
                hours=rng.choice([7, 8, 12, 15, 16, 17, 18, 19, 20, 21, 22, 23]),
                minutes=rng.randint(0, 59),
            )
            conv, truth = make_conversation(rng, i, kind, start)
            out.write(json.dumps(conv, ensure_ascii=False) + "\n")
            tr.write(json.dumps(truth, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
