"""Recording exposure, and the totals the break reminder, the daily limits and the admin view read.

```yaml
review:
  break_after:            # remind the reviewer to take a break once any of these is reached
    media_revealed: 10    #   since their last break in this log-in session
    thumbnail_shown: 40   # (a whole number instead of a mapping sets every kind to it)
    message_shown: 150
    ad_shown: 60
  daily_limit:            # per reviewer and UTC day; once one is reached, no new cases that day
    media_revealed: null  # null (the default): no limit
    thumbnail_shown: null
    message_shown: null
    ad_shown: null
```

The defaults are starting points, not figures from a study: no published work gives a safe number of
items per sitting. Set them with the team's wellbeing lead.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from safeguarding.exposure.models import BREAK, EXPOSURE_KINDS, ExposureEvent

DEFAULT_BREAK_AFTER: dict[str, int] = {
    "media_revealed": 10,
    "thumbnail_shown": 40,
    "message_shown": 150,
    "ad_shown": 60,
}
KIND_LABELS = {
    "media_revealed": "media revealed",
    "thumbnail_shown": "blurred thumbnails",
    "message_shown": "messages",
    "ad_shown": "ads",
}


class ExposureSettingsError(ValueError):
    """A `review` setting is wrong; the message names it."""


@dataclass(frozen=True)
class ExposureSettings:
    break_after: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_BREAK_AFTER))
    daily_limit: Mapping[str, int] = field(default_factory=dict)


def _whole(value: Any, name: str, *, minimum: int = 1) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ExposureSettingsError(f"config {name} must be a whole number >= {minimum}, not {value!r}")
    return value


def _per_kind(value: Any, name: str) -> dict[str, int | None]:
    if isinstance(value, int) and not isinstance(value, bool):
        return dict.fromkeys(EXPOSURE_KINDS, _whole(value, name))
    if not isinstance(value, dict):
        raise ExposureSettingsError(
            f"config {name} must be a whole number >= 1 or a mapping of {', '.join(EXPOSURE_KINDS)}, "
            f"not {value!r}"
        )
    unknown = sorted(set(value) - set(EXPOSURE_KINDS))
    if unknown:
        raise ExposureSettingsError(
            f"config {name}: unknown kind {unknown[0]!r}; choose from {', '.join(EXPOSURE_KINDS)}"
        )
    return {
        kind: None if number is None else _whole(number, f"{name}.{kind}") for kind, number in value.items()
    }


def load_exposure_settings(config: Any) -> ExposureSettings:
    """The `review` section's break_after and daily_limit (config: an object with `.section(name)`)."""
    section = config.section("review") if config is not None else {}
    breaks: dict[str, int | None] = dict(DEFAULT_BREAK_AFTER)
    if "break_after" in section:
        breaks.update(_per_kind(section["break_after"], "review.break_after"))
    limits = _per_kind(section.get("daily_limit") or {}, "review.daily_limit")
    return ExposureSettings(
        break_after={kind: number for kind, number in breaks.items() if number is not None},
        daily_limit={kind: number for kind, number in limits.items() if number is not None},
    )


def session_key_for(secret: str) -> str:
    """A stable key for one log-in session, derived from a per-session secret (never stored as is)."""
    return hashlib.sha256(b"exposure:" + secret.encode("utf-8")).hexdigest()[:32]


def message_subject(conversation_id: str, index: int) -> str:
    digest = hashlib.sha256(conversation_id.encode("utf-8")).hexdigest()[:16]
    return f"conversation:{digest}:message:{index}"


def _insert(session: Session) -> Any:
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql_insert(ExposureEvent).on_conflict_do_nothing()
    if dialect == "sqlite":
        return sqlite_insert(ExposureEvent).on_conflict_do_nothing()
    return insert(ExposureEvent)


def record_exposure(
    session: Session,
    reviewer: str,
    session_key: str,
    kind: str,
    *,
    subjects: Iterable[str] | None = None,
    amount: int = 1,
    case_id: int | None = None,
    now: datetime | None = None,
) -> int:
    """Count what `reviewer` was shown; returns how many were new.

    With `subjects`, each subject counts once per session (a reload shows nothing new); without,
    `amount` is added every time (a reveal is a new exposure each time).
    """
    if kind not in EXPOSURE_KINDS:
        raise ValueError(f"unknown exposure kind {kind!r}; choose one of: {', '.join(EXPOSURE_KINDS)}")
    moment = now or datetime.now(UTC)
    base = {
        "reviewer": reviewer,
        "session_key": session_key,
        "kind": kind,
        "case_id": case_id,
        "day": moment.date(),
        "shown_at": moment,
    }
    if subjects is None:
        if amount < 1:
            return 0
        session.execute(insert(ExposureEvent), [base | {"subject": None, "amount": amount}])
        return amount
    rows = [base | {"subject": subject[:200], "amount": 1} for subject in dict.fromkeys(subjects)]
    if not rows:
        return 0
    result = session.execute(_insert(session), rows)
    return int(getattr(result, "rowcount", 0) or 0)


def record_break(session: Session, reviewer: str, session_key: str, now: datetime | None = None) -> None:
    moment = now or datetime.now(UTC)
    session.add(
        ExposureEvent(
            reviewer=reviewer,
            session_key=session_key,
            kind=BREAK,
            subject=None,
            amount=0,
            day=moment.date(),
            shown_at=moment,
        )
    )
    session.flush()


@dataclass(frozen=True)
class Exposure:
    """One session's counts by kind: in all, and since the last break."""

    total: Mapping[str, int]
    since_break: Mapping[str, int]
    break_after: Mapping[str, int]

    @property
    def break_due(self) -> bool:
        return any(self.since_break.get(kind, 0) >= limit for kind, limit in self.break_after.items())

    def rows(self) -> list[dict[str, Any]]:
        return [
            {
                "kind": kind,
                "label": KIND_LABELS[kind],
                "total": self.total.get(kind, 0),
                "since_break": self.since_break.get(kind, 0),
            }
            for kind in EXPOSURE_KINDS
        ]

    @property
    def since_break_text(self) -> str:
        parts = [f"{self.since_break[k]} {KIND_LABELS[k]}" for k in EXPOSURE_KINDS if self.since_break.get(k)]
        return ", ".join(parts) or "nothing"


NO_EXPOSURE = Exposure({}, {}, DEFAULT_BREAK_AFTER)


def session_exposure(session: Session, session_key: str, settings: ExposureSettings) -> Exposure:
    last_break = session.scalar(
        select(func.max(ExposureEvent.id)).where(
            ExposureEvent.session_key == session_key, ExposureEvent.kind == BREAK
        )
    )
    after = last_break or 0
    since_break = func.sum(ExposureEvent.amount).filter(ExposureEvent.id > after)
    rows = session.execute(
        select(ExposureEvent.kind, func.sum(ExposureEvent.amount), since_break)
        .where(ExposureEvent.session_key == session_key, ExposureEvent.kind != BREAK)
        .group_by(ExposureEvent.kind)
    ).all()
    return Exposure(
        total={kind: int(total or 0) for kind, total, _ in rows},
        since_break={kind: int(since or 0) for kind, _, since in rows},
        break_after=settings.break_after,
    )


def today_exposure(session: Session, reviewer: str, day: date | None = None) -> dict[str, int]:
    when = day or datetime.now(UTC).date()
    rows = session.execute(
        select(ExposureEvent.kind, func.sum(ExposureEvent.amount))
        .where(ExposureEvent.reviewer == reviewer, ExposureEvent.day == when, ExposureEvent.kind != BREAK)
        .group_by(ExposureEvent.kind)
    ).all()
    return {kind: int(total or 0) for kind, total in rows}


def limit_reached(
    session: Session, reviewer: str, settings: ExposureSettings, day: date | None = None
) -> str | None:
    """A kind message when a daily limit of `reviewer` is reached today, else None."""
    if not settings.daily_limit:
        return None
    today = today_exposure(session, reviewer, day)
    reached = [
        f"{KIND_LABELS[kind]}: {today.get(kind, 0)} of {limit}"
        for kind, limit in settings.daily_limit.items()
        if today.get(kind, 0) >= limit
    ]
    if not reached:
        return None
    return (
        "You have reached today's exposure limit ("
        + "; ".join(reached)
        + "). Thank you for the work you did today. New cases now go to your colleagues; "
        "please finish what you hold, then rest. The limit starts again tomorrow (UTC)."
    )


def daily_report(session: Session, days: int = 7, now: datetime | None = None) -> list[dict[str, Any]]:
    """Exposure per reviewer and day over the last `days` days, newest day first (for admins)."""
    since = (now or datetime.now(UTC)).date() - timedelta(days=days - 1)
    rows = session.execute(
        select(
            ExposureEvent.day,
            ExposureEvent.reviewer,
            ExposureEvent.kind,
            func.sum(ExposureEvent.amount),
            func.count(func.distinct(ExposureEvent.session_key)),
        )
        .where(ExposureEvent.day >= since, ExposureEvent.kind != BREAK)
        .group_by(ExposureEvent.day, ExposureEvent.reviewer, ExposureEvent.kind)
    ).all()
    report: dict[tuple[date, str], dict[str, Any]] = {}
    for day, reviewer, kind, total, sessions in rows:
        entry = report.setdefault(
            (day, reviewer),
            {"day": day.isoformat(), "reviewer": reviewer, "sessions": 0} | dict.fromkeys(EXPOSURE_KINDS, 0),
        )
        entry[kind] = int(total or 0)
        entry["sessions"] = max(entry["sessions"], int(sessions))
    return [report[key] for key in sorted(report, key=lambda k: (k[0], k[1]), reverse=True)]
