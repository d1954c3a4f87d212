"""A line cut before its sentence's end, from data/cut_lines.yaml, loaded and checked once: the
one owner of the question for every stage that joins lines (core, so the read stage asks it as
the normalize stage does). A plan ends a sentence with `.` and a list's item with `;` or `.`: a
line stopping on a comma, a dash between two parts or a word no sentence ends with (`từ`, `của`,
`với`) was cut there (a wrap, a page break), and the next line goes on with it though it opens
with a capital: the normalize stage's joiner (normalize.cut_lines, which owns the file's
examples) and a table cell's lines (read.text.gfm.cell_text, read.pdf.cells) ask. Only the end
of the line before is read: it may be a paragraph growing as its lines join (a search through it
would make joining N²)."""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from pydantic import Field, model_validator

from plan_extract.core.knowledge import JoinExample, Knowledge, data_file
from plan_extract.core.word_lists import alternatives, spelled_as_normalized

_CUT_MARKS = (",", " -", " –")  # a dash after a space joins two parts (`MỤC ĐÍCH - YÊU CẦU`)

WordKind = Literal["joining_words", "phrase_ends", "figure_leads"]
"""The data's word lists a line's end is read against; `joining_words` counts the conjunctions
too (`CutLines.words`)."""


class CutLines(Knowledge):
    conjunctions: list[str] = Field(min_length=1)  # join a list's last item, and join lines
    joining_words: list[str] = Field(min_length=1)  # no sentence ends with one, lower case
    phrase_ends: list[str]  # words ending with a joining word's syllable that end a phrase
    figure_leads: list[str] = Field(min_length=1)  # what a target's figure follows: `đạt`
    clause_leads: list[str] = Field(min_length=1)  # what opens a preamble clause: `căn cứ`
    lone_heads: list[str] = Field(min_length=1)  # a body's head noun, alone no name: `ban`
    examples: list[JoinExample]

    @model_validator(mode="after")
    def _words(self) -> CutLines:
        words = [
            *self.conjunctions,
            *self.joining_words,
            *self.phrase_ends,
            *self.figure_leads,
            *self.clause_leads,
            *self.lone_heads,
        ]
        if any(not word.islower() for word in words):
            raise ValueError("joining words, phrase ends, figure and clause leads: lower case")
        spelled_as_normalized(words)
        return self

    def words(self, kind: WordKind) -> list[str]:
        """The words of the list `kind`: the joining words with the conjunctions."""
        lists = {
            "joining_words": [*self.conjunctions, *self.joining_words],
            "phrase_ends": self.phrase_ends,
            "figure_leads": self.figure_leads,
        }
        return lists[kind]


CUT_LINES = data_file("cut_lines.yaml", CutLines)


def conjunctions() -> list[str]:
    """The words that join a list's last item to the rest (`và`), lower case."""
    return CUT_LINES.load().conjunctions


@cache
def _word_at_end(kind: WordKind) -> tuple[re.Pattern[str], int]:
    """A word of the data's list `kind` ending a text, in any case, and how many characters of
    a text's end to read for it (the longest word and the character before it)."""
    words = CUT_LINES.load().words(kind)
    pattern = re.compile(rf"(?<!\w)(?:{alternatives(words)})$", re.IGNORECASE)
    return pattern, max(map(len, words)) + 1


def ends_with_word(text: str, kind: WordKind) -> bool:
    """Whether `text` ends with a word of the data's list `kind`, in any case."""
    pattern, width = _word_at_end(kind)
    return pattern.search(text[-width:]) is not None


def ends_cut(text: str) -> bool:
    """The text stops on a comma, a dash or a word that joins it to more (`I. MỤC ĐÍCH,`,
    `I. MỤC ĐÍCH -`, `II. NHIỆM VỤ VÀ`, `... tập huấn từ`), or its last part is a body's head
    noun alone (`Ban`): it was cut before its end; not on a phrase that ends with a joining
    word's syllable (`2. Hạn chế, tồn tại`)."""
    end = text.rstrip()
    if end.endswith(_CUT_MARKS) or _lone_head(end):
        return True
    return ends_with_word(end, "joining_words") and not ends_phrase(end)


@cache
def _lone_heads() -> tuple[re.Pattern[str], int]:
    """A head noun of the data's `lone_heads` printed with its capital, alone after the
    text's start or a part's stop (`;`, `.`, `:`), and how many characters of a text's end to
    read for it."""
    heads = CUT_LINES.load().lone_heads
    capitalized = [head[:1].upper() + head[1:] for head in heads]
    pattern = re.compile(rf"(?:^|[;.:])\s*(?:{alternatives(capitalized)})$")
    return pattern, max(map(len, heads)) + 2


def _lone_head(end: str) -> bool:
    """Whether the text's last part, `end` its stripped text, is a body's head noun alone
    (`Ban`, `Phòng Kinh tế; Ban`): a name cut after its head. Only the end is read: past the
    window, the head must follow a part's stop."""
    pattern, width = _lone_heads()
    if len(end) <= width:
        return pattern.search(end) is not None
    found = pattern.search(end[-width:])
    return found is not None and found.group()[:1] in ";.:"


def ends_phrase(text: str) -> bool:
    """The text ends with a phrase that ends a headline though its last syllable is a joining
    word's (`2. Hạn chế, tồn tại`, `Tình hình hiện tại`)."""
    return ends_with_word(text.rstrip(), "phrase_ends")
