"""The `safeguarding` command: one Typer app, each capability a sub-command group."""
