"""Inline HTML a converter leaves in a Markdown plan (read.text.html): `<strong>`, `<p
align="center">`, `<br>`, headings, footnote marks, links read as the Markdown marks they stand
for, never left in a title, a unit's name or a task."""

from __future__ import annotations

import re

from plan_extract.evaluate.variants import outline
from plan_extract.pipeline import parse_bytes
from plan_extract.read.model import Hint
from plan_extract.read.text import read_text_bytes

BODY = """{kind}

{title}

Căn cứ {law} ngày 29 tháng 11 năm 2006{note};

{section_1}

Phấn đấu đến cuối năm 2026, tỷ lệ nữ tham gia cấp ủy đạt 30%.

{section_2}

{task_1}

{task_2}

{section_3}

Các đơn vị triển khai thực hiện nghiêm túc Kế hoạch này.
"""
HEADER = (
    "| ỦY BAN NHÂN DÂN<br>**XÃ TÂN AN** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>"
    "**Độc lập - Tự do - Hạnh phúc** |\n|---|---|\n"
    "| Số: 27/KH-UBND | *Tân An, ngày 12 tháng 2 năm 2026* |\n\n"
)
CLOSING = (
    "\n| ***Nơi nhận:***<br>- UBND huyện;<br>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>"
    "**CHỦ TỊCH**<br><br>**Lê Thị Hoa** |\n|---|---|\n"
)
TASK_1 = (
    "1. Tổ chức tập huấn kiến thức về giới cho cán bộ xã.{br}Giao {b}Văn phòng HĐND và UBND"
    " xã{eb} chủ trì, phối hợp với {b}Hội Liên hiệp Phụ nữ xã{eb} thực hiện, hoàn thành trong"
    " Quý II/2026."
)
TASK_2 = (
    "2. Rà soát số liệu nữ cán bộ{note}. {b}Công an xã{eb} chủ trì thực hiện, hoàn thành trước"
    " ngày 30/9/2026."
)

MARKDOWN = (
    HEADER
    + BODY.format(
        kind="**KẾ HOẠCH**",
        title="**Thực hiện công tác bình đẳng giới năm 2026**",
        law="Luật Bình đẳng giới",
        note="",
        section_1="**I. MỤC TIÊU**",
        section_2="**II. NHIỆM VỤ VÀ GIẢI PHÁP**",
        task_1=TASK_1.format(br="\n", b="", eb=""),
        task_2=TASK_2.format(note="", b="", eb=""),
        section_3="**III. TỔ CHỨC THỰC HIỆN**",
    )
    + CLOSING
)
HTML = (
    HEADER
    + BODY.format(
        kind='<p align="center"><strong>KẾ HOẠCH</strong></p>',
        title='<p style="text-align:center"><b>Thực hiện công tác\nbình đẳng giới năm 2026</b></p>',
        law='<a href="https://example.vn/van-ban/12">Luật Bình đẳng giới</a>',
        note='<sup><a href="#_ftn1" name="_ftnref1">[1]</a></sup>',
        section_1="<h2>I. MỤC TIÊU</h2>",
        section_2="<p><strong>II. NHIỆM VỤ VÀ GIẢI PHÁP</strong></p>",
        task_1="<p>" + TASK_1.format(br="<br>", b="<strong>", eb="</strong>") + "</p>",
        task_2="<div>" + TASK_2.format(note="<sup>2</sup>", b="<b>", eb="</b>") + "</div>",
        section_3='<p align="center">\n  <strong>III. TỔ CHỨC THỰC HIỆN</strong>\n</p>',
    )
    + CLOSING
)


def test_inline_html_reads_as_the_markdown_marks_it_stands_for() -> None:
    markdown, html = parse_bytes(MARKDOWN.encode(), "a.md"), parse_bytes(HTML.encode(), "a.md")
    assert len(markdown.units) == 3 and len(markdown.deadlines) == 2  # what must be matched
    assert [section.title for section in markdown.sections][:3] == [
        "MỤC TIÊU",
        "NHIỆM VỤ VÀ GIẢI PHÁP",
        "TỔ CHỨC THỰC HIỆN",
    ]
    assert outline(html) == outline(markdown)
    assert html.document.title == "Thực hiện công tác bình đẳng giới năm 2026"


def test_no_tag_is_left_in_a_title_a_unit_a_task_or_a_basis() -> None:
    plan = parse_bytes(HTML.encode(), "a.md")
    texts = [plan.document.title or "", *(unit.name for unit in plan.units)]
    texts += [task.text for task in plan.tasks] + [basis.text for basis in plan.document.basis]
    assert plan.tasks and plan.document.basis
    assert not [text for text in texts if re.search(r"[<>]|\[1\]|ftn", text)]
    assert plan.document.basis[0].text.endswith("năm 2006")  # the footnote mark dropped


def test_bold_centred_and_heading_tags_become_hints() -> None:
    lines = {line.text: line for line in read_text_bytes(HTML.encode(), "md").lines if line.text}
    assert {Hint.BOLD, Hint.CENTERED} <= lines["KẾ HOẠCH"].hints
    assert {Hint.BOLD, Hint.CENTERED} <= lines["III. TỔ CHỨC THỰC HIỆN"].hints
    assert Hint.HEADING in lines["I. MỤC TIÊU"].hints and lines["I. MỤC TIÊU"].heading_level == 2
    task = next(text for text in lines if text.startswith("Giao "))
    assert Hint.BOLD not in lines[task].hints  # bold in part: no bold line
    assert Hint.CENTERED not in lines[task].hints


def test_a_break_splits_a_line_and_each_part_keeps_its_source_line() -> None:
    text = "Mở đầu.\n<p>Dòng một<br/>Dòng hai</p>\nKết thúc.\n"
    lines = [(line.source_line, line.text) for line in read_text_bytes(text.encode(), "md").lines]
    assert [item for item in lines if item[1]] == [
        (1, "Mở đầu."),
        (2, "Dòng một"),
        (2, "Dòng hai"),
        (3, "Kết thúc."),
    ]
    assert (2, "") in lines  # the paragraph ends: a blank line


def test_an_exponent_is_kept_and_a_line_without_html_is_left_as_it_is() -> None:
    text = "<p>Trồng mới 120 m<sup>2</sup> cây xanh &amp; thảm cỏ.</p>\nTỷ lệ R&D đạt 5 %  .\n"
    lines = [line for line in read_text_bytes(text.encode(), "md").lines if line.text]
    assert [line.text for line in lines] == [
        "Trồng mới 120 m2 cây xanh & thảm cỏ.",
        "Tỷ lệ R&D đạt 5 %  .",
    ]


def test_tags_inside_a_pipe_table_cell_are_dropped() -> None:
    text = (
        "| TT | Nhiệm vụ | Chủ trì |\n|---|---|---|\n"
        "| 1 | <strong>Rà soát</strong> hồ sơ | Công an xã<sup>1</sup> |\n"
        "| 2 | Tập huấn &amp; kiểm tra | <p>Trạm Y tế xã</p><p>Đoàn Thanh niên xã</p> |\n"
    )
    rows = [line.cells for line in read_text_bytes(text.encode(), "md").lines if line.cells]
    assert rows == [
        ("TT", "Nhiệm vụ", "Chủ trì"),
        ("1", "Rà soát hồ sơ", "Công an xã"),
        ("2", "Tập huấn & kiểm tra", "Trạm Y tế xã; Đoàn Thanh niên xã"),
    ]


def test_an_entity_on_a_line_without_tags_is_read_in_a_text_with_html() -> None:
    text = "<p>Mở đầu.</p>\nCăn cứ&nbsp;Luật Đất đai&#44; R&D và AT&T;\n"
    lines = [line.text for line in read_text_bytes(text.encode(), "md").lines if line.text]
    assert lines == ["Mở đầu.", "Căn cứ Luật Đất đai, R&D và AT&T;"]


def test_list_items_print_their_bullets_and_numbers() -> None:
    text = (
        '<ol type="I"><li><b>MỤC TIÊU</b></li><li><b>NHIỆM VỤ</b>\n<ol start="2">'
        '<li>Tập huấn</li><li value="5">Kiểm tra</li></ol></li></ol>\n'
        "<ul><li>Công an xã;<li>Trạm Y tế xã.</ul>\n"
        '<ol type="a"><li>Rà soát</li><li>Báo cáo</li></ol>\n'
    )
    lines = [line for line in read_text_bytes(text.encode(), "md").lines if line.text]
    assert [line.text for line in lines] == [
        "I. MỤC TIÊU",
        "II. NHIỆM VỤ",
        "2. Tập huấn",
        "5. Kiểm tra",
        "- Công an xã;",
        "- Trạm Y tế xã.",
        "a. Rà soát",
        "b. Báo cáo",
    ]
    assert Hint.BOLD in lines[0].hints and Hint.LIST_ITEM in lines[4].hints


def test_a_table_caption_is_a_paragraph_before_the_table() -> None:
    text = (
        "<table><caption>Phụ lục: Phân công nhiệm vụ</caption>\n"
        "<tr><th>TT</th><th>Nhiệm vụ</th></tr><tr><td>1</td><td>Tập huấn</td></tr></table>\n"
    )
    lines = [line for line in read_text_bytes(text.encode(), "md").lines if line.text]
    assert [(line.text, line.cells) for line in lines] == [
        ("Phụ lục: Phân công nhiệm vụ", None),
        ("TT | Nhiệm vụ", ("TT", "Nhiệm vụ")),
        ("1 | Tập huấn", ("1", "Tập huấn")),
    ]


def test_a_break_at_a_cells_end_keeps_a_converted_pages_table_whole() -> None:
    """The converted pages' `|` tables end at a blank line: a `<br>` ending a cell's line
    leaves none."""
    text = "|\nTT\n|\nChủ trì\n|\n|\n1\n|\nCông an xã<br>\nTrạm Y tế xã<br/>\n|\n|\n"
    rows = [line for line in read_text_bytes(text.encode(), "md").lines if line.text]
    assert [(line.text, line.cells) for line in rows][-1] == (
        "Công an xã Trạm Y tế xã",
        ("Công an xã Trạm Y tế xã",),
    )


def test_markup_html_parser_would_fail_on_reads_as_html5_reads_it() -> None:
    """An unknown marked section (`<![foo[`) made html.parser fail, and the whole file was
    refused; numbers too large for a list or a span are no numbers."""
    text = (
        "<p>Mở đầu.</p><![foo[ bỏ qua ]]>\n<![ ]>\n"
        '<ol type="I" start="99999999999"><li value="²">MỤC TIÊU</li></ol>\n'
        '<table><tr><td colspan="9999999999999999999999">TT</td><td>Nội dung</td></tr></table>\n'
    )
    lines = [line for line in read_text_bytes(text.encode(), "md").lines if line.text]
    assert [(line.text, line.cells) for line in lines] == [
        ("Mở đầu.", None),
        ("I. MỤC TIÊU", None),
        ("TT | Nội dung", ("TT", "Nội dung")),
    ]


def test_a_list_in_a_table_cell_prints_its_bullets_as_a_word_cell() -> None:
    text = (
        "<table><tr><td>1</td><td>Tập huấn</td><td><ul>\n  <li>Sở Y tế</li>\n"
        "  <li>Công an tỉnh</li>\n</ul></td></tr></table>\n"
    )
    rows = [line.cells for line in read_text_bytes(text.encode(), "md").lines if line.cells]
    assert rows == [("1", "Tập huấn", "- Sở Y tế; - Công an tỉnh")]
