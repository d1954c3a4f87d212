"""The provinces' committees as a whole printed with neither the plural article nor `trực thuộc
Trung ương` (`Chủ tịch Ủy ban nhân dân tỉnh, thành phố chịu trách nhiệm thi hành`, the form of
the Government's texts since the provinces were merged in 2025): the same collective as `Ủy ban
nhân dân các tỉnh, thành phố trực thuộc Trung ương` (corpus/ANNOTATION.md, units: the national
decision's executing clause), not `Ủy ban nhân dân tỉnh` cut at the comma. The grid: the four
printed shapes x the places a national text puts them (the executing clause, on one line or
wrapped inside the name; a subsection heading; a bullet opening a duty; a label list; after
`phối hợp với`); and the shapes that stay no unit (restricted by `có liên quan`, referring back
with `nêu trên`, the named provinces after a cable's colon)."""

from __future__ import annotations

import itertools

import pytest

from plan_extract.pipeline import parse_text

_DECISION = """THỦ TƯỚNG CHÍNH PHỦ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 845/QĐ-TTg

Hà Nội, ngày 12 tháng 8 năm 2026

QUYẾT ĐỊNH
Ban hành Kế hoạch triển khai Luật Thủ đô

THỦ TƯỚNG CHÍNH PHỦ

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai Luật Thủ đô.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. {text}
"""

_PLAN = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

KẾ HOẠCH
Phát triển du lịch nông thôn năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Phát triển du lịch nông thôn bền vững.

II. TỔ CHỨC THỰC HIỆN
{text}
"""

_CABLE = """THỦ TƯỚNG CHÍNH PHỦ

Số: 91/CĐ-TTg

Hà Nội, ngày 02 tháng 9 năm 2026

CÔNG ĐIỆN
Về việc chủ động ứng phó bão số 5

Để chủ động ứng phó, Thủ tướng Chính phủ yêu cầu:

{text}

2. Bộ Quốc phòng chủ trì bố trí lực lượng cứu hộ.
"""

_PROVINCES = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"

# the printed shapes: its head's title or none, the words spelt out or abbreviated
_SHAPES = {
    "the_chairman_spelt_out": "Chủ tịch Ủy ban nhân dân tỉnh, thành phố",
    "the_chairman_abbreviated": "Chủ tịch UBND tỉnh, thành phố",
    "the_committee_spelt_out": "Ủy ban nhân dân tỉnh, thành phố",
    "the_committee_abbreviated": "UBND tỉnh, thành phố",
}

# the places a national text puts them: (context, template over {name}, the other bodies named)
_CONTEXTS: list[tuple[str, str, list[tuple[str, bool]]]] = [
    (
        "in_the_executing_clause",
        _DECISION.format(
            text="Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, {name} chịu trách nhiệm thi"
            " hành Quyết định này./."
        ),
        [("Các bộ", True), ("Các cơ quan ngang bộ", True)],
    ),
    (
        "in_the_executing_clause_wrapped_inside_the_name",
        _DECISION.format(
            text="Các Bộ trưởng, Thủ trưởng cơ quan thuộc Chính phủ, {wrapped}"
            " chịu trách nhiệm thi hành Quyết định này./."
        ),
        [("Các bộ", True), ("Các cơ quan thuộc Chính phủ", True)],
    ),
    (
        "heading_a_subsection",
        _PLAN.format(
            text="1. Bộ Tài chính\nBố trí kinh phí.\n2. {name}\nXây dựng kế hoạch của địa phương."
        ),
        [("Bộ Tài chính", True)],
    ),
    (
        "opening_a_bullet_s_duty",
        _PLAN.format(text="- {name} chỉ đạo các cơ quan chức năng kiểm tra cơ sở lưu trú."),
        [],
    ),
    (
        "in_a_cooperating_label_list",
        _PLAN.format(
            text="1. Xây dựng cơ sở dữ liệu du lịch nông thôn.\nCơ quan chủ trì: Tổng cục Du"
            " lịch.\nCơ quan phối hợp: Bộ Tài chính, {name}."
        ),
        [("Tổng cục Du lịch", True), ("Bộ Tài chính", False)],
    ),
    (
        "after_phối_hợp_với",
        _PLAN.format(
            text="1. Tổng cục Du lịch chủ trì, phối hợp với {name} tổ chức khảo sát điểm đến."
        ),
        [("Tổng cục Du lịch", True)],
    ),
]


def _wrapped(name: str) -> str:
    """The name cut after its comma, as a converted page wraps it."""
    head, tail = name.split(", ")
    return f"{head},\n{tail}"


def _lead(context: str) -> bool:
    return context not in {"in_a_cooperating_label_list", "after_phối_hợp_với"}


_GRID = [
    pytest.param(
        template.format(name=name, wrapped=_wrapped(name)),
        sorted([*others, (_PROVINCES, _lead(context))]),
        id=f"{shape}-{context}",
    )
    for (shape, name), (context, template, others) in itertools.product(_SHAPES.items(), _CONTEXTS)
]


@pytest.mark.parametrize(("text", "expected"), _GRID)
def test_the_provinces_committees_printed_bare(text: str, expected: list[tuple[str, bool]]) -> None:
    assert sorted((u.name, u.lead) for u in parse_text(text).units) == expected


_NONE = [
    pytest.param(
        _PLAN.format(
            text="1. Tổng cục Du lịch phối hợp với UBND tỉnh, thành phố có liên quan khảo sát"
            " điểm đến."
        ),
        [("Tổng cục Du lịch", True)],
        id="restricted_by_có_liên_quan",
    ),
    pytest.param(
        _CABLE.format(
            text="1. Chủ tịch UBND tỉnh, thành phố nêu trên chủ động cho học sinh nghỉ học."
        ),
        [("Bộ Quốc phòng", True)],
        id="referring_back_with_nêu_trên",
    ),
    pytest.param(
        _CABLE.format(
            text="1. Chủ tịch UBND tỉnh, thành phố: Thanh Hóa, Nghệ An:\n\na) Kêu gọi tàu"
            " thuyền vào nơi tránh trú."
        ),
        [("Bộ Quốc phòng", True)],
        id="the_named_provinces_after_the_colon",
    ),
]


@pytest.mark.parametrize(("text", "expected"), _NONE)
def test_the_shapes_that_name_no_province_collective(
    text: str, expected: list[tuple[str, bool]]
) -> None:
    assert sorted((u.name, u.lead) for u in parse_text(text).units) == expected
