"""Sessions and login-throttle counters in Redis (`sessions.backend: redis`), for several servers.

Keys, under a prefix (default `safeguarding:`):
- `session:<sha256 of the session id>`: a hash of the session's fields, expiring when it would end;
- `user-sessions:<user id>`: the set of that user's session hashes (stale members are dropped when read);
- `throttle:account:<name>` and `throttle:address:<ip>`: failure counters, counted by one Lua script.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Any, cast

import redis

from safeguarding.accounts.sessions import SessionRecord
from safeguarding.accounts.settings import ThrottlePolicy
from safeguarding.accounts.throttle import Limits, ThrottleState

DEFAULT_PREFIX = "safeguarding:"

# KEYS[1] the counter; ARGV: now, free, lock_after, base delay, max delay, lock seconds, ttl, stale before.
_FAIL_SCRIPT = """
local f = tonumber(redis.call('HGET', KEYS[1], 'f') or '0')
local lock = tonumber(redis.call('HGET', KEYS[1], 'l') or '0')
local updated = tonumber(redis.call('HGET', KEYS[1], 'u') or '0')
local now = tonumber(ARGV[1])
if updated < tonumber(ARGV[8]) then f = 0; lock = 0 end
f = f + 1
local free = tonumber(ARGV[2])
local delay = 0
if f > free and tonumber(ARGV[4]) > 0 then
  delay = math.min(tonumber(ARGV[5]), tonumber(ARGV[4]) * 2 ^ math.min(f - free - 1, 40))
end
local newly = 0
if f >= tonumber(ARGV[3]) then
  if lock <= now then newly = 1 end
  lock = now + tonumber(ARGV[6])
end
redis.call('HSET', KEYS[1], 'f', f, 'n', tostring(now + delay), 'l', tostring(lock), 'u', tostring(now))
redis.call('EXPIRE', KEYS[1], ARGV[7])
return {f, tostring(now + delay), tostring(lock), newly}
"""


def connect(url: str) -> redis.Redis:
    """A client for `url`, checked with PING so a wrong URL fails at start, not at the first login."""
    client = redis.Redis.from_url(url, decode_responses=True, socket_timeout=5, socket_connect_timeout=5)
    client.ping()
    return client


def _time(value: str) -> datetime:
    return datetime.fromtimestamp(float(value), UTC)


class RedisSessionBackend:
    def __init__(self, client: redis.Redis, prefix: str = DEFAULT_PREFIX) -> None:
        self.client = client
        self.prefix = prefix

    def _key(self, id_hash: str) -> str:
        return f"{self.prefix}session:{id_hash}"

    def _user_key(self, user_id: int) -> str:
        return f"{self.prefix}user-sessions:{user_id}"

    def add(self, record: SessionRecord) -> None:
        ttl = max(1, math.ceil((record.expires_at - record.created_at).total_seconds()))
        pipe = self.client.pipeline()
        pipe.hset(
            self._key(record.id_hash),
            mapping={
                "user_id": record.user_id,
                "epoch": record.epoch,
                "created_at": record.created_at.timestamp(),
                "last_seen_at": record.last_seen_at.timestamp(),
                "expires_at": record.expires_at.timestamp(),
                "client": record.client,
                "user_agent": record.user_agent,
            },
        )
        pipe.expire(self._key(record.id_hash), ttl)
        pipe.sadd(self._user_key(record.user_id), record.id_hash)
        pipe.expire(self._user_key(record.user_id), ttl)
        pipe.execute()

    def get(self, id_hash: str) -> SessionRecord | None:
        fields = cast(dict[str, str], self.client.hgetall(self._key(id_hash)))
        if not fields or "user_id" not in fields:
            return None
        return SessionRecord(
            id_hash=id_hash,
            user_id=int(fields["user_id"]),
            epoch=int(fields["epoch"]),
            created_at=_time(fields["created_at"]),
            last_seen_at=_time(fields["last_seen_at"]),
            expires_at=_time(fields["expires_at"]),
            client=fields.get("client", ""),
            user_agent=fields.get("user_agent", ""),
        )

    def touch(self, id_hash: str, when: datetime) -> None:
        # Only an existing session: a touch racing a logout must not bring it back.
        key = self._key(id_hash)
        if self.client.exists(key):
            self.client.hset(key, "last_seen_at", when.timestamp())

    def remove(self, id_hash: str) -> None:
        user_id = self.client.hget(self._key(id_hash), "user_id")
        pipe = self.client.pipeline()
        pipe.delete(self._key(id_hash))
        if user_id is not None:
            pipe.srem(self._user_key(int(cast(str, user_id))), id_hash)
        pipe.execute()

    def of_user(self, user_id: int) -> list[SessionRecord]:
        records = []
        for id_hash in sorted(cast(set[str], self.client.smembers(self._user_key(user_id)))):
            record = self.get(id_hash)
            if record is None:
                self.client.srem(self._user_key(user_id), id_hash)
            else:
                records.append(record)
        return sorted(records, key=lambda record: record.created_at)

    def prune(self, now: datetime, idle_since: datetime) -> None:
        """Nothing to do: each session's key expires with its lifetime (an idle one is refused on use)."""

    def remove_user(self, user_id: int) -> int:
        hashes = cast(set[str], self.client.smembers(self._user_key(user_id)))
        pipe = self.client.pipeline()
        for id_hash in hashes:
            pipe.delete(self._key(id_hash))
        pipe.delete(self._user_key(user_id))
        results: list[Any] = pipe.execute()
        return sum(int(result) for result in results[: len(hashes)])


class RedisThrottleBackend:
    def __init__(self, client: redis.Redis, prefix: str = DEFAULT_PREFIX) -> None:
        self.client = client
        self.prefix = prefix
        self._fail = client.register_script(_FAIL_SCRIPT)

    def _key(self, key: str) -> str:
        return f"{self.prefix}throttle:{key}"

    def get(self, key: str) -> ThrottleState | None:
        fields = cast(dict[str, str], self.client.hgetall(self._key(key)))
        if not fields or "f" not in fields:
            return None
        return ThrottleState(int(fields["f"]), float(fields["n"]), float(fields["l"]), float(fields["u"]))

    def fail(
        self, key: str, now: float, limits: Limits, policy: ThrottlePolicy
    ) -> tuple[ThrottleState, bool]:
        ttl = math.ceil(max(policy.forget_seconds, policy.lock_seconds, policy.max_delay)) + 1
        failures, next_allowed, locked_until, newly = cast(
            list[Any],
            self._fail(
                keys=[self._key(key)],
                args=[
                    repr(now),
                    limits.free,
                    limits.lock_after,
                    policy.base_delay,
                    policy.max_delay,
                    policy.lock_seconds,
                    ttl,
                    repr(now - policy.forget_seconds),
                ],
            ),
        )
        state = ThrottleState(int(failures), float(next_allowed), float(locked_until), now)
        return state, bool(int(newly))

    def clear(self, key: str) -> bool:
        return bool(self.client.delete(self._key(key)))
