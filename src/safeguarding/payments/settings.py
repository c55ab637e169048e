"""Payment-monitor settings: `weights.yaml` beside this module, overridden by the `payments` section of
the project configuration (`--config` / $SAFEGUARDING_CONFIG)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from safeguarding.config import load_config

DEFAULT_FILE = Path(__file__).with_name("weights.yaml")


class SettingsError(ValueError):
    """The payments settings are not usable; the message names the key."""


@dataclass(frozen=True)
class Settings:
    window_months: int
    checkpoint_seconds: int
    max_beneficiaries: int
    max_senders: int
    evidence_per_indicator: int
    corridors: frozenset[str]
    transfer_channels: frozenset[str]
    eur_rates: dict[str, float]
    threshold: float
    min_indicators: int
    requires_any: frozenset[str]
    indicators: dict[str, dict[str, Any]]
    watchlist: frozenset[str]


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in override.items():
        out[key] = (
            _merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
        )
    return out


def load_settings(config: str | Path | None = None, watchlist_file: str | Path | None = None) -> Settings:
    data: dict[str, Any] = yaml.safe_load(DEFAULT_FILE.read_text(encoding="utf-8"))
    data = _merge(data, load_config(config).section("payments"))
    watch = {str(v) for v in data.get("watchlist") or []}
    if watchlist_file is not None:
        try:
            lines = Path(watchlist_file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise SettingsError(f"{watchlist_file}: cannot read the watch list: {exc}") from None
        watch |= {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    try:
        flag = data["flag"]
        indicators = data["indicators"]
        for name, spec in indicators.items():
            if (
                not isinstance(spec, dict)
                or not isinstance(spec.get("weight"), int | float)
                or not spec.get("source")
            ):
                raise SettingsError(f"payments indicator {name!r} needs a numeric weight and a source")
        return Settings(
            window_months=max(1, round(int(data["window_days"]) / 30)),
            checkpoint_seconds=max(1, int(data["checkpoint_days"])) * 86400,
            max_beneficiaries=int(data["max_beneficiaries"]),
            max_senders=int(data["max_senders"]),
            evidence_per_indicator=int(data["evidence_per_indicator"]),
            corridors=frozenset(str(c).upper() for c in data["corridors"]),
            transfer_channels=frozenset(data["transfer_channels"]),
            eur_rates={str(k).upper(): float(v) for k, v in data["eur_rates"].items()},
            threshold=float(flag["threshold"]),
            min_indicators=int(flag["min_indicators"]),
            requires_any=frozenset(flag.get("requires_any") or []),
            indicators=indicators,
            watchlist=frozenset(watch),
        )
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, SettingsError):
            raise
        raise SettingsError(f"payments settings: bad or missing key: {exc}") from None
