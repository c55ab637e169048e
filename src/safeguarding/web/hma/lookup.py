"""Lookups as HMA answers them, on top of `safeguarding.banks.match_hashes` (the one matching path:
PDQ through the on-disk index within the threshold, MD5/SHA-256 exactly, retracted entries never).

- raw lookup: every matching entry id, enable flags ignored (as HMA's /m/raw_lookup);
- lookup: matches grouped by bank, dropping disabled entries and applying each bank's
  `matching_enabled_ratio` against one coin flip per request (seeded by `seed` if given).
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from sqlalchemy.orm import Session

from safeguarding.banks import BankMatch, match_hashes
from safeguarding.media import MediaHashes
from safeguarding.web.hma.content import lookup_flags

Match = dict[str, int | str]  # {"bank_content_id": 1, "distance": "0"}
NO_DISTANCE = "-"  # python-threatexchange's distance string for exact-match types (video_md5)


def distance_text(match: BankMatch) -> str:
    return str(match.distance) if match.signal_type == "pdq" else NO_DISTANCE


def _hashes_for(kind: str, value: str) -> MediaHashes:
    return MediaHashes(
        path="",
        sha256=value if kind == "sha256" else "",
        md5=value if kind == "md5" else "",
        pdq=value if kind == "pdq" else None,
        quality=None,
        size=0,
    )


def find(
    session: Session,
    index_dir: Path,
    kind: str,
    value: str,
    threshold: int,
    quality: int | None = None,
) -> list[BankMatch]:
    """Matches of one signal (our type `kind`, normalised `value`); `quality` of a PDQ hashed here."""
    hashes = _hashes_for(kind, value)
    if quality is not None:
        hashes = MediaHashes("", "", "", value, quality, 0)
    outcome = match_hashes(session, [hashes], threshold=threshold, index_dir=index_dir)[0]
    return [m for m in outcome.matches if m.signal_type == kind]


def raw(matches: list[BankMatch], banks: set[str] | None, with_distance: bool) -> list[int | Match]:
    kept = [m for m in matches if banks is None or m.bank in banks]
    if with_distance:
        return [{"bank_content_id": m.entry_id, "distance": distance_text(m)} for m in kept]
    return [m.entry_id for m in kept]


def by_bank(
    session: Session,
    matches: list[BankMatch],
    banks: set[str] | None,
    seed: str | None,
    bypass_coinflip: bool = False,
) -> dict[str, list[Match]]:
    if banks is not None:
        matches = [m for m in matches if m.bank in banks]
    if not matches:
        return {}
    flags = lookup_flags(session, (m.entry_id for m in matches), time.time())  # entry -> bank ratio
    coinflip = 0.0 if bypass_coinflip else random.Random(seed).random()
    found: dict[str, list[Match]] = {}
    for match in sorted(matches, key=lambda m: (m.bank, m.entry_id)):
        if match.entry_id in flags and flags[match.entry_id] >= coinflip:
            found.setdefault(match.bank, []).append(
                {"bank_content_id": match.entry_id, "distance": distance_text(match)}
            )
    return found
