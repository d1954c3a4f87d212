"""The genre's layout cues (data/layout_cues.yaml): the words by which the readers tell the parts of
an official document's layout apart, when the layout itself (a table, a column) leaves them open:
which cell or line opens the closing block, which table is the two-column header and which of its
cells is which, and which line at a page's edge is its page number."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from pydantic import Field, field_validator, model_validator

from plan_extract.core.knowledge import Example, Knowledge, data_file
from plan_extract.core.text import is_all_caps, squash, starts_lowercase, unmarked


class CueExample(Example):
    """A line or cell, and what each cue it names must say of it (True or False)."""

    recipients: bool | None = None
    signature: bool | None = None
    motto: bool | None = None
    number: bool | None = None
    place_date: bool | None = None
    page_number: bool | None = None

    @model_validator(mode="after")
    def _names_a_cue(self) -> CueExample:
        if not self.expected():
            raise ValueError(f"example {self.text!r} says nothing about any cue")
        return self

    def expected(self) -> dict[str, bool]:
        """Each cue the example names → what the cue must say of it."""
        said = {cue: getattr(self, cue) for cue in type(self).model_fields if cue != "text"}
        return {cue: value for cue, value in said.items() if value is not None}

    @property
    def negative(self) -> bool:
        return not any(self.expected().values())


class LayoutCues(Knowledge):
    recipients_labels: list[str]
    signature_prefixes: list[str]
    motto: list[str] = Field(min_length=1)
    number_labels: list[str] = Field(min_length=1)
    date_words: list[str] = Field(min_length=1)
    page_words: list[str] = Field(min_length=1)
    examples: list[CueExample] = Field(default_factory=list)

    @field_validator("number_labels")
    @classmethod
    def _no_colon(cls, labels: list[str]) -> list[str]:
        if any(":" in label for label in labels):  # is_number_line reads up to the first colon
            raise ValueError("number labels: the colon after a label is no part of it")
        return labels


LAYOUT_CUES = data_file("layout_cues.yaml", LayoutCues)


def _fold(text: str) -> str:
    """Case, spacing, emphasis marks and the kind of dash set aside: `KT . CHỦ TỊCH` reads as
    `kt. chủ tịch`, `Độc lập – Tự do` as `độc lập - tự do`."""
    folded = squash(text).casefold()
    return _SPACE_DOT.sub(".", _SPACED_DASH.sub(" - ", folded))


_SPACED_DASH = re.compile(r"\s*[-–—]\s*")
_SPACE_DOT = re.compile(r"\s+\.")


class Cue(NamedTuple):
    """A cue found at the start of a text: as printed (white space removed), and where it ends."""

    printed: str
    end: int


def is_recipients_label(text: str) -> bool:
    """`Nơi nhận:` (the recipients list opens the closing block, bottom left)."""
    return recipients_label_at(squash(text)) is not None


def is_signature_start(text: str) -> bool:
    """`TM. ỦY BAN NHÂN DÂN`, `KT. GIÁM ĐỐC`: the signature block's first line (bottom right)."""
    return signature_prefix_at(squash(text)) is not None


def recipients_label_at(text: str) -> Cue | None:
    """The `Nơi nhận` label `text` starts with, as printed, also when OCR lost its marks
    (`Noi nhận`). Normalization and the structure stage ask it of lines, the readers of cells."""
    match = _recipients_label().match(text)
    return Cue(match.group(), match.end()) if match else None


@cache
def _recipients_label() -> re.Pattern[str]:
    """Each label with every letter as spelled or without its marks, in any case."""

    def letter(char: str) -> str:
        bare = unmarked(char)
        return re.escape(char) if bare == char.casefold() else f"[{char}{bare}]"

    labels = LAYOUT_CUES.load().recipients_labels
    alternatives = ("".join(letter(char) for char in label) for label in labels)
    return re.compile(rf"(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)


def signature_prefix_at(text: str) -> Cue | None:
    """The signing authority `text` starts with (`TM.`, `KT.`, `T/M`): as printed, also with a
    space before the dot (`KT .`, from OCR) or a dot after a prefix written without one."""
    match = _signature_prefix().match(text)
    if match is None:
        return None
    return Cue(re.sub(r"\s+", "", match.group()), match.end())


@cache
def _signature_prefix() -> re.Pattern[str]:
    """A prefix listed with its dot needs the dot; one listed without it takes an optional dot
    and no letter after it."""
    alternatives = []
    for prefix in sorted(LAYOUT_CUES.load().signature_prefixes, key=len, reverse=True):
        letters = re.escape(prefix.removesuffix("."))
        dot = r"\s*\." if prefix.endswith(".") else r"(?:\s*\.)?(?!\w)"
        alternatives.append(letters + dot)
    return re.compile("|".join(alternatives), re.IGNORECASE)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    cues = LAYOUT_CUES.load()

    def alternatives(words: list[str]) -> str:
        return "|".join(re.escape(_fold(word)) for word in words)

    first, *rest = (re.escape(word.casefold()) for word in cues.date_words)
    return {
        "number": re.compile(rf"(?:{alternatives(cues.number_labels)})\s*:"),
        "place_date": re.compile(first + "".join(rf"\b.*\b{word}" for word in rest) + r"\b"),
        "page_number": re.compile(
            rf"(?:[-–—\s]*(?:(?:{alternatives(cues.page_words)})\s*)?\d{{1,4}}"
            r"(?:\s*/\s*\d{1,4})?[-–—\s]*)"
        ),
    }


def has_motto(text: str) -> bool:
    """The national motto (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `Độc lập - Tự do - Hạnh phúc`)
    somewhere in the text: the cell or table holding it is the header's right column."""
    folded = _fold(text)
    return any(_fold(line) in folded for line in LAYOUT_CUES.load().motto)


def is_number_line(text: str) -> bool:
    """`Số: 12/KH-UBND`, also left blank in a draft (`Số: /KH-UBND`). Only the text up to its
    first colon is folded: the label's colon is the first (no label holds one), and folding
    never makes or moves a colon, so the rest of a long line cannot change the answer."""
    colon = text.find(":")
    return colon >= 0 and _patterns()["number"].match(_fold(text[: colon + 1])) is not None


def has_place_date(text: str) -> bool:
    """`Vĩnh Phong, ngày 15 tháng 5 năm 2026`: the date words in their order (the day may be
    blank, the parts on several lines)."""
    return _patterns()["place_date"].search(squash(text).casefold()) is not None


_TYPED_RULE = re.compile(r"^\s*([-_=*.\u2013\u2014]\s*){3,}$")


def is_typed_rule(text: str) -> bool:
    """A rule typed as characters (`-------`, `______`, `* * *`) under the issuer, the motto or
    the title: no text, whichever reader meets it."""
    return _TYPED_RULE.match(text) is not None


_CLAUSE_ENDS = ".;:!?"
_HEADING_LETTERS = 4  # letters of the shortest heading in capitals (`MỤC TIÊU` has 7)
_HEADING_NUMBER = re.compile(r"^(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*)\s?[.):-]\s")
_ITEM_MARK = re.compile(
    r"^(?:[-+•*]|\(?(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3})*|\w)\s?/?[.):-]+)(?:\s|$)"
)


def continues_heading(heading: str, before: str, text: str) -> bool:
    """Whether `text`, set on the line after `before` in a heading that opens with `heading`,
    goes on with it: a numbered heading broken by hand (`II. NHIỆM VỤ` / `VÀ GIẢI PHÁP`), where
    the line before ends no clause and the two are capitals alike, or the line goes on with a
    word in lower case; a line that opens an item of its own (`a)`, `a/.`, `1.`) never does."""
    return (
        _HEADING_NUMBER.match(heading) is not None
        and before[-1:] not in _CLAUSE_ENDS
        and _ITEM_MARK.match(text) is None
        and (
            (is_all_caps(before) and is_all_caps(text))
            or (starts_lowercase(text) and text.split()[0].isalpha())
        )
    )


def opens_heading_after_clause(before: str, text: str) -> bool:
    """Whether `text`, a line in capitals set under a line of text that ends a clause, opens a
    heading of its own, however far the line above runs: in a scan, where OCR tells no bold,
    the heading under a paragraph's last line (`... cụ thể như sau:` / `I. MỤC ĐÍCH, YÊU
    CẦU`) is set at the spacing of the paragraph's lines."""
    return (
        before[-1:] in _CLAUSE_ENDS
        and not is_all_caps(before)
        and is_all_caps(text, least=_HEADING_LETTERS)
    )


def is_page_number(text: str) -> bool:
    """A line that is only a page number: `2`, `- 2 -`, `Trang 2`, `2/5`."""
    return _patterns()["page_number"].fullmatch(text.casefold()) is not None


CUES = {
    "recipients": is_recipients_label,
    "signature": is_signature_start,
    "motto": has_motto,
    "number": is_number_line,
    "place_date": has_place_date,
    "page_number": is_page_number,
}


def wrong_examples(cues: LayoutCues) -> list[str]:
    """Each example a cue reads wrong."""
    return [
        f"{cue}({example.text!r}) should be {expected}"
        for example in cues.examples
        for cue, expected in example.expected().items()
        if CUES[cue](example.text) != expected
    ]


LAYOUT_CUES.examples_checked_by(wrong_examples)
