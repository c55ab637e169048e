"""Tamper-evident audit log: an RFC 6962 Merkle tree of events with Ed25519-signed tree heads."""

from safeguarding.audit.heads import HeadPolicy, HeadRecord, export_heads, read_heads, sign_tree_head
from safeguarding.audit.keys import SigningKeyError, load_public_key, load_signing_key
from safeguarding.audit.log import (
    ConsistencyProof,
    InclusionProof,
    consistency_proof,
    inclusion_proof,
    log_size,
    proof_from_json,
)
from safeguarding.audit.merkle import verify_consistency, verify_inclusion
from safeguarding.audit.models import AuditEvent, AuditTreeHead
from safeguarding.audit.record import record_event
from safeguarding.audit.verify import VerifyResult, verify_log

__all__ = [
    "AuditEvent",
    "AuditTreeHead",
    "ConsistencyProof",
    "HeadPolicy",
    "HeadRecord",
    "InclusionProof",
    "SigningKeyError",
    "VerifyResult",
    "consistency_proof",
    "export_heads",
    "inclusion_proof",
    "load_public_key",
    "load_signing_key",
    "log_size",
    "proof_from_json",
    "read_heads",
    "record_event",
    "sign_tree_head",
    "verify_consistency",
    "verify_inclusion",
    "verify_log",
]
