"""The parts of a document around its numbered body (corpus/ANNOTATION.md, "What the document
is"): a decision's articles before the plan it issues, and the appendices after the signature.

A decision that issues a plan prints its own header, title and basis, `QUYẾT ĐỊNH:`, its
articles (`Điều 1. Ban hành kèm theo Quyết định này Kế hoạch ...`), its closing (`Nơi nhận`,
signature), and then the plan: `KẾ HOẠCH`, its title, `(Kèm theo Quyết định số ...)` and its
sections. Appendices (`PHỤ LỤC I`, `BIỂU SỐ 01`, `DANH MỤC NHIỆM VỤ ...`) follow the signature;
each runs to the next one or to the end, and may open with its issuer's name above the label.
The words are data: data/structure/anatomy.yaml.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from pydantic import model_validator

from plan_extract.core.knowledge import Example, Knowledge, data_file
from plan_extract.core.text import is_all_caps
from plan_extract.normalize.model import Line
from plan_extract.normalize.patterns import numbered
from plan_extract.normalize.vocabulary import alternatives, misread, spelled_as_normalized
from plan_extract.read.model import Block, Hint
from plan_extract.structure.closing import position_at
from plan_extract.structure.names import office_case, parse_body

Part = Literal["appendix", "article", "none"]
NOTE = "("  # `(Kèm theo Kế hoạch số ...)`: the note under an appendix's title


class PartExample(Example):
    part: Part

    @property
    def negative(self) -> bool:
        return self.part == "none"


class AnatomyWords(Knowledge):
    article_labels: list[str]
    appendix_labels: list[str]
    number_words: list[str]
    examples: list[PartExample]

    @model_validator(mode="after")
    def _spelled(self) -> AnatomyWords:
        spelled_as_normalized([*self.article_labels, *self.appendix_labels, *self.number_words])
        return self


ANATOMY = data_file("structure/anatomy.yaml", AnatomyWords)


@cache
def _article() -> re.Pattern[str]:
    """`Điều 1.`, `Điều 3:`: the label, the article's number, then `.` or `:`."""
    return re.compile(rf"^(?:{alternatives(ANATOMY.load().article_labels)})\s+\d{{1,2}}\s*[.:]")


@cache
def _appendix() -> re.Pattern[str]:
    """The label as printed or in capitals, an optional number, and the rest of the line."""
    words = ANATOMY.load()
    labels = alternatives([*words.appendix_labels, *(w.upper() for w in words.appendix_labels)])
    number_word = alternatives([*words.number_words, *(w.upper() for w in words.number_words)])
    return re.compile(
        rf"^(?:{labels})(?:\s+(?:(?:{number_word})\s*)?(?P<number>[0-9]{{1,2}}[a-z]?|[IVXL]{{1,5}}))?"
        rf"(?!\w)\s*(?P<mark>[.:\-]?)\s*(?P<rest>.*)$"
    )


def is_article(text: str) -> bool:
    return _article().match(text) is not None


def article_text_start(text: str) -> int | None:
    """Where an article's own text starts, after its label (`Điều 3. Chánh Văn phòng ...` →
    the offset of `Chánh`); None when the text opens no article."""
    found = _article().match(text)
    if found is None:
        return None
    return len(text) - len(text[found.end() :].lstrip())


def is_appendix_label(text: str) -> bool:
    """`PHỤ LỤC I`, `Phụ lục 02: ...`, `BIỂU SỐ 01`, `DANH MỤC NHIỆM VỤ ...`: a label with
    nothing after it, a title in capitals, or a title after `:`/`-`/`.`; not a sentence that
    starts with the word (`Phụ lục kèm theo ...`, `Biểu dương ...`). The title in capitals may
    run on into the note in brackets printed under it (`PHỤ LỤC I DANH MỤC ... (Kèm theo Kế
    hoạch số ...)`), as a page whose paragraphs run together prints them."""
    found = _appendix().match(text.strip())
    if found is None:
        return False
    rest = _before_note(found.group("rest"))
    return not rest or bool(found.group("mark")) or is_all_caps(rest)


def label_rest(text: str) -> str:
    """What an appendix's label line prints after the label and its number (its title), the
    note under the title left out when the line runs on into it."""
    found = _appendix().match(text.strip())
    return _before_note(found.group("rest")).strip() if found else ""


def _before_note(rest: str) -> str:
    """`rest` without the note in brackets that an appendix prints under its title, when a
    title in lower case follows the title in capitals (the note) or none comes before it."""
    if is_all_caps(rest):
        return rest
    title, bracket, _ = rest.partition(NOTE)
    return title.strip() if bracket and (not title.strip() or is_all_caps(title)) else rest


def _part_of(text: str) -> Part:
    if is_article(text):
        return "article"
    return "appendix" if is_appendix_label(text) else "none"


def _opens_appendix(line: Line) -> bool:
    return (
        line.block is Block.BODY
        and Hint.TABLE_ROW not in line.hints
        and numbered(line.text) is None
        and is_appendix_label(line.text)
    )


def find_appendices(lines: list[Line], start: int) -> list[tuple[int, int]]:
    """The appendices from line `start` on, as (first, last) line ranges: each from its label
    (or the issuer's name printed just above it) to the line before the next one, the last to
    the end. A label just under another is the first one's title."""
    firsts: list[int] = []
    for line in lines[start - 1 :]:
        if not _opens_appendix(line):
            continue
        if firsts and _is_title_of(lines, line, firsts[-1]):
            continue
        first = line.number
        if first > start and is_body_name(lines[first - 2]):
            first -= 1
        firsts.append(first)
    ends = [following - 1 for following in firsts[1:]] + [len(lines)]
    return list(zip(firsts, ends, strict=False))


def _is_title_of(lines: list[Line], line: Line, first: int) -> bool:
    """Whether `line` follows the label of the appendix starting at `first` directly (its
    issuer's name above the label allowed)."""
    label = first + 1 if is_body_name(lines[first - 1]) else first
    return line.number == label + 1


def is_body_name(line: Line) -> bool:
    """A line in capitals that is an issuing body's name (`ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ
    MINH`), as an appendix prints above its label and a decision under its title (the authority
    that decides, before `Căn cứ ...`); that authority may be the head of the body (`CHỦ TỊCH
    ỦY BAN NHÂN DÂN TỈNH ...`, `GIÁM ĐỐC SỞ NỘI VỤ`)."""
    if line.block is not Block.BODY or Hint.TABLE_ROW in line.hints:
        return False
    text = line.text
    if not is_all_caps(text):
        return False
    position = position_at(text)
    if position is not None:
        head_of = text[len(position) :].strip()
        return parse_body(head_of) is not None or office_case(head_of) is not None
    return parse_body(text) is not None


def find_articles(lines: list[Line], first: int, last: int) -> list[int]:
    """The lines from `first` to `last` that open a decision's article (`Điều 1. ...`)."""
    return [
        line.number
        for line in lines[first - 1 : last]
        if line.block is Block.BODY and Hint.TABLE_ROW not in line.hints and is_article(line.text)
    ]


ANATOMY.examples_checked_by(lambda data: misread(data.examples, _part_of, lambda e: e.part))
