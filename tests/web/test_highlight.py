from __future__ import annotations

from plan_extract.core.contract import (
    Deadline,
    DocumentMeta,
    Occurrence,
    Plan,
    Source,
    Target,
    Unit,
)
from plan_extract.pipeline import parse_text
from plan_extract.web.highlight import Span, panel, render_line, render_lines, spans

LINES = [
    (1, "KẾ HOẠCH"),
    (2, "Phấn đấu tỷ lệ nữ đạt 30% vào năm 2030, Hội Liên hiệp Phụ nữ xã theo dõi."),
    (3, "Hội LHPN xã báo cáo trước ngày 15/12 hằng năm <b>."),
]


def at(line: int, words: str) -> Occurrence:
    """Where `words` stand in line `line` of LINES."""
    start = dict(LINES)[line].index(words)
    return Occurrence(line=line, span=(start, start + len(words)))


def make_plan() -> Plan:
    return Plan(
        source=Source(path="p.txt", sha256="0" * 64, format="txt", parser_version="0"),
        document=DocumentMeta(),
        targets=[
            Target(
                id="t1", section="I", line=2, span=at(2, "tỷ lệ nữ đạt 30% vào năm 2030").span,
                text="tỷ lệ nữ đạt 30% vào năm 2030", indicator="tỷ lệ nữ", domain="politics",
                value=30, unit="percent", comparator=">=", year=2030,
            )
        ],
        units=[
            Unit(
                id="hoi-lhpn", name="Hội Liên hiệp Phụ nữ xã", kind="mass_organization",
                mentions=["Hội Liên hiệp Phụ nữ xã", "Hội LHPN xã"],
                occurrences=[at(2, "Hội Liên hiệp Phụ nữ xã"), at(3, "Hội LHPN xã")],
                lead=True, sections=["I"],
            )
        ],
        deadlines=[
            Deadline(
                id="d1", text="trước ngày 15/12 hằng năm", kind="recurring", section="I", line=3,
                span=at(3, "trước ngày 15/12 hằng năm").span,
            )
        ],
    )  # fmt: skip


def test_items_are_marked_in_their_lines_and_text_is_escaped() -> None:
    html = {line.number: str(line.html) for line in render_lines(make_plan(), LINES)}
    assert html[1] == "KẾ HOẠCH"
    assert '<mark class="target" data-item="t1">tỷ lệ nữ đạt 30% vào năm 2030</mark>' in html[2]
    assert '<mark class="unit" data-item="hoi-lhpn">Hội Liên hiệp Phụ nữ xã</mark>' in html[2]
    assert '<mark class="unit" data-item="hoi-lhpn">Hội LHPN xã</mark>' in html[3]
    assert '<mark class="deadline" data-item="d1">trước ngày 15/12 hằng năm</mark>' in html[3]
    assert "&lt;b&gt;" in html[3] and "<b>" not in html[3]


def test_only_the_spans_are_marked_not_other_places_with_the_same_words() -> None:
    lines = [(1, "Hội LHPN xã phối hợp; Hội LHPN xã báo cáo.")]
    unit = make_plan().units[0]
    second = Occurrence(line=1, span=(22, 33))
    plan = make_plan().model_copy(
        update={
            "targets": [],
            "deadlines": [],
            "units": [unit.model_copy(update={"occurrences": [second]})],
        }
    )
    html = str(render_lines(plan, lines)[0].html)
    assert html == (
        'Hội LHPN xã phối hợp; <mark class="unit" data-item="hoi-lhpn">Hội LHPN xã</mark> báo cáo.'
    )


def test_the_unit_thon_is_marked_and_the_word_thong_before_it_is_not() -> None:
    text = "\n".join(
        ["I. TỔ CHỨC THỰC HIỆN", "1. Các thôn", "- Tăng cường thông tin đến từng thôn."]
    )
    plan = parse_text(text, with_lines=True)
    assert plan.lines is not None
    village = next(u for u in plan.units if u.name == "Thôn")
    assert village.mentions == ["Các thôn", "thôn"]
    html = [str(line.html) for line in render_lines(plan, [(x.number, x.text) for x in plan.lines])]
    assert html[1:] == [
        '1. <mark class="unit" data-item="thon">Các thôn</mark>',
        '- Tăng cường thông tin đến từng <mark class="unit" data-item="thon">thôn</mark>.',
    ]


def test_a_word_inside_a_target_clause_is_nested_and_a_crossing_one_is_dropped() -> None:
    text = "đạt 30% trước ngày 15/12 hằng năm"
    nested = str(
        render_line(text, [Span(0, len(text), "target", "t1"), Span(8, 33, "deadline", "d1")])
    )
    assert nested.startswith('<mark class="target" data-item="t1">đạt 30% <mark class="deadline"')
    crossing = str(render_line(text, [Span(0, 10, "target", "t1"), Span(8, 33, "deadline", "d1")]))
    assert "deadline" not in crossing and 'class="target"' in crossing


def test_an_item_without_a_span_marks_its_whole_line() -> None:
    plan = make_plan()
    old = plan.model_copy(update={"targets": [plan.targets[0].model_copy(update={"span": None})]})
    line = LINES[1][1]
    marked = spans(old, LINES)[2]
    assert Span(0, len(line), "target", "t1") in marked


def test_a_span_outside_its_line_is_not_marked() -> None:
    plan = make_plan()
    wrong = plan.targets[0].model_copy(update={"span": (10, 500)})
    assert not [
        s
        for s in spans(plan.model_copy(update={"targets": [wrong]}), LINES)[2]
        if s.kind == "target"
    ]


def test_the_panel_lists_every_item_with_its_line() -> None:
    groups = {group.kind: group.items for group in panel(make_plan(), "vi")}
    assert [(i.id, i.line) for i in groups["target"]] == [("t1", 2)]
    assert [(i.id, i.line) for i in groups["unit"]] == [("hoi-lhpn", 2)]
    assert [(i.id, i.line) for i in groups["deadline"]] == [("d1", 3)]
    assert "30" in groups["target"][0].label
