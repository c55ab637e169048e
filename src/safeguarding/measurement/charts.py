"""The dashboard's charts as Vega-Lite specifications, built with Altair from the metric rows.

Each function takes rows of safeguarding.measurement.metrics and returns a Vega-Lite dict (a title,
a description for screen readers, the data inline as named datasets). The page also prints each
chart's numbers as a table, so nothing is only in a picture.

Building an Altair chart costs tens of milliseconds (its schema objects), more than the queries on a
small store, so each chart's specification is built once per shape (`functools.cache`) over named,
empty data and each request only fills in the datasets.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Sequence
from typing import Any

import altair as alt

from safeguarding.measurement.metrics import (
    BacklogRow,
    DetectionRow,
    FunnelRow,
    HistogramRow,
    PrecisionRow,
    TimingRow,
    wilson_interval,
)

WIDTH = 560
HEIGHT = 220
FUNNEL_STAGES = ("detected", "reviewed", "confirmed", "reported")


def _spec(chart: alt.TopLevelMixin, description: str) -> dict[str, Any]:
    spec: dict[str, Any] = chart.to_dict(validate=False)
    spec["description"] = description
    return spec


def _filled(template: dict[str, Any], **datasets: list[dict[str, Any]]) -> dict[str, Any]:
    spec = copy.deepcopy(template)
    spec["datasets"] = {**spec.get("datasets", {}), **datasets}
    return spec


def hours_label(upper: float | None, previous: float | None) -> str:
    if upper is None:
        return f"> {previous:g} h" if previous is not None else "all"
    return f"≤ {upper:g} h"


def detections_chart(rows: Sequence[DetectionRow], buckets: Sequence[str], by: str) -> dict[str, Any]:
    """Detections per bucket stacked by detector."""
    data = [{"bucket": r.bucket, "detector": r.detector, "count": r.count} for r in rows]
    return _filled(_detections_template(tuple(buckets), by), detections=data)


@functools.lru_cache(maxsize=64)
def _detections_template(buckets: tuple[str, ...], by: str) -> dict[str, Any]:
    chart = (
        alt.Chart(alt.NamedData(name="detections"), title=f"Detections per {by}, by detector")
        .mark_bar()
        .encode(
            x=alt.X(
                "bucket:O", title=f"{by} starting", sort=list(buckets), scale=alt.Scale(domain=list(buckets))
            ),
            y=alt.Y("sum(count):Q", title="detections"),
            color=alt.Color("detector:N", title="detector"),
            tooltip=["bucket:O", "detector:N", "count:Q"],
        )
        .properties(width=WIDTH, height=HEIGHT)
    )
    return _spec(chart, f"Stacked bars: detections per {by} in the period, one colour per detector.")


def funnel_chart(rows: Sequence[FunnelRow]) -> dict[str, Any]:
    """detected → reviewed → confirmed → reported, grouped bars per detector."""
    data = [
        {"detector": r.detector, "stage": stage, "order": i, "count": getattr(r, stage)}
        for r in rows
        for i, stage in enumerate(FUNNEL_STAGES)
    ]
    return _filled(_funnel_template(), funnel=data)


@functools.cache
def _funnel_template() -> dict[str, Any]:
    chart = (
        alt.Chart(alt.NamedData(name="funnel"), title="Funnel: detected → reviewed → confirmed → reported")
        .mark_bar()
        .encode(
            x=alt.X("detector:N", title="detector"),
            xOffset=alt.XOffset("stage:N", sort=list(FUNNEL_STAGES)),
            y=alt.Y("count:Q", title="detections"),
            color=alt.Color("stage:N", sort=list(FUNNEL_STAGES), title="stage"),
            tooltip=["detector:N", "stage:N", "count:Q"],
        )
        .properties(width=WIDTH, height=HEIGHT)
    )
    return _spec(
        chart, "Grouped bars per detector: detections, then how many were reviewed, confirmed, reported."
    )


def cumulative_shares(rows: Sequence[HistogramRow], timings: Sequence[TimingRow]) -> list[dict[str, Any]]:
    """From a duration histogram: per priority, the share of the priority's cases done within each
    bin's upper edge (cases not done yet count in the denominator, so the curve can stay below 1)."""
    totals = {t.priority: t.cases for t in timings}
    running: dict[int, int] = {}
    shares = []
    for row in sorted(rows, key=lambda r: (r.priority, r.upper_hours is None, r.upper_hours or 0)):
        running[row.priority] = running.get(row.priority, 0) + row.count
        total = totals.get(row.priority) or 0
        if row.upper_hours is not None and total:
            shares.append(
                {
                    "priority": f"P{row.priority}",
                    "hours": row.upper_hours,
                    "share": round(running[row.priority] / total, 4),
                    "done": running[row.priority],
                    "cases": total,
                }
            )
    return shares


def timing_chart(
    shares: Sequence[dict[str, Any]], timings: Sequence[TimingRow], stage: str = "decision"
) -> dict[str, Any]:
    """Share of cases decided within X hours per priority, with each priority's service level."""
    levels = [
        {"priority": f"P{t.priority}", "hours": t.service_level_s / 3600}
        for t in timings
        if t.stage == stage and t.service_level_s is not None and t.cases
    ]
    return _filled(_timing_template(stage), shares=list(shares), levels=levels)


@functools.lru_cache(maxsize=8)
def _timing_template(stage: str) -> dict[str, Any]:
    x = alt.X("hours:Q", title="hours since detection (log scale)", scale=alt.Scale(type="log"))
    color = alt.Color("priority:N", title="priority")
    curves = (
        alt.Chart(alt.NamedData(name="shares"))
        .mark_line(point=True)
        .encode(
            x=x,
            y=alt.Y(
                "share:Q",
                title=f"share of cases with a {stage.replace('_', ' ')}",
                scale=alt.Scale(domain=[0, 1]),
            ),
            color=color,
            tooltip=["priority:N", "hours:Q", "share:Q", "done:Q", "cases:Q"],
        )
    )
    rules = (
        alt.Chart(alt.NamedData(name="levels"))
        .mark_rule(strokeDash=[6, 3])
        .encode(x=x, color=color, tooltip=["priority:N", alt.Tooltip("hours:Q", title="service level (h)")])
    )
    chart = alt.layer(curves, rules, title=f"Time to {stage.replace('_', ' ')}, with service levels (dashed)")
    return _spec(
        chart.properties(width=WIDTH, height=HEIGHT),
        f"Lines: for each priority, the share of the period's cases that had a {stage} within so many hours; "
        "dashed vertical lines mark each priority's service level.",
    )


def backlog_chart(rows: Sequence[HistogramRow], edges: Sequence[float]) -> dict[str, Any]:
    """Open and escalated cases by age bin, stacked by priority."""
    data = [
        {
            "age": hours_label(r.upper_hours, edges[-1]),
            "priority": f"P{r.priority}",
            "count": r.count,
        }
        for r in rows
    ]
    return _filled(_backlog_template(tuple(edges)), backlog=data)


@functools.lru_cache(maxsize=8)
def _backlog_template(edges: tuple[float, ...]) -> dict[str, Any]:
    labels = [hours_label(edge, None) for edge in edges] + [hours_label(None, edges[-1])]
    chart = (
        alt.Chart(alt.NamedData(name="backlog"), title="Backlog: open and escalated cases by age")
        .mark_bar()
        .encode(
            x=alt.X("age:O", sort=labels, scale=alt.Scale(domain=labels), title="waiting"),
            y=alt.Y("sum(count):Q", title="cases"),
            color=alt.Color("priority:N", title="priority"),
            tooltip=["age:O", "priority:N", "count:Q"],
        )
        .properties(width=WIDTH, height=HEIGHT)
    )
    return _spec(
        chart, "Stacked bars: cases waiting now, by how long they have waited, one colour per priority."
    )


def precision_over_time(rows: Sequence[PrecisionRow]) -> list[dict[str, Any]]:
    """Per bucket and detector, all score bands together, with the Wilson interval."""
    merged: dict[tuple[str, str], list[int]] = {}
    for r in rows:
        if r.bucket == "all":
            continue
        totals = merged.setdefault((r.bucket, r.detector), [0, 0])
        totals[0] += r.confirmed
        totals[1] += r.decided
    points = []
    for (bucket, detector), (confirmed, decided) in sorted(merged.items()):
        interval = wilson_interval(confirmed, decided)
        if interval is None:
            continue
        points.append(
            {
                "bucket": bucket,
                "detector": detector,
                "confirmed": confirmed,
                "decided": decided,
                "precision": round(confirmed / decided, 4),
                "low": round(interval[0], 4),
                "high": round(interval[1], 4),
            }
        )
    return points


def precision_chart(points: Sequence[dict[str, Any]], by: str) -> dict[str, Any]:
    return _filled(_precision_template(by), precision=list(points))


@functools.lru_cache(maxsize=8)
def _precision_template(by: str) -> dict[str, Any]:
    base = alt.Chart(alt.NamedData(name="precision"))
    x = alt.X("bucket:O", title=f"{by} of detection")
    color = alt.Color("detector:N", title="detector")
    bars = base.mark_rule().encode(
        x=x,
        y=alt.Y("low:Q", title="precision (confirmed ÷ decided)", scale=alt.Scale(domain=[0, 1])),
        y2="high:Q",
        color=color,
        xOffset=alt.XOffset("detector:N"),
    )
    dots = base.mark_point(filled=True).encode(
        x=x,
        y="precision:Q",
        color=color,
        xOffset=alt.XOffset("detector:N"),
        tooltip=["bucket:O", "detector:N", "precision:Q", "low:Q", "high:Q", "decided:Q"],
    )
    chart = alt.layer(bars, dots, title="Detector precision with 95% Wilson intervals")
    return _spec(
        chart.properties(width=WIDTH, height=HEIGHT),
        f"Points: each detector's precision per {by}; vertical lines: its 95% Wilson interval.",
    )


def scale_chart(observed: int, estimate: float, low: float | None, high: float | None) -> dict[str, Any]:
    data = [{"what": "observed", "count": observed}, {"what": "estimated total", "count": round(estimate)}]
    bars = (
        alt.Chart(alt.Data(values=data))
        .mark_bar()
        .encode(
            y=alt.Y("what:N", title=None),
            x=alt.X("count:Q", title="individuals"),
            tooltip=["what:N", "count:Q"],
        )
    )
    layers: list[Any] = [bars]
    if low is not None and high is not None:
        interval = [{"what": "estimated total", "low": low, "high": high}]
        layers.append(
            alt.Chart(alt.Data(values=interval))
            .mark_rule(strokeWidth=2)
            .encode(y="what:N", x="low:Q", x2="high:Q")
        )
    chart = alt.layer(*layers, title="Observed beside the estimated hidden scale")
    return _spec(
        chart.properties(width=WIDTH, height=120),
        "Bars: individuals observed and the estimated total; line: its interval.",
    )


def backlog_table(rows: Sequence[BacklogRow]) -> list[dict[str, Any]]:
    return [
        {
            "status": r.status,
            "priority": f"P{r.priority}",
            "cases": r.count,
            "age_p50_h": round(r.age_p50_s / 3600, 1),
            "age_p90_h": round(r.age_p90_s / 3600, 1),
            "age_max_h": round(r.age_max_s / 3600, 1),
        }
        for r in rows
    ]
