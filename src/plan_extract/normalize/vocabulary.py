"""The word-list helpers of the normalize and structure stages: the checks every list shares, run
when a file loads (plan_extract.core.word_lists, where the read stage's lists find them too),
and the reading of a file's examples (`misread`, `misjoined`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from plan_extract.core.knowledge import Example
from plan_extract.core.knowledge import JoinExample as JoinExample
from plan_extract.core.word_lists import alternatives as alternatives
from plan_extract.core.word_lists import longest_first as longest_first
from plan_extract.core.word_lists import one_role_each as one_role_each
from plan_extract.core.word_lists import spelled_as_normalized as spelled_as_normalized

E = TypeVar("E", bound=Example)


class NormalizedExample(Example):
    """A line, and the line normalization leaves of it (the same: a negative example)."""

    normalized: str

    @property
    def negative(self) -> bool:
        return self.normalized == self.text


def misread(
    examples: Iterable[E], read: Callable[[str], object], expected: Callable[[E], object]
) -> list[str]:
    """One message per example whose text `read` reads otherwise than `expected` says: what a
    data file's example checker returns."""
    wrong = []
    for example in examples:
        found, wanted = read(example.text), expected(example)
        if found != wanted:
            wrong.append(f"{example.text!r}: read {found!r}, expected {wanted!r}")
    return wrong


def misjoined(examples: Iterable[JoinExample], joins: Callable[[str, str], bool]) -> list[str]:
    """One message per example whose lines `joins` joins otherwise than it says."""
    return [
        f"{e.before!r} / {e.text!r}: read {not e.joined}, expected {e.joined}"
        for e in examples
        if joins(e.before, e.text) != e.joined
    ]
