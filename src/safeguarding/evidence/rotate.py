"""Re-encrypt preserved material under a new evidence key, one file at a time, resumable after a kill.

The flow: make a new key (`evidence keygen`), make it `evidence.key_file` and list the old one under
`evidence.previous_key_files`, run `evidence rotate-key`. Every command reads a file with the key its row
names, so preserving, reporting and exporting go on during the rotation. For each live file not under
the current key: decrypt it, encrypt it under the new key into a new blob
(written whole as `.part`, fsynced, then renamed), check the plaintext's SHA-256 against the preserved
one, point its row at the new blob and key (its own transaction), then delete the old blob. A kill at any
point leaves every file readable: before the row changes, the old blob and key still serve it (a renamed
new blob is an orphan for `evidence purge --orphans`); after, the new ones do (the old blob is then the
orphan). Running the command again carries on with the files still under an old key.

Both keys are named in the audit log by their key ids (a truncated SHA-256 of the key), never the key.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, update

from safeguarding.audit import record_event
from safeguarding.evidence.crypto import (
    BlobError,
    EvidenceKey,
    EvidenceKeyError,
    EvidenceKeys,
    decrypt_chunks,
    encrypt_chunks,
)
from safeguarding.evidence.models import EvidenceFile
from safeguarding.store import Store

START_ACTION = "rotate_evidence_key"
DONE_ACTION = "rotate_evidence_key_done"


@dataclass
class RotationResult:
    rotated: int = 0
    remaining_before: int = 0
    left: int = 0  # live files still not under the current key
    problems: list[str] = field(default_factory=list)


def _reencrypt(evidence_dir: Path, record: EvidenceFile, old: EvidenceKey, new: EvidenceKey) -> str:
    """Write the file's new blob (complete, durable, renamed into place); returns its name."""
    blob_name = f"{record.case_id}/{uuid.uuid4().hex}.sgev"
    folder = (evidence_dir / blob_name).parent
    handle, temp_name = tempfile.mkstemp(dir=folder, suffix=".part")
    try:
        with os.fdopen(handle, "wb") as target:
            chunks = decrypt_chunks(evidence_dir / record.blob_name, old, record.blob_name)
            digests = encrypt_chunks(chunks, target, new, blob_name)
            target.flush()
            os.fsync(target.fileno())
        if digests.sha256 != record.sha256:
            raise BlobError(
                f"{record.blob_name}: decrypts to sha256 {digests.sha256}, preserved {record.sha256}"
            )
        os.chmod(temp_name, 0o600)
        os.replace(temp_name, evidence_dir / blob_name)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return blob_name


def rotate_evidence_key(
    store: Store,
    evidence_dir: Path,
    keys: EvidenceKeys,
    actor: str,
    *,
    on_step: Callable[[int, str], None] | None = None,
) -> RotationResult:
    """Re-encrypt every live file not under `keys.current` with it, reading each with the previous key
    its row names; safe to run again after an interruption."""
    new = keys.current
    result = RotationResult()
    with store.session() as session:
        pending = session.execute(
            select(EvidenceFile.id, EvidenceFile.key_id)
            .where(EvidenceFile.purged_at.is_(None), EvidenceFile.key_id != new.key_id)
            .order_by(EvidenceFile.id)
        ).all()
        result.remaining_before = len(pending)
        old_ids = sorted({key_id for _, key_id in pending})
        names = {"new_key_id": new.key_id, "old_key_ids": old_ids}
        record_event(session, actor, START_ACTION, "evidence:key", {**names, "files": len(pending)})
    for file_id, key_id in pending:
        try:
            old = keys.for_id(key_id)
        except EvidenceKeyError as exc:
            result.problems.append(f"evidence file {file_id}: {exc}")
            continue
        with store.session() as session:
            record = session.get(EvidenceFile, file_id)
            if record is None or record.key_id != old.key_id or record.purged_at is not None:
                continue  # purged or rotated by a concurrent run
            old_blob = record.blob_name
            try:
                new_blob = _reencrypt(evidence_dir, record, old, new)
            except (BlobError, OSError, ValueError) as exc:
                result.problems.append(f"evidence file {file_id}: {exc}")
                continue
            if on_step is not None:
                on_step(file_id, "written")  # tests interrupt here: new blob in place, row unchanged
            session.execute(
                update(EvidenceFile)
                .where(EvidenceFile.id == file_id, EvidenceFile.key_id == old.key_id)
                .values(blob_name=new_blob, key_id=new.key_id)
            )
        if on_step is not None:
            on_step(file_id, "committed")  # and here: row on the new blob, old blob not yet deleted
        (evidence_dir / old_blob).unlink(missing_ok=True)
        result.rotated += 1
    with store.session() as session:
        left = session.scalars(
            select(EvidenceFile.id).where(EvidenceFile.purged_at.is_(None), EvidenceFile.key_id != new.key_id)
        ).all()
        details = {**names, "rotated": result.rotated, "left": len(left), "problems": len(result.problems)}
        record_event(session, actor, DONE_ACTION, "evidence:key", details)
    result.left = len(left)
    return result
