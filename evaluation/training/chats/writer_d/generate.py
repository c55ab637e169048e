#!/usr/bin/env python3
"""Writer D: synthetic, non-explicit chat corpus for grooming early-warning training.

Standard library only; deterministic from --seed (no use of hash()).
Usage: python generate.py --seed S --n N --out CHATS.jsonl --truth TRUTH.jsonl
"""
import argparse
import json
import random
from datetime import datetime, timedelta

# --------------------------------------------------------------------------- slots
SLOTS = {
    "game": ["minecraft", "fortnite", "roblox", "valorant", "among us", "rocket league", "apex", "fifa", "animal crossing", "overwatch", "stardew", "genshin"],
    "app": ["snap", "whatsapp", "telegram", "discord", "insta", "kik", "signal", "the other app", "tiktok dms", "wickr"],
    "show": ["stranger things", "wednesday", "the new spiderman", "one piece", "bluey lol", "heartstopper", "demon slayer", "the bake off", "squid game", "avatar"],
    "sport": ["football", "netball", "swimming", "athletics", "hockey", "basketball", "gymnastics", "tennis", "rugby", "climbing"],
    "place": ["the park", "the library", "the shopping centre", "maccies", "the station", "the leisure centre", "the skate park", "costa", "the cinema", "the high street"],
    "day": ["saturday", "sunday", "friday", "wednesday", "monday", "thursday", "tuesday"],
    "hour": ["4", "5", "half 3", "6", "quarter past 5", "7", "10", "2"],
    "food": ["pizza", "pasta", "tacos", "fish fingers", "a curry", "noodles", "burgers", "soup"],
    "subject": ["maths", "science", "history", "french", "english", "geography", "art", "music"],
    "band": ["taylor swift", "billie eilish", "stormzy", "bts", "olivia rodrigo", "arctic monkeys", "dua lipa", "central cee"],
    "pet": ["dog", "cat", "hamster", "rabbit", "guinea pig", "budgie"],
    "gift": ["a £20 gift card", "some vbucks", "robux", "a steam card", "phone credit", "a new headset", "the battle pass", "a skin"],
    "item": ["bike", "sofa", "guitar", "pram", "desk", "lawnmower", "bookcase", "xbox"],
    "sib": ["sister", "brother", "little sister", "little brother"],
    "parent": ["mum", "dad", "mom", "mam", "my step dad", "nan"],
}

CHILD_NAMES = ["mia", "liv", "jaydenn", "ellie_x", "noah.k", "ruby", "sam_14", "amelia", "kai", "leo", "zara", "tilly", "freddie", "isla", "josh_w", "maddie", "ava.b", "ollie", "chloe", "harv", "poppy", "evie", "max", "lily_r", "ben", "aisha", "yusuf", "priya", "jess", "toby"]
ADULT_NAMES = ["mark", "dave_r", "steve", "chris88", "paul.m", "gary", "rob", "lee", "tom_h", "andy", "kev", "jon", "rich", "ian", "matt", "sarah", "claire", "jo", "karen", "emma_t", "nick", "phil", "simon", "neil"]
HANDLES = ["shadowfox", "pixel_kid", "nightowl22", "drawsalot", "sk8rboi", "moonbeam", "quietstorm", "blazer_99", "artsy.jay", "xXsniperXx", "frostbyte", "lunartic", "cosmic_cat", "ghostie", "inkling", "redpanda", "wolfpack7", "sunny.d", "tidal", "echo_zz"]
TEEN_FAKE = ["jake_15", "ella.14", "ryan2009", "soph_x", "danny.b", "kayla_", "tyler15", "maisie"]


def fill(rng, text):
    out = text
    guard = 0
    while "{" in out and guard < 20:
        guard += 1
        start = out.index("{")
        end = out.index("}", start)
        key = out[start + 1:end]
        val = rng.choice(SLOTS[key]) if key in SLOTS else key
        out = out[:start] + val + out[end + 1:]
    return out


# --------------------------------------------------------------------------- style
EMOJI = ["😂", "😊", "🙂", "😅", "👍", "❤️", "😭", "🙈", "🤔", "😎", "🥺", "lol", "haha", "xx", "x", ":)", "!!"]
TYPOS = [("you", "u"), ("are", "r"), ("your", "ur"), ("because", "cos"), ("though", "tho"), ("really", "rly"),
         ("tomorrow", "tmrw"), ("probably", "prob"), ("don't", "dont"), ("I'm", "im"), ("what", "wat"),
         ("people", "ppl"), ("please", "pls"), ("something", "smth"), ("about", "abt"), ("going to", "gonna"),
         ("want to", "wanna"), ("okay", "ok"), ("thanks", "thx"), ("the", "teh")]


PREFIX = ["tbh", "honestly", "ngl", "btw", "oh", "haha", "lol", "anyway", "wait", "omg", "ok so", "hmm", "yeah", "aw", "right", "also", "nah", "well"]
SUFFIX = ["tho", "haha", "lol", "tbh", "x", "xx", "!!", "...", "innit", "fr", "btw", "anyway", "for real"]


class Style:
    def __init__(self, rng, kind):
        self.lower = rng.random() < (0.7 if kind == "young" else 0.3)
        self.typo = rng.random() * (0.6 if kind == "young" else 0.25)
        self.emoji = rng.random() * (0.45 if kind == "young" else 0.2)
        self.nopunct = rng.random() < (0.6 if kind == "young" else 0.2)
        self.tidy = kind == "tidy"
        if self.tidy:
            self.lower = False
            self.typo = 0.0
            self.nopunct = False

    def apply(self, rng, text):
        t = text
        if self.tidy:
            t = t[:1].upper() + t[1:]
            for a in ["i ", "i'm", "i'll", "i've", "i'd"]:
                t = t.replace(" " + a, " " + a[0].upper() + a[1:])
            if t and t[-1] not in ".?!)":
                t += "."
            return t
        if rng.random() < 0.18:
            t = rng.choice(PREFIX) + " " + t
        if rng.random() < 0.12:
            t = t.rstrip(".!") + " " + rng.choice(SUFFIX)
        for a, b in TYPOS:
            if rng.random() < self.typo:
                t = (" " + t + " ").replace(" " + a + " ", " " + b + " ").strip()
        if self.nopunct and t.endswith(".") and not t.endswith(".."):
            t = t[:-1]
        if self.lower:
            t = t.lower()
        elif t:
            t = t[:1].upper() + t[1:]
        if rng.random() < self.emoji:
            t = t + " " + rng.choice(EMOJI)
        return t


# --------------------------------------------------------------------------- shared small talk
SMALL_Q = [
    "what you up to", "hows your day been", "did you watch {show}", "you still playing {game}?", "what did you have for tea",
    "any plans for {day}", "hows school going", "what music you into atm", "you got any pets", "seen the weather lol",
    "did you finish that thing you were doing", "whats your fav {subject} teacher like", "you do any sports?",
]
SMALL_A = [
    "not much just chilling", "bored tbh", "good i guess", "yeah its so good", "had {food}", "nah nothing really",
    "its ok, {subject} is boring", "mostly {band}", "yeah a {pet}", "its raining again", "kinda", "i do {sport} on {day}s",
    "homework ugh", "watching {show}", "meh", "yeah just finished", "tired lol", "going to {place} with my mates",
    "playing {game}", "nothing much, {sport} later", "rewatching {show} again lol", "we had {food} its my fav", "my {sib} is being so annoying",
    "listening to {band}", "trying to finish my {subject} project", "might go {place} on {day}", "not really, staying in", "my {pet} is asleep on me",
]


SMALL_PAIRS = [
    ("what you up to", ["not much just chilling", "homework ugh", "watching {show}", "playing {game}", "nothing, bored", "eating {food}"]),
    ("hows your day been", ["good i guess", "meh", "long", "ok, {subject} was boring", "actually good we had a free period", "tired lol"]),
    ("did you watch {show}", ["yeah its so good", "not yet no spoilers", "on episode 3", "nah never seen it"]),
    ("you still playing {game}?", ["yeah every night", "not really got bored", "sometimes", "yeah my {sib} plays too"]),
    ("what did you have for tea", ["{food}", "had {food} its my fav", "nothing yet", "leftovers lol"]),
    ("any plans for the weekend", ["might go {place}", "{sport} on {day}", "nah staying in", "going to my nans"]),
    ("hows school going", ["its ok", "boring", "exams soon ugh", "ok i like {subject}"]),
    ("what music you into atm", ["mostly {band}", "{band} obviously", "bit of everything", "listening to {band} rn"]),
    ("you got any pets", ["yeah a {pet}", "no my mum wont let me", "a {pet} and a {pet}", "my {pet} is asleep on me rn"]),
    ("you do any sports?", ["{sport}", "i do {sport} on {day}s", "not really", "used to do {sport}"]),
    ("whats your fav game rn", ["{game}", "prob {game}", "{game} or {game}"]),
    ("you going anywhere in the holidays", ["maybe spain", "nowhere lol", "my aunties", "camping ugh"]),
    ("who's your fav in {show}", ["the main one obviously", "idk theyre all good", "the funny one"]),
    ("did you get much homework", ["loads", "just {subject}", "none haha", "a project"]),
    ("whats the best thing that happened this week", ["we won at {sport}", "got a new {pet}", "nothing lol", "my {sib} went on a trip so peace"]),
]
CHILD_SAYS = [
    ("my {sib} is being so annoying", ["siblings eh", "haha i know that feeling", "what they do"]),
    ("i got picked for the {sport} team", ["thats amazing well done", "no way congrats", "knew you would"]),
    ("i drew a new thing today", ["ooh what of", "bet its good", "show me when its done"]),
    ("rewatching {show} again lol", ["classic", "i love {show} too", "which season"]),
    ("we had {food} its my fav", ["{food} is elite", "nice", "jealous"]),
    ("listening to {band}", ["{band} is class", "good taste", "fav song?"]),
    ("trying to finish my {subject} project", ["haha i was rubbish at {subject}", "good luck", "whats it on"]),
    ("i'm so tired", ["early night then", "same tbh", "long day?"]),
]


def small_talk(rng, a, b):
    if rng.random() < 0.6:
        q, ans = rng.choice(SMALL_PAIRS)
        return [(a, fill(rng, q), False), (b, fill(rng, rng.choice(ans)), False)]
    st, rs = rng.choice(CHILD_SAYS)
    return [(b, fill(rng, st), False), (a, fill(rng, rng.choice(rs)), False)]


# --------------------------------------------------------------------------- grooming banks
# voice-specific openers by suspect
VOICE_OPEN = {
    "teen": ["hey saw ur comment on the {show} vid, same tbh", "hiii ur in the {band} group right?", "hey random but ur edits are sick",
             "yo u from round here? ur profile says uk", "heyy i think we have mutuals", "omg another {game} fan finally"],
    "family_friend": ["Hi, it's your mum's friend from the barbecue, hope you don't mind me messaging", "hey its {parent}'s mate from work, found you on here",
                      "Hello! Your dad gave me your name for the {sport} thing, thought I'd say hi", "hi sweetheart, remember me from the wedding?"],
    "coach": ["Hi, I help out with the {sport} club on {day}s, great effort last week", "Hey, I'm one of the assistants at training, wanted to say well done",
              "hi its the helper from {sport}, you were brilliant in the drills", "Hello, assistant coach here, you've really improved"],
    "gamer": ["gg that last round was mad", "yo ur actually cracked at {game}", "u want to squad up again? ur the best on our team",
              "nice clutch lol, how long u been playing", "hey from the lobby earlier, u were carrying"],
    "art": ["I love your drawings, the colours are amazing", "hi! found your art on the fan page, you've got real talent",
            "your {show} fanart is honestly better than the official stuff", "Hey, I follow your sketch account, the latest one is lovely"],
    "stranger": ["hi", "hey there", "hello :)", "hi how are you", "hey whats up", "hey u seem cool"],
}

# functions: typical (stock) and quiet (ordinary words) variants for the suspect
G = {
    "age": {
        "typical": ["how old are you?", "whats your age btw", "asl?", "you must be what, 13? 14?", "how old r u, ur profile doesnt say"],
        "quiet": ["what year are you in now?", "are you doing exams this year or next", "big school or still primary lol", "so you started secondary when?"],
    },
    "compliment": {
        "typical": ["you're so mature for your age", "you seem way older than you are", "ur really pretty/handsome from your pic", "you're more grown up than most adults i know"],
        "quiet": ["you actually think about things, most people dont", "honestly you talk better sense than my mates", "i like how you just say what you think",
                  "you're easy to talk to, you know that?", "you notice stuff other people miss", "not many people your age would get that"],
    },
    "details": {
        "typical": ["where do you live?", "whats your address", "what school do you go to", "what town are you in"],
        "quiet": ["which bus do you get home", "is that the school with the green uniform?", "do you walk home or get picked up",
                  "is your school near the big tesco", "what stop do you get off at", "how long does it take you to walk back"],
    },
    "risk": {
        "typical": ["are you alone right now?", "are your parents home?", "is anyone home with you?", "when are your parents out?"],
        "quiet": ["what time does your mum get back from work", "so is it just you after school till your dad's home?", "who's in the house usually on {day}s",
                  "your brother around or is it just you tonight", "do your parents work late usually", "is your dad back tonight or is he away again"],
    },
    "riskphone": {
        "typical": ["does anyone check your phone?", "is anyone else using the computer?", "can your parents see your messages?"],
        "quiet": ["is your room upstairs or do you share the computer", "does your mum ever look at your phone or is she chill about it",
                  "is anyone looking over your shoulder lol", "do you have your own laptop or is it the family one", "does your phone stay in your room at night"],
    },
    "exclusive": {
        "typical": ["you're special to me", "i think we have something special", "you're my favourite person to talk to", "i care about you more than anyone"],
        "quiet": ["nobody gets me like you do", "i look forward to this all day tbh", "talking to you is the best bit of my day",
                  "i dont really talk to anyone else like this", "its different with you", "i feel like i can tell you anything"],
    },
    "isolate": {
        "typical": ["your friends don't understand you like i do", "your parents are too strict with you", "you don't need them, you've got me"],
        "quiet": ["sounds like your friends just use you tbh", "they dont really listen to you do they", "your mum sounds like she doesnt get it",
                  "you deserve people who actually notice you", "maybe give them some space, they were out of order", "adults always think they know best hey",
                  "its not fair they treat you like a little kid"],
    },
    "secret": {
        "typical": ["don't tell your parents about me", "keep this between us ok?", "this is our secret", "don't tell anyone we talk"],
        "quiet": ["its nicer when its just our thing", "people wouldnt understand, they'd make it weird", "you dont have to mention it to anyone, its nobody else's business",
                  "lets keep chatting here just us", "your mum would only worry for no reason", "maybe dont bring it up at home yeah"],
    },
    "delete": {
        "typical": ["delete these messages ok", "make sure you delete our chat", "clear the chat after"],
        "quiet": ["maybe clear that before you go to bed", "you might want to tidy up your messages, just so nobody gets the wrong idea",
                  "do you ever clear your history? good habit tbh", "if your phone gets checked just archive this one"],
    },
    "second": {
        "typical": ["make a second account so we can talk", "get a secret account"],
        "quiet": ["you could make another account just for chatting, less hassle", "lots of people have a spare account for friends",
                  "use the other profile so it doesnt show up on your main"],
    },
    "gift": {
        "typical": ["i can get you {gift} if you want", "want me to buy you {gift}?", "ill send you {gift}, no strings"],
        "quiet": ["i had some credit spare so i topped yours up", "saw that skin was on sale and thought of you", "its nothing, i just like seeing you happy",
                  "let me sort your data so you can message more", "you can pay me back another time, dont worry"],
    },
    "compliance": {
        "typical": ["do something for me first", "prove you trust me"],
        "quiet": ["send me a pic of your drawing when its done?", "can you stay on a bit longer tonight", "reply quicker next time ok 🙂",
                  "change your name on here to the one i said lol", "can you message me when you get home from school", "tell me when you're in bed so i know youre ok"],
    },
    "move": {
        "typical": ["add me on {app}", "lets talk on {app} instead", "do you have {app}? its better", "message me on {app} its more private"],
        "quiet": ["this app is so glitchy, is there somewhere else easier", "my notifications on here never work, got anything else?",
                  "do you use the one with the disappearing chats", "easier to talk on the other one, this keeps logging me out"],
    },
    "meet": {
        "typical": ["we should meet up", "want to meet this weekend?", "i could come see you", "lets meet, just us"],
        "quiet": ["i'm actually near {place} on {day} for work", "i could give you a lift after practice if your mum's late", "if you're at {place} i might pop by",
                  "we could grab food sometime, my treat", "my cousin lives your way, i'm round there loads", "what time are you usually done on {day}?"],
    },
}

CHILD_R = {
    "age": {"eager": ["13", "14 in june", "im 12", "year 8", "year 9 why", "13 nearly 14"], "wary": ["why", "old enough lol", "not saying", "why do you want to know"], "neutral": ["14", "year 8", "13 u?", "im in year 7"]},
    "compliment": {"eager": ["aw thanks", "no one says that to me", "really?? 🥺", "thats so nice"], "wary": ["ok", "lol ok", "thanks i guess"], "neutral": ["haha thanks", "idk about that", "ty"]},
    "details": {"eager": ["yeah thats the one", "near the high street", "yeah near there", "i walk its like 15 mins"], "wary": ["why", "somewhere lol", "dont really say that online"], "neutral": ["kinda", "near town", "sometimes"]},
    "risk": {"eager": ["yeah im on my own till 6", "mum works late", "just me lol", "yeah they're out till late"], "wary": ["why u asking", "my dad's here", "my nan's downstairs"], "neutral": ["about 6", "my brother's here sometimes", "depends on the day"]},
    "riskphone": {"eager": ["no one checks it", "my own laptop", "no its in my room", "she never looks"], "wary": ["my mum checks it sometimes", "why", "its the family one"], "neutral": ["idk she doesnt really look", "sometimes", "not really"]},
    "exclusive": {"eager": ["same tbh", "me too", "ur the only one i can talk to", "aww"], "wary": ["thats a bit much lol", "ok", "we only just started talking"], "neutral": ["haha", "yeah its nice talking", "i guess"]},
    "isolate": {"eager": ["they do tbh", "yeah no one listens", "exactly", "shes so annoying"], "wary": ["nah theyre ok really", "theyre my friends tho", "i dunno"], "neutral": ["maybe", "sometimes", "yeah kinda"]},
    "secret": {"eager": ["ok i wont", "our secret", "yeah obviously", "ok"], "wary": ["why tho", "i tell my mum everything", "thats weird"], "neutral": ["ok", "i guess", "sure"]},
    "delete": {"eager": ["ok done", "yeah i always do", "ok"], "wary": ["why would i", "theres nothing bad on it"], "neutral": ["maybe", "ok i guess"]},
    "second": {"eager": ["ok ill make one", "i already have one", "whats it called"], "wary": ["i dont want to", "my mum wouldnt let me"], "neutral": ["maybe", "idk how"]},
    "gift": {"eager": ["omg really?? thank you", "no way thanks!!", "ur the best"], "wary": ["you dont have to", "my mum says not to take stuff", "why tho"], "neutral": ["thanks", "oh cool", "u sure?"]},
    "compliance": {"eager": ["ok", "yeah sure", "ok will do", "done"], "wary": ["maybe", "i have to go to bed", "why"], "neutral": ["ok", "ill try", "if i remember"]},
    "move": {"eager": ["yeah whats ur name on it", "ok adding u", "yeah ive got it"], "wary": ["im not allowed", "i dont have it", "i like it here"], "neutral": ["maybe", "i have {app}", "what is it"]},
    "meet": {"eager": ["yeah maybe!", "i'd be done at {hour}", "ok where", "that would be cool"], "wary": ["i dont think my mum would let me", "idk", "maybe not", "i dont really meet people from online"], "neutral": ["maybe", "i'll see", "what time"]},
}

TYPICAL_ORDER = ["age", "compliment", "details", "risk", "riskphone", "secret", "gift", "exclusive", "isolate", "move", "meet"]
QUIET_POOL = ["details", "risk", "riskphone", "exclusive", "isolate", "secret", "delete", "second", "gift", "compliance", "move", "meet", "compliment", "age"]
ENDINGS = ["meet", "move", "secret"]

# rapport lines, shared by suspect voices (non-manipulative)
RAPPORT_S = ["haha same", "{band} is class", "i love {show} too", "ive been playing {game} for years", "{sport} is hard work respect",
             "siblings eh", "i had a {pet} growing up", "{food} is elite", "haha i was rubbish at {subject}", "sounds like a good day", "thats cool", "no way me too", "what else you into", "i used to love that when i was younger", "fair enough",
             "ha classic", "what made you start", "thats actually impressive", "oh i know that place", "lol yeah", "tell me about it"]


def pick_tone(rng):
    return rng.choices(["eager", "wary", "neutral"], weights=[4, 3, 4])[0]


def grooming_conv(rng, kind, voice):
    """Return list of (role, text, manip) where role 'S' suspect, 'C' child."""
    msgs = []
    tone = pick_tone(rng)
    variant = "quiet" if kind == "grooming_quiet" else "typical"
    msgs.append(("S", fill(rng, rng.choice(VOICE_OPEN[voice])), False))
    msgs.append(("C", fill(rng, rng.choice(["hi", "hey", "thanks", "oh hi", "haha thanks", "who is this", "yeah", "lol ty", "hii"])), False))
    if kind == "grooming_fast":
        n_rap = rng.randint(0, 2)
    else:
        n_rap = rng.randint(2, 7) if rng.random() < 0.8 else rng.randint(8, 22)
    for _ in range(n_rap):
        msgs += small_talk(rng, "S", "C")
    if kind == "grooming_fast":
        funcs = rng.sample(["age", "compliment", "risk", "gift", "secret"], rng.randint(1, 2)) + [rng.choice(["move", "meet"])]
    elif kind == "grooming_typical":
        k = rng.randint(4, 8)
        funcs = [f for f in TYPICAL_ORDER if rng.random() < k / 11]
        if len(funcs) < 3:
            funcs = rng.sample(TYPICAL_ORDER, 4)
        if rng.random() < 0.4:
            rng.shuffle(funcs)
        if funcs[-1] not in ENDINGS:
            funcs.append(rng.choice(ENDINGS))
    else:
        funcs = rng.sample(QUIET_POOL, rng.randint(4, 9))
        if funcs[-1] not in ENDINGS:
            funcs.append(rng.choice(ENDINGS))
    for i, f in enumerate(funcs):
        var = variant
        if kind == "grooming_typical" and rng.random() < 0.25:
            var = "quiet"
        if kind == "grooming_fast" and rng.random() < 0.3:
            var = "quiet"
        line = fill(rng, rng.choice(G[f][var]))
        msgs.append(("S", line, f != "age" or var == "typical"))
        t = tone if rng.random() < 0.7 else pick_tone(rng)
        msgs.append(("C", fill(rng, rng.choice(CHILD_R[f][t])), False))
        if kind != "grooming_fast" and rng.random() < 0.35 and i < len(funcs) - 1:
            msgs += small_talk(rng, "S", "C")
    if rng.random() < 0.4:
        msgs.append(("S", rng.choice(["anyway gtg, talk later", "night x", "speak tomorrow yeah?", "ok cool", "dont forget :)"]), False))
    # the 'age' typical question is not manipulation on its own; onset = first manip flagged
    if not any(m[2] for m in msgs):
        msgs[-2] = (msgs[-2][0], msgs[-2][1], True)
    return msgs


# --------------------------------------------------------------------------- benign scenes
# Each scene: list of (speaker 'A'/'B', [alternatives]). Fillers in between.
SCENES = {
    "family_parent": [
        [("A", ["im going to be late from work, can you let yourself in?", "Running late love, you'll be home alone till about {hour}", "Won't be back till {hour}, key's under the usual pot"]),
         ("B", ["ok", "fine", "can i have {food}", "where's the key again"]), ("A", ["Lock the door behind you and text me when you're in", "Don't answer the door to anyone x", "There's {food} in the fridge"])],
        [("A", ["don't tell your {sib} about the surprise party ok", "Shh it's a secret but we're getting your {sib} a {pet}!", "Keep it secret from dad, we're planning his birthday"]),
         ("B", ["omg ok i wont", "my lips are sealed", "can i help choose"]), ("A", ["Yes you can help, just don't let it slip!", "Good, our little secret till sunday x"])],
        [("A", ["who is that you're messaging on {app}? i don't know that name", "I saw you downloaded {app}, who are you talking to on it", "delete that app please, we talked about this"]),
         ("B", ["its just someone from school", "omg mum its literally my friend", "fine ill delete it"]), ("A", ["OK, I'm not cross, I just worry. If anyone ever asks you to keep secrets from me, tell me", "Thank you. Screens off at 9 yeah?"])],
        [("A", ["where are you? you said you'd be home by {hour}", "are you still at {place}?", "Can you share your location with me please"]),
         ("B", ["on the bus now", "sorry phone died", "at {place} with amelia"]), ("A", ["Ok, text me when you get off", "I'll pick you up from {place} in 10", "Love you, be safe"])],
        [("B", ["can i have {gift} for my birthday", "mum can i get {gift}", "dad can you top up my phone credit"]), ("A", ["We'll see 😉", "Maybe if your room gets tidied", "Done, don't spend it all on {game}"]),
         ("B", ["pleeease", "thank uuu", "ok deal"])],
        [("A", ["How was the test?", "Proud of you whatever happened today", "Did you eat lunch?"]), ("B", ["it was ok", "i think i failed", "yeah"]),
         ("A", ["You tried your best, that's all that matters", "We'll go over it at the weekend", "Love you loads x"])],
        [("A", ["screen time's up in 20 mins", "Are you still on {game}? It's late", "Phone downstairs at bedtime remember"]), ("B", ["5 more mins", "ugh ok", "but everyone else is still on"]), ("A", ["Nope, bed", "Fine, 10 minutes then off"])],
    ],
    "family_relative": [
        [("A", ["Hello darling, what size are you now? Nanna wants to knit you a jumper", "what size shoes are you now? want to get you some trainers for your birthday", "Which {game} gift card do you want for your birthday?"]),
         ("B", ["aw thanks nan! size 5", "medium i think", "the green one pls"]), ("A", ["Lovely, don't tell mum it's a surprise", "I'll post it on {day} x", "Grandad says hello"])],
        [("A", ["We're planning a surprise for your mum's 40th, can you keep a secret?", "Auntie here! Help me pick a present for your dad, shh!", "Secret mission: find out what perfume your mum likes"]),
         ("B", ["yesss", "ooh ok", "i think she likes the blue one"]), ("A", ["Perfect! Not a word to her!", "You're a star. Our secret till {day}"])],
        [("A", ["I can give you a lift to {place} on {day} if mum's working", "Uncle here, I'll pick you up from school {day}, mum asked me", "want a lift to practice, im passing anyway"]),
         ("B", ["thanks uncle", "ok what time", "yeah mum said"]), ("A", ["{hour} outside the gates, I'll text when I'm there", "Ill check with your mum and confirm"])],
        [("A", ["how's my favourite niece doing", "How's school treating you?", "you've grown so much since christmas"]), ("B", ["good thanks!!", "its ok", "lol u always say that"]),
         ("A", ["You're so grown up now, where did the time go", "Come visit soon, I'll make {food}"])],
        [("A", ["cuz you coming to nan's on sunday", "yo cuz u still play {game}? i'll send u my old skins", "cuz dont tell auntie i showed u that video lol its just dumb"]), ("B", ["yeah", "yesss thanks", "lol ok"]), ("A", ["sick", "bet"])],
    ],
    "teacher_coach": [
        [("A", ["Training moved to {place} this {day}, same time", "Reminder: match on {day}, meet at the club at {hour}", "Hi all, kit needs to be washed and back by {day}"]),
         ("B", ["ok thanks coach", "Thanks for letting us know, who's driving?", "will there be a minibus"]), ("A", ["Parents please confirm lifts in the group", "Minibus leaves at {hour}, parents pick up at the school"])],
        [("A", ["Great effort today, your passing has really improved", "Really proud of the work you put into that essay", "Well done on the test, all that practice paid off"]),
         ("B", ["thank you sir!", "thanks miss", "thanks coach!!"]), ("A", ["Keep it up", "Let's work on your {subject} next"])],
        [("B", ["Hi, I'm struggling with the {subject} homework q3", "i dont get the question about fractions", "Can I hand my project in late, I've been ill"]),
         ("A", ["Try splitting it into two steps first", "No problem, get it to me by {day}", "Come to the help session at lunch, we'll go through it"]), ("B", ["ok thanks", "that makes sense now"])],
        [("A", ["Hi Mrs Patel, just to let you know Jas was brilliant today", "Hello, could you sign the consent form for the trip?", "Dear parents, the away match on {day} will finish around {hour}"]),
         ("B", ["Thank you so much for letting me know!", "Will do, thanks", "Great, I'll collect her"]), ("A", ["My pleasure", "Thanks, see you at pick up"])],
        [("A", ["Please don't message me on personal apps, use the school platform", "Remember, all club messages go through the parents group", "I've added your parent to this chat as per club policy"]), ("B", ["ok sorry", "oh ok"]), ("A", ["No problem at all"])],
    ],
    "peers": [
        [("A", ["omg dont tell anyone but i like {name}", "ok secret... i think i fancy someone in {subject}", "promise u wont tell??"]), ("B", ["WHAT who", "i promise", "omg spill"]),
         ("A", ["ur the only one i told", "dont tell mum either she'll make it weird", "swear on ur {pet}"]), ("B", ["i swear", "ur secret is safe lol"])],
        [("A", ["u coming to {place} after school", "meet at {place} at {hour}?", "wanna go {place} on {day}"]), ("B", ["yeah ill ask my mum", "cant im grounded", "ye"]), ("A", ["kk", "bring ur bike"])],
        [("A", ["get {app} everyone's moving there", "download {app} i'll add u", "r u on {app} yet"]), ("B", ["my mum wont let me", "ok whats ur name on it", "ive got it"]), ("A", ["same lol", "added"])],
        [("A", ["ur so pretty in that pic", "ur drawing is so good", "ur hair looks nice today"]), ("B", ["stoppp", "aw ty", "shut up lol"])],
        [("A", ["how old is ur brother again", "r u 13 or 14 i forgot", "when's ur birthday"]), ("B", ["16", "13 omg we're the same", "next month"]), ("A", ["oh ok", "party??"])],
        [("A", ["r u home alone", "my parents r out wanna call", "facetime?"]), ("B", ["ya mums at work", "yeah gimme 5", "cant im at my nans"]), ("A", ["calling", "ok later then"])],
    ],
    "friends_meeting": [
        [("A", ["Still on for {day}?", "Drinks {day} then?", "Are we doing brunch this weekend"]), ("B", ["Yes! where", "Defo, {place}?", "Can't wait"]), ("A", ["My address is 14 Oak Road, come round at {hour}", "Let's meet at {place} at {hour}", "I'll send you the pin"])],
        [("A", ["This app keeps crashing, add me on {app}", "Let's move the group to {app}", "message me on {app}, I'm barely on here"]), ("B", ["done", "what's your number", "Ok added you"])],
        [("A", ["Are you alone at the office? Fancy lunch", "Is anyone else coming tonight or just us?", "Just us two this time?"]), ("B", ["Just me, come over", "Sam might come", "Yep just us"]), ("A", ["On my way", "Great"])],
        [("A", ["Don't tell Jen about the party, it's a surprise", "keep it quiet, it's a surprise for Dave's 50th"]), ("B", ["My lips are sealed", "Ha of course"])],
    ],
    "adults": [
        [("A", ["You looked lovely tonight", "I had a really good time", "You're really funny, you know that"]), ("B", ["Aw stop", "Me too, let's do it again", "Haha you're not so bad yourself"])],
        [("A", ["How old are you btw? your profile doesn't say", "So what do you do for work?", "Where abouts are you based"]), ("B", ["34, you?", "I'm a nurse", "North London"]), ("A", ["36 ha", "Oh nice"])],
        [("A", ["Got you a little something for your birthday", "I booked that restaurant you mentioned", "Saw this and thought of you"]), ("B", ["You didn't have to!", "Oh wow thank you", "You're so sweet"])],
        [("A", ["Are you home alone tonight? Fancy a film", "Kids at their dad's?", "Is your flatmate in?"]), ("B", ["Yeah just me", "yep, come round at 8", "She's out, come over"]), ("A", ["Perfect, I'll bring {food}", "See you soon x"])],
        [("A", ["Let's not tell the others we're seeing each other yet", "Keep it low key at work ok ha", "Don't tell my sister yet she'll go mad with excitement"]), ("B", ["Ha agreed", "Our secret for now"])],
    ],
    "gamers": [
        [("A", ["how old r u? ur voice sounds young lol", "whats ur age", "u like 12 or smth"]), ("B", ["16", "14 why", "old enough to beat u"]), ("A", ["lol fair", "ok kid", "no worries just asking cos of the server rules"])],
        [("A", ["add me on discord", "join the discord for the squad", "we use discord for comms"]), ("B", ["whats ur tag", "cant my parents said no discord", "ok"]), ("A", ["its in the clan bio", "just use in-game chat then"])],
        [("A", ["ill gift u a skin gg", "want my spare {gift}", "i'll trade u the rare one"]), ("B", ["fr?? ty", "no thanks", "ok deal"]), ("A", ["np", "happy bday"])],
        [("A", ["squad up?", "need one more for ranked", "run it back"]), ("B", ["ye", "cant gotta eat", "in 5"]), ("A", ["gg", "ur cracked", "nice clutch"])],
        [("A", ["ur parents let u play this late?", "u alone in the lobby?", "is ur mic on"]), ("B", ["lol no they asleep", "ye", "its broken"]), ("A", ["haha", "ok typing then"])],
    ],
    "safety_lesson": [
        [("A", ["Read this from the school: groomers often say things like 'you're so mature for your age'", "The officer said they'll say 'don't tell your parents, they wouldn't understand'", "Warning signs: someone online asking if you're home alone"]),
         ("B", ["That's scary", "Good to know", "We should talk to the kids about it"]), ("A", ["Also watch for anyone asking them to move to {app} or delete messages", "And gifts like game credit from strangers"])],
        [("A", ["Remember what we talked about: if anyone online says 'keep this our secret', what do you do?", "If someone asks which bus you take, who do you tell?", "If a stranger offers you {gift}, is that ok?"]),
         ("B", ["tell you", "block and report", "no"]), ("A", ["Exactly. You'll never be in trouble for telling me", "Good. Even if they seem really nice"])],
        [("A", ["Today's PSHE: sometimes an adult pretends to be a teen and says 'nobody gets me like you do'", "Online safety lesson: groomers test if you'll keep small secrets first", "Class, someone asking 'who else uses your computer' is a red flag"]),
         ("B", ["what if its a friend?", "how do you know they're an adult", "ok"]), ("A", ["Trust your gut, and always tell a trusted adult", "Check with someone you trust before meeting anyone"])],
    ],
    "ordinary": [
        [("A", ["Hi is the {item} still available?", "Is the {item} still for sale", "Would you take £40 for the {item}"]), ("B", ["Yes still here", "Sold sorry", "£50 is lowest"]),
         ("A", ["Can I collect {day}? What's the address", "Great, when can I pick up"]), ("B", ["22 Mill Lane, after {hour}", "Anytime after work"])],
        [("A", ["Hi, my order hasn't arrived", "I'd like a refund please", "My account's locked"]), ("B", ["Sorry to hear that, can I have your order number?", "I can help with that", "Please confirm your email"]),
         ("A", ["It's 48213", "Sure it's on the account"]), ("B", ["Thanks, I've reissued it", "Refund processed, 3-5 days"])],
        [("A", ["Hi neighbour, parcel for you at mine", "Your cat's in our garden again ha", "Bins are tomorrow not today btw"]), ("B", ["Thanks! I'll pop round", "Ha sorry!", "Oh thanks"])],
        [("A", ["Who's bringing what to the picnic", "Meeting point is {place} at {hour}", "Can everyone confirm numbers by {day}"]), ("B", ["I'll bring {food}", "Count us in, 3", "Can't make it sorry"])],
    ],
}

FILL_A = ["ok", "haha", "yeah", "sounds good", "nice", "right", "no worries", "brilliant", "lol", "true", "ah ok", "fair", "cool cool", "sure", "ok great", "oh really", "same"]
NAMES_IN = ["josh", "ella", "mr brown", "ruby", "tyler", "the new kid"]
SLOTS["name"] = NAMES_IN

KIND_SHARES = [
    ("grooming_typical", 0.115), ("grooming_quiet", 0.155), ("grooming_fast", 0.08),
    ("family_parent", 0.075), ("family_relative", 0.07), ("teacher_coach", 0.075), ("peers", 0.075),
    ("friends_meeting", 0.07), ("adults", 0.07), ("gamers", 0.075), ("safety_lesson", 0.065), ("ordinary", 0.075),
]

ROLE_STYLE = {
    "family_parent": ("adult", "young"), "family_relative": ("adult", "young"), "teacher_coach": ("tidy", "young"),
    "peers": ("young", "young"), "friends_meeting": ("adult", "adult"), "adults": ("adult", "adult"),
    "gamers": ("young", "young"), "safety_lesson": ("tidy", "adult"), "ordinary": ("tidy", "adult"),
}


def benign_conv(rng, kind):
    scenes = SCENES[kind]
    k = rng.randint(1, min(4, len(scenes)))
    extra = 3 if rng.random() < 0.8 else 9
    chosen = rng.sample(scenes, k)
    msgs = []
    if rng.random() < 0.6:
        msgs.append(("A", fill(rng, rng.choice(["hey", "hi", "hiya", "hello!", "you there?", "morning", "yo"])), False))
        msgs.append(("B", fill(rng, rng.choice(["hi", "hey", "yeah", "whats up", "hello"])), False))
    for sc in chosen:
        swap = rng.random() < 0.25 and kind in ("peers", "gamers", "friends_meeting", "adults", "ordinary")
        pick = rng.randint(0, 9)
        aligned = rng.random() < 0.8
        for spk, alts in sc:
            s = spk if not swap else ("B" if spk == "A" else "A")
            alt = alts[pick % len(alts)] if aligned else rng.choice(alts)
            msgs.append((s, fill(rng, alt), False))
        for _ in range(rng.randint(0, extra)):
            if rng.random() < 0.5:
                msgs += small_talk(rng, "A", "B")
            else:
                msgs.append((rng.choice("AB"), fill(rng, rng.choice(FILL_A)), False))
    while len(msgs) < 6:
        msgs.append(("A" if msgs[-1][0] == "B" else "B", rng.choice(FILL_A), False))
    return msgs[:80]


def make_names(rng, kind):
    if kind.startswith("grooming"):
        voice = rng.choice(list(VOICE_OPEN.keys()))
        if voice == "teen":
            s = rng.choice(TEEN_FAKE)
        elif voice in ("gamer", "art", "stranger"):
            s = rng.choice(HANDLES)
        else:
            s = rng.choice(ADULT_NAMES)
        c = rng.choice(CHILD_NAMES)
        return voice, s, c
    if kind in ("friends_meeting", "adults", "ordinary", "safety_lesson"):
        a, b = rng.sample(ADULT_NAMES, 2)
    elif kind in ("peers",):
        a, b = rng.sample(CHILD_NAMES, 2)
    elif kind == "gamers":
        a, b = rng.sample(HANDLES, 2)
    elif kind == "teacher_coach":
        a = rng.choice(["coach_d", "mr_jones", "ms_khan", "miss_reid", "coach_tony", "mrs_ellis", "mr_okafor", "tutor_anna"])
        b = rng.choice(CHILD_NAMES + ["mrs_patel", "jas_mum", "dan (parent)"])
    elif kind == "family_parent":
        a = rng.choice(["mum", "dad", "mummy", "Dad", "mam", "papa"] + ADULT_NAMES)
        b = rng.choice(CHILD_NAMES)
    else:
        a = rng.choice(["nan", "grandad", "auntie_sue", "uncle_rob", "cuz_jay", "granny", "aunt lou", "uncle mo"] + ADULT_NAMES)
        b = rng.choice(CHILD_NAMES)
    return None, a, b


def age_for(rng, who, kind, voice=None):
    if rng.random() >= 0.4:
        return None
    if who == "suspect":
        if voice == "teen" or rng.random() < 0.2:
            return rng.randint(14, 17)  # false declared age
        return rng.randint(24, 58)
    if who == "child":
        return rng.randint(11, 15)
    if who == "adult":
        return rng.randint(22, 70)
    if who == "teen":
        return rng.randint(12, 17)
    return None


def build(rng, idx, kind, start):
    if kind.startswith("grooming"):
        voice, s, c = make_names(rng, kind)
        raw = grooming_conv(rng, kind, voice)
        sty = {"S": Style(rng, "young" if voice in ("teen", "gamer") else rng.choice(["adult", "young", "tidy"])), "C": Style(rng, "young")}
        names = {"S": s, "C": c}
        parts = {s: {}, c: {}}
        a1 = age_for(rng, "suspect", kind, voice)
        if a1 is not None:
            parts[s]["declared_age"] = a1
        a2 = age_for(rng, "child", kind)
        if a2 is not None:
            parts[c]["declared_age"] = a2
        # child sometimes starts: rotate a reply before the opener
        if rng.random() < 0.15:
            raw.insert(0, ("C", rng.choice(["hey do i know u", "hi who's this", "accepted ur request"]), False))
    else:
        _, a, b = make_names(rng, kind)
        raw = benign_conv(rng, kind)
        sa, sb = ROLE_STYLE[kind]
        sty = {"A": Style(rng, sa), "B": Style(rng, sb)}
        names = {"A": a, "B": b}
        parts = {a: {}, b: {}}
        ta = "adult" if sa != "young" else "teen"
        tb = "adult" if sb == "adult" else "teen"
        if kind in ("family_parent", "family_relative", "teacher_coach"):
            tb = "child"
        for nm, t in ((a, ta), (b, tb)):
            v = age_for(rng, t, kind)
            if v is not None:
                parts[nm]["declared_age"] = v
    raw = raw[:80]
    t = start
    msgs = []
    onset = None
    for i, (role, text, manip) in enumerate(raw):
        t = t + timedelta(seconds=rng.randint(8, 400) if rng.random() < 0.9 else rng.randint(3600, 60000))
        m = {"author": names[role], "text": sty[role].apply(rng, text)}
        if rng.random() < 0.9:
            m["time"] = t.strftime("%Y-%m-%dT%H:%M:%S")
        msgs.append(m)
        if manip and onset is None:
            onset = i
    cid = "d-%d" % idx
    conv = {"id": cid, "participants": parts, "messages": msgs}
    if kind.startswith("grooming"):
        truth = {"id": cid, "label": "grooming", "kind": kind, "suspect": names["S"], "onset": onset, "language": "en"}
    else:
        truth = {"id": cid, "label": "benign", "kind": kind, "suspect": None, "onset": None, "language": "en"}
    return conv, truth


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    kinds = []
    for k, sh in KIND_SHARES:
        kinds += [k] * int(round(sh * args.n))
    while len(kinds) < args.n:
        kinds.append(rng.choice([k for k, _ in KIND_SHARES]))
    kinds = kinds[:args.n]
    rng.shuffle(kinds)
    base = datetime(2024, 1, 1, 8, 0, 0)
    with open(args.out, "w", encoding="utf-8") as fo, open(args.truth, "w", encoding="utf-8") as ft:
        for i, k in enumerate(kinds):
            start = base + timedelta(minutes=rng.randint(0, 525600))
            conv, truth = build(rng, i + 1, k, start)
            fo.write(json.dumps(conv, ensure_ascii=False) + "\n")
            ft.write(json.dumps(truth, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
