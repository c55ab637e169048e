"""`safeguarding urls ...` (normalise, scan ads and chats) and `match --url`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from safeguarding.banks.service import BankError
from safeguarding.console import DbOption, fail, print_json, warn
from safeguarding.store import Store, open_store
from safeguarding.urls.lists import match_url
from safeguarding.urls.normalize import UrlError, normalize_url, url_md5
from safeguarding.urls.scan import scan_ads, scan_chats
from safeguarding.urls.text import UrlScanner

app = typer.Typer(
    help="URL lists: exact pages, path prefixes and whole domains in banks (import them with "
    "`bank import NAME FILE --format urls`), matched by `match --url` and in ads and chats.",
    no_args_is_help=True,
)


@app.command("normalize")
def normalize_command(urls: list[str]) -> None:
    """Show how URLs are normalised for matching, and their python-threatexchange url_md5."""
    failed = False
    for url in urls:
        try:
            typer.echo(f"{url}\t{normalize_url(url)}\turl_md5={url_md5(url)}")
        except UrlError as exc:
            warn(str(exc))
            failed = True
    if failed:
        raise typer.Exit(1)


@app.command("scan")
def scan_command(
    ads: Annotated[list[Path] | None, typer.Option("--ads", help="Ads JSON Lines (id, title, text).")] = None,
    chats: Annotated[
        list[Path] | None, typer.Option("--chats", help="Chats JSON Lines (as chats score).")
    ] = None,
    bank: Annotated[
        list[str] | None, typer.Option("--bank", "-b", help="URL bank (repeat; default all).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Match every URL in ads and chat messages against URL lists; one JSON line per record with a match
    (the URL, its offsets and the entries it hit). Bad lines are reported by number; exit 1 if any."""
    if not ads and not chats:
        fail("give --ads FILE or --chats FILE")
    scanner = UrlScanner(open_store(db), bank)
    problems = 0
    found = 0

    def report(message: str) -> None:
        nonlocal problems
        problems += 1
        warn(message)

    for kind, paths in (("ads", ads or []), ("chats", chats or [])):
        for path in paths:
            try:
                with open(path, encoding="utf-8-sig", errors="replace") as handle:
                    records = (
                        scan_ads(scanner, handle, str(path), report)
                        if kind == "ads"
                        else scan_chats(scanner, handle, str(path), report)
                    )
                    for record in records:
                        found += 1
                        print_json(record)
            except OSError as exc:
                report(f"{path}: {exc.strerror or exc}")
    typer.echo(f"{found} records with listed URLs", err=True)
    if problems:
        raise typer.Exit(1)


def match_urls(store: Store, urls: list[str], banks: list[str] | None, json_output: bool) -> bool:
    """Match each URL; returns True if any could not be matched (bad URL, unknown bank)."""
    failed = False
    for url in urls:
        try:
            normal = normalize_url(url)
            matches = match_url(store, url, banks)
        except (UrlError, BankError) as exc:
            failed = True
            print_json({"url": url, "error": str(exc)}) if json_output else warn(f"{url!r}: {exc}")
            continue
        if json_output:
            print_json({"url": url, "normalized": normal, "matches": [m.to_json() for m in matches]})
            continue
        if not matches:
            typer.echo(f"{url}: no match ({normal})")
        for m in matches:
            labels = ";".join(m.labels) or "-"
            typer.echo(f"{url}: MATCH bank={m.bank} entry={m.entry_id} {m.kind} {m.entry} labels={labels}")
    return failed
