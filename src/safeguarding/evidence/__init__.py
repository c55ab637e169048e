"""Preserved evidence: encrypted at rest, held for the legal period, exported as signed packages."""

from safeguarding.evidence.crypto import EvidenceKey, EvidenceKeyError, generate_key, load_key
from safeguarding.evidence.models import EvidenceFile, EvidenceHold
from safeguarding.evidence.package import PackageError, export_package, verify_package
from safeguarding.evidence.preserve import extend_hold, hold_expiry, is_held, preserve_case, start_hold
from safeguarding.evidence.purge import apply_purge, delete_blobs, plan_purge
from safeguarding.evidence.settings import EvidenceSettings, evidence_settings

__all__ = [
    "EvidenceFile",
    "EvidenceHold",
    "EvidenceKey",
    "EvidenceKeyError",
    "EvidenceSettings",
    "PackageError",
    "apply_purge",
    "delete_blobs",
    "evidence_settings",
    "export_package",
    "extend_hold",
    "generate_key",
    "hold_expiry",
    "is_held",
    "load_key",
    "plan_purge",
    "preserve_case",
    "start_hold",
    "verify_package",
]
