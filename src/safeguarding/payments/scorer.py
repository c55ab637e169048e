"""Stream transactions through per-customer state; score customers at checkpoints; one record per customer.

Flow: read (reader.py) → update bounded state (state.py) → every `checkpoint_days` of stream time score
the customers touched since the last checkpoint with the indicator plug-ins (indicators.py) → output.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from safeguarding.payments.indicators import Indicator, build_indicators
from safeguarding.payments.reader import Transaction
from safeguarding.payments.settings import Settings
from safeguarding.payments.state import COVER, NIGHT, ROUND, SMALL, SUM, CustomerState, Payment, View
from safeguarding.payments.state import N as COUNT

HANDLE = re.compile(r"(?:^|\s)@[A-Za-z0-9_.]{2,}")
CRYPTO_CHANNELS = frozenset({"crypto", "gift_card"})


def month_of(time: str) -> int:
    """Month index (year*12 + month - 1) of an ISO time, in the sender's own time zone."""
    return int(time[0:4]) * 12 + int(time[5:7]) - 1


def month_label(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


@dataclass
class PaymentScorer:
    """Feed transactions in time order with `add`, then `results()`; or use `score_stream`."""

    settings: Settings
    indicators: list[Indicator] = field(init=False)
    customers: dict[str, CustomerState] = field(default_factory=dict)
    senders_of: dict[str, dict[str, int]] = field(default_factory=dict)  # beneficiary -> sender -> month
    dirty: set[str] = field(default_factory=set)  # customers touched since the last checkpoint
    next_checkpoint: int | None = None
    current_month: int = 0
    unknown_currencies: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.indicators = build_indicators(self.settings.indicators)
        cover = self.settings.indicators.get("cover_memo", {}).get("words", [])
        self._cover = (
            re.compile(r"\b(?:" + "|".join(re.escape(w) for w in cover) + r")\b", re.I) if cover else None
        )
        night = self.settings.indicators.get("night", {})
        start, end = int(night.get("start_hour", 22)), int(night.get("end_hour", 5))
        self._night_hours = frozenset(h for h in range(24) if h >= start or h < end)
        small = self.settings.indicators.get("small_amounts", {})
        self._small = (float(small.get("low", 10)), float(small.get("high", 200)))
        tt = self.settings.indicators.get("tools_or_travel", {})
        self._tool_mccs = frozenset(int(m) for m in tt.get("tool_mccs", []))
        self._travel_mccs = frozenset(int(m) for m in tt.get("travel_mccs", []))

    # ---- update ------------------------------------------------------------------------------------

    def add(self, txn: Transaction) -> None:
        if self.next_checkpoint is None:
            self.next_checkpoint = txn.epoch + self.settings.checkpoint_seconds
        elif txn.epoch >= self.next_checkpoint:
            self.checkpoint()
            while self.next_checkpoint <= txn.epoch:
                self.next_checkpoint += self.settings.checkpoint_seconds
        state = self.customers.get(txn.sender)
        if state is None:
            state = self.customers[txn.sender] = CustomerState()
        settings = self.settings
        # Most transactions (everyday spending) change nothing but the customer's presence: decide that
        # first, with set lookups only.
        corridor = (
            txn.channel in settings.transfer_channels
            and txn.receiver_country in settings.corridors
            and txn.receiver_country != txn.sender_country
        )
        purchase = txn.mcc in self._tool_mccs or txn.mcc in self._travel_mccs
        listed = bool(settings.watchlist) and (
            txn.sender in settings.watchlist or txn.receiver in settings.watchlist
        )
        if not (corridor or purchase or listed or txn.channel in CRYPTO_CHANNELS):
            return
        month = month_of(txn.time)
        if month > self.current_month:
            self.current_month = month
        self.dirty.add(txn.sender)
        state.last_time = txn.time
        if listed:
            state.listed.append(txn.txn_id)
        if corridor:
            self._corridor(state, txn, month)
        elif purchase and txn.channel not in settings.transfer_channels:
            kind = "tool" if txn.mcc in self._tool_mccs else "travel"
            if kind == "tool" or txn.receiver_country in settings.corridors:
                state.purchases.append((kind, month, txn.txn_id))
        elif txn.channel in CRYPTO_CHANNELS:
            state.purchases.append(("crypto", month, txn.txn_id))

    def _corridor(self, state: CustomerState, txn: Transaction, month: int) -> None:
        rate = self.settings.eur_rates.get(txn.currency)
        if rate is None:
            self.unknown_currencies.add(txn.currency)
            rate = 1.0
        eur = txn.amount * rate
        small = self._small[0] <= eur <= self._small[1]
        night = txn.local_hour in self._night_hours
        even = txn.amount >= 10 and txn.amount % 10 == 0
        cover = bool(txn.memo) and (
            bool(HANDLE.search(txn.memo)) or (self._cover is not None and bool(self._cover.search(txn.memo)))
        )
        counts = state.month_counts(month)
        counts[COUNT] += 1
        counts[SMALL] += small
        counts[NIGHT] += night
        counts[ROUND] += even
        counts[COVER] += cover
        counts[SUM] += eur
        state.payments.append(Payment(txn.txn_id, txn.epoch, month, txn.receiver, small, night, even, cover))
        seen = state.receivers.get(txn.receiver)
        if seen is None:
            if len(state.receivers) < self.settings.max_beneficiaries:
                state.receivers[txn.receiver] = [month, month, 1]
        elif seen[1] != month:
            seen[1], seen[2] = month, seen[2] + 1
        senders = self.senders_of.setdefault(txn.receiver, {})
        if txn.sender in senders or len(senders) < self.settings.max_senders:
            senders[txn.sender] = month

    # ---- scoring -----------------------------------------------------------------------------------

    def checkpoint(self) -> None:
        """Score every customer touched since the last checkpoint; forget what has left the window."""
        window = self.settings.window_months
        oldest = self.current_month - window + 1
        for receiver in [r for r, s in self.senders_of.items() if max(s.values()) < oldest]:
            del self.senders_of[receiver]
        for customer in self.dirty:
            state = self.customers[customer]
            state.prune(self.current_month, window)
            self._score(state)
        self.dirty.clear()

    def _shared(self, state: CustomerState) -> dict[str, int]:
        oldest = self.current_month - self.settings.window_months + 1
        return {
            r: sum(1 for month in self.senders_of.get(r, {}).values() if month >= oldest)
            for r in state.receivers
        }

    def _score(self, state: CustomerState) -> None:
        view = View(state, self.current_month, self.settings.window_months, self._shared(state))
        fired: list[dict[str, object]] = []
        score = 0.0
        for ind in self.indicators:
            ids = ind.evidence(view)
            if ids:
                fired.append({"name": ind.name, "weight": ind.weight, "txn_ids": ids})
                score += ind.weight
        score = min(1.0, max(0.0, score))
        positive = {str(f["name"]) for f in fired if float(str(f["weight"])) > 0}
        flagged = (
            score >= self.settings.threshold
            and len(positive) >= self.settings.min_indicators
            and (not self.settings.requires_any or bool(positive & self.settings.requires_any))
        )
        if state.listed:
            fired.insert(0, {"name": "list_match", "weight": 1.0, "txn_ids": state.listed[-20:]})
            score, flagged = 1.0, True
        if flagged:  # an alert this month: what a reviewer's monthly list ranks
            month = self.current_month
            state.monthly[month] = max(state.monthly.get(month, 0.0), score)
            if state.first_flag_time is None:
                state.first_flag_time = state.last_time
        if score > state.best_score:
            state.best_score, state.best_indicators = score, fired

    def _beneficiaries(self, state: CustomerState) -> list[dict[str, Any]]:
        """Corridor receivers in the window (associated parties), most shared first, at most 10."""
        shared = self._shared(state)
        oldest = self.current_month - self.settings.window_months + 1
        rows = [(shared.get(r, 0), r) for r, (_f, last, _n) in state.receivers.items() if last >= oldest]
        rows.sort(key=lambda row: (-row[0], row[1]))
        return [{"receiver": r, "senders": n} for n, r in rows[:10]]

    def results(self) -> Iterator[dict[str, Any]]:
        """One record per customer (senders whose id is not a known receiver-only account)."""
        self.checkpoint()
        for customer, state in self.customers.items():
            yield {
                "customer": customer,
                "score": round(state.best_score, 4),
                "flagged": state.first_flag_time is not None,
                "indicators": state.best_indicators,
                "first_flag_time": state.first_flag_time,
                "beneficiaries": self._beneficiaries(state),
                "monthly_scores": {month_label(m): round(s, 4) for m, s in sorted(state.monthly.items())},
            }


def score_stream(transactions: Iterable[Transaction], settings: Settings) -> Iterator[dict[str, Any]]:
    scorer = PaymentScorer(settings)
    for txn in transactions:
        scorer.add(txn)
    return scorer.results()
