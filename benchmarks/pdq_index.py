"""Benchmark the PDQ index against python-threatexchange's PDQIndex (faiss multi-index hashing).

    .venv/bin/python benchmarks/pdq_index.py --size 1000000 [--queries 1000] [--threshold 31] [--no-pytx]

Builds a realistic bank (families of near-duplicates: a base hash with variants 0-20 bits away, among
unrelated random hashes; numpy seed, no images), then runs each phase in its own subprocess so the memory
figures (VmHWM = peak, VmRSS = steady, from /proc/self/status) belong to that phase alone:

  ours-build   add the bank in chunks of 1M through PDQIndex.add, then compact() into the memory-mapped base
  ours-query   open the index (load time), single queries one at a time (p50/p99), one batch per query set
  pytx         build threatexchange PDQIndex, pickle it (bytes/hash), single queries, batch (range_search)
  pytx-load    unpickle the pytx index (its load time and memory)
  brute        exact answers by brute-force popcount for a sample of the queries

Query sets: (a) near-duplicates of bank entries (0-20 bits flipped), (b) random hashes matching nothing.
Result sets are compared query by query (ours vs pytx, ours vs brute force). Last line is machine-readable.
"""

from __future__ import annotations

import argparse
import json
import pickle
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

BRUTE_SAMPLE = 200


def proc_memory() -> dict[str, float]:
    """Peak (VmHWM) and current (VmRSS) resident memory of this process, MB."""
    out: dict[str, float] = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmHWM", "VmRSS"):
            out[key] = int(value.split()[0]) / 1024
    return out


# ---- data ----
def flip_bits(rng: np.random.Generator, hashes: np.ndarray, max_bits: int) -> np.ndarray:
    """Copies of `hashes` with up to `max_bits` bits flipped each (k uniform in 0..max_bits)."""
    k = rng.integers(0, max_bits + 1, len(hashes))
    mask = np.zeros_like(hashes)
    for r in range(max_bits):
        rows = np.flatnonzero(k > r)
        pos = rng.integers(0, 256, len(rows))
        mask[rows, pos // 8] |= (1 << (pos % 8)).astype(np.uint8)
    return hashes ^ mask


def make_bank(n: int, seed: int) -> np.ndarray:
    """n hashes: 40% in families (a base and variants 0-20 bits away, 2-10 members), 60% unrelated."""
    rng = np.random.default_rng(seed)
    in_families = int(n * 0.4)
    sizes = rng.integers(2, 11, in_families // 2 + 1)
    sizes = sizes[: np.searchsorted(np.cumsum(sizes), in_families) + 1]
    sizes[-1] -= max(0, int(sizes.sum()) - in_families)
    sizes = sizes[sizes > 0]
    bases = rng.integers(0, 256, (len(sizes), 32), dtype=np.uint8)
    members = flip_bits(rng, np.repeat(bases, sizes, axis=0), 20)
    unrelated = rng.integers(0, 256, (n - len(members), 32), dtype=np.uint8)
    bank = np.concatenate([members, unrelated])
    del members, unrelated
    return bank[rng.permutation(n)]


def make_queries(bank: np.ndarray, q: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed + 1)
    near = flip_bits(rng, bank[rng.integers(0, len(bank), q)], 20)
    near = near[np.sort(np.unique(near, axis=0, return_index=True)[1])]  # pytx keys batch answers by hash
    none = rng.integers(0, 256, (q, 32), dtype=np.uint8)
    return near, none


# ---- phases (each in its own process) ----
def phase_ours_build(work: Path) -> dict[str, Any]:
    from safeguarding.banks.index import PDQIndex

    # Read the input in chunks without keeping it mapped, as a sync from the database would arrive.
    bank = np.load(work / "bank.npy", mmap_mode="r")
    n, data_offset = len(bank), bank.offset
    del bank
    index_dir = work / "ours"
    t0 = time.perf_counter()
    idx = PDQIndex.open(index_dir)
    step = 1_000_000
    for s in range(0, n, step):
        count = min(step, n - s)
        chunk = np.fromfile(work / "bank.npy", dtype=np.uint8, count=32 * count, offset=data_offset + 32 * s)
        idx.add(np.arange(s + 1, s + count + 1, dtype=np.int64), chunk.reshape(count, 32))
    t_add = time.perf_counter() - t0
    idx.compact()
    build_s = time.perf_counter() - t0
    size = sum(p.stat().st_size for p in index_dir.iterdir())
    return {"build_s": build_s, "add_s": t_add, "index_bytes": size, **proc_memory()}


def _time_single(fn: Any, queries: list[Any]) -> tuple[list[float], list[Any]]:
    lat, results = [], []
    for q in queries:
        t0 = time.perf_counter()
        results.append(fn(q))
        lat.append(time.perf_counter() - t0)
    return lat, results


def _summary(lat: list[float], batch_s: float, n: int) -> dict[str, float]:
    ms = np.array(lat) * 1e3
    return {
        "p50_ms": float(np.percentile(ms, 50)),
        "p99_ms": float(np.percentile(ms, 99)),
        "mean_ms": float(ms.mean()),
        "batch_s": batch_s,
        "batch_qps": n / batch_s,
    }


def _canon(results: list[list[tuple[int, int]]]) -> list[list[list[int]]]:
    return [sorted([int(i), int(d)] for i, d in r) for r in results]


def phase_ours_query(work: Path, threshold: int) -> dict[str, Any]:
    from safeguarding.banks.index import PDQIndex

    t0 = time.perf_counter()
    idx = PDQIndex.open(work / "ours", create=False)
    load_s = time.perf_counter() - t0
    after_open = proc_memory()
    out: dict[str, Any] = {"load_s": load_s, "rss_after_open_mb": after_open["VmRSS"], "sets": {}}
    answers = {}
    all_lat: list[float] = []
    for name in ("near", "none"):
        queries = np.load(work / f"q_{name}.npy")
        lat, single = _time_single(lambda q: idx.query(q[None, :], threshold)[0], list(queries))
        t0 = time.perf_counter()
        batch = idx.query(queries, threshold)
        batch_s = time.perf_counter() - t0
        assert _canon(batch) == _canon(single), "batch and single answers differ"
        out["sets"][name] = {**_summary(lat, batch_s, len(queries)), "matches": sum(map(len, batch))}
        answers[name] = _canon(batch)
        all_lat += lat
    out["p50_all_ms"] = float(np.percentile(np.array(all_lat) * 1e3, 50))
    (work / "ours_answers.json").write_text(json.dumps(answers))
    out.update(proc_memory())
    return out


def phase_pytx(work: Path, threshold: int) -> dict[str, Any]:
    from threatexchange.signal_type.pdq.pdq_index import PDQIndex as PytxPDQIndex

    bank = np.load(work / "bank.npy", mmap_mode="r")
    t0 = time.perf_counter()
    entries = ((bytes(row).hex(), i + 1) for i, row in enumerate(bank))
    idx = PytxPDQIndex(entries)
    build_s = time.perf_counter() - t0
    after_build = proc_memory()
    t0 = time.perf_counter()
    pickle_path = work / "pytx.pickle"
    with open(pickle_path, "wb") as f:
        pickle.dump(idx, f, protocol=pickle.HIGHEST_PROTOCOL)
    pickle_s = time.perf_counter() - t0
    out: dict[str, Any] = {
        "build_s": build_s,
        "pickle_s": pickle_s,
        "pickle_bytes": pickle_path.stat().st_size,
        "rss_after_build_mb": after_build["VmRSS"],
        "sets": {},
    }
    if threshold != 31:  # PDQIndex.query has a fixed threshold of 31; the batch call takes one
        raise SystemExit("pytx PDQIndex.query only answers threshold 31; use --no-pytx for others")
    answers = {}
    for name in ("near", "none"):
        queries = [bytes(q).hex() for q in np.load(work / f"q_{name}.npy")]
        lat, single = _time_single(
            lambda q: [(m.metadata, int(m.similarity_info.distance)) for m in idx.query(q)], queries
        )
        t0 = time.perf_counter()
        found = idx.index.search_with_distance_in_result(queries, threshold)
        batch = [[(idx.local_id_to_entry[i][1], int(d)) for i, _h, d in found[q]] for q in queries]
        batch_s = time.perf_counter() - t0
        assert _canon(batch) == _canon(single), "pytx batch and single answers differ"
        out["sets"][name] = {**_summary(lat, batch_s, len(queries)), "matches": sum(map(len, batch))}
        answers[name] = _canon(batch)
    (work / "pytx_answers.json").write_text(json.dumps(answers))
    out.update(proc_memory())
    return out


def phase_pytx_load(work: Path) -> dict[str, Any]:
    import threatexchange.signal_type.pdq.pdq_index  # noqa: F401  (import cost is not load cost)

    t0 = time.perf_counter()
    with open(work / "pytx.pickle", "rb") as f:
        pickle.load(f)
    return {"load_s": time.perf_counter() - t0, **proc_memory()}


def phase_brute(work: Path, threshold: int) -> dict[str, Any]:
    bank64 = np.load(work / "bank.npy", mmap_mode="r").view(np.uint64)
    answers = {}
    for name in ("near", "none"):
        queries = np.load(work / f"q_{name}.npy")[:BRUTE_SAMPLE].view(np.uint64)
        results: list[list[tuple[int, int]]] = [[] for _ in queries]
        step = 1 << 18
        for s in range(0, len(bank64), step):
            words = [np.ascontiguousarray(bank64[s : s + step, w]) for w in range(4)]
            for qi, q in enumerate(queries):
                dist = sum(np.bitwise_count(words[w] ^ q[w]).astype(np.int32) for w in range(4))
                rows = np.flatnonzero(dist <= threshold)
                results[qi].extend(zip((rows + s + 1).tolist(), dist[rows].tolist(), strict=True))
        answers[name] = _canon(results)
    (work / "brute_answers.json").write_text(json.dumps(answers))
    return {}


PHASES = {
    "ours-build": lambda w, t: phase_ours_build(w),
    "ours-query": phase_ours_query,
    "pytx": phase_pytx,
    "pytx-load": lambda w, t: phase_pytx_load(w),
    "brute": phase_brute,
}


def run_phase(name: str, work: Path, threshold: int) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--phase", name, "--workdir", str(work), "--threshold", str(threshold)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"phase {name} failed:\n{proc.stderr}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=100_000, help="hashes in the bank")
    parser.add_argument(
        "--queries", type=int, default=1000, help="queries per set (near-duplicate, no-match)"
    )
    parser.add_argument("--threshold", type=int, default=31)
    parser.add_argument("--seed", type=int, default=20261128)
    parser.add_argument("--no-pytx", action="store_true", help="skip python-threatexchange (memory at 10M)")
    parser.add_argument("--workdir", type=Path, help="keep data and indexes here (default: a temp dir)")
    parser.add_argument("--phase", choices=sorted(PHASES), help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.phase:
        print(json.dumps(PHASES[args.phase](args.workdir, args.threshold)))
        return

    work = args.workdir or Path(tempfile.mkdtemp(prefix="pdq-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(work / "ours", ignore_errors=True)
    t0 = time.perf_counter()
    bank = make_bank(args.size, args.seed)
    near, none = make_queries(bank, args.queries, args.seed)
    np.save(work / "bank.npy", bank)
    np.save(work / "q_near.npy", near)
    np.save(work / "q_none.npy", none)
    del bank
    print(
        f"data: {args.size} hashes, {len(near)} near-duplicate + {len(none)} no-match queries, "
        f"threshold {args.threshold}, generated in {time.perf_counter() - t0:.1f}s ({work})",
        flush=True,
    )

    build = run_phase("ours-build", work, args.threshold)
    print(
        f"ours  build {build['build_s']:.1f}s (adds {build['add_s']:.1f}s), "
        f"{build['index_bytes'] / args.size:.1f} bytes/hash, peak RSS {build['VmHWM']:.0f} MB",
        flush=True,
    )
    ours = run_phase("ours-query", work, args.threshold)
    print(
        f"ours  load {ours['load_s'] * 1e3:.1f} ms, RSS after open {ours['rss_after_open_mb']:.0f} MB, "
        f"after queries {ours['VmRSS']:.0f} MB (peak {ours['VmHWM']:.0f} MB)",
        flush=True,
    )
    for name, s in ours["sets"].items():
        print(
            f"ours  {name:4s}: single p50 {s['p50_ms']:.3f} ms p99 {s['p99_ms']:.3f} ms "
            f"mean {s['mean_ms']:.3f} ms; "
            f"batch {s['batch_qps']:.0f} q/s; {s['matches']} matches",
            flush=True,
        )
    run_phase("brute", work, args.threshold)
    ours_ans = json.loads((work / "ours_answers.json").read_text())
    brute_ans = json.loads((work / "brute_answers.json").read_text())
    exact = all(ours_ans[k][: len(brute_ans[k])] == brute_ans[k] for k in brute_ans)
    print(f"exact vs brute force on {BRUTE_SAMPLE} queries per set: {exact}", flush=True)

    speed_single = speed_batch = "na"
    if not args.no_pytx:
        pytx = run_phase("pytx", work, args.threshold)
        print(
            f"pytx  build {pytx['build_s']:.1f}s, pickle {pytx['pickle_bytes'] / args.size:.1f} bytes/hash, "
            f"RSS after build {pytx['rss_after_build_mb']:.0f} MB, peak {pytx['VmHWM']:.0f} MB",
            flush=True,
        )
        for name, s in pytx["sets"].items():
            print(
                f"pytx  {name:4s}: single p50 {s['p50_ms']:.3f} ms p99 {s['p99_ms']:.3f} ms "
                f"mean {s['mean_ms']:.3f} ms; batch {s['batch_qps']:.0f} q/s; {s['matches']} matches",
                flush=True,
            )
        pload = run_phase("pytx-load", work, args.threshold)
        print(f"pytx  load (unpickle) {pload['load_s']:.2f}s, peak RSS {pload['VmHWM']:.0f} MB", flush=True)
        pytx_ans = json.loads((work / "pytx_answers.json").read_text())
        same = pytx_ans == ours_ans
        print(f"identical result sets ours vs pytx: {same}", flush=True)
        exact = exact and same
        sets = ("near", "none")
        ours_single = sum(ours["sets"][k]["mean_ms"] for k in sets)
        pytx_single = sum(pytx["sets"][k]["mean_ms"] for k in sets)
        ours_batch = sum(ours["sets"][k]["batch_s"] for k in sets)
        pytx_batch = sum(pytx["sets"][k]["batch_s"] for k in sets)
        speed_single = f"{pytx_single / ours_single:.2f}"
        speed_batch = f"{pytx_batch / ours_batch:.2f}"
    p50 = ours["p50_all_ms"]  # single queries of both sets together
    if args.workdir is None:
        shutil.rmtree(work, ignore_errors=True)
    print(
        f"N={args.size} bytes_per_hash={build['index_bytes'] / args.size:.1f} load_s={ours['load_s']:.4f} "
        f"query_p50_ms={p50:.3f} speedup_vs_pytx_single={speed_single} speedup_vs_pytx_batch={speed_batch} "
        f"exact={'true' if exact else 'false'}"
    )


if __name__ == "__main__":
    main()
