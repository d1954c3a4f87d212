"""What every report format shows of a check: one entry per finding (a file that cannot be read
is a finding of the pseudo-rule `input.readable`), paths relative to the repository, and a
fingerprint that stays the same across runs, line shifts and languages."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from plan_extract.check.profile import Lang, Messages, Severity
from plan_extract.check.verdict import Verdict
from plan_extract.core.knowledge import Knowledge, data_file


class Labels(Knowledge):
    passed: str
    failed: str
    error: str
    warning: str
    summary: str


class ReadRule(Knowledge):
    """The pseudo-rule of a file that cannot be read, documented like a profile's rules."""

    id: str
    message: Messages
    summary: Messages
    description: Messages
    help: Messages


class ReportWords(Knowledge):
    labels: dict[Lang, Labels]
    input_readable: ReadRule


REPORT_WORDS = data_file("check/report.yaml", ReportWords)


def read_rule() -> ReadRule:
    return REPORT_WORDS.load().input_readable


def labels(lang: Lang) -> Labels:
    return REPORT_WORDS.load().labels[lang]


@dataclass(frozen=True)
class Entry:
    """One finding as the reports show it. `line` is None for the document as a whole (the
    formats that need a line put it on line 1)."""

    path: str
    rule_id: str
    severity: Severity
    message: str
    line: int | None
    fingerprint: str


def entries(verdict: Verdict, lang: Lang, root: Path) -> list[Entry]:
    """The verdict's findings, a read failure first. The fingerprint hashes the rule, the path
    in the repository and what the finding is about (never its line or wording), numbered
    when the same thing is found twice in one file."""
    found: list[tuple[str, Severity, str, int | None, str]] = []
    if verdict.failure is not None:
        rule = read_rule()
        message = rule.message.text(lang).format(error=verdict.failure)
        found.append((rule.id, "error", message, None, ""))
    found += [(f.rule.id, f.severity, f.message, f.line, f.subject) for f in verdict.findings]
    where = repository_path(verdict.path, root)
    seen: Counter[str] = Counter()
    result = []
    for rule_id, severity, message, line, subject in found:
        what = f"{rule_id}\n{where}\n{subject}"
        seen[what] += 1
        fingerprint = hashlib.sha256(f"{what}\n{seen[what]}".encode()).hexdigest()[:32]
        result.append(Entry(verdict.path, rule_id, severity, message, line, fingerprint))
    return result


def repository_root(start: Path) -> Path:
    """The top of the git work tree holding `start` (the folder with `.git`), else `start`:
    CI systems resolve reported paths against the repository's root."""
    start = start.resolve()
    return next((folder for folder in (start, *start.parents) if (folder / ".git").exists()), start)


def repository_path(path: str, root: Path) -> str:
    """`path` relative to the repository root with forward slashes; absolute when outside it."""
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(root.resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def in_repository(path: str, root: Path) -> bool:
    return Path(path).resolve().is_relative_to(root.resolve())
