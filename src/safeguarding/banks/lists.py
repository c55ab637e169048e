"""Reading and writing hash lists: CSV with a header row, or python-threatexchange's signal file.

Imports stream in batches (memory does not grow with the list) and add only what is new, so an
interrupted import is finished by running it again.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal

from sqlalchemy import Engine, func, select, text

from safeguarding.banks.pdq_search import refresh_pdq_index
from safeguarding.banks.service import BankError, get_bank, get_or_create_bank
from safeguarding.banks.signal_types import SIGNAL_TYPES, signal_type
from safeguarding.banks.videos import VPDQ, add_video_entry, export_tx_videos, parse_tx_vpdq
from safeguarding.media.vpdq_format import VpdqFormatError, read_vpdq
from safeguarding.store import Store
from safeguarding.store.models import BankEntry, utcnow

ListFormat = Literal["csv", "tx", "vpdq"]
BATCH_SIZE = 5000
# python-threatexchange names some signal types by the media they apply to.
TX_ALIASES = {
    "photo_md5": "md5",
    "url_md5": "url_md5",
    "video_md5": "md5",
    "pdq": "pdq",
    "md5": "md5",
    "sha256": "sha256",
    "vpdq": VPDQ,
}
MAX_FRAMES_PER_VIDEO = 1_000_000
LABEL_COLUMNS = ("label", "labels")


@dataclass(frozen=True)
class ListProblem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass(frozen=True)
class ListRow:
    line: int
    signal_type: str
    value: str
    labels: str
    note: str


@dataclass
class ImportReport:
    rows: int = 0
    added: int = 0
    problems: int = 0

    @property
    def already_present(self) -> int:
        return self.rows - self.added


_UNDECODABLE = re.compile("[\udc80-\udcff]")  # bytes that were not UTF-8, kept by surrogateescape


def _has_bad_bytes(cells: Iterable[str]) -> bool:
    return any(_UNDECODABLE.search(cell) for cell in cells)


def read_csv(handle: IO[str], name: str) -> Iterator[ListRow | ListProblem]:
    reader = csv.reader(handle)
    try:
        header = next(reader)
    except StopIteration:
        raise BankError(f"{name}: empty file, expected a header row such as 'pdq,label,note'") from None
    except csv.Error as exc:
        raise BankError(f"{name}: line 1: {exc}") from None
    columns = [cell.strip().lower() for cell in header]
    hash_columns = [(i, c) for i, c in enumerate(columns) if c in SIGNAL_TYPES]
    if not hash_columns:
        raise BankError(
            f"{name}: no hash column in the header {header!r}; name it by its type: pdq, md5 or sha256"
        )
    label_at = next((columns.index(c) for c in LABEL_COLUMNS if c in columns), None)
    note_at = columns.index("note") if "note" in columns else None
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield ListProblem(reader.line_num, f"malformed CSV: {exc}")
            continue
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if _has_bad_bytes(cells):
            yield ListProblem(line, "invalid UTF-8")
            continue
        if len(cells) > len(columns):
            yield ListProblem(line, f"{len(cells)} cells, but the header has {len(columns)}")
            continue
        labels = _cell(cells, label_at)
        note = _cell(cells, note_at)
        values = [(c, _cell(cells, i)) for i, c in hash_columns if _cell(cells, i)]
        if not values:
            yield ListProblem(line, "no hash value in this row")
        for column, value in values:
            yield _validated(line, column, value, labels, note)


def _cell(cells: list[str], index: int | None) -> str:
    return cells[index].strip() if index is not None and index < len(cells) else ""


def _validated(line: int, type_name: str, value: str, labels: str, note: str) -> ListRow | ListProblem:
    try:
        kind = signal_type(type_name)
        normalized = kind.normalize(value)
    except ValueError as exc:
        return ListProblem(line, str(exc))
    clean_labels = ";".join(part.strip() for part in labels.split(";") if part.strip())
    return ListRow(line, kind.name, normalized, clean_labels, note)


def read_tx(handle: IO[str], name: str) -> Iterator[ListRow | ListProblem]:
    """python-threatexchange's signal file: `SIGNAL_TYPE VALUE` a line."""
    for line_no, raw in enumerate(handle, start=1):
        text = raw.strip()
        if not text or text.startswith("#"):
            continue
        if _has_bad_bytes([text]):
            yield ListProblem(line_no, "invalid UTF-8")
            continue
        parts = text.split(maxsplit=1)
        if len(parts) != 2:
            yield ListProblem(line_no, f"expected 'SIGNAL_TYPE VALUE', got {text[:80]!r}")
            continue
        type_name = TX_ALIASES.get(parts[0].lower())
        if type_name is None:
            yield ListProblem(line_no, f"unknown signal type {parts[0][:40]!r}")
            continue
        if type_name == VPDQ:  # a whole video: its frames are checked when it is added
            yield ListRow(line_no, VPDQ, parts[1], "", "")
            continue
        yield _validated(line_no, type_name, parts[1], "", "")


def open_list(path: Path) -> IO[str]:
    if path.is_dir():
        raise BankError(f"{path}: is a directory, expected a hash list file")
    if not path.is_file():
        raise BankError(f"{path}: no such file")
    # utf-8-sig drops a BOM; surrogateescape lets a bad byte be reported by line instead of ending the import.
    return open(path, encoding="utf-8-sig", errors="surrogateescape", newline="")


_COLUMNS = ("bank_id", "signal_type", "value", "labels", "note", "source", "imported_at")


def _insert_new_sql(engine: Engine) -> str:
    """Insert-if-absent in the driver's own placeholder style: executemany of plain tuples, no ORM cost."""
    marks = ", ".join(["%s" if engine.dialect.paramstyle in ("format", "pyformat") else "?"] * len(_COLUMNS))
    return (
        f"INSERT INTO bank_entries ({', '.join(_COLUMNS)}) VALUES ({marks}) "
        "ON CONFLICT (bank_id, signal_type, value) DO NOTHING"
    )


def import_list(
    store: Store,
    bank_name: str,
    path: Path,
    fmt: ListFormat = "csv",
    *,
    source: str | None = None,
    labels: str = "",
    on_problem: Callable[[ListProblem], None] = lambda _p: None,
    on_progress: Callable[[int], None] = lambda _n: None,
) -> ImportReport:
    """Import a list into a bank (created if needed); only entries not already in the bank are added.

    `vpdq` is Meta's per-video hash file: one video entry labelled `labels`. In a tx file, each `vpdq`
    line is a video entry of its own.
    """
    if fmt == VPDQ:
        return import_vpdq_file(store, bank_name, path, labels=labels, source=source, on_problem=on_problem)
    with store.session() as session:
        bank_id = get_or_create_bank(session, bank_name).id
    report = ImportReport()
    count_active = select(func.count()).select_from(BankEntry).where(BankEntry.bank_id == bank_id)
    with store.engine.connect() as conn:
        before = conn.scalar(count_active) or 0
    statement = _insert_new_sql(store.engine)
    timestamp_type = BankEntry.__table__.c.imported_at.type
    to_driver = timestamp_type.bind_processor(store.engine.dialect) or (lambda value: value)
    imported_at = to_driver(utcnow())
    provenance = source or path.name
    reader = read_csv if fmt == "csv" else read_tx
    batch: list[tuple[object, ...]] = []
    with open_list(path) as handle:
        for item in reader(handle, str(path)):
            if isinstance(item, ListProblem):
                report.problems += 1
                on_problem(item)
                continue
            report.rows += 1
            if item.signal_type == VPDQ:
                report.added += _add_tx_video(store, bank_name, item, provenance, on_problem, report)
                continue
            batch.append(
                (bank_id, item.signal_type, item.value, item.labels, item.note, provenance, imported_at)
            )
            if len(batch) >= BATCH_SIZE:
                _flush(store, statement, batch)
                on_progress(report.rows)
        _flush(store, statement, batch)
        on_progress(report.rows)
    with store.engine.connect() as conn:
        report.added = (conn.scalar(count_active) or 0) - before  # video entries are counted here too
    if report.added:
        _refresh_statistics(store.engine, report.added)
    refresh_pdq_index(store.index_dir, store.engine)
    return report


def _add_tx_video(
    store: Store,
    bank_name: str,
    row: ListRow,
    provenance: str,
    on_problem: Callable[[ListProblem], None],
    report: ImportReport,
) -> int:
    """Add one `vpdq` line of a tx file as a video entry; 0 (added later by the count) or a problem."""
    try:
        frames = parse_tx_vpdq(row.value, "vpdq signal")
    except VpdqFormatError as exc:
        report.rows -= 1
        report.problems += 1
        on_problem(ListProblem(row.line, str(exc)))
        return 0
    add_video_entry(store, bank_name, frames, note=f"line {row.line}", source=provenance)
    return 0


def import_vpdq_file(
    store: Store,
    bank_name: str,
    path: Path,
    *,
    labels: str = "",
    source: str | None = None,
    on_problem: Callable[[ListProblem], None] = lambda _p: None,
) -> ImportReport:
    """Import Meta's per-video hash file as one video entry. Bad lines are reported and skipped."""
    report = ImportReport()
    frames = []
    with open_list(path) as handle:
        for item in read_vpdq(handle, str(path)):
            if isinstance(item, VpdqFormatError):
                report.problems += 1
                on_problem(ListProblem(item.line, item.reason))
                continue
            frames.append(item)
            if len(frames) > MAX_FRAMES_PER_VIDEO:
                raise BankError(f"{path}: more than {MAX_FRAMES_PER_VIDEO} frames in one video")
    if not frames:
        report.problems += 1
        on_problem(ListProblem(0, "no frames in this file"))
        return report
    report.rows = 1
    clean = ";".join(part.strip() for part in labels.split(";") if part.strip())
    added = add_video_entry(
        store, bank_name, frames, labels=clean, note=path.stem, source=source or path.name
    )
    report.added = 0 if added is None else 1
    refresh_pdq_index(store.index_dir, store.engine)
    return report


def _refresh_statistics(engine: Engine, added: int) -> None:
    """On PostgreSQL, ANALYZE bank_entries after an import that changed it by a tenth or more.

    Until autovacuum gets to it (a minute or more), the planner would plan the match path's queries on
    the table's old statistics (none at all after the first import) and may read every entry of a
    signal type through an index for each request (issue 19). ANALYZE samples a fixed number of rows,
    so it costs well under a second even at millions of entries.
    """
    if engine.dialect.name != "postgresql":
        return
    with engine.begin() as conn:
        estimate = conn.scalar(text("SELECT reltuples FROM pg_class WHERE oid = 'bank_entries'::regclass"))
        if estimate is None or estimate < 0 or added >= 0.1 * estimate:
            conn.execute(text("ANALYZE bank_entries"))


def _flush(store: Store, statement: str, batch: list[tuple[object, ...]]) -> None:
    if batch:
        with store.engine.begin() as conn:
            conn.exec_driver_sql(statement, batch)
        batch.clear()


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """A cell a spreadsheet will show as text, never run as a formula (OWASP CSV injection advice)."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


EXPORT_COLUMNS = ("pdq", "md5", "sha256", "label", "note", "source", "imported_at")


def export_list(store: Store, bank_name: str, out: IO[str], fmt: ListFormat = "csv") -> int:
    """Write a bank's active entries; returns how many were written.

    Video entries are written by tx (a `vpdq` line each) and left out of CSV, which has no column for
    them (export them with `export_vpdq_dir`, Meta's file a video).
    """
    if fmt == VPDQ:
        raise BankError("vpdq is one file a video: export it to a folder (export_vpdq_dir, --out DIR)")
    with store.session() as session:
        bank_id = get_bank(session, bank_name).id
    query = (
        select(
            BankEntry.signal_type,
            BankEntry.value,
            BankEntry.labels,
            BankEntry.note,
            BankEntry.source,
            BankEntry.imported_at,
        )
        .where(BankEntry.bank_id == bank_id, BankEntry.retracted_at.is_(None), BankEntry.signal_type != VPDQ)
        .order_by(BankEntry.id)
        .execution_options(yield_per=BATCH_SIZE)
    )
    writer = csv.writer(out, lineterminator="\n") if fmt == "csv" else None
    if writer:
        writer.writerow(EXPORT_COLUMNS)
    count = 0
    with store.engine.connect() as conn:
        for kind, value, labels, note, source, imported_at in conn.execute(query):
            count += 1
            if writer is None:
                out.write(f"{kind} {value}\n")
                continue
            hashes = [value if kind == column else "" for column in ("pdq", "md5", "sha256")]
            extra = [labels, note, source, imported_at.isoformat() if imported_at else ""]
            writer.writerow(hashes + [spreadsheet_safe(cell) for cell in extra])
    if writer is None:
        count += export_tx_videos(store, bank_name, out)
    return count
