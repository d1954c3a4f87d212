"""The kind of a section (purpose, objectives, tasks, ...), from its heading's leading words
(data/section_kinds.yaml): one classifier for the section tree and for the extractors' reading of
documents without one. The mechanism that finds the phrase a text names first (`FirstPhrase`)
also types the columns of appendix tables."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import Generic, TypeVar

from plan_extract.core.contract import SectionKind
from plan_extract.core.text import unmarked
from plan_extract.normalize.section_words import SECTION_KINDS, KindExample, misread_titles
from plan_extract.normalize.vocabulary import alternatives

K = TypeVar("K", bound=str)


class FirstPhrase(Generic[K]):
    """The kind whose phrase comes first in a text (the longest at one place), compared after
    `fold` (case, or case and tone marks): one pattern of every kind's phrases, longest first."""

    def __init__(self, kinds: Mapping[K, Iterable[str]], fold: Callable[[str], str]) -> None:
        self._fold = fold
        self._kind = {fold(phrase): kind for kind, phrases in kinds.items() for phrase in phrases}
        self._pattern = re.compile(rf"(?<!\w)(?:{alternatives(self._kind)})(?!\w)")

    def find(self, text: str) -> tuple[K, int] | None:
        """The kind named first, and where its phrase starts in the folded text."""
        found = self._pattern.search(self._fold(text))
        return (self._kind[found.group()], found.start()) if found else None

    def opening(self, text: str) -> K | None:
        """The kind whose phrase opens the folded text (`find` at 0, without searching on)."""
        found = self._pattern.match(self._fold(text))
        return self._kind[found.group()] if found else None


_FOLDS: tuple[Callable[[str], str], ...] = (str.casefold, unmarked)


def kind_of_heading(title: str) -> SectionKind:
    """The kind of a top-level heading: that of an opening phrase it starts with (`PHÁT TRIỂN
    ...`), else the kind whose phrase comes first in it (the longest at one place); without marks
    when none occurs as spelled (an OCR'd `TỐ CHỨC THỰC HIỆN`)."""
    for fold in _FOLDS:
        opening = _openings(fold).opening(title)
        if opening:
            return opening
        found = _kinds(fold).find(title)
        if found:
            return found[0]
    return SECTION_KINDS.load().default


def kind_named(title: str) -> SectionKind | None:
    """The kind a nested heading's leading words name (`Mục tiêu cụ thể`, `Kết quả thực hiện
    năm 2025`), None when it opens with none: a phrase further on only says what it is about."""
    for fold in _FOLDS:
        found = _kinds(fold).opening(title)
        if found:
            return found
    return None


@cache
def _kinds(fold: Callable[[str], str]) -> FirstPhrase[SectionKind]:
    return FirstPhrase(SECTION_KINDS.load().kinds, fold)


@cache
def _openings(fold: Callable[[str], str]) -> FirstPhrase[SectionKind]:
    return FirstPhrase(SECTION_KINDS.load().openings, fold)


def _read_example(example: KindExample) -> SectionKind:
    if example.nested:
        return kind_named(example.text) or SECTION_KINDS.load().default
    return kind_of_heading(example.text)


SECTION_KINDS.examples_checked_by(
    lambda data: [
        *(
            f"{e.text!r}: read {_read_example(e)!r}, expected {e.kind!r}"
            for e in data.examples
            if _read_example(e) != e.kind
        ),
        *misread_titles(data),
    ]
)
