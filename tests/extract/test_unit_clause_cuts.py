"""A decision's executing clause whose member's name a conversion cut after the name's own
conjunction (`Giám đốc Sở Kế hoạch và` / `Đầu tư; ...`): one list, the member named whole
(corpus/ANNOTATION.md, units: "An executing clause printed over several lines (a member a
line, or a name cut by the conversion) is one list"), never the part before the cut (`Sở Kế
hoạch`). A cut name the lexicon lacks gives no unit; a line ending with `và` before another
member (`Chủ tịch UBND huyện Yên Lạc và` / `Thủ trưởng ...`) is no cut name. The grid: the
departments' names cut at their `và` × the clause's shapes (an article with `;` or `,`
between its members, an unlabelled paragraph after the articles, the polite address opening
it)."""

from __future__ import annotations

import pytest

from plan_extract.pipeline import parse_text

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH VĨNH LONG
QUYẾT ĐỊNH
Về việc ban hành Kế hoạch phát triển kinh tế số năm 2026
ỦY BAN NHÂN DÂN TỈNH
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển kinh tế số năm 2026.
"""

# each department's name cut after its own `và`: the line's end, the next line's opening
_CUT_NAMES = [
    ("Sở Nông nghiệp và", "Phát triển nông thôn", "Sở Nông nghiệp và Môi trường"),
    ("Sở Kế hoạch và", "Đầu tư", "Sở Kế hoạch và Đầu tư"),
    ("Sở Thông tin và", "Truyền thông", "Sở Thông tin và Truyền thông"),
    ("Sở Tài nguyên và", "Môi trường", "Sở Tài nguyên và Môi trường"),
]

# the clause's shapes around the cut member (`{cut}` / `{rest}`)
_CLAUSES = {
    "article, `;` between members": (
        "Điều 2. Chánh Văn phòng UBND tỉnh; Giám đốc {cut}\n"
        "{rest}; Thủ trưởng các sở, ngành tỉnh chịu trách nhiệm thi hành\n"
        "Quyết định này./.\n"
    ),
    "article, `,` between members": (
        "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc {cut}\n"
        "{rest}, Chủ tịch UBND các huyện, thị xã, thành phố chịu trách nhiệm thi hành\n"
        "Quyết định này./.\n"
    ),
    "unlabelled paragraph after the articles": (
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
        "Chánh Văn phòng UBND tỉnh, Giám đốc {cut}\n"
        "{rest}, Chủ tịch UBND các huyện, thị xã, thành phố chịu trách nhiệm thi hành\n"
        "Quyết định này./.\n"
    ),
    "polite address opening it": (
        "Điều 3. Các ông (bà): Chánh Văn phòng UBND tỉnh, Giám đốc {cut}\n"
        "{rest}, Chủ tịch UBND các huyện, thị xã căn cứ Quyết định thi hành.\n"
    ),
}

_OTHERS = {
    "article, `;` between members": {"Văn phòng Ủy ban nhân dân tỉnh", "Các sở, ban, ngành"},
    "article, `,` between members": {
        "Văn phòng Ủy ban nhân dân tỉnh",
        "Ủy ban nhân dân các huyện, thị xã, thành phố",
    },
    "unlabelled paragraph after the articles": {
        "Văn phòng Ủy ban nhân dân tỉnh",
        "Ủy ban nhân dân các huyện, thị xã, thành phố",
    },
    "polite address opening it": {
        "Văn phòng Ủy ban nhân dân tỉnh",
        "Ủy ban nhân dân các huyện, thị xã, thành phố",
    },
}


def _units(text: str) -> set[tuple[str, bool]]:
    """The units the plan `text` names, each with whether it leads."""
    return {(unit.name, unit.lead) for unit in parse_text(text).units}


@pytest.mark.parametrize("shape", list(_CLAUSES))
@pytest.mark.parametrize(("cut", "rest", "name"), _CUT_NAMES)
def test_a_name_cut_at_its_conjunction_is_named_whole(
    shape: str, cut: str, rest: str, name: str
) -> None:
    text = _HEAD + _CLAUSES[shape].format(cut=cut, rest=rest)
    assert _units(text) == {(unit, True) for unit in {name, *_OTHERS[shape]}}


def test_a_cut_name_the_lexicon_lacks_gives_no_unit() -> None:
    text = _HEAD + (
        "Điều 2. Chánh Văn phòng UBND tỉnh; Giám đốc Trung tâm Nghiên cứu và\n"
        "Ứng dụng tiến bộ khoa học; Thủ trưởng các sở, ngành tỉnh chịu trách nhiệm thi hành\n"
        "Quyết định này./.\n"
    )
    # not `Trung tâm Nghiên cứu`: the part before the cut names no body
    assert _units(text) == {("Văn phòng Ủy ban nhân dân tỉnh", True), ("Các sở, ban, ngành", True)}


def test_a_name_the_lexicon_lacks_on_one_line_gives_no_unit_at_its_conjunction() -> None:
    text = _HEAD + (
        "Điều 2. Chánh Văn phòng UBND tỉnh; Giám đốc Trung tâm Nghiên cứu và Ứng dụng tiến bộ"
        " khoa học; Thủ trưởng các sở, ngành tỉnh chịu trách nhiệm thi hành Quyết định này./.\n"
    )
    # the name goes on past its `và`: not `Trung tâm Nghiên cứu`, as when it is cut there
    assert _units(text) == {("Văn phòng Ủy ban nhân dân tỉnh", True), ("Các sở, ban, ngành", True)}


def test_a_member_after_the_conjunction_is_no_cut_name() -> None:
    text = _HEAD + (
        "Điều 2. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính và\n"
        "Chủ tịch UBND huyện Long Hồ chịu trách nhiệm thi hành Quyết định này./.\n"
    )
    assert _units(text) == {
        ("Văn phòng Ủy ban nhân dân tỉnh", True),
        ("Sở Tài chính", True),
        ("Ủy ban nhân dân huyện Long Hồ", True),
    }
