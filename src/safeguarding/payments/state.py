"""Bounded state per customer over the window: monthly counters, recent corridor payments, beneficiaries."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

# per-month counters of corridor transfers
N, SMALL, NIGHT, ROUND, COVER, SUM = range(6)


@dataclass(slots=True)
class Payment:
    """A corridor transfer kept as evidence (bounded deque)."""

    txn_id: str
    epoch: int
    month: int
    receiver: str
    small: bool
    night: bool
    round: bool
    cover: bool


@dataclass(slots=True)
class CustomerState:
    months: dict[int, list[float]] = field(default_factory=dict)
    payments: deque[Payment] = field(default_factory=lambda: deque(maxlen=200))
    receivers: dict[str, list[int]] = field(
        default_factory=dict
    )  # receiver -> [first month, last month, months seen]
    purchases: deque[tuple[str, int, str]] = field(
        default_factory=lambda: deque(maxlen=50)
    )  # (kind, month, txn)
    listed: list[str] = field(default_factory=list)
    last_time: str = ""
    best_score: float = 0.0
    best_indicators: list[dict[str, object]] = field(default_factory=list)
    first_flag_time: str | None = None
    monthly: dict[int, float] = field(default_factory=dict)

    def month_counts(self, month: int) -> list[float]:
        counts = self.months.get(month)
        if counts is None:
            counts = self.months[month] = [0.0] * 6
        return counts

    def prune(self, current: int, window: int) -> None:
        """Forget months older than the window (state stays bounded however long the stream)."""
        oldest = current - window + 1
        for month in [m for m in self.months if m < oldest]:
            del self.months[month]


@dataclass(frozen=True, slots=True)
class View:
    """What an indicator sees of one customer at a checkpoint: only the window."""

    state: CustomerState
    current: int  # month index (year*12 + month) of the checkpoint
    window: int
    shared_senders: dict[str, int]  # beneficiary -> number of distinct senders seen

    @property
    def oldest(self) -> int:
        return self.current - self.window + 1

    def payments(self) -> list[Payment]:
        return [p for p in self.state.payments if p.month >= self.oldest]

    def months(self) -> list[tuple[int, list[float]]]:
        return sorted((m, c) for m, c in self.state.months.items() if m >= self.oldest)
