"""`plan-extract eval GOLD_DIR`: score extraction against gold annotations."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from plan_extract.cli.app import app, fail


@app.command("eval")
def eval_command(
    gold_dir: Annotated[Path, typer.Argument(help="A gold YAML file or a folder of them.")],
    min_f1: Annotated[
        float | None,
        typer.Option("--min-f1", help="Exit 1 when a field's micro-averaged F1 is below this."),
    ] = None,
) -> None:
    """Print precision, recall and F1 of targets, units and deadlines per document and overall."""
    from plan_extract.cli.progress import track
    from plan_extract.evaluate.gold import gold_files
    from plan_extract.evaluate.report import evaluate_one, micro_average, render

    files = gold_files(gold_dir)
    if not files:
        raise fail(f"no gold files (.yaml) in {gold_dir}", 2)
    results = [evaluate_one(path) for path in track(files, "eval")]
    total = micro_average(results)
    typer.echo(render(results, total))
    if min_f1 is not None:
        low = [name for name, counts in total.counts.items() if counts.f1 < min_f1]
        if low:
            raise fail(f"F1 below {min_f1} for: {', '.join(low)}")
