"""The trainable model: logistic regression on recogniser features and hashed word n-grams, calibrated.

It scores each author after each of their messages, as the rule engine does, and keeps the per-author
state O(1): the n-gram part is ``sum of weights of the n-grams read / sqrt(number read)``, which equals a
linear model on the count vector scaled by 1/sqrt(total count), so training and online scoring agree.
Probabilities are Platt-calibrated (scikit-learn ``CalibratedClassifierCV(method="sigmoid")``), then
gated by breadth (see ``GATE``), as the rules are. The model file is plain JSON: no pickle is ever loaded.
"""

from __future__ import annotations

import json
import math
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping
from itertools import pairwise
from pathlib import Path
from typing import Any

from safeguarding.chats.scorer import ADULT, RuleScorer
from safeguarding.chats.state import AuthorState, ConversationState

FORMAT = "safeguarding-chats-model"
GATE = (0.4, 0.6, 1.0)  # share of the model probability kept with 0, 1, 2+ distinct categories
BITS = 18
MASK = (1 << BITS) - 1
CATEGORIES = (
    "trust_building",
    "age_probe",
    "identity_deception",
    "personal_info",
    "flattery",
    "risk_assessment",
    "secrecy",
    "isolation",
    "platform_move",
    "gifts",
    "photo_request",
    "meeting",
    "pressure",
)
CONTEXTS = ("education", "parental_involvement", "benign_secret", "family_address")
FEATURES = (
    *(f"mass:{c}" for c in CATEGORIES),
    *(f"context:{c}" for c in CONTEXTS),
    "distinct",
    "specific",
    "rule_sum",
    "family",
    "adult_to_minor",
    "peers",
    "adults",
    "ages_unknown",
    "log_messages",
)


def ngram_ids(norm: str) -> list[int]:
    words = norm.split()
    ids = [zlib.crc32(w.encode()) & MASK for w in words]
    ids.extend(zlib.crc32(f"{a} {b}".encode()) & MASK for a, b in pairwise(words))
    return ids


def dense_features(scorer: RuleScorer, state: ConversationState, writer: AuthorState) -> list[float]:
    mass = writer.mass
    values = [min(mass.get(c, 0.0), 3.0) for c in CATEGORIES]
    values += [min(writer.context.get(c, 0), 3) for c in CONTEXTS]
    distinct = sum(1 for v in mass.values() if v >= 0.5)
    specific = any(mass.get(c, 0.0) >= 0.5 for c in scorer.config.specific)
    own = writer.age
    others = [a.age for a in state.authors.values() if a is not writer and a.age is not None]
    known = own is not None and bool(others)
    adult_minor = known and own >= ADULT and any(a < ADULT for a in others)  # type: ignore[operator]
    peers = known and own < ADULT and all(a < ADULT for a in others)  # type: ignore[operator]
    adults = known and own >= ADULT and all(a >= ADULT for a in others)  # type: ignore[operator]
    values += [
        distinct,
        float(specific),
        scorer.author_sum(state, writer),
        float(state.family > 0),
        float(adult_minor),
        float(peers),
        float(adults),
        float(not known),
        math.log1p(writer.messages),
    ]
    return [float(v) for v in values]


class ModelScorer(RuleScorer):
    """Same recognisers, state, policy and explanations as the rules; risk from the trained model."""

    def __init__(
        self,
        model: Mapping[str, Any],
        policy: Mapping[str, float] | None = None,
        semantic: bool = True,
        cascade: bool = False,
    ) -> None:
        if model.get("format") != FORMAT or list(model.get("features", [])) != list(FEATURES):
            raise ValueError("not a chats model file of this version")
        merged = {**model.get("policy", {}), **(policy or {})}
        super().__init__(policy=merged, semantic=semantic, cascade=cascade)
        self.mean = [float(v) for v in model["mean"]]
        self.scale = [float(v) or 1.0 for v in model["scale"]]
        self.dense = [float(v) for v in model["dense_coef"]]
        self.ngrams: dict[int, float] = dict(zip(model["ngram_ids"], model["ngram_coef"], strict=True))
        self.intercept = float(model["intercept"])
        self.cal_a = float(model["calibration"]["a"])
        self.cal_b = float(model["calibration"]["b"])

    @classmethod
    def load(
        cls,
        path: str | Path,
        policy: Mapping[str, float] | None = None,
        semantic: bool = True,
        cascade: bool = False,
    ) -> ModelScorer:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ValueError(f"not JSON ({exc.msg})") from None
        if not isinstance(data, dict):
            raise ValueError("not a chats model file")
        try:
            return cls(data, policy, semantic, cascade)
        except (KeyError, TypeError) as exc:
            raise ValueError(f"incomplete model file ({exc})") from None

    def observe(self, writer: AuthorState, norm: str) -> bool:
        ids = ngram_ids(norm)
        if ids:
            get = self.ngrams.get
            writer.ngram_sum += sum(get(i, 0.0) for i in ids)
            writer.ngram_count += len(ids)
        return True

    def decision(self, state: ConversationState, writer: AuthorState) -> float:
        x = dense_features(self, state, writer)
        total = self.intercept
        for value, mean, scale, coef in zip(x, self.mean, self.scale, self.dense, strict=True):
            total += coef * (value - mean) / scale
        if writer.ngram_count:
            total += writer.ngram_sum / math.sqrt(writer.ngram_count)
        return total

    def author_risk(self, state: ConversationState, writer: AuthorState) -> float:
        z = self.cal_a * self.decision(state, writer) + self.cal_b
        probability = 1.0 / (1.0 + math.exp(min(z, 700.0)))
        # Breadth gate: the model alone may not warn on one kind of move (an age question from a coach);
        # it needs at least two distinct recognised categories from the author for its full probability.
        distinct = sum(1 for mass in writer.mass.values() if mass >= 0.5)
        return probability * GATE[min(distinct, len(GATE) - 1)]


def snapshots(
    scorer: RuleScorer, conversations: Iterable[tuple[dict[str, Any], dict[str, Any]]], every: int = 4
) -> tuple[list[list[float]], list[Counter[int]], list[int], list[str]]:
    """Per-author feature snapshots along each conversation, labelled 1 for the suspect from the onset on."""
    dense: list[list[float]] = []
    grams: list[Counter[int]] = []
    labels: list[int] = []
    groups: list[str] = []
    from safeguarding.chats.normalise import normalise

    for conversation, truth in conversations:
        grooming = truth.get("label") == "grooming"
        suspect = truth.get("suspect")
        onset: int = truth["onset"] if isinstance(truth.get("onset"), int) else 0
        state = scorer.new_state(conversation["id"], conversation.get("participants"))
        counts: dict[str, Counter[int]] = {}
        messages = conversation["messages"]
        seen: dict[str, int] = {}
        for index, message in enumerate(messages):
            author = message["author"]
            scorer.update(state, index, author, message["text"], message.get("time"))
            counts.setdefault(author, Counter()).update(ngram_ids(normalise(message["text"])))
            seen[author] = seen.get(author, 0) + 1
            last = index == len(messages) - 1
            if seen[author] % every and not last and index != onset:
                continue
            for name in {author} if not last else set(state.authors):
                writer = state.authors[name]
                dense.append(dense_features(scorer, state, writer))
                grams.append(Counter(counts.get(name, Counter())))
                positive = grooming and (suspect is None or name == suspect) and index >= onset
                labels.append(int(positive))
                groups.append(str(conversation["id"]))
    return dense, grams, labels, groups


def train(
    conversations: list[tuple[dict[str, Any], dict[str, Any]]], c: float = 1.0, seed: int = 0
) -> dict[str, Any]:
    """Fit and calibrate the model; pick the warning threshold on a fifth of the conversations held out."""
    import numpy as np
    from scipy import sparse
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.linear_model import LogisticRegression

    rules = RuleScorer()
    held = [item for item in conversations if zlib.crc32(str(item[0]["id"]).encode()) % 5 == 0]
    fit = [item for item in conversations if zlib.crc32(str(item[0]["id"]).encode()) % 5 != 0]
    if len(held) < 5 or not fit:
        held, fit = [], conversations
    dense, grams, labels, _ = snapshots(rules, fit)
    if len(set(labels)) < 2:
        raise ValueError("training data needs both grooming (from onset, by the suspect) and benign authors")
    x_dense = np.asarray(dense, dtype=np.float64)
    mean = x_dense.mean(axis=0)
    scale = x_dense.std(axis=0)
    scale[scale == 0] = 1.0
    rows, cols, vals = [], [], []
    for row, counter in enumerate(grams):
        norm = math.sqrt(sum(counter.values())) or 1.0
        for key, count in counter.items():
            rows.append(row)
            cols.append(key)
            vals.append(count / norm)
    x_grams = sparse.csr_matrix((vals, (rows, cols)), shape=(len(grams), 1 << BITS))
    x = sparse.hstack([sparse.csr_matrix((x_dense - mean) / scale), x_grams]).tocsr()
    y = np.asarray(labels)
    base = LogisticRegression(C=c, max_iter=2000, class_weight="balanced", random_state=seed)
    model = CalibratedClassifierCV(base, method="sigmoid", cv=3, ensemble=False).fit(x, y)
    fitted = model.calibrated_classifiers_[0]
    coef = fitted.estimator.coef_.ravel()
    calibrator = fitted.calibrators[0]
    used = sorted({col for counter in grams for col in counter})
    n_dense = len(FEATURES)
    out: dict[str, Any] = {
        "format": FORMAT,
        "version": 1,
        "features": list(FEATURES),
        "mean": mean.round(6).tolist(),
        "scale": scale.round(6).tolist(),
        "dense_coef": coef[:n_dense].round(6).tolist(),
        "ngram_bits": BITS,
        "ngram_ids": used,
        "ngram_coef": [round(float(coef[n_dense + i]), 6) for i in used],
        "intercept": round(float(fitted.estimator.intercept_[0]), 6),
        "calibration": {"a": round(float(calibrator.a_), 6), "b": round(float(calibrator.b_), 6)},
        "trained_on": {
            "conversations": len(fit),
            "snapshots": len(labels),
            "positive_snapshots": int(y.sum()),
        },
    }
    out["policy"] = {**rules.policy, "threshold": _pick_threshold(out, held or fit)}
    return out


def _pick_threshold(
    model: dict[str, Any], conversations: list[tuple[dict[str, Any], dict[str, Any]]]
) -> float:
    """The policy threshold with the best F0.5 on conversations the model was not fitted on."""
    scorer = ModelScorer({**model, "policy": {}}, policy={"threshold": 2.0})  # never flags: record risks
    window, required = scorer.window, scorer.required
    trajectories = []
    for conversation, truth in conversations:
        state = scorer.new_state(conversation["id"], conversation.get("participants"))
        risks = []
        for index, message in enumerate(conversation["messages"]):
            risks.append(scorer.update(state, index, message["author"], message["text"]).risk)
        trajectories.append((risks, truth.get("label") == "grooming"))
    best, best_f = 0.5, -1.0
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.97, 0.99):
        tp = fp = fn = 0
        for risks, positive in trajectories:
            flagged = any(
                sum(r >= threshold for r in risks[max(0, i - window + 1) : i + 1]) >= required
                for i in range(len(risks))
            )
            tp += flagged and positive
            fp += flagged and not positive
            fn += positive and not flagged
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f = 1.25 * precision * recall / (0.25 * precision + recall) if precision + recall else 0.0
        if f > best_f + 1e-9:
            best, best_f = threshold, f
    return best
