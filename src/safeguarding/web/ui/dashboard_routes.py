"""The measurement dashboard (/ui/dashboard, admins and analysts): charts and the tables behind them.

Every number comes from safeguarding.measurement.metrics (the same functions as `safeguarding stats`
and /v1/stats), read from a snapshot the server refreshes in the background
(safeguarding.measurement.snapshots): the page never counts a million rows while someone waits.
The charts are Vega-Lite specifications built with Altair (measurement.charts), drawn in the page
by Vega served from this app (static/vendor), with a data table under each.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta

from fastapi import APIRouter, FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from safeguarding.measurement import (
    MeasurementSettings,
    MeasurementSettingsError,
    Period,
    PeriodError,
    load_measurement_settings,
)
from safeguarding.measurement.snapshots import (
    Snapshot,
    SnapshotRefresher,
    read_snapshot,
    snapshot_key,
    store_or_reuse,
)
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


@asynccontextmanager
async def snapshot_refresher(app: FastAPI) -> AsyncIterator[None]:
    """While the server runs: the background task recomputing the dashboard snapshots (when configured)."""
    config = app.state.config
    try:
        settings = load_measurement_settings(config.section("measurement") if config is not None else None)
    except MeasurementSettingsError:
        settings = MeasurementSettings()  # the page reports the configuration error itself
    refresher = None
    if settings.snapshot_refresh_seconds:
        refresher = SnapshotRefresher(app.state.store, settings, settings.snapshot_refresh_seconds).start()
    app.state.snapshot_refresher = refresher
    try:
        yield
    finally:
        if refresher is not None:
            refresher.stop()


router = APIRouter(lifespan=snapshot_refresher)


@router.get("/dashboard/static/{name}")
def dashboard_static(name: str) -> Response:
    if name not in DASHBOARD_STATIC:
        raise HTTPException(404, detail="no such file")
    path, media_type = DASHBOARD_STATIC[name]
    response = Response((HERE / "static" / path).read_bytes(), media_type=media_type)
    response.headers["Cache-Control"] = "no-cache"
    return response


def _snapshot(request: Request, key: str, settings: MeasurementSettings) -> tuple[Snapshot, bool]:
    """The stored snapshot of `key` (True if it was computed for this request: none existed yet)."""
    store = request.app.state.store
    with store.session() as session:
        found = read_snapshot(session, key)
    if found is not None:
        return found, False
    return store_or_reuse(store, key, settings)


def _age(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s ago"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min ago"
    return f"{seconds / 3600:.1f} h ago"


def freshness(snapshot: Snapshot, fresh: bool, settings: MeasurementSettings) -> str:
    """What the page says about its figures: when they were computed and how."""
    when = snapshot.computed_at.strftime("%Y-%m-%d %H:%M:%S")
    if fresh:
        return f"{when} UTC, just now for this page (no snapshot yet; took {snapshot.seconds:.1f} s)"
    age = _age((datetime.now(UTC) - snapshot.computed_at).total_seconds())
    every = settings.snapshot_refresh_seconds
    how = f"refreshed every {every} s" if every else "refreshed by `safeguarding stats refresh`"
    return f"{when} UTC ({age}; snapshot {how})"


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
    # the key is the period as asked: without bounds it is the default period, moving with today
    snapshot, fresh = _snapshot(request, snapshot_key(start, end, by), settings)
    context = dict(snapshot.figures)
    context["computed_at"] = freshness(snapshot, fresh, settings)
    context |= {
        "period": period,
        "period_text": period.describe(),
        "from_value": period.start.date().isoformat(),
        "to_value": (period.end - timedelta(days=1)).date().isoformat(),
        "by": by,
        "static": {"vega": VEGA, "vega_lite": VEGA_LITE, "vega_embed": VEGA_EMBED},
    }
    return render_page(request, "dashboard.html", context, principal)
