"""A screenshot of the measurement dashboard for docs/MEASUREMENT.md, with headless Chromium.

    .venv/bin/python scripts/screenshot_dashboard.py [--out docs/screenshots] [--chromium /usr/bin/chromium]

Writes dashboard.png (1360 px wide, the whole page) over six weeks of synthetic history
(safeguarding.measurement.demo) in a temporary SQLite store, seen by an admin.
"""

from __future__ import annotations

import argparse
import secrets
import tempfile
from pathlib import Path
from typing import Any

from safeguarding.measurement.demo import write_history
from safeguarding.store import open_store
from safeguarding.web import create_app
from safeguarding.web.ui.demo import DEMO_PASSWORD, seed_demo, serve_in_thread

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
CHARTS = ("detections", "funnel", "timing", "backlog", "precision")


class _Config:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def section(self, name: str) -> dict[str, Any]:
        return dict(self.data.get(name) or {})


def take_screenshot(out_dir: Path, chromium: Path) -> Path:
    from playwright.sync_api import sync_playwright

    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / "dashboard.png"
    with tempfile.TemporaryDirectory(prefix="sg-dashboard-") as tmp:
        store = open_store(str(Path(tmp) / "demo.db"))
        try:
            seed_demo(store, Path(tmp) / "media")
            with store.session() as session:
                write_history(session)
            app = create_app(store, _Config({"web": {"secret_key": secrets.token_urlsafe(32)}}))
            with serve_in_thread(app) as base, sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1360, "height": 900})
                page.goto(f"{base}/ui/login")
                page.get_by_label("User name").fill("admin")
                page.get_by_label("Password").fill(DEMO_PASSWORD)
                page.keyboard.press("Enter")
                page.wait_for_url(f"{base}/ui/")
                page.goto(f"{base}/ui/dashboard", timeout=60_000)
                for name in CHARTS:
                    page.locator(f"[data-testid=chart-{name}][data-rendered=true]").wait_for(timeout=30_000)
                page.screenshot(path=str(target), full_page=True)
                browser.close()
        finally:
            store.close()
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--chromium", type=Path, default=Path("/usr/bin/chromium"))
    args = parser.parse_args()
    print(f"wrote {take_screenshot(args.out, args.chromium)}")


if __name__ == "__main__":
    main()
