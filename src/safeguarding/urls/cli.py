"""`match --url`: print URL-list matches, one line (or JSON object) per URL."""

from __future__ import annotations

import typer

from safeguarding.banks.service import BankError
from safeguarding.console import print_json, warn
from safeguarding.store import Store
from safeguarding.urls.lists import match_url
from safeguarding.urls.normalize import UrlError, normalize_url


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
