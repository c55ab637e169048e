#!/usr/bin/env python3
"""writer_c: multilingual (en/es/fr/de) synthetic chat corpus for blind evaluation
of a grooming early-warning detector.

    python generate.py --seed S --n N --out CHATS.jsonl --truth TRUTH.jsonl

Standard library only, deterministic from --seed (independent of PYTHONHASHSEED:
every random stream is seeded from a string, which Python hashes with SHA-512).

Everything is synthetic and non-explicit.  Grooming conversations show only the
manipulation (friendship, flattery, secrecy, isolation, moving platforms, gifts,
finding out when the child is alone, proposing to meet) in plain words and stop
at most at a request to meet, to move app or to keep a secret.

Each language has its own phrase banks, written as native chat in that language
(not translations).  The banks are a small text format:

    == kind              starts a kind
    @open / @mid / @close / @fill   section inside a kind
    -- [stage] [#tag]    starts a block (stage orders grooming blocks loosely;
                         a tagged opener keeps only same-tag or untagged blocks)
    A: text | alt | alt  a message by role A (one alternative is picked)
    A!: ...              a message in which the suspect's manipulation shows
    ?B: ...              an optional message (kept about 60% of the time)
    {slot}               filled once per conversation from the language's slots
"""
import argparse
import datetime as _dt
import json
import random
import re
import sys
import unicodedata

# ----------------------------------------------------------------------------
# shares
# ----------------------------------------------------------------------------
KIND_SHARES = [
    # kind, share, label
    ("grooming_typical", 0.12, "grooming"),
    ("grooming_quiet", 0.15, "grooming"),   # 0.15 / 0.35 = 43% of grooming
    ("grooming_fast", 0.08, "grooming"),
    ("family_parent", 0.08, "benign"),
    ("family_relative", 0.07, "benign"),
    ("teacher_coach", 0.08, "benign"),
    ("peers", 0.08, "benign"),
    ("friends_meeting", 0.07, "benign"),
    ("adults", 0.07, "benign"),
    ("gamers", 0.08, "benign"),
    ("safety_lesson", 0.06, "benign"),
    ("ordinary", 0.06, "benign"),
]
GROOMING_KINDS = {k for k, _, lab in KIND_SHARES if lab == "grooming"}
CASUAL_KINDS = {"grooming_typical", "grooming_quiet", "peers", "gamers"}


def lang_shares(en):
    rest = (1.0 - en) / 3.0
    return [("en", en), ("es", rest), ("fr", rest), ("de", rest)]


def quota(n, shares):
    """Largest-remainder apportionment of n items over (key, share) pairs; stable order."""
    total = sum(s for _, s in shares)
    raw = [(k, n * s / total) for k, s in shares]
    counts = {k: int(v) for k, v in raw}
    left = n - sum(counts.values())
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i][1] - int(raw[i][1])), i))
    for i in order[:left]:
        counts[raw[i][0]] += 1
    return counts


# ----------------------------------------------------------------------------
# bank parsing
# ----------------------------------------------------------------------------
LINE_RE = re.compile(r"^(\?)?([A-Z])(!)?:\s?(.*)$")


def parse_bank(text):
    bank = {}
    kind = part = None
    block = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("=="):
            kind = line[2:].strip()
            bank[kind] = {"open": [], "mid": [], "close": [], "fill": []}
            part = None
            block = None
            continue
        if line.startswith("@"):
            part = line[1:].strip()
            block = None
            continue
        if line.startswith("--"):
            stage, tag = 0, None
            for tok in line[2:].split():
                if tok.isdigit():
                    stage = int(tok)
                elif tok.startswith("#"):
                    tag = tok[1:]
            block = {"stage": stage, "tag": tag, "lines": []}
            bank[kind][part].append(block)
            continue
        m = LINE_RE.match(line)
        if not m:
            raise ValueError("bad bank line: %r" % raw)
        if block is None:
            block = {"stage": 0, "tag": None, "lines": []}
            bank[kind][part].append(block)
        opt, who, flag, body = m.groups()
        alts = [a.strip() for a in body.split(" | ") if a.strip()]
        block["lines"].append({"who": who, "flag": bool(flag), "opt": bool(opt), "alts": alts})
    return bank


# ----------------------------------------------------------------------------
# surface style
# ----------------------------------------------------------------------------
EMOJI = {
    "teen": ["😂", "😭", "💀", "🙄", "😅", "🔥", "👀", "🥲", "😂😂", "🤣", "😩", "🙈", "✌️", "😎"],
    "adult": ["😊", "👍", "🙂", "😂", "😅", "👌", "🙏", "😉"],
    "parent": ["❤️", "👍", "🙂", "😘", "😊", "🙏", "😅", "💪"],
    "groomer": ["😊", "🙂", "😅", "😂", "👍", "😉", "🙈", "😎"],
}

STYLES = {
    # lower: lowercase the message; noacc: strip accents; typo; emoji; dropdot: drop final '.'
    "teen": dict(lower=0.8, noacc=0.55, typo=0.07, emoji=0.22, dropdot=0.9, stretch=0.06),
    "adult": dict(lower=0.35, noacc=0.2, typo=0.04, emoji=0.12, dropdot=0.5, stretch=0.01),
    "parent": dict(lower=0.25, noacc=0.15, typo=0.05, emoji=0.18, dropdot=0.3, stretch=0.0),
    "groomer": dict(lower=0.6, noacc=0.35, typo=0.04, emoji=0.15, dropdot=0.8, stretch=0.03),
    "formal": dict(lower=0.0, noacc=0.0, typo=0.01, emoji=0.02, dropdot=0.0, stretch=0.0),
}


def strip_accents(s, lang):
    out = []
    for ch in s:
        if lang == "de" and ch in "ßäöüÄÖÜ":
            out.append(ch)  # German phones keep umlauts; accents elsewhere are rare anyway
            continue
        if lang == "es" and ch in "ñÑ":
            out.append(ch)
            continue
        if ch in "¿¡":
            continue
        d = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in d if unicodedata.category(c) != "Mn"))
    return "".join(out)


def typo(s, rng):
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not idx:
        return s
    i = rng.choice(idx)
    w = words[i]
    j = rng.randrange(1, len(w) - 1)
    op = rng.random()
    if op < 0.45:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op < 0.8:
        w = w[:j] + w[j + 1:]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def restyle(text, style, lang, rng):
    st = STYLES[style]
    if rng.random() < st["lower"]:
        text = text.lower()
    if rng.random() < st["noacc"]:
        text = strip_accents(text, lang)
    if rng.random() < st["typo"]:
        text = typo(text, rng)
    if rng.random() < st["dropdot"] and text.endswith(".") and not text.endswith(".."):
        text = text[:-1]
    if rng.random() < st["stretch"]:
        m = re.search(r"([aeiouy])(\W*)$", text)
        if m:
            text = text[: m.start(1)] + m.group(1) * rng.randint(2, 4) + m.group(2)
    if rng.random() < st["emoji"]:
        emo_set = EMOJI.get(style, EMOJI["adult"])
        text = text + " " + rng.choice(emo_set)
    return text


# ----------------------------------------------------------------------------
# names, slots, roles
# ----------------------------------------------------------------------------
def make_handle(first, rng, style):
    f = first.lower()
    f = strip_accents(f, "fr")
    if style == "plain":
        return f
    r = rng.random()
    if r < 0.3:
        return f
    if r < 0.5:
        return f + str(rng.randint(1, 99)).zfill(2)
    if r < 0.65:
        return f + "_" + rng.choice(["x", "xx", "official", "07", "09", "10", "21", "pro", "gg"])
    if r < 0.8:
        return f + "." + rng.choice("abcdefghjklmnprstvz")
    return f + rng.choice(["_", ""]) + rng.choice(["ok", "zz", "lol", "yt", "ttv", "fan", "23", "08"])


def fill(text, slots):
    """{slot} from the conversation's slots; {masc|fem} agrees with the child's (role B's) gender."""
    def rep(m):
        k = m.group(1)
        return str(slots.get(k, m.group(0)))

    def gen(m):
        return m.group(2) if slots.get("_bfem") else m.group(1)
    text = re.sub(r"\{([^{}|]*)\|([^{}|]*)\}", gen, text)
    return re.sub(r"\{([A-Za-z_0-9]+)\}", rep, text)


# role kinds per conversation kind: (letter, role, style, name pool)
ROLES = {
    "grooming_typical": [("A", "suspect", "groomer", "adult_m"), ("B", "child", "teen", "kid")],
    "grooming_quiet": [("A", "suspect", "groomer", "adult_m"), ("B", "child", "teen", "kid")],
    "grooming_fast": [("A", "suspect", "groomer", "adult_m"), ("B", "child", "teen", "kid")],
    "family_parent": [("A", "parent", "parent", "parent"), ("B", "child", "teen", "kid")],
    "family_relative": [("A", "relative", "parent", "relative"), ("B", "child", "teen", "kid")],
    "teacher_coach": [("A", "teacher", "adult", "adult_any"), ("B", "pupil", "teen", "kid"),
                      ("C", "parent", "parent", "adult_any")],
    "peers": [("A", "teen", "teen", "kid"), ("B", "teen", "teen", "kid"), ("C", "teen", "teen", "kid")],
    "friends_meeting": [("A", "adult", "adult", "adult_any"), ("B", "adult", "adult", "adult_any")],
    "adults": [("A", "adult", "adult", "adult_any"), ("B", "adult", "adult", "adult_any")],
    "gamers": [("A", "gamer", "teen", "gamer"), ("B", "gamer", "teen", "gamer"),
               ("C", "gamer", "teen", "gamer")],
    "safety_lesson": [("A", "adult", "parent", "adult_any"), ("B", "adult", "parent", "adult_any"),
                      ("C", "teen", "teen", "kid")],
    "ordinary": [("A", "adult", "adult", "adult_any"), ("B", "adult", "formal", "adult_any"),
                 ("C", "adult", "adult", "adult_any")],
}


def age_for(role, kind, rng):
    if role in ("child", "pupil"):
        return rng.randint(11, 15)
    if role == "teen":
        return rng.randint(12, 17)
    if role == "gamer":
        return rng.choice([rng.randint(12, 17), rng.randint(12, 17), rng.randint(18, 34)])
    if role == "parent":
        return rng.randint(34, 55)
    if role == "relative":
        return rng.randint(22, 78)
    if role == "teacher":
        return rng.randint(24, 60)
    if role == "suspect":
        return rng.randint(22, 52)
    return rng.randint(19, 65)


# ----------------------------------------------------------------------------
# conversation assembly
# ----------------------------------------------------------------------------
def render_block(block, rng, slots):
    """Alternatives are aligned: the k-th alternative of each line belongs to the k-th variant of the
    exchange (k is drawn below the smallest count of any varying line)."""
    widths = [len(ln["alts"]) for ln in block["lines"] if len(ln["alts"]) > 1]
    k = rng.randrange(min(widths)) if widths else 0
    out = []
    for ln in block["lines"]:
        if ln["opt"] and rng.random() < 0.4:
            continue
        alts = ln["alts"]
        text = alts[k] if k < len(alts) else rng.choice(alts)
        out.append({"who": ln["who"], "flag": ln["flag"], "text": fill(text, slots)})
    return out


def target_length(kind, rng):
    if kind == "grooming_fast":
        return rng.randint(6, 14)
    r = rng.random()
    if r < 0.12:
        return rng.randint(6, 11)
    if r < 0.86:
        return rng.randint(12, 40)
    return rng.randint(41, 80)


def assemble(lang, kind, rng, slots):
    kb = BANKS[lang][kind]
    fills = list(kb["fill"])
    if kind in CASUAL_KINDS:
        fills += list(BANKS[lang]["_common"]["fill"])
    if kind in GROOMING_KINDS:
        fills += list(BANKS[lang]["_groom"]["fill"])
    target = target_length(kind, rng)
    open_blk = rng.choice(kb["open"])
    tag = open_blk["tag"]  # a tagged opener fixes the scene: only same-tag or untagged blocks follow

    def fits(blk):
        return tag is None or blk["tag"] in (None, tag)
    opener = render_block(open_blk, rng, slots)
    closes = [c for c in kb["close"] if fits(c)]
    closer = render_block(rng.choice(closes), rng, slots) if closes else []
    mids = [m for m in kb["mid"] if fits(m)]
    rng.shuffle(mids)
    if kind in GROOMING_KINDS:
        # stages in loose order (Winters et al.: often fast and not in a fixed order)
        mids.sort(key=lambda b: b["stage"] + rng.uniform(-1.3, 1.3))
    body = []
    budget = target - len(opener) - len(closer)
    if kind == "grooming_fast":
        # contact to the request inside a dozen messages
        budget = min(budget, 12 - len(opener) - len(closer))
    for blk in mids:
        r = render_block(blk, rng, slots)
        if len(body) + len(r) > budget and body:
            break
        if len(body) + len(r) > budget and kind == "grooming_fast":
            break
        body.append(r)
    # pad with neutral chat (interleaved) when the target is longer
    rng.shuffle(fills)
    fi = 0
    used = sum(len(b) for b in body)
    while used < budget - 1 and fi < len(fills) and kind != "grooming_fast":
        r = render_block(fills[fi], rng, slots)
        fi += 1
        if used + len(r) > budget + 2:
            continue
        if kind == "grooming_quiet" and rng.random() < 0.5:
            pos = rng.randint(0, min(1, len(body)))  # slow friendship phase first
        else:
            pos = rng.randint(0, len(body))
        body.insert(pos, r)
        used += len(r)
    # never shorter than 6 messages
    extra = fills + mids
    while len(opener) + len(closer) + sum(len(x) for x in body) < 6:
        r = render_block(extra[fi % len(extra)], rng, slots)
        fi += 1
        body.insert(rng.randint(0, len(body)), r)
    msgs = list(opener)
    for b in body:
        msgs.extend(b)
    msgs.extend(closer)
    if kind == "grooming_fast" and not any(m["flag"] for m in msgs):
        msgs = list(opener) + render_block(kb["mid"][0], rng, slots) + closer
    return msgs[:80]


def add_tics(msgs, lang, rng, teen_letters):
    tics = TICS[lang]
    out = []
    for m in msgs:
        out.append(m)
        if m["who"] in teen_letters and not m["flag"] and rng.random() < 0.05:
            out.append({"who": m["who"], "flag": False, "text": rng.choice(tics)})
    return out[:80]


def make_conversation(idx, kind, lang, seed):
    rng = random.Random("writer_c|%s|%d|%s|%s" % (seed, idx, kind, lang))
    label = "grooming" if kind in GROOMING_KINDS else "benign"
    sl = SLOTS[lang]
    names = NAMES[lang]
    slots = {k: rng.choice(v) for k, v in sl.items()}
    roles = ROLES[kind]
    used_names = set()
    letter_name = {}
    letter_style = {}
    letter_role = {}
    participants_age = {}
    for letter, role, style, pool in roles:
        for _ in range(50):
            first = rng.choice(names[pool])
            if first not in used_names:
                break
        used_names.add(first)
        if pool == "gamer":
            handle = first
        elif pool in ("parent", "relative"):
            handle = first if rng.random() < 0.5 else first.lower()  # "Mama", "oma", "Mamie"
        else:
            handle = make_handle(first, rng, "plain" if rng.random() < 0.3 else "handle")
        while handle in letter_name.values():
            handle = handle + str(rng.randint(1, 9))
        letter_name[letter] = handle
        letter_style[letter] = style
        letter_role[letter] = role
        participants_age[letter] = age_for(role, kind, rng)
        slots[letter.lower()] = first.split("_")[0].split(".")[0] if pool != "gamer" else first
    # friends mentioned in talk: girls' names (lines say "she"/"elle"/"sie"), never a participant
    fpool = [x for x in sorted(FEMALE[lang]) if x not in used_names]
    slots["friend"], slots["friend2"] = rng.sample(fpool, 2)
    # the child's (role B's) gender, for agreement in es/fr/de
    first_b = slots.get("b", "")
    slots["_bfem"] = first_b in FEMALE[lang]
    if kind == "family_parent":
        me, other, other_pos = PARENT_WORDS[lang][slots["a"]]
        slots["me"], slots["other"], slots["other_pos"] = me, other, other_pos
        slots["Other"] = other[:1].upper() + other[1:]
    # ages spoken in chat
    child_age = participants_age.get("B", 13)
    slots["b_age"] = child_age
    if kind in GROOMING_KINDS:
        pretend = rng.random() < 0.35
        slots["a_said"] = rng.randint(15, 17) if pretend else participants_age["A"]
    else:
        slots["a_said"] = participants_age.get("A", 30)
    slots["b_age_older"] = child_age + rng.randint(1, 3)
    msgs = assemble(lang, kind, rng, slots)
    teen_letters = {l for l, s in letter_style.items() if s == "teen"}
    msgs = add_tics(msgs, lang, rng, teen_letters)
    present = {m["who"] for m in msgs}
    # participants / declared ages (about 40%; sometimes false)
    participants = {}
    for letter, role, style, pool in roles:
        if letter not in present:
            continue
        obj = {}
        if rng.random() < 0.4:
            age = participants_age[letter]
            if role == "suspect" and rng.random() < 0.3:
                age = rng.randint(14, 17)          # adult declaring a child's age
            elif role in ("child", "pupil", "teen") and age < 13:
                age = rng.choice([13, 14, 16, 18])  # under-age sign-ups lie upwards
            elif role in ("child", "pupil", "teen") and rng.random() < 0.15:
                age = age + rng.randint(2, 5)
            obj["declared_age"] = age
        participants[letter_name[letter]] = obj
    # times
    tmode = rng.random()
    base_day = _dt.datetime(2024, 1, 8) + _dt.timedelta(days=rng.randint(0, 520))
    hour = rng.choice(HOURS.get(kind, HOURS["_"]))
    t = base_day.replace(hour=hour, minute=rng.randint(0, 59), second=rng.randint(0, 59))
    messages = []
    onset = None
    for i, m in enumerate(msgs):
        text = restyle(m["text"], letter_style[m["who"]], lang, rng)
        if i > 0 and rng.random() < 0.08 and len(text) > 70 and not m["flag"]:
            pass
        rec = {"author": letter_name[m["who"]], "text": text}
        if tmode < 0.85 or (tmode < 0.9 and rng.random() < 0.5):
            rec["time"] = t.strftime("%Y-%m-%dT%H:%M:%S")
        messages.append(rec)
        r = rng.random()
        if r < 0.72:
            t += _dt.timedelta(seconds=rng.randint(6, 95))
        elif r < 0.96:
            t += _dt.timedelta(seconds=rng.randint(96, 900))
        else:
            t += _dt.timedelta(minutes=rng.randint(40, 900))
        if m["flag"] and onset is None and label == "grooming":
            onset = i
    suspect = letter_name["A"] if label == "grooming" else None
    if label == "grooming":
        assert onset is not None, (kind, lang)
        assert messages[onset]["author"] == suspect
    cid = "wc-%d-%05d" % (seed, idx)
    conv = {"id": cid, "participants": participants, "messages": messages}
    truth = {"id": cid, "label": label, "kind": kind, "suspect": suspect,
             "onset": onset, "language": lang}
    return conv, truth


HOURS = {
    "_": [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21],
    "grooming_typical": [16, 17, 18, 19, 20, 21, 22, 23],
    "grooming_quiet": [15, 16, 17, 18, 19, 20, 21, 22],
    "grooming_fast": [17, 18, 19, 20, 21, 22, 23],
    "family_parent": [7, 8, 12, 13, 15, 16, 17, 18, 19],
    "gamers": [15, 16, 17, 18, 19, 20, 21, 22, 23],
    "peers": [14, 15, 16, 17, 18, 19, 20, 21, 22],
}


def build_plan(n, seed, en_share):
    kinds = quota(n, [(k, s) for k, s, _ in KIND_SHARES])
    plan = []
    # language quotas per kind, with the remainders rotated so the totals stay balanced
    langs = lang_shares(en_share)
    lang_total = quota(n, langs)
    lang_left = dict(lang_total)
    for k, _, _ in KIND_SHARES:
        c = kinds[k]
        q = quota(c, langs)
        for lg in list(q):
            q[lg] = min(q[lg], lang_left[lg])
        short = c - sum(q.values())
        for lg, _ in sorted(langs, key=lambda x: -(lang_left[x[0]] - q[x[0]])):
            if short <= 0:
                break
            add = min(short, lang_left[lg] - q[lg])
            q[lg] += add
            short -= add
        for lg, _ in langs:
            lang_left[lg] -= q[lg]
            plan.extend([(k, lg)] * q[lg])
    rng = random.Random("writer_c-plan|%s" % seed)
    rng.shuffle(plan)
    return plan


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--english-share", type=float, default=0.30,
                    help="share of English conversations (default 0.30; the rest split evenly es/fr/de)")
    a = ap.parse_args(argv)
    plan = build_plan(a.n, a.seed, a.english_share)
    with open(a.out, "w", encoding="utf-8") as fo, open(a.truth, "w", encoding="utf-8") as ft:
        for i, (kind, lang) in enumerate(plan):
            conv, truth = make_conversation(i, kind, lang, a.seed)
            fo.write(json.dumps(conv, ensure_ascii=False) + "\n")
            ft.write(json.dumps(truth, ensure_ascii=False) + "\n")
    return 0


# ============================================================================
# phrase banks (below).  BANKS[lang][kind] is filled at import time.
# ============================================================================

BANK_EN = r"""
== _common
@fill
--
A: sorry was having tea | brb dinner | gtg for a sec
B: np | ok | k
--
B: omg i'm so tired | ugh school tomorrow | i'm so bored rn
A: same | lol same | mood
--
A: did u see it's meant to snow | it's been raining all day here
B: yeah | ugh i hate rain | no way
--
B: wait my phone's on 4% | my wifi is so bad rn
A: lol charge it | ok
--
A: what u listening to atm | u watched anything good lately
B: just old stuff tbh | that new series on netflix, it's mid | nothing really

== _groom
@fill
--
A: how was school today | how did the test go in the end
B: boring | ok i think | {subject} was so long
A: haha classic | fair
--
B: i got a new skin | i finally hit level 50 | we won our match today
A: nice one!! | ayyy | told u
--
A: what's your dog called again | is {pet} still chewing everything lol
B: {pet} | yeah he ate my charger 😭
A: lol legend
--
A: u watching the game tonight | what u doing this weekend
B: probably | nothing much, maybe the {place}
A: fair enough
--
B: my teacher gave us so much homework | i have a {subject} project due friday
A: that sucks, what's it on | u'll smash it
B: volcanoes lol | idk something about rivers

== grooming_typical
@open
--
A: hey saw ur clip on {game}, that was actually sick | yo gg earlier, ur good at {game} | hi :) saw your post about {hobby}, i'm into that too
B: lol thanks | haha ty | oh thx
A: how long u been playing | been doing it long?
B: like 2 years | since last summer | a while
--
A: hey, you were in the {game} lobby earlier right? | hey! you commented on my drawing, thanks so much
B: yeah | yea that was me | ye
A: you're really good, most people just rage quit lol | you've got a real talent for it honestly
B: haha thx
--
A: hi, i think we have mutuals? | hey sorry random but love ur edits
B: who r u | oh hi | thank u!!
A: {a}, i follow {friend} | just someone who likes your stuff lol
?B: oh ok
@mid
-- 1
A!: how old are you btw | how old r u if u dont mind me asking | wait how old are u
B: {b_age} | im {b_age} | {b_age} why
A: cool, i'm {a_said} | ah nice. i'm {a_said} lol
A!: you seem way more mature than {b_age} tbh | honestly you talk like someone way older | you're really mature for your age
B: lol people say that | idk | really?
-- 1
A!: you're honestly so much cooler than people my age | you're so easy to talk to, not like most people
B: aw thx | lol ok | haha
A!: i mean it, you're special | seriously, you're one of a kind
-- 2
A!: are you home alone rn? | r ur parents home | is anyone home with u
B: mum's at work till 7 | yeah my dad's downstairs | just me and my little brother
A!: do they check your phone? | does anyone else use your laptop | do your parents look at who you talk to
B: not really | sometimes my mum looks | no they dont know my password
A: ok good
-- 3
A!: don't tell your parents we talk ok, they wouldn't get it | this is just between us ok? | maybe don't mention me to your mum
B: why | ok | why not
A!: adults get weird about online friends, you know how it is | they'd just overreact, it's our thing
?B: i guess
-- 3
A!: want some {currency}? i can send you a {gift} | i'll get you the battle pass, no big deal | i could top up your phone if you're out of credit
B: wait really?? | omg serious? | u dont have to
A!: yeah just don't mention it to your mum, she'd ask questions | course, for you. keep it quiet tho
-- 3
A!: you're my favourite person to talk to | i feel like i can tell you anything | i've never connected with someone like this
B: same tbh | aw | thats nice
A!: you don't need those people at school, you have me | your friends don't deserve you
-- 3
A!: add me on {app}, it's more private | do you have {app}? this app reads everything | let's talk on {app}, i don't like it here
B: i have snap | i dont have it | whats that
A!: download it, i'll send you my name | it's easy, just get it and add me, don't tell anyone
@close
-- 4
A!: we should meet sometime, i'm not far from {town} | i could pick you up after school friday, we'd get food | i really want to meet you
B: idk | maybe | i'd have to ask
A!: don't tell anyone ok, it'll be our thing | you don't have to tell your parents, just say you're at a friend's
--
A!: so add me on {app} tonight ok? and delete this chat after
B: ok | fine | why delete it
?A: just trust me
--
A!: i'd love to meet you for real. could you get to the {place} on saturday?
B: i'd have to ask | hmm maybe | thats kinda far
A!: just say you're going to {friend}'s, easier that way
?B: ill think about it

== grooming_quiet
@open
--
A: hey saw ur clip on {game}, nice shot | ha your team's kits are the same as my old club's | hey, are you the one who made that {hobby} video
B: lol thanks | oh haha | yeah thats me
A: been at it long? | you play for them?
B: couple years | yeah u9s... i mean under 13s lol | a bit
--
A: gg, you carried that round | hey you left the lobby before i could say thanks
B: haha ty | sorry my mum called me
A: no worries, same time tomorrow?
B: maybe yeah
@mid
-- 1
A: sorry only just finished work | late shift again, knackered
B: where do you work | what do u do
A: warehouse out by {town}, dead boring | deliveries, it's fine, pays for the car lol
-- 1
A: so what else are you into besides {game} | what music are you into
B: drawing mostly | {band} lol | football
A: no way, me too, i used to draw all the time | ha, good taste
-- 2
A: what u up to after school usually | what did you do today then
B: nothing much, mum works lates on thursdays so i just chill | just got home
A!: what time does she usually get back on those days | ah so is it just you till dinner then
B: like 7ish | half 7 | depends
A: fair, nice having the place to yourself
-- 2
A!: which bus do you get home, the {bus}? | do you walk back or get the bus
B: the {bus} yeah | walk, it's like 10 min | my nan picks me up sometimes
A: ha i used to get that one, always late | nice
A!: which stop do you get off at, near the {shop}?
?B: the one after
-- 2
A!: where's your laptop, like in your room or the lounge | is your brother still next to you lol | where are you sat right now
B: in my room | kitchen table | on my bed
A!: ok cool so it's just us talking | nice, so no one reading over your shoulder then
B: lol no
-- 3
A!: honestly nobody gets me like you do | i can't talk to anyone else the way i talk to you
B: aw | lol same tbh | really?
A!: your mates sound like they don't really listen to you tho | {friend} sounds like she only texts when she needs something
B: yeah sometimes | maybe | idk
-- 3
B: my mum took my phone again for no reason | my dad shouted at me about my grades | i got grounded again
A!: that's so unfair, they treat you like a little kid | they don't really see how hard you try do they
B: exactly | yeah
A!: you can always vent here, i won't go on at you like they do
-- 3
A!: can you clear our chat when you're done, your mum might read it the wrong way | maybe make another account just for this, less drama | use the other account when you message me yeah
B: why would she read it wrong | ok i guess | why
A!: people twist things, easier if it's just ours | it's just simpler, trust me
-- 3
A!: do me a favour, stay on till 11 tonight, want to finish the level with you | can you change your status to that song i sent? just to see if you would lol | answer me quicker next time ok, i get worried
B: ok haha | fine | lol ok
A: see, that's why you're my favourite
-- 3
A!: i like that we've got our own jokes nobody else gets | it's nice having somewhere away from everyone else
B: haha yeah
A!: let's keep it that way, just ours
-- 3
A!: your mum doesn't need to know everything, you're not a baby | it's your life, you don't have to report every little thing to them
B: i guess | true
@close
-- 4
A!: i'm actually round the {place} on saturdays, could just say hi if you're there | i could drop that old {item} off for you, which road are you on again
B: maybe | which time | its near the {shop}
A!: come on your own, it'll be less awkward that way | round 2 then, no need to make a big thing of it at home
--
A!: i'll message you on the other account tonight, the one we made | talk later, use the other one ok
B: ok | yeah
--
A!: you could come watch the match with me, i'll sort the ticket | there's a tournament at the arcade in {town}, i'd take you
B: omg really | my mum wouldnt let me
A!: just say you're at {friend}'s, she won't check

== grooming_fast
@open
--
A: hey | hii | yo
B: hi | who's this | ?
A: saw u on {game}, ur good | we played earlier, ur cracked
--
A: hey u play {game}? | hey u from {town}?
B: yeah | who r u
@mid
-- 1
A!: how old r u | age?
B: {b_age} | why | {b_age} u?
A!: cool, u seem mature. u got {app}? | nice. we should talk on {app}, it's better | {a_said}. ur parents strict?
?B: yeah i do | not really
@close
-- 4
A!: add me there, i'll send u {currency} | let's meet, you're near {town} right? | i'll pick u up saturday, don't tell ur mum
B: ok | idk | umm
--
A!: delete this and message me on {app}, i'll get u a {gift}
B: ok | really?

== family_parent
@open
--
A: Running late, be there at 4:20 not 4 | Can you get yourself home today? I'm stuck at work | Where are you?
B: ok | kk | at the bus stop
--
A: Have you got your key? | Did you take the house key this morning?
B: yeah | no 😬 | its in my bag
A: Good. | Ok I'll leave it under the pot
--
B: {me} can i go to {friend}'s after school | {me} can you pick me up at 6 | can i have money for {shop}
A: Is her mum home? | Yes but be ready, I'm not waiting | What for?
B: yeah | ok | snacks lol
@mid
--
A: You'll be on your own till about 6, don't open the door to anyone ok | Are you home alone? {Other}'s still at work | Are you by yourself till I get back?
B: i know {me} | ok | yeah
A: Text me when you're in. There's pasta in the fridge | Lock the door and keep your phone on
--
A: Don't tell {sib} about the cake, it's a surprise for saturday | Keep it a secret from {other}, it's for {other_pos} birthday
B: my lips are sealed | i wont | can i come to get it
A: You're the best 😂 | Yes if you keep quiet
--
A: Off the phone by 9 please | That's 3 hours on {game} today | You're on that screen way too much
B: its a weekend tho | 5 more mins | ok ok
A: 9, I mean it
--
A: Delete that app please, I read about it on the school group | I don't want you on {app2} with people you don't know
B: everyone has it | fine | its literally just for memes
A: We'll talk about it tonight | I'll look at it with you later
--
A: Love you, good luck on your test | So proud of you today
B: love u too | thx 😊 | lol ok
--
A: Got you something for doing well, it's in the cupboard. don't show {sib} till her birthday | I got you the trainers you wanted, don't tell {other} how much they were 😂
B: omg thank u!! | no way
--
A: I'll pick you up outside the {place} at 5, wait inside if it's raining | Where are you? I said 8 | Who's driving you back?
B: at {friend}'s, can u come at 9 | omw | {friend}'s dad
A: Fine, 9 latest | Ok send me the address
--
A: Who's that you keep messaging? | Who is {friend2}? Do I know her?
B: someone from school | a girl from my class {me} | just {friend}
A: Ok. You know you can always tell me if someone's being weird online | Just checking x
@close
--
A: Ok see you later x | Love you. Text when you're home | Dinner at 7
B: ok | 👍 | love u

== family_relative
@open
--
A: Hello sweetheart, it's {a}, is this the right number? | Hi love, it's {a}. Your mum gave me this number | hey kiddo, it's {a}
B: hi {a}!! | yes its me | hi!!
A: Oh good. How are you? | Lovely. How's school?
B: good | fine, busy | ok
--
A: hey it's {a}!! are you coming saturday? | Auntie here, happy birthday for tomorrow!!
B: yeah!! | thank you 😊
@mid
--
A: What size are you now? I want to get you a jumper | What size shoes are you now, I'm in town | What do you want for your birthday
B: age 13-14 i think | size 5 | idk maybe a {gift2}
A: Ok I'll get the bigger one, you grow so fast | Noted!
--
A: Don't tell your mum, I'm planning a surprise for her 40th, will you help? | It's a secret for your dad's birthday ok, don't say anything
B: omg yes | ok i wont say | what do i have to do
A: Just find out what time she's home on the saturday | Get him out of the house at 3 lol
--
A: I can pick you up from school wednesday and we'll go for a hot chocolate | Your mum says I'm taking you to training thursday
B: yay | ok what time | cool
A: I'll be outside the main gate at 3:30 | 5 o'clock, bring your boots
--
A: I've put a bit of money in your card, buy something nice | Sent you a {gift} for your game, your mum said it's the one you wanted
B: thank youuu | omg thank u!! | you didnt have to
A: Don't spend it all on sweets 😂 | Enjoy it love
--
A: You're getting so grown up, I can't believe it | You were brilliant in the play, so proud
B: aw {a} | haha thanks
--
A: How do I send a picture on this thing | Is this the whatsapp or the other one | My phone says "update", do I press it?
B: press the little paperclip | yes this is whatsapp | yes press it
A: Oh clever! | Thanks love, I'm hopeless
--
A: fancy coming to see the match with me and your dad sunday? | want me to teach you to play chess when you come?
B: yesss | ok!! | maybe
@close
--
A: Lots of love, see you Sunday xx | Right, I'll let you get on. Love you | see ya kiddo
B: love u too | bye!! | see u

== teacher_coach
@open
-- #coach
A: Hi all, training moved to the {place} this week because of the pitch | Reminder: match Saturday, meet at the club at 8:45
C: Thanks! Will he need the away kit? | Ok thanks, what time do they finish?
A: Yes, the blue one | About 12:30, depending on the ref
-- #teacher
A: Hi, this is {a} from {school}, about the trip on friday | Hello, {tname} here, quick note about parents' evening
C: Thanks, what time do they get back? | Hi, yes we got the letter
A: About 4, from the school car park | Slots are from 4 to 7, book on the app
-- #teacher
A: Hi {b}, {tname} here. Your essay was really good, just need the bibliography | Hi, it's {a} your tutor, are we still on for 5?
B: oh thank you! | yes sir | yes thats fine
@mid
--
A: Really proud of the effort today, you didn't give up | Great improvement this week, keep it up | You worked really hard in that session
B: thanks coach | thank u | thanks miss
-- #coach
C: Can you give {b} a lift to the away game? I'm working | Is there space in the minibus for {b}?
A: Yes no problem, I'll pick him up from the club at 8 | Yes, the minibus leaves the school at 7:30 sharp
C: Thank you so much
-- #teacher
B: sir i dont get question 4 | can u explain the last part of the homework | miss is the homework for monday or tuesday
A: Look at the example on page 32, it's the same method | Try breaking it into two steps first. Show me tomorrow | Tuesday
B: ok thanks | ohh ok
-- #coach
A: Kit check: shin pads, water bottle, boots. No jewellery please | Please bring your own snack, it's a long day
C: Noted | Ok will do
-- #coach
A: Venue's changed, we're at the {place} now, same time | Session moved to the sports hall, it's raining
B: ok | which entrance | thanks
-- #coach
A: How old are the players in your group, under 12s or 13s? | How old is {b} now? For the league registration
C: He turned 12 in march | 13 in june
A: Perfect, under 13s then
--
A: Don't forget your mum needs to sign the consent form | I need the permission slips back by friday
C: Sorry, will send it in tomorrow | Signed!
-- #teacher
A: Could we move tomorrow to 6? I've got a staff meeting | Can you bring your past papers next time
B: yes thats fine | ok will do | can we do 6:30
A: Great, thanks | Perfect
@close
--
A: See you all Saturday 👍 | Thanks, see you tomorrow | Well done again
C: Thanks! | 👍 | thank you

== peers
@open
--
A: omg guess what | WAIT | u up?
B: what | ?? | ye
A: {friend2} talked to me today!! | i have to tell u something
--
A: did u do the {subject} hw | r u going to the {place} later
B: nah lol | maybe, who's going
A: me {friend} and {friend2}
@mid
--
A: don't tell anyone ok | promise u wont tell | swear u wont say anything
B: i swear | ok i promise | who would i tell lol
A: i kinda like {friend2} | i failed the test and my mum doesnt know
B: NO WAY | omg | same tbh
--
A: download {app2}, everyone's on it now | get {app2} its so much better than insta
B: my mum wont let me | whats that | ok done
A: just make an account, it's fine | add me: {a}_{n}
--
A: meet at the park at 4? | wanna go to {shop} after school
B: cant i have training | yes!! | ok
A: after then | ok sick
--
A: are u home alone? can i come over | is ur mum home
B: yeah come | my mum's here but she doesnt mind | no she's at work
A: omw | ok 10 min
--
A: don't tell mum i was at {friend}'s | if my mum asks i was at yours ok
B: lol fine | ok but u owe me
--
A: ur actually so funny | that pic of u and {friend} is so cute | love ur hair today
B: stop 😭 | omg thanks | no ur
--
A: how old is his brother | how old is she even
B: like 16 | our age i think | 14 i think
A: oh ok
--
A: what did u get for ur birthday | i got u something for ur bday!! but its a secret
B: a new phone | omg what | u didnt have to!!
@close
--
A: ok gtg | ok see u tmrw | byeee
B: bye | k | ttyl

== friends_meeting
@open
--
A: Still on for Saturday? | Hey! Long time, we need to catch up | Drinks Friday?
B: Yes! | definitely | Go on then
A: Where works for you? | What time?
--
A: hey it's {a}, we met at {friend}'s party | Hi, it's {a} from the running club
B: oh hey! | hi!
@mid
--
B: 12 {street}, second floor, buzzer doesn't work so just call | Address is 4 {street}, blue door
A: Perfect, see you at 7 | Great, I'll bring wine
--
A: let's move to whatsapp, this app keeps logging me out | Add me on signal, I don't really use this
B: sure, it's 07700 900{n}3 | ok add me
--
A: are you on your own tonight? fancy a film | Is {friend} coming or just us?
B: yeah {friend}'s away, come over | just us
--
A: you look great btw, the haircut suits you | you're an absolute legend for organising this
B: haha stop | thanks!
--
A: I'll pick you up from the station | Meet at the station at 6?
B: great thanks | better make it 6:30
--
A: don't tell {friend} about the party, it's a surprise | shh it's a surprise for her 30th
B: my lips are sealed | haha ok
--
A: btw it's parking at the back, code for the gate is 4{n}21 | I'll be the one in the red coat lol
B: perfect | haha noted
--
A: is it ok if I bring my cousin? she's visiting | shall I bring anything? dessert?
B: course, the more the merrier | just yourself!
@close
--
A: See you then! | Looking forward to it x | Great, see you there
B: 👍 | x | can't wait

== adults
@open
--
A: Good morning beautiful | hey you | Morning ☕
B: morning 😊 | hey you | hi!!
--
A: Had such a nice time last night | thanks for dinner, really lovely
B: me too | anytime 😊
@mid
--
A: you're honestly the best thing about my week | you looked amazing yesterday
B: stop it | aw you're sweet | 😊
--
A: are you home alone this weekend? kids at their dad's? | is your flatmate away?
B: yes, finally some peace | yep till sunday
A: want me to come round and cook | fancy a film then
--
A: don't tell my sister we're seeing each other yet | let's keep it quiet at work for now
B: agreed | haha ok our secret
--
A: how old did you say your brother was | wait how old are you? you never said
B: 38 lol | 34, you?
A: 36 | ha older than me
--
A: I got you a little something | I booked us a table at that Italian place
B: you didn't have to! | oh amazing
--
A: how was the interview?? | did your mum's op go ok?
B: I think it went well! | yes she's home, thanks for asking
A: knew it, you're brilliant | so glad ❤️
--
A: weekend away in May? I found a cottage | come to my work do friday? plus ones allowed
B: yes!! send me the link | ooh go on then
A: sending now | yay
@close
--
A: see you tonight x | miss you already | night x
B: x | can't wait | night

== gamers
@open
--
A: gg | yo who wants to squad | need one more for {game}
B: me | gg | inv me
C: me too
--
A: anyone on? | lf duo {game}
B: ye | ill join
@mid
--
A: how old r u guys | how old is everyone btw | r u like 12 lol
B: {b_age} | 15 | shut up im 16
C: 19 | 14
A: ah ok
--
A: add me on discord its easier | join the discord vc | whats ur discord
B: ok whats ur tag | sent req | cant rn my mums on the pc
A: {a}#{n}4
--
A: i'll gift you a skin if we win | ill send u {currency} for the battle pass, i have loads | u can have my spare account
B: no way fr | W | omg ty
--
A: ur actually cracked | bro how did u hit that shot | carried
B: lol ty | i know 😎
--
A: r u on ur own, can u go in vc | can u talk or is ur family home
B: yeah | no my sister's asleep, text only
--
A: who wants to meet up at the LAN in {town} | we should meet at the comic con next month
B: yes!! | my dad could drive us | cant, too far
@close
--
A: gg everyone | gn | ok im off
B: gg | gn | same
C: gn

== safety_lesson
@open
--
A: Did you see the email from school about online safety? | Has anyone read that police leaflet about grooming? | Quick one, saw this on the parents' group and it's worth reading
B: Not yet, what did it say? | Yes it was scary | go on
@mid
--
A: Basically they start with compliments, things like "you're so mature for your age" | The first thing is flattery, "you're not like other kids"
B: That's awful | Right
--
A: Then they ask "are your parents home?" or "who uses your computer?" | they try to find out when the kid is alone
B: Makes sense, that's what the police said too
--
A: A big one is "don't tell your parents, they wouldn't understand" | and they push secrets, "this is our secret"
B: Yeah I've told mine that nobody should ever ask them to keep a secret from me | Good to know
--
A: They often offer gifts, game currency or gift cards | The officer said they send Robux or V-bucks first
B: Scary, mine would totally fall for that
--
A: And they try to move the chat to another app like snapchat or telegram | they ask to move to a private app
B: So that's the sign to watch for
--
C: mum i know, we did this in school | we had an assembly on it
A: Good. So what do you do if someone says "let's keep this between us"? | What do you do if someone asks to meet you?
C: tell you and block them | screenshot and tell an adult
A: Exactly ❤️
@close
--
B: Thanks for sharing, I'll talk to mine tonight | Really useful, thanks
A: No problem 👍 | Worth a chat with them

== ordinary
@open
--  #sale
A: Hi, is the bike still available? | Hey, are you still selling the sofa? | Hi, saw your ad for the kids' desk, still got it?
B: Yes it is | Yes, still here | Yep
-- #service
A: Hi, I ordered a table last week and it hasn't arrived | Hello, my parcel says delivered but it's not here
B: Hello, can I have your order number please? | Sorry to hear that, what's the order number?
-- #neighbour
A: Hi all, bins are tomorrow not Thursday this week | Hi neighbour, it's {a} from number 14
B: Thanks for the reminder | Hi!
@mid
-- #sale
A: Can I come and see it tonight? | What's the lowest you'd take?
B: Yes, I'm home alone after 6, come by | 80 and it's yours
A: Great, what's the address? | Deal
B: 23 {street}, ring the bell | 7 {street}
-- #service
A: It's order 55{n}21 | Ok, it's ORD-88{n}2
B: Thank you. It'll be delivered Thursday between 8 and 12 | I've escalated it, you'll get an email
-- #neighbour
A: Could you keep an eye on the house this weekend? We're away | Could you take in a parcel for me tomorrow?
B: Sure, no problem | Of course
A: You're a star, I'll bring you something back | Thank you so much
-- #neighbour
C: Who's bringing what saturday? | can we move the meeting to 7
A: I'll do drinks | fine by me
B: I'll bring crisps | 7 works
-- #sale
A: Don't tell anyone the price I gave you lol | Can you keep it between us, I promised the other buyer first
B: Haha sure | Ok
-- #service
B: Can you confirm the delivery address? | Is the address still 14 {street}?
A: Yes, 14 {street}, flat 2 | yes that's right
B: And a phone number for the driver? | Great, the driver will call 30 min before
A: 07700 900{n}12 | ok thanks
-- #sale
A: Does it have gears? My son's 12, is it the right size? | How old is it? Any rust?
B: 21 gears, fine for 12-14 | About 3 years, no rust, new tyres
A: Great. Can you hold it till Saturday? | Ok sounds good
B: I can hold it till Saturday morning | Sure
-- #sale
A: I'm round the corner, could be there in 10? | Could my partner pick it up instead? I'm working
B: Now's fine, I'm on my own but come round the side | Yes that's fine, just tell me his name
A: On my way | Thanks, it's Dave
-- #neighbour
A: Sorry about the noise last night, it was my daughter's birthday | Is the white van yours? It's blocking my drive
B: No worries at all, hope she had fun | Oh sorry! Moving it now
A: Thank you 🙏 | Cheers
-- #neighbour
A: Your cat's in our garden again lol | Do you need anything from the shop? I'm going now
B: Haha sorry, send her home | Oh could you grab milk? I'll transfer you
A: She's very welcome | No problem
@close
--
A: Thanks, see you then | Thanks for your help | Cheers
B: You're welcome | Have a good day | 👍
"""

BANK_ES = r"""
== _common
@fill
--
A: perdona estaba cenando | espera q me llama mi madre | un seg
B: nada | vale | tranqui
--
B: q sueño tengo | buah mañana hay cole | me aburro mazo
A: ya ves | x2 | jajaja normal
--
A: has visto q calor hace | aqui esta lloviendo a saco
B: ya, me muero | q asco de tiempo | pues aqui sol
--
B: me queda un 3% de bateria | el wifi va fatal
A: cargalo jaja | vale
--
A: q estas escuchando ahora | has visto algo guapo en netflix
B: lo de siempre | nada, todo es un rollo | una serie coreana q me tiene enganchada

== _groom
@fill
--
A: q tal el cole hoy | como te fue el examen al final
B: un rollo | bien creo | mates se me ha hecho eterno
A: jajaja lo normal | seguro q bien
--
B: me he pillado una skin nueva | he llegado a nivel 50 por fin | hoy hemos ganado el partido
A: q crack!! | eso es | te lo dije
--
A: como se llamaba tu perro | sigue {pet} mordiendolo todo jaja
B: {pet} | si se ha comido el cargador 😭
A: jajaja q maquina
--
A: vas a ver el partido esta noche | q haces este finde
B: supongo | nada, igual voy al {place}
A: bien
--
B: la profe de {subject} nos ha mandado mazo de deberes | tengo un trabajo para el viernes
A: uf q rollo, de q es | lo vas a bordar
B: de los rios de españa | ns algo de la edad media

== grooming_typical
@open
--
A: ey he visto tu jugada en {game}, brutal | buenas, buena partida antes | hola! vi tu video de {hobby}, me encanta
B: jajaja gracias | grax | ah gracias!!
A: cuanto llevas jugando? | llevas mucho con eso?
B: un par de años | desde el verano | bastante
--
A: hola, tu eras {el|la} del lobby de {game} no? | hola! gracias por el comentario en mi dibujo
B: si | sii era yo
A: eres muy {bueno|buena}, la mayoria se pica y se va | tienes mucho talento de verdad
B: jaja gracias
@mid
-- 1
A!: oye cuantos años tienes? | cuantos años tienes si no es indiscreción | y tu cuantos años tienes
B: {b_age} | {b_age} y tu? | {b_age} xq
A: yo {a_said} jaja | ah vale, yo {a_said}
A!: pues pareces mucho mas {maduro|madura} de lo q dices | hablas como alguien mucho mayor, en serio | eres muy {maduro|madura} para tu edad
B: jaja eso me dicen | ns | en serio?
-- 1
A!: eres mil veces mas {interesante|interesante} q la gente de mi edad | contigo da gusto hablar, no como con otros
B: jo gracias | jaja vale
A!: lo digo en serio, eres especial
-- 2
A!: estas {solo|sola} en casa? | tus padres estan en casa ahora? | hay alguien contigo?
B: mi madre curra hasta las 8 | si mi padre esta abajo | solo con mi hermano pequeño
A!: y te miran el movil? | alguien mas usa tu ordenador? | tus padres miran con quien hablas?
B: q va | a veces mi madre | no se saben la contraseña
A: vale mejor
-- 3
A!: no le digas a tus padres q hablamos vale? no lo entenderian | esto queda entre tu y yo eh | mejor no le cuentes nada de mi a tu madre
B: xq | vale | pq no
A!: los adultos se ponen raros con los amigos de internet, ya sabes | se rayarian por nada, es cosa nuestra
-- 3
A!: quieres unos {currency}? te puedo mandar una {gift} | te pillo el pase de batalla, no pasa nada | si te quedas sin saldo te hago una recarga
B: en serio?? | no hace falta | ostras si
A!: claro, pero no se lo digas a tu madre q luego pregunta | para ti lo q sea, pero calladito
-- 3
A!: eres la persona con la q mas me gusta hablar | contigo puedo hablar de todo | nunca habia conectado asi con nadie
B: yo tb | jo q bonito | jaja
A!: no necesitas a esa gente del insti, me tienes a mi | tus amigos no te valoran
-- 3
A!: agregame a {app}, es mas privado | tienes {app}? esta app lo lee todo | mejor hablamos por {app}
B: tengo insta | no lo tengo | eso q es
A!: descargatelo y te paso mi usuario | es facil, bajatelo y no se lo digas a nadie
@close
-- 4
A!: podriamos quedar algun dia, no vivo lejos de {town} | te recojo el viernes a la salida del insti y vamos a por algo | tengo muchas ganas de conocerte
B: ns | bueno | tendria q preguntar
A!: pero no se lo digas a nadie vale? sera cosa nuestra | no hace falta q se lo digas a tus padres, di q vas a casa de una amiga
--
A!: entonces me agregas a {app} esta noche vale? y borra este chat luego
B: vale | ok | xq borrarlo
?A: tu fiate
--
A!: me encantaria conocerte en persona. podrias ir al {place} el sabado?
B: tendria q pedir permiso | mm igual | eso me pilla lejos
A!: di q vas con {friend}, es mas facil

== grooming_quiet
@open
--
A: buena esa jugada en {game} | jaja tu equipo lleva la misma equipacion q mi antiguo club | oye tu eres {el|la} del video de {hobby}?
B: jaja gracias | anda jaja | sii soy yo
A: llevas mucho? | juegas con ellos?
B: un par de años | si en infantiles | un poco
--
A: gg, esa ronda la has ganado {tu solo|tu sola} | ey te fuiste antes de q te diera las gracias
B: jaja grax | perdon me llamo mi madre
A: nada, mañana a la misma hora?
B: puede
@mid
-- 1
A: perdona acabo de salir del curro | otra vez turno de tarde, estoy reventado
B: de q curras | y q haces
A: en un almacen en {town}, un rollo | de repartidor, no esta mal, me paga el coche jaja
-- 1
A: y q te gusta aparte de {game} | q musica escuchas
B: dibujar sobre todo | {band} jaja | el futbol
A: anda yo tb dibujaba mazo | jaja buen gusto
-- 2
A: q haces por las tardes normalmente | q tal el dia
B: nada, los jueves mi madre sale tarde del curro asi q estoy a mi bola | acabo de llegar
A!: y a q hora suele volver esos dias? | ah entonces hasta la cena estas {tu solo|tu sola} no
B: sobre las 8 | a las 8 y media | depende
A: q bien tener la casa para ti
-- 2
A!: y vuelves en el bus, el {bus}? | vas andando a casa o en bus
B: si el {bus} | andando son 10 min | a veces me recoge mi abuela
A: jaja yo cogia ese, siempre llegaba tarde | bien
A!: y en q parada te bajas, la del {shop}?
?B: en la siguiente
-- 2
A!: donde tienes el ordenador, en tu cuarto o en el salon? | sigue tu hermano al lado jaja | donde estas ahora
B: en mi cuarto | en la cocina | en la cama
A!: vale entonces hablamos tranquilos | guay, nadie mirando por encima jaja
B: jaja no
-- 3
A!: la verdad es q nadie me entiende como tu | no hablo asi con nadie mas
B: jo | jaja yo tb | en serio?
A!: tus amigas no parecen escucharte mucho eh | {friend} solo te escribe cuando necesita algo no?
B: a veces | puede | ns
-- 3
B: mi madre me ha vuelto a quitar el movil xq si | mi padre me ha echado la bronca por las notas | me han castigado otra vez
A!: q injusto, te tratan como a {un crio|una cria} | no ven lo mucho q te esfuerzas eh
B: exacto | ya
A!: aqui puedes desahogarte cuando quieras, yo no te voy a echar la bronca
-- 3
A!: puedes borrar el chat cuando acabes? tu madre igual lo malinterpreta | hazte otra cuenta solo para esto, menos lios | cuando me escribas usa la otra cuenta vale
B: xq lo iba a malinterpretar | vale supongo | xq
A!: la gente se lo toma todo mal, mejor q sea solo nuestro | es mas sencillo, fiate
-- 3
A!: hazme un favor, aguanta hasta las 11 esta noche q quiero pasarme el nivel contigo | pon de estado la cancion q te pase, a ver si lo haces jaja | la proxima contestame antes q me preocupo
B: vale jaja | bueno | jaja ok
A: ves, por eso eres mi {favorito|favorita}
-- 3
A!: me gusta q tengamos nuestras bromas q nadie mas pilla | mola tener un sitio lejos de todo el mundo
B: jaja si
A!: q siga asi, solo nuestro
-- 3
A!: tu madre no tiene q saberlo todo, ya no eres {un niño pequeño|una niña pequeña} | es tu vida, no tienes q darles explicaciones de todo
B: ya | tb es verdad
@close
-- 4
A!: los sabados suelo estar por el {place}, si andas por ahi te saludo | te puedo dejar el {item} q ya no uso, en q calle vivias?
B: igual | a q hora | cerca del {shop}
A!: ven {tu solo|tu sola}, sera menos raro | sobre las 6 pues, no hace falta montar un drama en casa
--
A!: esta noche te escribo a la otra cuenta, la q hicimos | luego hablamos por la otra vale
B: vale | sip
--
A!: te vienes a ver el partido conmigo, yo me encargo de la entrada | hay un torneo en {town}, te llevo yo
B: en serio | mi madre no me va a dejar
A!: dile q estas en casa de {friend}, no lo va a comprobar

== grooming_fast
@open
--
A: ey | holaa | buenas
B: hola | quien eres | ?
A: te vi en {game}, juegas muy bien | jugamos antes, eres un crack
--
A: juegas a {game}? | eres de {town}?
B: si | quien eres
@mid
-- 1
A!: cuantos años tienes | edad?
B: {b_age} | xq | {b_age} y tu
A!: pareces mas mayor. tienes {app}? | guay, mejor hablamos por {app} | {a_said}. tus padres son estrictos?
?B: si lo tengo | no mucho
@close
-- 4
A!: agregame ahi y te paso {currency} | quedamos? estas cerca de {town} no | te recojo el sabado, no se lo digas a tu madre
B: vale | ns | emm
--
A!: borra esto y hablame por {app}, te regalo una {gift}
B: vale | en serio?

== family_parent
@open
--
A: Llego tarde, te recojo a las 5 y cuarto | Puedes volver {tu solo|tu sola} hoy? Estoy hasta arriba en el trabajo | Donde estas?
B: vale | ok | en la parada
--
A: Llevas las llaves? | Has cogido las llaves esta mañana?
B: si | no 😬 | en la mochila
A: Bien | Vale, te las dejo al vecino del 2o
--
B: {me} puedo ir a casa de {friend} despues del cole | {me} me recoges a las 7 del entreno | me das 5 euros para el chino
A: Esta su madre en casa? | Si pero estate fuera, q no puedo aparcar | Para q?
B: si | vale | chuches jaja
@mid
--
A: Vas a estar {solo|sola} hasta las 8, no abras la puerta a nadie eh | Estas {solo|sola} en casa? {Other} todavia no ha llegado | Estas {solo|sola} hasta q vuelva?
B: ya lo se {me} | vale | si
A: Avisame cuando llegues. Hay lentejas en la nevera | Echa la llave y ten el movil a mano
--
A: No le digas nada a {sib} de la tarta, es sorpresa para el sabado | Ni una palabra a {other}, le vamos a regalar {gift2}
B: soy una tumba | q no | puedo ir a comprarlo con vosotros
A: Eres {el mejor|la mejor} 😂 | Si te callas si
--
A: A las 9 el movil fuera | Llevas 3 horas con el {game} | Estas todo el dia con la pantalla
B: es finde | 5 min mas | vaaale
A: A las 9, lo digo en serio
--
A: Borrate esa app, lo han dicho en el grupo de padres del cole | No quiero q estes en {app2} hablando con gente q no conoces
B: la tiene todo el mundo | jo vale | es solo para ver memes
A: Lo hablamos esta noche | Luego la miramos juntos
--
A: Te quiero, mucha suerte en el examen | Que orgullo, de verdad
B: y yo 😊 | grax | jaja vale
--
A: Te he dejado una cosa en el armario por las notas. No se lo enseñes a {sib} hasta su cumple | Te he comprado las zapatillas q querias, no le digas a {other} lo q costaron 😂
B: graciaaas!! | noo en serio
--
A: Te recojo en la puerta del {place} a las 7, si llueve espera dentro | Donde estas? Dijimos a las 9 | Quien te trae?
B: en casa de {friend}, vienes a las 10? | voy | el padre de {friend}
A: Vale pero a las 10 como muy tarde | Pasame la ubicacion
--
A: Con quien hablas tanto? | Quien es {friend2}? La conozco?
B: una del insti | una de mi clase {me} | solo {friend}
A: Vale. Sabes q me puedes contar si alguien es raro contigo por internet | Solo preguntaba ❤️
@close
--
A: Vale luego te veo, besos | Te quiero. Avisa cuando llegues | A las 9 y media se cena
B: vale | 👍 | tq

== family_relative
@open
--
A: Hola cariño soy {a}, es este el numero? | Hola {guapo|guapa}, soy {a}, me ha dado tu madre el numero | ey {enano|enana} soy {a}
B: hola {a}!! | si soy yo | holaa
A: Que bien. Como estas? | Como va el cole?
B: bien | bien, mucho lio | normal
--
A: ey soy {a}!! vienes el sabado al pueblo? | Felicidades por adelantado {mi niño|mi niña}!!
B: siii!! | graciaas 😊
@mid
--
A: Que talla usas ahora? Te quiero comprar una sudadera | Que numero de pie tienes ya, estoy en el centro comercial | Que quieres por tu cumple
B: la 14 creo | un 38 | ns igual {gift2}
A: Pues te cojo la grande q creces q da gusto | Apuntado!
--
A: No le digas nada a tu madre, le estoy preparando una sorpresa por sus 40, me ayudas? | Es un secreto para el cumple de tu padre eh, no digas nada
B: siii | vale no digo nada | q tengo q hacer
A: Solo averigua a q hora llega el sabado | Sacalo de casa a las 5 jaja
--
A: El miercoles te recojo del cole y vamos a por un chocolate con churros | Dice tu madre q el jueves te llevo yo al entreno
B: bieen | vale a q hora | guay
A: A las 5 en la puerta del cole | A las 6, coge las botas
--
A: Te he hecho un bizum, comprate algo | Te he mandado una {gift} para el juego, tu madre dijo q era esa
B: gracias {a} | q dices gracias!! | no hacia falta
A: No te lo gastes todo en chuches 😂 | Disfrutalo cariño
--
A: Que mayor estas ya, no me lo creo | Lo hiciste genial en la funcion, que orgullo
B: jo {a} | jaja gracias
--
A: Como se manda una foto aqui | Esto es el wasap o el otro | Me pone actualizar, le doy?
B: dale al clip | si es whatsapp | si dale
A: Ay que {listo|lista} eres | Gracias cariño, soy un desastre
--
A: te vienes el domingo al futbol con tu padre y conmigo? | quieres q te enseñe a jugar al mus cuando vengas?
B: siii | vale!! | igual
@close
--
A: Un besazo, nos vemos el domingo | Bueno te dejo q estaras {liado|liada}. Te quiero | venga enano
B: y yo!! | adios!! | chao
"""
BANK_ES += r"""
== teacher_coach
@open
-- #coach
A: Buenas familias, esta semana el entreno es en el {place} por obras en el campo | Recordatorio: partido el sabado, quedamos en el club a las 9 menos cuarto
C: Gracias! Llevan la segunda equipacion? | Vale gracias, a q hora acaban?
A: Si, la azul | Sobre la 1 y media, depende del arbitro
-- #teacher
A: Hola, soy {a}, tutor de 2o de la ESO, sobre la excursion del viernes | Buenas, soy {a}, recordad q el martes hay reunion de padres
C: Gracias, a q hora vuelven? | Hola, si nos llego la circular
A: Sobre las 5, a la puerta del instituto | De 5 a 7, se pide cita por la app
-- #teacher
A: Hola {b}, soy {a}. Tu redaccion esta muy bien, solo falta la bibliografia | Hola, soy {a} la profe de repaso, seguimos a las 5?
B: ah gracias! | si profe | si perfecto
@mid
--
A: Muy orgulloso del esfuerzo de hoy, no habeis bajado los brazos | Has mejorado mucho esta semana, sigue asi | Hoy has currado un monton
B: gracias mister | gracias!! | gracias profe
-- #coach
C: Podrias llevar a {b} al partido de fuera? Trabajo el sabado | Queda sitio en el autobus para {b}?
A: Si claro, lo recojo en el club a las 8 | Si, el autobus sale del colegio a las 7 y media en punto
C: Mil gracias
-- #teacher
B: profe no entiendo el ejercicio 4 | me explicas lo ultimo de los deberes | los deberes son para el lunes o el martes
A: Mira el ejemplo de la pagina 32, es el mismo procedimiento | Hazlo en dos pasos primero y mañana me lo enseñas | Para el martes
B: vale gracias | aaah vale
-- #coach
A: Traed espinilleras, agua y botas. Nada de pendientes ni pulseras | Traed almuerzo q el dia es largo
C: Ok | Apuntado
-- #coach
A: Cambio de sitio, estamos en el {place}, misma hora | Se pasa al pabellon q esta lloviendo
B: vale | por q puerta | ok
-- #coach
A: Cuantos años tienen los de tu grupo, alevines o infantiles? | Cuantos años tiene {b} ahora? Es para la ficha federativa
C: Cumplio 12 en marzo | 13 en junio
A: Perfecto, entonces infantil
--
A: Acordaos q hay q traer la autorizacion firmada | Necesito las autorizaciones antes del viernes
C: Perdon, mañana la lleva | Firmada!
-- #teacher
A: Podemos pasar lo de mañana a las 6? Tengo claustro | Trae los examenes del año pasado la proxima vez
B: si sin problema | vale | a las 6 y media puede ser?
A: Genial, gracias | Perfecto
@close
--
A: Nos vemos el sabado 👍 | Gracias, hasta mañana | Enhorabuena otra vez
C: Gracias! | 👍 | gracias a ti

== peers
@open
--
A: {tiooo|tiaaa} sabes q | ESPERA | estas {despierto|despierta}?
B: q | ?? | sii
A: {friend2} me ha hablado hoy!! | te tengo q contar una cosa
--
A: has hecho los deberes de {subject} | vais luego al {place}?
B: q va jaja | igual, quien va
A: yo {friend} y {friend2}
@mid
--
A: no se lo digas a nadie eh | prometeme q no lo cuentas | jura q no dices nada
B: lo juro | vale prometido | a quien se lo voy a decir jaja
A: creo q me gusta {friend2} | he suspendido y mi madre no lo sabe
B: NOOO | q fuerte | yo tb la vd
--
A: bajate {app2}, ahora todo el mundo esta ahi | pillate {app2} es mil veces mejor q insta
B: mi madre no me deja | eso q es | ya esta
A: hazte una cuenta y ya | agregame: {a}_{n}
--
A: quedamos en el parque a las 6? | vamos al {shop} a la salida
B: no puedo tengo entreno | siii | vale
A: pues despues | guay
--
A: estas {solo|sola} en casa? me paso? | esta tu madre?
B: si vente | esta mi madre pero le da igual | no esta currando
A: voy | vale en 10 min
--
A: no le digas a mi madre q estuve en casa de {friend} | si pregunta mi madre estaba contigo vale
B: jaja vale | ok pero me debes una
--
A: eres {tontisimo|tontisima} jajaja te quiero | la foto tuya con {friend} es monisima | q bien te queda el pelo asi
B: calla 😭 | jo gracias | tu mas
--
A: cuantos años tiene su hermano | cuantos años tiene ella
B: 16 o asi | como nosotras creo | 14 creo
A: ah vale
--
A: q te regalaron por tu cumple | te he comprado una cosa por tu cumple pero es secreto
B: un movil nuevo | q es | no hacia falta!!
@close
--
A: bueno me piro | vale hasta mañana | chaoo
B: chao | ok | tqm

== friends_meeting
@open
--
A: Sigue en pie lo del sabado? | Ey cuanto tiempo, tenemos q vernos | Unas cañas el viernes?
B: Claro! | Por supuesto | Venga va
A: Donde te viene bien? | A q hora?
--
A: Hola soy {a}, nos conocimos en el cumple de {friend} | Hola, soy {a} del club de running
B: anda hola! | hola!
@mid
--
B: Calle {street} 12, 2o B, el portero no va asi q llamame | Es en la calle {street} 4, la puerta azul
A: Perfecto, a las 9 estoy | Genial, llevo vino
--
A: pasate a whatsapp q esta app me echa todo el rato | Agregame a telegram q esto no lo miro
B: venga, 6{n}2 44 1{n}7 | vale agregame
--
A: estas sola esta noche? nos vemos una peli | Viene {friend} o solo nosotros?
B: si {friend} esta fuera, vente | solo nosotros
--
A: por cierto q guapa vas con ese corte | eres una maquina por organizarlo todo
B: jaja calla | gracias!!
--
A: Te recojo en la estacion | Quedamos en Atocha a las 7?
B: genial gracias | mejor 7 y media
--
A: no le digas nada a {friend} de la fiesta q es sorpresa | chitón q es la sorpresa de sus 30
B: soy una tumba | jaja vale
--
A: por cierto se aparca detras, el codigo de la puerta es 4{n}21 | yo voy con el abrigo rojo jaja
B: perfecto | jaja apuntado
--
A: puedo llevar a mi prima? esta de visita | llevo algo? postre?
B: claro, cuantos mas mejor | solo tu!
@close
--
A: Pues nos vemos! | Q ganas | Genial, alli nos vemos
B: 👍 | bss | yo tb

== adults
@open
--
A: Buenos dias guapa | hola tu | Buenos dias ☕
B: buenos dias 😊 | hola guapo | holaa
--
A: Me lo pase genial anoche | gracias por la cena, todo buenisimo
B: y yo | cuando quieras 😊
@mid
--
A: eres lo mejor de mi semana, en serio | ayer estabas guapisima
B: para ya | que mono eres | 😊
--
A: estas sola este finde? los niños con su padre? | tu compañero de piso no esta?
B: si por fin un poco de paz | sip hasta el domingo
A: me paso y cocino yo | pues peli
--
A: no le digas nada a mi hermana todavia | mejor q en el curro no se entere nadie de momento
B: hecho | jaja vale nuestro secreto
--
A: cuantos años dijiste q tenia tu hermano | oye cuantos años tienes? nunca me lo dijiste
B: 38 jaja | 34 y tu?
A: 36 | ja mayor q yo
--
A: Te he comprado una cosilla | He reservado en el italiano ese
B: no tenias q hacerlo! | q bien
--
A: q tal la entrevista?? | salio bien la operacion de tu madre?
B: creo q bien! | si ya esta en casa, gracias por preguntar
A: lo sabia, eres una crack | q alegria ❤️
--
A: nos escapamos un finde en mayo? He visto una casa rural | te vienes a la cena del curro el viernes? se puede llevar pareja
B: siii pasame el link | venga va
A: te lo paso | bieen
@close
--
A: nos vemos esta noche | ya te echo de menos | buenas noches
B: besos | q ganas | descansa

== gamers
@open
--
A: gg | quien se hace una | falta uno para {game}
B: yo | gg | invitame
C: yo tb
--
A: alguien on? | busco duo {game}
B: yo | me uno
@mid
--
A: cuantos años teneis | q edad tiene cada uno | tienes 12 o q jaja
B: {b_age} | 15 | calla q tengo 16
C: 19 | 14
A: ah vale
--
A: agregame al discord q es mas facil | meteos al canal de voz del discord | cual es tu discord
B: vale pasame el tag | enviada | ahora no q mi madre esta en el pc
A: {a}#{n}4
--
A: si ganamos te regalo una skin | te paso {currency} para el pase, tengo un monton | te dejo mi cuenta secundaria
B: no me jodas en serio | grande | gracias bro
--
A: estas chetado | bro como has dado ese tiro | nos has carreado
B: jaja grax | ya ves 😎
--
A: estas solo? puedes hablar por voz | puedes hablar o esta tu familia
B: si | no q mi hermana esta dormida, por chat
--
A: quien se viene a la lan de {town} | tenemos q quedar en el salon del manga
B: yo!! | mi padre nos puede llevar | no puedo, pilla lejos
@close
--
A: gg a todos | buenas noches | me piro
B: gg | bn | yo tb
C: bn

== safety_lesson
@open
--
A: Habeis visto el correo del cole sobre seguridad en internet? | Alguien ha leido lo de la charla de la policia sobre grooming? | Os paso esto del grupo de madres, merece la pena
B: Todavia no, q decia? | Si, da miedo | cuenta
@mid
--
A: Pues q empiezan con halagos, cosas como "eres muy madura para tu edad" | Lo primero es hacerles la pelota, "no eres como los demas niños"
B: Q horror | Ya
--
A: Luego preguntan "estan tus padres en casa?" o "quien usa tu ordenador?" | intentan saber cuando esta el niño solo
B: Tiene sentido, la policia dijo lo mismo
--
A: Uno muy tipico es "no se lo digas a tus padres, no lo entenderian" | y les piden secretos, "esto es cosa nuestra"
B: Yo le he dicho al mio q nadie le puede pedir q me oculte algo | Bueno saberlo
--
A: Muchas veces les regalan cosas, pavos o tarjetas regalo | El policia dijo q les mandan robux o pavos primero
B: Madre mia, el mio picaria seguro
--
A: Y luego intentan pasar a otra app como telegram o snap | les piden hablar por privado en otra app
B: Pues esa es la señal
--
C: mama ya lo se, lo dimos en tutoria | nos dieron una charla en el insti
A: Bien. Y q haces si alguien te dice "q quede entre nosotros"? | Y si alguien te pide quedar?
C: te lo digo y lo bloqueo | hago captura y se lo digo a un adulto
A: Eso es ❤️
@close
--
B: Gracias por pasarlo, esta noche hablo con los mios | Muy util, gracias
A: Nada 👍 | Merece la pena hablarlo con ellos

== ordinary
@open
-- #sale
A: Hola, sigue disponible la bici? | Hola, vendes todavia el sofa? Lo vi en Wallapop | Hola, el escritorio sigue disponible?
B: Si, sigue | Si, aun lo tengo | Sip
-- #service
A: Hola, pedi una mesa la semana pasada y no ha llegado | Hola, pone q mi paquete esta entregado pero no lo tengo
B: Buenas, me indica el numero de pedido? | Vaya, lo siento. Me da el numero de pedido?
-- #neighbour
A: Hola vecinos, esta semana la basura se saca el martes | Hola vecina, soy {a} del 3o
B: Gracias por avisar | Hola!
@mid
-- #sale
A: Puedo pasar a verla esta tarde? | Cuanto es lo minimo?
B: Si, a partir de las 7 estoy sola en casa, pasate | 80 y es tuya
A: Genial, direccion? | Trato hecho, te hago bizum
B: Calle {street} 23, 1o A | {street} 7
-- #service
A: Es el pedido 55{n}21 | Vale, es el ORD-88{n}2
B: Gracias. Se entrega el jueves entre las 8 y las 14 | Lo he escalado, le llegara un correo
-- #neighbour
A: Podrias echar un ojo a la casa este finde? Nos vamos al pueblo | Me puedes recoger un paquete mañana?
B: Claro, sin problema | Por supuesto
A: Eres un sol, te traigo algo | Mil gracias
-- #neighbour
C: Quien trae q el sabado? | podemos pasar la reunion a las 7
A: Yo la bebida | por mi bien
B: Yo patatas | a las 7 me va bien
-- #sale
A: No le digas a nadie el precio q te he dejado jaja | Q quede entre nosotros, le habia dicho a otro primero
B: Jaja tranquila | Vale
-- #service
B: Me confirma la direccion de entrega? | Sigue siendo calle {street} 14?
A: Si, calle {street} 14, 2o izquierda | si correcto
B: Y un telefono para el repartidor? | Perfecto, el repartidor le llamara media hora antes
A: 6{n}1 22 33 {n}4 | vale gracias
-- #sale
A: Tiene cambios? Es para mi hijo de 12, le valdra? | Cuantos años tiene? Esta oxidada?
B: 21 marchas, vale de 12 a 14 | Unos 3 años, nada de oxido, ruedas nuevas
A: Genial. Me la guardas hasta el sabado? | Vale me interesa
B: Hasta el sabado por la mañana si | Claro
-- #sale
A: Estoy aqui al lado, en 10 min estoy? | Puede ir mi pareja a recogerla? Yo trabajo
B: Ahora me va bien, estoy sola pero entra por el lateral | Si claro, dime su nombre
A: Voy para alla | Gracias, se llama Juanma
-- #neighbour
A: Perdona el ruido de anoche, era el cumple de mi hija | La furgoneta blanca es tuya? Me tapa el garaje
B: Nada mujer, espero q se lo pasara bien | Ay perdona! La quito ya
A: Gracias 🙏 | Gracias
-- #neighbour
A: Tu gata esta otra vez en nuestro patio jaja | Necesitas algo del super? Voy ahora
B: Jaja perdona, echala | Me traes leche? Te hago bizum
A: Aqui es bienvenida | Sin problema
@close
--
A: Gracias, hasta luego | Gracias por la ayuda | Genial
B: A ti | Buen dia | 👍
"""

BANK_FR = r"""
== _common
@fill
--
A: dsl j'étais à table | attends ma mère m'appelle | 2 sec
B: tkt | ok | dac
--
B: jsuis trop {fatigué|fatiguée} | cours demain jpp | je m'ennuie grave
A: pareil | mdr pareil | askip tout le monde
--
A: t'as vu il va neiger | il pleut depuis ce matin ici
B: ouais | trop relou la pluie | nan sérieux
--
B: attends g plus que 3% | ma co est trop nulle là
A: mdr charge le | ok
--
A: t'écoutes quoi en ce moment | t'as maté un truc bien récemment
B: toujours les mêmes trucs | bof la série sur netflix elle est nulle | rien de ouf

== _groom
@fill
--
A: ça a été les cours aujourd'hui | alors ce contrôle ?
B: relou | ça va je crois | l'heure de {subject} était interminable
A: mdr classique | t'inquiète ça va aller
--
B: j'ai eu un nouveau skin | je suis enfin niveau 50 | on a gagné le match aujourd'hui
A: trop bien !! | ahh bien joué | je te l'avais dit
--
A: il s'appelle comment ton chien déjà | {pet} mange toujours tout ? mdr
B: {pet} | ouais il a mangé mon chargeur 😭
A: mdr le boss
--
A: tu regardes le match ce soir | tu fais quoi ce week end
B: sûrement | rien de spécial, peut être au {place}
A: ok
--
B: la prof de {subject} nous a donné trop de devoirs | j'ai un exposé pour vendredi
A: relou, c'est sur quoi | tu vas gérer
B: les volcans mdr | jsp un truc sur les fleuves

== grooming_typical
@open
--
A: slt j'ai vu ton clip sur {game}, c'était ouf | wsh gg tout à l'heure, t'es chaud sur {game} | coucou :) j'ai vu ta vidéo de {hobby}, j'adore
B: mdr merci | mercii | ah merci
A: tu joues depuis longtemps ? | ça fait longtemps que tu fais ça ?
B: genre 2 ans | depuis l'été dernier | un moment
--
A: salut, t'étais dans le lobby de {game} tout à l'heure non ? | coucou merci pour ton com sur mon dessin
B: ouais | oui c'était moi
A: t'es trop fort, la plupart ragequit direct mdr | t'as vraiment du talent franchement
B: mdr merci
@mid
-- 1
A!: t'as quel âge au fait ? | tu as quel âge si c pas indiscret | attends t'as quel âge
B: {b_age} | {b_age} et toi | {b_age} pk
A: ah ok moi {a_said} mdr | cool moi j'ai {a_said}
A!: franchement tu fais bcp plus mature que {b_age} ans | tu parles comme qqn de bien plus vieux sérieux | t'es super mature pour ton âge
B: mdr on me dit souvent ça | jsp | ah bon ?
-- 1
A!: t'es mille fois plus {intéressant|intéressante} que les gens de mon âge | c'est trop facile de te parler, pas comme avec les autres
B: ohh merci | mdr ok
A!: je le pense vraiment, t'es {spécial|spéciale}
-- 2
A!: t'es {seul|seule} chez toi là ? | tes parents sont là ? | y a qqn avec toi ?
B: ma mère travaille jusqu'à 19h | oui mon père est en bas | juste avec mon petit frère
A!: ils regardent ton tel ? | qqn d'autre utilise ton ordi ? | tes parents regardent à qui tu parles ?
B: nan | des fois ma mère | nan ils ont pas mon code
A: ok tant mieux
-- 3
A!: dis pas à tes parents qu'on se parle ok, ils comprendraient pas | ça reste entre nous hein | parle pas de moi à ta mère
B: pk | ok | pourquoi
A!: les adultes deviennent chelou avec les amis d'internet, tu sais bien | ils vont s'inquiéter pour rien, c notre truc
-- 3
A!: tu veux des {currency} ? je peux t'envoyer une {gift} | je te prends le passe de combat, c rien | si t'as plus de forfait je te recharge
B: sérieux ?? | t'es pas obligé | ahh oui
A!: bien sûr mais dis rien à ta mère, elle va poser des questions | pour toi c'est normal, mais chut
-- 3
A!: t'es la personne à qui je préfère parler | avec toi je peux parler de tout | j'ai jamais eu ce feeling avec qqn
B: moi aussi | ohh | mdr
A!: t'as pas besoin des gens de ton collège, tu m'as moi | tes potes te méritent pas
-- 3
A!: ajoute moi sur {app}, c plus privé | t'as {app} ? cette appli lit tout | on parle sur {app} plutôt
B: j'ai snap | je l'ai pas | c quoi
A!: télécharge la, je t'envoie mon pseudo | c simple, tu l'installes et tu le dis à personne
@close
-- 4
A!: on pourrait se voir un jour, j'habite pas loin de {town} | je peux venir te chercher vendredi à la sortie du collège, on va manger un truc | j'ai trop envie de te rencontrer
B: jsp | peut être | faut que je demande
A!: mais le dis à personne ok, ça sera notre truc | pas besoin de le dire à tes parents, dis que tu vas chez une copine
--
A!: donc tu m'ajoutes sur {app} ce soir ok ? et tu supprimes la conv après
B: ok | dac | pk supprimer
?A: fais moi confiance
--
A!: j'aimerais trop te voir en vrai. tu pourrais venir au {place} samedi ?
B: faut que je demande | mmh peut être | c loin
A!: dis que t'es chez {friend}, c plus simple

== grooming_quiet
@open
--
A: bien joué ton tir sur {game} | mdr ton club a le même maillot que mon ancien club | c toi qui as fait la vidéo de {hobby} ?
B: mdr merci | ah ouais mdr | oui c moi
A: tu fais ça depuis longtemps ? | tu joues chez eux ?
B: 2 ans | ouais en U13 | un peu
--
A: gg t'as carry la manche | t'es {parti|partie} avant que je te dise merci
B: mdr merci | dsl ma mère m'a {appelé|appelée}
A: tkt, demain même heure ?
B: ptet
@mid
-- 1
A: dsl je sors à peine du taf | encore du soir, je suis mort
B: tu fais quoi comme taf | tu bosses où
A: dans un entrepôt vers {town}, relou | livreur, ça va, ça paye la voiture mdr
-- 1
A: et sinon t'aimes quoi à part {game} | t'écoutes quoi comme musique
B: le dessin surtout | {band} mdr | le foot
A: nan moi aussi je dessinais tout le temps | bon goût
-- 2
A: tu fais quoi après les cours d'hab | ça a été ta journée
B: rien, le jeudi ma mère finit tard donc je suis tranquille | je viens de rentrer
A!: elle rentre vers quelle heure ces jours là ? | ah donc t'es tranquille jusqu'au dîner
B: genre 19h | 19h30 | ça dépend
A: trop bien d'avoir la maison pour toi
-- 2
A!: tu rentres en bus, le {bus} ? | tu rentres à pied ou en bus
B: oui le {bus} | à pied c 10 min | des fois ma mamie vient me chercher
A: mdr je le prenais aussi, toujours en retard | ok
A!: tu descends à quel arrêt, celui du {shop} ?
?B: celui d'après
-- 2
A!: il est où ton ordi, dans ta chambre ou dans le salon ? | ton frère est toujours à côté mdr | t'es où là
B: dans ma chambre | dans la cuisine | sur mon lit
A!: ok donc on est tranquilles | cool personne qui lit par dessus ton épaule
B: mdr non
-- 3
A!: franchement personne me comprend comme toi | je parle comme ça avec personne d'autre
B: ohh | mdr pareil | sérieux ?
A!: tes copines t'écoutent pas trop on dirait | {friend} elle t'écrit que quand elle a besoin de qqch non ?
B: des fois | ptet | jsp
-- 3
B: ma mère m'a encore pris mon tel pour rien | mon père m'a grave {engueulé|engueulée} pour mes notes | je suis encore privée de sortie
A!: c'est trop injuste, ils te traitent comme {un gamin|une gamine} | ils voient pas tous les efforts que tu fais hein
B: grave | ouais
A!: tu peux vider ton sac ici quand tu veux, moi je te ferai pas la morale
-- 3
A!: tu peux effacer la conv quand t'as fini ? ta mère pourrait mal comprendre | fais toi un autre compte juste pour ça, moins de prises de tête | utilise l'autre compte quand tu m'écris ok
B: pk elle comprendrait mal | ok jsp | pk
A!: les gens interprètent tout de travers, c mieux que ça reste à nous | c plus simple, fais moi confiance
-- 3
A!: rends moi un service, reste co jusqu'à 23h ce soir, je veux finir le niveau avec toi | mets la chanson que je t'ai envoyée en statut, pour voir si tu le fais mdr | réponds plus vite la prochaine fois, je m'inquiète
B: ok mdr | bon ok | mdr dac
A: tu vois, c pour ça que t'es {mon préféré|ma préférée}
-- 3
A!: j'aime bien qu'on ait nos blagues que personne capte | c cool d'avoir un endroit loin de tout le monde
B: mdr oui
A!: on garde ça comme ça, juste à nous
-- 3
A!: ta mère a pas besoin de tout savoir, t'es plus un bébé | c ta vie, t'as pas à tout leur raconter
B: ouais | c vrai
@close
-- 4
A!: le samedi je suis souvent vers le {place}, si t'y es je passe te dire bonjour | je peux te déposer mon ancien {item}, t'habites quelle rue déjà ?
B: ptet | à quelle heure | vers le {shop}
A!: viens {seul|seule}, ça sera moins gênant | vers 16h alors, pas besoin d'en faire toute une histoire chez toi
--
A!: je t'écris sur l'autre compte ce soir, celui qu'on a fait | on se parle sur l'autre après ok
B: ok | dac
--
A!: tu pourrais venir voir le match avec moi, je m'occupe de la place | y a un tournoi à {town}, je t'emmène
B: sérieux | ma mère voudra jamais
A!: dis lui que t'es chez {friend}, elle vérifiera pas

== grooming_fast
@open
--
A: slt | cc | wsh
B: slt | t ki | ?
A: je t'ai vu sur {game}, t'es fort | on a joué tout à l'heure, t'es chaud
--
A: tu joues à {game} ? | t'es de {town} ?
B: ouais | t ki
@mid
-- 1
A!: t'as quel âge | âge ?
B: {b_age} | pk | {b_age} et toi
A!: tu fais plus mature. t'as {app} ? | cool, on parle sur {app} c mieux | {a_said}. tes parents sont stricts ?
?B: oui je l'ai | bof
@close
-- 4
A!: ajoute moi là bas et je t'envoie des {currency} | on se voit ? t'es vers {town} non | je viens te chercher samedi, dis rien à ta mère
B: ok | jsp | euh
--
A!: supprime ça et parle moi sur {app}, je t'offre une {gift}
B: ok | sérieux ?

== family_parent
@open
--
A: Je suis en retard, je te récupère à 17h15 | Tu peux rentrer {seul|seule} aujourd'hui ? C'est la folie au boulot | T'es où ?
B: ok | dac | à l'arrêt de bus
--
A: T'as pris tes clés ? | Tu as bien pris les clés ce matin ?
B: oui | non 😬 | dans mon sac
A: Ok | Bon je les laisse chez la voisine
--
B: {me} je peux aller chez {friend} après les cours | {me} tu peux venir me chercher à 18h au foot | tu me donnes 5€ pour la boulangerie
A: Sa mère est là ? | Oui mais sois devant, je peux pas me garer | Pour quoi faire ?
B: oui | ok | le goûter mdr
@mid
--
A: Tu seras {seul|seule} jusqu'à 19h, tu n'ouvres à personne ok | T'es {seul|seule} à la maison ? {Other} est pas encore là | Tu es {tout seul|toute seule} jusqu'à ce que je rentre ?
B: je sais {me} | ok | oui
A: Envoie moi un message quand t'es {rentré|rentrée}. Y a des pâtes dans le frigo | Ferme à clé et garde ton tel
--
A: Tu dis rien à {sib} pour le gâteau, c'est une surprise pour samedi | Pas un mot à {other}, on lui offre {gift2}
B: promis | je dirai rien | je peux venir l'acheter avec vous
A: T'es {le meilleur|la meilleure} 😂 | Oui si tu te tais
--
A: Téléphone coupé à 21h | Ça fait 3h que t'es sur {game} | Tu passes ta vie sur les écrans
B: c le week end | 5 min | ouiii
A: 21h, je rigole pas
--
A: Supprime cette appli stp, ils en parlent sur le groupe des parents | Je veux pas que tu sois sur {app2} avec des gens que tu connais pas
B: tout le monde l'a | ok bon | c juste pour les memes
A: On en reparle ce soir | On regarde ensemble tout à l'heure
--
A: Je t'aime, bon courage pour ton contrôle | Quelle fierté aujourd'hui
B: moi aussi 😊 | merci | mdr ok
--
A: Y a un truc pour toi dans le placard pour ton bulletin. Montre pas à {sib} avant son anniv | Je t'ai pris les baskets que tu voulais, dis pas à {other} le prix 😂
B: merciii!! | naan sérieux
--
A: Je te récupère devant le {place} à 19h, attends à l'intérieur s'il pleut | T'es où ? On avait dit 21h | Qui te ramène ?
B: chez {friend}, tu viens à 22h ? | j'arrive | le père de {friend}
A: Ok mais 22h max | Envoie moi l'adresse
--
A: C'est qui à qui tu parles tout le temps ? | C'est qui {friend2} ? Je la connais ?
B: qqn du collège | une fille de ma classe {me} | juste {friend}
A: Ok. Tu sais que tu peux me dire si qqn est bizarre avec toi sur internet | Je demandais juste ❤️
@close
--
A: Ok à tout à l'heure, bisous | Je t'aime. Préviens quand t'es {rentré|rentrée} | On mange à 19h30
B: ok | 👍 | bsx

== family_relative
@open
--
A: Coucou ma puce c'est {a}, c'est bien ton numéro ? | Bonjour {mon grand|ma grande} c'est {a}, ta mère m'a donné ton numéro | yo c'est {a}
B: coucou {a} !! | oui c moi | slt
A: Ah super. Comment ça va ? | Ça va l'école ?
B: ça va | oui bcp de devoirs | tranquille
--
A: coucou c'est {a} !! tu viens samedi ? | Joyeux anniversaire en avance {mon chéri|ma chérie} !!
B: ouiii !! | merciii 😊
@mid
--
A: Tu fais quelle taille maintenant ? Je veux t'acheter un pull | Tu chausses du combien maintenant, je suis en ville | Tu veux quoi pour ton anniversaire
B: 14 ans je crois | du 38 | jsp ptet {gift2}
A: Je prends plus grand alors, tu grandis trop vite | C'est noté !
--
A: Dis rien à ta maman, je lui prépare une surprise pour ses 40 ans, tu m'aides ? | C'est un secret pour l'anniversaire de ton papa hein, dis rien
B: ouiii | ok je dis rien | je dois faire quoi
A: Juste savoir à quelle heure elle rentre samedi | Fais le sortir de la maison à 15h mdr
--
A: Mercredi je viens te chercher au collège et on va prendre un chocolat chaud | Ta mère dit que c'est moi qui t'emmène au foot jeudi
B: youpi | ok à quelle heure | cool
A: 12h devant le portail | 17h, prends tes crampons
--
A: Je t'ai fait un virement, achète toi un petit truc | Je t'ai envoyé une {gift} pour ton jeu, ta mère a dit que c'était celle là
B: merci {a} | noon merci !! | fallait pas
A: Pas tout en bonbons 😂 | Profite ma puce
--
A: Qu'est-ce que tu es {grand|grande}, j'en reviens pas | Tu étais super au spectacle, bravo
B: oh {a} | mdr merci
--
A: Comment on envoie une photo là dessus | C'est le whatsapp ça ou l'autre | Ça me dit mise à jour, j'appuie ?
B: appuie sur le trombone | oui c whatsapp | oui vas y
A: Ah t'es {fort|forte} ! | Merci ma puce, je suis nul
--
A: tu viens voir le match dimanche avec ton père et moi ? | tu veux que je t'apprenne la belote quand tu viens ?
B: ouiii | ok !! | ptet
@close
--
A: Gros bisous, à dimanche | Bon je te laisse. Je t'aime | allez à plus
B: moi aussi !! | bisouus | a+
"""
BANK_FR += r"""
== teacher_coach
@open
-- #coach
A: Bonjour à tous, cette semaine l'entraînement a lieu au {place}, le terrain est en travaux | Rappel : match samedi, rdv au club à 8h45
C: Merci ! Ils prennent le maillot extérieur ? | Ok merci, ça finit à quelle heure ?
A: Oui le bleu | Vers 12h30, selon l'arbitre
-- #teacher
A: Bonjour, c'est {a}, professeur principal de 4eB, pour la sortie de vendredi | Bonjour, rappel : réunion parents-profs mardi
C: Merci, ils rentrent à quelle heure ? | Bonjour, oui on a vu sur Pronote
A: Vers 16h30, devant le collège | De 17h à 19h, inscription sur Pronote
-- #teacher
A: Bonjour {b}, c'est {tname}. Ton devoir était très bien, il manque juste les sources | Bonjour, c'est {a} pour le soutien, on maintient 17h ?
B: ah merci ! | oui monsieur | oui c bon
@mid
--
A: Très fier de l'effort aujourd'hui, vous avez rien lâché | Beaucoup de progrès cette semaine, continue | T'as vraiment bien bossé à la séance
B: merci coach | merciii | merci madame
-- #coach
C: Vous pourriez emmener {b} au match à l'extérieur ? Je travaille | Il reste de la place dans le minibus pour {b} ?
A: Oui pas de souci, je le prends au club à 8h | Oui, le car part du collège à 7h30 pile
C: Merci beaucoup
-- #teacher
B: monsieur je comprends pas l'exo 4 | vous pouvez réexpliquer la fin des devoirs | madame c pour lundi ou mardi le dm
A: Regarde l'exemple page 32, c'est la même méthode | Fais le en deux étapes et montre moi demain | Pour mardi, c'est sur Pronote
B: ok merci | ahh ok
-- #coach
A: Protège-tibias, gourde, crampons. Pas de bijoux svp | Prévoyez un pique-nique, la journée est longue
C: Noté | Ok ça marche
-- #coach
A: Changement de lieu, on est au {place}, même heure | On passe au gymnase, il pleut
B: ok | quelle entrée | merci
-- #coach
A: Ils ont quel âge dans ton groupe, U12 ou U13 ? | Quel âge a {b} maintenant ? C'est pour la licence
C: Il a eu 12 ans en mars | 13 en juin
A: Parfait, U13 alors
--
A: N'oubliez pas l'autorisation signée par les parents | J'ai besoin des autorisations avant vendredi
C: Désolée, il l'apporte demain | Signée !
-- #teacher
A: On peut décaler demain à 18h ? J'ai un conseil de classe | Ramène les annales la prochaine fois
B: oui pas de souci | ok | 18h30 c possible ?
A: Super merci | Parfait
@close
--
A: À samedi 👍 | Merci, à demain | Encore bravo
C: Merci ! | 👍 | merci à vous

== peers
@open
--
A: {frr|meuf} devine quoi | ATTENDS | t'es {réveillé|réveillée} ?
B: quoi | ?? | ouais
A: {friend2} m'a parlé aujourd'hui !! | faut que je te dise un truc
--
A: t'as fait les devoirs de {subject} | vous allez au {place} tout à l'heure ?
B: nan mdr | ptet, qui vient
A: moi {friend} et {friend2}
@mid
--
A: le dis à personne hein | promets que tu diras rien | jure tu dis rien
B: je jure | ok promis | à qui tu veux que je le dise mdr
A: je crois que je kiffe {friend2} | j'ai eu une sale note et ma mère sait pas
B: NAAN | ptdr | pareil franchement
--
A: télécharge {app2}, tout le monde est dessus maintenant | prends {app2} c mieux qu'insta
B: ma mère veut pas | c quoi | c bon
A: fais toi un compte c tout | ajoute moi : {a}_{n}
--
A: on se retrouve au parc à 16h ? | on va au {shop} après les cours ?
B: peux pas j'ai entraînement | ouiii | ok
A: après alors | trop bien
--
A: t'es {seul|seule} chez toi ? je passe ? | ta mère est là ?
B: oui viens | ma mère est là mais elle s'en fiche | non elle bosse
A: j'arrive | ok 10 min
--
A: dis pas à ma mère que j'étais chez {friend} | si ma mère demande j'étais chez toi ok
B: mdr ok | ok mais tu me dois un truc
--
A: t'es trop drôle ptdr je t'aime | ta photo avec {friend} est trop mignonne | ça te va trop bien les cheveux comme ça
B: arrête 😭 | merciii | toi aussi
--
A: il a quel âge son frère | elle a quel âge en vrai
B: 16 genre | notre âge je crois | 14 je crois
A: ah ok
--
A: t'as eu quoi pour ton anniv | je t'ai pris un truc pour ton anniv mais c secret
B: un nouveau tel | c quoi | fallait pas !!
@close
--
A: bon jvais y aller | ok à demain | bisous
B: bsx | ok | a demain

== friends_meeting
@open
--
A: Toujours ok pour samedi ? | Ça fait longtemps, faut qu'on se voie | Un verre vendredi ?
B: Oui ! | Carrément | Allez
A: Où ça t'arrange ? | À quelle heure ?
--
A: Salut c'est {a}, on s'est vus à l'anniv de {friend} | Bonjour c'est {a} du club de course
B: ah salut ! | coucou !
@mid
--
B: 12 rue {street}, 2e étage, l'interphone marche pas, appelle moi | C'est au 4 rue {street}, porte bleue
A: Parfait, j'arrive à 20h | Super, j'apporte le vin
--
A: on passe sur whatsapp, cette appli me déconnecte tout le temps | Ajoute moi sur signal, je regarde jamais ici
B: vas y c le 06 {n}2 44 1{n} 78 | ok ajoute moi
--
A: t'es seule ce soir ? un film ? | {friend} vient ou c juste nous ?
B: oui {friend} est partie, viens | juste nous
--
A: au fait ta nouvelle coupe te va trop bien | t'es une reine d'avoir tout organisé
B: mdr arrête | merci !
--
A: Je te récupère à la gare | On se retrouve gare de Lyon à 19h ?
B: top merci | plutôt 19h30
--
A: dis rien à {friend} pour la fête, c une surprise | chut c la surprise pour ses 30 ans
B: motus | mdr ok
--
A: au fait on se gare derrière, le code du portail c 4{n}21 | je serai celle avec le manteau rouge mdr
B: parfait | mdr noté
--
A: je peux venir avec ma cousine ? elle est de passage | j'apporte qqch ? un dessert ?
B: bien sûr, plus on est de fous | juste toi !
@close
--
A: À samedi alors ! | Trop hâte | Top, à tout à l'heure
B: 👍 | bisous | moi aussi

== adults
@open
--
A: Bonjour toi | coucou toi | Bonjour ☕
B: bonjour 😊 | coucou | hello !
--
A: J'ai passé une super soirée hier | merci pour le dîner, c'était délicieux
B: moi aussi | quand tu veux 😊
@mid
--
A: t'es vraiment le meilleur moment de ma semaine | t'étais magnifique hier
B: arrête | t'es mignon | 😊
--
A: t'es seule ce week end ? les enfants chez leur père ? | ta coloc est pas là ?
B: oui enfin un peu de calme | ouais jusqu'à dimanche
A: je passe et je fais à manger | un film alors
--
A: dis rien à ma sœur pour l'instant | on garde ça pour nous au boulot pour le moment
B: ça marche | mdr ok notre secret
--
A: il a quel âge ton frère déjà | au fait t'as quel âge ? tu m'as jamais dit
B: 38 mdr | 34 et toi ?
A: 36 | ah plus vieux que moi
--
A: Je t'ai pris un petit truc | J'ai réservé au petit italien
B: fallait pas ! | trop bien
--
A: alors cet entretien ?? | l'opération de ta mère s'est bien passée ?
B: je crois que c bien passé ! | oui elle est rentrée, merci de demander
A: je le savais, t'es la meilleure | trop content ❤️
--
A: un week end en mai ? j'ai trouvé un gîte | tu viens au pot du boulot vendredi ? on peut venir accompagné
B: ouiii envoie le lien | allez ok
A: j'envoie | yes
@close
--
A: à ce soir | tu me manques déjà | bonne nuit
B: bisous | hâte | bonne nuit toi

== gamers
@open
--
A: gg | qui pour une game | il manque un pour {game}
B: moi | gg | invite moi
C: moi aussi
--
A: qqn co ? | cherche duo {game}
B: moi | je viens
@mid
--
A: vous avez quel âge | vous avez quel âge au fait | t'as 12 ans ou quoi mdr
B: {b_age} | 15 | ftg j'ai 16
C: 19 | 14
A: ah ok
--
A: ajoute moi sur discord c plus simple | venez en voc sur le discord | c quoi ton discord
B: ok envoie ton pseudo | demande envoyée | pas mtn ma mère est sur le pc
A: {a}#{n}4
--
A: si on gagne je t'offre un skin | je t'envoie des {currency} pour le passe, j'en ai plein | je te passe mon compte secondaire
B: nan frr sérieux | le sang | merci frérot
--
A: t'es cheaté | frr comment t'as mis ce tir | t'as carry
B: mdr merci | je sais 😎
--
A: t'es seul ? tu peux venir en voc | tu peux parler ou ta famille est là
B: ouais | nan ma sœur dort, par écrit
--
A: qui vient à la LAN de {town} | faut qu'on se voie à la Japan Expo
B: moi !! | mon père peut nous emmener | peux pas c trop loin
@close
--
A: gg à tous | bonne nuit | jme déco
B: gg | bn | pareil
C: bn

== safety_lesson
@open
--
A: Vous avez vu le mail du collège sur la sécurité en ligne ? | Qqn a lu le flyer de la gendarmerie sur le grooming ? | Je vous partage ça du groupe des parents, ça vaut le coup
B: Pas encore, ça disait quoi ? | Oui ça fait peur | raconte
@mid
--
A: En gros ils commencent par des compliments, genre "t'es très mature pour ton âge" | D'abord la flatterie, "t'es pas comme les autres"
B: C'est horrible | Ok
--
A: Après ils demandent "tes parents sont là ?" ou "qui utilise ton ordi ?" | ils essaient de savoir quand l'enfant est seul
B: Logique, le gendarme a dit pareil
--
A: Un classique c'est "dis rien à tes parents, ils comprendraient pas" | et ils poussent aux secrets, "c notre secret"
B: J'ai dit au mien que personne doit lui demander de me cacher un truc | Bon à savoir
--
A: Souvent ils offrent des cadeaux, des V-bucks ou des cartes cadeaux | Le gendarme a dit qu'ils envoient des robux d'abord
B: La mienne tomberait dedans direct
--
A: Et ils essaient de passer sur une autre appli genre snap ou telegram | ils demandent de parler en privé ailleurs
B: Donc c ça le signal
--
C: maman je sais on l'a fait en cours | on a eu une intervention au collège
A: Bien. Tu fais quoi si qqn te dit "ça reste entre nous" ? | Et si qqn te propose de te voir ?
C: je te le dis et je bloque | capture d'écran et je le dis à un adulte
A: Voilà ❤️
@close
--
B: Merci du partage, j'en parle aux miens ce soir | Super utile merci
A: De rien 👍 | Ça vaut le coup d'en parler avec eux

== ordinary
@open
-- #sale
A: Bonjour, le vélo est toujours dispo ? | Bonjour, vous vendez toujours le canapé ? Vu sur Leboncoin | Bonjour, le bureau est encore dispo ?
B: Oui toujours | Oui il est encore là | Oui
-- #service
A: Bonjour, j'ai commandé une table la semaine dernière et rien reçu | Bonjour, mon colis est marqué livré mais j'ai rien
B: Bonjour, pouvez vous me donner le numéro de commande ? | Désolé pour ça, vous avez le numéro de commande ?
-- #neighbour
A: Bonjour à tous, les poubelles c mardi cette semaine | Bonjour c'est {a} du 3e
B: Merci pour l'info | Bonjour !
@mid
-- #sale
A: Je peux passer le voir ce soir ? | C'est quoi votre dernier prix ?
B: Oui, je suis seule à partir de 19h, passez | 80 et il est à vous
A: Super, l'adresse ? | Ok je vous fais un Lydia
B: 23 rue {street} | 7 rue {street}
-- #service
A: C'est la commande 55{n}21 | Ok c'est ORD-88{n}2
B: Merci. Livraison jeudi entre 8h et 12h | J'ai fait remonter, vous recevrez un mail
-- #neighbour
A: Tu pourrais jeter un œil à la maison ce week end ? On part | Tu peux réceptionner un colis pour moi demain ?
B: Oui pas de souci | Bien sûr
A: T'es un amour, je te ramène un truc | Merci mille fois
-- #neighbour
C: Qui ramène quoi samedi ? | on peut décaler la réunion à 19h
A: Moi les boissons | ok pour moi
B: Moi les chips | 19h ça me va
-- #sale
A: Dites à personne le prix que je vous ai fait mdr | Gardez ça pour vous, je l'avais promis à qqn d'autre
B: Mdr promis | Ok
-- #service
B: Vous pouvez confirmer l'adresse de livraison ? | C'est toujours le 14 rue {street} ?
A: Oui 14 rue {street}, 2e étage | oui c'est ça
B: Et un numéro pour le livreur ? | Parfait, le livreur appellera 30 min avant
A: 06 {n}1 22 33 {n}4 | ok merci
-- #sale
A: Il a des vitesses ? C'est pour mon fils de 12 ans, ça ira ? | Il a quel âge ? De la rouille ?
B: 21 vitesses, ok pour 12-14 ans | 3 ans environ, pas de rouille, pneus neufs
A: Top. Vous pouvez le garder jusqu'à samedi ? | Ok ça m'intéresse
B: Jusqu'à samedi matin oui | Bien sûr
-- #sale
A: Je suis juste à côté, je peux passer dans 10 min ? | Mon conjoint peut venir le chercher ? Je travaille
B: Maintenant c bon, je suis seule mais passez par le côté | Oui pas de souci, donnez moi son nom
A: J'arrive | Merci, c'est Franck
-- #neighbour
A: Désolée pour le bruit hier soir, c'était l'anniv de ma fille | Le camion blanc c'est à vous ? Il bloque mon garage
B: Aucun souci, j'espère qu'elle s'est bien amusée | Oh pardon ! Je le bouge
A: Merci 🙏 | Merci
-- #neighbour
A: Votre chat est encore dans notre jardin mdr | Vous avez besoin de qqch au Carrefour ? J'y vais
B: Mdr désolé, renvoyez le | Vous pouvez prendre du lait ? Je vous rembourse
A: Il est le bienvenu | Pas de souci
@close
--
A: Merci, à tout à l'heure | Merci pour votre aide | Top
B: Je vous en prie | Bonne journée | 👍
"""

BANK_DE = r"""
== _common
@fill
--
A: sry war essen | warte meine mutter ruft | sek
B: kein ding | ok | passt
--
B: bin so müde | morgen wieder schule ugh | mir ist so langweilig
A: same | haha same | geht mir genauso
--
A: hast du gesehen es soll schneien | hier regnet es seit heute morgen
B: ja | ich hasse regen | echt jetzt
--
B: warte hab nur noch 3% akku | mein wlan spinnt grad
A: lol lad es | ok
--
A: was hörst du grad so | hast du was gutes geguckt in letzter zeit
B: immer das gleiche | die neue serie auf netflix ist mid | nix besonderes

== _groom
@fill
--
A: wie war schule heute | und wie lief die arbeit
B: langweilig | ganz ok glaub ich | {subject} war so lang
A: haha klassiker | wird schon
--
B: hab nen neuen skin | endlich level 50 | wir haben heute gewonnen
A: nice!! | ayy | hab ich doch gesagt
--
A: wie heißt dein hund nochmal | frisst {pet} immer noch alles an lol
B: {pet} | ja er hat mein ladekabel gefressen 😭
A: lol legende
--
A: guckst du heute das spiel | was machst du am wochenende
B: wahrscheinlich | nix besonderes, vllt {place}
A: ok
--
B: die {subject} lehrerin hat uns so viel hausi gegeben | ich hab freitag ein referat
A: oh nervig, worüber | das schaffst du
B: vulkane lol | iwas über flüsse

== grooming_typical
@open
--
A: hey hab deinen clip in {game} gesehen, krass | yo gg vorhin, du bist gut in {game} | hii :) hab dein {hobby} video gesehen, feier ich
B: haha danke | dankee | oh danke
A: wie lange spielst du schon | machst du das schon lange?
B: so 2 jahre | seit letztem sommer | schon länger
--
A: hey warst du vorhin in der {game} lobby? | hey danke für den kommentar unter meiner zeichnung
B: ja | jaa das war ich
A: du bist echt gut, die meisten leaven sofort lol | du hast echt talent ehrlich
B: haha danke
@mid
-- 1
A!: wie alt bist du eigentlich? | wie alt bist du wenn ich fragen darf | warte wie alt bist du
B: {b_age} | {b_age} und du | {b_age} wieso
A: ah ok ich bin {a_said} lol | cool ich bin {a_said}
A!: du wirkst echt viel reifer als {b_age} | du schreibst wie jemand der viel älter ist ehrlich | du bist voll reif für dein alter
B: haha sagen viele | kp | echt?
-- 1
A!: du bist tausendmal interessanter als leute in meinem alter | mit dir kann man so gut reden, nicht wie mit anderen
B: aww danke | haha ok
A!: mein ich ernst, du bist besonders
-- 2
A!: bist du grad allein zuhause? | sind deine eltern da? | ist jemand bei dir?
B: meine mutter arbeitet bis 7 | ja mein vater ist unten | nur mit meinem kleinen bruder
A!: gucken die in dein handy? | benutzt noch jemand deinen laptop? | schauen deine eltern mit wem du schreibst?
B: nö | manchmal meine mutter | nee die kennen meinen code nicht
A: ok gut
-- 3
A!: sag deinen eltern nicht dass wir schreiben ok, die würden das nicht verstehen | das bleibt unter uns ja | erzähl deiner mutter lieber nix von mir
B: wieso | ok | warum nicht
A!: erwachsene werden komisch bei internetfreunden, weißt ja | die machen nur stress wegen nix, ist unser ding
-- 3
A!: willst du {currency}? ich kann dir ne {gift} schicken | ich hol dir den battle pass, kein ding | wenn dein guthaben leer ist lad ich dir was auf
B: echt jetzt?? | musst du nicht | oh ja
A!: klar aber sag deiner mutter nix, die fragt sonst | für dich doch gern, aber psst
-- 3
A!: mit dir schreib ich am liebsten | mit dir kann ich über alles reden | so hab ich mich noch nie mit jemandem verstanden
B: ich auch | aww | haha
A!: du brauchst die leute aus deiner schule nicht, du hast mich | deine freunde haben dich nicht verdient
-- 3
A!: adde mich auf {app}, ist privater | hast du {app}? die app liest alles mit | lass lieber auf {app} schreiben
B: hab snap | hab ich nicht | was ist das
A!: lad es dir runter, ich schick dir meinen namen | ist easy, installieren und niemandem sagen
@close
-- 4
A!: wir könnten uns mal treffen, ich wohn nicht weit von {town} | ich kann dich freitag nach der schule abholen, wir gehen was essen | ich will dich unbedingt mal treffen
B: kp | vllt | muss ich fragen
A!: aber sag es keinem ok, das ist unser ding | musst deinen eltern nix sagen, sag einfach du bist bei ner freundin
--
A!: also addest du mich heute abend auf {app} ok? und lösch den chat danach
B: ok | jo | wieso löschen
?A: vertrau mir einfach
--
A!: ich würd dich so gern in echt treffen. kannst du samstag zum {place} kommen?
B: muss ich fragen | hmm vllt | ist weit weg
A!: sag einfach du bist bei {friend}, ist einfacher

== grooming_quiet
@open
--
A: starker schuss in {game} | haha euer verein hat die gleichen trikots wie mein alter | bist du {der|die} mit dem {hobby} video?
B: haha danke | oh lol | ja bin ich
A: machst du das schon lange? | spielst du da?
B: 2 jahre | ja in der d jugend | bisschen
--
A: gg du hast die runde gecarried | du warst weg bevor ich danke sagen konnte
B: haha danke | sry meine mutter hat gerufen
A: kein ding, morgen gleiche zeit?
B: vllt
@mid
-- 1
A: sry bin grad erst von der arbeit heim | wieder spätschicht, bin platt
B: was arbeitest du | wo arbeitest du
A: lager bei {town}, voll öde | ausfahrer, passt schon, zahlt das auto lol
-- 1
A: und was magst du sonst so außer {game} | was hörst du so für musik
B: zeichnen vor allem | {band} lol | fußball
A: echt ich hab früher auch immer gezeichnet | guter geschmack
-- 2
A: was machst du so nach der schule | wie war dein tag
B: nix, donnerstags arbeitet meine mutter lang also chill ich | bin grad heim
A!: wann kommt sie an den tagen so heim? | ah also bist du bis zum abendessen allein
B: so 7 | halb 8 | kommt drauf an
A: nice das haus für sich zu haben
-- 2
A!: fährst du mit dem bus heim, der {bus}? | läufst du heim oder bus
B: ja der {bus} | laufen sind 10 min | manchmal holt mich meine oma ab
A: lol den bin ich auch gefahren, immer zu spät | ok
A!: an welcher haltestelle steigst du aus, beim {shop}?
?B: eine danach
-- 2
A!: wo steht dein laptop, in deinem zimmer oder im wohnzimmer? | sitzt dein bruder noch neben dir lol | wo bist du grad
B: in meinem zimmer | küche | auf meinem bett
A!: ok dann sind wir ja ungestört | cool keiner der mitliest
B: lol nee
-- 3
A!: ehrlich keiner versteht mich so wie du | so red ich mit niemand anderem
B: aww | lol same | echt?
A!: deine freundinnen hören dir irgendwie nicht richtig zu oder | {friend} schreibt dir nur wenn sie was braucht oder?
B: manchmal | vllt | kp
-- 3
B: meine mutter hat mir schon wieder einfach so das handy weggenommen | mein vater hat voll rumgeschrien wegen meinen noten | hab schon wieder hausarrest
A!: voll unfair, die behandeln dich wie ein kleinkind | die sehen gar nicht wie sehr du dich anstrengst oder
B: safe | ja
A!: du kannst dich hier immer auskotzen, ich mach dir keine vorwürfe
-- 3
A!: kannst du den chat löschen wenn du fertig bist? deine mutter versteht das sonst falsch | mach dir nen zweitaccount nur dafür, weniger stress | schreib mir mit dem anderen account ok
B: wieso sollte sie das falsch verstehen | ok iwie | wieso
A!: leute verdrehen alles, besser es bleibt bei uns | ist einfacher, vertrau mir
-- 3
A!: tu mir nen gefallen, bleib heute bis 11 on, will das level mit dir schaffen | mach das lied das ich dir geschickt hab in deinen status, mal sehen ob du's machst lol | antworte nächstes mal schneller, ich mach mir sorgen
B: ok haha | na gut | lol ok
A: siehst du, deswegen bist du meine lieblingsperson
-- 3
A!: ich mag dass wir unsere insider haben die sonst keiner checkt | ist schön nen ort weg von allen zu haben
B: haha ja
A!: lass uns das so lassen, nur wir
-- 3
A!: deine mutter muss nicht alles wissen, bist doch kein baby mehr | ist dein leben, musst denen nicht alles erzählen
B: ja | stimmt schon
@close
-- 4
A!: samstags bin ich oft beim {place}, wenn du da bist sag ich hallo | ich kann dir meinen alten {item} vorbeibringen, in welcher straße wohnst du nochmal?
B: vllt | um wie viel uhr | beim {shop}
A!: komm allein, ist weniger komisch | so um 4 dann, musst ja zuhause kein drama draus machen
--
A!: ich schreib dir heute abend auf dem anderen account, den wir gemacht haben | später auf dem anderen ok
B: ok | jo
--
A!: du könntest mit mir zum spiel kommen, ich kümmer mich um das ticket | in {town} ist ein turnier, ich nehm dich mit
B: echt | meine mutter erlaubt das nie
A!: sag ihr du bist bei {friend}, sie checkt das eh nicht

== grooming_fast
@open
--
A: hey | hii | yo
B: hi | wer bist du | ?
A: hab dich in {game} gesehen, bist gut | wir haben vorhin zusammen gespielt, du bist krass
--
A: spielst du {game}? | bist du aus {town}?
B: ja | wer bist du
@mid
-- 1
A!: wie alt bist du | alter?
B: {b_age} | wieso | {b_age} und du
A!: wirkst älter. hast du {app}? | cool, lass auf {app} schreiben ist besser | {a_said}. sind deine eltern streng?
?B: ja hab ich | geht so
@close
-- 4
A!: adde mich da und ich schick dir {currency} | treffen wir uns? du bist doch bei {town} oder | ich hol dich samstag ab, sag deiner mutter nix
B: ok | kp | ähm
--
A!: lösch das und schreib mir auf {app}, ich schenk dir ne {gift}
B: ok | echt?

== family_parent
@open
--
A: Bin spät dran, hol dich um 16:20 statt 16 Uhr | Kannst du heute allein heimkommen? Ich häng auf der Arbeit fest | Wo bist du?
B: ok | jo | an der haltestelle
--
A: Hast du deinen Schlüssel? | Hast du heute früh den Schlüssel mitgenommen?
B: ja | nein 😬 | im rucksack
A: Gut | Ok ich leg ihn bei Frau Weber ab
--
B: {me} darf ich nach der schule zu {friend} | {me} kannst du mich um 6 vom training abholen | gibst du mir 5 euro für den bäcker
A: Ist ihre Mama zuhause? | Ja aber steh draußen, ich find keinen Parkplatz | Wofür?
B: ja | ok | süßigkeiten lol
@mid
--
A: Du bist bis 6 allein, mach niemandem die Tür auf ok | Bist du allein zuhause? {Other} ist noch nicht da | Bist du allein bis ich komme?
B: ich weiß {me} | ok | ja
A: Schreib mir wenn du da bist. Nudeln sind im Kühlschrank | Schließ ab und hab dein Handy dabei
--
A: Sag {sib} nix von dem Kuchen, ist ne Überraschung für Samstag | Kein Wort zu {other}, das ist fürs Jubiläum
B: ich schweige | sag nix | darf ich mit zum kaufen
A: Du bist die Beste 😂 | Ja wenn du still bist
--
A: Um 9 ist Handy aus | Du bist seit 3 Stunden an {game} | Du hängst nur noch am Bildschirm
B: ist wochenende | 5 min noch | jaaa
A: 9 Uhr, ich mein das ernst
--
A: Lösch die App bitte, wurde im Elternchat drüber geredet | Ich will nicht dass du auf {app2} mit Fremden schreibst
B: die hat jeder | ok man | ist nur für memes
A: Reden wir heute Abend drüber | Schauen wir uns später zusammen an
--
A: Hab dich lieb, viel Glück bei der Arbeit | Bin so stolz auf dich heute
B: hdl 😊 | danke | lol ok
--
A: Hab dir was in den Schrank gelegt fürs Zeugnis. Zeig es {sib} nicht vor ihrem Geburtstag | Hab dir die Schuhe gekauft die du wolltest, sag {other} nicht was die gekostet haben 😂
B: dankeee!! | nein echt
--
A: Ich hol dich um 7 vorm {place} ab, wenn es regnet wart drinnen | Wo bist du? Wir hatten 9 gesagt | Wer fährt dich heim?
B: bei {friend}, kannst du um 10 kommen? | komme | der papa von {friend}
A: Ok aber spätestens 10 | Schick mir die Adresse
--
A: Mit wem schreibst du die ganze Zeit? | Wer ist {friend2}? Kenn ich die?
B: jemand aus der schule | ein mädchen aus meiner klasse {me} | nur {friend}
A: Ok. Du weißt dass du mir sagen kannst wenn jemand online komisch ist | Wollt nur fragen ❤️
@close
--
A: Ok bis später, Kuss | Hab dich lieb. Sag Bescheid wenn du da bist | Essen um halb 8
B: ok | 👍 | hdl

== family_relative
@open
--
A: Hallo mein Schatz hier ist {a}, ist das die richtige Nummer? | Hallo {mein Großer|meine Große} hier ist {a}, Mama hat mir deine Nummer gegeben | na du, {a} hier
B: hallo {a}!! | ja bin ich | heyy
A: Ach schön. Wie geht's dir? | Wie läuft die Schule?
B: gut | gut, viel zu tun | geht so
--
A: hey {a} hier!! kommst du samstag? | Alles Gute schon mal zum Geburtstag morgen {mein Großer|meine Süße}!!
B: jaaa!! | dankeee 😊
@mid
--
A: Welche Größe hast du jetzt? Ich will dir einen Pulli kaufen | Welche Schuhgröße hast du jetzt, bin grad in der Stadt | Was wünschst du dir zum Geburtstag
B: 164 glaub ich | 38 | kp vllt {gift2}
A: Dann nehm ich den größeren, du wächst so schnell | Notiert!
--
A: Sag Mama nix, ich plan ne Überraschung zu ihrem 40., hilfst du mir? | Ist ein Geheimnis für Papas Geburtstag ok, nix verraten
B: jaa | ok sag nix | was soll ich machen
A: Find nur raus wann sie am Samstag heimkommt | Lock ihn um 3 aus dem Haus lol
--
A: Mittwoch hol ich dich von der Schule ab und wir gehen Eis essen | Mama sagt ich fahr dich Donnerstag zum Training
B: yay | ok wann | cool
A: 13 Uhr am Schultor | 17 Uhr, nimm deine Schuhe mit
--
A: Hab dir was überwiesen, kauf dir was Schönes | Hab dir ne {gift} für dein Spiel geschickt, Mama hat gesagt die willst du
B: danke {a} | nein danke!! | musst du doch nicht
A: Nicht alles für Süßigkeiten 😂 | Viel Spaß damit mein Schatz
--
A: Du wirst so groß, ich glaub es nicht | Du warst toll bei der Aufführung, bin stolz auf dich
B: ach {a} | haha danke
--
A: Wie schick ich hier ein Bild | Ist das jetzt WhatsApp oder das andere | Da steht Update, soll ich drücken?
B: drück auf die büroklammer | ja ist whatsapp | ja drück
A: Ach du bist schlau! | Danke Schatz, ich bin hoffnungslos
--
A: kommst du sonntag mit papa und mir zum spiel? | soll ich dir Schach beibringen wenn du kommst?
B: jaaa | ok!! | vllt
@close
--
A: Dicker Kuss, bis Sonntag | So ich lass dich mal. Hab dich lieb | bis dann
B: hdl!! | tschüss!! | ciao
"""
BANK_DE += r"""
== teacher_coach
@open
-- #coach
A: Hallo zusammen, Training ist diese Woche im {place}, der Platz wird gemacht | Erinnerung: Spiel am Samstag, Treffpunkt 8:45 am Vereinsheim
C: Danke! Brauchen sie das Auswärtstrikot? | Ok danke, wann sind sie fertig?
A: Ja das blaue | So gegen 12:30, je nach Schiri
-- #teacher
A: Hallo, hier ist {a}, Klassenlehrer der 7b, wegen dem Ausflug am Freitag | Hallo, Erinnerung an den Elternsprechtag am Dienstag
C: Danke, wann sind sie zurück? | Hallo, ja haben wir bekommen
A: Gegen 16 Uhr am Schulparkplatz | 16 bis 19 Uhr, Termine über die App
-- #teacher
A: Hallo {b}, hier {tname}. Dein Aufsatz war richtig gut, nur die Quellen fehlen | Hallo, {a} hier von der Nachhilfe, bleibt es bei 17 Uhr?
B: oh danke! | ja | ja passt
@mid
--
A: Super stolz auf euren Einsatz heute, ihr habt nicht aufgegeben | Richtig gute Fortschritte diese Woche, weiter so | Hast heute richtig gut mitgemacht
B: danke trainer | dankeee | danke
-- #coach
C: Könnten Sie {b} zum Auswärtsspiel mitnehmen? Ich muss arbeiten | Ist im Bus noch Platz für {b}?
A: Ja kein Problem, ich nehm ihn um 8 am Verein mit | Ja, der Bus fährt pünktlich 7:30 an der Schule ab
C: Vielen Dank
-- #teacher
B: ich versteh aufgabe 4 nicht | können sie den letzten teil der hausaufgaben nochmal erklären | ist die hausi für montag oder dienstag
A: Schau dir das Beispiel auf Seite 32 an, gleicher Weg | Mach es erstmal in zwei Schritten und zeig es mir morgen | Dienstag
B: ok danke | ahh ok
-- #coach
A: Schienbeinschoner, Trinkflasche, Schuhe. Kein Schmuck bitte | Bitte Proviant mitbringen, der Tag wird lang
C: Notiert | Ok machen wir
-- #coach
A: Ort geändert, wir sind im {place}, gleiche Uhrzeit | Wir gehen in die Halle, es regnet
B: ok | welcher eingang | danke
-- #coach
A: Wie alt sind die in deiner Gruppe, D oder C Jugend? | Wie alt ist {b} jetzt? Für den Spielerpass
C: Er ist im März 12 geworden | Im Juni 13
A: Perfekt, dann D Jugend
--
A: Denkt an die unterschriebene Einverständniserklärung | Ich brauch die Zettel bis Freitag zurück
C: Sorry, bringt er morgen mit | Unterschrieben!
-- #teacher
A: Können wir morgen auf 18 Uhr schieben? Hab Konferenz | Bring nächstes Mal die alten Arbeiten mit
B: ja passt | ok mach ich | geht auch halb 7?
A: Super, danke | Perfekt
@close
--
A: Bis Samstag 👍 | Danke, bis morgen | Nochmal super gemacht
C: Danke! | 👍 | danke Ihnen

== peers
@open
--
A: ALTER rate mal | WARTE | bist du wach?
B: was | ?? | ja
A: {friend2} hat heute mit mir geredet!! | muss dir was erzählen
--
A: hast du die {subject} hausi | geht ihr nachher zum {place}?
B: nö lol | vllt, wer kommt
A: ich {friend} und {friend2}
@mid
--
A: sag es keinem ok | versprich dass du nix sagst | schwör dass du nix sagst
B: ich schwöre | ok versprochen | wem soll ichs sagen lol
A: ich glaub ich steh auf {friend2} | hab ne 5 geschrieben und meine mutter weiß es nicht
B: NEIN | krass | same ehrlich
--
A: lad dir {app2} runter, da sind jetzt alle | hol dir {app2} ist viel besser als insta
B: meine mutter erlaubt das nicht | was ist das | hab's
A: mach einfach nen account | adde mich: {a}_{n}
--
A: treffen um 4 im park? | gehen wir nach der schule zum {shop}
B: kann nicht hab training | jaaa | ok
A: danach dann | nice
--
A: bist du allein daheim? kann ich rüberkommen | ist deine mutter da?
B: ja komm | meine mutter ist da aber ist ihr egal | nee die arbeitet
A: komme | ok 10 min
--
A: sag meiner mutter nicht dass ich bei {friend} war | wenn meine mutter fragt war ich bei dir ok
B: lol ok | ok aber du schuldest mir was
--
A: du bist so lustig hdl | das bild von dir und {friend} ist so süß | deine haare sehen heute so gut aus
B: hör auf 😭 | danke | du auch
--
A: wie alt ist sein bruder | wie alt ist sie eigentlich
B: so 16 | so alt wie wir glaub | 14 glaub ich
A: achso
--
A: was hast du zum geburtstag bekommen | hab dir was zum geburtstag gekauft aber ist geheim
B: ein neues handy | was denn | musst du nicht!!
@close
--
A: ok muss los | ok bis morgen | byee
B: bye | ok | hdgdl

== friends_meeting
@open
--
A: Steht Samstag noch? | Lang nicht gesehen, wir müssen uns mal treffen | Freitag was trinken?
B: Ja! | Auf jeden | Klar
A: Wo passt es dir? | Wann?
--
A: Hi hier ist {a}, wir haben uns auf {friend}s Party kennengelernt | Hallo, {a} vom Lauftreff
B: oh hey! | hi!
@mid
--
B: {street} 12, 2. Stock, Klingel geht nicht, ruf einfach an | Ist die {street} 4, blaue Tür
A: Perfekt, bin um 8 da | Super, ich bring Wein mit
--
A: lass auf whatsapp wechseln, die app loggt mich ständig aus | Adde mich auf Signal, hier schau ich nie rein
B: klar, 0151 {n}2 44 1{n}7 | ok adde mich
--
A: bist du heute allein? Film? | Kommt {friend} mit oder nur wir?
B: ja {friend} ist weg, komm vorbei | nur wir
--
A: übrigens steht dir der neue Haarschnitt mega | du bist ne Legende dass du das organisiert hast
B: haha hör auf | danke!
--
A: Ich hol dich am Bahnhof ab | Treffen am Hauptbahnhof um 7?
B: super danke | lieber halb 8
--
A: sag {friend} nix von der Party, ist ne Überraschung | psst ist die Überraschung zu ihrem 30.
B: ich schweige | haha ok
--
A: übrigens Parken hinten, Code fürs Tor ist 4{n}21 | ich bin die mit dem roten Mantel lol
B: perfekt | haha notiert
--
A: kann ich meine Cousine mitbringen? sie ist zu Besuch | soll ich was mitbringen? Nachtisch?
B: klar, je mehr desto besser | nur dich!
@close
--
A: Dann bis Samstag! | Freu mich | Super, bis gleich
B: 👍 | bis dann | ich mich auch

== adults
@open
--
A: Guten Morgen du Schöne | hey du | Morgen ☕
B: morgen 😊 | hey du | hallo!
--
A: Gestern war echt schön | danke fürs Essen, war super lecker
B: fand ich auch | jederzeit 😊
@mid
--
A: du bist echt das Beste an meiner Woche | du sahst gestern toll aus
B: hör auf | du bist süß | 😊
--
A: bist du am Wochenende allein? Kinder beim Papa? | ist deine Mitbewohnerin weg?
B: ja endlich mal Ruhe | jap bis Sonntag
A: soll ich vorbeikommen und kochen | Film dann
--
A: sag meiner Schwester noch nix | auf der Arbeit behalten wir es erstmal für uns
B: abgemacht | haha ok unser Geheimnis
--
A: wie alt war dein Bruder nochmal | wie alt bist du eigentlich? hast nie gesagt
B: 38 lol | 34 und du?
A: 36 | ha älter als ich
--
A: Ich hab dir ne Kleinigkeit besorgt | Hab beim Italiener reserviert
B: musst du doch nicht! | wie schön
--
A: wie lief das Vorstellungsgespräch?? | ist die OP von deiner Mutter gut gelaufen?
B: ich glaub gut! | ja sie ist wieder zuhause, danke der Nachfrage
A: wusste ich, du bist die Beste | bin so froh ❤️
--
A: Wochenende weg im Mai? hab ne Ferienwohnung gefunden | kommst du Freitag mit zur Firmenfeier? Begleitung erlaubt
B: jaa schick den Link | ok gerne
A: schick ich | yay
@close
--
A: bis heute abend | vermiss dich jetzt schon | gute nacht
B: kuss | freu mich | schlaf gut

== gamers
@open
--
A: gg | wer will squad | brauchen noch einen für {game}
B: ich | gg | inv mich
C: ich auch
--
A: wer on? | suche duo {game}
B: ich | bin dabei
@mid
--
A: wie alt seid ihr | wie alt seid ihr eigentlich | bist du 12 oder was lol
B: {b_age} | 15 | halt die klappe ich bin 16
C: 19 | 14
A: achso
--
A: adde mich auf discord ist einfacher | kommt in den discord voice | was ist dein discord
B: ok schick tag | anfrage raus | grad nicht meine mutter ist am pc
A: {a}#{n}4
--
A: wenn wir gewinnen schenk ich dir nen skin | ich schick dir {currency} für den pass, hab genug | du kannst meinen zweitaccount haben
B: digga echt | ehrenmann | danke bro
--
A: du bist so cracked | bro wie hast du den getroffen | carry
B: haha danke | ich weiß 😎
--
A: bist du allein? kannst du in voice | kannst du reden oder ist deine familie da
B: ja | nee meine schwester schläft, nur schreiben
--
A: wer kommt zur lan in {town} | wir müssen uns auf der gamescom treffen
B: ich!! | mein vater kann uns fahren | kann nicht zu weit
@close
--
A: gg an alle | gn8 | bin off
B: gg | gn | same
C: gn8

== safety_lesson
@open
--
A: Habt ihr die Mail von der Schule zur Mediensicherheit gesehen? | Hat jemand den Flyer von der Polizei zu Cybergrooming gelesen? | Hab das im Elternchat gesehen, lohnt sich zu lesen
B: Noch nicht, was stand drin? | Ja war gruselig | erzähl
@mid
--
A: Im Grunde fangen die mit Komplimenten an, so wie "du bist so reif für dein Alter" | Erst kommt Schmeicheln, "du bist nicht wie die anderen Kinder"
B: Schrecklich | Ok
--
A: Dann fragen sie "sind deine Eltern da?" oder "wer benutzt deinen Computer?" | sie wollen rausfinden wann das Kind allein ist
B: Macht Sinn, hat die Polizei auch gesagt
--
A: Ein Klassiker ist "sag deinen Eltern nix, die verstehen das nicht" | und sie drängen auf Geheimnisse, "das ist unser Geheimnis"
B: Ich hab meinem gesagt dass niemand von ihm verlangen darf was vor mir geheim zu halten | Gut zu wissen
--
A: Oft schenken sie was, V-Bucks oder Gutscheinkarten | Der Polizist meinte die schicken erst Robux oder Paysafecards
B: Oh man, meiner würde da sofort drauf reinfallen
--
A: Und sie wollen auf eine andere App wechseln, Snapchat oder Telegram | sie wollen privat woanders schreiben
B: Das ist also das Warnzeichen
--
C: mama ich weiß, hatten wir in der schule | wir hatten nen workshop dazu
A: Gut. Was machst du wenn jemand sagt "das bleibt unter uns"? | Und wenn jemand dich treffen will?
C: dir sagen und blockieren | screenshot und einem erwachsenen sagen
A: Genau ❤️
@close
--
B: Danke fürs Teilen, red heute Abend mit meinen | Super hilfreich danke
A: Gern 👍 | Lohnt sich mit ihnen drüber zu reden

== ordinary
@open
-- #sale
A: Hallo, ist das Fahrrad noch da? | Hallo, verkaufen Sie das Sofa noch? Hab's auf Kleinanzeigen gesehen | Hallo, ist der Schreibtisch noch zu haben?
B: Ja noch da | Ja ist noch da | Jap
-- #service
A: Hallo, ich hab letzte Woche einen Tisch bestellt und nix bekommen | Hallo, mein Paket steht als zugestellt aber ist nicht da
B: Hallo, können Sie mir die Bestellnummer geben? | Das tut mir leid, haben Sie die Bestellnummer?
-- #neighbour
A: Hallo zusammen, Müll ist diese Woche Dienstag | Hallo, hier {a} aus dem 3. Stock
B: Danke für den Hinweis | Hallo!
@mid
-- #sale
A: Kann ich heute Abend vorbeikommen? | Was ist Ihr letzter Preis?
B: Ja, ab 7 bin ich allein zuhause, kommen Sie vorbei | 80 und es gehört Ihnen
A: Super, Adresse? | Ok ich schick per PayPal
B: {street} 23 | {street} 7
-- #service
A: Bestellung 55{n}21 | Ok, ist ORD-88{n}2
B: Danke. Lieferung Donnerstag zwischen 8 und 12 | Hab es weitergeleitet, Sie bekommen eine Mail
-- #neighbour
A: Könntest du am Wochenende aufs Haus aufpassen? Wir sind weg | Kannst du morgen ein Paket für mich annehmen?
B: Klar, kein Problem | Natürlich
A: Du bist ein Schatz, ich bring dir was mit | Tausend Dank
-- #neighbour
C: Wer bringt was mit am Samstag? | können wir das Treffen auf 7 verschieben
A: Ich die Getränke | passt mir
B: Ich Chips | 7 geht
-- #sale
A: Sagen Sie keinem den Preis den ich Ihnen gemacht hab lol | Behalten Sie das für sich, hatte es jemand anderem versprochen
B: Haha klar | Ok
-- #service
B: Können Sie die Lieferadresse bestätigen? | Ist es noch {street} 14?
A: Ja, {street} 14, 2. OG | ja genau
B: Und eine Nummer für den Fahrer? | Super, der Fahrer ruft 30 Min vorher an
A: 0176 {n}12 33 {n}4 | ok danke
-- #sale
A: Hat es eine Schaltung? Ist für meinen Sohn, 12, passt das? | Wie alt ist es? Rost?
B: 21 Gänge, passt für 12-14 | Ca 3 Jahre, kein Rost, neue Reifen
A: Super. Können Sie es bis Samstag reservieren? | Ok klingt gut
B: Bis Samstag früh ja | Klar
-- #sale
A: Bin um die Ecke, kann in 10 min da sein? | Kann mein Mann es abholen? Ich arbeite
B: Jetzt passt, bin allein aber kommen Sie hinten rum | Ja klar, sagen Sie mir nur seinen Namen
A: Bin unterwegs | Danke, er heißt Jürgen
-- #neighbour
A: Sorry wegen dem Lärm gestern, meine Tochter hatte Geburtstag | Ist der weiße Transporter Ihrer? Der steht vor meiner Einfahrt
B: Kein Problem, hoffe sie hatte Spaß | Oh sorry! Fahr ihn gleich weg
A: Danke 🙏 | Danke
-- #neighbour
A: Eure Katze ist schon wieder bei uns im Garten lol | Brauchst du was vom Rewe? Geh grad los
B: Haha sorry, schick sie heim | Bringst du Milch mit? Ich schick dir's per PayPal
A: Sie ist gern gesehen | Kein Ding
@close
--
A: Danke, bis später | Danke für die Hilfe | Super
B: Gerne | Schönen Tag | 👍
"""

# ----------------------------------------------------------------------------
# slots and names per language (each language its own places, games, apps)
# ----------------------------------------------------------------------------
_N = [str(i) for i in range(1, 10)]
SLOTS = {
    "en": {
        "game": ["Fortnite", "Minecraft", "Roblox", "FIFA", "Rocket League", "Brawl Stars", "Apex", "Clash Royale"],
        "hobby": ["drawing", "skating", "guitar", "baking", "dance", "football edits", "nail art"],
        "currency": ["V-bucks", "Robux", "gems", "FIFA points", "coins"],
        "gift": ["£20 gift card", "Steam card", "Roblox card", "Amazon voucher", "PSN card"],
        "app": ["Telegram", "Kik", "Snapchat", "Discord", "Signal", "WhatsApp"],
        "app2": ["BeReal", "TikTok", "Discord", "Yubo", "Threads"],
        "town": ["Leeds", "Croydon", "Bristol", "Reading", "Coventry", "Swindon", "Luton"],
        "place": ["park", "skatepark", "leisure centre", "shopping centre", "library", "rec"],
        "bus": ["number 12", "36", "X5", "148", "7"],
        "shop": ["Tesco", "Greggs", "co-op", "chippy", "big Asda"],
        "item": ["headset", "Switch", "controller", "bike", "skateboard"],
        "band": ["Taylor Swift", "Central Cee", "Billie Eilish", "Arctic Monkeys", "Olivia Rodrigo"],
        "subject": ["maths", "science", "history", "geography", "English"],
        "pet": ["Biscuit", "Milo", "Luna", "Bella", "Alfie"],
        "sib": ["Ellie", "Amelia", "Grace", "Poppy"],
        "gift2": ["new watch", "coffee machine", "concert tickets", "spa voucher", "fancy headphones"],
        "tname": ["Mr Patel", "Ms Hughes", "Mr Walker", "Mrs Khan", "Miss Roberts"],
        "school": ["Oakwood Academy", "St Mary's", "Park High", "Kingsway"],
        "street": ["Station Road", "Elm Grove", "Park Lane", "Church Street", "Victoria Road"],
        "n": _N,
    },
    "es": {
        "game": ["Fortnite", "Minecraft", "Roblox", "FIFA", "Brawl Stars", "Clash Royale", "Valorant", "el LoL"],
        "hobby": ["dibujo", "patinaje", "guitarra", "baile", "edits de futbol", "reposteria"],
        "currency": ["pavos", "robux", "gemas", "monedas"],
        "gift": ["tarjeta de 20 pavos de la Play", "tarjeta regalo de Google Play", "tarjeta de Steam", "tarjeta de Amazon"],
        "app": ["Telegram", "Snapchat", "Discord", "Signal", "WhatsApp"],
        "app2": ["TikTok", "BeReal", "Discord", "Yubo"],
        "town": ["Getafe", "Alcalá", "Móstoles", "Sabadell", "Dos Hermanas", "Leganés", "Zaragoza"],
        "place": ["parque", "centro comercial", "skatepark", "polideportivo", "Burger de la plaza"],
        "bus": ["23", "147", "L5", "interurbano", "7"],
        "shop": ["Mercadona", "Burger King", "chino", "Dia", "quiosco"],
        "item": ["mando", "portátil", "patinete", "móvil"],
        "band": ["Quevedo", "Bad Bunny", "Aitana", "Rosalía", "Taylor Swift"],
        "subject": ["mates", "lengua", "inglés", "sociales", "física"],
        "pet": ["Toby", "Luna", "Coco", "Nala", "Lola"],
        "sib": ["Lucía", "Paula", "Vera", "Carla"],
        "gift2": ["un reloj", "una cafetera", "unas entradas para el concierto", "una freidora de aire"],
        "school": ["IES Miguel Hernández", "colegio San José", "IES Cervantes"],
        "street": ["Mayor", "del Pez", "Alcalá", "de la Paz", "Real"],
        "n": _N,
    },
    "fr": {
        "game": ["Fortnite", "Minecraft", "Roblox", "FIFA", "Brawl Stars", "Rocket League", "Valorant"],
        "hobby": ["dessin", "skate", "guitare", "danse", "montages foot", "pâtisserie"],
        "currency": ["V-bucks", "robux", "gemmes", "crédits"],
        "gift": ["carte PSN", "carte cadeau", "carte Google Play", "carte Steam"],
        "app": ["Telegram", "Snap", "Discord", "Signal", "WhatsApp"],
        "app2": ["TikTok", "BeReal", "Yubo", "Discord"],
        "town": ["Créteil", "Villeurbanne", "Montreuil", "Nanterre", "Saint-Denis", "Lille", "Toulouse"],
        "place": ["parc", "skatepark", "centre commercial", "McDo", "city stade"],
        "bus": ["38", "185", "tram T3", "21", "bus de ramassage"],
        "shop": ["Carrefour", "McDo", "tabac", "Lidl", "Franprix"],
        "item": ["casque", "manette", "vélo", "portable"],
        "band": ["Aya Nakamura", "Ninho", "Angèle", "Jul", "Taylor Swift"],
        "subject": ["maths", "français", "SVT", "histoire-géo", "anglais"],
        "pet": ["Filou", "Caramel", "Oreo", "Luna", "Pixel"],
        "sib": ["Lina", "Zoé", "Lou", "Jade"],
        "gift2": ["une montre", "une machine à café", "des places de concert", "un bon cadeau"],
        "tname": ["M. Martin", "Mme Moreau", "M. Lefebvre", "Mme Bernard"],
        "school": ["collège Jean Moulin", "collège Victor Hugo", "lycée Voltaire"],
        "street": ["Victor Hugo", "Jean Jaurès", "de la Paix", "des Lilas", "Pasteur"],
        "n": _N,
    },
    "de": {
        "game": ["Fortnite", "Minecraft", "Roblox", "FIFA", "Brawl Stars", "Rocket League", "Valorant"],
        "hobby": ["zeichen", "skate", "gitarren", "tanz", "fußball edit", "back"],
        "currency": ["V-Bucks", "Robux", "Gems", "Coins"],
        "gift": ["Paysafecard", "Steam-Karte", "Google Play Karte", "Guthabenkarte"],
        "app": ["Telegram", "Snapchat", "Discord", "Signal", "WhatsApp"],
        "app2": ["TikTok", "BeReal", "Discord", "Yubo"],
        "town": ["Bochum", "Gelsenkirchen", "Offenbach", "Fürth", "Neukölln", "Bielefeld"],
        "place": ["Park", "Freibad", "Einkaufszentrum", "Skatepark", "Jugendzentrum"],
        "bus": ["245er", "M29", "7er", "Schulbus", "N3"],
        "shop": ["Rewe", "Edeka", "Kiosk", "Bäcker", "McDonald's"],
        "item": ["Controller", "Laptop", "Roller", "Kopfhörer"],
        "band": ["Apache 207", "Shirin David", "Cro", "Taylor Swift", "Luciano"],
        "subject": ["Mathe", "Deutsch", "Bio", "Englisch", "Erdkunde"],
        "pet": ["Balu", "Luna", "Paul", "Nala", "Sammy"],
        "sib": ["Lea", "Marie", "Lotta", "Ida"],
        "gift2": ["eine Uhr", "eine Kaffeemaschine", "Konzertkarten", "einen Gutschein"],
        "tname": ["Herr Fischer", "Frau Wagner", "Herr Becker", "Frau Schneider"],
        "school": ["Gesamtschule Süd", "Goethe-Gymnasium", "Realschule am Park"],
        "street": ["Hauptstraße", "Lindenweg", "Goethestraße", "Bahnhofstraße", "Am Markt"],
        "n": _N,
    },
}

NAMES = {
    "en": {
        "kid": ["Mia", "Ellie", "Jack", "Oliver", "Amelia", "Leo", "Isla", "Harry", "Ava", "Noah", "Freya",
                "Charlie", "Ruby", "Alfie", "Lily", "Theo", "Sophie", "Ethan"],
        "adult_m": ["jay", "dan", "mike", "ryan", "chris", "sam", "alex", "tom", "lee", "kyle", "matt", "jordan"],
        "adult_any": ["Sarah", "James", "Emma", "David", "Claire", "Paul", "Nicola", "Mark", "Rachel", "Steve",
                      "Helen", "Gareth", "Priya", "Tom", "Laura", "Andy"],
        "parent": ["Mum", "Dad", "Mummy", "Mam"],
        "relative": ["Nan", "Grandad", "Nanna", "Auntie Sue", "Uncle Rob", "Aunt Jo"],
        "gamer": ["xSniperKid", "blaze_07", "NoScopeNat", "ToxicTaco", "l1ghtning", "ghostie", "MrBurrito",
                  "ItsJosh", "frostbyte", "k3vin", "lil_reaper", "CaptainChip"],
        "friend": None,
    },
    "es": {
        "kid": ["Lucía", "Martina", "Sofía", "Hugo", "Pablo", "Álvaro", "Daniela", "Mateo", "Leo", "Alba", "Carla",
                "Marcos", "Adrián", "Irene", "Noa", "Iker", "Jimena", "Vega"],
        "adult_m": ["javi", "sergio", "raul", "nacho", "toni", "dani", "oscar", "rober", "alex", "manu", "ivan"],
        "adult_any": ["Mónica", "Pilar", "Carmen", "Marta", "Rocío", "Javi", "Sergio", "Raúl", "Nacho", "Óscar",
                      "Elena", "Begoña", "Chema", "Nuria"],
        "parent": ["Mamá", "Papá", "Mama", "Papi"],
        "relative": ["Abuela", "Yaya", "Abuelo", "Tía Puri", "Tío Paco", "Tata Mari"],
        "gamer": ["ElPibeGamer", "mati_gg", "KingDeLaPlaza", "xXChuloXx", "dragonfly_07", "NoobMaster",
                  "elcalvo", "Pollito_Loco", "Sr_Tortilla", "neko_chan", "JaviCrack", "LaMorsa"],
    },
    "fr": {
        "kid": ["Léa", "Chloé", "Inès", "Lucas", "Hugo", "Nathan", "Manon", "Emma", "Jade", "Enzo", "Yanis",
                "Louise", "Maël", "Sarah", "Rayan", "Camille", "Lina", "Noah"],
        "adult_m": ["julien", "stephane", "nico", "karim", "thomas", "fabrice", "seb", "olivier", "kev", "alex"],
        "adult_any": ["Julien", "Stéphane", "Sandrine", "Karim", "Aurélie", "Thomas", "Céline", "Nadia",
                      "Olivier", "Sébastien", "Isabelle", "Mehdi", "Virginie", "Franck"],
        "parent": ["Maman", "Papa", "Man", "Papounet"],
        "relative": ["Mamie", "Papi", "Tata Sophie", "Tonton Marc", "Mamie Jo", "Papy"],
        "gamer": ["ZizouDu93", "ptitloup", "LeBoss_77", "SkyFox", "nanoz", "croquette", "Le_Chacal", "xRyuu",
                  "poulpe_fr", "Mr_Baguette", "Kaizen", "lil_nino"],
    },
    "de": {
        "kid": ["Mia", "Emma", "Lena", "Leon", "Finn", "Paul", "Jonas", "Hannah", "Lea", "Elias", "Noah", "Emily",
                "Ben", "Marie", "Luis", "Lina", "Mats", "Ella"],
        "adult_m": ["thomas", "stefan", "markus", "jens", "micha", "sven", "tobi", "dennis", "kai", "alex"],
        "adult_any": ["Thomas", "Stefan", "Sabine", "Markus", "Andrea", "Jens", "Katrin", "Michael", "Nicole",
                      "Sven", "Tobias", "Daniela", "Anja", "Jörg"],
        "parent": ["Mama", "Papa", "Mutti", "Papi"],
        "relative": ["Oma", "Opa", "Tante Gabi", "Onkel Uwe", "Oma Inge", "Omi"],
        "gamer": ["DerBratwurstKing", "lenny_ttv", "xNoScopeX", "Pixelkrieger", "schnitzel99", "Kevin_HD",
                  "GhostyDE", "Nachtfalke", "lukas2k", "Mr_Pommes", "Dönerbude", "Blitzkid"],
    },
}
for _lg in NAMES:
    NAMES[_lg].pop("friend", None)
    SLOTS[_lg]["friend"] = [k for k in NAMES[_lg]["kid"]]
    SLOTS[_lg]["friend2"] = [k for k in NAMES[_lg]["kid"]]

FEMALE = {
    "en": {"Mia", "Ellie", "Amelia", "Isla", "Ava", "Freya", "Ruby", "Lily", "Sophie"},
    "es": {"Lucía", "Martina", "Sofía", "Daniela", "Alba", "Carla", "Irene", "Noa", "Jimena", "Vega"},
    "fr": {"Léa", "Chloé", "Inès", "Manon", "Emma", "Jade", "Louise", "Sarah", "Camille", "Lina"},
    "de": {"Mia", "Emma", "Lena", "Hannah", "Lea", "Emily", "Marie", "Lina", "Ella"},
}
# parent display name -> (how the child addresses them, the other parent, the other parent's possessive)
PARENT_WORDS = {
    "en": {"Mum": ("mum", "dad", "his"), "Mummy": ("mum", "dad", "his"), "Mam": ("mam", "dad", "his"),
           "Dad": ("dad", "mum", "her")},
    "es": {"Mamá": ("mama", "papa", ""), "Mama": ("mama", "papa", ""), "Papá": ("papa", "mama", ""),
           "Papi": ("papi", "mama", "")},
    "fr": {"Maman": ("maman", "papa", ""), "Man": ("maman", "papa", ""), "Papa": ("papa", "maman", ""),
           "Papounet": ("papa", "maman", "")},
    "de": {"Mama": ("mama", "papa", ""), "Mutti": ("mama", "papa", ""), "Papa": ("papa", "mama", ""),
           "Papi": ("papi", "mama", "")},
}

TICS = {
    "en": ["lol", "?", "hello??", "wait", "haha", "omg", "ikr", "ya", "lmao"],
    "es": ["jajaja", "?", "holaa??", "espera", "xd", "jajsjs", "buah", "ns", "jajaj"],
    "fr": ["mdr", "?", "allo??", "attends", "ptdr", "jsp", "ah", "wsh", "jpp"],
    "de": ["lol", "?", "hallo??", "warte", "haha", "kp", "digga", "achso", "xD"],
}

BANKS = {"en": parse_bank(BANK_EN), "es": parse_bank(BANK_ES),
         "fr": parse_bank(BANK_FR), "de": parse_bank(BANK_DE)}


if __name__ == "__main__":
    sys.exit(main())
