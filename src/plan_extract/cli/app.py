"""The typer application every command module registers on, and what all commands share: `-h`,
the global `--quiet`/`--verbose` (accepted anywhere on the line), help that shows types as words,
the one-line error. Imports nothing heavy."""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, cast, get_args, get_origin

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption
from typer.models import CommandFunctionType

from plan_extract.core.quiet import quiet_libraries
from plan_extract.core.version import __version__

if TYPE_CHECKING:
    from plan_extract.read import ReadOptions


class Verbosity(IntEnum):
    QUIET = -1
    NORMAL = 0
    VERBOSE = 1


_verbosity = Verbosity.NORMAL


def verbosity() -> Verbosity:
    """How much the command says besides its results: `-q` nothing but results and errors
    (no progress, no summaries), `-v` also a line per file with its time."""
    return _verbosity


# Words for the types of values in --help (`PATH`, not `<list[Path]>`; nothing for a flag).
_TYPE_WORDS: dict[object, str] = {Path: "PATH", str: "TEXT", int: "INTEGER", float: "NUMBER"}


def _type_word(param: TyperArgument | TyperOption) -> str | None:
    if isinstance(param, TyperOption) and (param.is_flag or param.count):
        return None
    if param.metavar is not None:
        return param.metavar
    annotation: Any = param.type_descriptor.annotation
    repeated = get_origin(annotation) is list
    if repeated:
        (annotation,) = get_args(annotation)
    if get_origin(annotation) is Literal:
        word = "|".join(str(choice) for choice in get_args(annotation))
    else:
        word = _TYPE_WORDS.get(annotation, getattr(annotation, "__name__", "VALUE").upper())
    return word + ("..." if repeated else "")


class _WordsArgument(TyperArgument):
    def display_type_rich(self, ctx: Any) -> str | None:
        return _type_word(self)

    def get_usage_pieces(self, ctx: Any) -> list[str]:
        """`FILES...` in the usage line, as click writes it (typer writes `{files}...`)."""
        name = (self.metavar or self.name or "").upper() + ("..." if self.nargs != 1 else "")
        return [name if self.required else f"[{name}]"]


class _WordsOption(TyperOption):
    def display_type_rich(self, ctx: Any) -> str | None:
        return _type_word(self)

    def process_value(self, ctx: Any, value: Any) -> Any:
        """A flag not given (None, as `--help` is on every call) goes to its callback as it is:
        typer would first build a pydantic TypeAdapter to turn None into None, and so import
        pydantic for `plan-extract parse --help` (a third of its time)."""
        if value is None and self.is_flag and not self.required:
            return self.callback(ctx, self, value) if self.callback is not None else value
        return super().process_value(ctx, value)


class _WholeFirstParagraph:
    """A command's line in its group's help is the whole first paragraph of its help, as typer's
    rich help shows it (click cuts it at the first full stop or at the width)."""

    help: str | None

    def get_short_help_str(self, limit: int = 45) -> str:
        first = (self.help or "").split("\n\n", 1)[0]
        return " ".join(first.split())


class _TypeWords:
    """Typer builds its own parameter objects, whose help shows Python annotations
    (`<list[Path]>`, `<bool>`); each is given the subclass that shows words instead (same
    state, a method or two differ)."""

    def get_params(self, ctx: Any) -> list[Any]:
        params: list[Any] = super().get_params(ctx)  # type: ignore[misc]
        for param in params:
            if isinstance(param, TyperOption):
                param.__class__ = _WordsOption
            elif isinstance(param, TyperArgument):
                param.__class__ = _WordsArgument
        return params


class Command(_WholeFirstParagraph, _TypeWords, TyperCommand):
    """A command whose --help shows the types of its values as words."""


_GLOBAL_FLAGS = frozenset({"-q", "--quiet", "-v", "--verbose"})


class Group(_WholeFirstParagraph, _TypeWords, TyperGroup):
    """The application: its help shows words too, and the global flags may come after the
    command's name (`plan-extract check plans/ -q`), as in uv or git."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        end = args.index("--") if "--" in args else len(args)
        flags = [arg for arg in args[:end] if arg in _GLOBAL_FLAGS]
        rest = [arg for arg in args[:end] if arg not in _GLOBAL_FLAGS] + args[end:]
        return super().parse_args(ctx, flags + rest)


class PlanTyper(typer.Typer):
    """typer.Typer whose commands are `Command`s, with click's plain help: typer's rich help
    imports rich and its markdown renderer, which took --help from 0.2 s to 0.5-0.8 s."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("rich_markup_mode", None)
        super().__init__(*args, **kwargs)

    def command(
        self, *args: Any, **kwargs: Any
    ) -> Callable[[CommandFunctionType], CommandFunctionType]:
        kwargs.setdefault("cls", Command)
        return super().command(*args, **kwargs)


app = PlanTyper(
    name="plan-extract",
    help="Turn Vietnamese official plans (Kế hoạch) into structured, comparable JSON.",
    cls=Group,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
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
    quiet: Annotated[
        bool,
        typer.Option(
            "-q", "--quiet", help="Say nothing but results and errors: no progress, no summary."
        ),
    ] = False,
    verbose: Annotated[
        bool, typer.Option("-v", "--verbose", help="Also a line per file, with its time.")
    ] = False,
) -> None:
    """Read plans from .txt, .md, .docx or .pdf; write JSON; compare, check and store them."""
    global _verbosity
    if quiet and verbose:
        raise fail("--quiet and --verbose cannot go together", 2)
    _verbosity = Verbosity.QUIET if quiet else Verbosity.VERBOSE if verbose else Verbosity.NORMAL
    quiet_libraries(verbose=_verbosity == Verbosity.VERBOSE)


def say(message: str) -> None:
    """One line on stderr, `plan-extract: message`; above the progress bar when one is drawn
    (the bar takes over `sys.stderr` while it runs: write through it, not around it)."""
    print(f"plan-extract: {message}", file=sys.stderr, flush=True)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print a one-line error on stderr and return the exit to raise."""
    say(message)
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


TimeoutOption = Annotated[
    float, typer.Option("--timeout", help="Seconds allowed per file.", min=0.001)
]
DEFAULT_TIMEOUT = 300.0


def read_options(ocr: str, timeout: float | None = None) -> ReadOptions:
    """The reading options a command was given; an unknown `--ocr` is a usage error."""
    from plan_extract.read import OcrMode, ReadLimits, ReadOptions

    modes = get_args(OcrMode)
    if ocr not in modes:
        raise fail(f"--ocr must be {', '.join(modes[:-1])} or {modes[-1]}, not {ocr!r}", 2)
    return ReadOptions(ocr=cast("OcrMode", ocr), limits=ReadLimits(max_seconds=timeout))
