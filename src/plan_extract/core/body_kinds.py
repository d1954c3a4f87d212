"""The kinds of bodies a plan names, from data/body_kinds.yaml, loaded and checked once: the one
owner of the words a body's name opens with (core, so that the read stage asks as the extract
stage does). The extract stage reads the lists (a collective in common nouns names a body only
of a kind: extract.unit_names); the read stage asks `opens_next_body` of a table cell's lines
where a paragraph's end and a wrap look alike (read.pdf.cells)."""

from __future__ import annotations

import re
from functools import cache

from pydantic import Field, model_validator

from plan_extract.core.cut_lines import ends_cut
from plan_extract.core.knowledge import JoinExample, Knowledge, data_file
from plan_extract.core.word_lists import (
    fold,
    folded_phrases,
    phrase_length_at,
    spelled_as_normalized,
)

_WORD = re.compile(r"\w+")
_OPENING_WORDS = 8  # a plural article, the longest kind and the word after it, with room


class BodyKinds(Knowledge):
    plural_articles: list[str] = Field(min_length=1)  # lower case: `các`
    body_kinds: list[str] = Field(min_length=1)  # lower case: `phòng`, `hội`, `ủy ban`
    not_body_kinds: list[str]  # lower case, each opening with a kind's words: `hội nghị`
    abbreviated_kinds: list[str] = Field(min_length=1)  # as printed: `UBND`
    examples: list[JoinExample]

    @model_validator(mode="after")
    def _words(self) -> BodyKinds:
        words = [*self.plural_articles, *self.body_kinds, *self.not_body_kinds]
        if any(not word.islower() for word in words):
            raise ValueError("plural articles, body kinds and what names none: lower case")
        spelled_as_normalized([*words, *self.abbreviated_kinds])
        kinds = [kind.split() for kind in self.body_kinds]
        for phrase in self.not_body_kinds:
            words_of = phrase.split()
            if phrase in self.body_kinds or not any(words_of[: len(k)] == k for k in kinds):
                raise ValueError(f"not a compound of a body kind: {phrase!r}")
        return self


BODY_KINDS = data_file("body_kinds.yaml", BodyKinds)


@cache
def _phrases() -> tuple[frozenset[str], tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    """The plural articles, the kinds with their abbreviations, and what names no body, folded."""
    data = BODY_KINDS.load()
    kinds = folded_phrases([*data.body_kinds, *data.abbreviated_kinds])
    return frozenset(map(fold, data.plural_articles)), kinds, folded_phrases(data.not_body_kinds)


def _body_opening(text: str) -> tuple[bool, str | None] | None:
    """How `text` opens a body's name, if it does: whether after a plural article, and the
    word after the kind as printed (None at the text's end); None when it opens none (no kind
    there, or a word naming something else that opens with one's: `Phòng, chống`)."""
    printed = _WORD.findall(text[: _OPENING_WORDS * 12])[:_OPENING_WORDS]
    articles, kinds, others = _phrases()
    article = 1 if printed[:1] and fold(printed[0]) in articles else 0
    kind = phrase_length_at(printed, article, kinds)
    if not kind or phrase_length_at(printed, article, others):
        return None
    after = article + kind
    return bool(article), printed[after] if after < len(printed) else None


def _opens_named_body(text: str) -> bool:
    """`text` opens a body's name: a plural article and a kind (`Các phòng, ban, ngành`), or a
    kind then a capital or a plural article (`Phòng Giáo dục`, `UBND các xã`), not a body named
    in common nouns (`Cơ quan thường trực`) nor a kind alone."""
    opening = _body_opening(text)
    if opening is None:
        return False
    plural, after = opening
    articles, _, _ = _phrases()
    return plural or (after is not None and (after[:1].isupper() or fold(after) in articles))


def opens_next_body(before: str, text: str) -> bool:
    """Whether the line `text` opens a body's name of its own after `before`, a cell's
    paragraph that is a whole body's name (opening as one, ending on a word in lower case that
    is no plural article, not cut before its end: `ends_cut`): `Các phòng, ban, ngành` / `UBND
    các xã, thị trấn`, not `Ủy ban Mặt trận Tổ quốc` / `Việt Nam xã`, `Liên hiệp các` / `Hội
    Khoa học và Kỹ thuật`, nor `Văn phòng HĐND và` / `UBND huyện`."""
    last = _WORD.findall(before[-40:])
    articles, _, _ = _phrases()
    return (
        text[:1].isupper()
        and bool(last)
        and last[-1][:1].islower()
        and fold(last[-1]) not in articles
        and not ends_cut(before)
        and _opens_named_body(before)
        and _opens_named_body(text)
    )


def _misread(data: BodyKinds) -> list[str]:
    return [
        f"{e.before!r} / {e.text!r}: read {not e.joined}, expected {e.joined}"
        for e in data.examples
        if opens_next_body(e.before, e.text) == e.joined
    ]


BODY_KINDS.examples_checked_by(_misread)
