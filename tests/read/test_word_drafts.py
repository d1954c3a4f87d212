"""Word drafts as offices write them: numbers from Word's numbering (also through heading and
list styles), fields, comments, page headers, tabs, manual line breaks, a header typed with
tabs, and a Word 97 file of the same draft."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from files_helpers import (
    NUMBERING_XML,
    W_NS,
    docx_bytes,
    number_paragraph,
    set_numbering,
    soffice_convert,
)
from plan_extract.pipeline import parse_bytes
from plan_extract.read import read_bytes, read_path
from plan_extract.read.model import Block, RawDocument

W = f'xmlns:w="{W_NS}"'


def texts(doc: RawDocument, block: Block | None = None) -> list[str]:
    return [line.text for line in doc.lines if line.text and (block is None or line.block == block)]


def _read(document: docx.document.Document) -> RawDocument:
    return read_bytes(docx_bytes(document), "draft.docx")


def _bold_paragraph(document: docx.document.Document, *pieces: str) -> None:
    """A paragraph in bold whose pieces are parted by manual line breaks (Shift+Enter)."""
    run = document.add_paragraph().add_run(pieces[0])
    run.bold = True
    for piece in pieces[1:]:
        run.add_break()
        run.add_text(piece)


def test_a_numbered_heading_broken_by_a_manual_line_break_is_one_heading() -> None:
    document = docx.Document()
    _bold_paragraph(document, "KẾ HOẠCH", "TRIỂN KHAI CÔNG TÁC CHUYỂN ĐỔI SỐ")
    _bold_paragraph(document, "II. NHIỆM VỤ", "VÀ GIẢI PHÁP CHỦ YẾU")
    _bold_paragraph(document, "1. Phát triển hạ tầng số trên địa bàn", "xã và các thôn")
    _bold_paragraph(document, "III. TỔ CHỨC THỰC HIỆN", "1. Phòng Văn hóa - Xã hội")
    _bold_paragraph(document, "1. Thông tin chung về doanh nghiệp", "a/. Tên công ty:")
    _bold_paragraph(document, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    assert texts(_read(document)) == [
        "KẾ HOẠCH",
        "TRIỂN KHAI CÔNG TÁC CHUYỂN ĐỔI SỐ",
        "II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU",
        "1. Phát triển hạ tầng số trên địa bàn xã và các thôn",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Văn hóa - Xã hội",
        "1. Thông tin chung về doanh nghiệp",
        "a/. Tên công ty:",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
    ]


def test_a_heading_broken_by_a_manual_line_break_gives_its_whole_title() -> None:
    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Chuyển đổi số năm 2026")
    _bold_paragraph(document, "I. MỤC ĐÍCH,", "YÊU CẦU")
    document.add_paragraph("Nâng cao nhận thức về chuyển đổi số.")
    _bold_paragraph(document, "II. NHIỆM VỤ", "VÀ GIẢI PHÁP")
    document.add_paragraph("Tổ chức 02 hội nghị mỗi năm.")
    sections = parse_bytes(docx_bytes(document), "draft.docx").sections
    assert [(section.number, section.title) for section in sections] == [
        ("I", "MỤC ĐÍCH, YÊU CẦU"),
        ("II", "NHIỆM VỤ VÀ GIẢI PHÁP"),
    ]


def _link_heading_styles(document: docx.document.Document) -> None:
    """Heading 1 and 2 numbered by the plan's outline list (numId 1), levels 0 and 1, as a
    multilevel list linked to the heading styles is stored."""
    styles = document.styles.element
    for style_id, level in (("Heading1", ""), ("Heading2", '<w:ilvl w:val="1"/>')):
        style = styles.find(f"{{{W_NS}}}style[@{{{W_NS}}}styleId='{style_id}']")
        properties = style.find(f"{{{W_NS}}}pPr")
        properties.insert(0, parse_xml(f'<w:numPr {W}>{level}<w:numId w:val="1"/></w:numPr>'))


def test_heading_styles_linked_to_a_list_number_their_headings() -> None:
    document = docx.Document()
    set_numbering(document)
    _link_heading_styles(document)
    for style, text in [
        ("Heading 1", "MỤC ĐÍCH, YÊU CẦU"),
        ("Heading 2", "Mục đích"),
        ("Normal", "Nâng cao nhận thức."),
        ("Heading 2", "Yêu cầu"),
        ("Heading 1", "NHIỆM VỤ"),
        ("Heading 2", "Tuyên truyền"),
    ]:
        document.add_paragraph(text, style=style)
    assert texts(_read(document)) == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "Nâng cao nhận thức.",
        "2. Yêu cầu",
        "II. NHIỆM VỤ",
        "1. Tuyên truyền",
    ]


# abstract numbering 6 has no levels of its own: it links to the list style `PlanOutline`,
# whose numbering (instance 7, abstract 5) holds them
LIST_STYLE_NUMBERING = NUMBERING_XML.replace(
    "</w:numbering>",
    """<w:abstractNum w:abstractNumId="5"><w:multiLevelType w:val="multilevel"/>
    <w:styleLink w:val="PlanOutline"/>
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>
      <w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>
      <w:lvlText w:val="%2)"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="6"><w:multiLevelType w:val="multilevel"/>
    <w:numStyleLink w:val="PlanOutline"/></w:abstractNum>
  <w:num w:numId="7"><w:abstractNumId w:val="5"/></w:num>
  <w:num w:numId="8"><w:abstractNumId w:val="6"/></w:num>
</w:numbering>""",
)


def test_a_list_defined_by_a_list_style_shows_the_styles_numbers() -> None:
    document = docx.Document()
    set_numbering(document, LIST_STYLE_NUMBERING)
    document.styles.element.append(
        parse_xml(
            f'<w:style {W} w:type="numbering" w:styleId="PlanOutline">'
            '<w:name w:val="Plan Outline"/>'
            '<w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>'
        )
    )
    for level, text in [(0, "MỤC ĐÍCH"), (1, "Mục đích"), (1, "Yêu cầu"), (0, "NHIỆM VỤ")]:
        number_paragraph(document.add_paragraph(text), 8, level)
    assert texts(_read(document)) == ["I. MỤC ĐÍCH", "a) Mục đích", "b) Yêu cầu", "II. NHIỆM VỤ"]


def test_fields_show_their_result_and_comments_and_page_headers_are_no_text() -> None:
    document = docx.Document()
    dated = document.add_paragraph()
    for run in (
        '<w:t xml:space="preserve">An Bình, ngày </w:t>',
        '<w:fldChar w:fldCharType="begin"/>',
        '<w:instrText xml:space="preserve"> DATE \\@ "dd" </w:instrText>',
        '<w:fldChar w:fldCharType="separate"/>',
        "<w:t>03</w:t>",
        '<w:fldChar w:fldCharType="end"/>',
        '<w:t xml:space="preserve"> tháng 02 năm 2026</w:t>',
    ):
        dated._p.append(parse_xml(f"<w:r {W}>{run}</w:r>"))
    commented = document.add_paragraph()
    commented._p.append(parse_xml(f'<w:commentRangeStart {W} w:id="0"/>'))
    commented._p.append(parse_xml(f"<w:r {W}><w:t>Tỷ lệ hộ dùng internet đạt 90%.</w:t></w:r>"))
    commented._p.append(parse_xml(f'<w:commentRangeEnd {W} w:id="0"/>'))
    commented._p.append(parse_xml(f'<w:r {W}><w:commentReference w:id="0"/></w:r>'))
    spaced = document.add_paragraph()
    spaced._p.append(
        parse_xml(f"<w:r {W}><w:t>1.</w:t><w:tab/><w:t>Mục\u00a0tiêu chung</w:t></w:r>")
    )
    paged = document.add_paragraph("Hết trang ")
    paged._p.append(
        parse_xml(f'<w:fldSimple {W} w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple>')
    )
    document.sections[0].header.paragraphs[0].text = "DỰ THẢO LẦN 2"
    document.sections[0].footer.paragraphs[0].text = "Trang 1"
    assert texts(_read(document)) == [
        "An Bình, ngày 03 tháng 02 năm 2026",
        "Tỷ lệ hộ dùng internet đạt 90%.",
        "1. Mục tiêu chung",
        "Hết trang 2",
    ]


def test_a_paragraph_mark_deleted_as_a_tracked_change_runs_the_paragraph_on() -> None:
    """Accepted, a deleted paragraph mark joins its paragraph to the next, which keeps its own
    number: the joined paragraph takes one number, and the list counts on from it."""
    document = docx.Document()
    set_numbering(document)
    deleted_mark = (
        f'<w:rPr {W}><w:del w:id="9" w:author="A" w:date="2026-01-05T00:00:00Z"/></w:rPr>'
    )
    first = document.add_paragraph("Phòng Văn hóa - Xã hội chủ trì,")
    number_paragraph(first, 1, 1)
    first._p.get_or_add_pPr().append(parse_xml(deleted_mark))
    number_paragraph(document.add_paragraph(" phối hợp với Hội Phụ nữ xã."), 1, 1)
    number_paragraph(document.add_paragraph("Đoàn Thanh niên xã tuyên truyền."), 1, 1)
    assert texts(_read(document)) == [
        "1. Phòng Văn hóa - Xã hội chủ trì, phối hợp với Hội Phụ nữ xã.",
        "2. Đoàn Thanh niên xã tuyên truyền.",
    ]


@pytest.mark.parametrize("rule", ["________________", "-----------", "———————", "* * *"])
def test_a_rule_typed_under_the_issuer_or_the_title_is_no_text(rule: str) -> None:
    document = docx.Document()
    header = document.add_table(rows=2, cols=2)
    header.cell(0, 0).text = f"ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\n{rule}"
    header.cell(
        0, 1
    ).text = f"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{rule}"
    header.cell(1, 0).text = "Số: 12/KH-UBND"
    header.cell(1, 1).text = "An Bình, ngày 3 tháng 2 năm 2026"
    for text in ("KẾ HOẠCH", "Chuyển đổi số năm 2026", rule, "I. MỤC TIÊU", "Nội dung."):
        document.add_paragraph(text)
    assert not any(rule in text for text in texts(_read(document)))
    plan = parse_bytes(docx_bytes(document), "draft.docx")
    assert plan.document.title == "Chuyển đổi số năm 2026"


def _typed_header(document: docx.document.Document, lines: list[str]) -> None:
    """Header lines typed with tabs between the columns (`\t` in `lines`)."""
    for line in lines:
        paragraph = document.add_paragraph()
        for index, part in enumerate(line.split("\t")):
            run = paragraph.add_run(part)
            if index < line.count("\t"):
                run.add_tab()


def test_a_header_typed_with_tabs_is_read_as_its_two_columns() -> None:
    document = docx.Document()
    _typed_header(
        document,
        [
            "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "XÃ AN BÌNH\tĐộc lập - Tự do - Hạnh phúc",
            "Số: 12/KH-UBND\t\tAn Bình, ngày 3 tháng 2 năm 2026",
            "KẾ HOẠCH",
            "Chuyển đổi số năm 2026",
            "I. MỤC TIÊU\tCHUNG",
        ],
    )
    doc = _read(document)
    assert texts(doc, Block.HEADER_LEFT) == ["ỦY BAN NHÂN DÂN", "XÃ AN BÌNH", "Số: 12/KH-UBND"]
    assert texts(doc, Block.HEADER_RIGHT) == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "An Bình, ngày 3 tháng 2 năm 2026",
    ]
    assert texts(doc, Block.BODY) == ["KẾ HOẠCH", "Chuyển đổi số năm 2026", "I. MỤC TIÊU CHUNG"]
    header = parse_bytes(docx_bytes(document), "draft.docx").document
    assert (header.number, header.issued and header.issued.iso) == ("12/KH-UBND", "2026-02-03")


def test_tabs_in_a_document_that_opens_without_the_motto_are_spaces() -> None:
    document = docx.Document()
    _typed_header(
        document,
        ["KẾ HOẠCH", "Chuyển đổi số\tnăm 2026", "1.\tMục tiêu", "Số hộ\tĐạt 90%"],
    )
    doc = _read(document)
    assert {line.block for line in doc.lines} == {Block.BODY}
    assert texts(doc) == ["KẾ HOẠCH", "Chuyển đổi số năm 2026", "1. Mục tiêu", "Số hộ Đạt 90%"]


def test_a_closing_typed_with_tabs_is_read_as_its_two_columns() -> None:
    document = docx.Document()
    header = document.add_table(rows=2, cols=2)
    header.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH"
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    header.cell(1, 0).text = "Số: 12/KH-UBND"
    header.cell(1, 1).text = "An Bình, ngày 3 tháng 2 năm 2026"
    _typed_header(
        document,
        [
            "KẾ HOẠCH",
            "Chuyển đổi số năm 2026",
            "I. TỔ CHỨC THỰC HIỆN",
            "1.\tNơi nhận hồ sơ: Bộ phận một cửa xã.",
            "Phòng Văn hóa - Xã hội chủ trì triển khai Kế hoạch này.",
            "Nơi nhận:\t\t\tTM. ỦY BAN NHÂN DÂN",
            "- UBND huyện;\t\t\tCHỦ TỊCH",
            "- Đảng ủy xã;",
            "",
            "- Lưu: VT.\t\t\tNguyễn Văn A",
            "PHỤ LỤC",
        ],
    )
    doc = _read(document)
    assert texts(doc, Block.FOOTER_LEFT) == [
        "Nơi nhận:",
        "- UBND huyện;",
        "- Đảng ủy xã;",
        "- Lưu: VT.",
    ]
    assert texts(doc, Block.FOOTER_RIGHT) == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A"]
    assert "1. Nơi nhận hồ sơ: Bộ phận một cửa xã." in texts(doc, Block.BODY)
    assert texts(doc, Block.BODY)[-1] == "PHỤ LỤC"
    header = parse_bytes(docx_bytes(document), "draft.docx").document
    assert header.signer is not None and header.signer.name == "Nguyễn Văn A"
    assert header.recipients == ["UBND huyện", "Đảng ủy xã"]


@pytest.fixture(scope="module")
def numbered_draft() -> bytes:
    """A draft with the header table, automatic numbers, a bullet list and a ruled task table
    (Word ends its body with a paragraph)."""
    document = docx.Document()
    set_numbering(document)
    header = document.add_table(rows=2, cols=2)
    header.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH"
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    header.cell(1, 0).text = "Số: 12/KH-UBND"
    header.cell(1, 1).text = "An Bình, ngày 3 tháng 2 năm 2026"
    document.add_paragraph("KẾ HOẠCH")
    for level, text in [
        (0, "MỤC ĐÍCH"),
        (1, "Mục đích"),
        (None, "Nâng cao nhận thức."),
        (0, "NHIỆM VỤ"),
        (1, "Tuyên truyền"),
        (2, "Nhiệm vụ"),
        (2, "Giải pháp"),
    ]:
        paragraph = document.add_paragraph(text)
        if level is not None:
            number_paragraph(paragraph, 1, level)
    for text in ("Sở Nội vụ;", "Lưu: VT."):
        number_paragraph(document.add_paragraph(text), 2, 0)
    table = document.add_table(rows=2, cols=3)
    table.style = "Table Grid"
    for row_index, row in enumerate(
        [("Nhiệm vụ", "Chủ trì", "Thời gian"), ("Tuyên truyền", "Phòng Văn hóa", "Quý II/2026")]
    ):
        for column, text in enumerate(row):
            table.cell(row_index, column).text = text
    document.add_paragraph()
    return docx_bytes(document)


def test_a_word_97_draft_reads_as_the_docx_it_was_saved_from(
    numbered_draft: bytes, tmp_path: Path
) -> None:
    source = tmp_path / "draft.docx"
    source.write_bytes(numbered_draft)
    doc, _ = read_path(soffice_convert(source, "doc", tmp_path))
    original = read_bytes(numbered_draft, "draft.docx")
    assert doc.format == "doc"
    lines = [(line.block, line.text, line.cells) for line in doc.lines if line.text]
    assert lines == [(line.block, line.text, line.cells) for line in original.lines if line.text]
    assert "b) Giải pháp" in texts(doc)
    assert ("Tuyên truyền", "Phòng Văn hóa", "Quý II/2026") in [line.cells for line in doc.lines]


def _body(*elements: str) -> RawDocument:
    """A draft whose body holds the raw WordprocessingML `elements`, in order."""
    document = docx.Document()
    body = document.element.body
    for xml in elements:
        body.insert(len(body) - 1, parse_xml(xml))
    return _read(document)


def test_content_controls_hidden_text_and_word_s_special_characters_read_as_printed() -> None:
    doc = _body(
        # a block content control (a form's field) and an inline one around the number
        f"<w:sdt {W}><w:sdtPr><w:alias w:val='Ngày'/></w:sdtPr><w:sdtContent><w:p><w:r>"
        "<w:t>Vĩnh Phong, ngày 12 tháng 5 năm 2026</w:t></w:r></w:p></w:sdtContent></w:sdt>",
        f"<w:p {W}><w:r><w:t xml:space='preserve'>Số: </w:t></w:r><w:sdt><w:sdtPr/>"
        "<w:sdtContent><w:r><w:t>125</w:t></w:r></w:sdtContent></w:sdt>"
        "<w:r><w:t>/KH-UBND</w:t></w:r></w:p>",
        # a soft hyphen (shown only at a line's end), a non-breaking hyphen, hidden text
        f"<w:p {W}><w:r><w:t>Chuyển đổi s</w:t><w:softHyphen/><w:t>ố cấp xã</w:t></w:r></w:p>",
        f"<w:p {W}><w:r><w:t>Giai đoạn 2026</w:t><w:noBreakHyphen/><w:t>2030</w:t></w:r></w:p>",
        f"<w:p {W}><w:r><w:t xml:space='preserve'>Sở Tài chính </w:t></w:r><w:r><w:rPr>"
        "<w:vanish/></w:rPr><w:t>ghi chú ẩn </w:t></w:r><w:r><w:t>chủ trì.</w:t></w:r></w:p>",
        # a footnote's mark: the note is no text of the paragraph
        f"<w:p {W}><w:r><w:t>Căn cứ Luật Ngân sách nhà nước</w:t></w:r><w:r>"
        "<w:footnoteReference w:id='1'/></w:r><w:r><w:t>;</w:t></w:r></w:p>",
    )
    assert texts(doc) == [
        "Vĩnh Phong, ngày 12 tháng 5 năm 2026",
        "Số: 125/KH-UBND",
        "Chuyển đổi số cấp xã",
        "Giai đoạn 2026-2030",
        "Sở Tài chính chủ trì.",
        "Căn cứ Luật Ngân sách nhà nước;",
    ]


def test_a_table_nested_in_a_cell_reads_within_that_cell_row_by_row() -> None:
    def cell(text: str) -> str:
        return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"

    nested = (
        "<w:tc><w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
        f"<w:tr>{cell('Chủ trì:')}{cell('Sở Nội vụ')}</w:tr>"
        f"<w:tr>{cell('Phối hợp:')}{cell('Sở Tài chính')}</w:tr></w:tbl><w:p/></w:tc>"
    )
    doc = _body(
        f"<w:p {W}><w:r><w:t>II. NHIỆM VỤ</w:t></w:r></w:p>",
        f"<w:tbl {W}><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
        f"<w:tr>{cell('Nhiệm vụ')}{cell('Đơn vị thực hiện')}{cell('Thời gian')}</w:tr>"
        f"<w:tr>{cell('Tổ chức tập huấn')}{nested}{cell('Quý II/2026')}</w:tr></w:tbl>",
    )
    rows = [line.cells for line in doc.lines if line.cells is not None]
    assert rows == [
        ("Nhiệm vụ", "Đơn vị thực hiện", "Thời gian"),
        ("Tổ chức tập huấn", "Chủ trì: Sở Nội vụ; Phối hợp: Sở Tài chính", "Quý II/2026"),
    ]
