"""The check's rules on plans built in code: each rule fires on the defect it names, and only
then."""

from __future__ import annotations

from pathlib import Path

import pytest

import factory
from plan_extract.check import check_plan, load_profile
from plan_extract.check.verdict import at_file_lines
from plan_extract.compare.national import NationalIndicator, national_catalog
from plan_extract.core.contract import DateParts, Deadline, Period, Plan, Signer, Task
from plan_extract.core.errors import UsageError

GENDER = "gender-equality-commune"


def rule_ids(plan: Plan, profile: str = GENDER, lang: str = "en") -> list[str]:
    findings = check_plan(plan, load_profile(profile), national_catalog(), lang)  # type: ignore[arg-type]
    return [f.rule.id for f in findings]


def test_a_complete_plan_has_only_domain_warnings() -> None:
    assert rule_ids(factory.plan(), "generic-plan") == []
    # the factory's single target is in economy; the other fields of the strategy are missing
    assert rule_ids(factory.plan()) == [
        "targets.domain.politics",
        "targets.domain.family",
        "targets.domain.health",
        "targets.domain.education",
        "targets.domain.communication",
    ]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"number": None, "symbol": None}, ["doc.number"]),
        ({"number": None}, ["doc.number-blank"]),
        ({"place": None}, ["doc.place-date"]),
        ({"issued": DateParts(year=2026, month=5, iso="2026-05")}, ["doc.date-incomplete"]),
        ({"issuer": None}, ["doc.issuer"]),
        ({"kind": "unknown"}, ["doc.kind-title"]),
        ({"title": None}, ["doc.kind-title"]),
        ({"signer": None}, ["doc.signer"]),
        ({"signer": Signer()}, ["doc.signer"]),
        ({"recipients": []}, ["doc.recipients"]),
        ({"period": None}, ["period.present"]),
    ],
)
def test_each_missing_document_part_is_named(
    changes: dict[str, object], expected: list[str]
) -> None:
    plan = factory.plan(document=factory.document(**changes))
    assert rule_ids(plan, "generic-plan") == expected


@pytest.mark.parametrize(
    ("kind", "rule"),
    [
        ("objectives", "section.objectives"),
        ("tasks", "section.tasks"),
        ("implementation", "section.implementation"),
        ("funding", "section.funding"),
    ],
)
def test_a_missing_section_kind_is_an_error(kind: str, rule: str) -> None:
    plan = factory.plan(sections=[s for s in factory.SECTIONS if s.kind != kind])
    findings = check_plan(plan, load_profile("generic-plan"), {}, "en")
    assert [(f.rule.id, f.severity) for f in findings] == [(rule, "error")]


def test_task_without_lead_is_reported_at_its_line() -> None:
    task = Task(id="k2", section="V.3", line=27, text="Tuyên truyền về bình đẳng giới")
    plan = factory.plan(tasks=[*factory.plan().tasks, task])
    findings = check_plan(plan, load_profile("generic-plan"), {}, "vi")
    assert [(f.rule.id, f.line) for f in findings] == [("tasks.lead", 27)]
    assert findings[0].message == (
        "Nhiệm vụ chưa có đơn vị chủ trì: Tuyên truyền về bình đẳng giới"
    )


def test_reporting_deadline_found_by_action_outside_the_reporting_section() -> None:
    deadline = Deadline(
        id="d1", text="trước ngày 25/11", kind="date", action="Báo cáo kết quả",
        section="V.2", line=28,
    )  # fmt: skip
    plan = factory.plan(deadlines=[deadline])
    assert "reporting.deadline" not in rule_ids(plan, "generic-plan")


def test_reporting_deadline_found_by_the_task_it_belongs_to() -> None:
    deadline = Deadline(id="d1", text="trước ngày 25/11", kind="date", section="V", line=28)
    task = Task(
        id="k1", section="V", line=28, text="định kỳ báo cáo về UBND xã trước ngày 25/11",
        lead=["phong-van-hoa-xa-hoi"], deadlines=["d1"],
    )  # fmt: skip
    plan = factory.plan(deadlines=[deadline], tasks=[task])
    assert "reporting.deadline" not in rule_ids(plan, "generic-plan")


def test_a_deadline_for_something_else_is_not_a_reporting_deadline() -> None:
    deadline = Deadline(
        id="d1", text="trước ngày 15/02", kind="date", action="xây dựng kế hoạch",
        section="V", line=25,
    )  # fmt: skip
    plan = factory.plan(deadlines=[deadline])
    findings = check_plan(plan, load_profile("generic-plan"), {}, "en")
    assert [(f.rule.id, f.line) for f in findings] == [("reporting.deadline", 31)]


def test_no_targets_is_an_error_in_the_gender_profile_only() -> None:
    plan = factory.plan(targets=[])
    assert "targets.present" in rule_ids(plan)
    assert rule_ids(plan, "generic-plan") == []


CATALOG = {
    "UP": NationalIndicator("UP", "higher", "percent", "higher", {2025: 50.0, 2030: 60.0}),
    "DOWN": NationalIndicator("DOWN", "lower", "percent", "lower", {2025: 30.0, 2030: 25.0}),
    "YESNO": NationalIndicator("YESNO", "yes or no", None, None, {}),
}


@pytest.mark.parametrize(
    ("indicator", "value", "comparator", "year", "weaker"),
    [
        ("UP", 60, ">=", 2030, False),
        ("UP", 55, ">=", 2030, True),
        ("UP", 55, ">=", 2027, False),  # the 2025 value (50) is the one in force in 2027
        ("UP", 40, ">=", 2024, False),  # no national value due yet
        ("DOWN", 25, "<", 2030, False),
        ("DOWN", 28, "<", 2030, True),
        ("DOWN", 28, ">=", 2030, False),  # a floor on a ceiling indicator cannot be ranked
        ("YESNO", 1, ">=", 2030, False),
    ],
)
def test_national_ambition_is_direction_aware(
    indicator: str, value: float, comparator: str, year: int, weaker: bool
) -> None:
    target = factory.target(
        national_indicator=indicator, value=value, comparator=comparator, year=year
    )
    plan = factory.plan(targets=[target])
    findings = check_plan(plan, load_profile(GENDER), CATALOG, "en")
    national = [f for f in findings if f.rule.id == "targets.national"]
    assert bool(national) == weaker
    if weaker:
        assert national[0].severity == "warning"
        assert national[0].line == target.line


def test_national_message_names_both_values() -> None:
    target = factory.target(national_indicator="DOWN", value=28, comparator="<", year=2030)
    findings = check_plan(factory.plan(targets=[target]), load_profile(GENDER), CATALOG, "en")
    assert [f.message for f in findings if f.rule.id == "targets.national"] == [
        "Target DOWN (< 28, 2030) is weaker than the national target 25 for 2030"
    ]


def test_a_recurring_target_is_measured_at_the_plan_end_year() -> None:
    target = factory.target(national_indicator="UP", value=55, year=None, frequency="yearly")
    findings = check_plan(factory.plan(targets=[target]), load_profile(GENDER), CATALOG, "en")
    assert any(f.rule.id == "targets.national" for f in findings)


def period_findings(start: int, end: int, basis_text: str) -> list[str]:
    basis = factory.document().basis[0].model_copy(update={"text": basis_text})
    period = Period(start_year=start, end_year=end)
    plan = factory.plan(document=factory.document(period=period, basis=[basis]))
    return [f.message for f in check_plan(plan, load_profile("generic-plan"), {}, "en")]


def test_period_outside_the_basis_period_is_a_warning() -> None:
    plan = factory.plan(document=factory.document(period=Period(start_year=2026, end_year=2031)))
    findings = check_plan(plan, load_profile("generic-plan"), {}, "en")
    assert [(f.rule.id, f.severity, f.message) for f in findings] == [
        (
            "period.basis",
            "warning",
            "The period 2026–2031 lies outside 2026–2030, the period of the basis document "
            "251/KH-UBND",
        )
    ]


@pytest.mark.parametrize(
    ("start", "end", "text", "consistent"),
    [
        (2026, 2030, "Đề án giai đoạn 2021 - 2025, định hướng đến năm 2030", True),
        (2026, 2030, "hướng dẫn quan trắc giai đoạn 2021- 2025", False),
        (2020, 2020, "Chiến lược giai đoạn 2021-2030", False),
        (2024, 2024, "Chiến lược truyền thông đến năm 2030", True),
        (2031, 2031, "Chiến lược truyền thông đến năm 2030", False),
        (2026, 2026, "Kế hoạch số 102/KH-UBND ngày 22/3/2021", True),
    ],
)
def test_period_against_the_horizon_of_the_basis(
    start: int, end: int, text: str, consistent: bool
) -> None:
    assert (period_findings(start, end, text) == []) == consistent


def test_a_basis_without_a_span_of_years_says_nothing_about_the_period() -> None:
    basis = factory.document().basis[0].model_copy(update={"text": "Kế hoạch số 251/KH-UBND"})
    plan = factory.plan(
        document=factory.document(period=Period(start_year=2019, end_year=2019), basis=[basis])
    )
    assert rule_ids(plan, "generic-plan") == []


def test_messages_in_both_languages() -> None:
    plan = factory.plan(document=factory.document(recipients=[]))
    profile = load_profile("generic-plan")
    assert check_plan(plan, profile, {}, "vi")[0].message == "Thiếu nơi nhận"
    assert check_plan(plan, profile, {}, "en")[0].message == "The recipients (Nơi nhận) are missing"


def test_builtin_profiles_validate_and_rule_ids_are_stable() -> None:
    generic = load_profile("generic-plan")
    gender = load_profile(GENDER)
    assert [r.id for r in gender.rules[: len(generic.rules)]] == [r.id for r in generic.rules]
    assert {"targets.present", "targets.national", "tasks.lead"} <= {r.id for r in gender.rules}
    assert all(r.message.vi and r.message.en for r in gender.rules)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_user_profile_extends_a_builtin_and_overrides_a_rule(tmp_path: Path) -> None:
    profile_path = write(
        tmp_path / "strict.yaml",
        """
name: strict
extends: generic-plan
description: {vi: Nghiêm, en: Strict}
rules:
  - id: section.reporting
    check: section
    kind: reporting
    severity: error
    message: {vi: Thiếu chế độ báo cáo, en: No reporting section}
""",
    )
    profile = load_profile(str(profile_path))
    reporting = [r for r in profile.rules if r.id == "section.reporting"]
    assert [r.severity for r in reporting] == ["error"]
    assert len(profile.rules) == len(load_profile("generic-plan").rules)
    plan = factory.plan(sections=[s for s in factory.SECTIONS if s.kind != "reporting"])
    findings = check_plan(plan, profile, {}, "en")
    assert [(f.rule.id, f.severity) for f in findings] == [("section.reporting", "error")]


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("name: x\ndescription: {vi: a, en: b}\nrules:\n"
         "  - {id: a, check: section, severity: error, message: {vi: a, en: b}}\n",
         "'kind' goes with check 'section'"),
        ("name: x\ndescription: {vi: a, en: b}\nrules:\n"
         "  - {id: a, check: task_lead, severity: error, message: {vi: '{nope}', en: b}}\n",
         "unknown placeholders"),
        ("name: x\ndescription: {vi: a, en: b}\nrules:\n"
         "  - {id: a, check: targets_present, severity: error, message: {vi: a, en: b}}\n"
         "  - {id: a, check: targets_present, severity: error, message: {vi: a, en: b}}\n",
         "duplicate rule ids"),
        ("name: x\ndescription: {vi: a, en: b}\nrules:\n"
         "  - {id: a, check: targets_present, severity: fatal, message: {vi: a, en: b}}\n",
         "rules.0.severity"),
        ("name: [unclosed", "cannot read the profile"),
    ],
)  # fmt: skip
def test_a_bad_user_profile_is_a_usage_error(tmp_path: Path, text: str, error: str) -> None:
    with pytest.raises(UsageError, match=error):
        load_profile(str(write(tmp_path / "bad.yaml", text)))


def test_an_unknown_profile_name_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown profile 'nope'"):
        load_profile("nope")


def test_a_profile_that_extends_itself_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "loop.yaml"
    write(path, f"name: loop\nextends: {path}\ndescription: {{vi: a, en: b}}\nrules: []\n")
    with pytest.raises(UsageError, match="extends itself"):
        load_profile(str(path))


def test_findings_move_to_file_lines() -> None:
    task = Task(id="k2", section="V.3", line=27, text="Tuyên truyền")
    plan = factory.plan(tasks=[task], document=factory.document(recipients=[]))
    findings = check_plan(plan, load_profile("generic-plan"), {}, "en")
    moved = at_file_lines(findings, {27: 61})
    assert [(f.rule.id, f.line) for f in moved] == [("doc.recipients", None), ("tasks.lead", 61)]
