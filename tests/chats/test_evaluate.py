import math

import pytest

from safeguarding.chats.evaluate import evaluate, penalty


def test_penalty_follows_sadeque_and_vogt() -> None:
    assert penalty(1) == 0.0
    assert penalty(142) == pytest.approx(0.5, abs=0.01)
    assert penalty(10_000) == pytest.approx(1.0, abs=1e-6)
    assert penalty(11, p=0.1) == pytest.approx(-1 + 2 / (1 + math.exp(-1.0)))


def test_metrics_on_a_small_hand_made_case() -> None:
    truth = [
        {"id": "g1", "label": "grooming", "suspect": "a", "onset": 10},
        {"id": "g2", "label": "grooming", "suspect": "a", "onset": 0},
        {"id": "b1", "label": "benign", "kind": "peers"},
        {"id": "b2", "label": "benign", "kind": "family"},
        {"id": "b3", "label": "benign", "kind": "family"},
    ]
    predictions = {
        "g1": {"risk": 0.9, "flagged": True, "first_warning": 14, "suspect": "a"},
        "g2": {"risk": 0.4, "flagged": False, "first_warning": None},
        "b1": {"risk": 0.6, "flagged": True, "first_warning": 3, "suspect": "x"},
        "b2": {"risk": 0.1, "flagged": False},
    }
    report = evaluate(predictions, truth)
    assert (report.tp, report.fp, report.fn) == (1, 1, 1)
    assert report.precision == 0.5 and report.recall == 0.5 and report.f1 == 0.5
    assert report.f05 == pytest.approx(0.5)
    assert report.median_delay == 4
    assert report.speed == pytest.approx(1 - penalty(5))
    assert report.latency_f1 == pytest.approx(0.5 * (1 - penalty(5)))
    assert report.fpr_by_kind == {"peers": (1, 1), "family": (0, 2)}
    assert report.missing == 1
    assert report.roc_auc == pytest.approx(5 / 6)  # 0.9 beats all three negatives, 0.4 beats two
    assert report.suspect_accuracy == 1.0
    assert any("peers" in line for line in report.lines())


def test_recall_per_kind_of_grooming_beside_false_positives_per_benign_kind() -> None:
    truth = [
        {"id": "q1", "label": "grooming", "kind": "grooming_quiet", "suspect": "a", "onset": 2},
        {"id": "q2", "label": "grooming", "kind": "grooming_quiet", "suspect": "a", "onset": 2},
        {"id": "t1", "label": "grooming", "kind": "grooming_typical", "suspect": "a", "onset": 0},
        {"id": "b1", "label": "benign", "kind": "family_parent"},
    ]
    predictions = {
        "q1": {"risk": 0.9, "flagged": True, "first_warning": 5, "suspect": "a"},
        "q2": {"risk": 0.1, "flagged": False},
        "t1": {"risk": 0.9, "flagged": True, "first_warning": 3, "suspect": "a"},
        "b1": {"risk": 0.1, "flagged": False},
    }
    report = evaluate(predictions, truth)
    assert report.recall_by_kind == {"grooming_quiet": (1, 2), "grooming_typical": (1, 1)}
    assert report.as_dict()["recall_by_kind"]["grooming_quiet"] == {"flagged": 1, "total": 2, "recall": 0.5}
    lines = report.lines()
    assert "recall by kind of grooming conversation:" in lines
    assert any(line.split()[:2] == ["grooming_quiet", "0.500"] for line in lines)
    assert report.fpr_by_kind == {"family_parent": (0, 1)}
