"""Payments monitor throughput (issue 18 B): transactions scored per second per core.

    .venv/bin/python benchmarks/payments.py --customers 5000 --months 3     # quick
    .venv/bin/python benchmarks/payments.py --customers 20000 --months 6    # ~1M transactions

Generates a corpus with `payments generate` (not timed), then times on one core, CPU time (the machine is
shared): (1) our path, `read_transactions` + `PaymentScorer` (validation of every line, bounded state,
indicators at weekly checkpoints); (2) the anchor, a plain-Python per-transaction loop that only parses
each line and sums amounts per sender (no validation, no indicators). Prints both rates and the
projection for 100M transactions on 2 cores (customers split by id across processes). Goal: >= 200,000
transactions/s/core, i.e. 100M in under 5 minutes on two cores.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from safeguarding.payments import PaymentScorer, load_settings, read_transactions
from safeguarding.payments.generator import write_corpus


def ours(path: Path) -> tuple[int, float]:
    started = time.process_time()
    scorer = PaymentScorer(load_settings())
    n = 0
    for txn in read_transactions(path):
        scorer.add(txn)
        n += 1
    flagged = sum(r["flagged"] for r in scorer.results())
    elapsed = time.process_time() - started
    print(f"  (flagged {flagged} of {len(scorer.customers)} customers)")
    return n, elapsed


def anchor(path: Path) -> tuple[int, float]:
    started = time.process_time()
    totals: dict[str, float] = {}
    n = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            totals[record["sender"]] = totals.get(record["sender"], 0.0) + float(record["amount"])
            n += 1
    return n, time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--customers", type=int, default=5000)
    parser.add_argument("--months", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus, truth = Path(tmp) / "t.jsonl", Path(tmp) / "truth.jsonl"
        write_corpus(corpus, truth, seed=args.seed, customers=args.customers, months=args.months)
        size = corpus.stat().st_size
        rates = {}
        for name, fn in (
            ("ours (read + validate + score)", ours),
            ("anchor (plain-Python loop, parse + sum)", anchor),
        ):
            n, seconds = fn(corpus)
            rates[name] = n / seconds
            print(f"{name:<42} {n:>9} transactions in {seconds:6.2f} s CPU = {n / seconds:>9,.0f} txn/s/core")
    ours_rate = rates["ours (read + validate + score)"]
    print(f"input {size / n:.0f} bytes/transaction")
    print(f"projection, 100M transactions on 2 cores: {1e8 / (2 * ours_rate) / 60:.1f} min (goal < 5 min)")


if __name__ == "__main__":
    main()
