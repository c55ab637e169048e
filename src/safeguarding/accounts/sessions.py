"""Browser sessions kept server side, in the store or in Redis, by the SHA-256 of their id.

The browser holds a random 256-bit session id; the server keeps only its hash, the user, the user's
`session_epoch` at login, and when the session started and was last used. A session ends on logout,
after `idle_seconds` unused, `lifetime_seconds` after login, or when the user's epoch moves on
(disable, role or password change, `users logout NAME`).

    sessions = Sessions(SqlSessionBackend(store), settings)
    session_id = sessions.start(user_id, epoch, client="10.0.0.5", user_agent="...")
    record = sessions.resolve(session_id)   # None once ended, idle or expired
    sessions.end(session_id)
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from sqlalchemy import delete, select, update

from safeguarding.accounts.models import LoginSession
from safeguarding.accounts.settings import SessionSettings
from safeguarding.store import Store

#: last_seen_at is written at most this often per session (or a tenth of the idle timeout, if shorter),
#: so each request does not cost a write.
TOUCH_RESOLUTION = timedelta(seconds=30)


def new_session_id() -> str:
    return secrets.token_urlsafe(32)


def hash_session_id(session_id: str) -> str:
    return hashlib.sha256(session_id.encode("utf-8")).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


@dataclass(frozen=True)
class SessionRecord:
    id_hash: str
    user_id: int
    epoch: int
    created_at: datetime
    last_seen_at: datetime
    expires_at: datetime
    client: str = ""
    user_agent: str = ""


class SessionBackend(Protocol):
    def add(self, record: SessionRecord) -> None: ...
    def get(self, id_hash: str) -> SessionRecord | None: ...
    def touch(self, id_hash: str, when: datetime) -> None: ...
    def remove(self, id_hash: str) -> None: ...
    def of_user(self, user_id: int) -> list[SessionRecord]: ...
    def remove_user(self, user_id: int) -> int: ...
    def prune(self, now: datetime, idle_since: datetime) -> None:
        """Drop sessions that ended unnoticed (expired or idle, never used again)."""
        ...


def _record(row: LoginSession) -> SessionRecord:
    return SessionRecord(
        id_hash=row.id_hash,
        user_id=row.user_id,
        epoch=row.epoch,
        created_at=_aware(row.created_at),
        last_seen_at=_aware(row.last_seen_at),
        expires_at=_aware(row.expires_at),
        client=row.client,
        user_agent=row.user_agent,
    )


class SqlSessionBackend:
    """Sessions in the `login_sessions` table of the store (SQLite or PostgreSQL)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, record: SessionRecord) -> None:
        with self.store.session() as session:
            session.add(
                LoginSession(
                    id_hash=record.id_hash,
                    user_id=record.user_id,
                    epoch=record.epoch,
                    created_at=record.created_at,
                    last_seen_at=record.last_seen_at,
                    expires_at=record.expires_at,
                    client=record.client,
                    user_agent=record.user_agent,
                )
            )

    def get(self, id_hash: str) -> SessionRecord | None:
        with self.store.session() as session:
            row = session.scalars(select(LoginSession).where(LoginSession.id_hash == id_hash)).one_or_none()
            return _record(row) if row is not None else None

    def touch(self, id_hash: str, when: datetime) -> None:
        with self.store.session() as session:
            session.execute(
                update(LoginSession).where(LoginSession.id_hash == id_hash).values(last_seen_at=when)
            )

    def remove(self, id_hash: str) -> None:
        with self.store.session() as session:
            session.execute(delete(LoginSession).where(LoginSession.id_hash == id_hash))

    def of_user(self, user_id: int) -> list[SessionRecord]:
        with self.store.session() as session:
            rows = session.scalars(
                select(LoginSession).where(LoginSession.user_id == user_id).order_by(LoginSession.created_at)
            )
            return [_record(row) for row in rows]

    def remove_user(self, user_id: int) -> int:
        with self.store.session() as session:
            result = session.execute(delete(LoginSession).where(LoginSession.user_id == user_id))
            return int(getattr(result, "rowcount", 0) or 0)

    def prune(self, now: datetime, idle_since: datetime) -> None:
        with self.store.session() as session:
            session.execute(
                delete(LoginSession).where(
                    (LoginSession.expires_at < now) | (LoginSession.last_seen_at < idle_since)
                )
            )


class Sessions:
    """Start, resolve and end sessions under the configured idle timeout and lifetime."""

    def __init__(self, backend: SessionBackend, settings: SessionSettings) -> None:
        self.backend = backend
        self.idle = timedelta(seconds=settings.idle_seconds)
        self.lifetime = timedelta(seconds=settings.lifetime_seconds)
        self.touch_every = min(TOUCH_RESOLUTION, self.idle / 10)

    def start(
        self,
        user_id: int,
        epoch: int,
        *,
        client: str = "",
        user_agent: str = "",
        replacing: str | None = None,
    ) -> str:
        """A new session id for the user. `replacing` (the id the browser came with) is ended first:
        an id known before login is never the id after it."""
        if replacing:
            self.end(replacing)
        session_id = new_session_id()
        now = _now()
        self.backend.prune(now, now - self.idle)
        self.backend.add(
            SessionRecord(
                id_hash=hash_session_id(session_id),
                user_id=user_id,
                epoch=epoch,
                created_at=now,
                last_seen_at=now,
                expires_at=now + self.lifetime,
                client=client[:64],
                user_agent=user_agent[:200],
            )
        )
        return session_id

    def is_live(self, record: SessionRecord, now: datetime) -> bool:
        return now < record.expires_at and now - record.last_seen_at < self.idle

    def resolve(self, session_id: str) -> SessionRecord | None:
        """The live session with this id (its last use moved to now), else None (and it is removed)."""
        if not session_id or len(session_id) > 200:
            return None
        id_hash = hash_session_id(session_id)
        record = self.backend.get(id_hash)
        if record is None:
            return None
        now = _now()
        if not self.is_live(record, now):
            self.backend.remove(id_hash)
            return None
        if now - record.last_seen_at >= self.touch_every:
            self.backend.touch(id_hash, now)
        return record

    def end(self, session_id: str) -> None:
        self.backend.remove(hash_session_id(session_id))

    def end_record(self, record: SessionRecord) -> None:
        self.backend.remove(record.id_hash)

    def of_user(self, user_id: int, epoch: int) -> list[SessionRecord]:
        """The user's live sessions; ended ones found on the way are removed."""
        now = _now()
        live = []
        for record in self.backend.of_user(user_id):
            if record.epoch == epoch and self.is_live(record, now):
                live.append(record)
            else:
                self.backend.remove(record.id_hash)
        return live

    def end_user(self, user_id: int) -> int:
        return self.backend.remove_user(user_id)
