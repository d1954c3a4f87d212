"""Verdicts rendered for people (text, coloured on a terminal) and for machines (JSON, JUnit XML,
SARIF 2.1.0)."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any, Literal
from urllib.parse import quote

from plan_extract.check.profile import Lang, Profile
from plan_extract.check.verdict import Verdict
from plan_extract.core.version import __version__

Format = Literal["text", "json", "junit", "sarif"]
FORMATS: tuple[Format, ...] = ("text", "json", "junit", "sarif")

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
READ_RULE = "input.readable"
_READ_MESSAGE = {"vi": "Không đọc được tệp: {error}", "en": "The file cannot be read: {error}"}
_LABELS = {
    "vi": {"pass": "ĐẠT", "fail": "KHÔNG ĐẠT", "error": "lỗi", "warning": "cảnh báo",
           "summary": "{passed}/{total} kế hoạch đạt; {errors} lỗi, {warnings} cảnh báo"},
    "en": {"pass": "PASS", "fail": "FAIL", "error": "error", "warning": "warning",
           "summary": "{passed}/{total} plans pass; {errors} errors, {warnings} warnings"},
}  # fmt: skip


def render(verdicts: Sequence[Verdict], profile: Profile, fmt: Format, lang: Lang,
           color: bool = False) -> str:  # fmt: skip
    if fmt == "json":
        return json.dumps(to_json(verdicts, profile, lang), ensure_ascii=False, indent=2) + "\n"
    if fmt == "sarif":
        return json.dumps(to_sarif(verdicts, profile, lang), ensure_ascii=False, indent=2) + "\n"
    if fmt == "junit":
        return to_junit(verdicts, profile, lang)
    return to_text(verdicts, lang, color)


def _line(line: int | None) -> int:
    return line if line is not None else 1


def _read_message(verdict: Verdict, lang: Lang) -> str:
    return _READ_MESSAGE[lang].format(error=verdict.failure)


def to_text(verdicts: Sequence[Verdict], lang: Lang, color: bool) -> str:
    """`path: PASS|FAIL`, then one `path:line: severity [rule] message` per finding, then a
    summary. Colours only when asked (on a terminal)."""
    from rich.console import Console
    from rich.markup import escape

    labels = _LABELS[lang]
    buffer = io.StringIO()
    console = Console(
        file=buffer, force_terminal=color, no_color=not color, width=200, highlight=False
    )
    styles = {"error": "bold red", "warning": "yellow"}
    for verdict in verdicts:
        key, status_style = ("pass", "bold green") if verdict.passed else ("fail", "bold red")
        console.print(f"{escape(verdict.path)}: [{status_style}]{labels[key]}[/]")
        if verdict.failure is not None:
            text = escape(_read_message(verdict, lang))
            console.print(f"  {escape(verdict.path)}:1: [bold red]{labels['error']}[/] {text}")
        for finding in verdict.findings:
            where = f"{escape(verdict.path)}:{_line(finding.line)}"
            style = styles[finding.severity]
            console.print(
                f"  {where}: [{style}]{labels[finding.severity]}[/] "
                f"[dim]\\[{escape(finding.rule.id)}][/] {escape(finding.message)}"
            )
    errors = sum(v.count("error") + (v.failure is not None) for v in verdicts)
    summary = labels["summary"].format(
        passed=sum(v.passed for v in verdicts),
        total=len(verdicts),
        errors=errors,
        warnings=sum(v.count("warning") for v in verdicts),
    )
    console.print(summary)
    return buffer.getvalue()


def to_json(verdicts: Sequence[Verdict], profile: Profile, lang: Lang) -> dict[str, Any]:
    plans = []
    for verdict in verdicts:
        findings = [
            {
                "rule": f.rule.id,
                "severity": f.severity,
                "line": f.line,
                "message": f.message,
            }
            for f in verdict.findings
        ]
        if verdict.failure is not None:
            message = _read_message(verdict, lang)
            findings.insert(
                0, {"rule": READ_RULE, "severity": "error", "line": None, "message": message}
            )
        plans.append(
            {
                "path": verdict.path,
                "passed": verdict.passed,
                "errors": sum(1 for f in findings if f["severity"] == "error"),
                "warnings": verdict.count("warning"),
                "findings": findings,
            }
        )
    return {
        "profile": profile.name,
        "passed": all(v.passed for v in verdicts),
        "plans": plans,
    }


def to_junit(verdicts: Sequence[Verdict], profile: Profile, lang: Lang) -> str:
    """One test suite per plan, one test case per rule: a rule with an error fails; warnings are
    written to the case's output, since JUnit has no warning state."""
    root = ET.Element("testsuites", name=f"plan-extract check ({profile.name})")
    for verdict in verdicts:
        suite = ET.SubElement(root, "testsuite", name=verdict.path)
        cases = 0
        failures = 0
        errors = 0
        if verdict.failure is not None:
            cases += 1
            errors += 1
            case = ET.SubElement(suite, "testcase", classname=verdict.path, name=READ_RULE)
            ET.SubElement(case, "error", message=_read_message(verdict, lang))
        else:
            for rule in profile.rules:
                cases += 1
                case = ET.SubElement(suite, "testcase", classname=verdict.path, name=rule.id)
                found = [f for f in verdict.findings if f.rule.id == rule.id]
                lines = "\n".join(f"{verdict.path}:{_line(f.line)}: {f.message}" for f in found)
                if found and rule.severity == "error":
                    failures += 1
                    failure = ET.SubElement(case, "failure", message=found[0].message)
                    failure.set("type", rule.severity)
                    failure.text = lines
                elif found:
                    ET.SubElement(case, "system-out").text = lines
        suite.set("tests", str(cases))
        suite.set("failures", str(failures))
        suite.set("errors", str(errors))
    root.set("tests", str(sum(int(s.get("tests", "0")) for s in root)))
    root.set("failures", str(sum(int(s.get("failures", "0")) for s in root)))
    root.set("errors", str(sum(int(s.get("errors", "0")) for s in root)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def to_sarif(verdicts: Sequence[Verdict], profile: Profile, lang: Lang) -> dict[str, Any]:
    """One run; the profile's rules as the driver's rules; each finding a result located at the
    plan file and the item's line (line 1 for findings about the document as a whole)."""
    rules = [
        {
            "id": rule.id,
            "name": rule.check,
            "shortDescription": {"text": rule.message.text(lang)},
            "defaultConfiguration": {"level": rule.severity},
        }
        for rule in profile.rules
    ]
    rules.append(
        {
            "id": READ_RULE,
            "name": "input_readable",
            "shortDescription": {"text": _READ_MESSAGE[lang].format(error="…")},
            "defaultConfiguration": {"level": "error"},
        }
    )
    index = {rule["id"]: position for position, rule in enumerate(rules)}
    results = []
    for verdict in verdicts:
        found = [(f.rule.id, f.severity, f.message, f.line) for f in verdict.findings]
        if verdict.failure is not None:
            found.insert(0, (READ_RULE, "error", _read_message(verdict, lang), None))
        for rule_id, level, message, line in found:
            location = {
                "physicalLocation": {
                    "artifactLocation": {"uri": _uri(verdict.path)},
                    "region": {"startLine": _line(line)},
                }
            }
            results.append(
                {
                    "ruleId": rule_id,
                    "ruleIndex": index[rule_id],
                    "level": level,
                    "message": {"text": message},
                    "locations": [location],
                }
            )
    driver = {
        "name": "plan-extract",
        "version": __version__,
        "rules": rules,
    }
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{"tool": {"driver": driver}, "results": results}],
    }


def _uri(path: str) -> str:
    """A relative URI reference for a file path (forward slashes, reserved characters escaped)."""
    return quote(PurePath(path).as_posix())
