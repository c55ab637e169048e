"""A structured referral of a confirmed case to the UK's National Crime Agency or a police force.

The fields follow the parts of Schedule 1 ("CSEA information to be included in reports") of the
Online Safety (CSEA Content Reporting by Regulated User-to-User Service Providers) Regulations
(SI 2025/368, remade as SI 2026/268) and the NCA-CEOP guidance for organisations;
docs/REPORTING.md maps every field to its source and lists what is still unknown. No media is ever
included: CEOP asks companies not to send indecent images with a referral, so files are described by
their hashes only.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import select
from sqlalchemy.orm import Session

from safeguarding.cases import get_case
from safeguarding.reports.casedata import ReportCase
from safeguarding.reports.models import ReportSubmission
from safeguarding.reports.settings import ReportingSettings

FORMAT = "safeguarding-uk-referral/1"
URGENT_KINDS = frozenset({"meeting_arranged", "live_stream"})
CATEGORIES = {
    "media_match": "Indecent images of children (known material, hash match)",
    "live_stream": "Live-streamed child sexual abuse",
    "grooming_warning": "Grooming / sexual communication with a child",
    "meeting_arranged": "Grooming with an arranged meeting (risk of contact abuse)",
    "ad_network": "Child sexual exploitation / trafficking (advertising network)",
}
ALWAYS_UNKNOWN = [
    "Identity documents held for the user (Sch. 1 para 5): this platform does not collect them",
    "Connections with other accounts (reg. 2): not recorded by the detectors",
    "Victim identity, age and location: not known to the platform; the content is not assessed for it",
    "Exif data of the files (reg. 2): not extracted (files are described by hash only)",
    "Declaration by the authorised person (Sch. 1 para 7): to be made by the person submitting",
]


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()


def _matches(payload: dict[str, Any]) -> list[dict[str, Any]]:
    found = payload.get("matches")
    if not isinstance(found, list):
        return []
    return [
        {"bank": m.get("bank", ""), "labels": m.get("labels", []), "signal_type": m.get("signal_type", "")}
        for m in found
        if isinstance(m, dict)
    ]


def build_referral(session: Session, case: ReportCase, settings: ReportingSettings) -> dict[str, Any]:
    """The referral for a confirmed case, as a JSON-ready dict (field sources: docs/REPORTING.md)."""
    reporter = settings.require_reporter()
    record = get_case(session, case.case_id)
    payload_by_item = {item.id: item.payload or {} for item in record.items} if record else {}
    confirmations = [d for d in case.decisions if d["action"] == "confirm"]
    submission = session.scalars(
        select(ReportSubmission)
        .where(ReportSubmission.case_id == case.case_id, ReportSubmission.state == "finished")
        .order_by(ReportSubmission.id.desc())
        .limit(1)
    ).first()
    account = case.account
    unknown = list(ALWAYS_UNKNOWN)
    if not account.ip_events:
        unknown.append(
            "IP addresses and port numbers of the user (Sch. 1 para 4): none recorded for this case"
        )
    if not (account.emails or account.phones):
        unknown.append("Contact details of the user (email, phone): none recorded for this case")
    if not case.files:
        unknown.append("Content files (Sch. 1 para 2): the case has no media items")
    urgent = case.kind in URGENT_KINDS
    return {
        "format": FORMAT,
        "generated_at": datetime.now(UTC).isoformat(),
        "priority": {
            "urgent": urgent,
            "reason": "a child may be at imminent risk (arranged meeting or live stream)"
            if urgent
            else "no indication of imminent risk in the case",
        },
        "reporter": {
            "organisation": settings.esp_service,
            "name": f"{reporter.first_name} {reporter.last_name}".strip(),
            "email": reporter.email,
            "phone": reporter.phone,
        },
        "incident": {
            "case_id": case.case_id,
            "category": CATEGORIES.get(case.kind, case.kind),
            "platform": settings.esp_service,
            "first_seen": _iso(case.incident_time),
            "summary": case.summary,
            "confirmed_by": [d["actor"] for d in confirmations],
            "confirmed_at": confirmations[-1]["at"] if confirmations else None,
            "urls": case.urls,
            "chats": case.chats,
        },
        "content": [
            {
                "original_name": f.original_name,
                "sha256": f.sha256,
                "md5": f.md5,
                "uploaded_at": _iso(f.uploaded_at),
                "upload_ip": f.upload_ip.ip if f.upload_ip else None,
                "location": f.url or None,
                "hash_list_matches": _matches(payload_by_item.get(f.item_id, {})),
            }
            for f in case.files
        ],
        "user": {
            "identifier": account.identifier,
            "screen_name": account.screen_name,
            "display_names": account.display_names,
            "emails": account.emails,
            "phones": account.phones,
            "profile_urls": account.profile_urls,
            "ip_events": [
                {"ip": e.ip, "port": e.port, "event": e.event, "time": _iso(e.time)}
                for e in account.ip_events
            ],
        },
        "other_reports": {
            "ncmec_cybertipline_report_id": submission.ncmec_report_id if submission else None,
        },
        "decision_history": case.decisions,
        "items": case.items,
        "unknown": unknown,
        "media_included": False,
    }


def render_html(referral: dict[str, Any]) -> str:
    environment = Environment(
        loader=FileSystemLoader(Path(__file__).parent / "templates"),
        autoescape=select_autoescape(["html"]),
    )
    return environment.get_template("uk_referral.html").render(r=referral)
