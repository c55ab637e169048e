"""The audit findings of issue 11, as tests that use only what the old code had (they fail on a4bd85f):
a changed `actor` or `subject` column went unnoticed, and a store with no reports had no signed head."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select, text

from safeguarding.audit import AuditTreeHead, record_event, verify_log
from safeguarding.store import Store


def _fill(store: Store, n: int) -> None:
    with store.session() as session:
        for i in range(n):
            record_event(session, f"reviewer{i % 3}", "view", f"case:{i}", {"n": i})


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        ("actor", "someone-else", "column actor changed"),
        ("subject", "case:999", "column subject changed"),
        ("action", "decide", "column action changed"),
        ("created_at", "2020-01-01 00:00:00+00:00", "column created_at changed"),
        ("entry", b'{"seq":5}', "content changed"),
        ("leaf_hash", "00" * 32, "content changed"),
        ("seq", 500, "missing"),
    ],
)
def test_a_change_to_any_column_is_caught_and_named(
    store: Store, signing_key: Ed25519PrivateKey, column: str, value: object, expected: str
) -> None:
    _fill(store, 8)
    with store.session() as session:
        session.execute(text(f"UPDATE audit_events SET {column} = :v WHERE seq = 5"), {"v": value})
    with store.session() as session:
        result = verify_log(session, signing_key.public_key())
    assert result.problem is not None
    assert result.problem.seq == 5, result.problem
    assert expected in str(result.problem)


def test_heads_are_signed_every_n_events_without_any_report(
    store: Store, signing_key: Ed25519PrivateKey, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "policy.yaml"
    config.write_text("audit:\n  head_every_events: 5\n  head_every_minutes: 60\n")
    monkeypatch.setenv("SAFEGUARDING_CONFIG", str(config))
    _fill(store, 12)
    with store.session() as session:
        sizes = list(session.scalars(select(AuditTreeHead.tree_size).order_by(AuditTreeHead.tree_size)))
        result = verify_log(session, signing_key.public_key())
    assert sizes == [1, 6, 11]  # the first event anchors the log, then every 5
    assert result.ok and result.heads == 3
