"""Letters and signs OCR reads in place of the ones printed, set back where the shape of the
line leaves no doubt (data/read/ocr_glyphs.yaml).

- A top-level heading's Roman number: at a scan's resolution a stroke `I` is read as `l`, `1`,
  `|` or `!`, two strokes as `H`, `IV` as `1V`; the point after it runs into it (`IL MỤC ĐÍCH`),
  is read as a comma, or is lost. A line read by OCR, in the body, whose first token is made of
  those glyphs, with at least one that is no digit (`11.` may be the Arabic eleven), standing for
  a Roman numeral, and whose words after it are capitals, is given that numeral and its point.
  Which number a misread stroke count stands for (`II` read for `III`) is the section tree's
  question (structure/sections.py), not the reader's.
- A list item's letter read as a sign (`©)` for `c)`) at a line's start.
- A digit between two lower-case letters of a word (`g1á` for `giá`): no Vietnamese word or
  number is written so.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from pydantic import Field

from plan_extract.core.knowledge import Example, Knowledge, data_file
from plan_extract.core.numerals import roman_value
from plan_extract.read.model import Block, Hint, RawLine


class GlyphExample(Example):
    """A line read by OCR, and what it is mended to (`mended`), or None: left as read."""

    mended: str | None = None

    @property
    def negative(self) -> bool:
        return self.mended is None


class OcrGlyphs(Knowledge):
    numeral_glyphs: dict[str, str] = Field(min_length=1)  # glyph → the numeral's letters
    point_glyphs: list[str] = Field(min_length=1)  # read for the point after a heading number
    item_letters: dict[str, str] = Field(min_length=1)  # sign → a list item's letter
    letter_digits: dict[str, str] = Field(min_length=1)  # digit → letter inside a word
    examples: list[GlyphExample] = Field(default_factory=list)


OCR_GLYPHS = data_file("read/ocr_glyphs.yaml", OcrGlyphs)
_MIN_CAPITALS = 2  # letters after a heading's number, all capitals


@cache
def _heading_start() -> re.Pattern[str]:
    glyphs = OCR_GLYPHS.load()
    numeral = "".join(re.escape(glyph) for glyph in sorted(glyphs.numeral_glyphs))
    point = "|".join(re.escape(glyph) for glyph in sorted(glyphs.point_glyphs, key=len))
    return re.compile(rf"^(?P<number>[{numeral}]{{1,4}}?)(?P<point>{point})?\s+(?=\w)")


@cache
def _item_start() -> re.Pattern[str]:
    signs = "".join(re.escape(sign) for sign in sorted(OCR_GLYPHS.load().item_letters))
    return re.compile(rf"^(?P<sign>[{signs}])\)\s")


@cache
def _digit_in_word() -> re.Pattern[str]:
    """A word of letters with one digit inside it."""
    digits = "".join(re.escape(digit) for digit in sorted(OCR_GLYPHS.load().letter_digits))
    return re.compile(
        rf"(?<!\w)(?P<before>[^\W\d_]+)(?P<digit>[{digits}])(?P<after>[^\W\d_]+)(?!\w)"
    )


def _numeral(read: str) -> str | None:
    """The Roman numeral the glyphs `read` stand for, None when they stand for none or may be
    an Arabic number (digits only)."""
    if read.isdigit():
        return None
    glyphs = OCR_GLYPHS.load().numeral_glyphs
    meant = "".join(glyphs[glyph] for glyph in read)
    return meant if roman_value(meant) is not None else None


def _capitals(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return len(letters) >= _MIN_CAPITALS and all(char.isupper() for char in letters)


def mend_heading_number(text: str) -> str:
    """`text` (a line read by OCR) with a misread Roman heading number and point set back."""
    found = _heading_start().match(text)
    if found is None or not _capitals(text[found.end() :]):
        return text
    numeral = _numeral(found["number"])
    if numeral is None or (numeral == found["number"] and found["point"] == "."):
        return text
    return f"{numeral}. {text[found.end() :]}"


def mend_glyphs(text: str) -> str:
    """`text` (a line read by OCR, in the body) with its misread glyphs set back."""
    glyphs = OCR_GLYPHS.load()
    text = mend_heading_number(text)
    item = _item_start().match(text)
    if item is not None:
        text = glyphs.item_letters[item["sign"]] + text[1:]

    def letter(found: re.Match[str]) -> str:
        before, after = found["before"], found["after"]
        if not (before[-1].islower() and after[0].islower()):
            return found.group()
        return before + glyphs.letter_digits[found["digit"]] + after

    return _digit_in_word().sub(letter, text)


def mend_ocr_glyphs(lines: list[RawLine]) -> list[RawLine]:
    """The lines, those read by OCR in the body with their misread glyphs set back."""
    return [
        replace(line, text=mend_glyphs(line.text))
        if Hint.OCR in line.hints and line.block is Block.BODY and line.cells is None
        else line
        for line in lines
    ]


def wrong_examples(glyphs: OcrGlyphs) -> list[str]:
    return [
        f"{example.text!r} mended to {mended!r}, not {example.mended or example.text!r}"
        for example in glyphs.examples
        if (mended := mend_glyphs(example.text)) != (example.mended or example.text)
    ]


OCR_GLYPHS.examples_checked_by(wrong_examples)
