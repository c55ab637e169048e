"""`safeguarding bank ...`: manage hash lists. Outside the banks package because it also speaks the
formats of `safeguarding.urls` and `safeguarding.vics`, which are built on banks."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from safeguarding.banks.lists import ListFormat, export_list, import_list
from safeguarding.banks.pdq_search import rebuild_pdq_index, refresh_pdq_index, reindex_after_delete
from safeguarding.banks.service import (
    BankError,
    create_bank,
    delete_bank,
    get_bank,
    list_banks,
    retract,
    summarize,
)
from safeguarding.banks.signal_types import detect_signal_type
from safeguarding.banks.videos import export_vpdq_dir
from safeguarding.console import DbOption, fail, progress, warn
from safeguarding.store import open_store

app = typer.Typer(
    help="Hash banks: named lists of known hashes (PDQ, MD5, SHA-256) with where each came from.\n\n"
    "Example: safeguarding bank import hotline-list hashes.csv --format csv",
    no_args_is_help=True,
)

FormatOption = Annotated[
    str,
    typer.Option(
        "--format",
        "-f",
        help="csv (header row naming the hash column), tx (python-threatexchange, also vpdq lines), "
        "vpdq (Meta's per-video hash file: one video entry), vics (Project VIC VICS 2.0 JSON) or urls "
        "(a URL list: `URL` or `page|prefix|domain URL` a line).",
    ),
]


INTEROP_FORMATS = ("vics", "urls")
SchemeOption = Annotated[
    str | None,
    typer.Option(
        "--scheme",
        help="vics: category table, US (0-4) or UK (A/B/C); default: the one the file names, else US.",
    ),
]
CategoriesOption = Annotated[
    Path | None,
    typer.Option("--categories", help="vics: a YAML category table to use instead of the packaged one."),
]


def _format(value: str) -> ListFormat:
    if value not in ("csv", "tx", "vpdq"):
        fail(f"--format must be csv, tx, vpdq, vics or urls, not {value!r}")
    return value  # type: ignore[return-value]


@app.command("create")
def create(
    name: str,
    description: Annotated[str, typer.Option(help="What the bank holds.")] = "",
    db: DbOption = None,
) -> None:
    """Create an empty bank."""
    with open_store(db).session() as session:
        create_bank(session, name, description)
    typer.echo(f"created bank {name!r}")


@app.command("list")
def list_command(db: DbOption = None) -> None:
    """List banks with their active and retracted entry counts."""
    from safeguarding.bank_interop_cli import url_counts

    with open_store(db).session() as session:
        summaries = list_banks(session)
        urls = url_counts(session)
    if not summaries:
        typer.echo("no banks yet: create one with `safeguarding bank import NAME FILE`")
    for s in summaries:
        active = {**s.active, **({"url": urls[s.name]} if s.name in urls else {})}
        counts = ", ".join(f"{n} {t}" for t, n in sorted(active.items())) or "empty"
        typer.echo(f"{s.name}\t{counts}\t{s.retracted} retracted")


@app.command("show")
def show(name: str, db: DbOption = None) -> None:
    """Show one bank: description, creation time, entries by type, retractions."""
    from safeguarding.bank_interop_cli import url_counts

    with open_store(db).session() as session:
        s = summarize(session, get_bank(session, name))
        urls = url_counts(session, name)
    typer.echo(
        f"bank:        {s.name}\ndescription: {s.description or '-'}\n"
        f"created:     {s.created_at:%Y-%m-%d %H:%M}"
    )
    for kind, count in sorted({**s.active, **({"url": urls[name]} if name in urls else {})}.items()):
        typer.echo(f"{kind + ':':<13}{count} active")
    typer.echo(f"retracted:   {s.retracted}")


@app.command("delete")
def delete(
    name: str, yes: Annotated[bool, typer.Option("--yes", help="Do not ask.")] = False, db: DbOption = None
) -> None:
    """Delete a bank and its entries (retraction keeps the record; deletion does not)."""
    if not yes and not typer.confirm(f"Delete bank {name!r} and all its entries?"):
        raise typer.Exit(1)
    store = open_store(db)
    with store.session() as session:
        delete_bank(session, name)
    reindex_after_delete(store.index_dir, store.engine)
    typer.echo(f"deleted bank {name!r}")


@app.command("import")
def import_command(
    name: str,
    file: Path,
    fmt: FormatOption = "csv",
    source: Annotated[str | None, typer.Option(help="Provenance to record (default: the file name).")] = None,
    label: Annotated[
        str,
        typer.Option("--label", help="vpdq: the video entry's labels; urls: every entry's (joined by ';')."),
    ] = "",
    scheme: SchemeOption = None,
    categories: CategoriesOption = None,
    db: DbOption = None,
) -> None:
    """Import a hash list into a bank (created if needed). Only entries not already there are added.

    CSV: a header row naming the hash column by its type (pdq, md5 or sha256), optional `label`
    (several joined by ';') and `note` columns. tx: `SIGNAL_TYPE VALUE` a line (`vpdq` lines are
    videos). vpdq: Meta's file of one video, `frame,quality,pdqhex,timestamp` a line. vics: a Project
    VIC #Media or #Cases file of any size (MD5, PDQ from AlternativeHashes; SHA1 and PhotoDNA kept
    as given). urls: exact pages, path prefixes (`prefix URL`) and whole domains (`domain HOST`).
    A malformed line or record is reported; the rest are imported and the command exits 1.
    """
    if fmt in INTEROP_FORMATS:
        from safeguarding.bank_interop_cli import import_interop

        import_interop(
            name, file, fmt, source=source, label=label, scheme=scheme, categories=categories, db=db
        )
        return
    store = open_store(db)
    problems = 0

    def on_problem(problem: object) -> None:
        nonlocal problems
        problems += 1
        warn(f"{file}: {problem}")

    with progress(f"importing {file.name}", None) as bar:
        report = import_list(
            store,
            name,
            file,
            _format(fmt),
            source=source,
            labels=label,
            on_problem=on_problem,
            on_progress=lambda n: bar.update(bar.tasks[0].id, completed=n),
        )
    typer.echo(
        f"{name}: {report.added} added, {report.already_present} already present, "
        f"{report.problems} lines refused"
    )
    if problems:
        raise typer.Exit(1)


@app.command("export")
def export(
    name: str,
    fmt: FormatOption = "csv",
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="File to write (default: standard output).")
    ] = None,
    scheme: SchemeOption = None,
    categories: CategoriesOption = None,
    db: DbOption = None,
) -> None:
    """Export a bank's active entries as CSV (spreadsheet-safe), a tx signal file (videos as `vpdq`
    lines), vpdq: Meta's file a video entry, `entry-ID.txt` in the folder --out, vics (a VICS 2.0
    hash set of the MD5 entries) or urls (the URL entries, `KIND URL` a line)."""
    if fmt in INTEROP_FORMATS:
        from safeguarding.bank_interop_cli import export_interop

        export_interop(name, fmt, out, scheme=scheme, categories=categories, db=db)
        return
    store = open_store(db)
    chosen = _format(fmt)
    if chosen == "vpdq":
        if out is None:
            fail("--format vpdq writes one file a video: give --out FOLDER")
        count = export_vpdq_dir(store, name, out)
        typer.echo(f"wrote {count} video entries to {out}", err=True)
        return
    if out is None:
        export_list(store, name, sys.stdout, chosen)
        return
    with open(out, "w", encoding="utf-8", newline="") as handle:
        count = export_list(store, name, handle, chosen)
    typer.echo(f"wrote {count} entries to {out}", err=True)


@app.command("retract")
def retract_command(
    name: str,
    hashes: Annotated[list[str], typer.Argument(help="Hashes to retract (type from length; see --type).")],
    reason: Annotated[str, typer.Option(help="Why, e.g. 'list owner: false positive'.")],
    kind: Annotated[
        str | None,
        typer.Option(
            "--type",
            help="pdq, md5, sha256 or vpdq (a video entry's value); a 64-digit hash is pdq by default.",
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Retract entries: kept for the record, never matched again."""
    try:
        pairs = [(kind or detect_signal_type(h).name, h) for h in hashes]
        store = open_store(db)
        with store.session() as session:
            count = retract(session, name, pairs, reason)
        refresh_pdq_index(store.index_dir, store.engine)
    except ValueError as exc:
        fail(str(exc))
    typer.echo(f"{name}: {count} entries retracted")


@app.command("reindex")
def reindex(db: DbOption = None) -> None:
    """Rebuild the on-disk PDQ indexes (images, video frames) from the database (after restoring a backup,
    or if told to)."""
    store = open_store(db)
    count = rebuild_pdq_index(store.index_dir, store.engine)
    typer.echo(f"PDQ index rebuilt: {count} active entries in {store.index_dir / 'pdq'}")
    frames = rebuild_pdq_index(store.index_dir, store.engine, "vpdq")
    typer.echo(f"video frame index rebuilt: {frames} frames in {store.index_dir / 'vpdq'}")


__all__ = ["BankError", "app"]
