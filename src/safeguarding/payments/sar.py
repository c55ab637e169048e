"""A suspicious-activity-report outline from a confirmed `payment_pattern` case: a draft for a person to
complete, check and file. Nothing here files anything.

Sections follow the UK SAR (NCA SAR Portal) layout in the project's notes ([V]): main subject, associated
subjects, transactions, reasons for suspicion in time order with a glossary code. The glossary code
XXV3XX ("risk to children") is marked [M] (unconfirmed) in those notes: the outline says so.
"""

from __future__ import annotations

from typing import Any

from safeguarding.cases.models import Case
from safeguarding.payments.settings import load_settings

GLOSSARY = [
    {
        "scheme": "UK NCA SAR glossary",
        "code": "XXV3XX",
        "meaning": "risk to children",
        "confirmed": False,
        "note": "unconfirmed in the project's sources ([M]); check the current NCA glossary before filing",
    },
    {
        "scheme": "FinCEN SAR keyword (field 2)",
        "code": "OCSE-FIN-2021-NTC3",
        "meaning": "online child sexual exploitation",
        "confirmed": True,
        "note": "FinCEN notice FIN-2021-NTC3",
    },
]


class NotReady(ValueError):
    """The case is not a confirmed payment-pattern case; the message says why."""


def sar_outline(case: Case) -> dict[str, Any]:
    """The outline of a confirmed `payment_pattern` case, or `NotReady`."""
    items = [item for item in case.items if item.kind == "payment_pattern"]
    if not items:
        raise NotReady(f"case {case.id} has no payment_pattern item")
    if case.status not in ("confirmed", "reported"):
        raise NotReady(f"case {case.id} is {case.status}: an outline is drafted for confirmed cases only")
    sources = {name: str(spec["source"]) for name, spec in load_settings().indicators.items()}
    sources["list_match"] = "a configured court-order or law-enforcement list (NCA 2026 partnership)"
    reasons: list[dict[str, Any]] = []
    parties: dict[str, int] = {}
    transactions: set[str] = set()
    customer = ""
    for item in items:
        payload = item.payload or {}
        customer = str(payload.get("customer", customer))
        when = payload.get("first_flag_time") or (item.occurred_at.isoformat() if item.occurred_at else "")
        for indicator in payload.get("indicators") or []:
            if not isinstance(indicator, dict) or float(indicator.get("weight", 0)) <= 0:
                continue
            ids = [str(t) for t in indicator.get("txn_ids") or []]
            transactions.update(ids)
            name = str(indicator.get("name"))
            reasons.append({"time": when, "indicator": name, "source": sources.get(name, ""), "txn_ids": ids})
        for party in payload.get("beneficiaries") or []:
            if isinstance(party, dict) and party.get("receiver"):
                parties[str(party["receiver"])] = int(party.get("senders") or 0)
    for decision in case.decisions:
        if decision.action == "confirm":
            reason = f"reviewer {decision.actor}: {decision.reason}"
            reasons.append(
                {"time": decision.created_at.isoformat(), "indicator": "reviewer_confirmed", "source": reason}
            )
    reasons.sort(key=lambda r: str(r["time"]))
    return {
        "draft": True,
        "filed": False,
        "notice": "An outline for a trained person to complete, check and file; never filed automatically.",
        "case_id": case.id,
        "subject": {"customer": customer, "type": "main subject"},
        "associated_parties": [
            {"account": acct, "type": "beneficiary", "senders_in_window": n} for acct, n in parties.items()
        ],
        "transactions": sorted(transactions),
        "reasons_for_suspicion": reasons,
        "glossary_codes": GLOSSARY,
    }
