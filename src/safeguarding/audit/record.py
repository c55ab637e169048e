"""Appending events to the audit log, in the caller's transaction.

Writers take the `audit_log_state` counter row (an UPDATE ... RETURNING), which serialises them on
PostgreSQL (row lock held to commit) and on SQLite (the write lock), so sequence numbers are dense and
committed in order. The same statement returns the newest signed head, so deciding whether this event
is due a new signed head (every N events or T minutes) costs no extra query.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from safeguarding.audit import merkle
from safeguarding.audit.heads import STATE_ROW, HeadPolicy, auto_signer, sign_tree_head
from safeguarding.audit.log import canonical_json
from safeguarding.audit.models import AuditEvent, AuditLogState

_EVENTS = cast(Table, AuditEvent.__table__)
_STATE = cast(Table, AuditLogState.__table__)

# What the copied columns hold: the entry's values cut to the column widths.
COLUMN_WIDTHS = {"actor": 200, "action": 64, "subject": 200}


def iso_time(moment: datetime) -> str:
    """The `time` of an entry: UTC, microseconds, a trailing Z."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _next_seq(session: Session) -> tuple[int, int | None, int | None]:
    """Take the next sequence number: (seq, size of the newest signed head, its time in ms)."""
    state = _STATE
    # Core statements (not ORM-enabled ones): the audit log is on every request's path.
    bump = (
        update(state)
        .where(state.c.id == STATE_ROW)
        .values(next_seq=state.c.next_seq + 1)
        .returning(state.c.next_seq, state.c.last_head_size, state.c.last_head_ms)
    )
    for _ in range(2):
        taken = session.execute(bump).one_or_none()
        if taken is not None:
            next_seq, head_size, head_ms = taken
            return int(next_seq) - 1, head_size, head_ms
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


def now_ms() -> int:
    """The clock the head policy reads (tests move it)."""
    return int(time.time() * 1000)


def head_due(policy: HeadPolicy, size: int, head_size: int | None, head_ms: int | None, now_ms: int) -> bool:
    """Is a log of `size` events due a new signed head, given the newest one?"""
    if head_size is None or head_ms is None:
        return True  # never signed: anchor the log at once
    if size <= head_size:
        return False
    return size - head_size >= policy.every_events or now_ms - head_ms >= policy.every_minutes * 60_000


def record_event(
    session: Session,
    actor: str,
    action: str,
    subject: str,
    details: dict[str, Any] | None = None,
    *,
    at: datetime | None = None,
) -> AuditEvent:
    """Append one event to the log inside the caller's transaction (it commits or rolls back with it).

    When the event makes a signed head due (audit.head_every_events / head_every_minutes) and a signing
    key is available, the head is signed in the same transaction.
    """
    moment = at or datetime.now(UTC)
    seq, head_size, head_ms = _next_seq(session)
    entry = canonical_json(
        {
            "seq": seq,
            "time": iso_time(moment),
            "actor": actor,
            "action": action,
            "subject": subject,
            "details": details or {},
        }
    )
    row = {
        "seq": seq,
        "created_at": moment,
        "actor": actor[: COLUMN_WIDTHS["actor"]],
        "action": action[: COLUMN_WIDTHS["action"]],
        "subject": subject[: COLUMN_WIDTHS["subject"]],
        "entry": entry,
        "leaf_hash": merkle.leaf_hash(entry).hex(),
    }
    session.execute(insert(_EVENTS).values(**row))
    policy, key = auto_signer()
    if key is not None and head_due(policy, seq + 1, head_size, head_ms, now_ms()):
        sign_tree_head(session, key, size=seq + 1)
    return AuditEvent(**row)  # a detached copy of what was written
