"""A case's history for its evidence package (case.json): the case, its items, the reviewers' decisions
and every report submission with every NCMEC response. `evidence.export_package` adds holds and files."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from safeguarding.cases import get_case
from safeguarding.evidence import PackageError
from safeguarding.reports.models import ReportResponse, ReportSubmission


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()


def case_history(session: Session, case_id: int) -> dict[str, Any]:
    """PackageError when there is no such case."""
    case = get_case(session, case_id)
    if case is None:
        raise PackageError(f"no case with id {case_id}")
    submissions = list(
        session.scalars(
            select(ReportSubmission).where(ReportSubmission.case_id == case_id).order_by(ReportSubmission.id)
        )
    )
    return {
        "case": {
            "id": case.id,
            "group_key": case.group_key,
            "kind": case.kind,
            "severity": case.severity,
            "status": case.status,
            "summary": case.summary,
            "created_at": _iso(case.created_at),
            "updated_at": _iso(case.updated_at),
        },
        "items": [
            {
                "id": item.id,
                "kind": item.kind,
                "status": item.status,
                "summary": item.summary,
                "source_ref": item.source_ref,
                "occurred_at": _iso(item.occurred_at),
                "created_at": _iso(item.created_at),
                "payload": item.payload,
            }
            for item in case.items
        ],
        "decisions": [
            {
                "id": d.id,
                "item_id": d.item_id,
                "actor": d.actor,
                "action": d.action,
                "reason": d.reason,
                "created_at": _iso(d.created_at),
            }
            for d in case.decisions
        ],
        "submissions": [
            {
                "id": s.id,
                "state": s.state,
                "endpoint": s.endpoint,
                "report_id": s.ncmec_report_id,
                "created_by": s.created_by,
                "created_at": _iso(s.created_at),
                "finished_at": _iso(s.finished_at),
                "report_xml": s.report_xml,
                "files": [
                    {"name": f.file_name, "sha256": f.sha256, "md5": f.md5, "file_id": f.ncmec_file_id}
                    for f in s.files
                ],
                "responses": [
                    {
                        "step": r.step,
                        "http_status": r.http_status,
                        "request_id": r.request_id,
                        "error": r.error,
                        "body": r.body,
                        "at": _iso(r.created_at),
                    }
                    for r in session.scalars(
                        select(ReportResponse)
                        .where(ReportResponse.submission_id == s.id)
                        .order_by(ReportResponse.id)
                    )
                ],
            }
            for s in submissions
        ],
    }
