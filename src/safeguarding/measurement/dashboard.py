"""The dashboard's figures: every chart's spec and the table behind it, for one period.

Computed by the snapshot refresher (safeguarding.measurement.snapshots) ahead of the page, and once by
the page itself when no snapshot exists yet. Plain JSON-ready values only, so a snapshot stores them.
"""

from __future__ import annotations

import importlib.util
from dataclasses import asdict
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from safeguarding.measurement import charts
from safeguarding.measurement import metrics as m
from safeguarding.measurement.period import Period
from safeguarding.measurement.settings import MeasurementSettings

NO_ESTIMATE = "not enough overlapping lists"


def hidden_scale(session: Session, period: Period) -> dict[str, Any]:
    """The estimate from safeguarding.measurement.scale when it is installed and the lists overlap."""
    if importlib.util.find_spec("safeguarding.measurement.scale_store") is None:
        return {"available": False, "reason": NO_ESTIMATE}
    from safeguarding.measurement.scale import EstimationError, estimate_scale
    from safeguarding.measurement.scale_store import capture_table_from_store

    try:
        table = capture_table_from_store(session, start=period.start, end=period.end)
        estimate = estimate_scale(table, bootstrap=0)
    except (EstimationError, ValueError) as exc:
        return {"available": False, "reason": f"{NO_ESTIMATE} ({exc})"}
    totals = [model.total for model in estimate.plausible] or [estimate.total]
    return {
        "available": True,
        "method": estimate.method,
        "confidence": estimate.confidence,
        "lists": list(estimate.lists),
        "observed": estimate.observed,
        "total": estimate.total,
        "low": min(totals),
        "high": max(totals),
        "assumptions": list(estimate.assumptions),
    }


def dashboard_context(
    session: Session, period: Period, settings: MeasurementSettings, now: datetime
) -> dict[str, Any]:
    """Every chart's spec and table for the page (also what the browser test checks)."""
    kwargs: dict[str, Any] = {"settings": settings, "now": now}
    detections = m.detections(session, period, **kwargs)
    funnel = m.funnel(session, period, **kwargs)
    timings = m.time_to_action(session, period, stages=("decision",), **kwargs)
    histogram = m.timing_histogram(session, period, stage="decision", **kwargs)
    backlog = m.backlog(session, period, **kwargs)
    backlog_ages = m.backlog_age_histogram(session, period, **kwargs)
    precision_points = charts.precision_over_time(m.precision(session, period, **kwargs))
    distinct = m.distinct_counts(session, period, **kwargs)
    shares = charts.cumulative_shares(histogram, timings)
    scale = hidden_scale(session, period)
    specs = {
        "detections": charts.detections_chart(detections, period.buckets(), period.by),
        "funnel": charts.funnel_chart(funnel),
        "timing": charts.timing_chart(shares, timings),
        "backlog": charts.backlog_chart(backlog_ages, m.BACKLOG_BINS_HOURS),
        "precision": charts.precision_chart(precision_points, period.by),
    }
    if scale["available"]:
        specs["scale"] = charts.scale_chart(scale["observed"], scale["total"], scale["low"], scale["high"])
    return {
        "specs": specs,
        "detections": [asdict(r) for r in detections],
        "funnel": [asdict(r) for r in funnel],
        "timings": [asdict(r) for r in timings],
        "shares": shares,
        "backlog": charts.backlog_table(backlog),
        "precision": precision_points,
        "distinct": asdict(distinct),
        "scale": scale,
    }
