"""The entity graph in the reviewer UI: served from the app only, role checks, one hop at a time, export."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import pytest

import safeguarding.entities  # noqa: F401
from safeguarding.cases import submit_detection
from safeguarding.cases.adapters import chat_detection
from safeguarding.web.ui.demo import serve_in_thread
from safeguarding.web.ui.graph_routes import CYTOSCAPE

from .conftest import UI, browser_login, login_client

VENDOR = Path(__file__).resolve().parents[2] / "src" / "safeguarding" / "web" / "ui" / "static" / "vendor"
CYTOSCAPE_SHA256 = "081591ab735b2b6a3b31a3c60f8f3a3e2fee8c92939e0c7820ad1208571b6cd8"
EVIDENCE = [{"message": 3, "category": "platform_move", "stage": 4, "text": "text me on +44 7700 900123"}]


def _linking_chat(ui: UI) -> int:
    """A grooming chat whose suspect writes the phone of the demo's ad network."""
    detection = chat_detection("conv-graph", {"risk": 0.9, "suspect": "player_q"}, EVIDENCE)
    with ui.store.session() as session:
        return submit_detection(session, detection).id


def test_the_vendored_library_is_pinned_and_licensed() -> None:
    assert hashlib.sha256((VENDOR / CYTOSCAPE).read_bytes()).hexdigest() == CYTOSCAPE_SHA256
    assert "MIT" in (VENDOR / "README.md").read_text() and (VENDOR / "cytoscape-3.34.4.LICENSE").is_file()


def test_graph_page_loads_nothing_from_another_host(ui: UI) -> None:
    chat = _linking_chat(ui)
    client = login_client(ui.app, "casey")
    page = client.get(f"/ui/cases/{chat}/graph")
    assert page.status_code == 200
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert sources and all(s.startswith("/") or s.startswith("#") for s in sources), sources
    for source in (s for s in sources if s.startswith("/ui/graph/static/")):
        assert client.get(source).status_code == 200


def test_graph_api_one_hop_and_roles(ui: UI) -> None:
    chat = _linking_chat(ui)
    ads = ui.demo.case_ids["ads"]
    casey = login_client(ui.app, "casey").get(f"/v1/graph/cases/{ads}").json()
    kinds = {n["kind"] for n in casey["nodes"] if n["type"] == "entity"}
    assert "photo" in kinds and {"case:" + str(chat), "case:" + str(ads)} <= {n["id"] for n in casey["nodes"]}
    ana = login_client(ui.app, "ana")
    analyst = ana.get(f"/v1/graph/cases/{ads}").json()
    assert "photo" not in {n["kind"] for n in analyst["nodes"] if n["type"] == "entity"}
    assert {n["kind"] for n in analyst["nodes"] if n["type"] == "case"} == {"ad_network"}  # not the chat
    assert ana.get(f"/ui/cases/{ui.demo.case_ids['media']}/graph").status_code == 403
    phone = next(n for n in casey["nodes"] if n.get("value") == "+447700900123")
    hop = login_client(ui.app, "robin").get(f"/v1/graph/entities/{phone['entity']}").json()
    assert {n["id"] for n in hop["nodes"]} == {phone["id"], f"case:{ads}", f"case:{chat}"}


def test_export_is_self_contained_html(ui: UI) -> None:
    chat = _linking_chat(ui)
    response = login_client(ui.app, "robin").get(f"/ui/cases/{chat}/graph/export")
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    html = response.text
    assert "<script" not in html and "+447700900123" in html and "<svg" in html
    assert set(re.findall(r"https?://[^\"' ]+", html)) == {"http://www.w3.org/2000/svg"}


def _wait_for_nodes(page: Any, graph: Any, at_least: int) -> int:
    """The graph's node count once it reaches `at_least` (polled: the CSP forbids evaluated strings)."""
    for _ in range(100):
        count = int(graph.get_attribute("data-nodes") or 0)
        if count >= at_least:
            return count
        page.wait_for_timeout(100)
    raise AssertionError(f"the graph has {count} nodes, expected at least {at_least}")


@pytest.mark.browser
def test_reviewer_expands_the_graph_one_hop_at_a_time(ui: UI, page: Any) -> None:
    chat = _linking_chat(ui)
    with serve_in_thread(ui.app) as base:
        requested: list[str] = []
        page.on("request", lambda request: requested.append(request.url))
        failed: list[str] = []  # the browser's own favicon request is no page resource
        page.on(
            "response", lambda r: failed.append(r.url) if r.status >= 400 and "favicon" not in r.url else None
        )
        browser_login(page, base, "casey")
        page.goto(f"{base}/ui/cases/{chat}/graph")
        graph = page.get_by_test_id("graph")
        first = _wait_for_nodes(page, graph, 4)
        page.get_by_role("button", name=re.compile(r"^Case #\d+ ad_network \(expand\)")).click()
        _wait_for_nodes(page, graph, first + 1)
        assert "ad_network" in page.get_by_test_id("graph-details").inner_text()
        assert page.locator("canvas").count() > 0
    assert requested and all(url.startswith(base) for url in requested), requested
    assert not failed, failed
