"""Lines that a hard wrap or a page break split mid-sentence, joined again.

Two signals: a line that does not end a sentence followed by one that starts in lower case (a
page break or wrap in any format, across blank lines); and, in Markdown, consecutive lines of
one paragraph (the converter wraps every paragraph). A line that starts a structural element
(numbered heading, bullet, table cell, the closing, a signature line) never continues the one
before, and nothing in the header or footer blocks is joined: those are read as blocks.
"""

from __future__ import annotations

from plan_extract.core.text import is_all_caps, starts_lowercase
from plan_extract.normalize.patterns import BULLET, closing_cue, ends_sentence, numbered
from plan_extract.read.model import Block, Hint, RawLine


def continues(previous: RawLine, line: RawLine, blank_between: bool, markdown: bool) -> bool:
    """Whether `line` is the rest of the sentence or paragraph that `previous` began."""
    if previous.block is not Block.BODY or line.block is not Block.BODY:
        return False
    if Hint.TABLE_ROW in previous.hints or Hint.TABLE_ROW in line.hints:
        return False
    if Hint.HEADING in previous.hints or Hint.BOLD in previous.hints or Hint.HEADING in line.hints:
        return False
    text, before = line.text, previous.text
    lower = starts_lowercase(text)
    if _starts_element(text) and not (BULLET.match(text) and lower):
        return False
    bare_number = numbered(before)
    if bare_number is not None and not bare_number.rest:
        return True  # `III.` alone: its title is on the next line
    if ends_sentence(before):
        return False
    if lower:
        return True
    if not markdown or blank_between:
        return False
    # one Markdown paragraph; an all-capitals title followed by ordinary text is two elements
    return not (is_all_caps(before) and not is_all_caps(text))


def _starts_element(text: str) -> bool:
    return bool(numbered(text) or BULLET.match(text) or closing_cue(text))
