"""The `safeguarding` command. The flow, one capability a command group:

ingest → extract signals → match and score → triage → review → report
  hash / scan / bank / match      (known media)
  ads link / networks             (classified ads)
  chats score / train             (grooming early warning)
  cases / serve / users / tokens  (triage and review)
  report / evidence / audit       (reporting, preservation, the audit log)
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from typing import Annotated, Any, ClassVar

import typer
import typer.main
from typer._click import exceptions as click_exceptions
from typer._click.core import Command, Context  # typer vendors click; its groups take these
from typer.core import TyperGroup

from safeguarding import __version__
from safeguarding.banks import IndexOutOfDateError, PDQSignal, check_threshold
from safeguarding.banks.cli import app as bank_app
from safeguarding.banks.cli import match_command
from safeguarding.banks.service import BankError
from safeguarding.cases.adapters import media_match_hook
from safeguarding.config import ConfigError
from safeguarding.console import DbOption, advance, fail, print_json, progress, warn
from safeguarding.demo import app as demo_app
from safeguarding.media import ImageLimits, iter_media_paths
from safeguarding.media.cli import hash_command
from safeguarding.scan import ScanSummary, scan_media
from safeguarding.store import open_store
from safeguarding.store.database import StoreError

EXPECTED_ERRORS = (StoreError, ConfigError, BankError, IndexOutOfDateError, ValueError, OSError)


class LazyGroup(TyperGroup):
    """Command groups of other capabilities load when used, so `safeguarding hash` does not pay for the
    web service, the models and the report schema."""

    LAZY: ClassVar[dict[str, tuple[str, str]]] = {
        "ads": ("safeguarding.ads.cli", "app"),
        "chats": ("safeguarding.chats.cli", "app"),
        "cases": ("safeguarding.cases.cli", "app"),
        "serve": ("safeguarding.web.cli", "serve"),
        "users": ("safeguarding.accounts.cli", "users_app"),
        "tokens": ("safeguarding.accounts.cli", "tokens_app"),
        "report": ("safeguarding.reports.cli", "app"),
        "evidence": ("safeguarding.evidence.cli", "app"),
        "audit": ("safeguarding.audit.cli", "app"),
    }

    def list_commands(self, ctx: Context) -> list[str]:
        return [*super().list_commands(ctx), *self.LAZY]

    def get_command(self, ctx: Context, cmd_name: str) -> Command | None:
        if cmd_name not in self.LAZY:
            return super().get_command(ctx, cmd_name)
        module_name, attribute = self.LAZY[cmd_name]
        target = getattr(importlib.import_module(module_name), attribute)
        command: Command
        if isinstance(target, typer.Typer):
            command = typer.main.get_group(target)
        else:
            single = typer.Typer()
            single.command(cmd_name)(target)
            command = typer.main.get_command(single)
        command.name = cmd_name
        return command

    def invoke(self, ctx: Context) -> Any:
        """Errors become one clear line on standard error (exit 2), never a traceback."""
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, KeyboardInterrupt, BrokenPipeError, click_exceptions.ClickException):
            raise
        except EXPECTED_ERRORS as exc:
            warn(str(exc))
            raise typer.Exit(2) from None
        except Exception as exc:
            if os.environ.get("SAFEGUARDING_DEBUG"):
                raise
            warn(f"unexpected {type(exc).__name__}: {exc} (set SAFEGUARDING_DEBUG=1 to see where)")
            raise typer.Exit(2) from None


app = typer.Typer(
    cls=LazyGroup,
    name="safeguarding",
    help="Find, link, triage and report online child sexual exploitation and trafficking.\n\n"
    "Every detection is a signal for a trained person, never a verdict.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.command("hash")(hash_command)
app.command("match")(match_command)
app.add_typer(bank_app, name="bank")
app.add_typer(demo_app, name="demo")


@app.command("scan")
def scan_command(
    paths: Annotated[list[Path], typer.Argument(help="Image files or folders to scan.")],
    bank: Annotated[
        list[str] | None, typer.Option("--bank", "-b", help="Bank to match against (repeat; default all).")
    ] = None,
    threshold: Annotated[
        int, typer.Option("--threshold", "-t", help="PDQ Hamming distance for a match.")
    ] = PDQSignal.default_threshold,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Hashing processes.")] = 1,
    json_output: Annotated[
        bool, typer.Option("--json", help="One JSON line per file, then a summary line.")
    ] = False,
    open_cases: Annotated[
        bool, typer.Option("--cases/--no-cases", help="Open a review case for each newly matched file.")
    ] = True,
    db: DbOption = None,
) -> None:
    """Hash, match and record every file: its signals and matches go into the store, and each new match
    opens a case in the review queue.

    Running it again records nothing twice; a scan that was stopped half-way finishes where it left off.
    Example: safeguarding scan uploads/ --bank hotline-list
    """
    try:
        check_threshold(threshold)
    except ValueError as exc:
        fail(str(exc))
    store = open_store(db)
    total = sum(1 for _ in iter_media_paths(paths))
    summary = ScanSummary()
    with progress("scanning", total) as bar:
        for result in scan_media(
            store,
            paths,
            banks=bank,
            threshold=threshold,
            workers=workers,
            limits=ImageLimits(),
            on_match=media_match_hook if open_cases else None,
        ):
            summary.add(result)
            advance(bar)
            if json_output:
                record: dict[str, object] = {"path": result.path}
                if result.error:
                    record["error"] = result.error
                else:
                    record["matches"] = [m.to_json() for m in result.matches]
                    record["already_recorded"] = result.already_recorded
                    if result.low_quality:
                        record["note"] = "PDQ quality under 50: not matched by PDQ"
                print_json(record)
            elif result.error:
                warn(f"{result.path}: {result.error}")
            elif result.matches:
                for m in result.matches:
                    labels = ";".join(m.labels) or "-"
                    typer.echo(
                        f"MATCH {result.path}  bank={m.bank} entry={m.entry_id} {m.signal_type} "
                        f"distance={m.distance} labels={labels}"
                    )
    counts = (
        f"{summary.files} files: {summary.new} new, {summary.already_recorded} already recorded, "
        f"{summary.matched} matched, {summary.errors} errors"
    )
    if json_output:
        print_json({"summary": vars(summary), "store": store.url})
    else:
        typer.echo(f"{counts}\nrecorded in {store.url}")
    if summary.errors:
        raise typer.Exit(1)


@app.command("version")
def version() -> None:
    """Print the version."""
    typer.echo(__version__)


def main() -> None:
    """Entry point of the `safeguarding` command."""
    try:
        app()
    except KeyboardInterrupt:
        warn("interrupted; run the same command again to finish (nothing recorded is lost)")
        sys.exit(130)
    except BrokenPipeError:  # the reader (say, `head`) has stopped: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
