"""A request of the issuing authority naming collectives addresses everybody, its list set
apart by `,`, `và` or `;` (corpus/ANNOTATION.md, units: one naming a collective "addresses
everybody", its list "it separates by `;` too"), in every place a plan puts it: a công văn's
paragraph, a numbered item of the implementation section, a bullet, the paragraph opening that
section, and a numbered item hard-wrapped after its `;`. The grid: the requests (`yêu cầu`,
`đề nghị`, `giao`) × the addressees (generic collectives, `các sở, ban, ngành`, `UBND các xã,
thị trấn` opening the list; the control: bodies named, each a lead unit) × the separators ×
the places. The work the same text gives a body by name stays its own (the control line)."""

from __future__ import annotations

import pytest

from plan_extract.pipeline import parse_text

_LETTER = """ỦY BAN NHÂN DÂN
HUYỆN AN LÃO
Số: 1234/UBND-VX
V/v tăng cường công tác tuyên truyền phòng, chống dịch bệnh
Kính gửi: Các phòng, ban, ngành huyện; UBND các xã, thị trấn
Thực hiện chỉ đạo của cấp trên, để bảo đảm hiệu quả công tác phòng, chống dịch bệnh.
{request}
Giao Phòng Y tế phối hợp với Trung tâm Y tế huyện theo dõi, tổng hợp.
"""

_CONTROL_ITEM = "1. Phòng Y tế chủ trì tổ chức tuyên truyền."


def _plan(*body: str) -> str:
    """A district's plan whose implementation section holds the lines `body`."""
    head = [
        "ỦY BAN NHÂN DÂN",
        "HUYỆN AN LÃO",
        "KẾ HOẠCH",
        "Tuyên truyền phòng, chống dịch bệnh năm 2026",
        "I. MỤC ĐÍCH",
        "Nâng cao nhận thức của người dân.",
        "II. TỔ CHỨC THỰC HIỆN",
    ]
    return "\n".join([*head, *body]) + "\n"


# the place: the document, the request's line (`{list}` its addressees), the control's units
_PLACES: dict[str, tuple[str, str, set[tuple[str, bool]]]] = {
    "paragraph": (
        _LETTER.format(request="{line}"),
        "{list} theo chức năng, nhiệm vụ triển khai thực hiện.",
        {("Phòng Y tế", True), ("Trung tâm Y tế huyện", False)},
    ),
    "item": (
        _plan(_CONTROL_ITEM, "{line}"),
        "2. {list} theo chức năng, nhiệm vụ triển khai thực hiện.",
        {("Phòng Y tế", True)},
    ),
    "bullet": (
        _plan(_CONTROL_ITEM, "{line}"),
        "- {list} theo chức năng, nhiệm vụ triển khai thực hiện.",
        {("Phòng Y tế", True)},
    ),
    "implementation_opening": (
        _plan("{line}", _CONTROL_ITEM),
        "{list} theo chức năng, nhiệm vụ triển khai thực hiện.",
        {("Phòng Y tế", True)},
    ),
}

_SEPARATORS = {"comma": ", ", "semicolon": "; ", "and": " và "}

# the authority, the list's first and second pieces, and the units they give
_ADDRESSEES: dict[str, tuple[str, str, str, set[tuple[str, bool]]]] = {
    "generic": ("UBND huyện", "các cơ quan, đơn vị", "UBND các xã, thị trấn", set()),
    "departments": ("UBND tỉnh", "các sở, ban, ngành", "UBND các huyện, thị xã, thành phố", set()),
    "communes_first": ("UBND huyện", "UBND các xã, thị trấn", "các cơ quan, đơn vị", set()),
    "named": (
        "UBND huyện",
        "Phòng Tài chính - Kế hoạch",
        "Phòng Nội vụ",
        {("Phòng Tài chính - Kế hoạch", True), ("Phòng Nội vụ", True)},
    ),
}

_REQUESTS = ["yêu cầu", "đề nghị", "giao"]


def _units(text: str) -> set[tuple[str, bool]]:
    """The units the plan `text` names, each with whether it leads."""
    return {(unit.name, unit.lead) for unit in parse_text(text).units}


def _grid() -> list[object]:
    cases: list[object] = []
    for place, (document, shape, control) in _PLACES.items():
        for request in _REQUESTS:
            for addressees, (authority, first, second, units) in _ADDRESSEES.items():
                for separator, mark in _SEPARATORS.items():
                    listed = f"{authority} {request} {first}{mark}{second}"
                    text = document.format(line=shape.format(list=listed))
                    case_id = f"{place}-{request}-{addressees}-{separator}"
                    cases.append(pytest.param(text, units | control, id=case_id))
    return cases


@pytest.mark.parametrize(("text", "expected"), _grid())
def test_a_request_to_collectives_addresses_everybody_in_every_place(
    text: str, expected: set[tuple[str, bool]]
) -> None:
    assert _units(text) == expected


_WRAPPED_ITEM = _plan(
    _CONTROL_ITEM,
    "2. {authority} {request} {first};",
    "{second} theo chức năng, nhiệm vụ triển khai thực hiện.",
)


@pytest.mark.parametrize("request_word", _REQUESTS)
@pytest.mark.parametrize(
    "addressees",
    [
        "generic",
        "departments",
        "named",
        pytest.param(
            "communes_first",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the line above names only committees: the generic collective that makes"
                " the request everybody's stands on the line below",
            ),
        ),
    ],
)
def test_a_request_hard_wrapped_after_its_semicolon_addresses_everybody(
    request_word: str, addressees: str
) -> None:
    authority, first, second, units = _ADDRESSEES[addressees]
    text = _WRAPPED_ITEM.format(
        authority=authority, request=request_word, first=first, second=second
    )
    assert _units(text) == units | {("Phòng Y tế", True)}
