"""Pass 1 of linking: one ad line in, its output fields and compact linking features out.

Runs in worker processes on chunks of raw lines; everything it returns is small and picklable.
"""

from __future__ import annotations

import json
import re
import zlib
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from safeguarding.ads.indicators import AdText, IndicatorAnalyser
from safeguarding.ads.regions import gazetteer, normalise_country
from safeguarding.jsonlines import JsonLineError, load_json_line
from safeguarding.text import (
    DEFAULT_FALLBACK_REGIONS,
    Contacts,
    extract_emails,
    extract_phones,
    fold,
    normalise,
)
from safeguarding.text.contacts import emails_in_folded, handles_in_folded
from safeguarding.text.normalise import OBSCURED_MARK
from safeguarding.text.phones import phones_in_marked

MAX_ANALYSED_CHARS = 100_000
MAX_PHONE_FIELD_CHARS = 100
EXCERPT_CHARS = 600
_WORD = re.compile(r"[^\W\d_]+|\d+")
_HEX64 = re.compile(r"[0-9a-fA-F]{64}")
_analyser: IndicatorAnalyser | None = None


def analyser() -> IndicatorAnalyser:
    global _analyser
    if _analyser is None:
        _analyser = IndicatorAnalyser()
    return _analyser


@dataclass(slots=True)
class Settings:
    region: str = "US"
    fallback_regions: tuple[str, ...] = DEFAULT_FALLBACK_REGIONS


@dataclass(slots=True)
class ChunkResult:
    """Per chunk: accepted ads in order, their features, and per-line messages."""

    line_numbers: list[int] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    partial_json: list[str] = field(default_factory=list)  # output fields except id/network/template/links
    contact_keys: list[list[str]] = field(default_factory=list)
    token_hashes: list[np.ndarray] = field(default_factory=list)
    images: list[list[bytes]] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)  # rejected lines
    warnings: list[tuple[int, str]] = field(default_factory=list)  # accepted, with a problem noted


def _template_tokens(marked_text: str, phone_spans: list[tuple[int, int]]) -> np.ndarray:
    """32-bit hashes of the ad's words with slots masked: numbers -> '#', capitalised words (names,
    cities) -> 'N', phone numbers removed. Shingles are formed from these in the linker."""
    if phone_spans:
        pieces, last = [], 0
        for start, end in phone_spans:
            pieces.append(marked_text[last:start])
            last = end
        pieces.append(marked_text[last:])
        marked_text = " ".join(pieces)
    return np.array([_TOKEN_HASH[w] for w in _WORD.findall(marked_text)], np.uint32)


class _TokenHashes(dict[str, int]):
    """Word -> 32-bit hash of its slot-masked form, memoised per process."""

    def __missing__(self, word: str) -> int:
        if word[0].isdigit():
            token = "#"
        elif word[0].isupper() and not word.isupper():
            token = "N"
        else:
            token = fold(word)
        value = zlib.crc32(token.encode())
        if len(self) < 500_000:
            self[word] = value
        return value


_TOKEN_HASH = _TokenHashes()


def _str_field(ad: dict[str, Any], name: str) -> str | None:
    value = ad.get(name)
    if value is None:
        return None
    if isinstance(value, str):
        return value
    raise ValueError(f"field {name!r} must be a string, got {type(value).__name__}")


def process_line(raw: bytes, line_no: int, settings: Settings, out: ChunkResult) -> None:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.decode("utf-8", errors="replace")
        out.warnings.append((line_no, f"invalid UTF-8 at byte {exc.start}; bad bytes replaced with U+FFFD"))
    if not line.strip():
        return
    try:
        ad = load_json_line(line)
    except JsonLineError as exc:
        out.errors.append((line_no, f"{exc}; line skipped"))
        return
    if not isinstance(ad, dict):
        out.errors.append((line_no, f"expected a JSON object, got {type(ad).__name__}; line skipped"))
        return
    ad_id = ad.get("id")
    if isinstance(ad_id, int) and not isinstance(ad_id, bool):
        ad_id = str(ad_id)
    if not isinstance(ad_id, str) or not ad_id.strip():
        out.errors.append((line_no, "missing or empty 'id' (a string is required); line skipped"))
        return
    try:
        title = _str_field(ad, "title") or ""
        text = _str_field(ad, "text") or ""
        phone_field = _str_field(ad, "phone") or ""
        email_field = _str_field(ad, "email") or ""
        city = _str_field(ad, "city")
        country = _str_field(ad, "country")
        posted_at = _str_field(ad, "posted_at")
    except ValueError as exc:
        out.errors.append((line_no, f"id {ad_id!r}: {exc}; line skipped"))
        return
    if country and normalise_country(country) is None:
        shown = repr(country[:20])
        out.warnings.append((line_no, f"id {ad_id!r}: unknown country {shown}; region taken from the city"))
        country = None
    body = f"{title}\n{text}" if title else text
    if len(body) > MAX_ANALYSED_CHARS:
        out.warnings.append(
            (
                line_no,
                f"id {ad_id!r}: text of {len(body):,} characters; only the first "
                f"{MAX_ANALYSED_CHARS:,} are analysed",
            )
        )
        body = body[:MAX_ANALYSED_CHARS]
    if len(phone_field) > MAX_PHONE_FIELD_CHARS:
        out.warnings.append(
            (line_no, f"id {ad_id!r}: 'phone' field of {len(phone_field)} characters ignored")
        )
        phone_field = ""
    images_raw = ad.get("images") or []
    if not isinstance(images_raw, list):
        out.warnings.append((line_no, f"id {ad_id!r}: 'images' must be a list of PDQ hex strings; ignored"))
        images_raw = []
    images: list[bytes] = []
    image_hex: list[str] = []
    for position, value in enumerate(images_raw):
        if isinstance(value, str) and _HEX64.fullmatch(value):
            images.append(bytes.fromhex(value))
            image_hex.append(value.lower())
        else:
            shown = repr(value)[:40]
            out.warnings.append(
                (
                    line_no,
                    f"id {ad_id!r}: image {position} ({shown}) is not a 64-character hex PDQ hash; ignored",
                )
            )
    regions = _regions(city, country, settings)
    _analyse(ad_id, body, phone_field, email_field, city, posted_at, images, image_hex, line_no, regions, out)


def _regions(city: str | None, country: str | None, settings: Settings) -> tuple[str, ...]:
    """The ad's own regions (country, else city via the gazetteer), then the site's, then the fallbacks."""
    own = gazetteer().regions(city, country)
    return tuple(dict.fromkeys((*own, settings.region, *settings.fallback_regions)))


def _analyse(
    ad_id: str,
    body: str,
    phone_field: str,
    email_field: str,
    city: str | None,
    posted_at: str | None,
    images: list[bytes],
    image_hex: list[str],
    line_no: int,
    regions: tuple[str, ...],
    out: ChunkResult,
) -> None:
    marked = normalise(body, mark_obscured=True)
    folded_marked = fold(marked)
    text = marked.replace(OBSCURED_MARK, "") if OBSCURED_MARK in marked else marked
    folded = folded_marked.replace(OBSCURED_MARK, "") if OBSCURED_MARK in marked else folded_marked
    region, fallback = regions[0], regions[1:]
    phones = phones_in_marked(marked, folded_marked, region, fallback)
    field_phones = extract_phones(phone_field, region, fallback) if phone_field else []
    emails, spelled = emails_in_folded(folded)
    if email_field:
        emails += [e for e in extract_emails(email_field)[0] if e not in emails]
    handles = handles_in_folded(folded)
    contacts = Contacts(phones=phones, emails=emails, emails_obscured=spelled, handles=handles)
    hits = analyser().analyse(AdText.of(text, folded, contacts))
    score = analyser().score(hits)
    seen: set[tuple[str, str]] = set()
    indicators = []
    for hit in hits:
        key = (hit.category, hit.evidence.lower())
        if key not in seen:
            seen.add(key)
            indicators.append({"category": hit.category, "evidence": hit.evidence})
    phone_list = list(dict.fromkeys([p.e164 for p in phones] + [p.e164 for p in field_phones]))
    obscured = sorted({p.e164 for p in phones if p.obscured})
    tokens = _template_tokens(marked, [(p.start, p.end) for p in phones])
    partial = {
        "phones": phone_list,
        "obscured_phones": obscured,
        "emails": emails,
        "handles": handles,
        "indicators": indicators,
        "score": score,
        "city": city,
        "posted_at": posted_at,
        "images": image_hex,
        "excerpt": text[:EXCERPT_CHARS].replace(OBSCURED_MARK, ""),
    }
    keys = [f"phone:{p}" for p in phone_list] + [f"email:{e}" for e in emails]
    keys += [f"handle:{h.split(':', 1)[-1].lstrip('@')}" for h in handles]
    out.line_numbers.append(line_no)
    out.ids.append(ad_id)
    out.partial_json.append(json.dumps(partial, ensure_ascii=False))
    out.contact_keys.append(list(dict.fromkeys(keys)))
    out.token_hashes.append(tokens)
    out.images.append(images)


def process_chunk(args: tuple[int, list[bytes], Settings]) -> ChunkResult:
    first_line, lines, settings = args
    out = ChunkResult()
    for offset, raw in enumerate(lines):
        process_line(raw, first_line + offset, settings, out)
    return out
