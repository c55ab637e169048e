"""`entities backfill`: items recorded before entities existed get them, once, locally or on Dask."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, select, update
from typer.testing import CliRunner

import safeguarding.entities  # noqa: F401  (turns recording on)
from safeguarding.cases import submit_detection
from safeguarding.cases.adapters import ad_record_to_detections, chat_detection
from safeguarding.entities import Entity, EntityCase, Observation
from safeguarding.entities.cli import app
from safeguarding.store import Store, open_store
from tests.entities.test_entities import AD, CHAT_EVIDENCE


def _cases_recorded_then_forgotten(store: Store, ads: int = 5) -> set[tuple[int, int, str]]:
    """Cases with their entities recorded, then the entity tables emptied as if made before entities."""
    with store.session() as session:
        for n in range(ads):
            record = {**AD, "id": f"ad-{n}", "network": f"N{n}", "images": []}
            submit_detection(session, ad_record_to_detections(record)[0])
        submit_detection(session, chat_detection("conv-1", {"risk": 0.9, "suspect": "k"}, CHAT_EVIDENCE))
    with store.session() as session:
        seen = _observed(session)
        session.execute(delete(Observation))
        session.execute(delete(EntityCase))
        session.execute(update(Entity).values(case_count=0))
    return seen


def _observed(session) -> set[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    return {(o.case_id, o.item_id, o.detector) for o in session.scalars(select(Observation))}


def _counts(session) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {e.value: e.case_count for e in session.scalars(select(Entity)) if e.case_count}


def test_backfill_records_each_item_once_and_resumes(store: Store) -> None:
    seen = _cases_recorded_then_forgotten(store)
    runner = CliRunner()
    first = runner.invoke(app, ["backfill", "--range-items", "2", "--db", store.url])
    assert first.exit_code == 0, first.output
    assert "6 case items read, 6 without entities recorded" in first.output
    with store.session() as session:
        assert _observed(session) == seen
        counts = _counts(session)
    assert counts["+12025550143"] == 6  # five ads and the chat
    again = runner.invoke(app, ["backfill", "--db", store.url])
    assert "6 case items read, 0 without entities recorded, 0 observations added" in again.output
    with store.session() as session:
        assert _counts(session) == counts


def test_backfill_on_a_cluster_needs_postgresql(sqlite_store: Store) -> None:
    result = CliRunner().invoke(app, ["backfill", "--cluster", "local:2", "--db", sqlite_store.url])
    assert result.exit_code != 0 and "--cluster needs PostgreSQL" in result.output


@pytest.mark.postgres
@pytest.mark.slow
def test_backfill_on_a_local_cluster_matches_the_local_run(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SAFEGUARDING_INDEX_DIR", str(tmp_path / "index"))  # the workers inherit it
    store = open_store(postgres_url)
    seen = _cases_recorded_then_forgotten(store, ads=9)
    result = CliRunner().invoke(
        app, ["backfill", "--cluster", "local:2", "--range-items", "2", "--db", store.url]
    )
    assert result.exit_code == 0, result.output
    assert "10 case items read, 10 without entities recorded" in result.output
    with store.session() as session:
        assert _observed(session) == seen
        assert _counts(session)["+12025550143"] == 10
    store.close()
