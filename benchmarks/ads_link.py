"""Benchmark `safeguarding ads link`: ads per second, peak memory, and how time grows with N.

    python benchmarks/ads_link.py --ads 100000            # runs N/4 and N, prints the time ratio
    python benchmarks/ads_link.py --ads 1000000 --workers 2

The corpus comes from the synthetic generator (cached under bench-out/); generation is not timed. Each
linking run happens in a fresh subprocess so that its peak RSS (main process plus worker processes) is
its own. For linear growth the time ratio for N and N/4 should be close to 4.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path


def ensure_corpus(n: int, seed: int, directory: Path) -> Path:
    from safeguarding.ads.generator import write_corpus

    path = directory / f"ads-{n}-{seed}.jsonl"
    if not path.exists():
        directory.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".part")
        with partial.open("w", encoding="utf-8") as handle:
            write_corpus(n, seed, handle, None)
        partial.rename(path)
    return path


def run_once(path: Path, workers: int) -> dict[str, object]:
    from safeguarding.ads import link_ads

    started = time.perf_counter()
    with path.open("rb") as source, open("/dev/null", "w", encoding="utf-8") as sink:
        stats = link_ads(source, sink, lambda *_: None, workers=workers)
    seconds = time.perf_counter() - started
    rss_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rss_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    cpu = sum(
        getattr(resource.getrusage(who), f)
        for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
        for f in ("ru_utime", "ru_stime")
    )
    return {
        "ads": stats.ads,
        "seconds": seconds,
        "cpu_seconds": cpu,
        "peak_rss_mb": rss_self,
        "worker_peak_rss_mb": rss_children,
        "networks": stats.networks,
        "phases": {k: round(v, 1) for k, v in stats.seconds.items()},
    }


def measure(n: int, seed: int, workers: int, directory: Path) -> dict[str, object]:
    path = ensure_corpus(n, seed, directory)
    out = subprocess.run(
        [sys.executable, __file__, "--run", str(path), "--workers", str(workers)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--ads", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--dir", type=Path, default=Path("bench-out"))
    parser.add_argument("--no-ratio", action="store_true", help="Skip the N/4 run.")
    parser.add_argument("--run", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        print(json.dumps(run_once(args.run, args.workers)))
        return
    sizes = [args.ads] if args.no_ratio else [args.ads // 4, args.ads]
    results = {}
    for n in sizes:
        r = measure(n, args.seed, args.workers, args.dir)
        results[n] = r
        rate = r["ads"] / r["seconds"]  # type: ignore[operator]
        print(
            f"ads link N={n:,}: {r['seconds']:.1f} s, {rate:,.0f} ads/s, peak RSS {r['peak_rss_mb']:.0f} MB "
            f"(workers {r['worker_peak_rss_mb']:.0f} MB each at most), CPU {r['cpu_seconds']:.1f} s "
            f"({r['ads'] / r['cpu_seconds']:,.0f} ads per CPU-second), {r['networks']:,} networks, "
            f"workers={args.workers}, phases {r['phases']}",
            flush=True,
        )
    if len(sizes) == 2:
        ratio = results[sizes[1]]["seconds"] / results[sizes[0]]["seconds"]  # type: ignore[operator]
        print(f"time ratio N={sizes[1]:,} / N={sizes[0]:,} (4x the ads): {ratio:.2f} (linear = 4.00)")


if __name__ == "__main__":
    main()
