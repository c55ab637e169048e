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
         ("want to", "wanna"), ("okay", "ok"), ("thanks", "thx"), ("going", "goin")]


QWORDS = {"how", "hows", "how's", "what", "whats", "what's", "who", "who's", "did", "do", "any", "you", "are", "is", "can", "where", "when", "would", "could", "r", "u"}
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

    def apply(self, rng, text, lang="en"):
        t = text
        en = lang == "en"
        if self.tidy:
            t = t[:1].upper() + t[1:]
            for a in (["i ", "i'm", "i'll", "i've", "i'd"] if en else []):
                t = t.replace(" " + a, " " + a[0].upper() + a[1:])
            if en and t and t[-1] not in ".?!)":
                first = t.split(" ")[0].lower()
                t += "?" if first in QWORDS else "."
            return t
        if en and rng.random() < 0.18:
            if t[:2] != "I " and not t.startswith("I'"):
                t = t[:1].lower() + t[1:]
            t = rng.choice(PREFIX) + " " + t
        if en and rng.random() < 0.12:
            t = t.rstrip(".!") + " " + rng.choice(SUFFIX)
        for a, b in (TYPOS if en else []):
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
    ("you got any pets", ["yeah a {pet}", "no my mum wont let me", "a {pet} and some fish", "my {pet} is asleep on me rn"]),
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


ADULT_PAIRS = [
    ("how was work", ["long day", "manic as usual", "not bad actually", "dont ask"]),
    ("hows your week going", ["busy, you?", "nearly friday thank god", "fine, bit tired"]),
    ("did you see the match", ["yeah what a finish", "missed it, who won", "dont talk to me about it"]),
    ("what are you cooking tonight", ["{food}", "probably {food}", "takeaway honestly"]),
    ("hows your mum doing", ["much better thanks", "still a bit tired but ok", "she's fine, asked after you"]),
    ("any holiday plans", ["thinking portugal", "staying put this year", "camping if the weather holds"]),
    ("did you get your car fixed", ["yeah finally", "still in the garage", "cost a fortune"]),
    ("watching anything good", ["{show}", "just started {show}", "nothing, need recommendations"]),
    ("how are the kids", ["mad as ever", "good, exams soon", "growing too fast"]),
    ("you off this weekend", ["yeah finally", "working saturday", "sunday only"]),
]
ADULT_SAYS = [
    ("the traffic was awful this morning", ["the ring road?", "every day lately", "nightmare"]),
    ("finally booked the dentist", ["brave", "about time ha", "good luck"]),
    ("my boss is driving me mad", ["what now", "ugh sorry", "drink later?"]),
    ("so tired today", ["same, early night", "coffee time", "long week?"]),
    ("the dog ate my sandwich again", ["ha classic", "naughty", "every time"]),
]
_USED = []


def small_talk(rng, a, b, adult=False):
    pairs, says = (ADULT_PAIRS, ADULT_SAYS) if adult else (SMALL_PAIRS, CHILD_SAYS)
    for _ in range(6):
        if rng.random() < 0.6:
            item = rng.choice(pairs)
        else:
            item = rng.choice(says)
        if item[0] not in _USED:
            break
    _USED.append(item[0])
    if item in pairs:
        q, ans = item
        return [(a, fill(rng, q), False), (b, fill(rng, rng.choice(ans)), False)]
    st, rs = item
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
    "fan": ["omg you're in the {band} fan server too", "saw your post about {show}, finally someone with taste", "your theory about {show} was so good", "hi from the {band} fan page!"],
    "tutor": ["Hi, I do online {subject} tutoring, saw you asking for help in the forum", "hey, i help kids with {subject} homework, you asked a q on the homework app?"],
}

# functions: typical (stock) and quiet (ordinary words) variants for the suspect
G = {
    "age": {
        "typical": ["how old are you?", "whats your age btw", "asl?", "you must be what, 13? 14?", "how old r u, ur profile doesnt say"],
        "quiet": ["what year are you in now?", "are you doing exams this year or next", "big school or still primary lol", "so you started secondary when?"],
    },
    "compliment": {
        "typical": ["you're so mature for your age", "you seem way older than you are", "you're more grown up than most adults i know", "honestly you're the most mature person in that whole server", "you're not like other kids at all"],
        "quiet": ["you actually think about things, most people dont", "honestly you talk better sense than my mates", "i like how you just say what you think",
                  "you're easy to talk to, you know that?", "you notice stuff other people miss", "not many people your age would get that", "your drawings have a proper grown up style", "you handle stuff better than i did at your age", "your mum doesnt know how lucky she is lol", "you always make me laugh"],
    },
    "details": {
        "typical": ["where do you live?", "whats your address", "what school do you go to", "what town are you in", "whats your postcode, ill send you something", "which street do you live on"],
        "quiet": ["which bus do you get home", "is that the school with the green uniform?", "do you walk home or get picked up",
                  "is your school near the big tesco", "what stop do you get off at", "how long does it take you to walk back", "do you go past the park on the way home?", "is that the stop by the chippy", "whats the name of your street, my mate might live near", "do you get the train or the bus in"],
    },
    "risk": {
        "typical": ["are you alone right now?", "are your parents home?", "is anyone home with you?", "when are your parents out?", "home alone again tonight?"],
        "quiet": ["what time does your mum get back from work", "so is it just you after school till your dad's home?", "who's in the house usually on {day}s",
                  "your brother around or is it just you tonight", "do your parents work late usually", "is your dad back tonight or is he away again", "does your nan still pick you up on tuesdays", "what do you do when you get in, just you and the telly?", "does anyone else get home before you", "does your mum do nights still"],
    },
    "riskphone": {
        "typical": ["does anyone check your phone?", "is anyone else using the computer?", "can your parents see your messages?"],
        "quiet": ["is your room upstairs or do you share the computer", "does your mum ever look at your phone or is she chill about it",
                  "is anyone looking over your shoulder lol", "do you have your own laptop or is it the family one", "does your phone stay in your room at night"],
    },
    "exclusive": {
        "typical": ["you're special to me", "i think we have something special", "you're my favourite person to talk to", "i care about you more than anyone", "you're my best friend, nobody else matters"],
        "quiet": ["nobody gets me like you do", "i look forward to this all day tbh", "talking to you is the best bit of my day",
                  "i dont really talk to anyone else like this", "its different with you", "i feel like i can tell you anything", "you're the only one who replies properly", "i'd be lost without these chats tbh", "whenever my phone goes i hope its you", "we just click dont we"],
    },
    "isolate": {
        "typical": ["your friends don't understand you like i do", "your parents are too strict with you", "you don't need them, you've got me", "your mum only cares about your sister"],
        "quiet": ["sounds like your friends just use you tbh", "they dont really listen to you do they", "your mum sounds like she doesnt get it",
                  "you deserve people who actually notice you", "maybe give them some space, they were out of order", "adults always think they know best hey",
                  "its not fair they treat you like a little kid", "i wouldnt bother going to that party, they dont deserve you", "sounds like your dad just shouts and doesnt listen", "you can always vent to me instead", "i'd never make you feel like that"],
    },
    "secret": {
        "typical": ["don't tell your parents about me", "keep this between us ok?", "this is our secret", "don't tell anyone we talk", "if anyone asks, you dont know me"],
        "quiet": ["its nicer when its just our thing", "people wouldnt understand, they'd make it weird", "you dont have to mention it to anyone, its nobody else's business",
                  "lets keep chatting here just us", "your mum would only worry for no reason", "maybe dont bring it up at home yeah", "its just easier if it stays here", "they'd only ask loads of questions", "say im someone from school if anyone asks lol", "you can trust me, but not everyone would get it"],
    },
    "delete": {
        "typical": ["delete these messages ok", "make sure you delete our chat", "clear the chat after", "delete everything when we finish"],
        "quiet": ["maybe clear that before you go to bed", "you might want to tidy up your messages, just so nobody gets the wrong idea",
                  "do you ever clear your history? good habit tbh", "if your phone gets checked just archive this one", "turn on the timer so the chat clears itself", "screenshots arent cool btw, just so you know", "i always wipe mine, less clutter"],
    },
    "second": {
        "typical": ["make a second account so we can talk", "get a secret account", "make a new profile your mum doesnt know about"],
        "quiet": ["you could make another account just for chatting, less hassle", "lots of people have a spare account for friends",
                  "use the other profile so it doesnt show up on your main", "make one with a different name, just for us to chat", "use your old account, nobody checks that one"],
    },
    "gift": {
        "typical": ["i can get you {gift} if you want", "want me to buy you {gift}?", "ill send you {gift}, no strings", "i'll get you {gift} if you stay online tonight"],
        "quiet": ["i had some credit spare so i topped yours up", "saw that skin was on sale and thought of you", "its nothing, i just like seeing you happy",
                  "let me sort your data so you can message more", "you can pay me back another time, dont worry", "i've got a spare code, whats your username", "let me get your lunch money sorted this week", "i sent you a little something, check your account", "i'll sort the battle pass, dont mention it"],
    },
    "compliance": {
        "typical": ["prove you trust me and stay online tonight", "if you really liked talking to me you'd answer faster", "do this one thing for me: keep your phone on tonight"],
        "quiet": ["show me your drawing when its done?", "can you stay on a bit longer tonight", "reply quicker next time ok 🙂",
                  "change your name on here to the one i said lol", "can you message me when you get home from school", "text me when you get in so i know youre ok", "answer when i message ok, i get worried", "skip the club thing tonight and stay on here", "put your status to offline so we can chat in peace", "can you call me when your mum goes out"],
    },
    "move": {
        "typical": ["add me on {app}", "lets talk on {app} instead", "do you have {app}? its better", "message me on {app} its more private", "this app is for kids, come on {app}"],
        "quiet": ["this app is so glitchy, is there somewhere else easier", "my notifications on here never work, got anything else?",
                  "do you use the one with the disappearing chats", "easier to talk on the other one, this keeps logging me out", "whats your number, the chat here is so slow", "i can send voice notes on the other one", "i'm hardly on here anymore, everyone's moved"],
    },
    "meet": {
        "typical": ["we should meet up", "want to meet this weekend?", "i could come see you", "lets meet, just us", "i could pick you up after school", "come meet me, ill buy you food"],
        "quiet": ["i'm actually near {place} on {day} for work", "i could give you a lift after practice if your mum's late", "if you're at {place} i might pop by",
                  "we could grab food sometime, my treat", "my cousin lives your way, i'm round there loads", "what time are you usually done on {day}?", "i'll be at {place} anyway, come say hi", "id love to actually hang out one day", "if you get off a stop early i could meet you", "bet you're even funnier in person"],
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
        [("A", ["Are you alone at home? Is your brother back yet?", "is anyone with you right now", "who's home with you love"]), ("B", ["just me", "yeah he's upstairs", "nan's here"]),
         ("A", ["Ok, I'm 20 mins away. Don't open the door", "Good, tell him to start the tea", "Ok give her a hug from me"])],
        [("A", ["Who's this Jake you keep talking about? How old is he?", "how do you know that person you're messaging?", "is that someone you've met in real life?"]), ("B", ["he's in my class mum", "from {game}, he's like 13", "yeah from school"]),
         ("A", ["Ok. If anyone online ever asks to meet you, you tell me first", "Just checking. Never give out our address ok", "Fine, but no private chats with people you don't know"])],
        [("B", ["can i go to {place} with my mates after school", "can i sleep over at liv's on {day}", "can i get {app}, everyone has it"]), ("A", ["Whose parents will be there?", "Be back by {hour}", "Let me look at it first"]), ("B", ["her mum", "ok", "ugh fine"])],
        [("A", ["You're such a kind kid, you know that?", "So proud of how you helped your sister today", "You're growing up so fast"]), ("B", ["mum stop", "aw thanks", "lol"]), ("A", ["Never stop being you ❤️", "Love you x"])],
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
        [("A", ["Did your present arrive? Don't open it till Sunday!", "I've put some money in your account for your birthday, spend it on something nice", "Grandad's topped up your phone so you can call us"]), ("B", ["yes!! thank you", "thanks nan ❤️", "i'll ring u tonight"]), ("A", ["Lots of love from both of us", "Our little secret from mum ha, she says we spoil you"])],
        [("A", ["Are you home on your own today? I can bring lunch round", "is your mum working late? I'll come and sit with you", "you alone? want me to pop in after work"]), ("B", ["yeah till 5", "yes please", "no dad's here"]), ("A", ["I'll be there at one", "See you soon sweetheart"])],
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
        [("A", ["I can give a few of you a lift to the away game, parents please reply", "Match venue changed to {place}, lifts organised in the parents group", "Dear parents, pick-up from the tournament will be at {hour}"]), ("B", ["Thanks, she'll come with us", "Great, we'll drive", "Thanks for organising"]), ("A", ["Lovely, thanks", "See you there"])],
        [("A", ["What size kit do you need for the new season?", "Shirt sizes please by {day}", "How old is your son? Just for the age group form"]), ("B", ["Medium please", "Age 12-13", "He's 11"]), ("A", ["Noted, thanks", "Perfect"])],
        [("A", ["Don't tell the others yet but you've been picked for the county squad!", "Keep it quiet till I announce it, but you're captain on {day}"]), ("B", ["OMG thank you!!", "no way"]), ("A", ["You earned it. I'll tell your parents tonight"])],
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
        [("A", ["my mum read my messages again", "my dad took my phone lol", "delete that pic of me its so bad"]), ("B", ["noooo", "rip", "ok deleted"]), ("A", ["ugh", "ty"])],
        [("A", ["he asked if i was home alone lol, i said my mum was here", "someone random added me and asked how old i am", "this guy keeps messaging me on {app}, its weird"]), ("B", ["block him", "tell ur mum fr", "thats creepy"]), ("A", ["yeah blocked", "ok i told her"])],
        [("A", ["i got u a present for ur bday, dont look", "made a second account for my art lol", "wanna make a secret group chat for the party planning"]), ("B", ["aww", "whats it called", "yesss"])],
        [("A", ["omg dont tell anyone but i like {name}", "ok secret... i think i fancy someone in {subject}", "promise u wont tell??"]), ("B", ["WHAT who", "i promise", "omg spill"]),
         ("A", ["ur the only one i told", "dont tell mum either she'll make it weird", "swear on ur {pet}"]), ("B", ["i swear", "ur secret is safe lol"])],
        [("A", ["u coming to {place} after school", "meet at {place} at {hour}?", "wanna go {place} on {day}"]), ("B", ["yeah ill ask my mum", "cant im grounded", "ye"]), ("A", ["kk", "bring ur bike"])],
        [("A", ["get {app} everyone's moving there", "download {app} i'll add u", "r u on {app} yet"]), ("B", ["my mum wont let me", "ok whats ur name on it", "ive got it"]), ("A", ["same lol", "added"])],
        [("A", ["ur so funny in that video", "ur drawing is so good", "ur speech in english was so good"]), ("B", ["stoppp", "aw ty", "shut up lol"])],
        [("A", ["how old is ur brother again", "r u 13 or 14 i forgot", "when's ur birthday"]), ("B", ["16", "13 omg we're the same", "next month"]), ("A", ["oh ok", "party??"])],
        [("A", ["r u home alone", "my parents r out wanna call", "facetime?"]), ("B", ["ya mums at work", "yeah gimme 5", "cant im at my nans"]), ("A", ["calling", "ok later then"])],
    ],
    "friends_meeting": [
        [("A", ["Hey, it's Tom from the running club, shall we grab coffee?", "Nice meeting you at the conference, lunch next week?", "Hey, found you via the hiking group, still up for the walk {day}?"]), ("B", ["Sure, where?", "Would love that", "Yes! meet at the car park?"]), ("A", ["{place} at {hour}", "I'll text you my number"])],
        [("A", ["Where do you live again? I'll pick you up", "What's your address for the invite?", "send me your postcode for the sat nav"]), ("B", ["5 Rose Close", "I'll send it on {app}", "LS6 2HQ"]), ("A", ["Great, see you at 7", "Got it"])],
        [("A", ["Still on for {day}?", "Drinks {day} then?", "Are we doing brunch this weekend"]), ("B", ["Yes! where", "Defo, {place}?", "Can't wait"]), ("A", ["My address is 14 Oak Road, come round at {hour}", "Let's meet at {place} at {hour}", "I'll send you the pin"])],
        [("A", ["This app keeps crashing, add me on {app}", "Let's move the group to {app}", "message me on {app}, I'm barely on here"]), ("B", ["done", "what's your number", "Ok added you"])],
        [("A", ["Are you alone at the office? Fancy lunch", "Is anyone else coming tonight or just us?", "Just us two this time?"]), ("B", ["Just me, come over", "Sam might come", "Yep just us"]), ("A", ["On my way", "Great"])],
        [("A", ["Don't tell Jen about the party, it's a surprise", "keep it quiet, it's a surprise for Dave's 50th"]), ("B", ["My lips are sealed", "Ha of course"])],
    ],
    "adults": [
        [("A", ["I can't stop thinking about our date", "Nobody makes me laugh like you do", "You're the best thing that happened to me this year"]), ("B", ["Stop it, you're making me blush", "Same here honestly", "Soppy ha"])],
        [("A", ["Shall we move this to {app}? The dating app is so clunky", "Give me your number?", "Add me on {app}"]), ("B", ["Sure, here it is", "Done", "Ok x"])],
        [("A", ["You looked lovely tonight", "I had a really good time", "You're really funny, you know that"]), ("B", ["Aw stop", "Me too, let's do it again", "Haha you're not so bad yourself"])],
        [("A", ["How old are you btw? your profile doesn't say", "So what do you do for work?", "Where abouts are you based"]), ("B", ["34, you?", "I'm a nurse", "North London"]), ("A", ["36 ha", "Oh nice"])],
        [("A", ["Got you a little something for your birthday", "I booked that restaurant you mentioned", "Saw this and thought of you"]), ("B", ["You didn't have to!", "Oh wow thank you", "You're so sweet"])],
        [("A", ["Are you home alone tonight? Fancy a film", "Kids at their dad's?", "Is your flatmate in?"]), ("B", ["Yeah just me", "yep, come round at 8", "She's out, come over"]), ("A", ["Perfect, I'll bring {food}", "See you soon x"])],
        [("A", ["Let's not tell the others we're seeing each other yet", "Keep it low key at work ok ha", "Don't tell my sister yet she'll go mad with excitement"]), ("B", ["Ha agreed", "Our secret for now"])],
    ],
    "gamers": [
        [("A", ["my mom says i cant play past 9 lol", "brb my dad's calling me", "cant play sat got football"]), ("B", ["same", "kk", "np"])],
        [("A", ["u wanna be in my clan? need to be 13+ for the discord", "how old r u we have age rules", "r u old enough for the tourney? 16+"]), ("B", ["14", "13", "no im 12"]), ("A", ["ok ur in", "sorry server rules", "next season then"])],
        [("A", ["how old r u? ur voice sounds young lol", "whats ur age", "u like 12 or smth"]), ("B", ["16", "14 why", "old enough to beat u"]), ("A", ["lol fair", "ok kid", "no worries just asking cos of the server rules"])],
        [("A", ["add me on discord", "join the discord for the squad", "we use discord for comms"]), ("B", ["whats ur tag", "cant my parents said no discord", "ok"]), ("A", ["its in the clan bio", "just use in-game chat then"])],
        [("A", ["ill gift u a skin gg", "want my spare {gift}", "i'll trade u the rare one"]), ("B", ["fr?? ty", "no thanks", "ok deal"]), ("A", ["np", "happy bday"])],
        [("A", ["squad up?", "need one more for ranked", "run it back"]), ("B", ["ye", "cant gotta eat", "in 5"]), ("A", ["gg", "ur cracked", "nice clutch"])],
        [("A", ["ur parents let u play this late?", "u alone in the lobby?", "is ur mic on"]), ("B", ["lol no they asleep", "ye", "its broken"]), ("A", ["haha", "ok typing then"])],
    ],
    "safety_lesson": [
        [("A", ["Parent evening notes: watch for someone asking which bus your child takes, or when you're home from work", "The talk said they ask kids to delete messages or make a second account", "Apparently they often say 'nobody understands you like I do'"]), ("B", ["That's so subtle, I'd never have noticed", "Scary. I'll check in with mine", "We need to talk to them about this"]), ("A", ["And they test with small favours first", "The key thing is the kids know they can tell us"])],
        [("A", ["Read this from the school: groomers often say things like 'you're so mature for your age'", "The officer said they'll say 'don't tell your parents, they wouldn't understand'", "Warning signs: someone online asking if you're home alone"]),
         ("B", ["That's scary", "Good to know", "We should talk to the kids about it"]), ("A", ["Also watch for anyone asking them to move to {app} or delete messages", "And gifts like game credit from strangers"])],
        [("A", ["Remember what we talked about: if anyone online says 'keep this our secret', what do you do?", "If someone asks which bus you take, who do you tell?", "If a stranger offers you {gift}, is that ok?"]),
         ("B", ["tell you", "block and report", "no"]), ("A", ["Exactly. You'll never be in trouble for telling me", "Good. Even if they seem really nice"])],
        [("A", ["Today's PSHE: sometimes an adult pretends to be a teen and says 'nobody gets me like you do'", "Online safety lesson: groomers test if you'll keep small secrets first", "Class, someone asking 'who else uses your computer' is a red flag"]),
         ("B", ["what if its a friend?", "how do you know they're an adult", "ok"]), ("A", ["Trust your gut, and always tell a trusted adult", "Check with someone you trust before meeting anyone"])],
    ],
    "ordinary": [
        [("A", ["Hi, are you alone in the shop today? I'll come by before close", "Is anyone there to sign for the delivery?", "Will someone be home between 8 and 12 for the engineer?"]), ("B", ["Yes just me till 5", "Yes my husband", "Yes all day"]), ("A", ["Great, see you at 4", "Thanks, engineer will text ahead"])],
        [("A", ["Your gift card code is attached", "Congratulations, you've won a voucher in our raffle", "Here's your refund as store credit"]), ("B", ["Thank you!", "Oh lovely", "Cheers"])],
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


def benign_conv(rng, kind, adult=False):
    scenes = SCENES[kind]
    k = rng.randint(2, min(4, len(scenes))) if rng.random() < 0.75 else 1
    if kind == "ordinary":
        k = 1
    extra = 4 if rng.random() < 0.8 else 10
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
                msgs += small_talk(rng, "A", "B", adult)
            else:
                msgs.append((rng.choice("AB"), fill(rng, rng.choice(FILL_A)), False))
    target = int(rng.triangular(6, 72, 24)) if kind != "ordinary" else int(rng.triangular(6, 36, 12))
    while len(msgs) < target:
        if rng.random() < 0.75:
            msgs += small_talk(rng, "A", "B", adult)
        else:
            msgs.append(("A" if msgs[-1][0] == "B" else "B", fill(rng, rng.choice(FILL_A)), False))
    return msgs[:80]


# --------------------------------------------------------------------------- other languages (compact banks)
LSLOTS = {
    "es": {"day": ["sábado", "domingo", "viernes", "miércoles", "jueves"], "place": ["el parque", "la biblioteca", "el centro comercial", "la plaza", "el polideportivo"],
           "food": ["macarrones", "tortilla", "pizza", "lentejas", "croquetas"], "hour": ["las 5", "las 6", "las 7 y media", "las 4"], "sib": ["hermana", "hermano"],
           "gift": ["una tarjeta regalo", "saldo para el móvil", "unos pavos de fortnite", "robux"], "sport": ["fútbol", "baloncesto", "natación", "balonmano"]},
    "fr": {"day": ["samedi", "dimanche", "vendredi", "demain", "mercredi"], "place": ["le parc", "la médiathèque", "le centre commercial", "la gare", "le gymnase"],
           "food": ["des pâtes", "des crêpes", "une pizza", "du poulet", "une quiche"], "hour": ["17h", "18h", "16h30", "19h"], "sib": ["sœur", "frère"],
           "gift": ["une carte cadeau", "du crédit pour ton téléphone", "des v-bucks", "des robux"], "sport": ["foot", "basket", "natation", "hand"]},
    "de": {"day": ["Samstag", "Sonntag", "Freitag", "Mittwoch", "Donnerstag"], "place": ["im Park", "in der Bücherei", "im Einkaufszentrum", "am Bahnhof", "in der Turnhalle"],
           "food": ["Nudeln", "Pizza", "Pfannkuchen", "Schnitzel", "Suppe"], "hour": ["17 Uhr", "18 Uhr", "halb fünf", "19 Uhr"], "sib": ["Schwester", "Bruder"],
           "gift": ["eine Gutscheinkarte", "Handyguthaben", "V-Bucks", "Robux"], "sport": ["Fußball", "Basketball", "Schwimmen", "Handball"]},
}

L = {}
L["es"] = {
    "open": ["hola! vi tu dibujo en la página de fans, es increíble", "ey juegas muy bien al {game}", "hola, soy amigo de tu padre del trabajo", "hola, ayudo en el club de {sport}, muy bien el otro día", "holaa somos del mismo grupo de {band} no?"],
    "hi": ["hola", "ey", "gracias", "quién eres?", "jaja gracias"],
    "small": [("qué haces", ["nada, aburrida", "deberes puf", "jugando al {game}", "viendo series"]), ("qué tal el cole", ["bien", "un rollo", "mañana tengo examen", "normal"]),
              ("qué has cenado", ["{food}", "nada todavía", "{food} que me encanta"]), ("tienes planes para el finde", ["igual voy por {place}", "{sport} el {day}", "nada, en casa"]),
              ("tienes mascota?", ["sí un perro", "no, mi madre no quiere", "un gato muy gordo jaja"]), ("qué música escuchas", ["{band}", "de todo un poco", "reguetón jaja"]),
              ("has visto {show}?", ["sí me encanta", "todavía no", "voy por el capítulo 3"]), ("qué tal el entreno", ["cansadísima", "bien, marqué un gol", "fatal jaja"]), ("a qué juegas ahora", ["{game}", "al {game} con mi primo", "a nada, estoy castigada"])],
    "g": {
        "age": (["cuántos años tienes?", "qué edad tienes?"], ["en qué curso estás?", "ya estás en el instituto?"]),
        "compliment": (["eres muy madura para tu edad", "pareces mayor de lo que eres"], ["hablas con más cabeza que mis amigos", "da gusto hablar contigo, de verdad", "te fijas en cosas que nadie ve"]),
        "details": (["dónde vives?", "a qué cole vas?"], ["qué autobús coges para volver?", "vuelves andando o te recogen?", "tu cole es el que está al lado del mercadona?"]),
        "risk": (["estás sola ahora?", "están tus padres en casa?"], ["a qué hora vuelve tu madre del trabajo?", "entonces después del cole estás tú sola hasta que llega tu padre?", "tu hermano está o estás tú sola esta noche?"]),
        "riskphone": (["tus padres te miran el móvil?", "alguien más usa el ordenador?"], ["tu madre te mira el móvil o pasa?", "el portátil es tuyo o es el de toda la familia?", "hay alguien mirando por encima del hombro jaja"]),
        "exclusive": (["eres especial para mí", "lo nuestro es especial"], ["nadie me entiende como tú", "hablar contigo es lo mejor del día", "con nadie hablo así, la verdad"]),
        "isolate": (["tus amigas no te entienden como yo", "tus padres son demasiado estrictos contigo"], ["parece que tus amigas solo te buscan cuando les interesa", "tu madre no lo pilla, no?", "no es justo que te traten como a una niña pequeña"]),
        "secret": (["no le digas a tus padres que hablamos", "esto es un secreto entre tú y yo"], ["mejor que quede entre nosotros, la gente lo haría raro", "no hace falta comentarlo en casa", "tu madre se preocuparía por nada"]),
        "delete": (["borra estos mensajes", "borra el chat luego"], ["igual deberías limpiar los mensajes antes de dormir", "si te miran el móvil, archiva este chat"]),
        "second": (["hazte otra cuenta para hablar conmigo"], ["podrías usar la otra cuenta para hablar, menos lío", "mucha gente tiene una cuenta aparte para los amigos"]),
        "gift": (["te puedo comprar {gift} si quieres", "te mando {gift}, sin compromiso"], ["me sobraba saldo y te he recargado el tuyo", "vi esa skin en oferta y me acordé de ti"]),
        "compliance": (["demuéstrame que confías en mí"], ["me escribes cuando llegues a casa del cole?", "te quedas un poco más esta noche?", "cámbiate el nombre aquí al que te dije jaja"]),
        "move": (["agrégame en {app}", "mejor hablamos por {app}"], ["esta app va fatal, tienes otra?", "usas la de los mensajes que se borran solos?"]),
        "meet": (["deberíamos quedar", "quedamos este finde?"], ["justo voy a estar por {place} el {day} por trabajo", "si tu madre llega tarde te puedo llevar después del entreno", "podríamos ir a merendar algún día, invito yo"]),
    },
    "cr": {"eager": ["vale", "jaja sí", "vale!", "claro"], "wary": ["por qué?", "no sé", "mi madre no me deja", "eso es un poco raro"], "neutral": ["puede", "vale", "no sé, ya veré", "bueno"]},
    "cs": {"age": ["13", "tengo 12", "14 en junio", "por qué?"], "risk": ["sí, estoy sola hasta {hour}", "mi madre trabaja hasta tarde", "no, está mi padre", "por qué lo preguntas?"],
           "riskphone": ["nadie me lo mira", "es mío", "a veces mi madre", "por qué?"], "exclusive": ["yo también", "ay qué mono", "bueno, acabamos de conocernos"],
           "secret": ["vale, no digo nada", "vale", "por qué? yo se lo cuento todo a mi madre"], "gift": ["en serio?? gracias", "no hace falta", "mi madre dice que no acepte cosas"],
           "details": ["sí, ese", "el 27", "por qué?", "no digo eso por internet"], "compliment": ["gracias jaja", "nadie me dice eso", "vale..."]},
    "bye": ["bueno me voy, hablamos", "buenas noches", "hablamos mañana?"],
    "fill": ["vale", "jaja", "sí", "genial", "ok", "ah vale", "guay", "perfecto", "claro"],
    "scenes": {
        "family_parent": [[("A", ["llego tarde del trabajo, te quedas sola hasta {hour}, vale?", "cariño la llave está donde siempre"]), ("B", ["vale mamá", "puedo cenar {food}?"]), ("A", ["cierra con llave y no abras a nadie", "mándame un mensaje cuando llegues, te quiero"])],
                          [("A", ["no le digas nada a tu {sib} de la sorpresa eh", "es secreto pero le vamos a regalar un perro a papá"]), ("B", ["vale no digo nada", "qué guay! puedo ayudar?"]), ("A", ["sí, pero calladita jaja"])],
                          [("A", ["quién es ese que te escribe en {app}? borra esa app por favor", "ya hablamos del móvil, a las 9 se apaga"]), ("B", ["es una amiga del cole mamá", "jo vale"]), ("A", ["no me enfado, solo me preocupo. si alguien te pide secretos, me lo cuentas"])]],
        "family_relative": [[("A", ["hola cariño, qué talla usas ya? la abuela te quiere hacer un jersey", "qué quieres para tu cumple?"]), ("B", ["gracias abuela! la M", "una tarjeta del {game} porfa"]), ("A", ["no le digas a tu madre que es sorpresa", "te lo mando el {day}, besos"])],
                            [("A", ["te recojo yo el {day} del cole, me lo ha pedido tu madre", "preparamos una sorpresa para el cumple de tu madre, guardas el secreto?"]), ("B", ["vale tito", "síii"]), ("A", ["a {hour} en la puerta", "ni una palabra eh"])]],
        "teacher_coach": [[("A", ["Recordad: el partido del {day} es a {hour}, quedamos en el club", "El entrenamiento del {day} se cambia a {place}"]), ("B", ["vale míster", "Gracias, quién lleva a los niños?"]), ("A", ["Los padres confirmad en el grupo, por favor"])],
                          [("A", ["Muy buen trabajo hoy, se nota el esfuerzo", "Enhorabuena por el examen"]), ("B", ["gracias profe!", "gracias!!"]), ("A", ["Sigue así"])]],
        "peers": [[("A", ["no se lo digas a nadie pero me gusta alguien de clase", "me prometes que no lo cuentas?"]), ("B", ["QUÉ quién", "te lo juro"]), ("A", ["ni a tu madre eh", "eres la única que lo sabe"])],
                  [("A", ["quedamos en {place} a {hour}?", "descárgate {app} que estamos todos ahí"]), ("B", ["le pregunto a mi madre", "vale ya la tengo"]), ("A", ["guay"])]],
        "friends_meeting": [[("A", ["Seguimos con lo del {day}?", "Te paso la ubicación, calle Olmo 14, a {hour}"]), ("B", ["Claro! dónde?", "Perfecto, allí estoy"])], [("A", ["esta app va fatal, pásate a {app}"]), ("B", ["hecho, ya te he agregado"])]],
        "adults": [[("A", ["Me lo pasé genial anoche", "Estabas guapísima"]), ("B", ["Yo también, repetimos?", "Calla jaja"])], [("A", ["Estás sola esta noche? peli y cena?"]), ("B", ["Sí, ven a las 9"]), ("A", ["Llevo {food}"])]],
        "gamers": [[("A", ["cuántos años tienes? suenas pequeño jaja", "agrégame en discord para el squad"]), ("B", ["16", "mis padres no me dejan discord"]), ("A", ["vale tranqui, por el chat del juego entonces"])], [("A", ["te regalo una skin gg", "otra partida?"]), ("B", ["en serio? gracias", "venga"])]],
        "safety_lesson": [[("A", ["Del colegio: los acosadores dicen cosas como 'eres muy madura para tu edad' o 'no se lo digas a tus padres'", "Si alguien por internet te pregunta si estás sola en casa, qué haces?"]), ("B", ["Qué miedo, hay que hablarlo con los niños", "se lo digo a mamá y lo bloqueo"]), ("A", ["Exacto, y nunca te vas a meter en un lío por contármelo"])]],
        "ordinary": [[("A", ["Hola, sigue disponible la bici?", "Buenas, mi pedido no ha llegado"]), ("B", ["Sí, sigue disponible", "Lo siento, me da el número de pedido?"]), ("A", ["Puedo pasar el {day}? Dirección?", "Es el 48213"]), ("B", ["Calle Mayor 22, a partir de {hour}", "Gracias, ya está reenviado"])]],
    },
}
L["fr"] = {
    "open": ["salut! j'ai vu ton dessin sur la page fan, il est trop beau", "wsh t'es trop fort à {game}", "bonjour, je suis un collègue de ton père", "salut, j'aide au club de {sport}, bravo pour samedi", "coucou on est dans le même groupe {band} non?"],
    "hi": ["salut", "coucou", "merci", "c'est qui?", "mdr merci"],
    "small": [("tu fais quoi", ["rien je m'ennuie", "des devoirs pff", "je joue à {game}", "je regarde une série"]), ("ça va le collège?", ["ça va", "trop nul", "contrôle demain", "bof"]),
              ("t'as mangé quoi ce soir", ["{food}", "pas encore mangé", "{food} trop bien"]), ("tu fais quoi ce week-end", ["peut-être {place}", "{sport} {day}", "rien, je reste chez moi"]),
              ("t'as un animal?", ["oui un chien", "non ma mère veut pas", "un chat trop gros mdr"]), ("t'écoutes quoi en ce moment", ["{band}", "un peu de tout", "du rap surtout"]),
              ("t'as vu {show}?", ["oui trop bien", "pas encore", "je suis à l'épisode 3"]), ("ça s'est passé comment l'entraînement", ["crevée", "bien j'ai marqué", "nul mdr"]), ("tu joues à quoi en ce moment", ["{game}", "{game} avec mon cousin", "à rien je suis privée de console"])],
    "g": {
        "age": (["t'as quel âge?", "tu as quel âge au fait?"], ["t'es en quelle classe?", "t'es en 5e ou en 4e?"]),
        "compliment": (["t'es vraiment mature pour ton âge", "on dirait que t'es plus vieille que ça"], ["tu réfléchis plus que mes potes franchement", "c'est facile de parler avec toi", "tu remarques des trucs que personne voit"]),
        "details": (["tu habites où?", "tu vas dans quel collège?"], ["tu prends quel bus pour rentrer?", "tu rentres à pied ou on vient te chercher?", "ton collège c'est celui à côté du carrefour?"]),
        "risk": (["t'es seule là?", "tes parents sont là?"], ["ta mère rentre à quelle heure du boulot?", "donc après les cours t'es toute seule jusqu'à ce que ton père rentre?", "ton frère est là ce soir ou t'es seule?"]),
        "riskphone": (["tes parents regardent ton téléphone?", "quelqu'un d'autre utilise l'ordi?"], ["ta mère regarde ton portable ou elle s'en fiche?", "l'ordi c'est le tien ou celui de la famille?", "personne regarde par-dessus ton épaule mdr?"]),
        "exclusive": (["t'es spéciale pour moi", "ce qu'on a c'est spécial"], ["personne me comprend comme toi", "parler avec toi c'est le meilleur moment de ma journée", "je parle à personne d'autre comme ça"]),
        "isolate": (["tes amies te comprennent pas comme moi", "tes parents sont trop sévères avec toi"], ["on dirait que tes copines se servent de toi", "ta mère comprend rien, non?", "c'est pas juste qu'ils te traitent comme une petite"]),
        "secret": (["dis pas à tes parents qu'on se parle", "c'est notre secret"], ["c'est mieux quand ça reste entre nous, les gens comprendraient pas", "t'as pas besoin d'en parler à la maison", "ta mère s'inquiéterait pour rien"]),
        "delete": (["supprime nos messages", "efface la conv après"], ["tu devrais peut-être vider tes messages avant de dormir", "si on regarde ton tel, archive juste cette conv"]),
        "second": (["crée un deuxième compte pour me parler"], ["tu pourrais utiliser ton autre compte pour parler, c'est plus simple", "plein de gens ont un compte à part pour les amis"]),
        "gift": (["je peux t'acheter {gift} si tu veux", "je t'envoie {gift}, t'inquiète"], ["il me restait du crédit, j'ai rechargé le tien", "j'ai vu ce skin en promo et j'ai pensé à toi"]),
        "compliance": (["prouve-moi que tu me fais confiance"], ["tu m'écris quand t'arrives chez toi?", "tu restes un peu plus ce soir?", "change ton pseudo pour celui que je t'ai dit mdr"]),
        "move": (["ajoute-moi sur {app}", "on parle sur {app} plutôt"], ["cette appli bug trop, t'as autre chose?", "t'utilises celle où les messages disparaissent?"]),
        "meet": (["on devrait se voir", "on se voit ce week-end?"], ["je serai justement vers {place} {day} pour le boulot", "si ta mère est en retard je peux te ramener après l'entraînement", "on pourrait aller prendre un goûter un jour, je t'invite"]),
    },
    "cr": {"eager": ["ok", "mdr oui", "d'accord!", "ouais"], "wary": ["pourquoi?", "jsp", "ma mère veut pas", "c'est un peu bizarre"], "neutral": ["peut-être", "ok", "je verrai", "bah"]},
    "cs": {"age": ["13", "j'ai 12 ans", "14 en juin", "pourquoi?"], "risk": ["oui je suis seule jusqu'à {hour}", "ma mère finit tard", "non mon père est là", "pourquoi tu demandes?"],
           "riskphone": ["personne regarde", "c'est le mien", "des fois ma mère", "pourquoi?"], "exclusive": ["moi aussi", "trop mignon", "on se connaît depuis 2 jours mdr"],
           "secret": ["ok je dis rien", "ok", "pourquoi? je dis tout à ma mère"], "gift": ["sérieux?? merci", "t'es pas obligé", "ma mère dit de rien accepter"],
           "details": ["oui celui-là", "le 42", "pourquoi?", "je dis pas ça en ligne"], "compliment": ["merci mdr", "personne me dit ça", "ok..."]},
    "bye": ["bon je dois y aller", "bonne nuit", "on se parle demain?"],
    "fill": ["ok", "mdr", "oui", "trop bien", "ah d'accord", "grave", "parfait", "ouais"],
    "scenes": {
        "family_parent": [[("A", ["je rentre tard du travail, tu restes seul jusqu'à {hour} d'accord?", "la clé est sous le pot comme d'hab"]), ("B", ["ok maman", "je peux manger {food}?"]), ("A", ["ferme à clé et n'ouvre à personne", "envoie-moi un message quand t'es rentré, bisous"])],
                          [("A", ["dis rien à ta {sib} pour la surprise hein", "c'est un secret mais on offre un chiot à papa"]), ("B", ["promis", "trop bien je peux aider?"]), ("A", ["oui mais motus"])],
                          [("A", ["c'est qui qui t'écrit sur {app}? supprime cette appli s'il te plaît", "on avait dit plus d'écran après 21h"]), ("B", ["c'est une copine du collège", "pff ok"]), ("A", ["je suis pas fâchée, je m'inquiète. si quelqu'un te demande de garder un secret, tu me le dis"])]],
        "family_relative": [[("A", ["coucou ma puce, tu fais quelle taille maintenant? mamie veut te tricoter un pull", "tu veux quoi pour ton anniversaire?"]), ("B", ["merci mamie! du 12 ans", "une carte {game} stp"]), ("A", ["dis rien à ta mère c'est une surprise", "je l'envoie {day}, bisous"])],
                            [("A", ["je viens te chercher {day} à l'école, ta mère me l'a demandé", "on prépare une surprise pour l'anniversaire de ta mère, tu gardes le secret?"]), ("B", ["ok tonton", "ouiii"]), ("A", ["{hour} devant le portail", "pas un mot hein"])]],
        "teacher_coach": [[("A", ["Rappel : match {day} à {hour}, rendez-vous au club", "L'entraînement de {day} a lieu au gymnase"]), ("B", ["ok coach", "Merci, qui emmène les enfants ?"]), ("A", ["Les parents confirment dans le groupe svp"])],
                          [("A", ["Très bon travail aujourd'hui, on voit les efforts", "Bravo pour le contrôle"]), ("B", ["merci madame!", "merci!!"]), ("A", ["Continue comme ça"])]],
        "peers": [[("A", ["dis-le à personne mais j'aime bien quelqu'un de la classe", "tu promets de rien dire?"]), ("B", ["QUOI qui", "promis"]), ("A", ["même pas à ta mère", "t'es la seule à savoir"])],
                  [("A", ["on se retrouve {place} à {hour}?", "télécharge {app} tout le monde y est"]), ("B", ["je demande à ma mère", "ok je l'ai"]), ("A", ["cool"])]],
        "friends_meeting": [[("A", ["Toujours ok pour {day} ?", "Je t'envoie l'adresse : 14 rue des Lilas, vers {hour}"]), ("B", ["Carrément, où ?", "Parfait j'y serai"])], [("A", ["cette appli bug, passe sur {app}"]), ("B", ["c'est fait, je t'ai ajouté"])]],
        "adults": [[("A", ["J'ai passé une super soirée", "Tu étais magnifique hier"]), ("B", ["Moi aussi, on remet ça ?", "Arrête mdr"])], [("A", ["T'es seule ce soir ? film et resto ?"]), ("B", ["Oui, viens vers 21h"]), ("A", ["J'apporte {food}"])]],
        "gamers": [[("A", ["t'as quel âge? t'as une voix de petit mdr", "ajoute-moi sur discord pour la team"]), ("B", ["16", "mes parents veulent pas discord"]), ("A", ["ok pas grave, chat du jeu alors"])], [("A", ["je te donne un skin gg", "on relance?"]), ("B", ["sérieux? merci", "go"])]],
        "safety_lesson": [[("A", ["Message du collège : les prédateurs disent des choses comme 'tu es très mature pour ton âge' ou 'ne dis rien à tes parents'", "Si quelqu'un en ligne te demande si t'es seul à la maison, tu fais quoi ?"]), ("B", ["Ça fait peur, faut en parler aux enfants", "je le dis à maman et je bloque"]), ("A", ["Exactement, et tu ne seras jamais puni pour me l'avoir dit"])]],
        "ordinary": [[("A", ["Bonjour, le vélo est toujours dispo ?", "Bonjour, ma commande n'est pas arrivée"]), ("B", ["Oui toujours", "Désolé, vous avez le numéro de commande ?"]), ("A", ["Je peux passer {day} ? L'adresse ?", "C'est le 48213"]), ("B", ["22 rue du Moulin, après {hour}", "Merci, c'est renvoyé"])]],
    },
}
L["de"] = {
    "open": ["hey, hab deine Zeichnung auf der Fanseite gesehen, richtig gut", "yo du bist krass in {game}", "Hallo, ich bin ein Kollege von deinem Papa", "Hi, ich helfe beim {sport}-Training, super gemacht letzte Woche", "hii wir sind doch in der gleichen {band} Gruppe oder?"],
    "hi": ["hi", "hey", "danke", "wer bist du?", "haha danke"],
    "small": [("was machst du", ["nix, langweilig", "hausaufgaben ugh", "zocke {game}", "schau serie"]), ("wie läufts in der schule", ["geht so", "voll langweilig", "morgen arbeit", "ganz ok"]),
              ("was gabs zum essen", ["{food}", "noch nix", "{food}, mein lieblingsessen"]), ("was machst du am wochenende", ["vielleicht {place}", "{sport} am {day}", "nix, bin zuhause"]),
              ("hast du haustiere?", ["ja einen hund", "nein mama will nicht", "eine katze, voll dick haha"]), ("was hörst du grad so", ["{band}", "alles mögliche", "deutschrap"]),
              ("hast du {show} gesehen?", ["ja voll gut", "noch nicht", "bin bei folge 3"]), ("wie war training", ["bin tot", "gut, hab ein tor gemacht", "schlecht haha"]), ("was zockst du grad", ["{game}", "{game} mit meinem cousin", "nix, hab konsolenverbot"])],
    "g": {
        "age": (["wie alt bist du?", "wie alt bist du eigentlich?"], ["in welche klasse gehst du?", "bist du schon auf dem gymnasium?"]),
        "compliment": (["du bist echt reif für dein alter", "du wirkst viel älter"], ["du denkst mehr nach als meine freunde ehrlich", "mit dir kann man echt gut reden", "du merkst sachen die sonst keiner merkt"]),
        "details": (["wo wohnst du?", "auf welche schule gehst du?"], ["welchen bus nimmst du nach hause?", "läufst du heim oder wirst du abgeholt?", "ist deine schule die neben dem edeka?"]),
        "risk": (["bist du gerade allein?", "sind deine eltern zuhause?"], ["wann kommt deine mama von der arbeit?", "also nach der schule bist du allein bis dein papa kommt?", "ist dein bruder da oder bist du heute abend allein?"]),
        "riskphone": (["guckt jemand auf dein handy?", "benutzt noch jemand den computer?"], ["schaut deine mama mal in dein handy oder ist die entspannt?", "ist der laptop deiner oder der von der familie?", "guckt dir grad keiner über die schulter oder haha"]),
        "exclusive": (["du bist was besonderes für mich", "wir haben was besonderes"], ["keiner versteht mich so wie du", "mit dir schreiben ist das beste am tag", "so red ich mit niemand sonst"]),
        "isolate": (["deine freunde verstehen dich nicht so wie ich", "deine eltern sind viel zu streng mit dir"], ["klingt als würden deine freundinnen dich nur ausnutzen", "deine mama checkt das nicht oder?", "ist nicht fair dass die dich wie ein kleines kind behandeln"]),
        "secret": (["sag deinen eltern nicht dass wir schreiben", "das ist unser geheimnis"], ["ist schöner wenn das unter uns bleibt, die anderen machen das nur komisch", "musst du zuhause ja nicht erwähnen", "deine mama macht sich sonst nur umsonst sorgen"]),
        "delete": (["lösch die nachrichten", "lösch den chat nachher"], ["vielleicht räumst du deine nachrichten vorm schlafen auf", "falls jemand dein handy anschaut, archivier den chat einfach"]),
        "second": (["mach dir einen zweiten account für uns"], ["du könntest den anderen account zum schreiben nehmen, weniger stress", "viele haben einen extra account für freunde"]),
        "gift": (["ich kann dir {gift} kaufen wenn du willst", "ich schick dir {gift}, einfach so"], ["hatte noch guthaben übrig, hab deins aufgeladen", "hab den skin im angebot gesehen und an dich gedacht"]),
        "compliance": (["beweis mir dass du mir vertraust"], ["schreibst du mir wenn du von der schule heim bist?", "bleibst du heute noch ein bisschen länger?", "änder deinen namen hier in den den ich gesagt hab haha"]),
        "move": (["adde mich auf {app}", "lass lieber auf {app} schreiben"], ["die app spinnt voll, hast du was anderes?", "hast du die app wo nachrichten verschwinden?"]),
        "meet": (["wir sollten uns treffen", "treffen wir uns am wochenende?"], ["ich bin am {day} eh {place} wegen arbeit", "wenn deine mama spät dran ist kann ich dich nach dem training heimfahren", "wir könnten mal eis essen gehen, ich lad dich ein"]),
    },
    "cr": {"eager": ["ok", "haha ja", "klar", "jo"], "wary": ["warum?", "weiß nicht", "darf ich nicht", "das ist bisschen komisch"], "neutral": ["vielleicht", "ok", "mal sehen", "hm"]},
    "cs": {"age": ["13", "bin 12", "werd 14 im juni", "warum?"], "risk": ["ja bin allein bis {hour}", "mama arbeitet lang", "nein papa ist da", "warum fragst du?"],
           "riskphone": ["guckt keiner", "ist meiner", "manchmal mama", "warum?"], "exclusive": ["ich auch", "süß", "wir kennen uns doch erst seit gestern"],
           "secret": ["ok sag nix", "ok", "warum? ich erzähl mama alles"], "gift": ["echt?? danke", "musst du nicht", "mama sagt ich soll nix annehmen"],
           "details": ["ja die", "die 42", "warum?", "sag ich nicht im internet"], "compliment": ["danke haha", "sagt mir sonst keiner", "ok..."]},
    "bye": ["muss los, bis später", "gute nacht", "schreiben wir morgen?"],
    "fill": ["ok", "haha", "ja", "cool", "ah ok", "stimmt", "passt", "klar"],
    "scenes": {
        "family_parent": [[("A", ["ich komm später von der arbeit, du bist allein bis {hour}, ok?", "schlüssel liegt unter dem blumentopf wie immer"]), ("B", ["ok mama", "darf ich {food} essen?"]), ("A", ["schließ ab und mach niemandem auf", "schreib mir wenn du da bist, hab dich lieb"])],
                          [("A", ["sag deiner {sib} nichts von der überraschung ok", "ist geheim, aber papa kriegt einen hund"]), ("B", ["versprochen", "cool darf ich helfen?"]), ("A", ["ja aber pssst"])],
                          [("A", ["wer schreibt dir da auf {app}? lösch die app bitte", "ab 21 uhr ist handy aus, wie besprochen"]), ("B", ["ist nur eine aus meiner klasse", "boah ok"]), ("A", ["ich bin nicht sauer, ich mach mir nur sorgen. wenn dich jemand bittet was geheim zu halten, sag es mir"])]],
        "family_relative": [[("A", ["Hallo Schatz, welche Größe hast du jetzt? Oma will dir einen Pulli stricken", "was wünschst du dir zum geburtstag?"]), ("B", ["danke oma! 152", "eine {game} karte bitte"]), ("A", ["sag mama nichts, ist eine überraschung", "schick ich am {day}, drück dich"])],
                            [("A", ["ich hol dich am {day} von der schule ab, deine mama hat gefragt", "wir planen eine überraschung für mamas geburtstag, kannst du was geheim halten?"]), ("B", ["ok onkel", "jaaa"]), ("A", ["{hour} am tor", "kein wort ok"])]],
        "teacher_coach": [[("A", ["Erinnerung: Spiel am {day} um {hour}, Treffpunkt am Verein", "Das Training am {day} ist diesmal in der Turnhalle"]), ("B", ["ok trainer", "Danke, wer fährt die Kinder?"]), ("A", ["Eltern bitte in der Gruppe bestätigen"])],
                          [("A", ["Sehr gute Arbeit heute, man sieht die Mühe", "Glückwunsch zur Klassenarbeit"]), ("B", ["danke frau müller!", "danke!!"]), ("A", ["Weiter so"])]],
        "peers": [[("A", ["sags keinem aber ich find jemand aus der klasse süß", "versprichst du dass du nix sagst?"]), ("B", ["WAS wen", "versprochen"]), ("A", ["auch nicht deiner mama", "du bist die einzige die es weiß"])],
                  [("A", ["treffen wir uns {place} um {hour}?", "lad dir {app} runter da sind alle"]), ("B", ["frag meine mama", "ok hab sie"]), ("A", ["cool"])]],
        "friends_meeting": [[("A", ["Steht {day} noch?", "Schick dir die Adresse: Lindenstraße 14, so um {hour}"]), ("B", ["Klar, wo?", "Perfekt, bin da"])], [("A", ["die app spinnt, komm auf {app}"]), ("B", ["erledigt, hab dich geaddet"])]],
        "adults": [[("A", ["War ein richtig schöner Abend", "Du sahst gestern toll aus"]), ("B", ["Fand ich auch, wiederholen?", "Hör auf haha"])], [("A", ["Bist du heute allein? Film und Essen?"]), ("B", ["Ja, komm um 9"]), ("A", ["Ich bring {food} mit"])]],
        "gamers": [[("A", ["wie alt bist du? klingst jung haha", "adde mich auf discord für den squad"]), ("B", ["16", "meine eltern erlauben kein discord"]), ("A", ["ok kein ding, dann im spielchat"])], [("A", ["ich schenk dir nen skin gg", "noch ne runde?"]), ("B", ["echt? danke", "los"])]],
        "safety_lesson": [[("A", ["Von der Schule: Täter sagen oft Sachen wie 'du bist so reif für dein Alter' oder 'sag deinen Eltern nichts'", "Wenn dich online jemand fragt ob du allein zuhause bist, was machst du?"]), ("B", ["Gruselig, wir müssen mit den Kindern reden", "ich sags mama und blockier"]), ("A", ["Genau, und du kriegst nie Ärger wenn du es mir erzählst"])]],
        "ordinary": [[("A", ["Hallo, ist das Fahrrad noch da?", "Hallo, meine Bestellung ist nicht angekommen"]), ("B", ["Ja, noch da", "Tut mir leid, haben Sie die Bestellnummer?"]), ("A", ["Kann ich am {day} abholen? Adresse?", "Die 48213"]), ("B", ["Mühlweg 22, ab {hour}", "Danke, ist neu verschickt"])]],
    },
}


def lfill(rng, lang, text):
    saved = {}
    for k, v in LSLOTS[lang].items():
        saved[k] = SLOTS[k]
        SLOTS[k] = v
    try:
        return fill(rng, text)
    finally:
        for k, v in saved.items():
            SLOTS[k] = v


def l_small(rng, lang, a, b, deck=None):
    if deck is not None:
        if not deck:
            deck.extend(rng.sample(L[lang]["small"], len(L[lang]["small"])))
        q, ans = deck.pop()
    else:
        q, ans = rng.choice(L[lang]["small"])
    return [(a, lfill(rng, lang, q), False), (b, lfill(rng, lang, rng.choice(ans)), False)]


def grooming_conv_l(rng, kind, lang):
    B = L[lang]
    tone = pick_tone(rng)
    msgs = [("S", lfill(rng, lang, rng.choice(B["open"])), False), ("C", lfill(rng, lang, rng.choice(B["hi"])), False)]
    n_rap = rng.randint(0, 1) if kind == "grooming_fast" else rng.randint(2, 6)
    deck = []
    for _ in range(n_rap):
        msgs += l_small(rng, lang, "S", "C", deck)
    funcs_all = list(B["g"].keys())
    if kind == "grooming_fast":
        funcs = rng.sample(["age", "compliment", "risk", "gift", "secret"], rng.randint(1, 2)) + [rng.choice(["move", "meet"])]
    else:
        funcs = rng.sample(funcs_all, rng.randint(4, 8))
        if funcs[-1] not in ENDINGS:
            funcs.append(rng.choice(ENDINGS))
    for f in funcs:
        typ, quiet = B["g"][f]
        q = kind == "grooming_quiet" or rng.random() < 0.25
        line = lfill(rng, lang, rng.choice(quiet if q else typ))
        msgs.append(("S", line, f != "age" or not q))
        t = tone if rng.random() < 0.7 else pick_tone(rng)
        pool = B["cs"].get(f) if rng.random() < 0.8 else None
        msgs.append(("C", lfill(rng, lang, rng.choice(pool or B["cr"][t])), False))
        if kind != "grooming_fast" and rng.random() < 0.3:
            msgs += l_small(rng, lang, "S", "C", deck)
    if rng.random() < 0.4:
        msgs.append(("S", rng.choice(B["bye"]), False))
    if not any(m[2] for m in msgs):
        msgs[-2] = (msgs[-2][0], msgs[-2][1], True)
    return msgs


def benign_conv_l(rng, kind, lang):
    B = L[lang]
    scenes = B["scenes"][kind]
    chosen = rng.sample(scenes, rng.randint(1, len(scenes)))
    if len(chosen) == 1 and rng.random() < 0.6:
        chosen = chosen * 1
    deck = []
    msgs = []
    if rng.random() < 0.5:
        msgs.append(("A", rng.choice(B["hi"][:2]), False))
        msgs.append(("B", rng.choice(B["hi"][:3]), False))
    for sc in chosen:
        pick = rng.randint(0, 9)
        for spk, alts in sc:
            msgs.append((spk, lfill(rng, lang, alts[pick % len(alts)]), False))
        for _ in range(rng.randint(1, 5)):
            if rng.random() < 0.6:
                msgs += l_small(rng, lang, "A", "B", deck)
            else:
                msgs.append((rng.choice("AB"), rng.choice(B["fill"]), False))
    target = int(rng.triangular(6, 60, 22))
    while len(msgs) < target:
        if rng.random() < 0.7:
            msgs += l_small(rng, lang, "A", "B", deck)
        else:
            msgs.append(("A" if msgs[-1][0] == "B" else "B", rng.choice(B["fill"]), False))
    return msgs


def make_names(rng, kind):
    if kind.startswith("grooming"):
        voice = rng.choice(list(VOICE_OPEN.keys()))
        if voice == "teen":
            s = rng.choice(TEEN_FAKE)
        elif voice in ("gamer", "art", "stranger", "fan"):
            s = rng.choice(HANDLES)
        else:
            s = rng.choice(ADULT_NAMES)
        c = rng.choice(CHILD_NAMES)
        return voice, s, c
    if kind in ("friends_meeting", "adults", "ordinary"):
        a, b = rng.sample(ADULT_NAMES, 2)
    elif kind == "safety_lesson":
        a = rng.choice(ADULT_NAMES + ["mum", "dad", "ms_khan", "pc_evans"])
        b = rng.choice(ADULT_NAMES + CHILD_NAMES)
        if b == a:
            b = rng.choice(CHILD_NAMES)
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


def build(rng, idx, kind, start, lang="en"):
    del _USED[:]
    if kind.startswith("grooming"):
        voice, s, c = make_names(rng, kind)
        raw = grooming_conv(rng, kind, voice) if lang == "en" else grooming_conv_l(rng, kind, lang)
        sty = {"S": Style(rng, "young" if voice in ("teen", "gamer", "fan") else rng.choice(["adult", "young", "tidy"])), "C": Style(rng, "young")}
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
        adult = kind in ("friends_meeting", "adults", "ordinary") or (kind == "safety_lesson" and b in ADULT_NAMES)
        raw = benign_conv(rng, kind, adult) if lang == "en" else benign_conv_l(rng, kind, lang)
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
    merged = []
    for m in raw:
        if merged and merged[-1][0] == m[0] and rng.random() < 0.4 and len(merged[-1][1]) < 120:
            pr = merged[-1]
            sep = rng.choice([". ", ". ", ", ", " - ", "\n", "\n"])
            merged[-1] = (pr[0], pr[1] + sep + m[1], pr[2] or m[2])
        else:
            merged.append(m)
    raw = merged[:80]
    fills = FILL_A if lang == "en" else L[lang]["fill"]
    while len(raw) < 6:
        last = raw[-1][0]
        other = [r for r in names if r != last][0]
        raw.append((other, rng.choice(fills), False))
    t = start
    msgs = []
    onset = None
    for i, (role, text, manip) in enumerate(raw):
        t = t + timedelta(seconds=rng.randint(8, 400) if rng.random() < 0.9 else rng.randint(3600, 60000))
        m = {"author": names[role], "text": sty[role].apply(rng, text, lang)}
        if rng.random() < 0.9:
            m["time"] = t.strftime("%Y-%m-%dT%H:%M:%S")
        msgs.append(m)
        if manip and onset is None:
            onset = i
    cid = "d-%d" % idx
    conv = {"id": cid, "participants": parts, "messages": msgs}
    if kind.startswith("grooming"):
        truth = {"id": cid, "label": "grooming", "kind": kind, "suspect": names["S"], "onset": onset, "language": lang}
    else:
        truth = {"id": cid, "label": "benign", "kind": kind, "suspect": None, "onset": None, "language": lang}
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
            lang = rng.choices(["en", "es", "fr", "de"], weights=[72, 9, 10, 9])[0]
            conv, truth = build(rng, i + 1, k, start, lang)
            fo.write(json.dumps(conv, ensure_ascii=False) + "\n")
            ft.write(json.dumps(truth, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
