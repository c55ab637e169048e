"""The reviewer pages without a browser: roles, CSRF, thumbnails, wellbeing, bad input."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest
from fastapi.testclient import TestClient
from PIL import Image
from sqlalchemy import select

from safeguarding.audit import AuditEvent
from safeguarding.cases import Case, Detection, submit_detection
from safeguarding.web.ui.demo import DEMO_PASSWORD, DEMO_USERS

from .conftest import UI, csrf_in, login_client


def first_item(ui: UI, kind: str) -> int:
    with ui.store.session() as session:
        case = session.get(Case, ui.demo.case_ids[kind])
        assert case is not None
        return case.items[0].id


def claim(client: TestClient) -> Any:
    page = client.get("/ui/")
    return client.post("/ui/claim", data={"csrf_token": csrf_in(page.text)})


# --- logging in --------------------------------------------------------------------------------


def test_pages_need_a_login(ui: UI) -> None:
    client = TestClient(ui.app)
    assert client.get("/ui", follow_redirects=False).headers["location"] == "/ui/"
    for path in ("/ui/", f"/ui/cases/{ui.demo.case_ids['chat']}"):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"].startswith("/ui/login?next=")
    assert client.get(f"/ui/items/{first_item(ui, 'media')}/media/0/thumbnail").status_code == 401
    assert client.post(f"/ui/items/{first_item(ui, 'media')}/media/0/reveal").status_code == 401


def test_login_form_needs_its_csrf_value(ui: UI) -> None:
    client = TestClient(ui.app)
    client.get("/ui/login")
    response = client.post(
        "/ui/login",
        data={"username": "casey", "password": DEMO_PASSWORD, "csrf_token": "forged", "next": "/ui/"},
    )
    assert response.status_code == 403
    assert "sg_session" not in client.cookies


def test_login_never_redirects_to_another_site(ui: UI) -> None:
    client = TestClient(ui.app)
    form = client.get("/ui/login")
    response = client.post(
        "/ui/login",
        data={
            "username": "casey",
            "password": DEMO_PASSWORD,
            "csrf_token": csrf_in(form.text),
            "next": "//evil.example/",
        },
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/ui/"


def test_logout_ends_the_session_and_is_logged(ui: UI) -> None:
    client = login_client(ui.app, "robin")
    page = client.get("/ui/")
    response = client.post("/ui/logout", data={"csrf_token": csrf_in(page.text)})
    assert "You are logged out." in response.text
    assert client.get("/ui/", follow_redirects=False).status_code == 303
    with ui.store.session() as session:
        actions = session.scalars(select(AuditEvent.action).where(AuditEvent.actor == "robin")).all()
    assert actions == ["login", "logout"]


def test_api_client_role_does_not_use_the_pages(ui: UI) -> None:
    with ui.store.session() as session:
        from safeguarding.accounts import set_password

        set_password(session, "uploader", DEMO_PASSWORD)
    client = login_client(ui.app, "uploader", landing_status=403)
    assert client.get("/ui/").status_code == 403
    assert client.get(f"/ui/cases/{ui.demo.case_ids['ads']}").status_code == 403


# --- roles and media ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "thumbnail", "reveal"),
    [("casey", 200, 200), ("admin", 200, 200), ("robin", 403, 403), ("ana", 403, 403)],
)
def test_media_by_role(ui: UI, name: str, thumbnail: int, reveal: int) -> None:
    client = login_client(ui.app, name)
    csrf = csrf_in(client.get("/ui/").text)
    item = first_item(ui, "ads")  # an ad network: every case-reading role may open it
    assert client.get(f"/ui/cases/{ui.demo.case_ids['ads']}").status_code == 200
    assert client.get(f"/ui/items/{item}/media/0/thumbnail").status_code == thumbnail
    response = client.post(f"/ui/items/{item}/media/0/reveal", headers={"X-CSRF-Token": csrf})
    assert response.status_code == reveal
    if reveal == 403:
        assert response.json() == {"detail": "your role may not reveal media"}


def test_reveal_needs_the_csrf_token(ui: UI) -> None:
    client = login_client(ui.app, "casey")
    response = client.post(f"/ui/items/{first_item(ui, 'media')}/media/0/reveal")
    assert response.status_code == 403
    assert response.json() == {"detail": "missing or wrong CSRF token"}


def test_thumbnail_is_greyscale_and_blurred_and_reveal_is_not(ui: UI) -> None:
    client = login_client(ui.app, "casey")
    csrf = csrf_in(client.get("/ui/").text)
    item = first_item(ui, "media")
    blurred = Image.open(io.BytesIO(client.get(f"/ui/items/{item}/media/0/thumbnail").content))
    assert blurred.mode == "L"
    revealed = Image.open(
        io.BytesIO(client.post(f"/ui/items/{item}/media/0/reveal", headers={"X-CSRF-Token": csrf}).content)
    )
    assert revealed.mode == "RGB" and revealed.size == blurred.size
    original = Image.open(ui.demo.image_paths[0]).convert("RGB")
    assert np.array_equal(np.asarray(revealed), np.asarray(original))

    def sharpness(image: Image.Image) -> float:
        grey = np.asarray(image.convert("L"), dtype=float)
        return float(np.abs(np.diff(grey, axis=1)).mean())

    assert sharpness(blurred) < sharpness(original) / 4
    with ui.store.session() as session:
        reveals = session.scalars(select(AuditEvent).where(AuditEvent.action == "reveal")).all()
    assert [(e.actor, e.subject) for e in reveals] == [("casey", f"case_item:{item}")]


def test_text_reviewer_cannot_open_a_media_case(ui: UI) -> None:
    client = login_client(ui.app, "robin")
    response = client.get(f"/ui/cases/{ui.demo.case_ids['media']}")
    assert response.status_code == 403
    assert "demo-bank" not in response.text and "upload-0001" not in response.text


def test_missing_media_file_shows_hashes_and_says_so(ui: UI) -> None:
    ui.demo.image_paths[0].unlink()
    client = login_client(ui.app, "casey")
    page = client.get(f"/ui/cases/{ui.demo.case_ids['media']}")
    assert "no longer on this machine" in page.text
    assert "SHA-256" in page.text
    assert client.get(f"/ui/items/{first_item(ui, 'media')}/media/0/thumbnail").status_code == 422


def test_video_is_muted_never_autoplays_and_has_a_blurred_poster(ui: UI, tmp_path: Path) -> None:
    video = tmp_path / "clip.mp4"
    with av.open(str(video), "w") as out:
        stream = out.add_stream("mpeg4", rate=5)
        stream.width, stream.height, stream.pix_fmt = 64, 64, "yuv420p"
        for shade in range(0, 250, 50):
            frame = np.zeros((64, 64, 3), np.uint8)
            frame[:, :32] = (shade, 120, 30)
            for packet in stream.encode(av.VideoFrame.from_ndarray(frame, format="rgb24")):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    with ui.store.session() as session:
        case = submit_detection(
            session,
            Detection(
                kind="media_match", group_key="media:clip", payload={"path": str(video)}, source_ref="clip"
            ),
        )
        case_id, item_id = case.id, case.items[0].id
    client = login_client(ui.app, "casey")
    page = client.get(f"/ui/cases/{case_id}").text
    tag = re.search(r"<video[^>]*>", page)
    assert tag is not None
    assert " muted" in tag.group(0) and "autoplay" not in tag.group(0) and 'preload="none"' in tag.group(0)
    assert " src=" not in tag.group(0)  # the video itself comes only with a reveal
    poster = Image.open(io.BytesIO(client.get(f"/ui/items/{item_id}/media/0/thumbnail").content))
    assert poster.mode == "L"
    revealed = client.post(f"/ui/items/{item_id}/media/0/reveal", headers={"X-CSRF-Token": csrf_in(page)})
    assert revealed.headers["content-type"] == "video/mp4"
    assert revealed.content == video.read_bytes()


# --- deciding ----------------------------------------------------------------------------------


def test_decide_needs_the_csrf_token(ui: UI) -> None:
    client = login_client(ui.app, "robin")
    claim(client)
    response = client.post(f"/ui/cases/{ui.demo.case_ids['chat']}/decide", data={"action": "confirm"})
    assert response.status_code == 403
    with ui.store.session() as session:
        case = session.get(Case, ui.demo.case_ids["chat"])
        assert case is not None and case.status == "open"


def test_dismiss_without_a_reason_is_refused_with_a_message(ui: UI) -> None:
    client = login_client(ui.app, "robin")
    page = claim(client)
    response = client.post(
        f"/ui/cases/{ui.demo.case_ids['chat']}/decide",
        data={"action": "dismiss", "csrf_token": csrf_in(page.text)},
    )
    assert response.status_code == 422
    assert "Not recorded: dismiss needs a reason." in response.text


def test_bulk_decision_on_selected_items(ui: UI) -> None:
    with ui.store.session() as session:
        for ref in ("conv-a", "conv-b"):
            submit_detection(
                session,
                Detection(
                    kind="grooming_warning",
                    group_key="account:demo-7",
                    summary=f"warning in {ref}",
                    payload={"messages": [{"author": "x", "text": "hello"}], "evidence": [0]},
                    source_ref=ref,
                    occurred_at=datetime.now(UTC),
                ),
            )
    client = login_client(ui.app, "admin")
    csrf = csrf_in(client.get("/ui/").text)
    with ui.store.session() as session:
        case = session.scalars(select(Case).where(Case.group_key == "account:demo-7")).one()
        case_id, items = case.id, [item.id for item in case.items]
        session.execute(Case.__table__.update().where(Case.id != case_id).values(status="dismissed"))
    assert client.post("/ui/claim", data={"csrf_token": csrf}).url.path == f"/ui/cases/{case_id}"
    response = client.post(
        f"/ui/cases/{case_id}/decide",
        data={"action": "escalate", "item_ids": [items[0]], "csrf_token": csrf},
    )
    assert response.status_code == 200
    with ui.store.session() as session:
        case = session.get(Case, case_id)
        assert case is not None
        assert [item.status for item in case.items] == ["escalated", "open"]
        assert case.status == "open"
    assert 'id="decide-form"' in response.text  # the case is still ours to finish


def test_analyst_reads_networks_but_cannot_claim_or_decide(ui: UI) -> None:
    client = login_client(ui.app, "ana")
    queue = client.get("/ui/")
    assert "Claim next case" not in queue.text
    assert f"/ui/cases/{ui.demo.case_ids['ads']}" in queue.text
    assert f"/ui/cases/{ui.demo.case_ids['chat']}" not in queue.text
    rows = re.findall(r"<tr><td><a [^>]*>Case (\d+)</a></td>(.*?)</tr>", queue.text, re.S)
    assert [(case, re.findall(r"<td>([^<]*)</td>", cells)[2]) for case, cells in rows] == [
        (str(ui.demo.case_ids["ads"]), "3")
    ]
    csrf = csrf_in(queue.text)
    assert client.post("/ui/claim", data={"csrf_token": csrf}).status_code == 403
    response = client.post(
        f"/ui/cases/{ui.demo.case_ids['ads']}/decide", data={"action": "confirm", "csrf_token": csrf}
    )
    assert response.status_code == 403


# --- wellbeing and page hygiene ----------------------------------------------------------------


@pytest.fixture
def review_config() -> dict[str, Any]:
    return {"break_after": 2}


def _shown(html: str, kind: str) -> int:
    found = re.search(rf'data-testid="shown-{kind}">(\d+)<', html)
    assert found, f"no {kind} count in the top bar"
    return int(found.group(1))


def test_break_reminder_counts_what_was_shown_not_pages(ui: UI) -> None:
    client = login_client(ui.app, "casey")
    media = client.get(f"/ui/cases/{ui.demo.case_ids['media']}")
    assert 'data-testid="break-reminder"' not in media.text  # a page view alone shows nothing counted
    assert _shown(media.text, "message_shown") == 0
    # The browser loads the blurred thumbnail: that counts, once a session.
    item = re.search(r"/ui/items/(\d+)/media/0/thumbnail", media.text).group(1)  # type: ignore[union-attr]
    assert client.get(f"/ui/items/{item}/media/0/thumbnail").status_code == 200
    assert client.get(f"/ui/items/{item}/media/0/thumbnail").status_code == 200
    again = client.get(f"/ui/cases/{ui.demo.case_ids['media']}")
    assert _shown(again.text, "thumbnail_shown") == 1 and 'data-testid="break-reminder"' not in again.text
    chat = client.get(f"/ui/cases/{ui.demo.case_ids['chat']}")
    messages = _shown(chat.text, "message_shown")
    assert messages == len(re.findall(r'<li class="message', chat.text)) > 2
    assert 'data-testid="break-reminder"' in chat.text and 'role="alert"' in chat.text
    after = client.post(
        "/ui/break",
        data={"csrf_token": csrf_in(chat.text), "next": f"/ui/cases/{ui.demo.case_ids['chat']}"},
    )
    assert 'data-testid="break-reminder"' not in after.text
    assert _shown(after.text, "message_shown") == messages  # a reload shows nothing new


def test_review_break_after_must_be_a_positive_whole_number() -> None:
    from safeguarding.exposure import ExposureSettingsError, load_exposure_settings

    from .conftest import Config

    assert load_exposure_settings(Config({})).break_after["media_revealed"] == 10
    assert set(load_exposure_settings(Config({"review": {"break_after": 5}})).break_after.values()) == {5}
    with pytest.raises(ExposureSettingsError, match=r"review\.break_after"):
        load_exposure_settings(Config({"review": {"break_after": 0}}))
    with pytest.raises(ExposureSettingsError, match=r"review\.daily_limit: unknown kind 'pages'"):
        load_exposure_settings(Config({"review": {"daily_limit": {"pages": 3}}}))


def test_pages_send_a_strict_content_security_policy(ui: UI) -> None:
    client = login_client(ui.app, "casey")
    response = client.get(f"/ui/cases/{ui.demo.case_ids['media']}")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert response.headers["cache-control"] == "no-store"
    assert "http://" not in response.text and "https://" not in response.text  # nothing from elsewhere
    assert client.get("/ui/static/ui.js").headers["content-type"].startswith("text/javascript")
    assert client.get("/ui/static/..%2Fviews.py").status_code == 404


def test_every_user_in_the_demo_has_a_known_role() -> None:
    from safeguarding.accounts import ROLES

    assert set(DEMO_USERS.values()) == set(ROLES)


def test_release_gives_the_case_back_undecided(ui: UI) -> None:
    client = login_client(ui.app, "robin")
    page = claim(client)
    case_id = ui.demo.case_ids["chat"]
    response = client.post(f"/ui/cases/{case_id}/release", data={"csrf_token": csrf_in(page.text)})
    assert "The case is back in the queue, undecided." in response.text
    with ui.store.session() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.lease_holder is None and case.status == "open"
        actions = session.scalars(select(AuditEvent.action).where(AuditEvent.actor == "robin")).all()
    assert actions[-1] == "release"


def test_chat_with_only_evidence_lines_marks_them_and_says_so(ui: UI) -> None:
    from safeguarding.cases.adapters import chat_detection

    evidence = [
        {"message": 4, "category": "secrecy", "stage": 4, "text": "keep this between us"},
        {"message": 2, "category": "age_probe", "stage": 2, "text": "what grade are you in"},
    ]
    detection = chat_detection("c-evidence", {"risk": 0.9, "suspect": "u1", "first_warning": 4}, evidence)
    with ui.store.session() as session:
        case_id = submit_detection(session, detection).id
    page = login_client(ui.app, "robin").get(f"/ui/cases/{case_id}").text
    assert "Only the evidence lines are kept with the case" in page
    lines = re.findall(r'<li class="message evidence from-suspect"', page)
    assert len(lines) == 2
    assert page.index("what grade are you in") < page.index("keep this between us")  # conversation order
    assert "age probe · stage 2" in page and "secrecy · stage 4" in page


def test_admin_takes_escalated_cases_from_the_senior_queue(ui: UI) -> None:
    reviewer = login_client(ui.app, "robin")
    page = claim(reviewer)
    chat = ui.demo.case_ids["chat"]
    reviewer.post(f"/ui/cases/{chat}/decide", data={"action": "escalate", "csrf_token": csrf_in(page.text)})
    assert claim(reviewer).url.path == f"/ui/cases/{ui.demo.case_ids['ads']}"  # not back to robin
    admin = login_client(ui.app, "admin")
    with ui.store.session() as session:
        session.execute(Case.__table__.update().where(Case.id != chat).values(status="dismissed"))
    assert claim(admin).url.path == f"/ui/cases/{chat}"


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_text_colours_meet_wcag_aa_contrast() -> None:
    import safeguarding.web.ui

    css = (Path(safeguarding.web.ui.__file__).parent / "static" / "ui.css").read_text()
    var = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6});", css))
    pairs = [
        (var["ink"], var["paper"]),
        (var["muted"], var["paper"]),
        (var["muted"], var["panel"]),
        ("#ffffff", var["accent"]),  # button text
        (var["ink"], var["evidence"]),  # evidence lines
        ("#4d3d00", var["evidence"]),  # the reason on an evidence line
        ("#ffffff", var["danger"]),  # the suspect tag
        ("#dfe6f0", "#14213d"),  # the role in the top bar
    ]
    for literal in ("#4d3d00", "#dfe6f0", "#14213d"):
        assert literal in css  # the colours checked here are the ones the stylesheet uses
    for text, background in pairs:
        assert _contrast(text, background) >= 4.5, (text, background)
    assert _contrast(var["focus"], var["ink"]) >= 3  # the focus ring against its dark halo


ROLE_MATRIX_ROLES = ["none", "api_client", "analyst", "reviewer", "child_safety_reviewer", "admin"]
DEMO_NAME = {
    "api_client": "uploader",
    "analyst": "ana",
    "reviewer": "robin",
    "child_safety_reviewer": "casey",
}


@pytest.mark.parametrize("role", ROLE_MATRIX_ROLES)
def test_every_ui_endpoint_checks_the_role(ui: UI, role: str) -> None:
    """Each page and action × each role, and no credentials at all."""
    to_login = "login"
    expected_by_role: dict[str, dict[str, Any]] = {
        "none": dict.fromkeys(("queue", "ads", "media", "claim", "note", "release", "break"), to_login)
        | {"thumbnail": 401, "reveal": 401},
        "api_client": dict.fromkeys(("queue", "ads", "media", "claim", "note", "release"), 403)
        | {"thumbnail": 403, "reveal": 403, "break": 303},
        "analyst": {"queue": 200, "ads": 200, "media": 403, "claim": 403, "note": 403, "release": 403}
        | {"thumbnail": 403, "reveal": 403, "break": 303},
        "reviewer": {"queue": 200, "ads": 200, "media": 403, "claim": 303, "note": 303, "release": 303}
        | {"thumbnail": 403, "reveal": 403, "break": 303},
    }
    media_role = {"queue": 200, "ads": 200, "media": 200, "claim": 303, "note": 303, "release": 303}
    media_role |= {"thumbnail": 200, "reveal": 200, "break": 303}
    expected = expected_by_role.get(role, media_role)

    if role == "none":
        client, csrf = TestClient(ui.app), ""
    else:
        name = DEMO_NAME.get(role, role)
        if role == "api_client":
            with ui.store.session() as session:
                from safeguarding.accounts import set_password

                set_password(session, name, DEMO_PASSWORD)
        client = login_client(ui.app, name, landing_status=403 if role == "api_client" else 200)
        csrf = csrf_in(client.get("/ui/login", follow_redirects=True).text)
    ads, media = ui.demo.case_ids["ads"], ui.demo.case_ids["media"]
    item = first_item(ui, "ads")
    form = {"csrf_token": csrf}
    calls = {
        "queue": lambda: client.get("/ui/", follow_redirects=False),
        "ads": lambda: client.get(f"/ui/cases/{ads}", follow_redirects=False),
        "media": lambda: client.get(f"/ui/cases/{media}", follow_redirects=False),
        "note": lambda: client.post(
            f"/ui/cases/{ads}/decide",
            data=form | {"action": "note", "reason": "matrix"},
            follow_redirects=False,
        ),
        "release": lambda: client.post(f"/ui/cases/{ads}/release", data=form, follow_redirects=False),
        "thumbnail": lambda: client.get(f"/ui/items/{item}/media/0/thumbnail"),
        "reveal": lambda: client.post(f"/ui/items/{item}/media/0/reveal", headers={"X-CSRF-Token": csrf}),
        "break": lambda: client.post("/ui/break", data=form | {"next": "/ui/"}, follow_redirects=False),
        "claim": lambda: client.post("/ui/claim", data=form, follow_redirects=False),
    }
    for action, call in calls.items():
        response = call()
        want = expected[action]
        if want == to_login:
            assert response.status_code == 303, action
            assert response.headers["location"].startswith("/ui/login"), action
        else:
            assert response.status_code == want, (action, response.status_code)
        if response.status_code in (401, 403):
            assert "demo-bank" not in response.text and "07700" not in response.text, action


def test_a_bad_break_after_names_the_setting(ui: UI) -> None:
    from safeguarding.web import create_app

    from .conftest import Config

    app = create_app(ui.store, Config({"review": {"break_after": "often"}, "web": {"secret_key": "x" * 32}}))
    client = login_client(app, "casey", landing_status=500)
    response = client.get("/ui/")
    assert response.status_code == 500
    assert response.json()["detail"].startswith("config review.break_after must be a whole number >= 1")
