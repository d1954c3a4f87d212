"""The first heading an OCR read on the title's line: a scan's title in capitals and the `I.`
under it may come out as one line (`TRỒNG CÂY XANH NĂM 2025 L MỤC ĐÍCH, YÊU CẦU`), the
numeral misread (`L`, `l`, `1`, `|`) and the heading lost in the title. Such a line is split
before the numeral, and the numeral, which can only be the first, written `I.`.

Only a line read by OCR and printed in capitals, whose numeral stands after a few words and
before a section's kind phrase (data/section_kinds.yaml: `MỤC ĐÍCH`, `NHIỆM VỤ`, ...).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from plan_extract.normalize.section_words import SECTION_KINDS
from plan_extract.read.model import Hint, RawLine

# `I` as OCR reads its one stroke, with or without the dot after it
_FIRST_NUMERAL = re.compile(r"(?<=\s)[IlL1|][.)]?\s+(?=\S)")
_MIN_TITLE_WORDS = 3  # a title has words of its own before the heading


def split_merged_headings(lines: list[RawLine]) -> list[RawLine]:
    """`lines` with each OCR line holding a title and the first heading split in two."""
    out: list[RawLine] = []
    for line in lines:
        split = _heading_start(line) if Hint.OCR in line.hints else None
        if split is None:
            out.append(line)
            continue
        start, rest = split
        out.append(replace(line, text=line.text[:start].rstrip()))
        out.append(replace(line, text=f"I. {rest}"))
    return out


def _heading_start(line: RawLine) -> tuple[int, str] | None:
    """Where the heading starts in the line and its text after the numeral, or None."""
    if Hint.ALL_CAPS not in line.hints:
        return None
    for found in _FIRST_NUMERAL.finditer(line.text):
        before, rest = line.text[: found.start()], line.text[found.end() :]
        if len(before.split()) >= _MIN_TITLE_WORDS and _opens_with_kind(rest):
            return found.start(), rest
    return None


def _opens_with_kind(text: str) -> bool:
    folded = text.casefold()
    return any(
        folded.startswith(phrase) and not folded[len(phrase) : len(phrase) + 1].isalpha()
        for phrase in _phrases()
    )


@cache
def _phrases() -> tuple[str, ...]:
    return tuple(
        phrase.casefold() for phrases in SECTION_KINDS.load().kinds.values() for phrase in phrases
    )
