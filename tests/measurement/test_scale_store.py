"""The capture table from the store (entities seen by each detector and partner) and `transparency scale`."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from safeguarding.cases.models import Case
from safeguarding.entities.models import Entity, PartnerMark
from safeguarding.entities.record import ObservationRow, record_observations
from safeguarding.measurement.scale import EstimationError, estimate_scale
from safeguarding.measurement.scale_store import capture_table_from_store
from safeguarding.measurement.transparency.cli import app
from safeguarding.store import Store

WHEN = datetime(2026, 3, 1, tzinfo=UTC)
#: A synthetic population of phones; each detector sees each phone independently with its probability.
POPULATION = 600
SEEN_BY = {"hash_match": 0.3, "chat_scorer": 0.25, "ads_link": 0.4}


def _population(session: Session, seed: int = 5) -> dict[int, int]:
    """Record the sightings; returns the true capture histories (mask -> count) for comparison."""
    rng = np.random.default_rng(seed)
    case = Case(group_key="scale-test", kind="ad_network", severity="high", priority=2, status="open")
    session.add(case)
    session.flush()
    rows, truth = [], {}
    detectors = list(SEEN_BY)
    for person in range(POPULATION):
        mask = 0
        for i, detector in enumerate(detectors):
            if rng.random() < SEEN_BY[detector]:
                mask |= 1 << i
                rows.append(
                    ObservationRow(
                        "phone", f"+1202555{person:04d}", case.id, None, detector, observed_at=WHEN
                    )
                )
        if mask:
            truth[mask] = truth.get(mask, 0) + 1
    # Outside the window: must not count when a period is given.
    rows.append(
        ObservationRow(
            "phone", "+12025559999", case.id, None, "hash_match", observed_at=WHEN - timedelta(days=90)
        )
    )
    record_observations(session, rows, photos=False)
    session.commit()
    return truth


def _by_names(table_lists: tuple[str, ...], counts: dict[int, int]) -> dict[frozenset[str], int]:
    return {frozenset(n for i, n in enumerate(table_lists) if m >> i & 1): c for m, c in counts.items()}


def test_capture_table_counts_each_entity_once_by_its_sources(store: Store) -> None:
    with store.session() as session:
        truth = _population(session)
        table = capture_table_from_store(
            session, kinds=["phone"], start=WHEN - timedelta(days=1), end=WHEN + timedelta(days=1)
        )
        everything = capture_table_from_store(session, kinds=["phone"])
    assert set(table.lists) == set(SEEN_BY)
    expected = _by_names(tuple(SEEN_BY), truth)
    assert _by_names(table.lists, dict(table.counts)) == expected
    assert everything.observed == table.observed + 1
    result = estimate_scale(table, bootstrap=100, seed=1)
    low, high = result.interval
    assert low < POPULATION < high, (result.total, result.interval)
    assert abs(result.total - POPULATION) / POPULATION < 0.2


def test_partner_marks_are_lists_too(store: Store) -> None:
    with store.session() as session:
        _population(session)
        phones = session.query(Entity).filter(Entity.kind == "phone").order_by(Entity.id).limit(40).all()
        session.add_all(PartnerMark(entity_id=e.id, partner="hotline-b") for e in phones)
        session.commit()
        with_partner = capture_table_from_store(session, kinds=["phone"])
        without = capture_table_from_store(session, kinds=["phone"], partners=False)
    assert "partner:hotline-b" in with_partner.lists and "partner:hotline-b" not in without.lists
    assert with_partner.on_list(with_partner.lists.index("partner:hotline-b")) == 40


def test_store_errors_name_the_problem(store: Store) -> None:
    with store.session() as session:
        with pytest.raises(EstimationError, match="unknown entity kind"):
            capture_table_from_store(session, kinds=["passport"])
        with pytest.raises(EstimationError, match="at least two sources; found 0"):
            capture_table_from_store(session)
        with pytest.raises(EstimationError, match="period is empty"):
            capture_table_from_store(session, start=WHEN, end=WHEN)


def test_cli_scale_prints_the_estimate_its_range_and_assumptions(store: Store) -> None:
    with store.session() as session:
        _population(session)
    runner = CliRunner()
    result = runner.invoke(
        app, ["scale", "--kind", "phone", "--bootstrap", "50", "--json", "--db", store.url]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["method"] == "log-linear" and payload["observed"] == sum(
        h["count"] for h in payload["table"]["histories"]
    )
    assert len(payload["assumptions"]) >= 3 and payload["interval"][0] < payload["estimate"]
    text = runner.invoke(app, ["scale", "--kind", "phone", "--bootstrap", "0", "--db", store.url])
    assert text.exit_code == 0 and "Assumptions:" in text.output and "plausible models" in text.output
    empty = runner.invoke(app, ["scale", "--kind", "payment", "--db", store.url])
    assert empty.exit_code == 2 and "at least two sources" in empty.output
