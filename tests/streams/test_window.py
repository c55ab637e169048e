"""The alert rule: min_hits matched samples of one entry within the window, one alert per episode."""

import pytest

from safeguarding.streams import AlertWindow
from safeguarding.video import FrameHit


def _hit(entry: int, distance: int = 4) -> list[FrameHit]:
    return [FrameHit("known", entry, distance, "video", ("x",), bank_time=1.0)]


def test_three_hits_within_ten_seconds_alert_once() -> None:
    window = AlertWindow(10, 3)
    assert window.observe(0, "a" * 64, 90, _hit(7)) == []
    assert window.observe(1, "b" * 64, 90, []) == []
    assert window.observe(4, "c" * 64, 90, _hit(7, 9)) == []
    alerts = window.observe(9, "d" * 64, 90, _hit(7, 2))
    assert [(a.entry, a.frames_matched, a.distance, a.stream_time) for a in alerts] == [(7, 3, 2, 9)]
    assert [f.pdq[0] for f in alerts[0].frames] == ["a", "c", "d"]
    assert window.observe(10, "e" * 64, 90, _hit(7)) == []  # same episode: no second alert


def test_hits_spread_wider_than_the_window_do_not_alert() -> None:
    window = AlertWindow(10, 3)
    for t in (0, 6, 12, 18, 24):
        assert window.observe(t, "a" * 64, 90, _hit(7)) == []


def test_a_new_episode_after_a_quiet_window_alerts_again() -> None:
    window = AlertWindow(5, 2)
    assert len(window.observe(0, "a" * 64, 90, _hit(1)) + window.observe(1, "a" * 64, 90, _hit(1))) == 1
    for t in range(2, 8):
        window.observe(t, "b" * 64, 90, [])
    assert window.observe(20, "a" * 64, 90, _hit(1)) == []
    assert len(window.observe(21, "a" * 64, 90, _hit(1))) == 1


def test_entries_count_apart_and_one_sample_counts_once_per_entry() -> None:
    window = AlertWindow(10, 2)
    both = _hit(1) + _hit(1, 1) + _hit(2)
    assert window.observe(0, "a" * 64, 90, both) == []
    alerts = window.observe(1, "b" * 64, 90, both)
    assert sorted((a.entry, a.frames_matched, a.distance) for a in alerts) == [(1, 2, 1), (2, 2, 4)]


@pytest.mark.parametrize(("seconds", "hits"), [(0, 3), (10, 0)])
def test_bad_rule_is_refused(seconds: float, hits: int) -> None:
    with pytest.raises(ValueError, match=r"window|min-hits"):
        AlertWindow(seconds, hits)
