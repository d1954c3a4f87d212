"""Lines to read dates in, for the token layer's date tests: our own and the corpus's, and one
matcher of every date pattern reading a whole line (what the token layer must find); a plan's
deadlines as plain tuples, for the deadline tests to compare; and a commune plan for 2026 to set
the lines of a deadline test in (`plan_2026`), or a table of its task section, as Word writes it
(`word_table_2026`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from plan_extract.core.contract import DateParts, Plan
from plan_extract.extract import lexicon
from plan_extract.extract.nlp import matchers
from plan_extract.pipeline import parse_bytes, parse_text

if TYPE_CHECKING:
    from spacy.matcher import Matcher

DateTuple = tuple[int | None, int | None, int | None]
DeadlineRead = tuple[str, DateTuple, DateTuple | None, str | None]
"""A deadline read: kind, start (year, month, day), end, recurrence."""

ROOT = Path(__file__).resolve().parents[1]
# the head of a commune plan for 2026, issued in January, and its first section
HEAD_2026 = [
    "ỦY BAN NHÂN DÂN",
    "XÃ PHÚ LỘC",
    "Số: 12/KH-UBND",
    "Phú Lộc, ngày 08 tháng 01 năm 2026",
    "KẾ HOẠCH",
    "Chăm sóc sức khỏe người cao tuổi năm 2026",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Bảo đảm người cao tuổi được khám sức khỏe định kỳ.",
]
# the head of the decision issuing that plan, up to its articles (`QUYẾT ĐỊNH:` not included)
DECISION_HEAD_2026 = [
    "ỦY BAN NHÂN DÂN",
    "XÃ PHÚ LỘC",
    "Số: 15/QĐ-UBND",
    "Phú Lộc, ngày 08 tháng 01 năm 2026",
    "QUYẾT ĐỊNH",
    "Ban hành Kế hoạch chăm sóc sức khỏe người cao tuổi năm 2026",
    "ỦY BAN NHÂN DÂN XÃ PHÚ LỘC",
]
# lines of our own: dates of every shape the patterns read, and figures that are no date
OWN_LINES = [
    "Hoàn thành trước ngày 15/12/2026.",
    "Trong quý II và quý III năm 2026",
    "Thời gian: 6 tháng đầu năm",
    "từ ngày 01 đến ngày 15 tháng 3 năm 2026",
    "đạt 95% số hộ; 12,5 km đường; 3.000 người",
    "1. Mục tiêu cụ thể",
    "hạn 30.6.2026 và 7/2026",
    "",
]


def all_dates_matcher() -> Matcher:
    """One spaCy Matcher of every date pattern, reading whole lines: what the token layer's
    date matchers must find together."""
    from spacy.matcher import Matcher

    matcher = Matcher(matchers().nlp.vocab)
    for pattern in lexicon.span_patterns():
        if not isinstance(pattern["pattern"], str):
            matcher.add(repr((pattern["label"], pattern["id"])), [pattern["pattern"]])
    return matcher


def corpus_lines() -> list[str]:
    paths = sorted((ROOT / "corpus/plans/seeds").glob("*.txt"))
    paths += sorted((ROOT / "corpus/plans/real").glob("*.md"))[:6]
    return [line for path in paths for line in path.read_text(encoding="utf-8").splitlines()]


def _date_tuple(parts: DateParts | None) -> DateTuple | None:
    return None if parts is None else (parts.year, parts.month, parts.day)


def deadline_reads(plan: Plan) -> list[DeadlineRead]:
    """Every deadline of a plan, in order, as (kind, start, end, recurrence)."""
    found: list[DeadlineRead] = []
    for deadline in plan.deadlines:
        start = _date_tuple(deadline.start)
        assert start is not None, deadline
        found.append((deadline.kind, start, _date_tuple(deadline.end), deadline.recurrence))
    return found


def plan_2026(lines: list[str], markdown: bool = False) -> Plan:
    """`lines` read after `HEAD_2026`, as text (or Markdown)."""
    return parse_text("\n".join([*HEAD_2026, *lines]), markdown=markdown)


def word_table_2026(heading: str, rows: list[list[str]], paragraphs: bool = False) -> Plan:
    """A Word file of `HEAD_2026`, then `heading`, then a table of `rows`, read: a cell's lines
    parted by soft line breaks, or with `paragraphs` each line a paragraph of the cell."""
    return parse_bytes(word_table_bytes_2026(heading, rows, paragraphs), "plan.docx")


def word_table_bytes_2026(heading: str, rows: list[list[str]], paragraphs: bool = False) -> bytes:
    """The Word file `word_table_2026` reads."""
    import docx

    from files_helpers import docx_bytes

    document = docx.Document()
    for text in [*HEAD_2026, heading]:
        document.add_paragraph(text)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"  # ruled, as plans print it (a PDF of it shows its cells)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            first, *more = text.split("\n") if paragraphs else [text]
            table.cell(r, c).text = first
            for line in more:
                table.cell(r, c).add_paragraph(line)
    return docx_bytes(document)
