"""Indicator plug-ins: each declares its name, weight and source (from weights.yaml) and returns the
transaction ids that show it (an empty list: it does not fire)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from statistics import median
from typing import Any

from safeguarding.payments.state import COVER, NIGHT, ROUND, SMALL, SUM, N, View

Rule = Callable[[View, dict[str, Any]], list[str]]
REGISTRY: dict[str, Rule] = {}


@dataclass(frozen=True)
class Indicator:
    name: str
    weight: float
    source: str
    params: dict[str, Any]
    rule: Rule

    def evidence(self, view: View) -> list[str]:
        return self.rule(view, self.params)


def indicator(name: str) -> Callable[[Rule], Rule]:
    def register(rule: Rule) -> Rule:
        REGISTRY[name] = rule
        return rule

    return register


def build_indicators(specs: dict[str, dict[str, Any]]) -> list[Indicator]:
    """Indicators named in the configuration, in its order; an unknown name is a clear error."""
    unknown = sorted(set(specs) - set(REGISTRY))
    if unknown:
        raise ValueError(f"payments settings: unknown indicator(s) {', '.join(unknown)}")
    return [
        Indicator(name, float(spec["weight"]), str(spec["source"]), spec, REGISTRY[name])
        for name, spec in specs.items()
    ]


def _ids(payments: list[Any], limit: int = 20) -> list[str]:
    return [p.txn_id for p in payments[-limit:]]


def _totals(view: View) -> list[float]:
    total = [0.0] * 6
    for _, counts in view.months():
        total = [a + b for a, b in zip(total, counts, strict=True)]
    return total


@indicator("corridor")
def corridor(view: View, p: dict[str, Any]) -> list[str]:
    payments = view.payments()
    return _ids(payments) if _totals(view)[N] >= p["min_transfers"] else []


@indicator("escalation")
def escalation(view: View, p: dict[str, Any]) -> list[str]:
    months = view.months()
    for (m0, early), (m1, later) in pairwise(months):
        if (
            later[N] >= p["min_later"]
            and (later[SUM] >= p["ratio"] * early[SUM] or later[N] >= p["ratio"] * early[N])
            and early[N] > 0
        ):
            return _ids([q for q in view.payments() if q.month in (m0, m1)])
    return []


@indicator("new_beneficiaries")
def new_beneficiaries(view: View, p: dict[str, Any]) -> list[str]:
    """Receivers added in the window after the customer's first corridor month (the first month's
    receivers are the customer's existing relationships, not new ones)."""
    receivers = view.state.receivers
    if not receivers:
        return []
    opening = min(first for first, _last, _n in receivers.values())
    new = {r for r, (first, _l, _n) in receivers.items() if first >= view.oldest and first > opening}
    if len(new) < p["min_count"]:
        return []
    return _ids([q for q in view.payments() if q.receiver in new])


@indicator("shared_beneficiary")
def shared_beneficiary(view: View, p: dict[str, Any]) -> list[str]:
    """A beneficiary paid by several senders; one paid by very many is an organisation (a charity, a
    college, a landlord's agent), not a facilitator."""
    shared = {
        r
        for r in view.state.receivers
        if p["min_senders"] <= view.shared_senders.get(r, 0) < p["organisation_senders"]
    }
    return _ids([q for q in view.payments() if q.receiver in shared])


@indicator("small_amounts")
def small_amounts(view: View, p: dict[str, Any]) -> list[str]:
    total = _totals(view)
    if total[N] < 2 or total[SMALL] / total[N] < p["min_share"]:
        return []
    return _ids([q for q in view.payments() if q.small])


@indicator("cover_memo")
def cover_memo(view: View, p: dict[str, Any]) -> list[str]:
    return _ids([q for q in view.payments() if q.cover]) if _totals(view)[COVER] >= p["min_count"] else []


@indicator("tools_or_travel")
def tools_or_travel(view: View, p: dict[str, Any]) -> list[str]:
    kinds = {kind for kind, month, _ in view.state.purchases if month >= view.oldest}
    if not ({"tool", "travel"} <= kinds or ("tool" in kinds and _totals(view)[N] >= 2)):
        return []
    return [
        txn
        for kind, month, txn in view.state.purchases
        if month >= view.oldest and kind in ("tool", "travel")
    ]


@indicator("frequent_series")
def frequent_series(view: View, p: dict[str, Any]) -> list[str]:
    payments = view.payments()
    span = int(p["days"]) * 86400
    need = int(p["min_in_days"])
    for i in range(len(payments) - need + 1):
        if payments[i + need - 1].epoch - payments[i].epoch <= span:
            return _ids(payments[i : i + need])
    return []


@indicator("night")
def night(view: View, p: dict[str, Any]) -> list[str]:
    total = _totals(view)
    if total[NIGHT] < 2 or total[NIGHT] / total[N] < p["min_share"]:
        return []
    return _ids([q for q in view.payments() if q.night])


@indicator("crypto_or_gift_card")
def crypto_or_gift_card(view: View, p: dict[str, Any]) -> list[str]:
    txns = [txn for kind, month, txn in view.state.purchases if kind == "crypto" and month >= view.oldest]
    return txns[-20:]


@indicator("even_amounts")
def even_amounts(view: View, p: dict[str, Any]) -> list[str]:
    total = _totals(view)
    if total[N] < 2 or total[ROUND] / total[N] < p["min_share"]:
        return []
    return _ids([q for q in view.payments() if q.round])


@indicator("regular_remittance")
def regular_remittance(view: View, p: dict[str, Any]) -> list[str]:
    """Negative weight: the same few relatives paid month after month, no new ones."""
    receivers = view.state.receivers
    if not receivers or len(receivers) > p["max_receivers"]:
        return []
    steady = [r for r, (_first, _last, seen) in receivers.items() if seen >= p["min_months"]]
    if not steady or any(first >= view.oldest and seen < 2 for first, _l, seen in receivers.values()):
        return []
    amounts = [c[SUM] / c[N] for _, c in view.months() if c[N]]
    if len(amounts) >= 2 and max(amounts) > 2.5 * median(amounts):
        return []
    return _ids([q for q in view.payments() if q.receiver in steady])
