"""The time window every metric is computed over, and how it is cut into buckets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

BY_CHOICES = ("day", "week", "month")
DEFAULT_DAYS = 84  # twelve weeks: enough for a trend, small enough to read


class PeriodError(ValueError):
    """A period option is malformed; the message names the option and the problem."""


def _parse_day(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise PeriodError(
            f"{option} {value!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-01-31"
        ) from None


def bucket_start(moment: date, by: str) -> date:
    """The first day of the bucket `moment` falls in (weeks start on Monday, ISO 8601)."""
    if by == "day":
        return moment
    if by == "week":
        return moment - timedelta(days=moment.weekday())
    return moment.replace(day=1)


def _next_bucket(start: date, by: str) -> date:
    if by == "day":
        return start + timedelta(days=1)
    if by == "week":
        return start + timedelta(days=7)
    return (start.replace(day=28) + timedelta(days=4)).replace(day=1)


@dataclass(frozen=True)
class Period:
    """[start, end) in UTC, cut into buckets of one `by` (day, week or month).

    Build it with `Period.parse` from the command line's --from/--to (dates, --to inclusive) or
    directly from two aware datetimes. Bucket labels are the ISO date of each bucket's first day
    ("2026-11-30" for the week of Monday 30 November), the same on SQLite and PostgreSQL.
    """

    start: datetime
    end: datetime
    by: str = "week"

    def __post_init__(self) -> None:
        if self.by not in BY_CHOICES:
            raise PeriodError(f"--by {self.by!r} is not one of: {', '.join(BY_CHOICES)}")
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise PeriodError("period bounds must be timezone-aware (UTC)")
        if self.end <= self.start:
            raise PeriodError(
                f"--to ({(self.end - timedelta(days=1)).date()}) is before --from ({self.start.date()})"
            )

    @classmethod
    def parse(
        cls,
        start: str | None = None,
        end: str | None = None,
        by: str = "week",
        *,
        today: date | None = None,
        default_days: int = DEFAULT_DAYS,
    ) -> Period:
        """From YYYY-MM-DD strings: `end` is inclusive (the whole day counts). Without `end`: today;
        without `start`: `default_days` before the end. Raises PeriodError with a clear message."""
        last = _parse_day(end, "--to") if end else (today or datetime.now(UTC).date())
        first = _parse_day(start, "--from") if start else last - timedelta(days=default_days - 1)
        if last < first:
            raise PeriodError(f"--to ({last}) is before --from ({first})")
        if (last - first).days > 366 * 20:
            raise PeriodError(f"--from {first} to --to {last} spans more than 20 years")
        to_datetime = lambda d: datetime(d.year, d.month, d.day, tzinfo=UTC)  # noqa: E731
        return cls(to_datetime(first), to_datetime(last + timedelta(days=1)), by)

    def buckets(self) -> list[str]:
        """Every bucket label in the period, in order (also the empty ones, so charts show gaps)."""
        labels = []
        current = bucket_start(self.start.date(), self.by)
        while current < self.end.date():
            labels.append(current.isoformat())
            current = _next_bucket(current, self.by)
        return labels

    def describe(self) -> str:
        return f"{self.start.date()} to {(self.end - timedelta(days=1)).date()} by {self.by}"
