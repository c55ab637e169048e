"""In Chromium: the case pages give the message column the room, from 1024 px to wide and at 200% zoom."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import UI, browser_login

pytestmark = pytest.mark.browser

#: (viewport width in CSS pixels, what it stands for). 200% zoom halves the CSS width of the window.
WIDTHS = [(1024, "1024 px"), (1360, "1360 px"), (1920, "1920 px"), (512, "1024 px at 200% zoom")]


def _measure(page: Any) -> dict[str, float]:
    return dict(
        page.evaluate(
            """() => {
              const list = document.querySelector('[data-testid=conversation]');
              const width = (selector) =>
                [...list.querySelectorAll(selector)].map(t => t.getBoundingClientRect().width);
              const texts = width('.message .text');
              const whys = width('.message .why');
              return {
                list: list.getBoundingClientRect().width,
                text: Math.min(...texts),
                why: Math.max(...whys),
                overflow: document.documentElement.scrollWidth - window.innerWidth,
              };
            }"""
        )
    )


@pytest.mark.parametrize(("width", "label"), WIDTHS)
def test_message_column_gets_the_room(ui: UI, live_url: str, browser: Any, width: int, label: str) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    try:
        page = context.new_page()
        browser_login(page, live_url, "robin")
        page.goto(f"{live_url}/ui/cases/{ui.demo.case_ids['chat']}")
        sizes = _measure(page)
        assert sizes["overflow"] <= 0, f"{label}: the page scrolls sideways by {sizes['overflow']} px"
        # The messages take most of the conversation's width; the category under them never more.
        assert sizes["text"] >= 0.6 * sizes["list"], f"{label}: {sizes}"
        assert sizes["text"] >= 300, f"{label}: {sizes}"
        assert sizes["why"] <= sizes["text"] + 1, f"{label}: {sizes}"
        if width >= 1360:
            assert sizes["text"] >= 560, f"{label}: {sizes}"
        for kind in ("ads", "media"):
            page.goto(f"{live_url}/ui/cases/{ui.demo.case_ids[kind]}")
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{label}: the {kind} case page scrolls sideways by {overflow} px"
    finally:
        context.close()
