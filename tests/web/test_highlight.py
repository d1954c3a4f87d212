from __future__ import annotations

from plan_extract.core.contract import Deadline, DocumentMeta, Plan, Source, Target, Unit
from plan_extract.web.highlight import panel, render_line, render_lines, spans

LINES = [
    (1, "KẾ HOẠCH"),
    (2, "Phấn đấu tỷ lệ nữ đạt 30% vào năm 2030, Hội Liên hiệp Phụ nữ xã theo dõi."),
    (3, "Hội LHPN xã báo cáo trước ngày 15/12 hằng năm <b>."),
]


def make_plan() -> Plan:
    return Plan(
        source=Source(path="p.txt", sha256="0" * 64, format="txt", parser_version="0"),
        document=DocumentMeta(),
        targets=[
            Target(
                id="t1", section="I", line=2, text="tỷ lệ nữ đạt 30% vào năm 2030",
                indicator="tỷ lệ nữ", domain="politics", value=30, unit="percent",
                comparator=">=", year=2030,
            )
        ],
        units=[
            Unit(
                id="hoi-lhpn", name="Hội Liên hiệp Phụ nữ xã", kind="mass_organization",
                mentions=["Hội Liên hiệp Phụ nữ xã", "Hội LHPN xã"], lead=True, sections=["I"],
            )
        ],
        deadlines=[
            Deadline(
                id="d1", text="trước ngày 15/12 hằng năm", kind="recurring", section="I", line=3
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


def test_a_word_inside_a_target_clause_is_nested_and_a_crossing_one_is_dropped() -> None:
    text = "đạt 30% trước ngày 15/12 hằng năm"
    from plan_extract.web.highlight import Span

    nested = str(
        render_line(text, [Span(0, len(text), "target", "t1"), Span(8, 33, "deadline", "d1")])
    )
    assert nested.startswith('<mark class="target" data-item="t1">đạt 30% <mark class="deadline"')
    crossing = str(render_line(text, [Span(0, 10, "target", "t1"), Span(8, 33, "deadline", "d1")]))
    assert "deadline" not in crossing and 'class="target"' in crossing


def test_an_item_whose_words_are_not_verbatim_marks_its_whole_line() -> None:
    plan = make_plan()
    line = "Tỷ lệ nữ tham gia cấp ủy đạt ít nhất ba mươi phần trăm"
    html = str(render_line(line, spans(plan, [(2, line)])[2]))
    assert html == f'<mark class="target" data-item="t1">{line}</mark>'


def test_the_panel_lists_every_item_with_its_line() -> None:
    groups = {group.kind: group.items for group in panel(make_plan(), LINES)}
    assert [(i.id, i.line) for i in groups["target"]] == [("t1", 2)]
    assert [(i.id, i.line) for i in groups["unit"]] == [("hoi-lhpn", 2)]
    assert [(i.id, i.line) for i in groups["deadline"]] == [("d1", 3)]
    assert "30" in groups["target"][0].label
