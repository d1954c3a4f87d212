"""`plan-extract parse`: plans in, one JSON each out."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from plan_extract.cli.app import OcrOption, Verbosity, app, fail, read_options, verbosity

if TYPE_CHECKING:
    from plan_extract.core.contract import Plan


@app.command()
def parse(
    files: Annotated[
        list[Path], typer.Argument(help="Plan files (.txt .md .docx .doc .pdf) or folders.")
    ],
    out: Annotated[
        Path | None, typer.Option("-o", "--out", help="Write one JSON per input into this folder.")
    ] = None,
    ocr: OcrOption = "auto",
) -> None:
    """Parse plans into JSON: to stdout for a single file, into a folder with -o."""
    from plan_extract.core.errors import PlanExtractError
    from plan_extract.output.json import plan_to_json
    from plan_extract.pipeline import parse_path
    from plan_extract.read.inputs import expand_inputs

    options = read_options(ocr)
    inputs = list(expand_inputs(files))
    if not inputs:
        raise fail("no plan files found in the paths given", 2)
    if out is None and len(inputs) > 1:
        raise fail("several inputs need -o DIR", 2)
    if out is not None:
        if out.exists() and not out.is_dir():
            raise fail(f"{out} exists and is not a folder (-o names the folder to write into)", 2)
        out.mkdir(parents=True, exist_ok=True)
    failed = 0
    used_names: set[str] = set()
    written: list[tuple[Path, Plan]] = []
    for path in inputs:
        try:
            plan = parse_path(path, options)
        except PlanExtractError as exc:
            failed += 1
            typer.echo(f"plan-extract: {path}: {exc}", err=True)
            continue
        text = plan_to_json(plan)
        if out is None:
            typer.echo(text, nl=False)
            continue
        name = _unique_name(path, used_names)
        target = out / name
        tmp = target.with_suffix(".json.tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(target)
        written.append((path, plan))
    if out is not None and verbosity() != Verbosity.QUIET:
        print_summary(written)
    if failed:
        raise typer.Exit(1)


def _unique_name(path: Path, used: set[str]) -> str:
    name = f"{path.stem}.json"
    counter = 2
    while name in used:
        name = f"{path.stem}-{counter}.json"
        counter += 1
    used.add(name)
    return name


def print_summary(written: list[tuple[Path, Plan]]) -> None:
    """One row per plan written: where it comes from, its number and date, its top sections.
    Cells are text from the files, never markup (`[dự thảo]` keeps its brackets)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"{len(written)} plan(s) parsed")
    for column in ("file", "commune", "province", "number", "date", "top-level sections"):
        table.add_column(column, overflow="fold")
    for path, plan in written:
        meta = plan.document
        commune = f"{meta.commune.type} {meta.commune.name}" if meta.commune else "-"
        sections = ", ".join(f"{s.number} {s.kind}" for s in plan.sections) or "-"
        cells = (
            path.name,
            commune,
            meta.province or "-",
            meta.number or "-",
            (meta.issued.iso if meta.issued else None) or "-",
            sections,
        )
        table.add_row(*(Text(cell) for cell in cells))
    console = Console(width=None if Console().is_terminal else 200)
    console.print(table)
