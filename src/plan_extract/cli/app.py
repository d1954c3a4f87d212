"""The typer application every command module registers on. Imports nothing heavy."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, cast, get_args

import typer

from plan_extract.core.version import __version__

if TYPE_CHECKING:
    from plan_extract.read import ReadOptions

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


DbOption = Annotated[
    str,
    typer.Option(
        "--db",
        envvar="PLAN_EXTRACT_DB",
        help="The store: a DuckDB file, or a PostgreSQL URL (postgresql://user@host/db). "
        "Also read from PLAN_EXTRACT_DB.",
    ),
]
DEFAULT_DB = "plans.duckdb"

OcrOption = Annotated[
    str, typer.Option(help="OCR for PDF pages: auto (pages without text), always, never.")
]


def read_options(ocr: str) -> ReadOptions:
    """The reading options a command was given; an unknown `--ocr` is a usage error."""
    from plan_extract.read import OcrMode, ReadOptions

    modes = get_args(OcrMode)
    if ocr not in modes:
        raise fail(f"--ocr must be {', '.join(modes[:-1])} or {modes[-1]}, not {ocr!r}", 2)
    return ReadOptions(ocr=cast("OcrMode", ocr))
