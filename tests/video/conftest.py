"""Benign generated test videos (shapes over gradients, panned), made once per session with PyAV."""

from pathlib import Path

import pytest

from safeguarding.media.synthetic_video import generated_video, scene_frames, write_video

KNOWN_SEEDS = [1, 2, 3, 4, 5]  # 10 s at 10 fps, a new picture every 2 s


@pytest.fixture(scope="session")
def clips(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("clips")
    frames = list(scene_frames(KNOWN_SEEDS))
    return {
        "known": generated_video(folder / "known.mp4", KNOWN_SEEDS),
        # 3 s to 8 s of the known video
        "trimmed": write_video(folder / "trimmed.mp4", frames[30:80]),
        # the whole known video re-encoded at half size and lower quality
        "resized": write_video(
            folder / "resized.mp4", frames, size=(160, 120), options={"preset": "veryfast", "crf": "30"}
        ),
        # 6 s unrelated, then 2 s to 7 s of the known video, then 4 s unrelated
        "embedded": write_video(
            folder / "embedded.mkv",
            [*scene_frames([101, 102, 103]), *frames[20:70], *scene_frames([104, 105])],
        ),
        "unrelated": generated_video(folder / "unrelated.mp4", [201, 202, 203, 204, 205]),
    }
