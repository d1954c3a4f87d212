"""Verdicts as CI annotations: GitHub Actions workflow commands (`::error file=...::`, shown on
the pull request's files) and a GitLab Code Quality report (shown in the merge request)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from plan_extract.check.profile import Lang
from plan_extract.check.report import entries, repository_path
from plan_extract.check.verdict import Verdict

# GitLab's severities are info, minor, major, critical and blocker.
_GITLAB_SEVERITY = {"error": "major", "warning": "minor"}


def to_github(verdicts: Sequence[Verdict], lang: Lang, root: Path) -> str:
    """One workflow command per finding: `::error file=F,line=N,title=RULE::message`."""
    lines = []
    for verdict in verdicts:
        path = repository_path(verdict.path, root)
        for entry in entries(verdict, lang, root):
            where = f"file={_property(path)},line={entry.line or 1}"
            title = f"title={_property(entry.rule_id)}"
            lines.append(f"::{entry.severity} {where},{title}::{_data(entry.message)}\n")
    return "".join(lines)


def _data(text: str) -> str:
    """A workflow command's message: `%`, CR and LF escaped (GitHub's toolkit does the same)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    """A workflow command's property value: also `:` and `,`, which end a property."""
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def to_gitlab(verdicts: Sequence[Verdict], lang: Lang, root: Path) -> list[dict[str, Any]]:
    """GitLab Code Quality issues: description, check name, a fingerprint unique in the report
    and stable across runs, severity, and the file and line."""
    return [
        {
            "description": entry.message,
            "check_name": entry.rule_id,
            "fingerprint": entry.fingerprint,
            "severity": _GITLAB_SEVERITY[entry.severity],
            "location": {
                "path": repository_path(verdict.path, root),
                "lines": {"begin": entry.line or 1},
            },
        }
        for verdict in verdicts
        for entry in entries(verdict, lang, root)
    ]
