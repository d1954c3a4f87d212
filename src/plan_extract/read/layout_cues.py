"""The genre's layout cues (data/layout_cues.yaml): which cell or line opens the closing block."""

from __future__ import annotations

from pydantic import Field

from plan_extract.core.knowledge import Knowledge, data_file
from plan_extract.core.text import squash


class CueExample(Knowledge):
    text: str
    recipients: bool | None = None
    signature: bool | None = None


class LayoutCues(Knowledge):
    recipients_labels: list[str]
    signature_prefixes: list[str]
    examples: list[CueExample] = Field(default_factory=list)


LAYOUT_CUES = data_file("layout_cues.yaml", LayoutCues)


def _fold(text: str) -> str:
    return squash(text).casefold()


def is_recipients_label(text: str) -> bool:
    """`Nơi nhận:` (the recipients list opens the closing block, bottom left)."""
    folded = _fold(text)
    return any(
        folded.startswith(label.casefold()) for label in LAYOUT_CUES.load().recipients_labels
    )


def is_signature_start(text: str) -> bool:
    """`TM. ỦY BAN NHÂN DÂN`, `KT. GIÁM ĐỐC`: the signature block's first line (bottom right)."""
    folded = _fold(text)
    return any(folded.startswith(p.casefold()) for p in LAYOUT_CUES.load().signature_prefixes)
