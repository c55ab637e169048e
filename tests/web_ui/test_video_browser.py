"""In Chromium: a video match shows its matched time ranges and a server-made contact sheet of blurred
greyscale frames; the video itself is muted, never autoplayed, and sent only by a logged reveal."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import select

from safeguarding.banks import import_list
from safeguarding.cases.adapters import media_match_hook
from safeguarding.cases.models import Case
from safeguarding.media import hash_video
from safeguarding.media.synthetic_video import scene_frames, write_video
from safeguarding.media.vpdq_format import write_vpdq
from safeguarding.scan import scan_media
from safeguarding.web.ui.demo import serve_in_thread

from .conftest import UI, browser_login, login_client

pytestmark = pytest.mark.browser


def _video_case(ui: UI, folder: Path) -> int:
    known = list(scene_frames([1, 2, 3, 4, 5]))
    bank_video = write_video(folder / "known.mp4", known)
    with open(folder / "known.txt", "w") as handle:
        write_vpdq(hash_video(bank_video, every=0).frames, handle)
    import_list(ui.store, "known-videos", folder / "known.txt", "vpdq", labels="test")
    upload = write_video(folder / "upload.mp4", [*scene_frames([101, 102, 103]), *known[20:70]])
    [result] = scan_media(ui.store, [upload], banks=["known-videos"], on_match=media_match_hook)
    assert result.matches
    with ui.store.session() as session:
        return int(session.scalars(select(Case.id).order_by(Case.id.desc())).first() or 0)


def test_video_item_shows_ranges_and_a_blurred_contact_sheet(ui: UI, page: Any, tmp_path: Path) -> None:
    case_id = _video_case(ui, tmp_path)
    with serve_in_thread(ui.app) as base:
        browser_login(page, base, "casey")
        page.goto(f"{base}/ui/cases/{case_id}")
        ranges = page.get_by_test_id("video-range")
        assert ranges.count() >= 1
        first = ranges.first.inner_text()
        assert "known-videos" in first and "6.0" in first, first
        sheet = page.get_by_test_id("contact-sheet")
        sheet.scroll_into_view_if_needed()
        page.wait_for_function(
            "el => el.complete && el.naturalWidth > 0", arg=sheet.element_handle(), timeout=10_000
        )
        video = page.get_by_test_id("media-video")
        state = video.evaluate("v => [v.muted, v.autoplay, v.paused, v.currentSrc]")
        assert state == [True, False, True, ""]  # muted, not autoplaying, no video fetched

    client = login_client(ui.app, "casey")
    item_id = _item_id(ui, case_id)
    response = client.get(f"/ui/items/{item_id}/media/0/contact-sheet")
    assert response.status_code == 200 and response.headers["content-type"] == "image/png"
    (tmp_path / "sheet.png").write_bytes(response.content)
    with Image.open(tmp_path / "sheet.png") as image:
        assert image.mode == "L"  # greyscale
    refused = login_client(ui.app, "robin").get(f"/ui/items/{item_id}/media/0/contact-sheet")
    assert refused.status_code == 403  # a role that may not see media gets no frames


def _item_id(ui: UI, case_id: int) -> int:
    with ui.store.session() as session:
        return int(session.get(Case, case_id).items[0].id)  # type: ignore[union-attr]
