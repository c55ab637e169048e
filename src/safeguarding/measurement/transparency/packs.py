"""Two report packs beside the DSA files, each a few CSV files and a README that says what answers what.

- `eu-csam`: Regulation (EU) 2021/1232 (the interim derogation from the ePrivacy Directive for
  detecting child sexual abuse online), Article 3(1)(g)(vii): the number of cases identified, split
  between material and solicitation of children, and the numbers and ratios of false positives per
  technology, here from reviewers' decisions (a dismissed detection is a false positive).
- `ofcom`: the UK Online Safety Act 2023, Schedule 8 (transparency matters): the amount of illegal
  content found, how it was found, how it was handled, and the time taken to act.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from safeguarding.cases.severity import detector_of
from safeguarding.measurement.metrics import TimingRow
from safeguarding.measurement.transparency.figures import Figures, KindCounts, Suppressor, technology_of

SOLICITATION = ("grooming", "sextortion")
MATERIAL = ("child_sexual_abuse_material", "live_streamed_abuse_payments")


def _write(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _hours(seconds: float | None) -> str:
    return "" if seconds is None else f"{seconds / 3600:.1f}"


def _readme(figures: Figures, s: Suppressor, title: str, lines: Sequence[str]) -> str:
    return "\n".join(
        [
            title,
            "",
            f"Period: {figures.first_day} to {figures.last_day} (UTC, both days included).",
            f"Suppression: counts from 1 to {s.threshold} are shown as 0, cell by cell (detection kind by",
            "  review status); every total is a sum of published cells; a ratio that would reveal a",
            f"  small count, and a median or percentile over {s.threshold} or fewer, are left blank.",
            "Only aggregates: no content, no hash of an item, no account or reviewer identifier.",
            "Written by Safeguarding (`safeguarding transparency`); definitions in docs/MEASUREMENT.md.",
            "",
            *lines,
            "",
        ]
    )


def write_eu_csam(figures: Figures, out: Path, s: Suppressor) -> list[Path]:
    raw = figures.grouped("technology")
    rows = [
        [
            technology,
            c.detected,
            c.decided,
            c.confirmed,
            c.dismissed,
            s.ratio(raw[technology].dismissed, raw[technology].decided),
        ]
        for technology, c in figures.grouped("technology", s).items()
    ]
    fp = _write(
        out / "false_positives_by_technology.csv",
        ["technology", "detections", "decided", "confirmed", "false_positives", "false_positive_ratio"],
        rows,
    )
    categories = figures.grouped("category", s)
    total, raw_total = figures.total(s), figures.total()
    material = sum(categories[k].confirmed for k in MATERIAL if k in categories)
    solicitation = sum(categories[k].confirmed for k in SOLICITATION if k in categories)
    reports = figures.reports
    summary = _write(
        out / "summary.csv",
        ["indicator", "value", "note"],
        [
            ["detections", total.detected, "items flagged by any technology in the period"],
            ["cases_child_sexual_abuse_material", material, "detections a reviewer confirmed"],
            ["cases_solicitation_of_children", solicitation, "grooming and sextortion, confirmed"],
            ["false_positives", total.dismissed, "detections a reviewer dismissed"],
            ["false_positive_ratio", s.ratio(raw_total.dismissed, raw_total.decided), "dismissed / decided"],
            ["reports_sent_to_ncmec", s.count(reports.sent) if reports else "", "CyberTipline reports"],
            ["complaints", "", "not recorded by Safeguarding: the service's complaints system holds them"],
        ],
    )
    readme = out / "README.txt"
    readme.write_text(
        _readme(
            figures,
            s,
            "Report under Regulation (EU) 2021/1232, Article 3(1)(g)(vii)",
            [
                "false_positives_by_technology.csv: the numbers and ratios of errors (false positives)",
                "  of each technology used; a false positive is a detection a reviewer dismissed.",
                "summary.csv: the number of cases identified, split between child sexual abuse material and",
                "  solicitation of children; reports sent to NCMEC.",
                "Not covered here (the provider completes them): type and volume of data processed; grounds",
                "  for processing; retention policy and data protection safeguards; organisations with",
                "  which data was shared beyond NCMEC; complaints and their outcomes.",
            ],
        ),
        encoding="utf-8",
    )
    return [fp, summary, readme]


def write_ofcom(figures: Figures, out: Path, s: Suppressor) -> list[Path]:
    found = _write(
        out / "1_illegal_content_found.csv",
        ["category", "detections", "confirmed", "dismissed", "awaiting_review"],
        [
            [name, c.detected, c.confirmed, c.dismissed, c.open + c.escalated]
            for name, c in figures.grouped("category", s).items()
        ],
    )
    raw = _by_detector_and_technology(figures, None)
    how_found = _write(
        out / "2_how_found.csv",
        ["detector", "technology", "detections", "confirmed", "precision"],
        [
            [*key, c.detected, c.confirmed, s.ratio(raw[key].confirmed, raw[key].decided)]
            for key, c in _by_detector_and_technology(figures, s).items()
        ],
    )
    total = figures.total(s)
    reports = figures.reports
    handled = _write(
        out / "3_how_handled.csv",
        ["outcome", "count", "note"],
        [
            ["reviewed_and_confirmed", total.confirmed, "a reviewer confirmed the detection"],
            ["reviewed_and_dismissed", total.dismissed, "a reviewer dismissed the detection"],
            ["escalated", total.escalated, "sent to a senior reviewer, not yet decided"],
            ["awaiting_review", total.open, "in the review queue at the time of the report"],
            ["reported_to_ncmec", s.count(reports.sent) if reports else 0, "CyberTipline reports completed"],
            ["reports_failed", s.count(reports.failed) if reports else 0, "not completed after an error"],
        ],
    )
    timing = _write(
        out / "4_time_to_action.csv",
        [
            "stage",
            "priority",
            "cases",
            "reached_stage",
            "median_hours",
            "p90_hours",
            "service_level_hours",
            "within_service_level",
        ],
        [_timing_row(row, s) for row in figures.timing],
    )
    readme = out / "README.txt"
    readme.write_text(
        _readme(
            figures,
            s,
            "Transparency pack for the Online Safety Act 2023, Schedule 8",
            [
                "1_illegal_content_found.csv: incidence of illegal content found, by category (para 1).",
                "2_how_found.csv: the systems and processes that identified it, with their precision",
                "  from reviewers' decisions (para 6).",
                "3_how_handled.csv: what was done: reviewed, confirmed, dismissed, reported (para 6).",
                "4_time_to_action.csv: time from detection to first review, decision and report, per",
                "  priority, against the configured service levels.",
                "Ofcom's notice to the service sets the exact metrics; complete the others from the",
                "  service's own records (users who encountered the content, terms, user reports).",
            ],
        ),
        encoding="utf-8",
    )
    return [found, how_found, handled, timing, readme]


def _by_detector_and_technology(figures: Figures, s: Suppressor | None) -> dict[tuple[str, str], KindCounts]:
    merged: dict[tuple[str, str], KindCounts] = {}
    for kind, counts in figures.by_kind.items():
        key = (detector_of(kind), technology_of(kind))
        merged.setdefault(key, KindCounts()).add(counts if s is None else counts.published(s))
    return dict(sorted(merged.items()))


def _timing_row(row: TimingRow, s: Suppressor) -> list[object]:
    """Cases split into within / beyond the service level / not there yet, each part suppressed and
    the totals summed from the parts, so no part can be recovered by subtraction."""
    pending = s.count(row.pending)
    if row.within_service_level is None:
        reached = s.count(row.count)
        within: object = ""
    else:
        within = s.count(row.within_service_level)
        reached = within + s.count(row.count - row.within_service_level)
    enough = s.enough(row.count)
    return [
        row.stage,
        row.priority,
        reached + pending,
        reached,
        _hours(row.p50_s) if enough else "",
        _hours(row.p90_s) if enough else "",
        _hours(row.service_level_s),
        within,
    ]
