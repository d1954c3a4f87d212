"""A commune's offices addressed as a whole (corpus/ANNOTATION.md, units: collective addressees
count as one unit each where they head an implementation subsection, stand in a label list or a
table column, are named in a decision's articles, or are a letter's addressees the body gives
work; `Các cơ quan chuyên môn thuộc Ủy ban nhân dân xã` for a commune's; a collective the
lexicon lacks keeps its printed name). The grid: the shapes a plan prints them in (`các phòng,
ban chuyên môn thuộc UBND xã`, `các phòng chuyên môn thuộc Ủy ban nhân dân xã`, the kinds alone
`các phòng, ban chuyên môn`, `các phòng, ban, ngành xã`) × the places a plan puts them (a
numbered heading over its duties or before a colon, a bullet, a label list, a table's lead
cell, a decision's executing clause, printed whole or hard-wrapped, a letter's `Kính gửi:`
line referred back to as `các đơn vị nêu trên`); and the places where they are no unit (a
partner of a sentence, a request to everybody)."""

from __future__ import annotations

import pytest

from plan_extract.pipeline import parse_text
from unit_plans import commune_decision, commune_plan

_COMMITTEE_OFFICES = "Các cơ quan chuyên môn thuộc Ủy ban nhân dân xã"

_PLAN = commune_plan("Tuyên truyền phòng, chống dịch bệnh")
_DECISION = commune_decision("phòng, chống dịch bệnh")

_LETTER = """ỦY BAN NHÂN DÂN
XÃ TÂN HÒA
Số: 210/UBND-VX
V/v phòng, chống sốt xuất huyết
Tân Hòa, ngày 9 tháng 4 năm 2026
{body}
Để chủ động phòng bệnh, Ủy ban nhân dân xã đề nghị các đơn vị nêu trên thực hiện một số nội \
dung sau:
1. Tuyên truyền nhân dân diệt lăng quăng.
2. Báo cáo kết quả về Ủy ban nhân dân xã.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
"""

_TABLE = (
    "| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n"
    "|---|---|---|---|---|\n"
    "| 1 | Tổ chức tuyên truyền | {Name} | Trạm Y tế xã | Tháng 6/2026 |"
)

_LEAD = {("Phòng Văn hóa - Xã hội", True)}  # the plan's first item

# the place: the document and the lines holding the collective (`{name}` in lower case,
# `{Name}` capitalized), and the units the document's other lines give
_PLACES: dict[str, tuple[str, str, set[tuple[str, bool]]]] = {
    "heading": (_PLAN, "2. {Name}\nTổ chức tuyên truyền theo chức năng.", _LEAD),
    "heading_colon": (_PLAN, "2. {Name}: tổ chức tuyên truyền theo chức năng.", _LEAD),
    "bullet": (_PLAN, "- {Name}: tổ chức tuyên truyền theo chức năng.", _LEAD),
    "label_list": (_PLAN, "2. Tổ chức tuyên truyền.\n- Đơn vị thực hiện: {Name}.", _LEAD),
    "table_cell": (_PLAN, _TABLE, _LEAD | {("Trạm Y tế xã", False)}),
    "executing_clause": (
        _DECISION,
        "Điều 3. Chánh Văn phòng HĐND và UBND xã, Thủ trưởng {name}, Trưởng Trạm Y tế xã chịu"
        " trách nhiệm thi hành Quyết định này.",
        {("Văn phòng HĐND và UBND", True), ("Trạm Y tế xã", True)},
    ),
    "executing_clause_wrapped": (
        _DECISION,
        "Điều 3. Chánh Văn phòng HĐND và UBND xã, Thủ trưởng {name},\nTrưởng Trạm Y tế xã"
        " chịu trách nhiệm thi hành Quyết định này.",
        {("Văn phòng HĐND và UBND", True), ("Trạm Y tế xã", True)},
    ),
    "letter_addressees": (_LETTER, "Kính gửi: {Name}.", set()),
    "letter_addressee_lines": (
        _LETTER,
        "Kính gửi:\n- {Name};\n- Trạm Y tế xã.",
        {("Trạm Y tế xã", True)},
    ),
}

_HEADINGS = ("heading", "heading_colon", "table_cell")

# the shape as printed and the unit it names
_SHAPES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "offices_and_boards_of_the_committee": (
        "các phòng, ban chuyên môn thuộc UBND xã",
        _COMMITTEE_OFFICES,
        tuple(_PLACES),
    ),
    "offices_of_the_committee": (
        "các phòng chuyên môn thuộc Ủy ban nhân dân xã",
        _COMMITTEE_OFFICES,
        tuple(_PLACES),
    ),
    # the kinds alone, the lexicon lacks them: printed, where they head their duties
    "kinds_of_offices": ("các phòng, ban chuyên môn", "Các phòng, ban chuyên môn", _HEADINGS),
    "kinds_of_the_commune": ("các phòng, ban, ngành xã", "Các phòng, ban, ngành xã", _HEADINGS),
}


def _units(text: str) -> set[tuple[str, bool]]:
    """The units the document `text` names, each with whether it leads."""
    return {(unit.name, unit.lead) for unit in parse_text(text).units}


def _document(place: str, printed: str) -> str:
    document, lines, _ = _PLACES[place]
    capitalized = printed[:1].upper() + printed[1:]
    return document.format(body=lines.format(name=printed, Name=capitalized))


def _grid() -> list[object]:
    cases: list[object] = []
    for shape, (printed, name, places) in _SHAPES.items():
        for place in places:
            expected = {(name, True)} | _PLACES[place][2]
            case_id = f"{shape}-{place}"
            cases.append(pytest.param(_document(place, printed), expected, id=case_id))
    return cases


@pytest.mark.parametrize(("text", "expected"), _grid())
def test_a_commune_s_offices_addressed_as_a_whole_are_one_unit(
    text: str, expected: set[tuple[str, bool]]
) -> None:
    assert _units(text) == expected


@pytest.mark.parametrize("shape", list(_SHAPES))
@pytest.mark.parametrize(
    "line",
    [
        # a partner in a sentence (ANNOTATION.md: generic nouns in a `phối hợp với` list)
        "2. Trạm Y tế xã chủ trì, phối hợp với {name} tổ chức tuyên truyền.",
        # a request to everybody (the closing formula)
        "2. Ủy ban nhân dân xã yêu cầu {name}, các đơn vị nghiêm túc thực hiện.",
    ],
    ids=["partner", "everybody"],
)
def test_a_commune_s_offices_mentioned_in_a_sentence_are_no_unit(shape: str, line: str) -> None:
    printed = _SHAPES[shape][0]
    units = _units(_PLAN.format(body=line.format(name=printed)))
    assert units <= {("Phòng Văn hóa - Xã hội", True), ("Trạm Y tế xã", True)}
