"""`safeguarding payments ...`: score transactions for the payment trail of live-streamed abuse."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from safeguarding.payments.evaluate import evaluate as evaluate_figures
from safeguarding.payments.evaluate import format_figures
from safeguarding.payments.generator import write_corpus
from safeguarding.payments.reader import read_transactions
from safeguarding.payments.scorer import PaymentScorer
from safeguarding.payments.settings import load_settings

app = typer.Typer(
    help="Payments: customers whose transactions combine indicators of paying for live-streamed abuse.",
    no_args_is_help=True,
)


@app.command()
def score(
    transactions: str = typer.Argument(..., help="Transactions, JSON Lines or .csv (or - for stdin)."),
    out: str = typer.Option("-", "--out", "-o", help="Output JSON Lines, one line per customer."),
    config: Path | None = typer.Option(None, help="Configuration file (its `payments` section)."),
    watchlist: Path | None = typer.Option(None, help="Ids on a court-order list, one a line: flag outright."),
    fmt: str | None = typer.Option(None, "--format", help="jsonl or csv (default: from the file name)."),
) -> None:
    """Score each customer over the configured window; flag combinations of indicators.

    Output, one line per customer: {"customer", "score", "flagged", "indicators": [{"name", "weight",
    "txn_ids"}], "first_flag_time", "monthly_scores"}. Bad lines are named on standard error
    (FILE:LINE: message) and skipped; the exit code is 1 if any line was rejected.

    Example: safeguarding payments score txns.jsonl --out customers.jsonl
    """
    settings = load_settings(config, watchlist)
    rejected = 0

    def report(number: int, message: str) -> None:
        nonlocal rejected
        rejected += 1
        print(f"{transactions}:{number}: {message}", file=sys.stderr)

    scorer = PaymentScorer(settings)
    for txn in read_transactions(transactions, report, fmt):
        scorer.add(txn)
    flagged = 0
    handle = sys.stdout if out == "-" else open(out, "w", encoding="utf-8")  # noqa: SIM115
    try:
        for record in scorer.results():
            flagged += record["flagged"]
            handle.write(json.dumps(record) + "\n")
    finally:
        if handle is not sys.stdout:
            handle.close()
    if scorer.unknown_currencies:
        print(
            f"warning: no EUR rate for {', '.join(sorted(scorer.unknown_currencies))}; taken as EUR",
            file=sys.stderr,
        )
    print(f"{len(scorer.customers)} customers, {flagged} flagged, {rejected} bad lines", file=sys.stderr)
    if rejected:
        raise typer.Exit(1)


@app.command()
def generate(
    out: Path = typer.Option(..., "--out", help="Transactions to write."),
    truth: Path = typer.Option(..., "--truth", help="Truth per customer to write."),
    customers: int = typer.Option(5000, min=1),
    months: int = typer.Option(6, min=1, max=120),
    seed: int = typer.Option(1),
    offender_share: float = typer.Option(0.002, min=0.0, max=1.0),
    start: str = typer.Option("2024-01-01"),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl or csv"),
) -> None:
    """Synthetic transactions (benign lookalikes and offenders; ordinary memos only) and their truth."""
    counts = write_corpus(
        out,
        truth,
        seed=seed,
        customers=customers,
        months=months,
        offender_share=offender_share,
        start=start,
        fmt=fmt,
    )
    print(json.dumps(counts, sort_keys=True), file=sys.stderr)


@app.command()
def evaluate(
    scored: Path = typer.Argument(..., help="Output of `payments score`."),
    truth: Path = typer.Argument(..., help="Truth per customer."),
    capacity: float = typer.Option(0.001, help="Share of customers reviewed a month."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Precision at review capacity, recall, days to detection, false positives per benign kind."""
    figures = evaluate_figures(scored, truth, capacity)
    typer.echo(json.dumps(figures) if as_json else format_figures(figures))
