import pytest

from safeguarding.ads import evaluate, summarise
from safeguarding.ads.networks import format_table, mark_template


def test_pairwise_and_bcubed_on_a_known_case() -> None:
    truth = [{"id": i, "network": "A" if i in "abc" else None, "phones": ["+1"]} for i in "abcd"]
    output = [
        {"id": "a", "network": "N1", "phones": ["+1"]},
        {"id": "b", "network": "N1", "phones": ["+1", "+2"]},
        {"id": "c", "network": None, "phones": []},
        {"id": "d", "network": None, "phones": ["+1"]},
    ]
    scores = evaluate(output, truth)
    assert scores.pairwise == pytest.approx((1.0, 1 / 3, 0.5))
    # B-cubed precision: every predicted group is pure; recall: a, b see 2 of 3, c sees 1 of 3, d 1 of 1
    assert scores.bcubed[0] == pytest.approx(1.0)
    assert scores.bcubed[1] == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)
    assert scores.phones == pytest.approx((3 / 4, 3 / 4))


def test_movement_collapses_consecutive_cities_in_time_order() -> None:
    ads = [
        {
            "id": "1",
            "network": "N1",
            "city": "Lyon",
            "posted_at": "2024-03-01T00:00:00",
            "phones": ["+33612345678"],
        },
        {"id": "2", "network": "N1", "city": "Paris", "posted_at": "2024-01-01T00:00:00", "phones": []},
        {"id": "3", "network": "N1", "city": "Paris", "posted_at": "2024-02-01T00:00:00", "phones": []},
        {"id": "4", "network": None, "city": "Nice", "posted_at": "2024-02-01T00:00:00", "phones": []},
    ]
    (net,) = summarise(ads)
    assert [(s["city"], s["ads"]) for s in net.movement()] == [("Paris", 2), ("Lyon", 1)]
    assert net.cities() == ["Paris", "Lyon"]
    assert net.first_seen == "2024-01-01T00:00:00" and net.last_seen == "2024-03-01T00:00:00"
    table = format_table([net])
    assert "Paris > Lyon" in table and "+33612345678" in table


def test_template_slots_are_marked() -> None:
    html = mark_template(
        ["Hello I am Anna from Lyon", "Hello I am Rosa from Nice", "Hello I am Mia from Lyon"]
    )
    assert "<mark title='slot'>Anna</mark>" in html and "Hello I am" in html


def test_purity_of_largest_networks_and_indicator_scores() -> None:
    truth = [
        {"id": "a", "network": "A", "phones": [], "indicators": ["movement"]},
        {"id": "b", "network": "A", "phones": [], "indicators": ["movement", "trust_language"]},
        {"id": "c", "network": "B", "phones": [], "indicators": []},
        {"id": "d", "network": None, "phones": [], "indicators": []},
    ]
    output = [
        {"id": "a", "network": "N1", "indicators": [{"category": "movement", "evidence": "x"}]},
        {"id": "b", "network": "N1", "indicators": [{"category": "movement", "evidence": "x"}]},
        {"id": "c", "network": "N1", "indicators": [{"category": "trust_language", "evidence": "y"}]},
        {"id": "d", "network": None, "indicators": []},
    ]
    scores = evaluate(output, truth)
    assert scores.largest_networks == [{"network": "N1", "size": 3, "purity": pytest.approx(2 / 3)}]
    assert scores.indicators is not None
    movement = scores.indicators["by_category"]["movement"]
    assert (movement["precision"], movement["recall"]) == (1.0, 1.0)
    trust = scores.indicators["by_category"]["trust_language"]
    assert (trust["precision"], trust["recall"], trust["support"]) == (0.0, 0.0, 1)
    overall = scores.indicators["overall"]
    assert overall["precision"] == pytest.approx(2 / 3) and overall["recall"] == pytest.approx(2 / 3)


def test_indicator_scores_absent_without_indicator_truth() -> None:
    scores = evaluate([{"id": "a", "network": None}], [{"id": "a", "network": None, "phones": []}])
    assert scores.indicators is None
