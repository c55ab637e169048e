"""`safeguarding transparency`: regulators' reports and the hidden-scale estimate, from the store.

safeguarding transparency dsa --from 2026-01-01 --to 2026-06-30 --out reports/dsa --provider "Example Ltd"
safeguarding transparency eu-csam --from 2026-01-01 --to 2026-12-31 --out reports/eu-csam
safeguarding transparency ofcom --from 2026-01-01 --to 2026-12-31 --out reports/ofcom
safeguarding transparency report --format ofcom --from 2026-01-01 --to 2026-12-31 --out reports/ofcom
safeguarding transparency scale --from 2026-01-01 --to 2026-12-31 --kind phone --kind account
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated, Any

import typer

from safeguarding.config import ConfigError, load_config
from safeguarding.console import ConfigOption, DbOption, fail
from safeguarding.measurement.period import Period, PeriodError
from safeguarding.measurement.settings import (
    MeasurementSettings,
    MeasurementSettingsError,
    load_measurement_settings,
)
from safeguarding.measurement.transparency import DEFAULT_THRESHOLD, FORMATS, TransparencyError, write_report
from safeguarding.store import open_store

app = typer.Typer(
    help="Transparency reports for regulators, and the hidden-scale estimate (docs/MEASUREMENT.md).\n\n"
    "Reports contain aggregates only: no content, no hash of an item, no account or reviewer "
    "identifier. Counts from 1 to --threshold (default 10) are written as 0 and ratios or medians over "
    "that few are left blank, so nobody can be singled out; totals are sums of the published figures.\n\n"
    "Formats: dsa (the CSV files of the DSA's Annex I templates, Implementing Regulation (EU) "
    "2024/2835), eu-csam (Regulation (EU) 2021/1232: cases found and false positives per technology), "
    "ofcom (Online Safety Act 2023, Schedule 8: what was found, how, how it was handled, how fast).",
    no_args_is_help=True,
)

FromOption = Annotated[
    str, typer.Option("--from", help="First day of the reporting period (YYYY-MM-DD, UTC).")
]
ToOption = Annotated[
    str, typer.Option("--to", help="Last day of the reporting period, inclusive (YYYY-MM-DD).")
]
OutOption = Annotated[
    Path, typer.Option("--out", help="Folder to write the files into (created if missing; files replaced).")
]
ThresholdOption = Annotated[
    int,
    typer.Option(
        "--threshold",
        help="Suppress counts from 1 up to this many (written as 0). 0 turns suppression off.",
    ),
]
ProviderOption = Annotated[str, typer.Option("--provider", help="DSA: name of the service provider.")]
ServiceOption = Annotated[str, typer.Option("--service", help="DSA: name of the service reported on.")]


def _period(start: str, end: str) -> Period:
    try:
        return Period.parse(start, end)
    except PeriodError as exc:
        fail(str(exc))


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"{option} {value!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-07-01")


def _settings(config: Path | None) -> MeasurementSettings:
    try:
        return load_measurement_settings(load_config(config).section("measurement"))
    except (ConfigError, MeasurementSettingsError) as exc:
        fail(str(exc))


def _write(
    report_format: str,
    start: str,
    end: str,
    out: Path,
    threshold: int,
    config: Path | None,
    db: str | None,
    *,
    provider: str = "",
    service: str = "",
    published: date | None = None,
    previous: date | None = None,
) -> None:
    period = _period(start, end)
    settings = _settings(config)
    store = open_store(db)
    try:
        with store.session() as session:
            written = write_report(
                session,
                period,
                out,
                report_format,
                threshold=threshold,
                provider=provider,
                service=service,
                published=published,
                previous=previous,
                settings=settings,
            )
    except TransparencyError as exc:
        fail(str(exc))
    finally:
        store.close()
    suppression = f"counts 1-{threshold} written as 0" if threshold else "no suppression"
    typer.echo(f"wrote {len(written)} files to {out} ({report_format}, {start} to {end}; {suppression})")
    for path in written:
        typer.echo(f"  {path.name}")


@app.command("dsa")
def dsa_command(
    start: FromOption,
    end: ToOption,
    out: OutOption,
    provider: ProviderOption = "",
    service: ServiceOption = "",
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date (YYYY-MM-DD). Default: today.")
    ] = None,
    previous: Annotated[
        str | None, typer.Option("--previous", help="Publication date of the previous report, if any.")
    ] = None,
    threshold: ThresholdOption = DEFAULT_THRESHOLD,
    config: ConfigOption = None,
    db: DbOption = None,
) -> None:
    """The DSA Annex I CSV files (Implementing Regulation (EU) 2024/2835).

    Official headers, rows and category keywords, filled where Safeguarding knows the answer:
    own-initiative measures by category (Part 5), automated means and their precision from
    reviewers' decisions (Part 8), the summary (Part 1) and the description of the automated means
    (Part 11). Notices, orders, complaints and staff are left blank for the provider.

    Example: safeguarding transparency dsa --from 2026-01-01 --to 2026-06-30 --out reports/dsa
    --provider "Example Ltd" --service "Example Chat"
    """
    _write(
        "dsa",
        start,
        end,
        out,
        threshold,
        config,
        db,
        provider=provider,
        service=service,
        published=_day(published, "--published"),
        previous=_day(previous, "--previous"),
    )


@app.command("eu-csam")
def eu_csam_command(
    start: FromOption,
    end: ToOption,
    out: OutOption,
    threshold: ThresholdOption = DEFAULT_THRESHOLD,
    config: ConfigOption = None,
    db: DbOption = None,
) -> None:
    """Regulation (EU) 2021/1232 figures: false positives per technology.

    Art. 3(1)(g)(vii): cases found (material vs solicitation of children) and the numbers and ratios
    of false positives per technology (hash matching, classifiers...), a false positive being a
    detection a reviewer dismissed.
    """
    _write("eu-csam", start, end, out, threshold, config, db)


@app.command("ofcom")
def ofcom_command(
    start: FromOption,
    end: ToOption,
    out: OutOption,
    threshold: ThresholdOption = DEFAULT_THRESHOLD,
    config: ConfigOption = None,
    db: DbOption = None,
) -> None:
    """Online Safety Act 2023, Schedule 8 pack for Ofcom.

    Illegal content found by category, how it was found, how it was handled, and the time to first
    review, decision and report per priority against the configured service levels.
    """
    _write("ofcom", start, end, out, threshold, config, db)


@app.command("report")
def report_command(
    start: FromOption,
    end: ToOption,
    out: OutOption,
    report_format: Annotated[str, typer.Option("--format", help=f"One of: {', '.join(FORMATS)}.")] = "dsa",
    threshold: ThresholdOption = DEFAULT_THRESHOLD,
    config: ConfigOption = None,
    db: DbOption = None,
) -> None:
    """Any format by name: `report --format eu-csam` is `eu-csam`."""
    if report_format not in FORMATS:
        fail(f"--format {report_format!r}: choose one of {', '.join(FORMATS)}")
    _write(report_format, start, end, out, threshold, config, db)


@app.command("scale")
def scale_command(
    start: Annotated[
        str | None, typer.Option("--from", help="First day (YYYY-MM-DD). Default: all time.")
    ] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last day, inclusive. Default: all time.")] = None,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind",
            help="Entity kinds that stand for an individual (repeat). Default: account, phone, photo.",
        ),
    ] = None,
    partners: Annotated[
        bool, typer.Option("--partners/--no-partners", help="Count each partner's matches as a list.")
    ] = True,
    bootstrap: Annotated[
        int, typer.Option(help="Bootstrap resamples (each repeats the model choice).")
    ] = 500,
    seed: Annotated[int, typer.Option(help="Seed of the bootstrap: same seed, same interval.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object instead of text.")] = False,
    db: DbOption = None,
) -> None:
    """Hidden-scale estimate: how many individuals there are, seen and unseen.

    Multiple-systems estimation from how the detectors' and partners' lists overlap on the same
    entities. Read the assumptions printed with it: a closed population, dependence between lists,
    linkage errors.
    """
    from safeguarding.measurement.scale import EstimationError, estimate_scale
    from safeguarding.measurement.scale_store import DEFAULT_KINDS, capture_table_from_store

    window = _period(start, end) if start and end else None
    if bool(start) != bool(end):
        fail("give both --from and --to, or neither (all time)")
    store = open_store(db)
    try:
        with store.session() as session:
            table = capture_table_from_store(
                session,
                kinds=kind or DEFAULT_KINDS,
                start=window.start if window else None,
                end=window.end if window else None,
                partners=partners,
            )
        if not as_json:
            typer.echo(
                f"{table.observed} individuals seen by {len(table.lists)} lists; fitting models...", err=True
            )
        result = estimate_scale(
            table, bootstrap=bootstrap, seed=seed, progress=None if as_json else _progress
        )
    except EstimationError as exc:
        fail(str(exc))
    finally:
        store.close()
    payload = result.to_dict() | {"table": table.to_dict()}
    if as_json:
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
        return
    _print_estimate(payload)


def _progress(done: int, total: int) -> None:
    """Every tenth of the bootstrap, on stderr (stdout stays the result)."""
    if done == total or done % max(1, total // 10) == 0:
        typer.echo(f"bootstrap {done}/{total}", err=True)


def _print_estimate(p: dict[str, Any]) -> None:
    label = "LOW CONFIDENCE: " if p["confidence"] == "low" else ""
    typer.echo(f"{label}estimated {p['estimate']} in all ({p['observed']} seen, {p['hidden']} unseen)")
    if p["interval"]:
        typer.echo(f"  interval {p['interval'][0]} to {p['interval'][1]} ({p['interval_method']})")
    typer.echo(f"  method: {p['method']}; lists: {', '.join(p['lists'])}")
    if p["method"] == "log-linear":
        model = ", ".join("x".join(pair) for pair in p["model"]) or "main effects only"
        low, high = p["plausible_range"]
        typer.echo(f"  chosen model: {model}")
        typer.echo(f"  plausible models ({len(p['plausible_models'])}) give {low} to {high}")
    for note in p["notes"]:
        typer.echo(f"  note: {note}")
    typer.echo("Assumptions:")
    for text in p["assumptions"]:
        typer.echo(f"  - {text}")
    typer.echo(f"(computed {datetime.now(UTC).date()})")
