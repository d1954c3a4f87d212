"""The issuing body: from the issuer block (the body that manages, then the issuing office),
else the authority a decision prints under its title, else the plan's own words (`UBND xã X ban
hành Kế hoạch`); and the province the header's texts name."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from plan_extract.core.text import is_all_caps
from plan_extract.normalize.model import Line
from plan_extract.normalize.patterns import numbered
from plan_extract.normalize.place_levels import level_at, place_levels
from plan_extract.normalize.vocabulary import alternatives
from plan_extract.read.layout_cues import is_number_line
from plan_extract.read.model import Block, Hint
from plan_extract.structure.anatomy import is_body_name
from plan_extract.structure.closing import position_at
from plan_extract.structure.header_layout import is_motto
from plan_extract.structure.kind_and_title import MAX_TITLE_LINES, is_kind_line
from plan_extract.structure.names import (
    Body,
    capitalized_run,
    expand_abbreviations,
    name_case,
    office_case,
    own_board,
    parse_body,
    placeless_office,
    title_case,
    without_board,
)
from plan_extract.structure.number_and_date import (
    is_place_and_date_line,
    number_line_pattern,
    prints_number,
)
from plan_extract.structure.places import known_province, units_named
from plan_extract.structure.symbols import issuing_symbol
from plan_extract.structure.terms import HEADER_TERMS

_PARENT_AND_OFFICE = 2  # issuer block lines: the parent body, then the issuing office
_MAX_CELL_BEFORE = 3  # lines of an issuer's cell printed before the header table


def read_issuer(
    header: list[Line],
    preamble: list[Line],
    closing: list[Line],
    title: str | None,
    symbol: str | None,
    place: str | None,
) -> Body | None:
    """The issuing body: the issuer block's, else (no block, or one cut to its first line) the
    authority a decision prints or the document's own words; None rather than a bare name."""
    block = _issuer_block(header)
    body = block
    if block is None or _bare(block):
        # no block, or one the converter cut to its first line (`ỦY BAN NHÂN DÂN`, the unit's
        # line lost): the authority a decision prints, else the document's own words
        # a place printed with its unit type (`Thành phố Hồ Chí Minh, ngày ...`: a city named
        # after a person is written so) names its province too
        province = (known_province(place) or province_in([place])) if place else None
        found = (
            _deciding_body(preamble, province)
            # a decision whose kind line was dropped prints its authority among the header's
            # body lines (`ỦY BAN NHÂN DÂN | ...` / `Số: ... | ...` / `ỦY BAN NHÂN DÂN TỈNH X`)
            or _deciding_body(_below_table(header), province)
            or _issuer_from_text(preamble, closing, title, symbol, province)
        )
        if found and (block is None or found.organ == block.organ):
            body = found
        if body is not None and _bare(body):
            body = None  # never the whole name: better none than a false one
    return body


@cache
def _frame_label() -> re.Pattern[str]:
    labels = alternatives(HEADER_TERMS.load().database_frame_labels)
    return re.compile(rf"(?<!\w)(?:{labels})\s*:", re.IGNORECASE)


def after_frame(header: list[Line]) -> list[Line]:
    """The header's lines without a legal database's frame: the record it prints of the
    document above it (two or more of header_terms' `database_frame_labels`: `Số hiệu:`,
    `Nơi ban hành:`, ...) and the page's lines above that record (corpus/ANNOTATION.md, What
    the document is)."""
    hits = [(i, len(_frame_label().findall(line.text))) for i, line in enumerate(header)]
    if sum(count for _, count in hits) < _FRAME_LABELS:
        return header
    last = max(i for i, count in hits if count)
    return header[last + 1 :]


_FRAME_LABELS = 2


def _below_table(header: list[Line]) -> list[Line]:
    """The header's body lines from its table on: the lines a legal database's page prints above
    the document (its list of related documents, `- 1Luật ...`) come before the authority line,
    and may push it out of reach. A table read as body lines (its cells a line each, `ỦY BAN
    NHÂN DÂN |` / ... / `Vĩnh Long, ngày ... |`) ends with its place-and-date line."""
    first = next((i for i, line in enumerate(header) if line.block is not Block.BODY), None)
    if first is None:
        dated = (i + 1 for i, line in enumerate(header) if is_place_and_date_line(line.text))
        first = next(dated, 0)
    return [line for line in header[first:] if line.block is Block.BODY]


def _issuer_block(header: list[Line]) -> Body | None:
    left = _left_column(header)
    if left and not any(_names_a_body(line) for line in left):
        left = _cell_before_table(header) + left
    pool = left or _before_kind_or_date([line for line in header if line.block is Block.BODY])
    labelled = any(is_number_line(line.text) for line in header)
    names = [text for text in map(_without_speck, pool) if _block_name(text, labelled)]
    names = _lead_of_joint([part for name in names for part in _split_block_line(name)])
    if not names:
        return None
    names = _parent_then_office(names)
    whole = parse_body(" ".join(names))
    if len(names) < _PARENT_AND_OFFICE:
        return whole or placeless_office(names[0]) or _office_then_known_unit(names[0])
    parent, office = parse_body(" ".join(names[:-1])), names[-1]
    own = parse_body(office)
    if own and own.unit_name:
        # `ĐẢNG BỘ TỈNH THANH HÓA` / `ĐẢNG ỦY XÃ HOẰNG LỘC`: the lower line names the issuer
        # with its own unit, the line above the body that manages it
        return own
    if parent and parent.unit_name and own_board(office) and not without_board(office):
        # `ỦY BAN MTTQ VIỆT NAM` / `XÃ LƯƠNG MINH` / `BAN THƯỜNG TRỰC`: the body's own board
        # issues in the body's name (`Ban Thường trực Ủy ban ... xã Lương Minh`)
        return parse_body(f"{office} {_lowest_body(names[:-1])}")
    if parent and parent.unit_name and not own and not level_at(office):
        # `UBND TỈNH LÀO CAI` / `SỞ CÔNG THƯƠNG`: the office issues, within the parent's unit
        return _office_under(parent, office_case(office) or title_case(office))
    if whole is None and (in_unit := _office_in_unit(" ".join(names[:-1]), office)):
        # `SỞ GIÁO DỤC VÀ ĐÀO TẠO` / `TỈNH LÀO CAI`: the office, then the unit it serves
        return in_unit
    if whole is None and _opens_with_parent_body(names[0]):
        # `SỞ CÔNG THƯƠNG` / `ĐOÀN KIỂM TRA` / `THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT`: the office below
        below = " ".join(names[1:])
        return _in_parents_unit(names[0], below) or Body(
            office_case(below) or name_case(below), None, None
        )
    # `BAN CHỈ ĐẠO` / `CHUYỂN ĐỔI SỐ XÃ TÂN HƯNG`: one name wrapped over the block's lines
    return whole or _office_then_known_unit(" ".join(names))


def _office_under(parent: Body, office: str) -> Body:
    """An office under the body that manages it, within its unit (`Sở Công Thương tỉnh Lào
    Cai`); under a Party committee named by its level, named after the committee, as running
    text names the committee's boards (`HUYỆN ỦY NAM ĐÀN` / `BAN TUYÊN GIÁO` → `Ban Tuyên giáo
    Huyện ủy Nam Đàn`, as `Ban Thường vụ Tỉnh ủy`)."""
    if parent.typed:
        return Body(office, parent.unit_type, parent.unit_name)
    return replace(parent, organ=f"{office} {parent.organ}")


def _left_column(header: list[Line]) -> list[Line]:
    """The left column's lines: the left cells of the header's two-column rows, and the
    block's names a flattened text prints alone right above the number line, below its rows
    (`UBND TỈNH NGHỆ AN<tab>CỘNG HÒA ...` / `SỞ Y TẾ<tab>Độc lập ...` / `TRUNG TÂM KIỂM SOÁT
    BỆNH TẬT` / `Số: ...`: a block of three lines runs past the motto's two, so its last line
    has no right cell), and the mark without text a Party body prints under its block (`ĐẢNG
    BỘ TỈNH NGHỆ AN<tab>ĐẢNG CỘNG SẢN VIỆT NAM` / `HUYỆN ỦY NAM ĐÀN` / `BAN TUYÊN GIÁO` / `*` /
    `Số 12-KH/BTGHU`). A name with the motto's rest below it is a row a reader could not
    part, no line of the block."""
    left = {i for i, line in enumerate(header) if line.block is Block.HEADER_LEFT}
    number = _number_line_at(header)
    below = number
    while below > 0 and header[below - 1].block is Block.BODY and _in_block(header[below - 1]):
        below -= 1
    if not left or below <= min(left):
        below = number
    return [line for i, line in enumerate(header) if i in left or below <= i < number]


def _lowest_body(names: list[str]) -> str:
    """The lines that name the lowest body with its unit (`HỘI LHPN TỈNH NGHỆ AN` / `HỘI LHPN XÃ
    HƯNG NGUYÊN`: the commune's union, under the province's), from the lowest line up: a body's
    name wrapped over its place (`ỦY BAN MTTQ VIỆT NAM` / `XÃ LƯƠNG MINH`) whole."""
    for start in range(len(names) - 1, -1, -1):
        lowest = " ".join(names[start:])
        if _has_unit(parse_body(lowest)):
            return lowest
    return " ".join(names)


def _in_parents_unit(parent: str, office: str) -> Body | None:
    """An office under a department printed with its unit (`SỞ Y TẾ TỈNH HÀ TĨNH` / `BỆNH VIỆN
    ĐA KHOA TỈNH`, `TRUNG TÂM KIỂM SOÁT BỆNH TẬT`): the office, in the department's unit; None
    when the office's line names a unit of its own (`TRUNG TÂM Y TẾ HUYỆN X`), or the
    department's unit is none the lists know."""
    department, name = _office_then_known_unit(parent), office_case(office)
    folded = office.casefold()
    own_unit = any(re.search(rf"(?<!\w){level}\s+\w", folded) for level in place_levels())
    if department is None or name is None or own_unit:
        return None
    return Body(name, department.unit_type, department.unit_name)


def _office_in_unit(office: str, place: str) -> Body | None:
    """An office (`SỞ Y TẾ`, `BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ`) within the unit `place` names (`TỈNH
    LÀO CAI`, `XÃ TÂN HƯNG`); None when either is not one."""
    placed, name = level_at(place), office_case(office)
    if placed is None or not name:
        return None
    unit_type, unit_name = placed
    unit = " ".join(capitalized_run(title_case(unit_name).split()))
    return Body(name, unit_type, unit or None)


def _office_then_known_unit(text: str) -> Body | None:
    """An office and its unit on one line (`BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ XÃ TÂN HƯNG`: a converter
    joined the block's two lines, or a board printed its name alone above the kind line): cut
    before the last level word that names a known province or commune. Without the line's
    break a level word may be the office's (`công tác xã hội`), so an unknown place gives
    None."""
    words = text.split()
    for cut in range(len(words) - 1, 0, -1):
        body = _office_in_unit(" ".join(words[:cut]), " ".join(words[cut:]))
        if body and body.unit_name and _known_unit(body.unit_type, body.unit_name):
            return body
    return None


def _known_unit(unit_type: str | None, name: str) -> bool:
    """Whether a province or a commune (either list) bears `name`."""
    if unit_type in HEADER_TERMS.load().province_types:
        return known_province(name) is not None
    return unit_type in HEADER_TERMS.load().commune_types and any(
        name.casefold() in units_named(old) for old in (False, True)
    )


def _before_kind_or_date(lines: list[Line]) -> list[Line]:
    """The header's body lines up to the first that prints only a kind of document in capitals
    (`NGHỊ QUYẾT`, `QUYẾT ĐỊNH`: the kind line, tên loại): the issuer block comes before it, and
    what follows in capitals (a title, a council's `HỘI ĐỒNG NHÂN DÂN TỈNH ...` over its session)
    names no issuing office; a kind in running case is no kind line (a legal database's frame
    above the document prints it as a field's value: `Loại văn bản` / `Quyết định`). A document
    without a kind line (a công văn: `V/v ...` under its number) ends its issuer block before
    its place-and-date line: a heading in capitals below (`A. NHIỆM VỤ CHUNG`) is the body's; a
    block printed after the date (a page that put the right column first) is kept. A numbered
    heading in capitals (`A. MỤC ĐÍCH YÊU CẦU`) opens the body's sections wherever it stands:
    a header whose place-and-date line a converter garbled ends there."""
    kinds = {kind.casefold() for kind in HEADER_TERMS.load().basis_kinds}
    for index, line in enumerate(lines):
        if is_all_caps(line.text) and line.text.strip(" :.").casefold() in kinds:
            return lines[:index]
        if (heading := numbered(line.text)) and is_all_caps(heading.rest):
            return lines[:index]
        if is_place_and_date_line(line.text) and any(
            _names_a_body(above) for above in lines[:index]
        ):
            return lines[: index + 1]
    return lines


def _number_line_at(header: list[Line]) -> int:
    """Where the document's number line stands (0 when none): `Số: 12/KH-UBND`, a draft's `Số:
    /KH-UBND`, else a Party body's `Số 25-KH/HU` without the colon (second, as read_number
    takes it: `SỐ 1050/QĐ-SCT` may be a wrapped line of an office's name)."""
    for numbers in (is_number_line, prints_number):
        found = next((i for i, line in enumerate(header) if numbers(line.text)), None)
        if found is not None:
            return found
    return 0


def _in_block(line: Line) -> bool:
    """A line of the issuer block: a name, or a mark printed under it with no text (`*`)."""
    return _names_a_body(line) or re.search(r"\w", line.text) is None


def _names_a_body(line: Line) -> bool:
    return _block_name(_without_speck(line), labelled=False)


def _block_name(text: str, labelled: bool) -> bool:
    """Whether an issuer block's line prints a name (not the motto, the number or a date): a
    name opens with a letter, the symbol a draft's blank number leaves (`Số:` / `/KH-UBND`,
    domain.md: `Số: /KH-UBND`) does not."""
    return (
        is_all_caps(text)
        and text.lstrip(" *_")[:1].isalpha()
        and not is_motto(text)
        and not is_number_line(text)
        # `SỐ 1050/QĐ-SCT` ends an office's name when the document's own number is `Số: ...`
        and (
            not re.search(r"\d", text)
            or (labelled and number_line_pattern().match(text) is not None)
        )
    )


def _cell_before_table(header: list[Line]) -> list[Line]:
    """The issuer's cell a converter printed before the header table's first bar (`ỦY BAN NHÂN
    DÂN` / `TỈNH LÂM ĐỒNG` / `|` / `CỘNG HÒA ...`): the body lines in capitals right before the
    table's first cell, as the left block's lines."""
    first = next((i for i, line in enumerate(header) if line.block is not Block.BODY), 0)
    cell: list[Line] = []
    for line in reversed(header[max(first - _MAX_CELL_BEFORE, 0) : first]):
        if not is_all_caps(line.text) or is_kind_line(line):
            break
        cell.insert(0, replace(line, block=Block.HEADER_LEFT))
    return cell


def _bare(body: Body) -> bool:
    """An issuing body printed without its unit (`ỦY BAN NHÂN DÂN`)."""
    return body.unit_type is None and body.unit_name is None and body.organ in _issuing_names()


def _lead_of_joint(names: list[str]) -> list[str]:
    """The block's lines that name the lead issuer of a joint plan (corpus/ANNOTATION.md: the
    first printed): two offices joined by a dash (`SỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO` / `TỈNH HÀ
    TĨNH`, or under their parent: `UBND TỈNH HÀ TĨNH` / `SỞ Y TẾ - SỞ NỘI VỤ`), two blocks side
    by side, each closed by the same place (`SỞ Y TẾ` / `TỈNH HÀ TĨNH` / `SỞ NỘI VỤ` / `TỈNH HÀ
    TĨNH`), or one parent over two offices (`UBND TỈNH HÀ TĨNH` / `SỞ Y TẾ` / `SỞ NỘI VỤ`). A
    block whose lower line names another level (`HỘI LHPN TỈNH ...` / `HỘI LHPN XÃ ...`) is a
    managing body over its office, not a joint one."""
    names = [_first_of_dashed(name) for name in names]
    for index in range(1, len(names) - 1):
        place, last = names[index], names[-1]
        if (
            level_at(place)
            and place.casefold() == last.casefold()
            and _opens_office(names[0])
            and _opens_office(names[index + 1])
        ):
            return names[: index + 1]
    return _first_under_parent(names)


def _first_of_dashed(name: str) -> str:
    """`SỞ Y TẾ - SỞ NỘI VỤ`: two offices joined by a dash, the first of them."""
    cut = _JOINT_DASH.split(name, maxsplit=1)
    return cut[0] if cut[1:] and _opens_office(cut[1]) and _opens_office(cut[0]) else name


def _first_under_parent(names: list[str]) -> list[str]:
    """A parent with its unit over two offices of one kind (`UBND TỈNH QUẢNG TRỊ` / `SỞ Y TẾ` /
    `SỞ NỘI VỤ`), or over each of two blocks (`UBND TỈNH QUẢNG TRỊ` / `SỞ Y TẾ` / `UBND TỈNH
    QUẢNG TRỊ` / `SỞ NỘI VỤ`): the parent's lines and the first office's. An office's name
    wraps on lines that open no office (`SỞ VĂN HÓA, THỂ THAO` / `VÀ DU LỊCH`); an office of
    another kind below (`SỞ Y TẾ` / `TRUNG TÂM KIỂM SOÁT BỆNH TẬT`) is no second issuer."""
    first = next((i for i, name in enumerate(names) if i and _office_kind(name)), None)
    if first is None or not _has_unit(parse_body(" ".join(names[:first]))):
        return names
    lead = _office_kind(names[first])
    for index in range(first + 1, len(names)):
        if names[index].casefold() == names[0].casefold():
            return names[:index]  # the second block opens, under the same parent
        if kind := _office_kind(names[index]):
            return names[:index] if kind == lead else names
    return names


def _has_unit(body: Body | None) -> bool:
    return body is not None and body.unit_name is not None


def _parent_then_office(names: list[str]) -> list[str]:
    """A two-part block whose parent wraps over its place (`ĐẢNG BỘ` / `TỈNH NGHỆ AN` / `ĐẢNG
    ỦY` / `XÃ HƯNG NGUYÊN`): the parent's lines and the office's, each joined, as the two lines
    such a block prints; the office opens at a line opening an office or a body right under a
    line that names a place. A parent printed whole on its line (`UBND TỈNH QUẢNG TRỊ` / `SỞ
    VĂN HÓA, THỂ THAO` / `VÀ DU LỊCH`, `UBND XÃ TÂN HƯNG` / `BAN CHỈ ĐẠO` / `CHUYỂN ĐỔI SỐ`) has
    the office's name wrapped under it, none of its later lines opening an office of its own."""
    for index in range(2, len(names)):
        if level_at(names[index - 1]) and _opens_office(names[index]):
            return [" ".join(names[:index]), _lowest_office(names[index:])]
    parent = parse_body(names[0]) if len(names) > _PARENT_AND_OFFICE else None
    if parent and parent.unit_name and _opens_office(names[1]):
        return [names[0], _lowest_office(names[1:])]
    return names


def _lowest_office(names: list[str]) -> str:
    """The office's lines under a parent with its unit: the lowest office (the line that last
    opens one, and its name's wrapped lines) when the block prints a chain of them (`UBND TỈNH
    NGHỆ AN` / `SỞ Y TẾ` / `TRUNG TÂM KIỂM SOÁT BỆNH TẬT`: the centre issues, under the
    department that manages it); `names` joined when only the first opens one (`SỞ VĂN HÓA,
    THỂ THAO` / `VÀ DU LỊCH`). Two offices of one kind are a joint block, read before."""
    last = max(i for i, name in enumerate(names) if not i or _opens_office(name))
    return " ".join(names[last:])


_JOINT_DASH = re.compile(r"\s+[-–]\s+")


def _opens_office(text: str) -> bool:
    """A line that opens with an office's kind or an issuing body (`SỞ ...`, `ỦY BAN ...`)."""
    return _office_kind(text) is not None


def _office_kind(text: str) -> str | None:
    """The office's kind or the issuing body a line opens with (`sở`, `ủy ban nhân dân`)."""
    found = _office_start().match(f" {text.casefold()} ", 1)
    return found.group() if found else None


def _split_block_line(text: str) -> list[str]:
    """An issuer block printed on one line (a converter joins a cell's lines: `UBND TỈNH ĐẮK
    LẮK SỞ Y TẾ`): the managing body and its unit, then the office from its kind on (`SỞ Y
    TẾ`), as the two lines the block prints."""
    folded = text.casefold()
    for found in _office_start().finditer(folded):
        head = f" {folded[: found.start()]} "
        if any(f" {unit} " in head for unit in place_levels()):
            parent = text[: found.start()].strip().rstrip("-–").rstrip()
            return [parent, text[found.start() :].strip()]
    return [text]


@cache
def _office_start() -> re.Pattern[str]:
    terms = HEADER_TERMS.load()
    openers = [*terms.office_kinds, *terms.issuing_bodies, *terms.parent_bodies]
    return re.compile(rf"(?<=\s)(?:{alternatives(o.casefold() for o in openers)})(?=\s)")


def _without_speck(line: Line) -> str:
    """An issuer block's line without the rule a legal database's page prints under the name
    (`ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK -------`), and, read by OCR, without the speck read as a last
    small letter (`ỦY BAN NHÂN DÂN x.`: a stain beside the name)."""
    text = _RULE.sub("", line.text)
    if Hint.OCR not in line.hints:
        return text
    found = re.search(r"\s+(?P<speck>\S{1,2})$", text)
    if found and not any(char.isupper() or char.isdigit() for char in found.group("speck")):
        return text[: found.start()]
    return text


_RULE = re.compile(r"\s*[-_*=]{3,}\s*$")


def _opens_with_parent_body(text: str) -> bool:
    folded = " ".join(text.casefold().split())
    return any(re.match(rf"{re.escape(b)}\b", folded) for b in HEADER_TERMS.load().parent_bodies)


def _issuer_from_text(
    preamble: list[Line],
    closing: list[Line],
    title: str | None,
    symbol: str | None,
    province: str | None,
) -> Body | None:
    """No issuer block: `UBND xã X ban hành Kế hoạch`, or `Ủy ban nhân dân tỉnh ban hành` in a
    document placed in a province (`Gia Lai, ngày ...`), else `trên địa bàn xã X` in a plan
    whose symbol names its issuing body (`KH-UBND`)."""
    terms = HEADER_TERMS.load()
    for line in preamble:
        # `Ủy ban MTTQ Việt Nam xã X xây dựng`: the body's name as the data writes it
        for match in _issuing_sentence().finditer(expand_abbreviations(line.text)):
            printed = match.group(0)[: match.start("rest") - match.start()] + match.group("rest")
            body = parse_body(printed)
            if body and body.unit_name:
                return body
            if body and (placed := _in_province(body, printed, province)):
                return placed
    organ = _issuing_body_of(symbol)
    if organ is None:
        return None
    texts = ([title] if title else []) + [line.text for line in closing[:1]]
    for text in texts:
        for match in _territory().finditer(text):
            body = parse_body(f"{organ} {text[match.end() :]}")
            if body and body.unit_name and body.unit_type in terms.commune_types:
                return body
    return None


def _deciding_body(preamble: list[Line], province: str | None) -> Body | None:
    """The authority a decision prints under its title (`ỦY BAN NHÂN DÂN TỈNH NGHỆ AN`, `CHỦ
    TỊCH ỦY BAN NHÂN DÂN TỈNH ...`), when no issuer block was read: the body that decides; one
    printed without its name (`ỦY BAN NHÂN DÂN TỈNH`) decides in the province the document is
    placed in."""
    for line in preamble[:MAX_TITLE_LINES]:
        if not is_body_name(line):
            continue
        position = position_at(line.text)
        text = line.text[len(position) :] if position else line.text
        body = parse_body(text)
        if body is not None and body.unit_name:
            return body
        if body is not None and (placed := _in_province(body, text, province)):
            return placed
    return None


def _in_province(body: Body, text: str, province: str | None) -> Body | None:
    """`Ủy ban nhân dân tỉnh` with no name after it, in a document placed in a province: the
    body of that province."""
    rest = " ".join(expand_abbreviations(text).split())[len(body.organ) :].strip().casefold()
    if province is None or rest not in HEADER_TERMS.load().province_types:
        return None
    return Body(body.organ, rest, province)


def named_plan(preamble: list[Line]) -> str | None:
    """The plan the sentence that issues the document names (`UBND tỉnh ban hành Kế hoạch thực
    hiện Đề án ... giai đoạn 2022 - 2025 trên địa bàn tỉnh, như sau:` → `thực hiện Đề án ...
    trên địa bàn tỉnh`), which stands for a title the document does not print; read over the
    preamble's lines joined (a .txt file keeps the printed line breaks)."""
    text = " ".join(line.text for line in preamble)
    for match in _issuing_sentence().finditer(text):
        named = _kind_named().match(text, match.end())
        if named:
            return named.group("name")
    return None


@cache
def _kind_named() -> re.Pattern[str]:
    """A kind's name after the issuing verb, and the plan's name up to the words that close the
    issuing sentence (`như sau`): a clause that does not close so is no such sentence (`... của
    UBND tỉnh về việc ban hành Kế hoạch ...;` in a basis)."""
    terms = HEADER_TERMS.load()
    kinds = alternatives([term.name for term in terms.document_kinds])
    closers = alternatives(terms.issuing_closers)
    return re.compile(rf"\s+(?:{kinds})\s+(?P<name>[^;:]+?)\W*(?:{closers})(?!\w)", re.IGNORECASE)


@cache
def _issuing_sentence() -> re.Pattern[str]:
    """`UBND xã X ban hành Kế hoạch`: an issuing body (or its abbreviation), the unit, a verb;
    the body's own board may come first (`Ban Thường trực UBMTTQ xã X ban hành Kế hoạch`)."""
    terms = HEADER_TERMS.load()
    bodies = alternatives(_issuing_names())
    boards, verbs = alternatives(terms.own_boards), alternatives(terms.issuing_verbs)
    # the unit between the body and the verb holds no punctuation: a clause's end is not it
    return re.compile(
        rf"(?:(?:{boards})\s+)?(?:{bodies})\s+(?P<rest>[^,;:.()]+?)\s+(?:{verbs})\b",
        re.IGNORECASE,
    )


def _issuing_names() -> list[str]:
    """The issuing bodies and their abbreviations (`ủy ban nhân dân`, `UBND`)."""
    terms = HEADER_TERMS.load()
    bodies = {body.casefold() for body in terms.issuing_bodies}
    return [
        *terms.issuing_bodies,
        *(s for s, full in terms.abbreviations.items() if full.casefold() in bodies),
    ]


def _issuing_body_of(symbol: str | None) -> str | None:
    """The issuing body a symbol ends with, abbreviated (`KH-UBND`: the People's Committee;
    `KH-UBND.VX` too, its office's suffix left out)."""
    if not symbol:
        return None
    folded = issuing_symbol(symbol).casefold()
    return next((name for name in _issuing_names() if folded.endswith(name.casefold())), None)


@cache
def _territory() -> re.Pattern[str]:
    """`trên địa bàn`, `của`: the words before the unit a plan's title is about."""
    terms = HEADER_TERMS.load()
    words = alternatives([*terms.territory_words, *terms.issuer_words])
    return re.compile(rf"(?:{words})\s+", re.IGNORECASE)


def province_in(texts: list[str]) -> str | None:
    """The first province `texts` name after a province's unit type, or after its Party
    committee named by its level (`Ban Thường vụ Tỉnh ủy Nghệ An`), at each of its mentions in
    turn: a type word naming none (`Ban Chấp hành Đảng bộ tỉnh khóa XVIII ban hành ... tỉnh
    Thanh Hóa`) gives way to the next one of its line."""
    terms = HEADER_TERMS.load()
    committees = [c for c, unit in terms.level_committees.items() if unit in terms.province_types]
    kinds = alternatives([*terms.province_types, *committees])
    pattern = re.compile(rf"(?<!\w)(?:{kinds})\s+(?=(?P<name>.+))", re.IGNORECASE)
    for text in texts:
        for match in pattern.finditer(text):
            name = match.group("name")
            words = capitalized_run(title_case(name).split() if is_all_caps(name) else name.split())
            for size in range(min(len(words), 4), 0, -1):
                found = known_province(" ".join(words[:size]))
                if found:
                    return found
    return None
