"""Sextortion moves recognised by meaning: the shared semantic layer against this typology's prototypes.

A line of four words or more, addressed to someone, counts for the closest sextortion category when its
static MiniLM cosine reaches ``threshold`` and beats every benign setting (debt, trade, lesson or news,
banter) by ``margin``. It is the quiet path ("make it worth my while and we are good"); the patterns in
``recognisers`` carry the stock phrases.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import yaml

from safeguarding.chats.config import ConfigError
from safeguarding.semantic import PrototypeMatcher, get_encoder

PROTOTYPES_FILE = Path(__file__).parent / "prototypes.yaml"
MIN_WORDS = 4
_ADDRESSED = re.compile(r"\b(?:you|your|yours|we|us|me|my)\b|^(?:send|pay|get|grab|sort|dont|make|pick)\b")


class SextortionMeaning:
    """``categories(norm)``: the sextortion categories one normalised line shows by meaning (0 or 1)."""

    def __init__(self, path: Path = PROTOTYPES_FILE) -> None:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            cues = {str(k): [str(x) for x in v] for k, v in data["categories"].items()}
            settings = {f"setting:{k}": [str(x) for x in v] for k, v in data["settings"].items()}
            self.threshold = float(data["static"]["threshold"])
            self.margin = float(data["static"]["margin"])
        except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError, ValueError) as exc:
            raise ConfigError(f"{path}: malformed prototype file ({exc})") from exc
        self.matcher = PrototypeMatcher({**cues, **settings})
        self.encoder = get_encoder("static")
        self.n_cues = len(cues)
        self.names = self.matcher.categories

    def categories(self, norm: str) -> set[str]:
        text = norm.strip()
        if text.count(" ") + 1 < MIN_WORDS or _ADDRESSED.search(text) is None:
            return set()
        sims = self.matcher.similarities(self.encoder.encode_one(text))[0]
        n = self.n_cues
        best = int(np.argmax(sims[:n]))
        cosine = float(sims[best])
        if cosine < self.threshold or cosine < float(sims[n:].max()) + self.margin:
            return set()
        return {self.names[best]}
