"""The shapes of lines that carry structure: numbered headings, bullets, the closing.

Shared by normalization (such a line never continues the line before it) and by the structure
stage (which reads the numbers and splits the body from the closing). The words they are read by
are data: data/normalize/line_starts.yaml, and data/layout_cues.yaml for the signature prefixes
and `Nơi nhận`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from pydantic import field_validator, model_validator

from plan_extract.core.knowledge import Example, Knowledge, data_file
from plan_extract.core.numerals import to_roman
from plan_extract.core.text import BULLET_CLASS, is_all_caps
from plan_extract.normalize.vocabulary import (
    alternatives,
    misread,
    one_role_each,
    spelled_as_normalized,
)
from plan_extract.read.layout_cues import recipients_label_at, signature_prefix_at

ROMAN = re.compile(
    r"^(?P<num>[IVXL]{1,6})\s*(?P<mark>[.)]|[-:](?=\s*\S)|/(?=\s+\S))\s*(?P<rest>\S.*)?$"
)
# `1- Mục tiêu tổng quát`: a dash, then a space (commune drafts), not `57-NQ/TW` (a number)
ARABIC = re.compile(r"^(?P<num>\d{1,2})\s*(?P<mark>[.)](?!\d)|[/-](?=\s+\S))\s*(?P<rest>\S.*)?$")
# `2.1.`; a document's number is no heading number (`66.2/2025/NQ-CP`)
DOTTED = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){1,3})\.?(?![\d/])\s*(?P<rest>\S.*)?$")
# a bullet (core.text.BULLETS) or a markdown list's star opening an item
BULLET = re.compile(rf"^(?:{BULLET_CLASS}|\*)\s*(?P<rest>\S.*)$")
TERMINAL = re.compile(r"[.;:!?…]\)?[\"”]?$")
RANGE_TAIL = re.compile(r"^-\s*\d")  # `- 2030`: a range's dash and second figure
# `30/9/2026`, `15.6.2026`, `9/2026`, `III/2026`, `2026`: a date's figures opening a line, the
# rest of a date a wrap cut from its words (`trước ngày` / `30/9/2026.`)
DATE_HEAD = re.compile(
    r"^(\d{1,2}[/.-]\d{1,2}([/.-](19|20)\d\d)?|\d{1,2}/(19|20)\d\d|[IV]{1,3}[/-](19|20)\d\d|(19|20)\d\d)\b"
)
_TERMINAL_SPAN = 4  # the longest text TERMINAL matches (`.)”` and a final newline)


def ends_sentence(text: str) -> bool:
    """The text ends like a sentence (TERMINAL), judged on its last characters only: a search
    over a whole long paragraph, repeated as lines are joined onto it, costs its length squared."""
    return TERMINAL.search(text[-_TERMINAL_SPAN:]) is not None


NumberStyle = Literal["part", "capital", "roman", "dotted", "arabic", "letter"]
ClosingCue = Literal["sentence", "recipients", "signature"]
LineStart = Literal["numbered", "closing", "request", "basis"]


class LineStartExample(Example):
    starts: LineStart | None

    @property
    def negative(self) -> bool:
        return self.starts is None


class LineStarts(Knowledge):
    item_letters: str
    part_labels: list[str]
    capital_letters: str
    ordinal_lead: str
    ordinals: dict[str, int]
    closing_sentences: list[str]
    closing_requests: list[str]
    basis_openings: list[str]
    examples: list[LineStartExample]

    @field_validator("item_letters")
    @classmethod
    def _letters(cls, letters: str) -> str:
        if not letters.isalpha() or not letters.islower() or len(set(letters)) != len(letters):
            raise ValueError("item letters: distinct lower-case letters, nothing else")
        return letters

    @field_validator("capital_letters")
    @classmethod
    def _capitals(cls, letters: str) -> str:
        if not letters.isalpha() or not letters.isupper() or len(set(letters)) != len(letters):
            raise ValueError("capital letters: distinct capitals, nothing else")
        if set(letters) & set("IVXL"):
            raise ValueError("capital letters: none a Roman numeral is written with")
        return letters

    @model_validator(mode="after")
    def _phrases(self) -> LineStarts:
        spelled_as_normalized(
            [
                *self.closing_sentences,
                *self.closing_requests,
                *self.basis_openings,
                *self.part_labels,
                self.ordinal_lead,
                *self.ordinals,
            ]
        )
        one_role_each({"closing": self.closing_sentences, "request": self.closing_requests})
        return self


LINE_STARTS = data_file("normalize/line_starts.yaml", LineStarts)


@dataclass(frozen=True, slots=True)
class Numbered:
    """A numbered heading's number as printed (`III`, `2.1`, `b`), its style, and the rest of
    its line; for a part (`PHẦN II`, `Chương 3`, `Phần thứ hai`) the label's place among the
    part labels (0 the outermost) and its number (an ordinal word as a Roman numeral)."""

    style: NumberStyle
    number: str
    rest: str
    label: int | None = None


@lru_cache(maxsize=16)
def numbered(text: str) -> Numbered | None:
    """The numbered heading (`PHẦN I`, `A.`, `I.`, `1.`, `2.1.`, `a)`) a line starts with.
    The last few answers are kept: the joiner asks it of a line and of the line before up to
    five times each (a line's six patterns tried each time cost a sixth of normalizing)."""
    if part := _part(text):
        return part
    for style, pattern in _numberings():
        match = pattern.match(text)
        if match and (style not in ("roman", "arabic") or _marked(match)):
            return Numbered(style, match.group("num"), match.group("rest") or "")
    if (capital := _capital().match(text)) and is_all_caps(capital.group("rest")):
        return Numbered("capital", capital.group("num"), capital.group("rest"))
    return None


def capital_item(text: str) -> Numbered | None:
    """`A. Mục tiêu chung`, `B) Mục tiêu cụ thể`: a capital letter of the level above the Roman
    one before a title opening with a capital, whatever its case. Such an item opens a line of
    its own and may be a short title (the joiner's); `numbered` takes it for a heading only
    before a title in capitals."""
    found = _capital().match(text)
    if found is None or not found.group("rest")[:1].isupper():
        return None
    return Numbered("capital", found.group("num"), found.group("rest"))


@cache
def _capital() -> re.Pattern[str]:
    """`A. KẾT QUẢ THỰC HIỆN`: a capital letter of the data's (none a Roman numeral reads) before
    a title in capitals; whether the letters form a level is the structure stage's call."""
    letters = re.escape(LINE_STARTS.load().capital_letters)
    return re.compile(rf"^(?P<num>[{letters}])\s*[.)]\s+(?P<rest>\S.*)$")


def _part(text: str) -> Numbered | None:
    """`PHẦN I. KẾT QUẢ ...`, `Chương II`, `Mục 1: ...`, `PHẦN THỨ HAI`: a part label with a
    capital, its number, then nothing (the title on the next line), a mark and a title, or a
    title in capitals; not a sentence that opens with the word (`Phần thứ hai của ...`)."""
    found = _part_pattern().match(text)
    if found is None or not found.group("label")[:1].isupper():
        return None
    rest = found.group("rest") or ""
    if rest and not (found.group("mark") and rest[:1].isupper()) and not is_all_caps(rest):
        return None
    data = LINE_STARTS.load()
    label = found.group("label").casefold()
    index = next(i for i, word in enumerate(data.part_labels) if word == label)
    number = found.group("num")
    if ordinal := found.group("ordinal"):
        number = to_roman(data.ordinals[ordinal.casefold()])
    return Numbered("part", number.upper(), rest, index)


@cache
def _part_pattern() -> re.Pattern[str]:
    data = LINE_STARTS.load()
    ordinals = alternatives(data.ordinals)
    return re.compile(
        rf"^(?P<label>{alternatives(data.part_labels)})\s+(?:(?P<num>[IVXL]{{1,6}}|\d{{1,2}})"
        rf"|{re.escape(data.ordinal_lead)}\s+(?P<ordinal>{ordinals}))(?!\w)\s*"
        rf"(?P<mark>[.:)\-]?)\s*(?P<rest>\S.*)?$",
        re.IGNORECASE,
    )


def _marked(match: re.Match[str]) -> bool:
    """`II.`, `II)`, `2.`; and the odd punctuation some drafts number headings with (`II-
    NHIỆM VỤ`, `III: TỔ CHỨC`, `I/ MỤC ĐÍCH`, `1/ Mục tiêu`, `2- Các chỉ tiêu`: a space after
    the slash or the dash) when a capital follows: `X-quang`, `V/v`, `V/V HỖ TRỢ`, `I - 2026`,
    `1/ năm`, `3- 5 lần` are no headings."""
    rest = match.group("rest") or ""
    return match.group("mark") in ".)" or rest[:1].isupper()


def lettered_with_stop(text: str) -> bool:
    """`a. Trạm Y tế xã chủ trì ...`: a list letter with a full stop, then a capital. Such an item
    opens a line of its own (never the rest of the line before), though it is no heading."""
    found = _letter_stop().match(text)
    return found is not None and found.group("first").isupper()


def opens_lettered_line(text: str) -> bool:
    """A list letter with a stop (`a. Trạm Y tế ...`, `lettered_with_stop`) or a capital
    letter's item in any case (`A. Mục tiêu chung`, `capital_item`): a line that opens an item
    of its own, never the rest of the line before, though `numbered` may read neither. The
    joiner asks it, and so does the joined-items variant (evaluate/joined_items.py)."""
    return lettered_with_stop(text) or capital_item(text) is not None


@cache
def _letter_stop() -> re.Pattern[str]:
    letters = re.escape(LINE_STARTS.load().item_letters)
    return re.compile(rf"^[{letters}]\.\s+(?P<first>\w)")


def closes_parenthesis(before: str, text: str) -> bool:
    """`... (GIAI ĐOẠN` then `I)`, `2)`: a numeral closing the parenthesis the line before left
    open is the end of that line, not a numbered item; so is a date whose year closes it within
    a few words (`... người cao tuổi (cuối` then `Quý II/2026).`: a task's time cut by a wrap)."""
    found = _CLOSING_NUMERAL.match(text) or _CLOSING_YEAR.match(text)
    return found is not None and before.count("(") > before.count(")")


_CLOSING_NUMERAL = re.compile(r"^(?:[IVXL]{1,6}|\d{1,2})\)")
_CLOSING_YEAR = re.compile(r"^[^()]{0,24}?\b(?:19|20)\d\d\)")  # `Quý II/2026)`, `Tháng 6 năm 2026)`


def enumerated(text: str) -> bool:
    """`(1) 100% số người ...`, `(2) Tỷ lệ ...`: a figure in parentheses, then a figure or a
    capital, numbers an entry of a plan's list of targets, which opens a line of its own. A
    lower-case word after it (`(2) năm ...`) is a cut sentence's reference, and a line that
    holds the next entry too (`(1) Công nghiệp ...; (2) Nông nghiệp ...`) a list run into a
    sentence, cut before its first entry: neither opens a line."""
    found = _ENUMERATED.match(text)
    return (
        found is not None
        and not found.group("first").islower()
        and _ENTRY.search(text, found.end()) is None
    )


_ENUMERATED = re.compile(r"^\(\d{1,2}\)\s+(?P<first>\w)")
_ENTRY = re.compile(r"\(\d{1,2}\)\s")


def closing_cue(text: str) -> ClosingCue | None:
    """How a line opens the closing: the closing sentence (`Trên đây là ...`), the recipients
    (`Nơi nhận:`) or the signature (`TM. ỦY BAN NHÂN DÂN`)."""
    if _openings()[0].match(text):
        return "sentence"
    if recipients_label_at(text):
        return "recipients"
    if signature_prefix_at(text):
        return "signature"
    return None


def opens_basis_item(text: str) -> bool:
    """`Căn cứ Luật ...;`: a basis item, which opens a line of its own (never the rest of the
    line before) though no number or mark opens it; written with its capital (in lower case the
    words go on a sentence: `..., các đơn vị` / `căn cứ chức năng ...`)."""
    return _basis_opening().match(text) is not None


@cache
def _basis_opening() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternatives(LINE_STARTS.load().basis_openings)})(?!\w)")


def is_closing_request(text: str) -> bool:
    """`Trong quá trình thực hiện, nếu có khó khăn ...`: the request that ends a plan's body."""
    return _openings()[1].match(text) is not None


@cache
def _openings() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The closing sentence's and the closing request's first words, in any case."""
    data = LINE_STARTS.load()
    sentence, request = (
        re.compile(rf"(?:{alternatives(phrases)})(?!\w)", re.IGNORECASE)
        for phrases in (data.closing_sentences, data.closing_requests)
    )
    return sentence, request


@cache
def _numberings() -> tuple[tuple[NumberStyle, re.Pattern[str]], ...]:
    """The numbering styles in the order they are tried; lettered items from the data."""
    letters = re.escape(LINE_STARTS.load().item_letters)
    lettered = re.compile(rf"^(?P<num>[{letters}])\s*\)\s*(?P<rest>\S.*)?$")
    return (("roman", ROMAN), ("dotted", DOTTED), ("arabic", ARABIC), ("letter", lettered))


def _line_start(text: str) -> LineStart | None:
    """What a line opens, as the examples of line_starts.yaml state it."""
    if numbered(text):
        return "numbered"
    if closing_cue(text):
        return "closing"
    if opens_basis_item(text):
        return "basis"
    return "request" if is_closing_request(text) else None


LINE_STARTS.examples_checked_by(
    lambda data: misread(data.examples, _line_start, lambda e: e.starts)
)
