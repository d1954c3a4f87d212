"""Responsible units and the tasks assigned to them.

Units come from the assignments, not from every name in the text: the unit headings of the
implementation section (`1. Phòng Văn hóa - Xã hội xã`, several units on one heading give one
each, nested `- Hội Liên hiệp Phụ nữ xã: ...`), the role labels (`Cơ quan chủ trì: ...`,
`Cơ quan phối hợp: ...`), and sentences whose subject is a unit followed by a role word
(`Sở Tài chính chủ trì, phối hợp với ...`), a decision's articles (`Điều 2. Giao Sở X chủ trì`,
the heads answerable in `... chịu trách nhiệm thi hành`), the lead and cooperating columns of
task tables, a notice's addressees when the body refers to them (`các đơn vị nêu trên`), an
item of a task section opening with a body and a verb (`- Sở Tư pháp thẩm định ...`) and
bodies alone in a parenthesis closing a task (`... (Sở Y tế).`); an implementation heading
nested in another section gives its lines the implementation section's reading. A
body missing from the lexicon is found by the genre's naming pattern (a head noun and a proper
name: `Sở Quy hoạch - Kiến trúc`; a head and its level word alone: `Bưu điện tỉnh`) and
flagged `in_lexicon=False`; bodies listed under one head noun (`Giám đốc các Sở: Tài chính, Y
tế`) are one unit each; the issuer is never a unit, and a section reviewing what was done
assigns no work. A unit heading whose duties run on its line (issue 12) is read as the
heading and its parts on lines of their own (`_parts`, `item_parts`); after its colon, each
clause of its duties after the first as a line of its own under it (`_duty_clauses`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, partial
from itertools import takewhile
from typing import Literal

from plan_extract.core.contract import Occurrence, Span, Task, Unit, UnitKind, Warning
from plan_extract.core.dictionary import is_syllable
from plan_extract.core.text import BULLETS, slug
from plan_extract.core.word_lists import phrase_length_at
from plan_extract.extract import lexicon
from plan_extract.extract.context import (
    LIST_MARKS,
    MARKER,
    BodyLine,
    Context,
    TableCell,
    closing_lines,
    once_per_line,
    table_cells,
    trimmed,
)
from plan_extract.extract.item_parts import (
    cuts,
    item_parts,
    item_pieces,
    later_parts,
    may_cut,
    parsed_pieces,
)
from plan_extract.extract.lexicon import PhraseLabel, fold
from plan_extract.extract.nlp import Hit, outermost, parse_lines
from plan_extract.extract.unit_names import (
    NAME_MAX_TOKENS,
    Member,
    abbreviation,
    addressed_list,
    after_colon,
    asked_list,
    authority_asks,
    bare_head,
    board_name,
    capitalized,
    clause_subject,
    closed_by_place,
    committee_end,
    continues_name,
    cooperating_units,
    description_verb,
    head_members,
    head_members_going_on,
    holder_end,
    in_common_nouns,
    joins_generic,
    list_goes_on,
    list_words,
    may_name_bodies,
    name_end,
    named_at,
    names_body_kind,
    names_no_body,
    names_no_kind,
    next_member,
    org_heads,
    paired_titles,
    partner_lists,
    partners_colon,
    passive_requests,
    past_joined_collectives,
    past_standing_holder,
    past_unread_opening,
    place_names,
    plural_single_body,
    proper_name,
    ran_into_sentence,
    rest_start,
    segments,
    shared_level_unit,
    spell_levels,
    tail_end,
    unit_at,
    unit_list,
    unspecified,
    village_bodies,
)
from plan_extract.structure.anatomy import article_text_start
from plan_extract.structure.kinds import kind_named
from plan_extract.structure.names import expand_abbreviations, without_board
from plan_extract.structure.terms import HEADER_TERMS

_HEADING_REST = 8  # at most this many tokens after the unit names for a line to be a heading
_MIN_GROUP_WORDS = 3  # a group a role cell describes (`Các doanh nghiệp viễn thông`)
_PLACEHOLDER_LEAD: list[str] = []


@dataclass
class _UnitRecord:
    name: str
    kind: UnitKind
    in_lexicon: bool
    first_line: int
    occurrences: list[Occurrence] = field(default_factory=list)  # where an unknown unit was named
    # the occurrences' (line, span): a repeat is found in a set, not by comparing every occurrence
    cited: set[tuple[int, Span]] = field(default_factory=set)
    # the forms printed, where the name is not one of them (`Thuế Đồng Nai` for `Thuế tỉnh`)
    surfaces: list[str] = field(default_factory=list)
    lead: bool = False
    sections: set[str] = field(default_factory=set)


@dataclass
class _Task:
    line: BodyLine
    span: Span
    lead: list[str]
    cooperating: list[str]


@dataclass
class UnitsAndTasks:
    units: list[Unit]
    tasks: list[Task]
    warnings: list[Warning]


class _Collector:
    def __init__(self, context: Context) -> None:
        self.context = context
        self.records: dict[str, _UnitRecord] = {}
        self.tasks: list[_Task] = []
        self.heading_leads: set[str] = set()  # units heading a subsection without a task line
        self.table_lines: dict[int, BodyLine] = {}  # the table rows the role columns were read in
        self.closing_lines: list[BodyLine] = []  # the closing's lines that assigned work
        self.lexicon = lexicon.UNIT_LEXICON.load()

    def unit(self, hit: Hit, line: BodyLine) -> str:
        """The unit a lexicon hit names, or the body missing from it that `named_at` found."""
        name = hit.id
        if hit.label == "NAMED_ORG":
            shared = shared_level_unit(line, hit.first_token, hit.last_token)
            if shared is None:
                return self.unknown(line, trimmed(line.text, (hit.start, hit.end), " .:*,"))
            name = shared
        return self.lexicon_unit(name, line)

    def lexicon_unit(self, name: str, line: BodyLine) -> str:
        """The unit of the lexicon's canonical `name`, recorded at its first mention."""
        if name not in self.records:
            entry = self.lexicon.entry(name)
            assert entry is not None
            self.records[name] = _UnitRecord(name, entry.kind, True, line.number)
        return name

    def units(self, hits: list[Hit], line: BodyLine) -> list[str]:
        """The units lexicon hits name, a collective followed by its places' names giving
        one unit per place (`_places`)."""
        return [
            name for hit in hits for name in (_places(self, line, hit) or [self.unit(hit, line)])
        ]

    def partners(self, line: BodyLine, start: int, end: int) -> list[str]:
        """The units listed after the cooperation words from token `start` to `end`, those a
        plural head shares after its colon too (`phối hợp với các Sở: Tài chính, Xây dựng`:
        unit_names.partner_lists)."""
        hits, members = partner_lists(line, start, end)
        return self.units(hits, line) + [self.listed(member, line) for member in members]

    def unknown(self, line: BodyLine, span: Span) -> str:
        """A body missing from the lexicon, named by the characters of `span`, abbreviations
        of the bodies' kinds expanded (`UBND xã An Lạc` → `Ủy ban nhân dân xã An Lạc`)."""
        printed = _printed_name(line, span)
        placed = self.province_body(printed)
        name = printed if placed is None else placed.name
        if name not in self.records:
            kind: UnitKind = "other" if placed is None else placed.kind
            self.records[name] = _UnitRecord(name, kind, placed is not None, line.number)
        record = self.records[name]
        if placed is not None and line.span_words(span) not in record.surfaces:
            record.surfaces.append(line.span_words(span))
        place = (line.number, line.in_line(span))
        if place not in record.cited:
            record.cited.add(place)
            record.occurrences.append(Occurrence(line=place[0], span=place[1]))
        return name

    def province_body(self, printed: str) -> lexicon.UnitEntry | None:
        """The lexicon's office of the plan's province (UnitEntry.placed) that a name missing
        from the lexicon (`_printed_name`) names with the province's name where its level word
        stands (`Kho bạc Nhà nước Hà Nội` in a plan of Hà Nội: the lexicon's `Kho bạc Nhà nước
        Thành phố`): corpus/ANNOTATION.md, units. None for any other name."""
        province = self.context.structure.document.province
        words = printed.split()
        places = len(province.split()) if province else 0
        if (
            not province
            or len(words) <= places
            or fold(" ".join(words[-places:])) != fold(province)
        ):
            return None
        stem = " ".join(words[:-places])
        levels = HEADER_TERMS.load().province_types  # `tỉnh`, `thành phố`
        named = (self.lexicon.canonical(f"{stem} {level}") for level in levels)
        entries = (self.lexicon.entry(name) for name in named if name is not None)
        return next((entry for entry in entries if entry is not None and entry.placed), None)

    def member(self, name: str, line: BodyLine, span: Span) -> str:
        """A body missing from the lexicon named from a collective and its member printed at
        `span` (`Ủy ban nhân dân các xã: Gia Thuận` → `Ủy ban nhân dân xã Gia Thuận`)."""
        if name not in self.records:
            self.records[name] = _UnitRecord(name, "other", False, line.number)
        place = (line.number, line.in_line(span))
        self.records[name].cited.add(place)
        self.records[name].occurrences.append(Occurrence(line=place[0], span=place[1]))
        return name

    def listed(self, member: Member, line: BodyLine) -> str:
        """A body named by a shared head and its own name (`Giám đốc các Sở: Tài chính`)."""
        if not member.in_lexicon:
            return self.member(member.name, line, member.span)
        if member.name not in self.records:
            entry = self.lexicon.entry(member.name)
            assert entry is not None
            self.records[member.name] = _UnitRecord(member.name, entry.kind, True, line.number)
        return member.name

    def task(
        self, line: BodyLine, lead: list[str], cooperating: list[str], span: Span | None = None
    ) -> None:
        """A task of `line` (its characters at `span`, else the whole line's text)."""
        cooperating = [c for c in dict.fromkeys(cooperating) if c not in lead]
        span = span or trimmed(line.text, (0, len(line.text)), LIST_MARKS, trailing=False)
        self.tasks.append(_Task(line, span, list(dict.fromkeys(lead)), cooperating))


def _printed_name(line: BodyLine, span: Span) -> str:
    """The name of a body missing from the lexicon printed at `span`, abbreviations of the
    bodies' kinds expanded and its first letter capitalized."""
    name = spell_levels(expand_abbreviations(line.span_words(span)))
    return name[:1].upper() + name[1:]


def _heading_units(collector: _Collector, line: BodyLine) -> tuple[list[str], int] | None:
    """Units named by a heading or nested bullet, and the token where its own text starts."""
    marker = line.marker()
    if marker is None:
        return _unmarked_heading(collector, line)
    start = rest_start(line)
    if _requests_everybody(collector, line, line.text_start) is not None:
        return None  # `2. UBND huyện yêu cầu các cơ quan, đơn vị; UBND các xã ...`: a sentence
    # a part's heading (`III. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ`) and a heading whose
    # subsections head the bodies it groups title them: no collective, no unknown name there
    part_title = _titles_a_part(line)
    groups = not part_title and _titles_its_subsections(collector, line)
    titled = part_title or groups
    # a heading names bodies missing from the lexicon only in the implementation section (a
    # task heading `2. Hội Nghị Sơ Kết` is no body)
    named = line.kind == "implementation" and not titled
    under_one_head = head_members_going_on(line, start, list_words().heading_joiners)
    # elsewhere (a letter's or a report's bullets) only a list the lexicon names throughout
    # (`- Các Sở: Tài chính, Y tế; ... có trách nhiệm`): its bodies, not the head's collective
    if under_one_head is not None and (named or all(m.in_lexicon for m in under_one_head[0])):
        heading_members, end, goes_on = under_one_head
        members_listed = [collector.listed(m, line) for m in heading_members]
        # the heading's list goes on past the shared head's: the bodies the lexicon names
        # after it are the heading's too
        if goes_on:
            more, more_end = unit_list(line, end, addressed=True, named=False, heading=True)
            if more:
                members_listed += [collector.unit(h, line) for h in more]
                end = more_end
        return members_listed, after_colon(line, end)
    hits, end = unit_list(line, start, addressed=not titled, named=named, heading=True)
    doc = line.parse.doc
    if groups and hits and all(hit.id in _grouping_collectives() for hit in hits):
        # `1. Các sở, ban, ngành` over `1.1. Sở Nội vụ`, `1.2. Sở Tài chính`: the group's title
        text_start = after_colon(line, end)
        if not _own_text(line, text_start):
            return [], text_start
    colon = (
        end < len(doc)
        and doc[end].text in {":", "*"}
        and ":" in line.text[doc[end].idx : doc[end].idx + 4]
    )
    if hits and colon:
        members = _members(collector, line, hits, after_colon(line, end))
        names = [collector.unit(h, line) for h in hits] if members is None else members
        return names, len(doc) if members is not None else after_colon(line, end)
    if hits and marker.group("bullet") and not _heads_duty_below(collector, line, end):
        return None
    numbered_implementation = bool(marker.group("num")) and named
    if hits and numbered_implementation and list_goes_on(line, end):
        # `Đề nghị A, B, Hiệp hội doanh nghiệp tỉnh`: the list goes on with a name the lexicon
        # and the proper-name pattern miss; read the heading as a list of bodies
        listed = _unknown_heading(collector, line, start)
        if listed is not None:
            return listed
    if hits and len(doc) - end <= _HEADING_REST:
        return [collector.unit(h, line) for h in hits], after_colon(line, end)
    if numbered_implementation or (named and _collective_bullet(collector, line, start)):
        return _unknown_heading(collector, line, start)
    return None


def _collective_bullet(collector: _Collector, line: BodyLine, start: int) -> bool:
    """`- Các doanh nghiệp công nghệ số:`: a bullet whose text from `start` is only a
    description of bodies in common nouns after a plural article, closed by its colon or on its
    own line, over a duty that opens with its verb (`- Chủ trì tuyên truyền ...`), heads its
    duties as a numbered item does (corpus/ANNOTATION.md, units: a collective heading
    its duties keeps its printed name); a description running on into its verb (`- Các cơ sở
    giáo dục tổ chức tuyên truyền`) is a sentence."""
    words = line.parse.words
    end = next((at for at in range(start, len(words)) if words[at] == ":"), len(words))
    return (
        in_common_nouns(words, start, end)
        and not any(w.isdigit() for w in words[start:end])
        and description_verb(line, start, end) is None
        and _heads_duty_below(collector, line, end)
    )


def _heads_duty_below(collector: _Collector, line: BodyLine, end: int) -> bool:
    """Whether a bullet naming bodies up to `end`, no text of its own after them, stands over
    a duty opening with its verb (`- Chủ trì tuyên truyền ...`): it heads that duty."""
    below = _line_after(collector.context, line)
    return (
        not _own_text(line, after_colon(line, end))
        and below is not None
        and _opens_with_role(below)
    )


def _line_after(context: Context, line: BodyLine) -> BodyLine | None:
    """The line after `line` in the body, if any."""
    index = context.position[line.number] + 1
    return context.lines[index] if index < len(context.lines) else None


def _opens_with_role(line: BodyLine) -> bool:
    """Whether `line` opens with a role verb (`- Chủ trì ...`): a duty whose subject is the
    heading above it."""
    opening = line.text_start
    return opening in line.hits_from("LEAD_WORD") or opening in line.hits_from("COOPERATE_WORD")


def _parts(context: Context, line: BodyLine) -> list[BodyLine]:
    """`3. Phòng Văn hóa - Xã hội - Chủ trì ... - Phối hợp với ...`: a numbered item naming
    bodies, its duties run on after them (issue 12: its line breaks lost), read as its heading
    and each of its parts on lines of their own (`item_parts`), as the heading standing alone
    on its line would be read; else the line."""
    marker = line.marker()
    if marker is None or not marker.group("num"):
        return [line]
    names = partial(_name_insides, line)  # read only where a part may open
    # the heading's own list of bodies is never cut (`1. Sở Giáo dục và Đào tạo; Sở Y tế`),
    # nor its list under one head noun at a dash inside a member's name (`1. Các Sở: Lao động
    # - Thương binh và Xã hội, Tài chính`)
    start = rest_start(line)
    if not may_cut(line, start):
        return [line]  # most items: nothing a part opens at after the heading's list either
    under_one_head = head_members(line, start)
    list_end = unit_list(line, start, heading=True)[1]
    if under_one_head is not None:
        list_end = max(list_end, under_one_head[1])
    offsets = cuts(line, list_end, names)
    if not offsets or _only_bodies(context, line):
        return [line]
    pieces = item_pieces(line, offsets)
    if len(pieces) > 1:
        # only the heading's piece is parsed to read it: most items cut are no unit heading;
        # kept when it is one (a piece parses alone as in a batch)
        first = parsed_pieces(line, pieces[:1])[0]
        heading = _heading_units(_Collector(context), first)
        if heading is not None and not _own_text(first, heading[1]):
            return [first, *parsed_pieces(line, pieces[1:])]
    if line.kind == "implementation":
        # `2. Trách nhiệm thực hiện - Sở Nội vụ hướng dẫn ... - Hội đồng Thi đua - Khen thưởng
        # ...`: an implementation item's bullets, each opening as a line of that section does
        bullets = cuts(line, start, names, bullets_only=True)
        return item_parts(line, bullets) if bullets else [line]
    return [line]


@once_per_line
def _name_insides(line: BodyLine) -> frozenset[int]:
    """The tokens inside the bodies' names of the line, where a dash opens no part (`Phòng Văn
    hóa - Xã hội`, `Sở Quy hoạch - Kiến trúc`): the lexicon's names, else those the genre's
    pattern reads. Read once a line: its items' parts and its clauses' subjects ask for it,
    each only where a dash or a part's mark stands."""
    known = line.parse.of("UNIT")
    read = {t for h in known for t in range(h.first_token, h.last_token)}
    named = [*known]
    named += filter(None, (named_at(line, t) for t in line.hits_from("NAMED_ORG") if t not in read))
    return frozenset(t for h in named for t in range(h.first_token + 1, h.last_token))


def _duty_clauses(collector: _Collector, line: BodyLine, start: int) -> None:
    """`3. UBND các xã, phường: Chủ trì triển khai ... . Chỉ đạo Phòng Kinh tế phổ biến ...`: a
    heading's duties run on after its colon (issue 12), each clause after the first read as a
    line of its own under the heading would be; a clause that assigns work to bodies (`chỉ
    đạo X`, `X chủ trì`) gives them a task of it; bodies that only cooperate (`...; Sở Tài
    chính phối hợp thực hiện`) cooperate in the heading's task. The heading's task, the last
    made, keeps the whole line: a clause naming no body is not cut from it."""
    heading_task = collector.tasks[-1]
    offsets = cuts(line, start, partial(_name_insides, line), clauses=True)
    for part in later_parts(line, offsets) if offsets else []:
        hits, end = unit_list(part, part.text_start)
        if hits and _cooperates_only(part, end):
            added = [collector.unit(h, part) for h in hits]
            heading_task.cooperating = [
                c
                for c in dict.fromkeys(heading_task.cooperating + added)
                if c not in heading_task.lead
            ]
        else:
            _subject_task(collector, part, opening_only=True)


def _later_subjects(collector: _Collector, line: BodyLine) -> None:
    """`- Chủ trì, phối hợp với ... tổ chức tập huấn; Sở Nội vụ tham mưu bố trí biên chế`: a
    heading's duty opening with its role word has assigned work before its later clauses;
    bodies opening one of them with a role word right after them get its task (or cooperate
    in the duty's task, `...; Sở Nội vụ phối hợp thực hiện`), as a heading's run-in duties do
    (`_duty_clauses`); not bodies a verb without role follows (`Sở Nội vụ được mời dự`)."""
    duty_task = collector.tasks[-1]
    offsets = cuts(line, line.text_start, partial(_name_insides, line), clauses=True)
    for part in later_parts(line, offsets) if offsets else []:
        hits, end = unit_list(part, part.text_start)
        if not hits or end not in _role_starts(part):
            continue
        if _cooperates_only(part, end):
            added = [collector.unit(h, part) for h in hits]
            duty_task.cooperating = [
                c for c in dict.fromkeys(duty_task.cooperating + added) if c not in duty_task.lead
            ]
        else:
            _subject_task(collector, part, opening_only=True)


def _only_bodies(context: Context, line: BodyLine) -> bool:
    """Whether the whole line reads as a heading naming bodies and nothing else: its dashes are
    inside the names (`3. Các Phòng: Kinh tế, Văn hóa - Xã hội`, the second the office `Văn
    hóa - Xã hội` of a list sharing its head `Phòng`), not bullets opening duties."""
    heading = _heading_units(_Collector(context), line)
    return heading is not None and not _own_text(line, heading[1])


def _own_text(line: BodyLine, start: int) -> bool:
    """Whether a heading has words of its own from token `start` on, a remark in brackets
    aside (`1. Sở Tài chính (cơ quan chủ trì)`)."""
    depth = 0
    for word in line.parse.words[start:]:
        depth += {"(": 1, ")": -1}.get(word, 0)
        if depth <= 0 and word.isalnum():
            return True
    return False


def _grouping_collectives() -> frozenset[str]:
    """The collectives a heading may title a group of its subsections' bodies by (`Các sở,
    ban, ngành`, `Ủy ban nhân dân các xã, phường, đặc khu`): corpus/ANNOTATION.md counts them
    only where addressed as a whole, not where the group's own subsections name its bodies."""
    units = lexicon.UNIT_LEXICON.load()
    return units.collectives | units.place_committees


def _titles_a_part(line: BodyLine) -> bool:
    """Whether the line is the heading of one of the plan's parts (a section of a known kind):
    it titles the part, whose subsections name the bodies; a collective counting only where
    addressed as a whole (`III. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ`) is no unit there."""
    section = line.section
    return (
        section is not None
        and section.kind not in {None, "other"}
        and section.lines[0] == line.number
    )


def _titles_its_subsections(collector: _Collector, line: BodyLine) -> bool:
    """Whether a numbered heading of the implementation section has subsections, each heading
    bodies of its own (`1. Đối với Ủy ban nhân dân các cấp` / `1.1. Ủy ban nhân dân Thành
    phố:` / `1.2. Ủy ban nhân dân quận, huyện:`), or only bullets each heading its body (`- Sở
    Y tế: ...`): it titles them, as a part's heading does."""
    if line.kind != "implementation":
        return False
    sections = collector.context.ancestors(line.number)
    own = next((s for s in reversed(sections) if s.lines[0] == line.number), None)
    if own is None:
        return False
    reader = _Collector(collector.context)  # reading the subsections' headings records nothing
    by_number = collector.context.by_number
    if own.children:
        heads = [by_number.get(child.lines[0]) for child in own.children]
        return all(head is not None and _heading_units(reader, head) for head in heads)
    # a leaf section: its lines are bullets each heading bodies of its own (`- Sở Nội vụ: ...`,
    # a bullet heading its body as a subsection does: corpus/ANNOTATION.md)
    bullets = [by_number[n] for n in range(own.lines[0] + 1, own.lines[1] + 1) if n in by_number]
    return bool(bullets) and all(_heads_its_body(reader, bullet) for bullet in bullets)


def _heads_its_body(reader: _Collector, line: BodyLine) -> bool:
    """Whether `line` is a bullet opening with the bodies it heads (`- Sở Y tế: ...`)."""
    marker = line.marker()
    if marker is None or not marker.group("bullet"):
        return False
    heading = _heading_units(reader, line)
    return heading is not None and bool(heading[0])


def _unmarked_heading(collector: _Collector, line: BodyLine) -> tuple[list[str], int] | None:
    """A line of the implementation section that only names units (`Sở Nội vụ:`), its number
    lost (a Word list's numbering) or never printed: a heading of the lines under it."""
    if line.kind != "implementation":
        return None
    hits, end = unit_list(line, rest_start(line), addressed=True, named=False, heading=True)
    words = line.parse.words
    if not hits or any(w not in {":", "*", "."} for w in words[end:]):
        return None
    return [collector.unit(h, line) for h in hits], len(words)


def _members(
    collector: _Collector, line: BodyLine, hits: list[Hit], start: int
) -> list[str] | None:
    """`Ủy ban nhân dân các xã: Gia Thuận, Tân Điền`: a collective whose members are named after
    the colon gives one unit per member, named as the lexicon's `member` pattern says."""
    pattern = _member_pattern(collector, hits[0]) if len(hits) == 1 else None
    if pattern is None:
        return None
    level = next(iter(_level_words(line, hits[0])), None)
    spans = [line.span(first, last) for first, last in segments(line, start)]
    if spans and _proper_name(line.span_words(spans[0])) and _several_kinds(line, hits[0]):
        # `Chủ tịch UBND các tỉnh, thành phố: Quảng Ninh, Hải Phòng, ...` (a công điện's
        # provinces): named places of two kinds, which kind each is the list does not say; no
        # member named, and not the collective either (not every province is asked)
        return []
    if level is None or not spans or not all(_proper_name(line.span_words(s)) for s in spans):
        return None
    return _member_units(collector, line, pattern, level, spans)


def _several_kinds(line: BodyLine, hit: Hit) -> bool:
    """Whether a collective's mention lists the places of several kinds after its article
    (`UBND các tỉnh, thành phố`, `UBND các xã, phường`), not of one (`UBND các xã`)."""
    marks = list_words().joiners - list_words().article_words
    mention = line.parse.words[hit.first_token : hit.last_token]
    return any(w.lower() in marks for w in mention)


def _member_pattern(collector: _Collector, hit: Hit) -> str | None:
    """How the lexicon names a member of the collective `hit` names (`Ủy ban nhân dân {level}
    {name}`), if it has members."""
    entry = collector.lexicon.entry(hit.id)
    return None if entry is None else entry.member


def _member_units(
    collector: _Collector, line: BodyLine, pattern: str, level: str, spans: list[Span]
) -> list[str]:
    """One unit per member of a collective, its place's name printed at each of `spans`."""
    return [
        collector.member(pattern.format(level=level, name=line.span_words(span)), line, span)
        for span in spans
    ]


def _level_words(line: BodyLine, hit: Hit) -> list[str]:
    """The level words a collective's mention prints (`xã` in `UBND các xã`)."""
    levels = list_words().level_syllables
    mention = line.parse.words[hit.first_token : hit.last_token]
    return [w.lower() for w in mention if w.lower() in levels]


def _places(collector: _Collector, line: BodyLine, hit: Hit) -> list[str]:
    """`Chủ tịch UBND các huyện An Lão, Hoài Ân`: a collective of places whose names follow it
    in a list gives one unit per place, named as the lexicon's `member` pattern says (as a
    heading's `Ủy ban nhân dân các xã: Gia Thuận, Tân Điền` does); none for a bare one, nor
    after a mention of several levels, the last of which the name is of (`UBND các huyện, thị
    xã, thành phố Pleiku`: the city's)."""
    pattern = _member_pattern(collector, hit) if hit.label == "UNIT" else None
    if pattern is None or not _names_places(line, hit):
        return []
    level = _level_words(line, hit)[0]
    return _member_units(collector, line, pattern, level, place_names(line, hit))


def _names_places(line: BodyLine, hit: Hit) -> bool:
    """Whether the names of places follow the mention of a collective of one level's places
    (`UBND các quận Hải Châu và Sơn Trà`), each a body of its own (`_places`)."""
    return len(_level_words(line, hit)) == 1 and bool(place_names(line, hit))


def _proper_name(text: str) -> bool:
    """Every word capitalized (`Gò Công Đông`): a place's name."""
    words = text.split()
    return bool(words) and all(w[:1].isupper() and w.isalpha() for w in words)


def _unknown_heading(
    collector: _Collector, line: BodyLine, start: int
) -> tuple[list[str], int] | None:
    """An implementation heading naming bodies, some missing from the lexicon: a short heading, a
    heading over its own subsection, or a `A, B và C: ...` list before a colon."""
    doc = line.parse.doc
    words = line.parse.words
    colon = next((i for i in range(start, len(words)) if words[i] == ":"), None)
    if colon is not None and colon - start <= NAME_MAX_TOKENS * 2:
        names = _named_bodies(collector, line, start, colon)
        return (names, after_colon(line, colon)) if names else None
    section = line.section
    heads_section = section is not None and section.lines[0] == line.number < section.lines[1]
    limit = NAME_MAX_TOKENS * (2 if heads_section or _parts_follow(collector, line) else 1)
    marker = line.marker()
    if (
        len(doc) - start <= limit
        and not (marker and re.match(r"[IVX]+\.", marker.group("num") or ""))
        and not line.span_text(start, len(doc)).isupper()
        and not any(t.is_digit for t in doc[start:])
        and not _cooperation_after(line, start)
    ):
        names = _named_bodies(collector, line, start, len(doc))
        return (names, len(doc)) if names else None
    return None


def _parts_follow(collector: _Collector, line: BodyLine) -> bool:
    """Whether `line` is the heading of an item whose marked parts (bullets, lettered parts)
    run on after it in its line (`_parts`): it heads them as a heading over lines of their
    own does. Not a part after a stop or semicolon: the text before it may be the item's
    own (`7. Liên hiệp các Hội Khoa học và Kỹ thuật Nghiên cứu, tư vấn ...; Đào tạo ...`)."""
    whole = collector.context.by_number.get(line.number)
    if line.offset or whole is None or len(whole.text) <= len(line.text):
        return False
    return MARKER.match(whole.text[len(line.text) :].lstrip()) is not None


def _cooperation_after(line: BodyLine, start: int) -> bool:
    """Whether a cooperation word stands after `start`, outside a unit's name: a sentence
    (`3. Sở Y tế phối hợp với Công an tỉnh kiểm tra`), whose bodies after it cooperate, not a
    heading naming bodies."""
    names = [h for h in line.parse.of("UNIT") if h.first_token >= start]
    return any(
        not any(h.first_token <= c.first_token < h.last_token for h in names)
        for c in line.hits_in("COOPERATE_WORD", start, len(line.parse.words))
    )


def _named_bodies(collector: _Collector, line: BodyLine, start: int, end: int) -> list[str]:
    """The bodies a heading lists (`A, B và C`): lexicon names, and names missing from it that
    open with an organization word (`Trung tâm ...`, `Hiệp hội ...`). A piece that opens with
    neither continues the name before it (`Trung tâm Xúc tiến đầu tư, thương mại và du lịch`);
    a heading whose first piece names no body names none. A piece opening with a head's title
    whose body the lexicon lacks (`Bí thư chi bộ`) names none but leaves the others (`Bí thư
    chi bộ, Trưởng thôn, Trưởng ban công tác Mặt trận:` names the two after it: a list of the
    village's office holders, each standing for what ANNOTATION.md maps his title to). Open
    or generic collectives (`các đơn vị liên quan`) are left out."""
    units = [h for h in outermost(line.parse.of("UNIT")) if not names_no_body(line, h)]
    units += paired_titles(line)  # `Bộ trưởng, Thủ trưởng cơ quan ngang bộ`: no unknown `Bộ`
    units += village_bodies(line)  # `Chi hội Phụ nữ thôn 2`: the lexicon lacks it, named whole
    # the tokens where a head's title stands or ends (the heading's own text may start past
    # the title: `Bí thư | chi bộ, ...`)
    titled = {at for h in line.parse.of("OFFICE_HOLDER") for at in (h.first_token, h.last_token)}
    heads = set(org_heads(line)) - _persons_titled(line)
    merged: list[tuple[int, int, list[Hit]]] = []
    opening_end = start  # where the first piece of the last unknown name ends
    for first, last in segments(line, start, inside=units):
        last = min(last, end)
        if first >= last:
            continue
        if merged and line.in_brackets(first):
            continue  # `các doanh nghiệp viễn thông (VNPT, Viettel, ...)`: a gloss, no member
        inside = [h for h in units if first <= h.first_token < last]
        if not inside and merged and _next_kind(line, merged[-1], first):
            merged[-1] = (merged[-1][0], last, [])  # `Các phòng, ban chuyên môn`: one collective
        elif inside or (first in heads and not _describes_no_body(line, first, last)):
            merged.append((first, last, inside))
            opening_end = last
        elif first in titled and any(last <= h.first_token < end for h in units):
            continue  # a title whose body the lexicon lacks, before the bodies of others
        elif not merged or merged[-1][2]:
            return []
        elif closed_by_place(line.parse.words, first - 1):
            continue  # `Viễn thông Hà Giang, FPT Hà Giang`: no field of the name before it
        elif last - merged[-1][0] <= NAME_MAX_TOKENS:
            merged[-1] = (merged[-1][0], last, [])
        else:  # too long for a name: a description of its field, the name is its first piece
            merged[-1] = (merged[-1][0], opening_end, [])
            break
    names: list[str] = []
    generic = line.hits_from("GENERIC_COLLECTIVE")
    restricted = _restricted_from(line, start, end)
    for first, last, inside in merged:
        if inside:
            names += [
                collector.unit(h, line)
                for h in inside
                if not unspecified(line, h, tail_end(line, h.last_token))
            ]
        elif (
            (first not in generic or _qualified(line, generic[first], last))
            and not line.hits_in("OPEN_TAIL", first, last)
            and not (first >= restricted and not proper_name(line, first, last))
        ):
            stop = name_end(line, first, last)
            if ran_into_sentence(line, first, stop):
                continue
            # a head printed bare before a member whose level closes the list shares it
            # (`1. Công an, Bộ Chỉ huy Quân sự tỉnh`: `Công an tỉnh`)
            shared = shared_level_unit(line, first, stop)
            if shared is None and _bare_head_before_member(line, first, stop):
                continue  # `Viện, Bộ Chỉ huy Quân sự tỉnh`: a name cut short, no body
            names.append(
                collector.unknown(line, trimmed(line.text, line.span(first, stop), " .:*,"))
                if shared is None
                else collector.lexicon_unit(shared, line)
            )
    return names


def _describes_no_body(line: BodyLine, first: int, last: int) -> bool:
    """`2. Các lớp tập huấn:`, `- Các văn bản hướng dẫn:`: a description in common nouns after
    a plural article (`in_common_nouns`) whose head noun is no kind of body (units.yaml
    `body_kinds`): the plan's content, which no work is assigned to; `2. Các hợp tác xã:` is
    a collective keeping its printed name (corpus/ANNOTATION.md, units)."""
    words = line.parse.words
    return in_common_nouns(words, first, last) and not names_body_kind(words, first)


def _persons_titled(line: BodyLine) -> set[int]:
    """The plural articles standing before a title that is no body's head (`Các | thành viên tổ
    công tác`, `Các | thành viên trong gia đình`) or before persons or households (`Các | hộ
    gia đình`: units.yaml `person_nouns`): persons, not a body's description (`Các doanh
    nghiệp ...`). A title that heads a body (`Các Ban nhân dân ấp`) opens one, and so do the
    members of a body printed by its proper name (`2. Các thành viên Ban Chỉ đạo`: the
    heading's printed name, corpus/ANNOTATION.md, units)."""
    words = line.parse.words
    heads = org_heads(line)
    articles = list_words().article_words
    persons = _before_person_nouns(line)
    for title in line.parse.of("OFFICE_HOLDER"):
        at, after = title.first_token - 1, title.last_token
        if at < 0 or words[at].lower() not in articles or title.first_token in heads:
            continue
        if after < len(words) and after in heads and capitalized(words[after]):
            continue
        persons.add(at)
    return persons


def _before_person_nouns(line: BodyLine) -> set[int]:
    """The plural articles right before persons or households (units.yaml `person_nouns`)."""
    words = line.parse.words
    lists = list_words()
    return {
        at
        for at, word in enumerate(words)
        if word.lower() in lists.article_words
        and phrase_length_at(words, at + 1, lists.person_phrases)
    }


def _next_kind(line: BodyLine, piece: tuple[int, int, list[Hit]], first: int) -> bool:
    """Whether the piece of a heading's list opening at `first` with an organization word in
    lower case is the next kind of a collective of kinds before it (`Các phòng, ban chuyên môn`,
    `Các phòng, ban, ngành xã`, as `Các sở, ban, ngành` is one collective, corpus/ANNOTATION.md,
    units): the piece before is a plural article and bare organization words in lower case, set
    apart by marks (`Các phòng`), no name of its own; a head noun in lower case opens no body
    there. A capitalized head opens one (`Các phòng, Ban Chỉ đạo xã`: two)."""
    words = line.parse.words
    heads = org_heads(line)
    opening, end, inside = piece
    if inside or first not in heads or not words[first][:1].islower():
        return False
    if words[opening].lower() not in list_words().article_words:
        return False
    marks = frozenset(list_words().marks)
    token = opening + 1
    while token < end:
        bare = [h.last_token for h in heads.get(token, []) if h.last_token <= end]
        if words[token] in marks:
            token += 1
        elif bare and words[token][:1].islower():
            token = max(bare)
        else:
            return False
    return token > opening + 1


def _bare_head_before_member(line: BodyLine, first: int, stop: int) -> bool:
    """Whether the piece of a list from `first` to `stop` is an organization word alone, no
    name of its own (`Viện`, `Công an`), before the next member of the list, a body the
    lexicon names: a name printed short of its level or field, which names no body itself."""
    heads = org_heads(line).get(first, [])
    if not heads or stop > max(h.last_token for h in heads):
        return False
    return next_member(line, stop) is not None


def _restricted_from(line: BodyLine, start: int, end: int) -> int:
    """Where the list a restriction ending the heading closes opens (`Các hội, tổ chức, đoàn
    thể có liên quan`: the whole list is open, ANNOTATION.md), after the last `;` before it;
    `end` when no restriction ends the heading. Its groups in common nouns name no body."""
    words = line.parse.words
    for hit in line.parse.of("OPEN_TAIL"):
        closes = start <= hit.first_token and hit.last_token <= end
        if closes and not any(w.isalnum() for w in words[hit.last_token : end]):
            breaks = [t for t in range(start, hit.first_token) if words[t] == ";"]
            return breaks[-1] + 1 if breaks else start
    return end


def _qualified(line: BodyLine, generic: list[Hit], last: int) -> bool:
    """Whether a generic collective heading a subsection is qualified by a name into a body of
    its own (`5. Các đơn vị trực thuộc Sở`, `Các cơ quan chuyên môn thuộc UBND xã`) rather
    than bare (`Các đơn vị`), told apart from the others (`Các đơn vị khác`) or a label of
    those who cooperate (`3. Các đơn vị phối hợp`)."""
    end = max(h.last_token for h in generic)
    words = line.parse.words
    roles = line.hits_in("LEAD_WORD", end, last) + line.hits_in("COOPERATE_WORD", end, last)
    named = any(w[:1].isupper() and w.isalpha() for w in words[end:last])
    return named and not roles


def _listed_units(collector: _Collector, line: BodyLine, start: int, end: int) -> list[str]:
    """The units of a list (`A, B và C`): lexicon names (collectives addressed as a whole too,
    open ones left out), and named bodies missing from it (a head and a name: `Trung tâm Dữ
    liệu`, not a bare `Viện`); a piece naming neither continues the name before it (`Liên hiệp
    các Hội Khoa học và Kỹ thuật`); the kinds of a collective are one (`Các phòng, ban chuyên
    môn`, `_next_kind`)."""
    units = [h for h in line.parse.of("UNIT") if not names_no_body(line, h)]
    units += addressed_list(line) + list(village_bodies(line))
    words = line.parse.words
    articles = list_words().article_words
    named: list[Hit | tuple[int, int]] = []  # in order: lexicon hits, spans of unknown names
    continued = False  # whether the piece before named a body missing from the lexicon, whole
    kinds: tuple[int, int, list[Hit]] | None = None  # the pieces of a collective's kinds so far
    for first, last in segments(line, start, end=end):
        last = min(last, end)
        if first >= last:
            continue
        follows, continued = continued, False
        inside = [h for h in outermost(units) if first <= h.first_token < last]
        if any(h.first_token < last and h.last_token > first for h in units) and not inside:
            continue  # a piece of a name cut at a comma (`Sở, ban, ngành`)
        if kinds is not None and _next_kind(line, kinds, first):
            kinds = (kinds[0], last, [])
            stop = name_end(line, kinds[0], last)
            if stop > max(h.last_token for h in org_heads(line)[first]):  # not bare kinds
                named.append((kinds[0], stop))
            continue
        kinds = None if inside else (first, last, [])
        if inside:
            named += [h for h in inside if not unspecified(line, h, tail_end(line, h.last_token))]
            continue
        opening = first + 1 if words[first].lower() in articles else first
        heads = line.hits_from("NAMED_ORG").get(opening, [])
        if opening > first and plural_single_body(line, opening, heads):
            continue  # `Các Trường Đại học, Cao đẳng`: the schools as a whole, the lexicon's
        stop = name_end(line, first, last)
        if heads and _unexpanded(line, max(h.last_token for h in heads), stop):
            continue  # `Sở TC`: a name the data cannot spell out, no unit (nor a name to go on)
        if heads and (
            stop > max(h.last_token for h in heads)
            or bare_head(line, first, opening, stop) is not None  # `Hạt Kiểm lâm` alone
        ):
            named.append((first, stop))
            continued = stop == last
        elif heads and shared_level_unit(line, opening, stop) is not None:
            # a head printed bare before a member whose level closes the list shares it
            # (`Công an, Bộ Chỉ huy Quân sự tỉnh`: `Công an tỉnh`)
            named.append(max(heads, key=lambda h: h.last_token))
        elif follows and not heads and stop == last and continues_name(line, first):
            previous = named[-1]
            assert isinstance(previous, tuple)
            named[-1] = (previous[0], stop)
            continued = True
    names: list[str] = []
    for item in named:
        if isinstance(item, tuple):
            span = trimmed(line.text, line.span(*item), " .:*,")
            names.append(collector.unknown(line, span))
        else:
            names.append(collector.unit(item, line))
    return names


def _unexpanded(line: BodyLine, name: int, stop: int) -> bool:
    """Whether the words of a name missing from the lexicon from its head's end `name` to
    `stop` are abbreviations the data cannot spell out, and level words (`Sở TC`, `Sở NV tỉnh`):
    corpus/ANNOTATION.md names a body with the abbreviations of the kinds of bodies expanded
    (header_terms.yaml `abbreviations`, `UBND`, `LHPN`) and the lexicon holds the abbreviated
    names it can expand (`Sở KH&CN`); any other abbreviation names no body that can be told,
    so no unit (never a guessed name)."""
    return _unexpanded_words(line.parse.words[name:stop])


def _unexpanded_words(words: Sequence[str]) -> bool:
    """Whether the words of a name after its head noun are abbreviations the data cannot spell
    out and level words only (`_unexpanded`); a level's short form there names no field either
    (`Sở TP`: no `Sở thành phố`)."""
    lists = list_words()
    levels, short_forms = lists.one_word_levels, lists.level_short_forms
    unexpanded = [
        word
        for word in words
        if word in short_forms or (abbreviation(word) and expand_abbreviations(word) == word)
    ]
    return bool(unexpanded) and all(
        word in unexpanded or word.lower() in levels or word in {"&", "-", "/"} for word in words
    )


def _unexpanded_name(record: _UnitRecord) -> bool:
    """Whether `record` is a body missing from the lexicon named by its head noun (roles.yaml
    NAMED_ORG) and abbreviations the data cannot spell out (`_unexpanded`): a heading's `2. Sở
    NV` as a list's `Sở NV`, no unit."""
    if record.in_lexicon:
        return False
    words = record.name.split()
    heads = _heads("NAMED_ORG")
    for size in range(min(len(words) - 1, max(map(len, heads), default=0)), 0, -1):
        head = tuple(fold(word) for word in words[:size])
        if head not in heads:
            continue
        rest = words[size:]
        # a level's short form spelled out as all the name has (`Sở TP` → `Sở thành phố`): no
        # field, unless the head names a body by its level alone (`Bưu điện thành phố`)
        spelled = " ".join(rest) in list_words().level_short_forms.values()
        return _unexpanded_words(rest) or (spelled and head not in _heads("LEVEL_HEAD"))
    return False


@cache
def _heads(label: str) -> frozenset[tuple[str, ...]]:
    """The head nouns of a label of roles.yaml (NAMED_ORG, LEVEL_HEAD), word by word, folded."""
    return frozenset(
        tuple(fold(phrase).split())
        for group in lexicon.ROLES.load().patterns
        if group.label == label
        for phrase in group.phrases
    )


@dataclass
class _LabelTask:
    """The units a line's role labels give one task: a lead label's list and the cooperating
    labels' after it (`Đơn vị chủ trì: A. Đơn vị phối hợp: B`), the tokens [first, last) of
    its labels and lists."""

    lead: list[str]
    cooperating: list[str]
    first: int
    last: int


@dataclass
class _LabelLists:
    tasks: list[_LabelTask] = field(default_factory=list)
    cooperating: list[str] = field(default_factory=list)  # before any lead label of the line
    # whether a line that is only a role label and its colon (`a) Cơ quan chủ trì:`, its list
    # on the bullets under it) is a lead label (True) or a cooperating one (False)
    bare_lead: bool | None = None


def _label_lists(collector: _Collector, line: BodyLine) -> _LabelLists:
    """The units after the role labels of a line (`Cơ quan chủ trì: A, B`), one task per lead
    label, the cooperating labels after it joining its task. A label opens the line (its colon
    a few words on: `Cơ quan phối hợp thực hiện:`), a clause inside it (`line.opens_clause`:
    after `.`, `;`, `(`, ` - `, ` + `, `b)`: an item's parts run together, its colon right
    after it, as a label, not a role verb whose object a colon introduces: `...; phối hợp với
    các ngành thực hiện: ...`), or goes on from the list before it in its sentence (`Chủ trì: A,
    phối hợp: B`). Its list runs to the next label, the bracket that closes it or the end of its
    sentence (`line.label_end`); named bodies missing from the lexicon count too, flagged."""
    words = line.parse.words
    start = rest_start(line)
    hits = sorted(
        line.parse.of("LEAD_LABEL") + line.parse.of("COOPERATE_LABEL"),
        key=lambda h: (h.first_token, -h.last_token),
    )
    found: list[tuple[Hit, int]] = []  # the labels read, each with its colon
    for hit in hits:
        if found and hit.first_token <= found[-1][1]:
            continue  # inside the label before (`chủ trì` of `Đơn vị chủ trì`) or its colon
        colon: int | None = None
        if hit.first_token == start:
            colon = _opening_label_colon(line, hit)
            if colon is None and not _own_text(line, hit.last_token):
                colon = hit.last_token - 1  # `a) Cơ quan chủ trì` printed without its colon
        elif line.opens_clause(hit.first_token):
            colon = _clause_label_colon(line, hit)
        elif found and "." not in words[found[-1][1] : hit.first_token]:
            colon = _label_colon(line, hit)
        if colon is not None:
            found.append((hit, colon))
    lists = _LabelLists()
    for index, (hit, colon) in enumerate(found):
        end = line.label_end(colon + 1)
        if index + 1 < len(found):
            end = min(end, found[index + 1][0].first_token)
        names = _listed_units(collector, line, colon + 1, end)
        if len(found) == 1 and hit.first_token == start and not _own_text(line, colon + 1):
            lists.bare_lead = hit.label == "LEAD_LABEL"
        if hit.label == "LEAD_LABEL":
            if names:  # a label over no body (`Chủ trì triển khai các nhiệm vụ: ...`) leads none
                lists.tasks.append(_LabelTask(names, [], hit.first_token, end))
        elif lists.tasks:
            lists.tasks[-1].cooperating += names
            lists.tasks[-1].last = end
        else:
            lists.cooperating += names
    return lists


def _bullet_bodies(collector: _Collector, line: BodyLine) -> list[str] | None:
    """The bodies a bullet names and nothing else (`- Sở Y tế;`), else None; generic nouns
    joined after them name no body of their own (`- Các cơ quan, đơn vị, địa phương.`: `Các
    cơ quan, đơn vị`, corpus/ANNOTATION.md, units)."""
    marker = line.marker()
    if marker is None or not marker.group("bullet"):
        return None
    hits, end = unit_list(line, rest_start(line), addressed=True, heading=True)
    if not hits or _own_text(line, past_joined_collectives(line, end)):
        return None
    return collector.units(hits, line)


def _label_block(
    collector: _Collector, line: BodyLine, lead: bool, block: _Task | None, names: list[str]
) -> _Task:
    """A bullet under a role label alone on its line (`a) Cơ quan chủ trì:` / `- Sở Y tế;`): its
    bodies have the label's role in the task of the labels over the bullets (`b) Cơ quan phối
    hợp:` / `- Sở Tài chính.`: cooperating), the first bullet making it."""
    if block is None:
        collector.task(line, names if lead else _PLACEHOLDER_LEAD, [] if lead else names)
        return collector.tasks[-1]
    if lead:
        block.lead = list(dict.fromkeys(block.lead + names))
    else:
        block.cooperating = [
            c for c in dict.fromkeys(block.cooperating + names) if c not in block.lead
        ]
    return block


def _clause_label_colon(line: BodyLine, label: Hit) -> int | None:
    """The colon of a role label opening a clause inside a line: within reach of a phrase that
    is only a label (`Đơn vị chủ trì tham mưu thực hiện:`), right after one that is a role
    word too (`...; phối hợp: B`, not `...; phối hợp với các ngành thực hiện: ...`, a verb
    whose object a colon introduces)."""
    words = line.parse.words
    if not _role_word_label(line, label):
        return line.label_colon(label)
    right_after = label.last_token < len(words) and words[label.last_token] == ":"
    return label.last_token if right_after else None


def _opening_label_colon(line: BodyLine, label: Hit) -> int | None:
    """The colon of a role label opening a line: a few words on after a phrase that is only a
    label (`Cơ quan phối hợp thực hiện:`, `Đơn vị chủ trì tham mưu:`), right after one that is
    a role word too (`Phối hợp: Sở Y tế`), or a few words on when a body opens what follows
    it (`Phối hợp vận động: Hội Nông dân xã, ...`); a role word whose object runs to a colon
    over a sentence of its own titles an item, no label (`2. Phối hợp kiểm tra, giám sát: Cử
    đại diện tham gia ...`)."""
    colon = _label_colon(line, label)
    if colon is None or colon == label.last_token or not _role_word_label(line, label):
        return colon
    hits, _ = unit_list(line, colon + 1, addressed=True, heading=True)
    return colon if hits and hits[0].first_token == colon + 1 else None


def _role_word_label(line: BodyLine, label: Hit) -> bool:
    """Whether a role label's phrase is a role word too (`phối hợp`, `chủ trì`), not only a
    label (`Cơ quan phối hợp`)."""
    roles = line.hits_from("LEAD_WORD").get(label.first_token, []) + line.hits_from(
        "COOPERATE_WORD"
    ).get(label.first_token, [])
    return any(h.last_token == label.last_token for h in roles)


def _label_colon(line: BodyLine, label: Hit) -> int | None:
    """The colon that makes a role phrase a label (`Cơ quan phối hợp thực hiện:`), if any."""
    doc = line.parse.doc
    return next((t.i for t in doc[label.last_token : label.last_token + 6] if t.text == ":"), None)


def _label_tasks(collector: _Collector, line: BodyLine, lists: _LabelLists) -> None:
    """One task per lead label of the line, its cooperating units those of its labels and the
    bodies after a cooperation word in its part of the line (`phối hợp với Sở Y tế`; the
    whole line when it has one lead label, its text the line's; else each task's text its
    labels and lists)."""
    whole = len(line.parse.words)
    single = len(lists.tasks) == 1
    for index, task in enumerate(lists.tasks):
        first = 0 if index == 0 else lists.tasks[index - 1].last
        last = lists.tasks[index + 1].first if index + 1 < len(lists.tasks) else whole
        coop = collector.partners(line, first, last)
        coop += task.cooperating + (lists.cooperating if index == 0 else [])
        span = None if single else trimmed(line.text, line.span(task.first, task.last), " .;,")
        collector.task(line, task.lead, coop, span)


def _subject_task(
    collector: _Collector, line: BodyLine, opening_only: bool = False, article: bool = False
) -> bool:
    """`Sở Tài chính chủ trì, phối hợp với ...`: units opening a clause, then a role word. At the
    opening of a line in the implementation section, or after a request word opening a clause
    (`...; giao Sở Tài chính ...`), no role word is needed; nor at the opening of a task
    section's item when a verb follows (`_assigning_item`). With `article`, the line is a
    decision's article, whose opening may name collectives addressed as a whole."""
    if not may_name_bodies(line):
        return False  # no body to read at any start: no task, no partner
    opening, requested = clause_subject(line, line.text_start)
    implementation = line.kind == "implementation"
    # where a subject may start, and whether it needs no role word after it
    starts = {opening: requested or implementation}
    # where a request word stands right before the subject: the bodies it asks may be listed
    # with `;` between them (`Giao các sở, ngành; UBND các huyện; ... báo cáo ...`)
    asked_at = {opening} if requested else set()
    # a request of the authority (`UBND tỉnh giao ...`) to a collective (`các sở, ban, ngành`)
    # asks everybody: the clause reads as it would without the authority's request; not one
    # that names a body of its own too (`đề nghị Ủy ban MTTQ tỉnh, Thủ trưởng các sở, ...`)
    plain: dict[int, tuple[int, bool]] = {}
    directed = _directed_start(line, opening)
    if directed is not None:
        starts.setdefault(directed, True)
        asked_at.add(directed)
    if authority_asks(line, line.text_start):
        start, asked = clause_subject(line, line.text_start, authority=False)
        plain[opening] = start, asked or implementation
    # clause openings after `;`, `.` or `:`: a sentence's parallel part, or in a task section's
    # paragraph a sentence of its own (`Tập huấn cho cán bộ. Công an xã nắm tình hình ...`,
    # `Công tác tuyên truyền: Công chức Văn hóa - Xã hội chủ trì ...`)
    after_stop: set[int] = set()
    after_semicolon: set[int] = set()
    # `Hội Phụ nữ xã chủ trì, Đoàn Thanh niên xã phối hợp thực hiện`: after a lead's role word
    # and a comma, bodies that only cooperate join its task
    lead_ends = {h.last_token for h in line.parse.of("LEAD_WORD")}
    after_lead: set[int] = set()
    after_dash: set[int] = set()
    after_comma: set[int] = set()  # a task paragraph's subject after a comma
    # `Trung tâm Y tế huyện chủ trì khám sàng lọc; phối hợp với Phòng Giáo dục và Đào tạo
    # tuyên truyền`: a clause after `;` opening with a cooperation word goes on with the
    # subject before it, its partners cooperate in that subject's task
    partners_after: set[int] = set()
    introduced = _introduced_requests(line)
    if not opening_only:
        for i, word in enumerate(line.parse.words):
            if word == ";" and i + 1 in line.hits_from("COOPERATE_WORD"):
                partners_after.add(i + 1)
                starts.setdefault(i + 1, False)
            elif word in {".", ";", ":"} and not (word == ":" and partners_colon(line, i)):
                start, asked = clause_subject(line, i + 1)
                after_stop.add(start)
                if asked:
                    asked_at.add(start)
                if word == ";":
                    after_semicolon.add(start)
                starts[start] = starts.get(start, False) or asked
                if authority_asks(line, i + 1):
                    plain[start] = clause_subject(line, i + 1, authority=False)
            elif word == "," and (_after_introduction(line, i) or i in introduced):
                if authority_asks(line, i + 1):  # `Để ..., UBND tỉnh giao Sở X chủ trì ...`
                    start, asked = clause_subject(line, i + 1)
                    starts[start] = starts.get(start, False) or asked
                    if asked:  # its list read as that of a request opening the sentence
                        asked_at.add(start)
                    plain[start] = clause_subject(line, i + 1, authority=False)
                else:
                    starts.setdefault(i + 1, False)  # `Trên cơ sở đó, Sở Tài chính tham mưu`
            elif word == "," and i + 1 in line.hits_from("REQUEST"):
                # `Tổ chức tập huấn cho cán bộ, giao Trạm Y tế xã thực hiện`, `Đồng thời, đề
                # nghị Hội Nông dân xã ...`: a request after a comma opens a clause
                start, asked = clause_subject(line, i + 1)
                starts[start] = starts.get(start, False) or asked
            elif word == "," and line.kind == "tasks" and _subject_after_comma(line, i):
                after_comma.add(i + 1)
                starts.setdefault(i + 1, False)
            elif word == "," and i in lead_ends:
                after_lead.add(i + 1)
                starts.setdefault(i + 1, False)
            elif word in _DASHES and i > line.text_start and i + 1 not in _name_insides(line):
                # `Tổ chức hội thi – Công chức Văn hóa - Xã hội chủ trì`: bodies and their
                # role word after a dash set off the task before them; a dash inside a name
                # sets nothing off (`phối hợp với Trung tâm Văn hóa - Thể thao xã, ...`: no
                # clause opens at `Thể thao`)
                after_dash.add(i + 1)
                starts.setdefault(i + 1, False)
            elif word == "(":
                # `Xây dựng đề án (Sở Nội vụ chủ trì, ...)`, `... (giao Hội Nông dân xã ...)`
                start, asked = clause_subject(line, i + 1, authority=False)
                starts[start] = starts.get(start, False) or asked
    role_starts = _role_starts(line)
    # a numbered assignment or an article (`Điều 9. ...`) of the implementation section, or a
    # decision's article, opening with collectives addressed as a whole (`1. Các cơ quan chuyên
    # môn thuộc UBND tỉnh, UBND các huyện xây dựng ...`): they are its subject, as they head a
    # subsection (corpus/ANNOTATION.md, units); not one naming no kind of body, a sentence to
    # everybody (`2. Các cơ quan, đơn vị căn cứ ...`)
    marker = line.marker()
    numbered = article or (
        implementation
        and (
            (marker is not None and bool(marker.group("num")))
            or article_text_start(line.text) is not None
        )
    )
    # a request over the numbered duties it gives (`_heads_duties`) addresses its collectives as
    # a whole, and no request of it addresses everybody
    duties = _heads_duties(collector, line)
    made = False
    # the end of a request's list read across `;`: its parts open no clause
    listed_until = _wrapped_list_end(collector, line)
    for start, free in starts.items():
        if start < listed_until:
            continue
        if start in partners_after:
            if made:
                task = collector.tasks[-1]
                clause_end = line.clause_bounds(start)[1]
                added = collector.partners(line, start, clause_end)
                task.cooperating = [
                    c for c in dict.fromkeys(task.cooperating + added) if c not in task.lead
                ]
            continue
        if _head_list_task(collector, line, start, free):
            made = True
            continue
        if start in asked_at:
            hits, end = asked_list(line, start, heading=True, addressed=duties)
        else:
            hits, end = unit_list(line, start, addressed=start == opening and numbered)
            if any(names_no_kind(line, h) for h in hits):  # `2. Các cơ quan, đơn vị ...`
                hits, end = unit_list(line, start)
        everybodys = (
            None if duties or start not in plain else _request_list_end(collector, line, start)
        )
        if everybodys is not None:
            if start in asked_at:  # the request's list, everybody's: its `;` opens no clause
                listed_until = everybodys
            start, free = plain[start]
            hits, end = unit_list(line, start)
        if not hits and start not in asked_at and role_starts:
            # `Câu lạc bộ Thơ ca xã, Hội Cựu giáo chức xã phối hợp ...`: a subject list whose
            # opening pieces name no body the parser reads keeps the bodies after them, when
            # a role word follows the list (precision: no skipped piece is a unit; a line
            # holding no role word is not read for such a list)
            past = past_unread_opening(line, start)
            if past > start:
                hits, end = unit_list(line, past)
                if end not in role_starts:
                    hits = []
        if not hits:
            partners = _open_subject_partners(line, start)
            if partners:
                collector.task(line, [], collector.units(partners, line))
            continue
        if (start != opening or requested) and free and joins_generic(line, end) and not duties:
            continue  # `Đề nghị các sở, ban, ngành và địa phương ...`: everybody, no unit
        # `Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh: phối hợp tuyên truyền ...`: bodies and a colon
        # opening the line head the duties after it, its list marker printed or not
        headed = start == opening and _heads_its_duties(collector.context, line, hits, end)
        if headed:
            end += 1
        if hits and not free and end not in role_starts:
            end = _past_insertion(line, end, role_starts)
        if start in after_lead and not (made and _cooperates_only(line, end)):
            continue
        if start in after_dash | after_comma and end not in role_starts:
            continue
        # a task section's item opening with bodies and a verb; or a clause after `;` or `.`
        # of a sentence that assigned work before it (`Sở Y tế chủ trì ...; Báo tỉnh đăng tin
        # ...`), or of a task section's paragraph
        parallel = start in after_semicolon and made
        own_sentence = start in after_stop and line.kind == "tasks" and not _stated(line, end)
        item = (start == opening and _assigning_item(collector.context, line, hits, end)) or (
            (parallel or own_sentence) and _verb_follows(line, hits, end)
        )
        if not hits or not (
            end in role_starts or free or item or headed or _closing_bracket(line, hits, end)
        ):
            continue
        if made and start != opening and not free and _cooperates_only(line, end):
            # `Sở Y tế chủ trì; Sở Tài chính, Sở Nội vụ phối hợp`: they cooperate in its task
            task = collector.tasks[-1]
            added = [collector.unit(h, line) for h in hits]
            task.cooperating = [
                c for c in dict.fromkeys(task.cooperating + added) if c not in task.lead
            ]
            continue
        clause_end = line.clause_bounds(end)[1]
        lead = collector.units(hits, line)
        coop = collector.partners(line, end, clause_end)
        collector.task(line, lead, coop)
        made = True
        if start in asked_at:
            listed_until = end
    return made


def _heads_its_duties(context: Context, line: BodyLine, hits: list[Hit], end: int) -> bool:
    """Whether the bodies opening `line` (`hits`, up to `end`) and a colon there head the
    duties after it, a verb opening them (`Sở Y tế: chủ trì ...`; not a statement, `Sở Y tế:
    đã tổ chức ...`), in a line that gives work: a nested assignment (corpus/ANNOTATION.md,
    units), its bullet lost with a Word list's numbering or never printed."""
    words = line.parse.words
    return (
        end < len(words)
        and words[end] == ":"
        and _verb_follows(line, hits, end + 1)
        and _assigns_work(context, line)
    )


def _assigns_work(context: Context, line: BodyLine) -> bool:
    """Whether `line` stands where plans give work: a line of a task or implementation section,
    or an item of a letter or notice or of the text under the authority's request."""
    return line.kind in {"tasks", "implementation"} or (
        line.marker() is not None and _letter_item(context, line)
    )


def _letter_item(context: Context, line: BodyLine) -> bool:
    """Whether an item (`line`, numbered or a bullet) gives work as a letter's or a notice's
    paragraphs do: in one, or under the authority's request ending with a colon."""
    letter = context.structure.document.kind in _LETTERS
    return letter or _under_request_opening(context, line)


def _directed_start(line: BodyLine, opening: int) -> int | None:
    """Where the bodies a clause's subject directs start: a request word right after the
    subject, or after its role word, then bodies and a verb (`UBND huyện có trách nhiệm chỉ
    đạo Phòng Lao động - Thương binh và Xã hội, UBND các xã lập danh sách`): they are given
    the work too."""
    requests = line.hits_from("REQUEST")
    if not requests:  # most clauses: no request word, nothing directed
        return None
    hits, end = unit_list(line, opening)
    if not hits:
        return None
    roles = line.hits_from("LEAD_WORD").get(end)
    if roles and end not in requests:  # a role word that is a request itself: `UBND huyện chỉ đạo`
        end = max(h.last_token for h in roles)
    if end not in requests:
        return None
    start = clause_subject(line, end, authority=False)[0]
    directed, after = asked_list(line, start, heading=True)
    # the bodies do the work only where a verb follows them (`chỉ đạo Phòng Y tế` alone: none)
    return start if directed and _verb_follows(line, directed, after) else None


def _role_starts(line: BodyLine) -> set[int]:
    """The tokens where a role word stands after the bodies it gives work to: a lead or
    cooperation word, also past an adverb before it (`UBND các xã tiếp tục kiểm tra`), or a
    passive naming the authority that asks (`Sở Tư pháp được UBND tỉnh giao chủ trì`)."""
    roles = line.parse.of("LEAD_WORD") + line.parse.of("COOPERATE_WORD")
    starts = {h.first_token for h in roles}
    adverbs = {h.first_token for h in line.parse.of("ROLE_ADVERB") if h.last_token in starts}
    return starts | adverbs | passive_requests(line)


def _open_subject_partners(line: BodyLine, start: int) -> list[Hit]:
    """`Các sở, ngành liên quan phối hợp với Sở Tư pháp ...`, `Các cơ quan, đơn vị liên quan
    phối hợp với ...`: the partners a clause opening with an open collective (no unit; its
    generic collectives too) names after a cooperation word right after its restriction,
    or after role words only (`... liên quan có trách nhiệm phối hợp với ...`); they cooperate
    in the work the collective is given."""
    tails = line.hits_from("OPEN_TAIL")
    if not tails:  # most lines: no restriction (`liên quan`), no collective read to one
        return []
    first = unit_at(line, start)
    after = past_joined_collectives(line, tail_end(line, first.last_token) if first else start)
    restriction = tails.get(after, [])
    if after == start or not restriction:
        return []
    after = max(h.last_token for h in restriction)
    roles = line.hits_from("LEAD_WORD")
    while after in roles:
        after = max(h.last_token for h in roles[after])
    if after not in line.hits_from("COOPERATE_WORD"):
        return []
    return cooperating_units(line, after, line.clause_bounds(after)[1])


def _head_list_task(collector: _Collector, line: BodyLine, start: int, free: bool) -> bool:
    """`Giao Giám đốc các Sở: Nội vụ, Tài chính căn cứ chức năng ... theo dõi`: the bodies a
    clause lists under one head noun after its colon, each a name of the lexicon, lead its
    task when a request stands before them (`free`) or a role word after them; the names the
    lexicon misses are not read (a sentence runs on after the list)."""
    listed = head_members(line, start)
    if listed is None:
        return False
    members, end = listed
    role_starts = _role_starts(line)
    if not members or not all(m.in_lexicon for m in members):
        return False
    if not (free or end in role_starts):
        return False
    lead = [collector.listed(m, line) for m in members]
    clause_end = line.clause_bounds(end)[1]
    coop = collector.partners(line, end, clause_end)
    collector.task(line, lead, coop)
    return True


_AGENT_CLAUSE_ENDS = frozenset({".", ";", ")"})
_DASHES = frozenset({"-", "–"})


def _agent_tasks(collector: _Collector, line: BodyLine) -> None:
    """`Tổ chức tập huấn ... do Hội Liên hiệp Phụ nữ xã thực hiện.`: the bodies after an agent
    word carry out the task of their clause when nothing but role words follows them to its
    end, the last closing it (`thực hiện`, `chủ trì`), and the partners of a cooperation word
    (`do Đoàn Thanh niên xã phối hợp Hội Nông dân xã thực hiện`); not a source a passive
    clause names (`thông tin do Sở Y tế cung cấp`)."""
    words = line.parse.words
    if not may_name_bodies(line):
        return  # no body after any agent word
    for agent in line.parse.of("AGENT"):
        hits, end = unit_list(line, agent.last_token)
        if not hits:
            continue
        close = next(
            (i for i in range(end, len(words)) if words[i] in _AGENT_CLAUSE_ENDS), len(words)
        )
        partners = cooperating_units(line, end, close)
        if _only_roles_until(line, end, close, partners):
            lead = [collector.unit(h, line) for h in hits]
            collector.task(line, lead, collector.units(partners, line))


def _only_roles_until(line: BodyLine, start: int, close: int, partners: list[Hit]) -> bool:
    """Whether the tokens from `start` to `close` are role words, partners (with their level
    words) and the marks joining them, the last an AGENT_END phrase ending at `close`."""
    covered: set[int] = set()
    labels: tuple[PhraseLabel, ...] = ("AGENT_END", "LEAD_WORD", "COOPERATE_WORD")
    for label in labels:
        for hit in line.hits_in(label, start, close):
            covered.update(range(hit.first_token, hit.last_token))
    for hit in partners:
        covered.update(range(hit.first_token, tail_end(line, hit.last_token)))
    joiners = list_words().joiners
    words = line.parse.words
    if not all(t in covered or words[t].lower() in joiners for t in range(start, close)):
        return False
    return any(h.last_token == close for h in line.hits_in("AGENT_END", start, close))


def _cooperates_only(line: BodyLine, end: int) -> bool:
    """Whether the role word at `end` is a cooperation word with no partner after it (`phối
    hợp.`, `phối hợp thực hiện`, not `phối hợp với Sở Y tế tổ chức ...`): the units before it
    cooperate in the task of the body that leads the sentence."""
    if end not in line.hits_from("COOPERATE_WORD"):
        return False
    return not any(partner_lists(line, end, line.clause_bounds(end)[1]))


_LETTERS = frozenset({"cong_van", "thong_bao"})  # their numbered paragraphs give the work


def _assigning_item(context: Context, line: BodyLine, hits: list[Hit], end: int) -> bool:
    """`- Sở Tư pháp thẩm định các dự thảo văn bản.`: an item (numbered or a bullet) of a task
    section, or of a letter or notice (`2. Công an tỉnh xử lý ...`), opening with bodies the
    lexicon names, then a verb."""
    return (
        line.marker() is not None
        and _verb_follows(line, hits, end)
        and (line.kind == "tasks" or _letter_item(context, line))
    )


def _under_request_opening(context: Context, line: BodyLine) -> bool:
    """`Chủ tịch UBND tỉnh chỉ đạo:` over `1. Sở Y tế ...`, `2. Thanh tra tỉnh ...`: the
    numbered paragraphs under the authority's request, its line ending with a colon, give the
    work as a letter's do."""
    return _request_opening(context, line) is not None


def _request_opening(context: Context, line: BodyLine) -> BodyLine | None:
    """The authority's request ending with a colon over the run of numbered paragraphs `line`
    stands in, parsed: the text line right above the run (it may stand above the body, which
    starts at the first of them); else None."""
    run = list(takewhile(lambda above: above.marker() is not None, reversed(context.before(line))))
    first = run[-1].number if run else line.number
    text = next((a for a in reversed(context.doc.lines[: first - 1]) if a.text.strip()), None)
    if text is None or not text.text.rstrip().endswith(":"):
        return None
    opening = BodyLine(text.number, text.text, next(parse_lines([text.text])), None, None)
    # the request opens the line or its last sentence (`Tuy nhiên, ... chưa kịp thời. UBND xã
    # yêu cầu ...:`)
    stops = [i + 1 for i, word in enumerate(opening.parse.words) if word == "."]
    starts = [opening.text_start, *stops[-1:], *(c + 1 for c in _introduced_requests(opening))]
    return opening if any(authority_asks(opening, start) for start in starts) else None


def _introduced_requests(line: BodyLine) -> set[int]:
    """The commas of an introduction opening `line` (`Thực hiện Công văn số 123/UBND-VX ... của
    UBND huyện về ..., UBND xã đề nghị các thôn ...`) after which the authority's request opens
    the sentence's main clause, whatever bodies the introduction names."""
    if line.text_start not in line.hits_from("INTRODUCTION"):
        return set()
    words = line.parse.words
    return {i for i, word in enumerate(words) if word == "," and authority_asks(line, i + 1)}


def _heads_duties(collector: _Collector, line: BodyLine) -> bool:
    """Whether `line` ends with a colon over numbered duties that open with no body of their
    own (`Thủ tướng Chính phủ yêu cầu Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương:`
    over `1. Chỉ đạo các cấp ...`): the duties of the bodies its request names, a collective
    too, not a request to everybody."""
    if not line.text.rstrip().endswith(":"):
        return False
    below = next((b for b in collector.context.lines if b.number > line.number), None)
    marker = below.marker() if below is not None else None
    if below is None or marker is None or not marker.group("num"):
        return False
    return not unit_list(below, below.text_start)[0]


def _opening_request_tasks(collector: _Collector, context: Context) -> None:
    """`Ủy ban nhân dân xã yêu cầu các ông xóm trưởng thực hiện nghiêm một số nội dung sau:`:
    the request opening a letter's or a notice's numbered paragraphs, standing above its body,
    gives their work to the bodies it asks."""
    if not context.lines:
        return
    opening = _request_opening(context, context.lines[0])
    if opening is not None and opening.number < context.lines[0].number:
        _subject_task(collector, opening)


def _verb_follows(line: BodyLine, hits: list[Hit], end: int) -> bool:
    """Whether bodies the lexicon names (`hits`), or that the naming pattern closes with their
    level word (`Công an huyện`, `Trung tâm Y tế huyện`), are followed by a verb (a word in
    lower case) that no STATE_WORD makes a statement about them (`Sở Y tế đã ...`, `... là cơ
    quan có ...`), nor an INSERTION opening a phrase of manner (`Thành lập Ban Chỉ đạo cấp quân
    khu; Ban Chỉ đạo cấp tỉnh theo quy định`: objects of the verb before them), unless a role
    word starts there too (`theo dõi`): they do the work."""
    words = line.parse.words
    return (
        bool(hits)
        and all(h.label == "UNIT" or _ends_at_level(line, h) for h in hits)
        and end < len(words)
        and words[end].isalpha()
        and words[end][:1].islower()
        and end not in line.hits_from("STATE_WORD")
        and (end not in line.hits_from("INSERTION") or end in line.hits_from("LEAD_WORD"))
    )


def _subject_after_comma(line: BodyLine, comma: int) -> bool:
    """`Tiếp tục duy trì câu lạc bộ tại các thôn, Hội Phụ nữ xã chịu trách nhiệm hướng dẫn`:
    in a task section's paragraph, bodies may open a clause after a comma that ends no list of
    bodies opening the clause (`Sở Y tế, Sở Tài chính chủ trì` is one list) nor those a
    request asks (`UBND tỉnh yêu cầu các sở, ban, ngành, UBND các huyện căn cứ ...`); their
    role word must follow them."""
    following = line.parse.words[comma + 1] if comma + 1 < len(line.parse.words) else ""
    # a name in lower case goes on a list (`tại các thôn, ấp, ...`), a capital opens one (read
    # first: most commas are followed by neither, and their clause's list is not read)
    if not following[:1].isupper() or unit_at(line, comma + 1) is None:
        return False
    # the clause opens past the line's own mark, whichever glyph it is (`-`, `+`, `•`)
    start = max(line.clause_bounds(comma)[0], line.text_start)
    opening = clause_subject(line, start)[0]
    _, listed_until = unit_list(line, opening)
    # a list of those asked goes on, and so does one of partners (`phối hợp với Hội Liên hiệp
    # Phụ nữ tỉnh, Tỉnh Đoàn tổ chức ...`)
    return (
        listed_until <= opening
        and not line.hits_in("REQUEST", start, comma)
        and not any(h.first_token > comma for h in cooperating_units(line, start, comma))
    )


_STATED_WITHIN = 3  # tokens after a sentence's subject where a STATE_WORD makes it a statement


def _stated(line: BodyLine, end: int) -> bool:
    """`Các nhà mạng viễn thông lớn đã triển khai ...`: a STATE_WORD right after the bodies
    opening a sentence (an adjective between) makes it a statement about them, not a task."""
    states = line.hits_from("STATE_WORD")
    return any(token in states for token in range(end, end + _STATED_WITHIN))


def _ends_at_level(line: BodyLine, hit: Hit) -> bool:
    """Whether a name the naming pattern read (`Trung tâm Y tế huyện`) ends with its level word,
    where a name surely ends."""
    last = line.parse.words[hit.last_token - 1]
    return hit.label == "NAMED_ORG" and last in list_words().level_syllables


def _closing_bracket(line: BodyLine, hits: list[Hit], end: int) -> bool:
    """`- Tổ chức khám sàng lọc cho trẻ em (Sở Y tế).`: bodies of the lexicon alone in a
    parenthesis that ends the task's sentence name who carries it out; not one glossing the
    body before it (`báo cáo UBND tỉnh (Sở Nội vụ)`: where the report goes)."""
    words = line.parse.words
    first = hits[0].first_token if hits else 0
    after = end + 1
    # a name before the parenthesis (capitalized, an abbreviation: `UBND tỉnh`, `Bộ Y tế`)
    glossed = first > 1 and any(
        w[:1].isupper() for w in words[max(first - 3, 0) : first - 1] if w.isalpha()
    )
    return (
        bool(hits)
        and all(h.label == "UNIT" for h in hits)
        and first > 0
        and words[first - 1] == "("
        and not glossed
        and end < len(words)
        and words[end] == ")"
        and (after == len(words) or words[after] in {".", ";"})
    )


def _collectives() -> frozenset[str]:
    return lexicon.UNIT_LEXICON.load().collectives


def _requests_everybody(collector: _Collector, line: BodyLine, token: int) -> int | None:
    """The token after the list of those the authority's request opening a clause at `token`
    asks (`UBND tỉnh yêu cầu các sở, ban, ngành; UBND các huyện ...`), when it addresses
    everybody (`_everybodys_list_end`) and heads no numbered duties of theirs
    (`_heads_duties`); else None."""
    if not authority_asks(line, token) or _heads_duties(collector, line):
        return None
    return _request_list_end(collector, line, clause_subject(line, token)[0])


def _request_list_end(collector: _Collector, line: BodyLine, start: int) -> int | None:
    """`_everybodys_list_end`, the list read on past a hard wrap after its `;`: `UBND huyện
    yêu cầu UBND các xã, thị trấn;` / `các cơ quan, đơn vị theo chức năng ... triển khai.`
    names only committees on `line`, the collective that makes it everybody's on the line
    below (corpus/ANNOTATION.md, units: the list "it separates by `;` too")."""
    end = _everybodys_list_end(line, start)
    if end is not None:
        return end
    end = _everybodys_list_end(line, start, listed=True)
    if end is None or not _cut_after_semicolon(line, end):
        return None
    below = _line_going_on(collector, line)
    if below is None or _everybodys_list_end(below, below.text_start) is None:
        return None
    return end


def _cut_after_semicolon(line: BodyLine, end: int) -> bool:
    """Whether the list ending at `end` runs to a `;` closing `line`."""
    words = line.parse.words
    return end == len(words) - 1 and words[end] == ";"


def _line_going_on(collector: _Collector, line: BodyLine) -> BodyLine | None:
    """The line after `line` when it goes on with `line`'s text, a hard wrap between them: no
    marker of its own (a new item), and `line` no part of a longer line (its offset)."""
    lines = collector.context.lines
    index = collector.context.position.get(line.number, len(lines))
    if index + 1 >= len(lines) or lines[index] is not line or line.offset:
        return None
    below = lines[index + 1]
    return None if below.offset or below.marker() is not None else below


def _wrapped_list_end(collector: _Collector, line: BodyLine) -> int:
    """`UBND huyện yêu cầu các cơ quan, đơn vị;` / `UBND các xã ... triển khai thực hiện.`: the
    token after the part of the list of those a request to everybody asks that goes on at the
    opening of `line`, a hard wrap having cut it after its `;` on the line above (the request
    opening that line, its list running to its end); -1 where `line` opens a clause of its own
    (a new item, its marker printed)."""
    lines = collector.context.lines
    index = collector.context.position.get(line.number, 0)
    if index == 0 or _line_going_on(collector, lines[index - 1]) is not line:
        return -1
    above = lines[index - 1]
    listed = _requests_everybody(collector, above, above.text_start)
    if listed is None or not _cut_after_semicolon(above, listed):
        return -1
    end = _everybodys_list_end(line, line.text_start, listed=True)
    return -1 if end is None else end


def _everybodys_list_end(line: BodyLine, start: int, listed: bool = False) -> int | None:
    """The token after the list of those a request asks, opening at `start`, when the request
    addresses everybody (corpus/ANNOTATION.md, units): its pieces, set apart by `,`, `và` or
    `;` (`UBND huyện yêu cầu các cơ quan, đơn vị; UBND các xã ... triển khai`), name
    collectives (`các sở, ban, ngành`), the committees of a level's places (`UBND các huyện`)
    and generic collectives naming no kind of body (`các cơ quan, đơn vị`), a collective or a
    generic one among them, and no body of its own (`Ủy ban MTTQ tỉnh`); else None. With
    `listed`, the list goes on from a line above that named a collective (`_wrapped_list_end`)."""
    words = line.parse.words
    # what `past_joined_collectives` reads past beside joiners: generic collectives, collectives
    joinable = line.hits_from("GENERIC_COLLECTIVE").keys() | line.hits_from("UNIT").keys()
    collectives = _collectives()
    token = listed_until = start
    everybody = listed
    while token < len(words):
        hits, end = unit_list(line, token)
        if any(_own_body(line, hit) for hit in hits):
            return None
        after = past_joined_collectives(line, end, generic_head=True)
        joined = [t for t in range(end, after) if t in joinable]
        if not hits and not joined:
            break  # the list ended before this piece: a clause goes on
        everybody = everybody or bool(joined) or any(h.id in collectives for h in hits)
        listed_until = after if joined else end
        if after < len(words) and words[after] == ";":
            after = clause_subject(line, after + 1, authority=False)[0]
        token = max(after, end)
    return listed_until if everybody else None


def _own_body(line: BodyLine, hit: Hit) -> bool:
    """Whether a body a request asks is one of its own (`Ủy ban MTTQ tỉnh`): not a collective,
    nor the committees of a level's places named without their places (`UBND các huyện`)."""
    units = lexicon.UNIT_LEXICON.load()
    return (
        hit.id not in units.collectives
        and (hit.id not in units.place_committees or _names_places(line, hit))
        and line.parse.words[hit.first_token].lower() not in list_words().article_words
    )


def _after_introduction(line: BodyLine, comma: int) -> bool:
    """Whether the `,` at `comma` ends an introductory phrase (`Trên cơ sở đó,`) before a
    capitalized name or a collective of the lexicon (`Căn cứ Kế hoạch này, các sở, ban, ngành
    xây dựng ...`), rather than an item of a list: its clause names no body and no cooperation
    before it."""
    words = line.parse.words
    if comma + 1 >= len(words):
        return False
    opening = unit_at(line, comma + 1)
    collective = opening is not None and opening.id in _collectives()
    if not (words[comma + 1][:1].isupper() or collective):
        return False  # a body's name is capitalized (`..., trường học thực hiện` names none)
    start = line.clause_bounds(comma)[0]
    hits = line.parse.of("UNIT") + addressed_list(line) + line.parse.of("COOPERATE_WORD")
    if line.hits_in("REQUEST", start, comma):
        return False  # the list of those a request asks goes on (`yêu cầu các phòng, ban, UBND`)
    return not any(start <= h.first_token < comma for h in hits) and not any(
        named_at(line, token) for token in range(start, comma)
    )


_INSERTION_MAX = 30  # tokens of a phrase set between a subject and its verb


def _past_insertion(line: BodyLine, end: int, role_starts: set[int]) -> int:
    """`Sở Tài chính, trên cơ sở đề xuất của các cơ quan, đơn vị, chủ trì ...`: a phrase set
    between commas after the subject, or without them (`Công an tỉnh theo chức năng, nhiệm vụ
    bảo đảm ...`), opening with an INSERTION word and naming no body, or a parenthesis (`Sở
    Nội vụ (cơ quan thường trực) chủ trì`); the token of the role word after it, else `end`
    unchanged."""
    words = line.parse.words
    if end < len(words) and words[end] == "(":  # `Sở Nội vụ (cơ quan thường trực) chủ trì`
        close = next((i for i in range(end, len(words)) if words[i] == ")"), None)
        if close is not None and close + 1 in role_starts:
            return close + 1
    clause_end = min(line.clause_bounds(end)[1], end + _INSERTION_MAX)
    if _role_apposition(line, end):
        # `Sở Kế hoạch và Đầu tư - cơ quan thường trực Ban Vì sự tiến bộ phụ nữ tỉnh, tham mưu
        # ...`: the body's role after a dash, in lower case (corpus/ANNOTATION.md, units: the
        # name ends before it), runs to the first role word of the clause
        return next((t for t in range(end + 2, clause_end) if t in role_starts), end)
    commas = end < len(words) and words[end] == ","
    opening = end + 1 if commas else end
    if opening >= len(words) or opening not in line.hits_from("INSERTION"):
        return end
    for token in range(opening + 1, clause_end - 1):
        if unit_at(line, token) is not None or named_at(line, token) is not None:
            return end  # another body: a list, not an insertion
        if commas and words[token] == "," and token + 1 in role_starts:
            return token + 1
        if not commas and token in role_starts:
            return token
    return end


def _role_apposition(line: BodyLine, end: int) -> bool:
    """Whether a dash at `end`, right after the bodies opening a clause, sets off their role in
    lower case (`Sở Y tế - cơ quan thường trực Ban Chỉ đạo ...`), not another body (`Sở Y tế -
    Sở Tài chính`) nor the rest of a name (`Phòng Văn hóa - Xã hội`)."""
    words = line.parse.words
    return (
        end + 1 < len(words)
        and words[end] in _DASHES
        and words[end + 1].isalpha()
        and words[end + 1][:1].islower()
    )


_NO_ASSIGNMENT: frozenset[str] = frozenset({"objectives", "purpose", "results"})


def _assignment_lines(context: Context) -> list[BodyLine]:
    """The body's lines, those under a heading that names the implementation below the top
    level (`4. Tổ chức thực hiện` in a task section) or after another kind in a top-level
    heading (`III. GIẢI PHÁP VÀ TỔ CHỨC THỰC HIỆN`) read as the implementation section's (the
    heading itself names no unit)."""
    promoted: dict[str, bool] = {}
    lines: list[BodyLine] = []
    for line in context.lines:
        sections = context.structure.sections_at(line.number)
        if line.kind in _NO_ASSIGNMENT or line.kind == "implementation" or not sections:
            lines.append(line)
            continue
        for section in sections:
            if section.id not in promoted:
                promoted[section.id] = _names_implementation(section.title)
        heads_one = any(promoted[s.id] and s.lines[0] == line.number for s in sections)
        if not heads_one and any(promoted[s.id] for s in sections):
            line = replace(line, kind="implementation")
        lines.append(line)
    return lines


def _names_implementation(title: str) -> bool:
    """Whether a heading's title, or a part of it after a comma or a conjunction, opens with
    words naming the implementation (`Tổ chức thực hiện`, `GIẢI PHÁP VÀ TỔ CHỨC THỰC HIỆN`)."""
    conjunctions = list_words().conjunction_words
    parts: list[list[str]] = [[]]
    for word in title.replace(",", " , ").split():
        if word == "," or word.lower() in conjunctions:
            parts.append([])
        else:
            parts[-1].append(word)
    return any(kind_named(" ".join(part)) == "implementation" for part in parts if part)


def find_units_and_tasks(context: Context) -> UnitsAndTasks:
    collector = _Collector(context)
    owners: list[str] = []
    nested: list[str] = []
    label_task: _Task | None = None
    owners_until: int | None = None  # last line of the owner heading's section, when known
    bare_lead: bool | None = None  # the role of a label alone on its line over bullets
    block_task: _Task | None = None  # the task its bullets and the labels after it fill
    lines = [part for line in _assignment_lines(context) for part in _parts(context, line)]
    for index, line in enumerate(lines):
        answerable = _answerable(collector, line, _above(lines, index), wrapped=False)
        if answerable:  # a decision's executing clause the structure left in the body
            collector.task(line, answerable, [])
            continue
        if line.kind in _NO_ASSIGNMENT:
            owners, nested = [], []
            continue
        if line.number in context.task_rows:
            continue  # a task table's row: its role columns are read as a table's
        marker = line.marker()
        if owners_until is not None and line.number > owners_until:
            owners, owners_until = [], None
        if marker and marker.group("num"):
            if owners_until is None:
                owners = []
            nested, label_task = [], None
        elif marker and marker.group("bullet") == "-":
            nested = []
        listed = _bullet_bodies(collector, line) if bare_lead is not None else None
        if bare_lead is not None and listed is not None:
            block_task = _label_block(collector, line, bare_lead, block_task, listed)
            continue
        heading = _heading_units(collector, line)
        labelled = _label_lists(collector, line)
        if labelled.bare_lead is not None:
            if labelled.bare_lead:
                block_task = None
            elif bare_lead is None:
                block_task = label_task
            bare_lead = labelled.bare_lead
            continue
        if not (marker and marker.group("bullet")):
            bare_lead, block_task = None, None  # a bullet naming no body alone keeps the block
        if heading is not None:
            names, text_start = heading
            if marker and marker.group("bullet"):
                nested = names
            else:
                owners, nested = names, []
                owners_until = _section_end(line)
            own_text = text_start < len(line.parse.doc)
            if own_text or line.number == context.lines[-1].number:
                coop = collector.partners(line, text_start, len(line.parse.doc))
                collector.task(line, names, coop)
                _duty_clauses(collector, line, text_start)
            elif not _has_body(context, line):
                collector.task(line, names, [])
            else:  # a unit heading its subsection leads, whatever the sentences under it say
                collector.heading_leads.update(names)
        elif labelled.tasks:
            _label_tasks(collector, line, labelled)
            label_task = collector.tasks[-1]
        elif labelled.cooperating:
            coop = labelled.cooperating
            if label_task is not None:
                label_task.cooperating = [
                    c
                    for c in dict.fromkeys(label_task.cooperating + coop)
                    if c not in label_task.lead
                ]
            else:
                collector.task(line, _PLACEHOLDER_LEAD, coop)
        elif nested or owners:
            if not _subject_task(collector, line, opening_only=True):
                whole = len(line.parse.doc)
                coop = collector.partners(line, 0, whole)
                collector.task(line, nested or owners, coop)
                if line.text_start in _role_starts(line):
                    _later_subjects(collector, line)
        else:
            made = len(collector.tasks)
            _subject_task(collector, line)
            _agent_tasks(collector, line)
            if marker and marker.group("num") and _introduces_duties(line, collector.tasks[made:]):
                owners, nested = collector.tasks[made].lead, []
                owners_until = _section_end(line)
    _table_tasks(collector, context)
    _article_tasks(collector, context)
    _closing_tasks(collector, context)
    _addressee_tasks(collector, context)
    _opening_request_tasks(collector, context)
    return _finish(collector, context)


def _section_end(line: BodyLine) -> int | None:
    """The last line of the section `line` heads, else None (an item that heads no section)."""
    section = line.section
    heads_section = section is not None and section.lines[0] == line.number
    return section.lines[1] if section and heads_section else None


def _introduces_duties(line: BodyLine, tasks: list[_Task]) -> bool:
    """`1. Phòng Văn hóa và Thông tin chủ trì, phối hợp với ... thực hiện:`: a numbered item
    whose opening sentence gives bodies their task and ends with a colon introduces their
    duties, listed in the bullets under it (one subsection per unit, its duties below): the
    bullets read as those under a unit heading (`1. Phòng Văn hóa và Thông tin:`) do."""
    words = line.unmarked_words
    return bool(tasks) and bool(tasks[0].lead) and bool(words) and words[-1] == ":"


def _article_tasks(collector: _Collector, context: Context) -> None:
    """A decision's articles: `Giao Sở X chủ trì, phối hợp với ...` gives a task like a
    sentence of the plan, and the list of those answerable for carrying the decision out
    (`Chánh Văn phòng UBND tỉnh, Giám đốc các Sở, ... chịu trách nhiệm thi hành`) gives each
    body whose head is named a lead task."""
    if context.structure.articles is None:
        return
    first, last = context.structure.articles
    lines = [line for line in context.doc.lines if first <= line.number <= last]
    bodies = [
        BodyLine(line.number, line.text, parse, None, None)
        for line, parse in zip(lines, parse_lines(line.text for line in lines), strict=True)
    ]
    for index, body in enumerate(bodies):
        answerable = _answerable(collector, body, _above(bodies, index), wrapped=True)
        if answerable:
            collector.task(body, answerable, [])
        else:
            _subject_task(collector, body, opening_only=True, article=True)


def _closing_tasks(collector: _Collector, context: Context) -> None:
    """`Trên đây là Kế hoạch ...; giao Sở Nội vụ theo dõi, đôn đốc ...`: a request word opening
    a clause of the closing's sentences gives the bodies after it (named by the lexicon, not a
    collective: `Yêu cầu các sở, ban, ngành ... nghiêm túc thực hiện` is everybody) a task."""
    lines = closing_lines(context)
    collectives = _collectives()
    for line, parse in zip(lines, parse_lines(line.text for line in lines), strict=True):
        body = BodyLine(line.number, line.text, parse, None, None)
        words = body.parse.words
        opens = [0] + [i + 1 for i, word in enumerate(words) if word in {".", ";"}]
        for token in opens:
            start, requested = clause_subject(body, token)
            if not requested:
                continue
            hits, _ = unit_list(body, start, named=False)
            if hits and all(h.label == "UNIT" and h.id not in collectives for h in hits):
                collector.task(body, [collector.unit(h, body) for h in hits], [])
                if body not in collector.closing_lines:
                    collector.closing_lines.append(body)


_ADDRESSEES_WITHIN = 40  # lines from the top: the addressees stand under the title


def _addressee_tasks(collector: _Collector, context: Context) -> None:
    """A thông báo or công văn that names its addressees at the start (`Kính gửi: A; B` or one
    `- A;` line each) and later gives them work by that name (`đề nghị các đơn vị nêu trên
    ...`): each addressee leads."""
    if not _addressees_referred(context):
        return
    top = context.doc.lines[:_ADDRESSEES_WITHIN]
    parsed = [
        BodyLine(line.number, line.text, parse, None, None)
        for line, parse in zip(top, parse_lines(line.text for line in top), strict=True)
    ]
    opening = next(
        (
            i
            for i, line in enumerate(parsed)
            if line.text_start in line.hits_from("ADDRESSEE_LABEL")
        ),
        None,
    )
    if opening is None:
        return
    listed = [parsed[opening]]
    listed += takewhile(
        lambda line: line.text.lstrip().startswith(tuple(BULLETS)), parsed[opening + 1 :]
    )
    names: list[str] = []
    for line in listed:
        start = line.text_start
        labels = line.hits_from("ADDRESSEE_LABEL").get(start, [])
        if labels:
            start = after_colon(line, max(h.last_token for h in labels))
        names += _listed_units(collector, line, start, len(line.parse.words))
    if names:
        collector.task(listed[0], names, [])


def _addressees_referred(context: Context) -> bool:
    """Whether the body refers back to the addressees named at the start (`các đơn vị nêu
    trên`), in its lines or in the request above its numbered paragraphs that gives them their
    work (`Để ..., UBND xã đề nghị các đơn vị nêu trên thực hiện một số nội dung sau:` over
    `1. Tuyên truyền ...`: corpus/ANNOTATION.md, a thông báo's addressees)."""
    opening = _request_opening(context, context.lines[0]) if context.lines else None
    lines = [*context.lines, *([] if opening is None else [opening])]
    return any(line.parse.of("ADDRESSEE_REFERENCE") for line in lines)


_CLAUSE_LINES_MAX = 8  # lines above its end an executing clause's list may start on


def _answerable(
    collector: _Collector, line: BodyLine, above: Sequence[BodyLine], wrapped: bool
) -> list[str]:
    """The bodies listed before `chịu trách nhiệm thi hành`, each named by itself or by its
    head (`Giám đốc Sở Tài chính`, `Thủ trưởng các cơ quan, đơn vị`); open collectives (`các
    đơn vị có liên quan`) left out. The list may start on the lines `above` (`_clause_above`)."""
    ends = line.parse.of("ANSWERABLE")
    if not ends:
        return []
    clause = [line]
    if article_text_start(line.text) is None:
        clause = [*_clause_above(above, wrapped), line]
    names: list[str] = []
    for index, member_line in enumerate(clause):
        end = ends[0].first_token if member_line is line else len(member_line.parse.words)
        cut = wrapped and member_line is not line
        rest = _cut_name_rest(member_line, clause[index + 1]) if cut else None
        names += _answerable_list(collector, member_line, end, rest)
    return names


def _above(lines: Sequence[BodyLine], index: int) -> Sequence[BodyLine]:
    """The lines above line `index` that an executing clause's list may start on: a window,
    not a copy of every line above (a slice per line made long bodies quadratic)."""
    return lines[max(0, index - _CLAUSE_LINES_MAX) : index]


def _clause_above(above: Sequence[BodyLine], wrapped: bool) -> list[BodyLine]:
    """The lines above an executing clause's last line that its list started on: each ends a
    member of the list (`Chánh Văn phòng UBND tỉnh;`, `Giám đốc Sở Tài chính,`) or, with
    `wrapped` (a decision's articles, whose lines a conversion may cut anywhere), a word cut by
    the wrap (`... Ủy ban nhân dân xã Thành`); the article's label line (`Điều 3. Chánh ...;`)
    is the first."""
    taken: list[BodyLine] = []
    for line in reversed(above[-_CLAUSE_LINES_MAX:]):
        text = line.text.rstrip(" *")
        member_ends = text.endswith((";", ",")) or (wrapped and text[-1:].isalnum())
        if not member_ends or line.parse.of("ANSWERABLE"):
            break
        taken.append(line)
        if article_text_start(line.text) is not None:
            break
    return taken[::-1]


def _cut_name_rest(line: BodyLine, following: BodyLine) -> list[str] | None:
    """The rest of a name that a conversion cut after its own conjunction at the end of `line`
    (`Giám đốc Sở Nông nghiệp và` / `Phát triển nông thôn; ...`): the words opening the
    `following` line of the clause up to its first `,` or `;`, when no body and no head of one
    opens them (corpus/ANNOTATION.md, units: a name cut by the conversion is one list's
    member); None where `line` ends with no conjunction or another member follows."""
    words = line.parse.words
    if not words or fold(words[-1]) not in list_words().conjunction_words:
        return None
    start = following.text_start
    stop = _name_rest_end(following, start, len(following.parse.words))
    return None if stop is None else list(following.parse.words[start:stop])


def _conjoined_rest_end(line: BodyLine, at: int, end: int) -> int | None:
    """Where a name missing from the lexicon goes on past the conjunction at token `at` that
    the list's segments cut it at (`Giám đốc Trung tâm Nghiên cứu và Ứng dụng tiến bộ khoa
    học;`, the wrapped name `_cut_name_rest` reads, on one line): after a conjunction, words
    opening with a capital and with no body, head or holder (`_name_rest_end`); None where
    another member follows (`... Sở Tài chính và Chủ tịch UBND huyện ...`) or the words go on
    in lower case (`... và các đơn vị liên quan`)."""
    words = line.parse.words
    start = at + 1
    if start >= end or fold(words[at]) not in list_words().conjunction_words:
        return None
    if not capitalized(words[start]) or start in org_heads(line):
        return None
    return _name_rest_end(line, start, end)


def _name_rest_end(line: BodyLine, start: int, end: int) -> int | None:
    """The end of the words from token `start` to the first `,` or `;` (before `end`) when no
    body and no head of one opens them: the rest of a name cut at its own conjunction."""
    words = line.parse.words
    stop = next((i for i in range(start, end) if words[i] in {",", ";"}), end)
    labels: tuple[PhraseLabel, ...] = ("UNIT", "ADDRESSED", "OFFICE_HOLDER", "NAMED_ORG")
    if stop == start or any(line.hits_from(label).get(start) for label in labels):
        return None
    return stop


def _answerable_list(
    collector: _Collector, line: BodyLine, end: int, rest: list[str] | None = None
) -> list[str]:
    """The bodies a line of an executing clause lists before token `end`; a name missing from
    the lexicon that runs to the line's end and its conjunction, the `rest` of it on the next
    line (`_cut_name_rest`), is the lexicon's name of the two parts joined, else none."""
    units = outermost(line.parse.of("UNIT") + addressed_list(line))
    holders = line.hits_from("OFFICE_HOLDER")
    # a capitalized head of the genre after a head of a body (`Hiệu trưởng Trường ...`)
    named_orgs = {h.first_token for h in line.parse.of("NAMED_ORG")} | {
        token
        for token, hits in org_heads(line).items()
        if line.text[hits[0].start : hits[0].start + 1].isupper()
    }
    articles = list_words().article_words
    words = line.parse.words
    names: list[str] = []
    listed_until = 0  # the end of a list under one head (`Giám đốc các Sở: A, B`)
    for first, last in segments(line, _answerable_start(line, end), inside=units):
        last = min(last, end)
        if first >= last or first < listed_until:
            continue
        # the holders of a body, plural (`Các thành viên Ban Chỉ đạo ...`), stand for it too
        holder = first + 1 if words[first].lower() in articles and first + 1 in holders else first
        held = holder_end(
            line, holder, max((h.last_token for h in holders.get(holder, [])), default=holder)
        )
        listed = head_members(line, held)
        if listed is not None:
            names += [collector.listed(m, line) for m in listed[0]]
            listed_until = listed[1]
            continue
        body = held + 1 if held < last and words[held].lower() in articles else held
        board = board_name(line, body)
        if board is not None and board.last_token <= end:
            # `Trưởng Ban Chỉ đạo phòng, chống dịch bệnh xã Tân Hòa, ...`: to its level and place
            names.append(collector.unknown(line, line.span(body, board.last_token)))
            listed_until = board.last_token
            continue
        hits = [h for h in units if first <= h.first_token <= body and h.first_token < last]
        shared = shared_level_unit(line, body, last) if body in named_orgs else None
        if hits:
            hit = hits[0]
            if not unspecified(line, hit, tail_end(line, hit.last_token)):
                names += collector.units([hit], line)
        elif shared is not None:  # `Trung tâm Y tế, Phòng ... các huyện`: its level's places
            names.append(collector.listed(Member(shared, True, line.span(body, last)), line))
        elif (
            (held > first or _listed_committee(line, body, names))
            and body in named_orgs
            and not line.hits_in("OPEN_TAIL", body, last)
        ):
            stop = name_end(line, body, last)
            rest_end = _conjoined_rest_end(line, stop, end) if stop == last else None
            if rest_end is not None:  # the lexicon's name of the two parts, else none
                joined = collector.lexicon.canonical(" ".join(words[body:rest_end]))
                names += [] if joined is None else [collector.lexicon_unit(joined, line)]
                listed_until = rest_end
                continue
            if rest is not None and stop >= len(words) - 1:
                joined = collector.lexicon.canonical(" ".join([*words[body:], *rest]))
                names += [] if joined is None else [collector.lexicon_unit(joined, line)]
                continue
            heads = line.hits_from("NAMED_ORG").get(body, []) + org_heads(line).get(body, [])
            if stop > max(h.last_token for h in heads):  # a head and a name, not a bare `Ban`
                names.append(
                    collector.unknown(line, trimmed(line.text, line.span(body, stop), " .:*,"))
                )
    return names


def _listed_committee(line: BodyLine, body: int, names: list[str]) -> bool:
    """`Chủ tịch UBND huyện Long Điền, UBND huyện Đất Đỏ, ...`: a place's committee named
    after an earlier member of the line's list is read as the first, under its head's title."""
    return bool(names) and committee_end(line, body) is not None


def _answerable_start(line: BodyLine, end: int) -> int:
    """Where the list of those answerable starts: after the polite address opening it
    (`Các ông (bà) Chánh Văn phòng ...`), or after an address naming no body and no head
    before a colon (`Các ông (bà): Chánh Văn phòng ...`), else at the line's text."""
    start = line.text_start
    address = line.hits_from("ADDRESS_FORM").get(start)
    if address:
        start = max(h.last_token for h in address) + 1
    words = line.parse.words
    colon = next((i for i in range(start, end) if words[i] == ":"), None)
    if colon is None:
        return start
    labels: tuple[PhraseLabel, ...] = ("UNIT", "ADDRESSED", "OFFICE_HOLDER", "NAMED_ORG")
    if any(line.hits_in(label, start, colon) for label in labels):
        return start
    return colon + 1


@dataclass
class _TableTask:
    """A task table's row: its task cell (the row's first cell read when it has none), and the
    units its lead and cooperating cells list."""

    cell: TableCell | None = None
    lead: list[str] = field(default_factory=list)
    cooperating: list[str] = field(default_factory=list)
    lead_printed: bool = False  # the row prints a lead cell (naming a unit found or not)
    unplaced: bool = False  # the row's reader could not place some of its cells: none merged


def _table_tasks(collector: _Collector, context: Context) -> None:
    """The lead and cooperating columns of the task tables (in the body or an appendix): the
    units each cell lists, as a label list gives them, one task per row, its text the task
    cell's. A row without a lead cell under a row with one is led by it (a merged cell), unless
    its reader could not place its cells (a flattened table's row: a merged cell is lost there,
    and its empty role cells hide paragraphs no cue placed)."""
    rows: dict[int, _TableTask] = {}
    for cell in table_cells(context, ("task", "lead", "cooperating")):
        row = rows.setdefault(cell.row, _TableTask())
        row.unplaced = cell.unplaced
        if cell.kind == "task" or row.cell is None:
            row.cell = cell
        if cell.kind == "task":
            continue
        row.lead_printed = row.lead_printed or cell.kind == "lead"
        line = cell.line
        collector.table_lines.setdefault(line.number, line)
        offsets = line.parse.offsets  # in order: the cell's tokens by bisection (a long row)
        start, end = bisect_left(offsets, cell.start), bisect_left(offsets, cell.end)
        if start >= end:
            continue
        if cell.kind == "cooperating":
            for first, last in _cell_parts(line, start, end):
                row.cooperating.extend(_cell_units(collector, line, first, last))
            continue
        lead, cooperating = _lead_cell(collector, line, start, end)
        row.lead.extend(lead)
        row.cooperating.extend(cooperating)
    for index, row in rows.items():
        above = rows.get(index - 1)
        merged = not row.lead_printed and not row.unplaced
        if row.cell is not None and merged and _merged_from(above, row.cell):
            assert above is not None
            row.lead = above.lead  # a lead cell merged over this row from the row above
        if row.cell is not None and (row.lead or row.cooperating):
            collector.task(row.cell.line, row.lead, row.cooperating, (row.cell.start, row.cell.end))


def _cell_units(collector: _Collector, line: BodyLine, first: int, last: int) -> list[str]:
    """The units a part of a role cell names: the bodies listed under one head noun (`Các
    Sở: Tài chính, Xây dựng`, one each), else those a list names, else a group it describes.
    An office holder or a body's members opening the part stand for the body after them."""
    first = past_standing_holder(line, first, last)
    listed = head_members_going_on(line, first, list_words().joiners, last)
    if listed is not None:
        members = [collector.listed(m, line) for m in listed[0]]
        if listed[2]:  # the part's list goes on past the shared head's: the part's bodies too
            members += _listed_units(collector, line, listed[1] + 1, last)
        if members:
            return members
    return _listed_units(collector, line, first, last) or _column_body(collector, line, first, last)


def _lead_cell(
    collector: _Collector, line: BodyLine, start: int, end: int
) -> tuple[list[str], list[str]]:
    """The lead and cooperating units of a lead cell, part by part (`_lead_cell_part`); when a
    part marks its lead (`Sở A (chủ trì); Sở B`), the parts that word no role cooperate."""
    lead: list[str] = []
    cooperating: list[str] = []
    plain: list[str] = []
    marked = False
    for first, last in _cell_parts(line, start, end):
        part_lead, part_cooperating, role = _lead_cell_part(collector, line, first, last)
        marked = marked or role == "marked"
        (plain if role == "plain" else lead).extend(part_lead)
        cooperating.extend(part_cooperating)
    return (lead, plain + cooperating) if marked else (plain + lead, cooperating)


def _lead_cell_part(
    collector: _Collector, line: BodyLine, first: int, last: int
) -> tuple[list[str], list[str], Literal["plain", "worded", "marked"]]:
    """The lead and cooperating units a part of a lead cell names, and how it says so. A cell
    that words the roles itself (one `Đơn vị thực hiện` column for both) cooperates where it
    says so: the units after a cooperation word or label (`Sở A chủ trì, phối hợp Sở B`,
    `Phối hợp: Sở B`), those it follows when no unit comes after it (`Sở B (phối hợp)`), and
    the units after a lead it marks (`Sở A (chủ trì), Sở B`); the others lead."""
    roles = line.hits_in("COOPERATE_WORD", first, last) + line.hits_in(
        "COOPERATE_LABEL", first, last
    )
    if roles:
        word = min(roles, key=lambda hit: (hit.first_token, -hit.last_token))
        before = _cell_units(collector, line, first, word.first_token)
        after = _cell_units(collector, line, word.last_token, last)
        return (before, after, "worded") if after else ([], before, "worded")
    marks = [h for h in line.hits_in("LEAD_LABEL", first, last) if h.first_token > first]
    if marks:
        before = _cell_units(collector, line, first, marks[0].first_token)
        if before:
            after = _cell_units(collector, line, marks[0].last_token, last)
            return before, after, "marked"
    return _cell_units(collector, line, first, last), [], "plain"


def _merged_from(above: _TableTask | None, cell: TableCell) -> bool:
    """Whether a row without a lead cell is the next row of the same table as `above`, whose
    lead cell (printed once, as Word and PDF print a merged cell) leads it too."""
    return (
        above is not None and above.cell is not None and above.cell.table == cell.table
    ) and bool(above.lead)


def _cell_parts(line: BodyLine, start: int, end: int) -> list[tuple[int, int]]:
    """A role cell's parts, split at `;` (the readers join a cell's paragraphs with it)."""
    words = line.parse.words
    parts: list[tuple[int, int]] = []
    first = start
    for token in range(start, end + 1):
        if token == end or words[token] == ";":
            if token > first:
                parts.append((first, token))
            first = token + 1
    return parts


# what opens or ends a part of a role cell that names a body the lists already read, or none
_NOT_A_BODY: tuple[PhraseLabel, ...] = (
    "UNIT",
    "ADDRESSED",
    "NAMED_ORG",
    "GENERIC_COLLECTIVE",
    "OFFICE_HOLDER",
    "OPEN_TAIL",
)


def _column_body(collector: _Collector, line: BodyLine, first: int, last: int) -> list[str]:
    """A part of a lead or cooperating cell naming no unit the lexicon or the naming pattern
    knows: the column says it names a body, so a group described in common nouns is one as
    printed (`Các doanh nghiệp đầu tư hạ tầng`): capitalized, then lower case (a proper name
    or an abbreviation, `UBND ...`, is the lexicon's to know: a guess would misname it; the
    lexicon's body of the plan's province named by the province, `Thuế Đồng Nai`, is that
    body), three words or more besides an article and marks (`Doanh nghiệp`, `Các doanh
    nghiệp` or `Các phòng, ban` alone is everybody), no figure, not too long, and nothing a
    list reads otherwise (a generic or open collective, a head; not a head noun in lower case
    inside its words)."""
    span = trimmed(line.text, line.span(first, last), " .:*,")
    if collector.province_body(_printed_name(line, span)) is not None:
        return [collector.unknown(line, span)]  # `Thuế Đồng Nai` in a plan of Đồng Nai
    words = line.parse.words[first:last]
    articles = list_words().article_words
    content = [word for word in words if word.lower() not in articles and word.isalnum()]
    if len(content) < _MIN_GROUP_WORDS or len(words) > NAME_MAX_TOKENS:
        return []
    if not words[0][:1].isupper():
        return []
    opening = words[0]
    if (len(opening) > 1 and opening.isupper()) or any(map(_proper_or_abbreviated, words[1:])):
        return []
    if any(char.isdigit() for word in words for char in word):
        return []
    for label in _NOT_A_BODY:
        hits = [h for h in line.parse.of(label) if h.first_token < last and h.last_token > first]
        if any(not _common_noun_inside(line, first, h) for h in hits):
            return []
    return [collector.unknown(line, span)]


def _common_noun_inside(line: BodyLine, first: int, hit: Hit) -> bool:
    """Whether `hit` is a head noun in lower case inside a group's words after its opening
    (`Các doanh nghiệp cung cấp dịch vụ viễn thông`: "telecom services"): a head noun in lower
    case names no body (roles.yaml, NAMED_ORG), so the group is still one as printed."""
    word = line.parse.words[hit.first_token]
    return hit.label == "NAMED_ORG" and hit.first_token > first and word[:1].islower()


def _proper_or_abbreviated(word: str) -> bool:
    """`Đồng`, `UBND`: a word of a proper name or an abbreviation (not `IoT`)."""
    letters = word.isalpha() and len(word) > 1
    return letters and (word.isupper() or (word[0].isupper() and word[1:].islower()))


def _has_body(context: Context, heading: BodyLine) -> bool:
    following = _line_after(context, heading)
    marker = following.marker() if following is not None else None
    return following is not None and not (marker and marker.group("num"))


@dataclass
class _Mentions:
    surfaces: list[str] = field(default_factory=list)  # each once
    occurrences: list[Occurrence] = field(default_factory=list)


def _mentions(
    context: Context, names: set[str], tables: list[BodyLine], closing: list[BodyLine]
) -> dict[str, _Mentions]:
    """Where the body, the role columns of its tables (`tables`, rows the sentences leave to
    them) and the closing's sentences that assign work (`closing`) name each lexicon unit: its
    name, with a level word kept (`xã`); in a table, a collective's addressed name too (a
    column addresses it whole)."""
    found: dict[str, _Mentions] = {}
    kept = list_words().kept_level
    read = {line.number for line in context.lines}
    table_rows = {line.number for line in tables if line.number not in read}
    lines = sorted(
        [*context.lines, *(line for line in tables + closing if line.number not in read)],
        key=lambda line: line.number,
    )
    for line in lines:
        hits = line.parse.of("UNIT")
        if line.number in table_rows:
            hits = hits + addressed_list(line)
        for hit in outermost(hits):
            if hit.id not in names or names_no_body(line, hit):
                continue
            end = hit.last_token
            doc = line.parse.doc
            if end < len(doc) and doc[end].lower_ in kept:
                end += 1
            span = line.span(hit.first_token, end)
            mentions = found.setdefault(hit.id, _Mentions())
            mentions.occurrences.append(Occurrence(line=line.number, span=span))
            if line.span_words(span) not in mentions.surfaces:
                mentions.surfaces.append(line.span_words(span))
    return found


def _issuer_named(context: Context, name: str) -> bool:
    """Whether `name` names the issuing body itself (`Ủy ban nhân dân Thành phố` in a plan of
    `Ủy ban nhân dân thành phố Hồ Chí Minh`): the start of the issuer's name, word by word; a
    board issuing in its body's name (`Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã X`)
    is its body too, the authority (`Ủy ban Mặt trận Tổ quốc Việt Nam`)."""
    issuer = context.structure.document.issuer
    if not issuer:
        return False
    words = fold(name).split()
    return any(
        fold(issuing).split()[: len(words)] == words for issuing in (issuer, without_board(issuer))
    )


def _national_partner(context: Context, record: _UnitRecord) -> bool:
    """Whether `record` is a national body (a lexicon entry marked `national`, or one missing
    from the lexicon whose head is one of UnitListWords.national_heads: `Bộ Y tế`) in the plan
    of a province or a commune: there the issuer's partner, a unit only where it leads."""
    meta = context.structure.document
    if meta.province is None and meta.commune is None:
        return False
    if record.in_lexicon:
        entry = lexicon.UNIT_LEXICON.load().entry(record.name)
        return entry is not None and entry.national
    words = tuple(fold(record.name).split())
    return any(words[: len(head)] == head for head in list_words().national_head_words)


def _misread(record: _UnitRecord) -> bool:
    """Whether `record` is a body missing from the lexicon whose name OCR garbled (`Sở Dân
    tộng 6 b`): OCR's debris in it, a letter alone, and a word in lower case, with a Vietnamese
    mark, that is no syllable of the dictionary. Where its name is cannot be told: no unit.
    The dictionary is read only for such a name (it takes a second or two to load)."""
    words = record.name.split()
    if record.in_lexicon or not any(len(word) == 1 and word.islower() for word in words):
        return False
    return any(
        word.isalpha() and word.islower() and not word.isascii() and not is_syllable(word)
        for word in words
    )


def _finish(collector: _Collector, context: Context) -> UnitsAndTasks:
    leads = {name for task in collector.tasks for name in task.lead} | collector.heading_leads
    # the issuing body itself, a national body only cooperating and a name OCR garbled: not
    # the plan's units
    left_out = {
        name
        for name, record in collector.records.items()
        if _issuer_named(context, name)
        or _misread(record)
        or _unexpanded_name(record)
        or (name not in leads and _national_partner(context, record))
    }
    records = {n: r for n, r in collector.records.items() if n not in left_out}
    for task in collector.tasks:
        task.lead = [n for n in task.lead if n not in left_out]
        task.cooperating = [n for n in task.cooperating if n not in left_out]
    collector.tasks = [t for t in collector.tasks if t.lead or t.cooperating]
    for task in collector.tasks:
        section = task.line.section.id if task.line.section else None
        for name in task.lead:
            records[name].lead = True
        for name in task.lead + task.cooperating:
            if section:
                records[name].sections.add(section)
    for name in collector.heading_leads - left_out:
        records[name].lead = True
    mentions = _mentions(
        context, set(records), list(collector.table_lines.values()), collector.closing_lines
    )
    ordered = sorted(records.values(), key=lambda r: (r.first_line, r.name))
    ids = {record.name: slug(record.name) for record in ordered}
    units = [
        Unit(
            id=ids[r.name],
            name=r.name,
            kind=r.kind,
            mentions=mentions[r.name].surfaces if r.name in mentions else r.surfaces or [r.name],
            occurrences=mentions[r.name].occurrences if r.name in mentions else r.occurrences,
            lead=r.lead,
            sections=sorted(r.sections),
            in_lexicon=r.in_lexicon,
        )
        for r in ordered
    ]
    tasks = [
        Task(
            id=f"k{index}",
            section=task.line.section.id if task.line.section else None,
            line=task.line.number,
            span=task.line.in_line(task.span),
            text=task.line.span_words(task.span),
            lead=[ids[n] for n in task.lead],
            cooperating=[ids[n] for n in task.cooperating],
        )
        for index, task in enumerate(collector.tasks, start=1)
    ]
    warnings = [
        Warning(
            code="unit_not_in_lexicon",
            message=f"unit not in the lexicon, found by its head noun and name: {r.name}",
            line=r.first_line,
        )
        for r in ordered
        if not r.in_lexicon
    ]
    return UnitsAndTasks(units, tasks, warnings)
