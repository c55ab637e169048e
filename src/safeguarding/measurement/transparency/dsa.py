"""The DSA harmonised transparency report: the CSV files of Annex I to Implementing Regulation (EU)
2024/2835, filled from the store.

The official templates ship with the package (templates/dsa/, byte for byte the Commission's CSV
files): every header, row, category keyword and placeholder row is theirs, so the output can only
differ in the values. Safeguarding fills what it knows (own-initiative measures by category, automated
means and their precision from reviewers' decisions, the qualitative description of the detectors)
and leaves the rest blank for the provider: notices, orders, complaints, staff, recipients.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date
from importlib import resources
from pathlib import Path

from safeguarding.measurement.transparency.figures import Figures, Suppressor

TEMPLATE_PREFIX = "4_EN_Annex_I__Templates_for_Transparency_Reports_CSV_"
PARTS = (
    "Part_1_summary",
    "Part_2_categories_names",
    "Part_3_member_states_orders",
    "Part_4_notices",
    "Part_5_own_initiative_illegal",
    "Part_6_own_initiative_TC",
    "Part_7_appeals_and_recidivism",
    "Part_8_automated_means",
    "Part_9_human_resources",
    "Part_10_AMAR",
    "Part_11_qualitative",
)
PLACEHOLDERS = {
    "Text",
    "Free text",
    "YYYY-MM-DD",
    "YYYY-MM-DD/YYYY-MM-DD",
    'Text to detail the "Other" keyword.',
}
PROTECTION_OF_MINORS = "STATEMENT_CATEGORY_PROTECTION_OF_MINORS"
OTHER_COLUMN = 'Description of the sub-category "Other"'

#: Our harm categories (metrics.CATEGORY_OF_KIND) as DSA (statement category, keyword, "Other" text).
DSA_CATEGORY = {
    "child_sexual_abuse_material": (PROTECTION_OF_MINORS, "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL", ""),
    "grooming": (PROTECTION_OF_MINORS, "KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS", ""),
    "sextortion": (PROTECTION_OF_MINORS, "KEYWORD_OTHER", "Sextortion of minors"),
    "live_streamed_abuse_payments": (
        PROTECTION_OF_MINORS,
        "KEYWORD_OTHER",
        "Payments for live-streamed child sexual abuse",
    ),
    "human_trafficking": ("STATEMENT_CATEGORY_VIOLENCE", "KEYWORD_HUMAN_TRAFFICKING", ""),
}

QUALITATIVE = {
    "Qualitative description of the automated means": (
        "Safeguarding (open source) flags content for human review: hash matching of images (PDQ, MD5, "
        "SHA-256) and video frames (vPDQ) against hash lists with recorded provenance; rule-based scoring "
        "of chat conversations for grooming and sextortion; linking of classified ads through shared "
        "contacts, templated text and reused photos. No measure is taken by automated means alone."
    ),
    "Qualitative description of indicators of accuracy and possible rate of error of automated means": (
        "Precision per detector is the share of reviewed detections that reviewers confirmed "
        "(confirmed / (confirmed + dismissed)), with a Wilson interval. Recall is estimated only from "
        "random audits of unflagged items sent to review, never from the queue. Accuracy is not "
        "reported: it needs the true negatives of a labelled sample."
    ),
    "Specification of the precise purposes to apply automated means": (
        "To find known child sexual abuse material, grooming and sextortion of children, and "
        "advertisements connected with human trafficking, so that trained reviewers can act on them."
    ),
    "Safeguards applied to the use of automated means": (
        "Every detection is a signal for a trained human reviewer, who decides; media is shown blurred "
        "and in greyscale by default; decisions are recorded in a tamper-evident audit log; detector "
        "precision is monitored from reviewers' decisions."
    ),
}


def template_path(part: str) -> Path:
    return Path(
        str(resources.files(__package__).joinpath("templates", "dsa", f"{TEMPLATE_PREFIX}{part}.csv"))
    )


def read_template(part: str) -> list[list[str]]:
    with template_path(part).open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def write_dsa(
    figures: Figures,
    out: Path,
    suppressor: Suppressor,
    *,
    provider: str = "",
    service: str = "",
    published: date | None = None,
    previous: date | None = None,
) -> list[Path]:
    """Write the eleven CSV files into `out`; returns their paths."""
    period = f"{figures.first_day.isoformat()}/{figures.last_day.isoformat()}"
    summary = {
        "Name of the service provider": provider,
        "Date of the publication of the report": (published or date.today()).isoformat(),
        "Date of the publication of the latest previous report": previous.isoformat() if previous else "",
        "Starting date of reporting period": figures.first_day.isoformat(),
        "Ending date of reporting period": figures.last_day.isoformat(),
    }
    fillers: dict[str, Callable[[list[str], list[list[str]]], None]] = {
        "Part_1_summary": lambda header, rows: _fill_by_indicator(header, rows, summary),
        "Part_5_own_initiative_illegal": lambda header, rows: _fill_own_initiative(
            header, rows, figures, suppressor
        ),
        "Part_8_automated_means": lambda header, rows: _fill_automated_means(
            header, rows, figures, suppressor
        ),
        "Part_11_qualitative": lambda header, rows: _fill_by_indicator(header, rows, QUALITATIVE),
    }
    written = []
    for part in PARTS:
        header, *rows = read_template(part)
        if part != "Part_2_categories_names":
            _identify(header, rows, service, period)
        if part in fillers:
            fillers[part](header, rows)
        path = out / f"{TEMPLATE_PREFIX}{part}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\n").writerows([header, *rows])
        written.append(path)
    return written


def _identify(header: list[str], rows: list[list[str]], service: str, period: str) -> None:
    """Fill Service and Reporting period; clear the template's placeholders."""
    for row in rows:
        for i, name in enumerate(header):
            if name == "Service":
                row[i] = service
            elif name == "Reporting period":
                row[i] = period
            elif row[i] in PLACEHOLDERS:
                row[i] = ""


def _fill_by_indicator(header: list[str], rows: list[list[str]], values: dict[str, str]) -> None:
    indicator, value = header.index("Indicator"), header.index("Value")
    for row in rows:
        text = values.get(row[indicator].strip())
        if text is not None:
            row[value] = text


def _fill_own_initiative(header: list[str], rows: list[list[str]], figures: Figures, s: Suppressor) -> None:
    """Part 5: measures at the provider's own initiative = detections a reviewer confirmed."""
    category, other = header.index("Category of illegal content"), header.index(OTHER_COLUMN)
    measures = header.index("Number of measures taken at the provider's own initiative ")
    automated = header.index("Number of measures taken after detection with solely automated means ")
    context = header.index(
        "Contextual Information on Number of measures taken at the provider's own initiative "
    )
    published: dict[tuple[str, str], int] = {}
    descriptions: dict[tuple[str, str], list[str]] = {}
    for ours, counts in figures.grouped("category", s).items():
        if ours not in DSA_CATEGORY:
            continue
        parent, keyword, text = DSA_CATEGORY[ours]
        published[(parent, keyword)] = published.get((parent, keyword), 0) + counts.confirmed
        if text:
            descriptions.setdefault((parent, keyword), []).append(text)
    parent_totals: dict[str, int] = {}
    for (parent, _), n in published.items():
        parent_totals[parent] = parent_totals.get(parent, 0) + n
    unmapped = sum(c.confirmed for k, c in figures.grouped("category", s).items() if k not in DSA_CATEGORY)
    parent = ""
    for row in rows:
        code = row[category]
        if code == "TOTAL":
            row[measures] = str(sum(published.values()) + unmapped)
            row[automated] = "0"
            row[context] = (
                "Detections recorded in the period that a reviewer confirmed in Safeguarding; none is "
                f"acted on by automated means alone. Counts from 1 to {s.threshold} are shown as 0 and "
                "totals are sums of the published figures. The restriction applied is recorded by the "
                "service, not here."
            )
            if unmapped:
                row[context] += " The total includes confirmed detections of kinds without a DSA category."
            continue
        if code.startswith("STATEMENT_CATEGORY_"):
            parent = code
            if parent in parent_totals:
                row[measures], row[automated] = str(parent_totals[parent]), "0"
            continue
        key = (parent, code)
        if key in published:
            row[measures], row[automated] = str(published[key]), "0"
            if key in descriptions:
                row[other] = "; ".join(descriptions[key])


def _fill_automated_means(header: list[str], rows: list[list[str]], figures: Figures, s: Suppressor) -> None:
    """Part 8: no measure is solely automated; precision from reviewers' decisions."""
    indicator, scope = header.index("Indicator"), header.index("Scope")
    value, context = header.index("Value"), header.index("Contextual Information")
    total = figures.total()
    detectors = figures.grouped("detector")
    precision_note = "; ".join(
        f"{name} {s.ratio(c.confirmed, c.decided) or 'not published (too few decisions)'}"
        for name, c in detectors.items()
        if c.decided
    )
    recall_note = "; ".join(
        f"{name} {r:.3f} from {audited} audited items"
        for name, (audited, _, r) in sorted(figures.recall_by_detector.items())
        if r is not None and s.enough(audited)
    )
    answers: dict[str, tuple[str, str]] = {
        "Number of measures solely taken by automated means": (
            "0",
            "Every detection is decided by a human reviewer.",
        ),
        "Number of measures not taken by automated means": (
            str(figures.total(s).confirmed),
            "Detections a reviewer confirmed.",
        ),
        "Accuracy of the automated means - Precision": (
            s.ratio(total.confirmed, total.decided),
            "Confirmed / (confirmed + dismissed) by reviewers, all detectors"
            + (f". Per detector: {precision_note}." if precision_note else "."),
        ),
        "Accuracy of the automated means - Recall": (
            "",
            "Recall is estimated only from random audits of unflagged items"
            + (f". Per detector: {recall_note}." if recall_note else "; none published for the period."),
        ),
        "Accuracy of the automated means - Accuracy": (
            "",
            "Not measured: accuracy needs the true negatives of a labelled sample.",
        ),
    }
    for row in rows:
        if row[scope].strip() not in ("Total number", "Own-initiative"):
            continue
        answer = answers.get(row[indicator].strip())
        if answer is not None:
            row[value], row[context] = answer
