"""Regulator-ready transparency reports from the store: aggregates only, small counts suppressed.

- `dsa`: the CSV files of Annex I to Implementing Regulation (EU) 2024/2835 (the DSA's harmonised
  templates), with the official headers, rows and category keywords.
- `eu-csam`: Regulation (EU) 2021/1232 figures: cases found, false positives per technology.
- `ofcom`: a pack for the Online Safety Act 2023, Schedule 8.

`write_report(session, period, out, format)` is the whole surface; `safeguarding transparency` calls it.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from safeguarding.measurement.period import Period
from safeguarding.measurement.settings import MeasurementSettings
from safeguarding.measurement.transparency.dsa import write_dsa
from safeguarding.measurement.transparency.figures import (
    DEFAULT_THRESHOLD,
    Figures,
    Suppressor,
    TransparencyError,
    gather,
)
from safeguarding.measurement.transparency.packs import write_eu_csam, write_ofcom

FORMATS = ("dsa", "eu-csam", "ofcom")

__all__ = [
    "DEFAULT_THRESHOLD",
    "FORMATS",
    "Figures",
    "Suppressor",
    "TransparencyError",
    "gather",
    "prepare_out_dir",
    "write_report",
]


def prepare_out_dir(out: Path) -> Path:
    """Create the output folder (and its parents); a clear error if that is impossible."""
    if out.exists() and not out.is_dir():
        raise TransparencyError(f"--out {out}: exists and is not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise TransparencyError(f"--out {out}: cannot create the folder ({exc.strerror or exc})") from None
    probe = out / ".safeguarding-write-test"
    try:
        probe.write_text("")
        probe.unlink()
    except OSError as exc:
        raise TransparencyError(f"--out {out}: cannot write there ({exc.strerror or exc})") from None
    return out


def write_report(
    session: Session,
    period: Period,
    out: Path,
    report_format: str,
    *,
    threshold: int = DEFAULT_THRESHOLD,
    provider: str = "",
    service: str = "",
    published: date | None = None,
    previous: date | None = None,
    settings: MeasurementSettings | None = None,
    now: datetime | None = None,
) -> list[Path]:
    """Gather the period's aggregates and write one report format into `out`; the files written."""
    if report_format not in FORMATS:
        raise TransparencyError(f"--format {report_format!r}: choose one of {', '.join(FORMATS)}")
    suppressor = Suppressor(threshold)
    prepare_out_dir(out)
    figures = gather(session, period, settings=settings, now=now)
    if report_format == "dsa":
        return write_dsa(
            figures,
            out,
            suppressor,
            provider=provider,
            service=service,
            published=published,
            previous=previous,
        )
    if report_format == "eu-csam":
        return write_eu_csam(figures, out, suppressor)
    return write_ofcom(figures, out, suppressor)
