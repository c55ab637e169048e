"""`safeguarding audit`: sign, verify and prove the tamper-evident audit log."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy import select

from safeguarding.audit.heads import (
    ROTATE_ACTION,
    HeadRecord,
    export_heads,
    read_heads,
    rotation_details,
    sign_tree_head,
)
from safeguarding.audit.keys import (
    SigningKeyError,
    generate_signing_key,
    key_id,
    load_public_key,
    load_signing_key,
    public_key_pem,
)
from safeguarding.audit.log import consistency_proof, inclusion_proof, proof_from_json
from safeguarding.audit.models import AuditEvent, AuditTreeHead
from safeguarding.audit.record import record_event
from safeguarding.audit.verify import verify_log
from safeguarding.console import ConfigOption, DbOption, actor_name, exit_with
from safeguarding.store import open_store

app = typer.Typer(
    help="The tamper-evident audit log: every security-relevant action, in an RFC 6962 Merkle tree "
    "with Ed25519-signed tree heads. Verify it, sign its head, print inclusion and consistency proofs.",
    no_args_is_help=True,
)


@app.command("verify")
def verify_command(
    db: DbOption = None,
    public_key: Annotated[
        Path | None,
        typer.Option(
            help="PEM public (or private) key to check tree head signatures with; "
            "default: the configured signing key."
        ),
    ] = None,
    heads: Annotated[
        Path | None,
        typer.Option(
            help="Tree heads kept outside the database (written by `audit export-heads`): the log must "
            "still lead to each of them."
        ),
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Recompute the whole log, every stored column and every signed tree head; exit 1 naming the first
    bad event and column.

    Detects an event whose bytes or copied columns (actor, action, subject, created_at) were changed, an
    event removed (a gap, or fewer events than a head or the counter covers) and events reordered; with
    --heads, also a rewrite of the whole table together with its stored heads. Streams the log.

    Example: safeguarding audit verify --heads /mnt/witness/heads.jsonl
    """
    try:
        witness = read_heads(heads) if heads is not None else []
    except ValueError as exc:
        raise exit_with(str(exc)) from None
    try:
        key = (
            load_public_key(public_key) if public_key else load_signing_key(config, create=False).public_key()
        )
    except SigningKeyError as exc:
        typer.echo(f"warning: {exc}; tree head signatures not checked", err=True)
        key = None
    store = open_store(db)
    try:
        with store.session() as session:
            result = verify_log(session, key, witness_heads=witness)
    finally:
        store.close()
    if result.problem is not None:
        typer.echo(f"FAIL {result.problem}")
        typer.echo(f"checked {result.events} events and {result.heads} tree heads before the failure")
        raise typer.Exit(1)
    signatures = "signatures checked" if result.signatures_checked else "signatures NOT checked"
    witnessed = f", {result.witness_heads} witness heads matched" if heads is not None else ""
    typer.echo(
        f"OK {result.events} events, {result.heads} signed tree heads ({signatures}){witnessed}, "
        f"root {result.root.hex()}"
    )
    if result.unsigned_events:
        typer.echo(f"note: the last {result.unsigned_events} events are not yet covered by a signed head")


@app.command("export-heads")
def export_heads_command(
    out: Annotated[Path, typer.Argument(help="File to write (JSON Lines), e.g. on a witness's share.")],
    db: DbOption = None,
) -> None:
    """Write every signed tree head for a witness kept outside the database.

    Copy the file somewhere the database administrator cannot rewrite (another host, a ticket, a WORM
    bucket); `audit verify --heads FILE` then checks the log still leads to each head.
    Example: safeguarding audit export-heads /mnt/witness/heads.jsonl
    """
    store = open_store(db)
    try:
        with store.session() as session:
            try:
                count = export_heads(session, out)
            except OSError as exc:
                raise exit_with(f"{out}: cannot write: {exc}") from None
    finally:
        store.close()
    typer.echo(f"wrote {count} signed tree heads to {out}")


@app.command("rotate-signing-key")
def rotate_signing_key_command(
    new_key: Annotated[Path, typer.Option(help="Where to write the new PEM private key.")],
    db: DbOption = None,
    config: ConfigOption = None,
    actor: Annotated[str | None, typer.Option(envvar="SAFEGUARDING_ACTOR", help="Who rotates.")] = None,
) -> None:
    """Replace the signing key: the old key signs a last head, both keys sign a rotation event naming each
    other, and the new key signs the next head. Old heads stay verifiable with the new key alone.

    Then point $SAFEGUARDING_SIGNING_KEY or audit.signing_key at the new key.
    Example: safeguarding audit rotate-signing-key --new-key /etc/safeguarding/signing-2027.pem
    """
    if new_key.exists():
        raise exit_with(f"{new_key}: already exists; refusing to overwrite a signing key")
    try:
        old = load_signing_key(config, create=False)
    except SigningKeyError as exc:
        raise exit_with(str(exc)) from None
    store = open_store(db)
    try:
        new = generate_signing_key(new_key)
        with store.session() as session:
            sign_tree_head(session, old)
            details = rotation_details(old, new)
            record_event(session, actor_name(actor), ROTATE_ACTION, "audit:signing-key", details)
            head = sign_tree_head(session, new)
    finally:
        store.close()
    typer.echo(f"rotated: old key {details['old_key_id']}, new key {details['new_key_id']} ({new_key})")
    typer.echo(
        f"signed head of size {head.tree_size} with the new key; now point $SAFEGUARDING_SIGNING_KEY at it"
    )


@app.command("sign-head")
def sign_head_command(db: DbOption = None, config: ConfigOption = None) -> None:
    """Sign the current tree head (size, root, time) with the service's Ed25519 key and store it.

    Commands that matter (report submit, evidence export, purge) do this automatically.
    Example: safeguarding audit sign-head
    """
    try:
        key = load_signing_key(config)
    except SigningKeyError as exc:
        raise exit_with(str(exc)) from None
    store = open_store(db)
    try:
        with store.session() as session:
            head = sign_tree_head(session, key)
            typer.echo(json.dumps(_head_json(head)))
    finally:
        store.close()


def _head_json(head: AuditTreeHead) -> dict[str, object]:
    return HeadRecord.of(head).to_json()


@app.command("heads")
def heads_command(db: DbOption = None) -> None:
    """Print every signed tree head as JSON Lines, oldest first."""
    store = open_store(db)
    try:
        with store.session() as session:
            for head in session.scalars(select(AuditTreeHead).order_by(AuditTreeHead.tree_size)):
                typer.echo(json.dumps(_head_json(head)))
    finally:
        store.close()


@app.command("events")
def events_command(
    db: DbOption = None,
    start: Annotated[int, typer.Option("--from", help="First sequence number.")] = 0,
    limit: Annotated[int, typer.Option(help="At most this many events.")] = 100,
    subject: Annotated[str | None, typer.Option(help="Only events about this subject, e.g. case:12.")] = None,
) -> None:
    """Print events as JSON Lines: {"seq", "leaf_hash", "entry"} where entry is the hashed JSON."""
    store = open_store(db)
    try:
        with store.session() as session:
            query = select(AuditEvent).where(AuditEvent.seq >= start).order_by(AuditEvent.seq).limit(limit)
            if subject:
                query = query.where(AuditEvent.subject == subject)
            for event in session.scalars(query):
                entry = bytes(event.entry).decode("utf-8", "replace")
                typer.echo(json.dumps({"seq": event.seq, "leaf_hash": event.leaf_hash, "entry": entry}))
    finally:
        store.close()


@app.command("proof")
def proof_command(
    db: DbOption = None,
    event: Annotated[
        int | None, typer.Option(help="Inclusion proof for this event (sequence number).")
    ] = None,
    size: Annotated[
        int | None, typer.Option(help="Tree size for the inclusion proof (default: whole log).")
    ] = None,
    from_size: Annotated[
        int | None, typer.Option("--from", help="Consistency proof: the older tree size.")
    ] = None,
    to_size: Annotated[
        int | None, typer.Option("--to", help="Consistency proof: the newer tree size.")
    ] = None,
) -> None:
    """Print an RFC 6962 inclusion proof (--event N [--size M]) or consistency proof (--from A --to B).

    The JSON printed can be checked offline with `safeguarding audit check-proof FILE`, or with
    safeguarding.audit.verify_inclusion / verify_consistency.
    Example: safeguarding audit proof --event 3 --size 8
    """
    if (event is None) == (from_size is None or to_size is None):
        raise exit_with("give either --event N [--size M] or --from SIZE1 --to SIZE2")
    store = open_store(db)
    try:
        with store.session() as session:
            try:
                if event is not None:
                    proof = inclusion_proof(session, event, size)
                    head = session.scalar(
                        select(AuditTreeHead).where(AuditTreeHead.tree_size == proof.tree_size)
                    )
                else:
                    assert from_size is not None and to_size is not None
                    proof = consistency_proof(session, from_size, to_size)  # type: ignore[assignment]
                    head = None
            except ValueError as exc:
                raise exit_with(str(exc)) from None
            document = proof.to_json()
            if head is not None:
                document["signed_tree_head"] = _head_json(head)
            document["verified"] = proof.verify()
            typer.echo(json.dumps(document, indent=2))
    finally:
        store.close()


@app.command("check-proof")
def check_proof_command(
    file: Annotated[Path, typer.Argument(help="A proof printed by `audit proof`.")],
) -> None:
    """Check a proof document offline; exit 1 if it does not verify."""
    try:
        proof = proof_from_json(json.loads(file.read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        raise exit_with(f"{file}: {exc}") from None
    if not proof.verify():
        typer.echo(f"FAIL {file}: the proof does not verify")
        raise typer.Exit(1)
    typer.echo(f"OK {file}: {proof.to_json()['type']} proof verifies")


@app.command("keygen")
def keygen_command(
    out: Annotated[Path, typer.Option(help="Where to write the new PEM private key.")],
) -> None:
    """Create the service's Ed25519 signing key (mode 0600) and print its public key.

    Point $SAFEGUARDING_SIGNING_KEY or `audit.signing_key` in the configuration at it.
    """
    if out.exists():
        raise exit_with(f"{out}: already exists; refusing to overwrite a signing key")
    key = generate_signing_key(out)
    typer.echo(f"wrote {out} (key id {key_id(key.public_key())})")
    typer.echo(public_key_pem(key.public_key()), nl=False)
