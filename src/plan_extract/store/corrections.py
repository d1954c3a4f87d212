"""Corrections: an officer's review of a plan, a layer of its own over the machine's output
(table `corrections`, migration 0006).

The parser's plan stays as it was stored; each change is a row saying who made it, when, on what
item, the value before and after, and the source text the item stood on. A change can be undone
(the row is kept, marked undone). `apply` gives the plan's effective values, the machine's plan
with every active change applied, and which items a person has reviewed; it is the one place
that answers "what does this plan say once reviewed" (`Store.reviewed` calls it).

A plan re-parsed by a newer parser may give its items other ids: a change made on an older
parse follows the item that now stands on the same source text (for a unit, the same name); a
change whose text is found nowhere, or in several places, is kept but flagged, not applied.
How each kind of item's fields are read, checked and set: correction_fields.py.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from plan_extract.core.contract import (
    Plan,
    Unit,
)
from plan_extract.core.errors import InputError
from plan_extract.store.correction_fields import (
    ADDED_FIELDS,
    added_item,
    field_value,
    header_update,
    header_value,
    item_of,
    items_of,
    source_text_of,
    with_field,
)

ItemKind = Literal["target", "unit", "deadline", "header", "plan"]
ITEM_KINDS: tuple[str, ...] = get_args(ItemKind)
Status = Literal["confirmed", "rejected"]
STATUS = "status"
ADDED = "added"
# what may be changed of each kind of item (besides its status, and adding one)
FIELDS: dict[str, tuple[str, ...]] = {
    "target": ("value", "unit", "comparator", "year", "national_indicator"),
    "unit": ("name", "role"),
    "deadline": ("end",),
    "header": ("commune", "number", "issued"),
    "plan": ("reviewed",),
}
ITEMS = ("target", "unit", "deadline")  # the kinds with ids, confirmed, rejected or added
# the plans whose header has an active change (their commune, number or date), as SQL
IN_HEADER_CORRECTED = (
    "plan_id IN (SELECT plan_id FROM corrections WHERE item_kind = 'header' AND undone_at IS NULL)"
)
COLUMNS = (
    "plan_id, position, item_kind, item_id, field, old_value, new_value, line, span_start, "
    "span_end, source_text, parser_version, author, made_at, undone_by, undone_at"
)


@dataclass(frozen=True, slots=True)
class Change:
    """What an officer asks: set `field` of an item (`status`: confirmed or rejected), or add
    an item (`field` added, `item_id` None) standing on `span` of `line`, with `value` its
    fields."""

    item_kind: str
    item_id: str | None
    field: str
    value: Any
    line: int | None = None
    span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Correction:
    plan_id: str
    position: int
    item_kind: str
    item_id: str | None
    field: str
    old_value: Any
    new_value: Any
    line: int | None
    span_start: int | None
    span_end: int | None
    source_text: str | None
    parser_version: str
    author: str
    made_at: dt.datetime
    undone_by: str | None = None
    undone_at: dt.datetime | None = None

    @property
    def active(self) -> bool:
        return self.undone_at is None

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> Correction:
        values = list(row)
        values[5] = json.loads(values[5]) if values[5] is not None else None
        values[6] = json.loads(values[6]) if values[6] is not None else None
        return cls(*values)


@dataclass(frozen=True, slots=True)
class Reviewed:
    """A plan's effective values: `plan` is the machine's plan with the active corrections
    applied (rejected items left out, added items in); `machine` the parser's own."""

    plan_id: str
    plan: Plan
    machine: Plan
    corrections: list[Correction]  # every change, undone ones too, in the order made
    reviewed_items: frozenset[tuple[str, str]]  # (kind, id) confirmed, corrected or added
    rejected: frozenset[tuple[str, str]]
    flagged: list[Correction] = field(default_factory=list)  # lost their source in a re-parse
    plan_reviewed: bool = False

    def item_reviewed(self, kind: str, item_id: str) -> bool:
        return (kind, item_id) in self.reviewed_items

    @property
    def any_review(self) -> bool:
        """Whether any person's change applies: the values shown are reviewed ones."""
        return self.plan_reviewed or bool(self.reviewed_items) or bool(self.rejected)


def encode(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


# --- what a change is checked against ---------------------------------------------------------


def check_change(change: Change, reviewed: Reviewed, lines: Mapping[int, str]) -> Any:
    """The change's value, checked against the plan as reviewed so far; `InputError` when it
    cannot be made (an unknown item or field, a value out of its type)."""
    kind, name = change.item_kind, change.field
    if kind not in ITEM_KINDS:
        raise InputError(f"no kind of item {kind!r}: one of {', '.join(ITEM_KINDS)}")
    if name == ADDED:
        if kind not in ITEMS:
            raise InputError(f"a {kind} cannot be added")
        _selection(change, lines)
        span = change.span or (0, 0)
        added_item(kind, "new", change.value, change.line or 0, span, _selected(change, lines))
        return {key: change.value.get(key) for key in ADDED_FIELDS[kind]}
    if name == STATUS:
        if kind not in ITEMS or change.value not in get_args(Status):
            raise InputError("a status is confirmed or rejected, of a target, unit or deadline")
        item_of(reviewed.plan, reviewed.machine, kind, change.item_id)
        return change.value
    if name not in FIELDS[kind]:
        raise InputError(f"a {kind}'s {name!r} cannot be changed: {', '.join(FIELDS[kind])}")
    if kind == "plan":
        if not isinstance(change.value, bool):
            raise InputError("reviewed is true or false")
        return change.value
    if kind == "header":
        return header_value(name, change.value, reviewed.machine)
    item = item_of(reviewed.plan, reviewed.machine, kind, change.item_id)
    with_field(kind, item, name, change.value)  # raises when the value does not fit
    return change.value


def old_value(change: Change, reviewed: Reviewed) -> Any:
    """The value the change replaces, as the plan stands reviewed."""
    kind, name = change.item_kind, change.field
    if name == ADDED:
        return None
    if kind == "plan":
        return reviewed.plan_reviewed
    if kind == "header":
        meta = reviewed.plan.document
        if name == "commune":
            return meta.commune.code if meta.commune else None
        if name == "issued":
            return meta.issued.iso if meta.issued else None
        return meta.number
    if name == STATUS:
        key = (kind, change.item_id or "")
        if key in reviewed.rejected:
            return "rejected"
        return "confirmed" if key in reviewed.reviewed_items else None
    item = item_of(reviewed.plan, reviewed.machine, kind, change.item_id)
    return field_value(kind, item, name)


def anchor(
    change: Change, reviewed: Reviewed, lines: Mapping[int, str]
) -> tuple[int | None, tuple[int, int] | None, str | None]:
    """The source text an item stands on: (line, span, text); a unit's is its name as the
    parser gave it (a reviewer's renaming aside), by which a newer parse finds it again."""
    if change.field == ADDED:
        return change.line, change.span, _selected(change, lines)
    if change.item_kind not in ITEMS or change.item_id is None:
        return None, None, None
    item = item_of(reviewed.machine, reviewed.plan, change.item_kind, change.item_id)
    if isinstance(item, Unit):
        first = item.occurrences[0] if item.occurrences else None
        return (first.line, first.span, item.name) if first else (None, None, item.name)
    return item.line, item.span, source_text_of(item, lines)


# --- applying ---------------------------------------------------------------------------------


def apply(
    plan_id: str,
    machine: Plan,
    corrections: Sequence[Correction],
    lines: Callable[[], Mapping[int, str]],
) -> Reviewed:
    """The plan with its active corrections applied (`lines`, the stored text, is read only
    when a correction was made on another parser version's output)."""
    if not any(correction.active for correction in corrections):  # most plans: nothing to do
        return Reviewed(plan_id, machine, machine, list(corrections), frozenset(), frozenset())
    version = machine.source.parser_version
    targets = {t.id: t for t in machine.targets}
    units = {u.id: u for u in machine.units}
    deadlines = {d.id: d for d in machine.deadlines}
    items: dict[str, dict[str, Any]] = {"target": targets, "unit": units, "deadline": deadlines}
    meta = machine.document
    reviewed: set[tuple[str, str]] = set()
    rejected: set[tuple[str, str]] = set()
    flagged: list[Correction] = []
    plan_reviewed = False
    text: dict[int, str] | None = None
    added_ids: set[tuple[str, str | None]] = set()  # items added by a person: no parse moves them
    for correction in corrections:
        if not correction.active:
            continue
        kind, name, value = correction.item_kind, correction.field, correction.new_value
        if kind == "plan":
            plan_reviewed = bool(value)
            continue
        if kind == "header":
            update = header_update(name, value, machine)
            if update is None:  # the commune picked is no candidate of the newer parse
                flagged.append(correction)
            else:
                meta = meta.model_copy(update=update)
            continue
        at: tuple[int, tuple[int, int]] | None = None
        item_id = correction.item_id
        if correction.parser_version != version and (kind, item_id) not in added_ids:
            text = text if text is not None else dict(lines())
            if name == ADDED:
                at = _relocated(correction, text)
            else:
                item_id = _follow(kind, correction, machine, text)
            if (at is None and name == ADDED) or (item_id is None and name != ADDED):
                flagged.append(correction)
                continue
        if name == ADDED:
            line, span = at or (correction.line or 0, _span(correction))
            added = added_item(kind, item_id or "", value, line, span, correction.source_text or "")
            items[kind][added.id] = added
            added_ids.add((kind, added.id))
            reviewed.add((kind, added.id))
            continue
        if item_id is None or item_id not in items[kind]:
            flagged.append(correction)
            continue
        key = (kind, item_id)
        reviewed.add(key)
        if name == STATUS:
            if value == "rejected":
                rejected.add(key)
            else:
                rejected.discard(key)
            continue
        items[kind][item_id] = with_field(kind, items[kind][item_id], name, value)

    def kept(kind: str) -> list[Any]:
        return [item for item_id, item in items[kind].items() if (kind, item_id) not in rejected]

    effective = machine.model_copy(
        update={
            "document": meta,
            "targets": kept("target"),
            "units": kept("unit"),
            "deadlines": kept("deadline"),
        }
    )
    return Reviewed(
        plan_id,
        effective,
        machine,
        list(corrections),
        frozenset(reviewed - rejected),
        frozenset(rejected),
        flagged,
        plan_reviewed,
    )


def _follow(kind: str, correction: Correction, plan: Plan, text: Mapping[int, str]) -> str | None:
    """The id of the item of the newer parse standing on the correction's source text: the one
    at the same place, else the one item anywhere with that text; None when there is none."""
    source = correction.source_text
    if source is None:
        return None
    if kind == "unit":
        named = [u.id for u in plan.units if u.name == source]
        return named[0] if len(named) == 1 else None
    found = [item for item in items_of(plan, kind) if source_text_of(item, text) == source]
    here = [
        item for item in found if item.line == correction.line and item.span == _span(correction)
    ]
    chosen = here or found
    return chosen[0].id if len(chosen) == 1 else None


def _relocated(
    correction: Correction, text: Mapping[int, str]
) -> tuple[int, tuple[int, int]] | None:
    """Where an added item's selected text stands in the newer text: at its place, or at the
    one place it occurs."""
    source = correction.source_text or ""
    line, span = correction.line or 0, _span(correction)
    if source and text.get(line, "")[span[0] : span[1]] == source:
        return line, span
    places = [
        (number, (start, start + len(source)))
        for number, content in text.items()
        for start in _occurrences(content, source)
    ]
    return places[0] if source and len(places) == 1 else None


def _occurrences(content: str, source: str) -> list[int]:
    found, start = [], content.find(source)
    while source and start >= 0:
        found.append(start)
        start = content.find(source, start + 1)
    return found


def _span(correction: Correction) -> tuple[int, int]:
    return (correction.span_start or 0, correction.span_end or 0)


def _selection(change: Change, lines: Mapping[int, str]) -> None:
    if not isinstance(change.value, dict):
        raise InputError("an added item's value is an object of its fields")
    if change.line is None or change.line not in lines or change.span is None:
        raise InputError("an added item needs the line and span of its source text")
    start, end = change.span
    if not 0 <= start < end <= len(lines[change.line]):
        raise InputError(f"the span {start}-{end} is not within line {change.line}")


def _selected(change: Change, lines: Mapping[int, str]) -> str:
    start, end = change.span or (0, 0)
    return lines.get(change.line or 0, "")[start:end]
