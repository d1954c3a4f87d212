"""A text plan's header laid out as other converters print it (issue 12, variants).

The header is a two-column table: the issuer block beside the national motto, the number beside
the place and date (docs/domain.md, "The parts of the document"; Nghị định 30/2020/NĐ-CP). A
legal database's page prints it one cell a run of lines between bars (the real plans); Word's
plain text, pdftotext and a copy from a page print each cell's lines one under the other, the
issuer's first, or the motto's when the right column is read first; pandoc prints a pipe table,
with an empty middle column where the Word table had a spacer column; some converters print
bold as `__x__`. Each layout prints the same parts, so a plan must read the same in any.

A header is rewritten only when its parts are found in the order the table prints them (the
issuer's lines, the motto's, the number, the place and date), by the readers' layout cues;
any other header (a draft without its issuer block, a header cut by the converter) is left out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from plan_extract.core.text import squash
from plan_extract.read.layout_cues import has_motto, has_place_date, is_number_line, is_typed_rule
from plan_extract.structure.terms import HEADER_TERMS

Role = Literal["issuer", "motto", "number", "date"]
ORDER: tuple[Role, ...] = ("issuer", "motto", "number", "date")
_BAR = "|"
_MAX_HEADER_LINES = 40  # the kind's line comes this early in any plan


@dataclass(frozen=True, slots=True)
class Part:
    """One printed line of the header: its text without marks, its emphasis, its role."""

    text: str
    bold: bool
    italic: bool
    role: Role

    def printed(self, bold: str = "**") -> str:
        if self.bold:
            return f"{bold}{self.text}{bold}"
        return f"*{self.text}*" if self.italic else self.text


@dataclass(frozen=True, slots=True)
class Header:
    """A header's parts in the table's order, and the index of the line after its last."""

    parts: tuple[Part, ...]
    end: int

    def of(self, role: Role) -> list[Part]:
        return [part for part in self.parts if part.role == role]


def read_header(lines: list[str]) -> Header | None:
    """The header before the kind's line (`KẾ HOẠCH`), when its parts come in the table's order."""
    kinds = {term.name.casefold() for term in HEADER_TERMS.load().document_kinds}
    kind = next(
        (
            index
            for index, line in enumerate(lines[:_MAX_HEADER_LINES])
            if squash(line).strip("#_ ").casefold() in kinds
        ),
        None,
    )
    if kind is None:
        return None
    parts: list[Part] = []
    end = 0
    for group, last in _groups(lines[:kind]):
        found = _parts(group)
        if found:
            parts += found
            end = last + 1
    roles = [part.role for part in parts]
    in_order = roles == sorted(roles, key=ORDER.index) and set(roles) == set(ORDER)
    if not in_order or roles.count("number") != 1 or roles.count("date") != 1:
        return None
    return Header(tuple(parts), end)


def _groups(lines: list[str]) -> list[tuple[list[str], int]]:
    """The header's cells (the lines between two bars) when it is printed so, else its lines;
    each with the index of its last line."""
    if not any(line.strip() == _BAR for line in lines):
        return [([line], index) for index, line in enumerate(lines) if line.strip()]
    out: list[tuple[list[str], int]] = []
    cell: list[str] = []
    for index, line in enumerate(lines):
        if line.strip() == _BAR:
            if cell:
                out.append((cell, index))
            cell = []
        elif line.strip():
            cell.append(line)
    return out


def _parts(group: list[str]) -> list[Part]:
    """A cell's printed lines: a number or a place and date whole, else each line, a line that
    an emphasis span runs across joined (`**CỘNG HÒA XÃ` / `HỘI CHỦ NGHĨA VIỆT NAM**`)."""
    lines = _span_lines(group)
    whole = " ".join(text for text, _, _ in lines)
    if not lines:
        return []
    if not has_motto(whole) and (is_number_line(whole) or has_place_date(whole)):
        role: Role = "number" if is_number_line(whole) else "date"
        return [Part(whole, lines[0][1], lines[0][2], role)]
    return [Part(text, bold, italic, _role(text)) for text, bold, italic in lines]


def _role(text: str) -> Role:
    if has_motto(text):
        return "motto"
    if is_number_line(text):
        return "number"
    return "date" if has_place_date(text) else "issuer"


def _span_lines(group: list[str]) -> list[tuple[str, bool, bool]]:
    joined: list[str] = []
    open_span = False
    for line in group:
        if open_span and joined:
            joined[-1] += " " + line.strip()
        else:
            joined.append(line.strip())
        stars = line.count("**")
        open_span ^= stars % 2 == 1 or (stars == 0 and line.count("*") % 2 == 1)
    out = []
    for printed in joined:
        text = squash(printed).strip("_ ")
        if text and not is_typed_rule(printed):
            bold = printed.startswith(("**", "__"))
            out.append((text, bold, not bold and printed.startswith("*")))
    return out


def _paragraphs(header: Header, order: tuple[Role, ...], bold: str = "**") -> list[str]:
    """Each part a paragraph of its own (a blank line after it), in `order`."""
    return [line for role in order for part in header.of(role) for line in (part.printed(bold), "")]


def _cells(header: Header) -> list[str]:
    """One cell a run of lines between bars, a row's end one bar more (a legal database's)."""
    out = [_BAR]
    for roles in (("issuer", "motto"), ("number", "date")):
        for role in roles:
            out += [part.printed() for part in header.of(role)] + [_BAR]
        out.append(_BAR)
    return out[:-1]


def _pipe_table(header: Header) -> list[str]:
    """A pipe table of three columns, the middle one empty, a cell's lines parted by `<br>`."""

    def row(left: Role, right: Role) -> str:
        cells = ["<br>".join(part.printed() for part in header.of(role)) for role in (left, right)]
        return f"| {cells[0]} |  | {cells[1]} |"

    return [row("issuer", "motto"), "|---|---|---|", row("number", "date"), ""]


MOTTO_FIRST: tuple[Role, ...] = ("motto", "issuer", "number", "date")
LAYOUTS: dict[str, Callable[[Header], list[str]]] = {
    "header-lines": lambda header: _paragraphs(header, ORDER),
    "header-motto-first": lambda header: _paragraphs(header, MOTTO_FIRST),
    "header-table3": _pipe_table,
    "header-cells": _cells,
    "header-underscore": lambda header: _paragraphs(header, ORDER, bold="__"),
}


def header_layouts(text: str) -> dict[str, str]:
    """`text` with its header in each other layout (none for a header not found whole), each
    layout printing a text of its own (a layout equal to the source's or another's is left
    out)."""
    lines = text.split("\n")
    header = read_header(lines)
    if header is None:
        return {}
    out: dict[str, str] = {}
    for label, layout in LAYOUTS.items():
        rewritten = "\n".join(layout(header) + lines[header.end :])
        if rewritten != text and rewritten not in out.values():
            out[label] = rewritten
    return out
