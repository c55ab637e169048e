"""Sextortion and crisis records become cases: kinds, imminent-harm priority, support resources shown."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from safeguarding.cases.adapters import chat_record_to_detections
from safeguarding.cases.severity import SEVERITY_ORDER
from safeguarding.chats.sextortion.support import DEFAULT_RESOURCES, support_resources
from safeguarding.web.ui.views import _chat_data

EVIDENCE = [{"message": 6, "category": "demand", "stage": 3, "text": "pay 200 in gift cards by 9pm"}]
BASE = {"id": "c1", "risk": 0.9, "first_warning": 6, "suspect": "mila", "evidence": EVIDENCE}


def test_a_sextortion_warning_with_a_crisis_goes_first_in_the_queue() -> None:
    record = {
        **BASE,
        "flagged": True,
        "typology": "sextortion",
        "crisis": True,
        "payment_channels": ["gift_card"],
    }
    (detection,) = chat_record_to_detections(record)
    assert detection.kind == "sextortion_warning"
    assert detection.resolved_severity() == "imminent_harm" and SEVERITY_ORDER["imminent_harm"] == 1
    assert detection.summary.startswith("CRISIS")
    assert detection.payload["payment_channels"] == ["gift_card"] and detection.payload["crisis"] is True


def test_a_crisis_alone_is_a_case_and_quiet_chats_are_not() -> None:
    (detection,) = chat_record_to_detections({**BASE, "flagged": False, "evidence": [], "crisis": True})
    assert detection.kind == "crisis" and detection.resolved_severity() == "imminent_harm"
    assert chat_record_to_detections({**BASE, "flagged": False, "crisis": False}) == []
    (plain,) = chat_record_to_detections({**BASE, "flagged": True, "typology": "sextortion", "crisis": False})
    assert plain.kind == "sextortion_warning" and plain.resolved_severity() == "grooming_warning"


def test_support_resources_come_from_the_configuration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert [r["name"] for r in support_resources()] == [r["name"] for r in DEFAULT_RESOURCES]
    config = tmp_path / "safeguarding.yaml"
    config.write_text(
        'sextortion:\n  support_resources:\n    - {name: "Local helpline", url: "https://example.org"}\n'
    )
    monkeypatch.setenv("SAFEGUARDING_CONFIG", str(config))
    assert support_resources() == [{"name": "Local helpline", "url": "https://example.org"}]
    config.write_text("sextortion:\n  support_resources: 3\n")
    assert len(support_resources()) == len(DEFAULT_RESOURCES)


def test_the_case_page_shows_the_crisis_and_the_resources() -> None:
    (detection,) = chat_record_to_detections(
        {**BASE, "flagged": True, "typology": "sextortion", "crisis": True}
    )
    data = _chat_data(detection.payload)
    templates = Path(__file__).parents[2] / "src/safeguarding/web/ui/templates"
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(templates), autoescape=True)
    html = env.get_template("items/chat.html").render(item={"data": data}, case={"id": 1}, ui_prefix="/ui")
    assert 'data-testid="crisis"' in html and "Take It Down" in html and "sextortion" in html
