"""The filtered queue: filters, search, keyset pages, counts per filter, claim next with filters."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text, update

from safeguarding.cases import Case, CaseError, Detection, claim_next, submit_detection
from safeguarding.cases.queue import (
    QueueFilter,
    decode_cursor,
    queue_conditions,
    queue_counts,
    queue_page,
)
from safeguarding.store import Store

KINDS = ("grooming_warning", "ad_network", "media_match", "meeting_arranged")


def _seed(store: Store, n: int = 24) -> list[int]:
    ids = []
    now = datetime.now(UTC)
    with store.session() as session:
        for i in range(n):
            kind = KINDS[i % len(KINDS)]
            case = submit_detection(
                session,
                Detection(
                    kind=kind,
                    group_key=f"g:{i}",
                    summary=f"{kind} number {i} phone +44 7700 900{i:03d}"
                    + (" bitcoin" if i % 5 == 0 else ""),
                ),
            )
            ids.append(case.id)
        session.flush()
        for i, case_id in enumerate(ids):  # distinct ages: case i waited i hours
            session.execute(
                update(Case).where(Case.id == case_id).values(created_at=now - timedelta(hours=i, minutes=1))
            )
    return ids


def test_keyset_pages_walk_the_queue_in_order_without_repeats(store: Store) -> None:
    _seed(store)
    seen: list[int] = []
    cursor = None
    with store.session() as session:
        everything = [c.id for c in queue_page(session, "admin", QueueFilter(), limit=200).cases]
        while True:
            page = queue_page(session, "admin", QueueFilter(), cursor=cursor, limit=5)
            seen += [c.id for c in page.cases]
            cursor = page.next_cursor
            if cursor is None:
                break
    assert seen == everything and len(seen) == 24 and len(set(seen)) == 24
    with store.session() as session:
        ordered = (
            session.execute(text("SELECT id FROM cases ORDER BY priority, created_at, id")).scalars().all()
        )
    assert seen == list(ordered)


def test_filters_search_age_and_counts(store: Store) -> None:
    _seed(store)
    with store.session() as session:
        ads = queue_page(session, "admin", QueueFilter(kind="ad_network")).cases
        assert ads and {c.kind for c in ads} == {"ad_network"} and {c.detector for c in ads} == {"ads_link"}
        chat = queue_page(session, "admin", QueueFilter(detector="chat_scorer")).cases
        assert {c.kind for c in chat} == {"grooming_warning", "meeting_arranged"}
        found = queue_page(session, "admin", QueueFilter(search="BITCOIN")).cases
        assert len(found) == 5 and all("bitcoin" in c.summary for c in found)
        # words in order, anywhere: "number 1" then "bitcoin" (10, 15 are not: 15 % 5 == 0 but check)
        both = queue_page(session, "admin", QueueFilter(search="number 1 bitcoin")).cases
        assert sorted(int(c.group_key[2:]) for c in both) == [10, 15]
        assert queue_page(session, "admin", QueueFilter(search="100%_")).cases == []  # wildcards are text
        old = queue_page(session, "admin", QueueFilter(min_age_hours=20)).cases
        assert sorted(int(c.group_key[2:]) for c in old) == [20, 21, 22, 23]
        new = queue_page(session, "admin", QueueFilter(max_age_hours=2)).cases
        assert sorted(int(c.group_key[2:]) for c in new) == [0, 1]
        counts = queue_counts(session, "admin", QueueFilter(kind="ad_network"))
    assert counts["total"] == 6
    assert counts["kind"] == dict.fromkeys(KINDS, 6)  # the kind facet ignores the kind filter
    assert counts["detector"] == {"ads_link": 6}
    assert counts["held_by"] == {"nobody": 6}
    assert counts["status"] == {"open": 6}


def test_a_reviewer_sees_and_counts_no_media_cases(store: Store) -> None:
    _seed(store)
    with store.session() as session:
        cases = queue_page(session, "reviewer", QueueFilter(), limit=200).cases
        counts = queue_counts(session, "reviewer", QueueFilter())
    assert cases and not any(c.has_media for c in cases)
    assert "media_match" not in counts["kind"] and counts["total"] == len(cases) == 18


def test_claim_next_honours_the_chosen_filters_and_held_by(store: Store) -> None:
    _seed(store)
    chosen = QueueFilter(kind="ad_network", search="bitcoin")
    with store.session() as session:
        case = claim_next(session, "robin", role="reviewer", where=queue_conditions("reviewer", chosen))
        assert case is not None and case.kind == "ad_network" and "bitcoin" in case.summary
        held = queue_page(session, "admin", QueueFilter(held_by="robin")).cases
        assert [c.id for c in held] == [case.id]
        free = queue_counts(session, "admin", QueueFilter())["held_by"]
        assert free == {"nobody": 23, "robin": 1}
        # Within the role's limits: a reviewer filtering for media gets nothing.
        media = claim_next(
            session,
            "rita",
            role="reviewer",
            where=queue_conditions("reviewer", QueueFilter(kind="media_match")),
        )
        assert media is None


def test_bad_filters_and_cursors_are_refused_with_their_name() -> None:
    with pytest.raises(CaseError, match="status"):
        QueueFilter(status="maybe")
    with pytest.raises(CaseError, match="priority must be a whole number"):
        QueueFilter.from_dict({"priority": "high"})
    with pytest.raises(CaseError, match="cursor"):
        decode_cursor("not-a-cursor")
    assert QueueFilter.from_dict({"kind": "", "priority": "3", "search": " a b "}).as_dict() == {
        "priority": 3,
        "search": "a b",
    }
