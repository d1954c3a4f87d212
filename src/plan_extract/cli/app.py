"""The typer application every command module registers on. Imports nothing heavy."""

from __future__ import annotations

from typing import Annotated

import typer

from plan_extract import __version__

app = typer.Typer(
    name="plan-extract",
    help="Turn Vietnamese official plans (Kế hoạch) into structured, comparable JSON.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"plan-extract {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Read plans from .txt, .md, .docx or .pdf; write JSON; compare, check and store them."""


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print a one-line error on stderr and return the exit to raise."""
    typer.echo(f"plan-extract: {message}", err=True)
    return typer.Exit(code)
