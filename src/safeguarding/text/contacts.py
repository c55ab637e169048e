"""Emails (also "name at domain dot com"), social handles and URLs in free text.

Every pattern is bounded (no nested or unbounded repetition that can backtrack), so the cost stays linear
on adversarial input such as ``x@x@x@...`` or 300,000-character runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from safeguarding.text.normalise import fold, normalise
from safeguarding.text.phones import DEFAULT_FALLBACK_REGIONS, DEFAULT_REGION, PhoneMatch, extract_phones

_TLDS = (
    "com|net|org|info|biz|io|co|me|us|uk|ca|es|fr|mx|de|it|br|ar|cl|pe|ru|be|ch|nl|eu|app|xyz|online|site"
    "|live|email|mail"
)
_EMAIL = re.compile(
    r"(?<![\w.+-])([a-z0-9][a-z0-9._+-]{0,63})@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,24})(?![\w-])"
)
_AT = r"\s{0,3}(?:\(at\)|\[at\]|\{at\}|<at>|\bat\b|\barroba\b|\barobase\b)\s{0,3}"
_DOT = r"\s{0,3}(?:\(dot\)|\[dot\]|\{dot\}|<dot>|\bdot\b|\bpunto\b|\bpoint\b|\.)\s{0,3}"
_SPELLED_EMAIL = re.compile(
    rf"(?<![\w.+-])([a-z0-9][a-z0-9._+-]{{0,63}}){_AT}([a-z0-9-]{{1,63}}){_DOT}({_TLDS})\b(?!\.\w)"
)
_PLATFORMS = {
    "snapchat": "snapchat",
    "snap": "snapchat",
    "sc": "snapchat",
    "instagram": "instagram",
    "insta": "instagram",
    "ig": "instagram",
    "telegram": "telegram",
    "tg": "telegram",
    "kik": "kik",
    "twitter": "twitter",
    "x": "twitter",
    "tiktok": "tiktok",
    "onlyfans": "onlyfans",
    "skype": "skype",
    "wickr": "wickr",
    "signal": "signal",
    "discord": "discord",
    "line": "line",
    "wechat": "wechat",
    "threema": "threema",
}
# Platform names that are also ordinary words ("line", "signal", "snap", "x") count only with an explicit
# separator ("line: name", "snap @name"); unambiguous names may be followed by the handle directly.
_AMBIGUOUS_PLATFORMS = frozenset({"snap", "sc", "ig", "tg", "x", "line", "signal", "skype", "insta"})
_PLATFORM_HANDLE = re.compile(
    r"\b(" + "|".join(sorted(_PLATFORMS, key=len, reverse=True)) + r")\b\s{0,3}(?:id|user|name)?\s{0,3}"
    r"([:=\-]?)\s{0,3}(@?)([a-z0-9][a-z0-9._]{2,29})(?![\w@])"
)
_AT_HANDLE = re.compile(r"(?<![\w@.])@([a-z0-9_][a-z0-9._]{2,29})(?![\w@])")
_URL = re.compile(
    r"\b(?:https?://|www\.)[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,5}(?::\d{1,5})?(?:/[^\s<>\"']{0,500})?"
)
_HANDLE_STOPWORDS = frozenset(
    [
        "the",
        "and",
        "for",
        "you",
        "now",
        "here",
        "only",
        "please",
        "com",
        "too",
        "also",
        "available",
        "app",
        "account",
        "chat",
        "message",
        "msg",
        "dm",
        "text",
        "call",
        "today",
        "info",
        "details",
        "contact",
        "server",
        "group",
        "channel",
        "number",
        "para",
        "por",
        "pour",
        "avec",
        "sur",
        "aqui",
        "ici",
        "solo",
    ]
)


@dataclass(slots=True)
class Contacts:
    """Contacts found in one text."""

    phones: list[PhoneMatch] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    emails_obscured: bool = False
    handles: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def extract_emails(text: str) -> tuple[list[str], bool]:
    """Email addresses, lower-cased; the flag says whether any was spelled out ("at", "dot")."""
    return emails_in_folded(fold(normalise(text)))


_SPELLED_AT = ("@", " at ", "(at)", "[at]", "{at}", "<at>", "arroba", "arobase")


def emails_in_folded(folded: str) -> tuple[list[str], bool]:
    if not any(marker in folded for marker in _SPELLED_AT):
        return [], False
    found = [f"{m.group(1)}@{m.group(2)}" for m in _EMAIL.finditer(folded)]
    spelled = [f"{m.group(1)}@{m.group(2)}.{m.group(3)}" for m in _SPELLED_EMAIL.finditer(folded)]
    spelled = [email for email in spelled if email not in found]
    return _unique(found + spelled), bool(spelled)


def extract_handles(text: str) -> list[str]:
    """Social handles as ``platform:name`` (named platform) or ``@name`` (bare mention), lower-cased."""
    return handles_in_folded(fold(normalise(text)))


def handles_in_folded(folded: str) -> list[str]:
    handles: list[str] = []
    emails = {m.span() for m in _EMAIL.finditer(folded)}
    for m in _PLATFORM_HANDLE.finditer(folded):
        if m.group(1) in _AMBIGUOUS_PLATFORMS and not (m.group(2) or m.group(3)):
            continue
        name = m.group(4).rstrip("._")
        if name in _HANDLE_STOPWORDS or name.isdigit() or name in _PLATFORMS:
            continue
        handles.append(f"{_PLATFORMS[m.group(1)]}:{name}")
    for m in _AT_HANDLE.finditer(folded):
        if any(start <= m.start() < end for start, end in emails):
            continue
        name = m.group(1).rstrip("._")
        if not name.isdigit() and not any(h.endswith(":" + name) for h in handles):
            handles.append("@" + name)
    return _unique(handles)


def extract_urls(text: str) -> list[str]:
    folded = fold(normalise(text))
    return _unique([m.group().rstrip(".,;:!?)") for m in _URL.finditer(folded)])


def extract_contacts(
    text: str, region: str = DEFAULT_REGION, fallback_regions: tuple[str, ...] = DEFAULT_FALLBACK_REGIONS
) -> Contacts:
    """Phones, emails, handles and URLs of one text."""
    emails, spelled = extract_emails(text)
    return Contacts(
        phones=extract_phones(text, region, fallback_regions),
        emails=emails,
        emails_obscured=spelled,
        handles=extract_handles(text),
        urls=extract_urls(text),
    )
