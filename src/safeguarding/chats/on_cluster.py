"""`chats score --cluster`: the same scores as one process, computed partition by partition on Dask.

A conversation is one JSON Lines line (the input format holds all its messages on its line), and partitions
are cut on line boundaries, so no conversation is ever split between workers: no shuffle is needed. Two
lines with the same id are two conversations, in the cluster as in one process. Each worker scores its
byte range and returns the output lines with the bad lines it found (numbered within the partition); this
process writes them in partition order and renumbers the bad lines by the line counts of the partitions
before, so output and error reports are those of the single-process run, byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from safeguarding.chats.io import Conversation, dump, parse_lines
from safeguarding.cluster import ByteRange, ClusterSpec, open_client, read_block, run_ordered, split_jsonlines
from safeguarding.cluster.partitions import split_lines


@dataclass(frozen=True)
class ScoreSettings:
    """Everything a worker needs to build the engine `chats score` would build; `model_json` is the model
    file's text (shipped, so workers need no copy of it)."""

    model_json: str | None = None
    policy: Mapping[str, float] = field(default_factory=dict)
    semantic: bool = True
    cascade: bool = False
    typology: str = "grooming"

    @property
    def key(self) -> str:
        text = json.dumps(
            [self.model_json, dict(self.policy), self.semantic, self.cascade, self.typology], sort_keys=True
        )
        return hashlib.sha256(text.encode()).hexdigest()


@dataclass
class ScoredPartition:
    """One partition's output lines, its bad lines (number within the partition, why) and its counts."""

    records: list[str]
    problems: list[tuple[int, str]]
    lines: int
    messages: int
    flagged: int


@dataclass
class ScoreTotals:
    conversations: int = 0
    messages: int = 0
    flagged: int = 0
    bad_lines: int = 0


_ENGINES: dict[str, Callable[[Conversation], dict[str, Any]]] = {}  # one engine per worker process


def _engine(settings: ScoreSettings) -> Callable[[Conversation], dict[str, Any]]:
    found = _ENGINES.get(settings.key)
    if found is not None:
        return found
    from safeguarding.chats.loading import load_scorer
    from safeguarding.chats.sextortion import SextortionTracker, score_conversation

    # Built by `load_scorer`, as `chats score` builds it; the shipped model goes through a file for that.
    with tempfile.TemporaryDirectory(prefix="safeguarding-") as folder:
        model_path = None
        if settings.model_json is not None:
            model_path = str(Path(folder) / "model.json")
            Path(model_path).write_text(settings.model_json, encoding="utf-8")
        scorer = load_scorer(
            model_path, policy=settings.policy, semantic=settings.semantic, cascade=settings.cascade
        )
    tracker = None if settings.typology == "grooming" else SextortionTracker(semantic=settings.semantic)
    grooming = None if settings.typology == "sextortion" else scorer

    def score(conv: Conversation) -> dict[str, Any]:
        triples = [(m.author, m.text, m.time) for m in conv.messages]
        return score_conversation(grooming, tracker, conv.id, conv.participants, triples)

    _ENGINES[settings.key] = score
    return score


def score_partition(part: ByteRange, settings: ScoreSettings) -> ScoredPartition:
    """Score one byte range (runs on a worker); memory is the partition and its output, nothing more."""
    score = _engine(settings)
    lines = list(split_lines(read_block(part)))
    out = ScoredPartition([], [], len(lines), 0, 0)
    for number, item in parse_lines(lines):
        if isinstance(item, Conversation):
            record = score(item)
            out.records.append(dump(record))
            out.messages += len(item.messages)
            out.flagged += bool(record["flagged"])
        else:
            out.problems.append((number, item))
    return out


def score_on_cluster(
    spec: ClusterSpec,
    url: str,
    sink: IO[str],
    settings: ScoreSettings,
    report: Callable[[str], None],
    storage_options: Mapping[str, Any] | None = None,
) -> ScoreTotals:
    """Score the JSON Lines at `url` (a path or any fsspec URL) on `spec`, writing records to `sink` in input
    order and reporting bad lines as `url:line: why`, exactly as the single-process `chats score` does."""
    parts = split_jsonlines(url, spec.partition_bytes, storage_options)
    totals = ScoreTotals()
    lines_before = 0
    with open_client(spec) as client:
        shared = client.scatter(settings, broadcast=True)
        for scored in run_ordered(client, score_partition, parts, shared, description="scoring"):
            sink.writelines(scored.records)
            for number, problem in scored.problems:
                report(f"{url}:{lines_before + number}: {problem}")
            lines_before += scored.lines
            totals.conversations += len(scored.records)
            totals.messages += scored.messages
            totals.flagged += scored.flagged
            totals.bad_lines += len(scored.problems)
    return totals
