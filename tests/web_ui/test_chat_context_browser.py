"""In Chromium: a chat case shows its evidence lines among greyed context; 'show more' fetches the rest."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from safeguarding.store import Store
from safeguarding.web import create_app
from safeguarding.web.ui.demo import seed_demo, serve_in_thread
from tests.web.chat_service import TOKEN, chat_service

from .conftest import Config, browser_login

pytestmark = pytest.mark.browser


@pytest.fixture
def live_with_callback(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[str, int]]:
    """The demo UI (SQLite and PostgreSQL) with 'show more' wired to a chat service on 127.0.0.1."""
    monkeypatch.setenv("SAFEGUARDING_CHAT_CONTEXT_TOKEN", TOKEN)
    demo = seed_demo(store, tmp_path / "media")
    with chat_service() as (url, _requests):
        config = Config(
            {
                "web": {"secret_key": "test-secret-key-for-the-ui-0123456789"},
                "chat_context": {"callback_url": url, "timeout_seconds": 2},
            }
        )
        with serve_in_thread(create_app(store, config)) as base:
            yield base, demo.case_ids["chat"]


def test_context_is_greyed_and_show_more_fetches_the_rest(
    live_with_callback: tuple[str, int], page: Any
) -> None:
    base, case_id = live_with_callback
    browser_login(page, base, "robin")
    page.goto(f"{base}/ui/cases/{case_id}")
    evidence = page.get_by_test_id("evidence-line")
    context = page.get_by_test_id("context-line")
    assert evidence.count() == 5 and context.count() == 11
    # Context lines are greyed (muted text, no highlight); evidence lines keep their highlight.
    grey = context.first.evaluate("li => getComputedStyle(li).color")
    ink = evidence.first.evaluate("li => getComputedStyle(li.querySelector('.text')).color")
    assert grey != ink
    assert evidence.first.evaluate("li => getComputedStyle(li).backgroundColor") != "rgba(0, 0, 0, 0)"
    assert context.first.evaluate("li => getComputedStyle(li).backgroundColor") == "rgba(0, 0, 0, 0)"
    conversation = page.get_by_test_id("conversation")
    assert conversation.locator(".message").first.inner_text().startswith("Message 5")  # 0-3 not kept

    page.get_by_role("button", name="Show earlier messages").click()
    page.get_by_test_id("fetched-line").first.wait_for()
    assert page.get_by_test_id("fetched-line").count() == 4  # messages 0..3, from the chat service
    texts = conversation.locator(".message .text").all_inner_texts()
    assert texts[:5] == [
        "anyone up for another round?",
        "sure, same map?",
        "yeah the castle one",
        "you were fast on the last level",
        "I practise after school",  # the first kept message follows the fetched ones, in order
    ]
    assert page.get_by_role("button", name="Show earlier messages").count() == 0  # nothing before 0

    page.get_by_role("button", name="Show later messages").click()
    page.locator("[data-testid=fetched-line]").nth(4).wait_for()
    assert conversation.locator(".message .text").last.inner_text() == "ok"
    assert page.get_by_role("button", name="Show later messages").count() == 0  # fewer came back: the end
