"""Check profiles: which rules a plan must pass, kept as YAML and validated here.

A rule names one of the generic checks in `rules.CHECKS` and the parameter that check needs (the
document part, section kind or domain), a severity and a message in Vietnamese and English. The
messages may use the placeholders the check provides, e.g. `{task}` for a task without a lead.
A rule also documents itself (`summary`, `description`, `help`), for SARIF and the README.

A profile may `extend` another and, by id, replace one of its rules (an entry with a `check`),
or switch one off or change its severity (an entry with only `id`, `enabled`, `severity`).
"""

from __future__ import annotations

import string
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import Discriminator, Field, Tag, ValidationError, model_validator

from plan_extract.core.contract import Domain, SectionKind
from plan_extract.core.errors import UsageError
from plan_extract.core.knowledge import Knowledge, data_file, yaml_data

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
    """One rule: its check and parameter, severity, the message of a finding, and its own
    documentation: `summary` (what a plan must have, one line), `description` (why), `help`
    (how to mend the plan). A user's rule may leave the documentation out: the summary then
    falls back on the message, the description on the summary."""

    id: str
    check: CheckName
    severity: Severity
    message: Messages
    summary: Messages | None = None
    description: Messages | None = None
    help: Messages | None = None
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

    def summary_text(self, lang: Lang) -> str:
        return (self.summary or self.message).text(lang)

    def description_text(self, lang: Lang) -> str:
        return self.description.text(lang) if self.description else self.summary_text(lang)


class RuleChange(Knowledge):
    """An inherited rule, named by id, switched off (`enabled: false`) or given another
    severity."""

    id: str
    enabled: bool = True
    severity: Severity | None = None

    @model_validator(mode="after")
    def _changes_something(self) -> RuleChange:
        if self.enabled and self.severity is None:
            raise ValueError(f"rule {self.id}: give a check to define it, or enabled/severity")
        return self


def _entry_kind(entry: Any) -> str:
    """A profile's rule entry is a whole rule when it names its check, else a change."""
    has_check = "check" in entry if isinstance(entry, dict) else isinstance(entry, Rule)
    return "rule" if has_check else "change"


_ENTRY_TAGS = ("rule", "change")  # pydantic puts the tag in an error's location: left out
RuleEntry = Annotated[
    Annotated[Rule, Tag("rule")] | Annotated[RuleChange, Tag("change")],
    Discriminator(_entry_kind),
]


class ProfileFile(Knowledge):
    """A profile as written in its YAML file, before the profile it extends is merged in."""

    name: str
    extends: str | None = None
    description: Messages
    report_words: list[str] = Field(default_factory=list)
    until_words: list[str] = Field(default_factory=list)
    rules: list[RuleEntry]

    @model_validator(mode="after")
    def _rule_ids_are_unique(self) -> ProfileFile:
        ids = [rule.id for rule in self.rules]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"duplicate rule ids: {duplicates}")
        return self


class Profile(Knowledge):
    """A profile ready to run: its rules and those it inherits, changes applied, in order."""

    name: str
    description: Messages
    report_words: tuple[str, ...]
    until_words: tuple[str, ...]
    rules: tuple[Rule, ...]


PROFILES = {name: data_file(f"profiles/{name}.yaml", ProfileFile) for name in BUILTIN_PROFILES}


def load_profile(name_or_path: str) -> Profile:
    """A built-in profile by name, or a user's profile from a YAML file, with the rules of the
    profile it `extends` (a built-in name or a path relative to it) merged in: the parent's
    rules first, a rule with the same id replaced by the child's, changed, or switched off."""
    return _merged(name_or_path, frozenset())


def _merged(name_or_path: str, seen: frozenset[str]) -> Profile:
    if name_or_path in seen:
        raise UsageError(f"profile {name_or_path!r} extends itself")
    own, base = _load_one(name_or_path)
    if own.extends is None:
        parent = Profile(
            name=own.name, description=own.description, report_words=(), until_words=(), rules=()
        )
    else:
        parent_name = own.extends
        if parent_name not in BUILTIN_PROFILES and base is not None:
            parent_name = str(base / parent_name)
        parent = _merged(parent_name, seen | {name_or_path})
    return Profile(
        name=own.name,
        description=own.description,
        report_words=tuple(dict.fromkeys([*parent.report_words, *own.report_words])),
        until_words=tuple(dict.fromkeys([*parent.until_words, *own.until_words])),
        rules=_merge_rules(parent.rules, own, name_or_path),
    )


def _merge_rules(inherited: tuple[Rule, ...], own: ProfileFile, origin: str) -> tuple[Rule, ...]:
    entries = {entry.id: entry for entry in own.rules}
    rules: list[Rule] = []
    for rule in inherited:
        entry = entries.pop(rule.id, rule)
        if isinstance(entry, Rule):
            rules.append(entry)
        elif entry.enabled:
            rules.append(rule.model_copy(update={"severity": entry.severity or rule.severity}))
    for entry in entries.values():
        if not isinstance(entry, Rule):
            raise UsageError(f"{origin}: rule {entry.id!r}: no inherited rule of that id to change")
        rules.append(entry)
    return tuple(rules)


def _load_one(name_or_path: str) -> tuple[ProfileFile, Path | None]:
    """One profile file, unmerged, and the folder its relative `extends` is resolved against."""
    if name_or_path in BUILTIN_PROFILES:
        return PROFILES[name_or_path].load(), None
    path = Path(name_or_path)
    if not path.is_file():
        known = ", ".join(BUILTIN_PROFILES)
        raise UsageError(f"unknown profile {name_or_path!r}: use one of {known} or a YAML file")
    try:
        data = yaml_data(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise UsageError(f"{path}: cannot read the profile: {_first_line(exc)}") from exc
    return _validate(data, str(path)), path.parent


def _validate(data: object, origin: str) -> ProfileFile:
    try:
        return ProfileFile.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        path = [part for part in error["loc"] if part not in _ENTRY_TAGS]
        where = ".".join(str(part) for part in path) or "profile"
        raise UsageError(f"{origin}: invalid profile at {where}: {error['msg']}") from exc


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
