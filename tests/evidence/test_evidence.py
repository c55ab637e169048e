"""Evidence: encrypted at rest, held, exported as a signed package, and purged only when not held."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update
from typer.testing import CliRunner

from safeguarding.audit import AuditEvent, verify_log
from safeguarding.cases import Case, CaseItem, Decision
from safeguarding.evidence import (
    EvidenceFile,
    EvidenceHold,
    apply_purge,
    evidence_settings,
    extend_hold,
    hold_expiry,
    load_key,
    plan_purge,
    preserve_case,
    start_hold,
)
from safeguarding.evidence.crypto import BlobError, decrypt_chunks
from safeguarding.reports.casedata import report_case
from safeguarding.reports.evidence_cli import app
from safeguarding.store import Store
from tests.reports.factory import Env, make_case

runner = CliRunner()


def _preserve(store: Store, case_id: int) -> list[EvidenceFile]:
    settings = evidence_settings()
    with store.session() as session:
        files, problems = preserve_case(
            session, report_case(session, case_id), settings.evidence_dir(store), load_key(None), "lead"
        )
    assert problems == []
    return files


def test_preserved_media_is_encrypted_and_authenticated(store: Store, env: Env) -> None:
    case_id = make_case(store, env.tmp / "media", files=2)
    files = _preserve(store, case_id)
    assert len(files) == 2
    assert _preserve(store, case_id) == files or len(_preserve(store, case_id)) == 2  # idempotent
    original = Path(files[0].original_path).read_bytes()
    blob = env.evidence_dir / files[0].blob_name
    assert original not in blob.read_bytes() and original[:64] not in blob.read_bytes()
    key = load_key(None)
    assert b"".join(decrypt_chunks(blob, key, files[0].blob_name)) == original
    damaged = bytearray(blob.read_bytes())
    damaged[-5] ^= 1
    blob.write_bytes(bytes(damaged))
    with pytest.raises(BlobError, match="chunk 0"):
        b"".join(decrypt_chunks(blob, key, files[0].blob_name))


def test_changed_or_missing_file_is_named_and_others_kept(store: Store, env: Env) -> None:
    case_id = make_case(store, env.tmp / "media", files=2)
    paths = sorted((env.tmp / "media").glob("*.png"))
    paths[0].write_bytes(b"not the scanned content")
    paths[1].unlink()
    result = runner.invoke(app, ["preserve", str(case_id), "--db", store.url])
    assert result.exit_code == 1
    assert "content changed since it was scanned" in result.output and "file not found" in result.output


def test_hold_extension_needs_reason_and_only_lengthens(store: Store, env: Env) -> None:
    case_id = make_case(store, env.tmp / "media", files=1)
    with store.session() as session:
        first = start_hold(session, case_id, 365, "report finished", "lead")
        extended = extend_hold(session, case_id, 90, "legal request LR-1", "lead")
        assert extended.expires_at == first.expires_at + timedelta(days=90)
        with pytest.raises(ValueError, match="reason"):
            extend_hold(session, case_id, 10, " ", "lead")
    result = runner.invoke(
        app,
        ["hold", str(case_id), "--extend-days", "30", "--reason", "legal request LR-2", "--db", store.url],
    )
    assert result.exit_code == 0, result.output
    with store.session() as session:
        expiry = hold_expiry(session, case_id)
        assert expiry is not None and expiry - first.expires_at == timedelta(days=120)
        assert {"hold", "hold_extend"} <= set(session.scalars(select(AuditEvent.action)))


def test_export_and_verify_package(store: Store, env: Env) -> None:
    case_id = make_case(store, env.tmp / "media", files=2)
    _preserve(store, case_id)
    package = env.tmp / "package"
    result = runner.invoke(app, ["export", str(case_id), "--out", str(package), "--db", store.url])
    assert result.exit_code == 0, result.output
    manifest = json.loads((package / "manifest.json").read_text())
    assert len(manifest["evidence"]) == 2
    history = json.loads((package / "case.json").read_text())
    assert [d["action"] for d in history["decisions"]] == ["confirm"]
    assert (package / "audit.jsonl").read_text().count("\n") >= 2  # decide, preserve, export

    ok = runner.invoke(app, ["verify", str(package), "--public-key", str(env.tmp / "signing.pem")])
    assert ok.exit_code == 0 and ok.output.startswith("OK"), ok.output

    victim = package / manifest["evidence"][1]["path"]
    data = bytearray(victim.read_bytes())
    data[100] ^= 1
    victim.write_bytes(bytes(data))
    bad = runner.invoke(app, ["verify", str(package)])
    assert bad.exit_code == 1
    assert f"FAIL {manifest['evidence'][1]['path']}: content changed" in bad.output

    again = runner.invoke(app, ["export", str(case_id), "--out", str(package), "--db", store.url])
    assert again.exit_code == 2 and "already exists" in again.output
    with store.session() as session:
        assert verify_log(session).ok


def test_forged_manifest_fails_signature(store: Store, env: Env) -> None:
    case_id = make_case(store, env.tmp / "media", files=1)
    _preserve(store, case_id)
    package = env.tmp / "package"
    assert (
        runner.invoke(app, ["export", str(case_id), "--out", str(package), "--db", store.url]).exit_code == 0
    )
    manifest = (package / "manifest.json").read_text().replace('"created_by": "', '"created_by": "x')
    (package / "manifest.json").write_text(manifest)
    bad = runner.invoke(app, ["verify", str(package)])
    assert bad.exit_code == 1 and "manifest.json: signature does not verify" in bad.output
    (package / "extra.txt").write_text("added")
    assert "extra.txt: not in the manifest" in runner.invoke(app, ["verify", str(package)]).output


def _age_dismissal(store: Store, case_id: int, days: int) -> None:
    past = datetime.now(UTC) - timedelta(days=days)
    with store.session() as session:
        session.execute(update(Decision).where(Decision.case_id == case_id).values(created_at=past))
        session.execute(update(Case).where(Case.id == case_id).values(updated_at=past))


def _preserve_any(store: Store, case_id: int) -> None:
    """Preserve a case's files whatever its status (a dismissed case may still hold preserved media)."""
    for status in ("confirmed", "dismissed"):
        with store.session() as session:
            session.execute(update(Case).where(Case.id == case_id).values(status=status))
            session.execute(update(CaseItem).where(CaseItem.case_id == case_id).values(status=status))
        if status == "confirmed":
            assert len(_preserve(store, case_id)) == 1


def test_purge_deletes_only_what_is_not_held(store: Store, env: Env) -> None:
    old_dismissed = make_case(store, env.tmp / "a", files=1, status="dismissed", account="a")
    held_dismissed = make_case(store, env.tmp / "b", files=1, status="dismissed", account="b")
    recent_dismissed = make_case(store, env.tmp / "c", files=1, status="dismissed", account="c")
    expired = make_case(store, env.tmp / "d", files=1, account="d")
    held = make_case(store, env.tmp / "e", files=1, account="e")
    for case_id in (old_dismissed, held_dismissed, recent_dismissed):
        _preserve_any(store, case_id)
    for case_id in (expired, held):
        _preserve(store, case_id)
    _age_dismissal(store, old_dismissed, 400)
    _age_dismissal(store, held_dismissed, 400)
    with store.session() as session:
        start_hold(session, held_dismissed, 30, "legal request", "lead")
        start_hold(session, held, 365, "report finished", "lead")
        start_hold(session, expired, 1, "report finished", "lead")
        session.execute(
            update(EvidenceHold)
            .where(EvidenceHold.case_id == expired)
            .values(expires_at=datetime.now(UTC) - timedelta(days=1))
        )

    dry = runner.invoke(app, ["purge", "--dry-run", "--db", store.url])
    assert dry.exit_code == 0 and "would delete 2 file(s)" in dry.output
    blobs_before = sorted(p.name for p in env.evidence_dir.rglob("*.sgev"))
    assert len(blobs_before) == 5

    result = runner.invoke(app, ["purge", "--db", store.url])
    assert result.exit_code == 0 and "deleted 2 file(s)" in result.output, result.output
    with store.session() as session:
        live = {
            f.case_id for f in session.scalars(select(EvidenceFile).where(EvidenceFile.purged_at.is_(None)))
        }
        assert live == {held_dismissed, recent_dismissed, held}
        for record in session.scalars(select(EvidenceFile)):
            assert (env.evidence_dir / record.blob_name).exists() == (record.purged_at is None)
        assert session.scalars(select(AuditEvent).where(AuditEvent.action == "purge")).all()
        assert verify_log(session).ok


def test_held_material_survives_even_a_plan_made_before_the_hold(store: Store, env: Env) -> None:
    case_id = make_case(store, env.tmp / "a", files=1, status="dismissed")
    _preserve_any(store, case_id)
    _age_dismissal(store, case_id, 400)
    with store.session() as session:
        plan = plan_purge(session, dismissed_retention_days=0)
        assert [a.case_id for a in plan] == [case_id]
        start_hold(session, case_id, 30, "legal request arrived", "lead")
        assert apply_purge(session, plan, "lead") == []
        assert plan_purge(session, dismissed_retention_days=0) == []
    with store.session() as session:
        assert session.scalars(select(EvidenceFile.purged_at)).one() is None


def test_purge_waits_for_a_hold_being_placed(store: Store, env: Env) -> None:
    """A purge running while a hold is being placed (not yet committed) waits for it, then keeps the files."""
    import threading

    case_id = make_case(store, env.tmp / "a", files=1, status="dismissed")
    _preserve_any(store, case_id)
    _age_dismissal(store, case_id, 400)
    with store.session() as planning:
        plan = plan_purge(planning, dismissed_retention_days=0)
    assert len(plan) == 1
    purged: list[object] = []

    def purge() -> None:
        with store.session() as purging:
            purged.extend(apply_purge(purging, plan, "lead"))

    with store.session() as holding:
        start_hold(holding, case_id, 30, "legal request", "lead")
        worker = threading.Thread(target=purge)
        worker.start()
        worker.join(timeout=0.5)  # the purge is now blocked on the hold's locks (or has not started)
    worker.join()
    assert purged == []
    with store.session() as session:
        assert session.scalars(select(EvidenceFile.purged_at)).one() is None
        assert (env.evidence_dir / plan[0].blob_name).exists()
