"""`audit verify`: recompute every event, every stored column and every tree head, in one streaming pass.

For each event: no gap in the sequence, SHA-256(0x00 || entry) equals the stored leaf hash, the `seq`
inside the entry is the row's, and each copied column (`created_at`, `actor`, `action`, `subject`)
equals what the hashed entry says. At every signed head, stored or given by a witness: the recomputed
root equals the signed root, the signature verifies with a trusted key (the configured key, or a key it
endorsed or that endorsed it in a `rotate_signing_key` event), and the stored columns of the head agree.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from safeguarding.audit import merkle
from safeguarding.audit.heads import (
    ROTATE_ACTION,
    STATE_ROW,
    HeadRecord,
    endorsed_keys,
    stored_heads,
)
from safeguarding.audit.log import StoredEvent, stream_events
from safeguarding.audit.models import AuditEvent, AuditLogState, AuditTreeHead
from safeguarding.audit.record import COLUMN_WIDTHS, iso_time


@dataclass(frozen=True)
class Problem:
    seq: int | None
    message: str

    def __str__(self) -> str:
        return f"event {self.seq}: {self.message}" if self.seq is not None else self.message


@dataclass(frozen=True)
class VerifyResult:
    events: int
    heads: int
    root: bytes
    problem: Problem | None
    witness_heads: int = 0
    signatures_checked: bool = False
    unsigned_events: int = 0  # events after the last signed head

    @property
    def ok(self) -> bool:
        return self.problem is None


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _check_entry(event: StoredEvent, expected_seq: int) -> Problem | None:
    if event.seq != expected_seq:
        missing = expected_seq if event.seq > expected_seq else event.seq
        return Problem(missing, f"missing: the log jumps from {expected_seq - 1} to {event.seq} (deleted?)")
    recomputed = merkle.leaf_hash(event.entry).hex()
    if recomputed != event.leaf_hash:
        return Problem(event.seq, "content changed: its bytes no longer match its stored leaf hash")
    try:
        data = json.loads(event.entry)
        claimed = data["seq"]
    except (ValueError, KeyError, TypeError):
        return Problem(event.seq, "content is not a valid audit entry")
    if claimed != event.seq:
        return Problem(event.seq, f"out of order: the entry stored here is event {claimed} (reordered?)")
    return _check_columns(event, data)


def _check_columns(event: StoredEvent, data: dict[str, Any]) -> Problem | None:
    """Each copied column must be exactly what the hashed entry says."""
    for column, width in COLUMN_WIDTHS.items():
        expected = str(data.get(column, ""))[:width]
        stored = getattr(event, column)
        if stored != expected:
            return Problem(
                event.seq, f"column {column} changed: it holds {stored!r}, the hashed entry says {expected!r}"
            )
    stored_time = iso_time(_utc(event.created_at)) if event.created_at is not None else None
    if stored_time != data.get("time"):
        return Problem(
            event.seq,
            f"column created_at changed: it holds {stored_time}, the hashed entry says {data.get('time')}",
        )
    return None


def _check_stored_head(head: AuditTreeHead, builder: merkle.RootBuilder) -> str | None:
    """The columns of a stored head that its signature does not cover."""
    if head.created_at is not None and int(_utc(head.created_at).timestamp() * 1000) != head.timestamp_ms:
        return "column created_at does not match its signed timestamp"
    if head.frontier is not None and bytes(head.frontier) != builder.frontier():
        return "column frontier does not match the log"
    return None


def _rotations(session: Session) -> list[dict[str, Any]]:
    """The details of every key rotation in the log (their entries are verified in the main pass)."""
    found = []
    for entry in session.scalars(select(AuditEvent.entry).where(AuditEvent.action == ROTATE_ACTION)):
        try:
            details = json.loads(bytes(entry)).get("details")
        except (ValueError, AttributeError):
            continue
        if isinstance(details, dict):
            found.append(details)
    return found


def verify_log(
    session: Session,
    public_key: Ed25519PublicKey | None = None,
    *,
    witness_heads: Sequence[HeadRecord] = (),
) -> VerifyResult:
    """Recompute the whole log, every stored column and every head, streaming; stop at the first problem.

    With `public_key`, head signatures are checked (keys endorsed through rotations are accepted).
    `witness_heads`: heads kept outside the database (`audit export-heads`); the log must still lead to
    each of them, which catches a rewrite of the whole table together with its stored heads.
    """
    keys = endorsed_keys([public_key], _rotations(session)) if public_key is not None else {}
    counter = session.scalar(select(AuditLogState.next_seq).where(AuditLogState.id == STATE_ROW))
    checkpoints: list[tuple[int, str, AuditTreeHead | None, HeadRecord | None]] = sorted(
        [(h.tree_size, "signed tree head", h, None) for h in stored_heads(session)]
        + [(w.tree_size, "witness tree head", None, w) for w in witness_heads],
        key=lambda c: (c[0], c[1]),
    )
    builder = merkle.RootBuilder()
    position = 0
    checked = {"signed tree head": 0, "witness tree head": 0}
    last_signed = 0

    def check_at(size: int) -> Problem | None:
        nonlocal position, last_signed
        while position < len(checkpoints) and checkpoints[position][0] == size:
            _, label, head, witness = checkpoints[position]
            position += 1
            record = witness if witness is not None else HeadRecord.of(head)  # type: ignore[arg-type]
            if builder.root().hex() != record.root_hash:
                return Problem(
                    None,
                    f"{label} of size {size} does not match the log: an event before {size} was changed, "
                    "removed or reordered and its leaf hash rewritten (or the log was rebuilt)",
                )
            if keys:
                key = keys.get(record.key_id)
                if key is None:
                    return Problem(
                        None,
                        f"{label} of size {size}: signed by key {record.key_id[:16]}..., which is neither "
                        "the trusted key nor linked to it by a key rotation",
                    )
                try:
                    signed = record.signed_by(key)
                except ValueError:  # a column that is not hex: tampered with
                    signed = False
                if not signed:
                    return Problem(None, f"{label} of size {size}: signature does not verify")
            if head is not None:
                column_problem = _check_stored_head(head, builder)
                if column_problem is not None:
                    return Problem(None, f"{label} of size {size}: {column_problem}")
                last_signed = size
            checked[label] += 1
        return None

    problem = check_at(0)
    for event in stream_events(session):
        if problem is not None:
            break
        problem = _check_entry(event, builder.size)
        if problem is None:
            builder.add(bytes.fromhex(event.leaf_hash))
            problem = check_at(builder.size)
    if problem is None and position < len(checkpoints):
        size, label, _, _ = checkpoints[position]
        problem = Problem(
            builder.size,
            f"missing: a {label} covers {size} events but the log ends at {builder.size} (deleted?)",
        )
    if problem is None and counter is not None and builder.size < int(counter):
        problem = Problem(
            builder.size,
            f"missing: {counter} events were written but the log ends at {builder.size} (deleted?)",
        )
    return VerifyResult(
        builder.size,
        checked["signed tree head"],
        builder.root(),
        problem,
        witness_heads=checked["witness tree head"],
        signatures_checked=bool(keys),
        unsigned_events=builder.size - last_signed,
    )
