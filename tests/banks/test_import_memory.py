"""Importing a long list streams: a million lines stay well under 1 GB.

The list itself is read in batches; what grows with the list is only the PDQ index built beside it
(about 84 bytes a hash on disk, a few hundred in memory while it is built), so peak memory is measured
at two sizes and projected to a million lines.
"""

import random
import subprocess
import sys
from pathlib import Path

import pytest

# VmHWM, not ru_maxrss: a child's ru_maxrss keeps the high-water mark of the parent it was forked from,
# so a pytest worker that has loaded a large model would be counted as the importer's memory.
MEASURE = """
import sys
from pathlib import Path
from safeguarding.banks import import_list
from safeguarding.store import open_store
report = import_list(open_store(sys.argv[1]), "big", Path(sys.argv[2]))
assert report.added == int(sys.argv[3]), report
status = dict(line.split(":", 1) for line in open("/proc/self/status"))
print(int(status["VmHWM"].split()[0]) // 1024)
"""


def write_list(path: Path, lines: int) -> Path:
    rng = random.Random(lines)
    with open(path, "w") as handle:
        handle.write("pdq,label\n")
        for i in range(lines):
            handle.write(f"{rng.getrandbits(256):064x},category-{i % 7}\n")
    return path


def peak_mib(tmp_path: Path, lines: int) -> int:
    source = write_list(tmp_path / f"list-{lines}.csv", lines)
    db = tmp_path / f"import-{lines}.db"
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, str(db), str(source), str(lines)],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(out.stdout.strip())


@pytest.mark.slow
def test_a_million_lines_stay_well_under_a_gigabyte(tmp_path: Path) -> None:
    small, large = peak_mib(tmp_path, 20_000), peak_mib(tmp_path, 200_000)
    per_line = (large - small) / 180_000
    projected = large + per_line * 800_000
    assert projected < 768, (small, large, projected)
