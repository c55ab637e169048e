"""`safeguarding exchanges ...`: hash exchanges through python-threatexchange, into banks."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from typing import Annotated

import typer

from safeguarding.console import DbOption, fail, warn
from safeguarding.exchanges.apis import api_names, describe_api, set_credentials
from safeguarding.exchanges.fetch import fetch_exchange
from safeguarding.exchanges.service import (
    add_exchange,
    delete_exchange,
    exchange_status,
    get_exchange,
    list_exchanges,
    set_exchange_enabled,
)
from safeguarding.exchanges.types import ExchangeError, FetchReport
from safeguarding.store import open_store

app = typer.Typer(
    help="Hash exchanges (python-threatexchange): NCMEC, StopNCII, ThreatExchange, a local file or the "
    "sample, each filling a bank.\n\n"
    "Example: safeguarding exchanges add ncmec-industry --api ncmec --bank NCMEC "
    '--config \'{"environment": "Industry"}\'',
    no_args_is_help=True,
)


@app.command("add")
def add(
    name: str,
    api: Annotated[str, typer.Option("--api", help=f"One of: {', '.join(api_names())}.")],
    bank: Annotated[str, typer.Option("--bank", help="Bank the exchange fills (created if needed).")],
    config: Annotated[
        str,
        typer.Option(
            "--config",
            help='The API\'s settings as JSON, e.g. {"environment": "Industry"} (ncmec), '
            '{"privacy_group": 123} (fb_threatexchange), {"filename": "/path/list.txt"} (local_file); '
            '"endpoint" sets the service URL. See `exchanges apis`.',
        ),
    ] = "{}",
    db: DbOption = None,
) -> None:
    """Configure an exchange. Credentials never go here: see `exchanges credentials`."""
    try:
        settings = json.loads(config)
    except json.JSONDecodeError as exc:
        fail(f"--config is not JSON: {exc}")
    if not isinstance(settings, dict):
        fail("--config must be a JSON object")
    info = add_exchange(open_store(db), name, api, bank, settings)
    typer.echo(f"added exchange {info.name!r}: {info.api} into bank {info.bank!r}")


@app.command("apis")
def apis() -> None:
    """The exchange APIs, their settings, and whether their credentials are found."""
    for api in api_names():
        d = describe_api(api)
        fields = ", ".join(f"{f.name}{'' if f.required else '?'}:{f.type}" for f in d.config_fields) or "-"
        if d.credential_fields is None:
            creds = "no credentials needed"
        else:
            found = "found" if d.has_credentials else "missing"
            creds = f"credentials {found} (env {d.credential_env} or {d.credential_file})"
        typer.echo(f"{api}\tsettings: {fields}\t{creds}")


@app.command("credentials")
def credentials(
    api: str,
    from_stdin: Annotated[
        bool, typer.Option("--stdin", help="Read them from standard input (not the command line).")
    ] = True,
) -> None:
    """Store an API's credentials in its credentials file (mode 0600, never in the database). Give pytx's
    one-line form on standard input: `user:password` (ncmec), `fetch_key,subscription_key` (stop_ncii),
    the app token (fb_threatexchange), or a JSON object of the fields."""
    text = sys.stdin.read().strip()
    if not text:
        fail("no credentials on standard input")
    value: dict[str, str] | str = json.loads(text) if text.startswith("{") else text
    path = set_credentials(api, value)
    typer.echo(f"{api}: credentials written to {path} (mode 0600)")


def _show(report: FetchReport) -> None:
    state = "complete" if report.complete else "stopped"
    stale = ", stale checkpoint: fetched from the start" if report.stale_refetch else ""
    typer.echo(
        f"{report.name}: {report.batches} batches, {report.updates} records updated, "
        f"{report.deletions} deleted; "
        f"{report.added} entries added, {report.retracted} retracted, {report.unsupported} unsupported "
        f"signals ({state}{stale})"
    )
    for problem in report.problems[:20]:
        warn(f"{report.name}: {problem}")
    if report.error:
        warn(report.error)


@app.command("fetch")
def fetch(
    name: Annotated[
        str | None, typer.Argument(help="Exchange to fetch (default: every enabled one).")
    ] = None,
    max_batches: Annotated[
        int | None, typer.Option(help="Stop after this many batches (resume later).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Fetch from the stored checkpoint: new records become bank entries, deletions upstream retract
    them, a stale checkpoint fetches everything again. Running it again adds nothing twice."""
    store = open_store(db)
    names = [name] if name else [e.name for e in list_exchanges(store) if e.enabled]
    if not names:
        typer.echo("no enabled exchanges: add one with `safeguarding exchanges add`")
        return
    failed = 0

    def progress(report: FetchReport) -> None:
        typer.echo(
            f"  {report.name}: batch {report.batches}, {report.updates} records, {report.added} added, "
            f"{report.retracted} retracted",
            err=True,
        )

    for each in names:
        try:
            report = fetch_exchange(store, each, on_progress=progress, max_batches=max_batches)
        except ExchangeError as exc:
            warn(str(exc))
            failed += 1
            continue
        _show(report)
        failed += report.error is not None
    if failed:
        raise typer.Exit(1)


@app.command("status")
def status(
    json_output: Annotated[bool, typer.Option("--json", help="One JSON object per exchange.")] = False,
    db: DbOption = None,
) -> None:
    """Each exchange: its bank, checkpoint time, last fetch and its outcome, records and active entries."""
    store = open_store(db)
    exchanges = list_exchanges(store)
    if not exchanges:
        typer.echo("no exchanges yet: add one with `safeguarding exchanges add`")
    for info in exchanges:
        s = exchange_status(store, info.name)
        if json_output:
            typer.echo(json.dumps(s.__dict__))
            continue
        outcome = {None: "never fetched", True: "succeeded", False: "failed"}[s.last_fetch_succeeded]
        when = (
            datetime.fromtimestamp(s.checkpoint_ts, UTC).strftime("%Y-%m-%d %H:%M UTC")
            if s.checkpoint_ts
            else "-"
        )
        typer.echo(
            f"{s.name}\t{s.api} -> {s.bank}\t{'enabled' if s.enabled else 'disabled'}"
            f"\tcheckpoint {when}"
            f"\tlast fetch {outcome}{' (up to date)' if s.up_to_date else ''}\t{s.fetched_items} records, "
            f"{s.active_signals} active entries" + (f"\terror: {s.last_error}" if s.last_error else "")
        )


@app.command("enable")
def enable(name: str, db: DbOption = None) -> None:
    """Fetch this exchange again with `exchanges fetch` (no name)."""
    set_exchange_enabled(open_store(db), name, True)
    typer.echo(f"exchange {name!r} enabled")


@app.command("disable")
def disable(name: str, db: DbOption = None) -> None:
    """Leave this exchange out of `exchanges fetch` (no name); its entries stay."""
    set_exchange_enabled(open_store(db), name, False)
    typer.echo(f"exchange {name!r} disabled")


@app.command("delete")
def delete(
    name: str,
    retract: Annotated[bool, typer.Option("--retract", help="Also retract the entries it added.")] = False,
    db: DbOption = None,
) -> None:
    """Forget an exchange and its checkpoint. Its bank and entries stay unless --retract."""
    store = open_store(db)
    get_exchange(store, name)  # a clear error for a name that does not exist
    delete_exchange(store, name, retract_entries=retract)
    typer.echo(f"deleted exchange {name!r}" + (" and retracted its entries" if retract else ""))


__all__ = ["app"]
