"""The official administrative units (data/admin-units): provinces and communes with their codes,
as in force since 1 July 2025 and as of January 2025 (with districts). The header is read against
their names (structure); the plan is resolved to their codes (resolve).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from plan_extract.core.knowledge import Knowledge, data_file
from plan_extract.core.text import respell, unmarked
from plan_extract.structure.terms import HEADER_TERMS


class AdminRow(Knowledge):
    """One commune of an official list (columns of the packaged CSV files)."""

    province_code: str
    province_name: str
    province_type: str | None = None
    district_code: str | None = None
    district_name: str | None = None
    commune_code: str
    commune_name: str
    commune_type: str


class AdminList(Knowledge):
    rows: list[AdminRow]


UNITS_2025 = data_file("admin-units/communes-2025.csv", AdminList)
UNITS_BEFORE_2025_07 = data_file("admin-units/communes-before-2025-07.csv", AdminList)


@dataclass(frozen=True, slots=True)
class AdminUnit:
    province_code: str
    province: str  # short name: "An Giang", "Hồ Chí Minh"
    code: str
    name: str  # short name: "Vĩnh Phong"
    type: str  # xã, phường, thị trấn, đặc khu
    district: str | None


def short_province(name: str) -> str:
    """`Tỉnh An Giang` → `An Giang` (the province types of header_terms.yaml)."""
    for province_type in HEADER_TERMS.load().province_types:
        short = _without_type(name, province_type)
        if short != name:
            return short
    return name


def _without_type(name: str, unit_type: str) -> str:
    prefix = unit_type + " "
    return name[len(prefix) :] if name.casefold().startswith(prefix.casefold()) else name


def _rows(old: bool) -> list[AdminRow]:
    return (UNITS_BEFORE_2025_07 if old else UNITS_2025).load().rows


@cache
def _province(name: str) -> str:
    """The short name of a province as a list writes it (once per province, not per commune)."""
    return respell(short_province(name))


@cache
def units(old: bool) -> tuple[AdminUnit, ...]:
    return tuple(
        AdminUnit(
            province_code=row.province_code,
            province=_province(row.province_name),
            code=row.commune_code,
            name=respell(_without_type(row.commune_name, row.commune_type)),
            type=row.commune_type,
            district=row.district_name,
        )
        for row in _rows(old)
    )


def province_communes(province_code: str) -> list[AdminUnit]:
    """The province's communes in force (since July 2025), by name."""
    return sorted(
        (u for u in units(False) if u.province_code == province_code), key=lambda u: u.name
    )


@cache
def units_named(old: bool) -> dict[str, tuple[AdminUnit, ...]]:
    """Casefolded short commune name → the units of that name."""
    index: dict[str, list[AdminUnit]] = {}
    for unit in units(old):
        index.setdefault(unit.name.casefold(), []).append(unit)
    return {name: tuple(found) for name, found in index.items()}


@cache
def units_unmarked(old: bool) -> dict[str, tuple[AdminUnit, ...]]:
    """Commune name without marks → the units of that name."""
    index: dict[str, list[AdminUnit]] = {}
    for unit in units(old):
        index.setdefault(unmarked(unit.name), []).append(unit)
    return {name: tuple(found) for name, found in index.items()}


@cache
def province_codes(old: bool) -> dict[str, tuple[str, str]]:
    """Casefolded short province name → (code, short name as written officially). Read from the
    rows, not `units`: the header asks for it in every plan, the communes' names seldom."""
    codes: dict[str, tuple[str, str]] = {}
    for row in _rows(old):
        province = _province(row.province_name)
        codes[province.casefold()] = (row.province_code, province)
    return codes


@cache
def _renamed() -> dict[str, str]:
    """Casefolded former name → casefolded name in the lists."""
    renamed = HEADER_TERMS.load().renamed_provinces
    return {respell(old).casefold(): respell(new).casefold() for old, new in renamed.items()}


def known_province(name: str) -> str | None:
    """The official short name of a province named `name` (either list), or by the name it had
    before the lists were drawn up (header_terms.yaml), if there is one."""
    key = respell(name).casefold()
    key = _renamed().get(key, key)
    for old in (False, True):
        found = province_codes(old).get(key)
        if found:
            return found[1]
    return None
