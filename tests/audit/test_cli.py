"""`safeguarding audit` commands, through Typer's test runner."""

from __future__ import annotations

import json
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import delete
from typer.testing import CliRunner

from safeguarding.audit import AuditEvent, record_event
from safeguarding.audit.cli import app
from safeguarding.store import Store

runner = CliRunner()


def test_sign_verify_prove_and_detect(store: Store, signing_key: Ed25519PrivateKey, tmp_path: Path) -> None:
    with store.session() as session:
        for i in range(6):
            record_event(session, "alice", "view", f"case:{i}", {})
    db = store.url
    signed = runner.invoke(app, ["sign-head", "--db", db])
    assert signed.exit_code == 0, signed.output
    assert json.loads(signed.output)["tree_size"] == 6

    ok = runner.invoke(app, ["verify", "--db", db])
    assert ok.exit_code == 0 and ok.output.startswith("OK 6 events, 2 signed tree heads (signatures checked)")

    proof = runner.invoke(app, ["proof", "--db", db, "--event", "4"])
    assert proof.exit_code == 0, proof.output
    document = json.loads(proof.output)
    assert document["verified"] and document["signed_tree_head"]["tree_size"] == 6
    file = tmp_path / "proof.json"
    file.write_text(proof.output)
    assert runner.invoke(app, ["check-proof", str(file)]).exit_code == 0
    document["audit_path"][0] = "00" * 32
    file.write_text(json.dumps(document))
    assert runner.invoke(app, ["check-proof", str(file)]).exit_code == 1

    consistency = runner.invoke(app, ["proof", "--db", db, "--from", "3", "--to", "6"])
    assert consistency.exit_code == 0 and json.loads(consistency.output)["verified"]

    with store.session() as session:
        session.execute(delete(AuditEvent).where(AuditEvent.seq == 2))
    bad = runner.invoke(app, ["verify", "--db", db])
    assert bad.exit_code == 1
    assert bad.output.startswith("FAIL event 2: missing")


def test_proof_needs_one_kind(store: Store) -> None:
    result = runner.invoke(app, ["proof", "--db", store.url])
    assert result.exit_code == 2
    assert "give either" in result.output
