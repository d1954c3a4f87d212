"""The period a plan's opening states when its title names none (corpus/ANNOTATION.md)."""

from __future__ import annotations

import re
from functools import cache

from plan_extract.core.contract import Period
from plan_extract.normalize.model import Line
from plan_extract.normalize.patterns import BULLET, numbered
from plan_extract.normalize.vocabulary import alternatives
from plan_extract.structure.dates import read_period
from plan_extract.structure.model import Structure, walk
from plan_extract.structure.terms import HEADER_TERMS

_OPENING_KINDS = ("purpose", "objectives")
_CLAUSE_END = re.compile(r"[,;:(]")
_MAX_SPAN_WORDS = 8  # `Trong giai đoạn 2026 - 2030`, `Phấn đấu đến hết năm 2026`


def opening_period(lines: list[Line], structure: Structure) -> Period | None:
    """The period the body's opening states, for a document whose title names none
    (corpus/ANNOTATION.md), first in the document's order: the heading of a purpose or
    objectives section (`2. Mục tiêu cụ thể đến năm 2030`), a sentence there that opens with
    the span (`Phấn đấu đến năm 2030, ...`) or a time label (`Thời gian thực hiện: từ năm 2026
    đến năm 2030`), or a section of the opening titled by that label. Only the opening clause
    is read: a span named further on belongs to what it names (`Chiến lược ... giai đoạn 2025 -
    2030`); a task's own time (`c) Thời gian thực hiện: năm 2025` under the tasks) is no period."""
    issued = structure.document.issued.year if structure.document.issued else None
    for section in walk(structure.sections):
        first, last = section.lines
        kind = structure.nested_kinds.get(section.id, section.kind)
        if kind in _OPENING_KINDS:
            texts = [section.title] + [_span_clause(line.text) for line in lines[first:last]]
        elif _time_section(section.title, structure.kind_at(first)):
            heading = numbered(lines[first - 1].text)
            texts = [_span_clause(heading.rest if heading else section.title)]
            texts += [_clause(line.text) for line in lines[first : min(first + 1, last)]]
        else:
            continue
        periods = (read_period(text, issued) for text in texts)
        period = next((p for p in periods if p and _not_past(p, issued)), None)
        if period is not None:
            return period
    return None


def _not_past(period: Period, issued: int | None) -> bool:
    """A plan does not run over a span that ended before it was issued: such a span in the
    opening is a review (`Giai đoạn 2021 - 2025, tỉnh đã ...`)."""
    return issued is None or period.end_year >= issued


def _time_section(title: str, kind: str | None) -> bool:
    """A section of the opening titled by the time label (`3. Thời gian thực hiện`,
    `III. THỜI GIAN THỰC HIỆN`), not one under the tasks or the implementation."""
    return kind in (*_OPENING_KINDS, "other") and _period_label().match(title) is not None


def _span_clause(text: str) -> str:
    """The opening clause of a sentence that opens with a plan's span (`Phấn đấu đến năm 2030`
    of `Phấn đấu đến năm 2030, công tác ...`; after a time label, what the label gives), else
    the empty string."""
    text = (bullet.group("rest") if (bullet := BULLET.match(text)) else text).lstrip("*_ ")
    if label := _period_label().match(text):
        return _clause(text[label.end() :])
    if not _period_opener().match(text):
        return ""
    return _clause(text)


def _clause(text: str) -> str:
    """The first clause of `text`, at most a few words."""
    clause = _CLAUSE_END.split(text.strip(" *_"), maxsplit=1)[0]
    return " ".join(clause.split()[:_MAX_SPAN_WORDS])


@cache
def _period_opener() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternatives(HEADER_TERMS.load().period_openers)})\b", re.I)


@cache
def _period_label() -> re.Pattern[str]:
    """A time label and its colon (`Thời gian thực hiện:`); in a title, the label alone."""
    labels = alternatives(HEADER_TERMS.load().period_labels)
    return re.compile(rf"(?:{labels})\b\s*(?::\s*|$)", re.I)
