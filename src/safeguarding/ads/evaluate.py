"""Scores linker output against ground truth: networks (pairwise and B-cubed) and phone extraction.

Truth: one JSON object a line, `{"id": str, "network": str|null, "phones": [E.164]}`; `null` means the ad
belongs to no network. Pairwise scores count pairs of ads placed together; B-cubed scores average, per ad,
the overlap of its predicted and true groups (every null ad is its own group). Both are computed from the
contingency table of (predicted, true) groups, so the cost is linear in the number of ads.
"""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Scores:
    pairwise: tuple[float, float, float]
    bcubed: tuple[float, float, float]
    phones: tuple[float, float]
    ads: int
    true_networks: int
    predicted_networks: int
    missing: int

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def _prf(tp: float, predicted: float, actual: float) -> tuple[float, float, float]:
    p = tp / predicted if predicted else 1.0
    r = tp / actual if actual else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def read_jsonl(lines: Iterable[str]) -> Iterable[dict[str, Any]]:
    for line in lines:
        if line.strip():
            record = json.loads(line)
            if isinstance(record, dict) and "id" in record:
                yield record


def evaluate(output: Iterable[dict[str, Any]], truth: Iterable[dict[str, Any]]) -> Scores:
    predicted: dict[str, str] = {}
    found_phones: dict[str, set[str]] = {}
    for record in output:
        ad_id = str(record["id"])
        predicted[ad_id] = record.get("network") or f"\0single:{ad_id}"
        found_phones[ad_id] = set(record.get("phones") or [])
    cells: Counter[tuple[str, str]] = Counter()
    true_sizes: Counter[str] = Counter()
    pred_sizes: Counter[str] = Counter()
    tp_phone = n_found = n_true = 0
    missing = 0
    for record in truth:
        ad_id = str(record["id"])
        if ad_id not in predicted:
            missing += 1
        true_group = record.get("network") or f"\0single:{ad_id}"
        pred_group = predicted.get(ad_id, f"\0single:{ad_id}")
        cells[(pred_group, true_group)] += 1
        true_sizes[true_group] += 1
        pred_sizes[pred_group] += 1
        phones = set(record.get("phones") or [])
        got = found_phones.get(ad_id, set())
        tp_phone += len(phones & got)
        n_found += len(got)
        n_true += len(phones)
    pairs = lambda n: n * (n - 1) / 2  # noqa: E731
    tp = sum(pairs(c) for c in cells.values())
    pairwise = _prf(
        tp, sum(pairs(c) for c in pred_sizes.values()), sum(pairs(c) for c in true_sizes.values())
    )
    n = sum(true_sizes.values())
    b_p = sum(c * c / pred_sizes[p] for (p, _), c in cells.items()) / n if n else 1.0
    b_r = sum(c * c / true_sizes[t] for (_, t), c in cells.items()) / n if n else 1.0
    bcubed = (b_p, b_r, 2 * b_p * b_r / (b_p + b_r) if b_p + b_r else 0.0)
    phone_p = tp_phone / n_found if n_found else 1.0
    phone_r = tp_phone / n_true if n_true else 1.0
    return Scores(
        pairwise=pairwise,
        bcubed=bcubed,
        phones=(phone_p, phone_r),
        ads=n,
        true_networks=sum(1 for g, c in true_sizes.items() if c > 1 and not g.startswith("\0")),
        predicted_networks=sum(1 for g, c in pred_sizes.items() if c > 1 and not g.startswith("\0")),
        missing=missing,
    )


def format_scores(scores: Scores) -> str:
    p, r, f = scores.pairwise
    bp, br, bf = scores.bcubed
    pp, pr = scores.phones
    return "\n".join(
        [
            f"ads: {scores.ads}  true networks: {scores.true_networks}  "
            f"predicted networks: {scores.predicted_networks}"
            + (f"  missing from output: {scores.missing}" if scores.missing else ""),
            f"networks pairwise   precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}",
            f"networks B-cubed    precision {bp:.3f}  recall {br:.3f}  F1 {bf:.3f}",
            f"phone extraction    precision {pp:.3f}  recall {pr:.3f}",
        ]
    )
