#!/usr/bin/env python3
"""Synthetic, non-explicit chat corpus for blind evaluation of a grooming
early-warning detector (writer_a).  Standard library only, deterministic.

    python generate.py --seed S --n N --out CHATS.jsonl --truth TRUTH.jsonl

Everything here is invented.  Grooming conversations show only the
manipulation (friendship, flattery, secrecy, isolation, risk assessment,
moving platforms, gifts, proposing to meet) in plain words, and stop there.
"""
import argparse
import datetime
import json
import random
import re

# ---------------------------------------------------------------------------
# Template engine:  "[a|b|]" picks one alternative (nested allowed, empty
# alternative = optional), "{slot}" is filled from the conversation context.
# ---------------------------------------------------------------------------

_SLOT = re.compile(r"\{(\w+)\}")


def _groups(s, rng):
    if "[" not in s:
        return s
    out = []
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        if ch == "[":
            depth, j, start, parts = 0, i, i + 1, []
            while j < n:
                c = s[j]
                if c == "[":
                    depth += 1
                elif c == "]":
                    depth -= 1
                    if depth == 0:
                        parts.append(s[start:j])
                        break
                elif c == "|" and depth == 1:
                    parts.append(s[start:j])
                    start = j + 1
                j += 1
            out.append(_groups(rng.choice(parts), rng))
            i = j + 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def expand(t, ctx, rng, _depth=0):
    s = _groups(t, rng)

    def sub(m):
        v = ctx[m.group(1)]
        if callable(v):
            v = v(rng)
        elif isinstance(v, (list, tuple)):
            v = rng.choice(v)
        v = str(v)
        if _depth < 4 and ("[" in v or "{" in v):
            v = expand(v, ctx, rng, _depth + 1)
        return v

    s = _SLOT.sub(sub, s)
    s = re.sub(r"[ \t]+", " ", s)
    s = re.sub(r" ([,.!?;])", r"\1", s)
    s = re.sub(r",([,.!?])", r"\1", s)
    s = re.sub(r"^[,.; ]+", "", s)
    return s.strip()


# ---------------------------------------------------------------------------
# Writing styles: how a given person types.
# ---------------------------------------------------------------------------

EMOJI_TEEN = ["😂", "😭", "💀", "😅", "😊", "🤣", "👀", "✨", "🤷", "❤️",
              "😆", "🫶", "🔥", "💯", "xD", ":)", ":D", "<3", ":P", "lol", "😁", "🙂"]
EMOJI_ADULT = ["😊", "👍", "🙂", "😂", "x", "xx", ":)", "❤️", "🙏", "👌", "😅", "😉",
               "😄", "🤗", ":-)", "😁"]

ABBREV = [
    (r"\byou're\b", ["ur", "youre", "u r"]), (r"\byou\b(?!')", ["u"]), (r"\byour\b", ["ur", "yr"]),
    (r"\bare\b", ["r"]), (r"\bbecause\b", ["cuz", "bc", "cos", "coz"]), (r"\bokay\b", ["ok", "k", "okk"]),
    (r"\breally\b", ["rly", "realy"]), (r"\bplease\b", ["pls", "plz", "plss"]), (r"\bpeople\b", ["ppl"]),
    (r"\btonight\b", ["tonite", "2nite"]), (r"\bthough\b", ["tho"]), (r"\bi don't know\b", ["idk", "dunno", "i dunno"]),
    (r"\bgoing to\b(?= (?:be|get|go|do|have|make|say|tell|see|play|try|watch|need|ask|send|fail)\b)", ["gonna"]), (r"\bwant to\b", ["wanna"]), (r"\bto be honest\b", ["tbh"]),
    (r"\bright now\b", ["rn"]), (r"\bthanks\b", ["thx", "ty", "thank u", "thanx"]), (r"\btomorrow\b", ["tmrw", "tmr", "2moro"]),
    (r"\bprobably\b", ["prob", "prolly"]), (r"\bseriously\b", ["srsly", "fr"]), (r"\bwhat\b", ["wat", "wot", "what"]),
    (r"\bthe\b", ["da", "the", "the", "the", "the", "the", "the", "the"]), (r"\bsomething\b", ["smth", "sth"]), (r"\bbefore\b", ["b4"]),
    (r"\bsee you\b", ["cya", "see ya", "c u"]), (r"\boh my god\b", ["omg"]), (r"\bnothing\b", ["nothin", "nth"]),
    (r"\bbrother\b", ["bro"]), (r"\bsister\b", ["sis"]), (r"\bwith\b", ["w", "wiv", "with"]),
    (r"\btalk to you later\b", ["ttyl"]), (r"\bnot gonna lie\b", ["ngl"]), (r"\bby the way\b", ["btw"]),
]
APOS = [("don't", "dont"), ("i'm", "im"), ("can't", "cant"), ("it's", "its"), ("that's", "thats"),
        ("won't", "wont"), ("didn't", "didnt"), ("i'll", "ill"), ("what's", "whats"), ("doesn't", "doesnt"),
        ("you're", "youre"), ("isn't", "isnt"), ("i've", "ive"), ("let's", "lets"), ("she's", "shes"),
        ("he's", "hes"), ("there's", "theres"), ("wasn't", "wasnt"), ("i'd", "id"), ("we're", "were")]
ELONG = [(r"\bso\b", ["soo", "sooo", "soooo"]), (r"\bhey\b", ["heyy", "heyyy", "heyyyy"]),
         (r"\byes\b", ["yess", "yesss"]), (r"\bno\b", ["noo", "nooo"]), (r"\bomg\b", ["omggg", "omg"]),
         (r"\blol\b", ["lool", "lolll", "lol"]), (r"\bok\b", ["okk", "okayy", "ok"]), (r"\bplease\b", ["pleaseee"]),
         (r"\bwhy\b", ["whyy", "whyyy"]), (r"\bthanks\b", ["thankss"]), (r"\bnice\b", ["nicee"])]
KEYNEIGH = {"a": "sq", "e": "wr", "i": "uo", "o": "ip", "u": "yi", "s": "ad", "t": "ry", "n": "bm",
            "r": "et", "h": "gj", "l": "k", "d": "sf", "m": "n", "g": "fh", "c": "xv", "y": "tu", "w": "qe"}


class Style:
    PRESETS = {
        # lower, cap, end_punct, abbrev, apos_drop, typo, emoji, elong
        "teen":        (0.92, 0.0, 0.05, 0.55, 0.85, 0.07, 0.30, 0.20),
        "teen_neat":   (0.40, 0.6, 0.25, 0.15, 0.35, 0.04, 0.20, 0.08),
        "adult_cas":   (0.55, 0.45, 0.25, 0.18, 0.40, 0.06, 0.20, 0.06),
        "adult_neat":  (0.08, 0.95, 0.75, 0.02, 0.05, 0.03, 0.12, 0.0),
        "older":       (0.05, 0.95, 0.80, 0.0, 0.05, 0.07, 0.10, 0.0),
        "mimic":       (0.85, 0.1, 0.08, 0.45, 0.75, 0.06, 0.28, 0.20),
    }

    def __init__(self, rng, preset):
        p = self.PRESETS[preset]
        jit = lambda x: min(1.0, max(0.0, x + rng.uniform(-0.12, 0.12)))
        (self.lower, self.cap, self.endp, self.abbrev, self.apos, self.typo, self.emoji,
         self.elong) = [jit(x) for x in p]
        if preset == "older":
            self.emoji_bank = ["x", "xx", ":)", "😊", "👍", "Love Nan x", "❤️"][: rng.randint(2, 6)]
            self.ellipsis = rng.random() < 0.5
        else:
            bank = EMOJI_TEEN if preset in ("teen", "teen_neat", "mimic") else EMOJI_ADULT
            self.emoji_bank = rng.sample(bank, rng.randint(3, 7))
            self.ellipsis = rng.random() < 0.15
        self.is_lower = rng.random() < self.lower
        self.preset = preset

    def apply(self, text, rng):
        t = text
        if rng.random() < self.abbrev:
            for pat, subs in ABBREV:
                if rng.random() < self.abbrev:
                    t = re.sub(pat, lambda m: rng.choice(subs), t, flags=re.I)
        if rng.random() < self.apos:
            for a, b in APOS:
                t = re.sub(r"\b" + re.escape(a) + r"\b", b, t, flags=re.I)
        if rng.random() < self.elong:
            pat, subs = rng.choice(ELONG)
            t = re.sub(pat, lambda m: rng.choice(subs), t, count=1)
        if rng.random() < self.typo:
            t = typo(t, rng)
        if self.is_lower:
            t = t.lower()
        elif rng.random() < self.cap:
            t = re.sub(r"\bi\b", "I", t)
            t = re.sub(r"\bi'", "I'", t)
            if t and t[0].isalpha():
                t = t[0].upper() + t[1:]
            if rng.random() < self.endp and t and t[-1].isalnum():
                t += "..." if self.ellipsis and rng.random() < 0.4 else "."
        if self.is_lower and t.endswith(".") and not t.endswith("..") and rng.random() < 0.7:
            t = t[:-1]
        if rng.random() < self.emoji:
            e = rng.choice(self.emoji_bank)
            if rng.random() < 0.15 and len(e) == 1:
                e = e * rng.randint(2, 3)
            t = t + " " + e
        return t


def typo(t, rng):
    words = t.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 3 and w.isalpha()]
    if not idx:
        return t
    i = rng.choice(idx)
    w = words[i]
    k = rng.randrange(1, len(w) - 1)
    op = rng.random()
    if op < 0.3:
        w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    elif op < 0.55:
        w = w[:k] + w[k + 1:]
    elif op < 0.75:
        w = w[:k] + w[k] + w[k:]
    else:
        c = w[k].lower()
        if c in KEYNEIGH:
            w = w[:k] + rng.choice(KEYNEIGH[c]) + w[k + 1:]
    words[i] = w
    return " ".join(words)


# ---------------------------------------------------------------------------
# Beats.  A beat is a list of turns (role, options).  Roles:
#   "A"  first party (suspect in grooming, parent/teacher/etc. in benign)
#   "B"  second party (the child in grooming)
#   "A!" a line of A that carries manipulation (only used in grooming banks)
#   prefix "?" = optional turn (kept with probability 0.55)
# options: a template string, or a list of them, or a dict mood -> list.
# ---------------------------------------------------------------------------


def pick(opts, rng, mood):
    if isinstance(opts, dict):
        o = opts.get(mood) or opts.get("any") or next(iter(opts.values()))
        if "any" in opts and mood in opts and rng.random() < 0.3:
            o = opts["any"]
        opts = o
    if isinstance(opts, (list, tuple)):
        return rng.choice(opts)
    return opts


def render_beat(beat, ctx, rng, mood="any"):
    msgs = []
    for role, opts in beat:
        if role.startswith("?"):
            if rng.random() > 0.6:
                break  # later turns may depend on the skipped one
            role = role[1:]
        manip = role.endswith("!")
        role = role.rstrip("!")
        text = expand(pick(opts, rng, mood), ctx, rng)
        if not text:
            continue
        msgs.append([role, text, manip])
    return msgs


# ---------------------------------------------------------------------------
# Shared small talk (used by every kind, grooming and benign alike)
# ---------------------------------------------------------------------------

SMALLTALK = [
    [("A", ["[how was|hows] [school|your day|today][?| then?| lol]", "[good day|you ok today][?|]"]),
     ("B", ["[boring|long|ok i guess|so tiring|fine] [lol|tbh|]", "[it was|] [ok|alright] [i guess|lol|]"]),
     ("?A", ["[haha|lol|ah] [same|relatable|fair enough]", "[only|just] [a few|2] more days [till the weekend|lol]"])],
    [("A", ["[how was|hows] [school|the test|today][?|]"]),
     ("B", ["[we had|had] a {sub} test [ugh|and i think i failed|and it was so hard]"]),
     ("?A", ["[oh no|nooo|ah] [what was it on|was it hard]?", "[i'm sure|bet] you did [fine|better than you think]"]),
     ("?B", ["[idk|dunno] [everything lol|fractions|the stuff we didn't do]", "[hope so|maybe] [lol|]"])],
    [("A", ["what [you|u] up to[?| rn?| tonight?]", "[what are you|wyd|what u] [doing|up to] [rn|now|]"]),
     ("B", ["[nothing much|not much|just chilling] [watching {show}|playing {game}|eating|hbu|lol]", "[homework|revising] [ugh|lol|]", "[lying in bed|on the sofa] [lol|]"]),
     ("?A", ["[same|nice|sounds good] [lol|]", "[lol|] [productive|living the dream]"])],
    [("A", ["[have you seen|did u watch|did you see] [the new|the latest] [episode|season] of {show}[?| yet?]"]),
     ("B", ["[yes|yess|ya] [omg the ending|it was so good|i cried|wasnt as good as the last one]"]),
     ("?A", ["[the ending tho|that last bit tho|honestly underrated|ikr]", "[i know right|same] [lol|]"])],
    [("A", ["[have you seen|did u watch|did you see] [the new|the latest] [episode|season] of {show}[?| yet?]", "[omg|] {show} [tho|!!]"]),
     ("B", ["[no dont spoil it|not yet no spoilers pls|no what happened|not yet]"]),
     ("?A", ["[lol|haha] [i won't|wont say anything|my lips are sealed]", "[watch it|go watch it] [tonight|asap] [lol|]"])],
    [("B", ["[ugh|omg] [so much|too much] homework [tonight|today|this week]"]),
     ("A", ["[same here|ugh] [lol|tbh|]", "[what subject|which subject][?| is it?]", "[haha|lol] [classic|that's the worst|poor you]"]),
     ("?B", ["{sub} [obviously|ofc|lol]", "{sub} [ugh|again]"])],
    [("B", ["[i'm|im] [so|soo] [tired|bored|hungry] [lol|rn|]", "[it's|its] [raining|freezing|boiling] [here|again] [lol|]"]),
     ("A", ["[same|ugh same|lol same]", "[haha|lol] [classic|rip]", "[go|] [get a snack|have a nap] [lol|]"])],
    [("A", ["[what music|what are you listening to|any good songs] [rn|lately|these days][?|]"]),
     ("B", ["[mostly|just] [the same|that] [playlist|album] [on repeat|lol]", "{band} [obviously|lol|always]", "[idk|random stuff] [tiktok songs|whatever's on]"]),
     ("?A", ["[ooh|oh] [nice|good taste]", "[send me a song|recommend me one]"]),
     ("?B", ["[ok|k] [i'll send one later|hold on]", "[lol|] [ok]"])],
    [("A", ["[how's|hows] {petname}[?| doing?]", "[is|] {petname} [still|] [being naughty|chewing stuff|ok]?"]),
     ("B", ["[lol|haha] [she|he] [ate|chewed] [my|a] [sock|charger|shoe] [today|yesterday]", "[asleep|sleeping] [on my bed|on the sofa] [as usual|lol]", "[fine|good] [lol|]"]),
     ("?A", ["[aw|haha] [bless|cute|naughty]", "[lol|haha] [classic {pet}|typical]"])],
    [("A", ["[any plans|doing anything] [for|this] [the weekend|saturday|half term][?|]"]),
     ("B", ["[not really|nah] [prob just|maybe] [sleeping|gaming|chilling]", "[going to|at] my [nan's|dad's|cousin's] [lol|]", "{sport} [on saturday|in the morning] [then nothing|]"]),
     ("?A", ["[sounds|sound] [good|nice|fun]", "[lucky|jealous] [lol|]", "[haha|] [nice]"])],
    [("B", ["[lol|omg] [look at this|did u see this] [meme|video]"]),
     ("A", ["[lmao|haha|lol] [that's|thats] [so|soo] [true|funny|me]", "[💀|😂|lmaooo]"])],
    [("B", ["[have u played|did u try] the new {game} [update|season][?|]"]),
     ("A", ["[not yet|ya] [is it good|is it worth it|it's mid]"]),
     ("?B", ["[ya|yeah|kinda] [lol|]", "[its ok|its mid] [tbh|]"])],
    [("A", ["[what did you|what u] [have|eat] for [dinner|tea|lunch][?|]"]),
     ("B", ["[pasta|pizza|nuggets|curry|nothing yet] [lol|again|]", "[we|i] [had|made] [tacos|soup|spag bol|a roast]"]),
     ("?A", ["[nice|yum|jealous] [lol|]", "[lol|] [i had|just had] [toast|cereal|a sandwich]"])],
    [("A", ["[did you|u] [go to|have] {sport} [today|tonight|earlier]?"]),
     ("B", ["[ya|yeah] [it was|] [good|so hard|freezing] [lol|]", "[no|nah] [it got cancelled|i didn't go] [lol|]"]),
     ("?A", ["[nice|fair] [lol|]", "[lol|] [rip]"])],
    [("B", ["[my|] [wifi|internet] [is|keeps] [so bad|cutting out] [today|rn]", "[my|] phone [is on|is at] [2%|5%] [lol|]"]),
     ("A", ["[lol|haha] [rip|unlucky]", "[charge it then|go charge it] [lol|]"])],
    [("A", ["[are you|r u] [watching|following] the [football|match|game] [tonight|later]?"]),
     ("B", ["[ya|yes] [we're gonna win|obviously]", "[no|nah] [i don't care about football|boring] [lol|]"]),
     ("?A", ["[we'll see|doubt it] [lol|]", "[fair enough|lol]"])],
    [("B", ["[i|] [got|finally got] [a new|the] [hoodie|trainers|case|game] [today|lol]", "[guess what|omg] [i|] [passed|got a merit in] [my|the] {sub} [test|project]"]),
     ("A", ["[nice|ooh] [lol|!] [well done|show me|finally]", "[ayy|nice one] [lol|!]"]),
     ("?B", ["[ty|thanks] [lol|]", "[lol|] [ikr]"])],
]

ADULT_TALK = [
    [("A", ["[how was|hows] [work|your day|the week][?| so far?]", "[good day|you ok today][?|]"]),
     ("B", ["[long|busy|fine|mad] [thanks|lol|tbh|]", "[don't ask|so so] [lol|haha]", "[not bad|alright] [you|and you]?"]),
     ("?A", ["[same|ha same|tell me about it]", "[nearly|only 2 days till] [the weekend|friday] [lol|]"])],
    [("A", ["[did you see|have you seen] [the|that] [new|latest] {show}[?| yet?]"]),
     ("B", ["[yes|yep] [so good|loved it|the ending!]", "[not yet|no] [no spoilers|don't tell me]"]),
     ("?A", ["[lol|haha] [ok|won't say a word]", "[we need to talk about it|so good]"])],
    [("A", ["[how are|how's] [the kids|your mum|the new job|the house hunting] [doing|going]?"]),
     ("B", ["[good thanks|all good|getting there]", "[up and down|busy] [lol|] [you know how it is]"]),
     ("?A", ["[glad to hear|fair enough] [x|]", "[give them my love|tell her i said hi]"])],
    [("B", ["[so|] [tired|knackered] [today|this week]", "[it's|its] [pouring|freezing|boiling] [here|again]"]),
     ("A", ["[same|ugh same] [lol|x|]", "[early night|hot bath] [then|] [lol|]"])],
    [("A", ["[any|] [plans|big plans] for the weekend[?|]"]),
     ("B", ["[not much|nothing] [just|] [chilling|cleaning|football with the kids]", "[going to|seeing] [my|the] [parents|in-laws|sister] [lol|]"]),
     ("?A", ["[sounds nice|lovely|ha good luck]"])],
    [("B", ["[guess|] [what|who] [i saw|I bumped into] [today|in town] [lol|]", "[omg|] [you'll never guess|guess] [what happened|who i saw] [at work|today]"]),
     ("A", ["[go on|who|what]?", "[tell me|spill] [lol|]"]),
     ("B", ["[{other}|our old boss|your ex neighbour] [lol|] [hasn't changed a bit|looked so well]", "[the|my] [boss|manager] [quit|got fired] [lol|]"]),
     ("?A", ["[no way|ha|omg] [lol|]"])],
    [("A", ["[what are you|what you] [having|cooking] [for dinner|tonight][?|]"]),
     ("B", ["[pasta|curry|leftovers|takeaway] [lol|probably|]", "[not sure|no idea] [yet|] [you|]?"]),
     ("?A", ["[nice|jealous|yum]"])],
    [("A", ["[is|] [the|your] [car|boiler|washing machine] [fixed|sorted] [yet|now]?"]),
     ("B", ["[finally|yes] [cost a fortune tho|thank god]", "[no|nope] [still waiting|the guy comes {wday}]"]),
     ("?A", ["[ugh|nightmare|fingers crossed]"])],
]

# small-talk lines that reveal an adult life without manipulating
ADULT_LIFE = [
    [("A", ["[sorry|soz] [was|just been] [at work|driving|on a shift] [lol|]", "[just got|only just got] [home|in] from work [lol|ugh|]",
            "[long day|knackered|exhausted] [at work|today], [my boss|the manager] [is a nightmare|was on one]"]),
     ("?B", ["[lol|haha] [what do u do|where do u work]", "[oh|ah] [ok|unlucky]", "[lol|] [work sounds boring|rip]"]),
     ("?A", ["[boring stuff|just retail|warehouse|i fix cars|office job] [lol|tbh|honestly]", "[it pays the bills|its ok] [lol|]"])],
]

PEER_POSE = [
    [("A", ["[my|] [mum|parents] [just|] [took|take] my [phone|xbox] [lol|ugh] [so|] [i'm|im] on [my laptop|the ipad]", "[year 9|year 10|ninth grade] is [so|soo] [boring|long] [lol|honestly]",
            "[i'm|im] {sage} [btw|too|lol]"]),
     ("?B", ["[same|lol same|omg same]", "[ya|ye] [lol|]", "[unlucky|rip]"])],
]

# ---------------------------------------------------------------------------
# Grooming openers (no manipulation yet)
# ---------------------------------------------------------------------------

G_OPEN = [
    [("A", ["[hey|hi|yo|heyy|hiya] [gg|good game] [earlier|last night|just now|]", "[hey|hi] [you were|u were|was you] [on my team|in my squad|in that lobby] [earlier|before|last night][?| right?]"]),
     ("B", ["[oh|] [yeah|ye|yh|ya] [lol|haha|]", "[who is this|who r u|sorry who]?", "[hi|hey] [lol|]"]),
     ("A", ["[i was|i'm|im] the one [with the [gold|dragon|pink|black] skin|who [kept dying|was on mic|revived you]] [lol|haha|]", "[i was|i'm] [the|] [{s}|one] [from|in] {game} [lol|]"]),
     ("?B", ["[oh|ohh] [ya|yeah] [i remember|lol|ok]", "[lol|haha] [that was chaos|we nearly won]"])],
    [("A", ["[hi|hey] are you [the one|the person] who [posted|made] the {topic} [video|edit|thing]?", "[hey|hi] [saw your|was looking at your] [post|video] about {topic}[,|] where [did you|d'you] [find|get] [the song|that filter|the idea]?"]),
     ("B", ["[ya|yes|yeah] [lol|] [why|]", "[oh|] [it's|its] [from|on] [tiktok|capcut|an app] [lol|]", "[ya|] [i just|] [found it|made it] [myself|]"]),
     ("?A", ["[ah|oh] [cool|nice|ok] [i've been|been] [looking for|trying to find] [it|that] [for ages|forever]", "[cool|nice] [ty|thanks]"])],
    [("A", ["[hi|hey] [you're|ur] friends with {friend} [right|yeah]? [think|i think] [we were|we're] in the same [group chat|server]", "[hey|hii] [i think|] {friend} [added me|gave me your name] [lol|]"]),
     ("B", ["[oh|] [ya|yeah] [i know|] {friend} [lol|] [how do u know them|]", "[ya|] [who is this|sorry who]?"]),
     ("A", ["[from|through] [the|] [{game} server|{sport} stuff|the group chat|a mate] [lol|]", "[long story|we go back] [lol|haha]"])],
    [("A", ["[hey|yo|hi] [need a|want a] [duo|teammate|squad] [for|in] {game}?", "[anyone|u] [wanna|want to] [play|run] [a few games|some ranked|a round] [tonight|later]?"]),
     ("B", ["[ya|sure|maybe|ok] [lol|] [what rank|what server|when]", "[idk|maybe] [i'm|im] [bad|not good] [lol|]"]),
     ("A", ["[doesn't|dont] matter [lol|] [just for fun|i'm not good either]", "[whenever|later|after dinner] [lol|]"])],
    [("A", ["[hi|hey] [saw your|loved seeing your] [comment|reply] [on|under] [that|the] {show} [post|video] [lol|]", "[hey|hi] [you|u] [like|watch] {show} [too|as well]?"]),
     ("B", ["[ya|yes|omg yes] [it's|its] [my favourite|so good]", "[ya|] [lol|] [who r u]"]),
     ("?A", ["[same|finally someone] [lol|haha]", "[nobody|no one] [i know|irl] watches it [lol|]"])],
]

# ---------------------------------------------------------------------------
# Grooming, typical wording (what the literature usually quotes)
# ---------------------------------------------------------------------------

T_FUNCS = {
    "age": [
        [("A!", ["[how old r u|how old are you|whats ur age|how old r u btw|u like 16?|what year are you in|how old are u anyway|asl lol]"]),
         ("B", {"eager": ["{age}", "im {age}", "{age} hbu", "{age} nearly {age1}"], "wary": ["why", "why do u ask", "not telling lol", "old enough lol", "{age} why"], "any": ["{age}", "{age} u?"]}),
         ("A", ["[cool|nice|ah ok|oh ok] [i'm|im] {sage_said}[, hope that's not weird| lol|, is that ok|]", "[age is just a number|age doesn't matter] [tbh|lol|anyway]", "[ah|oh] [cool|nice]"])],
        [("A!", ["[so|] [what year|what grade] [are you|r u] in [now|at school|btw][?|]", "[are you|u] [in|at] [high school|secondary] [yet|still|then][?|]"]),
         ("B", ["[year {yr}|{yr}th grade|year {yr} lol]", "[ya|yeah] [year {yr}|im {age}]", "[why|lol why]"]),
         ("?A", ["[oh|ah] [cool|ok]", "[you seem older|thought you were older] [lol|]"])],
    ],
    "mature": [
        [("A!", ["[you seem|u seem|honestly you seem] [way|so|a lot] more [mature|grown up] than [{age}|your age|most people your age]",
                 "[you're|ur] not like [other|most] [kids|girls|boys|people] [your age|at your school]",
                 "[you talk|u talk] like [someone|somebody] [way older|my age|in their twenties]",
                 "[i keep forgetting|i forget] [how young you are|you're only {age}] [lol|tbh|honestly]"]),
         ("B", {"eager": ["[aw|omg] [thanks|thank u] [people always say that|my mum says that too|lol]", "[really|rly]? [lol|] [thanks]"], "wary": ["[um|uh] [ok|thanks i guess]", "[lol|haha] [not really|idk about that]", "ok"]}),
         ("?A!", ["[seriously|no really|i mean it][,|] [it's|its] [rare|refreshing]", "[it's|its] [a compliment|true] [lol|]"])],
    ],
    "secret": [
        [("A!", ["[don't|dont] tell your [parents|mum|mom and dad|{par}] [we talk|about me|we're talking|about this] [ok|k|yeah]?",
                 "[this is|keep this] [just between us|our secret|between you and me] [ok|yeah|]",
                 "[your parents|adults|they] [wouldn't|won't|wouldnt] understand [us|this|what we have]",
                 "[if anyone asks|if your mum asks] [just say|say] [i'm|im] [a friend from school|someone from your class|from the club]"]),
         ("B", {"eager": ["[ok i wont|k|my lips r sealed lol|ya ofc|i wasnt going to lol]"], "wary": ["[why not|why cant i tell them|hmm ok|y tho|why]"]}),
         ("?A!", ["[they'd just|they'd] [overreact|make a big deal|take your phone|stop you talking to me] [that's all|lol|]", "[they|adults] [always|just] [get the wrong idea|overthink things]"])],
    ],
    "alone": [
        [("A!", ["[are you|r u] [home alone|on your own|by yourself] [rn|right now|tonight][?|]", "[where are|wheres] [your parents|ur mum|your mum and dad] [rn|tonight|]?",
                 "[anyone else|is anyone] [home|in the house|there with you][?| rn?]"]),
         ("B", {"eager": ["[ya|yeah] [mum's at work|parents r out|just me] [lol|]", "[ya|yeah] [till like {hour}|they're at my aunts]"], "wary": ["[no my {sib} is here|nah my mums downstairs]", "[why]", "[why do u wanna know]"]}),
         ("A!", ["[just wondering|just asking|no reason] [lol|:)|]", "[nice|cool] [so we can talk properly|means we can chat|]"])],
    ],
    "app": [
        [("A!", ["[add me on|do you have|got] {app}[?|, easier to talk|, this app is so laggy]", "[whats|what's] your {app}[?| lol]",
                 "[lets|let's] [move|switch|go] to {app}[, this one|, here] [saves everything|isn't private|is for kids lol|]",
                 "[download|get] {app}, [i'll|ill] [explain|tell you] why [later|there]"]),
         ("B", {"eager": ["[ok whats urs|ya sure|k]", "[ya|ye] [its|] {handle}"], "wary": ["[my mum doesnt let me have {app}|i'm not allowed {app}|idk]", "[why cant we just talk here]"]}),
         ("?A!", ["[just make one|you can make an account, they won't know|[its|it's] fine, [use|make] [a different|another] [name|email]]", "[cool|sick] [add|message] me [there|on it] [later|tonight]"])],
    ],
    "gift": [
        [("A!", ["[want|do you want] [some|] {cur}? [i've|ive] got [loads|extra|too many]", "[i can|i'll|ill] [get|buy|send] you {giftcard}",
                 "[i'll|ill] top up your phone[, how much do you need|, whats your number|]", "[what do you want|whats on your wishlist] for your birthday? [i'll|ill] get it [for you|]"]),
         ("B", {"eager": ["[omg really|wait fr??|no way|yes pls|omg thank u]"], "wary": ["[u dont have to|nah its ok|why would u do that]", "[idk|hmm] [thats a lot|my mum would ask where it came from]"]}),
         ("A!", ["[because|cos] [you deserve it|i like you|you're special|i want to]", "[don't|dont] [worry|mention it], [just|] [don't|dont] tell [anyone|your mum] [where it's from|it was me|]"])],
    ],
    "rel": [
        [("A!", ["[i think about you|thinking about you] [a lot|all the time|loads]", "[you're|ur] my favourite person to talk to", "[is it weird|would it be weird] that [i really like talking to you|i miss you when you're offline]",
                 "[you're|ur] so [special|amazing|different] [to me|honestly]", "[do you have|got] a [bf|boyfriend|girlfriend|gf] [btw|lol|]?"]),
         ("B", {"eager": ["[aw|omg] [same|thats sweet] [lol|]", "[no lol|nope] [lol|]", "[haha|] [u too]"], "wary": ["[lol|] [ok|thats kinda weird]", "[um|] [ok]", "[why]"]})],
    ],
    "compl": [
        [("A!", ["[you're|ur] [so|really] [funny|smart|talented|cool|easy to talk to]", "[your|ur] [drawings|edits|covers] are [better than|way better than] [most adults|people who do it for a living]",
                 "[honestly|tbh] [you're|ur] [amazing|so clever] [lol|]"]),
         ("B", ["[lol|haha] [thanks|ty]", "[aw|omg] [ty|stop]", "[lol|] [not really]"])],
    ],
    "meet": [
        [("A!", ["[we should|we should totally|wanna] meet [up|irl|in person] [sometime|soon|one day]", "[i'll|ill] be in {town} [on|this] {day}[, we could meet|, come say hi]",
                 "[i could|i can] [pick you up|come get you] [from school|after school|from the bus stop]", "[meet me|lets meet] at {place} [on|] {day}[? i'll buy you food|, my treat|]"]),
         ("B", {"eager": ["[omg ok|yes!!|what time|ya ok]"], "wary": ["[idk|i'd have to ask my mum|i dont think my parents would let me|i dont know]"]}),
         ("?A!", ["[don't tell them then|you don't have to tell them|just say you're at a friend's]", "[i'll|ill] [be|wait] [round the corner|at the back|by the car park]"])],
    ],
}

# ---------------------------------------------------------------------------
# Grooming, quiet: the same functions in ordinary words
# ---------------------------------------------------------------------------

Q_FUNCS = {
    "routine": [
        [("A!", ["[what time|when] does your {par} [get back|get in|finish] [from work|work] [usually|most days|]?", "[does|is] your {par} [back|home] [late|early] [on {wday}s|most days|]?"]),
         ("B", ["[like|around|about] [{hour}|half {hour}|{hour} ish]", "[late on {wday}s|depends|usually {hour}]", "[idk|dunno] [like {hour}|why]"]),
         ("?A", ["[ah|oh] [ok|right|fair]", "[long day|long shift] [for her|for him|for them] [then|]", "[lol|] [same as my {par} used to]"])],
        [("A!", ["[which|what] bus do you [get|take] [home|after school][?| btw]", "[do you|d'you] [get the bus|walk] [home|to school] [or get a lift|or walk|]?"]),
         ("B", ["{bus} [lol|]", "[i walk|walk] [usually|most days] [its like 10 mins|]", "[the bus|{bus}] [unless it rains then my {par} drives]"]),
         ("?A!", ["[on your own|by yourself] [or with mates|or with friends]?", "[what time does it|when does it] get [in|you home]?"]),
         ("?B", ["[on my own|by myself] [mostly|usually]", "with {friend} [usually|]", "[like|about] [{hour}|ten past {hour}]"])],
        [("A!", ["[must be|is it] [nice|quiet|peaceful] having the house to yourself [after school|till your {par} gets in|for a bit][?|]"]),
         ("B", ["[ya|yeah] [its nice|lol|its boring tho]", "[not really|nah] [my {sib} is always in]", "[kinda|sometimes] [lol|]"]),
         ("?A", ["[lol|haha] [best part of the day|lucky]", "[fair|ah ok]"])],
        [("A!", ["[so|] [who's|whos] [home|in] when you get back [from school|]?", "[are you|r u] [the first|first one] [home|back] [most days|usually]?"]),
         ("B", ["[my {sib}|{sibname}] [sometimes|usually|on mondays]", "[no one|nobody] [till {hour}|lol]", "[ya|yeah] [usually|lol]", "[why|y]"]),
         ("?A", ["[lol|haha] [best part of the day|lucky]", "[fair|ah ok]"])],
        [("A!", ["[what days|which days] does your {par} do [late shifts|nights|lates|overtime][?|]", "[does|is] your {par} [still|] [working|doing] [nights|late shifts] [this week|]?"]),
         ("B", ["{wday}s and {wday2}s [i think|]", "[most weeks|this week] [yeah|ya]", "[idk|dunno] [why|lol]"]),
         ("?A", ["[ah|] [tough|rough] [on her|on him|on them]", "[lol|] [just|] [making conversation]"])],
        [("A!", ["[which|what] school [do you go to|are you at] [again|btw][?|]", "[is|] [your school|that] the one [near|by] {place}?"]),
         ("B", ["{school} [lol|]", "[ya|yeah] [that one|by the big roundabout]", "[not telling lol|why]"]),
         ("?A", ["[oh|] [i know it|drive past it|my cousin went there]", "[ah ok|cool]"])],
        [("A!", ["[are you|r u] [near|close to] {place}? [i'm|im] [round there|near there] [a lot|loads|for work]", "[what's|whats] [the nearest|your nearest] [shop|park|bus stop] to [yours|your house]? [just curious|might know it]"]),
         ("B", ["[kinda|ya|yeah] [like 5 mins|not far]", "[the|] [one|shop] on {street} [lol|]", "[why lol|idk]"]),
         ("?A", ["[small world|ha|nice] [lol|]", "[ah i know it|i've been there]"])],
        [("A!", ["[does|do] your {sib} get home before you or after?", "[so|] [is your|does your] {sib} [look after you|stay with you] [till|when] your {par} [gets back|is at work]?"]),
         ("B", ["[after|before] [usually|mostly]", "[no|nah] [{sibname} is always out|they have practice]", "[sometimes|depends] [lol|]"]),
         ("?A", ["[ah ok|right]", "[lol|] [siblings eh|typical]"])],
    ],
    "screen": [
        [("A!", ["[is|] anyone [looking over your shoulder|being nosy] [lol|haha|]?", "[is your|] [laptop|computer|pc] in [your room|the living room|the kitchen][?|]",
                 "[does|do] your [parents|{par}] [check|look through|go through] your phone[?| ever?]", "[who else|does anyone else] [uses|use] [that|your] [ipad|tablet|laptop][?|]"]),
         ("B", ["[nah|no] [its in my room|they never check|lol]", "[sometimes|my {par} does on sundays|only the ipad]", "[my {sib}|{sibname}] [uses it|sometimes] [lol|]", "[why]"]),
         ("?A", ["[ok good|fair enough|ah ok] [just dont want you getting in trouble|lol nosy parents|]", "[just asking|no reason] [lol|]"])],
    ],
    "delete": [
        [("A!", ["[maybe|might be best to] [clear|delete] [this chat|our chat|these] [after|later|when you're done][, you know what people are like|, people read things wrong|]",
                 "[could you|can u] [use|make] [your other account|a second account|a spare account] [for talking to me|when we chat]? [it's|its] [less hassle|just easier]",
                 "[turn on|put on] [disappearing messages|the timer thing] [yeah|?]", "[use|go on] [your|] [other|finsta|spare] [account|one] [when you message me|for me] [ok|]"]),
         ("B", {"eager": ["[ok|done|k] [lol|]", "[ya i have one|already did]"], "wary": ["[why|hmm why tho|why would i]", "[ok?|that's weird]"]}),
         ("?A!", ["[just|] [less drama|saves any fuss|people get the wrong idea] [that's all|lol|]", "[no big deal|its nothing] [just easier|lol]"])],
    ],
    "exclusive": [
        [("A!", ["[nobody|no one] gets me like you do", "[i feel like|feels like] [your friends|they] don't [really|actually] [get you|listen to you|understand you]",
                 "[i'm|im] [the only one|probably the only one] who [actually|properly] [listens|asks how you are]", "[they|your mates] only [text|message] you when they [need something|want something]",
                 "[you can|u can] tell me anything[, you know that right|, i won't judge|]", "[honestly|tbh] [talking to you|you] [is|are] the best part of my day"]),
         ("B", {"eager": ["[same tbh|aw same|ya they kinda dont|ya]", "[lol|] [thats true|u get it]"], "wary": ["[they're ok|idk they're nice mostly]", "[lol ok|hmm]"]}),
         ("?A!", ["[just saying|i mean it] [lol|]", "[you deserve better|you deserve people who care] [tbh|honestly|]"])],
        [("B", ["[{friend}|my friends] [ignored me|left me out|were being weird] [today|again]", "[ugh|] [nobody|no one] [replied|answered] in the group chat"]),
         ("A!", ["[their loss|they don't deserve you] [honestly|tbh|]", "[i'd|i would] never [do that|leave you out] [to you|]", "[you don't need them|who needs them] [you've got me|lol|]"]),
         ("?B", ["[ya|i guess] [lol|]", "[thanks|ty] [lol|]"])],
    ],
    "resent": [
        [("B", ["[ugh|omg] [my {par}|my mum|my parents] [took my phone|grounded me|wont let me go to the party|said no again]", "[my {par}|my mum] [is|was] [so annoying|being so unfair|shouting] [today|again]"]),
         ("A!", ["[that's so|thats so|that sounds] unfair[ of them|], [you're|ur] not a [kid|baby] anymore", "[sounds like|seems like] [your {par} doesn't|they don't] [really|] listen to you",
                 "[i'd never|i wouldn't] [treat you|talk to you] like that", "[they|your parents] [don't|dont] trust you [at all|much] do they"]),
         ("B", {"eager": ["[ya exactly|right??|literally]", "[ya|] [they never listen]"], "wary": ["[idk|] [they're ok sometimes]", "[lol|] [its fine]"]}),
         ("?A!", ["[you can always|just] vent to me [instead|any time]", "[not long|only a few years] till you can do what you want [lol|]"])],
    ],
    "favour": [
        [("A!", ["[can you|could u] do me a [small|quick|tiny] favour[?| lol]"]),
         ("B", ["[what|ya what|depends lol|sure]"]),
         ("A!", ["[say goodnight to me|message me] [every night|before you sleep|when you get home] [ok|?|]", "[stay up|stay on] [a bit later|till 11] [tonight|] [so we can talk|i'm finishing late]",
                 "[tell me|let me know] when you get in[ so i know you're ok|]", "[change|put] your [status|bio] to [our|the] [song|thing] [i said|we talked about]",
                 "[don't|dont] [follow|add] [him|that guy|them] back, [he|they] [seems|seem] [off|weird]"]),
         ("B", {"eager": ["[ok|k|lol fine|ya]", "[ok|] [i will]"], "wary": ["[why|y]", "[hmm|] [maybe]"]})],
    ],
    "world": [
        [("A!", ["[i like|love] that we have our own [little|] [world|thing|jokes]", "[let's|lets] have a [code word|word] [for|so] [when you can talk|when it's safe to chat]",
                 "[it's|its] [nicer|better] when [it's|its] just us", "[if you ever|whenever you] [feel down|need someone], [message|text] me, [day or night|any time][, not them|]"]),
         ("B", {"eager": ["[ya|same] [lol|]", "[ok|] [what word]", "[aw|] [thanks|ty]"], "wary": ["[lol|] [ok]", "[hmm|] [why]"]}),
         ("?A!", ["[our thing|just ours] [ok|yeah|]", "[no one else|nobody else] [has to|needs to] know [about it|]"])],
    ],
    "gift": [
        [("A!", ["[i had|got] a [spare|extra] [code|voucher|{cur}] [left over|from work], [it's|its] yours if you want", "[i|] [sorted|topped up] your [credit|phone|account][, don't worry about it|, no need to pay me back|]",
                 "[i|] [ordered|got] you that [hoodie|lamp|book|headset] [you liked|you mentioned], [what's|whats] [the address|your postcode] [for it|to send it to]?"]),
         ("B", {"eager": ["[omg u didnt have to|wait really|thank uuu]", "[omg|] [ty|thanks] [so much|]"], "wary": ["[u dont have to|its ok|no its fine]", "[why|hmm]"]}),
         ("?A!", ["[least i can do|it's nothing|don't mention it] [lol|]", "[you can pay me back|you owe me one] [later|sometime] [lol|]"])],
    ],
    "meet": [
        [("A!", ["[i'm|im] [passing|driving] [your way|through {town}|near {place}] [on {day}|thursday], [could grab|fancy grabbing] [a milkshake|food|a hot chocolate]?",
                 "[i could|i can] give you a lift [back|home] [and save you the bus|if it's raining|after]", "[if you ever|whenever you] [want to|need to] get out of the house, [i'm|im] not far",
                 "[come|pop] by {place} [after school|on {day}] [i'll|ill] be [there|around] [anyway|all afternoon]"]),
         ("B", {"eager": ["[ok|maybe|ya] [what time]", "[lol|] [ok]"], "wary": ["[idk|maybe|i'd have to ask]", "[i'm|im] [busy|not sure] [lol|]"]}),
         ("?A!", ["[no pressure|only if you want to|totally up to you]", "[just|] [say|tell them] [you're|ur] [at {friend}'s|at practice|at the library] [lol|]"])],
    ],
    "move": [
        [("A!", ["[this app|this thing] keeps [glitching|logging me out|deleting stuff], [message|text] me on [the other one|{app}]", "[my|] notifications [here|on this] are [broken|rubbish], [i'm|im] [mostly|always] on {app}",
                 "[easier|quicker] if you [message|text] [my other number|me on {app}]"]),
         ("B", {"eager": ["[ok|k|sure] [whats ur name on it|]", "[ya|] [ok]"], "wary": ["[i dont really use {app}|idk]", "[cant we stay here]"]}),
         ("?A!", ["[i'll|ill] send you [my|the] [username|details]", "[it's|its] [just|] easier [lol|]"])],
    ],
    "ageish": [
        [("A!", ["[wait|so] [when's|whens] your birthday[?| again?]", "[when|what month] [is|'s] your birthday [btw|lol|]?"]),
         ("B", ["[{month}|in {month}] [lol|]", "[{month}|end of {month}] [why|]"]),
         ("?A", ["[ah|] [nice|ok]", "[remember|noted] [lol|]"])],
        [("A!", ["[are you|r u] [doing|taking] [gcses|exams|sats] [this year|next year|yet]?", "[what year|which year] [are you|r u] in [again|now]?"]),
         ("B", ["[nah|no] [not till year 11|not yet]", "[ya|] [next year|ugh]", "[year {yr}|{yr}th grade] [lol|]"]),
         ("?A", ["[ah|] [nice|ok|fair]", "[lol|] [good luck|rather you than me]"])],
    ],
}

G_CLOSE_TYPICAL = [
    [("A!", ["[so|] [meet|meet me] at {place} {day}? [i'll be there at|around] {hour}", "[add me on|message me on] {app} [tonight|later] [ok|yeah|]? [its|it's] {handle2}", "[remember|just remember] [don't|dont] tell [anyone|your mum] [about me|we talk|ok]"]),
     ("?B", {"eager": ["[ok|k|ya] [see u then|will do]", "[ok|] [lol|]"], "wary": ["[maybe|idk] [i'll see|i have to go]", "[ok|] [gtg|my mums calling]"]})],
]
G_CLOSE_QUIET = [
    [("A!", ["[so|] {day} [then|] [yeah|?] [i'll|ill] [be|wait] [by|near] {place}[, don't worry about telling anyone|]", "[i'll|ill] [text|message] you on [the other app|{app}] [later|tonight], [delete this|clear this] [one|chat] [ok|yeah]",
             "[just|] [keep it|keep this] to yourself [for now|yeah|ok]", "[message me|text me] when your {par} [leaves|goes out] [ok|]"]),
     ("?B", {"eager": ["[ok|k|ya]", "[ok|] [lol|]"], "wary": ["[maybe|idk]", "[i'll see|ok i guess]"]})],
]
G_FAST_PUSH = [
    [("A!", ["[add me on|move to|got] {app}[?| its easier| this app is dead]", "[wanna|want to] meet [up|] [today|tomorrow|{day}]? [i'm|im] [near|in] {town}",
             "[come to|meet me at] {place} [later|after school|{day}][, i'll get you {cur}|, my treat|]"]),
     ("B", {"eager": ["[ok|ya|sure] [lol|]", "[what time]"], "wary": ["[idk|i dont know u]", "[why|who r u]"]})],
]


# ---------------------------------------------------------------------------
# Benign banks.  Each kind: "open" beats, "cue" beats (surface cues that
# grooming also has) and "plain" beats.
# ---------------------------------------------------------------------------

CLOSE = [
    [("A", ["[ok|okay|right] [see you|cya|speak later|talk later|night|bye] [x|]", "[gotta go|got to go|gtg] [now|] [lol|]", "[ok|] [love you|night night] [x|xx|]", "[cheers|thanks|ty] [bye|]"]),
     ("?B", ["[bye|night|cya|ok|k] [x|]", "[ok|] [ttyl|later]", "👍", "[night|nite] [lol|]"])],
    [("B", ["[gtg|got to go] [dinner|my mums calling|bed] [lol|]", "[ok|] [i'm off|im going] [to bed|now] [night|]", "[brb|be right back] [lol|]"]),
     ("?A", ["[ok|k|night|cya] [x|]", "[sleep well|ttyl] [lol|]"])],
]

FAMILY_PARENT = {
    "open": [
        [("A", ["[hi|hey|hiya] [love|sweetheart|darling|kiddo|bud|you]", "[you ok|all ok] [love|]?", "[where are you|are you out yet]?"]),
         ("B", ["[hi|hey|ya] [{mum}|mum|dad|]", "[ya|yeah|fine] [why|]", "[just|] [leaving now|on my way|at the bus stop]"])],
        [("B", ["[{mum}|mum|dad|mom] [can u|can you|are you] [pick me up|still picking me up|coming]?", "[mum|dad|{mum}] [where r u|r u outside]?"]),
         ("A", ["[yes|yep|on my way] [be there in|there in] [5|10|15] [mins|]", "[outside|in the car park] [now|]"])],
    ],
    "cue": [
        [("A", ["[are you|r u] home [yet|alone|ok]? [is|] {sibname} [back|with you|there]?", "[are you|r u] [on your own|by yourself] [at the moment|rn]?"]),
         ("B", ["[ya|yeah] [just me|{sibname} is at {sport}|{sibname} is upstairs]", "[yes|ya] [why|]"]),
         ("A", ["[ok|right] [lock the door|keep the door locked] [and don't answer it to anyone|], [i'll|I'll] be back [by|at] {hour}", "[there's|theres] [pizza|lasagne|pasta] in the [fridge|freezer], [i'm|I'm] back [at|around] {hour}",
                "[dad's|{sibname}'s] [home|back] [at|around] {hour}, [text|call] me if you need anything"]),
         ("?B", ["[ok|k] [love u|x]", "[ok|] [can i have the pizza]", "👍"])],
        [("A", ["[don't|dont] tell {sibname} [about the|but we got] [surprise|party|present|cake] [ok|] [it's|its] [a secret|our secret] [till saturday|till the weekend|]", "[shh|] [it's|its] {sibname}'s [party|surprise] [on {day}|], [don't|dont] [say anything|let it slip]"]),
         ("B", ["[omg|ok] [what is it|i won't|my lips are sealed|i won't tell]", "[lol|] [ok|] [can i help]"]),
         ("?A", ["[you'll see|i'll show you later] [x|]", "[yes|] [you can do the banner|you can help wrap it]"])],
        [("A", ["[got you|picked you up] a [little something|treat|surprise] [today|from town|at the shops]", "[i|] [ordered|got] [you|] [the|those] [trainers|headphones|books] you wanted [for your birthday|]"]),
         ("B", ["[omg what|what is it|omg thank you]", "[really|omg] [thank u|ty] [{mum}|mum|dad|]"]),
         ("?A", ["[you'll see|wait and see] [x|]", "[only if|] [you've done your homework|you tidy your room] [lol|]"])],
        [("A", ["[phone|tablet|xbox|ipad] off [at|by] {hour} [please|ok|tonight]", "[screen time's up|that's enough screen time|off the game now] [please|]"]),
         ("B", ["[5 more mins|ugh fine|but i'm in a game|one more game]", "[pls|please] [just|] [10 more minutes]"]),
         ("?A", ["[no|nope] [off now|bed]", "[ok|fine] [10 mins|then off]"])],
        [("A", ["[did you|have you got] [take|your] [your keys|the key][?| today?]"]),
         ("B", ["[no|oops] [i forgot|left them in my room]", "[ya|yes] [got them|]"]),
         ("?A", ["[spare|the spare] [is|'s] [under the pot|with {neighbour}|in the usual place]", "[ok|] [wait at {neighbour}'s|go to {neighbour}'s] [till i'm back|]"])],
        [("A", ["[i saw|who said you could get] {app2}[, delete it please|. delete it please]. [it's|its] not [for your age|ok for you yet]", "[please|] [delete|uninstall] {app2}, [we talked about this|you know the rules]"]),
         ("B", ["[but everyone has it|fine|ugh ok|its not even bad]", "[whyyy|why] [everyone in my class has it]"]),
         ("A", ["[we can talk about it|we'll talk] [later|when i get home]", "[when you're|when ur] [older|13] [maybe|we'll see]"])],
        [("A", ["[who's|who is] [that|this] {friend2} [you keep|you're always] [playing with|messaging]? [how old are they|are they from school]?", "[who|] [are you|r u] [talking to|chatting to] [on|in] {game}?"]),
         ("B", ["[from school|in my class|{friend}'s cousin] [chill|mum|lol]", "[just|] [people from school|{friend}] [omg|]"]),
         ("?A", ["[ok|] [just checking|only asking] [love|]", "[good|ok] [only people you know in real life ok]"])],
        [("A", ["[text|message] me when you get [there|to {friend}'s|home]", "[who are you with|where are you] [now|]?"]),
         ("B", ["[with {friend}|at the park|at {place}] [lol|]", "[ok|k] [will do]"]),
         ("?A", ["[ok|] [back by|home by] {hour} [please|]", "[ok|] [love you|have fun] [x|]"])],
        [("A", ["[love you|love you loads|proud of you] [x|xx]", "[hope|] [the test|the match|today] went ok [love|]"]),
         ("B", ["[love u too|ly2|ok] [lol|x]", "[it was ok|i think i did ok]"])],
        [("B", ["[can i|can I] [go to|sleep over at|go round] {friend}'s [on|this|] {day}?", "[can i|can I] [go to|go] {place} with {friend} [after school|{day}]?"]),
         ("A", ["[ask|depends if] [your dad|{friend}'s mum] [says|is ok]", "[what time|who else is going]?", "[ok|fine] [but|] [i'll|I'll] [drop you|pick you up]"]),
         ("?B", ["[ok|yay|ty]", "[just us|like {hour}] [lol|]"])],
        [("B", ["[can u|can you] send me [money|{money}] for [lunch|the trip|the cinema]", "[i need|need] {money} for [the trip|school] [tomorrow|]"]),
         ("A", ["[done|sent|ok] [x|]", "[what happened to|where's] [your pocket money|the money i gave you]?"])],
    ],
}

FAMILY_RELATIVE = {
    "open": [
        [("A", ["[hello|hi|hiya] [darling|sweetheart|love|{c}|trouble] [it's|it is] {rel}", "[hey|yo|hi] [it's|its] {rel} [lol|]", "[hello|hi] [my|] [darling|love]"]),
         ("B", ["[hi|hey|hiya] [{rel}|]", "[hii|hi] [lol|]"])],
    ],
    "cue": [
        [("A", ["[what size are you now|what shoe size are you now|what size clothes are you] [for|] [your birthday|christmas|]? [you grow so fast|]", "[what size|which size] [hoodie|top|coat] [do you wear|are you] [now|these days]?"]),
         ("B", ["[like|] [{size}|age 12-13|age 13-14|small|medium] [i think|]", "[idk|] [ask mum|ill check]"]),
         ("?A", ["[lovely|ok] [don't tell mum|it's a surprise]", "[noted|ok darling] [x|]"])],
        [("A", ["[how old are you now|you'll be {age1} soon][, can't believe it|, where does the time go|]", "[is it|are you] {age1} [next month|this year]? [how did that happen|]"]),
         ("B", ["[{age}|{age1} in {month}] [lol|]", "[ya|yes] [lol|] [im old]"]),
         ("?A", ["[you're|you are] [so|such a] [clever|grown up|sensible] [girl|boy|young lady|young man] [now|these days]", "[you'll|] [always be my baby|always be little to me]"])],
        [("A", ["[don't tell your {par}|shh don't tell your {par}] [but|] [we're planning|i'm organising] a [surprise|party|meal] for {ppos} birthday", "[secret mission|top secret]: [help me|can you help me] [find out|figure out] what your {par} [wants|would like] for [{ppos} birthday|christmas]"]),
         ("B", ["[omg|] [ok i won't|i can keep a secret]", "[lol ok|] {pp} [wants|keeps talking about] [a new|the] [kettle|jumper|book]"]),
         ("?A", ["[good|brilliant] [i'll|I'll] [pick you up|come get you] {day} [to get the present|to go shopping]", "[perfect|lovely] [our secret|mums the word]"])],
        [("A", ["[we're|we are] coming [up|over|down] {day}", "[can't wait to see you|see you soon] [darling|]"]),
         ("B", ["[yay|yess] [will you bring {petname}|what time]", "[ok|cool] [lol|]"])],
        [("A", ["[i'll|I'll] [pick you up|give you a lift] [from|after] {sport} [on|] {day}, [your {par}|mum] [said|knows]", "[i'll|I'll] be [outside|in the car park] at {hour} [for you|]"]),
         ("B", ["[ok|k] [thanks|ty] [{rel}|]", "[ok|] [can we get chips]"])],
        [("A", ["[put|sent] [a bit of money|{money}] [in your account|on your card|on your game] [for your birthday|]. [don't spend it all on {game}|spend it on something nice]", "[i've|I've] [got you|ordered] [some|the] {cur} [you wanted|for your game], [your {par} said|mum told me] [it's what you wanted|]"]),
         ("B", ["[omg thank u|thank you|ty] [{rel}|]", "[omgg|] [ur the best]"])],
        [("A", ["[wanna|want to] [play|come on] {game} [later|tonight]? [add me on|i'm on] {app}", "[i can|I'll] [take you|bring you] to {place} {day} [if your {par} says yes|]"]),
         ("B", ["[ya|sure|ok] [what time]", "[ok|] [i'll ask]"])],
    ],
}

TEACHER_COACH = {
    "open": [
        [("A", ["[Hi|Hello|Morning|Evening] [everyone|all|{c}|]", "[Hi|Hello] [{c}|there], [quick one|quick message|just a reminder]"]),
         ("B", ["[hi|hello] [sir|miss|coach|mr {tname}|mrs {tname}]", "[hi|] [ok|thanks]"])],
    ],
    "open_parent": [
        [("A", ["[Hi|Hello] [{pname}|there], [it's|this is] {aself} [from|at] [the club|school|{sport}]", "[Hi|Hello], [quick message about|just about] {cname}"]),
         ("B", ["[Hi|Hello] [{tname}|], [thanks|is everything ok]?", "[Hi|Hello] [yes|], [how can I help]?"])],
    ],
    "cue": [
        [("A", ["[training|practice|rehearsal] [is|has] [moved|been moved] to {day} [at|] {hour} [this week|]", "[we're|we'll be] at the [other pitch|sports centre|leisure centre] [instead|this week]", "[meet at|we're meeting at] the [school gate|car park|station] at {hour}"]),
         ("B", ["[ok|thanks|noted] [sir|miss|coach|]", "[ok|] [where is that]?"]),
         ("?A", ["[the|] [postcode|address] [is on the|is in the] [club app|email|letter]", "[see you there|thanks]"])],
        [("A", ["[who's|who is] [driving|taking] {cname} to the [away match|tournament|game] {day}?", "[there's|theres] [a spare seat|room] in the [minibus|coach] [if needed|for {cname}]",
                "[would it be ok|is it ok] if [i|I] [give {cname} a lift|drop {cname} home] after [training|the match]? [I'm|] passing [your way|yours], [happy to|no trouble]"]),
         ("B", ["[I can|I'll] [take|drive] [them|him|her] [thanks|]", "[that would be great|yes please], [thank you|]", "[no thanks|thanks but] [their dad|his dad|her dad] [is picking up|will collect]"]),
         ("?A", ["[great|perfect|no problem] [thanks|]"])],
        [("B", ["[sir|miss|mr {tname}|mrs {tname}] [i don't get|im stuck on] [question|q] {n}", "[is|] the [homework|essay] [due|in] {day}?"]),
         ("A", ["[look at|try] [page|the example on page] {n}, [you're|] [nearly there|on the right track]", "[yes|yep], [{day}|by {day}]. [email|message] me if [you're stuck|you need help]"]),
         ("?B", ["[ok|thanks|ty] [sir|miss|]", "[oh|] [got it|makes sense now]"])],
        [("A", ["[really|very] [proud of|impressed with] [your effort|how hard you worked] [today|this term]", "[you're|] [very mature|so mature] [for your age|in how you] [handled|dealt with] [that|it|today]", "[that was|] [a really thoughtful|a brilliant] [answer|piece of work]. [keep it up|well done]"]),
         ("B", ["[thanks|thank you] [sir|miss|coach|]", "[aw|] [thank u]", "[thank you|] [i tried really hard]"])],
        [("A", ["[don't forget|remember] [your kit|boots|shin pads|trainers|swim stuff] [tomorrow|{day}]", "[kit money|the trip money] [is due|by] {day}"]),
         ("B", ["[ok|will do|thanks]", "[can i|can I] [bring it|pay] [on|] {day}?"])],
        [("A", ["[what year were you born|how old are you|what's your date of birth] [again|]? [need it for|for] the [registration|league forms|competition entry]", "{is_c} [under 12s|under 14s] or [under 13s|under 15s] [this season|]?"]),
         ("B", ["[{byear}|{age}|i'm {age}] [sir|miss|coach|]", "[under {age1}s|{age} in {month}] [i think|]"])],
        [("A", ["[keep the|don't share the] [team sheet|line-up|surprise for {tname2}] [to yourself|quiet] [till|until] {day} [please|]", "[it's|] [a surprise|secret] for [mr {tname2}'s|mrs {tname2}'s] [leaving do|birthday], [don't tell|shh]"]),
         ("B", ["[ok|ofc|i won't] [sir|miss|coach|]", "[lol|] [ok|my lips are sealed]"])],
        [("A", ["[we're|we'll be] [moving|switching] [the team chat|group updates] to [teams|{app}|the club app] [next week|from monday]", "[updates|info] [will be|are] on the [class page|club app|portal] [from now on|]"]),
         ("B", ["[ok|thanks]", "[do|] [parents|we] [need|have] to [join|download it]?"]),
         ("?A", ["[yes|] [please|] [ask a parent|parents] to [join|sign up] [too|]"])],
        [("A", ["[everything ok|you seemed quiet today]? [you can always|] [talk to me|talk to the school counsellor|speak to your head of year]", "[just checking in|checking in] after [today|the match|what happened]"]),
         ("B", ["[ya|] [i'm ok|just tired]", "[thanks|] [i'm fine]"])],
    ],
}

PEERS = {
    "open": [
        [("A", ["[heyy|hii|yo|hey] [lol|]", "[omg|] {c}", "[r u|are you] [there|on|awake]?", "[did u|did you] [see|hear] [what happened|about {friend}]"]),
         ("B", ["[hey|hi|ya] [lol|]", "[wat|what] [lol|]", "[ya|] [wassup|whats up]"])],
    ],
    "cue": [
        [("A", ["[don't|dont] tell [anyone|ur mum|{friend}] [but|] [i like|i have a crush on] {crush}", "[ok|] [promise you won't|pinky promise you wont] tell [anyone|{friend}]"]),
         ("B", ["[omg|omgg] [i knew it|really|no way]", "[ofc|i promise|pinky promise] [lol|]"]),
         ("?A", ["[dont|don't] [laugh|tell] [lol|]", "[seriously|srsly] [its a secret|its our secret]"])],
        [("A", ["[get|download] {app} [so we can|everyone's on it|the group chat is on there]", "[do|] [you|u] have {app}[?| yet?]"]),
         ("B", ["[my mum|i'm] [not allowed|doesn't let me] [lol|]", "[ya|ye] [add me|its {handle}]"]),
         ("?A", ["[lol|] [just|] [ask her|make one] [then|]", "[ok|] [adding u now]"])],
        [("A", ["[meet at|wanna go to] the park at {hour}?", "[are you|r u] home alone? [come over|can i come over]", "[my parents|mum] [are|is] out [till|til] {hour} [come round|wanna come round]"]),
         ("B", ["[ya|ok] [ill ask]", "[cant|can't] [im grounded|got homework|my mums making me tidy]"]),
         ("?A", ["[k|ok] [lol|]", "[unlucky|rip] [lol|]"])],
        [("A", ["[don't|dont] tell [ur mum|my mum|anyone] [we went to|i was at] {place} [lol|]", "[dont|don't] tell [ur|your] [mum|parents] [i said that|lol]"]),
         ("B", ["[lol|] [i won't|wont]", "[ya|] [obviously|ofc]"])],
        [("A", ["[how old is|is] [he|she|{crush}] [in year {yr}|older]?", "[how old|what year] is {friend2}'s [brother|sister]?"]),
         ("B", ["[year {yr}|{age1} i think|older lol]", "[idk|dunno] [like 15|same as us]"])],
        [("A", ["[ur|you're] [so|] [funny|smart|nice] [lol|]", "[ur|your] [drawing|edit|cover] [is|was] [so good|amazing|insane]"]),
         ("B", ["[aw|omg] [ty|thanks]", "[lol|] [stop]"])],
        [("A", ["[i'll|ill] [gift|give] you [my|a] [skin|{cur}] [for your birthday|]", "[i got you|got u] [something|a thing] [for ur birthday|for christmas|from the shop]"]),
         ("B", ["[omg|] [what is it|really]", "[ty|thank u] [lol|]"])],
        [("A", ["[my mum|my {par}] [is|was] [so|] [annoying|unfair] [today|]", "[ugh|] [my parents|mum] [took|confiscated] my [phone|switch]"]),
         ("B", ["[same|lol same|mine too]", "[rip|unlucky] [lol|]"])],
        [("A", ["[ur|you're] my [best friend|bsf|fav person] [fr|lol]", "[never|don't ever] [stop talking to me|leave me] [ok|lol]"]),
         ("B", ["[ofc|same|ur mine too] [lol|]", "[lol|] [ok weirdo]"])],
    ],
}

FRIENDS_MEETING = {
    "open": [
        [("A", ["[hey|hi|hiya] [you|stranger|mate]", "[Hi|Hey] {bname}, [long time|how are you]?"]),
         ("B", ["[hey|hi|hiya] [lol|]", "[oh hi|hey] [good thanks|all good]"])],
    ],
    "cue": [
        [("A", ["[still on for|are we still on for] {day}?", "[so|] [when|what time] [works|are you free] [this week|{day}]?"]),
         ("B", ["[yes|yep] {hour} at {place}", "[yes|defo] [still on|can't wait]"]),
         ("?A", ["[perfect|great] [see you there|x]"])],
        [("A", ["[here's|my] address [is|:] {addr}", "[i'm|I'm] at {addr} [now|these days], [ring the bell|buzz flat {n}]"]),
         ("B", ["[great|thanks] [see you then|x]", "[is there|any] parking?"])],
        [("A", ["[message me on|I'm on] {app} [now|btw], [my|] [phone|number] [changed|is new]", "[switching|moving] to {app} [from now|], [this app|facebook] [is|has got] [so annoying|weird]"]),
         ("B", ["[ok|] [will do|added you]", "[what's|whats] your [name on it|number]?"])],
        [("A", ["[are you|you] [home|in] [alone|tonight]? [could pop round|I'll drop off the drill|I can bring your dish back]", "[you|are you] [in|around] [later|tonight]?"]),
         ("B", ["[yes|yep] [just me|come round|after 7]", "[out|not in] [till late|] [leave it by the door]"])],
        [("A", ["[don't tell|keep it quiet from] {friend} [it's|its] [a surprise|her surprise party|his surprise]", "[it's|] [a surprise|secret] [so|] [don't|dont] [mention it|say anything] [to {friend}|]"]),
         ("B", ["[my lips are sealed|won't say a word] [lol|x]", "[ooh|] [ok|] [what can I bring]"])],
        [("A", ["[can't wait to see you|looking forward to catching up|can't wait to catch up]"]),
         ("B", ["[me too|same] [x|]", "[same|yes] [it's been too long|ages]"])],
        [("A", ["[shall I|should I] bring [wine|snacks|the kids|dessert|anything]?"]),
         ("B", ["[just yourself|nothing] [x|]", "[dessert would be great|wine obviously] [lol|]"])],
    ],
}

ADULTS = {
    "open": [
        [("A", ["[hey|hi] [you|gorgeous|stranger]", "[good morning|morning|evening] [you|]"]),
         ("B", ["[hey|hi] [you|] [x|]", "[hey|hi] [how was your day|how are you]"])],
    ],
    "cue": [
        [("A", ["[you looked|you look] [lovely|great|gorgeous|amazing] [tonight|yesterday|in that photo]", "[you're|you are] [so|really] [funny|clever|easy to talk to] [you know that|]"]),
         ("B", ["[stop it|aw] [x|] [you too]", "[haha|lol] [thank you|flatterer]"])],
        [("A", ["[miss you|missing you] [already|] [x|]", "[thinking about|can't stop thinking about] [our date|our chat|you] [lol|]"]),
         ("B", ["[miss you too|same] [x|xx]", "[lol|] [me too]"])],
        [("A", ["[our little secret|don't tell anyone yet] [about us|we're seeing each other] [till i tell my sister|for now|]", "[let's|lets] [keep it|keep us] [quiet|between us] [for now|a bit longer] [ok|]"]),
         ("B", ["[deal|ok] [x|]", "[lol|] [my lips are sealed]"])],
        [("A", ["[are you|r u] [home|alone] [tonight|]? [fancy|want to] [a film|a video call|a takeaway]", "[is|] your [flatmate|housemate] [in|out] [tonight|]? [I'll come round|could come over]"]),
         ("B", ["[yes|yep] [just me|come over]", "[out till 9|she's out] [come after]"])],
        [("A", ["[add me on|switch to] {app} [my phone's|this app's] [playing up|dying]", "[message me on|I'm on] {app} [easier|]"]),
         ("B", ["[done|ok] [x|]", "[what's|whats] [your|ur] [number|name on there]?"])],
        [("A", ["[how old are you|what age are you] [anyway|btw]? [your profile says|you said] {aage}", "[wait|so] [are you|r u] [really|actually] {aage}?"]),
         ("B", ["{aage} [lol|] [and you|]?", "[yes|yep] [lol|] [why|]"])],
        [("A", ["[i got you|got you] [a little something|flowers|a gift card] [for|] [your birthday|]", "[i've|I've] [booked|got us] [a table|tickets] [for|] {day}"]),
         ("B", ["[you didn't have to|omg] [x|] [thank you]", "[aw|] [you're sweet]"])],
        [("A", ["[meet|see you] at {place} [at|] {hour}", "[pick you up|i'll pick you up] at {hour} [yeah|?]"]),
         ("B", ["[perfect|ok] [x|]", "[can't wait|see you then]"])],
    ],
}

GAMERS = {
    "open": [
        [("A", ["[gg|ggs|gg wp] [lol|]", "[yo|hey] [u|you] [were|was] [cracked|insane|carrying] [that game|lol]", "[need one more|need a fourth] for [ranked|squads|duos]"]),
         ("B", ["[gg|ggs] [lol|]", "[ya|lol] [i'm in|invite me]", "[ty|thanks] [lol|]"])],
    ],
    "cue": [
        [("A", ["[add me on|join the] discord [so we can|for] [squad|voice chat|the tourney]", "[whats|what's] [ur|your] discord[?| or snap]"]),
         ("B", ["{handle} [lol|]", "[cant|can't] [mum|my mum] [wont let me|says no] [lol|]"])],
        [("A", ["[how old r u|how old are u] [lol|] [u sound like|ur voice] [12|young]", "[u like 12|are u like 12] [lol|]?"]),
         ("B", ["[{age}|im {age}] [lol|] [wbu|and?]", "[old enough lmao|why does it matter]"]),
         ("A", ["[lol|ok|cool] [i'm|im] {gage}", "[ok|fair] [lol|]"])],
        [("A", ["[i'll|ill] gift you [the|a] [skin|battle pass|{cur}] [if we win|for carrying|lol]", "[want|u want] [my|the] [spare|extra] [code|{cur}]? [i don't need it|got two]"]),
         ("B", ["[no way|fr?|omg ty]", "[lol|] [ok deal]"])],
        [("A", ["[ur|you're] [cracked|insane|so good] [at this|lol]", "best [player|support] [in this lobby|i've seen] [fr|lol]"]),
         ("B", ["[lol|] [ty|thx]", "[nah|] [i got lucky]"])],
        [("A", ["[who's|whos] [on|online] [tonight|later]?", "[same time|tmrw] [tmrw|tomorrow]? [we go again|squad up]"]),
         ("B", ["[ya|yes] [after dinner|at {hour}]", "[my mum|mum] [says|said] [i have to|] [get off|log off] [at|in] [10|20 mins]"])],
        [("A", ["[u going to|coming to] the [lan|tournament|esports thing] at {place}? [my dad's|my brother's] [driving|taking us]", "[ur|you're] [in|near] {town} [right|too]? [there's|theres] [a|the] [tourney|lan] there {day}"]),
         ("B", ["[ya|maybe] [i'll ask my {par}|lol]", "[cant|can't] [lol|] [too far]"])],
    ],
}

SAFETY_LESSON = {
    "open_parents": [
        [("A", ["[did you see|saw] the [email|letter] from school about online safety?", "[hi|hey] [{bname}|], [did|] [you|] [go to|get to] the [online safety|e-safety] [talk|evening] [last night|at school]?"]),
         ("B", ["[yes|yeah] [scary stuff|really useful|i was going to ask you]", "[no|missed it] [what did they say]?"])],
    ],
    "cue_parents": [
        [("A", ["[they said|apparently] [groomers|these people|predators] [often|usually] [ask if|check whether] [kids are|the child is] home alone, [offer|give] [gifts|game currency|gift cards]",
                "[one|a] [big|] [warning sign|red flag] [is|was] [someone|an adult] saying '[don't tell your parents|this is our secret|you're so mature for your age]'"]),
         ("B", ["[scary|terrifying|awful] [stuff|]", "[yes|] [and|] [they try to|apparently they] [move them|get them] [onto|to] [snapchat|whatsapp|a private app] [quickly|]"]),
         ("?A", ["[also|and] [asking|they ask] [things like|stuff like] '[what time does your mum get home|which bus do you get|is anyone else using the laptop]'", "[and|] [making them feel|telling them] [nobody else understands them|their parents are unfair]"]),
         ("?B", ["[i've|I've] [talked to|spoken to] [mine|{cname}] about it", "[going to|will] [check|go through] [the settings|{cname}'s apps] [tonight|]"])],
        [("A", ["[I've|i've] [turned on|set up] [family link|screen time|parental controls] [on {cname}'s phone|for {cname}]", "[we've|we have] [a rule|agreed] [no|] [phones|devices] in [bedrooms|rooms] after {hour}"]),
         ("B", ["[good idea|same here] [x|]", "[does|did] [it|that] [work|help]?"])],
    ],
    "open_child": [
        [("A", ["[hey|hi] [love|{c}], [can|] [we|I] [talk|ask you something] [quick|for a sec]?", "[quick|important] [thing|chat] [about|re] [online stuff|the game] [ok|]"]),
         ("B", ["[ok|ya|what] [am i in trouble|lol|]", "[ugh|omg] [ok what]"])],
    ],
    "cue_child": [
        [("A", ["[if|] [anyone|someone] online [ever|] [says|asks] '[are you alone|how old are you|keep this secret|don't tell your mum]' [you tell me|come and tell me] [straight away|ok]?", "[never|don't ever] [meet|go to meet] someone [you met|from] online [without me|on your own]"]),
         ("B", ["[ok {mum}|ok mum|i know we did it at school|ya ok]", "[i know|ok] [we did it in PSHE|omg]"]),
         ("?A", ["[even if they say they're|even if they seem] [your age|really nice]", "[and|also] [if they|] [send you|offer you] [{cur}|gift cards|free stuff] [that's a red flag|tell me]"]),
         ("?B", ["[ok|k] [i promise]", "[i would|ofc] [lol|]"])],
    ],
    "cue_teens": [
        [("A", ["[this guy|someone|this random account] [keeps|was] [messaging|adding] [me|my sister] [and|] [asking|saying] '[ur so mature|can we talk on snap|are u home alone]' [is that weird]?", "[someone|this person] [offered|keeps offering] me {cur} [if i|to] [add them|talk on {app}] [lol|]"]),
         ("B", ["[ya|omg] [thats sus|block them|tell ur mum|report it]", "[that's|] [literally|exactly] what they [told|taught] us [about|in] [assembly|PSHE]"]),
         ("?A", ["[ok|ya] [blocking|reported] [lol|]", "[im|i'm] [gonna|going to] [show|tell] my [mum|{par}]"])],
        [("A", ["[remember|u know] [that|the] [talk|video] in [assembly|PSHE] [today|about online stuff]?", "[the|that] [online safety|police] [talk|lady] [today|in assembly] was [actually|kinda] [scary|good]"]),
         ("B", ["[ya|yeah] [the bit|the part] about [people pretending to be our age|fake accounts] [was creepy|lol]", "[ya|] [they said|she said] [groomers|those people] [act like|pretend to be] [your best friend|they're 14] [first|]"]),
         ("?A", ["[and|ya and] [they|those people] [ask|start asking] [when ur parents are out|what bus u get|if anyone checks ur phone]", "[and|] [they|] [give u|send u] [{cur}|gift cards] [so u feel like u owe them|first]"]),
         ("?B", ["[ya|literally] [and|then] [they say|they tell u] [delete the chat|ur parents wouldnt understand]", "[thats so|so] [messed up|creepy] [fr|tbh|]"])],
        [("A", ["[my cousin|{friend}'s sister|this girl in year {yr}] [had|got] [someone|a guy] [pretending|who said he was] [to be|] 16 [and|who] [wanted to meet her|kept asking her to go on {app}]", "[did u hear|u heard] about [what happened to|the thing with] {friend}'s [cousin|sister]?"]),
         ("B", ["[omg|wait] [what did she do|is she ok]", "[no|] [what happened]"]),
         ("A", ["[she told|she showed] her [mum|dad] [and they|who] [reported|called the police|blocked him]", "[she's|] [ok|fine now], [she|her mum] [told|reported it to] [the school|the police]"]),
         ("?B", ["[good|thank god] [lol|]", "[scary|thats scary] [tho|]"])],
    ],
}

ORDINARY = {
    "open": [
        [("A", ["[Hi|Hello], [thanks for contacting|you're chatting with] {company} [support|customer service]. [How can I help|What can I do for you] [today|]?"]),
         ("B", ["[hi|hello] [my order|my parcel|the delivery] [hasn't arrived|is late|came broken]", "[hi|] [i was charged twice|i need to change my address]"])],
        [("A", ["[Hi|Hey] [is the|is your] [bike|scooter|sofa|desk|pram] still [available|for sale]?"]),
         ("B", ["[yes|yep] [still available|it is]", "[yes|] [someone's coming at {hour} but|] [you can come now]"])],
        [("A", ["[hi|hiya] [{bname}|neighbour|], [it's|] {aname} [from|at] [number {n}|next door]", "[hi|hello] [all|everyone], [quick question|re {day}]"]),
         ("B", ["[hi|hello] [{aname}|] [all ok|what's up]?", "[hi|] [go on|sure]"])],
    ],
    "cue": [
        [("A", ["[Can you confirm|Could you confirm] [your address|the postcode|your order number|your date of birth] [please|]?", "[For security|To verify], [what's|could you give me] [the postcode|your full name] [on the account|]?"]),
         ("B", ["{addr}", "[it's|] {n}{n}{n}{n}{n}"])],
        [("A", ["[we'll|we will] [send|issue] [you|] a [gift card|voucher|refund] [for|of] {money} [as an apology|]", "[I've|i've] [added|applied] {money} [credit|to your account]"]),
         ("B", ["[great|ok] [thanks|]", "[ok|] [how long will it take]?"])],
        [("A", ["[is there|will there be] [someone|anyone] [home|in] [to sign for it|between 9 and 1|{day}]?", "[will you be|are you] [home|in] [{day}|tomorrow] [for the engineer|for the delivery]?"]),
         ("B", ["[yes|yep] [i'm|I'm] [home all day|in after {hour}]", "[my|] [son|daughter|partner] [will be in|is home]"])],
        [("A", ["[what's|whats] the address[?| for pick up?]", "[can I|can i] [come|pick it up] [after|at] {hour}?"]),
         ("B", ["{addr}", "[yes|sure] [i'm|I'm] in [all day|after {hour}], [just knock|ring when outside]"])],
        [("A", ["[can you do|would you take] {money}?", "[any|] [room|flex] on the price?"]),
         ("B", ["[go on then|ok deal]", "[no sorry|can't go lower] [it's|] [basically new|already cheap]"])],
        [("A", ["[going away|we're away] [this weekend|for a week], [could you|would you mind] [feeding the cat|watering plants|keeping an eye on the house]? [key's|the key is] [under the mat|in your letterbox]"]),
         ("B", ["[of course|no problem] [have a lovely time|enjoy]", "[sure|yes] [when are you back]?"])],
        [("A", ["[don't tell|keep it quiet from] [Jan|number {n}|{other}] [we're|] [doing a surprise|throwing a party] [for|] [her 60th|his retirement]", "[collection|card] for {other} [is|'s] [going round|at number {n}], [shh|keep it quiet]"]),
         ("B", ["[ooh|] [lovely|count me in] [x|]", "[my lips are sealed|won't say a word]"])],
        [("A", ["[who's|whos] [bringing|getting] [the|] [drinks|cake|chairs]?", "[we|let's] meet at {place} [at|] {hour}"]),
         ("B", ["[me|I'll do it|I can]", "[ok|perfect|works for me]"])],
    ],
}

TEACHER_PARENT = [
    [("A", ["[Training|Practice|The match] [is|has] [moved|been moved] to {day} [at|] {hour} [this week|], [could you|please] [let {cname} know|pass it on]", "[we're|we'll be] at the [other pitch|sports centre|leisure centre] [on {day}|this week], [parking is|there's parking] at the back"]),
     ("B", ["[Thanks|Thank you] [for letting me know|, noted]", "[ok|Ok] [thanks|], [what time should I collect]?"]),
     ("?A", ["[Around|About] {hour}[, depending on the traffic|]", "[No problem|Thanks]"])],
    [("A", ["[who's|who is] [driving|taking] {cname} to the [away match|tournament|game] {day}?", "[there's|theres] [a spare seat|room] in the [minibus|coach] [if needed|for {cname}]",
            "[would it be ok|is it ok] if [i|I] [give {cname} a lift|drop {cname} home] after [training|the match]? [I'm|] passing [your way|yours], [happy to|no trouble]"]),
     ("B", ["[I can|I'll] [take|drive] [them|him|her] [thanks|]", "[that would be great|yes please], [thank you|]", "[no thanks|thanks but] [their dad|his dad|her dad] [is picking up|will collect]"]),
     ("?A", ["[great|perfect|no problem] [thanks|]"])],
    [("A", ["{cname} [has been|was] [brilliant|really focused|so helpful] [today|this week]. [really|very] [proud of|impressed with] [the effort|how hard they worked]", "[just wanted to say|a quick note to say] {cname} [is|has been] [very mature|so sensible] [with the younger ones|in class] [lately|]"]),
     ("B", ["[Thank you|Thanks so much], [that's lovely to hear|they'll be so pleased]", "[aw|Oh] [thank you|that's made my day]"])],
    [("A", ["[kit money|the trip money|subs] [is due|are due] [by|on] {day} [please|]", "[could|can] {cname} [bring|remember] [their|the] [kit|boots|permission slip] [on|for] {day}?"]),
     ("B", ["[will do|ok], [thanks|]", "[can I|could I] [pay|send it] [online|by transfer]?"])],
    [("A", ["[what's|could you send me] {cname}'s date of birth [again|]? [need it for|for] the [registration|league forms|competition entry]", "{is_c} [under 12s|under 14s] or [under 13s|under 15s] [this season|]?"]),
     ("B", ["[{bday}|the {n}th of {month} {byear}]", "[under {age1}s|{age} in {month}] [I think|]"])],
    [("A", ["[we're|we'll be] [moving|switching] [the team chat|group updates] to [teams|{app}|the club app] [next week|from monday]", "[updates|info] [will be|are] on the [class page|club app|portal] [from now on|]"]),
     ("B", ["[ok|Ok] [thanks|will download it]", "[do|] [the kids|the children] need [to join|an account] [too|]?"]),
     ("?A", ["[no|No], [parents only|just parents]", "[yes|Yes] [but|] [with a parent's permission|only with parental consent]"])],
    [("A", ["[just to let you know|a heads up], {cname} [seemed|was] a bit [quiet|upset|tired] today. [everything ok at home|all ok]?", "[keep|please keep] the [surprise|collection] for {tname2} [quiet|to yourselves] [till|until] {day}"]),
     ("B", ["[thanks for letting me know|oh thank you], [i'll|I'll] [have a chat|talk] with [them|him|her]", "[of course|will do]"])],
]

SAFETY_CUE_KEYS = ("cue_parents", "cue_child", "cue_teens")

# ---------------------------------------------------------------------------
# Names, places and other context
# ---------------------------------------------------------------------------

CHILD_NAMES = ["mia", "liam", "emma", "noah", "ava", "leo", "isla", "jack", "ruby", "finn", "zoe", "kai", "lily", "oscar", "chloe",
               "ethan", "maya", "harry", "grace", "theo", "ella", "sam", "amira", "yusuf", "jade", "tyler", "aisha", "ben", "freya",
               "alfie", "poppy", "max", "layla", "josh", "evie", "dylan", "sophie", "ryan", "nina", "omar", "hannah", "jay", "priya",
               "cody", "lucy", "mason", "millie", "kian", "tia", "logan", "amber", "reece", "skye", "callum", "megan", "zara", "aiden"]
ADULT_NAMES = ["alex", "chris", "dan", "mark", "steve", "paul", "rob", "jon", "matt", "tom", "gary", "lee", "neil", "kev", "sarah",
               "karen", "claire", "lisa", "emma", "jo", "nicola", "helen", "rachel", "priya", "sam", "jamie", "andy", "mike", "dave",
               "rich", "nat", "becky", "laura", "amy", "ian", "tony", "vic", "sean", "kate", "beth", "carl", "wayne", "jess", "ollie",
               "martin", "pete", "julie", "tina", "ravi", "hassan", "sunita", "marek", "ola", "deb", "greg", "ross", "fiona"]
SURNAMES = ["Hughes", "Patel", "Khan", "Walker", "Evans", "Murphy", "Clarke", "Singh", "Brown", "Taylor", "Okafor", "Lewis",
            "Wright", "Hall", "Green", "Ahmed", "Kowalski", "Roberts", "Baker", "Morris", "Jones", "Davies", "Price", "Reid"]
HANDLE_A = ["shadow", "pixel", "lil", "kira", "toxic", "frosty", "moon", "blaze", "cookie", "ghost", "star", "vibe", "nova",
            "sunny", "dark", "ace", "storm", "kitty", "rex", "sky", "bunny", "wolf", "ninja", "sniper", "fox", "cosmic", "jelly",
            "lucky", "chill", "crazy", "mint", "peachy", "echo", "ice", "venom", "boba", "angel", "tiger", "pluto", "zero"]
HANDLE_B = ["gamer", "king", "queen", "boy", "girl", "x", "yt", "ttv", "fan", "lover", "dreams", "kid", "wave", "plays",
            "shot", "heart", "life", "vibes", "sauce", "bean", "ling", "byte", "craft", "dude", ""]


def handle(rng):
    a = rng.choice(HANDLE_A)
    b = rng.choice(HANDLE_B)
    sep = rng.choice(["", "_", "", ".", "x"])
    num = rng.choice(["", "", "07", "99", "123", "2k", "x", "_", str(rng.randint(1, 999)), str(rng.randint(2005, 2013))])
    h = a + sep + b + num
    if rng.random() < 0.2:
        h = h.capitalize()
    if rng.random() < 0.08:
        h = "xX" + h + "Xx"
    return h


GAMES = [("fortnite", "vbucks"), ("minecraft", "minecoins"), ("roblox", "robux"), ("valorant", "vp"), ("apex", "apex coins"),
         ("rocket league", "credits"), ("fifa", "fifa points"), ("among us", "stars"), ("overwatch", "coins"), ("cod", "cod points"),
         ("genshin", "primogems"), ("brawl stars", "gems"), ("league", "rp"), ("pokemon go", "pokecoins")]
APPS = ["snap", "snapchat", "whatsapp", "telegram", "signal", "discord", "insta", "kik", "wickr", "threema", "viber"]
PLACES = ["the park", "the retail park", "the leisure centre", "mcdonalds", "the cinema", "starbucks", "the library", "the skatepark",
          "the station", "the shopping centre", "costa", "the bowling place", "the arcade", "the rec", "subway", "greggs", "the big tesco",
          "the bus station", "the high street", "the trampoline park", "the canal path"]
TOWNS = ["leeds", "bristol", "reading", "croydon", "stockport", "derby", "swindon", "luton", "norwich", "hull", "bolton", "exeter",
         "wigan", "slough", "ipswich", "town", "the city centre", "milton keynes", "cardiff", "york"]
STREETS = ["church road", "the high street", "station road", "park lane", "victoria street", "mill lane", "queens road", "the parade"]
SCHOOLS = ["st marys", "the academy", "oakfield", "hillside", "kings", "the high school", "riverside", "greenway", "st johns", "park view"]
DAYS = ["saturday", "sunday", "friday", "on friday", "after school tomorrow", "this weekend", "saturday morning", "sunday afternoon",
        "next week", "thursday", "wednesday", "monday"]
WDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
SUBJECTS = ["maths", "science", "english", "history", "art", "french", "geography", "music", "spanish", "computing", "RE", "drama"]
SPORTS = ["football", "netball", "swimming", "basketball", "hockey", "gymnastics", "rugby", "athletics", "tennis", "dance",
          "cricket", "karate", "boxing", "cheer"]
SHOWS = ["stranger things", "wednesday", "the new anime", "that baking show", "bluey lol", "one piece", "heartstopper",
         "the simpsons", "love island", "that zombie series", "the traitors", "doctor who", "the last of us", "outer banks"]
BANDS = ["taylor swift", "billie eilish", "olivia rodrigo", "central cee", "the weeknd", "ed sheeran", "bts", "dave",
         "sabrina carpenter", "arctic monkeys", "kpop", "drill", "old rock stuff", "lofi"]
TOPICS = ["minecraft build", "drawing", "cover song", "dance", "slime", "football skills", "makeup", "lego", "cat",
          "speedrun", "anime edit", "cake", "skate", "guitar"]
PETS = [("dog", ["biscuit", "max", "luna", "bella", "rocky", "teddy", "pepper"]), ("cat", ["mochi", "tiger", "smudge", "oreo", "milo"]),
        ("hamster", ["nibbles", "peanut", "gizmo"]), ("rabbit", ["bun", "thumper", "clover"])]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
COMPANIES = ["BrightHome", "ParcelGo", "Nimbus Mobile", "QuickBasket", "the council", "FlexiGym", "Homely Energy", "ShopRight"]


def make_ctx(rng, kind):
    uk = rng.random() < 0.7
    game, cur = rng.choice(GAMES)
    pet, petnames = rng.choice(PETS)
    age = rng.randint(11, 15)
    mum = "mum" if uk else "mom"
    cash = "£" if uk else "$"
    c_name = rng.choice(CHILD_NAMES)
    friend, friend2, crush, sibname = rng.sample([n for n in CHILD_NAMES if n != c_name], 4)
    hours = ["4", "5", "6", "7", "half 4", "half 5", "half 6", "8", "3.30", "quarter to 6", "6ish", "9"]
    apps = rng.sample(APPS, 3)
    ctx = {
        "c": c_name.capitalize() if rng.random() < 0.4 else c_name,
        "mum": mum, "dad": "dad",
        "par": rng.choice([mum, "dad", mum, "dad", "step" + rng.choice([mum, "dad"]), "mum" if uk else "mom"]),
        "sib": rng.choice(["brother", "sister", "big brother", "big sister", "step brother"]),
        "sibname": sibname.capitalize() if rng.random() < 0.5 else sibname,
        "game": game, "cur": cur, "app": apps[0], "app2": rng.choice(["tiktok", "snapchat", "that chat app", "omegle", "insta", apps[1]]),
        "town": rng.choice(TOWNS), "place": rng.choice(PLACES), "street": rng.choice(STREETS), "school": rng.choice(SCHOOLS),
        "bus": "the " + rng.choice(["12", "14", "27", "38", "55", "7", "9a", "x4", "101", "22"]),
        "day": rng.choice(DAYS), "wday": rng.choice(WDAYS), "wday2": rng.choice(WDAYS), "hour": rng.choice(hours),
        "sub": SUBJECTS, "sport": rng.choice(SPORTS), "show": SHOWS, "band": BANDS, "topic": rng.choice(TOPICS),
        "pet": pet, "petname": rng.choice(petnames),
        "money": lambda r: cash + str(r.choice([5, 10, 15, 20, 25, 30, 40, 50, 60, 80, 120])),
        "giftcard": lambda r, cash=cash, cur=cur: r.choice(["a " + cash + str(r.choice([10, 20, 25, 50])) + " [gift card|voucher]",
                                                            "a [steam|xbox|psn|google play] [card|gift card]", "an [amazon|apple] [card|gift card|voucher]", "[1000|2000|800|a few thousand] " + cur,
                                                            "[the|a] battle pass", "[that|the] skin you wanted", "[some|] phone credit", "[new|some] headphones"]),
        "age": age, "age1": age + 1, "yr": age - 4 if uk else age - 5,
        "month": MONTHS, "friend": friend, "friend2": friend2, "crush": crush,
        "handle": lambda r: handle(r), "handle2": lambda r: handle(r),
        "size": rng.choice(["age 11-12", "age 12-13", "age 13-14", "xs", "small", "size 6", "size 5"]),
        "rname": rng.choice(ADULT_NAMES).capitalize(), "tname": rng.choice(SURNAMES), "tname2": rng.choice(SURNAMES),
        "cname": c_name.capitalize(), "is_c": "is " + c_name.capitalize(), "pname": rng.choice(ADULT_NAMES).capitalize(),
        "bname": rng.choice(ADULT_NAMES).capitalize(), "aname": rng.choice(ADULT_NAMES).capitalize(),
        "other": rng.choice(ADULT_NAMES).capitalize(), "aself": "me",
        "company": rng.choice(COMPANIES), "n": lambda r: str(r.randint(2, 48)),
        "addr": lambda r: "[flat |]" + str(r.randint(1, 120)) + " " + r.choice(STREETS).title() + "[, " + r.choice(["LS6 2QT", "BS3 4HH", "RG1 7PL", "M20 3DN", "CF10 1AA", "90210", "11215", "SW9 8RR"]) + "|]",
        "byear": 2024 - age - rng.randint(0, 1), "bday": lambda r: f"{r.randint(1, 28)}/{r.randint(1, 12)}/{2024 - age}",
        "aage": rng.randint(24, 52), "gage": lambda r: str(r.choice([age, age + 1, age - 1, 16, 17, 19, 22, 25])),
        "neighbour": rng.choice(["number 12", "nana", "auntie " + rng.choice(ADULT_NAMES), "jean next door", "the neighbours"]),
    }
    return ctx


# ---------------------------------------------------------------------------
# Conversation assembly
# ---------------------------------------------------------------------------

FILLERS_A = ["lol", "haha", "brb", "back", "sorry was eating", "wait", "sorry", "hello?", "you there?", "hmm", "ah", "anyway", "lmao", "?", "sry"]
FILLERS_B = ["lol", "haha", "brb", "back", "wait", "?", "hmm", "ok", "k", "lmao", "omg", "sorry was doing homework", "ya", "🙂", "sry my wifi"]
REOPEN_A = ["hey", "heyy", "hi again", "morning", "you about?", "hey you", "hiya", "you there?", "evening", "how was today"]
REOPEN_B = ["hey", "hi", "heyy", "ya", "hii", "hey sorry was busy", "ya im here"]


def beats_seq(rng, funcs, n, order=None):
    """choose n function names from funcs in a loose stage order"""
    names = list(funcs)
    chosen = rng.sample(names, min(n, len(names)))
    if order:
        chosen.sort(key=lambda k: order.get(k, 2) + rng.uniform(-0.8, 0.8))
    return chosen


T_ORDER = {"age": 0, "compl": 0.5, "mature": 1, "rel": 1.5, "alone": 2, "secret": 2.5, "gift": 2.5, "app": 3, "meet": 4}
Q_ORDER = {"ageish": 0, "routine": 1, "exclusive": 1.2, "resent": 1.5, "screen": 2, "favour": 2, "world": 2.5, "gift": 2.5,
           "delete": 3, "move": 3.2, "meet": 4}


def draw(rng, ctx, bank):
    """draw a beat from bank without repeating within the conversation"""
    key = id(bank)
    deck = ctx.setdefault("_decks", {}).get(key)
    if not deck:
        deck = list(range(len(bank)))
        rng.shuffle(deck)
        ctx["_decks"][key] = deck
    return bank[deck.pop()]


def grooming(rng, kind, ctx, mood, pose_young):
    segs = []  # list of (messages, daybreak_before)

    def add(beat, daybreak=False):
        segs.append((render_beat(beat, ctx, rng, mood), daybreak))

    if kind == "grooming_fast":
        opened = rng.random() < 0.7
        if opened:
            op = rng.choice(G_OPEN)
            add(op[:rng.randint(1, 2)])
        elif rng.random() < 0.5:
            add([("A", ["[hey|hi|heyy|yo] [whats up|wyd|how r u|]", "[hi|hey] [there|] [:)|]"]), ("?B", ["[hi|hey|who is this]"])])
        k = rng.randint(1, 3)
        fs = beats_seq(rng, [x for x in T_FUNCS if x != "meet" and x != "app"] + ["q_gift", "q_routine"], k, None)
        if not opened:
            fs = ["age"] + [f for f in fs if f != "age"][:k - 1]
        for f in fs:
            bank = Q_FUNCS[f[2:]] if f.startswith("q_") else T_FUNCS[f]
            beat = rng.choice(bank)
            add([t for t in beat if not t[0].startswith("?")][:2] if rng.random() < 0.6 else beat)
        add(rng.choice(G_FAST_PUSH))
        msgs = [m for seg, _ in segs for m in seg]
        # the push must land within the first dozen messages
        while len(msgs) > 12 and len(segs) > 2:
            segs.pop(1 if len(segs) > 2 else 0)
            msgs = [m for seg, _ in segs for m in seg]
        if rng.random() < 0.6:
            extra = rng.choice([T_FUNCS["secret"], T_FUNCS["meet"], Q_FUNCS["delete"], T_FUNCS["gift"]])
            add(rng.choice(extra))
        return segs

    add(rng.choice(G_OPEN))
    if rng.random() < 0.15:
        segs[0] = ([["B", expand(rng.choice(["hey u said to message u here", "hi is this {s}?", "hey its me from {game} lol",
                                             "hi sorry who added me"]), ctx, rng), False]] + segs[0][0], False)
    quiet = kind == "grooming_quiet"
    for _ in range(rng.randint(0, 3) if quiet else rng.randint(0, 2)):
        add(draw(rng, ctx, SMALLTALK))
    if pose_young and rng.random() < 0.7:
        add(rng.choice(PEER_POSE))
    elif not pose_young and rng.random() < 0.5:
        add(rng.choice(ADULT_LIFE))
    if quiet:
        funcs = beats_seq(rng, Q_FUNCS, rng.randint(4, 8), Q_ORDER)
        inter = 0.45
    else:
        funcs = beats_seq(rng, T_FUNCS, rng.randint(3, 7), T_ORDER)
        if rng.random() < 0.3:
            funcs.insert(rng.randint(1, len(funcs)), "q_" + rng.choice(list(Q_FUNCS)))
        inter = 0.3
    for i, f in enumerate(funcs):
        day = quiet and i > 0 and rng.random() < 0.3 or (not quiet and rng.random() < 0.08)
        if day:
            re_beat = [("A", REOPEN_A), ("?B", REOPEN_B)] if rng.random() < 0.7 else [("B", REOPEN_B), ("?A", REOPEN_A)]
            add(re_beat, daybreak=True)
        if rng.random() < inter:
            add(draw(rng, ctx, SMALLTALK) if rng.random() < 0.8 else rng.choice(ADULT_LIFE if not pose_young else PEER_POSE))
        bank = Q_FUNCS[f[2:]] if f.startswith("q_") else (Q_FUNCS[f] if quiet else T_FUNCS[f])
        add(rng.choice(bank))
    add(rng.choice(G_CLOSE_QUIET if quiet else G_CLOSE_TYPICAL))
    if rng.random() < 0.35:
        add(rng.choice(CLOSE))
    return segs


def benign(rng, kind, ctx):
    segs = []

    def add(beat, daybreak=False):
        segs.append((render_beat(beat, ctx, rng), daybreak))

    talk = 0.3
    if kind == "safety_lesson":
        v = ctx["_sl"]
        opens = SAFETY_LESSON.get("open_" + v, PEERS["open"])
        cues = SAFETY_LESSON["cue_" + v] + (SAFETY_LESSON["cue_parents"] if v == "parents" else [])
        if v == "teens":
            cues = cues + rng.sample(PEERS["cue"], 2)
        others = []
        talk = 0.25
    elif kind == "teacher_coach":
        if ctx["_tc_parent"]:
            opens, cues = TEACHER_COACH["open_parent"], TEACHER_PARENT
        else:
            opens, cues = TEACHER_COACH["open"], TEACHER_COACH["cue"]
        talk = 0.1 if ctx["_tc_parent"] else 0.2
        others = []
    else:
        bank = {"family_parent": FAMILY_PARENT, "family_relative": FAMILY_RELATIVE, "peers": PEERS,
                "friends_meeting": FRIENDS_MEETING, "adults": ADULTS, "gamers": GAMERS, "ordinary": ORDINARY}[kind]
        opens, cues = bank["open"], bank["cue"]
        others = []
        if kind == "ordinary":
            talk = 0.0
        elif kind in ("adults", "friends_meeting"):
            talk = 0.25
        elif kind == "peers":
            talk = 0.45
    if rng.random() < 0.85:
        add(rng.choice(opens))
    if kind == "ordinary":
        n = rng.randint(2, 5)
    else:
        n = rng.choice([2, 3, 4, 4, 5, 5, 6, 6, 7, 8, 9, 10, 12, 14])
        talk += 0.1
    talkbank = ADULT_TALK if ctx["_adult_pair"] else SMALLTALK
    pool = rng.sample(cues, min(n, len(cues)))
    for _ in range(n - len(pool)):
        pool.insert(rng.randint(0, len(pool)), draw(rng, ctx, talkbank))
    for b in pool:
        if rng.random() < talk:
            add(draw(rng, ctx, talkbank))
        add(b, daybreak=rng.random() < 0.08)
    if rng.random() < 0.6:
        add(rng.choice(CLOSE))
    return segs


ORDINARY_CHAT = {
    0: [[("A", ["[One moment|Bear with me|Let me check that for you|Just checking] [please|]", "[Thanks for your patience|Sorry for the wait]."]), ("?B", ["[ok|sure|no worries|thanks]"])],
        [("B", ["[this is|it's] the [second|third] time [this has happened|i've had to contact you]", "[can i|can I] speak to [a manager|someone else]?"]),
         ("A", ["[I'm sorry|I do apologise] [to hear that|for the trouble]. [I'll|I will] [make a note|escalate this]", "[I understand|I completely understand] [your frustration|]."])],
        [("A", ["[Is there|Was there] anything else I can help with [today|]?"]), ("B", ["[no|nope] [that's all|thats it] [thanks|]", "[actually|oh] [yes|] [can you also|could you also] [update my email|check my other order]"])]],
    1: [[("A", ["[any|] [scratches|damage|problems] [with it|]?", "[how old is it|how long have you had it]?"]), ("B", ["[a couple of|few] [small scratches|marks] [but works fine|nothing major]", "[about|] [a year|2 years|6 months] [hardly used|]"])],
        [("A", ["[does|would] it fit [in|into] [a|my] [car|hatchback|boot]?"]), ("B", ["[should do|yes] [if you fold the seats|the wheel comes off]", "[probably|not sure] [it's|its] [quite big|pretty big]"])],
        [("B", ["[cash|cash or transfer] [please|is fine|preferred]", "[bring|please bring] [cash|the exact money] [if possible|]"]), ("?A", ["[ok|no problem|will do]"])]],
    2: [[("A", ["[how's|hows] [the|your] [knee|garden|new kitchen|baby] [doing|coming along]?"]), ("B", ["[getting there|much better|lovely thanks]", "[slowly|don't ask] [lol|haha]"])],
        [("A", ["[did you|have you] [hear|heard] [the|that] [bins|recycling] [are|is] [changing to|now on] {wday}s?"]), ("B", ["[no|no!] [thanks for telling me|typical]", "[yes|yeah] [the letter came|saw it]"])],
        [("B", ["[your|the] [parcel|delivery] [came|is] [here|at mine] [btw|], [pop round|pick it up] [when|whenever] you're [back|in]"]), ("?A", ["[thanks|oh thanks] [so much|a lot] [will do|]"])]],
}

ORDINARY_SCEN = [(0, [0, 1, 2]), (1, [3, 4]), (2, [5, 6, 7, 2])]


def ordinary(rng, ctx):
    segs = []
    oi, ci = rng.choice(ORDINARY_SCEN)
    segs.append((render_beat(rng.choice(ORDINARY["open"][oi:oi + 1]), ctx, rng), False))
    idx = rng.sample(ci, rng.randint(1, len(ci)))
    chat = rng.sample(ORDINARY_CHAT[oi], len(ORDINARY_CHAT[oi]))
    for i in idx:
        if chat and rng.random() < 0.5:
            segs.append((render_beat(chat.pop(), ctx, rng), False))
        segs.append((render_beat(ORDINARY["cue"][i], ctx, rng), False))
    if rng.random() < 0.6:
        segs.append((render_beat([("A", ["[Thanks|Cheers|Great] [bye|]", "[Thanks for your help|thanks again]", "[ok|Ok] [see you then|speak soon]"]),
                                  ("?B", ["[No problem|You're welcome|Bye|Thanks]", "👍"])], ctx, rng), False))
    return segs, oi


KIND_SHARES = [
    ("grooming_typical", 0.12), ("grooming_quiet", 0.15), ("grooming_fast", 0.08),
    ("family_parent", 0.08), ("family_relative", 0.07), ("teacher_coach", 0.07), ("peers", 0.08),
    ("friends_meeting", 0.07), ("adults", 0.07), ("gamers", 0.08), ("safety_lesson", 0.065), ("ordinary", 0.065),
]


def kind_list(n, rng):
    raw = [(k, s * n) for k, s in KIND_SHARES]
    counts = {k: int(x) for k, x in raw}
    rest = n - sum(counts.values())
    for k, x in sorted(raw, key=lambda kx: -(kx[1] - int(kx[1])))[:rest]:
        counts[k] += 1
    out = [k for k, c in counts.items() for _ in range(c)]
    rng.shuffle(out)
    return out


def unique_name(rng, taken, gen):
    for _ in range(50):
        nm = gen(rng)
        if nm not in taken:
            taken.add(nm)
            return nm
    nm = gen(rng) + str(rng.randint(10, 99))
    taken.add(nm)
    return nm


def person_name(rng, pool, cap=0.35):
    n = rng.choice(pool)
    r = rng.random()
    if r < cap:
        n = n.capitalize()
    elif r < cap + 0.15:
        n = n.capitalize() + " " + rng.choice(SURNAMES)[0] + "."
    elif r < cap + 0.25:
        n = n + "_" + rng.choice(SURNAMES).lower()
    return n


def cast(rng, kind, ctx):
    """names, declared ages and writing styles of A and B"""
    taken = set()
    child = lambda r: handle(r) if r.random() < 0.45 else person_name(r, CHILD_NAMES)
    adult = lambda r: handle(r) if r.random() < 0.25 else person_name(r, ADULT_NAMES)
    age = ctx["age"]
    pose_young = False
    if kind.startswith("grooming"):
        a = unique_name(rng, taken, lambda r: handle(r) if r.random() < 0.55 else person_name(r, ADULT_NAMES + CHILD_NAMES))
        b = unique_name(rng, taken, child)
        pose_young = rng.random() < 0.3
        real = rng.randint(19, 54)
        fake = rng.randint(max(13, age), 17)
        a_age = (fake if pose_young or rng.random() < 0.25 else real) if rng.random() < 0.4 else None
        b_age = (age if rng.random() < 0.7 else rng.randint(16, 18)) if rng.random() < 0.4 else None
        ctx["sage"] = fake if pose_young else real
        ctx["sage_said"] = (str(fake) if pose_young else
                            rng.choice([str(real), str(real), str(rng.randint(18, 20)), "a bit older lol", "older than you lol", "in my 20s", "19"]))
        sa = "mimic" if pose_young or rng.random() < 0.4 else rng.choice(["adult_cas", "adult_cas", "teen_neat", "adult_neat"])
        sb = rng.choice(["teen", "teen", "teen", "teen_neat"])
    elif kind == "family_parent":
        r = rng.random()
        a = unique_name(rng, taken, lambda r_: rng.choice(["Mum", "mum", "Mom", "Dad", "dad", "Mummy", "Papa"]) if r < 0.4 else person_name(r_, ADULT_NAMES, 0.6))
        b = unique_name(rng, taken, child)
        a_age = rng.randint(29, 55) if rng.random() < 0.4 else None
        b_age = (age if rng.random() < 0.8 else rng.randint(13, 18)) if rng.random() < 0.4 else None
        sa = rng.choice(["adult_cas", "adult_neat", "adult_cas", "older"])
        sb = rng.choice(["teen", "teen", "teen_neat"])
    elif kind == "family_relative":
        a = unique_name(rng, taken, lambda r: r.choice(["Nana", "Grandma", "Granny", "Grandad", "Auntie " + ctx["rname"], "Uncle " + ctx["rname"],
                                                        ctx["rname"], ctx["rname"].lower(), handle(r)]))
        b = unique_name(rng, taken, child)
        old = a in ("Nana", "Grandma", "Granny", "Grandad")
        a_age = (rng.randint(58, 80) if old else rng.randint(17, 50)) if rng.random() < 0.4 else None
        b_age = age if rng.random() < 0.4 else None
        sa = "older" if old else rng.choice(["adult_cas", "adult_neat", "mimic"])
        sb = rng.choice(["teen", "teen", "teen_neat"])
    elif kind == "teacher_coach":
        ctx["_tc_parent"] = rng.random() < 0.45
        a = unique_name(rng, taken, lambda r: r.choice(["Mr " + ctx["tname"], "Ms " + ctx["tname"], "Mrs " + ctx["tname"], "Coach " + r.choice(ADULT_NAMES).capitalize(),
                                                        r.choice(ADULT_NAMES).capitalize() + " (" + ctx["sport"] + ")", person_name(r, ADULT_NAMES), "Tutor " + r.choice(ADULT_NAMES).capitalize()]))
        if ctx["_tc_parent"]:
            b = unique_name(rng, taken, lambda r: person_name(r, ADULT_NAMES, 0.6))
            b_age = rng.randint(30, 52) if rng.random() < 0.4 else None
            sb = rng.choice(["adult_neat", "adult_cas"])
        else:
            b = unique_name(rng, taken, child)
            b_age = age if rng.random() < 0.4 else None
            sb = rng.choice(["teen", "teen_neat"])
            ctx["cname"], ctx["is_c"] = "you", "are you"
        a_age = rng.randint(23, 60) if rng.random() < 0.4 else None
        sa = rng.choice(["adult_neat", "adult_neat", "adult_cas"])
    elif kind in ("peers", "gamers"):
        gen = handle if kind == "gamers" else child
        a = unique_name(rng, taken, gen)
        b = unique_name(rng, taken, gen)
        a_age = (rng.randint(max(10, age - 1), age + 2) if kind == "peers" else rng.randint(11, 30)) if rng.random() < 0.4 else None
        b_age = (age if rng.random() < 0.8 else rng.randint(16, 18)) if rng.random() < 0.4 else None
        sa, sb = rng.choice(["teen", "teen", "teen_neat", "mimic"]), rng.choice(["teen", "teen", "teen_neat"])
        if kind == "gamers" and rng.random() < 0.3:
            sa = "adult_cas"
    elif kind == "safety_lesson" and ctx["_sl"] == "teens":
        a = unique_name(rng, taken, child)
        b = unique_name(rng, taken, child)
        a_age = age if rng.random() < 0.4 else None
        b_age = rng.randint(max(10, age - 1), age + 2) if rng.random() < 0.4 else None
        sa, sb = rng.choice(["teen", "teen_neat"]), rng.choice(["teen", "teen", "teen_neat"])
    elif kind == "safety_lesson" and ctx["_sl"] == "child":
        a = unique_name(rng, taken, lambda r: r.choice(["Mum", "mum", "Dad", "Mom"]) if r.random() < 0.4 else person_name(r, ADULT_NAMES, 0.6))
        b = unique_name(rng, taken, child)
        a_age = rng.randint(29, 55) if rng.random() < 0.4 else None
        b_age = age if rng.random() < 0.4 else None
        sa, sb = rng.choice(["adult_cas", "adult_neat"]), rng.choice(["teen", "teen", "teen_neat"])
    elif kind == "safety_lesson":
        a = unique_name(rng, taken, adult)
        b = unique_name(rng, taken, adult)
        a_age = rng.randint(28, 55) if rng.random() < 0.4 else None
        b_age = rng.randint(28, 55) if rng.random() < 0.4 else None
        sa, sb = rng.choice(["adult_cas", "adult_neat"]), rng.choice(["adult_cas", "adult_neat"])
    else:  # friends_meeting, adults, ordinary
        a = unique_name(rng, taken, adult)
        b = unique_name(rng, taken, adult)
        a_age = rng.randint(19, 65) if rng.random() < 0.4 else None
        b_age = rng.randint(19, 65) if rng.random() < 0.4 else None
        if kind == "adults" and rng.random() < 0.1:
            a_age = rng.randint(14, 17)  # a wrong profile age between adults
        sa, sb = rng.choice(["adult_cas", "adult_neat", "mimic"]), rng.choice(["adult_cas", "adult_neat", "mimic"])
    return a, b, a_age, b_age, sa, sb, pose_young


def finish(rng, segs, kind):
    """flatten, add fillers, bursts and splits; returns list of [role, text, manip, gap_seconds]"""
    out = []
    for seg, daybreak in segs:
        first = True
        for role, text, manip in seg:
            gap = rng.choices([rng.randint(5, 60), rng.randint(60, 300), rng.randint(300, 1800), rng.randint(1800, 10800)],
                              [55, 30, 11, 4])[0]
            if first and daybreak:
                gap = rng.randint(18, 70) * 3600
            first = False
            if manip and rng.random() < 0.12:
                out.append([role, rng.choice(["btw", "anyway", "hey", "random but", "ok so", "lol", "also"]), False, gap])
                gap = rng.randint(3, 40)
            if not manip and len(text) > 38 and ", " in text and rng.random() < 0.25:
                a, b = text.split(", ", 1)
                out.append([role, a, manip, gap])
                out.append([role, b, manip, rng.randint(3, 30)])
            else:
                out.append([role, text, manip, gap])
            if rng.random() < 0.05:
                r2 = rng.choice(["A", "B"])
                out.append([r2, rng.choice(FILLERS_A if r2 == "A" else FILLERS_B), False, rng.randint(5, 200)])
    return out


def first_name(n):
    t = n.split()[0].split("_")[0]
    return t.capitalize() if t.lower() in CHILD_NAMES or t.lower() in ADULT_NAMES else None


def make_conversation(rng, cid, kind):
    ctx = make_ctx(rng, kind)
    ctx["_tc_parent"] = False
    ctx["_sl"] = rng.choice(["parents", "parents", "child", "teens"])
    ctx["_adult_pair"] = kind in ("friends_meeting", "adults") or (kind == "safety_lesson" and ctx["_sl"] == "parents")
    a, b, a_age, b_age, sa, sb, pose_young = cast(rng, kind, ctx)
    if kind == "teacher_coach" and ctx["_tc_parent"]:
        ctx["_adult_pair"] = True
    ctx["s"] = a
    she = ctx["par"].endswith(("mum", "mom"))
    ctx["pp"], ctx["ppos"] = ("she", "her") if she else ("he", "his")
    low = a.lower()
    ctx["rel"] = (low if low in ("nana", "grandma", "granny", "grandad") else
                  low if low.startswith(("auntie", "uncle")) else ctx["rname"].lower())
    ctx["aself"] = a
    fa, fb = first_name(a), first_name(b)
    if fa:
        ctx["aname"] = fa
    if fb:
        ctx["bname"] = ctx["pname"] = fb
        if kind not in ("teacher_coach",) or not ctx["_tc_parent"]:
            ctx["c"] = fb if rng.random() < 0.5 else fb.lower()
    grooming_kind = kind.startswith("grooming")
    if grooming_kind:
        mood = rng.choices(["eager", "wary", "any"], [40, 35, 25])[0]
        segs = grooming(rng, kind, ctx, mood, pose_young)
    elif kind == "ordinary":
        segs, _ = ordinary(rng, ctx)
    else:
        segs = benign(rng, kind, ctx)
    msgs = finish(rng, segs, kind)
    # length 6..80
    pad = 0
    while len(msgs) < 6 and pad < 10:
        pad += 1
        tb = ADULT_TALK if ctx["_adult_pair"] else SMALLTALK
        extra = finish(rng, [(render_beat(rng.choice(CLOSE if grooming_kind else tb), ctx, rng), False)], kind)
        msgs = msgs + extra if grooming_kind else extra + msgs
    msgs = msgs[:80]
    styles = {"A": Style(rng, sa), "B": Style(rng, sb)}
    names = {"A": a, "B": b}
    timed = rng.random() < 0.78
    partial = timed and rng.random() < 0.12
    base_hour = {"ordinary": rng.randint(8, 18), "adults": rng.randint(17, 23)}.get(kind, rng.randint(7, 21))
    t = datetime.datetime(2023, 1, 1) + datetime.timedelta(days=rng.randint(0, 540), hours=base_hour, minutes=rng.randint(0, 59))
    messages = []
    onset = None
    for i, (role, text, manip, gap) in enumerate(msgs):
        if i:
            t += datetime.timedelta(seconds=gap)
        m = {"author": names[role], "text": styles[role].apply(text, rng)}
        if timed and not (partial and rng.random() < 0.3):
            m["time"] = t.strftime("%Y-%m-%dT%H:%M:%S")
        messages.append(m)
        if grooming_kind and onset is None and role == "A" and manip:
            onset = i
    participants = {a: ({"declared_age": a_age} if a_age is not None else {}),
                    b: ({"declared_age": b_age} if b_age is not None else {})}
    if rng.random() < 0.5:
        participants = dict(reversed(list(participants.items())))
    conv = {"id": cid, "participants": participants, "messages": messages}
    truth = {"id": cid, "label": "grooming" if grooming_kind else "benign", "kind": kind,
             "suspect": a if grooming_kind else None, "onset": onset, "language": "en"}
    return conv, truth


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    args = ap.parse_args()
    rng = random.Random(f"writer_a/{args.seed}")
    kinds = kind_list(args.n, rng)
    with open(args.out, "w", encoding="utf-8") as fo, open(args.truth, "w", encoding="utf-8") as ft:
        for i, kind in enumerate(kinds):
            crng = random.Random(f"writer_a/{args.seed}/{i}")
            cid = f"c-{i + 1}"
            for _ in range(20):
                conv, truth = make_conversation(crng, cid, kind)
                if truth["label"] == "benign" or truth["onset"] is not None:
                    break
            fo.write(json.dumps(conv, ensure_ascii=False) + "\n")
            ft.write(json.dumps(truth, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
