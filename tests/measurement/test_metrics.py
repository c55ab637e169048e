"""Every metric on hand-checkable data, on SQLite and PostgreSQL (the `store` fixture runs both).

The data (times UTC, period 2026-03-02 .. 2026-03-15, weeks starting Monday):
- A account:a1, media_match ×2 (scores 0.95, 0.6), P2, created 03-02 10:00; confirmed by alice 2 h
  later; report finished 24 h after creation; status reported.
- B conversation:c1, grooming_warning (0.8), P3, created 03-09 09:00; escalated by bob after 1 h,
  dismissed by carol after 4 h.
- C network:n1, ad_network (no score), P5, created 03-10 00:00; still open (156 h old at `NOW`).
- D account:a2, grooming_warning (0.55), P3, created 03-11 00:00; confirmed by bob after 6 h.
- E account:old, media_match, created 02-20: outside the period.
- four audit cases of chat_scorer (population 100): one confirmed (a miss), three dismissed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.orm import Session

from safeguarding.cases.models import Case, CaseItem, Decision
from safeguarding.evidence.models import EvidenceHold
from safeguarding.exposure.models import ExposureEvent
from safeguarding.measurement import (
    MeasurementSettings,
    Period,
    PeriodError,
    agreement,
    backlog,
    backlog_age_histogram,
    cohen_kappa,
    compute,
    detections,
    distinct_counts,
    escalation_reversals,
    exposure,
    funnel,
    load_measurement_settings,
    precision,
    recall,
    report_counts,
    time_to_action,
    timing_histogram,
    wilson_interval,
)
from safeguarding.measurement.models import DoubleReview
from safeguarding.measurement.settings import MeasurementSettingsError
from safeguarding.reports.models import ReportFile, ReportSubmission
from safeguarding.store import Store

NOW = datetime(2026, 3, 16, 12, 0, tzinfo=UTC)
PERIOD = Period.parse("2026-03-02", "2026-03-15", "week")
H = 3600.0


def at(day: int, hour: float = 0, month: int = 3) -> datetime:
    return datetime(2026, month, day, tzinfo=UTC) + timedelta(hours=hour)


def _case(
    session: Session, key: str, kind: str, priority: int, created: datetime, status: str, items: list[Any]
) -> Case:
    case = Case(
        group_key=key,
        active_key=key if status in ("open", "escalated") else None,
        kind=kind,
        detector="",
        severity="other",
        priority=priority,
        status=status,
        created_at=created,
        updated_at=created,
        item_count=len(items),
    )
    session.add(case)
    session.flush()
    for item_kind, item_status, payload in items:
        session.add(
            CaseItem(
                case_id=case.id,
                kind=item_kind,
                severity="other",
                status=item_status,
                payload=payload,
                score=payload.get("score"),
                created_at=created,
            )
        )
    session.flush()
    return case


def _decide(session: Session, case: Case, actor: str, action: str, when: datetime) -> None:
    session.add(Decision(case_id=case.id, actor=actor, action=action, reason="t", created_at=when))


@pytest.fixture
def filled(store: Store) -> Store:
    with store.session() as s:
        a = _case(
            s,
            "account:a1",
            "media_match",
            2,
            at(2, 10),
            "reported",
            [("media_match", "confirmed", {"score": 0.95}), ("media_match", "confirmed", {"score": 0.6})],
        )
        _decide(s, a, "alice", "confirm", at(2, 12))
        b = _case(
            s, "conversation:c1", "grooming_warning", 3, at(9, 9), "dismissed",
            [("grooming_warning", "dismissed", {"score": 0.8})],
        )  # fmt: skip
        _decide(s, b, "bob", "escalate", at(9, 10))
        _decide(s, b, "carol", "dismiss", at(9, 13))
        c = _case(s, "network:n1", "ad_network", 5, at(10), "open", [("ad_network", "open", {})])
        d = _case(
            s, "account:a2", "grooming_warning", 3, at(11), "confirmed",
            [("grooming_warning", "confirmed", {"score": 0.55})],
        )  # fmt: skip
        _decide(s, d, "bob", "confirm", at(11, 6))
        e = _case(s, "account:old", "media_match", 2, at(20, 0, 2), "open", [("media_match", "open", {})])
        for n in range(4):
            audit = _case(
                s, f"audit:chat_scorer:{n}", "audit", 9, at(12), "confirmed" if n == 0 else "dismissed",
                [("audit", "confirmed" if n == 0 else "dismissed", {"population": 100})],
            )  # fmt: skip
            audit.detector = "chat_scorer"
        sent = ReportSubmission(
            case_id=a.id, endpoint="t", state="finished", report_xml="<r/>", created_by="alice",
            created_at=at(2, 13), finished_at=at(3, 10),
        )  # fmt: skip
        failed = ReportSubmission(
            case_id=d.id, endpoint="t", state="opened", report_xml="<r/>", created_by="bob",
            created_at=at(11, 7), last_error="HTTP 503",
        )  # fmt: skip
        s.add_all([sent, failed])
        s.flush()
        for uploaded in (at(3), at(3), None):
            s.add(
                ReportFile(
                    submission_id=sent.id, evidence_file_id=1, file_name="f", md5="0" * 32,
                    sha256="0" * 64, size=1, uploaded_at=uploaded,
                )
            )  # fmt: skip
        for expires in (NOW + timedelta(days=10), NOW + timedelta(days=100), NOW - timedelta(days=1)):
            s.add(EvidenceHold(case_id=a.id, starts_at=at(3), expires_at=expires, reason="t", created_by="x"))
        pairs = [(a, "confirm", "confirm"), (b, "confirm", "dismiss"), (c, "dismiss", "dismiss")]
        pairs += [(d, "dismiss", "dismiss"), (e, "confirm", None)]
        for case, first, second in pairs:
            s.add(
                DoubleReview(
                    case_id=case.id, first_actor="x", first_action=first, drawn_at=at(12),
                    second_actor="y" if second else None, second_action=second,
                )
            )  # fmt: skip
        for reviewer, day, kind, amount, subject in [
            ("alice", date(2026, 3, 3), "media_revealed", 1, None),
            ("alice", date(2026, 3, 3), "media_revealed", 1, None),
            ("alice", date(2026, 3, 3), "thumbnail_shown", 5, "t1"),
            ("alice", date(2026, 3, 3), "break", 0, None),
            ("bob", date(2026, 3, 10), "message_shown", 3, "m1"),
            ("bob", date(2026, 3, 20), "message_shown", 7, "m2"),
        ]:
            s.add(
                ExposureEvent(
                    reviewer=reviewer, session_key=f"k-{reviewer}-{subject}-{amount}", kind=kind,
                    subject=subject, amount=amount, day=day, shown_at=NOW,
                )
            )  # fmt: skip
    return store


def _run(store: Store, metric: Any, **kwargs: Any) -> Any:
    with store.session() as session:
        return metric(session, PERIOD, now=NOW, **kwargs)


def test_detections_by_week_detector_and_category(filled: Store) -> None:
    rows = {(r.bucket, r.detector, r.category): r.count for r in _run(filled, detections)}
    assert rows == {
        ("2026-03-02", "hash_match", "child_sexual_abuse_material"): 2,
        ("2026-03-09", "ads_link", "human_trafficking"): 1,
        ("2026-03-09", "chat_scorer", "grooming"): 2,
    }
    by_day = {(r.bucket, r.detector): r.count for r in detections_in(filled, "day")}
    assert by_day[("2026-03-11", "chat_scorer")] == 1 and by_day[("2026-03-02", "hash_match")] == 2
    by_month = {(r.bucket, r.detector): r.count for r in detections_in(filled, "month")}
    assert by_month == {
        ("2026-03-01", "hash_match"): 2,
        ("2026-03-01", "chat_scorer"): 2,
        ("2026-03-01", "ads_link"): 1,
    }


def detections_in(store: Store, by: str) -> Any:
    with store.session() as session:
        return detections(session, Period.parse("2026-03-02", "2026-03-15", by))


def test_distinct_counts(filled: Store) -> None:
    found = _run(filled, distinct_counts)
    assert (found.detections, found.cases, found.accounts, found.networks, found.conversations) == (
        5,
        4,
        2,
        1,
        1,
    )


def test_funnel(filled: Store) -> None:
    rows = {r.detector: (r.detected, r.reviewed, r.confirmed, r.reported) for r in _run(filled, funnel)}
    assert rows == {"hash_match": (2, 2, 2, 2), "chat_scorer": (2, 2, 1, 0), "ads_link": (1, 0, 0, 0)}


def test_time_to_action_against_service_levels(filled: Store) -> None:
    settings = load_measurement_settings({"service_levels": {3: {"decision": 5}}})
    rows = {(r.stage, r.priority): r for r in _run(filled, time_to_action, settings=settings)}
    first = rows[("first_review", 3)]
    # SQLite computes durations from Julian days: equal to within milliseconds
    assert (first.cases, first.count) == (2, 2)
    assert (first.p50_s, first.p90_s, first.max_s) == pytest.approx((1 * H, 6 * H, 6 * H))
    decision = rows[("decision", 3)]
    assert (decision.p50_s, decision.p90_s, decision.max_s) == pytest.approx((4 * H, 6 * H, 6 * H))
    assert (decision.service_level_s, decision.within_service_level) == (5 * H, 1)
    assert rows[("decision", 2)].p50_s == pytest.approx(2 * H)
    assert rows[("report", 2)].max_s == pytest.approx(24 * H)
    open_case = rows[("decision", 5)]
    assert (open_case.cases, open_case.count, open_case.pending, open_case.p50_s) == (1, 0, 1, None)


def test_timing_histogram(filled: Store) -> None:
    rows = {(r.priority, r.upper_hours): r.count for r in _run(filled, timing_histogram)}
    assert rows == {(2, 4.0): 1, (3, 4.0): 1, (3, 24.0): 1}


def test_backlog_now(filled: Store) -> None:
    rows = _run(filled, backlog)
    # C (156 h) and E (old, outside the period: the backlog is "now", not the period)
    by_priority = {r.priority: r for r in rows}
    assert by_priority[5].count == 1 and by_priority[5].age_max_s == pytest.approx(156 * H, abs=1)
    assert by_priority[2].age_p50_s == pytest.approx((24 * 24 + 12) * H, abs=1)
    ages = {(r.priority, r.upper_hours): r.count for r in _run(filled, backlog_age_histogram)}
    assert ages == {(5, 168.0): 1, (2, 720.0): 1}


def test_precision_per_band_with_wilson_interval(filled: Store) -> None:
    rows = {(r.bucket, r.detector, r.band): r for r in _run(filled, precision)}
    assert {k: (r.confirmed, r.decided) for k, r in rows.items() if k[0] == "all"} == {
        ("all", "hash_match", ">=0.9"): (1, 1),
        ("all", "hash_match", "0.5-0.7"): (1, 1),
        ("all", "chat_scorer", "0.7-0.9"): (0, 1),
        ("all", "chat_scorer", "0.5-0.7"): (1, 1),
    }
    one = rows[("2026-03-09", "chat_scorer", "0.5-0.7")]
    assert one.precision == 1.0 and one.low == pytest.approx(0.2065, abs=1e-4) and one.high == 1.0


def test_recall_only_from_audits(filled: Store) -> None:
    (row,) = _run(filled, recall)
    assert (row.detector, row.audited, row.missed, row.population, row.flagged_confirmed) == (
        "chat_scorer", 4, 1, 100, 1,
    )  # fmt: skip
    assert row.miss_rate == 0.25
    assert row.recall == pytest.approx(1 / (1 + 25))
    assert row.low is not None and row.high is not None and row.low < row.recall < row.high


def test_agreement_kappa(filled: Store) -> None:
    found = _run(filled, agreement)
    assert (found.pairs, found.agreed, found.pending) == (4, 3, 1)
    # observed 0.75, chance (2·1 + 2·3)/16 = 0.5 → kappa 0.5
    assert found.kappa == pytest.approx(0.5)


def test_escalation_reversals(filled: Store) -> None:
    found = _run(filled, escalation_reversals)
    assert (found.escalated, found.decided, found.reversed, found.rate) == (1, 1, 1, 1.0)


def test_reports_files_and_holds(filled: Store) -> None:
    found = _run(filled, report_counts)
    assert (found.sent, found.failed, found.pending, found.retracted, found.files) == (1, 1, 0, 0, 2)
    assert (found.holds_active, found.holds_expiring) == (2, 1)


def test_exposure_per_reviewer_and_day(filled: Store) -> None:
    rows = [
        (r.day, r.reviewer, r.media_revealed, r.thumbnail_shown, r.message_shown)
        for r in _run(filled, exposure)
    ]
    assert rows == [("2026-03-03", "alice", 2, 5, 0), ("2026-03-10", "bob", 0, 0, 3)]


def test_compute_is_json_ready_and_names_unknown_metrics(filled: Store) -> None:
    with filled.session() as session:
        everything = compute(session, PERIOD, now=NOW)
        assert everything["agreement"]["table"] == {
            "confirm": {"confirm": 1, "dismiss": 1},
            "dismiss": {"dismiss": 2},
        }
        with pytest.raises(ValueError, match="unknown metrics"):
            compute(session, PERIOD, ["nope"])


def test_empty_store_gives_zeros_not_errors(store: Store) -> None:
    with store.session() as session:
        result = compute(session, PERIOD, now=NOW)
    assert result["detections"] == [] and result["distinct"]["cases"] == 0
    assert result["agreement"]["kappa"] is None and result["reversals"]["rate"] is None


def test_wilson_and_kappa_by_hand() -> None:
    low, high = wilson_interval(0, 10) or (0, 0)
    assert low == 0 and high == pytest.approx(0.2775, abs=1e-4)
    low, high = wilson_interval(5, 10) or (0, 0)
    assert (low, high) == pytest.approx((0.2366, 0.7634), abs=1e-4)
    assert wilson_interval(0, 0) is None
    assert cohen_kappa({"a": {"a": 20, "b": 5}, "b": {"a": 10, "b": 15}}) == pytest.approx(0.4)
    assert cohen_kappa({"a": {"a": 3}}) is None


def test_period_parsing() -> None:
    assert PERIOD.buckets() == ["2026-03-02", "2026-03-09"]
    assert Period.parse("2026-01-15", "2026-03-02", "month").buckets() == [
        "2026-01-01",
        "2026-02-01",
        "2026-03-01",
    ]
    assert PERIOD.end == datetime(2026, 3, 16, tzinfo=UTC)  # --to is inclusive
    with pytest.raises(PeriodError, match="--from '2026-02-30' is not a date"):
        Period.parse("2026-02-30")
    with pytest.raises(PeriodError, match="before --from"):
        Period.parse("2026-03-02", "2026-03-01")
    with pytest.raises(PeriodError, match="--by 'year'"):
        Period.parse("2026-03-02", "2026-03-03", "year")


def test_settings_errors_name_the_key() -> None:
    assert MeasurementSettings().service_level_seconds(1, "decision") == 4 * H
    with pytest.raises(MeasurementSettingsError, match="double_review_rate"):
        load_measurement_settings({"double_review_rate": 2})
    with pytest.raises(MeasurementSettingsError, match="unknown keys"):
        load_measurement_settings({"service_level": {}})
    with pytest.raises(MeasurementSettingsError, match=r"service_levels\.1"):
        load_measurement_settings({"service_levels": {1: {"decison": 3}}})
