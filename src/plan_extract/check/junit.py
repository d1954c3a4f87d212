"""Verdicts as JUnit XML, for CI systems that show test reports."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from plan_extract.check.profile import Lang, Profile
from plan_extract.check.report import read_rule
from plan_extract.check.verdict import Verdict


def to_junit(verdicts: Sequence[Verdict], profile: Profile, lang: Lang) -> str:
    """One test suite per plan, one test case per rule: a rule with an error fails; warnings are
    written to the case's output, since JUnit has no warning state. A file that cannot be read
    is one case in error."""
    root = ET.Element("testsuites", name=f"plan-extract check ({profile.name})")
    for verdict in verdicts:
        suite = ET.SubElement(root, "testsuite", name=verdict.path)
        cases = failures = errors = 0
        if verdict.failure is not None:
            cases += 1
            errors += 1
            unreadable = read_rule()
            case = ET.SubElement(suite, "testcase", classname=verdict.path, name=unreadable.id)
            message = unreadable.message.text(lang).format(error=verdict.failure)
            ET.SubElement(case, "error", message=message)
        else:
            for rule in profile.rules:
                cases += 1
                case = ET.SubElement(suite, "testcase", classname=verdict.path, name=rule.id)
                found = [f for f in verdict.findings if f.rule.id == rule.id]
                lines = "\n".join(f"{verdict.path}:{f.line or 1}: {f.message}" for f in found)
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
    for count in ("tests", "failures", "errors"):
        root.set(count, str(sum(int(suite.get(count, "0")) for suite in root)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"
