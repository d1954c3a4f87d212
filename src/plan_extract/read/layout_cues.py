"""The genre's layout cues (data/layout_cues.yaml): which cell or line opens the closing block."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from pydantic import Field

from plan_extract.core.knowledge import Knowledge, data_file
from plan_extract.core.text import squash, unmarked


class CueExample(Knowledge):
    text: str
    recipients: bool | None = None
    signature: bool | None = None


class LayoutCues(Knowledge):
    recipients_labels: list[str]
    signature_prefixes: list[str]
    examples: list[CueExample] = Field(default_factory=list)


LAYOUT_CUES = data_file("layout_cues.yaml", LayoutCues)


class Cue(NamedTuple):
    """A cue found at the start of a text: as printed (white space removed), and where it ends."""

    printed: str
    end: int


def is_recipients_label(text: str) -> bool:
    """`Nơi nhận:` (the recipients list opens the closing block, bottom left)."""
    return recipients_label_at(squash(text)) is not None


def is_signature_start(text: str) -> bool:
    """`TM. ỦY BAN NHÂN DÂN`, `KT. GIÁM ĐỐC`: the signature block's first line (bottom right)."""
    return signature_prefix_at(squash(text)) is not None


def recipients_label_at(text: str) -> Cue | None:
    """The `Nơi nhận` label `text` starts with, as printed, also when OCR lost its marks
    (`Noi nhận`)."""
    match = _recipients_label().match(text)
    return Cue(match.group(), match.end()) if match else None


@cache
def _recipients_label() -> re.Pattern[str]:
    """Each label with every letter as spelled or without its marks, in any case."""

    def letter(char: str) -> str:
        bare = unmarked(char)
        return re.escape(char) if bare == char.casefold() else f"[{char}{bare}]"

    labels = LAYOUT_CUES.load().recipients_labels
    alternatives = ("".join(letter(char) for char in label) for label in labels)
    return re.compile(rf"(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)


def signature_prefix_at(text: str) -> Cue | None:
    """The signing authority `text` starts with (`TM.`, `KT.`, `T/M`): as printed, also with a
    space before the dot (`TM .`, from OCR) or a dot after a prefix written without one."""
    match = _signature_prefix().match(text)
    if match is None:
        return None
    return Cue(re.sub(r"\s+", "", match.group()), match.end())


@cache
def _signature_prefix() -> re.Pattern[str]:
    """A prefix listed with its dot needs the dot; one listed without it takes an optional dot
    and no letter after it."""
    alternatives = []
    for prefix in sorted(LAYOUT_CUES.load().signature_prefixes, key=len, reverse=True):
        letters = re.escape(prefix.removesuffix("."))
        dot = r"\s*\." if prefix.endswith(".") else r"(?:\s*\.)?(?!\w)"
        alternatives.append(letters + dot)
    return re.compile("|".join(alternatives), re.IGNORECASE)
