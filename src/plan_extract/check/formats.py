"""Verdicts rendered for people (text, coloured on a terminal) and for machines: JSON, JUnit
XML, SARIF 2.1.0 (code scanning), GitHub Actions workflow commands and GitLab Code Quality."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from plan_extract.check.annotations import to_github, to_gitlab
from plan_extract.check.junit import to_junit
from plan_extract.check.profile import Lang, Profile
from plan_extract.check.report import entries, labels, repository_root
from plan_extract.check.sarif import to_sarif
from plan_extract.check.verdict import Verdict

Format = Literal["text", "json", "junit", "sarif", "github", "gitlab"]
FORMATS: tuple[Format, ...] = ("text", "json", "junit", "sarif", "github", "gitlab")


def render(
    verdicts: Sequence[Verdict],
    profile: Profile,
    fmt: Format,
    lang: Lang,
    color: bool = False,
    root: Path | None = None,
    quiet: bool = False,
) -> str:
    """The report in `fmt`. Machine formats give paths relative to `root`, the repository's
    top (by default the git work tree around the current folder). A quiet text report leaves
    out the plans that pass and the summary."""
    root = root if root is not None else repository_root(Path.cwd())
    if fmt == "json":
        return _dump(to_json(verdicts, profile, lang, root))
    if fmt == "sarif":
        return _dump(to_sarif(verdicts, profile, lang, root))
    if fmt == "gitlab":
        return _dump(to_gitlab(verdicts, lang, root))
    if fmt == "github":
        return to_github(verdicts, lang, root) + summary(verdicts, lang) + "\n"
    if fmt == "junit":
        return to_junit(verdicts, profile, lang)
    return to_text(verdicts, lang, color, root, quiet)


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def summary(verdicts: Sequence[Verdict], lang: Lang) -> str:
    """`3/5 plans pass; 4 errors, 7 warnings` (a file that cannot be read counts as an error)."""
    return labels(lang).summary.format(
        passed=sum(v.passed for v in verdicts),
        total=len(verdicts),
        errors=sum(v.count("error") + (v.failure is not None) for v in verdicts),
        warnings=sum(v.count("warning") for v in verdicts),
    )


def to_text(
    verdicts: Sequence[Verdict], lang: Lang, color: bool, root: Path, quiet: bool = False
) -> str:
    """`path: PASS|FAIL`, then one `path:line: severity [rule] message` per finding, then a
    summary (quiet: only the plans that fail, no summary). Colours only when asked (on a
    terminal)."""
    from rich.console import Console
    from rich.markup import escape

    words = labels(lang)
    buffer = io.StringIO()
    console = Console(
        file=buffer, force_terminal=color, no_color=not color, width=200, highlight=False
    )
    styles = {"error": "bold red", "warning": "yellow"}
    for verdict in verdicts:
        if quiet and verdict.passed:
            continue
        status, status_style = (
            (words.passed, "bold green") if verdict.passed else (words.failed, "bold red")
        )
        console.print(f"{escape(verdict.path)}: [{status_style}]{status}[/]")
        for entry in entries(verdict, lang, root):
            where = f"{escape(entry.path)}:{entry.line or 1}"
            severity = words.error if entry.severity == "error" else words.warning
            console.print(
                f"  {where}: [{styles[entry.severity]}]{severity}[/] "
                f"[dim]\\[{escape(entry.rule_id)}][/] {escape(entry.message)}"
            )
    if not quiet:
        console.print(escape(summary(verdicts, lang)))
    return buffer.getvalue()


def to_json(
    verdicts: Sequence[Verdict], profile: Profile, lang: Lang, root: Path
) -> dict[str, Any]:
    plans = []
    for verdict in verdicts:
        found = entries(verdict, lang, root)
        plans.append(
            {
                "path": verdict.path,
                "passed": verdict.passed,
                "errors": sum(1 for entry in found if entry.severity == "error"),
                "warnings": verdict.count("warning"),
                "findings": [
                    {
                        "rule": entry.rule_id,
                        "severity": entry.severity,
                        "line": entry.line,
                        "message": entry.message,
                        "fingerprint": entry.fingerprint,
                    }
                    for entry in found
                ],
            }
        )
    return {"profile": profile.name, "passed": all(v.passed for v in verdicts), "plans": plans}
