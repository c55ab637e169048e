"""Evaluation of scored conversations against a truth file, including early-warning latency.

Latency-weighted F1 follows Vogt, Leser & Akbik (ACL 2021), who adopt the latency penalty of Sadeque et
al. (2018): for a true positive warned after reading ``k`` messages counted from the truth's ``onset``
(the first clear grooming message; k = first_warning - onset + 1, at least 1),
``penalty(k) = -1 + 2 / (1 + exp(-p (k - 1)))``; ``speed = 1 - median(penalty)`` over true positives and
``F_latency = F1 * speed``. The default p = 0.0078 gives penalty 0.5 after about 142 messages.
"""

from __future__ import annotations

import json
import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import IO, Any

DEFAULT_P = 0.0078


@dataclass
class Report:
    n: int = 0
    positives: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    f05: float = 0.0
    roc_auc: float | None = None
    median_delay: float | None = None
    speed: float = 0.0
    latency_f1: float = 0.0
    suspect_accuracy: float | None = None
    fpr_by_kind: dict[str, tuple[int, int]] = field(default_factory=dict)  # kind -> (false alarms, total)
    recall_by_language: dict[str, tuple[int, int]] = field(default_factory=dict)
    recall_by_kind: dict[str, tuple[int, int]] = field(default_factory=dict)  # kind -> (flagged, total)
    missing: int = 0
    p: float = DEFAULT_P

    def as_dict(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        out["fpr_by_kind"] = {
            k: {"false_alarms": a, "total": b, "fpr": _ratio(a, b)} for k, (a, b) in self.fpr_by_kind.items()
        }
        out["recall_by_language"] = {
            k: {"flagged": a, "total": b, "recall": _ratio(a, b)}
            for k, (a, b) in self.recall_by_language.items()
        }
        out["recall_by_kind"] = {
            k: {"flagged": a, "total": b, "recall": _ratio(a, b)} for k, (a, b) in self.recall_by_kind.items()
        }
        return out

    def lines(self) -> list[str]:
        auc = "n/a" if self.roc_auc is None else f"{self.roc_auc:.3f}"
        delay = "n/a" if self.median_delay is None else f"{self.median_delay:g} messages"
        sus = "n/a" if self.suspect_accuracy is None else f"{self.suspect_accuracy:.3f}"
        out = [
            f"conversations        {self.n} ({self.positives} grooming, {self.n - self.positives} benign)"
            + (f", {self.missing} without a prediction (counted as not flagged)" if self.missing else ""),
            f"flagged              TP {self.tp}  FP {self.fp}  FN {self.fn}",
            f"precision            {self.precision:.3f}",
            f"recall               {self.recall:.3f}",
            f"F1                   {self.f1:.3f}",
            f"F0.5                 {self.f05:.3f}",
            f"ROC AUC (risk)       {auc}",
            f"median warning delay {delay} after onset",
            f"speed (Vogt et al.)  {self.speed:.3f}  (p={self.p:g})",
            f"latency-weighted F1  {self.latency_f1:.3f}",
            f"suspect correct      {sus}",
            "false-positive rate by kind of benign conversation:",
        ]
        for kind, (alarms, total) in sorted(self.fpr_by_kind.items()):
            out.append(f"  {kind:<20} {_ratio(alarms, total):.3f}  ({alarms}/{total})")
        if self.recall_by_kind:
            out.append("recall by kind of grooming conversation:")
            for kind, (hits, total) in sorted(self.recall_by_kind.items()):
                out.append(f"  {kind:<20} {_ratio(hits, total):.3f}  ({hits}/{total})")
        if len(self.recall_by_language) > 1:
            out.append("recall by language:")
            for lang, (hits, total) in sorted(self.recall_by_language.items()):
                out.append(f"  {lang:<20} {_ratio(hits, total):.3f}  ({hits}/{total})")
        return out


def _ratio(a: float, b: float) -> float:
    return round(a / b, 4) if b else 0.0


POSITIVE_LABELS = frozenset({"grooming", "predator", "positive", "true", "1", "yes"})


def is_positive(item: dict[str, Any]) -> bool:
    """A truth line is positive when its label says grooming (also accepted: predator, positive, 1, true)."""
    label = item.get("label", item.get("grooming", "benign"))
    return str(label).strip().lower() in POSITIVE_LABELS


def penalty(k: int, p: float = DEFAULT_P) -> float:
    return -1.0 + 2.0 / (1.0 + math.exp(-p * (k - 1)))


def read_jsonl(
    stream: IO[str], name: str, report: Callable[[str], None]
) -> Iterable[tuple[int, dict[str, Any]]]:
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            report(f"{name}:{number}: not valid JSON ({exc.msg})")
            continue
        if not isinstance(data, dict) or not isinstance(data.get("id"), str | int):
            report(f'{name}:{number}: expected an object with an "id"')
            continue
        yield number, data


def evaluate(
    predictions: dict[str, dict[str, Any]], truth: Iterable[dict[str, Any]], p: float = DEFAULT_P
) -> Report:
    rep = Report(p=p)
    scores: list[float] = []
    labels: list[int] = []
    penalties: list[float] = []
    delays: list[int] = []
    suspects = Counter[bool]()
    kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    languages: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    grooming_kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for item in truth:
        cid = str(item["id"])
        positive = is_positive(item)
        pred = predictions.get(cid)
        if pred is None:
            rep.missing += 1
            pred = {}
        flagged = bool(pred.get("flagged"))
        rep.n += 1
        rep.positives += positive
        scores.append(float(pred.get("risk") or 0.0))
        labels.append(int(positive))
        if positive:
            lang = languages[str(item.get("language", "all"))]
            lang[1] += 1
            by_kind = grooming_kinds[str(item["kind"])] if item.get("kind") is not None else None
            if by_kind is not None:
                by_kind[1] += 1
                by_kind[0] += flagged
            if flagged:
                lang[0] += 1
                rep.tp += 1
                onset: int = item["onset"] if isinstance(item.get("onset"), int) else 0
                warned = pred.get("first_warning")
                first: int = warned if isinstance(warned, int) else onset
                delays.append(first - onset)
                penalties.append(penalty(max(1, first - onset + 1), p))
                if item.get("suspect") is not None:
                    suspects[pred.get("suspect") == item.get("suspect")] += 1
            else:
                rep.fn += 1
        else:
            counts = kinds[str(item.get("kind", "benign"))]
            counts[1] += 1
            if flagged:
                counts[0] += 1
                rep.fp += 1
    rep.precision = rep.tp / (rep.tp + rep.fp) if rep.tp + rep.fp else 0.0
    rep.recall = rep.tp / (rep.tp + rep.fn) if rep.tp + rep.fn else 0.0
    rep.f1 = _fbeta(rep.precision, rep.recall, 1.0)
    rep.f05 = _fbeta(rep.precision, rep.recall, 0.5)
    if 0 < sum(labels) < len(labels):
        from sklearn.metrics import roc_auc_score

        rep.roc_auc = float(roc_auc_score(labels, scores))
    rep.median_delay = float(statistics.median(delays)) if delays else None
    rep.speed = 1.0 - statistics.median(penalties) if penalties else 0.0
    rep.latency_f1 = rep.f1 * rep.speed
    total_suspects = sum(suspects.values())
    rep.suspect_accuracy = suspects[True] / total_suspects if total_suspects else None
    rep.fpr_by_kind = {k: (v[0], v[1]) for k, v in kinds.items()}
    rep.recall_by_language = {k: (v[0], v[1]) for k, v in languages.items()}
    rep.recall_by_kind = {k: (v[0], v[1]) for k, v in grooming_kinds.items()}
    return rep


def _fbeta(precision: float, recall: float, beta: float) -> float:
    b2 = beta * beta
    denominator = b2 * precision + recall
    return (1 + b2) * precision * recall / denominator if denominator else 0.0
