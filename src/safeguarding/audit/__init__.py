"""Tamper-evident audit log: an RFC 6962 Merkle tree of events with Ed25519-signed tree heads."""

from safeguarding.audit.keys import SigningKeyError, load_public_key, load_signing_key
from safeguarding.audit.log import (
    ConsistencyProof,
    InclusionProof,
    VerifyResult,
    consistency_proof,
    inclusion_proof,
    log_size,
    proof_from_json,
    record_event,
    sign_tree_head,
    verify_log,
)
from safeguarding.audit.merkle import verify_consistency, verify_inclusion
from safeguarding.audit.models import AuditEvent, AuditTreeHead

__all__ = [
    "AuditEvent",
    "AuditTreeHead",
    "ConsistencyProof",
    "InclusionProof",
    "SigningKeyError",
    "VerifyResult",
    "consistency_proof",
    "inclusion_proof",
    "load_public_key",
    "load_signing_key",
    "log_size",
    "proof_from_json",
    "record_event",
    "sign_tree_head",
    "verify_consistency",
    "verify_inclusion",
    "verify_log",
]
