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
        "communes_first",
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


_DECISION = """ỦY BAN NHÂN DÂN
HUYỆN AN LÃO
Số: 567/QĐ-UBND
QUYẾT ĐỊNH
Ban hành Kế hoạch tuyên truyền phòng, chống dịch bệnh năm 2026
ỦY BAN NHÂN DÂN HUYỆN AN LÃO
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tuyên truyền phòng, chống dịch bệnh.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn A
KẾ HOẠCH
Tuyên truyền phòng, chống dịch bệnh năm 2026
I. MỤC ĐÍCH
Nâng cao nhận thức của người dân.
II. TỔ CHỨC THỰC HIỆN
{body}
"""

# the places of a request hard-wrapped after its `;`: the document (`{above}` and `{below}` its
# two lines) and the units of the control line
_WRAP_PLACES: dict[str, tuple[str, set[tuple[str, bool]]]] = {
    "item": (_plan(_CONTROL_ITEM, "2. {above}", "{below}"), {("Phòng Y tế", True)}),
    "bullet": (_plan(_CONTROL_ITEM, "- {above}", "{below}"), {("Phòng Y tế", True)}),
    "implementation_opening": (_plan("{above}", "{below}", _CONTROL_ITEM), {("Phòng Y tế", True)}),
    "letter": (
        _LETTER.format(request="{above}\n{below}"),
        {("Phòng Y tế", True), ("Trung tâm Y tế huyện", False)},
    ),
    "decision": (
        _DECISION.format(body="\n".join([_CONTROL_ITEM, "2. {above}", "{below}"])),
        {("Phòng Y tế", True)},
    ),
}

_COMMUNES = "Ủy ban nhân dân các xã, phường, đặc khu"  # the lexicon's name of `UBND các xã`

# the request's two lines (`{request}` its word) and the units they give beside the control's:
# the committees of a level's places on the line above, a collective making the request
# everybody's on the line below (corpus/ANNOTATION.md, units: a request naming a collective
# "addresses everybody", its list "it separates by `;` too"); the negatives: the line below
# naming a body of its own, opening an item of its own, the line above closing its sentence,
# its committees named with their places
_WRAPS: dict[str, tuple[str, str, set[tuple[str, bool]]]] = {
    "generic_below": (
        "UBND huyện {request} UBND các xã, thị trấn;",
        "các cơ quan, đơn vị theo chức năng, nhiệm vụ triển khai thực hiện.",
        set(),
    ),
    "collective_below": (
        "UBND tỉnh {request} Ủy ban nhân dân các xã, phường;",
        "các sở, ban, ngành theo chức năng, nhiệm vụ triển khai thực hiện.",
        set(),
    ),
    "body_below": (
        "UBND huyện {request} UBND các xã, thị trấn;",
        "Phòng Văn hóa và Thông tin theo chức năng, nhiệm vụ triển khai thực hiện.",
        {(_COMMUNES, True), ("Phòng Văn hóa và Thông tin", True)},
    ),
    "item_below": (
        "UBND huyện {request} UBND các xã, thị trấn tổ chức tuyên truyền;",
        "- Các cơ quan, đơn vị theo chức năng, nhiệm vụ phối hợp thực hiện.",
        {(_COMMUNES, True)},
    ),
    "sentence_closed": (
        "UBND huyện {request} UBND các xã, thị trấn tổ chức tuyên truyền.",
        "Các cơ quan, đơn vị theo chức năng, nhiệm vụ phối hợp thực hiện.",
        {(_COMMUNES, True)},
    ),
    "places_named": (
        "UBND huyện {request} UBND xã An Hòa, UBND xã An Tân;",
        "các cơ quan, đơn vị theo chức năng, nhiệm vụ triển khai thực hiện.",
        {("Ủy ban nhân dân xã An Hòa", True), ("Ủy ban nhân dân xã An Tân", True)},
    ),
}


def _wrap_grid() -> list[object]:
    cases: list[object] = []
    for place, (document, control) in _WRAP_PLACES.items():
        for shape, (above, below, units) in _WRAPS.items():
            for request in _REQUESTS:
                text = document.format(above=above.format(request=request), below=below)
                cases.append(pytest.param(text, units | control, id=f"{place}-{shape}-{request}"))
    return cases


@pytest.mark.parametrize(("text", "expected"), _wrap_grid())
def test_committees_above_a_wrap_after_the_semicolon_join_the_collective_below(
    text: str, expected: set[tuple[str, bool]]
) -> None:
    assert _units(text) == expected
