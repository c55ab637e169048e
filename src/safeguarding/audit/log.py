"""The audit log over the store: append events, sign tree heads, verify, and prove.

Writers take the `audit_log_state` counter row (an UPDATE ... RETURNING), which serialises them on
PostgreSQL (row lock held to commit) and on SQLite (the write lock), so sequence numbers are dense and
committed in order. Sequence numbers are the RFC 6962 leaf indexes, starting at 0.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from safeguarding.audit import merkle
from safeguarding.audit.keys import key_id, verify_signature
from safeguarding.audit.models import AuditEvent, AuditLogState, AuditTreeHead

STATE_ROW = 1
STH_CONTEXT = b"safeguarding-audit-tree-head-v1\x00"
_STREAM_BATCH = 2000
_EVENTS = cast(Table, AuditEvent.__table__)
_STATE = cast(Table, AuditLogState.__table__)


def canonical_json(value: Any) -> bytes:
    """Deterministic JSON bytes: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str).encode()


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _next_seq(session: Session) -> int:
    state = _STATE
    # Core statements (not ORM-enabled ones): the audit log is on every request's path.
    bump = (
        update(state)
        .where(state.c.id == STATE_ROW)
        .values(next_seq=state.c.next_seq + 1)
        .returning(state.c.next_seq)
    )
    for _ in range(2):
        taken = session.execute(bump).scalar_one_or_none()
        if taken is not None:
            return int(taken) - 1
        _create_counter(session)
    raise RuntimeError("audit_log_state: cannot create the sequence counter row")


def _create_counter(session: Session) -> None:
    """The counter row is missing (the table was emptied or made outside the migration): create it,
    starting after the last event, without failing when a concurrent writer creates it first."""
    last = session.scalar(select(func.max(AuditEvent.seq)))
    values = {"id": STATE_ROW, "next_seq": 0 if last is None else int(last) + 1}
    dialect = session.get_bind().dialect.name
    if dialect in ("postgresql", "sqlite"):
        insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
        session.execute(insert(AuditLogState).values(**values).on_conflict_do_nothing(index_elements=["id"]))
    else:
        session.add(AuditLogState(**values))
        session.flush()


def record_event(
    session: Session,
    actor: str,
    action: str,
    subject: str,
    details: dict[str, Any] | None = None,
    *,
    at: datetime | None = None,
) -> AuditEvent:
    """Append one event to the log inside the caller's transaction (it commits or rolls back with it)."""
    moment = at or datetime.now(UTC)
    seq = _next_seq(session)
    entry = canonical_json(
        {
            "seq": seq,
            "time": _iso(moment),
            "actor": actor,
            "action": action,
            "subject": subject,
            "details": details or {},
        }
    )
    row = {
        "seq": seq,
        "created_at": moment,
        "actor": actor[:200],
        "action": action[:64],
        "subject": subject[:200],
        "entry": entry,
        "leaf_hash": merkle.leaf_hash(entry).hex(),
    }
    session.execute(insert(_EVENTS).values(**row))
    return AuditEvent(**row)  # a detached copy of what was written


def log_size(session: Session) -> int:
    last = session.scalar(select(func.max(AuditEvent.seq)))
    return 0 if last is None else int(last) + 1


@dataclass(frozen=True)
class StoredLeaf:
    seq: int
    entry: bytes
    leaf_hash: str


def _stream(session: Session, start: int = 0, end: int | None = None) -> Iterator[StoredLeaf]:
    """Stored leaves in sequence order, fetched as plain rows in keyset batches (bounded memory)."""
    position = start
    while end is None or position < end:
        query = select(AuditEvent.seq, AuditEvent.entry, AuditEvent.leaf_hash).where(
            AuditEvent.seq >= position
        )
        if end is not None:
            query = query.where(AuditEvent.seq < end)
        batch = session.execute(query.order_by(AuditEvent.seq).limit(_STREAM_BATCH)).all()
        if not batch:
            return
        for seq, entry, leaf in batch:
            yield StoredLeaf(int(seq), bytes(entry), leaf)
        position = int(batch[-1][0]) + 1


def subtree_hash(session: Session, start: int, end: int) -> bytes:
    """Merkle Tree Hash of the stored leaf hashes with seq in [start, end)."""
    builder = merkle.RootBuilder()
    for event in _stream(session, start, end):
        builder.add(bytes.fromhex(event.leaf_hash))
    if builder.size != end - start:
        raise ValueError(f"the log has no events {start}..{end - 1} (only {builder.size} of them found)")
    return builder.root()


def tree_head_message(tree_size: int, timestamp_ms: int, root: bytes) -> bytes:
    """The bytes a tree head signature covers."""
    return STH_CONTEXT + struct.pack(">QQ", tree_size, timestamp_ms) + root


def sign_tree_head(session: Session, key: Ed25519PrivateKey) -> AuditTreeHead:
    """Sign the root of the whole log as it is now (reuses the head if that size is already signed)."""
    size = log_size(session)
    existing = session.scalar(select(AuditTreeHead).where(AuditTreeHead.tree_size == size))
    if existing is not None:
        return existing
    root = subtree_hash(session, 0, size) if size else merkle.EMPTY_ROOT
    now = datetime.now(UTC)
    timestamp_ms = int(now.timestamp() * 1000)
    head = AuditTreeHead(
        tree_size=size,
        root_hash=root.hex(),
        timestamp_ms=timestamp_ms,
        created_at=now,
        key_id=key_id(key.public_key()),
        signature=key.sign(tree_head_message(size, timestamp_ms, root)).hex(),
    )
    try:
        with session.begin_nested():
            session.add(head)
    except IntegrityError:  # another process signed this size at the same moment
        signed = session.scalar(select(AuditTreeHead).where(AuditTreeHead.tree_size == size))
        if signed is None:
            raise
        return signed
    return head


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

    @property
    def ok(self) -> bool:
        return self.problem is None


def _check_entry(event: StoredLeaf, expected_seq: int) -> Problem | None:
    if event.seq != expected_seq:
        missing = expected_seq if event.seq > expected_seq else event.seq
        return Problem(missing, f"missing: the log jumps from {expected_seq - 1} to {event.seq} (deleted?)")
    recomputed = merkle.leaf_hash(event.entry).hex()
    if recomputed != event.leaf_hash:
        return Problem(event.seq, "content changed: its bytes no longer match its stored leaf hash")
    try:
        claimed = json.loads(event.entry)["seq"]
    except (ValueError, KeyError, TypeError):
        return Problem(event.seq, "content is not a valid audit entry")
    if claimed != event.seq:
        return Problem(event.seq, f"out of order: the entry stored here is event {claimed} (reordered?)")
    return None


def verify_log(session: Session, public_key: Ed25519PublicKey | None = None) -> VerifyResult:
    """Recompute every leaf and the tree root at each stored tree head, in one streaming pass.

    Stops at the first problem. With `public_key`, tree head signatures are checked too.
    """
    heads = list(session.scalars(select(AuditTreeHead).order_by(AuditTreeHead.tree_size)))
    builder = merkle.RootBuilder()
    head_index = 0

    def check_heads_at(size: int) -> Problem | None:
        nonlocal head_index
        while head_index < len(heads) and heads[head_index].tree_size == size:
            head = heads[head_index]
            head_index += 1
            if builder.root().hex() != head.root_hash:
                return Problem(
                    None,
                    f"signed tree head of size {size} does not match the log: an event before {size} "
                    "was changed, removed or reordered and its leaf hash rewritten",
                )
            if public_key is not None:
                message = tree_head_message(head.tree_size, head.timestamp_ms, bytes.fromhex(head.root_hash))
                if not verify_signature(public_key, bytes.fromhex(head.signature), message):
                    return Problem(None, f"signed tree head of size {size}: signature does not verify")
        return None

    problem = check_heads_at(0)
    for event in _stream(session):
        if problem is not None:
            break
        problem = _check_entry(event, builder.size)
        if problem is None:
            builder.add(bytes.fromhex(event.leaf_hash))
            problem = check_heads_at(builder.size)
    if problem is None and head_index < len(heads):
        head = heads[head_index]
        problem = Problem(
            builder.size,
            f"missing: a signed tree head covers {head.tree_size} events but the log ends at "
            f"{builder.size} (deleted?)",
        )
    return VerifyResult(builder.size, head_index, builder.root(), problem)


@dataclass(frozen=True)
class InclusionProof:
    seq: int
    tree_size: int
    leaf_hash: bytes
    root: bytes
    path: list[bytes]

    def to_json(self) -> dict[str, Any]:
        return {
            "type": "inclusion",
            "leaf_index": self.seq,
            "tree_size": self.tree_size,
            "leaf_hash": self.leaf_hash.hex(),
            "root_hash": self.root.hex(),
            "audit_path": [node.hex() for node in self.path],
        }

    def verify(self) -> bool:
        return merkle.verify_inclusion(self.leaf_hash, self.seq, self.tree_size, self.path, self.root)


@dataclass(frozen=True)
class ConsistencyProof:
    first: int
    second: int
    first_root: bytes
    second_root: bytes
    path: list[bytes]

    def to_json(self) -> dict[str, Any]:
        return {
            "type": "consistency",
            "first_size": self.first,
            "second_size": self.second,
            "first_root": self.first_root.hex(),
            "second_root": self.second_root.hex(),
            "proof": [node.hex() for node in self.path],
        }

    def verify(self) -> bool:
        return merkle.verify_consistency(
            self.first, self.second, self.first_root, self.second_root, self.path
        )


def inclusion_proof(session: Session, seq: int, tree_size: int | None = None) -> InclusionProof:
    size = log_size(session) if tree_size is None else tree_size
    if not 0 <= seq < size:
        raise ValueError(f"event {seq} is not in a log of size {size}")
    if size > log_size(session):
        raise ValueError(f"the log has only {log_size(session)} events, not {size}")
    event = session.get(AuditEvent, seq)
    if event is None:
        raise ValueError(f"event {seq} is missing from the log")

    def subtree(start: int, end: int) -> bytes:
        return subtree_hash(session, start, end)

    path = merkle.inclusion_path(seq, size, subtree)
    leaf = bytes.fromhex(event.leaf_hash)
    root = merkle.root_from_inclusion(leaf, seq, size, path)  # the path covers every other leaf once
    assert root is not None
    return InclusionProof(seq, size, leaf, root, path)


def consistency_proof(session: Session, first: int, second: int) -> ConsistencyProof:
    size = log_size(session)
    if not 0 <= first <= second <= size:
        raise ValueError(f"need 0 <= from ({first}) <= to ({second}) <= log size ({size})")

    def subtree(start: int, end: int) -> bytes:
        return subtree_hash(session, start, end) if end > start else merkle.EMPTY_ROOT

    path = merkle.consistency_path(first, second, subtree)
    builder = merkle.RootBuilder()
    first_root = merkle.EMPTY_ROOT
    for leaf in _stream(session, 0, second):  # both roots in one pass
        builder.add(bytes.fromhex(leaf.leaf_hash))
        if builder.size == first:
            first_root = builder.root()
    if builder.size != second:
        raise ValueError(f"the log has only {builder.size} of the first {second} events")
    return ConsistencyProof(first, second, first_root, builder.root(), path)


def proof_from_json(data: dict[str, Any]) -> InclusionProof | ConsistencyProof:
    """Rebuild a proof printed by `audit proof` (raises ValueError on a malformed document)."""
    try:
        if data["type"] == "inclusion":
            return InclusionProof(
                int(data["leaf_index"]),
                int(data["tree_size"]),
                bytes.fromhex(data["leaf_hash"]),
                bytes.fromhex(data["root_hash"]),
                [bytes.fromhex(node) for node in data["audit_path"]],
            )
        if data["type"] == "consistency":
            return ConsistencyProof(
                int(data["first_size"]),
                int(data["second_size"]),
                bytes.fromhex(data["first_root"]),
                bytes.fromhex(data["second_root"]),
                [bytes.fromhex(node) for node in data["proof"]],
            )
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"malformed proof: {exc}") from None
    raise ValueError(f"unknown proof type {data.get('type')!r}")
