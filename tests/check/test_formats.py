"""The check's outputs: SARIF 2.1.0 valid against the published schema and fit for code scanning
(rule help, fingerprints that survive line shifts, paths relative to the repository), GitHub
workflow commands, GitLab Code Quality, JUnit XML that a standard reader parses, JSON, and text
coloured only on request."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest

import factory
from plan_extract.check import FORMATS, Verdict, check_plan, load_profile, render
from plan_extract.check.sarif import rules_uri
from plan_extract.core.contract import Plan, Task

SCHEMA = Path(__file__).resolve().parent.parent / "data" / "sarif-schema-2.1.0.json"
PROFILE = load_profile("generic-plan")
TASK = Task(id="k9", section="V.2", line=29, text="Phối hợp tuyên truyền")


@pytest.fixture(autouse=True)
def in_a_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The reports' paths are relative to the current folder, the root of a repository."""
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def bad_plan(*tasks: Task) -> Plan:
    return factory.plan(document=factory.document(signer=None), tasks=list(tasks or [TASK]))


def verdicts(lang: str = "en", bad: Plan | None = None) -> list[Verdict]:
    """One plan that passes, one with a document-level error and a task error, one unreadable."""
    bad = bad or bad_plan()
    return [
        Verdict("plans/good.txt", tuple(check_plan(factory.plan(), PROFILE, {}, lang))),  # type: ignore[arg-type]
        Verdict("plans/xã bad.txt", tuple(check_plan(bad, PROFILE, {}, lang))),  # type: ignore[arg-type]
        Verdict("plans/broken.pdf", failure="the PDF is encrypted"),
    ]


def sarif(found: list[Verdict], lang: str = "en") -> dict[str, Any]:
    data: dict[str, Any] = json.loads(render(found, PROFILE, "sarif", lang))  # type: ignore[arg-type]
    return data


def test_sarif_validates_against_the_2_1_0_schema(in_a_repository: Path) -> None:
    report = sarif(verdicts())
    jsonschema.validate(report, json.loads(SCHEMA.read_text(encoding="utf-8")))
    run = report["runs"][0]
    located = [
        (
            r["ruleId"],
            r["level"],
            r["locations"][0]["physicalLocation"]["artifactLocation"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
        )
        for r in run["results"]
    ]
    bad = {"uri": "plans/x%C3%A3%20bad.txt", "uriBaseId": "%SRCROOT%"}
    assert located == [
        ("doc.signer", "error", bad, 1),
        ("tasks.lead", "error", bad, 29),
        ("input.readable", "error", {"uri": "plans/broken.pdf", "uriBaseId": "%SRCROOT%"}, 1),
    ]
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": in_a_repository.as_uri() + "/"}}
    assert run["invocations"] == [{"executionSuccessful": True, "exitCode": 1}]
    rules = run["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in run["results"])


def test_the_exit_code_in_sarif_is_0_when_every_plan_passes() -> None:
    report = sarif([Verdict("plans/good.txt", ())])
    assert report["runs"][0]["invocations"][0]["exitCode"] == 0


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_sarif_rule_is_documented_and_links_to_the_rule_table(lang: str) -> None:
    rules = sarif(verdicts(lang), lang)["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.id for r in PROFILE.rules] + ["input.readable"]
    for rule in rules:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"], rule["id"]
        assert rule["shortDescription"]["text"] != rule["fullDescription"]["text"], rule["id"]
        assert rule["fullDescription"]["text"] in rule["help"]["text"]
        assert rule["help"]["markdown"].startswith("**")
        assert rule["help"]["markdown"].endswith(f"[`{rule['id']}`]({rules_uri()})")
        assert rule["helpUri"] == rules_uri()
    assert rules_uri().endswith("/blob/v0.1.0/README.md#check-rules")
    place = next(r for r in rules if r["id"] == "doc.place-date")
    if lang == "en":  # `<place>` stays text in Markdown, not a tag
        assert "\\<place\\>" in place["help"]["markdown"]


def fingerprints(found: list[Verdict], lang: str = "en") -> list[tuple[str, str]]:
    results = sarif(found, lang)["runs"][0]["results"]
    return [(r["ruleId"], r["partialFingerprints"]["planExtractFinding/v1"]) for r in results]


def test_fingerprints_are_stable_across_runs_line_shifts_and_languages() -> None:
    first = fingerprints(verdicts())
    assert first == fingerprints(verdicts())
    assert first == fingerprints(verdicts("vi"), "vi")
    shifted = bad_plan(TASK.model_copy(update={"line": 41}))
    moved = fingerprints(verdicts(bad=shifted))
    assert moved == first
    lines = [r["locations"][0]["physicalLocation"]["region"]["startLine"]
             for r in sarif(verdicts(bad=shifted))["runs"][0]["results"]]  # fmt: skip
    assert lines == [1, 41, 1]
    assert len({fingerprint for _, fingerprint in first}) == 3
    result = sarif(verdicts())["runs"][0]["results"][1]
    assert result["partialFingerprints"]["primaryLocationLineHash"] == first[1][1]


def test_fingerprints_tell_findings_apart() -> None:
    other = bad_plan(TASK.model_copy(update={"text": "Tập huấn cán bộ"}))
    assert fingerprints(verdicts(bad=other))[1] != fingerprints(verdicts())[1]
    twice = bad_plan(TASK, TASK.model_copy(update={"id": "k10", "line": 35}))
    prints = [f for rule, f in fingerprints(verdicts(bad=twice)) if rule == "tasks.lead"]
    assert len(prints) == 2 and prints[0] != prints[1]
    renamed = [Verdict("plans/renamed.txt", verdicts()[1].findings)]
    assert fingerprints(renamed)[1] != fingerprints(verdicts())[1]


def test_a_path_outside_the_repository_is_an_absolute_uri(tmp_path: Path) -> None:
    outside = tmp_path.parent / "elsewhere" / "plan.txt"
    report = sarif([Verdict(str(outside), failure="missing")])
    location = report["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": outside.as_uri()}


def test_paths_given_from_a_subfolder_are_relative_to_the_repository(
    in_a_repository: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (in_a_repository / "sub").mkdir()
    monkeypatch.chdir(in_a_repository / "sub")
    report = sarif([Verdict("plans/a.txt", failure="missing")])
    location = report["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "sub/plans/a.txt"


def test_github_workflow_commands_give_file_line_and_title() -> None:
    text = render(verdicts(), PROFILE, "github", "en")
    assert text.splitlines() == [
        "::error file=plans/xã bad.txt,line=1,title=doc.signer::"
        "The signer's position and name are missing",
        "::error file=plans/xã bad.txt,line=29,title=tasks.lead::"
        "A task has no lead unit: Phối hợp tuyên truyền",
        "::error file=plans/broken.pdf,line=1,title=input.readable::"
        "The file cannot be read: the PDF is encrypted",
        "1/3 plans pass; 3 errors, 0 warnings",
    ]


def test_github_commands_escape_what_would_end_a_property_or_the_message() -> None:
    found = [Verdict("plans/a,b:c.txt", failure="line one\nline two, 100%")]
    first = render(found, PROFILE, "github", "en").splitlines()[0]
    assert first == (
        "::error file=plans/a%2Cb%3Ac.txt,line=1,title=input.readable::"
        "The file cannot be read: line one%0Aline two, 100%25"
    )


def test_gitlab_code_quality_issues() -> None:
    issues = json.loads(render(verdicts(), PROFILE, "gitlab", "en"))
    assert [
        (i["check_name"], i["severity"], i["location"]["path"], i["location"]["lines"]["begin"])
        for i in issues
    ] == [
        ("doc.signer", "major", "plans/xã bad.txt", 1),
        ("tasks.lead", "major", "plans/xã bad.txt", 29),
        ("input.readable", "major", "plans/broken.pdf", 1),
    ]
    assert issues[1]["description"] == "A task has no lead unit: Phối hợp tuyên truyền"
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    assert [i["fingerprint"] for i in issues] == [f for _, f in fingerprints(verdicts())]
    warning = Verdict("p.txt", tuple(check_plan(factory.plan(sections=[]), PROFILE, {}, "en")))
    severities = {i["check_name"]: i["severity"] for i in json.loads(
        render([warning], PROFILE, "gitlab", "en"))}  # fmt: skip
    assert severities["section.reporting"] == "minor"
    assert severities["section.tasks"] == "major"


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
    finding = data["plans"][1]["findings"][1]
    assert finding == {
        "rule": "tasks.lead",
        "severity": "error",
        "line": 29,
        "message": "A task has no lead unit: Phối hợp tuyên truyền",
        "fingerprint": fingerprints(verdicts())[1][1],
    }
    assert data["plans"][2]["findings"][0]["line"] is None


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_text_is_plain_unless_coloured(lang: str) -> None:
    plain = render(verdicts(), PROFILE, "text", lang)  # type: ignore[arg-type]
    assert "\x1b[" not in plain
    assert "plans/xã bad.txt:29: " in plain
    assert ("1/3 kế hoạch đạt" if lang == "vi" else "1/3 plans pass") in plain
    coloured = render(verdicts(), PROFILE, "text", lang, color=True)  # type: ignore[arg-type]
    assert "\x1b[" in coloured


def test_text_keeps_brackets_from_files() -> None:
    found = [Verdict("plans/[dự thảo] a.txt", failure="[bold]not markup[/bold]")]
    text = render(found, PROFILE, "text", "en", color=True)
    assert "[dự thảo] a.txt" in text and "[bold]not markup[/bold]" in text


def test_outputs_are_deterministic() -> None:
    for fmt in FORMATS:
        assert render(verdicts(), PROFILE, fmt, "en") == render(verdicts(), PROFILE, fmt, "en")
