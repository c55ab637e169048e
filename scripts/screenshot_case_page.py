"""Screenshots of the reviewer UI for the docs, taken with headless Chromium over benign demo data.

    .venv/bin/python scripts/screenshot_case_page.py [--out docs/screenshots] [--chromium /usr/bin/chromium]

Writes case-page.png (a known-media case: the image blurred and greyscale, as every reviewer first
sees it), case-page-chat.png, case-page-ads.png, queue.png, queue-filtered.png (filters, a bulk decision
being made) and exposure.png (the admins' view) at 1360 px, and the chat case again at
1024 px (case-page-chat-1024.png) and at 1024 px with 200% zoom (case-page-chat-zoom200.png).
The data is generated on the fly in a temporary SQLite store: shape images, a synthetic conversation
and ad network (safeguarding.web.ui.demo).
"""

from __future__ import annotations

import argparse
import secrets
import sys
import tempfile
from pathlib import Path
from typing import Any

from safeguarding.store import open_store
from safeguarding.web import create_app
from safeguarding.web.ui.demo import DEMO_PASSWORD, seed_demo, serve_in_thread

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class _Config:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def section(self, name: str) -> dict[str, Any]:
        return dict(self.data.get(name) or {})


def take_screenshots(out_dir: Path, chromium: Path) -> list[Path]:
    """Serve the demo on loopback, log in as a child-safety reviewer, and capture the pages."""
    from playwright.sync_api import sync_playwright

    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="sg-ui-demo-") as tmp:
        store = open_store(str(Path(tmp) / "demo.db"))
        try:
            demo = seed_demo(store, Path(tmp) / "media")
            _more_cases(store)
            app = create_app(store, _Config({"web": {"secret_key": secrets.token_urlsafe(32)}}))
            with serve_in_thread(app) as base, sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1360, "height": 900})
                page.goto(f"{base}/ui/login")
                page.get_by_label("User name").fill("casey")
                page.get_by_label("Password").fill(DEMO_PASSWORD)
                page.keyboard.press("Enter")
                page.wait_for_url(f"{base}/ui/")
                written.append(_shot(page, out_dir / "queue.png"))
                page.keyboard.press("j")
                page.wait_for_url(f"{base}/ui/cases/{demo.case_ids['media']}")
                # The thumbnail loads lazily (it counts as shown once loaded); wait for it without
                # wait_for_function, whose string predicate the pages' CSP (no eval) refuses.
                page.get_by_test_id("media-image").evaluate(
                    "img => img.complete || new Promise(done => img.addEventListener('load', done))"
                )
                written.append(_shot(page, out_dir / "case-page.png"))
                for name, key in (("case-page-chat.png", "chat"), ("case-page-ads.png", "ads")):
                    page.goto(f"{base}/ui/cases/{demo.case_ids[key]}")
                    page.wait_for_load_state("networkidle")
                    written.append(_shot(page, out_dir / name))
                # The chat case at the narrow end: a 1024 px window, and the same window at 200% zoom
                # (half the CSS pixels, each drawn twice as large).
                chat = f"{base}/ui/cases/{demo.case_ids['chat']}"
                page.set_viewport_size({"width": 1024, "height": 900})
                page.goto(chat)
                written.append(_shot(page, out_dir / "case-page-chat-1024.png"))
                zoomed = browser.new_context(
                    viewport={"width": 512, "height": 450},
                    device_scale_factor=2,
                    storage_state=page.context.storage_state(),
                ).new_page()
                zoomed.goto(chat)
                written.append(_shot(zoomed, out_dir / "case-page-chat-zoom200.png"))
                written += _queue_shots(page, base, out_dir, browser)
                browser.close()
        finally:
            store.close()
    return written


def _more_cases(store: Any) -> None:
    """A few more benign synthetic cases, so that the queue's filters and pages have something to show."""
    from safeguarding.cases import Detection, submit_detection

    with store.session() as session:
        for i in range(14):
            submit_detection(
                session,
                Detection(
                    kind="ad_network",
                    group_key=f"network:S{i}",
                    summary=f"ad network: {2 + i % 5} ads, lawful salon {i:02d}, phone 07700 900{i:03d}",
                ),
            )
        for i in range(6):
            submit_detection(
                session,
                Detection(
                    kind="grooming_warning",
                    group_key=f"conversation:demo-{i}",
                    summary=f"grooming warning, risk 0.{70 + i}, suspect user{i}",
                ),
            )


def _queue_shots(page: Any, base: str, out_dir: Path, browser: Any) -> list[Path]:
    """The queue filtered with a bulk decision being made, and the admins' exposure view."""
    page.set_viewport_size({"width": 1360, "height": 900})
    page.goto(f"{base}/ui/?f=1&kind=ad_network&search=salon")
    for box in page.locator(".case-select").all()[:3]:
        box.check()
    page.get_by_label("Dismiss").check()
    page.get_by_label("Reason").fill("lawful businesses: licensed salons, checked")
    written = [_shot(page, out_dir / "queue-filtered.png")]
    admin = browser.new_page(viewport={"width": 1360, "height": 900})
    admin.goto(f"{base}/ui/login")
    admin.get_by_label("User name").fill("admin")
    admin.get_by_label("Password").fill(DEMO_PASSWORD)
    admin.keyboard.press("Enter")
    admin.wait_for_url(f"{base}/ui/")
    admin.goto(f"{base}/ui/exposure")
    written.append(_shot(admin, out_dir / "exposure.png"))
    return written


def _shot(page: Any, path: Path) -> Path:
    page.mouse.move(0, 0)
    page.screenshot(path=str(path), full_page=True)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"), help="folder for the PNG files")
    parser.add_argument(
        "--chromium", type=Path, default=Path("/usr/bin/chromium"), help="the Chromium binary"
    )
    args = parser.parse_args(argv)
    if not args.chromium.is_file():
        print(
            f"error: no Chromium at {args.chromium}; "
            "install it with `apt-get update && apt-get install -y chromium`",
            file=sys.stderr,
        )
        return 2
    for path in take_screenshots(args.out, args.chromium):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
