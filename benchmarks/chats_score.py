"""Benchmark the online chat scorer: messages per second on one core and peak memory for a big file.

Usage:
    python benchmarks/chats_score.py [--messages 1000000] [--input FILE] [--model MODEL]

Generates a synthetic file of about --messages messages (unless --input is given), then streams it
through the online scorer (read line -> parse -> update per message -> write result), pinned to one
core. Prints the scorer-only rate (CPU time inside `update`, so other load on the machine does not
count), the end-to-end rate (CPU and wall clock) and the peak resident
memory of the process (ru_maxrss).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from safeguarding.chats.generator import generate
from safeguarding.chats.io import dump, parse_conversation
from safeguarding.chats.loading import load_scorer
from safeguarding.chats.sextortion import SextortionTracker, with_sextortion


def make_file(path: Path, messages: int, seed: int) -> int:
    total = 0
    with path.open("w", encoding="utf-8") as handle:
        for conversation, _ in generate(10**9, seed=seed):
            handle.write(json.dumps(conversation, ensure_ascii=False) + "\n")
            total += len(conversation["messages"])
            if total >= messages:
                break
    return total


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--input", type=Path)
    parser.add_argument("--model", type=Path)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument(
        "--no-semantic", action="store_true", help="The cheap path: patterns only, no sentence embeddings."
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="Embed every line afresh (no cache of repeated lines)."
    )
    parser.add_argument(
        "--semantic-model", action="store_true", help="The cascade: the transformer decides close lines."
    )
    parser.add_argument(
        "--english-only",
        action="store_true",
        help="Semantic layer without the multilingual table (Spanish, French, German lines read as English).",
    )
    parser.add_argument(
        "--typology", choices=["all", "grooming"], default="all", help="all: both typologies."
    )
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    with tempfile.TemporaryDirectory() as tmp:
        path = args.input
        if path is None:
            path = Path(tmp) / "chats.jsonl"
            make_file(path, args.messages, args.seed)
        scorer = load_scorer(
            str(args.model) if args.model else None,
            semantic=not args.no_semantic,
            cascade=args.semantic_model,
            multilingual=False if args.english_only else None,
        )
        if args.no_cache and not args.no_semantic:
            from safeguarding.semantic import get_encoder

            for kind in ("static", "multilingual") if not args.english_only else ("static",):
                encoder = get_encoder(kind)  # type: ignore[arg-type]
                encoder.cache_lines = 0  # type: ignore[attr-defined]
        update = scorer.update
        tracker = SextortionTracker(semantic=not args.no_semantic) if args.typology == "all" else None
        messages = conversations = flagged = 0
        in_scorer = 0.0
        started = time.perf_counter()
        cpu_started = time.process_time()
        with path.open(encoding="utf-8") as source, open(os.devnull, "w", encoding="utf-8") as sink:
            for line in source:
                conv = parse_conversation(line)
                state = scorer.new_state(conv.id, conv.participants)
                t0 = time.process_time()
                for index, message in enumerate(conv.messages):
                    update(state, index, message.author, message.text, message.time)
                record = {"id": conv.id, **scorer.result(state).to_dict()}
                if tracker is not None:
                    extortion = tracker.new_state(conv.id)
                    for index, message in enumerate(conv.messages):
                        tracker.update(extortion, index, message.author, message.text, message.time)
                    record = with_sextortion(record, tracker.result(extortion))
                in_scorer += time.process_time() - t0
                sink.write(dump(record))
                messages += len(conv.messages)
                conversations += 1
                flagged += record["flagged"]
        total = time.perf_counter() - started
        cpu_total = time.process_time() - cpu_started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    engine = f"model {args.model.name}" if args.model else "rules"
    engine += " + sextortion" if args.typology == "all" else " (grooming only)"
    if args.no_semantic:
        engine += ", patterns only (no semantic layer)"
    else:
        engine += ", semantic layer (static MiniLM table"
        multilingual = scorer.meaning is not None and scorer.meaning.foreign is not None
        engine += " + multilingual e5 table" if multilingual else ""
        engine += ", no line cache" if args.no_cache else ""
        engine += ", transformer cascade)" if args.semantic_model else ")"
    print(f"chats_score engine: {engine}; {conversations:,} conversations, {messages:,} messages, ", end="")
    print(f"{flagged:,} flagged")
    print(
        f"chats_score online scorer: {messages / in_scorer:,.0f} msg/s on one core (CPU time inside update)"
    )
    print(
        f"chats_score end to end: {messages / cpu_total:,.0f} msg/s of CPU time, "
        f"{messages / total:,.0f} msg/s wall clock (read, parse, score, write JSON Lines)"
    )
    print(f"chats_score peak memory: {peak_mb:,.0f} MB (ru_maxrss) for a {messages:,}-message file")
    print(f"python {sys.version.split()[0]}, load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
