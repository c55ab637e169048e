"""The aggregates a transparency report may contain, read once from the store, and their suppression.

Only counts, ratios and durations leave: no content, no hash of an item, no account, reviewer or
entity value. `Figures` holds nothing else, so a writer cannot leak what it was never given.

Small counts are suppressed: a count from 1 up to the threshold (default 10) is published as 0. The
suppression is applied to the finest cells (detection kind by review status) and every other figure,
whatever it is grouped by (category, detector, technology, total), is a sum of published cells, so no
suppressed count can be recovered by subtracting one published figure from another. A ratio is left
blank when its denominator, its numerator or the rest is a small count; a median over that few too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from safeguarding.cases.models import CaseItem
from safeguarding.cases.severity import detector_of
from safeguarding.measurement.metrics import (
    AUDIT_KIND,
    ReportCounts,
    TimingRow,
    category_of,
    recall,
    report_counts,
    time_to_action,
)
from safeguarding.measurement.period import Period
from safeguarding.measurement.settings import MeasurementSettings
from safeguarding.measurement.sql import bound, dialect_of

DEFAULT_THRESHOLD = 10
MAX_THRESHOLD = 1000

#: The technology behind each detection kind, as Regulation (EU) 2021/1232 asks them listed.
TECHNOLOGY_OF_KIND = {
    "media_match": "hash matching of images (PDQ perceptual hashes; MD5 and SHA-256 exact hashes)",
    "live_stream": "hash matching of video frames (vPDQ) in videos and live streams",
    "grooming_warning": "text classifier: grooming (solicitation of children) in chats",
    "meeting_arranged": "text classifier: grooming (solicitation of children) in chats",
    "crisis": "text classifier: grooming (solicitation of children) in chats",
    "sextortion_warning": "text classifier: sextortion in chats",
    "ad_network": "classified-ad linking and exploitation indicators",
    "payment_pattern": "payment-pattern rules on transaction records",
}


class TransparencyError(ValueError):
    """A report cannot be written as asked; the message names the option and the problem."""


@dataclass(frozen=True)
class Suppressor:
    """Publishes counts 1..threshold as 0, and no ratio or median computed over that few."""

    threshold: int = DEFAULT_THRESHOLD

    def __post_init__(self) -> None:
        if not 0 <= self.threshold <= MAX_THRESHOLD:
            raise TransparencyError(
                f"--threshold {self.threshold}: give a number from 0 (no suppression) to {MAX_THRESHOLD}"
            )

    def count(self, n: int) -> int:
        return 0 if 1 <= n <= self.threshold else n

    def hides(self, n: int) -> bool:
        return 1 <= n <= self.threshold

    def ratio(self, numerator: int, denominator: int) -> str:
        """numerator / denominator, or blank when it would reveal a small count."""
        if denominator <= self.threshold or self.hides(numerator) or self.hides(denominator - numerator):
            return ""
        return f"{numerator / denominator:.3f}"

    def enough(self, n: int) -> bool:
        """Whether a median or percentile over n cases may be published."""
        return n > self.threshold


@dataclass
class KindCounts:
    """Detections of one kind in the period, by their review status."""

    detected: int = 0
    confirmed: int = 0
    dismissed: int = 0
    escalated: int = 0
    open: int = 0

    @property
    def decided(self) -> int:
        return self.confirmed + self.dismissed

    def add(self, other: KindCounts) -> None:
        for name in ("detected", "confirmed", "dismissed", "escalated", "open"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def published(self, s: Suppressor) -> KindCounts:
        """Each status suppressed; `detected` the sum of the published statuses."""
        parts = [s.count(n) for n in (self.confirmed, self.dismissed, self.escalated, self.open)]
        return KindCounts(sum(parts), *parts)


@dataclass
class Figures:
    """Every aggregate the report writers use, for one period."""

    period: Period
    by_kind: dict[str, KindCounts] = field(default_factory=dict)
    timing: list[TimingRow] = field(default_factory=list)
    reports: ReportCounts | None = None
    recall_by_detector: dict[str, tuple[int, int, float | None]] = field(default_factory=dict)

    @property
    def first_day(self) -> date:
        return self.period.start.date()

    @property
    def last_day(self) -> date:
        return date.fromordinal(self.period.end.date().toordinal() - 1)

    def grouped(self, key: str, s: Suppressor | None = None) -> dict[str, KindCounts]:
        """Counts merged by "category", "detector" or "technology"; with `s`, sums of published cells."""
        label = {"category": category_of, "detector": detector_of, "technology": technology_of}[key]
        merged: dict[str, KindCounts] = {}
        for kind, counts in self.by_kind.items():
            merged.setdefault(label(kind), KindCounts()).add(counts if s is None else counts.published(s))
        return dict(sorted(merged.items()))

    def total(self, s: Suppressor | None = None) -> KindCounts:
        """All detections; with `s`, the sum of published cells."""
        result = KindCounts()
        for counts in self.by_kind.values():
            result.add(counts if s is None else counts.published(s))
        return result


def technology_of(kind: str) -> str:
    return TECHNOLOGY_OF_KIND.get(kind, f"other detector ({kind})")


def gather(
    session: Session,
    period: Period,
    *,
    settings: MeasurementSettings | None = None,
    now: datetime | None = None,
) -> Figures:
    """Aggregate the period's detections (case items, by kind and status) and the shared metrics."""
    figures = Figures(period)
    dialect = dialect_of(session)
    rows = session.execute(
        select(CaseItem.kind, CaseItem.status, func.count())
        .where(
            CaseItem.created_at >= bound(period.start, dialect),
            CaseItem.created_at < bound(period.end, dialect),
            CaseItem.kind != AUDIT_KIND,
        )
        .group_by(CaseItem.kind, CaseItem.status)
    ).all()
    for kind, status, n in rows:
        counts = figures.by_kind.setdefault(str(kind), KindCounts())
        counts.detected += int(n)
        if status in ("confirmed", "dismissed", "escalated", "open"):
            setattr(counts, status, getattr(counts, status) + int(n))
    figures.timing = time_to_action(session, period, settings=settings, now=now)
    figures.reports = report_counts(session, period, settings=settings, now=now)
    for row in recall(session, period, settings=settings, now=now):
        figures.recall_by_detector[row.detector] = (row.audited, row.missed, row.recall)
    return figures
