"""PDQIndex: an exact, memory-mapped, live-updatable PDQ index in one directory.

The directory holds `manifest.json` (the commit point), one base file (`base-<generation>.pdqi`,
memory-mapped, rows sorted by id, with multi-index-hashing tables) and delta files
(`delta-<generation>.pdqd`: added entries and retracted ids, loaded into memory). An update writes a new
delta, then atomically replaces the manifest; only then does `add`/`retract` return. `compact` folds the
deltas into a new base the same way. Readers take a consistent snapshot from the manifest and re-read it when
it changes (checked at most every `refresh_interval` seconds, or on `refresh()`).
"""

from __future__ import annotations

import errno
import fcntl
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .errors import IndexFormatError
from .layout import (
    MANIFEST_NAME,
    BaseFile,
    Delta,
    Manifest,
    atomic_write,
    open_base,
    read_delta,
    write_base,
    write_delta,
)
from .search import MAX_THRESHOLD, Layer

DEFAULT_THRESHOLD = 31
# Deltas up to this many rows are scanned brute force; above it they get in-memory MIH tables.
_DELTA_TABLES_FROM = 4096
_LOCK_NAME = "writer.lock"
_OPEN_RETRIES = 20


@dataclass
class _Snapshot:
    """One consistent state of the index. Never mutated after publication except for lazy caches."""

    manifest: Manifest
    base: BaseFile | None
    deltas: tuple[Delta, ...]
    tomb: np.ndarray  # sorted unique retracted ids
    _delta_layer: Layer | None = field(default=None, repr=False)
    _delta_ids_sorted: np.ndarray | None = field(default=None, repr=False)

    @property
    def base_ids(self) -> np.ndarray:
        """Sorted; uint32 or int64 (see layout.write_base)."""
        return self.base.layer.ids if self.base is not None else np.empty(0, np.int64)

    def delta_arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """Ids and hashes added by the deltas, in order (no copy when there is one delta)."""
        adds = [d for d in self.deltas if len(d.ids)]
        if len(adds) == 1:
            return adds[0].ids, adds[0].hashes
        if not adds:
            return np.empty(0, np.int64), np.empty((0, 32), np.uint8)
        return np.concatenate([d.ids for d in adds]), np.concatenate([d.hashes for d in adds])

    def delta_layer(self) -> Layer:
        if self._delta_layer is None:
            ids, hashes = self.delta_arrays()
            self._delta_layer = Layer.in_memory(ids, hashes, with_tables=len(ids) > _DELTA_TABLES_FROM)
        return self._delta_layer

    def delta_ids_sorted(self) -> np.ndarray:
        if self._delta_ids_sorted is None:
            self._delta_ids_sorted = np.sort(self.delta_arrays()[0])
        return self._delta_ids_sorted

    def present(self, ids: np.ndarray) -> np.ndarray:
        """Which ids were ever added (retracted or not)."""
        return _in_sorted(ids, self.base_ids) | _in_sorted(ids, self.delta_ids_sorted())

    def live_count(self) -> int:
        total = len(self.base_ids) + sum(len(d.ids) for d in self.deltas)
        return total - int(self.present(self.tomb).sum()) if len(self.tomb) else total


def _in_sorted(values: np.ndarray, sorted_values: np.ndarray) -> np.ndarray:
    """Membership of int64 `values` in a sorted int64 or uint32 array (never copies the big array)."""
    found = np.zeros(len(values), dtype=bool)
    if len(sorted_values) == 0 or len(values) == 0:
        return found
    which = np.arange(len(values))
    if sorted_values.dtype == np.uint32:
        which = np.flatnonzero((values >= 0) & (values < 1 << 32))
        values = values[which].astype(np.uint32)
    pos = np.searchsorted(sorted_values, values)
    pos[pos == len(sorted_values)] = 0
    found[which] = sorted_values[pos] == values
    return found


def _check_ids(ids: np.ndarray) -> np.ndarray:
    arr = np.asarray(ids)
    if arr.ndim != 1 or (arr.size and not np.issubdtype(arr.dtype, np.integer)):
        raise ValueError(f"ids must be a 1-D integer array, got shape {arr.shape} dtype {arr.dtype}")
    return arr.astype(np.int64, copy=False)


def _check_hashes(hashes: np.ndarray) -> np.ndarray:
    arr = np.asarray(hashes)
    if arr.ndim != 2 or arr.shape[1] != 32 or (arr.size and arr.dtype != np.uint8):
        raise ValueError(
            f"hashes must be an (n, 32) uint8 array (PDQ 256 bits, byte 0 = first two hex digits), "
            f"got shape {arr.shape} dtype {arr.dtype}; use parse_pdq_hex/hashes_from_hex for hex strings"
        )
    return np.ascontiguousarray(arr, dtype=np.uint8)


def check_threshold(threshold: int) -> int:
    if isinstance(threshold, bool) or not isinstance(threshold, int | np.integer):
        raise ValueError(f"threshold must be an integer in 0..{MAX_THRESHOLD}, got {threshold!r}")
    if not 0 <= int(threshold) <= MAX_THRESHOLD:
        raise ValueError(
            f"threshold must be in 0..{MAX_THRESHOLD} (Hamming distance of 256-bit PDQ), got {threshold}"
        )
    return int(threshold)


class PDQIndex:
    """Exact Hamming-radius search over PDQ hashes with entry ids (see docs/PDQ_INDEX.md)."""

    def __init__(self, directory: Path, snapshot: _Snapshot, refresh_interval: float) -> None:
        self.directory = directory
        self.refresh_interval = refresh_interval
        self._snap = snapshot
        self._last_check = time.monotonic()

    # ---- opening and refreshing -------------------------------------------------------------------------
    @classmethod
    def open(cls, directory: Path | str, create: bool = True, refresh_interval: float = 1.0) -> PDQIndex:
        """Open the index in `directory` (memory-maps the base; cost independent of its size).

        With create=True a missing directory or manifest starts an empty index. `refresh_interval`: how often
        (seconds) a query checks whether another process changed the index.
        """
        directory = Path(directory)
        manifest_path = directory / MANIFEST_NAME
        if not manifest_path.exists():
            if not create:
                raise FileNotFoundError(f"{directory}: no PDQ index here (missing {MANIFEST_NAME})")
            directory.mkdir(parents=True, exist_ok=True)
            with _writer_lock(directory):
                if not manifest_path.exists():
                    atomic_write(manifest_path, [Manifest().to_json()])
        return cls(directory, _load(directory, None), refresh_interval)

    def refresh(self) -> bool:
        """Re-read the manifest (a small file) and load what changed. Returns True when the state changed."""
        self._last_check = time.monotonic()
        path = self.directory / MANIFEST_NAME
        if Manifest.parse(path, path.read_bytes()) == self._snap.manifest:
            return False
        self._snap = _load(self.directory, self._snap)
        return True

    def _maybe_refresh(self) -> None:
        if time.monotonic() - self._last_check >= self.refresh_interval:
            self.refresh()

    # ---- reading ----------------------------------------------------------------------------------------
    def __len__(self) -> int:
        """Entries present and not retracted."""
        return self._snap.live_count()

    def max_id(self) -> int:
        """Highest entry id ever added (0 if none)."""
        return self._snap.manifest.max_id

    def contains(self, ids: np.ndarray) -> np.ndarray:
        """For each id: is it in the index and not retracted."""
        ids = _check_ids(ids)
        snap = self._snap
        return snap.present(ids) & ~_in_sorted(ids, snap.tomb)

    def known(self, ids: np.ndarray) -> np.ndarray:
        """For each id: is it in the index, or was it ever retracted (an add of it would be ignored)."""
        ids = _check_ids(ids)
        snap = self._snap
        return snap.present(ids) | _in_sorted(ids, snap.tomb)

    def query(self, hashes: np.ndarray, threshold: int = DEFAULT_THRESHOLD) -> list[list[tuple[int, int]]]:
        """For each query, the live entries within `threshold` bits: [(entry_id, distance)], nearest first.

        Exact: the same set as a brute-force scan. Pass many queries at once: far cheaper per query.
        """
        threshold = check_threshold(threshold)
        queries = _check_hashes(hashes)
        self._maybe_refresh()
        snap = self._snap
        found_q, found_ids, found_d = [], [], []
        layers = [snap.delta_layer()] + ([snap.base.layer] if snap.base is not None else [])
        for layer in layers:
            qi, rows, dist = layer.search(queries, threshold)
            found_q.append(qi)
            found_ids.append(np.take(layer.ids, rows).astype(np.int64))
            found_d.append(dist)
        qi, ids, dist = np.concatenate(found_q), np.concatenate(found_ids), np.concatenate(found_d)
        if len(snap.tomb) and len(ids):
            keep = ~_in_sorted(ids, snap.tomb)
            qi, ids, dist = qi[keep], ids[keep], dist[keep]
        order = np.lexsort((ids, dist, qi))
        qi, ids, dist = qi[order], ids[order], dist[order]
        bounds = np.searchsorted(qi, np.arange(len(queries) + 1)).tolist()
        pairs = list(zip(ids.tolist(), dist.tolist(), strict=True))
        return [pairs[bounds[i] : bounds[i + 1]] for i in range(len(queries))]

    def verify(self) -> None:
        """Check every file's checksums (reads the whole base). Raises IndexFormatError when corrupt."""
        if self._snap.base is not None:
            self._snap.base.verify()
        for name in self._snap.manifest.deltas:
            read_delta(self.directory / name)

    def needs_compaction(self) -> bool:
        """True when the deltas are large enough that folding them into the base pays off."""
        snap = self._snap
        delta_rows = sum(len(d.ids) + len(d.retracted) for d in snap.deltas)
        return len(snap.deltas) > 64 or delta_rows > max(1 << 16, len(snap.base_ids) // 64)

    # ---- writing ----------------------------------------------------------------------------------------
    def add(self, ids: np.ndarray, hashes: np.ndarray) -> None:
        """Add entries; durable when this returns. Ids already present (or ever retracted) are ignored."""
        self._add(ids, hashes)

    def _add(self, ids: np.ndarray, hashes: np.ndarray) -> int:
        ids, hashes = _check_ids(ids), _check_hashes(hashes)
        if len(ids) != len(hashes):
            raise ValueError(f"{len(ids)} ids but {len(hashes)} hashes")
        if len(ids) == 0:
            return 0
        with _writer_lock(self.directory):
            self.refresh()
            snap = self._snap
            _, first = np.unique(ids, return_index=True)
            first.sort()
            ids, hashes = ids[first], hashes[first]
            old = ids <= snap.manifest.max_id
            if old.any():  # only ids at or below the high-water mark can already be present
                fresh = ~(snap.present(ids) | _in_sorted(ids, snap.tomb))
                ids, hashes = ids[fresh], hashes[fresh]
            if len(ids) == 0:
                return 0
            delta = Delta(ids.copy(), hashes.copy(), np.empty(0, np.int64))
            self._commit(delta, max(snap.manifest.max_id, int(ids.max())))
            return len(ids)

    def retract(self, ids: np.ndarray) -> None:
        """Retract entries; durable when this returns. Retracted ids are never returned again."""
        ids = _check_ids(ids)
        if len(ids) == 0:
            return
        with _writer_lock(self.directory):
            self.refresh()
            snap = self._snap
            ids = np.unique(ids)
            ids = ids[~_in_sorted(ids, snap.tomb)]
            if len(ids) == 0:
                return
            self._commit(Delta(np.empty(0, np.int64), np.empty((0, 32), np.uint8), ids), snap.manifest.max_id)

    def _commit(self, delta: Delta, max_id: int) -> None:
        """Write a delta, then swap the manifest (the commit point). Caller holds the writer lock."""
        snap = self._snap
        gen = snap.manifest.generation + 1
        name = f"delta-{gen:010d}.pdqd"
        write_delta(self.directory / name, delta)
        manifest = Manifest(gen, snap.manifest.base, (*snap.manifest.deltas, name), max_id)
        _swap_manifest(self.directory, manifest)
        tomb = np.union1d(snap.tomb, delta.retracted) if len(delta.retracted) else snap.tomb
        self._snap = _Snapshot(manifest, snap.base, (*snap.deltas, delta), tomb)

    def compact(self) -> None:
        """Fold the deltas into a new base file (atomic replace); drops retracted rows, keeps their ids."""
        with _writer_lock(self.directory):
            self.refresh()
            snap = self._snap
            if not snap.deltas and snap.base is not None:
                return
            ids, hashes = snap.delta_arrays()
            if snap.base is not None:
                ids = np.concatenate([snap.base.layer.ids, ids])
                hashes = np.concatenate([snap.base.layer.hashes, hashes])
            if len(snap.tomb):
                keep = ~_in_sorted(ids, snap.tomb)
                ids, hashes = ids[keep], hashes[keep]
            if len(ids) > 1 and not bool(np.all(ids[1:] > ids[:-1])):  # usually sorted already: ids only grow
                order = np.argsort(ids, kind="stable")
                ids, hashes = ids[order], hashes[order]
                del order
            gen = snap.manifest.generation + 1
            name = f"base-{gen:010d}.pdqi"
            write_base(self.directory / name, ids, hashes, snap.tomb, snap.manifest.max_id)
            del ids, hashes
            _swap_manifest(self.directory, Manifest(gen, name, (), snap.manifest.max_id))
            self._snap = _load(self.directory, None)
            _remove_unreferenced(self.directory, self._snap.manifest)


def _swap_manifest(directory: Path, manifest: Manifest) -> None:
    atomic_write(directory / MANIFEST_NAME, [manifest.to_json()])


def _load(directory: Path, previous: _Snapshot | None) -> _Snapshot:
    """Read the manifest and the files it names, reusing what `previous` already holds."""
    path = directory / MANIFEST_NAME
    for _attempt in range(_OPEN_RETRIES):
        try:
            manifest = Manifest.parse(path, path.read_bytes())
            same_base = previous is not None and previous.manifest.base == manifest.base
            if previous is not None and same_base:
                base = previous.base
            else:
                base = open_base(directory / manifest.base) if manifest.base else None
            known = previous.manifest.deltas if previous is not None and same_base else ()
            if previous is not None and known and manifest.deltas[: len(known)] == known:
                deltas = previous.deltas + tuple(
                    read_delta(directory / n) for n in manifest.deltas[len(known) :]
                )
            else:
                deltas = tuple(read_delta(directory / n) for n in manifest.deltas)
        except FileNotFoundError as exc:
            # A compaction replaced the files named by the manifest we read: read the new manifest.
            if exc.errno != errno.ENOENT or not path.exists():
                raise
            time.sleep(0.01)
            continue
        retracted = [d.retracted for d in deltas if len(d.retracted)]
        if base is not None and len(base.tombstones):
            retracted.append(np.asarray(base.tombstones))
        tomb = np.unique(np.concatenate(retracted)) if retracted else np.empty(0, np.int64)
        return _Snapshot(manifest, base, deltas, tomb)
    raise IndexFormatError(
        f"{directory}: files named by {MANIFEST_NAME} keep disappearing; is the index being rebuilt?"
    )


def _remove_unreferenced(directory: Path, manifest: Manifest) -> None:
    """Delete old bases, folded deltas and leftovers of crashed writers. Caller holds the writer lock."""
    keep = {MANIFEST_NAME, _LOCK_NAME, *manifest.deltas}
    if manifest.base:
        keep.add(manifest.base)
    for entry in directory.iterdir():
        is_ours = entry.name.startswith((".tmp-", "base-", "delta-"))
        if is_ours and entry.name not in keep:
            entry.unlink(missing_ok=True)


@contextmanager
def _writer_lock(directory: Path) -> Iterator[None]:
    """One writer at a time per index directory (across processes). Readers never lock."""
    with open(directory / _LOCK_NAME, "a+b") as f:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f.fileno(), fcntl.LOCK_UN)
