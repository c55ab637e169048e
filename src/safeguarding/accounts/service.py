"""Users, passwords (argon2id) and API tokens (random, shown once, kept as SHA-256).

Disabling a user, changing their role or password, and `end_sessions` end all their browser sessions
at once: the user's `session_epoch` moves on (which also ends sessions held in Redis) and the
sessions kept in the store are deleted.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from safeguarding.accounts.audit import audit
from safeguarding.accounts.models import ApiToken, LoginSession, User
from safeguarding.accounts.roles import check_role

TOKEN_PREFIX = "sg_"
MIN_PASSWORD_LENGTH = 12  # ASVS 2.1.1
#: last_used_at is written at most this often per token, so each API call does not cost a write.
LAST_USED_RESOLUTION = timedelta(minutes=5)

_hasher = PasswordHasher()
# Verified against when the user does not exist, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


class AccountError(ValueError):
    """A user or token operation was refused; the message says why."""


def _now() -> datetime:
    return datetime.now(UTC)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def get_user(session: Session, name: str) -> User | None:
    return session.scalars(select(User).where(User.name == name)).one_or_none()


def _require_user(session: Session, name: str) -> User:
    user = get_user(session, name)
    if user is None:
        raise AccountError(f"no user named {name!r}")
    return user


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"password too short: use at least {MIN_PASSWORD_LENGTH} characters")


def create_user(
    session: Session, name: str, role: str, password: str | None = None, *, actor: str = "cli"
) -> User:
    """Add a user. Without a password the account can authenticate with API tokens only."""
    name = name.strip()
    if not name or len(name) > 100 or any(ch.isspace() for ch in name):
        raise AccountError(f"invalid user name {name!r}: 1-100 characters, no spaces")
    try:
        check_role(role)
    except ValueError as exc:
        raise AccountError(str(exc)) from exc
    if get_user(session, name) is not None:
        raise AccountError(f"user {name!r} already exists")
    password_hash = None
    if password is not None:
        _check_password(password)
        password_hash = _hasher.hash(password)
    user = User(name=name, role=role, password_hash=password_hash, disabled=False, created_at=_now())
    session.add(user)
    session.flush()
    audit(session, actor, "user_create", f"user:{name}", {"role": role, "password": password is not None})
    return user


def _end_user_sessions(session: Session, user: User) -> int:
    """End every browser session of `user`; returns how many were kept in the store."""
    user.session_epoch = (user.session_epoch or 0) + 1
    result = session.execute(delete(LoginSession).where(LoginSession.user_id == user.id))
    return int(getattr(result, "rowcount", 0) or 0)


def end_sessions(session: Session, name: str, *, actor: str = "cli") -> User:
    """Log user `name` out everywhere: each of their sessions ends at its next request."""
    user = _require_user(session, name)
    ended = _end_user_sessions(session, user)
    audit(session, actor, "sessions_end", f"user:{name}", {"stored_sessions": ended})
    return user


def set_password(session: Session, name: str, password: str, *, actor: str = "cli") -> User:
    user = _require_user(session, name)
    _check_password(password)
    user.password_hash = _hasher.hash(password)
    _end_user_sessions(session, user)
    audit(session, actor, "password_change", f"user:{name}")
    return user


def set_role(session: Session, name: str, role: str, *, actor: str = "cli") -> User:
    user = _require_user(session, name)
    try:
        check_role(role)
    except ValueError as exc:
        raise AccountError(str(exc)) from exc
    old = user.role
    user.role = role
    if old != role:
        _end_user_sessions(session, user)
    audit(session, actor, "role_change", f"user:{name}", {"from": old, "to": role})
    return user


def disable_user(session: Session, name: str, *, actor: str = "cli") -> User:
    """Disable a user: sessions and tokens stop working at their next request."""
    user = _require_user(session, name)
    user.disabled = True
    _end_user_sessions(session, user)
    audit(session, actor, "user_disable", f"user:{name}")
    return user


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.name)))


def authenticate(session: Session, name: str, password: str) -> User | None:
    """The enabled user with this name and password, else None (same cost either way)."""
    user = get_user(session, name)
    stored = user.password_hash if user is not None else None
    try:
        _hasher.verify(stored or _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or stored is None or user.disabled:
        return None
    if _hasher.check_needs_rehash(stored):
        user.password_hash = _hasher.hash(password)
    return user


def create_token(session: Session, name: str, label: str = "", *, actor: str = "cli") -> tuple[ApiToken, str]:
    """A new API token for user `name`: returns the row and the token text (shown once, never stored)."""
    user = _require_user(session, name)
    if user.disabled:
        raise AccountError(f"user {name!r} is disabled")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(
        user_id=user.id, token_hash=hash_token(token), prefix=token[:10], label=label, created_at=_now()
    )
    session.add(row)
    session.flush()
    audit(session, actor, "token_create", f"user:{name}", {"token_id": row.id, "label": label})
    return row, token


def revoke_token(session: Session, token_id: int, *, actor: str = "cli") -> ApiToken:
    row = session.get(ApiToken, token_id)
    if row is None:
        raise AccountError(f"no token with id {token_id}")
    if row.revoked_at is None:
        row.revoked_at = _now()
        audit(session, actor, "token_revoke", f"user:{row.user.name}", {"token_id": token_id})
    return row


def list_tokens(session: Session, name: str | None = None) -> list[ApiToken]:
    query = select(ApiToken).order_by(ApiToken.id)
    if name is not None:
        query = query.where(ApiToken.user_id == _require_user(session, name).id)
    return list(session.scalars(query))


def identity_for_token(session: Session, token: str) -> tuple[int, str, str] | None:
    """(user id, name, role) of the enabled user owning this live token, else None. One query.

    The fast path the service runs on every API request; `last_used_at` is written at most every
    LAST_USED_RESOLUTION.
    """
    if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        return None
    row = session.execute(
        select(ApiToken.id, ApiToken.last_used_at, User.id, User.name, User.role)
        .join(User, User.id == ApiToken.user_id)
        .where(
            ApiToken.token_hash == hash_token(token), ApiToken.revoked_at.is_(None), User.disabled.is_(False)
        )
    ).first()
    if row is None:
        return None
    token_id, last, user_id, name, role = row
    now = _now()
    if last is not None and last.tzinfo is None:
        last = last.replace(tzinfo=UTC)
    if last is None or now - last > LAST_USED_RESOLUTION:
        session.execute(update(ApiToken).where(ApiToken.id == token_id).values(last_used_at=now))
    return user_id, name, role


def user_for_token(session: Session, token: str) -> User | None:
    """The enabled user owning this live token, else None."""
    if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        return None
    row = session.scalars(select(ApiToken).where(ApiToken.token_hash == hash_token(token))).one_or_none()
    if row is None or row.revoked_at is not None or row.user.disabled:
        return None
    now = _now()
    last = row.last_used_at
    if last is not None and last.tzinfo is None:
        last = last.replace(tzinfo=UTC)
    if last is None or now - last > LAST_USED_RESOLUTION:
        row.last_used_at = now
    return row.user
