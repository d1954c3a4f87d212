"""The kind of a top-level section (purpose, objectives, tasks, ...), from its heading's leading
words (data/section_kinds.yaml): one classifier for the section tree and for the extractors'
reading of documents without one."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from pydantic import model_validator

from plan_extract.core.contract import SectionKind
from plan_extract.core.knowledge import Example, Knowledge, data_file
from plan_extract.core.text import unmarked
from plan_extract.normalize.vocabulary import (
    alternatives,
    misread,
    one_role_each,
    spelled_as_normalized,
)


class KindExample(Example):
    kind: SectionKind

    @property
    def negative(self) -> bool:
        return self.kind == "other"


class SectionKinds(Knowledge):
    kinds: dict[SectionKind, list[str]]
    default: SectionKind
    examples: list[KindExample]

    @model_validator(mode="after")
    def _one_kind_per_phrase(self) -> SectionKinds:
        spelled_as_normalized(phrase for phrases in self.kinds.values() for phrase in phrases)
        one_role_each(self.kinds)
        # read without marks too (OCR): two kinds' phrases must differ there as well
        one_role_each({kind: map(unmarked, phrases) for kind, phrases in self.kinds.items()})
        if self.default in self.kinds:
            raise ValueError(f"the default kind {self.default} has phrases of its own")
        return self


SECTION_KINDS = data_file("section_kinds.yaml", SectionKinds)


def kind_of_heading(title: str) -> SectionKind:
    """The kind whose phrase comes first in the heading (the longest at one place); without
    marks when none occurs as spelled (an OCR'd `TỐ CHỨC THỰC HIỆN`)."""
    data = SECTION_KINDS.load()
    for fold in (str.casefold, unmarked):
        found = _phrases(fold).search(fold(title))
        if found:
            return _kind_by_phrase(fold)[found.group()]
    return data.default


@cache
def _kind_by_phrase(fold: Callable[[str], str]) -> dict[str, SectionKind]:
    kinds = SECTION_KINDS.load().kinds
    return {fold(phrase): kind for kind, phrases in kinds.items() for phrase in phrases}


@cache
def _phrases(fold: Callable[[str], str]) -> re.Pattern[str]:
    """Every kind's phrases in one pattern, longest first, so the earliest match is the leading
    phrase and, at one place, the longest."""
    return re.compile(rf"(?<!\w)(?:{alternatives(_kind_by_phrase(fold))})(?!\w)")


SECTION_KINDS.examples_checked_by(
    lambda data: misread(data.examples, kind_of_heading, lambda e: e.kind)
)
