"""A description heading names a body only when its head noun is a kind of body (issue 12 §5;
corpus/ANNOTATION.md, units: a collective heading its duties that the lexicon lacks keeps its
printed name, `Các cơ sở nuôi trồng thủy sản`; persons, and the plan's own content, are no
units). After a plural article, the head noun is a kind of body (units.yaml `body_kinds`:
`Các hợp tác xã`, `Các doanh nghiệp ...`), or the plan's content: its classes, documents,
cases, conferences, activities, indicators, works, databases, or households and persons
(`not_body_kinds`, `person_nouns`), which no work is assigned to. The grid: the descriptions
(kinds of bodies, and the plan's content and persons) × the places a plan puts them as a
heading (a numbered item closed by a colon, a numbered item on its own line, a bullet over a
duty, a numbered item hard-wrapped, the implementation section of a plan a decision issues),
each over a duty opening with its verb. Each case's units were written down before the parser
ran."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import pytest

from plan_extract.pipeline import parse_text
from unit_plans import PROVINCE_2026, commune_decision, commune_plan, under_implementation

_CONTROL = "Sở Tài chính chủ trì bố trí kinh phí thực hiện kế hoạch."
_DUTY = "- Tổ chức triển khai thực hiện các nội dung được giao."

# a description of bodies of one kind: the heading's text (no closing mark), its printed name
_BODIES: dict[str, str] = {
    "firms": "Các doanh nghiệp công nghệ số",
    "cooperatives": "Các hợp tác xã nông nghiệp",
    "schools": "Các cơ sở giáo dục mầm non",
    "farms": "Các cơ sở nuôi trồng thủy sản",
    # `sở y tế` inside the kind's noun `cơ sở` is no `Sở Y tế`
    "clinics": "Các cơ sở y tế tư nhân",
    "women_branches": "Các chi hội phụ nữ",
    "credit": "Các tổ chức tín dụng",
    "teams": "Các tổ tự quản",
    "investors": "Các chủ đầu tư",
}

# the plan's content, households and persons: no body
_CONTENT: dict[str, str] = {
    "classes": "Các lớp tập huấn",
    "documents": "Các văn bản hướng dẫn",
    "cases": "Các trường hợp vi phạm",
    "conferences": "Các hội nghị sơ kết",
    "activities": "Các hoạt động truyền thông",
    "indicators": "Các chỉ tiêu chủ yếu",
    "works": "Các công trình trọng điểm",
    "databases": "Các cơ sở dữ liệu chuyên ngành",
    "households": "Các hộ gia đình",
    "members": "Các hội viên",
}


def _units(text: str) -> set[tuple[str, bool]]:
    return {(u.name, u.lead) for u in parse_text(text).units}


def _province(*lines: str) -> set[tuple[str, bool]]:
    return _units(under_implementation(PROVINCE_2026, f"1. {_CONTROL}", *lines))


def _numbered_colon(heading: str) -> set[tuple[str, bool]]:
    return _province(f"2. {heading}:", _DUTY)


def _numbered_own_line(heading: str) -> set[tuple[str, bool]]:
    return _province(f"2. {heading}", _DUTY)


def _bullet(heading: str) -> set[tuple[str, bool]]:
    return _units(under_implementation(PROVINCE_2026, f"- {_CONTROL}", f"- {heading}:", _DUTY))


def _wrapped(heading: str) -> set[tuple[str, bool]]:
    """The item's heading and its duty run on in one paragraph, hard-wrapped at 40 columns."""
    return _province(*textwrap.wrap(f"2. {heading}: {_DUTY[2:]}", 40))


def _decision(heading: str) -> set[tuple[str, bool]]:
    """A commune's decision issuing its plan, the plan's implementation section after it."""
    article = "Điều 3. Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm thi hành Quyết định này."
    plan = commune_plan("Kế hoạch thực hiện bình đẳng giới").format(body=f"2. {heading}:\n{_DUTY}")
    return _units(commune_decision("thực hiện bình đẳng giới").format(body=article) + plan)


_PLACES: dict[str, Callable[[str], set[tuple[str, bool]]]] = {
    "numbered_colon": _numbered_colon,
    "numbered_own_line": _numbered_own_line,
    "bullet": _bullet,
    "wrapped_40": _wrapped,
    "decision": _decision,
}
# the units of each place's frame, written down before the parser ran
_FRAME = {
    "decision": {
        ("Các cơ quan, đơn vị", True),
        ("Phòng Văn hóa - Xã hội", True),
    },
}
_PROVINCE_FRAME = {("Sở Tài chính", True)}


def _cases(shapes: dict[str, str], named: bool) -> list[object]:
    return [
        pytest.param(place, text, {(text, True)} if named else set(), id=f"{place}-{shape}")
        for place in _PLACES
        for shape, text in shapes.items()
    ]


@pytest.mark.parametrize(
    ("place", "heading", "units"), _cases(_BODIES, named=True) + _cases(_CONTENT, named=False)
)
def test_a_description_heading_names_a_body_only_of_a_body_kind(
    place: str, heading: str, units: set[tuple[str, bool]]
) -> None:
    assert _PLACES[place](heading) == units | _FRAME.get(place, _PROVINCE_FRAME)
