"""Recording observations, one at a time as detections arrive or in bulk (the benchmark's path).

Both go through `record_observations`: resolve each (kind, value) to an entity id (insert the new ones),
write the observations (PostgreSQL: COPY; SQLite: one executemany), then the (entity, case) pairs not
seen before, raising `entities.case_count` by exactly the number of new pairs (PostgreSQL: one
statement with a data-modifying CTE, so concurrent writers never count a pair twice).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from safeguarding.entities.models import Entity, EntityCase, Observation
from safeguarding.entities.photos import add_photos, canonical_photos

_SQLITE_CHUNK = 4000


@dataclass(frozen=True)
class ObservationRow:
    """One observation to record: the entity (kind, normal value) and where it was seen."""

    kind: str
    value: str
    case_id: int
    item_id: int | None
    detector: str
    evidence: str = ""
    observed_at: datetime | None = None


@dataclass
class Recorded:
    """What a call recorded: entity ids by (kind, value), the new (entity, case) pairs, new entities."""

    entity_ids: dict[tuple[str, str], int] = field(default_factory=dict)
    new_pairs: list[tuple[int, int]] = field(default_factory=list)
    new_entities: set[int] = field(default_factory=set)
    observations: int = 0


def record_observations(session: Session, rows: Sequence[ObservationRow], *, photos: bool = True) -> Recorded:
    """Record `rows` in the session's transaction. Photos are resolved to near-duplicate entities
    first (`photos=False` skips the PDQ index and the bank check: values are taken as given)."""
    result = Recorded()
    if not rows:
        return result
    if photos:
        rows = _canonical(session, rows)
    postgres = session.get_bind().dialect.name == "postgresql"
    keys = sorted({(row.kind, row.value) for row in rows})  # one order for every writer: no deadlocks
    if postgres:
        _resolve_postgres(session, keys, result)
    else:
        _resolve_sqlite(session, keys, result)
    now = datetime.now(UTC)
    records: list[tuple[int, int, int | None, str, datetime, str]] = [
        (
            result.entity_ids[(row.kind, row.value)],
            row.case_id,
            row.item_id,
            row.detector,
            row.observed_at or now,
            row.evidence,
        )
        for row in rows
    ]
    pairs = sorted({(entity_id, case_id) for entity_id, case_id, *_ in records})
    if postgres:
        _copy_observations(session, records)
        _pairs_postgres(session, pairs, result)
    else:
        session.execute(
            insert(Observation),
            [
                {"entity_id": e, "case_id": c, "item_id": i, "detector": d, "observed_at": t, "evidence": ev}
                for e, c, i, d, t, ev in records
            ],
        )
        _pairs_sqlite(session, pairs, result)
    result.observations = len(records)
    if photos:
        _new_photos(session, result)
    return result


def _canonical(session: Session, rows: Sequence[ObservationRow]) -> Sequence[ObservationRow]:
    hexes = sorted({row.value for row in rows if row.kind == "photo"})
    if not hexes:
        return rows
    canonical = canonical_photos(session, hexes)
    return [
        ObservationRow(
            r.kind, canonical[r.value], r.case_id, r.item_id, r.detector, r.evidence, r.observed_at
        )
        if r.kind == "photo"
        else r
        for r in rows
    ]


def _new_photos(session: Session, result: Recorded) -> None:
    new = {
        entity_id: value
        for (kind, value), entity_id in result.entity_ids.items()
        if kind == "photo" and entity_id in result.new_entities
    }
    add_photos(session, new)


_PG_RESOLVE = text(
    """
    WITH wanted AS (SELECT k, v FROM unnest(CAST(:kinds AS text[]), CAST(:vals AS text[])) AS t(k, v)),
    added AS (
        INSERT INTO entities (kind, value, case_count, details, first_seen)
        SELECT k, v, 0, '{}', now() FROM wanted
        ON CONFLICT ON CONSTRAINT uq_entity DO NOTHING
        RETURNING id, kind, value
    )
    SELECT id, kind, value, true FROM added
    UNION ALL
    SELECT e.id, e.kind, e.value, false FROM entities e JOIN wanted w ON e.kind = w.k AND e.value = w.v
    """
)


def _resolve_postgres(session: Session, keys: list[tuple[str, str]], result: Recorded) -> None:
    params = {"kinds": _text_array(k for k, _ in keys), "vals": _text_array(v for _, v in keys)}
    for entity_id, kind, value, added in session.execute(_PG_RESOLVE, params).all():
        result.entity_ids[(kind, value)] = entity_id
        if added:
            result.new_entities.add(entity_id)
    # A key another writer inserted while this statement ran is neither inserted here nor visible to its
    # snapshot: read it again, now that the other writer has committed (READ COMMITTED: a new snapshot).
    missing = [key for key in keys if key not in result.entity_ids]
    if missing:
        _select_entities(session, missing, result.entity_ids)


def _resolve_sqlite(session: Session, keys: list[tuple[str, str]], result: Recorded) -> None:
    """SQLite has one writer at a time: read what exists, insert the rest, read their ids."""
    _select_entities(session, keys, result.entity_ids)
    missing = [key for key in keys if key not in result.entity_ids]
    if not missing:
        return
    now = datetime.now(UTC)
    session.execute(_SQLITE_NEW_ENTITY, [{"kind": k, "value": v, "now": now} for k, v in missing])
    found: dict[tuple[str, str], int] = {}
    _select_entities(session, missing, found)
    result.entity_ids.update(found)
    result.new_entities.update(found.values())


_SQLITE_NEW_ENTITY = text(
    "INSERT INTO entities (kind, value, case_count, details, first_seen)"
    " VALUES (:kind, :value, 0, '{}', :now)"
)


def _select_entities(session: Session, keys: list[tuple[str, str]], into: dict[tuple[str, str], int]) -> None:
    by_kind: dict[str, list[str]] = {}
    for kind, value in keys:
        by_kind.setdefault(kind, []).append(value)
    for kind, values in by_kind.items():  # kind = ? AND value IN (...): a seek on uq_entity
        for start in range(0, len(values), _SQLITE_CHUNK):
            found = session.execute(
                select(Entity.id, Entity.value).where(
                    Entity.kind == kind, Entity.value.in_(values[start : start + _SQLITE_CHUNK])
                )
            )
            for entity_id, value in found:
                into[(kind, value)] = entity_id


#: PostgreSQL's COPY text format: backslash, tab, newline and carriage return escaped; NUL (which text
#: cannot hold) dropped.
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r", "\x00": ""})


def _copy_observations(
    session: Session, records: Sequence[tuple[int, int, int | None, str, datetime, str]]
) -> None:
    """COPY in PostgreSQL's text format, written as one buffer (far cheaper than a call per row); the
    ids are integers and the times mostly one `now`, so only the strings need escaping."""
    raw = session.connection().connection.driver_connection
    times: dict[datetime, str] = {}
    lines = []
    for entity_id, case_id, item_id, detector, observed_at, evidence in records:
        when = times.get(observed_at)
        if when is None:
            when = times[observed_at] = observed_at.isoformat()
        item = "\\N" if item_id is None else str(item_id)
        lines.append(
            f"{entity_id}\t{case_id}\t{item}\t{detector.translate(_COPY_ESCAPES)}\t{when}\t"
            f"{evidence.translate(_COPY_ESCAPES)}\n"
        )
    with (
        raw.cursor() as cursor,  # type: ignore[union-attr]
        cursor.copy(
            "COPY entity_observations (entity_id, case_id, item_id, detector, observed_at, evidence)"
            " FROM STDIN"
        ) as copy,
    ):
        copy.write("".join(lines).encode())


_PG_PAIRS = text(
    """
    WITH new AS (
        INSERT INTO entity_cases (entity_id, case_id)
        SELECT e, c FROM unnest(CAST(:entities AS integer[]), CAST(:cases AS integer[])) AS t(e, c)
        ON CONFLICT DO NOTHING
        RETURNING entity_id, case_id
    ),
    counted AS (
        UPDATE entities SET case_count = entities.case_count + n.added
        FROM (SELECT entity_id, count(*) AS added FROM new GROUP BY entity_id ORDER BY entity_id) AS n
        WHERE entities.id = n.entity_id
    )
    SELECT entity_id, case_id FROM new
    """
)


def _pairs_postgres(session: Session, pairs: list[tuple[int, int]], result: Recorded) -> None:
    params = {"entities": _int_array(e for e, _ in pairs), "cases": _int_array(c for _, c in pairs)}
    result.new_pairs.extend(
        (entity_id, case_id) for entity_id, case_id in session.execute(_PG_PAIRS, params).all()
    )


# Array parameters as PostgreSQL array literals: building the text here is several times cheaper than
# the driver adapting a Python list of 50,000 values element by element.
def _int_array(values: Iterable[int]) -> str:
    return "{" + ",".join(map(str, values)) + "}"


def _text_array(values: Iterable[str]) -> str:
    return "{" + ",".join('"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"' for v in values) + "}"


def _pairs_sqlite(session: Session, pairs: list[tuple[int, int]], result: Recorded) -> None:
    existing: set[tuple[int, int]] = set()
    for start in range(0, len(pairs), _SQLITE_CHUNK):
        chunk = pairs[start : start + _SQLITE_CHUNK]
        rows = session.execute(
            select(EntityCase.entity_id, EntityCase.case_id).where(
                EntityCase.case_id.in_({c for _, c in chunk}), EntityCase.entity_id.in_({e for e, _ in chunk})
            )
        )
        existing.update((e, c) for e, c in rows)
    new = [pair for pair in pairs if pair not in existing]
    if not new:
        return
    session.execute(_SQLITE_NEW_PAIR, [{"e": e, "c": c} for e, c in new])
    result.new_pairs.extend(new)
    added: dict[int, int] = {}
    for entity_id, _ in new:
        added[entity_id] = added.get(entity_id, 0) + 1
    session.execute(_SQLITE_COUNT, [{"eid": e, "n": n} for e, n in added.items()])


_SQLITE_NEW_PAIR = text("INSERT INTO entity_cases (entity_id, case_id) VALUES (:e, :c)")
_SQLITE_COUNT = text("UPDATE entities SET case_count = case_count + :n WHERE id = :eid")
