"""What the commands that read plans share about their inputs: `-` for standard input and the
option naming its format."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, cast, get_args

import typer

from plan_extract.cli.app import fail

if TYPE_CHECKING:
    from plan_extract.core.contract import SourceFormat

FormatInOption = Annotated[
    str | None,
    typer.Option(
        "--format-in",
        help="Format of standard input (-): md, txt, docx, pdf or doc; "
        "judged by its content when not given.",
    ),
]


def stdin_format(format_in: str | None, paths: list[Path]) -> SourceFormat | None:
    """The format `--format-in` names for standard input; a usage error when it names none
    or no input is `-`."""
    from plan_extract.core.contract import SourceFormat
    from plan_extract.read.inputs import STDIN

    if format_in is None:
        return None
    formats = get_args(SourceFormat)
    if format_in not in formats:
        raise fail(
            f"--format-in must be {', '.join(formats[:-1])} or {formats[-1]}, not {format_in!r}", 2
        )
    if not any(str(path) == STDIN for path in paths):
        raise fail("--format-in names the format of standard input: give - as an input", 2)
    return cast("SourceFormat", format_in)
