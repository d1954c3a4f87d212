"""The check's outputs: SARIF 2.1.0 valid against the published schema, JUnit XML that a standard
reader parses, JSON, and text coloured only on request."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema  # type: ignore[import-untyped]
import pytest

import factory
from plan_extract.check import FORMATS, Verdict, check_plan, load_profile, render
from plan_extract.core.contract import Task

SCHEMA = Path(__file__).resolve().parent.parent / "data" / "sarif-schema-2.1.0.json"
PROFILE = load_profile("generic-plan")


def verdicts() -> list[Verdict]:
    """One plan that passes, one with a document-level error and a task error, one unreadable."""
    good = factory.plan()
    task = Task(id="k9", section="V.2", line=29, text="Phối hợp tuyên truyền")
    bad = factory.plan(document=factory.document(signer=None), tasks=[task])
    return [
        Verdict("plans/good.txt", tuple(check_plan(good, PROFILE, {}, "en"))),
        Verdict("plans/xã bad.txt", tuple(check_plan(bad, PROFILE, {}, "en"))),
        Verdict("plans/broken.pdf", failure="the PDF is encrypted"),
    ]


def test_sarif_validates_against_the_2_1_0_schema() -> None:
    sarif = json.loads(render(verdicts(), PROFILE, "sarif", "en"))
    jsonschema.validate(sarif, json.loads(SCHEMA.read_text(encoding="utf-8")))
    results = sarif["runs"][0]["results"]
    located = [
        (
            r["ruleId"],
            r["level"],
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
        )
        for r in results
    ]
    assert located == [
        ("doc.signer", "error", "plans/x%C3%A3%20bad.txt", 1),
        ("tasks.lead", "error", "plans/x%C3%A3%20bad.txt", 29),
        ("input.readable", "error", "plans/broken.pdf", 1),
    ]
    rules = sarif["runs"][0]["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)


def test_junit_parses_and_counts_failures() -> None:
    root = ET.fromstring(render(verdicts(), PROFILE, "junit", "en"))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [
        "plans/good.txt",
        "plans/xã bad.txt",
        "plans/broken.pdf",
    ]
    counts = [(s.get("failures"), s.get("errors")) for s in suites]
    assert counts == [("0", "0"), ("2", "0"), ("0", "1")]
    assert suites[0].get("tests") == str(len(PROFILE.rules))
    failed = [c.get("name") for c in suites[1].iter("testcase") if c.find("failure") is not None]
    assert failed == ["doc.signer", "tasks.lead"]
    assert root.get("failures") == "2" and root.get("errors") == "1"


def test_json_lists_findings_per_plan() -> None:
    data = json.loads(render(verdicts(), PROFILE, "json", "vi"))
    assert data["profile"] == "generic-plan" and data["passed"] is False
    assert [(p["path"], p["passed"], p["errors"]) for p in data["plans"]] == [
        ("plans/good.txt", True, 0),
        ("plans/xã bad.txt", False, 2),
        ("plans/broken.pdf", False, 1),
    ]
    assert data["plans"][1]["findings"][1] == {
        "rule": "tasks.lead",
        "severity": "error",
        "line": 29,
        "message": "A task has no lead unit: Phối hợp tuyên truyền",
    }


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_text_is_plain_unless_coloured(lang: str) -> None:
    plain = render(verdicts(), PROFILE, "text", lang)  # type: ignore[arg-type]
    assert "\x1b[" not in plain
    assert "plans/xã bad.txt:29: " in plain
    assert ("1/3 kế hoạch đạt" if lang == "vi" else "1/3 plans pass") in plain
    coloured = render(verdicts(), PROFILE, "text", lang, color=True)  # type: ignore[arg-type]
    assert "\x1b[" in coloured


def test_outputs_are_deterministic() -> None:
    for fmt in FORMATS:
        assert render(verdicts(), PROFILE, fmt, "en") == render(verdicts(), PROFILE, fmt, "en")
