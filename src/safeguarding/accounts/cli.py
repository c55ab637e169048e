"""`safeguarding users` and `safeguarding tokens`: accounts, roles and API tokens."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from safeguarding.accounts.roles import ROLES
from safeguarding.accounts.service import (
    AccountError,
    create_token,
    create_user,
    disable_user,
    list_tokens,
    list_users,
    revoke_token,
    set_password,
    set_role,
)
from safeguarding.console import DbOption, fail
from safeguarding.store import open_store

ROLE_HELP = "One of: " + ", ".join(ROLES) + "."
ACTOR_HELP = "Who is making the change (kept in the audit log)."

users_app = typer.Typer(
    help="Accounts and roles. Roles: admin (everything), child_safety_reviewer (all cases, may reveal "
    "media), reviewer (text cases only), analyst (ad networks and statistics, no media), "
    "api_client (submit and match only).",
    no_args_is_help=True,
)
tokens_app = typer.Typer(
    help="API tokens: `Authorization: Bearer <token>`. Shown once when created; only a SHA-256 is kept.",
    no_args_is_help=True,
)


def _read_password() -> str:
    line = sys.stdin.readline()
    password = line.rstrip("\r\n")
    if not password:
        fail("--password-stdin: no password on standard input")
    return password


@users_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="Login name (no spaces).")],
    role: Annotated[str, typer.Option("--role", help=ROLE_HELP)],
    password_stdin: Annotated[
        bool,
        typer.Option("--password-stdin", help="Read the password from the first line of standard input."),
    ] = False,
    actor: Annotated[str, typer.Option("--actor", help=ACTOR_HELP)] = "cli",
    db: DbOption = None,
) -> None:
    """Add a user. Without --password-stdin the account can use API tokens only (no browser login).

    Example: printf '%s\\n' "$PASSWORD" | safeguarding users add alice --role reviewer --password-stdin
    """
    password = _read_password() if password_stdin else None
    store = open_store(db)
    try:
        with store.session() as session:
            user = create_user(session, name, role, password, actor=actor)
            typer.echo(
                f"user {user.name} added with role {user.role}" + ("" if password else " (tokens only)")
            )
    except AccountError as exc:
        fail(str(exc))


@users_app.command("list")
def list_command(db: DbOption = None) -> None:
    """All users with their role and whether they can log in with a password."""
    store = open_store(db)
    with store.session() as session:
        for user in list_users(session):
            state = "disabled" if user.disabled else "active"
            login = "password" if user.password_hash else "tokens only"
            typer.echo(f"{user.name:<24} {user.role:<22} {state:<8} {login}")


@users_app.command("set-role")
def set_role_command(
    name: Annotated[str, typer.Argument()],
    role: Annotated[str, typer.Argument(help=ROLE_HELP)],
    actor: Annotated[str, typer.Option("--actor", help=ACTOR_HELP)] = "cli",
    db: DbOption = None,
) -> None:
    """Change a user's role; it applies from their next request."""
    store = open_store(db)
    try:
        with store.session() as session:
            set_role(session, name, role, actor=actor)
    except AccountError as exc:
        fail(str(exc))
    typer.echo(f"user {name} now has role {role}")


@users_app.command("set-password")
def set_password_command(
    name: Annotated[str, typer.Argument()],
    actor: Annotated[str, typer.Option("--actor", help=ACTOR_HELP)] = "cli",
    db: DbOption = None,
) -> None:
    """Set a user's password from the first line of standard input."""
    password = _read_password()
    store = open_store(db)
    try:
        with store.session() as session:
            set_password(session, name, password, actor=actor)
    except AccountError as exc:
        fail(str(exc))
    typer.echo(f"password of {name} changed")


@users_app.command("disable")
def disable(
    name: Annotated[str, typer.Argument()],
    actor: Annotated[str, typer.Option("--actor", help=ACTOR_HELP)] = "cli",
    db: DbOption = None,
) -> None:
    """Disable a user: their session and tokens stop working at the next request."""
    store = open_store(db)
    try:
        with store.session() as session:
            disable_user(session, name, actor=actor)
    except AccountError as exc:
        fail(str(exc))
    typer.echo(f"user {name} disabled")


@tokens_app.command("create")
def create(
    name: Annotated[str, typer.Argument(help="The user the token acts as.")],
    label: Annotated[str, typer.Option(help="What the token is for, e.g. 'upload service'.")] = "",
    actor: Annotated[str, typer.Option("--actor", help=ACTOR_HELP)] = "cli",
    db: DbOption = None,
) -> None:
    """Create an API token for a user and print it once (only its SHA-256 is stored).

    Example: safeguarding tokens create uploader --label "upload path"
    """
    store = open_store(db)
    try:
        with store.session() as session:
            row, token = create_token(session, name, label, actor=actor)
            token_id = row.id
    except AccountError as exc:
        fail(str(exc))
    typer.echo(token)
    typer.echo(f"token {token_id} for {name}: store it now, it cannot be shown again", err=True)


@tokens_app.command("list")
def list_tokens_command(
    name: Annotated[str | None, typer.Argument(help="Only this user's tokens.")] = None, db: DbOption = None
) -> None:
    """Tokens (id, user, first characters, label, last use); never the tokens themselves."""
    store = open_store(db)
    try:
        with store.session() as session:
            for row in list_tokens(session, name):
                state = "revoked" if row.revoked_at else "active"
                used = row.last_used_at.isoformat(timespec="seconds") if row.last_used_at else "never used"
                typer.echo(
                    f"{row.id:<5} {row.user.name:<20} {row.prefix}...  {state:<7} {used:<25} {row.label}"
                )
    except AccountError as exc:
        fail(str(exc))


@tokens_app.command("revoke")
def revoke(
    token_id: Annotated[int, typer.Argument(help="The token id (see `tokens list`).")],
    actor: Annotated[str, typer.Option("--actor", help=ACTOR_HELP)] = "cli",
    db: DbOption = None,
) -> None:
    """Revoke a token: it stops working at once."""
    store = open_store(db)
    try:
        with store.session() as session:
            revoke_token(session, token_id, actor=actor)
    except AccountError as exc:
        fail(str(exc))
    typer.echo(f"token {token_id} revoked")
