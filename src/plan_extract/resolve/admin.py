"""Where a plan comes from: its commune and province resolved to official codes.

Two lists are packaged (data/admin-units): the units in force since 1 July 2025 and those of
January 2025 (with districts). A plan issued before July 2025 is resolved against the old list
and gets a note; a name that several communes share gives a warning listing them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache

from plan_extract.knowledge import load_csv
from plan_extract.models import Commune, DocumentMeta, Plan, Warning
from plan_extract.normalize.spelling import clean_text

REFORM = date(2025, 7, 1)
_NEW = "admin-units/communes-2025.csv"
_OLD = "admin-units/communes-before-2025-07.csv"
_PROVINCE_PREFIXES = ("Tỉnh ", "Thành phố ")
_MAX_LISTED = 8
_DISTRICT = re.compile(r"(?<!\w)(huyện|quận)(?!\w)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class AdminUnit:
    province_code: str
    province: str  # short name: "An Giang", "Hồ Chí Minh"
    code: str
    name: str  # short name: "Vĩnh Phong"
    type: str  # xã, phường, thị trấn, đặc khu
    district: str | None


def short_province(name: str) -> str:
    for prefix in _PROVINCE_PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def _short_commune(name: str, unit_type: str) -> str:
    prefix = unit_type + " "
    return name[len(prefix) :] if name.casefold().startswith(prefix.casefold()) else name


@cache
def units(old: bool) -> tuple[AdminUnit, ...]:
    return tuple(
        AdminUnit(
            province_code=row["province_code"],
            province=clean_text(short_province(row["province_name"])),
            code=row["commune_code"],
            name=clean_text(_short_commune(row["commune_name"], row["commune_type"])),
            type=row["commune_type"],
            district=row.get("district_name"),
        )
        for row in load_csv(_OLD if old else _NEW)
    )


@cache
def units_named(old: bool) -> dict[str, tuple[AdminUnit, ...]]:
    """Casefolded short commune name → the units of that name."""
    index: dict[str, list[AdminUnit]] = {}
    for unit in units(old):
        index.setdefault(unit.name.casefold(), []).append(unit)
    return {name: tuple(found) for name, found in index.items()}


def _unmarked(name: str) -> str:
    """A name without its tone and vowel marks (`Vĩnh Phong` → `vinh phong`)."""
    decomposed = unicodedata.normalize("NFD", name.casefold().replace("đ", "d"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@cache
def units_unmarked(old: bool) -> dict[str, tuple[AdminUnit, ...]]:
    """Commune name without marks → the units of that name."""
    index: dict[str, list[AdminUnit]] = {}
    for unit in units(old):
        index.setdefault(_unmarked(unit.name), []).append(unit)
    return {name: tuple(found) for name, found in index.items()}


@cache
def province_codes(old: bool) -> dict[str, tuple[str, str]]:
    """Casefolded short province name → (code, short name as written officially)."""
    return {unit.province.casefold(): (unit.province_code, unit.province) for unit in units(old)}


def known_province(name: str) -> str | None:
    """The official short name of a province named `name` (either list), if there is one."""
    key = clean_text(name).casefold()
    for old in (False, True):
        found = province_codes(old).get(key)
        if found:
            return found[1]
    return None


def predates_reform(meta: DocumentMeta) -> bool:
    """Issued before July 2025; without a date, a plan that names a district (`UBND huyện`)."""
    issued = meta.issued
    if issued is not None and issued.year is not None:
        return (issued.year, issued.month or 12) < (REFORM.year, REFORM.month)
    named = [doc.issuer or "" for doc in meta.basis] + meta.recipients
    return any(_DISTRICT.search(text) for text in named)


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


def _resolve_commune(
    commune: Commune, province_code: str | None, old: bool
) -> tuple[Commune, Warning | None]:
    candidates = [
        unit
        for unit in units_named(old).get(commune.name.casefold(), ())
        if province_code is None or unit.province_code == province_code
    ]
    same_type = [unit for unit in candidates if unit.type == commune.type]
    if len(same_type) == 1:
        return commune.model_copy(update={"code": same_type[0].code}), None
    label = f"{commune.type} {commune.name}"
    if not candidates and province_code is not None:
        # marks lost in reading (OCR drops tildes and hooks): the one unit of the province whose
        # name differs only in its marks
        marked = [
            unit
            for unit in units_unmarked(old).get(_unmarked(commune.name), ())
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
