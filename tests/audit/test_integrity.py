"""Audit integrity over every column, automatic signed heads, witness heads and signing-key rotation
(issue 11 part 3), on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import delete, select, update
from typer.testing import CliRunner

from safeguarding.audit import (
    AuditEvent,
    AuditTreeHead,
    export_heads,
    read_heads,
    record_event,
    sign_tree_head,
    verify_log,
)
from safeguarding.audit.cli import app
from safeguarding.audit.heads import ROTATE_ACTION, rotation_details
from safeguarding.audit.keys import generate_signing_key, key_id
from safeguarding.audit.merkle import leaf_hash
from safeguarding.store import Store

runner = CliRunner()


def _fill(store: Store, n: int, start: int = 0) -> None:
    with store.session() as session:
        for i in range(start, start + n):
            record_event(session, f"reviewer{i % 3}", "view", f"case:{i}", {"n": i})


def _policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, events: int, minutes: float = 60) -> None:
    config = tmp_path / "policy.yaml"
    config.write_text(f"audit:\n  head_every_events: {events}\n  head_every_minutes: {minutes}\n")
    monkeypatch.setenv("SAFEGUARDING_CONFIG", str(config))


def _heads(store: Store) -> list[int]:
    with store.session() as session:
        return list(session.scalars(select(AuditTreeHead.tree_size).order_by(AuditTreeHead.tree_size)))


def test_columns_changed_together_with_the_entry_are_caught_by_the_signed_head(
    store: Store, signing_key: Ed25519PrivateKey
) -> None:
    _fill(store, 8)
    with store.session() as session:
        sign_tree_head(session, signing_key)
        event = session.get(AuditEvent, 4)
        assert event is not None
        forged = event.entry.replace(b'"case:4"', b'"case:77"')
        session.execute(
            update(AuditEvent)
            .where(AuditEvent.seq == 4)
            .values(entry=forged, leaf_hash=leaf_hash(forged).hex(), subject="case:77")
        )
    with store.session() as session:
        result = verify_log(session, signing_key.public_key())
    assert result.problem is not None and "signed tree head of size 8 does not match" in str(result.problem)


def test_heads_are_signed_every_n_events_without_any_report(
    store: Store, signing_key: Ed25519PrivateKey, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _policy(tmp_path, monkeypatch, events=5)
    _fill(store, 12)
    assert _heads(store) == [1, 6, 11]  # the first event anchors the log, then every 5
    with store.session() as session:
        result = verify_log(session, signing_key.public_key())
    assert result.ok and result.signatures_checked and result.unsigned_events == 1


def test_heads_are_signed_after_t_minutes(
    store: Store, signing_key: Ed25519PrivateKey, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from safeguarding.audit import record

    _policy(tmp_path, monkeypatch, events=1000, minutes=10)
    _fill(store, 3)
    assert _heads(store) == [1]
    real = record.now_ms
    monkeypatch.setattr(record, "now_ms", lambda: real() + 9 * 60_000)
    _fill(store, 1, start=3)
    assert _heads(store) == [1]  # 9 minutes: not yet
    monkeypatch.setattr(record, "now_ms", lambda: real() + 10 * 60_000 + 1)
    _fill(store, 1, start=4)
    assert _heads(store) == [1, 5]


def test_no_key_means_no_automatic_head_and_no_key_file_created(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SAFEGUARDING_SIGNING_KEY", raising=False)
    _fill(store, 3)
    assert _heads(store) == []
    assert not (tmp_path / "safeguarding-signing-key.pem").exists()


def test_deleting_the_newest_events_is_caught_by_the_counter(
    store: Store, signing_key: Ed25519PrivateKey
) -> None:
    _fill(store, 6)
    with store.session() as session:
        session.execute(delete(AuditEvent).where(AuditEvent.seq >= 4))
    with store.session() as session:
        result = verify_log(session, signing_key.public_key())
    assert result.problem is not None and result.problem.seq == 4
    assert "6 events were written but the log ends at 4" in str(result.problem)


def _rewrite_whole_log(store: Store) -> None:
    """What someone with database access (but not the signing key) can do: rewrite every entry,
    re-hash it consistently, fix the copied columns and the counter, drop the stored heads."""
    with store.session() as session:
        events = list(session.scalars(select(AuditEvent).order_by(AuditEvent.seq)))
        for event in events:
            entry = event.entry.replace(b'"view"', b'"edit"')
            data = json.loads(entry)
            session.execute(
                update(AuditEvent)
                .where(AuditEvent.seq == event.seq)
                .values(entry=entry, leaf_hash=leaf_hash(entry).hex(), action=data["action"])
            )
        session.execute(delete(AuditTreeHead))


def test_a_consistent_rewrite_of_the_whole_table_is_caught_by_witness_heads(
    store: Store, signing_key: Ed25519PrivateKey, tmp_path: Path
) -> None:
    _fill(store, 9)
    with store.session() as session:
        sign_tree_head(session, signing_key)
        witness = tmp_path / "witness-heads.jsonl"
        assert export_heads(session, witness) == 2
    assert [h.tree_size for h in read_heads(witness)] == [1, 9]

    _rewrite_whole_log(store)
    with store.session() as session:
        assert verify_log(session, signing_key.public_key()).ok  # the database alone cannot tell
        result = verify_log(session, signing_key.public_key(), witness_heads=read_heads(witness))
    assert result.problem is not None
    assert "witness tree head of size 1 does not match the log" in str(result.problem)


def test_heads_re_signed_with_another_key_are_refused(store: Store, signing_key: Ed25519PrivateKey) -> None:
    _fill(store, 5)
    _rewrite_whole_log(store)
    with store.session() as session:
        sign_tree_head(session, Ed25519PrivateKey.generate())
    with store.session() as session:
        result = verify_log(session, signing_key.public_key())
    assert result.problem is not None and "neither the trusted key" in str(result.problem)


def test_cli_export_heads_and_verify_against_them(
    store: Store, signing_key: Ed25519PrivateKey, tmp_path: Path
) -> None:
    _fill(store, 4)
    witness = tmp_path / "heads.jsonl"
    exported = runner.invoke(app, ["export-heads", str(witness), "--db", store.url])
    assert exported.exit_code == 0 and exported.output == f"wrote 1 signed tree heads to {witness}\n"
    ok = runner.invoke(app, ["verify", "--db", store.url, "--heads", str(witness)])
    assert ok.exit_code == 0 and "1 witness heads matched" in ok.output, ok.output
    _rewrite_whole_log(store)
    bad = runner.invoke(app, ["verify", "--db", store.url, "--heads", str(witness)])
    assert bad.exit_code == 1 and bad.output.startswith("FAIL witness tree head of size 1 does not match")
    witness.write_text("not json\n")
    broken = runner.invoke(app, ["verify", "--db", store.url, "--heads", str(witness)])
    assert broken.exit_code == 2 and "line 1: not a tree head" in broken.output


def test_signing_key_rotation_keeps_old_heads_verifiable(
    store: Store, signing_key: Ed25519PrivateKey, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(store, 4)
    new_path = tmp_path / "signing-new.pem"
    rotated = runner.invoke(app, ["rotate-signing-key", "--new-key", str(new_path), "--db", store.url])
    assert rotated.exit_code == 0, rotated.output
    new_key = generate_signing_key(tmp_path / "unrelated.pem")  # a key nobody endorsed
    monkeypatch.setenv("SAFEGUARDING_SIGNING_KEY", str(new_path))
    _fill(store, 3, start=10)
    with store.session() as session:
        signers = set(session.scalars(select(AuditTreeHead.key_id)))
        rotation = session.scalars(select(AuditEvent).where(AuditEvent.action == ROTATE_ACTION)).one()
        details = json.loads(rotation.entry)["details"]
        assert details["old_key_id"] == key_id(signing_key.public_key())
        assert signers == {details["old_key_id"], details["new_key_id"]}
        from safeguarding.audit.keys import load_public_key

        new_public = load_public_key(new_path)
        assert verify_log(session, new_public).ok  # heads of the old key verify through the rotation
        assert verify_log(session, signing_key.public_key()).ok  # and the reverse
        assert not verify_log(session, new_key.public_key()).ok


def test_a_rotation_signed_by_one_key_only_endorses_nothing(
    store: Store, signing_key: Ed25519PrivateKey
) -> None:
    _fill(store, 2)
    intruder = Ed25519PrivateKey.generate()
    with store.session() as session:
        details = rotation_details(signing_key, intruder)
        details["old_signature"] = "00" * 64  # forged: the trusted key never signed it
        record_event(session, "intruder", ROTATE_ACTION, "audit:signing-key", details)
        sign_tree_head(session, intruder)
    with store.session() as session:
        result = verify_log(session, signing_key.public_key())
    assert result.problem is not None and "neither the trusted key" in str(result.problem)


def test_concurrent_writers_sign_heads_without_conflict(
    store: Store, signing_key: Ed25519PrivateKey, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    _policy(tmp_path, monkeypatch, events=3)
    errors: list[BaseException] = []

    def writer(name: str) -> None:
        try:
            for i in range(15):
                with store.session() as session:
                    record_event(session, name, "view", f"case:{i}", {})
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(f"w{n}",)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert _heads(store) == [1, *range(4, 61, 3)]
    with store.session() as session:
        result = verify_log(session, signing_key.public_key())
    assert result.ok and result.events == 60 and result.unsigned_events == 2  # 58 is the last head


def test_control_characters_in_fields_are_encoded_not_injected(store: Store) -> None:
    """ASVS 7.3.1: a name with a newline cannot forge a second log line or event."""
    forged = 'alice\n{"seq": 99, "actor": "admin"}\r\x1b[2J'
    with store.session() as session:
        record_event(session, forged, "login_failed", "user:alice", {"address": "203.0.113.9\nspoofed"})
    with store.session() as session:
        event = session.scalars(select(AuditEvent)).one()
        assert b"\n" not in event.entry and b"\r" not in event.entry and b"\x1b" not in event.entry
        assert json.loads(event.entry)["actor"] == forged
        assert verify_log(session).ok
    printed = runner.invoke(app, ["events", "--db", store.url])
    assert printed.exit_code == 0 and len(printed.output.splitlines()) == 1


def test_a_garbled_head_signature_is_a_failure_not_a_crash(
    store: Store, signing_key: Ed25519PrivateKey
) -> None:
    _fill(store, 2)
    with store.session() as session:
        session.execute(update(AuditTreeHead).values(signature="not hex"))
    with store.session() as session:
        result = verify_log(session, signing_key.public_key())
    assert result.problem is not None and "signature does not verify" in str(result.problem)
