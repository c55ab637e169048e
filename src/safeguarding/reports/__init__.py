"""CyberTipline reports, their submission to NCMEC, and UK referrals.

Submission lives in `safeguarding.reports.submit` (submit_case, retract_case), imported from there
because it depends on `safeguarding.evidence`, which itself reads cases through this package.
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
