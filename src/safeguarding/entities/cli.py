"""`safeguarding entities`: look an entity up, share entities with a partner as keyed hashes, take a
partner's back, record the entities of older case items (`backfill`, also on a Dask cluster). Also the
`cases` command group with entities turned on (ingest records them, `show` lists linked cases)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from sqlalchemy.orm import Session

import safeguarding.entities  # noqa: F401  (records the entities of every new case item)
from safeguarding.cases.cli import SHOW_SECTIONS
from safeguarding.cases.cli import app as cases_app
from safeguarding.cluster.options import ClusterOption
from safeguarding.config import ConfigError, load_config
from safeguarding.console import ConfigOption, DbOption, actor_name, advance, fail, print_json, progress, warn
from safeguarding.entities.backfill import (
    DEFAULT_RANGE_ITEMS,
    Backfilled,
    backfill_locally,
    backfill_range_at,
    item_ranges,
)
from safeguarding.entities.links import linked_cases
from safeguarding.entities.normalise import EntityValueError, guess, normalise
from safeguarding.entities.photos import rebuild_photo_index
from safeguarding.entities.query import entity_report, find_entity
from safeguarding.entities.sharing import (
    SharingError,
    check_kinds,
    check_partner,
    export_entities,
    import_entities,
    partner_key,
)
from safeguarding.store import open_store

app = typer.Typer(
    help="Entities (phones, emails, handles, accounts, photos, URLs, payment accounts) across every "
    "detector, the cases they link, and sharing with partners as keyed hashes.",
    no_args_is_help=True,
)
__all__ = ["app", "cases_app"]


def _linked_section(session: Session, case: Any) -> dict[str, Any]:
    return {"linked_cases": [link.to_json() for link in linked_cases(session, case.id)]}


SHOW_SECTIONS.append(_linked_section)


@app.command("show")
def show(
    value: Annotated[
        str, typer.Argument(help="A phone, email, @handle or platform:name, URL, PDQ hex, account.")
    ],
    kind: Annotated[
        str | None, typer.Option(help="The kind, when the value alone is ambiguous (e.g. account).")
    ] = None,
    region: Annotated[str, typer.Option(help="Region for a phone written without country code.")] = "US",
    json_output: Annotated[bool, typer.Option("--json", help="Print JSON (the only format).")] = True,
    db: DbOption = None,
) -> None:
    """An entity with its number of observations, its cases and the detectors that saw it.

    Example: safeguarding entities show "+1 202 555 0143" --json
    """
    try:
        chosen, normal = (kind, normalise(kind, value, region)) if kind else guess(value, region)
    except EntityValueError as exc:
        fail(str(exc))
    store = open_store(db)
    with store.session() as session:
        entity = find_entity(session, chosen, normal)
        if entity is None:
            fail(f"no {chosen} entity {normal!r} in this database", code=1)
        print_json(entity_report(session, entity))


def _config_section(config: Path | None) -> dict[str, Any]:
    try:
        return load_config(config).section("entities")
    except ConfigError as exc:
        fail(str(exc))


@app.command("export")
def export(
    partner: Annotated[str, typer.Option("--for", help="The partner the file is for (its key is used).")],
    kinds: Annotated[str, typer.Option(help="Comma-separated kinds.")] = "phone,email,handle,url",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="File to write (default stdout).")] = None,
    key_file: Annotated[Path | None, typer.Option(help="The key agreed with the partner.")] = None,
    actor: Annotated[str | None, typer.Option("--as", help="Who exports (audit log).")] = None,
    config: ConfigOption = None,
    db: DbOption = None,
) -> None:
    """Entities of confirmed and reported cases as HMAC-SHA256 keyed hashes, never raw values.

    Example: safeguarding entities export --kinds phone,handle,url --for hotline-b -o to-b.jsonl
    """
    try:
        check_partner(partner)
        chosen = check_kinds(kinds.split(","))
        key = partner_key(partner, _config_section(config), key_file)
    except SharingError as exc:
        fail(str(exc))
    store = open_store(db)
    handle = sys.stdout if out is None else out.open("w", encoding="utf-8")
    try:
        with store.session() as session:
            count = export_entities(
                session, handle, partner=partner, key=key, kinds=chosen, actor=actor_name(actor)
            )
    finally:
        if out is not None:
            handle.close()
    typer.echo(f"{count} keyed hashes written for {partner}", err=True)


@app.command("import")
def import_command(
    file: Annotated[Path, typer.Argument(help="A partner's export ('-' reads standard input).")],
    partner: Annotated[str, typer.Option("--from", help="The partner who sent it (its key is used).")],
    key_file: Annotated[Path | None, typer.Option(help="The key agreed with the partner.")] = None,
    actor: Annotated[str | None, typer.Option("--as", help="Who imports (audit log).")] = None,
    config: ConfigOption = None,
    db: DbOption = None,
) -> None:
    """Mark local entities the partner has seen and raise their open cases in the queue."""
    try:
        check_partner(partner)
        key = partner_key(partner, _config_section(config), key_file)
    except SharingError as exc:
        fail(str(exc))
    if str(file) != "-" and not file.is_file():
        fail(f"{file}: no such file")
    store = open_store(db)
    handle = sys.stdin if str(file) == "-" else file.open(encoding="utf-8", errors="replace")
    try:
        with store.session() as session:
            report = import_entities(
                session, handle, name=str(file), partner=partner, key=key, actor=actor_name(actor)
            )
    except SharingError as exc:
        fail(str(exc))
    finally:
        if handle is not sys.stdin:
            handle.close()
    for problem in report.problems:
        warn(problem)
    print_json(report.to_json())
    if report.problems:
        raise typer.Exit(1)


@app.command("reindex-photos")
def reindex_photos(db: DbOption = None) -> None:
    """Rebuild the near-duplicate photo index from the database (it is derived data)."""
    store = open_store(db)
    with store.session() as session:
        count = rebuild_photo_index(session)
    typer.echo(f"{count} photo entities indexed")


@app.command("backfill")
def backfill(
    cluster: ClusterOption = None,
    range_items: Annotated[
        int, typer.Option("--range-items", min=1, help="Case items per transaction (and per task).")
    ] = DEFAULT_RANGE_ITEMS,
    db: DbOption = None,
) -> None:
    """Record the entities of case items that have none: cases made before entities were recorded, or
    kinds that gained an extractor since. Safe to interrupt and run again (recorded items are skipped).

    With --cluster the ranges are spread over Dask workers, each writing to the store at once: this needs
    PostgreSQL (SQLite has one writer at a time), and the workers must reach the same database.

    Example: safeguarding entities backfill --db postgresql://db/safeguarding --cluster local:2
    """
    from safeguarding.cluster import ClusterError, open_client, resolve_cluster, run_ordered

    try:
        spec = resolve_cluster(cluster)
    except ClusterError as exc:
        fail(str(exc))
    store = open_store(db)
    if spec is not None and not store.url.startswith("postgresql"):
        fail(f"--cluster needs PostgreSQL: {store.url} is SQLite, which has one writer at a time")
    ranges = item_ranges(store, range_items)
    total = Backfilled()
    if spec is None:
        with progress("item ranges", len(ranges)) as bar:
            for done in backfill_locally(store, ranges):
                total += done
                advance(bar)
    else:
        try:
            with open_client(spec) as client:
                for done in run_ordered(
                    client, backfill_range_at, ranges, store.url, description="item ranges"
                ):
                    total += done
        except ClusterError as exc:
            fail(str(exc))
    typer.echo(
        f"{total.items} case items read, {total.recorded} without entities recorded, "
        f"{total.observations} observations added"
    )
