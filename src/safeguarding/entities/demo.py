"""`safeguarding demo entities DIR`: a small benign data set that shows entities linking detectors.

- DIR/linked.jsonl: two ad networks in the output format of `ads link` (phones read from the ad text by
  the ads code). Network A gives the phone +1 202-555-0147 (a number reserved for fiction) and reuses a
  photo: a near copy (a few bits of PDQ away) of a picture in the demo bank list given with --bank-list.
  Network B names the handle instagram:rooms_demo_22.
- DIR/chats.jsonl: a synthetic, non-explicit grooming conversation (for `chats score`) in which the
  suspect writes the same phone, spelled to evade filters.
- DIR/hotline-b.key and DIR/from-hotline-b.jsonl: a partner's key and export holding the keyed hash of
  instagram:rooms_demo_22 (reason "trafficking_ad"), as `entities export` at the partner would write it.
- DIR/photo.pdq: the reused photo's hash, for `entities show`.
"""

from __future__ import annotations

import csv
import json
import secrets
from datetime import UTC, datetime
from pathlib import Path

from safeguarding.entities.sharing import FORMAT, fingerprint, keyed_hash
from safeguarding.text import extract_handles, extract_phones

PHONE_TEXT = "202 555 0147"
PARTNER_HANDLE = "instagram:rooms_demo_22"
ADS = [
    ("ent-demo-a1", "N-entities-demo-A", "Leeds", f"New in the city, friendly company. Call {PHONE_TEXT}."),
    ("ent-demo-a2", "N-entities-demo-A", "York", "Friendly company, real photos. Call 202-555-0147 today."),
    ("ent-demo-b1", "N-entities-demo-B", "Hull", "Quiet rooms, discreet. insta: rooms_demo_22"),
    ("ent-demo-b2", "N-entities-demo-B", "Hull", "Quiet rooms, ask on insta: rooms_demo_22"),
]
CHAT = [
    ("sam_12", "anyone up for another round?"),
    ("player_k", "hey, good game earlier"),
    ("player_k", "how old are you btw?"),
    ("sam_12", "13"),
    ("player_k", "you seem really mature for your age"),
    ("player_k", "this app is laggy, let's talk on another app instead"),
    ("player_k", "text me on two oh two 555 0147"),
    ("player_k", "don't tell your parents we talk, they wouldn't get it"),
    ("player_k", "I can send you a gift card for the game if you want"),
    ("player_k", "we should meet up at the mall on saturday, just us"),
]


class DemoError(ValueError):
    """The bank list given to the demo cannot be used; the message names it."""


def _banked_pdq(bank_list: Path) -> str:
    try:
        with bank_list.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if len(row.get("pdq") or "") == 64:
                    return row["pdq"].lower()
    except OSError as exc:
        raise DemoError(f"{bank_list}: cannot read the bank list: {exc.strerror}") from None
    raise DemoError(f"{bank_list}: no 'pdq' column with a 64-hex hash")


def _near_copy(pdq: str, bits: int = 4) -> str:
    """The hash a re-encoded copy would have: a few bits flipped."""
    return f"{int(pdq, 16) ^ ((1 << bits) - 1):064x}"


def write_demo(folder: Path, bank_list: Path) -> dict[str, str]:
    """Write the data set into `folder`; returns what to look up (phone, photo, handle)."""
    folder.mkdir(parents=True, exist_ok=True)
    photo = _near_copy(_banked_pdq(bank_list))
    with (folder / "linked.jsonl").open("w", encoding="utf-8") as out:
        for ad_id, network, city, text in ADS:
            record = {
                "id": ad_id,
                "network": network,
                "phones": [p.e164 for p in extract_phones(text)],
                "emails": [],
                "handles": extract_handles(text),
                "indicators": [],
                "city": city,
                "posted_at": "2026-11-20T10:00:00",
                "images": [photo] if network.endswith("A") else [],
                "excerpt": text,
            }
            out.write(json.dumps(record) + "\n")
    conversation = {
        "id": "ent-demo-conv-1",
        "participants": {"sam_12": {"declared_age": 13}, "player_k": {}},
        "messages": [{"author": author, "text": text} for author, text in CHAT],
    }
    (folder / "chats.jsonl").write_text(json.dumps(conversation) + "\n", encoding="utf-8")
    key = secrets.token_bytes(32)
    (folder / "hotline-b.key").write_text(key.hex() + "\n", encoding="utf-8")
    (folder / "hotline-b.key").chmod(0o600)
    header = {
        "format": FORMAT,
        "for": "demo-operator",
        "algorithm": "HMAC-SHA256",
        "key": fingerprint(key),
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    kind, value = "handle", PARTNER_HANDLE
    line = {
        "kind": kind,
        "hmac": keyed_hash(key, kind, value),
        "category": "trafficking_ad",
        "seen_on": "2026-11-18",
    }
    (folder / "from-hotline-b.jsonl").write_text(
        json.dumps(header) + "\n" + json.dumps(line) + "\n", encoding="utf-8"
    )
    (folder / "photo.pdq").write_text(photo + "\n", encoding="utf-8")
    return {"phone": "+12025550147", "photo": photo, "handle": PARTNER_HANDLE}
