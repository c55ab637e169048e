"""The `sessions` section of the configuration file: where sessions live, how long, how logins are slowed.

```yaml
sessions:
  backend: store            # store (the database) or redis
  redis_url: null           # with backend: redis; else $SAFEGUARDING_REDIS_URL, else redis://127.0.0.1:6379/0
  redis_prefix: "safeguarding:"   # key prefix, so several installations can share one Redis
  idle_minutes: 30          # a session unused this long ends
  lifetime_hours: 8         # a session ends this long after login, used or not
  throttle:
    free_failures: 3        # failed logins per account before delays start
    base_delay_seconds: 1   # first delay; it doubles with every further failure
    max_delay_seconds: 300
    lock_after: 10          # failed logins per account that lock it (`users unlock NAME` lifts it)
    lock_minutes: 15
    address_free_failures: 10   # the same per client address, which many users may share
    address_lock_after: 100
    forget_hours: 24        # counters with no failure for this long start again
```
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Protocol

REDIS_ENV = "SAFEGUARDING_REDIS_URL"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"


class HasSections(Protocol):
    def section(self, name: str) -> dict[str, Any]: ...


class SessionSettingsError(ValueError):
    """A `sessions` setting is wrong; the message names it."""


@dataclass(frozen=True)
class ThrottlePolicy:
    free_failures: int = 3
    base_delay: float = 1.0
    max_delay: float = 300.0
    lock_after: int = 10
    lock_seconds: float = 15 * 60.0
    address_free_failures: int = 10
    address_lock_after: int = 100
    forget_seconds: float = 24 * 3600.0

    def delay(self, failures: int, free: int) -> float:
        """Seconds to wait after the `failures`-th failure: none while free, then doubling."""
        if failures <= free or self.base_delay <= 0:
            return 0.0
        return float(min(self.max_delay, self.base_delay * 2.0 ** min(failures - free - 1, 40)))


@dataclass(frozen=True)
class SessionSettings:
    backend: str = "store"
    redis_url: str = DEFAULT_REDIS_URL
    redis_prefix: str = "safeguarding:"
    idle_seconds: float = 30 * 60.0
    lifetime_seconds: float = 8 * 3600.0
    throttle: ThrottlePolicy = ThrottlePolicy()


def _number(section: dict[str, Any], where: str, key: str, default: float, low: float) -> float:
    value = section.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < low:
        raise SessionSettingsError(f"config {where}.{key} must be a number >= {low}, not {value!r}")
    return float(value)


def load_session_settings(config: HasSections | None) -> SessionSettings:
    section = config.section("sessions") if config is not None else {}
    backend = section.get("backend", "store")
    if backend not in ("store", "redis"):
        raise SessionSettingsError(f"config sessions.backend must be store or redis, not {backend!r}")
    throttle = section.get("throttle") or {}
    if not isinstance(throttle, dict):
        raise SessionSettingsError("config sessions.throttle must be a mapping")
    where = "sessions.throttle"
    policy = ThrottlePolicy(
        free_failures=int(_number(throttle, where, "free_failures", 3, 0)),
        base_delay=_number(throttle, where, "base_delay_seconds", 1, 0),
        max_delay=_number(throttle, where, "max_delay_seconds", 300, 0),
        lock_after=int(_number(throttle, where, "lock_after", 10, 1)),
        lock_seconds=_number(throttle, where, "lock_minutes", 15, 0) * 60,
        address_free_failures=int(_number(throttle, where, "address_free_failures", 10, 0)),
        address_lock_after=int(_number(throttle, where, "address_lock_after", 100, 1)),
        forget_seconds=_number(throttle, where, "forget_hours", 24, 0.01) * 3600,
    )
    return SessionSettings(
        backend=backend,
        redis_url=str(section.get("redis_url") or os.environ.get(REDIS_ENV) or DEFAULT_REDIS_URL),
        redis_prefix=str(section.get("redis_prefix", "safeguarding:")),
        idle_seconds=_number(section, "sessions", "idle_minutes", 30, 0.01) * 60,
        lifetime_seconds=_number(section, "sessions", "lifetime_hours", 8, 0.01) * 3600,
        throttle=policy,
    )
