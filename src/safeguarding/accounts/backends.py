"""Where sessions and login counters live, from the `sessions` configuration section."""

from __future__ import annotations

from dataclasses import dataclass

from safeguarding.accounts.sessions import Sessions, SqlSessionBackend
from safeguarding.accounts.settings import HasSections, SessionSettings, load_session_settings
from safeguarding.accounts.throttle import LoginThrottle, SqlThrottleBackend
from safeguarding.store import Store


class BackendError(RuntimeError):
    """The configured session backend cannot be reached; the message says which and why."""


@dataclass(frozen=True)
class LoginState:
    """The sessions and the login throttle every server process shares."""

    settings: SessionSettings
    sessions: Sessions
    throttle: LoginThrottle


def open_login_state(store: Store, config: HasSections | None) -> LoginState:
    """Sessions and throttle in the store, or in Redis when `sessions.backend: redis`."""
    settings = load_session_settings(config)
    if settings.backend == "redis":
        import redis

        from safeguarding.accounts.redis_state import RedisSessionBackend, RedisThrottleBackend, connect

        try:
            client = connect(settings.redis_url)
        except redis.RedisError as exc:
            raise BackendError(
                f"sessions.redis_url {settings.redis_url!r}: cannot reach Redis: {exc}"
            ) from None
        return LoginState(
            settings,
            Sessions(RedisSessionBackend(client, settings.redis_prefix), settings),
            LoginThrottle(RedisThrottleBackend(client, settings.redis_prefix), settings.throttle),
        )
    return LoginState(
        settings,
        Sessions(SqlSessionBackend(store), settings),
        LoginThrottle(SqlThrottleBackend(store), settings.throttle),
    )
