"""`scan` treats videos like images: frames recorded once, matches with ranges, a case per match."""

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

import safeguarding.media.workers as workers
from safeguarding.banks import import_list
from safeguarding.cases.adapters import media_match_hook
from safeguarding.cases.models import Case
from safeguarding.media import hash_video
from safeguarding.media.vpdq_format import write_vpdq
from safeguarding.scan import scan_media
from safeguarding.store import Store
from safeguarding.store.models import Match, MediaItem
from safeguarding.video.models import ScannedVideoFrame, VideoMatchDetail


def test_scan_records_video_frames_once_and_opens_a_case(
    store: Store, clips: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open(tmp_path / "known.txt", "w") as handle:
        write_vpdq(hash_video(clips["known"], every=0).frames, handle)
    import_list(store, "known", tmp_path / "known.txt", "vpdq", labels="test-known")
    paths = [clips["embedded"], clips["unrelated"]]
    first = list(scan_media(store, paths, banks=["known"], on_match=media_match_hook))
    assert [bool(r.matches) for r in first] == [True, False]
    match = first[0].matches[0]
    ranges = match.to_json()["ranges"]
    assert match.signal_type == "vpdq" and isinstance(ranges, list) and ranges
    with store.session() as session:
        frames = session.scalar(select(func.count()).select_from(ScannedVideoFrame))
        assert frames == sum(len(hash_video(p).frames) for p in paths)
        detail = session.scalars(select(VideoMatchDetail)).one()
        assert json.loads(detail.ranges) == ranges and "run" in detail.rule
        case = session.scalars(select(Case)).one()
        assert case.items[0].payload["matches"][0]["ranges"] == ranges

    def never(*_args: object) -> None:
        raise AssertionError("a recorded video was decoded again")

    monkeypatch.setattr(workers, "hash_video", never)
    second = list(scan_media(store, paths, banks=["known"], on_match=media_match_hook))
    assert [r.already_recorded for r in second] == [True, True]
    assert [m.entry_id for m in second[0].matches] == [match.entry_id]
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(ScannedVideoFrame)) == frames
        assert session.scalar(select(func.count()).select_from(MediaItem)) == 2
        assert session.scalar(select(func.count()).select_from(Match)) == 1
        assert session.scalar(select(func.count()).select_from(VideoMatchDetail)) == 1
        assert session.scalar(select(func.count()).select_from(Case)) == 1
