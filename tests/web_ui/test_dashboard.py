"""The measurement dashboard: roles, the vendored Vega files, and charts drawn in a real browser."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import pytest

from safeguarding.measurement import Period, funnel
from safeguarding.measurement.demo import write_history
from safeguarding.web.ui.dashboard_routes import VEGA, VEGA_EMBED, VEGA_LITE
from safeguarding.web.ui.demo import serve_in_thread
from tests.web_ui.conftest import UI, browser_login, login_client

VENDOR = Path(__file__).resolve().parents[2] / "src/safeguarding/web/ui/static/vendor"
PINNED = {
    VEGA: "8f6a3587cf8d4f42c7e08120e3eb05d067e746d554e39d2dcf52acc0bd5ba28f",
    VEGA_LITE: "6d5035fdd429b4bc6f91f3754426c3f516f3dbd8e08b105cfc2496bed4ebd254",
    VEGA_EMBED: "b1455caba2fb1a72fb46025ba0ba1316e2dbc7f0dd40a3f6040172bf9c08ba91",
}
CHARTS = ("detections", "funnel", "timing", "backlog", "precision")


def _history(ui: UI) -> None:
    with ui.store.session() as session:
        write_history(session, weeks=3, per_week=25, seed=3)


def test_vendored_vega_is_pinned_and_licensed() -> None:
    for name, digest in PINNED.items():
        assert hashlib.sha256((VENDOR / name).read_bytes()).hexdigest() == digest
        assert (VENDOR / name.replace(".min.js", ".LICENSE")).read_text().strip()


def test_dashboard_roles(ui: UI) -> None:
    assert login_client(ui.app, "ana").get("/ui/dashboard").status_code == 200
    assert login_client(ui.app, "admin").get("/ui/dashboard").status_code == 200
    assert login_client(ui.app, "robin").get("/ui/dashboard").status_code == 403
    bad = login_client(ui.app, "ana").get("/ui/dashboard?from=2026-02-30")
    assert bad.status_code == 422 and "is not a date" in bad.text


def test_dashboard_without_estimate_says_so(ui: UI) -> None:
    page = login_client(ui.app, "ana").get("/ui/dashboard")
    assert "not enough overlapping lists" in page.text
    # The vendored files are served from the app, with the page's own CSP untouched.
    assert page.headers["Content-Security-Policy"].startswith("default-src 'self'")
    assert "unsafe-eval" not in page.headers["Content-Security-Policy"]
    for name in (VEGA, VEGA_LITE, VEGA_EMBED, "dashboard.js"):
        assert login_client(ui.app, "ana").get(f"/ui/dashboard/static/{name}").status_code == 200


@pytest.mark.browser
def test_charts_render_and_tables_hold_the_numbers(ui: UI, page: Any) -> None:
    _history(ui)
    with ui.store.session() as session:
        expected = {row.detector: row for row in funnel(session, Period.parse(by="week"))}
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    with serve_in_thread(ui.app) as base:
        requested: list[str] = []
        page.on("request", lambda request: requested.append(request.url))
        failed: list[str] = []  # the browser's own favicon request is no page resource
        page.on(
            "response", lambda r: failed.append(r.url) if r.status >= 400 and "favicon" not in r.url else None
        )
        browser_login(page, base, "admin")
        # The first load imports the estimator (statsmodels): generous on a loaded machine.
        page.goto(f"{base}/ui/dashboard", timeout=60_000)
        for name in CHARTS:
            chart = page.get_by_test_id(f"chart-{name}")
            chart.and_(page.locator("[data-rendered=true]")).wait_for(timeout=30_000)
            assert chart.locator("svg").count() >= 1, name
            assert chart.locator("svg path, svg line, svg rect").count() > 0, name
        rows = page.get_by_test_id("table-funnel").locator("tbody tr")
        shown = {}
        for index in range(rows.count()):
            cells = [c.strip() for c in rows.nth(index).locator("th, td").all_text_contents()]
            shown[cells[0]] = [int(c) for c in cells[1:]]
        assert shown == {d: [r.detected, r.reviewed, r.confirmed, r.reported] for d, r in expected.items()}
        assert re.search(r"\d", page.get_by_test_id("table-timing").text_content() or "")
        assert "not enough overlapping lists" in page.get_by_test_id("hidden-scale").inner_text()
    assert requested and all(url.startswith(base) for url in requested), requested
    assert not failed, failed
    assert not [e for e in errors if not e.startswith("Failed to load resource")], errors


def _funnel_table(html: str) -> str:
    found = re.search(r'data-testid="table-funnel".*?</table>', html, re.S)
    assert found, "no funnel table"
    return found.group(0)


def test_page_reads_the_snapshot_and_says_when_it_was_computed(ui: UI) -> None:
    from datetime import UTC, datetime

    from sqlalchemy import update

    from safeguarding.measurement.models import MeasurementSnapshot
    from safeguarding.measurement.snapshots import DEFAULT_KEY

    client = login_client(ui.app, "ana")
    first = client.get("/ui/dashboard")
    assert first.status_code == 200 and "no snapshot yet" in first.text
    _history(ui)  # new detections after the snapshot: the page must not count them itself
    stamp = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    with ui.store.session() as session:
        key = MeasurementSnapshot.key == DEFAULT_KEY
        session.execute(update(MeasurementSnapshot).where(key).values(computed_at=stamp))
    again = client.get("/ui/dashboard")
    assert "figures computed 2026-01-02 03:04:05 UTC" in again.text
    assert "snapshot refreshed every 300 s" in again.text and "no snapshot yet" not in again.text
    assert _funnel_table(again.text) == _funnel_table(first.text)  # the snapshot's, not recounted
    other = client.get("/ui/dashboard?by=day")  # another period: its own snapshot, computed once
    assert "no snapshot yet" in other.text
