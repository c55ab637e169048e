"""Evidence packages: a folder with the case's files, their hashes, the case and decision history, the
case's audit events with inclusion proofs, and a manifest signed with the service's Ed25519 key.

Layout:
  manifest.json     format, case, creator, signing key (PEM), every other file with its sha256 and size
  manifest.sig      base64 Ed25519 signature over the exact bytes of manifest.json
  case.json         the case, its items, decisions, report submissions with every NCMEC response (given
                    by the caller), holds and evidence files
  audit.jsonl       the case's audit events, each with an RFC 6962 inclusion proof
  tree_head.json    the signed tree head those proofs lead to
  files/NNNN-name   the preserved files, decrypted
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key
from sqlalchemy import select
from sqlalchemy.orm import Session

from safeguarding.audit import AuditEvent, merkle, record_event, sign_tree_head
from safeguarding.audit.heads import tree_head_message
from safeguarding.audit.keys import key_id, public_key_pem, verify_signature
from safeguarding.audit.log import subtree_hash
from safeguarding.evidence.crypto import EvidenceKeys, decrypt_chunks
from safeguarding.evidence.models import EvidenceFile, EvidenceHold
from safeguarding.evidence.preserve import live_files

FORMAT = "safeguarding-evidence-package/1"
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"


class PackageError(ValueError):
    """The package cannot be written or does not verify; the message names the file."""


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()


def _safe_name(name: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(name).name).strip("._")
    return cleaned[:80] or "file"


def _sha256_file(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


def _evidence_history(session: Session, case_id: int, files: list[EvidenceFile]) -> dict[str, Any]:
    holds = session.scalars(
        select(EvidenceHold).where(EvidenceHold.case_id == case_id).order_by(EvidenceHold.id)
    )
    return {
        "holds": [
            {
                "id": h.id,
                "starts_at": _iso(h.starts_at),
                "expires_at": _iso(h.expires_at),
                "reason": h.reason,
                "created_by": h.created_by,
            }
            for h in holds
        ],
        "evidence_files": [
            {
                "id": f.id,
                "original_name": f.original_name,
                "original_path": f.original_path,
                "sha256": f.sha256,
                "md5": f.md5,
                "size": f.size,
                "preserved_at": _iso(f.preserved_at),
            }
            for f in files
        ],
    }


def _audit_lines(session: Session, case_id: int, tree_size: int) -> Iterator[str]:
    cache: dict[tuple[int, int], bytes] = {}

    def subtree(start: int, end: int) -> bytes:
        if (start, end) not in cache:
            cache[(start, end)] = subtree_hash(session, start, end)
        return cache[(start, end)]

    events = session.execute(
        select(AuditEvent.seq, AuditEvent.entry, AuditEvent.leaf_hash)
        .where(AuditEvent.subject == f"case:{case_id}", AuditEvent.seq < tree_size)
        .order_by(AuditEvent.seq)
    ).all()
    for seq, entry, leaf in events:
        path = merkle.inclusion_path(int(seq), tree_size, subtree)
        yield json.dumps(
            {
                "seq": int(seq),
                "entry": bytes(entry).decode("utf-8"),
                "leaf_hash": leaf,
                "tree_size": tree_size,
                "audit_path": [node.hex() for node in path],
            },
            ensure_ascii=False,
        )


def export_package(
    session: Session,
    case_id: int,
    out: Path,
    evidence_dir: Path,
    keys: EvidenceKeys,
    signing_key: Ed25519PrivateKey,
    actor: str,
    case_history: Mapping[str, Any],
) -> Path:
    """Write the package for a case to the new folder `out` (nothing is left behind on failure).

    `case_history` (the case, its items, decisions and report submissions, from the caller, see
    reports.history) goes into case.json with the holds and evidence files.
    """
    if out.exists():
        raise PackageError(f"{out}: already exists; choose a new folder")
    files = live_files(session, case_id)
    history = {**case_history, **_evidence_history(session, case_id, files)}
    staging = out.with_name(out.name + ".part")
    shutil.rmtree(staging, ignore_errors=True)
    (staging / "files").mkdir(parents=True, mode=0o700)
    try:
        evidence = []
        for n, record in enumerate(files, 1):
            relative = f"files/{n:04d}-{_safe_name(record.original_name)}"
            digest = hashlib.sha256()
            with (staging / relative).open("wb") as target:
                key = keys.for_id(record.key_id)
                for chunk in decrypt_chunks(evidence_dir / record.blob_name, key, record.blob_name):
                    digest.update(chunk)
                    target.write(chunk)
            if digest.hexdigest() != record.sha256:
                raise PackageError(
                    f"{record.blob_name}: decrypted content does not match the preserved sha256"
                )
            evidence.append(
                {
                    "path": relative,
                    "original_name": record.original_name,
                    "sha256": record.sha256,
                    "md5": record.md5,
                    "evidence_file_id": record.id,
                }
            )
        record_event(
            session,
            actor,
            "export",
            f"case:{case_id}",
            {"package": str(out), "files": [entry["sha256"] for entry in evidence]},
        )
        head = sign_tree_head(session, signing_key)
        (staging / "case.json").write_text(
            json.dumps(history, indent=2, ensure_ascii=False, default=str) + "\n"
        )
        with (staging / "audit.jsonl").open("w", encoding="utf-8") as audit_file:
            for line in _audit_lines(session, case_id, head.tree_size):
                audit_file.write(line + "\n")
        tree_head = {
            "tree_size": head.tree_size,
            "root_hash": head.root_hash,
            "timestamp_ms": head.timestamp_ms,
            "key_id": head.key_id,
            "signature": head.signature,
        }
        (staging / "tree_head.json").write_text(json.dumps(tree_head, indent=2) + "\n")
        listed = []
        for path in sorted(p for p in staging.rglob("*") if p.is_file()):
            sha256, size = _sha256_file(path)
            listed.append({"path": path.relative_to(staging).as_posix(), "sha256": sha256, "size": size})
        public = signing_key.public_key()
        manifest = {
            "format": FORMAT,
            "case_id": case_id,
            "created_at": datetime.now(UTC).isoformat(),
            "created_by": actor,
            "signing_key_id": key_id(public),
            "public_key": public_key_pem(public),
            "evidence": evidence,
            "files": listed,
        }
        manifest_bytes = (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode()
        (staging / MANIFEST).write_bytes(manifest_bytes)
        (staging / SIGNATURE).write_text(base64.b64encode(signing_key.sign(manifest_bytes)).decode() + "\n")
        os.replace(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return out


@dataclass(frozen=True)
class PackageReport:
    ok: bool
    problems: list[str]
    files: int
    signing_key_id: str
    key_was_given: bool


def _public_key_from_manifest(manifest: dict[str, Any]) -> Ed25519PublicKey:
    key = load_pem_public_key(str(manifest.get("public_key", "")).encode())
    if not isinstance(key, Ed25519PublicKey):
        raise PackageError(f"{MANIFEST}: public_key is not an Ed25519 key")
    return key


def verify_package(package: Path, public_key: Ed25519PublicKey | None = None) -> PackageReport:
    """Check the manifest signature, every file's hash, that no file was added, and the audit proofs."""
    problems: list[str] = []
    try:
        manifest_bytes = (package / MANIFEST).read_bytes()
        signature = base64.b64decode((package / SIGNATURE).read_text().strip())
        manifest = json.loads(manifest_bytes)
        embedded = _public_key_from_manifest(manifest)
    except (OSError, ValueError, PackageError) as exc:
        return PackageReport(
            False, [f"{MANIFEST}/{SIGNATURE}: cannot read: {exc}"], 0, "", public_key is not None
        )
    key = public_key or embedded
    if not verify_signature(key, signature, manifest_bytes):
        problems.append(f"{MANIFEST}: signature does not verify (manifest altered or signed by another key)")
    listed = {entry["path"]: entry for entry in manifest.get("files", [])}
    for relative, entry in listed.items():
        path = package / relative
        if not path.is_file():
            problems.append(f"{relative}: missing")
            continue
        sha256, size = _sha256_file(path)
        if sha256 != entry["sha256"] or size != entry["size"]:
            problems.append(f"{relative}: content changed (sha256 {sha256}, manifest says {entry['sha256']})")
    for path in sorted(p for p in package.rglob("*") if p.is_file()):
        relative = path.relative_to(package).as_posix()
        if relative not in listed and relative not in (MANIFEST, SIGNATURE):
            problems.append(f"{relative}: not in the manifest (added)")
    for entry in manifest.get("evidence", []):
        if listed.get(entry["path"], {}).get("sha256") != entry["sha256"]:
            problems.append(f"{entry['path']}: does not carry the sha256 recorded when it was preserved")
    if not problems:
        problems += _verify_audit(package, key)
    return PackageReport(not problems, problems, len(listed), key_id(key), public_key is not None)


def _verify_audit(package: Path, key: Ed25519PublicKey) -> list[str]:
    head = json.loads((package / "tree_head.json").read_text())
    root = bytes.fromhex(head["root_hash"])
    message = tree_head_message(head["tree_size"], head["timestamp_ms"], root)
    if not verify_signature(key, bytes.fromhex(head["signature"]), message):
        return ["tree_head.json: signature does not verify"]
    problems = []
    with (package / "audit.jsonl").open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            event = json.loads(line)
            leaf = merkle.leaf_hash(event["entry"].encode("utf-8"))
            path = [bytes.fromhex(node) for node in event["audit_path"]]
            if not merkle.verify_inclusion(leaf, event["seq"], head["tree_size"], path, root):
                problems.append(f"audit.jsonl line {number}: event {event['seq']} is not in the signed log")
    return problems
