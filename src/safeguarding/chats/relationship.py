"""Who the people in a conversation are to each other: family, teacher or coach, declared or evident.

Caring adults say many of the things groomers say ("are you home alone until I get back?", "don't tell
your sister about the surprise", "I'll pick you up"); what tells them apart is the relationship, which
the talk itself shows: the child calls them "mum", "grandma" or "coach", they sign as "dad", they talk
about practice and homework. Evidence is counted per author and bounded (a few counters per author).

- **declared**: a participant's name is a role ("mum", "grandma_jo", "coach_dan", "ms_lee"), or an
  author names themselves ("love, mum", "it's dad", "your dad and i", "coach here").
- **addressed**: another author speaks to them by a role ("thanks coach", "ok mum", "night grandma x").
- **topic**: school and sport logistics (practice, training, homework, match, kit, class, lesson): weak,
  counted once per distinct word, for the conversation.
"""

from __future__ import annotations

import re

FAMILY_WORDS = (
    "mom|mum|mam|mommy|mummy|mama|ma|dad|daddy|papa|pa|father|mother|grandma|grandpa|granny|grandad|"
    "granddad|gran|nan|nana|nanna|grandmother|grandfather|auntie|aunty|aunt|uncle|abuela|abuelo|mamie|"
    "papi|papy|oma|opa|mutti|vati|tia|tio|tante|onkel"
)
SCHOOL_WORDS = (
    "coach|teacher|tutor|miss|sir|mr|mrs|ms|professor|prof|trainer|instructor|profe|maestra|maestro"
)
_ROLE = re.compile(
    rf"(?:^|[_\W\d])(?P<family>{FAMILY_WORDS})(?:$|[_\W\d])|(?:^|[_\W\d])(?P<school>{SCHOOL_WORDS})(?:$|[_\W\d])"
)
_GREETING = (
    r"(?:hi|hey|hello|thanks|thank you|thx|ty|love you|love ya|ok|okay|yes|yeah|yep|no|nope|bye|night|"
    r"goodnight|good night|morning|sorry|please|cheers|see you|miss you|alright|sure|will do|got it)"
)
_ADDRESS = re.compile(
    rf"^(?:{_GREETING} )?(?P<role>{FAMILY_WORDS}|{SCHOOL_WORDS})(?: [!?.,x]+| x+)*$"
    rf"|^(?P<role2>{FAMILY_WORDS}|{SCHOOL_WORDS}) [!?,.]"
    rf"|^(?:hi|hey|hello|thanks|thank you|morning|night|sorry|bye|ok|okay) "
    rf"(?P<role4>{FAMILY_WORDS}|{SCHOOL_WORDS})\b"
    rf"|\b{_GREETING} (?P<role3>{FAMILY_WORDS}|{SCHOOL_WORDS})(?: [!?.,x]+| x+)*$"
)
_SELF = re.compile(
    rf"(?:^|\blove |\bfrom |\bits |\bthis is |\bim your |\bi am your )"
    rf"(?P<role>{FAMILY_WORDS}|{SCHOOL_WORDS})(?: here\b| and i\b| [!?.,x]+$|$)"
    rf"|\b(?:me and your|your) (?P<role2>{FAMILY_WORDS}) and (?:i|me)\b"
    rf"|^(?:hi |hello |hey )?(?:its|this is) (?:your )?(?P<role5>{FAMILY_WORDS})\b"
)
# Living with the child: the writer comes back to the child's home ("until i get back", "our kitchen").
# A parent's "are you home alone until I get back" is a parent's; a stranger asks when *your mum* gets
# back. Read as family, as a self-declaration.
_SAME_HOME = re.compile(
    r"\b(?:until|till|til|before|by the time) i (?:get|come|am|m) (?:back|home|in)\b"
    r"|\bour (?:house|flat|kitchen|front door|fridge)\b"
)
_TOPIC = re.compile(
    r"\b(practice|training|homework|hw|match|kit|class|lesson|assignment|coursework|worksheet|exam|"
    r"tournament|fixture|squad|pitch|rehearsal|revision|term|semester|parents evening|pe)\b"
)
_SCHOOL = frozenset(SCHOOL_WORDS.split("|"))
# A child's life in the talk, when no age is known: said about the other ("your parents", "what year are
# you in") or shown by the writer themselves ("my mum", "at school", "grounded"). Adults mention parents
# too, so these only weigh the scores, they never decide.
_ABOUT_CHILD = re.compile(
    r"\b(?:your|ur) (?:mom|mum|dad|parents|mam|step ?dad|step ?mom|teacher|school|class|homework|bedtime)\b"
    r"|\bafter school\b|\b(?:what|which) (?:year|grade|school)\b"
)
_OWN_CHILDHOOD = re.compile(
    r"\bmy (?:mom|mum|dad|parents|mam|step ?dad|step ?mom|teacher|school|class|homework|bedtime)\b"
    r"|\b(?:im|i am|were|we are) (?:at|in|off|back from) school\b|\bi (?:have|got) (?:school|homework)\b"
    r"|\bgrounded\b|\bim in (?:year|grade) \d|\bmy (?:exams|tests)\b"
)


def role_kind(role: str) -> str:
    return "school" if role in _SCHOOL else "family"


def declared_by_name(name: str) -> str | None:
    """'family' or 'school' when a participant's name is a role ("mum", "coach_dan"), else None."""
    found = _ROLE.search(name.lower())
    if found is None:
        return None
    return "family" if found.group("family") else "school"


def addressed(norm: str) -> str | None:
    """The kind of role the writer addresses someone by ("thanks coach" -> school), else None."""
    found = _ADDRESS.search(norm.strip())
    if found is None:
        return None
    role = found.group("role") or found.group("role2") or found.group("role3") or found.group("role4")
    return role_kind(role) if role else None


def self_declared(norm: str) -> str | None:
    """The kind of role the writer names themselves by ("love, mum", "coach here"), else None."""
    text = norm.strip()
    found = _SELF.search(text)
    if found is None:
        return "family" if _SAME_HOME.search(text) else None
    role = found.group("role") or found.group("role2") or found.group("role5")
    return role_kind(role) if role else None


def topics(norm: str) -> set[str]:
    """School and sport logistics words in a message."""
    return set(_TOPIC.findall(norm)) if _TOPIC.search(norm) else set()


def about_child(norm: str) -> bool:
    """Whether a message asks or speaks about someone's parents or school ("your mum", "after school")."""
    return _ABOUT_CHILD.search(norm) is not None


def own_childhood(norm: str) -> bool:
    """Whether the writer shows a child's life of their own ("my mum", "at school", "grounded")."""
    return _OWN_CHILDHOOD.search(norm) is not None
