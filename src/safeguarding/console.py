"""Shared command-line helpers: the --db option, clear errors instead of tracebacks, progress bars."""

from __future__ import annotations

import getpass
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

err_console = Console(stderr=True, highlight=False)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="SAFEGUARDING_DB",
        help="Database: a SQLite file path (default ./safeguarding.db) or a postgresql:// URL.",
        show_default=False,
    ),
]


def fail(message: str, code: int = 2) -> NoReturn:
    raise exit_with(message, code)


def warn(message: str) -> None:
    err_console.print(f"[yellow]error:[/yellow] {message}", markup=True, soft_wrap=True)


def print_json(record: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


@contextmanager
def progress(description: str, total: int | None) -> Iterator[Progress]:
    """A progress bar on standard error, shown only to a person at a terminal."""
    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err_console,
        transient=True,
        disable=not sys.stderr.isatty(),
    )
    with bar:
        bar.add_task(description, total=total)
        yield bar


def advance(bar: Progress, amount: int = 1) -> None:
    for task in bar.tasks:
        bar.advance(task.id, amount)


ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        envvar="SAFEGUARDING_CONFIG",
        help="Configuration YAML file (default ./safeguarding.yaml when present).",
        show_default=False,
    ),
]


def exit_with(message: str, code: int = 2) -> typer.Exit:
    """Print the error and return the exit to raise: `raise exit_with("...") from None`."""
    err_console.print(f"[red]error:[/red] {message}", markup=True, soft_wrap=True)
    return typer.Exit(code)


def exit_on_problems(problems: Sequence[object]) -> None:
    """Print each problem on standard error, then exit 1 if there was any."""
    for problem in problems:
        typer.echo(f"problem: {problem}", err=True)
    if problems:
        raise typer.Exit(1)


def actor_name(actor: str | None) -> str:
    """Who did it, for the audit log: the name given, else the operating-system login."""
    return actor or getpass.getuser()
