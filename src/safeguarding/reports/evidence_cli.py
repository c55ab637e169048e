"""The `preserve` and `export` commands of `safeguarding evidence`, which need the case's report data.

They are added here to the evidence command group, because reports builds on evidence and evidence must
not import reports (no package import cycle). The `safeguarding evidence` group is loaded from here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from safeguarding.audit import load_signing_key
from safeguarding.console import ConfigOption, DbOption, actor_name, exit_on_problems, exit_with
from safeguarding.evidence.cli import USER_ERRORS, ActorOption, app
from safeguarding.evidence.crypto import load_key
from safeguarding.evidence.package import export_package
from safeguarding.evidence.preserve import PreserveProblem, preserve_case
from safeguarding.evidence.settings import evidence_settings
from safeguarding.reports.casedata import NotReportable, report_case
from safeguarding.reports.history import case_history
from safeguarding.store import open_store

ERRORS = (*USER_ERRORS, NotReportable)

__all__ = ["app"]


@app.command("preserve")
def preserve_command(
    case_id: Annotated[int, typer.Argument(help="A confirmed or reported case.")],
    db: DbOption = None,
    config: ConfigOption = None,
    actor: ActorOption = None,
) -> None:
    """Copy a case's files into the evidence folder, encrypted (AES-256-GCM), checking their hashes.

    `report submit` does this itself; use this to preserve before reporting. Files that are gone or
    changed since the scan are named; the others are still preserved (exit 1 if any problem).
    """
    store = open_store(db)
    problems: list[PreserveProblem] = []
    try:
        with store.session() as session:
            try:
                settings = evidence_settings(config)
                key = load_key(settings.key_file)
                case = report_case(session, case_id)
                files, problems = preserve_case(
                    session, case, settings.evidence_dir(store), key, actor_name(actor)
                )
            except ERRORS as exc:
                raise exit_with(str(exc)) from None
            for record in files:
                typer.echo(f"preserved {record.original_name} sha256 {record.sha256} ({record.size} bytes)")
    finally:
        store.close()
    exit_on_problems(problems)


@app.command("export")
def export_command(
    case_id: Annotated[int, typer.Argument(help="The case to export.")],
    out: Annotated[Path, typer.Option(help="A new folder for the package.")],
    db: DbOption = None,
    config: ConfigOption = None,
    actor: ActorOption = None,
) -> None:
    """Write an evidence package: the files (decrypted), their hashes, the case and decision history,
    every NCMEC response, the case's audit events with inclusion proofs, and a manifest signed with
    the service's Ed25519 key. Check it with `safeguarding evidence verify PACKAGE`.

    Example: safeguarding evidence export 12 --out case12-evidence
    """
    store = open_store(db)
    try:
        with store.session() as session:
            try:
                settings = evidence_settings(config)
                package = export_package(
                    session,
                    case_id,
                    out,
                    settings.evidence_dir(store),
                    settings.keys(),
                    load_signing_key(config),
                    actor_name(actor),
                    case_history(session, case_id),
                )
            except ERRORS as exc:
                raise exit_with(str(exc)) from None
    finally:
        store.close()
    typer.echo(f"wrote {package}")
