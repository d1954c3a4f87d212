"""A line cut before its sentence's end, from data/normalize/cut_lines.yaml, loaded and checked
once. A plan ends a sentence with `.` and a list's item with `;` or `.`: a line stopping on a
comma, a dash between two parts or a word no sentence ends with (`từ`, `của`, `với`) was cut
there (a wrap, a page break), and the next line goes on with it though it opens with a capital
(`... Phụ nữ tỉnh,` / `Tỉnh Đoàn tổ chức ...`, `... từ` / `Quý II đến Quý IV năm 2026.`), or
with a figure across a blank line, also after a word a target's figure follows (`... còn` /
blank / `3,5% ...`). The joiner (joining.py) asks; only the end of the line before is read: it
may be a paragraph growing as its lines join (a search through it would make joining N²)."""

from __future__ import annotations

import re
from functools import cache

from pydantic import Field, model_validator

from plan_extract.core.knowledge import Knowledge, data_file
from plan_extract.core.text import is_all_caps
from plan_extract.core.word_lists import alternatives
from plan_extract.normalize.vocabulary import JoinExample, misjoined, spelled_as_normalized

_CUT_MARKS = (",", " -", " –")  # a dash after a space joins two parts (`MỤC ĐÍCH - YÊU CẦU`)


class CutLines(Knowledge):
    joining_words: list[str] = Field(min_length=1)  # no sentence ends with one, lower case
    phrase_ends: list[str]  # words ending with a joining word's syllable that end a phrase
    figure_leads: list[str] = Field(min_length=1)  # what a target's figure follows: `đạt`
    clause_leads: list[str] = Field(min_length=1)  # what opens a preamble clause: `căn cứ`
    examples: list[JoinExample]

    @model_validator(mode="after")
    def _words(self) -> CutLines:
        words = [*self.joining_words, *self.phrase_ends, *self.figure_leads, *self.clause_leads]
        if any(not word.islower() for word in words):
            raise ValueError("joining words, phrase ends, figure and clause leads: lower case")
        spelled_as_normalized(words)
        return self


CUT_LINES = data_file("normalize/cut_lines.yaml", CutLines)


@cache
def _word_at_end(kind: str) -> tuple[re.Pattern[str], int]:
    """A word of the data's list `kind` ending a text, in any case, and how many characters of
    a text's end to read for it (the longest word and the character before it)."""
    words: list[str] = getattr(CUT_LINES.load(), kind)
    pattern = re.compile(rf"(?<!\w)(?:{alternatives(words)})$", re.IGNORECASE)
    return pattern, max(map(len, words)) + 1


def _ends_with(text: str, kind: str) -> bool:
    pattern, width = _word_at_end(kind)
    return pattern.search(text[-width:]) is not None


def ends_cut(text: str) -> bool:
    """The text stops on a comma, a dash or a word that joins it to more (`I. MỤC ĐÍCH,`,
    `I. MỤC ĐÍCH -`, `II. NHIỆM VỤ VÀ`, `... tập huấn từ`): it was cut before its end; not on
    a phrase that ends with a joining word's syllable (`2. Hạn chế, tồn tại`)."""
    end = text.rstrip()
    if end.endswith(_CUT_MARKS):
        return True
    return _ends_with(end, "joining_words") and not ends_phrase(end)


def ends_phrase(text: str) -> bool:
    """The text ends with a phrase that ends a headline though its last syllable is a joining
    word's (`2. Hạn chế, tồn tại`, `Tình hình hiện tại`)."""
    return _ends_with(text.rstrip(), "phrase_ends")


@cache
def _clause_lead() -> re.Pattern[str]:
    leads = alternatives(CUT_LINES.load().clause_leads)
    return re.compile(rf"[-+*\s]*(?:{leads})(?!\w)", re.IGNORECASE)


def continues_cut_line(before: str, text: str) -> bool:
    """Whether `text` goes on with `before`, cut before its end (`ends_cut`): a line opening
    with a capital, not a title in capitals nor after the comma ending a preamble clause (the
    sentence naming the plan opens with its issuer), or with a figure, which may also follow a
    word a target's figure follows (`... còn` / `3,5% ...`). Other elements (bullets, numbered
    lines, a basis item, the closing) are the joiner's to tell."""
    end = before.rstrip()
    if text[:1].isdigit():
        return ends_cut(end) or _ends_with(end, "figure_leads")
    if end.endswith(",") and _clause_lead().match(before) is not None:
        return False  # `Để chủ động ...,` / `Ủy ban nhân dân xã ... xây dựng Kế hoạch ...`
    return text[:1].isupper() and not is_all_caps(text) and ends_cut(end)


CUT_LINES.examples_checked_by(lambda data: misjoined(data.examples, continues_cut_line))
