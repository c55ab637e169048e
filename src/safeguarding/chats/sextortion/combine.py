"""One output line for both typologies: the grooming record, plus the sextortion tracker's reading.

The grooming fields keep their meaning. When the sextortion tracker warns, the conversation's
``typology`` is ``sextortion`` and ``flagged``, ``risk``, ``first_warning``, ``suspect`` and ``evidence``
are the sextortion ones (so the case queue and `chats evaluate` read them as usual); otherwise they stay the
grooming engine's. Extra fields: ``typology``, ``stage``, ``minutes_to_demand``, ``payment_channels``,
``crisis`` and ``crisis_message``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from safeguarding.chats.scorer import RuleScorer, score_messages
from safeguarding.chats.sextortion.tracker import SextortionTracker

Typology = Literal["all", "grooming", "sextortion"]
GROOMING_STAGES = {
    1: "friendship",
    2: "relationship",
    3: "risk_assessment",
    4: "exclusivity",
    5: "escalation",
    6: "meeting",
}  # O'Connell (2003), as the grooming categories' stage numbers (docs/CHATS.md)


def with_sextortion(grooming: dict[str, Any], sextortion: dict[str, Any]) -> dict[str, Any]:
    """Merge a grooming output record with a sextortion tracker result (see the module docstring)."""
    record = dict(grooming)
    if sextortion.get("flagged"):
        record.update(
            typology="sextortion",
            flagged=True,
            risk=max(float(grooming.get("risk") or 0.0), float(sextortion["sextortion_risk"])),
            first_warning=sextortion["first_warning"],
            suspect=sextortion["suspect"],
            evidence=sextortion["evidence"],
            stage=sextortion["stage"],
        )
    else:
        stages = [e["stage"] for e in grooming.get("evidence") or [] if isinstance(e.get("stage"), int)]
        record.update(
            typology="grooming",
            stage=GROOMING_STAGES.get(max(stages)) if stages and record.get("flagged") else None,
        )
    record["minutes_to_demand"] = sextortion.get("minutes_to_demand") if sextortion.get("flagged") else None
    record["payment_channels"] = sextortion.get("payment_channels", []) if sextortion.get("flagged") else []
    record["crisis"] = bool(sextortion.get("crisis"))
    record["crisis_message"] = sextortion.get("crisis_message")
    return record


def score_conversation(
    scorer: RuleScorer | None,
    tracker: SextortionTracker | None,
    conversation_id: str,
    participants: Mapping[str, Mapping[str, Any] | None],
    messages: list[tuple[str, str, str | None]],
) -> dict[str, Any]:
    """Score one conversation with the grooming engine and/or the sextortion tracker, in input order."""
    if scorer is not None:
        grooming = score_messages(scorer, conversation_id, participants, messages)
    else:
        grooming = {"id": conversation_id, "risk": 0.0, "flagged": False, "first_warning": None,
                    "suspect": None, "evidence": []}  # fmt: skip
    if tracker is None:
        return grooming
    state = tracker.new_state(conversation_id)
    for index, (author, text, time) in enumerate(messages):
        tracker.update(state, index, author, text, time)
    return with_sextortion(grooming, tracker.result(state))
