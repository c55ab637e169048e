"""Load the recogniser pattern packs and the scoring configuration (YAML files in ``patterns/``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

PATTERN_DIR = Path(__file__).parent / "patterns"
SCORING_FILE = "scoring.yaml"
GAP = r" (?:[^.?!]{0,30} )?"  # up to a few words inside one sentence; bounded, so linear


class ConfigError(ValueError):
    """A pattern pack or the scoring file is malformed."""


@dataclass(frozen=True)
class PatternPack:
    """The patterns of one language: manipulation cues, context cues and stated-age patterns."""

    language: str
    cues: dict[str, list[str]]
    context: dict[str, list[str]]
    ages: list[str]


@dataclass(frozen=True)
class ScoringConfig:
    weights: dict[str, float]
    stages: dict[str, int]
    specific: frozenset[str]
    score: dict[str, float]
    context: dict[str, float]
    ages: dict[str, float]
    policy: dict[str, float]
    evidence: dict[str, int]
    source: str = field(default="")


def expand(pattern: object) -> str:
    if not isinstance(pattern, str):  # e.g. YAML read "a: b" inside an unquoted pattern as a mapping
        raise ConfigError(f"pattern {pattern!r} is not a string (quote it in the YAML file)")
    return pattern.replace("{gap}", GAP)


def load_pack(path: Path) -> PatternPack:
    data = _read_yaml(path)
    try:
        return PatternPack(
            language=str(data["language"]),
            cues={str(k): [expand(p) for p in v] for k, v in data.get("categories", {}).items()},
            context={str(k): [expand(p) for p in v] for k, v in data.get("context", {}).items()},
            ages=[expand(p) for p in data.get("ages", [])],
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(f"{path}: malformed pattern pack ({exc})") from exc


def load_packs(directory: Path = PATTERN_DIR) -> list[PatternPack]:
    return [load_pack(p) for p in sorted(directory.glob("*.yaml")) if p.name != SCORING_FILE]


def load_scoring(path: Path | None = None) -> ScoringConfig:
    path = path or PATTERN_DIR / SCORING_FILE
    data = _read_yaml(path)
    try:
        return ScoringConfig(
            weights={str(k): float(v) for k, v in data["weights"].items()},
            stages={str(k): int(v) for k, v in data["stages"].items()},
            specific=frozenset(str(c) for c in data["specific"]),
            score={str(k): float(v) for k, v in data["score"].items()},
            context={str(k): float(v) for k, v in data["context"].items()},
            ages={str(k): float(v) for k, v in data["ages"].items()},
            policy={str(k): float(v) for k, v in data["policy"].items()},
            evidence={str(k): int(v) for k, v in data["evidence"].items()},
            source=str(path),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ConfigError(f"{path}: malformed scoring configuration ({exc})") from exc


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read ({exc})") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    return data
