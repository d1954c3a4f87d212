"""The words of section headings (data/section_kinds.yaml), loaded and checked once: the
structure stage classifies sections by them (structure/kinds.py), and normalization knows a
heading cut inside one of its phrases (`III. TỔ CHỨC THỰC` / `HIỆN`) and a numbered title that
lists them only (`1. Mục đích, yêu cầu`, a review's `a) Tồn tại, hạn chế`) by them."""

from __future__ import annotations

import re
from functools import cache

from pydantic import Field, model_validator

from plan_extract.core.contract import SectionKind
from plan_extract.core.cut_lines import conjunctions
from plan_extract.core.knowledge import Example, Knowledge, data_file
from plan_extract.core.text import unmarked
from plan_extract.normalize.vocabulary import alternatives, one_role_each, spelled_as_normalized


class KindExample(Example):
    kind: SectionKind
    nested: bool = False  # a nested heading: a kind only when its leading words name one

    @property
    def negative(self) -> bool:
        return self.kind == "other"


class TitleExample(Example):
    """A numbered item's title, and whether it lists heading phrases only (`lists_phrases`)."""

    title: bool

    @property
    def negative(self) -> bool:
        return not self.title


class SectionKinds(Knowledge):
    kinds: dict[SectionKind, list[str]]
    # phrases that name a kind only when they open a top-level heading: a task section titled by
    # its subject (`PHÁT TRIỂN HẠ TẦNG SỐ`)
    openings: dict[SectionKind, list[str]]
    # the nouns a review's parts are titled by (`Tồn tại, hạn chế`): heading phrases of no kind
    review_titles: list[str] = Field(min_length=1)
    default: SectionKind
    title_examples: list[TitleExample]
    examples: list[KindExample]

    @model_validator(mode="after")
    def _one_kind_per_phrase(self) -> SectionKinds:
        every: dict[str, list[str]] = {_REVIEW_TITLES: self.review_titles}
        for kind, phrases in [*self.kinds.items(), *self.openings.items()]:
            every[kind] = [*every.get(kind, []), *phrases]
        spelled_as_normalized(phrase for phrases in every.values() for phrase in phrases)
        one_role_each(every)
        # read without marks too (OCR): two kinds' phrases must differ there as well
        one_role_each({kind: map(unmarked, phrases) for kind, phrases in every.items()})
        if self.default in every:
            raise ValueError(f"the default kind {self.default} has phrases of its own")
        return self


_REVIEW_TITLES = "review titles"  # their role beside the kinds, for the one-role check

SECTION_KINDS = data_file("section_kinds.yaml", SectionKinds)


def phrase_spans_cut(before: str, after: str) -> bool:
    """Whether a heading phrase of any kind runs from the end of `before` into the start of
    `after` (`NHIỆM VỤ VÀ GIẢI` / `PHÁP`, `I. MỤC` / `ĐÍCH, YÊU CẦU`): the two lines are one
    heading cut by a wrap, not a heading and a caption."""
    head = [word.strip(_MARKS) for word in before.split()[-_MAX_PHRASE_WORDS:]]
    tail = [word.strip(_MARKS) for word in after.split()[:_MAX_PHRASE_WORDS]]
    for taken in range(1, len(head) + 1):
        for given in range(1, len(tail) + 1):
            joined = " ".join([*head[-taken:], *tail[:given]]).casefold()
            if joined in _phrases():
                return True
    return False


def lists_phrases(text: str) -> bool:
    """Whether `text` only lists heading phrases parted by commas (`Mục đích, yêu cầu`,
    `NHIỆM VỤ, GIẢI PHÁP`, a review's part: `Tồn tại, hạn chế`), the last one maybe after a
    conjunction (`Hạn chế, tồn tại và nguyên nhân`; core/cut_lines.py): a heading's title, no
    sentence. A conjunction with nothing after it (`Rà soát, cập nhật và`) lists nothing."""
    *parts, last = [part.strip(_MARKS + " ").casefold() for part in text.split(",")]
    if last not in _phrases():
        parts.extend(_last_item().split(last))
    else:
        parts.append(last)
    return all(part in _phrases() for part in parts)


def misread_titles(data: SectionKinds) -> list[str]:
    """One message per title example `lists_phrases` reads otherwise than it says."""
    return [
        f"{e.text!r}: read {not e.title}, expected {e.title}"
        for e in data.title_examples
        if lists_phrases(e.text) != e.title
    ]


def opens_with_phrase(text: str) -> bool:
    """Whether `text` opens with a heading phrase of any kind (`YÊU CẦU`, `GIẢI PHÁP ...`)."""
    words = [word.strip(_MARKS) for word in text.split()[:_MAX_PHRASE_WORDS]]
    return any(
        " ".join(words[:taken]).casefold() in _phrases() for taken in range(1, len(words) + 1)
    )


def names_kind(text: str, kind: SectionKind) -> bool:
    """Whether a phrase of `kind` stands among the words of `text` (`Các chỉ tiêu chủ yếu năm
    2026` names the objectives)."""
    pattern = _kind_pattern(kind)
    words = " ".join(word.strip(_MARKS) for word in text.split()).casefold()
    return pattern is not None and pattern.search(words) is not None


@cache
def _kind_pattern(kind: SectionKind) -> re.Pattern[str] | None:
    """The phrases of `kind` (data/section_kinds.yaml) as whole words, casefolded; None when
    the kind has none."""
    phrases = [phrase.casefold() for phrase in SECTION_KINDS.load().kinds.get(kind, [])]
    return re.compile(rf"(?<!\w)(?:{alternatives(phrases)})(?!\w)") if phrases else None


_MARKS = ",.;:*"  # punctuation and emphasis around a word


@cache
def _last_item() -> re.Pattern[str]:
    """A conjunction between two words, which parts a list's last item from the one before."""
    return re.compile(rf"\s+(?:{alternatives(conjunctions())})\s+")


_MAX_PHRASE_WORDS = 4  # the longest heading phrase (`nguồn lực tài chính`, `chế độ thông tin`)


@cache
def _phrases() -> frozenset[str]:
    data = SECTION_KINDS.load()
    every = [*data.kinds.values(), *data.openings.values(), data.review_titles]
    return frozenset(phrase.casefold() for phrases in every for phrase in phrases)
