"""The `safeguarding` command. The flow, one capability a command group:

ingest → extract signals → match and score → triage → review → report
  hash / scan / bank / match      (known media)
  ads link / networks             (classified ads)
  chats score / train             (grooming early warning)
  cases / serve / users / tokens  (triage and review)
  report / evidence / audit       (reporting, preservation, the audit log)
  stats                           (measurement: what is found and how it is handled)
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any, ClassVar

import typer
import typer.main
from typer._click import exceptions as click_exceptions
from typer._click.core import Command, Context  # typer vendors click; its groups take these
from typer.core import TyperGroup

from safeguarding import __version__
from safeguarding.console import warn
from safeguarding.demo import app as demo_app
from safeguarding.media.cli import hash_command


def _explained(exc: Exception) -> bool:
    """Errors this project raises on purpose carry a message meant for the person at the terminal."""
    return isinstance(exc, ValueError | OSError) or type(exc).__module__.startswith("safeguarding.")


class LazyGroup(TyperGroup):
    """Command groups of other capabilities load when used, so `safeguarding hash` does not pay for the
    web service, the models and the report schema."""

    LAZY: ClassVar[dict[str, tuple[str, str]]] = {
        "scan": ("safeguarding.scan_cli", "scan_command"),
        "match": ("safeguarding.match_cli", "match_command"),
        "streams": ("safeguarding.streams.cli", "app"),
        "bank": ("safeguarding.bank_cli", "app"),
        "exchanges": ("safeguarding.exchanges.cli", "app"),
        "urls": ("safeguarding.urls.cli", "app"),
        "ads": ("safeguarding.ads.cli", "app"),
        "chats": ("safeguarding.chats.cli", "app"),
        "payments": ("safeguarding.payments.cli", "app"),
        "cases": ("safeguarding.entities.cli", "cases_app"),  # with entities: ingest records them
        "entities": ("safeguarding.entities.cli", "app"),
        "serve": ("safeguarding.web.cli", "serve"),
        "users": ("safeguarding.accounts.cli", "users_app"),
        "tokens": ("safeguarding.accounts.cli", "tokens_app"),
        "report": ("safeguarding.reports.cli", "app"),
        "evidence": ("safeguarding.reports.evidence_cli", "app"),  # adds preserve, export
        "audit": ("safeguarding.audit.cli", "app"),
        "stats": ("safeguarding.measurement.cli", "app"),
        "transparency": ("safeguarding.measurement.transparency.cli", "app"),
    }

    def list_commands(self, ctx: Context) -> list[str]:
        """In the order of the flow: hash first, the housekeeping commands last."""
        eager = super().list_commands(ctx)
        return (
            [name for name in eager if name == "hash"] + list(self.LAZY) + [n for n in eager if n != "hash"]
        )

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
        except Exception as exc:
            if os.environ.get("SAFEGUARDING_DEBUG"):
                raise
            if _explained(exc):
                warn(str(exc))
            else:
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
app.add_typer(demo_app, name="demo")


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
