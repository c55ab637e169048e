"""Signed tree heads: signing (by hand, and automatically every N events or T minutes), exporting them
for a witness kept outside the database, and signing-key rotation that keeps old heads verifiable.

A head stores the tree's frontier (one hash per perfect subtree), so the next head is computed from
the events since the last one: signing costs O(N + log n), not a pass over the whole log.
"""

from __future__ import annotations

import json
import logging
import os
import struct
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import Table, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from safeguarding.audit import merkle
from safeguarding.audit.keys import (
    ENV_SIGNING_KEY,
    SigningKeyError,
    key_id,
    load_signing_key,
    signing_key_path,
    verify_signature,
)
from safeguarding.audit.log import _stream, log_size
from safeguarding.audit.models import AuditLogState, AuditTreeHead
from safeguarding.config import ConfigError, load_config

log = logging.getLogger(__name__)

STATE_ROW = 1
STH_CONTEXT = b"safeguarding-audit-tree-head-v1\x00"
ROTATION_CONTEXT = b"safeguarding-audit-key-rotation-v1\x00"
ROTATE_ACTION = "rotate_signing_key"
DEFAULT_EVERY_EVENTS = 100
DEFAULT_EVERY_MINUTES = 10.0
_STATE = cast(Table, AuditLogState.__table__)


def tree_head_message(tree_size: int, timestamp_ms: int, root: bytes) -> bytes:
    """The bytes a tree head signature covers."""
    return STH_CONTEXT + struct.pack(">QQ", tree_size, timestamp_ms) + root


def _builder_at(session: Session, size: int) -> merkle.RootBuilder:
    """The tree of the first `size` events, resumed from the newest head at or below `size`."""
    base = session.execute(
        select(AuditTreeHead.tree_size, AuditTreeHead.frontier)
        .where(AuditTreeHead.tree_size <= size, AuditTreeHead.frontier.is_not(None))
        .order_by(AuditTreeHead.tree_size.desc())
        .limit(1)
    ).first()
    builder = merkle.RootBuilder()
    if base is not None:
        try:
            builder = merkle.RootBuilder.resume(int(base[0]), bytes(base[1] or b""))
        except ValueError:
            builder = merkle.RootBuilder()  # a damaged frontier: recompute (verify will name the head)
    for leaf in _stream(session, builder.size, size):
        builder.add(bytes.fromhex(leaf.leaf_hash))
    if builder.size != size:
        raise ValueError(f"the log has only {builder.size} of the first {size} events")
    return builder


def sign_tree_head(session: Session, key: Ed25519PrivateKey, *, size: int | None = None) -> AuditTreeHead:
    """Sign the root of the first `size` events (default: the whole log) in the caller's transaction.

    Reuses the head if that size is already signed.
    """
    size = log_size(session) if size is None else size
    existing = session.scalar(select(AuditTreeHead).where(AuditTreeHead.tree_size == size))
    if existing is not None:
        return existing
    builder = _builder_at(session, size)
    root = builder.root()
    now = datetime.now(UTC)
    timestamp_ms = int(now.timestamp() * 1000)
    head = AuditTreeHead(
        tree_size=size,
        root_hash=root.hex(),
        timestamp_ms=timestamp_ms,
        created_at=now,
        key_id=key_id(key.public_key()),
        signature=key.sign(tree_head_message(size, timestamp_ms, root)).hex(),
        frontier=builder.frontier(),
    )
    try:
        with session.begin_nested():
            session.add(head)
    except IntegrityError:  # another process signed this size at the same moment
        signed = session.scalar(select(AuditTreeHead).where(AuditTreeHead.tree_size == size))
        if signed is None:
            raise
        return signed
    session.execute(
        update(_STATE)
        .where(
            _STATE.c.id == STATE_ROW,
            or_(_STATE.c.last_head_size.is_(None), _STATE.c.last_head_size < size),
        )
        .values(last_head_size=size, last_head_ms=timestamp_ms)
    )
    return head


# ---- automatic signing ----------------------------------------------------------------------------


@dataclass(frozen=True)
class HeadPolicy:
    """Sign a head once this many events are unsigned, or this many minutes after the last head."""

    every_events: int = DEFAULT_EVERY_EVENTS
    every_minutes: float = DEFAULT_EVERY_MINUTES


def head_policy(config_path: str | Path | None = None) -> HeadPolicy:
    """`audit.head_every_events` and `audit.head_every_minutes` (ConfigError naming a bad value)."""
    config = load_config(config_path)
    section = config.section("audit")
    try:
        policy = HeadPolicy(
            int(section.get("head_every_events", DEFAULT_EVERY_EVENTS)),
            float(section.get("head_every_minutes", DEFAULT_EVERY_MINUTES)),
        )
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{config.path}: audit.head_every_events/head_every_minutes: {exc}") from None
    if policy.every_events < 1 or policy.every_minutes <= 0:
        raise ConfigError(f"{config.path}: audit.head_every_events must be >= 1 and head_every_minutes > 0")
    return policy


_signer_cache: dict[tuple[Any, ...], tuple[Path, int | None, HeadPolicy, Ed25519PrivateKey | None]] = {}
_warned: set[str] = set()


def _mtime(path: Path) -> int | None:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return None


def _warn_once(message: str) -> None:
    if message not in _warned:
        _warned.add(message)
        log.warning("%s", message)


def auto_signer() -> tuple[HeadPolicy, Ed25519PrivateKey | None]:
    """The policy and key for automatic heads, from the environment and configuration file.

    Cached on what they come from (environment, working folder, file times), so a changed key or
    configuration is picked up at once and an unchanged one costs two `stat` calls an event. Without a
    readable key, nothing is signed automatically (one warning per process); a key is never created here.
    """
    config_file = os.environ.get("SAFEGUARDING_CONFIG") or "safeguarding.yaml"
    where = (config_file, _mtime(Path(config_file)), os.environ.get(ENV_SIGNING_KEY), os.getcwd())
    cached = _signer_cache.get(where)
    if cached is not None and _mtime(cached[0]) == cached[1]:
        return cached[2], cached[3]
    try:
        policy = head_policy()
        path = signing_key_path()
    except ConfigError as exc:
        _warn_once(f"audit: {exc}; tree heads are not signed automatically")
        return HeadPolicy(), None
    key: Ed25519PrivateKey | None = None
    if path.exists():
        try:
            key = load_signing_key(create=False)
        except SigningKeyError as exc:
            _warn_once(f"audit: {exc}; tree heads are not signed automatically")
    else:
        _warn_once(
            f"audit: no signing key at {path}; tree heads are not signed automatically "
            "(create one with `safeguarding audit keygen`)"
        )
    if len(_signer_cache) > 16:
        _signer_cache.clear()
    _signer_cache[where] = (path, _mtime(path), policy, key)
    return policy, key


# ---- heads kept elsewhere ---------------------------------------------------------------------------


@dataclass(frozen=True)
class HeadRecord:
    """A signed tree head as exported for a witness (no database needed to read it)."""

    tree_size: int
    root_hash: str
    timestamp_ms: int
    key_id: str
    signature: str

    @classmethod
    def of(cls, head: AuditTreeHead) -> HeadRecord:
        return cls(head.tree_size, head.root_hash, head.timestamp_ms, head.key_id, head.signature)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def signed_by(self, key: Ed25519PublicKey) -> bool:
        message = tree_head_message(self.tree_size, self.timestamp_ms, bytes.fromhex(self.root_hash))
        return verify_signature(key, bytes.fromhex(self.signature), message)


def stored_heads(session: Session) -> Iterator[AuditTreeHead]:
    yield from session.scalars(select(AuditTreeHead).order_by(AuditTreeHead.tree_size))


def export_heads(session: Session, path: Path) -> int:
    """Write every signed head to `path` as JSON Lines (written whole, then renamed into place)."""
    temporary = path.with_name(path.name + ".tmp")
    count = 0
    with temporary.open("w", encoding="utf-8") as out:
        for head in stored_heads(session):
            out.write(json.dumps(HeadRecord.of(head).to_json(), sort_keys=True) + "\n")
            count += 1
    os.replace(temporary, path)
    return count


def read_heads(path: Path) -> list[HeadRecord]:
    """Heads written by `export_heads` (ValueError naming the line of a malformed one)."""
    heads = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: cannot read tree heads: {exc}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            head = HeadRecord(
                int(data["tree_size"]),
                str(data["root_hash"]),
                int(data["timestamp_ms"]),
                str(data["key_id"]),
                str(data["signature"]),
            )
            bytes.fromhex(head.root_hash), bytes.fromhex(head.signature)
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path} line {number}: not a tree head: {exc}") from None
        heads.append(head)
    return sorted(heads, key=lambda h: h.tree_size)


# ---- signing-key rotation -----------------------------------------------------------------------------


def _raw(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def rotation_statement(old: Ed25519PublicKey, new: Ed25519PublicKey, at_ms: int) -> bytes:
    """What both keys sign when one replaces the other."""
    return ROTATION_CONTEXT + _raw(old) + _raw(new) + struct.pack(">Q", at_ms)


def rotation_details(old: Ed25519PrivateKey, new: Ed25519PrivateKey) -> dict[str, Any]:
    """The details of a `rotate_signing_key` event: both keys, each signing the statement, so either
    key vouches for the other (old heads stay verifiable with the new key, and the reverse)."""
    at_ms = int(time.time() * 1000)
    statement = rotation_statement(old.public_key(), new.public_key(), at_ms)
    return {
        "old_key_id": key_id(old.public_key()),
        "new_key_id": key_id(new.public_key()),
        "old_public_key": _raw(old.public_key()).hex(),
        "new_public_key": _raw(new.public_key()).hex(),
        "at_ms": at_ms,
        "old_signature": old.sign(statement).hex(),
        "new_signature": new.sign(statement).hex(),
    }


def endorsed_keys(
    trusted: Iterable[Ed25519PublicKey], rotations: Iterable[dict[str, Any]]
) -> dict[str, Ed25519PublicKey]:
    """The trusted keys plus every key linked to one of them by a rotation both keys signed."""
    keys = {key_id(k): k for k in trusted}
    links = []
    for details in rotations:
        try:
            old = Ed25519PublicKey.from_public_bytes(bytes.fromhex(details["old_public_key"]))
            new = Ed25519PublicKey.from_public_bytes(bytes.fromhex(details["new_public_key"]))
            statement = rotation_statement(old, new, int(details["at_ms"]))
            if verify_signature(old, bytes.fromhex(details["old_signature"]), statement) and verify_signature(
                new, bytes.fromhex(details["new_signature"]), statement
            ):
                links.append((old, new))
        except (KeyError, TypeError, ValueError):
            continue  # a malformed rotation endorses nothing
    changed = True
    while changed:
        changed = False
        for old, new in links:
            ids = key_id(old), key_id(new)
            if (ids[0] in keys) != (ids[1] in keys):
                keys.setdefault(ids[0], old)
                keys.setdefault(ids[1], new)
                changed = True
    return keys
