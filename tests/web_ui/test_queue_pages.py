"""The queue's new POSTs without a browser: CSRF and roles for bulk decisions, undo and opened ads;
the admins-only exposure page; a bad filter named, never a traceback."""

from __future__ import annotations

from .conftest import UI, csrf_in, login_client


def test_bulk_undo_and_opened_ads_need_the_csrf_token_and_a_deciding_role(ui: UI) -> None:
    ads = ui.demo.case_ids["ads"]
    robin = login_client(ui.app, "robin")
    csrf = csrf_in(robin.get("/ui/").text)
    form = {"action": "dismiss", "reason": "lawful", "case_ids": [ads]}
    assert robin.post("/ui/bulk", data=form | {"csrf_token": "forged"}).status_code == 403
    assert robin.post("/ui/bulk", data=form).status_code == 403  # no token at all
    done = robin.post("/ui/bulk", data=form | {"csrf_token": csrf}, follow_redirects=False)
    assert done.status_code == 303 and "msg=bulk-dismiss" in done.headers["location"]
    page = robin.get("/ui/").text
    assert 'data-testid="undo-panel"' in page
    bulk_id = page.split("/ui/bulk/", 1)[1].split("/undo", 1)[0]
    assert robin.post(f"/ui/bulk/{bulk_id}/undo", data={"csrf_token": "forged"}).status_code == 403
    analyst = login_client(ui.app, "ana")
    analyst_csrf = csrf_in(analyst.get("/ui/").text)
    assert analyst.post(f"/ui/bulk/{bulk_id}/undo", data={"csrf_token": analyst_csrf}).status_code == 403
    assert analyst.post("/ui/bulk", data=form | {"csrf_token": analyst_csrf}).status_code == 403
    undone = robin.post(f"/ui/bulk/{bulk_id}/undo", data={"csrf_token": csrf}, follow_redirects=False)
    assert undone.headers["location"].endswith("msg=bulk-undone")
    mixed = robin.post(
        "/ui/bulk", data=form | {"csrf_token": csrf, "case_ids": [ads, ui.demo.case_ids["chat"]]}
    )
    assert mixed.status_code == 422 and "one kind" in mixed.text
    item = robin.get(f"/ui/cases/{ads}").text.split('id="item-', 1)[1].split('"', 1)[0]
    assert robin.post("/ui/exposure/ad", data={"item_id": item}).status_code == 403  # no token
    counted = robin.post("/ui/exposure/ad", data={"item_id": item}, headers={"X-CSRF-Token": csrf})
    assert counted.json() == {"counted": 0}  # shown open on the page already: counted once


def test_exposure_page_is_for_admins_and_bad_filters_are_named(ui: UI) -> None:
    casey = login_client(ui.app, "casey")
    assert casey.get("/ui/exposure").status_code == 403
    admin = login_client(ui.app, "admin")
    page = admin.get("/ui/exposure")
    assert page.status_code == 200 and 'data-testid="exposure-table"' in page.text
    bad = casey.get("/ui/", params={"f": "1", "priority": "urgent"})
    assert bad.status_code == 200 and "Filters not applied: priority must be a whole number" in bad.text
    cursor = casey.get("/ui/", params={"cursor": "garbage"})
    assert cursor.status_code == 200 and "That page could not be shown" in cursor.text
