"""The samples behind recall and agreement: audits of unflagged items, blind second reviews."""

from __future__ import annotations

import pytest

from safeguarding.cases import CaseConflict, CaseError, Detection, decide, submit_detection
from safeguarding.cases.models import Case, CaseItem
from safeguarding.measurement import Period, agreement, recall
from safeguarding.measurement.audits import draw_media_audit, draw_record_audit
from safeguarding.measurement.double_review import (
    blind_view,
    claim_second_review,
    draw_double_reviews,
    record_second_review,
)
from safeguarding.store import Store
from safeguarding.store.models import Bank, BankEntry, Match, MediaItem

TODAY = Period.parse(by="day")


def test_record_audit_samples_and_feeds_recall(store: Store) -> None:
    records = [{"ref": f"chat-{n}", "summary": f"unflagged conversation {n}"} for n in range(50)]
    with store.session() as session:
        draw = draw_record_audit(session, "chat_scorer", iter(records), 5, seed=1)
        again = [c.group_key for c in session.query(Case).filter(Case.kind == "audit")]
    assert (draw.population, draw.drawn) == (50, 5)
    with store.session() as session:
        assert {session.get(Case, i).detector for i in draw.case_ids} == {"chat_scorer"}  # type: ignore[union-attr]
        decide(session, draw.case_ids[0], "casey", "confirm")
        for case_id in draw.case_ids[1:]:
            decide(session, case_id, "casey", "dismiss", "fine")
        flagged = submit_detection(session, Detection("grooming_warning", "conversation:f1"))
        decide(session, flagged.id, "casey", "confirm")
    with store.session() as session:
        (row,) = recall(session, TODAY)
    # miss rate 1/5 over 50 unflagged; one confirmed detection: recall = 1 / (1 + 0.2 * 50)
    assert (row.audited, row.missed, row.population, row.flagged_confirmed) == (5, 1, 50, 1)
    assert row.recall == pytest.approx(1 / 11)
    # the same seed draws the same sample
    with store.session() as session:
        session.query(CaseItem).delete()
        session.query(Case).delete()
        redraw = draw_record_audit(session, "chat_scorer", iter(records), 5, seed=1)
        assert sorted(c.group_key for c in session.query(Case).filter(Case.kind == "audit")) == sorted(again)
        assert redraw.drawn == 5


def test_record_audit_names_bad_records(store: Store) -> None:
    with store.session() as session, pytest.raises(CaseError, match='record 2: needs a non-empty "ref"'):
        draw_record_audit(session, "ads_link", iter([{"ref": "a"}, {"summary": "no ref"}]), 3)
    with store.session() as session, pytest.raises(CaseError, match="sample size"):
        draw_record_audit(session, "ads_link", iter([]), 0)


def test_media_audit_draws_only_unmatched_media(store: Store) -> None:
    with store.session() as session:
        bank = Bank(name="b")
        session.add(bank)
        session.flush()
        entry = BankEntry(bank_id=bank.id, signal_type="md5", value="0" * 32)
        session.add(entry)
        items = [MediaItem(path=f"/u/{n}.jpg", sha256=f"{n:064x}", md5="0" * 32, size=1) for n in range(6)]
        session.add_all(items)
        session.flush()
        session.add(Match(item_id=items[0].id, entry_id=entry.id, distance=0))
    with store.session() as session:
        draw = draw_media_audit(session, 10, seed=3)
        refs = {i.source_ref for i in session.query(CaseItem).filter(CaseItem.kind == "audit")}
        media = {c.has_media for c in session.query(Case).filter(Case.kind == "audit")}
    assert (draw.population, draw.drawn) == (5, 5)
    assert f"media:{0:064x}" not in refs and media == {True}
    with store.session() as session:  # audited items are not drawn again
        assert draw_media_audit(session, 10).drawn == 0


def test_double_review_is_blind_and_by_someone_else(store: Store) -> None:
    with store.session() as session:
        ids = []
        for n in range(40):
            case = submit_detection(session, Detection("ad_network", f"network:d{n}", summary=f"network {n}"))
            decide(session, case.id, "alice", "confirm" if n % 2 else "dismiss", "" if n % 2 else "fine")
            ids.append(case.id)
        drawn = draw_double_reviews(session, 0.5)
        assert 5 < drawn < 35
        assert draw_double_reviews(session, 0.5) == 0  # the same cases, never twice
        assert claim_second_review(session, "alice") is None  # her own decisions
        review = claim_second_review(session, "bob")
        assert review is not None
        view = blind_view(session, review)
        assert "decision" not in str(view).lower() and "status" not in str(view).lower()
        assert view.items and view.items[0]["summary"].startswith("network")
        with pytest.raises(CaseConflict, match="different reviewer"):
            record_second_review(session, review.id, "alice", "confirm")
        with pytest.raises(CaseConflict, match="claimed by another"):
            record_second_review(session, review.id, "carol", "confirm")
        record_second_review(session, review.id, "bob", review.first_action)
        with pytest.raises(CaseConflict, match="already done"):
            record_second_review(session, review.id, "bob", "confirm")
    with store.session() as session:
        found = agreement(session, TODAY)
    assert (found.pairs, found.agreed, found.pending) == (1, 1, drawn - 1)
