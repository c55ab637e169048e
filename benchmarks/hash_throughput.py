"""Images per second of `safeguarding hash` against a bare loop of Pillow decode + pdqhash.compute.

Same generated 512x512 JPEGs for both, on one process and on all cores. The pipeline also reads the
bytes once, computes SHA-256 and MD5, applies the safety limits, and (CLI) writes JSON lines.

    python benchmarks/hash_throughput.py [--images 300] [--size 512] [--repeats 3]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pdqhash
from PIL import Image

from safeguarding.media import hash_many, iter_media_paths
from safeguarding.media.synthetic import generated_image, save


def bare(path: Path) -> tuple[np.ndarray, int]:
    with Image.open(path) as image:
        return pdqhash.compute(np.asarray(image.convert("RGB")))  # type: ignore[no-any-return]


def bare_loop(paths: list[Path], workers: int) -> None:
    if workers == 1:
        for path in paths:
            bare(path)
        return
    with multiprocessing.get_context("forkserver").Pool(workers) as pool:
        pool.map(bare, paths, chunksize=4)


def pipeline(paths: list[Path], workers: int) -> None:
    for result in hash_many(iter_media_paths(paths), workers=workers):
        assert not isinstance(result, Exception), result


def cli(folder: Path, workers: int) -> None:
    command = [sys.executable, "-m", "safeguarding", "hash", "--json", "--workers", str(workers), str(folder)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def best_rates(runs, count: int, repeats: int) -> list[float]:  # type: ignore[no-untyped-def]
    """Best rate of each run, the runs interleaved so that load from elsewhere hits them alike."""
    best = [float("inf")] * len(runs)
    for _ in range(repeats):
        for i, run in enumerate(runs):
            start = time.perf_counter()
            run()
            best[i] = min(best[i], time.perf_counter() - start)
    return [count / seconds for seconds in best]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--images", type=int, default=300)
    parser.add_argument("--size", type=int, default=512)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    cores = len(os.sched_getaffinity(0))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = [
            save(generated_image(i, (args.size, args.size)), folder / f"{i:05d}.jpg")
            for i in range(args.images)
        ]
        print(f"{args.images} generated {args.size}x{args.size} JPEGs, {cores} cores")
        print(
            f"{'workers':>8} {'bare loop img/s':>16} {'pipeline img/s':>15} "
            f"{'CLI img/s':>10} {'pipeline/bare':>14}"
        )
        for workers in sorted({1, cores}):
            runs = [
                lambda w=workers: bare_loop(paths, w),
                lambda w=workers: pipeline(paths, w),
                lambda w=workers: cli(folder, w),
            ]
            base, ours, command = best_rates(runs, len(paths), args.repeats)
            print(f"{workers:>8} {base:>16.1f} {ours:>15.1f} {command:>10.1f} {ours / base:>14.3f}")


if __name__ == "__main__":
    main()
