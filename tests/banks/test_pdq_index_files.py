"""PDQIndex files: format checks (truncated, corrupt, other version), crash safety, a concurrent reader."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import textwrap
import time
import zlib
from pathlib import Path

import numpy as np
import pytest

from safeguarding.banks.index import IndexFormatError, PDQIndex, layout
from safeguarding.banks.index import index as index_mod


def built(directory: Path, n: int = 300, seed: int = 0, compact: bool = True) -> tuple[PDQIndex, np.ndarray]:
    hashes = np.random.default_rng(seed).integers(0, 256, (n, 32), dtype=np.uint8)
    idx = PDQIndex.open(directory)
    idx.add(np.arange(1, n + 1), hashes)
    if compact:
        idx.compact()
    return idx, hashes


def base_file(directory: Path) -> Path:
    (path,) = directory.glob("base-*.pdqi")
    return path


def rewrite_header_field(path: Path, offset: int, fmt: str, value: int) -> None:
    """Change one header field and recompute the header checksum (a well-formed file of another kind)."""
    raw = bytearray(path.read_bytes())
    struct.pack_into(fmt, raw, offset, value)
    fields = layout._BASE_FIELDS.size
    struct.pack_into("<I", raw, fields, zlib.crc32(bytes(raw[:fields])))
    path.write_bytes(bytes(raw))


def test_truncated_base_is_detected(tmp_path: Path) -> None:
    built(tmp_path)
    path = base_file(tmp_path)
    raw = path.read_bytes()
    path.write_bytes(raw[:-100])
    with pytest.raises(IndexFormatError, match=r"truncated .*expected \d+ bytes, found \d+"):
        PDQIndex.open(tmp_path)
    path.write_bytes(raw[:1000])
    with pytest.raises(
        IndexFormatError, match=r"truncated or padded index base: expected \d+ bytes, found 1000"
    ):
        PDQIndex.open(tmp_path)
    path.write_bytes(b"")
    with pytest.raises(IndexFormatError, match="empty file"):
        PDQIndex.open(tmp_path)


def test_other_format_version_is_detected(tmp_path: Path) -> None:
    built(tmp_path)
    path = base_file(tmp_path)
    rewrite_header_field(path, 8, "<I", 2)
    with pytest.raises(
        IndexFormatError, match="format version 2, but this safeguarding reads version 1; rebuild"
    ):
        PDQIndex.open(tmp_path)


def test_corrupt_header_and_foreign_file_are_detected(tmp_path: Path) -> None:
    built(tmp_path)
    path = base_file(tmp_path)
    raw = bytearray(path.read_bytes())
    raw[20] ^= 0xFF  # inside the row count: the header checksum no longer matches
    path.write_bytes(bytes(raw))
    with pytest.raises(IndexFormatError, match="header checksum mismatch"):
        PDQIndex.open(tmp_path)
    path.write_bytes(b"PK\x03\x04" + bytes(raw[4:]))
    with pytest.raises(IndexFormatError, match="bad magic"):
        PDQIndex.open(tmp_path)


def test_corrupt_data_is_found_by_verify(tmp_path: Path) -> None:
    built(tmp_path)
    PDQIndex.open(tmp_path).verify()
    path = base_file(tmp_path)
    raw = bytearray(path.read_bytes())
    raw[layout.BASE_HEADER_SIZE + 5] ^= 1
    path.write_bytes(bytes(raw))
    with pytest.raises(IndexFormatError, match="data checksum mismatch"):
        PDQIndex.open(tmp_path).verify()


def test_bad_delta_and_manifest_are_detected(tmp_path: Path) -> None:
    _, hashes = built(tmp_path, compact=False)
    (delta,) = tmp_path.glob("delta-*.pdqd")
    raw = delta.read_bytes()
    delta.write_bytes(raw[:-7])
    with pytest.raises(IndexFormatError, match="truncated index delta"):
        PDQIndex.open(tmp_path)
    delta.write_bytes(raw[:-1] + bytes([raw[-1] ^ 1]))
    with pytest.raises(IndexFormatError, match="delta data checksum mismatch"):
        PDQIndex.open(tmp_path)
    delta.write_bytes(raw)
    manifest = tmp_path / layout.MANIFEST_NAME
    good = manifest.read_bytes()
    manifest.write_bytes(good[:10])
    with pytest.raises(IndexFormatError, match="unreadable manifest"):
        PDQIndex.open(tmp_path)
    doc = json.loads(good)
    doc["version"] = 9
    manifest.write_text(json.dumps(doc))
    with pytest.raises(IndexFormatError, match="format version 9"):
        PDQIndex.open(tmp_path)
    manifest.write_bytes(good)
    assert PDQIndex.open(tmp_path).query(hashes[:1], 0) == [[(1, 0)]]


def test_writer_dying_before_the_manifest_swap_loses_nothing_acknowledged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    idx, hashes = built(tmp_path, n=100)
    idx.add(np.array([101]), hashes[:1] ^ 1)  # acknowledged, in a delta
    extra = np.random.default_rng(1).integers(0, 256, (5, 32), dtype=np.uint8)

    def crash(directory: Path, manifest: layout.Manifest) -> None:
        raise KeyboardInterrupt("simulated crash after the delta was written")

    monkeypatch.setattr(index_mod, "_swap_manifest", crash)
    with pytest.raises(KeyboardInterrupt):
        idx.add(np.arange(200, 205), extra)
    with pytest.raises(KeyboardInterrupt):
        idx.retract(np.array([1, 2]))
    with pytest.raises(KeyboardInterrupt):
        idx.compact()  # the new base file is written, the manifest still names the old one
    # the acknowledged delta, an orphan (the retry reused the unreferenced name) and an orphan base
    assert len(list(tmp_path.glob("delta-*.pdqd"))) == 2 and len(list(tmp_path.glob("base-*.pdqi"))) == 2
    monkeypatch.undo()

    fresh = PDQIndex.open(tmp_path)
    assert len(fresh) == 101 and fresh.max_id() == 101
    assert fresh.query(extra, 0) == [[]] * 5
    assert fresh.query(hashes[:2], 0) == [[(1, 0)], [(2, 0)]]
    assert fresh.query(hashes[:1] ^ 1, 0) == [[(101, 0)]]
    fresh.add(np.arange(200, 205), extra)  # the writer retries after restarting
    fresh.compact()  # and the orphans of the crash are cleaned up
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(("manifest", "writer"))) == [
        base_file(tmp_path).name
    ]
    assert PDQIndex.open(tmp_path).query(extra[:1], 0) == [[(200, 0)]]


def test_old_base_stays_readable_by_a_reader_during_compaction(tmp_path: Path) -> None:
    idx, hashes = built(tmp_path, n=200)
    reader = PDQIndex.open(tmp_path, refresh_interval=3600)
    old_base = base_file(tmp_path)
    idx.add(np.array([500]), hashes[:1] ^ 3)
    idx.compact()
    assert not old_base.exists()  # replaced and deleted; the reader still has it mapped
    assert reader.query(hashes[:3], 0) == [[(1, 0)], [(2, 0)], [(3, 0)]]
    reader.refresh()
    assert reader.query(hashes[:1] ^ 3, 0) == [[(500, 0)]]


READER = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    import numpy as np
    from safeguarding.banks.index import PDQIndex
    directory, done = Path(sys.argv[1]), Path(sys.argv[2])
    hashes = np.load(directory.parent / "hashes.npy")
    idx = PDQIndex.open(directory, refresh_interval=0)
    (directory.parent / "ready").touch()
    seen = []
    while True:
        finished = done.exists()
        found = sorted(i for r in idx.query(hashes, 0) for i, _ in r)
        if not seen or seen[-1] != found:
            seen.append(found)
        if finished:
            break
        time.sleep(0.002)
    print(json.dumps(seen))
    """
)


def test_concurrent_reader_in_another_process_sees_only_whole_states(tmp_path: Path) -> None:
    directory = tmp_path / "idx"
    rng = np.random.default_rng(2)
    batches = [rng.integers(0, 256, (40, 32), dtype=np.uint8) for _ in range(6)]
    np.save(tmp_path / "hashes.npy", np.concatenate(batches))
    writer = PDQIndex.open(directory)
    done = tmp_path / "done"
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(directory), str(done)], stdout=subprocess.PIPE, text=True
    )
    valid: list[list[int]] = [[]]
    deadline = time.monotonic() + 60
    while not (tmp_path / "ready").exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    for k, batch in enumerate(batches):
        ids = np.arange(k * 40 + 1, k * 40 + 41)
        writer.add(ids, batch)
        valid.append(sorted(valid[-1] + ids.tolist()))
        if k == 2:
            writer.compact()
        time.sleep(0.05)
    writer.retract(np.arange(1, 41))
    valid.append([i for i in valid[-1] if i > 40])
    writer.compact()
    done.touch()
    out, _ = reader.communicate(timeout=120)
    assert reader.returncode == 0
    seen = json.loads(out)
    assert seen[0] == [] and seen[-1] == valid[-1]
    assert all(state in valid for state in seen), "the reader saw a half-applied update"
    positions = [valid.index(state) for state in seen]
    assert positions == sorted(positions)  # never goes back in time
