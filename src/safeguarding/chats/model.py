"""The trainable model: logistic regression on what the conversation means, optionally word n-grams.

It scores each author after each of their messages, as the rule engine does, and keeps the per-author
state O(1). The features carry meaning rather than one writer's words (issue 10): the recognisers' and
the semantic layer's categories, the best similarity to each category's prototypes over the author's
addressed lines, the stages shown and their order and spread, who drives the moves, the relationship
(declared or evident) and the ages. Word n-grams are off by default (they learn one writer's words);
``ngrams=True`` adds them, down-weighted, as ``sum of weights of the n-grams read / sqrt(number read)``,
which equals a linear model on the count vector scaled by 1/sqrt(total count). Probabilities are
Platt-calibrated (scikit-learn ``CalibratedClassifierCV(method="sigmoid")``), then gated by breadth (see
``GATE``). The warning threshold is chosen on cross-validated risks so that no kind of benign
conversation in the training data is flagged more than ``MAX_FPR`` of the time. The model file is plain
JSON: no pickle is ever loaded.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping
from itertools import pairwise
from pathlib import Path
from typing import Any

from safeguarding.chats.scorer import ADULT, RuleScorer
from safeguarding.chats.state import AuthorState, ConversationState

FORMAT = "safeguarding-chats-model"
VERSION = 3
GATE = (0.4, 0.6, 1.0)  # share of the model probability kept with 0, 1, 2+ distinct categories
BITS = 18
MASK = (1 << BITS) - 1
NGRAM_SCALE = 0.2  # n-gram columns are shrunk before fitting: the same C regularises them 25 times harder
MAX_FPR = 0.05  # the threshold keeps every kind of benign training conversation at or under this rate
FOLDS = 4
NEAR = 0.5  # static cosine from which an addressed line counts as near a move (the rules decide at 0.62)
MAX_NEAR = 3
LOWO_WRITERS = 3  # from this many training writers on, the threshold is validated leaving one writer out
# Speaking to someone, in the four languages of the patterns (on normalised text: accents folded).
_SECOND_PERSON = re.compile(
    r"\b(?:you|your|yours|yourself|tu|tus|te|ti|contigo|usted|vos|vous|votre|vos|toi|ton|ta|tes|"
    r"du|dich|dir|dein|deine|deinen|deinem|deiner|euch|euer)\b"
)
# Function words that only English has among the four: the semantic layer's cosines mean something there.
_ENGLISH = re.compile(r"\b(?:the|and|you|is|are|what|your|my|it|with|have|just|was)\b")
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
SETTINGS = ("family_care", "school_sport", "trade_and_service", "game", "safety_lesson")
SIMILAR = (
    "risk_assessment",
    "personal_info",
    "isolation",
    "flattery",
    "identity_deception",
    "secrecy",
    "platform_move",
    "gifts",
    "meeting",
    "pressure",
    "trust_building",
    *(f"setting:{name}" for name in SETTINGS),
)
FEATURES = (
    *(f"mass:{c}" for c in CATEGORIES),
    *(f"context:{c}" for c in CONTEXTS),
    *(f"setting:{s}" for s in SETTINGS),
    *(f"similar:{c}" for c in SIMILAR),
    "distinct",
    "specific",
    "rule_sum",
    "stages",
    "stage_spread",
    "stage_order",
    "move_spread",
    "drive_share",
    "others_distinct",
    "relation_family",
    "relation_school",
    "relation_setting",
    "family",
    "adult_to_minor",
    "writes_to_minor",
    "peers",
    "adults",
    "ages_unknown",
    "own_childhood",
    "others_childhood",
    "about_child",
    "topics",
    "addressed_share",
    "message_share",
    "log_messages",
    *(f"near:{c}" for c in SIMILAR[: -len(SETTINGS)]),
    "near_distinct",
    "soft_distinct",
    "soft_stages",
    "soft_specific",
    "lead_mean",
    "lead_max",
    "question_share",
    "question_lead",
    "second_person_share",
    "english_share",
    "initiated",
    "soft_rate",
    "mass_rate",
    *(f"mean:{c}" for c in SIMILAR),
)


# The features the shipped model is fitted on and the one its breadth gate reads: chosen by
# leave-one-writer-out cross-validation on the training writers (docs/CHATS.md, "The trainable model").
MODEL_FEATURES = FEATURES
GATE_ON = "distinct"


def ngram_ids(norm: str) -> list[int]:
    words = norm.split()
    ids = [zlib.crc32(w.encode()) & MASK for w in words]
    ids.extend(zlib.crc32(f"{a} {b}".encode()) & MASK for a, b in pairwise(words))
    return ids


def dense_features(scorer: RuleScorer, state: ConversationState, writer: AuthorState) -> list[float]:
    mass = writer.mass
    stages_of = scorer.config.stages
    values = [min(mass.get(c, 0.0), 3.0) for c in CATEGORIES]
    values += [min(writer.context.get(c, 0), 3) for c in CONTEXTS]
    values += [min(writer.settings.get(s, 0), 3) for s in SETTINGS]
    values += [writer.similar.get(c, 0.0) for c in SIMILAR]
    shown = [c for c, v in mass.items() if v >= 0.5]
    specific = any(c in scorer.config.specific for c in shown)
    stages = sorted({stages_of.get(c, 0) for c in shown})
    # Stage order: the share of pairs of moves whose first appearance follows the stage order.
    firsts = sorted((writer.first_seen.get(c, 0), stages_of.get(c, 0)) for c in shown)
    pairs = [(a[1], b[1]) for i, a in enumerate(firsts) for b in firsts[i + 1 :] if a[1] != b[1]]
    order = sum(1 for a, b in pairs if a < b) / len(pairs) if pairs else 0.5
    spread = (firsts[-1][0] - firsts[0][0]) / max(state.messages, 1) if len(firsts) > 1 else 0.0
    own_moves = sum(mass.values())
    others = [a for a in state.authors.values() if a is not writer]
    others_moves = max((sum(a.mass.values()) for a in others), default=0.0)
    others_distinct = max((sum(1 for v in a.mass.values() if v >= 0.5) for a in others), default=0)
    relation = scorer.relation_of(state, writer)
    own = writer.age
    ages = [a.age for a in others if a.age is not None]
    known = own is not None and bool(ages)
    adult_minor = known and own >= ADULT and any(a < ADULT for a in ages)  # type: ignore[operator]
    peers = known and own < ADULT and all(a < ADULT for a in ages)  # type: ignore[operator]
    adults = known and own >= ADULT and all(a >= ADULT for a in ages)  # type: ignore[operator]
    values += [
        len(shown),
        float(specific),
        scorer.author_sum(state, writer),
        len(stages),
        (stages[-1] - stages[0]) if stages else 0,
        order,
        spread,
        own_moves / (own_moves + others_moves) if own_moves else 0.0,
        others_distinct,
        float(relation == "family"),
        float(relation == "school"),
        float(relation == "setting"),
        float(state.family > 0),
        float(adult_minor),
        float(scorer.writes_to_minor(state, writer)),
        float(peers),
        float(adults),
        float(not known),
        writer.childhood,
        max((a.childhood for a in others), default=0),
        state.child,
        len(state.topics),
        writer.addressed / max(writer.messages, 1),
        writer.messages / max(state.messages, 1),
        math.log1p(writer.messages),
    ]
    near = writer.near
    values += [min(near.get(c, 0), MAX_NEAR) for c in SIMILAR[: -len(SETTINGS)]]
    soft = set(shown) | set(near)
    soft_stages = {stages_of.get(c, 0) for c in soft}
    others_questions = max((a.questions / max(a.messages, 1) for a in others), default=0.0)
    own_questions = writer.questions / max(writer.messages, 1)
    values += [
        len(near),
        len(soft),
        len(soft_stages),
        float(any(c in scorer.config.specific for c in soft)),
        writer.lead_sum / writer.addressed if writer.addressed else -0.2,
        writer.lead_max if writer.addressed else -0.2,
        own_questions,
        own_questions - others_questions,
        writer.second_person / max(writer.messages, 1),
        writer.english / max(writer.messages, 1),
        float(writer.first_index == 0),
        len(soft) / max(writer.messages, 1),
        min(own_moves, 12.0) / max(writer.messages, 1),
    ]
    sums = writer.similar_sum
    values += [sums.get(c, 0.0) / writer.addressed if writer.addressed else 0.0 for c in SIMILAR]
    return [float(v) for v in values]


class SimilarityRecorder(RuleScorer):
    """The rules plus, per author, the best similarity to each category over their addressed lines."""

    def observe(
        self, state: ConversationState, writer: AuthorState, norm: str, index: int, text: str
    ) -> bool:
        if writer.first_index < 0:
            writer.first_index = state.messages - 1
        if "?" in norm:
            writer.questions += 1
        if _SECOND_PERSON.search(norm):
            writer.second_person += 1
        if _ENGLISH.search(norm):
            writer.english += 1
        meaning = self.meaning
        last = meaning.last if meaning is not None else None
        if meaning is None or last is None or not last[2] or last[0] != norm.strip():
            return False
        _text, sims, _ = last
        writer.addressed += 1
        similar, sums = writer.similar, writer.similar_sum
        for category, value in zip(meaning.categories, sims, strict=True):
            value = round(float(value), 3)
            sums[category] = round(sums.get(category, 0.0) + value, 3)
            if value > similar.get(category, 0.0):
                similar[category] = value
        # The line's closest move, when it is near (a lower bar than the rules') and nearer than every
        # benign setting: soft evidence of a move the rules did not count (quiet grooming).
        n = meaning.n_cues
        best = int(sims[:n].argmax())
        lead = float(sims[best]) - float(sims[n:].max())
        writer.lead_sum += lead
        writer.lead_max = max(writer.lead_max, round(lead, 3))
        if float(sims[best]) >= NEAR and lead > 0:
            category = meaning.categories[best]
            writer.near[category] = min(writer.near.get(category, 0) + 1, MAX_NEAR)
            # named in the explanation too (at half weight): a warning on quiet moves shows its lines
            self._add_evidence(writer, 0.5 * self.config.weights.get(category, 0.0), index, category, text)
        return True


class ModelScorer(SimilarityRecorder):
    """Same recognisers, state, policy and explanations as the rules; risk from the trained model."""

    def __init__(
        self,
        model: Mapping[str, Any],
        policy: Mapping[str, float] | None = None,
        semantic: bool = True,
        cascade: bool = False,
        multilingual: bool | None = None,
    ) -> None:
        names = list(model.get("features", []))
        if model.get("format") != FORMAT or not names or any(name not in FEATURES for name in names):
            raise ValueError("not a chats model file of this version (train it again with `chats train`)")
        self.columns = [FEATURES.index(name) for name in names]  # the features this model was fitted on
        gate = model.get("gate", {"on": "distinct", "values": list(GATE)})
        self.gate_on = FEATURES.index(str(gate["on"]))
        self.gate = tuple(float(v) for v in gate["values"])
        merged = {**model.get("policy", {}), **(policy or {})}
        if multilingual is None:  # read the languages the way the model was trained to read them
            multilingual = bool(model.get("multilingual", False))
        super().__init__(policy=merged, semantic=semantic, cascade=cascade, multilingual=multilingual)
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
        multilingual: bool | None = None,
    ) -> ModelScorer:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ValueError(f"not JSON ({exc.msg})") from None
        if not isinstance(data, dict):
            raise ValueError("not a chats model file")
        try:
            return cls(data, policy, semantic, cascade, multilingual)
        except (KeyError, TypeError) as exc:
            raise ValueError(f"incomplete model file ({exc})") from None

    def observe(
        self, state: ConversationState, writer: AuthorState, norm: str, index: int, text: str
    ) -> bool:
        changed = super().observe(state, writer, norm, index, text)
        if self.ngrams:
            ids = ngram_ids(norm)
            if ids:
                get = self.ngrams.get
                writer.ngram_sum += sum(get(i, 0.0) for i in ids)
                writer.ngram_count += len(ids)
                changed = True
        return changed

    def decision(self, state: ConversationState, writer: AuthorState, x: list[float] | None = None) -> float:
        if x is None:
            x = dense_features(self, state, writer)
        total = self.intercept
        for column, mean, scale, coef in zip(self.columns, self.mean, self.scale, self.dense, strict=True):
            total += coef * (x[column] - mean) / scale
        if writer.ngram_count:
            total += writer.ngram_sum / math.sqrt(writer.ngram_count)
        return total

    def author_risk(self, state: ConversationState, writer: AuthorState) -> float:
        x = dense_features(self, state, writer)
        z = self.cal_a * self.decision(state, writer, x) + self.cal_b
        probability = 1.0 / (1.0 + math.exp(min(z, 700.0)))
        # Breadth gate: the model alone may not warn on one kind of move (an age question from a coach);
        # it needs at least two distinct categories from the author (recognised, or near by meaning when
        # the model file says so) for its full probability.
        distinct = int(x[self.gate_on])
        return probability * self.gate[min(distinct, len(self.gate) - 1)]


Item = tuple[dict[str, Any], dict[str, Any]]


def snapshots(
    scorer: RuleScorer, conversations: Iterable[Item], every: int = 4, ngrams: bool = False
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
            if ngrams:
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


def _fold(conversation_id: str, folds: int) -> int:
    return zlib.crc32(conversation_id.encode()) % folds


def _fit(
    dense: list[list[float]],
    grams: list[Counter[int]],
    labels: list[int],
    c: float,
    seed: int,
    ngrams: bool,
    weights: list[float] | None = None,
    features: tuple[str, ...] | None = None,
) -> dict[str, Any]:
    import numpy as np
    from scipy import sparse
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.linear_model import LogisticRegression

    if len(set(labels)) < 2:
        raise ValueError("training data needs both grooming (from onset, by the suspect) and benign authors")
    names = tuple(features or MODEL_FEATURES)
    x_dense = np.asarray(dense, dtype=np.float64)[:, [FEATURES.index(name) for name in names]]
    mean = x_dense.mean(axis=0)
    scale = x_dense.std(axis=0)
    scale[scale == 0] = 1.0
    blocks = [sparse.csr_matrix((x_dense - mean) / scale)]
    used: list[int] = []
    if ngrams:
        rows, cols, vals = [], [], []
        for row, counter in enumerate(grams):
            norm = math.sqrt(sum(counter.values())) or 1.0
            for key, count in counter.items():
                rows.append(row)
                cols.append(key)
                vals.append(NGRAM_SCALE * count / norm)
        blocks.append(sparse.csr_matrix((vals, (rows, cols)), shape=(len(grams), 1 << BITS)))
        used = sorted({col for counter in grams for col in counter})
    x = sparse.hstack(blocks).tocsr()
    y = np.asarray(labels)
    base = LogisticRegression(C=c, max_iter=3000, class_weight="balanced", random_state=seed)
    calibrated = CalibratedClassifierCV(base, method="sigmoid", cv=3, ensemble=False)
    model = calibrated.fit(x, y, sample_weight=None if weights is None else np.asarray(weights))
    fitted = model.calibrated_classifiers_[0]
    coef = fitted.estimator.coef_.ravel()
    calibrator = fitted.calibrators[0]
    n_dense = len(names)
    return {
        "format": FORMAT,
        "version": VERSION,
        "features": list(names),
        "gate": {"on": GATE_ON, "values": list(GATE)},
        "mean": mean.round(6).tolist(),
        "scale": scale.round(6).tolist(),
        "dense_coef": coef[:n_dense].round(6).tolist(),
        "ngram_bits": BITS,
        "ngram_ids": used,
        "ngram_coef": [round(float(coef[n_dense + i]) * NGRAM_SCALE, 6) for i in used],
        "intercept": round(float(fitted.estimator.intercept_[0]), 6),
        "calibration": {"a": round(float(calibrator.a_), 6), "b": round(float(calibrator.b_), 6)},
    }


def train(
    conversations: list[Item],
    c: float = 0.1,
    seed: int = 0,
    ngrams: bool = False,
    max_fpr: float = MAX_FPR,
    sources: list[str] | None = None,
    leave_writer_out: bool = False,
) -> dict[str, Any]:
    """Fit and calibrate the model on every conversation; pick the threshold on cross-validated risks.

    The conversations are split into ``FOLDS`` parts by id; with ``leave_writer_out`` and two or more
    ``sources`` (corpus writers), or with ``LOWO_WRITERS`` sources or more, each writer's conversations
    are instead scored by a model fitted on the other writers only (with two writers a pessimistic
    threshold: one writer alone may not cover another). The threshold
    is the one with the best F0.5 among those that keep every kind of benign conversation of every
    source at or under ``max_fpr`` false alarms (the least false alarms if none does).
    """
    recorder = SimilarityRecorder()
    multilingual = recorder.meaning is not None and recorder.meaning.multilingual
    dense, grams, labels, groups = snapshots(recorder, conversations, ngrams=ngrams)
    if len(set(labels)) < 2:
        raise ValueError("training data needs both grooming (from onset, by the suspect) and benign authors")
    names = sources if sources is not None and len(set(sources)) > 1 else None
    source_of = dict(zip((str(item[0]["id"]) for item in conversations), names or [], strict=False))
    if names is not None and (leave_writer_out or len(set(names)) >= LOWO_WRITERS):
        of_id = {str(item[0]["id"]): name for item, name in zip(conversations, names, strict=True)}
        fold_of = {name: k for k, name in enumerate(sorted(set(names)))}
        folds = len(fold_of)

        def fold(conversation_id: str) -> int:
            return fold_of[of_id[conversation_id]]
    else:
        folds = FOLDS if len(conversations) >= 10 * FOLDS else 1

        def fold(conversation_id: str) -> int:
            return _fold(conversation_id, folds)

    # Every writer weighs the same in the fit, however many conversations it contributed: the model
    # should learn what the writers share, not the largest one's style.
    weights = _writer_weights([source_of.get(g, "") for g in groups])
    trajectories: list[tuple[list[float], dict[str, Any]]] = []
    for k in range(folds if folds > 1 else 0):
        keep = [i for i, g in enumerate(groups) if fold(g) != k]
        sub = [labels[i] for i in keep]
        if len(set(sub)) < 2:
            continue
        part = _fit(
            [dense[i] for i in keep],
            [grams[i] for i in keep],
            sub,
            c,
            seed,
            ngrams,
            [weights[i] for i in keep],
        )
        part["multilingual"] = multilingual
        held = [item for item in conversations if fold(str(item[0]["id"])) == k]
        trajectories += _trajectories(part, held, source_of)
    out = _fit(dense, grams, labels, c, seed, ngrams, weights)
    out["multilingual"] = multilingual
    out["trained_on"] = {
        "conversations": len(conversations),
        "snapshots": len(labels),
        "positive_snapshots": sum(labels),
        "ngrams": ngrams,
        "c": c,
        "validation": "leave one writer out" if names and folds == len(set(names)) else f"{folds} folds",
    }
    if not trajectories:
        trajectories = _trajectories(out, conversations, source_of)
    threshold, figures = _pick_threshold(RuleScorer().policy, trajectories, max_fpr)
    policy = RuleScorer().policy
    out["policy"] = {**policy, "threshold": threshold, "instant": max(float(policy["instant"]), threshold)}
    out["cross_validated"] = figures
    return out


def _writer_weights(sources: list[str]) -> list[float]:
    """Per snapshot, a weight that gives each source (writer) the same total weight."""
    counts = Counter(sources)
    total = len(sources)
    return [total / (len(counts) * counts[source]) for source in sources]


def _trajectories(
    model: dict[str, Any], conversations: list[Item], source_of: Mapping[str, str] | None = None
) -> list[tuple[list[float], dict[str, Any]]]:
    scorer = ModelScorer({**model, "policy": {}}, policy={"threshold": 2.0})  # never flags: record risks
    out = []
    for conversation, truth in conversations:
        state = scorer.new_state(conversation["id"], conversation.get("participants"))
        risks = [
            scorer.update(state, index, message["author"], message["text"]).risk
            for index, message in enumerate(conversation["messages"])
        ]
        source = source_of.get(str(conversation["id"])) if source_of else None
        if source is not None:  # each writer's benign kinds apart: the budget holds for each of them
            truth = {**truth, "kind": f"{source}:{truth.get('kind') or 'benign'}"}
        out.append((risks, truth))
    return out


THRESHOLDS = (*(round(0.05 * i, 2) for i in range(4, 20)), 0.97, 0.98, 0.99, 0.995)


def _pick_threshold(
    policy: Mapping[str, float], trajectories: list[tuple[list[float], dict[str, Any]]], max_fpr: float
) -> tuple[float, dict[str, Any]]:
    """The threshold with the best F0.5 among those within the false-positive budget of every benign kind."""
    window = max(1, int(policy["window"]))
    required = max(1, min(window, int(policy["required"])))
    instant = float(policy.get("instant", 2.0))
    peaks = []
    for risks, truth in trajectories:
        # the highest level that ``required`` of ``window`` consecutive risks all reach
        peak = 0.0
        for i in range(len(risks)):
            recent = sorted(risks[max(0, i - window + 1) : i + 1], reverse=True)
            if len(recent) >= required:
                peak = max(peak, recent[required - 1])
        # ``instant`` flags on one risk; the model's policy raises it to the threshold (see ``train``)
        top = max(risks, default=0.0)
        if top >= instant:
            peak = max(peak, min(top, instant))
        positive = truth.get("label") == "grooming"
        peaks.append((peak, positive, str(truth.get("kind") or "benign")))
    best: tuple[float, float, float, float, dict[str, float]] | None = None
    for threshold in THRESHOLDS:
        tp = sum(1 for p, pos, _ in peaks if pos and p >= threshold)
        fp = sum(1 for p, pos, _ in peaks if not pos and p >= threshold)
        fn = sum(1 for p, pos, _ in peaks if pos and p < threshold)
        kinds: dict[str, list[int]] = {}
        for p, pos, kind in peaks:
            if not pos:
                counts = kinds.setdefault(kind, [0, 0])
                counts[0] += p >= threshold
                counts[1] += 1
        fpr = {kind: a / n for kind, (a, n) in kinds.items()}
        worst = max(fpr.values(), default=0.0)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f = 1.25 * precision * recall / (0.25 * precision + recall) if precision + recall else 0.0
        key = (worst <= max_fpr, f if worst <= max_fpr else -worst)
        if best is None or key > (best[0] <= max_fpr, best[1] if best[0] <= max_fpr else -best[0]):
            best = (worst, f, threshold, recall, fpr)
    assert best is not None
    worst, f, threshold, recall, fpr = best
    figures = {
        "threshold": threshold,
        "f05": round(f, 3),
        "recall": round(recall, 3),
        "worst_fpr": round(worst, 3),
        "fpr_by_kind": {k: round(v, 3) for k, v in sorted(fpr.items())},
    }
    return threshold, figures
