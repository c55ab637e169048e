"""Measurement: what is found and how it is handled, from the store's own records.

- `metrics`: every metric defined once (detections, funnel, time to action, backlog, precision,
  recall from audits, reviewer agreement, reversals, reports and holds, reviewer exposure), each an
  aggregate query on SQLite and PostgreSQL; `METRICS` is the registry the CLI, API and UI share.
- `period`: the window (`Period`) and its day/week/month buckets.
- `settings`: the `measurement` configuration section (service levels, score bands, sample rate).
- `audits`: random samples of unflagged items sent to review (the only source of recall).
- `double_review`: the blind second-review sample behind reviewer agreement.
- `scale` (hidden-scale estimate) and `transparency` (regulators' reports) build on these.
"""

from safeguarding.measurement.metrics import (
    ADMIN_ONLY,
    METRICS,
    Agreement,
    BacklogRow,
    DetectionRow,
    DistinctCounts,
    ExposureRow,
    FunnelRow,
    HistogramRow,
    PrecisionRow,
    RecallRow,
    ReportCounts,
    Reversals,
    TimingRow,
    agreement,
    backlog,
    backlog_age_histogram,
    category_of,
    cohen_kappa,
    compute,
    detections,
    distinct_counts,
    escalation_reversals,
    exposure,
    funnel,
    precision,
    recall,
    report_counts,
    time_to_action,
    timing_histogram,
    wilson_interval,
)
from safeguarding.measurement.period import BY_CHOICES, Period, PeriodError
from safeguarding.measurement.settings import (
    MeasurementSettings,
    MeasurementSettingsError,
    load_measurement_settings,
)

__all__ = [
    "ADMIN_ONLY",
    "BY_CHOICES",
    "METRICS",
    "Agreement",
    "BacklogRow",
    "DetectionRow",
    "DistinctCounts",
    "ExposureRow",
    "FunnelRow",
    "HistogramRow",
    "MeasurementSettings",
    "MeasurementSettingsError",
    "Period",
    "PeriodError",
    "PrecisionRow",
    "RecallRow",
    "ReportCounts",
    "Reversals",
    "TimingRow",
    "agreement",
    "backlog",
    "backlog_age_histogram",
    "category_of",
    "cohen_kappa",
    "compute",
    "detections",
    "distinct_counts",
    "escalation_reversals",
    "exposure",
    "funnel",
    "load_measurement_settings",
    "precision",
    "recall",
    "report_counts",
    "time_to_action",
    "timing_histogram",
    "wilson_interval",
]
