"""SQL expressions that read the same on SQLite and PostgreSQL: buckets, durations, percentiles.

Everything here builds SQLAlchemy expressions; the database does the counting, Python only
shapes the aggregated rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Float, Select, cast, func, literal, select
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement


def dialect_of(session: Session) -> str:
    return session.get_bind().dialect.name


def bound(moment: datetime, dialect: str) -> datetime:
    """A UTC datetime as the column compares it: SQLite keeps naive UTC text."""
    utc = moment.astimezone(UTC)
    return utc.replace(tzinfo=None) if dialect == "sqlite" else utc


def bucket_label(column: Any, by: str, dialect: str) -> ColumnElement[Any]:
    """The first day of the day/week (Monday)/month `column` falls in, in UTC: a timestamp on
    PostgreSQL (cheaper to group by than text), 'YYYY-MM-DD' on SQLite; `bucket_text` reads both."""
    if dialect == "postgresql":
        return func.date_trunc(by, func.timezone("UTC", column))
    if by == "day":
        return func.date(column)
    if by == "week":
        return func.date(column, "-6 days", "weekday 1")
    return func.strftime("%Y-%m-01", column)


def bucket_text(value: Any) -> str:
    """A bucket value from `bucket_label` as 'YYYY-MM-DD'."""
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    return str(value)


def seconds_between(later: Any, earlier: Any, dialect: str) -> ColumnElement[float]:
    """later − earlier in seconds (a float)."""
    if dialect == "postgresql":
        return cast(func.extract("epoch", later - earlier), Float)
    return (func.julianday(later) - func.julianday(earlier)) * 86400.0


def band_label(value: Any, edges: Sequence[float]) -> ColumnElement[str]:
    """'<0.5', '0.5-0.7', ..., '>=0.9' for a numeric expression; 'unscored' when it is NULL."""
    whens: list[tuple[Any, str]] = [(value.is_(None), "unscored")]
    lower: float | None = None
    for edge in edges:
        label = f"<{edge:g}" if lower is None else f"{lower:g}-{edge:g}"
        whens.append((value < edge, label))
        lower = edge
    return sql_case(*whens, else_=f">={lower:g}" if lower is not None else "all")


def histogram_bin(seconds: Any, edges_hours: Sequence[float]) -> ColumnElement[int]:
    """The index of the first edge (hours) the duration is within; len(edges) beyond the last."""
    whens = [(seconds <= edge * 3600.0, index) for index, edge in enumerate(edges_hours)]
    return sql_case(*whens, else_=len(edges_hours))


def nearest_rank_percentiles(
    session: Session, durations: Select[Any], fractions: Sequence[float]
) -> dict[Any, dict[str, float]]:
    """Per group: count, max and the nearest-rank percentiles of `durations` (columns: grp, seconds,
    and optionally level: then "within" counts the durations at most their level).

    Window functions (row_number, count over a partition) exist in both databases, so the sort
    happens in the database and only one row per group comes back. Returns
    {grp: {"count": n, "max": s, "p50": s, ...}} with keys f"p{round(fraction * 100)}".
    """
    inner = durations.subquery("durations")
    if dialect_of(session) == "postgresql":
        return _percentile_disc(session, inner, fractions)
    ranked = select(
        inner.c.grp,
        inner.c.seconds,
        func.row_number().over(partition_by=inner.c.grp, order_by=inner.c.seconds).label("rn"),
        func.count().over(partition_by=inner.c.grp).label("n"),
        *([inner.c.level] if "level" in inner.c else []),
    ).subquery("ranked")
    columns: list[Any] = [ranked.c.grp, func.max(ranked.c.n), func.max(ranked.c.seconds)]
    if "level" in inner.c:
        columns.append(func.sum(sql_case((ranked.c.seconds <= ranked.c.level, 1), else_=0)))
    names = []
    for fraction in fractions:
        percent = round(fraction * 100)
        # nearest rank: ceil(n * p / 100) in integer arithmetic, the same in both databases
        rank = (ranked.c.n * percent + 99) // 100
        columns.append(func.max(sql_case((ranked.c.rn == rank, ranked.c.seconds))))
        names.append(f"p{percent}")
    rows = session.execute(select(*columns).group_by(ranked.c.grp)).all()
    result: dict[Any, dict[str, float]] = {}
    with_level = "level" in inner.c
    for grp, count, maximum, *values in rows:
        entry = {"count": float(count), "max": float(maximum)}
        if with_level:
            entry["within"] = float(values.pop(0) or 0)
        entry.update({name: float(value) for name, value in zip(names, values, strict=True)})
        result[grp] = entry
    return result


def as_literal(value: Any) -> Any:
    return literal(value)


def _percentile_disc(session: Session, inner: Any, fractions: Sequence[float]) -> dict[Any, dict[str, float]]:
    """PostgreSQL's ordered-set aggregate: percentile_disc(p) is the nearest-rank percentile, in one
    grouped pass instead of a window over every row."""
    columns: list[Any] = [inner.c.grp, func.count(), func.max(inner.c.seconds)]
    with_level = "level" in inner.c
    if with_level:
        columns.append(func.sum(sql_case((inner.c.seconds <= inner.c.level, 1), else_=0)))
    names = []
    for fraction in fractions:
        columns.append(func.percentile_disc(fraction).within_group(inner.c.seconds))
        names.append(f"p{round(fraction * 100)}")
    result: dict[Any, dict[str, float]] = {}
    for grp, count, maximum, *values in session.execute(select(*columns).group_by(inner.c.grp)).all():
        entry = {"count": float(count), "max": float(maximum)}
        if with_level:
            entry["within"] = float(values.pop(0) or 0)
        entry.update({name: float(value) for name, value in zip(names, values, strict=True)})
        result[grp] = entry
    return result
