"""A steering board's name runs to its level word, a role verb in it (corpus/ANNOTATION.md,
units: `Ban Chỉ đạo thực hiện bình đẳng giới xã`), and a name closed by its level has its place
after it (`Hạt Kiểm lâm huyện Vị Xuyên`): the board printed with its place (`Ban Chỉ đạo ...
xã Tân Hòa`, `... tỉnh An Giang`) is one unit, its name cut neither at the role word nor at
the comma of a pair in its remit (`phòng, chống`). The grid: the boards (a role word in the
remit, a pair in it; the commune's and the province's place; the level alone) × the places a
plan names them in (a numbered heading over its duties or before a colon, a bullet opening
its sentence, a request listing it, a label list, a table's lead cell, a decision's executing
clause, by its head or its members, hard-wrapped inside the name); a board's duty is no part
of its name (`Ban Chỉ đạo thực hiện các nhiệm vụ được giao`)."""

from __future__ import annotations

import pytest

from plan_extract.pipeline import parse_text
from unit_plans import commune_decision, commune_plan

_PLAN = commune_plan("Thực hiện bình đẳng giới")
_DECISION = commune_decision("thực hiện bình đẳng giới")

_TABLE = (
    "| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n"
    "|---|---|---|---|---|\n"
    "| 1 | Tổ chức kiểm tra | {board} | Trạm Y tế xã | Tháng 6/2026 |"
)

_LEAD = {("Phòng Văn hóa - Xã hội", True)}  # the plan's first item
_CLAUSE = {("Văn phòng HĐND và UBND", True), ("Trạm Y tế xã", True)}

# the place: the document, the lines naming the board, the units the other lines give
_PLACES: dict[str, tuple[str, str, set[tuple[str, bool]]]] = {
    "heading": (_PLAN, "2. {board}\nTổ chức kiểm tra việc thực hiện.", _LEAD),
    "heading_colon": (_PLAN, "2. {board}: tổ chức kiểm tra việc thực hiện.", _LEAD),
    "bullet_sentence": (_PLAN, "- {board} chủ trì kiểm tra việc thực hiện.", _LEAD),
    "request_list": (
        _PLAN,
        "2. Giao {board}, Trạm Y tế xã tổ chức kiểm tra.",
        _LEAD | {("Trạm Y tế xã", True)},
    ),
    "label_list": (_PLAN, "2. Tổ chức kiểm tra.\n- Đơn vị chủ trì: {board}.", _LEAD),
    "table_cell": (_PLAN, _TABLE, _LEAD | {("Trạm Y tế xã", False)}),
    "executing_clause": (
        _DECISION,
        "Điều 3. Chánh Văn phòng HĐND và UBND xã, Trưởng {board}, Trưởng Trạm Y tế xã chịu"
        " trách nhiệm thi hành Quyết định này.",
        _CLAUSE,
    ),
    "executing_clause_members": (
        _DECISION,
        "Điều 3. Chánh Văn phòng HĐND và UBND xã, Trưởng Trạm Y tế xã, các thành viên {board}"
        " chịu trách nhiệm thi hành Quyết định này.",
        _CLAUSE,
    ),
    # cut at 72 columns, inside the board's remit
    "executing_clause_wrapped": (
        _DECISION,
        "Điều 3. Chánh Văn phòng HĐND và UBND xã, Trưởng Trạm Y tế xã, Trưởng {board}"
        " chịu trách nhiệm thi hành Quyết định này.",
        _CLAUSE,
    ),
}

_BOARDS = {
    "role_word_commune": "Ban Chỉ đạo thực hiện bình đẳng giới xã Tân Hòa",
    "role_word_province": "Ban Chỉ đạo thực hiện bình đẳng giới tỉnh An Giang",
    "pair_commune": "Ban Chỉ đạo phòng, chống dịch bệnh xã Tân Hòa",
    "role_word_level_alone": "Ban Chỉ đạo thực hiện bình đẳng giới xã",
}

_WRAP_AT = 72


def _wrapped(text: str) -> str:
    """`text` hard-wrapped at `_WRAP_AT` columns, as a conversion cuts a decision's lines."""
    lines: list[str] = []
    for line in text.split("\n"):
        while len(line) > _WRAP_AT:
            cut = line.rfind(" ", 0, _WRAP_AT)
            lines.append(line[:cut])
            line = line[cut + 1 :]
        lines.append(line)
    return "\n".join(lines)


def _grid() -> list[object]:
    cases: list[object] = []
    for board_id, board in _BOARDS.items():
        for place, (document, lines, others) in _PLACES.items():
            body = lines.format(board=board)
            if place.endswith("wrapped"):
                body = _wrapped(body)
            text = document.format(body=body)
            expected = {(board, True)} | others
            cases.append(pytest.param(text, expected, id=f"{board_id}-{place}"))
    return cases


def _units(text: str) -> set[tuple[str, bool]]:
    """The units the document `text` names, each with whether it leads."""
    return {(unit.name, unit.lead) for unit in parse_text(text).units}


@pytest.mark.parametrize(("text", "expected"), _grid())
def test_a_steering_board_named_with_its_place_is_one_unit(
    text: str, expected: set[tuple[str, bool]]
) -> None:
    assert _units(text) == expected


@pytest.mark.parametrize(
    "line",
    [
        "2. Ban Chỉ đạo thực hiện các nhiệm vụ được giao tại xã, báo cáo Ủy ban nhân dân xã.",
        "2. Ban Chỉ đạo thực hiện kiểm tra tại các thôn, Trạm Y tế xã phối hợp.",
        # a word placing the duty before the level word (units.yaml `remit_breaks`)
        "2. Đề nghị Ban Chỉ đạo thực hiện kiểm tra tại xã",
        "2. Đề nghị Ban Chỉ đạo thực hiện kiểm tra tại xã.",
        "2. Đề nghị Ban Chỉ đạo kiểm tra việc thực hiện ở xã.",
        "2. Đề nghị Ban Chỉ đạo chỉ đạo thực hiện tốt trong toàn xã.",
    ],
    ids=[
        "duty_and_article",
        "duty_and_partner",
        "duty_at_the_line_end",
        "duty_at_the_sentence_end",
        "duty_in_the_commune",
        "duty_throughout_the_commune",
    ],
)
def test_a_board_s_duty_is_no_part_of_its_name(line: str) -> None:
    names = {name for name, _ in _units(_PLAN.format(body=line))}
    assert "Ban Chỉ đạo" in names
    assert not any(name.startswith("Ban Chỉ đạo ") for name in names)
