"""`safeguarding evidence`: hold, verify, purge and re-key the evidence of cases.

`preserve` and `export` need the case's report data, so `safeguarding.reports.evidence_cli` adds them to
this group (evidence does not import reports; reports builds on evidence).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy import select

from safeguarding.audit import SigningKeyError, load_public_key, load_signing_key, sign_tree_head
from safeguarding.config import ConfigError
from safeguarding.console import ConfigOption, DbOption, actor_name, exit_on_problems, exit_with
from safeguarding.evidence.crypto import EvidenceKeyError, generate_key
from safeguarding.evidence.models import EvidenceHold
from safeguarding.evidence.orphans import find_orphans, remove_orphans
from safeguarding.evidence.package import PackageError, verify_package
from safeguarding.evidence.preserve import as_utc, extend_hold, start_hold
from safeguarding.evidence.purge import (
    apply_context_purge,
    apply_purge,
    delete_blobs,
    plan_context_purge,
    plan_purge,
)
from safeguarding.evidence.rotate import rotate_evidence_key
from safeguarding.evidence.settings import EvidenceSettingsError, evidence_settings
from safeguarding.store import open_store

app = typer.Typer(
    help="Evidence of reported cases: preserved encrypted at rest, held for the legal period (one year by "
    "default, extendable), exported as signed packages, and purged when no longer needed.",
    no_args_is_help=True,
)

ActorOption = Annotated[
    str | None,
    typer.Option("--actor", envvar="SAFEGUARDING_ACTOR", help="Who is acting (for the audit log)."),
]
USER_ERRORS = (
    ConfigError,
    EvidenceKeyError,
    EvidenceSettingsError,
    SigningKeyError,
    PackageError,
    ValueError,
)


@app.command("hold")
def hold_command(
    case_id: Annotated[int, typer.Argument(help="The case whose evidence to hold.")],
    reason: Annotated[str, typer.Option(help="Why: the legal request (reference, authority).")],
    extend_days: Annotated[
        int | None, typer.Option(help="Extend the current hold by this many days (legal request).")
    ] = None,
    days: Annotated[int | None, typer.Option(help="Start a hold of this many days from today.")] = None,
    db: DbOption = None,
    config: ConfigOption = None,
    actor: ActorOption = None,
) -> None:
    """Start or extend a preservation hold; held material is never purged.

    A finished report starts a hold of `evidence.hold_days` (365) by itself.
    Example: safeguarding evidence hold 12 --extend-days 90 --reason "preservation request NCA-2026-123"
    """
    if (extend_days is None) == (days is None):
        raise exit_with("give exactly one of --extend-days N or --days N")
    store = open_store(db)
    try:
        with store.session() as session:
            try:
                if extend_days is not None:
                    hold = extend_hold(session, case_id, extend_days, reason, actor_name(actor))
                else:
                    assert days is not None
                    hold = start_hold(session, case_id, days, reason, actor_name(actor))
                sign_tree_head(session, load_signing_key(config))
            except USER_ERRORS as exc:
                raise exit_with(str(exc)) from None
            expiry = as_utc(hold.expires_at)
            typer.echo(f"case {case_id} held until {expiry.isoformat() if expiry else '?'} ({hold.reason})")
    finally:
        store.close()


@app.command("holds")
def holds_command(case_id: Annotated[int, typer.Argument(help="The case.")], db: DbOption = None) -> None:
    """List a case's holds and extensions, oldest first."""
    store = open_store(db)
    try:
        with store.session() as session:
            holds = session.scalars(
                select(EvidenceHold).where(EvidenceHold.case_id == case_id).order_by(EvidenceHold.id)
            )
            for hold in holds:
                starts, expires = as_utc(hold.starts_at), as_utc(hold.expires_at)
                period = (
                    f"{starts.isoformat() if starts else '?'} -> {expires.isoformat() if expires else '?'}"
                )
                typer.echo(f"{period}  {hold.created_by}: {hold.reason}")
    finally:
        store.close()


@app.command("verify")
def verify_command(
    package: Annotated[Path, typer.Argument(help="A folder written by `evidence export`.")],
    public_key: Annotated[
        Path | None, typer.Option(help="The service's public key (PEM) to check the signature against.")
    ] = None,
) -> None:
    """Check a package: manifest signature, every file's sha256, no file added or missing, audit proofs.

    Exit 1 naming each bad file. Without --public-key the key embedded in the manifest is used, which
    proves integrity but not who signed: compare its key id with the service's.
    """
    try:
        key = load_public_key(public_key) if public_key else None
    except SigningKeyError as exc:
        raise exit_with(str(exc)) from None
    report = verify_package(package, key)
    for problem in report.problems:
        typer.echo(f"FAIL {problem}")
    if not report.ok:
        raise typer.Exit(1)
    source = "the given key" if report.key_was_given else "the key embedded in the manifest"
    typer.echo(
        f"OK {package}: {report.files} files verified, signed by key {report.signing_key_id} ({source})"
    )


@app.command("purge")
def purge_command(
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Only list what would be deleted.")] = False,
    orphans: Annotated[
        bool,
        typer.Option(
            "--orphans",
            help="Instead: delete encrypted files no record names (left by a crash mid-preserve or an "
            "interrupted key rotation). Never a file of a live record or of a held case.",
        ),
    ] = False,
    older_than_minutes: Annotated[
        int, typer.Option(help="With --orphans: only files older than this (a preservation may be running).")
    ] = 60,
    db: DbOption = None,
    config: ConfigOption = None,
    actor: ActorOption = None,
) -> None:
    """Delete preserved media no longer needed: dismissed cases after `evidence.dismissed_retention_days`,
    and cases whose holds have all expired; with them the chat context kept for those dismissed cases.
    Material under a live hold is never deleted.

    Example: safeguarding evidence purge --dry-run
             safeguarding evidence purge --orphans --dry-run
    """
    if orphans:
        _purge_orphans(dry_run, timedelta(minutes=older_than_minutes), db, config, actor)
        return
    store = open_store(db)
    try:
        try:
            settings = evidence_settings(config)
            signing_key = None if dry_run else load_signing_key(config)
        except USER_ERRORS as exc:
            raise exit_with(str(exc)) from None
        now = datetime.now(UTC)
        with store.session() as session:
            actions = plan_purge(session, settings.dismissed_retention_days, now)
            contexts = plan_context_purge(session, settings.dismissed_retention_days, now)
            if not dry_run:
                actions = apply_purge(session, actions, actor_name(actor), now)
                apply_context_purge(session, contexts, actor_name(actor))
                if actions and signing_key is not None:
                    sign_tree_head(session, signing_key)
        problems = [] if dry_run else delete_blobs(settings.evidence_dir(store), actions)
    finally:
        store.close()
    verb = "would delete" if dry_run else "deleted"
    for action in actions:
        typer.echo(f"{verb} case {action.case_id} file {action.sha256}: {action.reason}")
    typer.echo(f"{verb} {len(actions)} file(s)")
    for entry in contexts:
        typer.echo(f"{verb} the chat context of case {entry.case_id}: {entry.reason}")
    exit_on_problems(problems)


def _purge_orphans(
    dry_run: bool, grace: timedelta, db: str | None, config: Path | None, actor: str | None
) -> None:
    if grace < timedelta(0):
        raise exit_with("--older-than-minutes must be 0 or more")
    store = open_store(db)
    try:
        try:
            evidence_dir = evidence_settings(config).evidence_dir(store)
        except USER_ERRORS as exc:
            raise exit_with(str(exc)) from None
        with store.session() as session:
            found = find_orphans(session, evidence_dir, grace=grace)
            problems = [] if dry_run else remove_orphans(session, evidence_dir, found, actor_name(actor))
    finally:
        store.close()
    verb = "would delete" if dry_run else "deleted"
    for orphan in found:
        typer.echo(f"{verb} orphan {orphan.name} ({orphan.size} bytes, {orphan.modified.isoformat()})")
    typer.echo(f"{verb} {len(found) - len(problems)} orphaned file(s)")
    exit_on_problems(problems)


@app.command("rotate-key")
def rotate_key_command(db: DbOption = None, config: ConfigOption = None, actor: ActorOption = None) -> None:
    """Re-encrypt every preserved file under the current evidence key, file by file.

    First make the new key (`evidence keygen`), set it as evidence.key_file (or
    $SAFEGUARDING_EVIDENCE_KEY) and list the old key under evidence.previous_key_files: every command
    then reads each file with the key it names, during and after the rotation. Resumable: if it is
    interrupted, run it again. The keys are named (by key id) in the audit log. When it reports 0 left,
    drop the old key from previous_key_files and run `evidence purge --orphans`.
    Example: safeguarding evidence rotate-key
    """
    store = open_store(db)
    try:
        try:
            settings = evidence_settings(config)
            keys = settings.keys()
            result = rotate_evidence_key(store, settings.evidence_dir(store), keys, actor_name(actor))
        except USER_ERRORS as exc:
            raise exit_with(str(exc)) from None
    finally:
        store.close()
    typer.echo(
        f"re-encrypted {result.rotated} file(s) under key {keys.current.key_id}; "
        f"{result.left} left under other keys"
    )
    for problem in result.problems:
        typer.echo(f"problem: {problem}", err=True)
    if result.problems or result.left:
        raise typer.Exit(1)


@app.command("keygen")
def keygen_command(out: Annotated[Path, typer.Option(help="Where to write the new evidence key.")]) -> None:
    """Create an evidence encryption key (mode 0600); point evidence.key_file (or
    $SAFEGUARDING_EVIDENCE_KEY) at it. Losing it makes the preserved media unreadable."""
    if out.exists():
        raise exit_with(f"{out}: already exists; refusing to overwrite a key")
    import os

    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(generate_key() + "\n")
    typer.echo(f"wrote {out}")
