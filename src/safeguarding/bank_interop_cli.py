"""`bank import|export --format vics|urls`: the interoperability formats, loaded only when asked for."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

import typer
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from safeguarding.banks.lists import ListProblem, open_list
from safeguarding.console import DbOption, fail, progress, warn
from safeguarding.store import open_store


def url_counts(session: Session, bank: str | None = None) -> dict[str, int]:
    """Active URL entries by bank name (URL lists live in `urls`, beside the hash entries)."""
    from safeguarding.store.models import Bank
    from safeguarding.urls.models import UrlEntry

    query = (
        select(Bank.name, func.count())
        .join(UrlEntry, UrlEntry.bank_id == Bank.id)
        .where(UrlEntry.retracted_at.is_(None))
        .group_by(Bank.name)
    )
    if bank is not None:
        query = query.where(Bank.name == bank)
    return {name: count for name, count in session.execute(query)}


def import_interop(
    name: str,
    file: Path,
    fmt: str,
    *,
    source: str | None,
    label: str,
    scheme: str | None,
    categories: Path | None,
    db: DbOption,
) -> None:
    from safeguarding.urls import add_url_entries, read_url_list
    from safeguarding.vics import VicsError, import_vics

    store = open_store(db)
    problems = 0

    def on_problem(problem: ListProblem) -> None:
        nonlocal problems
        problems += 1
        warn(f"{file}: {problem.message if fmt == 'vics' else problem}")

    with progress(f"importing {file.name}", None) as bar:

        def on_progress(n: int) -> None:
            bar.update(bar.tasks[0].id, completed=n)

        if fmt == "urls":
            with open_list(file) as handle:
                clean = ";".join(part.strip() for part in label.split(";") if part.strip())
                report = add_url_entries(
                    store,
                    name,
                    read_url_list(handle, str(file)),
                    source=source or file.name,
                    labels=clean,
                    on_problem=on_problem,
                    on_progress=on_progress,
                )
            typer.echo(
                f"{name}: {report.added} URL entries added, {report.already_present} already present, "
                f"{report.problems} lines refused"
            )
        else:
            try:
                vics = import_vics(
                    store,
                    name,
                    file,
                    scheme=scheme,
                    categories=categories,
                    source=source,
                    on_problem=on_problem,
                    on_progress=on_progress,
                )
            except VicsError as exc:
                fail(f"{exc} (records before that point are kept; nothing is added twice on a re-run)", 1)
            typer.echo(
                f"{name}: {vics.rows} VICS {vics.kind or 'Media'} records ({vics.scheme} categories): "
                f"{vics.added} entries added, {vics.not_matched} of unmatched categories left out, "
                f"{vics.unmapped} of unknown categories, {vics.problems} records refused"
            )
    if problems:
        raise typer.Exit(1)


def export_interop(
    name: str, fmt: str, out: Path | None, *, scheme: str | None, categories: Path | None, db: DbOption
) -> None:
    from safeguarding.urls import export_url_list
    from safeguarding.vics import export_vics

    store = open_store(db)

    def write(handle: TextIO) -> int:
        if fmt == "urls":
            return export_url_list(store, name, handle)
        return export_vics(store, name, handle, scheme=scheme or "US", categories=categories)

    if out is None:
        write(sys.stdout)
        return
    with open(out, "w", encoding="utf-8", newline="") as handle:
        count = write(handle)
    typer.echo(f"wrote {count} entries to {out}", err=True)
