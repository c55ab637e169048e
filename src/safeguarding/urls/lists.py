"""URL lists in banks: exact pages, path prefixes and whole domains, imported, exported and matched.

An entry is matched on its normalised location without the scheme (an entry for `example.com/a` is hit
by http and https alike):
- page: the same location, query included;
- prefix: a location whose host is the entry's and whose path starts with the entry's path, at a
  segment boundary (`/dir` covers `/dir` and `/dir/x`, not `/directory`); the query is ignored;
- domain: the host itself or any subdomain of it.
A `url_md5` entry (python-threatexchange's signal, in `bank_entries`) is matched on the MD5 of the
URL as given and as normalised.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Literal

from sqlalchemy import select

from safeguarding.banks.lists import ImportReport, ListProblem
from safeguarding.banks.service import get_bank, get_or_create_bank
from safeguarding.store import Store
from safeguarding.store.models import Bank, BankEntry, utcnow
from safeguarding.urls.models import UrlEntry
from safeguarding.urls.normalize import UrlError, normalize_host, parse_url, url_md5

UrlKind = Literal["page", "prefix", "domain"]
URL_KINDS: tuple[UrlKind, ...] = ("page", "prefix", "domain")
BATCH_SIZE = 2000


@dataclass(frozen=True)
class UrlListEntry:
    kind: UrlKind
    url: str  # normalised: a full URL for page and prefix, a host for domain
    location: str  # what is matched on (no scheme)


@dataclass(frozen=True)
class UrlMatch:
    bank: str
    entry_id: int
    kind: str  # page, prefix, domain or url_md5
    entry: str  # the entry as stored
    labels: list[str]

    def to_json(self) -> dict[str, object]:
        return {
            "bank": self.bank,
            "entry_id": self.entry_id,
            "kind": self.kind,
            "entry": self.entry,
            "labels": self.labels,
        }


def url_entry(kind: str, raw: str) -> UrlListEntry:
    """Normalise one list entry; UrlError naming it if it is not one."""
    if kind not in URL_KINDS:
        raise UrlError(f"unknown URL entry kind {kind!r} (known: page, prefix, domain)")
    if kind == "domain":
        text = raw.strip()
        if "/" in text:  # a URL given for a domain entry: take its host
            text = parse_url(text).host
        host = normalize_host(text.removeprefix("*."), raw)
        if "." not in host:
            raise UrlError(
                f"domain entry {raw!r} is a top-level domain alone, refused: it would match all under it"
            )
        return UrlListEntry("domain", host, host)
    parsed = parse_url(raw)
    if kind == "prefix":
        location = parsed.authority + parsed.path
        return UrlListEntry("prefix", f"{parsed.scheme}://{location}", location)
    return UrlListEntry("page", str(parsed), parsed.location)


def _key(kind: str, location: str) -> str:
    return hashlib.sha256(f"{kind} {location}".encode()).hexdigest()


def candidate_keys(url: str) -> list[tuple[str, str]]:
    """The (kind, key) pairs a URL is hit by: its page, each path prefix, its host and parent domains."""
    parsed = parse_url(url)
    keys = [("page", _key("page", parsed.location))]
    segments = parsed.path.split("/")
    for end in range(1, len(segments) + 1):
        path = "/".join(segments[:end]) or "/"
        keys.append(("prefix", _key("prefix", parsed.authority + path)))
        if not path.endswith("/"):
            keys.append(("prefix", _key("prefix", parsed.authority + path + "/")))
    labels = parsed.host.split(".")
    for start in range(len(labels) - 1):
        keys.append(("domain", _key("domain", ".".join(labels[start:]))))
    return list(dict.fromkeys(keys))


@dataclass(frozen=True)
class UrlRow:
    line: int
    entry: UrlListEntry


def read_url_list(
    handle: Iterable[str], name: str, default_kind: UrlKind = "page"
) -> Iterator[UrlRow | ListProblem]:
    """A URL list: one entry a line, `URL` or `KIND URL` (KIND page, prefix or domain); `#` comments."""
    for line_no, raw in enumerate(handle, start=1):
        text = raw.strip()
        if not text or text.startswith("#"):
            continue
        first, _, rest = text.partition(" ")
        kind, value = (
            (first.lower(), rest.strip()) if first.lower() in URL_KINDS and rest else (default_kind, text)
        )
        try:
            yield UrlRow(line_no, url_entry(kind, value))
        except UrlError as exc:
            yield ListProblem(line_no, str(exc))


def add_url_entries(
    store: Store,
    bank_name: str,
    rows: Iterable[UrlRow | ListProblem],
    *,
    source: str,
    labels: str = "",
    on_problem: Callable[[ListProblem], None] = lambda _p: None,
    on_progress: Callable[[int], None] = lambda _n: None,
) -> ImportReport:
    """Add URL entries to a bank (created if needed); entries already there are left as they are."""
    with store.session() as session:
        bank_id = get_or_create_bank(session, bank_name).id
    report = ImportReport()
    batch: list[UrlListEntry] = []
    for row in rows:
        if isinstance(row, ListProblem):
            report.problems += 1
            on_problem(row)
            continue
        report.rows += 1
        batch.append(row.entry)
        if len(batch) >= BATCH_SIZE:
            report.added += _insert(store, bank_id, batch, source, labels)
            on_progress(report.rows)
    report.added += _insert(store, bank_id, batch, source, labels)
    on_progress(report.rows)
    return report


def _insert(store: Store, bank_id: int, batch: list[UrlListEntry], source: str, labels: str) -> int:
    if not batch:
        return 0
    unique = {(e.kind, _key(e.kind, e.location)): e for e in batch}
    batch.clear()
    now = utcnow()
    with store.session() as session:
        present = {
            (kind, key)
            for kind, key in session.execute(
                select(UrlEntry.kind, UrlEntry.url_key).where(
                    UrlEntry.bank_id == bank_id, UrlEntry.url_key.in_([key for _, key in unique])
                )
            )
        }
        new = [(pair, e) for pair, e in unique.items() if pair not in present]
        session.add_all(
            UrlEntry(
                bank_id=bank_id,
                kind=e.kind,
                url=e.url,
                url_key=key,
                labels=labels,
                source=source,
                imported_at=now,
            )
            for (_, key), e in new
        )
    return len(new)


def match_url(store: Store, url: str, banks: list[str] | None = None) -> list[UrlMatch]:
    """Every active URL entry and `url_md5` entry hit by `url`. UrlError if it is not a URL."""
    keys = candidate_keys(url)
    md5s = {url_md5(url), url_md5(str(parse_url(url)))}
    with store.session() as session:
        bank_ids = None if banks is None else [get_bank(session, name).id for name in banks]
        query = (
            select(UrlEntry.id, Bank.name, UrlEntry.kind, UrlEntry.url, UrlEntry.labels)
            .join(Bank, Bank.id == UrlEntry.bank_id)
            .where(UrlEntry.url_key.in_([key for _, key in keys]), UrlEntry.retracted_at.is_(None))
        )
        md5_query = (
            select(BankEntry.id, Bank.name, BankEntry.signal_type, BankEntry.value, BankEntry.labels)
            .join(Bank, Bank.id == BankEntry.bank_id)
            .where(
                BankEntry.signal_type == "url_md5",
                BankEntry.value.in_(md5s),
                BankEntry.retracted_at.is_(None),
            )
        )
        if bank_ids is not None:
            query = query.where(UrlEntry.bank_id.in_(bank_ids))
            md5_query = md5_query.where(BankEntry.bank_id.in_(bank_ids))
        wanted = set(keys)
        rows = [r for r in session.execute(query.add_columns(UrlEntry.url_key)) if (r[2], r[5]) in wanted]
        found = [UrlMatch(r[1], r[0], r[2], r[3], _labels(r[4])) for r in rows]
        found += [UrlMatch(r[1], r[0], r[2], r[3], _labels(r[4])) for r in session.execute(md5_query)]
    order = {"page": 0, "url_md5": 1, "prefix": 2, "domain": 3}
    return sorted(found, key=lambda m: (order.get(m.kind, 9), m.bank, m.entry_id))


def _labels(text: str) -> list[str]:
    return [label for label in text.split(";") if label]


def export_url_list(store: Store, bank_name: str, out: IO[str]) -> int:
    """Write a bank's active URL entries, `KIND URL` a line (the format `read_url_list` reads)."""
    with store.session() as session:
        bank_id = get_bank(session, bank_name).id
        rows = session.execute(
            select(UrlEntry.kind, UrlEntry.url)
            .where(UrlEntry.bank_id == bank_id, UrlEntry.retracted_at.is_(None))
            .order_by(UrlEntry.id)
            .execution_options(yield_per=BATCH_SIZE)
        )
        count = 0
        for kind, url in rows:
            out.write(f"{kind} {url}\n")
            count += 1
    return count
