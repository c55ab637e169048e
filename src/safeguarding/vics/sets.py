"""Import and export of VICS hash sets into banks.

Import: each Media record becomes an `md5` entry (and a `pdq` entry when its AlternativeHashes carry
one), labelled by its category through the category table; SHA1, PhotoDNA and every other field are
kept as given in `vics_media` (never matched: PhotoDNA is licensed and opaque here). Records whose
category the table marks `match: false` (non-pertinent, comparison) are counted and not added.
Export: a `2.0.xml/CUSTOM/$metadata#Media` hash set of a bank's active MD5 entries, streamed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from safeguarding.banks.lists import BATCH_SIZE, ImportReport, ListProblem, _insert_new_sql, open_list
from safeguarding.banks.pdq_search import refresh_pdq_index
from safeguarding.banks.service import get_bank, get_or_create_bank
from safeguarding.banks.signal_types import MD5Signal, PDQSignal
from safeguarding.store import Store
from safeguarding.store.models import BankEntry, utcnow
from safeguarding.vics.categories import CategoryTable, load_tables, scheme_of
from safeguarding.vics.models import VicsMedia
from safeguarding.vics.reader import VicsError, VicsReader
from safeguarding.vics.schema import media_problems

EXPORT_CONTEXT = "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/CUSTOM/$metadata#Media"


@dataclass
class VicsImportReport(ImportReport):
    not_matched: int = 0  # records of a category marked match: false
    unmapped: int = 0  # records whose category is not in the table (labelled vics-category-N)
    scheme: str = ""
    kind: str = ""  # Media or Cases


@dataclass(frozen=True)
class _Row:
    md5: str
    pdq: str | None
    labels: str
    data: str


def _label(record: dict[str, Any], table: CategoryTable, report: VicsImportReport) -> tuple[str, bool]:
    code = record.get("Category")
    if code is None:
        return "", True
    category = table.codes.get(code)
    if category is None:
        report.unmapped += 1
        return f"vics-category-{code}", True
    return category.label, category.match


def _row(record: dict[str, Any], table: CategoryTable, report: VicsImportReport) -> _Row | str | None:
    """A row to add, a problem, or None (a category not matched)."""
    problems = media_problems(record)
    if problems:
        return "; ".join(problems)
    try:
        md5 = MD5Signal.normalize(record["MD5"])
    except ValueError as exc:
        return f"MD5: {exc}"
    pdq = None
    for item in record.get("AlternativeHashes") or []:
        if item["HashName"].strip().lower() == "pdq" and item.get("HashValue"):
            try:
                pdq = PDQSignal.normalize(item["HashValue"])
            except ValueError as exc:
                return f"AlternativeHashes PDQ: {exc}"
    label, match = _label(record, table, report)
    if not match:
        report.not_matched += 1
        return None
    kept = {k: v for k, v in record.items() if k != "MD5"}
    return _Row(md5, pdq, label, json.dumps(kept, ensure_ascii=False, sort_keys=True))


def import_vics(
    store: Store,
    bank_name: str,
    path: Path,
    *,
    scheme: str | None = None,
    categories: Path | None = None,
    source: str | None = None,
    on_problem: Callable[[ListProblem], None] = lambda _p: None,
    on_progress: Callable[[int], None] = lambda _n: None,
) -> VicsImportReport:
    """Stream a VICS #Media or #Cases file into a bank (created if needed); only new entries are added.

    The category scheme is `scheme`, else the one the file's @odata.context names (US, UK), else US.
    A record with a wrong type or a bad hash is reported by its position (`record N`) and skipped; broken
    JSON stops the file with a VicsError naming the character, keeping what was imported before it.
    """
    tables = load_tables(categories)
    handle = open_list(path)  # before the bank is created: a missing file leaves no empty bank
    with store.session() as session:
        bank_id = get_or_create_bank(session, bank_name).id
    report = VicsImportReport()
    provenance = source or path.name
    batch: list[_Row] = []
    try:
        with handle:
            reader = VicsReader(handle, str(path))
            table: CategoryTable | None = None
            for record in reader.records():
                if table is None:
                    chosen = (scheme or scheme_of(reader.context) or "US").upper()
                    if chosen not in tables:
                        raise VicsError(f"{path}: no category table {chosen!r} (tables: {', '.join(tables)})")
                    table = tables[chosen]
                    report.scheme = chosen
                report.rows += 1
                row = (
                    _row(record.data, table, report) if isinstance(record.data, dict) else "not a JSON object"
                )
                if isinstance(row, str):
                    report.rows -= 1
                    report.problems += 1
                    on_problem(ListProblem(record.index, f"record {record.index}: {row}"))
                    continue
                if row is not None:
                    batch.append(row)
                if len(batch) >= BATCH_SIZE:
                    report.added += _flush(store, bank_id, batch, provenance)
                    on_progress(report.rows)
            report.kind = reader.kind or ""
    finally:
        report.added += _flush(store, bank_id, batch, provenance)
        on_progress(report.rows)
        refresh_pdq_index(store.index_dir, store.engine)
    return report


def _flush(store: Store, bank_id: int, batch: list[_Row], source: str) -> int:
    """Add the batch's entries and their VICS fields (set-based); returns how many entries were new."""
    if not batch:
        return 0
    rows = {row.md5: row for row in batch}
    batch.clear()
    labels = {("md5", md5): row.labels for md5, row in rows.items()}
    labels.update({("pdq", row.pdq): row.labels for row in rows.values() if row.pdq})
    imported_at = _timestamp(store)
    entries = [
        (bank_id, kind, value, label, "", source, imported_at) for (kind, value), label in labels.items()
    ]
    with store.session() as session:
        result = session.connection().exec_driver_sql(_insert_new_sql(store.engine), entries)
        added = max(result.rowcount or 0, 0)
        present = _entry_ids(session, bank_id, labels)
        md5_ids = {present[("md5", md5)]: md5 for md5 in rows}
        have = set(session.scalars(select(VicsMedia.entry_id).where(VicsMedia.entry_id.in_(list(md5_ids)))))
        details = [{"entry_id": i, "data": rows[md5].data} for i, md5 in md5_ids.items() if i not in have]
        if details:
            session.execute(insert(VicsMedia), details)
    return added


def _timestamp(store: Store) -> object:
    to_driver = BankEntry.__table__.c.imported_at.type.bind_processor(store.engine.dialect)
    return to_driver(utcnow()) if to_driver else utcnow()


def _entry_ids(
    session: Session, bank_id: int, wanted: dict[tuple[str, str], str]
) -> dict[tuple[str, str], int]:
    values = list({value for _, value in wanted})
    found: dict[tuple[str, str], int] = {}
    for start in range(0, len(values), 500):
        for entry_id, kind, value in session.execute(
            select(BankEntry.id, BankEntry.signal_type, BankEntry.value).where(
                BankEntry.bank_id == bank_id, BankEntry.value.in_(values[start : start + 500])
            )
        ):
            found[(kind, value)] = entry_id
    return found


def export_vics(
    store: Store, bank_name: str, out: IO[str], *, scheme: str = "US", categories: Path | None = None
) -> int:
    """Write the bank's active MD5 entries as a VICS 2.0 hash set, streamed; returns how many.

    An entry imported from VICS gives back its record as given (SHA1, PhotoDNA, AlternativeHashes with
    its PDQ, ...). Another gets the CSDL's required fields: MediaID (the entry id), Category (its label
    through the `scheme` table, else null) and IsPrecategorized. A PDQ entry without an MD5 record has no
    place in VICS (MD5 is the key) and is left out.
    """
    table = load_tables(categories).get(scheme.upper())
    with store.session() as session:
        bank_id = get_bank(session, bank_name).id
    query = (
        select(BankEntry.id, BankEntry.value, BankEntry.labels, VicsMedia.data)
        .outerjoin(VicsMedia, VicsMedia.entry_id == BankEntry.id)
        .where(BankEntry.bank_id == bank_id, BankEntry.signal_type == "md5", BankEntry.retracted_at.is_(None))
        .order_by(BankEntry.id)
        .execution_options(yield_per=BATCH_SIZE)
    )
    out.write('{"@odata.context": ' + json.dumps(EXPORT_CONTEXT) + ', "value": [')
    written = 0
    with store.engine.connect() as conn:
        for entry_id, md5, labels, data in conn.execute(query):
            record: dict[str, Any] = {"MD5": md5.upper()}
            if data:
                record.update(json.loads(data))
                for item in record.get("AlternativeHashes") or []:
                    if isinstance(item, dict):
                        item["MD5"] = md5.upper()
            else:
                codes = [table.label_code(label) for label in labels.split(";") if table]
                code = next((c for c in codes if c is not None), None)
                record.update({"MediaID": entry_id, "Category": code})
            record.setdefault("MediaID", entry_id)
            record.setdefault("IsPrecategorized", record.get("Category") is not None)
            out.write(("," if written else "") + "\n" + json.dumps(record, ensure_ascii=False))
            written += 1
    out.write("\n]}\n")
    return written
