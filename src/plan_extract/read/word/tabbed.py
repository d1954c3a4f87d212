"""The two-column header and closing of a Word draft typed with tabs instead of a table.

Most offices set the header (issuer | motto, number | place and date) in a borderless table,
which the reader takes apart by its cells. Some drafts type it line by line instead, the right
column pushed over with tabs (or a run of spaces): `ỦY BAN NHÂN DÂN⇥⇥CỘNG HÒA XÃ HỘI ...`. Read
as text, each line would run the issuer into the motto and the number into the date
(`Số: 12/KH-UBND An Bình, ngày ...`). The header is taken apart only when the document's first
paragraph holds the motto right of such a gap; it runs on over the lines with a gap, and over
a line without one between two that have one (`XÃ AN BÌNH` under the issuer), within the
first few paragraphs. A line with text on one side only belongs to that side (`⇥⇥An Bình,
ngày ...` alone on the right). The closing likewise (`Nơi nhận:⇥⇥⇥TM. ỦY BAN NHÂN DÂN`, then
the recipients left and the signature right): it opens at a line with the recipients label
left of a gap or a signature's first line right of one, text on both sides, and runs on over
the lines with a gap, the recipients' items (`- UBND huyện;`) and blank lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plan_extract.core.text import BULLETS
from plan_extract.read.layout_cues import has_motto, is_recipients_label, is_signature_start

HEADER_SPAN = 8  # paragraphs at the top that may hold the header's lines
CLOSING_SPAN = 40  # paragraphs a closing may run over (a long list of recipients)
_GAP = re.compile(r"\t[\t ]*| {3,}")  # a tab, or spaces typed to push text to the right


@dataclass(slots=True)
class Columns:
    """The header's columns: the texts of each, top to bottom, and how many of the leading
    paragraphs they were taken from."""

    paragraphs: int = 0
    left: list[str] = field(default_factory=list)
    right: list[str] = field(default_factory=list)


def _sides(piece: str) -> tuple[str, str]:
    """A line's text left and right of its first gap; a line that opens with a gap is all
    right, one without a gap all left."""
    parts = _GAP.split(piece.strip(" "), maxsplit=1)
    if len(parts) == 1:
        return " ".join(piece.split()), ""
    left, right = (" ".join(part.split()) for part in parts)
    return left, right


def _between(index: int, gapped: list[bool], texts: list[bool]) -> bool:
    """A line without a gap between two that have one (`XÃ AN BÌNH` under the issuer, between
    the motto's two lines)."""
    following = next((i for i in range(index + 1, len(texts)) if texts[i]), None)
    return following is not None and gapped[following]


def tabbed_columns(paragraphs: list[list[str]]) -> Columns | None:
    """The header's columns from the leading paragraphs' lines (each paragraph's pieces, a
    manual line break parting them), or None when the document does not open with a tabbed
    header."""
    sides = [[_sides(piece) for piece in pieces] for pieces in paragraphs[:HEADER_SPAN]]
    if not sides or not any(left and has_motto(right) for left, right in sides[0]):
        return None
    gapped = [any(right for _, right in lines) for lines in sides]
    texts = [any(left or right for left, right in lines) for lines in sides]
    end = 1
    while end < len(sides) and (gapped[end] or not texts[end] or _between(end, gapped, texts)):
        end += 1
    while not gapped[end - 1]:  # the header's last line has a right side
        end -= 1
    columns = Columns(paragraphs=end)
    for lines in sides[: columns.paragraphs]:
        for left, right in lines:
            if left:
                columns.left.append(left)
            if right:
                columns.right.append(right)
    return columns


def opens_closing(pieces: list[str]) -> bool:
    """A paragraph that opens a closing typed with tabs: the recipients label left of a gap,
    or a signature's first line right of one, with text on both sides."""
    return any(
        left and right and (is_recipients_label(left) or is_signature_start(right))
        for left, right in map(_sides, pieces)
    )


def goes_on_closing(pieces: list[str]) -> bool:
    """A paragraph that goes on with a closing typed with tabs: blank, with a gap, or a
    recipients' item (`- UBND huyện;`)."""
    sides = [_sides(piece) for piece in pieces]
    return any(right for _, right in sides) or all(
        left.startswith(tuple(BULLETS)) for left, _ in sides if left
    )


def closing_columns(paragraphs: list[list[str]]) -> Columns:
    """The closing's columns from its paragraphs' lines."""
    columns = Columns(paragraphs=len(paragraphs))
    for pieces in paragraphs:
        for left, right in map(_sides, pieces):
            if left:
                columns.left.append(left)
            if right:
                columns.right.append(right)
    return columns
