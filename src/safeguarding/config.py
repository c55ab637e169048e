"""One YAML configuration file, each package reading its own section.

Where it comes from: `--config PATH`, else $SAFEGUARDING_CONFIG, else ./safeguarding.yaml when present,
else every package's documented defaults.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DEFAULT_FILE = Path("safeguarding.yaml")


class ConfigError(Exception):
    """The configuration file cannot be read; the message names the file and the problem."""


@dataclass(frozen=True)
class Config:
    path: Path | None
    data: dict[str, Any] = field(default_factory=dict)

    def section(self, name: str) -> dict[str, Any]:
        value = self.data.get(name) or {}
        if not isinstance(value, dict):
            raise ConfigError(f"{self.path}: section {name!r} must be a mapping, not {type(value).__name__}")
        return value


def load_config(path: str | Path | None = None) -> Config:
    chosen = path or os.environ.get("SAFEGUARDING_CONFIG")
    if chosen is None:
        if not DEFAULT_FILE.is_file():
            return Config(None, {})
        chosen = DEFAULT_FILE
    file = Path(chosen)
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise ConfigError(f"{file}: configuration file not found") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"{file}: cannot read configuration: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{file}: the top level must be a mapping of sections")
    return Config(file, data)
