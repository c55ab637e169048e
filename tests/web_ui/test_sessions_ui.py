"""The reviewer UI's sessions and login form: the findings of issue 11 as tests.

- After "Log out" the old session cookie no longer opens /ui/ nor the API (ASVS V3.3.1).
- 25 wrong passwords on the login form, then the right one, is refused (ASVS V2.2.1).
"""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from safeguarding.audit import AuditEvent
from safeguarding.web.ui.demo import DEMO_PASSWORD

from .conftest import UI, csrf_in, login_client


def test_old_cookie_opens_nothing_after_log_out(ui: UI) -> None:
    client = login_client(ui.app, "casey")
    page = client.get("/ui/")
    assert page.status_code == 200
    cookie = client.cookies["sg_session"]
    client.post("/ui/logout", data={"csrf_token": csrf_in(page.text)})

    thief = TestClient(ui.app)
    thief.cookies.set("sg_session", cookie)
    queue = thief.get("/ui/", follow_redirects=False)
    assert queue.status_code == 303 and queue.headers["location"].startswith("/ui/login")
    case = thief.get(f"/ui/cases/{ui.demo.case_ids['chat']}", follow_redirects=False)
    assert case.status_code == 303
    assert thief.get("/v1/session").status_code == 401
    assert thief.get("/v1/cases").status_code == 401


def test_login_form_refuses_the_right_password_after_25_wrong_ones(ui: UI) -> None:
    client = TestClient(ui.app)
    page = client.get("/ui/login")
    statuses = []
    for _ in range(25):
        page = client.post(
            "/ui/login",
            data={
                "username": "casey",
                "password": "wrong guess",
                "csrf_token": csrf_in(page.text),
                "next": "/ui/",
            },
        )
        statuses.append(page.status_code)
    assert statuses[:3] == [401, 401, 401]  # three free failures, then the form makes you wait
    assert set(statuses[3:]) <= {401, 429} and 429 in statuses
    right = client.post(
        "/ui/login",
        data={
            "username": "casey",
            "password": DEMO_PASSWORD,
            "csrf_token": csrf_in(page.text),
            "next": "/ui/",
        },
        follow_redirects=False,
    )
    assert right.status_code == 429
    assert "too many failed logins" in right.text.lower() and "try again in" in right.text
    assert "sg_session" not in client.cookies
    with ui.store.session() as session:
        actions = session.scalars(select(AuditEvent.action).where(AuditEvent.subject == "user:casey")).all()
    assert actions.count("login_failed") >= 3 and actions[-1] == "login_refused" and "login" not in actions


def test_login_form_never_keeps_a_session_id_from_before_login(ui: UI) -> None:
    planted = "a-session-id-chosen-before-login-0123456789"
    client = TestClient(ui.app)
    client.cookies.set("sg_session", planted, domain="testserver.local")
    form = client.get("/ui/login")
    assert form.status_code == 200 and 'name="password"' in form.text
    response = client.post(
        "/ui/login",
        data={
            "username": "casey",
            "password": DEMO_PASSWORD,
            "csrf_token": csrf_in(form.text),
            "next": "/ui/",
        },
        follow_redirects=False,
    )
    assert response.status_code == 303
    issued = response.cookies["sg_session"]
    assert issued != planted and len(issued) >= 43
    stale = TestClient(ui.app)
    stale.cookies.set("sg_session", planted)
    assert stale.get("/v1/session").status_code == 401
