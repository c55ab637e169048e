"""The URLs of ads and chat messages matched against URL lists: the hook where their text is read.

Ads are the JSON Lines `ads link` reads (`id`, `title`, `text`); chats the JSON Lines `chats score`
reads, parsed by `safeguarding.chats.io`. Each record with a matching URL gives one output record; a bad
line is reported with its number and the rest run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from safeguarding.chats.io import read_conversations
from safeguarding.jsonlines import JsonLineError, load_json_line
from safeguarding.urls.text import UrlScanner

Report = Callable[[str], None]


def scan_ads(
    scanner: UrlScanner, lines: Iterable[str], name: str, report: Report
) -> Iterator[dict[str, Any]]:
    """{"source": "ads", "id", "line", "urls": [...]} for each ad whose title or text has a listed URL."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            ad = load_json_line(raw)
        except JsonLineError as exc:
            report(f"{name}:{number}: {exc}; line skipped")
            continue
        if not isinstance(ad, dict) or not isinstance(ad.get("id"), str | int):
            report(f"{name}:{number}: expected a JSON object with an 'id'; line skipped")
            continue
        parts = [ad.get("title"), ad.get("text")]
        if any(p is not None and not isinstance(p, str) for p in parts):
            report(f"{name}:{number}: id {ad['id']!r}: 'title' and 'text' must be strings; line skipped")
            continue
        hits = scanner.scan("\n".join(p for p in parts if p))
        if hits:
            yield {"source": "ads", "id": str(ad["id"]), "line": number, "urls": [h.to_json() for h in hits]}


def scan_chats(scanner: UrlScanner, stream: IO[str], name: str, report: Report) -> Iterator[dict[str, Any]]:
    """{"source": "chats", "id", "line", "message", "author", "urls"} for each message with a listed URL."""
    for conversation in read_conversations(stream, name, report):
        for index, message in enumerate(conversation.messages):
            hits = scanner.scan(message.text)
            if hits:
                yield {
                    "source": "chats",
                    "id": conversation.id,
                    "line": conversation.line,
                    "message": index,
                    "author": message.author,
                    "urls": [h.to_json() for h in hits],
                }
