"""One login throttle for every server process: failed logins per account and per client address.

Counters live in the store (`login_throttle`) or in Redis, so every `safeguarding serve` process and
both login paths (the UI form and `POST /v1/session`) see the same counts. After `free_failures`
failures each further failure makes the next attempt wait twice as long as the last (capped at
`max_delay`); at `lock_after` failures the account is locked for `lock_seconds`, until an admin runs
`safeguarding users unlock NAME`. A client address has its own, higher limits (many people may
share one address). A success clears the account's counters, never the address's.

    throttle = LoginThrottle(SqlThrottleBackend(store), policy)
    refusal = throttle.check(name, client)    # None: go ahead and verify the password
    throttle.failed(name, client)             # after a wrong password; returns the scopes newly locked
    throttle.succeeded(name)
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import case, delete, select, update
from sqlalchemy.exc import IntegrityError

from safeguarding.accounts.models import LoginThrottleState
from safeguarding.accounts.settings import ThrottlePolicy
from safeguarding.store import Store


@dataclass(frozen=True)
class ThrottleState:
    failures: int
    next_allowed_at: float
    locked_until: float
    updated_at: float


@dataclass(frozen=True)
class Limits:
    """What one kind of key (account or address) allows."""

    free: int
    lock_after: int


@dataclass(frozen=True)
class Refusal:
    retry_after: int  # whole seconds, at least 1
    locked: bool  # a lock (an admin can lift it), not only a delay
    scope: str  # "account" or "address"


class ThrottleBackend(Protocol):
    def get(self, key: str) -> ThrottleState | None: ...
    def fail(
        self, key: str, now: float, limits: Limits, policy: ThrottlePolicy
    ) -> tuple[ThrottleState, bool]:
        """Count one failure atomically; returns the new state and whether it newly locked the key."""
        ...

    def clear(self, key: str) -> bool: ...


def after_failure(
    failures: int, locked_until: float, now: float, limits: Limits, policy: ThrottlePolicy
) -> tuple[ThrottleState, bool]:
    """The state after the `failures`-th failure (already counted) at `now`; and whether it newly locks."""
    next_allowed = now + policy.delay(failures, limits.free)
    newly_locked = failures >= limits.lock_after and locked_until <= now
    if failures >= limits.lock_after:
        locked_until = now + policy.lock_seconds
    return ThrottleState(failures, next_allowed, locked_until, now), newly_locked


class SqlThrottleBackend:
    """Counters in the store's `login_throttle` table; one atomic UPDATE counts a failure."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, key: str) -> ThrottleState | None:
        with self.store.session() as session:
            row = session.get(LoginThrottleState, key)
            if row is None:
                return None
            return ThrottleState(row.failures, row.next_allowed_at, row.locked_until, row.updated_at)

    def fail(
        self, key: str, now: float, limits: Limits, policy: ThrottlePolicy
    ) -> tuple[ThrottleState, bool]:
        stale = now - policy.forget_seconds
        table = LoginThrottleState
        for _attempt in range(5):
            try:
                with self.store.session() as session:
                    # The UPDATE takes the row's write lock first (both databases), so the read below
                    # sees this transaction's count and no other process can slip in between.
                    counted = session.execute(
                        update(table)
                        .where(table.key == key)
                        .values(
                            failures=case((table.updated_at < stale, 1), else_=table.failures + 1),
                            locked_until=case((table.updated_at < stale, 0.0), else_=table.locked_until),
                            updated_at=now,
                        )
                    )
                    if getattr(counted, "rowcount", 0):
                        row = session.execute(
                            select(table.failures, table.locked_until).where(table.key == key)
                        ).one()
                        state, newly = after_failure(row.failures, row.locked_until, now, limits, policy)
                    else:
                        state, newly = after_failure(1, 0.0, now, limits, policy)
                        session.add(
                            table(key=key, failures=1, next_allowed_at=now, locked_until=0.0, updated_at=now)
                        )
                        session.flush()
                    session.execute(
                        update(table)
                        .where(table.key == key)
                        .values(next_allowed_at=state.next_allowed_at, locked_until=state.locked_until)
                    )
                    if newly or state.failures == 1:  # now and then, drop counters nobody has touched
                        session.execute(delete(table).where(table.updated_at < stale))
                    return state, newly
            except IntegrityError:  # another process inserted the same key first: count again
                continue
        raise RuntimeError(f"login throttle: could not count a failure for {key!r}")

    def clear(self, key: str) -> bool:
        with self.store.session() as session:
            result = session.execute(delete(LoginThrottleState).where(LoginThrottleState.key == key))
            return bool(getattr(result, "rowcount", 0))


class LoginThrottle:
    def __init__(self, backend: ThrottleBackend, policy: ThrottlePolicy) -> None:
        self.backend = backend
        self.policy = policy
        self.account_limits = Limits(policy.free_failures, policy.lock_after)
        self.address_limits = Limits(policy.address_free_failures, policy.address_lock_after)

    @staticmethod
    def account_key(name: str) -> str:
        return f"account:{name.strip().lower()}"[:200]

    @staticmethod
    def address_key(client: str) -> str:
        return f"address:{client}"[:200]

    def _keys(self, name: str, client: str) -> list[tuple[str, str, Limits]]:
        return [
            ("account", self.account_key(name), self.account_limits),
            ("address", self.address_key(client), self.address_limits),
        ]

    def check(self, name: str, client: str) -> Refusal | None:
        """Why this attempt must wait (the longest wait of account and address), else None."""
        now = time.time()
        refusals = []
        for scope, key, _limits in self._keys(name, client):
            state = self.backend.get(key)
            if state is None or state.updated_at < now - self.policy.forget_seconds:
                continue
            until = max(state.next_allowed_at, state.locked_until)
            if until > now:
                refusals.append(Refusal(max(1, math.ceil(until - now)), state.locked_until > now, scope))
        return max(refusals, key=lambda refusal: refusal.retry_after, default=None)

    def failed(self, name: str, client: str) -> list[str]:
        """Count a failed login; returns the scopes ("account", "address") this failure locked."""
        now = time.time()
        locked = []
        for scope, key, limits in self._keys(name, client):
            _state, newly = self.backend.fail(key, now, limits, self.policy)
            if newly:
                locked.append(scope)
        return locked

    def succeeded(self, name: str) -> None:
        self.backend.clear(self.account_key(name))

    def state(self, name: str) -> ThrottleState | None:
        return self.backend.get(self.account_key(name))

    def unlock(self, name: str) -> bool:
        """Lift the lock and forget the failures of account `name`; False if it had none."""
        return self.backend.clear(self.account_key(name))

    def unlock_address(self, client: str) -> bool:
        return self.backend.clear(self.address_key(client))
