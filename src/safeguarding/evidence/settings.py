"""The `evidence` section of the configuration.

```yaml
evidence:
  dir: /var/lib/safeguarding/evidence   # encrypted blobs (default: safeguarding-evidence/ beside the store)
  key_file: /etc/safeguarding/evidence.key  # or $SAFEGUARDING_EVIDENCE_KEY (URL-safe base64, 32 bytes)
  previous_key_files: [/etc/safeguarding/evidence-2026.key]  # still read what they encrypted
  hold_days: 365                        # preservation after a finished report (18 U.S.C. 2258A(h): 1 year)
  dismissed_retention_days: 30          # media of dismissed cases are deleted after this many days
```
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from safeguarding.config import ConfigError, load_config
from safeguarding.evidence.crypto import EvidenceKeys, load_keys
from safeguarding.store import Store

ENV_DIR = "SAFEGUARDING_EVIDENCE_DIR"


class EvidenceSettingsError(ValueError):
    pass


@dataclass(frozen=True)
class EvidenceSettings:
    dir: Path | None = None
    key_file: str | None = None
    previous_key_files: tuple[str, ...] = ()
    hold_days: int = 365
    dismissed_retention_days: int = 30

    def keys(self) -> EvidenceKeys:
        """The current key ($SAFEGUARDING_EVIDENCE_KEY or key_file) and the previous ones."""
        return load_keys(self.key_file, self.previous_key_files)

    def evidence_dir(self, store: Store) -> Path:
        env = os.environ.get(ENV_DIR)
        if env:
            return Path(env)
        if self.dir is not None:
            return self.dir
        return store.index_dir.parent / "safeguarding-evidence"


def _paths(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError("evidence.previous_key_files must be a list of file names")
    return tuple(value)


def evidence_settings(config_path: str | Path | None = None) -> EvidenceSettings:
    try:
        section = load_config(config_path).section("evidence")
        directory = section.get("dir")
        settings = EvidenceSettings(
            dir=Path(directory) if directory else None,
            key_file=str(section["key_file"]) if section.get("key_file") else None,
            previous_key_files=_paths(section.get("previous_key_files")),
            hold_days=int(section.get("hold_days", 365)),
            dismissed_retention_days=int(section.get("dismissed_retention_days", 30)),
        )
    except (ConfigError, TypeError, ValueError) as exc:
        raise EvidenceSettingsError(f"evidence settings: {exc}") from None
    if settings.hold_days < 1 or settings.dismissed_retention_days < 0:
        raise EvidenceSettingsError("evidence.hold_days must be >= 1 and dismissed_retention_days >= 0")
    return settings
