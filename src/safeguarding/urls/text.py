"""URLs in free text (ads, chat messages) and their matches against URL lists."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import exists, select

from safeguarding.store import Store
from safeguarding.store.models import BankEntry
from safeguarding.urls.lists import UrlMatch, match_url
from safeguarding.urls.models import UrlEntry
from safeguarding.urls.normalize import UrlError

# A scheme URL, a www. host, or a dotted host followed by a path; trailing punctuation is not part of it.
_URL = re.compile(
    r"(?:\b[a-zA-Z][a-zA-Z0-9+.-]*://|\bwww\.)[^\s<>\"'`]+"
    r"|\b(?:[a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}/[^\s<>\"'`]*",
)
_TRAILING = ".,;:!?)]}'\""
MAX_URLS_PER_TEXT = 200


@dataclass(frozen=True)
class UrlHit:
    url: str  # as found in the text
    start: int
    end: int
    matches: list[UrlMatch]

    def to_json(self) -> dict[str, object]:
        return {
            "url": self.url,
            "start": self.start,
            "end": self.end,
            "matches": [m.to_json() for m in self.matches],
        }


def find_urls(text: str) -> list[tuple[str, int, int]]:
    """URLs in text with their offsets (at most MAX_URLS_PER_TEXT)."""
    found = []
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(_TRAILING)
        if url and "." in url:
            found.append((url, match.start(), match.start() + len(url)))
        if len(found) >= MAX_URLS_PER_TEXT:
            break
    return found


class UrlScanner:
    """Matches the URLs of many texts against URL lists; costs one query a run when no list has URLs."""

    def __init__(self, store: Store, banks: list[str] | None = None) -> None:
        self.store = store
        self.banks = banks
        with store.session() as session:
            self.has_entries = bool(
                session.scalar(select(exists().where(UrlEntry.retracted_at.is_(None))))
                or session.scalar(select(exists().where(BankEntry.signal_type == "url_md5")))
            )

    def scan(self, text: str) -> list[UrlHit]:
        """Each URL of the text that matched at least one entry."""
        if not self.has_entries or not text:
            return []
        hits = []
        for url, start, end in find_urls(text):
            try:
                matches = match_url(self.store, url, self.banks)
            except UrlError:
                continue  # text that only looked like a URL
            if matches:
                hits.append(UrlHit(url, start, end, matches))
        return hits


def scan_text_urls(store: Store, text: str, banks: list[str] | None = None) -> list[UrlHit]:
    """The URLs of one text that matched a URL list (see UrlScanner for many texts)."""
    return UrlScanner(store, banks).scan(text)
