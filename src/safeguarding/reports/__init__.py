"""CyberTipline reports, their submission to NCMEC, and UK referrals.

reports builds on `safeguarding.evidence` (submission preserves files and starts holds); evidence never
imports reports. Submission lives in `safeguarding.reports.submit` (submit_case, retract_case); the
`evidence preserve` and `evidence export` commands, which need a case's report data, in `evidence_cli`.
"""

from safeguarding.reports.casedata import NotReportable, ReportCase, report_case
from safeguarding.reports.client import NcmecClient, NcmecError
from safeguarding.reports.cybertip import ReportBuildError, build_file_details_xml, build_report_xml
from safeguarding.reports.models import ReportFile, ReportResponse, ReportSubmission
from safeguarding.reports.schema import InvalidDocument, validate
from safeguarding.reports.settings import ReportingSettings, reporting_settings

__all__ = [
    "InvalidDocument",
    "NcmecClient",
    "NcmecError",
    "NotReportable",
    "ReportBuildError",
    "ReportCase",
    "ReportFile",
    "ReportResponse",
    "ReportSubmission",
    "ReportingSettings",
    "build_file_details_xml",
    "build_report_xml",
    "report_case",
    "reporting_settings",
    "validate",
]
