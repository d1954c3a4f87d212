"""An item of the implementation section names bodies when it heads their duties (corpus/
ANNOTATION.md, units: the subsection headings; docs/domain.md: one subsection per unit, with
its duties), closed by a colon or on its own line. An item that is a sentence about persons
names no body: a plural article before a title heading no body is persons, not a body's
description (`Các thành viên tổ công tác`, `2. Các thành viên trong gia đình chia sẻ công
việc nhà.`). The grid: the heading's shapes (a body the lexicon names, bodies it lacks but
whose head word it has, a collective, a request, several bodies, the members as a heading)
and the sentences (a family's members, a working group's, a person, households, a description
and its verb) × the places a plan puts them (a numbered item, a lettered one, a bullet, a bold
Markdown heading, a Word heading, hard-wrapped at 72) × how the heading closes (a colon, its
own line) or what stands under the sentence (nothing, a bullet). Each case's units were
written down before the parser ran."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import docx
import pytest

from files_helpers import docx_bytes
from plan_extract.pipeline import parse_bytes, parse_text
from unit_plans import PROVINCE_2026, under_implementation

_DUTY = "- Chủ trì tuyên truyền về bình đẳng giới tại địa bàn."
_CONTROL = "Sở Tài chính chủ trì bố trí kinh phí thực hiện kế hoạch."
_LEAD = {("Sở Tài chính", True)}

# a heading over its duties: its text (no closing mark) and the units it gives, as lead
_HEADINGS: dict[str, tuple[str, set[str]]] = {
    "known_body": ("Sở Y tế", {"Sở Y tế"}),
    "unknown_cooperative": (
        "Hợp tác xã Nông nghiệp Tân Phú",
        {"Hợp tác xã Nông nghiệp Tân Phú"},
    ),
    "unknown_board": ("Ban Quản lý chợ Tân Phú", {"Ban Quản lý chợ Tân Phú"}),
    "collective": ("Các doanh nghiệp công nghệ số", {"Các doanh nghiệp công nghệ số"}),
    "request": (
        "Đề nghị Hội Liên hiệp Phụ nữ tỉnh và Hội Nông dân tỉnh",
        {"Hội Liên hiệp Phụ nữ", "Hội Nông dân"},
    ),
    "several": (
        "Sở Y tế, Sở Giáo dục và Đào tạo, Hợp tác xã Nông nghiệp Tân Phú và Hội Nông dân tỉnh",
        {"Sở Y tế", "Sở Giáo dục và Đào tạo", "Hợp tác xã Nông nghiệp Tân Phú", "Hội Nông dân"},
    ),
    "members_heading": ("Các thành viên tổ công tác", set()),
}

# an item that is a sentence: its text (closed by its stop); it names no body
_SENTENCES: dict[str, str] = {
    "sentence": "Các thành viên trong gia đình chia sẻ công việc nhà.",
    "long_sentence": (
        "Các thành viên trong gia đình chia sẻ công việc nhà, chăm sóc con cái và người cao tuổi."
    ),
    "members": "Các thành viên tổ công tác có trách nhiệm kiểm tra hồ sơ.",
    "households": "Các hộ gia đình chia sẻ công việc nhà.",
    "description_and_its_verb": "Các cơ sở giáo dục tổ chức tuyên truyền cho học sinh.",
    "person": "Ông Nguyễn Văn B, thành viên tổ công tác, báo cáo kết quả.",
}

_UNDER = "- Rà soát hồ sơ của các hộ gia đình trên địa bàn."


def _numbered(first: str, second: str) -> list[str]:
    return [f"1. {first}", f"2. {second}"]


def _lettered(first: str, second: str) -> list[str]:
    return [f"a) {first}", f"b) {second}"]


def _bulleted(first: str, second: str) -> list[str]:
    return [f"- {first}", f"- {second}"]


def _wrapped(first: str, second: str) -> list[str]:
    return [f"1. {first}", *textwrap.wrap(f"2. {second}", 72)]


def _as_text(items: Callable[[str, str], list[str]]) -> Callable[[str, list[str]], set[object]]:
    def parse(item: str, under: list[str]) -> set[object]:
        text = under_implementation(PROVINCE_2026, *items(_CONTROL, item), *under)
        return {(u.name, u.lead) for u in parse_text(text).units}

    return parse


def _bold_markdown(item: str, under: list[str]) -> set[object]:
    lines = [f"**1. {_CONTROL}**", "", f"**2. {item}**", "", *under]
    text = under_implementation(PROVINCE_2026.replace("\n", "\n\n"), "", *lines)
    return {(u.name, u.lead) for u in parse_text(text, markdown=True).units}


def _word_heading(item: str, under: list[str]) -> set[object]:
    document = docx.Document()
    plan = under_implementation(PROVINCE_2026).splitlines()
    for text in [*plan, f"1. {_CONTROL}"]:
        document.add_paragraph(text)
    document.add_paragraph(f"2. {item}", style="Heading 2")
    for text in under:
        document.add_paragraph(text)
    plan_units = parse_bytes(docx_bytes(document), "plan.docx").units
    return {(u.name, u.lead) for u in plan_units}


_PLACES: dict[str, Callable[[str, list[str]], set[object]]] = {
    "numbered": _as_text(_numbered),
    "lettered": _as_text(_lettered),
    "bullet": _as_text(_bulleted),
    "bold_markdown": _bold_markdown,
    "word_heading": _word_heading,
    "wrapped_72": _as_text(_wrapped),
}


def _heading_cases() -> list[object]:
    cases: list[object] = []
    for place in _PLACES:
        for shape, (text, units) in _HEADINGS.items():
            if place == "wrapped_72" and len(text) < 72:
                continue
            for close, item in (("colon", text + ":"), ("own_line", text)):
                expected = {(u, True) for u in units} | _LEAD
                case_id = f"{place}-{shape}-{close}"
                cases.append(pytest.param(place, item, expected, id=case_id))
    return cases


@pytest.mark.parametrize(("place", "item", "expected"), _heading_cases())
def test_a_heading_over_its_duties_names_its_bodies(
    place: str, item: str, expected: set[object]
) -> None:
    assert _PLACES[place](item, [_DUTY]) == expected


def _sentence_cases() -> list[object]:
    cases: list[object] = []
    for place in _PLACES:
        for shape, text in _SENTENCES.items():
            if place == "wrapped_72" and len(text) < 72:
                continue
            for under in ("alone", "over_a_bullet"):
                cases.append(pytest.param(place, text, under, id=f"{place}-{shape}-{under}"))
    return cases


@pytest.mark.parametrize(("place", "item", "under"), _sentence_cases())
def test_an_item_that_is_a_sentence_names_no_body(place: str, item: str, under: str) -> None:
    lines = [_UNDER] if under == "over_a_bullet" else []
    assert _PLACES[place](item, lines) == _LEAD
