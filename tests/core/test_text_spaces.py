"""`core.text.respell` sets every run of white space (spaces, tabs, the no-break and typographic
spaces) as one space: its pattern matches only the runs that change, never a single space between
two words; the answer must be that of replacing every run."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from plan_extract.core.text import respell, respell_lines, squash

_EVERY_RUN = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_PIECES = st.sampled_from([" ", "  ", "\t", "\u00a0", "\u2003", "\u202f", "\u3000", "ab", "c"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_each_run_of_white_space_is_one_space(text: str) -> None:
    assert respell(text) == _EVERY_RUN.sub(" ", text).strip()


def test_runs_and_odd_spaces() -> None:
    assert respell("a \t b\u00a0c  d\u3000e f") == "a b c d e f"


_SQUASHED = st.sampled_from(
    [" ", "  ", "\t", "\n", "\x1c", "\x85", "\u00a0", "\u2003", "\u3000", "*", "**", "ab", "c"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_SQUASHED, max_size=12).map("".join))
def test_squash_is_every_run_of_white_space_replaced(text: str) -> None:
    """`squash` splits on white space: the answer of replacing every `\\s+` run and stripping."""
    assert squash(text) == re.sub(r"\s+", " ", text.replace("*", "")).strip()


def test_old_spellings_are_found_next_to_marks_and_line_ends() -> None:
    """The words respelled are read from the text's space-separated pieces: a word with a mark
    or a line end against it is one of them too."""
    assert respell_lines(["(baì,", "đồng baì.", "baì"]) == ["(bài,", "đồng bài.", "bài"]
