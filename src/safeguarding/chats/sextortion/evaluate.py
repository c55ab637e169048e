"""Figures for the sextortion typology: `python -m safeguarding.chats.sextortion.evaluate OUT TRUTH [--json]`.

OUT is `chats score` output, TRUTH the spec's truth lines (evaluation/specs/sextortion.md). A conversation
counts as warned when its output says ``typology: sextortion`` and ``flagged``. Prints precision, recall,
the share of true cases warned no later than the first demand, the false-positive rate per kind of benign
conversation, recall per kind, and crisis recall and precision (``crisis`` against the truth's index).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any


def _lines(path: Path) -> list[dict[str, Any]]:
    out = []
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            if raw.strip():
                try:
                    out.append(json.loads(raw))
                except json.JSONDecodeError as exc:
                    raise SystemExit(f"{path}:{number}: not valid JSON ({exc.msg})") from None
    return out


def figures(scored: list[dict[str, Any]], truth: list[dict[str, Any]]) -> dict[str, Any]:
    by_id = {str(r.get("id")): r for r in scored}
    tp = fp = fn = on_time = crisis_true = crisis_found = crisis_flags = crisis_right = 0
    kind_total: Counter[str] = Counter()
    kind_hit: Counter[str] = Counter()
    for t in truth:
        out = by_id.get(str(t.get("id")), {})
        warned = bool(out.get("flagged")) and out.get("typology") == "sextortion"
        positive = t.get("label") == "sextortion"
        kind = str(t.get("kind", t.get("label")))
        kind_total[kind] += 1
        kind_hit[kind] += warned
        if positive and warned:
            tp += 1
            demand, first = t.get("first_demand"), out.get("first_warning")
            on_time += demand is None or (first is not None and first <= demand)
        elif positive:
            fn += 1
        elif warned:
            fp += 1
        crisis_flag = bool(out.get("crisis"))
        crisis_flags += crisis_flag
        if t.get("crisis") is not None:
            crisis_true += 1
            crisis_found += crisis_flag
            crisis_right += crisis_flag
    labels = {str(t.get("kind")): t.get("label") for t in truth}
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {
        "conversations": len(truth),
        "tp": tp, "fp": fp, "fn": fn,
        "precision": precision,
        "recall": recall,
        "warned_by_first_demand": on_time / tp if tp else 0.0,
        "warned_by_first_demand_of_all": on_time / (tp + fn) if tp + fn else 0.0,
        "fpr_by_kind": {k: {"fpr": kind_hit[k] / n, "false_alarms": kind_hit[k], "total": n}
                        for k, n in sorted(kind_total.items()) if labels.get(k) != "sextortion"},
        "recall_by_kind": {k: {"recall": kind_hit[k] / n, "flagged": kind_hit[k], "total": n}
                           for k, n in sorted(kind_total.items()) if labels.get(k) == "sextortion"},
        "crisis_recall": crisis_found / crisis_true if crisis_true else None,
        "crisis_precision": crisis_right / crisis_flags if crisis_flags else None,
        "crisis_total": crisis_true,
    }  # fmt: skip


def render(fig: dict[str, Any]) -> str:
    rows = [
        f"conversations        {fig['conversations']}",
        f"flagged              TP {fig['tp']}  FP {fig['fp']}  FN {fig['fn']}",
        f"precision            {fig['precision']:.3f}",
        f"recall               {fig['recall']:.3f}",
        f"warned by 1st demand {fig['warned_by_first_demand']:.3f} of warned, "
        f"{fig['warned_by_first_demand_of_all']:.3f} of all true cases",
    ]
    if fig["crisis_recall"] is not None:
        rows.append(f"crisis recall        {fig['crisis_recall']:.3f}  (of {fig['crisis_total']})")
    if fig["crisis_precision"] is not None:
        rows.append(f"crisis precision     {fig['crisis_precision']:.3f}")
    rows.append("recall by kind:")
    rows += [
        f"  {k:<20} {v['recall']:.3f}  ({v['flagged']}/{v['total']})"
        for k, v in fig["recall_by_kind"].items()
    ]
    rows.append("false-positive rate by kind of benign conversation:")
    rows += [
        f"  {k:<20} {v['fpr']:.3f}  ({v['false_alarms']}/{v['total']})" for k, v in fig["fpr_by_kind"].items()
    ]
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("scored", type=Path)
    parser.add_argument("truth", type=Path)
    parser.add_argument("--json", action="store_true", help="Print the figures as JSON.")
    args = parser.parse_args(argv)
    try:
        fig = figures(_lines(args.scored), _lines(args.truth))
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(fig) if args.json else render(fig))
    return 0


if __name__ == "__main__":
    sys.exit(main())
