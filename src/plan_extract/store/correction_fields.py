"""How a plan's items are read, changed and made by a reviewer's corrections
(corrections.py): an item's field as the review shows it, the item with one field set (checked
as the contract types it), an item added by selecting its text, the header's fields."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any, Literal, get_args

from pydantic import ValidationError

from plan_extract.core.contract import (
    Commune,
    Comparator,
    DateParts,
    Deadline,
    Occurrence,
    Plan,
    Target,
    TargetUnit,
    Unit,
)
from plan_extract.core.errors import InputError

Role = Literal["lead", "cooperating"]
MAX_TEXT = 300
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

ADDED_FIELDS = {
    "target": ("value", "unit", "comparator", "year", "national_indicator"),
    "unit": ("name", "role"),
    "deadline": ("end",),
}


def items_of(plan: Plan, kind: str) -> Sequence[Target | Deadline]:
    return plan.targets if kind == "target" else plan.deadlines


def item_of(first: Plan, then: Plan, kind: str, item_id: str | None) -> Any:
    """The item of that id in `first`, else in `then` (the effective plan lacks what was
    rejected; the machine's lacks what was added)."""
    for plan in (first, then):
        listed: Sequence[Target | Unit | Deadline] = (
            plan.targets if kind == "target" else plan.units if kind == "unit" else plan.deadlines
        )
        for item in listed:
            if item.id == item_id:
                return item
    raise InputError(f"the plan has no {kind} {item_id!r}")


def source_text_of(item: Target | Deadline, lines: Mapping[int, str]) -> str:
    if item.span is None or item.line not in lines:
        return item.text
    return lines[item.line][item.span[0] : item.span[1]]


def field_value(kind: str, item: Any, name: str) -> Any:
    if kind == "unit" and name == "role":
        return "lead" if item.lead else "cooperating"
    if kind == "deadline" and name == "end":
        return item.end.iso if item.end else None
    return getattr(item, name)


def with_field(kind: str, item: Any, name: str, value: Any) -> Any:
    """The item with one field set, validated as the contract types it."""
    if kind == "unit" and name == "role":
        if value not in get_args(Role):
            raise InputError("a unit's role is lead or cooperating")
        return item.model_copy(update={"lead": value == "lead"})
    if kind == "unit" and name == "name":
        return item.model_copy(update={"name": _text(value, "a unit's name")})
    if kind == "deadline" and name == "end":
        return item.model_copy(update={"end": _date(value)})
    if kind == "target":
        check_target_value(name, value)
    try:
        return type(item).model_validate({**item.model_dump(), name: value})
    except ValidationError as exc:
        raise InputError(f"{kind} {name}: {exc.errors()[0]['msg']}") from exc


def check_target_value(name: str, value: Any) -> None:
    if name == "value" and (
        isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value)
    ):
        raise InputError("a target's value is a number")
    if (
        name == "year"
        and value is not None
        and not (isinstance(value, int) and 1945 <= value <= 2100)
    ):
        raise InputError("a target's year is a year (1945-2100) or none")
    if name == "unit" and value not in get_args(TargetUnit):
        raise InputError(f"a target's unit is one of {', '.join(get_args(TargetUnit))}")
    if name == "comparator" and value not in get_args(Comparator):
        raise InputError(f"a target's comparator is one of {' '.join(get_args(Comparator))}")
    if name == "national_indicator" and value is not None:
        from plan_extract.compare.national import national_catalog

        if not isinstance(value, str) or value not in national_catalog():
            raise InputError(f"no national indicator {value!r}")


def added_item(
    kind: str, item_id: str, value: Mapping[str, Any], line: int, span: tuple[int, int], text: str
) -> Any:
    """The item a person added by selecting its text."""
    fields = {key: value.get(key) for key in ADDED_FIELDS[kind]}
    occurrence = Occurrence(line=line, span=span)
    words = squashed(text)
    if kind == "target":
        for name, given in fields.items():
            if given is not None or name in ("value", "unit", "comparator"):
                check_target_value(name, given)
        return Target(
            id=item_id,
            section=None,
            line=line,
            span=span,
            text=words,
            indicator=None,
            domain="other",
            value=fields["value"],
            unit=fields["unit"],
            comparator=fields["comparator"],
            year=fields["year"],
            national_indicator=fields["national_indicator"],
        )
    if kind == "unit":
        if fields["role"] not in get_args(Role):
            raise InputError("a unit's role is lead or cooperating")
        return Unit(
            id=item_id,
            name=_text(fields["name"] or words, "a unit's name"),
            kind="other",
            mentions=[words],
            occurrences=[occurrence],
            lead=fields["role"] == "lead",
            sections=[],
            in_lexicon=False,
        )
    end = _date(fields["end"])
    return Deadline(
        id=item_id,
        text=words,
        kind="date" if end.day else "year",
        end=end,
        section=None,
        line=line,
        span=span,
    )


def header_value(name: str, value: Any, machine: Plan) -> Any:
    if name == "number":
        return _text(value, "the number")
    if name == "issued":
        date = _date(value)
        if date.day is None:
            raise InputError("the date issued is a day: YYYY-MM-DD")
        return date.iso
    from plan_extract.resolve.admin import commune_candidates

    candidates = {unit.code for unit in commune_candidates(machine)}
    if not isinstance(value, str) or value not in candidates:
        raise InputError("the commune is one of the candidates for the plan's commune name")
    return value


def header_update(name: str, value: Any, machine: Plan) -> dict[str, Any] | None:
    if name == "number":
        return {"number": value}
    if name == "issued":
        return {"issued": _date(value)}
    from plan_extract.resolve.admin import commune_candidates

    unit = next((u for u in commune_candidates(machine) if u.code == value), None)
    if unit is None:
        return None
    commune = Commune.model_validate({"name": unit.name, "type": unit.type, "code": unit.code})
    return {"commune": commune, "province": unit.province, "province_code": unit.province_code}


def _date(value: Any) -> DateParts:
    match = _ISO.match(value) if isinstance(value, str) else None
    if match is None:
        raise InputError("a date is YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        if month is not None:
            dt.date(year or 0, month, day or 1)
    except ValueError as exc:
        raise InputError(f"no such date: {value}") from exc
    return DateParts.of(year, month, day)


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_TEXT:
        raise InputError(f"{what} is a text of 1-{MAX_TEXT} characters")
    return " ".join(value.split())


def squashed(text: str) -> str:
    return " ".join(text.replace("*", " ").split())
