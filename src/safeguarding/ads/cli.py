"""`safeguarding ads ...`: link classified ads into networks, summarise, evaluate, generate test data."""

from __future__ import annotations

import json
import os
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import IO

import typer

from safeguarding.ads.evaluate import evaluate as evaluate_scores
from safeguarding.ads.evaluate import format_scores, read_jsonl
from safeguarding.ads.features import Settings
from safeguarding.ads.generator import write_corpus
from safeguarding.ads.networks import format_table, read_output, summarise, write_html
from safeguarding.ads.pipeline import LinkStats, Reporter, link_ads
from safeguarding.cluster import (
    ClusterError,
    ClusterOption,
    ClusterSpec,
    PartitionSizeOption,
    resolve_cluster,
)
from safeguarding.text import DEFAULT_FALLBACK_REGIONS

app = typer.Typer(
    help="Classified-ad analysis: contacts (also obscured), indicators, and the networks behind the ads.",
    no_args_is_help=True,
)


@app.command()
def link(
    input: str = typer.Argument(..., help="Ads as JSON Lines, or - for standard input."),
    out: str = typer.Option("-", "--out", "-o", help="Output JSON Lines, or - for standard output."),
    region: str = typer.Option("US", help="Region for phone numbers written without a country code."),
    fallback_regions: str = typer.Option(
        ",".join(DEFAULT_FALLBACK_REGIONS), help="Regions tried next, for numbers not valid in --region."
    ),
    workers: int = typer.Option(min(2, os.cpu_count() or 1), help="Extraction processes (1 = no pool)."),
    cluster: ClusterOption = None,
    partition_size: PartitionSizeOption = None,
) -> None:
    """Extract contacts and indicators from each ad and link the ads into networks.

    Input, one ad a line: {"id": str, "title": str?, "text": str, "posted_at": ISO-8601?, "city": str?,
    "phone": str?, "email": str?, "images": [PDQ hex]?}. Output, one line an accepted ad, same order:
    {"id", "network", "template", "phones", "emails", "handles", "indicators", "score", "links", ...}.
    Problems are reported on standard error as FILE:LINE: message; the exit code is 1 if any line was
    rejected (not JSON, no id, duplicate id), 0 otherwise (warnings do not change it).

    With --cluster the crawl (a path, or a URL such as s3://bucket/crawl.jsonl) is linked on Dask workers,
    end to end: features per byte-range partition, candidate pairs by shuffles on contacts, text bands and
    photo keys, components on the distributed edge list. The output and the problems reported are the
    same as without it.

    Example: safeguarding ads link crawl.jsonl --out linked.jsonl
    Example: safeguarding ads link s3://bucket/crawl.jsonl --cluster tcp://10.0.0.5:8786 -o linked.jsonl
    """
    name = "<stdin>" if input == "-" else input
    rejected = 0

    def report(line_no: int, level: str, message: str) -> None:
        nonlocal rejected
        rejected += level == "error"
        print(f"{name}:{line_no}: {level}: {message}", file=sys.stderr)

    settings = Settings(
        region=region.upper(),
        fallback_regions=tuple(r.strip().upper() for r in fallback_regions.split(",") if r.strip()),
    )
    try:
        spec = resolve_cluster(cluster, partition_size)
        if spec is not None and input == "-":
            raise ClusterError("--cluster needs a file or URL to split, not standard input")
    except ClusterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        raise typer.Exit(2) from None
    with ExitStack() as stack:
        try:
            source: IO[bytes] | None = None
            if spec is None:  # on a cluster the workers read the file (or URL) themselves
                source = sys.stdin.buffer if input == "-" else stack.enter_context(open(input, "rb"))
            sink: IO[str] = (
                sys.stdout if out == "-" else stack.enter_context(open(out, "w", encoding="utf-8"))
            )
        except OSError as exc:
            print(f"error: {exc}", file=sys.stderr)
            raise typer.Exit(2) from None
        if source is not None:
            stats = link_ads(source, sink, report, settings=settings, workers=workers)
        else:
            assert spec is not None
            stats = _link_on_cluster(spec, input, sink, report, settings)
    print(
        f"{stats.ads} ads linked into {stats.networks} networks ({stats.ads_in_networks} ads in networks); "
        f"{stats.rejected} lines rejected, {stats.warnings} warnings; {stats.seconds['total']:.1f} s",
        file=sys.stderr,
    )
    if rejected:
        raise typer.Exit(1)


def _link_on_cluster(
    spec: ClusterSpec, url: str, sink: IO[str], report: Reporter, settings: Settings
) -> LinkStats:
    from safeguarding.ads.cluster import STAGES, link_ads_on_cluster
    from safeguarding.cluster import open_client
    from safeguarding.console import advance, progress

    try:
        with open_client(spec) as client, progress("ads link stages", len(STAGES)) as bar:
            return link_ads_on_cluster(
                client,
                url,
                sink,
                report,
                settings,
                partition_bytes=spec.partition_bytes,
                echo=lambda _: advance(bar),
            )
    except ClusterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        raise typer.Exit(2) from None


@app.command()
def networks(
    output: Path = typer.Argument(
        ..., help="Output of `ads link` (JSON Lines).", exists=True, dir_okay=False
    ),
    html: Path | None = typer.Option(None, "--html", help="Write index.html and one page a network here."),
    limit: int = typer.Option(50, help="Networks shown in the table (largest first); 0 for all."),
) -> None:
    """A table of networks: size, phones, cities in order of first appearance, first and last seen, top
    indicators. With --html DIR, one self-contained page a network: its ads, the template with its slots
    marked, the shared contacts and photos, and its movement as a timeline of cities.

    Example: safeguarding ads networks linked.jsonl --html networks/
    """
    with output.open(encoding="utf-8") as handle:
        summaries = summarise(read_output(handle))
    typer.echo(format_table(summaries, limit or None))
    typer.echo(f"{len(summaries)} networks, {sum(n.size for n in summaries)} ads in networks")
    if html is not None:
        written = write_html(output, html, limit=max(limit, 500) if limit else len(summaries))
        typer.echo(f"wrote {written} network pages and index.html to {html}")


@app.command()
def evaluate(
    output: Path = typer.Argument(..., help="Output of `ads link`.", exists=True, dir_okay=False),
    truth: Path = typer.Argument(
        ...,
        help='Truth: {"id", "network": str|null, "phones": [E.164], "indicators"?: [category]} a line.',
        exists=True,
        dir_okay=False,
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
) -> None:
    """Pairwise and B-cubed precision/recall/F1 of networks, precision/recall of phone extraction, the
    purity of the largest networks, and indicator precision/recall per category when the truth has them.

    Example: safeguarding ads evaluate linked.jsonl truth.jsonl
    """
    with output.open(encoding="utf-8") as out_handle, truth.open(encoding="utf-8") as truth_handle:
        scores = evaluate_scores(read_jsonl(out_handle), read_jsonl(truth_handle))
    typer.echo(json.dumps(scores.as_dict(), indent=2) if as_json else format_scores(scores))


@app.command()
def generate(
    ads: int = typer.Option(1000, "--ads", help="Number of ads."),
    seed: int = typer.Option(0, help="Random seed (same seed, same corpus)."),
    out: Path = typer.Option(..., "--out", help="Ads JSON Lines to write."),
    truth: Path | None = typer.Option(None, "--truth", help="Truth JSON Lines to write (networks, phones)."),
) -> None:
    """Write a synthetic, non-explicit ad corpus with known networks (for tests, demos and benchmarks).

    Example: safeguarding ads generate --ads 5000 --seed 7 --out ads.jsonl --truth truth.jsonl
    """
    with ExitStack() as stack:
        ads_handle = stack.enter_context(out.open("w", encoding="utf-8"))
        truth_handle = stack.enter_context(truth.open("w", encoding="utf-8")) if truth else None
        count = write_corpus(ads, seed, ads_handle, truth_handle)
    typer.echo(f"wrote {count} ads to {out}" + (f" and truth to {truth}" if truth else ""))
