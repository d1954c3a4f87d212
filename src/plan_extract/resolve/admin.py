"""Where a plan comes from: its commune and province resolved to official codes.

Two lists are packaged (data/admin-units): the units in force since 1 July 2025 and those of
January 2025 (with districts). A plan issued before July 2025 is resolved against the old list
and gets a note; a name that several communes share gives a warning listing them.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from pydantic import Field, model_validator

from plan_extract.core.contract import Commune, DocumentMeta, Plan, Warning
from plan_extract.core.knowledge import Example, Knowledge, data_file
from plan_extract.core.text import unmarked
from plan_extract.normalize.place_levels import place_levels
from plan_extract.structure.places import AdminUnit, province_codes, units_named, units_unmarked

REFORM = date(2025, 7, 1)
_MAX_LISTED = 8


class ReformExample(Example):
    predates: bool

    @property
    def negative(self) -> bool:
        return not self.predates


class DistrictWords(Knowledge):
    district_words: list[str] = Field(min_length=1)  # of the levels (place_levels.yaml)
    examples: list[ReformExample] = Field(min_length=1)

    @model_validator(mode="after")
    def _levels(self) -> DistrictWords:
        if not set(self.district_words) <= set(place_levels()):
            raise ValueError("district_words: place levels (normalize/place_levels.yaml)")
        return self


DISTRICTS = data_file("resolve/admin.yaml", DistrictWords)


@cache
def _district() -> re.Pattern[str]:
    words = "|".join(re.escape(word) for word in DISTRICTS.load().district_words)
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def predates_reform(meta: DocumentMeta) -> bool:
    """Issued before July 2025; without a date, a plan that names a district (`UBND huyện`)."""
    issued = meta.issued
    if issued is not None and issued.year is not None:
        return (issued.year, issued.month or 12) < (REFORM.year, REFORM.month)
    named = [doc.issuer or "" for doc in meta.basis] + meta.recipients
    return any(_district().search(text) for text in named)


def _wrong_examples(rules: DistrictWords) -> list[str]:
    return [
        f"{example.text!r}: predates the reform should be {example.predates}"
        for example in rules.examples
        if predates_reform(DocumentMeta(recipients=[example.text])) != example.predates
    ]


DISTRICTS.examples_checked_by(_wrong_examples)


def resolve_admin(plan: Plan) -> Plan:
    """Fill in the province and commune codes; warn when a name is ambiguous or unknown."""
    meta = plan.document
    old = predates_reform(meta)
    warnings: list[Warning] = []
    if old:
        warnings.append(
            Warning(
                code="predates_2025_reform",
                message="issued before July 2025: names the old units (districts); "
                "resolved against the January 2025 list",
            )
        )
    province_code = None
    if meta.province:
        found = province_codes(old).get(meta.province.casefold())
        province_code = found[0] if found else None
        if found is None:
            warnings.append(
                Warning(code="province_not_found", message=f"unknown province {meta.province!r}")
            )
    commune = meta.commune
    if commune is not None:
        commune, warning = _resolve_commune(commune, province_code, old)
        if warning:
            warnings.append(warning)
    document = meta.model_copy(update={"province_code": province_code, "commune": commune})
    return plan.model_copy(update={"document": document, "warnings": [*plan.warnings, *warnings]})


def commune_candidates(plan: Plan) -> list[AdminUnit]:
    """The units the plan's commune may be (of its name, in its province when known): those an
    officer picks from when the name is ambiguous (`commune_ambiguous`)."""
    meta = plan.document
    if meta.commune is None:
        return []
    return _candidates(meta.commune, meta.province_code, predates_reform(meta))


def _candidates(commune: Commune, province_code: str | None, old: bool) -> list[AdminUnit]:
    return [
        unit
        for unit in units_named(old).get(commune.name.casefold(), ())
        if province_code is None or unit.province_code == province_code
    ]


def _resolve_commune(
    commune: Commune, province_code: str | None, old: bool
) -> tuple[Commune, Warning | None]:
    candidates = _candidates(commune, province_code, old)
    same_type = [unit for unit in candidates if unit.type == commune.type]
    if len(same_type) == 1:
        return commune.model_copy(update={"code": same_type[0].code}), None
    label = f"{commune.type} {commune.name}"
    if not candidates and province_code is not None:
        # marks lost in reading (OCR drops tildes and hooks): the one unit of the province whose
        # name differs only in its marks
        marked = [
            unit
            for unit in units_unmarked(old).get(unmarked(commune.name), ())
            if unit.province_code == province_code and unit.type == commune.type
        ]
        if len(marked) == 1:
            unit = marked[0]
            return commune.model_copy(update={"name": unit.name, "code": unit.code}), Warning(
                code="commune_name_marks_corrected",
                message=f"{label} is read as {unit.type} {unit.name} ({unit.code}), "
                "the one unit of its province whose name differs only in its marks",
            )
    if not candidates:
        return commune, Warning(code="commune_not_found", message=f"no {label} in the unit list")
    listed = "; ".join(_describe(unit) for unit in candidates[:_MAX_LISTED])
    more = f" and {len(candidates) - _MAX_LISTED} more" if len(candidates) > _MAX_LISTED else ""
    return commune, Warning(
        code="commune_ambiguous",
        message=f"{len(candidates)} units are called {commune.name}: {listed}{more}",
    )


def _describe(unit: AdminUnit) -> str:
    where = ", ".join(part for part in (unit.district, unit.province) if part)
    return f"{unit.type} {unit.name} {unit.code} ({where})"
