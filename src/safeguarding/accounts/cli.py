"""`safeguarding users` and `safeguarding tokens`: accounts, roles and API tokens."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from safeguarding.accounts.audit import audit
from safeguarding.accounts.backends import BackendError, LoginState, open_login_state
from safeguarding.accounts.roles import ROLES
from safeguarding.accounts.service import (
    AccountError,
    create_token,
    create_user,
    disable_user,
    end_sessions,
    get_user,
    list_tokens,
    list_users,
    revoke_token,
    set_password,
    set_role,
)
from safeguarding.accounts.settings import SessionSettingsError
from safeguarding.console import ConfigOption, DbOption, fail
from safeguarding.store import Store, open_store

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
    """Change a user's role; it applies from their next request, and their browser sessions end."""
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
    """Set a user's password from the first line of standard input; their browser sessions end."""
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
    """Disable a user: their sessions end at once and their tokens stop working."""
    store = open_store(db)
    try:
        with store.session() as session:
            disable_user(session, name, actor=actor)
    except AccountError as exc:
        fail(str(exc))
    typer.echo(f"user {name} disabled")


def _login_state(store: Store, config: Path | None) -> LoginState:
    from safeguarding.config import ConfigError, load_config

    try:
        return open_login_state(store, load_config(config))
    except (ConfigError, SessionSettingsError, BackendError) as exc:
        fail(str(exc))


def _user_id_and_epoch(store: Store, name: str) -> tuple[int, int]:
    with store.session() as session:
        user = get_user(session, name)
        if user is None:
            fail(f"no user named {name!r}")
        return user.id, user.session_epoch


@users_app.command("sessions")
def sessions_command(
    name: Annotated[str, typer.Argument()], config: ConfigOption = None, db: DbOption = None
) -> None:
    """A user's live browser sessions: started, last used, ends at, address, browser.

    Sessions are listed by the first characters of their id's SHA-256 (the id itself is never stored).
    """
    store = open_store(db)
    state = _login_state(store, config)
    user_id, epoch = _user_id_and_epoch(store, name)
    records = state.sessions.of_user(user_id, epoch)
    for record in records:
        idle_end = record.last_seen_at + state.sessions.idle
        ends = min(idle_end, record.expires_at).isoformat(timespec="seconds")
        typer.echo(
            f"{record.id_hash[:12]}  started {record.created_at.isoformat(timespec='seconds')}  "
            f"last used {record.last_seen_at.isoformat(timespec='seconds')}  ends {ends}  "
            f"{record.client or '-'}  {record.user_agent[:60] or '-'}"
        )
    typer.echo(f"{len(records)} live session(s) for {name}", err=True)


@users_app.command("logout")
def logout_command(
    name: Annotated[str, typer.Argument()],
    actor: Annotated[str, typer.Option("--actor", help=ACTOR_HELP)] = "cli",
    config: ConfigOption = None,
    db: DbOption = None,
) -> None:
    """End every browser session of a user at once (API tokens are not touched: see `tokens revoke`)."""
    store = open_store(db)
    state = _login_state(store, config)
    try:
        with store.session() as session:
            user_id = end_sessions(session, name, actor=actor).id
    except AccountError as exc:
        fail(str(exc))
    state.sessions.end_user(user_id)  # the store's rows are gone already; this clears Redis too
    typer.echo(f"all sessions of {name} ended")


@users_app.command("unlock")
def unlock_command(
    name: Annotated[str, typer.Argument()],
    address: Annotated[
        str | None,
        typer.Option("--address", help="Also clear the failed logins counted for this client address."),
    ] = None,
    actor: Annotated[str, typer.Option("--actor", help=ACTOR_HELP)] = "cli",
    config: ConfigOption = None,
    db: DbOption = None,
) -> None:
    """Lift a login lock: forget the failed logins of the account (and of --address if given)."""
    store = open_store(db)
    state = _login_state(store, config)
    _user_id_and_epoch(store, name)
    had_account = state.throttle.unlock(name)
    had_address = state.throttle.unlock_address(address) if address else False
    with store.session() as session:
        details = {"failures_cleared": had_account, "address": address, "address_cleared": had_address}
        audit(session, actor, "user_unlock", f"user:{name}", details)
    typer.echo(f"{name} unlocked" + ("" if had_account else " (no failed logins were counted)"))


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
