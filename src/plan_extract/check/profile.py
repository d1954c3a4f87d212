"""Check profiles: which rules a plan must pass, kept as YAML and validated here.

A rule names one of the generic checks in `rules.CHECKS` and the parameter that check needs (the
document part, section kind or domain), a severity and a message in Vietnamese and English. The
messages may use the placeholders the check provides, e.g. `{line}` for a task without a lead.
"""

from __future__ import annotations

import string
from pathlib import Path
from typing import Literal

import yaml
from pydantic import Field, ValidationError, model_validator

from plan_extract.core.contract import Domain, SectionKind
from plan_extract.core.errors import UsageError
from plan_extract.core.knowledge import Knowledge, data_file

Severity = Literal["error", "warning"]
Lang = Literal["vi", "en"]
CheckName = Literal[
    "document_part",
    "section",
    "targets_present",
    "target_domain",
    "task_lead",
    "reporting_deadline",
    "national_ambition",
    "period_present",
    "period_basis",
]
DocumentPart = Literal[
    "number", "number_filled", "place_date", "date_complete", "issuer", "kind_title", "signer",
    "recipients",
]  # fmt: skip

BUILTIN_PROFILES = ("gender-equality-commune", "generic-plan")

# The placeholders each check fills in its messages.
PLACEHOLDERS: dict[str, frozenset[str]] = {
    "document_part": frozenset(),
    "section": frozenset({"kind"}),
    "targets_present": frozenset(),
    "target_domain": frozenset({"domain"}),
    "task_lead": frozenset({"task"}),
    "reporting_deadline": frozenset(),
    "national_ambition": frozenset(
        {"indicator", "comparator", "value", "year", "national_value", "national_year"}
    ),
    "period_present": frozenset(),
    "period_basis": frozenset({"start", "end", "basis", "basis_start", "basis_end"}),
}


class Messages(Knowledge):
    vi: str
    en: str

    def text(self, lang: Lang) -> str:
        return self.vi if lang == "vi" else self.en


class Rule(Knowledge):
    id: str
    check: CheckName
    severity: Severity
    message: Messages
    part: DocumentPart | None = None
    kind: SectionKind | None = None
    domain: Domain | None = None

    @model_validator(mode="after")
    def _parameters_fit_the_check(self) -> Rule:
        needed = {"document_part": "part", "section": "kind", "target_domain": "domain"}
        for check, param in needed.items():
            given = getattr(self, param) is not None
            if given != (self.check == check):
                raise ValueError(f"rule {self.id}: '{param}' goes with check '{check}' only")
        for text in (self.message.vi, self.message.en):
            used = {name for _, name, _, _ in string.Formatter().parse(text) if name}
            unknown = used - PLACEHOLDERS[self.check]
            if unknown:
                raise ValueError(f"rule {self.id}: unknown placeholders {sorted(unknown)}")
        return self


class Profile(Knowledge):
    name: str
    extends: str | None = None
    description: Messages
    report_words: list[str] = Field(default_factory=list)
    until_words: list[str] = Field(default_factory=list)
    rules: list[Rule]

    @model_validator(mode="after")
    def _rule_ids_are_unique(self) -> Profile:
        ids = [rule.id for rule in self.rules]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"duplicate rule ids: {duplicates}")
        return self


PROFILES = {name: data_file(f"profiles/{name}.yaml", Profile) for name in BUILTIN_PROFILES}


def load_profile(name_or_path: str, _seen: frozenset[str] = frozenset()) -> Profile:
    """A built-in profile by name, or a user's profile from a YAML file, with the rules of the
    profile it `extends` (a built-in name or a path relative to it) merged in: the parent's
    rules first, a rule with the same id replaced by the child's."""
    if name_or_path in _seen:
        raise UsageError(f"profile {name_or_path!r} extends itself")
    profile, base = _load_one(name_or_path)
    if profile.extends is None:
        return profile
    parent_name = profile.extends
    if parent_name not in BUILTIN_PROFILES and base is not None:
        parent_name = str(base / parent_name)
    parent = load_profile(parent_name, _seen | {name_or_path})
    own = {rule.id: rule for rule in profile.rules}
    rules = [own.pop(rule.id, rule) for rule in parent.rules] + list(own.values())
    update = {
        "rules": rules,
        "report_words": list(dict.fromkeys([*parent.report_words, *profile.report_words])),
        "until_words": list(dict.fromkeys([*parent.until_words, *profile.until_words])),
        "extends": None,
    }
    return profile.model_copy(update=update)


def _load_one(name_or_path: str) -> tuple[Profile, Path | None]:
    """One profile file, unmerged, and the folder its relative `extends` is resolved against."""
    if name_or_path in BUILTIN_PROFILES:
        return PROFILES[name_or_path].load(), None
    path = Path(name_or_path)
    if not path.is_file():
        known = ", ".join(BUILTIN_PROFILES)
        raise UsageError(f"unknown profile {name_or_path!r}: use one of {known} or a YAML file")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise UsageError(f"{path}: cannot read the profile: {_first_line(exc)}") from exc
    return _validate(data, str(path)), path.parent


def _validate(data: object, origin: str) -> Profile:
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"]) or "profile"
        raise UsageError(f"{origin}: invalid profile at {where}: {error['msg']}") from exc


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
