"""Benign generated test videos (shapes over gradients, panned), made once per session with PyAV."""

from pathlib import Path

import pytest

from safeguarding.media.synthetic_video import copies_of_a_known_video


@pytest.fixture(scope="session")
def clips(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """known, trimmed (3-8 s), resized (half size, re-encoded), embedded (2-7 s at 6 s), unrelated."""
    return copies_of_a_known_video(tmp_path_factory.mktemp("clips"))
