"""What a plan's review shows: each target, unit and deadline with its reviewed values (rejected
ones too, to confirm again), the header's fields with the commune's candidates, the history of
changes. The values come from `Reviewed` (store/corrections.py): nothing is computed here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, get_args

from plan_extract.core.contract import Comparator, TargetUnit
from plan_extract.resolve.admin import commune_candidates
from plan_extract.store.corrections import Correction, Reviewed
from plan_extract.structure.places import AdminUnit
from plan_extract.web.i18n import Lang, strings

TEXT_SHOWN = 90


@dataclass(frozen=True, slots=True)
class ItemRow:
    kind: str
    id: str
    line: int | None
    text: str
    values: dict[str, Any]  # field → its reviewed value, as the form shows it
    reviewed: bool
    rejected: bool


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    position: int
    what: str  # "target t1 · value"
    old: str
    new: str
    author: str
    made_at: str
    undone: str | None  # who and when, when undone
    flagged: bool


@dataclass(frozen=True, slots=True)
class ReviewView:
    may_correct: bool
    plan_reviewed: bool
    any_review: bool  # the values shown (and checked) are reviewed ones
    targets: list[ItemRow]
    units: list[ItemRow]
    deadlines: list[ItemRow]
    header: dict[str, str]
    candidates: list[AdminUnit]
    history: list[HistoryEntry]
    target_units: list[tuple[str, str]]  # (code, label)
    comparators: tuple[str, ...]


def review_view(reviewed: Reviewed, may_correct: bool, lang: Lang) -> ReviewView:
    t = strings(lang)
    effective, machine = reviewed.plan, reviewed.machine

    def row(kind: str, item: Any, values: dict[str, Any], line: int | None) -> ItemRow:
        text = str(getattr(item, "text", None) or item.name)
        return ItemRow(
            kind,
            item.id,
            line,
            text if len(text) <= TEXT_SHOWN else text[: TEXT_SHOWN - 1] + "…",
            values,
            reviewed.item_reviewed(kind, item.id),
            (kind, item.id) in reviewed.rejected,
        )

    def listed(kind: str, effective_items: list[Any], machine_items: list[Any]) -> list[Any]:
        gone = [item for item in machine_items if (kind, item.id) in reviewed.rejected]
        return [*effective_items, *gone]

    targets = [
        row(
            "target",
            target,
            {
                "value": _number(target.value),
                "unit": target.unit,
                "comparator": target.comparator,
                "year": target.year if target.year is not None else "",
                "national_indicator": target.national_indicator or "",
            },
            target.line,
        )
        for target in listed("target", effective.targets, machine.targets)
    ]
    units = [
        row(
            "unit",
            unit,
            {"name": unit.name, "role": "lead" if unit.lead else "cooperating"},
            unit.occurrences[0].line if unit.occurrences else None,
        )
        for unit in listed("unit", effective.units, machine.units)
    ]
    deadlines = [
        row(
            "deadline",
            deadline,
            {"end": deadline.end.iso or "" if deadline.end else ""},
            deadline.line,
        )
        for deadline in listed("deadline", effective.deadlines, machine.deadlines)
    ]
    meta = effective.document
    header = {
        "commune": meta.commune.code or "" if meta.commune else "",
        "commune_label": f"{meta.commune.type} {meta.commune.name}" if meta.commune else "",
        "number": meta.number or "",
        "issued": meta.issued.iso or "" if meta.issued else "",
    }
    return ReviewView(
        may_correct=may_correct,
        plan_reviewed=reviewed.plan_reviewed,
        any_review=reviewed.any_review,
        targets=targets,
        units=units,
        deadlines=deadlines,
        header=header,
        candidates=commune_candidates(machine),
        history=[_change(c, c in reviewed.flagged, t) for c in reversed(reviewed.corrections)],
        target_units=[(code, t.get(f"unit_name_{code}", code)) for code in get_args(TargetUnit)],
        comparators=get_args(Comparator),
    )


def _change(correction: Correction, flagged: bool, t: dict[str, str]) -> HistoryEntry:
    what = t.get(f"review_kind_{correction.item_kind}", correction.item_kind)
    if correction.item_id:
        what += f" {correction.item_id}"
    what += f" · {t.get('review_field_' + correction.field, correction.field)}"
    undone = None
    if correction.undone_at is not None:
        when = correction.undone_at.isoformat(sep=" ", timespec="minutes")
        undone = (
            t["review_undone"].replace("{who}", correction.undone_by or "").replace("{when}", when)
        )
    return HistoryEntry(
        position=correction.position,
        what=what,
        old=_shown(correction.old_value, t),
        new=_shown(correction.new_value, t),
        author=correction.author,
        made_at=correction.made_at.isoformat(sep=" ", timespec="minutes"),
        undone=undone,
        flagged=flagged,
    )


def _shown(value: Any, t: dict[str, str]) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return t["review_yes"] if value else t["review_no"]
    if isinstance(value, dict):
        return ", ".join(
            f"{t.get('review_field_' + key, key)}: {_shown(item, t)}"
            for key, item in value.items()
            if item is not None
        )
    if isinstance(value, float):
        return _number(value)
    return t.get(f"review_value_{value}", str(value)) if isinstance(value, str) else str(value)


def _number(value: float | int) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)
