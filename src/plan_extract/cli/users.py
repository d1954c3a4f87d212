"""`plan-extract users add`: the web page's accounts (kept in the store; see web/accounts.py)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from plan_extract.cli.app import DEFAULT_DB, DbOption, Group, PlanTyper, app, fail, say

users_app = PlanTyper(
    name="users",
    help="The web page's accounts.",
    cls=Group,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(users_app)


@users_app.command()
def add(
    name: Annotated[str, typer.Argument(help="The user name to log in with.")],
    role: Annotated[
        str,
        typer.Option(help="admin or reviewer (the whole province), commune (one commune's plans)."),
    ],
    commune: Annotated[
        str | None, typer.Option(help="A commune account's commune: its 5-digit code.")
    ] = None,
    password_stdin: Annotated[
        bool, typer.Option(help="Read the password from standard input (for scripts).")
    ] = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Add an account (or reset one: new password, role and commune). The password is asked
    for twice, unless --password-stdin. A running server keeps the mode it started in: restart
    it after adding the first account."""
    from plan_extract.web.accounts import Accounts, check_account
    from plan_extract.web.backend import Backend

    check_account(name, role, commune)
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif not sys.stdin.isatty():
        raise fail("no terminal to ask the password on: pass it with --password-stdin", 2)
    else:
        password = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    backend = Backend(db)
    try:
        user = Accounts(backend).add(name, role, commune, password)
    finally:
        backend.close()
    where = f" of commune {user.commune_code}" if user.commune_code else ""
    say(f"user {user.name} ({user.role}{where}) saved in {db}")
