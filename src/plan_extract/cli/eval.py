"""`plan-extract eval PATH...`: score the parser against gold annotations, per split and overall."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from plan_extract.cli.app import app, fail


def _bars(values: list[str], fields: tuple[str, ...], scored: tuple[str, ...]) -> dict[str, float]:
    """`0.95` sets the bar of every main field; `units=0.8` (or `header.title=0.9`) one field's."""
    bars: dict[str, float] = {}
    for value in values:
        name, _, number = value.rpartition("=")
        if name and name not in scored:
            raise fail(f"--min-f1: no field {name!r} (fields: {', '.join(scored)})", 2)
        try:
            bar = float(number)
        except ValueError:
            raise fail(f"--min-f1 takes a number or FIELD=NUMBER, not {value!r}", 2) from None
        for field in (name,) if name else fields:
            bars[field] = bar
    return bars


@app.command("eval")
def eval_command(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Gold YAML files or folders of them (corpus/gold, corpus/gold/dev)."),
    ],
    min_f1: Annotated[
        list[str] | None,
        typer.Option(
            "--min-f1",
            metavar="[FIELD=]NUMBER",
            help="Exit 1 when an overall F1 is below the bar: 0.95 for every main field, or "
            "FIELD=0.9 for one (repeatable).",
        ),
    ] = None,
    format: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
    variants: Annotated[
        bool,
        typer.Option(
            "--variants",
            help="Instead of scoring, read each gold plan rewritten (hard-wrapped, CRLF, .txt/.md, "
            "emphasis on headings) and rendered (Word, PDF); print how many variants read as the "
            "plan does and list the others; exit 1 when one differs.",
        ),
    ] = False,
) -> None:
    """Print precision, recall and F1 of targets, units, deadlines, header fields and top-level
    sections, per document, per split (the gold file's folder) and overall."""
    from plan_extract.cli.progress import track
    from plan_extract.evaluate.report import as_json, evaluate, gold_paths, render
    from plan_extract.evaluate.score import FIELDS, SCORED

    if format not in ("text", "json"):
        raise fail(f"--format must be text or json, not {format!r}", 2)
    bars = _bars(min_f1 or [], FIELDS, SCORED)
    files = gold_paths(paths)
    if not files:
        raise fail(f"no gold files (.yaml) in {', '.join(map(str, paths))}", 2)
    if variants:
        _check_variants(files)
        return
    result = evaluate(track(files, "eval"))
    if format == "json":
        typer.echo(json.dumps(as_json(result), ensure_ascii=False, indent=2))
    else:
        typer.echo(render(result), nl=False)
    low = [
        f"{name} {result.total.counts[name].f1:.2f} < {bar}"
        for name, bar in bars.items()
        if result.total.counts[name].f1 < bar
    ]
    if low:
        raise fail(f"F1 below the bar: {', '.join(low)}")


def _check_variants(files: list[Path]) -> None:
    from plan_extract.cli.progress import track
    from plan_extract.evaluate.variants import check_variants

    report = check_variants(track(files, "variants"))
    typer.echo(report.render(), nl=False)
    if report.differences:
        raise fail(f"{len(report.differences)} variant(s) read differently from their plan")
