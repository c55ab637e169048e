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
            f"Suppression: counts from 1 to {s.threshold} are shown as 0; a ratio, median or percentile "
            f"over {s.threshold} or fewer is left blank; totals are sums of the published figures.",
            "Only aggregates: no content, no hash of an item, no account or reviewer identifier.",
            "Written by Safeguarding (`safeguarding transparency`); definitions in docs/MEASUREMENT.md.",
            "",
            *lines,
            "",
        ]
    )


def write_eu_csam(figures: Figures, out: Path, s: Suppressor) -> list[Path]:
    by_technology = figures.grouped("technology")
    rows = []
    for technology, c in by_technology.items():
        published_dismissed = s.count(c.dismissed)
        rows.append(
            [
                technology,
                s.count(c.detected),
                s.count(c.decided),
                s.count(c.confirmed),
                published_dismissed,
                s.ratio(c.dismissed, c.decided),
            ]
        )
    fp = _write(
        out / "false_positives_by_technology.csv",
        [
            "technology",
            "detections",
            "reviewed_and_decided",
            "confirmed",
            "false_positives",
            "false_positive_ratio",
        ],
        rows,
    )
    categories = figures.grouped("category")
    total = figures.total()
    material = sum(categories[k].confirmed for k in MATERIAL if k in categories)
    solicitation = sum(categories[k].confirmed for k in SOLICITATION if k in categories)
    reports = figures.reports
    summary = _write(
        out / "summary.csv",
        ["indicator", "value", "note"],
        [
            ["detections", s.count(total.detected), "items flagged by any technology in the period"],
            [
                "cases_identified_child_sexual_abuse_material",
                s.count(material),
                "detections a reviewer confirmed",
            ],
            [
                "cases_identified_solicitation_of_children",
                s.count(solicitation),
                "grooming and sextortion, confirmed",
            ],
            ["false_positives", s.count(total.dismissed), "detections a reviewer dismissed"],
            [
                "false_positive_ratio",
                s.ratio(total.dismissed, total.decided),
                "dismissed / (confirmed + dismissed)",
            ],
            [
                "reports_sent_to_ncmec",
                s.count(reports.sent) if reports else "",
                "CyberTipline reports completed",
            ],
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
    categories = figures.grouped("category")
    found = _write(
        out / "1_illegal_content_found.csv",
        ["category", "detections", "confirmed", "dismissed", "awaiting_review"],
        [
            [
                name,
                s.count(c.detected),
                s.count(c.confirmed),
                s.count(c.dismissed),
                s.count(c.open + c.escalated),
            ]
            for name, c in categories.items()
        ],
    )
    how_found = _write(
        out / "2_how_found.csv",
        ["detector", "technology", "detections", "confirmed", "precision"],
        [
            [name, technology, s.count(c.detected), s.count(c.confirmed), s.ratio(c.confirmed, c.decided)]
            for (name, technology), c in _by_detector_and_technology(figures).items()
        ],
    )
    total = figures.total()
    reports = figures.reports
    handled = _write(
        out / "3_how_handled.csv",
        ["outcome", "count", "note"],
        [
            ["reviewed_and_confirmed", s.count(total.confirmed), "a reviewer confirmed the detection"],
            ["reviewed_and_dismissed", s.count(total.dismissed), "a reviewer dismissed the detection"],
            ["escalated", s.count(total.escalated), "sent to a senior reviewer, not yet decided"],
            ["awaiting_review", s.count(total.open), "in the review queue at the time of the report"],
            ["reported_to_ncmec", s.count(reports.sent) if reports else 0, "CyberTipline reports completed"],
            [
                "reports_failed",
                s.count(reports.failed) if reports else 0,
                "reports not completed after an error",
            ],
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
        [
            [
                row.stage,
                row.priority,
                s.count(row.cases),
                s.count(row.count),
                _hours(row.p50_s) if s.enough(row.count) else "",
                _hours(row.p90_s) if s.enough(row.count) else "",
                _hours(row.service_level_s),
                "" if row.within_service_level is None else s.count(row.within_service_level),
            ]
            for row in figures.timing
        ],
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


def _by_detector_and_technology(figures: Figures) -> dict[tuple[str, str], KindCounts]:
    merged: dict[tuple[str, str], KindCounts] = {}
    for kind, counts in figures.by_kind.items():
        merged.setdefault((detector_of(kind), technology_of(kind)), KindCounts()).add(counts)
    return dict(sorted(merged.items()))
