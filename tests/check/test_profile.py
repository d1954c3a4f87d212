"""Profiles: a rule inherited from the profile a profile extends can be switched off or given
another severity by id; the built-in rules are documented, and the README's rule table lists
them all."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import factory
from plan_extract.check import check_plan, load_profile
from plan_extract.check.report import read_rule
from plan_extract.core.errors import UsageError

README = Path(__file__).resolve().parents[2] / "README.md"
GENERIC = load_profile("generic-plan")
GENDER = load_profile("gender-equality-commune")


def profile_file(tmp_path: Path, rules: str, extends: str = "gender-equality-commune") -> str:
    path = tmp_path / "mine.yaml"
    path.write_text(
        f"name: mine\nextends: {extends}\ndescription: {{vi: a, en: b}}\nrules:\n{rules}",
        encoding="utf-8",
    )
    return str(path)


def test_an_inherited_rule_can_be_switched_off(tmp_path: Path) -> None:
    off = ("targets.domain.politics", "doc.signer")
    path = profile_file(tmp_path, "".join(f"  - {{id: {i}, enabled: false}}\n" for i in off))
    profile = load_profile(path)
    assert [rule.id for rule in profile.rules] == [r.id for r in GENDER.rules if r.id not in off]
    unsigned = factory.plan(document=factory.document(signer=None))
    found = [f.rule.id for f in check_plan(unsigned, profile, {}, "en")]
    assert "doc.signer" not in found and "targets.domain.politics" not in found
    assert "targets.domain.health" in found  # the others still run


def test_an_inherited_rule_can_change_its_severity_in_place(tmp_path: Path) -> None:
    profile = load_profile(profile_file(tmp_path, "  - {id: section.reporting, severity: error}\n"))
    assert [r.id for r in profile.rules] == [r.id for r in GENDER.rules]
    reporting = next(r for r in profile.rules if r.id == "section.reporting")
    assert reporting.severity == "error"
    assert reporting.message == next(r for r in GENDER.rules if r.id == "section.reporting").message


def test_a_switch_reaches_through_two_levels_and_a_rule_can_come_back(tmp_path: Path) -> None:
    off = profile_file(tmp_path, "  - {id: tasks.lead, enabled: false}\n")
    child = tmp_path / "child.yaml"
    child.write_text(
        "name: child\nextends: mine.yaml\ndescription: {vi: a, en: b}\nrules:\n"
        "  - {id: tasks.lead, check: task_lead, severity: warning, message: {vi: a, en: b}}\n",
        encoding="utf-8",
    )
    assert "tasks.lead" not in [r.id for r in load_profile(off).rules]
    back = [r for r in load_profile(str(child)).rules if r.id == "tasks.lead"]
    assert [r.severity for r in back] == ["warning"]


@pytest.mark.parametrize(
    ("rules", "extends", "error"),
    [
        ("  - {id: no.such.rule, enabled: false}\n", "generic-plan", "no inherited rule"),
        ("  - {id: doc.signer}\n", "generic-plan", "give a check to define it"),
        ("  - {id: doc.signer, enabled: maybe}\n", "generic-plan", "rules.0.enabled"),
        ("  - {id: doc.signer, severity: fatal}\n", "generic-plan", "rules.0.severity"),
        ("  - {id: doc.signer, enabled: false, colour: red}\n", "generic-plan", "rules.0.colour"),
    ],
)
def test_a_bad_rule_change_is_a_one_line_usage_error(
    tmp_path: Path, rules: str, extends: str, error: str
) -> None:
    with pytest.raises(UsageError, match=re.escape(error)) as raised:
        load_profile(profile_file(tmp_path, rules, extends))
    assert "\n" not in str(raised.value)


def test_a_change_in_a_profile_that_extends_nothing_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "alone.yaml"
    path.write_text(
        "name: alone\ndescription: {vi: a, en: b}\nrules:\n  - {id: doc.signer, enabled: false}\n",
        encoding="utf-8",
    )
    with pytest.raises(UsageError, match="no inherited rule of that id"):
        load_profile(str(path))


def test_every_builtin_rule_documents_itself_in_both_languages() -> None:
    for rule in GENDER.rules:
        for docs in (rule.summary, rule.description, rule.help):
            assert docs is not None and docs.vi and docs.en, rule.id
            assert docs.vi != docs.en, rule.id
        assert rule.summary is not None and rule.description is not None
        assert len(rule.summary.en) < len(rule.description.en), rule.id


def rule_table() -> list[tuple[str, str, str, str]]:
    """The README's "Check rules" table: (rule, severity, profile, summary) per row."""
    section = README.read_text(encoding="utf-8").split("### Check rules\n", 1)[1]
    rows = []
    for line in section.splitlines():
        if not line.startswith("| `"):
            if rows:
                break
            continue
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        rows.append((cells[0].strip("`"), cells[1], cells[2], cells[3]))
    return rows


def test_the_readme_rule_table_lists_every_rule_as_the_profiles_define_it() -> None:
    own = {r.id for r in GENERIC.rules}
    expected = [
        (
            rule.id,
            rule.severity,
            "generic-plan" if rule.id in own else "gender-equality-commune",
            rule.summary.en if rule.summary else "",
        )
        for rule in GENDER.rules
    ]
    unreadable = read_rule()
    expected.append((unreadable.id, "error", "every profile", unreadable.summary.en))
    assert rule_table() == expected
