"""The review queue as reviewers filter and page it: filters, text search, keyset pages, counts.

- Filters: kind, priority, status, held by (nobody, a reviewer), detector, age (waiting at least /
  at most so many hours), and a text search over case summaries (case-insensitive substring).
- Pages are keyset pages in queue order (priority, created_at, id): a page asks for the rows after
  the last one of the previous page (`cursor`), so page 2,000 costs what page 1 costs, where OFFSET
  would read and throw away every earlier row.
- Counts per filter value (facets): for each filter, how many cases each of its values would give
  with the *other* filters applied, from one grouped query.

Every query on the active queue (open and escalated cases) carries `status IN ('open', 'escalated')`
word for word as the partial indexes of migration 0008 do, so PostgreSQL and SQLite use them.
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from sqlalchemy import and_, func, or_, select, text, tuple_
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from safeguarding.cases.models import ACTIVE_STATUSES, CASE_STATUSES, Case
from safeguarding.cases.service import CaseError, as_utc, visibility_filter

MAX_PAGE = 200
MAX_SEARCH = 200
NOBODY = "nobody"
#: Literally the predicate of the partial indexes (migration 0008).
ACTIVE_SQL = "cases.status IN ('open', 'escalated')"
#: As text: a boolean literal_column would get "= 1" appended on SQLite, which no longer matches.
ACTIVE_QUEUE = cast(ColumnElement[bool], text(ACTIVE_SQL))
FACETS = ("kind", "priority", "status", "held_by", "detector")


@dataclass(frozen=True)
class QueueFilter:
    """What a reviewer chose to see. Empty fields do not filter.

    status: one of CASE_STATUSES; empty means the active queue (open and escalated).
    held_by: "nobody" (not leased now) or a reviewer's name (holding a live lease).
    min_age_hours / max_age_hours: waiting at least / at most this many hours.
    search: words that must appear, in this order, in the case summary (case-insensitive).
    """

    kind: str = ""
    priority: int | None = None
    status: str = ""
    held_by: str = ""
    detector: str = ""
    min_age_hours: int | None = None
    max_age_hours: int | None = None
    search: str = ""

    def __post_init__(self) -> None:
        if self.status and self.status not in CASE_STATUSES:
            raise CaseError(f"unknown status {self.status!r}; choose one of: {', '.join(CASE_STATUSES)}")
        if len(self.kind) > 64 or len(self.detector) > 64 or len(self.held_by) > 100:
            raise CaseError("kind and detector must be at most 64 characters, held_by at most 100")
        if len(self.search) > MAX_SEARCH:
            raise CaseError(f"search must be at most {MAX_SEARCH} characters")
        if self.priority is not None and not 0 <= self.priority <= 99:
            raise CaseError("priority must be between 0 and 99")
        for name in ("min_age_hours", "max_age_hours"):
            value = getattr(self, name)
            if value is not None and not 0 <= value <= 24 * 366 * 10:
                raise CaseError(f"{name} must be between 0 and {24 * 366 * 10}")

    @property
    def active_only(self) -> bool:
        return not self.status or self.status in ACTIVE_STATUSES

    def as_dict(self) -> dict[str, Any]:
        """The non-empty fields (for URLs, cookies and the API)."""
        return {key: value for key, value in asdict(self).items() if value not in ("", None)}

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> QueueFilter:
        """From form fields or JSON: empty strings mean no filter; bad values raise CaseError."""

        def number(name: str) -> int | None:
            value = raw.get(name)
            if value in (None, ""):
                return None
            try:
                return int(value)
            except (TypeError, ValueError):
                raise CaseError(f"{name} must be a whole number, not {value!r}") from None

        def word(name: str) -> str:
            value = raw.get(name)
            return "" if value is None else str(value).strip()

        return cls(
            kind=word("kind"),
            priority=number("priority"),
            status=word("status"),
            held_by=word("held_by"),
            detector=word("detector"),
            min_age_hours=number("min_age_hours"),
            max_age_hours=number("max_age_hours"),
            search=word("search"),
        )


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _lease_live(now: datetime) -> ColumnElement[bool]:
    return and_(Case.lease_holder.is_not(None), Case.lease_expires_at > now)


def _scope(role: str, chosen: QueueFilter, now: datetime) -> list[ColumnElement[bool]]:
    """What every count and page shares: the role's visibility, active or closed cases, search, age."""
    conditions: list[ColumnElement[bool]] = [visibility_filter(role)]
    conditions.append(ACTIVE_QUEUE if chosen.active_only else Case.status == chosen.status)
    if chosen.search:
        pattern = "%" + "%".join(_escape_like(word) for word in chosen.search.split()) + "%"
        conditions.append(Case.summary.ilike(pattern, escape="\\"))
    if chosen.min_age_hours is not None:
        conditions.append(Case.created_at <= now - timedelta(hours=chosen.min_age_hours))
    if chosen.max_age_hours is not None:
        conditions.append(Case.created_at >= now - timedelta(hours=chosen.max_age_hours))
    return conditions


def _facet_conditions(chosen: QueueFilter, now: datetime, skip: str = "") -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if chosen.kind and skip != "kind":
        conditions.append(Case.kind == chosen.kind)
    if chosen.priority is not None and skip != "priority":
        conditions.append(Case.priority == chosen.priority)
    if chosen.status and skip != "status":
        conditions.append(Case.status == chosen.status)
    if chosen.detector and skip != "detector":
        conditions.append(Case.detector == chosen.detector)
    if chosen.held_by and skip != "held_by":
        if chosen.held_by == NOBODY:
            conditions.append(or_(Case.lease_holder.is_(None), Case.lease_expires_at <= now))
        else:
            conditions.append(and_(Case.lease_holder == chosen.held_by, Case.lease_expires_at > now))
    return conditions


def queue_conditions(
    role: str, chosen: QueueFilter, now: datetime | None = None
) -> list[ColumnElement[bool]]:
    """Every WHERE condition of `chosen` for `role` (also what claim_next narrows its choice by)."""
    moment = now or datetime.now(UTC)
    return _scope(role, chosen, moment) + _facet_conditions(chosen, moment)


# --- keyset cursors ----------------------------------------------------------------------------


def encode_cursor(case: Case) -> str:
    created = as_utc(case.created_at)
    assert created is not None
    raw = json.dumps([case.priority, created.isoformat(), case.id], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode("utf-8")).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> tuple[int, datetime, int]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        priority, created, case_id = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
        moment = datetime.fromisoformat(created)
        if not (isinstance(priority, int) and isinstance(case_id, int)):
            raise ValueError
    except (ValueError, TypeError, UnicodeError, json.JSONDecodeError):
        raise CaseError(f"cursor {cursor[:40]!r} is not one this queue handed out") from None
    return priority, moment, case_id


@dataclass(frozen=True)
class QueuePage:
    cases: list[Case]
    next_cursor: str | None


def queue_page(
    session: Session,
    role: str,
    chosen: QueueFilter,
    *,
    cursor: str | None = None,
    limit: int = 50,
    now: datetime | None = None,
) -> QueuePage:
    """One page of the filtered queue in queue order, after `cursor` (the previous page's next_cursor)."""
    if not 1 <= limit <= MAX_PAGE:
        raise CaseError(f"limit must be between 1 and {MAX_PAGE}")
    query = select(Case).where(*queue_conditions(role, chosen, now))
    if cursor:
        priority, created, case_id = decode_cursor(cursor)
        if session.get_bind().dialect.name == "sqlite":
            # SQLite stores naive UTC datetimes as text: compare like with like.
            created = created.astimezone(UTC).replace(tzinfo=None)
        query = query.where(
            tuple_(Case.priority, Case.created_at, Case.id) > tuple_(priority, created, case_id)
        )
    # With a search, walking the queue-order index and testing each summary can read most of the
    # queue before it finds a page (neither planner knows how rare the words are): `priority + 0`
    # keeps it off that plan, so the matches are found first (PostgreSQL: the trigram index) and sorted.
    first = Case.priority + 0 if chosen.search else Case.priority
    query = query.order_by(first, Case.created_at, Case.id).limit(limit + 1)
    found = list(session.scalars(query))
    more = len(found) > limit
    found = found[:limit]
    return QueuePage(found, encode_cursor(found[-1]) if more and found else None)


# --- counts per filter value -------------------------------------------------------------------


def queue_counts(
    session: Session, role: str, chosen: QueueFilter, now: datetime | None = None
) -> dict[str, Any]:
    """{"total": n, "kind": {value: n}, "priority": {...}, "status": {...}, "held_by": {...},
    "detector": {...}}: for each filter, the count of each value with the other filters applied."""
    moment = now or datetime.now(UTC)
    holder = sql_case((_lease_live(moment), Case.lease_holder), else_=None)
    rows = session.execute(
        select(Case.kind, Case.priority, Case.status, holder, Case.detector, func.count())
        .where(*_scope(role, chosen, moment))
        .group_by(Case.kind, Case.priority, Case.status, holder, Case.detector)
    ).all()
    groups = [
        ({"kind": k, "priority": p, "status": s, "held_by": h or NOBODY, "detector": d}, int(n))
        for k, p, s, h, d, n in rows
    ]
    wanted = {
        "kind": chosen.kind or None,
        "priority": chosen.priority,
        "status": chosen.status or None,
        "held_by": chosen.held_by or None,
        "detector": chosen.detector or None,
    }

    def matches(values: dict[str, Any], skip: str) -> bool:
        return all(w is None or values[f] == w for f, w in wanted.items() if f != skip)

    counts: dict[str, Any] = {"total": sum(n for values, n in groups if matches(values, ""))}
    for facet in FACETS:
        by_value: dict[Any, int] = {}
        for values, n in groups:
            if matches(values, facet):
                by_value[values[facet]] = by_value.get(values[facet], 0) + n
        counts[facet] = dict(sorted(by_value.items(), key=lambda kv: str(kv[0])))
    return counts


def without(chosen: QueueFilter, **cleared: Any) -> QueueFilter:
    return replace(chosen, **cleared)
