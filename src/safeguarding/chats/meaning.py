"""The semantic recogniser: manipulation moves recognised by meaning, not by stock phrases.

A cascade of two encoders of :mod:`safeguarding.semantic` against prototype lines written from the
grooming literature (``prototypes/en.yaml``):

1. every message of three words or more is embedded with the static MiniLM table (about 20 us a line)
   and compared with all prototypes in one matrix product: its best cosine to each manipulation
   category and each benign setting (family care, school and sport, trade, games, safety lessons);
2. only a line that is addressed to someone ("you", "your", "let's", "we", or an instruction) and whose
   best static cosine to a manipulation category reaches ``candidate`` goes to the full transformer
   (about 3 ms a line), which decides: the closest category counts when its cosine reaches
   ``threshold`` and beats every benign setting by ``margin`` (fully from ``strong`` on, half below).

The static table alone is too coarse to decide (unrelated lines reach 0.5), the transformer alone too
slow (about 340 lines/s a core); on chat traffic only a small share of lines are candidates. The person
asking when a parent gets back, not the child answering, is the one manipulating: hence "addressed".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from safeguarding.chats.config import ConfigError
from safeguarding.semantic import PrototypeMatcher, get_encoder

PROTOTYPES_FILE = Path(__file__).parent / "prototypes" / "en.yaml"
MIN_WORDS = 3  # "ok lol", "thx": too short to carry a move, and not worth an embedding
_ADDRESSED = re.compile(
    r"\b(?:you|your|yours|yourself|lets|let us|we|us|our)\b"
    r"|^(?:delete|clear|wipe|hide|keep|make|use|turn|dont|do not|never|tell|add|send|come|meet|prove|"
    r"promise|just say|say)\b"
)


@dataclass(frozen=True, slots=True)
class MeaningHit:
    category: str  # a manipulation category (as in scoring.yaml) or "setting:<name>"
    mass: float  # 1.0 for a strong match, 0.5 for a weaker one
    similarity: float


class MeaningRecogniser:
    """Static prototype matching for every line; the full model confirms the candidates (``cascade``)."""

    name = "meaning"

    def __init__(self, path: Path = PROTOTYPES_FILE, cascade: bool = False) -> None:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            cues = {str(k): [str(x) for x in v] for k, v in data["categories"].items()}
            settings = {f"setting:{k}": [str(x) for x in v] for k, v in data["settings"].items()}
            static, full = data["static"], data["full"]
            self.setting_threshold = float(static["setting"])
            self.static_rule = (float(static["threshold"]), float(static["strong"]), float(static["margin"]))
            self.candidate = float(static["candidate"])
            self.full_rule = (float(full["threshold"]), float(full["strong"]), float(full["margin"]))
        except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError, ValueError) as exc:
            raise ConfigError(f"{path}: malformed prototype file ({exc})") from exc
        self.prototypes = {**cues, **settings}
        self.matcher = PrototypeMatcher(self.prototypes)
        self.encoder = get_encoder("static")
        self.categories: tuple[str, ...] = self.matcher.categories
        self.n_cues = len(cues)
        self.cascade = cascade
        self._full: PrototypeMatcher | None = None
        self.full_lines = 0  # lines sent to the transformer (for benchmarks)
        # The similarities of the last line read and whether it was addressed to someone: the trained
        # model reads them as features (``model.SimilarityRecorder``) without embedding the line again.
        self.last: tuple[str, np.ndarray, bool] | None = None

    def find(self, norm: str) -> list[MeaningHit]:
        """Hits for one normalised message (empty for very short lines)."""
        text = norm.strip()
        if text.count(" ") + 1 < MIN_WORDS:
            return []
        sims = self.matcher.similarities(self.encoder.encode_one(text))[0]
        addressed = _ADDRESSED.search(text) is not None
        self.last = (text, sims, addressed)
        n = self.n_cues
        hits: list[MeaningHit] = []
        setting = int(np.argmax(sims[n:])) + n
        if float(sims[setting]) >= self.setting_threshold:
            hits.append(MeaningHit(self.categories[setting], 1.0, float(sims[setting])))
        if not addressed:
            return hits
        if not self.cascade:
            cue = self._decide(sims, self.static_rule)
        elif float(sims[:n].max()) >= self.candidate:
            self.full_lines += 1
            cue = self._decide(self._full_matcher().score([text])[0], self.full_rule)
        else:
            cue = None
        if cue is not None:
            hits.append(cue)
        return hits

    def _decide(self, sims: np.ndarray, rule: tuple[float, float, float]) -> MeaningHit | None:
        """The closest category, if close enough and clearly closer than every benign setting."""
        threshold, strong, margin = rule
        n = self.n_cues
        index = int(np.argmax(sims[:n]))  # a line is one move; neighbours blur in static vectors
        similarity = float(sims[index])
        if similarity < threshold or similarity < float(sims[n:].max()) + margin:
            return None
        return MeaningHit(self.categories[index], 1.0 if similarity >= strong else 0.5, similarity)

    def _full_matcher(self) -> PrototypeMatcher:
        if self._full is None:
            self._full = PrototypeMatcher(self.prototypes, kind="full")
        return self._full
