"""In Chromium, on SQLite and PostgreSQL: the queue's filters, search, counts, keyset pages and claim
next under the filters; bulk decisions and their undo; exposure counted from what is shown, the
break reminder and daily limits, and the admins' exposure view."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from safeguarding.cases import Case, Detection, submit_detection
from safeguarding.store import Store
from safeguarding.web import create_app
from safeguarding.web.ui.demo import seed_demo, serve_in_thread

from .conftest import Config, browser_login

pytestmark = pytest.mark.browser
SALONS = 52  # more than a page of 50


def _seed(store: Store, tmp_path: Path) -> dict[str, Any]:
    demo = seed_demo(store, tmp_path / "media")
    with store.session() as session:
        salons = [
            submit_detection(
                session,
                Detection(
                    kind="ad_network", group_key=f"network:S{i}", summary=f"ad network: lawful salon {i:02d}"
                ),
            ).id
            for i in range(SALONS)
        ]
        for n in range(6):  # one network of six ads: three shown open, three collapsed
            big = submit_detection(
                session,
                Detection(
                    kind="ad_network",
                    group_key="network:BIG",
                    summary="ad network: six ads",
                    source_ref=f"big-{n}",
                    payload={"id": f"big-{n}", "city": "York", "excerpt": f"Synthetic ad number {n}."},
                ),
            ).id
    return {"demo": demo, "salons": salons, "big": big}


@pytest.fixture
def served(store: Store, tmp_path: Path) -> Iterator[tuple[str, dict[str, Any], Store]]:
    seeded = _seed(store, tmp_path)
    config = Config(
        {
            "web": {"secret_key": "test-secret-key-for-the-ui-0123456789"},
            "review": {"daily_limit": {"ad_shown": 5}, "break_after": {"ad_shown": 4}},
        }
    )
    with serve_in_thread(create_app(store, config)) as base:
        yield base, seeded, store


def _status(store: Store, case_id: int) -> str:
    with store.session() as session:
        case = session.get(Case, case_id)
        assert case is not None
        return case.status


def test_filters_search_pages_claim_and_bulk_with_undo(
    served: tuple[str, dict[str, Any], Store], page: Any
) -> None:
    base, seeded, store = served
    browser_login(page, base, "robin")
    page.wait_for_url(f"{base}/ui/")
    kind = page.get_by_label("Kind")
    assert "ad network (54)" in kind.inner_text()  # counts per filter value
    assert "known-media" not in kind.inner_text()  # a text reviewer never sees media cases
    page.get_by_label("Search summaries").fill("lawful salon")
    kind.select_option("ad_network")
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url("**/ui/?f=1**")
    assert page.get_by_test_id("match-count").inner_text() == f"({SALONS})"
    rows = page.locator("[data-testid=open-cases] tbody tr")
    assert rows.count() == 50
    first_page = rows.all_inner_texts()
    page.get_by_role("link", name="Next 50 cases").click()  # a keyset page, not an offset
    page.wait_for_url("**cursor=**")
    assert rows.count() == SALONS - 50 and not set(rows.all_inner_texts()) & set(first_page)
    page.get_by_role("link", name="First page").click()
    page.wait_for_url(lambda url: "cursor=" not in url)  # the key press below must reach the new page
    page.wait_for_load_state("load")
    assert "lawful salon 00" in rows.first.inner_text()  # the filters were remembered

    # Claim next honours the filters: the oldest lawful salon, not the (more urgent) grooming warning.
    page.keyboard.press("j")
    page.wait_for_url(f"{base}/ui/cases/{seeded['salons'][0]}")
    page.get_by_role("button", name="Give back to the queue, undecided").click()
    page.wait_for_url(f"{base}/ui/?msg=released")

    # Bulk: three salons dismissed with one reason, each case recorded; then undone.
    chosen = seeded["salons"][1:4]
    for case_id in chosen:
        page.locator(f"#select-case-{case_id}").check()
    assert page.locator("#bulk-hint").inner_text() == "3 cases selected."
    page.get_by_label("Dismiss").check()
    page.get_by_label("Reason").fill("lawful businesses, checked")
    page.get_by_role("button", name="Apply to the selected cases").click()
    page.wait_for_url("**msg=bulk-dismiss**")
    assert [_status(store, c) for c in chosen] == ["dismissed"] * 3
    page.goto(f"{base}/ui/cases/{chosen[0]}")
    assert "lawful businesses, checked" in page.get_by_test_id("history").inner_text()
    page.goto(f"{base}/ui/")
    assert "dismiss on 3 ad network cases" in page.get_by_test_id("undo-panel").inner_text()
    page.get_by_test_id("undo-bulk").click()
    page.wait_for_url("**msg=bulk-undone")
    assert [_status(store, c) for c in chosen] == ["open"] * 3

    # Cases of two kinds cannot go into one bulk decision.
    page.get_by_role("link", name="Clear filters").click()
    page.locator(f"#select-case-{seeded['salons'][5]}").check()
    page.locator(f"#select-case-{seeded['demo'].case_ids['chat']}").check()
    assert "more than one kind" in page.locator("#bulk-hint").inner_text()
    assert page.get_by_role("button", name="Apply to the selected cases").is_disabled()


def test_exposure_counts_what_is_shown_and_the_daily_limit_hands_the_queue_on(
    served: tuple[str, dict[str, Any], Store], browser: Any, page: Any
) -> None:
    base, seeded, _store = served
    browser_login(page, base, "casey")
    page.wait_for_url(f"{base}/ui/")
    page.goto(f"{base}/ui/cases/{seeded['big']}")
    collapsed = page.get_by_test_id("collapsed-ad")
    assert collapsed.count() == 3
    assert page.get_by_test_id("shown-ad_shown").inner_text() == "3"  # the three shown open, not six
    assert page.get_by_test_id("break-reminder").count() == 0
    with page.expect_response("**/ui/exposure/ad") as answer:
        collapsed.first.locator("summary").click()
    assert answer.value.status == 200
    page.reload()
    assert page.get_by_test_id("shown-ad_shown").inner_text() == "4"
    assert "4 ads" in page.get_by_test_id("break-reminder").inner_text()  # break_after ad_shown: 4
    for details in page.get_by_test_id("collapsed-ad").all()[1:]:
        with page.expect_response("**/ui/exposure/ad"):
            details.locator("summary").click()
    page.goto(f"{base}/ui/")
    assert "today's exposure limit" in page.get_by_test_id("daily-limit").inner_text()
    assert page.locator("#claim-next").is_disabled()

    # The queue goes to someone else; the admin sees who was shown what.
    other = browser.new_context(viewport={"width": 1360, "height": 1000})
    robin = other.new_page()
    browser_login(robin, base, "robin")
    robin.wait_for_url(f"{base}/ui/")
    robin.keyboard.press("j")
    robin.wait_for_url(f"{base}/ui/cases/**")
    admin = other.new_page()
    admin.goto(f"{base}/ui/logout")  # a fresh login in the same context: log robin's session out first
    other.clear_cookies()
    browser_login(admin, base, "admin")
    admin.wait_for_url(f"{base}/ui/")
    admin.get_by_role("link", name="Exposure").click()
    row = admin.get_by_test_id("exposure-row").filter(has_text="casey")
    assert "6" in row.inner_text() and "ads" in row.inner_text()  # six ads shown, the limit reached
    other.close()
