"""The `measurement` section of the configuration: service levels, precision bands, the double-review rate.

    measurement:
      service_levels:          # hours from detection, per queue priority (1 = imminent harm)
        1: {first_review: 1, decision: 4, report: 24}
        2: {first_review: 24, decision: 48, report: 168}
      precision_bands: [0.5, 0.7, 0.9]   # edges of the detector score bands (payload "score")
      double_review_rate: 0.05           # share of decided cases drawn for a blind second review
      holds_expiring_days: 30
      snapshot_refresh_seconds: 300      # the server recomputes the dashboard's figures this often (0: never)

Defaults (below) follow the SI 2026/268 priorities for reports to the NCA (P1 immediately, P2 as soon
as practicable, P3 without undue delay; secondary source, see docs/MEASUREMENT.md): they are the
operator's choice, not law, and should be set from the operator's own policy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

STAGES = ("first_review", "decision", "report")

DEFAULT_SERVICE_LEVELS: dict[int, dict[str, float]] = {
    1: {"first_review": 1, "decision": 4, "report": 24},
    2: {"first_review": 24, "decision": 48, "report": 168},
    3: {"first_review": 48, "decision": 96, "report": 336},
    4: {"first_review": 72, "decision": 168, "report": 336},
    5: {"first_review": 168, "decision": 336, "report": 720},
    9: {"first_review": 336, "decision": 720, "report": 720},
}
DEFAULT_BANDS = (0.5, 0.7, 0.9)


class MeasurementSettingsError(ValueError):
    """The `measurement` configuration section is malformed; the message names the key."""


@dataclass(frozen=True)
class MeasurementSettings:
    #: priority → stage → hours
    service_levels: dict[int, dict[str, float]] = field(default_factory=lambda: dict(DEFAULT_SERVICE_LEVELS))
    precision_bands: tuple[float, ...] = DEFAULT_BANDS
    double_review_rate: float = 0.05
    holds_expiring_days: int = 30
    #: How often the server's background task recomputes the dashboard snapshots (0: only by hand).
    snapshot_refresh_seconds: int = 300

    def service_level_seconds(self, priority: int, stage: str) -> float | None:
        hours = self.service_levels.get(priority, {}).get(stage)
        return None if hours is None else float(hours) * 3600.0


def _number(value: Any, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise MeasurementSettingsError(f"measurement.{key} must be a number of at least 0, not {value!r}")
    return float(value)


def load_measurement_settings(section: dict[str, Any] | None) -> MeasurementSettings:
    """From the `measurement` section (a mapping, possibly empty); raises MeasurementSettingsError."""
    raw = section or {}
    known = {
        "service_levels",
        "precision_bands",
        "double_review_rate",
        "holds_expiring_days",
        "snapshot_refresh_seconds",
    }
    unknown = set(raw) - known
    if unknown:
        raise MeasurementSettingsError(f"measurement: unknown keys {sorted(unknown)}")
    levels = {p: dict(v) for p, v in DEFAULT_SERVICE_LEVELS.items()}
    for priority, stages in (raw.get("service_levels") or {}).items():
        try:
            number = int(priority)
        except (TypeError, ValueError):
            raise MeasurementSettingsError(
                f"measurement.service_levels: {priority!r} is not a queue priority number"
            ) from None
        if not isinstance(stages, dict) or set(stages) - set(STAGES):
            raise MeasurementSettingsError(
                f"measurement.service_levels.{priority} must map some of {', '.join(STAGES)} to hours"
            )
        levels[number] = {
            stage: _number(hours, f"service_levels.{priority}.{stage}") for stage, hours in stages.items()
        }
    bands_raw = raw.get("precision_bands", DEFAULT_BANDS)
    if not isinstance(bands_raw, list | tuple):
        raise MeasurementSettingsError("measurement.precision_bands must be a list of score edges")
    bands = tuple(sorted(_number(edge, "precision_bands") for edge in bands_raw))
    rate = _number(raw.get("double_review_rate", 0.05), "double_review_rate")
    if rate > 1:
        raise MeasurementSettingsError(f"measurement.double_review_rate must be at most 1, not {rate}")
    days = raw.get("holds_expiring_days", 30)
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 3660:
        raise MeasurementSettingsError(f"measurement.holds_expiring_days must be 1-3660 days, not {days!r}")
    refresh = raw.get("snapshot_refresh_seconds", 300)
    if isinstance(refresh, bool) or not isinstance(refresh, int) or not 0 <= refresh <= 86400:
        raise MeasurementSettingsError(
            f"measurement.snapshot_refresh_seconds must be 0-86400, not {refresh!r}"
        )
    return MeasurementSettings(levels, bands, rate, days, refresh)
