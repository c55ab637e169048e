"""Cases and the review queue: detections grouped into cases, leased to reviewers, decided."""

from safeguarding.cases.models import ACTIONS, CASE_STATUSES, Case, CaseItem, Decision
from safeguarding.cases.service import (
    DEFAULT_LEASE_SECONDS,
    CaseConflict,
    CaseError,
    CaseNotFound,
    Detection,
    case_counts,
    claim_next,
    decide,
    get_case,
    list_cases,
    mark_reported,
    may_view,
    release,
    submit_detection,
)
from safeguarding.cases.severity import DEFAULT_SEVERITY, MEDIA_KINDS, NETWORK_KINDS, SEVERITY_ORDER

__all__ = [
    "ACTIONS",
    "CASE_STATUSES",
    "DEFAULT_LEASE_SECONDS",
    "DEFAULT_SEVERITY",
    "MEDIA_KINDS",
    "NETWORK_KINDS",
    "SEVERITY_ORDER",
    "Case",
    "CaseConflict",
    "CaseError",
    "CaseItem",
    "CaseNotFound",
    "Decision",
    "Detection",
    "case_counts",
    "claim_next",
    "decide",
    "get_case",
    "list_cases",
    "mark_reported",
    "may_view",
    "release",
    "submit_detection",
]
