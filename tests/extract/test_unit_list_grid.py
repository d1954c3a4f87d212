"""Issue 12 (units, point 5): the lists of bodies missing from the lexicon that head an
implementation subsection or an assignment, × the contexts a province plan puts them in (a
numbered heading over its duty line, a `- X:` bullet, a `Đề nghị ...:` heading, a label list,
a partner list, a task table's cooperating column, a heading hard-wrapped). A list splits at
its commas / `;` / `và` where each piece opens with a body's head (the telecom operators'
brands, `Đồn Biên phòng`, `Đội`), never inside a name whose fields go on after its comma
(`Sở Văn hóa, Thể thao và Du lịch`, `Trung tâm Xúc tiến đầu tư, thương mại và du lịch`); a
name closed by its place has no field after it, so a piece no head opens is no part of it; a
parenthesis glossing a collective names no member; a steering board's remit closed by a level
word is its name (corpus/ANNOTATION.md, units). Each case's units were written down before
the parser ran."""

from __future__ import annotations

import pytest

from plan_extract.pipeline import parse_text

_PROVINCE = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 41/KH-UBND
Hà Giang, ngày 9 tháng 4 năm 2026
KẾ HOẠCH
Chuyển đổi số năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức.
II. NHIỆM VỤ
Tuyên truyền sâu rộng.
III. TỔ CHỨC THỰC HIỆN
"""
_TABLE_HEAD = (
    "| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|"
)

_TELECOMS = "Viễn thông Hà Giang, Viettel Hà Giang, Bưu điện tỉnh"
_THREE = ["Viễn thông Hà Giang", "Viettel Hà Giang", "Bưu điện tỉnh"]
_KHCN = "Sở Khoa học và Công nghệ"


def _leads(*names: str) -> list[tuple[str, bool]]:
    return [(name, True) for name in names]


def _partners(*names: str) -> list[tuple[str, bool]]:
    return [(_KHCN, True), *((name, False) for name in names)]


# (case, the implementation section's lines, the units with their lead flags)
_CASES: list[tuple[str, str, list[tuple[str, bool]]]] = [
    # the lead's probe: three bodies, not one glued unit and the last
    ("heading_commas", f"5. {_TELECOMS}\nPhối hợp bảo đảm hạ tầng viễn thông.", _leads(*_THREE)),
    (
        "heading_and",
        "5. Viễn thông Hà Giang, Viettel Hà Giang và Bưu điện tỉnh\nBảo đảm hạ tầng.",
        _leads(*_THREE),
    ),
    (
        "heading_semicolons",
        "5. Viễn thông Hà Giang; Viettel Hà Giang; Bưu điện tỉnh\nBảo đảm hạ tầng.",
        _leads(*_THREE),
    ),
    ("heading_request_colon", f"5. Đề nghị {_TELECOMS}:\nBảo đảm hạ tầng.", _leads(*_THREE)),
    ("heading_hard_wrapped", f"5. {_TELECOMS[:-5]}\ntỉnh\nBảo đảm hạ tầng.", _leads(*_THREE)),
    (
        "bullet_before_its_colon",
        "- Viễn thông Hà Giang, Viettel Hà Giang: bảo đảm hạ tầng viễn thông.",
        _leads("Viễn thông Hà Giang", "Viettel Hà Giang"),
    ),
    (
        "brands_of_the_operators",
        "5. Đề nghị VNPT Hà Giang, Viettel Hà Giang, Mobifone Hà Giang\nBảo đảm hạ tầng.",
        _leads("VNPT Hà Giang", "Viettel Hà Giang", "Mobifone Hà Giang"),
    ),
    (
        "label_list",
        f"- Cơ quan chủ trì: {_KHCN}.\n- Cơ quan phối hợp: {_TELECOMS}.",
        _partners(*_THREE),
    ),
    (
        "partner_list",
        f"- {_KHCN} chủ trì, phối hợp với {_TELECOMS} triển khai hạ tầng số.",
        _partners(*_THREE),
    ),
    (
        "table_cooperating_column",
        f"{_TABLE_HEAD}\n| 1 | Phát triển hạ tầng số | {_KHCN} | {_TELECOMS} | 2026 |",
        _partners(*_THREE),
    ),
    # a name holding a comma: its fields go on after it
    (
        "lexicon_name_with_a_comma_then_a_body",
        "5. Sở Văn hóa, Thể thao và Du lịch, Viễn thông Hà Giang\nTuyên truyền.",
        _leads("Sở Văn hóa, Thể thao và Du lịch", "Viễn thông Hà Giang"),
    ),
    (
        "unknown_name_with_a_comma_then_a_body",
        "5. Trung tâm Xúc tiến đầu tư, thương mại và du lịch, Viễn thông Hà Giang\nXúc tiến.",
        _leads("Trung tâm Xúc tiến đầu tư, thương mại và du lịch", "Viễn thông Hà Giang"),
    ),
    # a piece no head opens after a name its place closed: no field of that name, no body read
    (
        "headless_piece_after_a_placed_name",
        "5. Viễn thông Hà Giang, FPT Hà Giang\nBảo đảm hạ tầng.",
        _leads("Viễn thông Hà Giang"),
    ),
    (
        "headless_partner_after_a_placed_name",
        f"- {_KHCN} chủ trì, phối hợp với Viễn thông Hà Giang, FPT Hà Giang triển khai.",
        _partners("Viễn thông Hà Giang"),
    ),
    # the brands in a parenthesis glossing a collective: examples, no members
    (
        "brands_glossing_a_collective",
        "13. Đề nghị các doanh nghiệp viễn thông (VNPT, Viettel, MobiFone và doanh nghiệp"
        " khác): Bảo đảm thông tin liên lạc.",
        _leads("Các doanh nghiệp viễn thông"),
    ),
    # heads of bodies the lexicon lacks
    (
        "border_post_and_forest_ranger_station",
        "5. Đồn Biên phòng Thanh Thủy, Hạt Kiểm lâm huyện Vị Xuyên\nPhối hợp tuần tra.",
        _leads("Đồn Biên phòng Thanh Thủy", "Hạt Kiểm lâm huyện Vị Xuyên"),
    ),
    (
        "squads",
        "5. Đội Kiểm tra liên ngành tỉnh, Đội tuyên truyền lưu động tỉnh\nKiểm tra.",
        _leads("Đội Kiểm tra liên ngành tỉnh", "Đội tuyên truyền lưu động tỉnh"),
    ),
    ("the_staff_is_no_squad", "5. Đội ngũ cán bộ, công chức\nThực hiện nghiêm túc.", []),
    # a steering board's remit, a role word in it, closed by a level word: its name
    (
        "board_remit_heading",
        "5. Ban Chỉ đạo thực hiện bình đẳng giới tỉnh\nChỉ đạo triển khai.",
        _leads("Ban Chỉ đạo thực hiện bình đẳng giới tỉnh"),
    ),
    (
        "board_remit_bullet",
        "- Ban Chỉ đạo thực hiện bình đẳng giới tỉnh: chỉ đạo triển khai.",
        _leads("Ban Chỉ đạo thực hiện bình đẳng giới tỉnh"),
    ),
    (
        "board_remit_sentence",
        "Ban Chỉ đạo thực hiện bình đẳng giới tỉnh chủ trì, phối hợp với Sở Y tế kiểm tra.",
        [("Ban Chỉ đạo thực hiện bình đẳng giới tỉnh", True), ("Sở Y tế", False)],
    ),
    (
        "board_duty_no_level",
        "- Ban Chỉ đạo thực hiện các nhiệm vụ được giao.",
        _leads("Ban Chỉ đạo"),
    ),
    (
        "board_duty_past_a_tail_word",
        "- Ban Chỉ đạo thực hiện kiểm tra trên địa bàn tỉnh.",
        _leads("Ban Chỉ đạo"),
    ),
]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [pytest.param(lines, expected, id=case) for case, lines, expected in _CASES],
)
def test_a_list_of_bodies_names_each_as_printed(
    lines: str, expected: list[tuple[str, bool]]
) -> None:
    text = _PROVINCE + lines + "\n"
    found = [(u.name, u.lead) for u in parse_text(text, markdown="|" in text).units]
    assert sorted(found) == sorted(expected)
