"""How the list of bodies a request asks is read in a ward's plan: on past a member the
lexicon lacks (`tổ hòa giải cơ sở`) to the bodies after it, never an activity for a member;
a level's places closing the list (`các huyện`) placing every member at that level; and the
head of a residential group (`Tổ trưởng tổ dân phố`) standing for his group; and the heads of
everybody inside a list (`..., trưởng các đơn vị, đoàn thể chịu trách nhiệm`) naming no body
of their own, read past so the bodies around them keep their task; a list whose opening pieces
name no body the parser reads (`Thường trực HĐND, ...`, a club) keeping the bodies after them."""

from __future__ import annotations

import pytest

from plan_extract.pipeline import parse_text

_WARD = """ỦY BAN NHÂN DÂN
PHƯỜNG HÒA AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 45/KH-UBND

Hòa An, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Tổng vệ sinh môi trường năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao ý thức giữ gìn vệ sinh môi trường của người dân.

II. TỔ CHỨC THỰC HIỆN
{item}
"""

_MTTQ = "Ủy ban Mặt trận Tổ quốc Việt Nam"

# (case, the implementation item, the units it names with their lead flags)
_CASES: list[tuple[str, str, list[tuple[str, bool]]]] = [
    (
        "a_request_list_past_a_body_the_lexicon_lacks",
        "1. Đề nghị Ủy ban MTTQ phường, tổ hòa giải cơ sở và các đoàn thể vận động nhân dân"
        " tham gia tổng vệ sinh.",
        [(_MTTQ, True), ("Các tổ chức chính trị - xã hội", True)],
    ),
    (
        "an_assignment_list_past_a_body_the_lexicon_lacks",
        "1. Giao Trạm Y tế phường, tổ y tế cơ sở, Công an phường phối hợp kiểm tra vệ sinh.",
        [("Trạm Y tế xã", True), ("Công an xã", True)],
    ),
    (
        "an_activity_after_the_list_is_no_member",
        "1. Đề nghị Hội Nông dân phường, tổ chức hội nghị và các buổi tập huấn cho hội viên.",
        [("Hội Nông dân", True)],
    ),
    (
        "the_head_of_a_residential_group_stands_for_it",
        "1. Trưởng thôn, Tổ trưởng tổ dân phố tổ chức họp dân lấy ý kiến.",
        [("Trưởng thôn", True), ("Tổ dân phố", True)],
    ),
    (
        "a_level_s_places_closing_the_list_place_every_member",
        "1. Trung tâm Y tế, Phòng Giáo dục và Đào tạo các huyện phối hợp khám sàng lọc.",
        [("Trung tâm Y tế huyện", True), ("Phòng Giáo dục và Đào tạo", True)],
    ),
    (
        "the_heads_of_everybody_inside_a_list_keep_the_bodies_around_them",
        "1. Tổ chức tổng vệ sinh. Trưởng thôn, Tổ trưởng tổ dân phố, Hiệu trưởng các trường học,"
        " trưởng các đơn vị, đoàn thể chịu trách nhiệm huy động lực lượng.",
        [
            ("Trưởng thôn", True),
            ("Tổ dân phố", True),
            ("Trường học", True),
            ("Các tổ chức chính trị - xã hội", True),
        ],
    ),
    (
        "a_body_after_the_heads_of_everybody_is_listed_too",
        "1. Công an phường, trưởng các đơn vị và Trạm Y tế phường chịu trách nhiệm tuyên truyền.",
        [("Công an xã", True), ("Trạm Y tế xã", True)],
    ),
    (
        "the_heads_of_everybody_alone_name_no_body",
        "1. Tổ chức tổng vệ sinh. Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm huy động"
        " lực lượng.",
        [],
    ),
    # a list whose opening piece names no body the parser reads keeps the bodies after it
    # (issue 12): the opening piece names no unit
    (
        "a_request_list_opening_with_a_body_without_a_head_noun",
        "1. Đề nghị Thường trực HĐND, Ủy ban Kiểm tra Đảng ủy phường phối hợp giải quyết"
        " kiến nghị của nhân dân.",
        [("Ủy ban Kiểm tra Đảng ủy phường", True)],
    ),
    (
        "a_request_list_past_two_unread_openings",
        "1. Đề nghị Thường trực HĐND, Thường trực Đảng ủy, Hội Nông dân phường tuyên truyền.",
        [("Hội Nông dân", True)],
    ),
    (
        "a_subject_list_opening_with_a_club",
        "1. Câu lạc bộ Dưỡng sinh phường, Hội Người cao tuổi phường, Hội Cựu chiến binh phường"
        " phối hợp ra quân dọn vệ sinh.",
        [("Hội Người cao tuổi phường", True), ("Hội Cựu chiến binh", True)],
    ),
    # precision: without a request word, the list keeps its bodies only before a role word
    (
        "no_role_word_after_a_subject_list_opening_with_a_club",
        "1. Câu lạc bộ Dưỡng sinh phường, Hội Người cao tuổi phường giao lưu văn nghệ.",
        [],
    ),
    (
        # the standing committee stands for the council (ANNOTATION.md: a board for its body)
        "a_standing_committee_named_with_its_level",
        "1. Đề nghị Thường trực HĐND phường giám sát việc thực hiện.",
        [("Hội đồng nhân dân phường", True)],
    ),
]


@pytest.mark.parametrize(
    ("item", "expected"), [pytest.param(item, units, id=case) for case, item, units in _CASES]
)
def test_the_bodies_a_list_names(item: str, expected: list[tuple[str, bool]]) -> None:
    units = parse_text(_WARD.format(item=item)).units
    assert sorted((u.name, u.lead) for u in units) == sorted(expected)
