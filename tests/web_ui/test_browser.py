"""End-to-end: a real headless Chromium drives the reviewer UI served by uvicorn on loopback."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest
from PIL import Image
from sqlalchemy import select

from safeguarding.audit import AuditEvent
from safeguarding.cases import Case, Detection, submit_detection
from safeguarding.web.ui.demo import serve_in_thread

from .conftest import UI, browser_login

pytestmark = pytest.mark.browser


def audit_actions(ui: UI, actor: str) -> list[tuple[str, str]]:
    with ui.store.session() as session:
        rows = session.execute(
            select(AuditEvent.action, AuditEvent.subject)
            .where(AuditEvent.actor == actor)
            .order_by(AuditEvent.seq)
        ).all()
        return [(action, subject) for action, subject in rows]


def case_status(ui: UI, case_id: int) -> str:
    with ui.store.session() as session:
        case = session.get(Case, case_id)
        assert case is not None
        return case.status


def media_filter(page: Any) -> str:
    return str(
        page.locator("[data-testid=media-image]").first.evaluate("img => getComputedStyle(img).filter")
    )


@pytest.fixture
def live_any_db(ui_any_db: UI) -> Iterator[str]:
    with serve_in_thread(ui_any_db.app) as url:
        yield url


def test_child_safety_reviewer_claims_reveals_decides_and_moves_on(
    ui_any_db: UI, live_any_db: str, page: Any
) -> None:
    ui, base = ui_any_db, live_any_db
    browser_login(page, base, "casey")
    assert "2 · known media" in page.get_by_test_id("counts").inner_text()

    page.keyboard.press("j")  # claim next: the known-media match is the most urgent
    page.wait_for_url(f"{base}/ui/cases/{ui.demo.case_ids['media']}")
    image = page.get_by_test_id("media-image")
    assert "concealed" in (image.get_attribute("class") or "")
    assert "blur" in media_filter(page) and "grayscale" in media_filter(page)
    assert image.evaluate("img => img.complete && img.naturalWidth > 0")  # the blurred thumbnail loaded
    assert "demo-bank" in page.locator(".matches").inner_text()
    assert page.get_by_test_id("shown-media_revealed").inner_text() == "0"

    page.get_by_role("button", name="Reveal this image").click()
    frame = page.get_by_test_id("media-frame")
    frame.and_(page.locator("[data-revealed]")).wait_for()
    assert image.get_attribute("src", timeout=1000).startswith("blob:")
    assert media_filter(page) == "none"
    assert page.get_by_test_id("shown-media_revealed").inner_text() == "1"  # exposure counts the reveal
    assert ("reveal", f"case_item:{_first_item(ui, ui.demo.case_ids['media'])}") in audit_actions(ui, "casey")
    page.get_by_role("button", name="Blur again").click()  # and back, without leaving the page
    page.locator(".media-frame:not([data-revealed])").wait_for()
    assert "blur" in media_filter(page) and "/thumbnail" in (image.get_attribute("src") or "")

    page.keyboard.press("c")  # confirm, then Enter on the focused "Record decision"
    assert page.evaluate("document.activeElement.id") == "decide-submit"
    page.keyboard.press("Enter")
    page.wait_for_url(f"{base}/ui/cases/{ui.demo.case_ids['media']}?msg=confirm")
    assert page.get_by_test_id("case-status").inner_text() == "confirmed"
    assert case_status(ui, ui.demo.case_ids["media"]) == "confirmed"
    assert page.evaluate("document.activeElement.id") == "claim-next"  # focus moves on to "Next case"
    assert page.get_by_test_id("shown-thumbnail_shown").inner_text() == "1"  # stored, not a cookie
    assert page.get_by_test_id("shown-media_revealed").inner_text() == "1"

    page.keyboard.press("j")  # next: the grooming warning
    page.wait_for_url(f"{base}/ui/cases/{ui.demo.case_ids['chat']}")
    assert page.get_by_test_id("evidence-line").count() == 5
    assert page.get_by_test_id("context-line").count() == 11  # five before and after, both authors
    assert page.locator(".from-suspect .suspect-tag").count() == 9
    assert page.get_by_test_id("shown-message_shown").inner_text() == "16"  # the lines on the page

    page.keyboard.press("d")  # dismiss: focus goes to the reason; Tab reaches the submit button
    assert page.evaluate("document.activeElement.id") == "reason"
    page.keyboard.type("test data, not a real conversation")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "decide-submit"
    page.keyboard.press("Enter")
    page.wait_for_url(f"{base}/ui/cases/{ui.demo.case_ids['chat']}?msg=dismiss")
    assert case_status(ui, ui.demo.case_ids["chat"]) == "dismissed"
    assert "test data, not a real conversation" in page.get_by_test_id("history").inner_text()


def _first_item(ui: UI, case_id: int) -> int:
    with ui.store.session() as session:
        case = session.get(Case, case_id)
        assert case is not None
        return case.items[0].id


def test_reviewer_without_media_role_cannot_see_or_reveal_media(ui: UI, live_url: str, page: Any) -> None:
    browser_login(page, live_url, "robin")
    counts = page.get_by_test_id("counts").inner_text()
    assert "known media" not in counts  # the media case is not in a text reviewer's queue at all

    page.keyboard.press("j")
    page.wait_for_url(f"{live_url}/ui/cases/{ui.demo.case_ids['chat']}")
    page.keyboard.press("r")  # nothing to reveal: announced, no request made
    page.locator("#live", has_text="Nothing you may reveal here.").wait_for()

    page.goto(f"{live_url}/ui/cases/{ui.demo.case_ids['ads']}")  # the ad network has photos
    assert page.get_by_test_id("ad-template").is_visible()
    assert page.get_by_test_id("media-withheld").count() == 2
    assert page.locator("[data-reveal]").count() == 0
    assert page.locator("img").count() == 0

    csrf = page.locator('meta[name="csrf-token"]').get_attribute("content")
    item = _first_item(ui, ui.demo.case_ids["ads"])
    refused = page.request.post(f"{live_url}/ui/items/{item}/media/0/reveal", headers={"X-CSRF-Token": csrf})
    assert refused.status == 403
    assert refused.headers["content-type"].startswith("application/json")
    assert page.request.get(f"{live_url}/ui/items/{item}/media/0/thumbnail").status == 403
    assert ("reveal_refused", f"case_item:{item}") in audit_actions(ui, "robin")

    response = page.goto(f"{live_url}/ui/cases/{ui.demo.case_ids['media']}")
    assert response is not None and response.status == 403
    assert "demo-bank" not in page.content()


def test_child_safety_reviewer_sees_ad_photos_blurred(ui: UI, live_url: str, page: Any) -> None:
    browser_login(page, live_url, "casey")
    page.goto(f"{live_url}/ui/cases/{ui.demo.case_ids['ads']}")
    assert page.get_by_test_id("media-image").count() == 2
    assert "blur" in media_filter(page)
    assert page.get_by_test_id("timeline").inner_text().split("\n")[0].endswith("Leeds (1 ad)")
    page.keyboard.press("r")  # reveal the first photo with the keyboard
    page.locator(".media-frame[data-revealed]").first.wait_for()
    assert page.locator(".media-frame[data-revealed]").count() == 1


def test_every_control_has_a_name_and_the_page_has_landmarks(ui: UI, live_url: str, page: Any) -> None:
    browser_login(page, live_url, "casey")
    page.keyboard.press("j")
    page.wait_for_url(f"{live_url}/ui/cases/*")
    unnamed = page.evaluate(
        """() => [...document.querySelectorAll('input:not([type=hidden]), textarea, button, select')]
              .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')
                            && !el.textContent.trim())
              .map(el => el.outerHTML)"""
    )
    assert unnamed == []
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.locator("main#main").count() == 1
    assert page.locator("[aria-live=polite]").count() >= 1
    page.keyboard.press("Tab")  # the first stop is the skip link
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("?")
    assert page.evaluate("document.activeElement.id") == "shortcuts-title"


def test_wrong_password_shows_an_error_and_stays_logged_out(live_url: str, page: Any) -> None:
    page.goto(f"{live_url}/ui/")
    page.get_by_label("User name").fill("casey")
    page.get_by_label("Password").fill("not-the-password")
    page.keyboard.press("Enter")
    assert "Wrong user name or password" in page.get_by_role("alert").inner_text()
    assert page.get_by_label("User name").input_value() == "casey"
    assert page.url.startswith(f"{live_url}/ui/login")


@pytest.mark.slow
def test_screenshot_script_writes_the_case_page(chromium: Path, tmp_path: Path) -> None:
    """scripts/screenshot_case_page.py (what `make docs` runs) produces the PNGs the docs show."""
    script = Path(__file__).resolve().parents[2] / "scripts" / "screenshot_case_page.py"
    # A separate process: Playwright's sync API cannot start twice in one (the session browser runs here).
    result = subprocess.run(
        [sys.executable, str(script), "--out", str(tmp_path), "--chromium", str(chromium)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    shot = Image.open(tmp_path / "case-page.png")
    assert shot.format == "PNG" and shot.width == 1360 and shot.height >= 900
    assert {p.name for p in tmp_path.iterdir()} == {
        "case-page.png",
        "case-page-chat.png",
        "case-page-ads.png",
        "case-page-chat-1024.png",
        "case-page-chat-zoom200.png",
        "queue.png",
        "queue-filtered.png",
        "exposure.png",
    }


def test_screenshot_script_says_what_to_install_without_chromium(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = Path(__file__).resolve().parents[2] / "scripts" / "screenshot_case_page.py"
    spec = importlib.util.spec_from_file_location("screenshot_case_page", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--out", str(tmp_path), "--chromium", str(tmp_path / "nope")]) == 2
    assert "apt-get install -y chromium" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_video_stays_muted_paused_and_blurred_until_revealed(ui: UI, live_url: str, page: Any) -> None:
    video_path = ui.demo.media_dir / "clip.mp4"
    with av.open(str(video_path), "w") as out:
        stream = out.add_stream("mpeg4", rate=5)
        stream.width, stream.height, stream.pix_fmt = 64, 64, "yuv420p"
        for shade in range(0, 250, 50):
            frame = np.full((64, 64, 3), (shade, 90, 160), np.uint8)
            for packet in stream.encode(av.VideoFrame.from_ndarray(frame, format="rgb24")):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    with ui.store.session() as session:
        case_id = submit_detection(
            session,
            Detection(
                kind="media_match", group_key="media:clip", payload={"path": str(video_path)}, source_ref="v"
            ),
        ).id
    browser_login(page, live_url, "casey")
    page.goto(f"{live_url}/ui/cases/{case_id}")
    video = page.get_by_test_id("media-video")
    state = "v => [v.muted, v.autoplay, v.paused, v.currentSrc, getComputedStyle(v).filter]"
    muted, autoplay, paused, source, css_filter = video.evaluate(state)
    assert (muted, autoplay, paused, source) == (True, False, True, "")
    assert "blur" in css_filter and "grayscale" in css_filter
    page.get_by_role("button", name="Reveal this video").click()
    page.locator(".media-frame[data-revealed]").wait_for()
    muted, autoplay, paused, source, css_filter = video.evaluate(state)
    assert (muted, autoplay, paused) == (True, False, True) and source.startswith("blob:")
    assert css_filter == "none"
