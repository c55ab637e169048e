"""Every measurement metric, defined once: the CLI (`safeguarding stats`), the API (`/v1/stats/...`),
the dashboard (/ui/dashboard) and the transparency reports all call these functions.

Each metric is one function `metric(session, period, *, settings=None, now=None)` returning a list
of frozen dataclass rows (or one row). The database aggregates (GROUP BY, window functions); Python
only maps detection kinds to detectors and categories and computes intervals over the aggregated
counts, so the cost does not grow with the rows returned. The same queries run on SQLite and
PostgreSQL (safeguarding.measurement.sql).

Units and sources (docs/MEASUREMENT.md has the full definitions and caveats):
- a *detection* is a case item (`case_items`), dated by when the platform recorded it; its detector
  and category come from its kind (`detector_of`, `category_of`). Audit items (kind "audit") are
  not detections.
- a *review* is a confirm, dismiss or escalate decision; a *decision* is confirm or dismiss.
- durations are seconds from the case's creation; service levels come from MeasurementSettings.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, is_dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import ARRAY, Float, and_, func, literal, null, select
from sqlalchemy import case as sql_case
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from safeguarding.cases.models import Case, CaseItem, Decision
from safeguarding.cases.severity import detector_of
from safeguarding.evidence.models import EvidenceHold
from safeguarding.exposure.models import EXPOSURE_KINDS, ExposureEvent
from safeguarding.measurement.models import DoubleReview
from safeguarding.measurement.period import Period
from safeguarding.measurement.settings import STAGES, MeasurementSettings
from safeguarding.measurement.sql import (
    band_label,
    bound,
    bucket_label,
    bucket_text,
    dialect_of,
    histogram_bin,
    nearest_rank_percentiles,
    seconds_between,
)
from safeguarding.reports.models import ReportFile, ReportSubmission

AUDIT_KIND = "audit"
REVIEW_ACTIONS = ("confirm", "dismiss", "escalate")
DECISION_ACTIONS = ("confirm", "dismiss")

#: The harm category of each detection kind (the DSA statement-of-reasons categories the
#: transparency reports map them to are in safeguarding.measurement.transparency).
CATEGORY_OF_KIND: dict[str, str] = {
    "media_match": "child_sexual_abuse_material",
    "live_stream": "child_sexual_abuse_material",
    "grooming_warning": "grooming",
    "meeting_arranged": "grooming",
    "crisis": "grooming",
    "sextortion_warning": "sextortion",
    "ad_network": "human_trafficking",
    "payment_pattern": "live_streamed_abuse_payments",
}

#: Upper edges (hours) of the duration histograms; the last bin is "beyond".
TIMING_BINS_HOURS = (1.0, 4.0, 24.0, 48.0, 168.0, 336.0, 720.0)
BACKLOG_BINS_HOURS = (1.0, 4.0, 24.0, 72.0, 168.0, 336.0, 720.0)


def category_of(kind: str) -> str:
    return CATEGORY_OF_KIND.get(kind, "other")


# --- rows ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DetectionRow:
    """Detections (case items) recorded in one bucket by one detector in one category."""

    bucket: str
    detector: str
    category: str
    count: int


@dataclass(frozen=True)
class DistinctCounts:
    """Distinct things the period's detections are about (group keys "account:", "network:", ...)."""

    detections: int
    cases: int
    accounts: int
    networks: int
    conversations: int


@dataclass(frozen=True)
class FunnelRow:
    """Detections of one detector: recorded → reviewed (any review) → confirmed → reported."""

    detector: str
    detected: int
    reviewed: int
    confirmed: int
    reported: int


@dataclass(frozen=True)
class TimingRow:
    """Seconds from case creation to `stage` for the period's cases of one priority.

    count: cases that reached the stage; pending: cases that have not (yet). Percentiles are
    nearest-rank. within_service_level: of `count`, how many within `service_level_s` (None: no level).
    """

    stage: str
    priority: int
    cases: int
    count: int
    pending: int
    p50_s: float | None
    p90_s: float | None
    max_s: float | None
    service_level_s: float | None
    within_service_level: int | None


@dataclass(frozen=True)
class HistogramRow:
    """How many durations (stage, priority) fall in (previous edge, upper_hours]; None: beyond the last."""

    stage: str
    priority: int
    upper_hours: float | None
    count: int


@dataclass(frozen=True)
class BacklogRow:
    """Active cases now, by status (open, escalated) and priority, with their age in seconds."""

    status: str
    priority: int
    count: int
    age_p50_s: float
    age_p90_s: float
    age_max_s: float


@dataclass(frozen=True)
class PrecisionRow:
    """Precision = confirmed ÷ decided (confirmed + dismissed) of one detector's detections in one
    bucket and score band, with a 95% Wilson interval. Bucket "all" is the whole period."""

    bucket: str
    detector: str
    band: str
    confirmed: int
    decided: int
    precision: float | None
    low: float | None
    high: float | None


@dataclass(frozen=True)
class RecallRow:
    """Recall of one detector, only from audits (random samples of unflagged items, reviewed).

    missed: audit items reviewers confirmed (positives the detector did not flag), of `audited`
    decided audit items; population: unflagged items the latest audit was drawn from; flagged_confirmed:
    the detector's confirmed detections in the period. recall = flagged_confirmed ÷ (flagged_confirmed
    + miss_rate × population), its interval from the Wilson interval of the miss rate.
    """

    detector: str
    audited: int
    missed: int
    population: int
    flagged_confirmed: int
    miss_rate: float | None
    recall: float | None
    low: float | None
    high: float | None


@dataclass(frozen=True)
class Agreement:
    """Cohen's kappa between first and blind second reviews of the double-review sample.

    table: {first_action: {second_action: pairs}}; pending: drawn cases not yet second-reviewed.
    """

    pairs: int
    agreed: int
    pending: int
    kappa: float | None
    table: dict[str, dict[str, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class Reversals:
    """Escalations in the period, how many were then decided, and how many of those dismissed."""

    escalated: int
    decided: int
    reversed: int
    rate: float | None


@dataclass(frozen=True)
class ReportCounts:
    """Report submissions created in the period by outcome, their files, and evidence holds now."""

    sent: int
    failed: int
    pending: int
    retracted: int
    files: int
    holds_active: int
    holds_expiring: int
    expiring_days: int


@dataclass(frozen=True)
class ExposureRow:
    """What one reviewer was shown on one UTC day (admins only)."""

    day: str
    reviewer: str
    media_revealed: int
    thumbnail_shown: int
    message_shown: int
    ad_shown: int


# --- helpers -------------------------------------------------------------------------------------


def wilson_interval(successes: int, trials: int, z: float = 1.959964) -> tuple[float, float] | None:
    """The Wilson score interval of a proportion (95% by default); None without trials."""
    if trials <= 0:
        return None
    p = successes / trials
    denominator = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denominator
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def cohen_kappa(table: dict[str, dict[str, int]]) -> float | None:
    """Cohen's kappa of a square agreement table {rater1: {rater2: n}}; None when undefined."""
    labels = sorted(set(table) | {b for row in table.values() for b in row})
    total = sum(n for row in table.values() for n in row.values())
    if total == 0:
        return None
    observed = sum(table.get(label, {}).get(label, 0) for label in labels) / total
    expected = sum(
        sum(table.get(label, {}).values()) * sum(row.get(label, 0) for row in table.values())
        for label in labels
    ) / (total * total)
    if expected >= 1.0:
        return None  # both raters used one label only: agreement by chance is certain
    return (observed - expected) / (1 - expected)


def _context(session: Session, period: Period) -> tuple[str, datetime, datetime]:
    dialect = dialect_of(session)
    return dialect, bound(period.start, dialect), bound(period.end, dialect)


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


def _settings(settings: MeasurementSettings | None) -> MeasurementSettings:
    return settings or MeasurementSettings()


# --- metrics ---------------------------------------------------------------------------------------


def detections(
    session: Session,
    period: Period,
    *,
    settings: MeasurementSettings | None = None,
    now: datetime | None = None,
) -> list[DetectionRow]:
    """Detections per bucket, detector and category (one GROUP BY bucket, kind)."""
    dialect, start, end = _context(session, period)
    bucket = bucket_label(CaseItem.created_at, period.by, dialect)
    rows = session.execute(
        select(bucket, CaseItem.kind, func.count())
        .where(CaseItem.created_at >= start, CaseItem.created_at < end, CaseItem.kind != AUDIT_KIND)
        .group_by(bucket, CaseItem.kind)
    ).all()
    merged: dict[tuple[str, str, str], int] = {}
    for label, kind, count in rows:
        key = (bucket_text(label), detector_of(kind), category_of(kind))
        merged[key] = merged.get(key, 0) + int(count)
    return [DetectionRow(b, d, c, n) for (b, d, c), n in sorted(merged.items())]


def distinct_counts(
    session: Session,
    period: Period,
    *,
    settings: MeasurementSettings | None = None,
    now: datetime | None = None,
) -> DistinctCounts:
    """Detections, and the distinct cases, accounts, networks and conversations they are about."""
    _, start, end = _context(session, period)
    in_period = and_(CaseItem.created_at >= start, CaseItem.created_at < end, CaseItem.kind != AUDIT_KIND)
    count = session.scalar(select(func.count()).select_from(CaseItem).where(in_period))

    def distinct_keys(prefix: str) -> Any:
        return func.count(func.distinct(sql_case((Case.group_key.like(f"{prefix}:%"), Case.group_key))))

    # The cases first (a semi-join on the items' covering index), then their group keys: counting
    # distinct keys over every joined item row would sort a million rows.
    with_items = select(CaseItem.case_id).where(in_period)
    row = session.execute(
        select(
            func.count(), distinct_keys("account"), distinct_keys("network"), distinct_keys("conversation")
        )
        .select_from(Case)
        .where(Case.id.in_(with_items))
    ).one()
    return DistinctCounts(int(count or 0), *(int(value or 0) for value in row))


def funnel(
    session: Session,
    period: Period,
    *,
    settings: MeasurementSettings | None = None,
    now: datetime | None = None,
) -> list[FunnelRow]:
    """Per detector, the period's detections and how far they went: reviewed, confirmed, reported."""
    _, start, end = _context(session, period)

    def count_if(condition: Any) -> Any:
        return func.sum(sql_case((condition, 1), else_=0))

    rows = session.execute(
        select(
            CaseItem.kind,
            func.count(),
            count_if(CaseItem.status != "open"),
            count_if(CaseItem.status == "confirmed"),
            count_if(and_(CaseItem.status == "confirmed", Case.status == "reported")),
        )
        .select_from(CaseItem)
        .join(Case, Case.id == CaseItem.case_id)
        .where(CaseItem.created_at >= start, CaseItem.created_at < end, CaseItem.kind != AUDIT_KIND)
        .group_by(CaseItem.kind)
    ).all()
    merged: dict[str, list[int]] = {}
    for kind, *counts in rows:
        totals = merged.setdefault(detector_of(kind), [0, 0, 0, 0])
        for index, value in enumerate(counts):
            totals[index] += int(value or 0)
    return [FunnelRow(detector, *totals) for detector, totals in sorted(merged.items())]


def _stage_times(session: Session, stage: str) -> Any:
    """Subquery (case_id, at): when each case first reached `stage`."""
    if stage == "report":
        return (
            select(
                ReportSubmission.case_id.label("case_id"), func.min(ReportSubmission.finished_at).label("at")
            )
            .where(ReportSubmission.state == "finished", ReportSubmission.finished_at.is_not(None))
            .group_by(ReportSubmission.case_id)
            .subquery(f"reached_{stage}")
        )
    actions = REVIEW_ACTIONS if stage == "first_review" else DECISION_ACTIONS
    return (
        select(Decision.case_id.label("case_id"), func.min(Decision.created_at).label("at"))
        .where(Decision.action.in_(actions))
        .group_by(Decision.case_id)
        .subquery(f"reached_{stage}")
    )


def _stage_durations(session: Session, period: Period, stage: str) -> tuple[Any, Any]:
    dialect, start, end = _context(session, period)
    reached = _stage_times(session, stage)
    seconds = seconds_between(reached.c.at, Case.created_at, dialect)
    query = (
        select(Case.priority.label("grp"), seconds.label("seconds"))
        .select_from(Case)
        .join(reached, reached.c.case_id == Case.id)
        .where(Case.created_at >= start, Case.created_at < end, Case.kind != AUDIT_KIND)
    )
    return query, seconds


def time_to_action(
    session: Session,
    period: Period,
    *,
    settings: MeasurementSettings | None = None,
    now: datetime | None = None,
    stages: Sequence[str] = STAGES,
) -> list[TimingRow]:
    """Time from case creation to first review, to decision and to report, per priority, for the
    cases created in the period, with how many met the configured service level."""
    chosen = _settings(settings)
    dialect, start, end = _context(session, period)
    if dialect == "postgresql":
        return _time_to_action_one_pass(session, start, end, stages, chosen)
    case_totals = dict(
        session.execute(
            select(Case.priority, func.count())
            .where(Case.created_at >= start, Case.created_at < end, Case.kind != AUDIT_KIND)
            .group_by(Case.priority)
        ).all()
    )
    rows: list[TimingRow] = []
    for stage in stages:
        query, _ = _stage_durations(session, period, stage)
        levels = {p: chosen.service_level_seconds(p, stage) for p in case_totals}
        whens = [(Case.priority == p, level) for p, level in levels.items() if level is not None]
        if whens:  # one pass: percentiles and the count within the service level together
            query = query.add_columns(sql_case(*whens, else_=None).label("level"))
        stats = nearest_rank_percentiles(session, query, (0.5, 0.9))
        for priority, total in sorted(case_totals.items()):
            found = stats.get(priority)
            count = int(found["count"]) if found else 0
            level = levels.get(priority)
            rows.append(
                TimingRow(
                    stage=stage,
                    priority=int(priority),
                    cases=int(total),
                    count=count,
                    pending=int(total) - count,
                    p50_s=found["p50"] if found else None,
                    p90_s=found["p90"] if found else None,
                    max_s=found["max"] if found else None,
                    service_level_s=level,
                    within_service_level=None
                    if level is None
                    else int(found.get("within", 0) if found else 0),
                )
            )
    return rows


def _time_to_action_one_pass(
    session: Session, start: datetime, end: datetime, stages: Sequence[str], chosen: MeasurementSettings
) -> list[TimingRow]:
    """time_to_action on PostgreSQL in one grouped query: each case's first review, decision and
    report side by side (decisions read once), and percentile_disc per stage (it skips the NULLs of
    cases that have not reached the stage, which are counted as pending)."""
    reached = (
        select(
            Decision.case_id.label("case_id"),
            func.min(sql_case((Decision.action.in_(REVIEW_ACTIONS), Decision.created_at))).label(
                "first_review"
            ),
            func.min(sql_case((Decision.action.in_(DECISION_ACTIONS), Decision.created_at))).label(
                "decision"
            ),
        )
        .where(Decision.action.in_(REVIEW_ACTIONS))
        .group_by(Decision.case_id)
        .subquery("reached")
    )
    reported = _stage_times(session, "report")
    times = {"first_review": reached.c.first_review, "decision": reached.c.decision, "report": reported.c.at}
    seconds = {stage: seconds_between(times[stage], Case.created_at, "postgresql") for stage in stages}
    per_case = (
        select(Case.priority.label("grp"), *(value.label(stage) for stage, value in seconds.items()))
        .select_from(Case)
        .outerjoin(reached, reached.c.case_id == Case.id)
        .outerjoin(reported, reported.c.case_id == Case.id)
        .where(Case.created_at >= start, Case.created_at < end, Case.kind != AUDIT_KIND)
        .subquery("per_case")
    )
    columns: list[Any] = [per_case.c.grp, func.count()]
    for stage in stages:
        column = per_case.c[stage]
        whens = [
            (per_case.c.grp == p, level)
            for p, levels in chosen.service_levels.items()
            if (level := levels.get(stage)) is not None
        ]
        level_seconds = sql_case(*((w, float(h) * 3600.0) for w, h in whens), else_=None) if whens else null()
        columns += [
            func.count(column),
            func.max(column),
            # both percentiles from one sort of the stage's durations
            func.percentile_disc(postgresql.array([0.5, 0.9]), type_=ARRAY(Float)).within_group(column),
            func.sum(sql_case((column <= level_seconds, 1), else_=0)),
        ]
    found = session.execute(select(*columns).group_by(per_case.c.grp)).all()
    rows: list[TimingRow] = []
    for index, stage in enumerate(stages):
        for grp, total, *values in sorted(found, key=lambda r: r[0]):
            count, maximum, percentiles, within = values[index * 4 : index * 4 + 4]
            p50, p90 = percentiles if percentiles else (0.0, 0.0)  # NULL: no case reached the stage
            level = chosen.service_level_seconds(int(grp), stage)
            reached_any = int(count) > 0
            rows.append(
                TimingRow(
                    stage=stage,
                    priority=int(grp),
                    cases=int(total),
                    count=int(count),
                    pending=int(total) - int(count),
                    p50_s=float(p50) if reached_any else None,
                    p90_s=float(p90) if reached_any else None,
                    max_s=float(maximum) if reached_any else None,
                    service_level_s=level,
                    within_service_level=None if level is None else int(within or 0),
                )
            )
    return rows


def timing_histogram(
    session: Session,
    period: Period,
    *,
    settings: MeasurementSettings | None = None,
    now: datetime | None = None,
    stage: str = "decision",
) -> list[HistogramRow]:
    """The distribution of time to `stage` per priority, in the bins TIMING_BINS_HOURS."""
    query, _ = _stage_durations(session, period, stage)
    inner = query.subquery("timed")
    binned = histogram_bin(inner.c.seconds, TIMING_BINS_HOURS)
    rows = session.execute(select(inner.c.grp, binned, func.count()).group_by(inner.c.grp, binned)).all()
    return [
        HistogramRow(stage, int(p), TIMING_BINS_HOURS[b] if b < len(TIMING_BINS_HOURS) else None, int(n))
        for p, b, n in sorted(rows, key=lambda r: (r[0], r[1]))
    ]


def _active_ages(session: Session, now: datetime) -> tuple[Any, Any]:
    from safeguarding.cases.queue import ACTIVE_QUEUE  # the partial indexes' predicate, word for word

    dialect = dialect_of(session)
    age = seconds_between(literal(bound(now, dialect)), Case.created_at, dialect)
    return age, ACTIVE_QUEUE


def backlog(
    session: Session,
    period: Period | None = None,
    *,
    settings: MeasurementSettings | None = None,
    now: datetime | None = None,
) -> list[BacklogRow]:
    """Open and escalated cases now (the period does not apply), by status and priority, with ages."""
    age, active = _active_ages(session, _now(now))
    rows = []
    for status in ("open", "escalated"):
        query = select(Case.priority.label("grp"), age.label("seconds")).where(
            active, Case.status == status, Case.kind != AUDIT_KIND
        )
        for priority, values in sorted(nearest_rank_percentiles(session, query, (0.5, 0.9)).items()):
            rows.append(
                BacklogRow(
                    status, int(priority), int(values["count"]), values["p50"], values["p90"], values["max"]
                )
            )
    return rows


def backlog_age_histogram(
    session: Session,
    period: Period | None = None,
    *,
    settings: MeasurementSettings | None = None,
    now: datetime | None = None,
) -> list[HistogramRow]:
    """Active cases now by age bin (BACKLOG_BINS_HOURS) and priority; stage "backlog"."""
    age, active = _active_ages(session, _now(now))
    binned = histogram_bin(age, BACKLOG_BINS_HOURS)
    rows = session.execute(
        select(Case.priority, binned, func.count())
        .where(active, Case.kind != AUDIT_KIND)
        .group_by(Case.priority, binned)
    ).all()
    return [
        HistogramRow(
            "backlog", int(p), BACKLOG_BINS_HOURS[b] if b < len(BACKLOG_BINS_HOURS) else None, int(n)
        )
        for p, b, n in sorted(rows, key=lambda r: (r[0], r[1]))
    ]


def precision(
    session: Session,
    period: Period,
    *,
    settings: MeasurementSettings | None = None,
    now: datetime | None = None,
    over_time: bool = True,
) -> list[PrecisionRow]:
    """Per detector and score band (the item payload's "score", MeasurementSettings.precision_bands):
    confirmed ÷ decided, per bucket of detection time (and bucket "all" for the period)."""
    chosen = _settings(settings)
    dialect, start, end = _context(session, period)
    band = band_label(CaseItem.score, chosen.precision_bands)
    bucket = bucket_label(CaseItem.created_at, period.by, dialect)
    rows = session.execute(
        select(
            bucket,
            CaseItem.kind,
            band,
            func.sum(sql_case((CaseItem.status == "confirmed", 1), else_=0)),
            func.count(),
        )
        .where(
            CaseItem.created_at >= start,
            CaseItem.created_at < end,
            CaseItem.kind != AUDIT_KIND,
            CaseItem.status.in_(("confirmed", "dismissed")),
        )
        .group_by(bucket, CaseItem.kind, band)
    ).all()
    merged: dict[tuple[str, str, str], list[int]] = {}
    for label, kind, band_name, confirmed, decided in rows:
        keys = [("all", detector_of(kind), str(band_name))]
        if over_time:
            keys.append((bucket_text(label), detector_of(kind), str(band_name)))
        for key in keys:
            totals = merged.setdefault(key, [0, 0])
            totals[0] += int(confirmed or 0)
            totals[1] += int(decided)
    result = []
    for (label, detector, band_name), (confirmed, decided) in sorted(merged.items()):
        interval = wilson_interval(confirmed, decided)
        result.append(
            PrecisionRow(
                label,
                detector,
                band_name,
                confirmed,
                decided,
                confirmed / decided if decided else None,
                interval[0] if interval else None,
                interval[1] if interval else None,
            )
        )
    return result


def recall(
    session: Session,
    period: Period,
    *,
    settings: MeasurementSettings | None = None,
    now: datetime | None = None,
) -> list[RecallRow]:
    """Per audited detector, recall estimated from the period's decided audit cases only."""
    _, start, end = _context(session, period)
    audits = session.execute(
        select(
            Case.detector,
            func.sum(sql_case((CaseItem.status == "confirmed", 1), else_=0)),
            func.count(),
            func.max(CaseItem.payload["population"].as_integer()),
        )
        .select_from(CaseItem)
        .join(Case, Case.id == CaseItem.case_id)
        .where(
            Case.kind == AUDIT_KIND,
            CaseItem.kind == AUDIT_KIND,
            CaseItem.created_at >= start,
            CaseItem.created_at < end,
            CaseItem.status.in_(("confirmed", "dismissed")),
        )
        .group_by(Case.detector)
    ).all()
    if not audits:
        return []
    confirmed_by_detector: dict[str, int] = {}
    for kind, confirmed in session.execute(
        select(CaseItem.kind, func.count())
        .where(
            CaseItem.created_at >= start,
            CaseItem.created_at < end,
            CaseItem.kind != AUDIT_KIND,
            CaseItem.status == "confirmed",
        )
        .group_by(CaseItem.kind)
    ).all():
        detector = detector_of(kind)
        confirmed_by_detector[detector] = confirmed_by_detector.get(detector, 0) + int(confirmed)
    rows = []
    for detector, missed, audited, population in sorted(audits):
        missed, audited, population = int(missed or 0), int(audited), int(population or 0)
        flagged = confirmed_by_detector.get(detector, 0)
        interval = wilson_interval(missed, audited)
        rate = missed / audited if audited else None

        def estimate(
            miss_rate: float | None, flagged: int = flagged, population: int = population
        ) -> float | None:
            if miss_rate is None:
                return None
            denominator = flagged + miss_rate * population
            return flagged / denominator if denominator > 0 else None

        rows.append(
            RecallRow(
                detector,
                audited,
                missed,
                population,
                flagged,
                rate,
                estimate(rate),
                estimate(interval[1]) if interval else None,  # most misses → lowest recall
                estimate(interval[0]) if interval else None,
            )
        )
    return rows


def agreement(
    session: Session,
    period: Period,
    *,
    settings: MeasurementSettings | None = None,
    now: datetime | None = None,
) -> Agreement:
    """Cohen's kappa over the double-review sample drawn in the period."""
    _, start, end = _context(session, period)
    in_period = and_(DoubleReview.drawn_at >= start, DoubleReview.drawn_at < end)
    pairs = session.execute(
        select(DoubleReview.first_action, DoubleReview.second_action, func.count())
        .where(in_period, DoubleReview.second_action.is_not(None))
        .group_by(DoubleReview.first_action, DoubleReview.second_action)
    ).all()
    pending = session.scalar(
        select(func.count()).select_from(DoubleReview).where(in_period, DoubleReview.second_action.is_(None))
    )
    table: dict[str, dict[str, int]] = {}
    for first, second, count in pairs:
        table.setdefault(str(first), {})[str(second)] = int(count)
    total = sum(n for row in table.values() for n in row.values())
    agreed = sum(row.get(label, 0) for label, row in table.items())
    return Agreement(total, agreed, int(pending or 0), cohen_kappa(table), table)


def escalation_reversals(
    session: Session,
    period: Period,
    *,
    settings: MeasurementSettings | None = None,
    now: datetime | None = None,
) -> Reversals:
    """Cases escalated in the period; of those decided after the escalation, the share dismissed."""
    _, start, end = _context(session, period)
    escalated = (
        select(Decision.case_id.label("case_id"), func.min(Decision.id).label("escalation_id"))
        .where(Decision.action == "escalate", Decision.created_at >= start, Decision.created_at < end)
        .group_by(Decision.case_id)
        .subquery("escalated")
    )
    later = (
        select(escalated.c.case_id, func.min(Decision.id).label("decision_id"))
        .select_from(escalated)
        .join(
            Decision,
            and_(
                Decision.case_id == escalated.c.case_id,
                Decision.id > escalated.c.escalation_id,
                Decision.action.in_(DECISION_ACTIONS),
            ),
        )
        .group_by(escalated.c.case_id)
        .subquery("later")
    )
    total = int(session.scalar(select(func.count()).select_from(escalated)) or 0)
    decided, dismissed = session.execute(
        select(func.count(), func.sum(sql_case((Decision.action == "dismiss", 1), else_=0)))
        .select_from(later)
        .join(Decision, Decision.id == later.c.decision_id)
    ).one()
    decided, dismissed = int(decided or 0), int(dismissed or 0)
    return Reversals(total, decided, dismissed, dismissed / decided if decided else None)


def report_counts(
    session: Session,
    period: Period,
    *,
    settings: MeasurementSettings | None = None,
    now: datetime | None = None,
) -> ReportCounts:
    """Report submissions created in the period (sent = finished; failed = unfinished with an error),
    their uploaded files, and evidence holds active now and expiring within the configured days."""
    chosen = _settings(settings)
    dialect, start, end = _context(session, period)
    in_period = and_(ReportSubmission.created_at >= start, ReportSubmission.created_at < end)
    unfinished = ReportSubmission.state.in_(("built", "opened"))

    def count_if(condition: Any) -> Any:
        return func.sum(sql_case((condition, 1), else_=0))

    sent, failed, pending, retracted = session.execute(
        select(
            count_if(ReportSubmission.state == "finished"),
            count_if(and_(unfinished, ReportSubmission.last_error.is_not(None))),
            count_if(and_(unfinished, ReportSubmission.last_error.is_(None))),
            count_if(ReportSubmission.state == "retracted"),
        ).where(in_period)
    ).one()
    files = session.scalar(
        select(func.count())
        .select_from(ReportFile)
        .join(ReportSubmission, ReportSubmission.id == ReportFile.submission_id)
        .where(in_period, ReportFile.uploaded_at.is_not(None))
    )
    moment = bound(_now(now), dialect)
    horizon = bound(_now(now) + timedelta(days=chosen.holds_expiring_days), dialect)
    active, expiring = session.execute(
        select(func.count(), count_if(EvidenceHold.expires_at <= horizon)).where(
            EvidenceHold.starts_at <= moment, EvidenceHold.expires_at > moment
        )
    ).one()
    return ReportCounts(
        int(sent or 0),
        int(failed or 0),
        int(pending or 0),
        int(retracted or 0),
        int(files or 0),
        int(active or 0),
        int(expiring or 0),
        chosen.holds_expiring_days,
    )


def exposure(
    session: Session,
    period: Period,
    *,
    settings: MeasurementSettings | None = None,
    now: datetime | None = None,
) -> list[ExposureRow]:
    """Items shown and media revealed per reviewer per UTC day. Admins only: callers must check."""
    rows = session.execute(
        select(ExposureEvent.day, ExposureEvent.reviewer, ExposureEvent.kind, func.sum(ExposureEvent.amount))
        .where(
            ExposureEvent.day >= period.start.date(),
            ExposureEvent.day < period.end.date(),
            ExposureEvent.kind.in_(EXPOSURE_KINDS),
        )
        .group_by(ExposureEvent.day, ExposureEvent.reviewer, ExposureEvent.kind)
    ).all()
    merged: dict[tuple[str, str], dict[str, int]] = {}
    for day, reviewer, kind, amount in rows:
        merged.setdefault((str(day), reviewer), {})[kind] = int(amount or 0)
    return [
        ExposureRow(day, reviewer, *(kinds.get(kind, 0) for kind in EXPOSURE_KINDS))
        for (day, reviewer), kinds in sorted(merged.items())
    ]


# --- the registry the CLI, API, dashboard and benchmark share -----------------------------------

Metric = Callable[..., Any]

#: name → metric function, in the order the CLI prints them. Each takes (session, period, *,
#: settings=None, now=None) and returns a dataclass row or a list of them.
METRICS: dict[str, Metric] = {
    "detections": detections,
    "distinct": distinct_counts,
    "funnel": funnel,
    "time_to_action": time_to_action,
    "timing_histogram": timing_histogram,
    "backlog": backlog,
    "backlog_age": backlog_age_histogram,
    "precision": precision,
    "recall": recall,
    "agreement": agreement,
    "reversals": escalation_reversals,
    "reports": report_counts,
    "exposure": exposure,
}
#: Metrics only admins may see (reviewer exposure names reviewers).
ADMIN_ONLY = frozenset({"exposure"})


def as_plain(value: Any) -> Any:
    """Rows as JSON-ready dicts and lists (dataclasses → dicts)."""
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, list):
        return [as_plain(item) for item in value]
    return value


def compute(
    session: Session,
    period: Period,
    names: Sequence[str] | None = None,
    *,
    settings: MeasurementSettings | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """{name: plain rows} for the chosen metrics (all by default); unknown names raise ValueError."""
    chosen = list(names) if names else list(METRICS)
    unknown = [name for name in chosen if name not in METRICS]
    if unknown:
        raise ValueError(f"unknown metrics {unknown}; choose from: {', '.join(METRICS)}")
    return {name: as_plain(METRICS[name](session, period, settings=settings, now=now)) for name in chosen}
