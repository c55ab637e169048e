"""`safeguarding stats`: every measurement metric as tables or JSON, and the samples behind them.

safeguarding stats --from 2026-10-01 --to 2026-12-31 --by week
safeguarding stats --json --only funnel --only precision
safeguarding stats audit --detector hash_match --size 50
safeguarding stats double-review
safeguarding stats refresh
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer

from safeguarding.config import ConfigError, load_config
from safeguarding.console import ConfigOption, DbOption, fail
from safeguarding.measurement.metrics import METRICS
from safeguarding.measurement.period import BY_CHOICES, Period, PeriodError
from safeguarding.measurement.settings import (
    MeasurementSettings,
    MeasurementSettingsError,
    load_measurement_settings,
)
from safeguarding.store import open_store

app = typer.Typer(
    help="Measurement: what is found and how it is handled (docs/MEASUREMENT.md defines each metric).\n\n"
    "Without a subcommand, prints every metric for the period: detections by detector and category, "
    "distinct cases/accounts/networks, the funnel, time to review/decision/report against service "
    "levels, backlog, precision with Wilson intervals, recall from audits, reviewer agreement, "
    "reversals, reports and holds, reviewer exposure.\n\n"
    "Example: safeguarding stats --from 2026-10-01 --to 2026-12-31 --by month --only funnel --json",
    invoke_without_command=True,
)


def _settings(config: Path | None) -> MeasurementSettings:
    try:
        return load_measurement_settings(load_config(config).section("measurement"))
    except (ConfigError, MeasurementSettingsError) as exc:
        fail(str(exc))


def _cell(name: str, value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        if name.endswith("_s"):
            return f"{value / 3600:.1f}h"
        return f"{value:.3f}"
    if isinstance(value, dict):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def _table(title: str, rows: list[Any]) -> Iterator[str]:
    yield f"== {title} =="
    if not rows:
        yield "(none)"
        return
    names = [f.name for f in fields(rows[0])]
    cells = [[_cell(n, getattr(row, n)) for n in names] for row in rows]
    widths = [max(len(n), *(len(r[i]) for r in cells)) for i, n in enumerate(names)]
    yield "  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip()
    for r in cells:
        yield "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()


@app.callback()
def stats(
    ctx: typer.Context,
    start: Annotated[
        str | None, typer.Option("--from", help="First day (YYYY-MM-DD, UTC). Default: 84 days before --to.")
    ] = None,
    end: Annotated[
        str | None, typer.Option("--to", help="Last day, inclusive (YYYY-MM-DD). Default: today.")
    ] = None,
    by: Annotated[str, typer.Option("--by", help="Bucket for series: day, week or month.")] = "week",
    only: Annotated[
        list[str] | None,
        typer.Option("--only", help=f"Only these metrics (repeat): {', '.join(METRICS)}."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object instead of tables.")] = False,
    config: ConfigOption = None,
    db: DbOption = None,
) -> None:
    """Print the metrics for a period (see the group help)."""
    if ctx.invoked_subcommand is not None:
        return
    if by not in BY_CHOICES:
        fail(f"--by {by!r} is not one of: {', '.join(BY_CHOICES)}")
    try:
        period = Period.parse(start, end, by)
    except PeriodError as exc:
        fail(str(exc))
    names = only or list(METRICS)
    unknown = [name for name in names if name not in METRICS]
    if unknown:
        fail(f"--only {', '.join(unknown)}: unknown metric; choose from: {', '.join(METRICS)}")
    settings = _settings(config)
    now = datetime.now(UTC)
    store = open_store(db)
    try:
        with store.session() as session:
            results = {name: METRICS[name](session, period, settings=settings, now=now) for name in names}
    finally:
        store.close()
    if as_json:
        from safeguarding.measurement.metrics import as_plain

        payload = {
            "period": {"from": period.start.date().isoformat(), "to": end or now.date().isoformat(), "by": by}
        }
        payload |= {name: as_plain(value) for name, value in results.items()}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
        return
    typer.echo(f"Period: {period.describe()} (UTC)")
    for name, value in results.items():
        rows = value if isinstance(value, list) else [value]
        for line in _table(name, rows):
            typer.echo(line)
        typer.echo("")


@app.command("audit")
def audit_command(
    detector: Annotated[str, typer.Option(help="The detector whose unflagged items are sampled.")],
    size: Annotated[int, typer.Option(help="How many items to send to review.")] = 50,
    records: Annotated[
        Path | None,
        typer.Option(
            "--records",
            help='JSON Lines of the detector\'s unflagged items ({"ref": ..., "summary": ...}); '
            "not needed for hash_match, whose unmatched scanned media are in the store.",
        ),
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed of the random sample (same seed, same sample).")] = 0,
    db: DbOption = None,
) -> None:
    """Draw a recall audit: a random sample of items the detector did not flag, as "audit" cases."""
    from safeguarding.cases.service import CaseError
    from safeguarding.measurement.audits import draw_media_audit, draw_record_audit

    store = open_store(db)
    try:
        with store.session() as session:
            if records is None:
                if detector != "hash_match":
                    fail(f"--records is needed for detector {detector!r} (only hash_match samples the store)")
                draw = draw_media_audit(session, size, seed=seed, detector=detector)
            else:
                draw = draw_record_audit(session, detector, _read_records(records), size, seed=seed)
    except CaseError as exc:
        fail(str(exc))
    finally:
        store.close()
    typer.echo(
        f"drew {draw.drawn} of {draw.population} unflagged {detector} items into review as audit cases"
    )


def _read_records(path: Path) -> Iterator[dict[str, Any]]:
    try:
        handle = sys.stdin if str(path) == "-" else path.open(encoding="utf-8")
    except OSError as exc:
        fail(f"{path}: cannot read: {exc.strerror}")
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                fail(f"{path}:{number}: not JSON: {exc.msg}")
            if not isinstance(record, dict):
                fail(f"{path}:{number}: each line must be a JSON object")
            yield record


@app.command("refresh")
def refresh_command(config: ConfigOption = None, db: DbOption = None) -> None:
    """Recompute the dashboard's snapshots now (the server also does it every
    measurement.snapshot_refresh_seconds): the default period and every period the page asked for
    in the last week."""
    from safeguarding.measurement.snapshots import period_of_key, refresh_snapshots

    settings = _settings(config)
    store = open_store(db)
    try:
        typer.echo("computing the dashboard snapshots ...", err=True)
        done = refresh_snapshots(store, settings)
    finally:
        store.close()
    if done is None:
        typer.echo("another process is refreshing the snapshots now; nothing done")
        return
    for snapshot in done:
        typer.echo(
            f"snapshot {snapshot.key!r} ({period_of_key(snapshot.key).describe()}) computed at "
            f"{snapshot.computed_at:%Y-%m-%d %H:%M:%S} UTC in {snapshot.seconds:.1f} s"
        )


@app.command("double-review")
def double_review_command(
    rate: Annotated[
        float | None,
        typer.Option(help="Share of decided cases to draw (default: measurement.double_review_rate)."),
    ] = None,
    config: ConfigOption = None,
    db: DbOption = None,
) -> None:
    """Draw decided cases into the blind double-review sample (reviewer agreement, Cohen's kappa)."""
    from safeguarding.cases.service import CaseError
    from safeguarding.measurement.double_review import draw_double_reviews

    chosen = _settings(config).double_review_rate if rate is None else rate
    store = open_store(db)
    try:
        with store.session() as session:
            added = draw_double_reviews(session, chosen)
    except CaseError as exc:
        fail(str(exc))
    finally:
        store.close()
    typer.echo(f"drew {added} decided cases for a blind second review (rate {chosen:g})")
