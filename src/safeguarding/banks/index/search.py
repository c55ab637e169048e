"""Exact Hamming-radius search over PDQ hashes: multi-index hashing (MIH) with a brute-force fallback.

A layer holds n hashes (rows) with their entry ids. For MIH the 256 bits are split into 16 chunks of 16 bits;
for each chunk j the rows are listed sorted by their chunk-j value (`perm`), and `offsets` gives where each of
the 65,536 values starts in that list. Exactness (see docs/PDQ_INDEX.md): if d(q, h) <= t, then among any
c = t // (r + 1) + 1 chunks at least one differs from the query's chunk by at most r bits; so enumerating,
in c chunks, every chunk value within r bits of the query's finds every true match. Candidates are then
verified on the full 256 bits, so the result is exactly the brute-force set.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

import numpy as np

N_CHUNKS = 16
CHUNK_BITS = 16
N_BUCKETS = 1 << CHUNK_BITS
OFFSETS_PER_CHUNK = N_BUCKETS + 1
MAX_THRESHOLD = 256

# Relative costs used to pick a plan: a bucket probe, a verified random candidate, a brute-force row.
# Measured at 1M (t=63: MIH 32 ms/query for ~181k cost units, the scan 18 ms for 1M rows) a scanned row
# costs about a tenth of a candidate read at random.
_PROBE_COST = 1.0
_CANDIDATE_COST = 1.0
_BRUTE_ROW_COST = 0.1
# Candidates verified per vectorised step: bounds temporary memory (about 100 bytes per candidate) and
# keeps the working arrays near the CPU caches (measured: larger steps are slower per query).
CANDIDATE_BUDGET = 1 << 15
_BRUTE_ROWS = 1 << 15
_BRUTE_QUERIES = 64
_THREADS = max(1, min(4, os.cpu_count() or 1))
_POOL: ThreadPoolExecutor | None = None
_J = TypeVar("_J")
_T = TypeVar("_T")


@cache
def flip_masks(r: int) -> np.ndarray:
    """All 16-bit values with at most r bits set (the chunk neighbours of distance <= r)."""
    values = np.arange(N_BUCKETS, dtype=np.int64)
    return values[np.bitwise_count(values) <= r]


@dataclass(frozen=True)
class Plan:
    """How one layer answers one threshold: MIH with radius r in the first `chunks` chunks, or brute force."""

    brute: bool
    radius: int = 0
    chunks: int = 0


def choose_plan(threshold: int, n: int, has_tables: bool) -> Plan:
    brute_cost = n * _BRUTE_ROW_COST
    best = Plan(brute=True)
    if not has_tables:
        return best
    best_cost = brute_cost
    for r in range(CHUNK_BITS + 1):
        chunks = threshold // (r + 1) + 1
        if chunks > N_CHUNKS:
            continue
        probes = chunks * len(flip_masks(r))
        cost = probes * (_PROBE_COST + _CANDIDATE_COST * n / N_BUCKETS)
        if cost < best_cost:
            best, best_cost = Plan(brute=False, radius=r, chunks=chunks), cost
    return best


def popcount256(x: np.ndarray) -> np.ndarray:
    """Hamming weight of (..., 4) uint64 rows, as int32."""
    counts = np.bitwise_count(x)
    out = counts[..., 0].astype(np.int32)
    out += counts[..., 1]
    out += counts[..., 2]
    out += counts[..., 3]
    return out


def chunk_values(hashes: np.ndarray, j: int) -> np.ndarray:
    """Chunk j (bytes 2j, 2j+1, big-endian) of each (n, 32) uint8 row, as uint16."""
    return (hashes[:, 2 * j].astype(np.uint16) << 8) | hashes[:, 2 * j + 1]


def chunk_orders(hashes: np.ndarray) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """For each chunk: (counts per value (65536,), rows sorted by value (n,) int64). One chunk at a time."""
    for j in range(N_CHUNKS):
        values = chunk_values(hashes, j)
        counts = np.bincount(values, minlength=N_BUCKETS)
        yield counts, np.argsort(values, kind="stable")


def offsets_from_counts(counts: np.ndarray, j: int, n: int) -> np.ndarray:
    """Global start positions (in the flat 16*n perm) of the 65,536 buckets of chunk j, plus the end."""
    out = np.empty(OFFSETS_PER_CHUNK, dtype=np.int64)
    out[0] = j * n
    np.cumsum(counts, out=out[1:])
    out[1:] += j * n
    return out


@dataclass
class Layer:
    """n hashes with their ids and (optionally) MIH tables. Arrays may be memory-mapped (read-only)."""

    ids: np.ndarray  # (n,) int64, or uint32 in a base file whose ids all fit
    hashes: np.ndarray  # (n, 32) uint8
    offsets: np.ndarray | None = None  # (16 * 65537,) int64, global positions into perm
    perm: np.ndarray | None = None  # (16 * n,) row numbers (uint32), or their low 16 bits (uint16) ...
    perm_hi: np.ndarray | None = None  # ... with the high 8 bits here (uint8): 3 bytes a row

    @property
    def hashes64(self) -> np.ndarray:
        return self.hashes.view(np.uint64)

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def in_memory(cls, ids: np.ndarray, hashes: np.ndarray, with_tables: bool) -> Layer:
        n = len(ids)
        if not with_tables or n == 0:
            return cls(ids=ids, hashes=hashes)
        offsets = np.empty(N_CHUNKS * OFFSETS_PER_CHUNK, dtype=np.int64)
        perm = np.empty(N_CHUNKS * n, dtype=np.uint32)
        for j, (counts, order) in enumerate(chunk_orders(hashes)):
            offsets[j * OFFSETS_PER_CHUNK : (j + 1) * OFFSETS_PER_CHUNK] = offsets_from_counts(counts, j, n)
            perm[j * n : (j + 1) * n] = order
        return cls(ids=ids, hashes=hashes, offsets=offsets, perm=perm)

    def search(self, queries: np.ndarray, threshold: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """All (query index, row, distance) with distance <= threshold, each pair once, unordered."""
        empty = (np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.int32))
        if len(self) == 0 or len(queries) == 0:
            return empty
        q64 = np.ascontiguousarray(queries, dtype=np.uint8).view(np.uint64)
        plan = choose_plan(threshold, len(self), self.offsets is not None)
        if plan.brute:
            jobs = [(s, min(s + _BRUTE_QUERIES, len(q64))) for s in range(0, len(q64), _BRUTE_QUERIES)]
            parts = _run(lambda job: self._brute(q64, job[0], job[1], threshold), jobs)
        else:
            parts = _run(lambda job: self._mih(q64, *job, threshold), self._groups(queries, plan))
        parts = [p for p in parts if len(p[0])]
        if not parts:
            return empty
        qi, rows, dist = (np.concatenate(x) for x in zip(*parts, strict=True))
        return qi, rows, dist

    def _probe(self, queries: np.ndarray, plan: Plan) -> tuple[np.ndarray, np.ndarray]:
        """Bucket starts and lengths for each (query, chunk, neighbour), shaped (q, chunks * probes)."""
        assert self.offsets is not None
        masks = flip_masks(plan.radius)
        chunks = np.ascontiguousarray(queries).view(">u2")[:, : plan.chunks].astype(np.int64)
        keys = chunks[:, :, None] ^ masks[None, None, :]
        keys += (np.arange(plan.chunks, dtype=np.int64) * OFFSETS_PER_CHUNK)[None, :, None]
        keys = keys.reshape(len(queries), -1)
        starts = np.take(self.offsets, keys)
        keys += 1
        return starts, np.take(self.offsets, keys) - starts

    def _groups(self, queries: np.ndarray, plan: Plan) -> list[tuple[int, int, np.ndarray, np.ndarray]]:
        """Probe the buckets and split the queries into runs whose candidate counts fit the budget."""
        groups: list[tuple[int, int, np.ndarray, np.ndarray]] = []
        step = 2048
        for s in range(0, len(queries), step):
            starts, lengths = self._probe(queries[s : s + step], plan)
            totals = np.cumsum(lengths.sum(axis=1))
            start = 0
            while start < len(totals):
                base = totals[start - 1] if start else 0
                end = int(np.searchsorted(totals, base + CANDIDATE_BUDGET, side="right"))
                end = max(end, start + 1)
                groups.append((s + start, s + end, starts[start:end], lengths[start:end]))
                start = end
        return groups

    def _mih(
        self, q64: np.ndarray, lo: int, hi: int, starts: np.ndarray, lengths: np.ndarray, threshold: int
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Verify the candidates of queries lo..hi-1, given their bucket starts and lengths."""
        assert self.perm is not None
        width = starts.shape[1]
        starts, lengths = starts.ravel(), lengths.ravel()
        nonempty = np.flatnonzero(lengths)
        starts, lengths = starts[nonempty], lengths[nonempty]
        owner = nonempty // width
        ends = np.cumsum(lengths)
        total = int(ends[-1]) if len(ends) else 0
        if total == 0:
            return np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.int32)
        # positions: for each bucket, starts[b] .. starts[b] + lengths[b] - 1, laid end to end
        pos = np.arange(total, dtype=np.int64)
        pos -= np.repeat(ends - lengths - starts, lengths)
        rows = np.take(self.perm, pos).astype(np.int64)
        if self.perm_hi is not None:
            rows |= np.take(self.perm_hi, pos).astype(np.int64) << 16
        cand = np.take(self.hashes64, rows, axis=0)
        # Distance word by word on 1-D arrays: numpy is slow at broadcasting over a trailing axis of 4.
        per_query = np.bincount(owner, weights=lengths, minlength=hi - lo).astype(np.int64)
        dist = np.zeros(total, dtype=np.int32)
        for word in range(4):
            column = cand[:, word]
            mine = q64[lo, word] if hi - lo == 1 else np.repeat(q64[lo:hi, word], per_query)
            dist += np.bitwise_count(np.bitwise_xor(column, mine))
        hit = np.flatnonzero(dist <= threshold)
        qi = np.searchsorted(np.cumsum(per_query), hit, side="right")
        rows, dist = rows[hit], dist[hit]
        if len(hit) > 1:  # a match can be found through several chunks: keep it once
            _, first = np.unique(qi * len(self) + rows, return_index=True)
            qi, rows, dist = qi[first], rows[first], dist[first]
        return qi + lo, rows, dist

    def _brute(
        self, q64: np.ndarray, lo: int, hi: int, threshold: int
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Popcount scan over all rows, block by block, word by word on 1-D arrays."""
        found: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        for r0 in range(0, len(self), _BRUTE_ROWS):
            words = [np.ascontiguousarray(self.hashes64[r0 : r0 + _BRUTE_ROWS, w]) for w in range(4)]
            for qi in range(lo, hi):
                dist = np.bitwise_count(words[0] ^ q64[qi, 0]).astype(np.int32)
                for w in range(1, 4):
                    dist += np.bitwise_count(words[w] ^ q64[qi, w])
                rows = np.flatnonzero(dist <= threshold)
                if len(rows):
                    found.append((np.full(len(rows), qi, dtype=np.int64), rows + r0, dist[rows]))
        if not found:
            return np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.int32)
        qi_all, rows_all, dist_all = (np.concatenate(x) for x in zip(*found, strict=True))
        return qi_all, rows_all.astype(np.int64), dist_all


def _run(fn: Callable[[_J], _T], jobs: Sequence[_J]) -> list[_T]:
    """Run jobs on a small thread pool (numpy releases the GIL); in order, inline when there is one job."""
    global _POOL
    if len(jobs) <= 1 or _THREADS == 1:
        return [fn(job) for job in jobs]
    if _POOL is None:
        _POOL = ThreadPoolExecutor(max_workers=_THREADS, thread_name_prefix="pdq-index")
    return list(_POOL.map(fn, jobs))
