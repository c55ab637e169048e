"""`safeguarding chats ...`: score, train, evaluate, import and generate chat conversations."""

from __future__ import annotations

import json
import sys
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Annotated, Any

import typer

from safeguarding.chats.io import dump, open_input, open_output, read_conversations, stderr_report
from safeguarding.cluster import ClusterOption, ClusterSpec, PartitionSizeOption

app = typer.Typer(
    help=(
        "Grooming early warning for chat conversations: an explainable risk score per conversation, raised "
        "message by message, with the evidence lines and the manipulation stage they show. The score is a "
        "signal for a trained person, never a verdict."
    ),
    no_args_is_help=True,
)

INPUT_HELP = (
    'JSON Lines, one conversation a line: {"id": "c1", "participants": {"ana": {"declared_age": 13}}, '
    '"messages": [{"author": "ana", "text": "hi", "time": "2024-05-01T10:00:00Z"}]}. "-" reads stdin.'
)


class _Errors:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self, message: str) -> None:
        self.count += 1
        stderr_report(message)


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(2)


@app.command()
def score(
    input: Annotated[str, typer.Argument(help=INPUT_HELP)],
    out: Annotated[str, typer.Option("--out", "-o", help="Output JSON Lines ('-' for stdout).")] = "-",
    model: Annotated[
        Path | None, typer.Option(help="A model written by `chats train` (default: rules).")
    ] = None,
    threshold: Annotated[float | None, typer.Option(help="Warning policy: risk that counts as high.")] = None,
    window: Annotated[int | None, typer.Option(help="Warning policy: number of recent risk values.")] = None,
    required: Annotated[
        int | None, typer.Option(help="Warning policy: how many of them must be high.")
    ] = None,
    semantic: Annotated[
        bool,
        typer.Option(
            "--semantic/--no-semantic",
            help="Recognise moves by meaning (sentence embeddings) besides the patterns.",
        ),
    ] = True,
    semantic_model: Annotated[
        bool,
        typer.Option(
            "--semantic-model",
            help="Let the full MiniLM transformer decide lines the static table finds close (slower).",
        ),
    ] = False,
    typology: Annotated[
        str,
        typer.Option(
            help="grooming (the default), all (grooming and financial sextortion, docs/SEXTORTION.md: opt in,"
            " its blind precision is below target), or sextortion."
        ),
    ] = "grooming",
    cluster: ClusterOption = None,
    partition_size: PartitionSizeOption = None,
) -> None:
    """Score conversations message by message, never looking ahead.

    Writes one line a conversation: {"id", "risk": 0..1, "flagged", "first_warning": index of the message
    after which the warning was first raised or null, "suspect", "evidence": [{"message", "category",
    "stage", "text"}]}. Bad lines are reported on stderr with their line number; the rest is still scored
    (exit status 1 when some lines were rejected).

    With --cluster the file (a path, or a URL such as s3://bucket/chats.jsonl) is scored in byte-range
    partitions on Dask workers; the output and the bad-line reports are the same, in the same order.

    Example: safeguarding chats score chats.jsonl --out scored.jsonl
    Example: safeguarding chats score s3://bucket/chats.jsonl --cluster tcp://10.0.0.5:8786 -o scored.jsonl
    """
    from safeguarding.chats.loading import load_scorer
    from safeguarding.chats.sextortion import SextortionTracker, score_conversation
    from safeguarding.cluster import ClusterError, resolve_cluster

    if typology not in ("all", "grooming", "sextortion"):
        raise _fail(f"--typology {typology!r}: choose all, grooming or sextortion")
    policy = {
        k: v
        for k, v in (("threshold", threshold), ("window", window), ("required", required))
        if v is not None
    }
    try:
        spec = resolve_cluster(cluster, partition_size)
    except ClusterError as exc:
        raise _fail(str(exc)) from None
    if spec is not None:
        _score_on_cluster(spec, input, out, model, policy, semantic, semantic_model, typology)
        return
    tracker = None if typology == "grooming" else SextortionTracker(semantic=semantic)
    try:
        scorer = load_scorer(
            str(model) if model else None, policy=policy, semantic=semantic, cascade=semantic_model
        )
    except (OSError, ValueError) as exc:
        raise _fail(f"cannot load model {model}: {exc}") from None
    errors = _Errors()
    started = time.perf_counter()
    conversations = messages = flagged = 0
    try:
        with open_input(input) as source, open_output(out) as sink:
            for conv in read_conversations(source, input, errors):
                triples = [(m.author, m.text, m.time) for m in conv.messages]
                record = score_conversation(
                    None if typology == "sextortion" else scorer, tracker, conv.id, conv.participants, triples
                )
                sink.write(dump(record))
                conversations += 1
                messages += len(triples)
                flagged += record["flagged"]
    except OSError as exc:
        raise _fail(str(exc)) from None
    elapsed = time.perf_counter() - started
    rate = messages / elapsed if elapsed > 0 else 0.0
    typer.echo(
        f"scored {conversations} conversations ({messages} messages, {rate:,.0f} msg/s), {flagged} flagged"
        + (f", {errors.count} bad lines" if errors.count else ""),
        err=True,
    )
    if errors.count:
        raise typer.Exit(1)


def _score_on_cluster(
    spec: ClusterSpec,
    input: str,
    out: str,
    model: Path | None,
    policy: dict[str, float],
    semantic: bool,
    cascade: bool,
    typology: str,
) -> None:
    from safeguarding.chats.loading import load_scorer
    from safeguarding.chats.on_cluster import ScoreSettings, score_on_cluster
    from safeguarding.cluster import ClusterError

    if input == "-":
        raise _fail("--cluster reads a file or URL that workers can open, not standard input")
    model_json = None
    if model is not None:
        try:
            load_scorer(str(model), policy=policy, semantic=False)  # checked here, shipped as text
            model_json = model.read_text(encoding="utf-8")
        except (OSError, ValueError) as exc:
            raise _fail(f"cannot load model {model}: {exc}") from None
    settings = ScoreSettings(model_json, policy, semantic, cascade, typology)
    errors = _Errors()
    started = time.perf_counter()
    try:
        with open_output(out) as sink:
            totals = score_on_cluster(spec, input, sink, settings, errors)
    except (ClusterError, OSError) as exc:
        raise _fail(str(exc)) from None
    elapsed = time.perf_counter() - started
    rate = totals.messages / elapsed if elapsed > 0 else 0.0
    typer.echo(
        f"scored {totals.conversations} conversations ({totals.messages} messages, {rate:,.0f} msg/s) on "
        f"{spec.describe()}, {totals.flagged} flagged"
        + (f", {errors.count} bad lines" if errors.count else ""),
        err=True,
    )
    if errors.count:
        raise typer.Exit(1)


@app.command()
def train(
    labelled: Annotated[
        list[str],
        typer.Argument(
            help='Conversations (input format) with labels in each line: "label": "grooming"|"benign", '
            '"suspect": author, "onset": index of the first clear grooming message; or pass --truth. '
            "Several files are several writers: the false-alarm budget then holds for each writer's kinds."
        ),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Where to write the model (JSON).")],
    truth: Annotated[
        list[str] | None, typer.Option(help="Labels in separate truth files (same ids; repeatable).")
    ] = None,
    c: Annotated[float, typer.Option("--c", help="Inverse regularisation strength.")] = 0.1,
    ngrams: Annotated[
        bool, typer.Option(help="Add word n-grams (down-weighted; they learn the training writers' words).")
    ] = False,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    leave_writer_out: Annotated[
        bool, typer.Option(help="Validate the threshold leaving one input file (writer) out at a time.")
    ] = False,
) -> None:
    """Fit the statistical model (meaning features, optionally word n-grams; calibrated) on labelled chats.

    Each author is scored after their messages, as online; the suspect's snapshots from the onset on are
    the positives. The warning threshold is chosen on cross-validated risks: the best F0.5 with at most
    5% false alarms on every kind of benign conversation in the training data. The model is written as
    JSON and used with `chats score --model MODEL`.

    Example: safeguarding chats train labelled.jsonl --out model.json
    """
    from safeguarding.chats.model import train as fit

    errors = _Errors()
    labels: dict[str, dict[str, Any]] = {}
    from safeguarding.chats.evaluate import read_jsonl

    for truth_file in truth or []:
        try:
            with open_input(truth_file) as handle:
                labels.update({str(d["id"]): d for _, d in read_jsonl(handle, truth_file, errors)})
        except OSError as exc:
            raise _fail(str(exc)) from None
    items = []
    sources: list[str] = []
    for number, path in enumerate(labelled):
        try:
            with open_input(path) as source:
                for conv in read_conversations(source, path, errors):
                    label = labels.get(conv.id, conv.extra)
                    if label.get("label") not in ("grooming", "benign"):
                        errors(
                            f'{path}:{conv.line}: no "label" (grooming or benign) for conversation {conv.id}'
                        )
                        continue
                    record = {
                        "id": conv.id,
                        "participants": conv.participants,
                        "messages": [
                            {"author": m.author, "text": m.text, "time": m.time} for m in conv.messages
                        ],
                    }
                    items.append((record, label))
                    sources.append(f"{number}:{Path(path).stem}")
        except OSError as exc:
            raise _fail(str(exc)) from None
    try:
        model = fit(items, c=c, seed=seed, ngrams=ngrams, sources=sources, leave_writer_out=leave_writer_out)
    except ValueError as exc:
        raise _fail(str(exc)) from None
    out.write_text(json.dumps(model, separators=(",", ":")), encoding="utf-8")
    info = model["trained_on"]
    typer.echo(
        f"trained on {info['conversations']} conversations ({info['snapshots']} snapshots, "
        f"{info['positive_snapshots']} positive); threshold {model['policy']['threshold']}; wrote {out}",
        err=True,
    )
    if errors.count:
        raise typer.Exit(1)


@app.command()
def evaluate(
    scored: Annotated[str, typer.Argument(help="Output of `chats score`.")],
    truth: Annotated[
        str,
        typer.Argument(
            help='Truth JSON Lines: {"id", "label": "grooming"|"benign", "kind": "peers"|..., "suspect", '
            '"onset": index of the first clear grooming message}.'
        ),
    ],
    p: Annotated[float, typer.Option(help="Latency penalty parameter (Sadeque et al. 2018).")] = 0.0078,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Precision, recall, F1, F0.5 of `flagged`, ROC AUC of `risk`, warning delay and latency-weighted F1.

    Latency-weighted F1 is Vogt, Leser & Akbik (ACL 2021): F1 x speed, where speed = 1 - median penalty
    of the true positives' warning latency counted in messages from `onset`. Also prints the
    false-positive rate for each kind of benign conversation (the truth's "kind").

    Example: safeguarding chats evaluate scored.jsonl truth.jsonl
    """
    from safeguarding.chats.evaluate import evaluate as run
    from safeguarding.chats.evaluate import read_jsonl

    errors = _Errors()
    try:
        with open_input(scored) as handle:
            predictions = {str(d["id"]): d for _, d in read_jsonl(handle, scored, errors)}
        with open_input(truth) as handle:
            truths = [d for _, d in read_jsonl(handle, truth, errors)]
    except OSError as exc:
        raise _fail(str(exc)) from None
    report = run(predictions, truths, p=p)
    if as_json:
        typer.echo(json.dumps(report.as_dict(), indent=2))
    else:
        for line in report.lines():
            typer.echo(line)
    if errors.count:
        raise typer.Exit(1)


@app.command("import")
def import_pan(
    xml: Annotated[
        Path, typer.Argument(help="PAN-2012 conversations XML (the licensed corpus; not shipped).")
    ],
    out: Annotated[str, typer.Option("--out", "-o", help="Conversations JSON Lines ('-' for stdout).")] = "-",
    predators: Annotated[
        Path | None, typer.Option(help="PAN-2012 predator id list, one a line: also write a truth file.")
    ] = None,
    truth: Annotated[
        str | None, typer.Option(help="Where to write the truth file (needs --predators).")
    ] = None,
) -> None:
    """Convert PAN-2012 XML conversations into the input format of `chats score`, streaming.

    DTDs, entity expansion and external entities are refused (defusedxml). With --predators and --truth,
    a conversation with a listed author is labelled grooming with that author as suspect; PAN has no
    onset, so onset is 0 (latency is counted from the first message).

    Example: safeguarding chats import pan12.xml --out pan.jsonl --predators predators.txt --truth truth.jsonl
    """
    from safeguarding.chats.pan import PanImportError, iter_pan, read_predators

    ids: set[str] | None = None
    if predators:
        try:
            with predators.open(encoding="utf-8") as handle:
                ids = read_predators(handle)
        except OSError as exc:
            raise _fail(str(exc)) from None
    count = 0
    try:
        with xml.open("rb") as source, open_output(out) as sink, ExitStack() as stack:
            truth_sink = stack.enter_context(Path(truth).open("w", encoding="utf-8")) if truth else None
            for conversation, item in iter_pan(source, ids):
                sink.write(dump(conversation))
                if truth_sink:
                    truth_sink.write(dump(item))
                count += 1
    except OSError as exc:
        raise _fail(str(exc)) from None
    except PanImportError as exc:
        typer.echo(f"{xml}: {exc} (after {count} conversations)", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"imported {count} conversations from {xml}", err=True)


@app.command()
def generate(
    out: Annotated[str, typer.Option("--out", "-o", help="Conversations JSON Lines ('-' for stdout).")] = "-",
    truth: Annotated[str | None, typer.Option(help="Also write the truth file here.")] = None,
    n: Annotated[int, typer.Option("--n", "-n", help="Number of conversations.")] = 1000,
    seed: Annotated[int, typer.Option(help="Random seed (same seed, same output).")] = 0,
    grooming_share: Annotated[float, typer.Option(help="Share of grooming conversations.")] = 0.3,
    phrasing: Annotated[
        str,
        typer.Option(help="'a' or 'b': one half of the wordings of every move (for held-out tests); 'all'."),
    ] = "all",
    labelled: Annotated[
        bool, typer.Option(help="Put the truth fields into each conversation line (for `train`).")
    ] = False,
) -> None:
    """Write synthetic, non-explicit conversations in English, Spanish, French and German.

    Grooming conversations let manipulation emerge gradually after long ordinary talk, in varying orders
    and speeds; benign ones are mostly the hard kinds (peers, family, coaches, gamers trading items,
    friends arranging to meet, safety lessons quoting warning phrases, adults).

    Example: safeguarding chats generate --n 2000 --seed 7 --out chats.jsonl --truth truth.jsonl
    """
    from safeguarding.chats.generator import generate as build

    if phrasing not in ("a", "b", "all"):
        raise _fail("--phrasing must be a, b or all")
    with open_output(out) as sink, ExitStack() as stack:
        truth_sink = stack.enter_context(Path(truth).open("w", encoding="utf-8")) if truth else None
        for conversation, item in build(n, seed=seed, grooming_share=grooming_share, phrasing=phrasing):
            record: dict[str, Any] = dict(conversation)
            if labelled:
                record.update({k: v for k, v in item.items() if k != "id"})
            sink.write(dump(record))
            if truth_sink:
                truth_sink.write(dump(item))


def main() -> None:  # pragma: no cover - convenience for `python -m`
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
