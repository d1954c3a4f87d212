"""The document's own number and symbol (`Số: 12/KH-UBND`) and its place-and-date line (`An
Phú, ngày 05 tháng 3 năm 2026`)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from itertools import pairwise

from plan_extract.core.contract import DateParts
from plan_extract.normalize.model import Line
from plan_extract.normalize.vocabulary import alternatives
from plan_extract.read.layout_cues import LAYOUT_CUES, is_number_line, motto_line_end
from plan_extract.read.model import Block
from plan_extract.structure.basis import cites_before, is_basis_sentence
from plan_extract.structure.dates import DATE_NUMERIC, DATE_WORDS, date_in_words, parts_of
from plan_extract.structure.header_layout import is_motto, motto_pattern
from plan_extract.structure.symbols import (
    SYMBOL_LETTERS,
    cut_before_symbol,
    number_pattern,
    opening_symbol,
)

# the header's own number may be a draft's, its serial left blank (`Số:      /KH-UBND`); where
# its symbol starts and ends is every document number's (`symbols.number_pattern`)
_DRAFT_SERIAL = rf"[0-9{SYMBOL_LETTERS}.\-]*?"
# a symbol ends at a word's end: one running into a word is no symbol (`12/Tân Hưng`: the
# number line cut after its slash, the place's column after it); a rule's underscore after it
# is no letter (`Số: 64/KH-UBND_`, the line under the number read by OCR)
NUMBER = re.compile(rf"^{number_pattern(serial=_DRAFT_SERIAL)}(?![^\W_])")
# a number line cut after its slash, a column's text after it or nothing
_CUT_NUMBER = re.compile(
    rf"^(?P<start>{cut_before_symbol(serial=_DRAFT_SERIAL)})(?:\s+(?P<after>.*))?$"
)
_PLACE = re.compile(r"(?P<place>[^,]{2,80}),\s*$")


def joined_number_lines(header: list[Line]) -> list[Line]:
    """The header with a number line cut after its slash made whole (`Số: 12/` / `KH-UBND`:
    a PDF's or a Word file's conversion wraps the cell's line there, so does a draft's `Số:
    /`): the symbol the next line opens with goes after the slash. What the next line prints
    after it (`KH-UBND    Tân Hưng, ngày ...`: the date's column) stays there, and what the
    number line prints after its slash (`Số: 12/    Tân Hưng, ngày ...`) follows the symbol.
    Read apart, the symbol's line would be read as the issuer's or the place's."""
    out: list[Line] = []
    for line in header:
        previous = out[-1] if out else None
        joined = _symbol_joined(previous.text, line.text) if previous else None
        if previous is None or joined is None:
            out.append(line)
            continue
        number_line, rest = joined
        out[-1] = replace(previous, text=number_line)
        if rest:
            out.append(replace(line, text=rest))
    return out


def _symbol_joined(number_line: str, following: str) -> tuple[str, str] | None:
    """`number_line` with the symbol `following` opens with put after its slash, and the rest of
    `following`; None when the number line is not cut after its slash or `following` opens
    with no symbol."""
    label = number_line_pattern().match(number_line)
    cut = _CUT_NUMBER.match(label["rest"].strip()) if label else None
    symbol = opening_symbol(following.strip()) if label and cut else None
    if label is None or cut is None or symbol is None:
        return None
    after = f" {cut['after']}" if cut["after"] else ""
    joined = f"{number_line[: label.start('rest')]}{cut['start']}{symbol}{after}"
    return joined, following.strip()[len(symbol) :].strip()


def prints_number(text: str) -> bool:
    """A line printing a document's number after the label, with its colon or without it (a
    Party body's `Số 25-KH/HU`, the Party's number printing its kind before the slash)."""
    label = number_line_pattern().match(text)
    return label is not None and _number_parts(label["rest"]) is not None


def _number_parts(rest: str) -> re.Match[str] | None:
    """The number and symbol `rest` opens with. A full stop ends the symbol (`12/KH-UBND.`),
    and so does a space between two words (`145/KH-UBND Đắk Lắk, ngày ...`: a row's next
    cell); spaces around `/`, `-`, `&` are the converter's (`12 /KH - UBND`); a number's symbol
    opens with a letter (`12/2026` is no document's)."""
    marked = re.sub(r"\.(?=\s|$)", ";", rest.strip())
    compact = re.sub(r"\s*([/&-])\s*", r"\1", marked)
    parts = NUMBER.match(compact)
    return parts if parts is not None and parts["symbol"][:1].isalpha() else None


def read_number(header: list[Line]) -> tuple[str | None, str | None]:
    """The document's own `Số: 12/KH-UBND` (the number may sit on the line under `Số:`); a
    `SỐ 1050/QĐ-SCT` without a colon may be part of the issuer's name (`ĐOÀN KIỂM TRA THEO QUYẾT
    ĐỊNH SỐ 1050/QĐ-SCT`), so it comes second."""
    by_colon = sorted(range(len(header)), key=lambda i: not is_number_line(header[i].text))
    for index in by_colon:
        match = number_line_pattern().match(header[index].text)
        if not match:
            continue
        rest = match.group("rest")
        if not rest.strip() and index + 1 < len(header):
            rest = header[index + 1].text  # `Số:` alone, the number on the cell's next line
        parts = _number_parts(rest)
        if parts is None:
            continue
        number, serial, party, symbol = parts.group("number", "serial", "party", "symbol")
        if party:
            symbol = f"{party}/{symbol}"
        return (number if re.search(r"\d", serial) else None), symbol
    return None, None


def read_place_and_date(header: list[Line]) -> tuple[str | None, DateParts | None]:
    right = [line.text for line in header if line.block is Block.HEADER_RIGHT]
    printed = [text for text in right if not is_motto(text) and re.search(r"\w", text)]
    candidates = [" ".join(printed)] if right else []
    # the date a basis sentence prints (`Thực hiện Công văn số ... ngày 03 tháng 7 năm 2025`)
    # is the cited document's, never the date of issue
    texts = [None if is_basis_sentence(line.text) else line.text for line in header]
    candidates += [text for text in texts if text is not None]
    # a reader that could not part the header's columns may cut the date line before its year
    candidates += [f"{one} {two}" for one, two in pairwise(texts) if one and two]
    for text in candidates:
        dated = _place_and_date(text)
        if dated is None:
            continue
        place, date = dated
        if place is not None and not re.search(r"[^\W\d_]", place):
            place = None  # a draft's dots (`..., ngày ... tháng ... năm 2026`)
        return place, parts_of(date)
    return None, None


def is_place_and_date_line(text: str) -> bool:
    """A place-and-date line (`Hà Nội, ngày 05 tháng 8 năm 2025`), the last of the header's
    table in the order the layout rules give (issuer block, number, place and date); not a
    basis sentence's date (`Căn cứ ... ngày ...`)."""
    if is_basis_sentence(text):
        return False
    dated = _place_and_date(text)
    return dated is not None and dated[0] is not None


def _place_and_date(text: str) -> tuple[str | None, re.Match[str]] | None:
    """The place printed before a date of issue in `text` (None when none is), and the date;
    None for no date, or one a citation before it owns (a page that ran the header into one
    line: `... Căn cứ Luật ... ngày ...`)."""
    date = date_in_words(text) or _dated_in_figures(text)
    if date is None or cites_before(text[: date.start()]):
        return None
    place = _PLACE.search(_after_motto(text[: date.start()]))
    return (place.group("place").strip() if place else None), date


def _dated_in_figures(text: str) -> re.Match[str] | None:
    """`An Phú, ngày 05/3/2026`: the date line with the date in figures, after the place and
    the day word (a date in figures elsewhere in the header is a cited document's)."""
    found = _figures_date_line().search(text)
    return found if found and _PLACE.search(_after_motto(text[: found.start()])) else None


@cache
def _figures_date_line() -> re.Pattern[str]:
    days = alternatives(DATE_WORDS.load().day_words)
    return re.compile(rf"(?:{days})\s+{DATE_NUMERIC.pattern}", re.IGNORECASE)


def _after_motto(text: str) -> str:
    """What a line prints after the motto and the rule under it, or after the number, where a
    converter joined those cells into one line (`... Hạnh phúc --------------- Đắk Lắk, ngày
    ...`, `Số: 145/KH-UBND Đắk Lắk, ngày ...`), or after the end of a motto's line not read
    whole (`NGHĨA VIỆT NAM; Tân Phú, ngày ...`: its wrapped tail, a scan's column)."""
    text = text.rsplit("|", 1)[-1]  # `Số: 71/KH-UBND | Bạc Liêu, ngày ...`: the last cell
    ends = [found.end() for found in motto_pattern().finditer(text)]
    text = text[ends[-1] :] if ends else text
    tail = motto_line_end(text)
    if re.search(r"[^\W\d_]", text[tail:]):  # a place named like the motto's end is left whole
        text = text[tail:]
    if number := number_line_pattern().match(text):
        text = re.sub(r"^\S*(?:\s*[/&-]\s*\S+)*", "", number.group("rest").strip())
    return _RULE_INSIDE.split(text)[-1]


_RULE_INSIDE = re.compile(r"[-_=*]{3,}")


@cache
def number_line_pattern() -> re.Pattern[str]:
    """`Số: 12/KH-UBND`, or without the colon `SỐ 1050/QĐ-SCT` (the label of layout_cues.yaml)."""
    labels = alternatives(LAYOUT_CUES.load().number_labels)
    return re.compile(rf"^(?:{labels})\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
