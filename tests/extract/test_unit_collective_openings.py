"""Collectives addressed as a whole (corpus/ANNOTATION.md, units) where a decision's article or
a role label's bullets name them: they count there, a list of generic nouns alone does not."""

from __future__ import annotations

from plan_extract.pipeline import parse_text

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH BÌNH PHƯỚC
Số: 44/2013/QĐ-UBND
Đồng Xoài, ngày 25 tháng 10 năm 2013
QUYẾT ĐỊNH
Ban hành Quy chế làm việc của Ủy ban nhân dân tỉnh
ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban nhân dân tỉnh.
Điều 2.
1. {opening} căn cứ Quy chế này xây dựng Quy chế làm việc cho phù hợp.
2. Quyết định này có hiệu lực thi hành sau 10 ngày, kể từ ngày ký.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn A
"""


def _with_implementation(*lines: str) -> str:
    """The decision, its article addressing everybody, with an implementation section of
    `lines` before its signature."""
    section = "\n".join(["QUY CHẾ", "I. TỔ CHỨC THỰC HIỆN", *lines, "TM. ỦY BAN NHÂN DÂN"])
    return _DECISION.replace("TM. ỦY BAN NHÂN DÂN", section).format(opening="Các cơ quan, đơn vị")


def _units(text: str) -> list[tuple[str, bool]]:
    return sorted((u.name, u.lead) for u in parse_text(text).units)


def test_collectives_opening_a_decision_s_article_with_its_duty_lead() -> None:
    named = _DECISION.format(
        opening="Các cơ quan chuyên môn thuộc UBND tỉnh, Ủy ban nhân dân các huyện, thị xã"
    )
    assert _units(named) == [
        ("Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh", True),
        ("Ủy ban nhân dân các huyện, thị xã, thành phố", True),
    ]
    # generic nouns naming no kind of body address everybody
    assert _units(_DECISION.format(opening="Các cơ quan, đơn vị, địa phương")) == []


def test_generic_nouns_after_a_label_s_bullet_collective_keep_its_role() -> None:
    plan = _with_implementation(
        "1. Tuyên truyền phòng bệnh.",
        "a) Cơ quan chủ trì:",
        "- Sở Y tế.",
        "b) Cơ quan phối hợp:",
        "- Các cơ quan, đơn vị, địa phương.",
        "- Các tổ chức chính trị - xã hội.",
    )
    assert _units(plan) == [
        ("Các cơ quan, đơn vị", False),
        ("Các tổ chức chính trị - xã hội", False),
        ("Sở Y tế", True),
    ]


def test_a_collective_of_the_bodies_under_one_is_not_that_body() -> None:
    plan = _with_implementation(
        "Điều 4. Các đơn vị thuộc Sở Y tế có nhiệm vụ", "1. Lập dự toán kinh phí hằng năm."
    )
    assert _units(plan) == [("Các đơn vị thuộc Sở Y tế", True)]
