"""The semantic recogniser: manipulation moves recognised by meaning, not by stock phrases.

Each message is embedded once (the static MiniLM table of :mod:`safeguarding.semantic`, about 30 us a
line, repeated lines cached) and compared with prototype lines written from the grooming literature
(``prototypes/en.yaml``): one matrix product gives its best cosine to every manipulation category
and every benign setting. A line counts for a category when that cosine reaches the threshold, beats
every benign setting by a margin, and the line is addressed to someone ("you", "your", "let's", "we") or
is an instruction ("delete ...", "keep ..."): the person asking when a parent gets back, not the child
answering it, is the one manipulating.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from safeguarding.chats.config import ConfigError
from safeguarding.semantic import PrototypeMatcher, embed

PROTOTYPES_FILE = Path(__file__).parent / "prototypes" / "en.yaml"
MIN_WORDS = 3  # "ok lol", "thx": too short to carry a move, and not worth an embedding
_ADDRESSED = re.compile(
    r"\b(?:you|your|yours|yourself|lets|let us|we|us|our)\b"
    r"|^(?:delete|clear|hide|keep|make|use|turn|dont|do not|never|tell|add|send|come|meet|prove|promise)\b"
)


@dataclass(frozen=True, slots=True)
class MeaningHit:
    category: str  # a manipulation category (as in scoring.yaml) or "setting:<name>"
    mass: float  # 1.0 for a strong match, 0.5 for a weaker one
    similarity: float


class MeaningRecogniser:
    """Prototype matching on sentence embeddings; cues and settings share one matrix product."""

    name = "meaning"

    def __init__(self, path: Path = PROTOTYPES_FILE) -> None:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            cues = {str(k): [str(x) for x in v] for k, v in data["categories"].items()}
            settings = {f"setting:{k}": [str(x) for x in v] for k, v in data["settings"].items()}
            self.threshold = float(data["threshold"])
            self.margin = float(data["margin"])
            self.strong = float(data["strong"])
        except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError, ValueError) as exc:
            raise ConfigError(f"{path}: malformed prototype file ({exc})") from exc
        self.matcher = PrototypeMatcher({**cues, **settings})
        self.categories: tuple[str, ...] = self.matcher.categories
        self.n_cues = len(cues)

    def find(self, norm: str) -> list[MeaningHit]:
        """Hits for one normalised message (empty for very short lines)."""
        text = norm.strip()
        if text.count(" ") + 1 < MIN_WORDS:
            return []
        return self.find_vector(embed([text])[0], text)

    def find_vector(self, vector: np.ndarray, text: str) -> list[MeaningHit]:
        sims = self.matcher.similarities(vector)[0]
        n = self.n_cues
        best_setting = float(sims[n:].max()) if len(sims) > n else -1.0
        hits: list[MeaningHit] = []
        setting = int(np.argmax(sims[n:])) + n if len(sims) > n else -1
        if setting >= 0 and best_setting >= self.threshold:
            hits.append(MeaningHit(self.categories[setting], 1.0, best_setting))
        if _ADDRESSED.search(text) is None:
            return hits
        # Only the closest category counts: a line is one move, and static vectors blur neighbours.
        index = int(np.argmax(sims[:n]))
        similarity = float(sims[index])
        if similarity >= self.threshold and similarity >= best_setting + self.margin:
            mass = 1.0 if similarity >= self.strong else 0.5
            hits.append(MeaningHit(self.categories[index], mass, similarity))
        return hits
