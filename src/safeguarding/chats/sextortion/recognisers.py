# ruff: noqa: E501  (pattern and template tables: one pattern or line a row reads better than wrapped)
"""Sextortion cues in one message, by pattern: each category declares its patterns and its source.

Patterns run on the chats normalisation (lower case, accents folded, slang expanded: "ur" -> "your",
"pic" -> "photo", "gonna" -> "going to"), except amounts, which read the raw text's currency signs.
Every pattern is linear (bounded gaps only). Threats and demands are matched in plain words; the cues are
described in docs/SEXTORTION.md with their sources (NCA 2024, FBI 2022-2024, Thorn/NCMEC 2024, C3P).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

G = r"[^.?!]{0,40}?"  # a bounded gap inside one sentence
ME = r"(?:i|ill|i will|im|i am|imma|i m|we|well|we will)"
GOING = r"(?:going to|gonna|will|ll|about to|fixing to|gon)"
SHARE = (
    r"(?:send|sending|sent|post|posting|share|sharing|leak|leaking|upload|uploading|expose|exposing|spread|"
    r"forward|forwarding|dm|dming|tag|tagging|show|showing|publish|release|drop|blast|put)"
)
LEVERAGE = (
    r"(?:photo|photos|picture|pictures|pics|video|videos|vid|vids|video call|recording|recordings|screenshots?|"
    r"screen recording|what you sent|everything|it|them|this|these|that|nudes?)"
)
AUDIENCE = (
    r"(?:followers|follower list|friends list|all your friends|your friends|your family|your mum|your mom|"
    r"your dad|your parents|your mother|your father|your sister|your brother|your school|your teachers?|"
    r"your coach|your team|your class|classmates|your contacts|everyone you know|everybody you know|"
    r"everyone|everybody|the whole school|your girlfriend|your boyfriend|your grandma|your church|"
    r"your principal|the news|news sites?|your uni|your college|your boss|your work|your job|group chats?|"
    r"facebook|insta|instagram|tiktok|your story|your relatives|your cousins|your neighbours)"
)

_FLAGS = re.IGNORECASE


def _c(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts), _FLAGS)


PATTERNS: dict[str, re.Pattern[str]] = {
    # a threat to send or show the leverage to people (NCA 2024; FBI; Thorn/NCMEC 2024)
    "threat": _c(
        rf"\b{ME} {GOING}? ?{SHARE}\b{G}\b{LEVERAGE}\b{G}\b(?:to|with|on|in|for)\b{G}\b{AUDIENCE}\b",
        rf"\b{ME} {GOING}? ?{SHARE}\b{G}\b(?:to|with)\b{G}\b{AUDIENCE}\b",
        rf"\b{ME} {GOING}? ?{SHARE} (?:it|them|this|everything|your photos?|the photos?|the video)\b",
        rf"\b(?:or|else|otherwise)\b{G}\b(?:everyone|everybody|{AUDIENCE}) (?:sees|will see|gets|finds out|gets to see)\b",
        r"\b(?:everyone|everybody|your \w+) (?:is going to|will|gonna|going to) (?:see|get|receive) (?:it|them|this|your photos?|the photos?|the video|everything)\b",
        r"\bruin (?:your|ur) (?:life|future|reputation|name)\b",
        rf"\b(?:it|this|they|them|everything|all of it) (?:goes|go|gets sent|will go|is going|are going|will be sent|gets posted)\b{G}\b(?:to|on)\b{G}\b{AUDIENCE}\b",
        r"\b(?:should|shall|want me to|do you want me to|you want me to) (?:i )?(?:send|post|show|share|forward|dm)\b[^.?!]{0,30}\b(?:to|with)\b",
        r"\b(?:make it|it will|it ll|its going to|its gonna) go viral\b|\b(?:i will|ill|im going to) make sure (?:everyone|everybody|they all|your \w+) (?:sees|see|knows|know|gets)\b",
        r"\b(?:you want|do you want|want) (?:your|ur) \w+ to (?:see|know|find out|get)\b",
        r"\b(?:i will|ill|im going to|i am going to) (?:start|begin) with (?:your|ur)\b",
        r"\b(?:i will|ill|im going to) (?:message|text|dm|call|contact|email|tag) (?:your|ur|all your|every)\b",
        r"\byour (?:life|reputation|future) (?:is|will be) (?:over|ruined|finished|done)\b|\byou(?:re| are| will be|ll be) (?:finished|done for|ruined)\b",
        r"\b(?:screenshots?|screenshotted|screen shot|a list|the list|copies) (?:of )?(?:all )?(?:your|ur) (?:followers|friends|contacts|family|follower list|friends list)\b",
        r"\b(?:your|the|these|those|all your) (?:photos?|pictures?|videos?|vids?|screenshots?|recording) (?:are|is|will be|r|get|gets|going to be|gonna be|go|goes|end up) "
        r"(?:sent|posted|shared|leaked|everywhere|public|out|online|on)\b",
        r"\b(?:would|be|be a|it would be a|itd be a|be such a) (?:shame|pity)\b{G}\b(?:saw|see|seen|found|got|get)\b".replace(
            "{G}", G
        ),
        r"\b(?:goes|go|going) (?:public|viral|out)\b",
        r"\bunless you (?:pay|send|do)\b",
        r"\bor (?:i|ill|i will|im going to) (?:post|send|share|leak|expose|show)\b",
        r"\b(?:one click|one button|ready to send|already (?:typed|written|drafted)|in my drafts)\b",
        r"\b(?:i will|ill|im going to) (?:expose|destroy|end) you\b",
        # es / fr / de
        r"\b(?:voy a|vo a) (?:enviar|mandar|publicar|subir|compartir)\b",
        r"\bte (?:arruino|voy a arruinar) la vida\b",
        r"\bje vais (?:envoyer|publier|partager|montrer)\b",
        r"\bgacher ta vie|ruiner ta vie\b",
        r"\bich (?:werde|schicke|sende|poste|zeige)\b[^.?!]{0,40}\b(?:schicken|senden|posten|zeigen|veroffentlichen|allen|freunden|eltern|schule)\b",
        r"\bdein leben (?:ruinieren|zerstoren)\b",
    ),
    # naming who will see it (Cybertip.ca; Thorn: follower screenshots)
    "audience": _c(
        rf"\b(?:to|with|on|in)\b{G}\b{AUDIENCE}\b",
        r"\b(?:i have|ive got|i got|i saved|i screenshotted|got|look at)\b[^.?!]{0,30}\b(?:followers|friends list|follower list|contacts)\b",
        r"\b(?:your|ur) (?:coach|mum|mom|dad|parents|teacher|principal|sister|brother|aunt|grandma) (?:follows|is following|is friends with|is on)\b",
        r"\b(?:does|do) (?:your|ur) (?:coach|mum|mom|dad|parents|teacher|school|team|sister|brother) (?:follow|use|check|see)\b",
        r"\bi know (?:your|ur|which|what|where you go to) (?:school|team|club|mum|mom|dad|parents|sister|brother|family)\b",
        r"\b(?:i have|ive got|i got|i saved) (?:your|ur|all your) (?:contacts|contact list|friends list|followers list|follower list|family)\b",
        r"\b(?:tus seguidores|tus amigos|tu familia|tus padres|tes abonnes|tes amis|ta famille|tes parents|deine follower|deine freunde|deine familie|deine eltern)\b",
    ),
    # claims of holding the material, or of hacking (NCA; FBI; C3P: edited / AI images)
    "possession": _c(
        r"\b(?:i have|ive got|i got|i saved|i kept|i recorded|i screenshotted|i screen ?recorded|i captured|got) "
        r"(?:your|ur|the|all your|all the|every|everything|it|them)\b[^.?!]{0,20}?\b(?:photos?|pictures?|videos?|vid|video call|recording|everything you sent|it all)\b",
        r"\b(?:i|we) (?:hacked|got into|accessed|cloned|have access to|broke into|got in to|got access to|gained access to) (?:your|ur)\b",
        r"\b(?:i have|ive got|i got|i know|i control|i can see) (?:access to your|control of your|your password|your passwords|your camera|your webcam|your gallery|your camera roll|your icloud|your contacts|all your contacts)\b",
        r"\b(?:i|we) (?:made|created|generated|edited|photoshopped)\b[^.?!]{0,30}\b(?:photos?|pictures?|videos?|images?)\b",
        r"\b(?:ai|edited|fake|photoshopped|deepfake)\b[^.?!]{0,20}\b(?:photos?|pictures?|videos?|images?)\b[^.?!]{0,20}\b(?:of you|with your face|your face)\b",
        r"\bscreen ?recorded\b|\brecorded (?:the|our|your) (?:video call|call|facetime|stream)\b",
        r"\b(?:tengo tus|tengo las|j ai tes|jai tes|j ai les|ich habe deine|ich hab deine)\b",
        r"\b(?:i|we) (?:still |already )?(?:have|got|kept|saved|recorded|screenshotted) (?:what you sent|it all|all of it|everything you sent|it saved|them saved|them all|every single)\b",
        r"\b(?:i|we) (?:still|already) (?:have|got) (?:your|ur|the|those|these|that|all)\b[^.?!]{0,15}?\b(?:photos?|pictures?|videos?|vids?|video call|recording)\b",
        r"\b(?:im in|i am in|i got in|i installed\b[^.?!]{0,20}\bon) (?:your|ur) (?:phone|account|laptop|computer|icloud|snap|insta)\b|\byour (?:phone|account|device) (?:is|was|has been) (?:hacked|compromised|mine)\b",
    ),
    # a demand for money or money's worth (NCA; FBI; Thorn)
    "demand": _c(
        r"\b(?:pay|send|give|transfer|wire|get) (?:me|us)\b[^.?!]{0,30}?\b(?:\d+|money|cash|gift ?cards?|cards?|codes?|bitcoin|btc|crypto|usdt)\b",
        r"\b(?:pay|send|transfer|wire) (?:\d+|the money|money|cash)\b",
        r"\b(?:i want|i need|i need you to send|i want you to send|you need to (?:pay|send)|you have to (?:pay|send)|you better (?:pay|send)|just (?:pay|send))\b[^.?!]{0,20}?\b(?:\d+|money|cash|gift ?cards?|codes?|bitcoin|payment)\b",
        r"\b(?:sort me out|hook me up|help me out|look after me) with\b[^.?!]{0,15}\d+",
        r"\b(?:grab|get|buy) me (?:some|a|an|\d+)\b[^.?!]{0,20}\b(?:cards?|codes?|credits?|vbucks|robux)\b",
        r"\bhow much (?:can|do) you (?:send|pay|have|afford|got)\b",
        r"\b(?:send|pay) (?:another|more|extra|the rest|\d+ more)\b",
        r"\b(?:cash ?app|cashapp|venmo|paypal|zelle) me\b|\bsend (?:it|the money|the code|the codes|them) (?:to|on|via|through) (?:my|this)\b",
        r"\b(?:send|give|get) me (?:the|those|a photo of the|photos of the) (?:codes?|cards?)\b|\bscratch (?:the|it)\b",
        r"\b(?:buy|get|grab) (?:a|an|some|\d+|two|three) (?:steam|apple|google play|amazon|itunes|razer|psn|xbox|gift)\b",
        r"\bwhat can you afford\b|\bhow much (?:money )?(?:is in|do you have in) your\b|\bempty your\b",
        r"\bi (?:want|need) (?:it|the money|my money|payment|the cash)\b|\bwhere is (?:my|the) money\b",
        r"\b\d+ (?:and|n) (?:we are good|were good|we good|it goes away|it disappears|i delete|i will delete|ill delete|its gone|nobody sees|no one sees|were done|we are done|i forget|this stays)\b",
        r"\b(?:make it worth my while|something for my silence|a little something|cover my|buy my silence|keep me quiet)\b",
        r"\bsort me out\b|\b\d+ (?:would|should|will|could) (?:help|do it|do|sort (?:it|this)|fix (?:it|this)|make (?:it|this) go away|cover it)\b",
        r"\b(?:pay|paying) up\b|\bpay now\b|\bpay me\b|\bthe price is\b|\bit will cost you\b|\bit costs you\b",
        r"\b(?:do you have|have you got|you got|got) (?:cash ?app|cashapp|venmo|paypal|zelle|apple pay|revolut)\b",
        r"\b(?:paga|pagame|mandame|envia|envoie|paie|payes?|zahl|zahle|uberweis|schick mir)\b[^.?!]{0,30}\d+",
    ),
    # deadlines (C3P)
    "deadline": _c(
        r"\b(?:by|before|until|till|within|in|u have|you have|you got|youve got) (?:\d+ ?(?:min|mins|minutes|hours?|hrs?|h|seconds|secs)|an? (?:hour|minute|few minutes)|midnight|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|end of (?:the )?day|\d+ ?(?:pm|am)|\d+:\d+)\b",
        r"\b(?:clock is ticking|tick tock|times running out|time is running out|running out of time|countdown|last chance|final warning|\d+ minutes left|now or never)\b",
        r"\b(?:antes de|tienes \d+|avant|tu as \d+|bis|du hast \d+)\b[^.?!]{0,15}\b(?:\d+|minutos|minutes|minuten|horas|heures|stunden|medianoche|minuit|mitternacht)\b",
    ),
    # raising the stakes (Thorn; FBI)
    "stakes": _c(
        r"\bruin (?:your|ur) (?:life|future)\b|\byour life (?:is|will be) over\b|\b(?:jail|prison|sex offender|register|expelled|arrested|kicked off the team|lose your scholarship)\b",
        r"\bnobody will (?:ever )?(?:talk to|look at|want) you\b|\byou will regret\b|\byoull regret\b",
    ),
    # asking again after a payment (Thorn/NCMEC: a quarter of those who paid were extorted again)
    "repeat": _c(
        r"\b(?:not enough|thats not enough|need more|i want more|send more|another \d+|\d+ more|one more (?:payment|card|time)|again|double it|now (?:i want|its|send) \d+)\b",
    ),
}

# Context that makes a money line ordinary: a debt, a split bill, a trade (spec lookalikes).
DEBT = re.compile(
    r"\b(?:pay me back|paid me back|owe me|owes me|you owe|i owe|my half|your half|the tickets?|for the (?:pizza|tickets?|taxi|uber|concert|trip|hoodie|dinner|game)|"
    r"split|borrowed|lend|lent|loan|rent|the bill|sell|selling|sold|buy yours|trade|trading|swap|how much for|"
    r"rate|exchange|price|invoice|order|refund|deposit|shipping|postage|for sale)\b",
    _FLAGS,
)
# A safety lesson or a news story: reported speech, not an author's own threat.
REPORTED = re.compile(
    r"\b(?:sextortion|scammers?|scam|scams|offenders?|criminals?|extortionists?|blackmailers?|the article|article|news|documentary|"
    r"police (?:say|said|warn|warned|are)|fbi|nca|ncmec|ceop|report remove|take it down|trusted adult|if someone|if anyone|"
    r"they (?:say|said|might|will|may|often|usually)|he (?:said|told|threatened)|she (?:said|told|threatened)|"
    r"the guy (?:said|told)|victims?|never pay|dont pay|do not pay|warning signs?|red flags?|in the story|"
    r"the boy|the teen|a teenager|one boy|kids who|students|class today|lesson|headteacher|assembly|podcast|episode)\b",
    _FLAGS,
)
QUOTED = re.compile(r'"[^"]{3,300}"|“[^”]{3,300}”|„[^“”]{3,300}[“”]|«[^»]{3,300}»|\'[^\']{12,300}\'')
# Despair or self-harm in plain words (the spec's examples; NSPCC / Samaritans wording of warning signs).
CRISIS = re.compile(
    r"\b(?:i cant do this anymore|i can t do this anymore|i cant take (?:it|this) anymore|i want to disappear|"
    r"i wish i could disappear|i wish i (?:was|were) dead|id rather be dead|i d rather be dead|i would rather (?:be dead|die)|"
    r"i want to die|i wanna die|kill myself|end it all|end my life|i want to end it|"
    r"better off without me|better off dead|no reason to live|no point (?:in )?(?:living|anymore|going on)|"
    r"hurt myself|harm myself|i dont want to be here anymore|i dont want to live|i dont wanna live|"
    r"i dont want to exist|im done with everything|my life is over|i cant go on|i give up on everything|"
    r"nobody would (?:care|miss me)|no one would (?:care|miss me)|i want it all to stop|make it stop|"
    r"quiero desaparecer|me quiero morir|quiero morir|je veux disparaitre|je veux mourir|j en peux plus|"
    r"ya no puedo mas|no puedo mas|prefiero estar muert[oa]|quiero morirme|jen peux plus|je prefere mourir|je prefererais mourir|"
    r"ich kann nicht mehr|lieber tot|ich will tot sein|i want to kill myself|im going to end it|ill end it|"
    r"i dont want to be alive|no way out|i cant live with (?:this|it)|i wish i (?:wasnt|was never|had never been) born|"
    r"whats the point (?:anymore|of living|of anything)|i want it to end|i want to vanish|i should just end it|"
    r"i might do something stupid|ill do something stupid|i just want to die|id rather die|i would rather die|"
    r"ich will nicht mehr|ich will sterben|ich will verschwinden)\b",
    _FLAGS,
)
# Mentions of the leverage itself ("the photo", "what you sent"): with a named audience it is an implied threat.
REFERENCE = re.compile(
    r"\b(?:the|that|those|these|your|ur) (?:photos?|pictures?|videos?|vids?|video call|screenshots?|recording|call)\b|\bwhat you sent\b|\bwhat you did\b",
    _FLAGS,
)
LAUGHTER = re.compile(
    r"\b(?:l+o+l+\w*|lma+o+\w*|lmf+a+o+\w*|a?ha(?:ha)+\w*|he(?:he)+\w*|jk|jking|just kidding|kidding|joking|rofl|xd|bruh)\b"
    r"|[😂🤣😆😹💀😜😝🙃]",
    _FLAGS,
)
PHOTO_REQUEST = re.compile(
    r"\b(?:send me a photo|send (?:a|one) photo|your turn|send one back|show me yours|send me one|switch to video|video call me|facetime me)\b",
    _FLAGS,
)
PLATFORM_MOVE = re.compile(
    r"\b(?:add me on|move to|switch to|text me on|dm me on|message me on|go on|come on|hmu on)\b[^.?!]{0,15}\b(?:snap|snapchat|telegram|whatsapp|kik|wickr|signal|discord|insta|instagram|wire|threema|session)\b",
    _FLAGS,
)

CHANNELS: dict[str, re.Pattern[str]] = {
    "gift_card": _c(
        r"\b(?:gift ?cards?|steam (?:cards?|codes?|gift)|apple (?:cards?|gift)|itunes|google play|amazon (?:cards?|codes?|gift)|"
        r"razer gold|psn (?:cards?|codes?)|xbox (?:cards?|codes?)|vbucks|v bucks|robux cards?|card codes?|the codes?|tarjetas? regalo|carte cadeau|cartes cadeaux|geschenkkarten?|gutscheine?)\b"
    ),
    "payment_app": _c(
        r"\b(?:cash ?app|cashapp|venmo|paypal|zelle|apple pay|revolut|chime|wise|bizum|lydia|klarna|\$[a-z]\w+)\b"
    ),
    "crypto": _c(
        r"\b(?:bitcoin|btc|crypto|usdt|tether|eth|ethereum|wallet address|my wallet|binance|coinbase|ltc|litecoin)\b"
    ),
    "bank_transfer": _c(
        r"\b(?:bank transfer|iban|account number|sort code|routing number|wire transfer|transferencia|virement|uberweisung)\b"
    ),
    "other": _c(r"\b(?:western union|moneygram|remitly|worldremit)\b"),
}

AMOUNT = re.compile(
    r"[$£€]\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:\$|£|€|usd|eur|gbp|dollars?|bucks|quid|pounds?|euros?|cad|aud|k)\b",
    _FLAGS,
)


# Words without one of which a category's patterns cannot match (a line with a digit always reads demands):
# most chat lines hold none, so the expensive patterns run on few lines. A test checks the gates hold.
_SHARE_WORDS = set(re.findall(r"[a-z]+", SHARE))
_LEVERAGE_WORDS = {
    "photo",
    "photos",
    "picture",
    "pictures",
    "pics",
    "video",
    "videos",
    "vid",
    "vids",
    "recording",
    "recordings",
    "screenshot",
    "screenshots",
    "screenshotted",
    "nudes",
    "call",
}
GATES: dict[str, frozenset[str]] = {
    "threat": frozenset(
        _SHARE_WORDS
        | _LEVERAGE_WORDS
        | {
            "ruin",
            "shame",
            "pity",
            "viral",
            "public",
            "out",
            "unless",
            "click",
            "button",
            "drafts",
            "typed",
            "written",
            "drafted",
            "ready",
            "destroy",
            "end",
            "want",
            "message",
            "text",
            "contact",
            "email",
            "start",
            "begin",
            "sees",
            "see",
            "gets",
            "get",
            "receive",
            "finds",
            "found",
            "seen",
            "saw",
            "life",
            "reputation",
            "future",
            "finished",
            "done",
            "ruined",
            "list",
            "copies",
            "screen",
            "voy",
            "vo",
            "arruino",
            "arruinar",
            "vais",
            "gacher",
            "ruiner",
            "ich",
            "leben",
            "go",
            "goes",
            "going",
            "sent",
        }
    ),
    "possession": frozenset(
        _LEVERAGE_WORDS
        | {
            "hacked",
            "accessed",
            "cloned",
            "access",
            "into",
            "broke",
            "control",
            "password",
            "passwords",
            "camera",
            "webcam",
            "gallery",
            "roll",
            "icloud",
            "contacts",
            "made",
            "created",
            "generated",
            "edited",
            "photoshopped",
            "fake",
            "ai",
            "deepfake",
            "images",
            "image",
            "recorded",
            "everything",
            "saved",
            "kept",
            "still",
            "already",
            "installed",
            "phone",
            "account",
            "device",
            "sent",
            "tengo",
            "jai",
            "ich",
            "it",
            "them",
            "all",
            "every",
        }
    ),
    "audience": frozenset(
        set(re.findall(r"[a-z]+", AUDIENCE))
        | {
            "follows",
            "following",
            "follow",
            "contacts",
            "seguidores",
            "amigos",
            "familia",
            "padres",
            "abonnes",
            "amis",
            "famille",
            "parents",
            "follower",
            "freunde",
            "familie",
            "eltern",
            "know",
            "school",
            "team",
            "club",
        }
    ),
    "demand": frozenset(
        {
            "pay",
            "paying",
            "send",
            "give",
            "transfer",
            "wire",
            "get",
            "grab",
            "buy",
            "want",
            "need",
            "sort",
            "hook",
            "help",
            "look",
            "much",
            "cashapp",
            "cash",
            "venmo",
            "paypal",
            "zelle",
            "apple",
            "revolut",
            "scratch",
            "afford",
            "empty",
            "where",
            "make",
            "something",
            "little",
            "cover",
            "keep",
            "price",
            "cost",
            "costs",
            "another",
            "more",
            "extra",
            "rest",
            "paga",
            "pagame",
            "mandame",
            "envia",
            "envoie",
            "paie",
            "payes",
            "zahl",
            "zahle",
            "uberweis",
            "schick",
            "just",
            "better",
            "have",
            "got",
            "money",
            "up",
            "now",
            "me",
            "us",
        }
    ),
}
CRISIS_GATE = frozenset(
    {
        "anymore",
        "disappear",
        "dead",
        "die",
        "kill",
        "end",
        "over",
        "better",
        "reason",
        "point",
        "hurt",
        "harm",
        "alive",
        "live",
        "exist",
        "done",
        "go",
        "care",
        "miss",
        "stop",
        "everything",
        "desaparecer",
        "morir",
        "morirme",
        "muerto",
        "muerta",
        "mas",
        "disparaitre",
        "mourir",
        "plus",
        "nicht",
        "tot",
        "sterben",
        "verschwinden",
        "way",
        "born",
        "anything",
        "vanish",
        "stupid",
        "rather",
        "it",
        "this",
        "myself",
        "on",
        "here",
        "living",
        "going",
        "wanna",
        "want",
    }
)
_DIGIT = re.compile(r"\d")
_PHOTO_GATE = frozenset({"photo", "turn", "back", "yours", "one", "video", "facetime"})
_PLATFORM_GATE = frozenset(
    {
        "snap",
        "snapchat",
        "telegram",
        "whatsapp",
        "kik",
        "wickr",
        "signal",
        "discord",
        "insta",
        "instagram",
        "wire",
        "threema",
        "session",
    }
)
_REFERENCE_GATE = frozenset(_LEVERAGE_WORDS | {"sent", "did"})


@dataclass(frozen=True, slots=True)
class Cues:
    """What one message shows. ``categories`` are sextortion categories; the rest is context."""

    categories: frozenset[str]
    channels: frozenset[str]
    amount: bool
    digit: bool
    debt: bool
    reported: bool
    crisis: bool
    photo_request: bool
    platform_move: bool
    reference: bool
    laughter: bool


def read_message(raw: str, norm: str) -> Cues:
    """Cues of one message: ``raw`` is the text as written, ``norm`` its chats normalisation."""
    words = set(norm.split())
    digit = _DIGIT.search(norm) is not None
    found = {
        name
        for name, pattern in PATTERNS.items()
        if (name not in GATES or not words.isdisjoint(GATES[name]) or (digit and name == "demand"))
        and pattern.search(norm)
    }
    channels = {name for name, pattern in CHANNELS.items() if pattern.search(norm)}
    if "$" in raw and CHANNELS["payment_app"].search(raw):
        channels.add("payment_app")  # a "$tag" payment handle
    amount = digit and AMOUNT.search(raw) is not None
    reported = REPORTED.search(norm) is not None or QUOTED.search(raw) is not None
    money = bool(channels) or "demand" in found
    return Cues(
        categories=frozenset(found),
        channels=frozenset(channels),
        amount=amount,
        digit=digit,
        debt=money and DEBT.search(norm) is not None,
        reported=reported,
        crisis=not words.isdisjoint(CRISIS_GATE) and CRISIS.search(norm) is not None,
        photo_request=not words.isdisjoint(_PHOTO_GATE) and PHOTO_REQUEST.search(norm) is not None,
        platform_move=not words.isdisjoint(_PLATFORM_GATE) and PLATFORM_MOVE.search(norm) is not None,
        reference=not words.isdisjoint(_REFERENCE_GATE) and REFERENCE.search(norm) is not None,
        laughter=bool(found) and (LAUGHTER.search(norm) is not None or LAUGHTER.search(raw) is not None),
    )
