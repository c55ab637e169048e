"""Figures for scored output against truth: precision at review capacity (top 0.1% of customers a month),
recall, days to detection, false-positive rate per benign kind."""

from __future__ import annotations

import json
import math
from datetime import datetime
from pathlib import Path
from statistics import median
from typing import Any


def _lines(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def evaluate(scored: Path, truth: Path, capacity_share: float = 0.001) -> dict[str, Any]:
    results = {r["customer"]: r for r in _lines(scored)}
    labels = {t["customer"]: t for t in _lines(truth)}
    customers = len(labels)
    capacity = max(1, math.ceil(capacity_share * customers))
    offenders = {c for c, t in labels.items() if t["label"] == "offender"}
    months = sorted({m for r in results.values() for m in r.get("monthly_scores") or {}})
    reviewed: set[str] = set()
    hits = 0
    per_month = []
    for month in months:
        alerts = sorted(
            (
                (r["monthly_scores"][month], c)
                for c, r in results.items()
                if month in (r.get("monthly_scores") or {}) and c not in reviewed
            ),
            reverse=True,
        )[:capacity]
        chosen = {c for _, c in alerts}
        found = len(chosen & offenders)
        reviewed |= chosen
        hits += found
        per_month.append({"month": month, "reviewed": len(chosen), "offenders": found})
    flagged = {c for c, r in results.items() if r.get("flagged")}
    delays = []
    for c in offenders & flagged:
        start, flag = labels[c].get("first_offending_time"), results[c].get("first_flag_time")
        if start and flag:
            delays.append(
                (datetime.fromisoformat(flag) - datetime.fromisoformat(start)).total_seconds() / 86400
            )
    kinds: dict[str, dict[str, int]] = {}
    for c, t in labels.items():
        entry = kinds.setdefault(t["kind"], {"total": 0, "flagged": 0})
        entry["total"] += 1
        entry["flagged"] += c in flagged
    return {
        "customers": customers,
        "offenders": len(offenders),
        "capacity_per_month": capacity,
        "precision_at_capacity": hits / len(reviewed) if reviewed else 0.0,
        "recall_at_capacity": hits / len(offenders) if offenders else 0.0,
        "precision": len(flagged & offenders) / len(flagged) if flagged else 0.0,
        "recall": len(flagged & offenders) / len(offenders) if offenders else 0.0,
        "median_days_to_detection": round(median(delays), 1) if delays else None,
        "recall_by_kind": {
            k: {"recall": v["flagged"] / v["total"], **v}
            for k, v in sorted(kinds.items())
            if k in {labels[c]["kind"] for c in offenders}
        },
        "fpr_by_kind": {
            k: {"fpr": v["flagged"] / v["total"], **v}
            for k, v in sorted(kinds.items())
            if k not in {labels[c]["kind"] for c in offenders}
        },
        "months": per_month,
    }


def format_figures(fig: dict[str, Any]) -> str:
    lines = [
        f"customers {fig['customers']}, offenders {fig['offenders']},"
        f" review capacity {fig['capacity_per_month']}/month",
        f"precision at capacity {fig['precision_at_capacity']:.3f}"
        f"  recall at capacity {fig['recall_at_capacity']:.3f}",
        f"flagged overall: precision {fig['precision']:.3f}  recall {fig['recall']:.3f}"
        f"  median days to detection {fig['median_days_to_detection']}",
    ]
    for kind, v in fig["recall_by_kind"].items():
        lines.append(f"  recall {kind:<24} {v['recall']:.3f} ({v['flagged']}/{v['total']})")
    for kind, v in fig["fpr_by_kind"].items():
        lines.append(f"  FPR    {kind:<24} {v['fpr']:.4f} ({v['flagged']}/{v['total']})")
    return "\n".join(lines)
