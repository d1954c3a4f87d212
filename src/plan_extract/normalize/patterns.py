"""The shapes of lines that carry structure: numbered headings, bullets, the closing.

Shared by normalization (such a line never continues the line before it) and by the structure
stage (which reads the numbers).
"""

from __future__ import annotations

import re

ROMAN = re.compile(r"^(?P<num>[IVXL]{1,6})\s*[.)]\s*(?P<rest>\S.*)?$")
ARABIC = re.compile(r"^(?P<num>\d{1,2})\s*[.)](?!\d)\s*(?P<rest>\S.*)?$")
DOTTED = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){1,3})\.?(?!\d)\s*(?P<rest>\S.*)?$")
ALPHA = re.compile(r"^(?P<num>[a-zđ])\s*\)\s*(?P<rest>\S.*)?$")
BULLET = re.compile(r"^[-+•*]\s*(?P<rest>\S.*)$")
CLOSING = re.compile(r"^(Trên đây là\b|N[ơo]i nhận\b)", re.IGNORECASE)
# The genre's standard closing sentence (`Trong quá trình thực hiện, nếu có khó khăn ... báo cáo
# về ...`): where the closing starts when the plan has no `Trên đây là ...`.
CLOSING_REQUEST = re.compile(r"^Trong quá trình\b", re.IGNORECASE)
SIGN_AUTHORITY = re.compile(r"^(TM|KT|TL|TUQ|Q)\s*\.\s*\S", re.IGNORECASE)
TERMINAL = re.compile(r"[.;:!?…]\)?[\"”]?$")
_TERMINAL_SPAN = 4  # the longest text TERMINAL matches (`.)”` and a final newline)


def ends_sentence(text: str) -> bool:
    """The text ends like a sentence (TERMINAL), judged on its last characters only: a search
    over a whole long paragraph, repeated as lines are joined onto it, costs its length squared."""
    return TERMINAL.search(text[-_TERMINAL_SPAN:]) is not None


def numbered(text: str) -> re.Match[str] | None:
    """The match of a numbered heading (`I.`, `1.`, `2.1.`, `a)`), if the line starts with one."""
    for pattern in (ROMAN, DOTTED, ARABIC, ALPHA):
        match = pattern.match(text)
        if match:
            return match
    return None
