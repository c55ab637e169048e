"""Evidence key rotation (resumable, both keys named in the audit log), orphaned blobs, and the
evidence/reports layering (issue 11 part 4), on SQLite and PostgreSQL."""

from __future__ import annotations

import ast
import json
import os
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

import safeguarding.evidence
from safeguarding.audit import AuditEvent, verify_log
from safeguarding.evidence import EvidenceFile, evidence_settings, load_key, preserve_case, start_hold
from safeguarding.evidence.crypto import (
    BlobError,
    EvidenceKey,
    EvidenceKeys,
    decrypt_chunks,
    generate_key,
    parse_key,
)
from safeguarding.evidence.orphans import find_orphans
from safeguarding.evidence.rotate import rotate_evidence_key
from safeguarding.reports.casedata import report_case
from safeguarding.reports.evidence_cli import app
from safeguarding.store import Store
from tests.reports.factory import Env, make_case

runner = CliRunner()


def _preserve(store: Store, case_id: int) -> list[EvidenceFile]:
    with store.session() as session:
        files, problems = preserve_case(
            session,
            report_case(session, case_id),
            evidence_settings().evidence_dir(store),
            load_key(None),
            "lead",
        )
    assert problems == []
    return files


def _switch_to_a_new_key(env: Env, monkeypatch: pytest.MonkeyPatch) -> tuple[EvidenceKey, EvidenceKey, str]:
    """What an operator does before `evidence rotate-key`: the new key becomes the current one, the old
    one moves to evidence.previous_key_files. Returns (old, new, the old key's text)."""
    old_text = os.environ["SAFEGUARDING_EVIDENCE_KEY"]
    old_file = env.tmp / "evidence-old.key"
    old_file.write_text(old_text + "\n")
    new_text = generate_key()
    monkeypatch.setenv("SAFEGUARDING_EVIDENCE_KEY", new_text)
    with env.config.open("a") as config:
        config.write(f"  previous_key_files: [{old_file}]\n")
    return parse_key(old_text, "old"), parse_key(new_text, "new"), old_text


def _readable(store: Store, env: Env, key: EvidenceKey) -> dict[int, bool]:
    """For each live file: does its blob decrypt with `key` to its preserved bytes?"""
    readable = {}
    with store.session() as session:
        for record in session.scalars(select(EvidenceFile).where(EvidenceFile.purged_at.is_(None))):
            try:
                data = b"".join(decrypt_chunks(env.evidence_dir / record.blob_name, key, record.blob_name))
            except (BlobError, OSError):
                readable[record.id] = False
            else:
                readable[record.id] = data == Path(record.original_path).read_bytes()
    return readable


def test_rotate_key_re_encrypts_everything_and_names_both_keys(
    store: Store, env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = make_case(store, env.tmp / "a", files=2, account="a")
    second = make_case(store, env.tmp / "b", files=1, account="b")
    files = _preserve(store, first) + _preserve(store, second)
    old_blobs = {f.blob_name for f in files}
    old_key, new_key, old_text = _switch_to_a_new_key(env, monkeypatch)

    result = runner.invoke(app, ["rotate-key", "--db", store.url, "--actor", "lead"])
    assert result.exit_code == 0, result.output
    assert f"re-encrypted 3 file(s) under key {new_key.key_id}; 0 left under other keys" in result.output

    assert _readable(store, env, new_key) == {f.id: True for f in files}
    assert set(_readable(store, env, old_key).values()) == {False}
    assert not any((env.evidence_dir / name).exists() for name in old_blobs)
    with store.session() as session:
        assert set(session.scalars(select(EvidenceFile.key_id))) == {new_key.key_id}
        events = session.scalars(select(AuditEvent).where(AuditEvent.subject == "evidence:key")).all()
        details = [json.loads(e.entry)["details"] for e in events]
        assert [e.action for e in events] == ["rotate_evidence_key", "rotate_evidence_key_done"]
        assert all(
            d["old_key_ids"] == [old_key.key_id] and d["new_key_id"] == new_key.key_id for d in details
        )
        assert details[1]["rotated"] == 3
        every_entry = b"".join(session.scalars(select(AuditEvent.entry)))
        for secret in (old_text, os.environ["SAFEGUARDING_EVIDENCE_KEY"]):
            assert secret.encode() not in every_entry  # key ids only, never a key
        assert verify_log(session).ok
    again = runner.invoke(app, ["rotate-key", "--db", store.url])
    assert again.exit_code == 0 and "re-encrypted 0 file(s)" in again.output and "0 left" in again.output


class Interrupted(BaseException):
    """Stands in for a kill (not an Exception, so nothing on the way catches it)."""


def test_rotation_interrupted_twice_resumes_and_leaves_only_orphans(
    store: Store, env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = make_case(store, env.tmp / "a", files=3)
    files = _preserve(store, case_id)
    ids = [f.id for f in files]
    old_key, new_key, _ = _switch_to_a_new_key(env, monkeypatch)
    keys = EvidenceKeys(new_key, (old_key,))

    def kill_at(file_id: int, step: str) -> Callable[[int, str], None]:
        def hook(current: int, current_step: str) -> None:
            if (current, current_step) == (file_id, step):
                raise Interrupted

        return hook

    with pytest.raises(Interrupted):  # new blob of file 2 written, its row not changed
        rotate_evidence_key(store, env.evidence_dir, keys, "lead", on_step=kill_at(ids[1], "written"))
    with pytest.raises(Interrupted):  # row of file 2 changed, its old blob not yet deleted
        rotate_evidence_key(store, env.evidence_dir, keys, "lead", on_step=kill_at(ids[1], "committed"))
    with store.session() as session:
        named = {i: k for i, k in session.execute(select(EvidenceFile.id, EvidenceFile.key_id))}
    assert named == {ids[0]: new_key.key_id, ids[1]: new_key.key_id, ids[2]: old_key.key_id}
    both = {
        **_readable(store, env, old_key),
        **{k: v for k, v in _readable(store, env, new_key).items() if v},
    }
    assert both == {i: True for i in ids}  # every file readable with the key its row names, at every point
    package = env.tmp / "mid-rotation-package"  # and exporting reads each with its own key meanwhile
    exported = runner.invoke(app, ["export", str(case_id), "--out", str(package), "--db", store.url])
    assert exported.exit_code == 0, exported.output
    assert runner.invoke(app, ["verify", str(package)]).exit_code == 0

    result = rotate_evidence_key(store, env.evidence_dir, keys, "lead")
    assert (result.rotated, result.problems) == (1, [])
    assert _readable(store, env, new_key) == {i: True for i in ids}

    with store.session() as session:
        orphans = find_orphans(session, env.evidence_dir, grace=timedelta(0))
    assert len(orphans) == 2  # file 2's blob from the first run (never used) and its old blob
    purged = runner.invoke(app, ["purge", "--orphans", "--older-than-minutes", "0", "--db", store.url])
    assert purged.exit_code == 0 and "deleted 2 orphaned file(s)" in purged.output, purged.output
    assert _readable(store, env, new_key) == {i: True for i in ids}
    assert len(list(env.evidence_dir.rglob("*.sgev"))) == 3


def test_purge_orphans_removes_crash_leftovers_but_never_a_held_file(store: Store, env: Env) -> None:
    held = make_case(store, env.tmp / "held", files=1, account="held")
    crashed = make_case(store, env.tmp / "crashed", files=2, account="crashed")
    kept = _preserve(store, held)
    with store.session() as session:
        start_hold(session, held, 365, "report finished", "lead")
    with pytest.raises(Interrupted), store.session() as session:  # a crash after the blobs were renamed
        preserve_case(session, report_case(session, crashed), env.evidence_dir, load_key(None), "lead")
        raise Interrupted
    part = env.evidence_dir / str(crashed) / "tmpabc.part"  # and one never renamed
    part.write_bytes(b"SGEV1 partial")
    leftovers = sorted(
        p for p in env.evidence_dir.rglob("*") if p.is_file() and p.parent.name == str(crashed)
    )
    assert len(leftovers) == 3

    fresh = runner.invoke(app, ["purge", "--orphans", "--db", store.url])  # default: older than an hour
    assert fresh.exit_code == 0 and "deleted 0 orphaned file(s)" in fresh.output
    hour_ago = time.time() - 3700
    for path in [*leftovers, env.evidence_dir / kept[0].blob_name]:
        os.utime(path, (hour_ago, hour_ago))
    dry = runner.invoke(app, ["purge", "--orphans", "--dry-run", "--db", store.url])
    assert dry.exit_code == 0 and "would delete 3 orphaned file(s)" in dry.output
    assert all(p.exists() for p in leftovers)
    result = runner.invoke(app, ["purge", "--orphans", "--db", store.url, "--actor", "lead"])
    assert result.exit_code == 0 and "deleted 3 orphaned file(s)" in result.output
    assert not any(p.exists() for p in leftovers)
    assert (env.evidence_dir / kept[0].blob_name).exists()
    assert _readable(store, env, load_key(None)) == {kept[0].id: True}
    with store.session() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "purge_orphans")).one()
        assert len(json.loads(event.entry)["details"]["files"]) == 3


def test_evidence_does_not_import_reports() -> None:
    """reports builds on evidence; the reverse import would make a package cycle."""
    package = Path(safeguarding.evidence.__file__).parent
    for module in package.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            assert not any(n.startswith("safeguarding.reports") for n in names), (
                f"{module.name} imports {names}"
            )


def test_a_file_under_a_key_no_longer_configured_is_named(
    store: Store, env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = make_case(store, env.tmp / "a", files=1)
    (record,) = _preserve(store, case_id)
    monkeypatch.setenv("SAFEGUARDING_EVIDENCE_KEY", generate_key())  # the old key is simply gone
    result = runner.invoke(app, ["rotate-key", "--db", store.url])
    assert result.exit_code == 1
    assert f"evidence file {record.id}: no evidence key with id {record.key_id}" in result.output
    assert "1 left under other keys" in result.output
