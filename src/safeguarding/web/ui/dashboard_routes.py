"""The measurement dashboard (/ui/dashboard, admins and analysts): charts and the tables behind them.

Every number comes from safeguarding.measurement.metrics (the same functions as `safeguarding stats`
and /v1/stats); the charts are Vega-Lite specifications built with Altair (measurement.charts),
drawn in the page by Vega served from this app (static/vendor), with a data table under each.
"""

from __future__ import annotations

import importlib.util
import time
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from safeguarding.measurement import Period, PeriodError, charts
from safeguarding.measurement import metrics as m
from safeguarding.web.auth import Principal
from safeguarding.web.routes_stats import measurement_settings
from safeguarding.web.ui.pages import HERE, login_redirect, principal_dependency, refuse, render_page

VEGA = "vega-6.4.0.min.js"
VEGA_LITE = "vega-lite-6.4.1.min.js"
VEGA_EMBED = "vega-embed-7.3.0.min.js"
JS = "text/javascript; charset=utf-8"
DASHBOARD_STATIC = {
    VEGA: ("vendor/" + VEGA, JS),
    VEGA_LITE: ("vendor/" + VEGA_LITE, JS),
    VEGA_EMBED: ("vendor/" + VEGA_EMBED, JS),
    "dashboard.js": ("dashboard.js", JS),
    "dashboard.css": ("dashboard.css", "text/css; charset=utf-8"),
}
DASHBOARD_ROLES = ("admin", "analyst")
NO_ESTIMATE = "not enough overlapping lists"
router = APIRouter()


@router.get("/dashboard/static/{name}")
def dashboard_static(name: str) -> Response:
    if name not in DASHBOARD_STATIC:
        raise HTTPException(404, detail="no such file")
    path, media_type = DASHBOARD_STATIC[name]
    response = Response((HERE / "static" / path).read_bytes(), media_type=media_type)
    response.headers["Cache-Control"] = "no-cache"
    return response


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


def dashboard_context(session: Session, period: Period, settings: Any, now: datetime) -> dict[str, Any]:
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


def _cached_context(request: Request, period: Period, settings: Any) -> dict[str, Any]:
    """The figures for this period, reused for `dashboard_cache_seconds` (the page says when they were
    computed): on a store of millions of detections, reloading the page should not recount them."""
    state = request.app.state
    cache: dict[tuple[Any, ...], tuple[float, dict[str, Any]]] | None = getattr(
        state, "dashboard_cache", None
    )
    if cache is None:
        cache = state.dashboard_cache = {}
    key = (period.start, period.end, period.by)
    hit = cache.get(key)
    if hit is not None and hit[0] > time.monotonic():
        return hit[1]
    computed_at = datetime.now(UTC)
    with request.app.state.store.session() as session:
        context = dashboard_context(session, period, settings, computed_at)
    context["computed_at"] = computed_at.strftime("%Y-%m-%d %H:%M:%S")
    if settings.dashboard_cache_seconds:
        if len(cache) > 32:
            cache.clear()
        cache[key] = (time.monotonic() + settings.dashboard_cache_seconds, context)
    return context


@router.get("/dashboard", response_class=HTMLResponse)
def dashboard_page(
    request: Request,
    start: str | None = None,
    end: str | None = None,
    by: str = "week",
    principal: Principal | None = principal_dependency,
) -> Response:
    """What is found and how it is handled, for admins and analysts."""
    if principal is None:
        return login_redirect(request)
    if principal.role not in DASHBOARD_ROLES:
        return refuse(request, principal, "Only admins and analysts see the measurement dashboard.")
    start = request.query_params.get("from", start)
    end = request.query_params.get("to", end)
    try:
        period = Period.parse(start or None, end or None, by)
    except PeriodError as exc:
        return refuse(request, principal, str(exc), status_code=422)
    settings = measurement_settings(request)
    context = dict(_cached_context(request, period, settings))
    context |= {
        "period": period,
        "period_text": period.describe(),
        "from_value": period.start.date().isoformat(),
        "to_value": (period.end - timedelta(days=1)).date().isoformat(),
        "by": by,
        "static": {"vega": VEGA, "vega_lite": VEGA_LITE, "vega_embed": VEGA_EMBED},
    }
    return render_page(request, "dashboard.html", context, principal)
