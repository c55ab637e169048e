"""Reviewer wellbeing: how many items a reviewer has seen this session, and when to suggest a break.

The count lives in a signed cookie beside the session cookie: it is about the reviewer, not the case,
so it needs no table, and it starts again at every log-in.

```yaml
review:
  break_after: 20   # suggest a break after this many items seen since the last one
```
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from itsdangerous import BadSignature, URLSafeSerializer

COOKIE_NAME = "sg_ui_seen"
DEFAULT_BREAK_AFTER = 20
_SALT = "safeguarding-ui-wellbeing-v1"


class ReviewSettingsError(ValueError):
    pass


def break_after_from(config: Any) -> int:
    """`review.break_after` from the configuration (an object with `.section(name)`), default 20."""
    section = config.section("review") if config is not None else {}
    value = section.get("break_after", DEFAULT_BREAK_AFTER)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ReviewSettingsError(f"config review.break_after must be a whole number >= 1, not {value!r}")
    return value


@dataclass(frozen=True)
class SeenCount:
    seen: int = 0
    since_break: int = 0
    last_case: int = 0
    break_after: int = DEFAULT_BREAK_AFTER

    @property
    def break_due(self) -> bool:
        return self.since_break >= self.break_after

    def saw_case(self, case_id: int, items: int) -> SeenCount:
        """Count a case's items once, the first time its page is shown (a reload does not count)."""
        if case_id == self.last_case:
            return self
        return replace(self, seen=self.seen + items, since_break=self.since_break + items, last_case=case_id)

    def took_break(self) -> SeenCount:
        return replace(self, since_break=0)


def _serializer(secret: str) -> URLSafeSerializer:
    return URLSafeSerializer(secret, salt=_SALT)


def read_seen(raw: str | None, secret: str, break_after: int) -> SeenCount:
    if raw:
        try:
            data = _serializer(secret).loads(raw)
        except BadSignature:
            data = None
        if isinstance(data, list) and len(data) == 3 and all(isinstance(v, int) and v >= 0 for v in data):
            return SeenCount(data[0], data[1], data[2], break_after)
    return SeenCount(break_after=break_after)


def dump_seen(count: SeenCount, secret: str) -> str:
    return _serializer(secret).dumps([count.seen, count.since_break, count.last_case])
