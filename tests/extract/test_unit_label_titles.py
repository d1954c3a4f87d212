"""A role word opening an item is a role label only where a list of bodies follows its colon
(issue 12, lane s37-units-commune): `Phối hợp: Công an xã`, `Phối hợp vận động: Hội Nông dân
xã`; a role word whose object runs to a colon over a sentence of its own titles the item
(`2. Phối hợp kiểm tra, giám sát: Cử đại diện tham gia ...`, the Front's plan of xã Lương
Minh, 10/12/2025), and the words of that sentence name no body."""

from __future__ import annotations

from plan_extract.pipeline import parse_text

_PLAN = """ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ AN HÒA
BAN THƯỜNG TRỰC
KẾ HOẠCH
Giám sát việc thực hiện quy chế dân chủ ở cơ sở năm 2026
I. MỤC ĐÍCH, YÊU CẦU
- Phát huy quyền làm chủ của Nhân dân.
II. NỘI DUNG
{items}
III. TỔ CHỨC THỰC HIỆN
1. Ban công tác Mặt trận các thôn
- Nắm tình hình Nhân dân ở khu dân cư.
"""


def _units(items: str) -> set[tuple[str, bool]]:
    """The units (canonical name, lead) of a plan whose content part is `items`."""
    return {(u.name, u.lead) for u in parse_text(_PLAN.format(items=items)).units}


_BOARD = ("Ban công tác Mặt trận", True)


def test_a_role_word_titling_an_item_over_a_sentence_names_no_body() -> None:
    assert _units(
        "2. Phối hợp kiểm tra, giám sát: Cử đại diện tham gia các đoàn giám sát của Đảng ủy,"
        " Hội đồng nhân dân hoặc Ủy ban bầu cử xã An Hòa khi có đề nghị phối hợp."
    ) == {_BOARD}


def test_a_bare_role_label_with_its_colon_lists_cooperating_bodies() -> None:
    assert _units("2. Tuyên truyền tại khu dân cư.\n- Phối hợp: Hội Nông dân xã.") == {
        _BOARD,
        ("Hội Nông dân", False),
    }


def test_a_role_word_and_its_object_over_a_list_of_bodies_is_still_a_label() -> None:
    assert _units(
        "2. Tuyên truyền tại khu dân cư.\n- Phối hợp vận động: Hội Nông dân xã, Hội Cựu chiến"
        " binh xã."
    ) == {_BOARD, ("Hội Nông dân", False), ("Hội Cựu chiến binh", False)}
