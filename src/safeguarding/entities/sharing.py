"""Sharing entities with a partner as keyed hashes (the Lantern model, open).

An export line is ``{"kind", "hmac", "category", "seen_on"}``: HMAC-SHA256 under a key agreed with that
one partner over ``kind 0x1f value`` (the normal form), the reason category of the confirmed case and
the day it was seen. Raw values never leave: without the key, a hash cannot be tested against a guess,
and a key shared with one partner tells nothing about what was sent to another. Only entities of
confirmed or reported cases are exported. The first line is a header naming the partner and a key
fingerprint (the first 8 bytes of SHA-256 of a hash of the key, not the key), so a file read with the
wrong key is refused with a clear message instead of matching nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from safeguarding.accounts.audit import audit
from safeguarding.cases import Case
from safeguarding.cases.models import ACTIVE_STATUSES
from safeguarding.entities.models import ENTITY_KINDS, Entity, EntityCase, Observation, PartnerMark
from safeguarding.entities.service import ACTOR, raise_case
from safeguarding.jsonlines import JsonLineError, load_json_line

FORMAT = "safeguarding-entities/1"
MIN_KEY_BYTES = 32
SHARED_STATUSES = ("confirmed", "reported")
#: The reason category a partner sees, from the kind of the confirmed case.
CATEGORIES = {
    "ad_network": "trafficking_ad",
    "grooming_warning": "grooming",
    "meeting_arranged": "grooming_meeting",
    "media_match": "known_media",
    "live_stream": "live_stream",
}
_PARTNER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


class SharingError(ValueError):
    """A partner name, key or file that cannot be used; the message names it."""


def check_partner(name: str) -> str:
    if not _PARTNER.fullmatch(name):
        raise SharingError(f"partner name {name!r}: use letters, digits, '.', '_' or '-' (at most 100)")
    return name


def partner_key(partner: str, config: dict[str, Any], key_file: Path | None = None) -> bytes:
    """The key agreed with `partner`: --key-file, else $SAFEGUARDING_PARTNER_KEY_<NAME> (hex), else the
    `entities.partners.<name>.key_file` of the configuration. At least 32 bytes."""
    check_partner(partner)
    env_name = "SAFEGUARDING_PARTNER_KEY_" + re.sub(r"[^A-Z0-9]", "_", partner.upper())
    if key_file is None and os.environ.get(env_name):
        try:
            key = bytes.fromhex(os.environ[env_name].strip())
        except ValueError:
            raise SharingError(f"${env_name} is not hex") from None
        return _long_enough(key, f"${env_name}")
    if key_file is None:
        partners = config.get("partners") or {}
        entry = partners.get(partner) if isinstance(partners, dict) else None
        path = entry.get("key_file") if isinstance(entry, dict) else None
        if not isinstance(path, str):
            raise SharingError(
                f"no key for partner {partner!r}: pass --key-file, set ${env_name} (hex) or "
                f"entities.partners.{partner}.key_file in the configuration"
            )
        key_file = Path(path)
    try:
        raw = key_file.read_bytes()
    except OSError as exc:
        raise SharingError(
            f"{key_file}: cannot read the key of partner {partner!r}: {exc.strerror}"
        ) from None
    text = raw.strip()
    if re.fullmatch(rb"[0-9a-fA-F]+", text) and len(text) % 2 == 0:
        raw = bytes.fromhex(text.decode())
    return _long_enough(raw, str(key_file))


def _long_enough(key: bytes, where: str) -> bytes:
    if len(key) < MIN_KEY_BYTES:
        raise SharingError(f"{where}: the key has {len(key)} bytes; at least {MIN_KEY_BYTES} are needed")
    return key


def fingerprint(key: bytes) -> str:
    return hashlib.sha256(b"safeguarding key fingerprint\x00" + key).hexdigest()[:16]


def keyed_hash(key: bytes, kind: str, value: str) -> str:
    return hmac.new(key, f"{kind}\x1f{value}".encode(), hashlib.sha256).hexdigest()


def check_kinds(kinds: Iterable[str]) -> list[str]:
    chosen = [k.strip() for k in kinds if k.strip()]
    unknown = [k for k in chosen if k not in ENTITY_KINDS]
    if unknown or not chosen:
        raise SharingError(f"--kinds {','.join(unknown) or '(none)'}: choose from {', '.join(ENTITY_KINDS)}")
    return chosen


def export_entities(
    session: Session, out: IO[str], *, partner: str, key: bytes, kinds: list[str], actor: str = "cli"
) -> int:
    """Write the header and one keyed-hash line per (entity, category) of confirmed cases."""
    header = {
        "format": FORMAT,
        "for": partner,
        "algorithm": "HMAC-SHA256",
        "key": fingerprint(key),
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    out.write(json.dumps(header) + "\n")
    rows = session.execute(
        select(Entity.kind, Entity.value, Case.kind, func.max(Observation.observed_at))
        .join(EntityCase, EntityCase.entity_id == Entity.id)
        .join(Case, Case.id == EntityCase.case_id)
        .join(Observation, (Observation.entity_id == Entity.id) & (Observation.case_id == Case.id))
        .where(Entity.kind.in_(kinds), Case.status.in_(SHARED_STATUSES))
        .group_by(Entity.kind, Entity.value, Case.kind)
        .order_by(Entity.kind, Entity.value)
        .execution_options(yield_per=5000)
    )
    count = 0
    for kind, value, case_kind, seen in rows:
        line = {
            "kind": kind,
            "hmac": keyed_hash(key, kind, value),
            "category": CATEGORIES.get(case_kind, "other"),
            "seen_on": seen.date().isoformat() if seen else "",
        }
        out.write(json.dumps(line) + "\n")
        count += 1
    audit(session, actor, "entities_export", f"partner:{partner}", {"kinds": kinds, "lines": count})
    return count


@dataclass
class ImportReport:
    lines: int = 0
    hashes: int = 0
    matched_entities: int = 0
    raised_cases: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "lines": self.lines,
            "hashes": self.hashes,
            "matched_entities": self.matched_entities,
            "raised_cases": self.raised_cases,
            "errors": len(self.problems),
        }


def _read(lines: Iterable[str], name: str, key: bytes, report: ImportReport) -> Iterator[dict[str, Any]]:
    header_seen = False
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        report.lines += 1
        try:
            record = load_json_line(raw)
        except JsonLineError as exc:
            report.problems.append(f"{name}:{number}: {exc}; line skipped")
            continue
        if not isinstance(record, dict):
            report.problems.append(f"{name}:{number}: expected a JSON object; line skipped")
            continue
        if not header_seen:
            if record.get("format") != FORMAT:
                raise SharingError(f"{name}:{number}: not a {FORMAT} file (the first line is its header)")
            if record.get("key") != fingerprint(key):
                raise SharingError(
                    f"{name}: made with another key (fingerprint {record.get('key')!r}, ours "
                    f"{fingerprint(key)!r}); ask the partner which key they used"
                )
            header_seen = True
            continue
        kind, digest = record.get("kind"), record.get("hmac")
        if kind not in ENTITY_KINDS or not isinstance(digest, str) or not _HEX64.fullmatch(digest):
            report.problems.append(f"{name}:{number}: needs a known 'kind' and a 64-hex 'hmac'; line skipped")
            continue
        yield record
    if not header_seen:
        raise SharingError(f"{name}: empty, no {FORMAT} header")


def import_entities(
    session: Session, lines: Iterable[str], *, name: str, partner: str, key: bytes, actor: str = "cli"
) -> ImportReport:
    """Mark the local entities whose keyed hash the partner sent, and raise their active cases."""
    report = ImportReport()
    wanted: dict[tuple[str, str], dict[str, Any]] = {}
    for record in _read(lines, name, key, report):
        wanted[(record["kind"], record["hmac"])] = record
    report.hashes = len(wanted)
    kinds = sorted({kind for kind, _ in wanted})
    matched: list[tuple[int, dict[str, Any]]] = []
    if kinds:
        rows = session.execute(
            select(Entity.id, Entity.kind, Entity.value)
            .where(Entity.kind.in_(kinds))
            .execution_options(yield_per=10_000)
        )
        for entity_id, kind, value in rows:
            found = wanted.get((kind, keyed_hash(key, kind, value)))
            if found is not None:
                matched.append((entity_id, found))
    report.matched_entities = len(matched)
    raised: set[int] = set()
    for entity_id, record in matched:
        category = str(record.get("category") or "")[:64]
        seen_on = str(record.get("seen_on") or "")[:64]
        existing = session.scalars(
            select(PartnerMark).where(PartnerMark.entity_id == entity_id, PartnerMark.partner == partner)
        ).one_or_none()
        if existing is None:
            session.add(PartnerMark(entity_id=entity_id, partner=partner, category=category, seen_at=seen_on))
        cases = session.scalars(
            select(Case)
            .join(EntityCase, EntityCase.case_id == Case.id)
            .where(EntityCase.entity_id == entity_id, Case.status.in_(ACTIVE_STATUSES))
        ).all()
        for case in cases:
            before = raise_case(session, case, case.priority - 1) if case.id not in raised else case.priority
            raised.add(case.id)
            audit(
                session,
                ACTOR,
                "partner_match",
                f"case:{case.id}",
                {"partner": partner, "category": category, "priority": [before, case.priority]},
            )
    session.flush()
    report.raised_cases = sorted(raised)
    audit(session, actor, "entities_import", f"partner:{partner}", report.to_json())
    return report
