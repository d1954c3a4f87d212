"""What every extractor needs to know about a document: its body lines, parsed once, the section
each line is in and the kind of its top-level section, the plan's years, and the clauses of a
line."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, wraps
from typing import TypeVar, cast

from plan_extract.core.contract import Section, SectionKind, Span
from plan_extract.core.text import BULLET_CLASS, BULLETS, squash
from plan_extract.extract.lexicon import PhraseLabel
from plan_extract.extract.nlp import Hit, LineParse, may_hold_date, parse_lines
from plan_extract.normalize.model import Line, NormalizedDocument
from plan_extract.normalize.patterns import closing_cue
from plan_extract.read.model import Block, Hint
from plan_extract.structure.anatomy import article_text_start
from plan_extract.structure.dates import (
    stated_periods,
    unreviewed_years,
    voted_year,
    year_mentions,
)
from plan_extract.structure.kinds import kind_of_heading
from plan_extract.structure.model import TASK_COLUMNS, VALUE_COLUMNS, ColumnKind, Structure

YEAR = re.compile(r"\b(19|20)\d\d\b")
# A numbered heading (`1.`, `2.1.`, `a)`, `II.`) or a bullet (`-`, `+`, `•`), after markdown marks.
MARKER = re.compile(
    r"^[#*\s]*(?:(?P<num>(?:[IVX]+|\d+(?:\.\d+)*)[.)]|[a-zđ]\)|[a-zđ]\.(?=\s))|(?P<bullet>"
    + BULLET_CLASS
    + r"))\s*"
)
CLAUSE_BREAKS = {";", ".", ":", "!", "?", "|"}  # `|`: between the cells of a table row
SENTENCE_STOPS = frozenset({".", "!", "?"})
LIST_MARKS = BULLETS + "* \t"  # before an item's words: bullets, emphasis marks, spaces
NUMBERING = LIST_MARKS + "0123456789.)"  # and the number of a numbered paragraph (`1.`, `2)`)
# tokens either side of a figure that its clause is read to (the corpus's longest target clause
# has about 60)
CLAUSE_REACH = 120
# what a label opening a clause inside a line stands after (issue 12: an item's parts run
# together, `... năm 2026. Đơn vị chủ trì: ...; thời gian: ...`): a stop, a semicolon, a comma
# (`..., thời gian thực hiện: tháng 6/2026`), the colon of the label before it, an opening
# bracket; a dash or plus between spaces (`... - Phối hợp:`)
CLAUSE_OPENERS = frozenset({".", ";", ",", ":", "("})
PART_MARKS = frozenset(BULLETS)
EMPHASIS_TOKENS = frozenset({"*", "#", "_"})
LABEL_REACH = (
    6  # words from a label's first word to its colon (`Thời gian thực hiện các nội dung:`)
)


_Reading = TypeVar("_Reading")


def once_per_line(read: Callable[[BodyLine], _Reading]) -> Callable[[BodyLine], _Reading]:
    """`read` of a line done once for each line, kept on the line (and gone with it): for what
    a rule module reads of a line that several of its rules ask for, which the line cannot
    hold as a property of its own (the rule module imports this one)."""

    @wraps(read)
    def once(line: BodyLine) -> _Reading:
        if read not in line.readings:
            line.readings[read] = read(line)
        return cast(_Reading, line.readings[read])

    return once


MARKDOWN_MARKS = frozenset({"*", "#"})  # emphasis and a heading's level, no words


@dataclass(frozen=True)
class BodyLine:
    number: int
    text: str  # as in the normalized document
    parse: LineParse
    section: Section | None
    kind: SectionKind | None
    # where `text` starts in the document's line: a part of a list item run together on its
    # heading's line, read as a line of its own (`extract.item_parts`)
    offset: int = 0

    def in_line(self, span: Span) -> Span:
        """`span` of `text` as characters of the document's line."""
        return span[0] + self.offset, span[1] + self.offset

    def marker(self) -> re.Match[str] | None:
        return self._marker

    @cached_property
    def _marker(self) -> re.Match[str] | None:
        """Read once: the rules ask each line for its marker several times."""
        return MARKER.match(self.text)

    @cached_property
    def text_start(self) -> int:
        """First token after the list marker (or a decision's article label, `Điều 2.`) and
        markdown marks. Read once: the unit rules ask each line for it several times (at
        each stop of a clause's subject, each dash)."""
        marker = self.marker()
        start_char = marker.end() if marker else (article_text_start(self.text) or 0)
        words = self.parse.words
        token = bisect_left(self.parse.offsets, start_char)  # the offsets rise: the first past it
        while token < len(words) and words[token] in MARKDOWN_MARKS:
            token += 1
        return token

    @cached_property
    def unmarked_words(self) -> tuple[str, ...]:
        """The line's words without Markdown's marks (`**Kết quả năm 2025:**`, `## Năm 2025,
        ...`): a heading or a label is read by its last word and its length as in plain text."""
        return tuple(w for w in self.parse.words if w not in MARKDOWN_MARKS)

    @cached_property
    def readings(self) -> dict[Callable[[BodyLine], object], object]:
        """What `once_per_line` functions read of the line, each read once."""
        return {}

    def clause_bounds(self, token: int) -> tuple[int, int]:
        """Token range [start, end) of the clause holding `token` (split at ; . : ! ?), at most
        `CLAUSE_REACH` tokens either side of it: a text without stops is no clause, and what
        is read of it for each figure stays bounded."""
        breaks = self._clause_breaks
        index = bisect_left(breaks, token)
        start = breaks[index - 1] + 1 if index else 0
        end = breaks[index] if index < len(breaks) else len(self.parse.words)
        return max(start, token - CLAUSE_REACH), min(end, token + CLAUSE_REACH)

    @cached_property
    def _clause_breaks(self) -> list[int]:
        """The tokens that end clauses, in order: found once per line, so that looking up the
        clauses of many figures in one long line stays linear."""
        return [i for i, word in enumerate(self.parse.words) if word in CLAUSE_BREAKS]

    def opens_clause(self, token: int) -> bool:
        """Whether `token` opens a clause of the line, where a label (`Đơn vị chủ trì:`,
        `Thời gian thực hiện:`) stands as it does at the start of a line of its own: the line's
        first word after its mark or number, or a word after a stop, a semicolon, a comma, a
        colon, an opening bracket, a dash or plus set between spaces (` - `, ` + `) or an
        item's letter (`b)`, `c.`). Emphasis marks between count for nothing. A word after a
        quote or another word opens none (`ghi rõ "Thời gian: ..."`, `mục Thời gian: ...`)."""
        before = self._before(token)
        if before < 0:
            return True
        words = self.parse.words
        marker = self.marker()
        if (
            marker is not None
            and self.parse.offsets[token] >= marker.end() > (self.parse.offsets[before])
        ):
            return True  # the first word after the line's own mark or number
        word = words[before]
        if word in CLAUSE_OPENERS:
            return True
        if word in PART_MARKS:
            at = self.parse.offsets[before]
            return at == 0 or self.text[at - 1].isspace()
        return word == ")" and self._item_letter(before - 1)

    def _before(self, token: int) -> int:
        """The token before `token` that is no emphasis mark, -1 when there is none."""
        words = self.parse.words
        before = token - 1
        while before >= 0 and words[before] in EMPHASIS_TOKENS:
            before -= 1
        return before

    def _item_letter(self, token: int) -> bool:
        """`b` of `b)`: one lower-case letter standing alone (a space or the line's start
        before it)."""
        if token < 0:
            return False
        word = self.parse.words[token]
        at = self.parse.offsets[token]
        alone = at == 0 or not self.text[at - 1].isalnum()
        return len(word) == 1 and word.isalpha() and word.islower() and alone

    def clause_opening(self, token: int) -> int:
        """The first token of the mark that opens the clause at `token` (the `-` of ` - `,
        the `b` of `b)`, the stop or semicolon itself), `token` when none does."""
        before = self._before(token)
        if before < 0:
            return token
        if self.parse.words[before] == ")" and self._item_letter(before - 1):
            return before - 1
        return before

    def label_colon(self, label: Hit, reach: int = LABEL_REACH) -> int | None:
        """The colon making a phrase at a clause's opening a label (`Cơ quan phối hợp thực
        hiện:`): within `reach` tokens of its last word, no clause ending before it."""
        words = self.parse.words
        for token in range(label.last_token, min(label.last_token + reach, len(words))):
            if words[token] == ":":
                return token
            if words[token] in {".", ";"}:
                return None
        return None

    def label_end(self, start: int) -> int:
        """Where the clause of a label whose text starts at token `start` ends: at the end of
        its sentence (a full stop), at a bracket closing one opened before it, or where the
        next part of the item opens (a clause opening, then a label's words and its colon:
        `... Sở Y tế - Thời gian: ...`, `... Sở Y tế c) Kinh phí: ...`)."""
        words = self.parse.words
        depth = 0
        for token in range(start, len(words)):
            word = words[token]
            if word == ".":
                return token
            if word == "(":
                depth += 1
            elif word == ")":
                if depth == 0:
                    return token
                depth -= 1
            if token > start and self._opens_part(token):
                return self.clause_opening(token)
        return len(words)

    def _opens_part(self, token: int) -> bool:
        """Whether a labelled part opens at `token`: a clause opening after a mark (not a
        colon: a list's first word), its words running to a colon within reach."""
        before = self._before(token)
        if before < 0 or self.parse.words[before] == ":" or not self.opens_clause(token):
            return False
        words = self.parse.words
        for at in range(token, min(token + LABEL_REACH, len(words))):
            if words[at] == ":":
                return at > token
            if words[at] in CLAUSE_OPENERS or words[at] in PART_MARKS:
                return False
        return False

    def hits_from(self, label: PhraseLabel) -> dict[int, list[Hit]]:
        """The hits of `label` by the token they start at (built once per line and label)."""
        by_start = self._hits_by_start.get(label)
        if by_start is None:
            by_start = self._hits_by_start[label] = {}
            for hit in self.parse.of(label):
                by_start.setdefault(hit.first_token, []).append(hit)
        return by_start

    @cached_property
    def _hits_by_start(self) -> dict[PhraseLabel, dict[int, list[Hit]]]:
        return {}

    @cached_property
    def frequencies(self) -> list[Hit]:
        """The FREQUENCY hits, but those inside a name that recurs nothing (NOT_FREQUENCY:
        the `hàng năm` of `cây hàng năm`, annual crops)."""
        names = [(n.first_token, n.last_token) for n in self.parse.of("NOT_FREQUENCY")]
        return [
            h
            for h in self.parse.of("FREQUENCY")
            if not any(first <= h.first_token and h.last_token <= last for first, last in names)
        ]

    def hits_in(self, label: PhraseLabel, start: int, end: int) -> list[Hit]:
        return [h for h in self.parse.of(label) if start <= h.first_token and h.last_token <= end]

    def in_brackets(self, token: int) -> bool:
        """Whether `token` stands within `( ... )`, also one opened or closed on another line."""
        before = self.parse.doc[:token].text
        after = self.parse.doc[token:].text
        return before.count("(") > before.count(")") or after.count(")") > after.count("(")

    def span_text(self, start: int, end: int) -> str:
        """The original text of tokens [start, end)."""
        first, last = self.span(start, end)
        return self.text[first:last]

    def span(self, start: int, end: int, lead: str = "") -> Span:
        """The characters of tokens [start, end) (empty when `end <= start`), past leading
        characters in `lead` (list marks, say)."""
        words, offsets = self.parse.words, self.parse.offsets
        if start >= end:
            at = offsets[start] if start < len(offsets) else len(self.text)
            return at, at
        whole = (offsets[start], offsets[end - 1] + len(words[end - 1]))
        return trimmed(self.text, whole, lead, trailing=False)

    def span_words(self, span: Span) -> str:
        """An item's text: its span's characters, white space squashed, emphasis marks dropped."""
        return squash(self.text[span[0] : span[1]])


def trimmed(text: str, span: Span, skip: str, trailing: bool = True) -> Span:
    """`span` without the characters of `skip` at its start (and end)."""
    start, end = span
    while start < end and text[start] in skip:
        start += 1
    while trailing and end > start and text[end - 1] in skip:
        end -= 1
    return start, end


@dataclass
class Context:
    doc: NormalizedDocument
    structure: Structure
    lines: list[BodyLine]
    plan_years: tuple[int | None, int | None]
    by_number: dict[int, BodyLine] = field(default_factory=dict)
    position: dict[int, int] = field(default_factory=dict)  # line number → index in `lines`
    # the lines of the body's task tables: their role and time columns are the table readers'
    # (`table_cells`), so the unit and deadline rules pass them by; a task cell may still state
    # a target
    task_rows: frozenset[int] = frozenset()

    def before(self, line: BodyLine) -> list[BodyLine]:
        """Body lines above `line`, nearest last."""
        return self.lines[: self.position[line.number]]

    def ancestors(self, line: int) -> list[Section]:
        """Sections holding `line`, outermost first."""
        return self.structure.sections_at(line)


def _body_range(doc: NormalizedDocument, structure: Structure) -> tuple[int, int]:
    last = len(doc.lines)
    if structure.body is not None:
        first, last = structure.body
    else:
        first = 1
        for line in doc.lines:
            if re.match(r"^[#*\s]*I\.\s", line.text):
                first = line.number
                break
    if structure.closing_start is not None:  # the closing is the structure stage's to find
        last = min(last, structure.closing_start - 1)
    return first, last


def _fallback_kind(text: str) -> SectionKind | None:
    """Top-level kind from a Roman-numeral heading, for documents without a section tree."""
    if not re.match(r"^[#*\s]*[IVX]+\.\s", text):
        return None
    return kind_of_heading(text)


def _plan_years(doc: NormalizedDocument, structure: Structure) -> tuple[int | None, int | None]:
    period = structure.document.period
    if period is not None:
        return period.start_year, period.end_year
    head = doc.lines[:40]
    title = structure.document.title
    # a span of the head counts when it states the plan's own period, not when it qualifies a
    # figure stated before it (`... 1,5%/năm theo chuẩn nghèo giai đoạn 2016 - 2020`)
    ranges = [m for m in year_mentions(title or "") if m.kind == "range"] + [
        m for line in head for m in stated_periods(line.text)
    ]
    # a page without a document's header reporting a council's year-end sitting: the year
    # after it, whose plan the sitting votes (data/structure/dates.yaml)
    voted = next((year for line in head if (year := voted_year(line.text))), None)
    if not ranges and voted is not None and structure.document.kind == "unknown":
        return voted, voted
    # else the first year, of whatever kind, of the title (of the head without one, not the
    # year a review names: `Hội nghị tổng kết nhiệm vụ năm 2025, triển khai nhiệm vụ năm 2026`)
    if title:
        singles = year_mentions(title)
    else:
        singles = unreviewed_years(" ".join(line.text for line in head))
    years = ranges or [m for m in singles if m.kind != "range"]
    if years:
        # a due year (`đến năm 2030`) states where the plan ends, not where it starts
        return (None if years[0].kind == "due" else years[0].first), years[0].last
    # a plan without a period runs in its year of issue; a text with no document's header (a
    # news page: kind unknown) has no year of issue, only a page's or a sentence's date
    issued = structure.document.issued
    if issued is not None and issued.year is not None and structure.document.kind != "unknown":
        return issued.year, issued.year
    return None, None


def _kinds(structure: Structure, lines: list[Line]) -> list[SectionKind | None]:
    """The kind of the plan section each line is in (`Structure.main_kind_at`; without a tree,
    from Roman headings). Objectives nested under a purpose section (`I. MỤC ĐÍCH, YÊU CẦU,
    MỤC TIÊU` → `2. Mục tiêu`) are objectives."""
    kinds: list[SectionKind | None] = []
    fallback: SectionKind | None = None
    for line in lines:
        if structure.sections:
            kind = structure.main_kind_at(line.number)
            if kind == "purpose" and structure.kind_at(line.number) == "objectives":
                kind = "objectives"
            kinds.append(kind)
        else:
            fallback = _fallback_kind(line.text) or fallback
            kinds.append(fallback)
    return kinds


def build_context(doc: NormalizedDocument, structure: Structure) -> Context:
    """Parse the body lines once. Lines of the purpose section (MỤC ĐÍCH, YÊU CẦU) carry no
    target, assignment or deadline and are left out, and so are the rows of the body's
    indicator tables (table_targets reads them); a task table's rows are marked (`task_rows`)."""
    first, last = _body_range(doc, structure)
    values = structure.table_lines(VALUE_COLUMNS)
    in_body = [
        line for line in doc.lines if first <= line.number <= last and line.number not in values
    ]
    kinds = _kinds(structure, in_body)
    chosen = [(line, kind) for line, kind in zip(in_body, kinds, strict=True) if kind != "purpose"]
    parses = parse_lines(line.text for line, _ in chosen)
    body = [
        BodyLine(line.number, line.text, parse, structure.section_at(line.number), kind)
        for (line, kind), parse in zip(chosen, parses, strict=True)
    ]
    context = Context(doc, structure, body, _plan_years(doc, structure))
    context.task_rows = frozenset(structure.table_lines(TASK_COLUMNS) - values)
    context.by_number = {line.number: line for line in body}
    context.position = {line.number: index for index, line in enumerate(body)}
    return context


def outside_sections(context: Context) -> list[BodyLine]:
    """The lines around the sections that may still set a time, parsed: the opening's sentences
    (`_opening_prose`), a decision's articles
    (`Điều 2. Giao Sở ... báo cáo trước ngày 15/12 hằng năm`), the closing's own sentences
    (`Trên đây là Kế hoạch ... Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo ...`) and an
    appendix's lines outside its tables. They are no section's and carry no assignment the
    units read. Only lines that may hold a date, and none the sections hold already (an
    article's numbered items, `Điều 2. ...` / `1. Sở Tài chính ...`, may be sections too: read
    twice, each time would be a deadline of its own)."""
    around = [
        *_opening_prose(context),
        *_article_lines(context),
        *closing_lines(context),
        *_appendix_prose(context),
    ]
    unique = {line.number: line for line in around}  # a decision's articles open it too
    lines = [
        line
        for line in unique.values()
        if line.number not in context.position and may_hold_date(line.text)
    ]
    if not lines:
        return []
    parses = parse_lines(line.text for line in lines)
    return [
        BodyLine(line.number, line.text, parse, None, None)
        for line, parse in zip(lines, parses, strict=True)
    ]


def _opening_prose(context: Context) -> list[Line]:
    """The sentences of the opening above the numbered body: a notice states its time there,
    before its numbered items (`Thời gian treo cờ: Từ ngày 23/7/2026 đến hết ngày 27/7/2026.` /
    `1. Các cơ quan ...`). Only lines closed by a full stop: a title or a headline (`Xã sẽ tổ
    chức lễ hội vào tháng 01/2027`) names what the body schedules, it sets no time of its own;
    nor do the header's blocks. Below the lead-in closed by a colon (`... hướng dẫn ... như
    sau:`) the text is the body's, though no section has opened yet: there a heading closed by
    its bracket is read too, a step's window (`BƯỚC HAI` / `Rà soát danh sách hộ cận nghèo
    (Thực hiện từ ngày 05/3 đến ngày 20/3/2027)`), as a phase's time is anywhere
    (corpus/ANNOTATION.md)."""
    body = context.structure.body
    if body is None:
        return []
    kept: list[Line] = []
    led_in = False  # a line closed by a colon came before: the body's text follows
    for line in context.doc.lines[: body[0] - 1]:
        if line.block is not Block.BODY:
            continue
        text = line.text.rstrip()
        if text.endswith(".") or (led_in and text.endswith(")")):
            kept.append(line)
        led_in = led_in or text.endswith(":")
    return kept


def _article_lines(context: Context) -> list[Line]:
    articles = context.structure.articles
    return [] if articles is None else context.doc.lines[articles[0] - 1 : articles[1]]


def _appendix_prose(context: Context) -> list[Line]:
    """The lines of the appendices outside their tables: an appendix counts like the body
    (corpus/ANNOTATION.md), and one that lists its tasks as paragraphs (`1. Rà soát ...` / `-
    Thời gian hoàn thành: Quý III/2026`) states their times in sentences, as the body does."""
    lines = context.doc.lines
    return [
        line
        for appendix in context.structure.appendices
        for line in lines[appendix.lines[0] - 1 : appendix.lines[1]]
        if line.block is Block.BODY and Hint.TABLE_ROW not in line.hints
    ]


def closing_lines(context: Context) -> list[Line]:
    """From `Trên đây là Kế hoạch ...` (or the final `Trong quá trình thực hiện ...`) to `Nơi
    nhận`, the signature or the first appendix."""
    start = context.structure.closing_start
    if start is None:
        return []
    appendices = [appendix.lines[0] for appendix in context.structure.appendices]
    end = min(appendices, default=len(context.doc.lines) + 1)
    chosen: list[Line] = []
    for line in context.doc.lines[start - 1 : end - 1]:
        if closing_cue(line.text) in {"recipients", "signature"} or line.block != Block.BODY:
            break
        chosen.append(line)
    return chosen


@dataclass(frozen=True)
class TableCell:
    """A cell of a table, parsed in the line that prints it: its table's index among the
    document's tables, its row's among the document's table rows (group headings counted:
    rows next to each other have indices next to each other), and the cell's characters
    [start, end) in the line."""

    table: int
    row: int
    kind: ColumnKind
    line: BodyLine
    start: int
    end: int


def table_cells(context: Context, kinds: tuple[ColumnKind, ...]) -> list[TableCell]:
    """The cells of the document's tables (the body's and the appendices') in columns of
    `kinds`, row by row (group headings left out). A cell printed over several lines is not
    read."""
    rows = [
        (which, table, row)
        for which, (_, table) in enumerate(context.structure.all_tables())
        for row in table.rows
    ]
    cells = [
        (which, index, kind, cell)
        for index, (which, table, row) in enumerate(rows)
        if not row.heading
        for kind in kinds
        for _, cell in table.cells(row, kind)
    ]
    texts = {line.number: line.text for line in context.doc.lines}
    numbers = sorted({cell.line for _, _, _, cell in cells})
    parses = dict(zip(numbers, parse_lines(texts[n] for n in numbers), strict=True))
    found: list[TableCell] = []
    for which, index, kind, cell in cells:
        text = texts[cell.line]
        at = text.find(cell.text)
        if at >= 0:
            section = context.structure.section_at(cell.line)
            line = BodyLine(cell.line, text, parses[cell.line], section, None)
            found.append(TableCell(which, index, kind, line, at, at + len(cell.text)))
    return found
