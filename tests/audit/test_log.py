"""The audit log on SQLite and PostgreSQL: append, sign, verify, prove, and catch tampering."""

from __future__ import annotations

import threading

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import delete, select, update

from safeguarding.audit import (
    AuditEvent,
    AuditTreeHead,
    consistency_proof,
    inclusion_proof,
    log_size,
    record_event,
    sign_tree_head,
    verify_consistency,
    verify_inclusion,
    verify_log,
)
from safeguarding.audit.merkle import leaf_hash
from safeguarding.store import Store


def _fill(store: Store, n: int, key: Ed25519PrivateKey | None = None) -> None:
    with store.session() as session:
        for i in range(n):
            record_event(session, f"reviewer{i % 3}", "view", f"case:{i}", {"n": i})
        if key is not None:
            sign_tree_head(session, key)


def test_append_is_dense_and_verifies(store: Store, signing_key: Ed25519PrivateKey) -> None:
    _fill(store, 10, signing_key)
    _fill(store, 3, signing_key)
    with store.session() as session:
        assert log_size(session) == 13
        seqs = list(session.scalars(select(AuditEvent.seq).order_by(AuditEvent.seq)))
        assert seqs == list(range(13))
        result = verify_log(session, signing_key.public_key())
    assert result.ok, result.problem
    assert (result.events, result.heads) == (13, 3)  # the first event is signed at once, then 10 and 13


def test_rolled_back_event_leaves_no_gap(store: Store) -> None:
    with pytest.raises(RuntimeError), store.session() as session:
        record_event(session, "alice", "decide", "case:1", {})
        raise RuntimeError("caller failed")
    _fill(store, 2)
    with store.session() as session:
        assert list(session.scalars(select(AuditEvent.seq).order_by(AuditEvent.seq))) == [0, 1]
        assert verify_log(session).ok


def test_changed_byte_is_detected(store: Store, signing_key: Ed25519PrivateKey) -> None:
    _fill(store, 8, signing_key)
    with store.session() as session:
        event = session.get(AuditEvent, 5)
        assert event is not None
        changed = bytearray(event.entry)
        changed[changed.index(b"reviewer")] ^= 0x01
        session.execute(update(AuditEvent).where(AuditEvent.seq == 5).values(entry=bytes(changed)))
    with store.session() as session:
        result = verify_log(session, signing_key.public_key())
    assert result.problem is not None and result.problem.seq == 5
    assert "changed" in str(result.problem)


def test_changed_byte_with_rewritten_leaf_hash_is_caught_by_signed_head(
    store: Store, signing_key: Ed25519PrivateKey
) -> None:
    _fill(store, 8, signing_key)
    with store.session() as session:
        original = session.get(AuditEvent, 2)
        assert original is not None
        forged = original.entry.replace(b"reviewer2", b"nobody")
        session.execute(
            update(AuditEvent)
            .where(AuditEvent.seq == 2)
            .values(entry=forged, leaf_hash=leaf_hash(forged).hex(), actor="nobody")
        )
    with store.session() as session:
        result = verify_log(session, signing_key.public_key())
    assert result.problem is not None and "tree head of size 8" in str(result.problem)


def test_deleted_event_is_detected(store: Store, signing_key: Ed25519PrivateKey) -> None:
    _fill(store, 8, signing_key)
    with store.session() as session:
        session.execute(delete(AuditEvent).where(AuditEvent.seq == 3))
    with store.session() as session:
        result = verify_log(session, signing_key.public_key())
    assert result.problem is not None and result.problem.seq == 3
    assert "missing" in str(result.problem)


def test_deleted_last_event_is_detected_by_signed_head(store: Store, signing_key: Ed25519PrivateKey) -> None:
    _fill(store, 8, signing_key)
    with store.session() as session:
        session.execute(delete(AuditEvent).where(AuditEvent.seq == 7))
    with store.session() as session:
        result = verify_log(session, signing_key.public_key())
    assert result.problem is not None and result.problem.seq == 7


def test_swapped_events_are_detected(store: Store, signing_key: Ed25519PrivateKey) -> None:
    _fill(store, 8, signing_key)
    with store.session() as session:
        a, b = session.get(AuditEvent, 2), session.get(AuditEvent, 6)
        assert a is not None and b is not None
        rows = [(a.entry, a.leaf_hash), (b.entry, b.leaf_hash)]
        session.execute(
            update(AuditEvent).where(AuditEvent.seq == 2).values(entry=rows[1][0], leaf_hash=rows[1][1])
        )
        session.execute(
            update(AuditEvent).where(AuditEvent.seq == 6).values(entry=rows[0][0], leaf_hash=rows[0][1])
        )
    with store.session() as session:
        result = verify_log(session, signing_key.public_key())
    assert result.problem is not None and result.problem.seq == 2
    assert "out of order" in str(result.problem)


def test_forged_signature_is_detected(store: Store, signing_key: Ed25519PrivateKey) -> None:
    _fill(store, 4, signing_key)
    other = Ed25519PrivateKey.generate()
    with store.session() as session:
        assert not verify_log(session, other.public_key()).ok
        assert verify_log(session, signing_key.public_key()).ok


def test_proofs_from_the_store_verify(store: Store, signing_key: Ed25519PrivateKey) -> None:
    _fill(store, 4, signing_key)
    _fill(store, 7, signing_key)
    with store.session() as session:
        heads = {h.tree_size: h.root_hash for h in session.scalars(select(AuditTreeHead))}
        for seq in (0, 5, 10):
            proof = inclusion_proof(session, seq)
            assert verify_inclusion(proof.leaf_hash, seq, 11, proof.path, proof.root)
            assert proof.root.hex() == heads[11]
        assert consistency_proof(session, 4, 11).first_root.hex() == heads[4]
        small = inclusion_proof(session, 2, 4)
        assert small.verify() and small.tree_size == 4
        proof = consistency_proof(session, 4, 11)
        assert verify_consistency(4, 11, proof.first_root, proof.second_root, proof.path)
        assert consistency_proof(session, 7, 11).verify()
        with pytest.raises(ValueError):
            inclusion_proof(session, 11)


def test_concurrent_writers_get_dense_ordered_sequence(store: Store) -> None:
    errors: list[BaseException] = []

    def writer(name: str) -> None:
        try:
            for i in range(10):
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
    with store.session() as session:
        assert list(session.scalars(select(AuditEvent.seq).order_by(AuditEvent.seq))) == list(range(40))
        assert verify_log(session).ok


def test_missing_counter_row_is_recreated_after_the_last_event(store: Store) -> None:
    from safeguarding.audit.models import AuditLogState

    _fill(store, 3)
    with store.session() as session:
        session.execute(delete(AuditLogState))
    _fill(store, 2)
    with store.session() as session:
        assert list(session.scalars(select(AuditEvent.seq).order_by(AuditEvent.seq))) == [0, 1, 2, 3, 4]
        assert verify_log(session).ok
