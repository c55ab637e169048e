"""The audit log's stored leaves: streaming them, tree sizes, and RFC 6962 proofs.

Appending is in `record` (one counter row serialises writers), signed heads in `heads`, verification
in `verify`. Sequence numbers are the RFC 6962 leaf indexes, starting at 0.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from safeguarding.audit import merkle
from safeguarding.audit.models import AuditEvent

_STREAM_BATCH = 2000


def canonical_json(value: Any) -> bytes:
    """Deterministic JSON bytes: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str).encode()


def log_size(session: Session) -> int:
    last = session.scalar(select(func.max(AuditEvent.seq)))
    return 0 if last is None else int(last) + 1


@dataclass(frozen=True)
class StoredLeaf:
    seq: int
    entry: bytes
    leaf_hash: str


@dataclass(frozen=True)
class StoredEvent(StoredLeaf):
    """A leaf with the columns copied from its entry for querying."""

    created_at: datetime
    actor: str
    action: str
    subject: str


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


def stream_events(session: Session) -> Iterator[StoredEvent]:
    """Every stored event with all its columns, in sequence order, in keyset batches."""
    columns = (
        AuditEvent.seq,
        AuditEvent.entry,
        AuditEvent.leaf_hash,
        AuditEvent.created_at,
        AuditEvent.actor,
        AuditEvent.action,
        AuditEvent.subject,
    )
    position = 0
    while True:
        query = select(*columns).where(AuditEvent.seq >= position).order_by(AuditEvent.seq)
        batch = session.execute(query.limit(_STREAM_BATCH)).all()
        if not batch:
            return
        for seq, entry, leaf, created_at, actor, action, subject in batch:
            yield StoredEvent(int(seq), bytes(entry), leaf, created_at, actor, action, subject)
        position = int(batch[-1][0]) + 1


def subtree_hash(session: Session, start: int, end: int) -> bytes:
    """Merkle Tree Hash of the stored leaf hashes with seq in [start, end)."""
    builder = merkle.RootBuilder()
    for event in _stream(session, start, end):
        builder.add(bytes.fromhex(event.leaf_hash))
    if builder.size != end - start:
        raise ValueError(f"the log has no events {start}..{end - 1} (only {builder.size} of them found)")
    return builder.root()


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
