"""`plan-extract parse`: plans in, one JSON each out."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from plan_extract.cli.app import (
    DEFAULT_TIMEOUT,
    OcrOption,
    TimeoutOption,
    Verbosity,
    app,
    fail,
    read_options,
    say,
    verbosity,
)
from plan_extract.cli.inputs import FormatInOption, stdin_format

if TYPE_CHECKING:
    from plan_extract.core.contract import Plan
    from plan_extract.read.inputs import Input


@app.command()
def parse(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="Plan files (.txt .md .docx .doc .pdf), folders, .zip archives, "
            "or - for standard input."
        ),
    ],
    out: Annotated[
        Path | None,
        typer.Option(
            "-o", "--out", help="Write one JSON per input into this folder (plan.docx.json)."
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace JSON files already in the -o folder.")
    ] = False,
    format_in: FormatInOption = None,
    ocr: OcrOption = "auto",
    with_lines: Annotated[
        bool,
        typer.Option(
            "--with-lines", help="Include the normalized lines that items' line and span cite."
        ),
    ] = False,
    timeout: TimeoutOption = DEFAULT_TIMEOUT,
) -> None:
    """Parse plans into JSON: to stdout for a single file, into a folder with -o."""
    from dataclasses import replace

    from plan_extract.cli.progress import track
    from plan_extract.core.errors import PlanExtractError
    from plan_extract.output.json import plan_to_json
    from plan_extract.pipeline import parse_bytes
    from plan_extract.read.bounds import describe
    from plan_extract.read.inputs import find_inputs

    options = read_options(ocr, timeout)
    inputs = find_inputs(files, stdin_format=stdin_format(format_in, files))
    if not inputs:
        raise fail("no plan files found in the paths given", 2)
    if out is None and len(inputs) > 1:
        raise fail("several inputs need -o DIR", 2)
    targets = output_paths(inputs, out, force) if out is not None else None
    failed = 0
    written: list[tuple[Input, Plan]] = []
    for index, item in enumerate(track(inputs, "parse", _name)):
        try:
            data = item.read(options.max_bytes)
            read_as = replace(options, format=item.declared)
            plan = parse_bytes(data, item.name, read_as, with_lines=with_lines)
        except PlanExtractError as exc:
            failed += 1
            say(f"{item.name}: {exc}")
            continue
        except Exception as exc:  # a fault of plan-extract: this file's line, the batch goes on
            failed += 1
            fault = f"{type(exc).__name__}: {describe(exc)}"
            say(f"{item.name}: internal error: {fault} (please report it)")
            continue
        if verbosity() != Verbosity.QUIET:
            say_unread(item, plan)
        text = plan_to_json(plan)
        if targets is None:
            typer.echo(text, nl=False)
            continue
        target = targets[index]
        partial = target.with_name(f"{target.name}.tmp")
        try:
            partial.write_text(text, encoding="utf-8")
            partial.replace(target)
        except OSError as exc:
            failed += 1
            say(f"{target}: cannot be written: {exc.strerror or exc}")
            continue
        written.append((item, plan))
    if out is not None and verbosity() != Verbosity.QUIET:
        print_summary(written)
    if failed:
        raise typer.Exit(1)


def output_paths(inputs: list[Input], out: Path, force: bool) -> list[Path]:
    """One JSON per input in `out`, named after the input's whole file name (`plan.docx.json`,
    `batch.zip!folder!plan.docx.json`), never two alike (`plan.docx-2.json`, also where names
    differ only in case); the folder is made. A file already there is a usage error unless
    `force`, found before anything is parsed."""
    if out.exists() and not out.is_dir():
        raise fail(f"{out} exists and is not a folder (-o names the folder to write into)", 2)
    targets: list[Path] = []
    used: set[str] = set()
    for item in inputs:
        name, count = f"{item.flat_name}.json", 1
        while name.casefold() in used:
            count += 1
            name = f"{item.flat_name}-{count}.json"
        used.add(name.casefold())
        targets.append(out / name)
    existing = next((target for target in targets if target.exists()), None)
    if existing is not None and not force:
        raise fail(f"{existing} exists (use --force to replace it)", 2)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise fail(f"{out}: {exc.strerror or exc}", 1) from exc
    return targets


def say_unread(item: Input, plan: Plan) -> None:
    """A line on stderr for each warning that says what the bounds on targets left unread: the
    plan is written, but not all of it was read."""
    from plan_extract.extract.targets import UNREAD_WARNINGS

    for warning in plan.warnings:
        if warning.code in UNREAD_WARNINGS:
            say(f"{item.name}: warning: {warning.message}")


def print_summary(written: list[tuple[Input, Plan]]) -> None:
    """One row per plan written: where it comes from, its number and date, its top sections.
    Cells are text from the files, never markup (`[dự thảo]` keeps its brackets)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"{len(written)} plan(s) parsed")
    for column in ("file", "commune", "province", "number", "date", "top-level sections"):
        table.add_column(column, overflow="fold")
    for item, plan in written:
        meta = plan.document
        commune = f"{meta.commune.type} {meta.commune.name}" if meta.commune else "-"
        sections = ", ".join(f"{s.number} {s.kind}" for s in plan.sections) or "-"
        cells = (
            item.short_name,
            commune,
            meta.province or "-",
            meta.number or "-",
            (meta.issued.iso if meta.issued else None) or "-",
            sections,
        )
        table.add_row(*(Text(cell) for cell in cells))
    console = Console(width=None if Console().is_terminal else 200)
    console.print(table)


def _name(item: Input) -> str:
    return item.name
