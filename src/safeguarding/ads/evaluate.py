"""Scores linker output against ground truth: networks (pairwise and B-cubed) and phone extraction.

Truth: one JSON object a line, `{"id": str, "network": str|null, "phones": [E.164]}`; `null` means the ad
belongs to no network. Pairwise scores count pairs of ads placed together; B-cubed scores average, per ad,
the overlap of its predicted and true groups (every null ad is its own group). Both are computed from the
contingency table of (predicted, true) groups, so the cost is linear in the number of ads.

Also reported: the purity of the largest predicted networks (the share of the network's ads that belong to
its most common true group; a chained network of unrelated groups has low purity) and, when the truth
carries `indicators` (a list of categories per ad), indicator precision and recall per category and
overall (micro-averaged over (ad, category) pairs).
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
    largest_networks: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    indicators: dict[str, Any] | None = None

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
    found_indicators: dict[str, set[str]] = {}
    for record in output:
        ad_id = str(record["id"])
        predicted[ad_id] = record.get("network") or f"\0single:{ad_id}"
        found_phones[ad_id] = set(record.get("phones") or [])
        found_indicators[ad_id] = {
            str(hit["category"]) for hit in record.get("indicators") or [] if isinstance(hit, dict)
        }
    indicator_counts: dict[str, list[int]] = {}  # category -> [true positives, predicted, actual]
    has_indicator_truth = False
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
        if isinstance(record.get("indicators"), list):
            has_indicator_truth = True
            _count_indicators(indicator_counts, set(record["indicators"]), found_indicators.get(ad_id, set()))
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
        largest_networks=_largest(cells, pred_sizes),
        indicators=_indicator_scores(indicator_counts) if has_indicator_truth else None,
    )


def _count_indicators(counts: dict[str, list[int]], actual: set[str], found: set[str]) -> None:
    for category in actual | found:
        tally = counts.setdefault(category, [0, 0, 0])
        tally[0] += category in actual and category in found
        tally[1] += category in found
        tally[2] += category in actual


def _indicator_scores(counts: dict[str, list[int]]) -> dict[str, Any]:
    def prf(tp: int, found: int, actual: int) -> dict[str, Any]:
        p, r, f = _prf(tp, found, actual)
        return {"precision": p, "recall": r, "f1": f, "support": actual, "predicted": found}

    by_category = {category: prf(*tally) for category, tally in sorted(counts.items())}
    totals = [sum(t[i] for t in counts.values()) for i in range(3)]
    return {"overall": prf(*totals), "by_category": by_category}


def _largest(
    cells: Counter[tuple[str, str]], pred_sizes: Counter[str], top: int = 10
) -> list[dict[str, Any]]:
    """The `top` largest predicted networks with their purity (share of the most common true group)."""
    best: dict[str, int] = {}
    for (pred, _), count in cells.items():
        if not pred.startswith("\0"):
            best[pred] = max(best.get(pred, 0), count)
    ranked = sorted(best, key=lambda name: (-pred_sizes[name], name))[:top]
    return [
        {"network": name, "size": pred_sizes[name], "purity": best[name] / pred_sizes[name]}
        for name in ranked
    ]


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
            *_format_extra(scores),
        ]
    )


def _format_extra(scores: Scores) -> list[str]:
    lines = []
    if scores.largest_networks:
        shown = ", ".join(
            f"{n['network']} {n['size']} ads {n['purity']:.2f}" for n in scores.largest_networks[:5]
        )
        lines.append(f"largest networks    purity: {shown}")
    if scores.indicators:
        overall = scores.indicators["overall"]
        lines.append(
            f"indicators          precision {overall['precision']:.3f}  recall {overall['recall']:.3f}"
        )
        for category, v in scores.indicators["by_category"].items():
            lines.append(
                f"  {category:<22} precision {v['precision']:.3f}  recall {v['recall']:.3f}  "
                f"(support {v['support']}, predicted {v['predicted']})"
            )
    return lines
