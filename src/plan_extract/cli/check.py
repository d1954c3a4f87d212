"""`plan-extract check`: a completeness verdict per plan, for people and for CI."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from plan_extract.cli.app import Verbosity, app, fail, verbosity
from plan_extract.cli.inputs import FormatInOption, stdin_format


@app.command()
def check(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="Plan files, their JSON (from parse), folders, .zip archives, or - for "
            "standard input."
        ),
    ],
    profile: Annotated[
        str,
        typer.Option(
            help="Built-in profile (generic-plan, gender-equality-commune) or a YAML file."
        ),
    ] = "generic-plan",
    format: Annotated[
        str,
        typer.Option(
            "--format", help="text, json, junit, sarif (code scanning), github or gitlab."
        ),
    ] = "text",
    lang: Annotated[str, typer.Option(help="Language of the messages: vi or en.")] = "vi",
    format_in: FormatInOption = None,
) -> None:
    """Check plans for completeness against a profile of rules.

    Exit 0 when no plan has an error, 1 when one has (or a file cannot be read), 2 on a usage
    error. Machine formats give paths relative to the repository around the current folder.
    """
    import os
    import sys

    from plan_extract.check import FORMATS, Verdict, check_plan, exit_code, load_profile, render
    from plan_extract.check.verdict import at_file_lines
    from plan_extract.cli.progress import track
    from plan_extract.compare.national import national_catalog
    from plan_extract.compare.plans import load_one, plan_inputs

    if format not in FORMATS:
        raise fail(f"--format must be one of {', '.join(FORMATS)}, not {format!r}", 2)
    if lang not in ("vi", "en"):
        raise fail(f"--lang must be vi or en, not {lang!r}", 2)
    declared = stdin_format(format_in, files)
    rules = load_profile(profile)
    catalog = national_catalog()
    inputs = plan_inputs(files, declared)
    if not inputs:
        raise fail("no plan files found in the paths given", 2)
    verdicts = []
    for item in track(inputs, "check", lambda item: item.name):
        loaded = load_one(item)
        name = loaded.name
        if loaded.plan is None:
            verdicts.append(Verdict(name, failure=loaded.failure))
            continue
        findings = check_plan(loaded.plan, rules, catalog, lang)  # type: ignore[arg-type]
        if loaded.file_lines is not None:
            findings = at_file_lines(findings, loaded.file_lines)
        verdicts.append(Verdict(name, tuple(findings)))
    color = format == "text" and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    quiet = verbosity() == Verbosity.QUIET
    report = render(verdicts, rules, format, lang, color, quiet=quiet)  # type: ignore[arg-type]
    typer.echo(report, nl=False)
    raise typer.Exit(exit_code(verdicts))
