"""Where a collective's description ends (issue 12 §5; corpus/ANNOTATION.md, units: collective
addressees assigned as a whole are units, a collective heading its duties that the lexicon lacks
keeps its printed name; persons, and descriptions of the plan's own content, are none). In a
sentence the description ends at the duty's verb (roles.yaml LEAD_WORD, COOPERATE_WORD): the
lexicon's collective before it is a unit, a description the lexicon lacks names no body there,
and persons or households (units.yaml `person_nouns`) never do. Heading its duties (closed by a
colon, over a duty opening with its verb), a description the lexicon lacks is a unit in a
bullet as in a numbered item. The grid: the shapes (a lexicon collective, a description the
lexicon lacks, the plan's content, persons and households) × the places a plan puts them (a
numbered item, a bullet, a paragraph's sentence, hard-wrapped at 40 columns, a decision's
article); the headings (the lexicon's collectives, descriptions it lacks, content, persons) × a
numbered item and a bullet × closed by a colon or on their own line, over a duty opening with
its verb. Each case's units were written down before the parser ran."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import pytest

from plan_extract.pipeline import parse_text
from unit_plans import PROVINCE_2026, commune_decision, under_implementation

_CONTROL = "Sở Tài chính chủ trì bố trí kinh phí thực hiện kế hoạch."
_LEAD = {("Sở Tài chính", True)}
_DUTY = "- Chủ trì tuyên truyền về bình đẳng giới tại địa bàn."

# a sentence opening with a collective's description and its duty's verb: the units it gives
_SENTENCES: dict[str, tuple[str, set[str]]] = {
    "departments": (
        "Các sở, ban, ngành tỉnh chủ động triển khai kế hoạch tại cơ quan, đơn vị mình.",
        {"Các sở, ban, ngành"},
    ),
    "communes": (
        "Ủy ban nhân dân các xã, phường tổ chức tuyên truyền về bình đẳng giới tại địa bàn.",
        {"Ủy ban nhân dân các xã, phường, đặc khu"},
    ),
    "schools_unknown": ("Các cơ sở giáo dục tổ chức tuyên truyền cho học sinh.", set()),
    "firms_unknown": (
        "Các doanh nghiệp công nghệ số phối hợp triển khai nền tảng số cho người dân.",
        set(),
    ),
    "associations_unknown": ("Các hội nghề nghiệp tích cực vận động hội viên tham gia.", set()),
    "content": ("Các nội dung trên triển khai thực hiện trong năm 2026.", set()),
    "activities": ("Các hoạt động tuyên truyền tổ chức thường xuyên tại cơ sở.", set()),
    "indicators": ("Các chỉ tiêu phấn đấu hoàn thành trong năm 2026.", set()),
    "households": ("Các hộ gia đình chủ động đăng ký tham gia mô hình.", set()),
    "members": ("Các hội viên tích cực tham gia sinh hoạt tại chi hội.", set()),
}

# a heading over a duty opening with its verb: its text (no closing mark) and its units
_HEADINGS: dict[str, tuple[str, set[str]]] = {
    "departments": ("Các sở, ban, ngành tỉnh", {"Các sở, ban, ngành"}),
    "heads_of_bodies": ("Thủ trưởng các cơ quan, đơn vị", {"Các cơ quan, đơn vị"}),
    "communes": ("UBND các xã, phường", {"Ủy ban nhân dân các xã, phường, đặc khu"}),
    "firms": ("Các doanh nghiệp công nghệ số", {"Các doanh nghiệp công nghệ số"}),
    "cooperatives": ("Các hợp tác xã nông nghiệp", {"Các hợp tác xã nông nghiệp"}),
    "content": ("Các nội dung trên", set()),
    "activities": ("Các hoạt động tuyên truyền", set()),
    "households": ("Các hộ gia đình", set()),
    "pupils": ("Các học sinh", set()),
}


def _units(text: str) -> set[object]:
    return {(u.name, u.lead) for u in parse_text(text).units}


def _implementation(*lines: str) -> set[object]:
    return _units(under_implementation(PROVINCE_2026, *lines))


def _numbered(sentence: str) -> set[object]:
    return _implementation(f"1. {_CONTROL}", f"2. {sentence}")


def _bullet(sentence: str) -> set[object]:
    return _implementation(f"- {_CONTROL}", f"- {sentence}")


def _paragraph(sentence: str) -> set[object]:
    return _implementation(_CONTROL, sentence)


def _wrapped_40(sentence: str) -> set[object]:
    return _implementation(f"1. {_CONTROL}", *textwrap.wrap(f"2. {sentence}", 40))


def _article(sentence: str) -> set[object]:
    decision = commune_decision("thực hiện bình đẳng giới")
    return _units(decision.format(body=f"Điều 3. {sentence}"))


_PLACES = {
    "numbered": _numbered,
    "bullet": _bullet,
    "paragraph": _paragraph,
    "wrapped_40": _wrapped_40,
    "article": _article,
}
# the decision issuing a commune's plan: a province's bodies are not its to address
_NOT_IN_ARTICLE = {"departments"}


def _sentence_cases() -> list[object]:
    return [
        pytest.param(place, text, units, id=f"{place}-{shape}")
        for place in _PLACES
        for shape, (text, units) in _SENTENCES.items()
        if not (place == "article" and shape in _NOT_IN_ARTICLE)
    ]


@pytest.mark.parametrize(("place", "sentence", "units"), _sentence_cases())
def test_a_description_ends_at_its_duty_s_verb(place: str, sentence: str, units: set[str]) -> None:
    expected = {(u, True) for u in units} | (set() if place == "article" else _LEAD)
    assert _PLACES[place](sentence) == expected


def _numbered_heading(heading: str) -> list[str]:
    return [f"1. {_CONTROL}", f"2. {heading}", _DUTY]


def _bullet_heading(heading: str) -> list[str]:
    return [f"- {_CONTROL}", f"- {heading}", _DUTY]


def _heading_cases() -> list[object]:
    return [
        pytest.param(items, text + close, units, id=f"{place}-{shape}-{name}")
        for place, items in (("numbered", _numbered_heading), ("bullet", _bullet_heading))
        for shape, (text, units) in _HEADINGS.items()
        for name, close in (("colon", ":"), ("own_line", ""))
    ]


@pytest.mark.parametrize(("items", "heading", "units"), _heading_cases())
def test_a_description_heading_its_duties_names_a_body_of_its_kind(
    items: Callable[[str], list[str]], heading: str, units: set[str]
) -> None:
    assert _implementation(*items(heading)) == {(u, True) for u in units} | _LEAD


def test_a_bullet_description_over_no_duty_names_no_body() -> None:
    """`- Các văn bản hướng dẫn:` over the documents it lists: no duty under it, no heading."""
    lines = [f"- {_CONTROL}", "- Các văn bản hướng dẫn:", "- Quyết định số 12/QĐ-UBND."]
    assert _implementation(*lines) == _LEAD
