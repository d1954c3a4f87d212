"""Word files: document order, layout blocks, automatic numbering, tracked changes, tables,
legacy fonts, bad input."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from files_helpers import (
    W_NS,
    add_legacy_paragraph,
    docx_bytes,
    number_paragraph,
    official_docx,
    set_numbering,
)
from plan_extract.core.errors import InputError
from plan_extract.pipeline import parse_bytes
from plan_extract.read import read_bytes, read_path
from plan_extract.read.model import Block, Hint, RawDocument
from plan_extract.read.word.numbering import Numbering, format_number

RENDERED = Path(__file__).resolve().parents[2] / "corpus" / "plans" / "rendered"
REAL = Path(__file__).resolve().parents[2] / "corpus" / "plans" / "real"


def texts(doc: RawDocument, block: Block | None = None) -> list[str]:
    return [line.text for line in doc.lines if line.text and (block is None or line.block == block)]


def test_header_and_closing_tables_become_separate_blocks() -> None:
    doc = read_bytes(docx_bytes(official_docx()), "plan.docx")
    assert texts(doc, Block.HEADER_LEFT) == ["ỦY BAN NHÂN DÂN", "XÃ AN BÌNH", "Số: 12/KH-UBND"]
    assert texts(doc, Block.HEADER_RIGHT) == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "An Bình, ngày 3 tháng 2 năm 2026",
    ]
    assert texts(doc, Block.FOOTER_LEFT) == ["Nơi nhận:", "- UBND tỉnh;", "- Lưu: VT."]
    assert texts(doc, Block.FOOTER_RIGHT) == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A"]
    blocks = [line.block for line in doc.lines if line.text]
    # each block is contiguous: never interleaved
    runs = [b for i, b in enumerate(blocks) if i == 0 or blocks[i - 1] != b]
    assert runs == [
        Block.HEADER_LEFT,
        Block.HEADER_RIGHT,
        Block.BODY,
        Block.FOOTER_LEFT,
        Block.FOOTER_RIGHT,
    ]
    title = next(line for line in doc.lines if line.text == "KẾ HOẠCH")
    assert {Hint.BOLD, Hint.CENTERED, Hint.ALL_CAPS} <= title.hints
    body = next(line for line in doc.lines if line.text.startswith("Tỷ lệ"))
    assert Hint.BOLD not in body.hints


def test_task_table_rows_keep_their_cells_and_a_merged_cell_prints_once() -> None:
    """A vertically merged cell is printed in its first row only, as a PDF prints it (the
    table readers let a merged lead cell lead each row it spans)."""
    document = docx.Document()
    document.add_paragraph("PHỤ LỤC")
    table = document.add_table(rows=3, cols=4)
    for col, text in enumerate(
        ["Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
    ):
        table.cell(0, col).text = text
    table.cell(1, 0).text = "Tuyên truyền Luật Bình đẳng giới"
    table.cell(2, 0).text = "Tập huấn cán bộ nữ"
    merged = table.cell(1, 1).merge(table.cell(2, 1))
    merged.text = "Phòng Văn hóa - Xã hội"
    table.cell(1, 2).text = "Hội LHPN xã\nĐoàn Thanh niên"
    table.cell(1, 3).text = "Quý II/2026"
    table.cell(2, 3).text = "Tháng 9/2026"
    doc = read_bytes(docx_bytes(document), "t.docx")
    rows = [line for line in doc.lines if Hint.TABLE_ROW in line.hints]
    assert [row.cells for row in rows] == [
        ("Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"),
        (
            "Tuyên truyền Luật Bình đẳng giới",
            "Phòng Văn hóa - Xã hội",
            "Hội LHPN xã; Đoàn Thanh niên",
            "Quý II/2026",
        ),
        ("Tập huấn cán bộ nữ", "", "", "Tháng 9/2026"),
    ]
    assert rows[1].text == " | ".join(rows[1].cells or ())


def test_tracked_changes_read_as_accepted() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph._p.append(
        parse_xml(f'<w:r xmlns:w="{W_NS}"><w:t xml:space="preserve">Đạt </w:t></w:r>')
    )
    paragraph._p.append(
        parse_xml(
            f'<w:del xmlns:w="{W_NS}" w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z">'
            "<w:r><w:delText>20%</w:delText></w:r></w:del>"
        )
    )
    paragraph._p.append(
        parse_xml(
            f'<w:ins xmlns:w="{W_NS}" w:id="2" w:author="A" w:date="2026-01-01T00:00:00Z">'
            "<w:r><w:t>35%</w:t></w:r></w:ins>"
        )
    )
    paragraph._p.append(
        parse_xml(f'<w:r xmlns:w="{W_NS}"><w:t xml:space="preserve"> trở lên.</w:t></w:r>')
    )
    doc = read_bytes(docx_bytes(document), "t.docx")
    assert texts(doc) == ["Đạt 35% trở lên."]


OUTLINE = [  # (level or None for a body paragraph, text without its number, typed number)
    (0, "MỤC ĐÍCH, YÊU CẦU", "I."),
    (1, "Mục đích", "1."),
    (None, "Nâng cao nhận thức về bình đẳng giới.", None),
    (1, "Yêu cầu", "2."),
    (None, "Bảo đảm thiết thực, hiệu quả.", None),
    (0, "NHIỆM VỤ VÀ GIẢI PHÁP", "II."),
    (1, "Công tác tuyên truyền", "1."),
    (2, "Nhiệm vụ", "a)"),
    (None, "Tổ chức 02 hội nghị mỗi năm.", None),
    (2, "Giải pháp", "b)"),
    (1, "Công tác đào tạo", "2."),
    (0, "TỔ CHỨC THỰC HIỆN", "III."),
    (1, "Phòng Văn hóa - Xã hội", "1."),
    (1, "Hội Liên hiệp Phụ nữ xã", "2."),
]


def outline_docx(automatic: bool) -> bytes:
    document = docx.Document()
    set_numbering(document)
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Thực hiện công tác bình đẳng giới năm 2026")
    for level, text, typed in OUTLINE:
        if level is None:
            document.add_paragraph(text)
            continue
        paragraph = document.add_paragraph(text if automatic else f"{typed} {text}")
        paragraph.runs[0].bold = True
        if automatic:
            number_paragraph(paragraph, 1, level)
    for text in ("Sở Nội vụ;", "Lưu: VT."):
        number_paragraph(document.add_paragraph(text), 2, 0)
    return docx_bytes(document)


def test_automatic_numbering_gives_the_typed_numbers() -> None:
    automatic = read_bytes(outline_docx(automatic=True), "auto.docx")
    typed = read_bytes(outline_docx(automatic=False), "typed.docx")
    assert texts(automatic)[:-2] == texts(typed)[:-2]
    assert texts(automatic)[-2:] == ["- Sở Nội vụ;", "- Lưu: VT."]
    assert "III. TỔ CHỨC THỰC HIỆN" in texts(automatic)


def test_automatic_numbering_yields_the_same_tree_as_typed_numbers() -> None:
    automatic = parse_bytes(outline_docx(automatic=True), "auto.docx")
    typed = parse_bytes(outline_docx(automatic=False), "typed.docx")
    assert automatic.sections == typed.sections
    assert automatic.document.title == typed.document.title


def test_numbering_levels_restarts_and_overrides() -> None:
    from docx.oxml import parse_xml as parse

    from files_helpers import NUMBERING_XML

    numbering = Numbering(parse(NUMBERING_XML))
    labels = [
        numbering.label("1", 0),
        numbering.label("1", 1),
        numbering.label("1", 1),
        numbering.label("1", 2),
        numbering.label("1", 0),
        numbering.label("1", 1),  # restarts under the new upper level
        numbering.label("3", 0),  # starts at 3
        numbering.label("3", 1),  # "%1.%2."
        numbering.label("3", 1),
        numbering.label("4", 1),  # instance 4 restarts level 1 at 5 (startOverride)
        numbering.label("4", 1),
        numbering.label("2", 0),  # bullet
        numbering.label("9", 0),  # unknown instance: not numbered
    ]
    assert labels == [
        "I.",
        "1.",
        "2.",
        "a)",
        "II.",
        "1.",
        "3.",
        "3.1.",
        "3.2.",
        "5.",
        "6.",
        "-",
        None,
    ]
    assert [format_number(n, "lowerLetter") for n in (1, 26, 27)] == ["a", "z", "aa"]
    assert [format_number(n, "upperRoman") for n in (4, 9, 14, 40)] == ["IV", "IX", "XIV", "XL"]


SEED = Path(__file__).resolve().parents[2] / "corpus/plans/seeds/001_d694d18c5a7d837d.txt"


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_legacy_font_runs_come_back_as_unicode(encoding: str) -> None:
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").split("\n") if p.strip()][:40]
    document = docx.Document()
    for paragraph in paragraphs:
        add_legacy_paragraph(document, paragraph, encoding)
    raw = docx_bytes(document)
    assert "Kế hoạch".encode() not in raw  # the file really holds the legacy encoding
    doc = read_bytes(raw, "legacy.docx")
    assert texts(doc) == [" ".join(p.split()) for p in paragraphs]


def test_rendered_docx_reads_header_body_and_closing() -> None:
    doc, _ = read_path(RENDERED / "001_d694d18c5a7d837d.docx")
    assert texts(doc, Block.HEADER_LEFT)[-1] == "Số: 131 /KH-UBND"
    assert texts(doc, Block.HEADER_RIGHT)[-1] == "Vĩnh Phong, ngày 22 tháng 5 năm 2026"
    assert texts(doc, Block.FOOTER_LEFT)[0] == "Nơi nhận:"
    assert texts(doc, Block.FOOTER_RIGHT)[:2] == ["CHỦ TỊCH", "Huỳnh Quốc Huy"]
    assert "VI. CÔNG TÁC THÔNG TIN, BÁO CÁO" in texts(doc, Block.BODY)


def test_real_docx_appendix_table_keeps_automatic_row_numbers() -> None:
    doc, _ = read_path(REAL / "laocai-kh-sct-2242-2026.docx")
    rows = [line.cells for line in doc.lines if line.cells]
    assert rows[0] == ("TT", "Nhiệm vụ thực hiện", "Người thực hiện", "Ghi chú")
    assert [row[0] for row in rows[1:4]] == ["1.", "2.", "3."]
    assert texts(doc, Block.FOOTER_RIGHT)[0] == "KT. GIÁM ĐỐC"


@pytest.mark.parametrize(
    "data",
    [
        b"PK\x03\x04not really a zip",
        b"PK\x03\x04" + b"\x00" * 100 + b"word/",
    ],
)
def test_damaged_word_file_is_an_input_error(data: bytes) -> None:
    with pytest.raises(InputError) as info:
        read_bytes(data, "bad.docx")
    assert "\n" not in str(info.value)


def test_zip_without_a_document_is_an_input_error() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/other.xml", "<x/>")
    with pytest.raises(InputError):
        read_bytes(buffer.getvalue(), "empty.docx")


def test_malformed_table_markup_is_an_input_error() -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Nhiệm vụ"
    tcpr = table.cell(0, 0)._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:gridSpan xmlns:w="{W_NS}" w:val="two"/>'))
    with pytest.raises(InputError, match="malformed"):
        read_bytes(docx_bytes(document), "bad.docx")


MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WPS_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
VML_NS = "urn:schemas-microsoft-com:vml"


def _text_box_run(text: str) -> str:
    """A run holding a text box as Word stores it: the DrawingML shape, and the same box as
    VML for readers that know no DrawingML."""
    box = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return (
        f'<w:r xmlns:w="{W_NS}" xmlns:mc="{MC_NS}" xmlns:wps="{WPS_NS}" xmlns:v="{VML_NS}">'
        f'<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>{box}'
        "</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>"
        f"<v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>"
        "</w:r>"
    )


def test_a_text_box_is_read_once_after_the_paragraph_it_is_anchored_to() -> None:
    document = docx.Document()
    document.add_paragraph("Căn cứ Luật Tổ chức chính quyền địa phương;")
    anchor = document.add_paragraph("Ủy ban nhân dân xã ban hành Kế hoạch như sau:")
    anchor._p.append(parse_xml(_text_box_run("Kèm theo Kế hoạch số 12/KH-UBND")))
    document.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    assert texts(read_bytes(docx_bytes(document), "box.docx")) == [
        "Căn cứ Luật Tổ chức chính quyền địa phương;",
        "Ủy ban nhân dân xã ban hành Kế hoạch như sau:",
        "Kèm theo Kế hoạch số 12/KH-UBND",
        "I. MỤC ĐÍCH, YÊU CẦU",
    ]


def test_a_unit_spelled_the_old_way_in_a_task_table_cell_leads_its_row() -> None:
    """`Sở Văn hoá` (old tone placement) in a Word table's lead column: the row's text is
    respelled `hóa`, and so is the cell, which is found in the row and gives its unit."""
    document = docx.Document()
    for text in (
        "KẾ HOẠCH",
        "Ứng dụng công nghệ số năm 2026",
        "I. TỔ CHỨC THỰC HIỆN",
        "Các sở, ngành thực hiện các nhiệm vụ tại Phụ lục.",
        "PHỤ LỤC",
        "NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN",
    ):
        document.add_paragraph(text)
    rows = [
        ("STT", "NHIỆM VỤ", "CHỦ TRÌ", "PHỐI HỢP", "THỜI GIAN"),
        ("1", "Hỗ trợ doanh nghiệp đổi mới thiết bị.", "Sở Công Thương", "", "2026"),
        ("2", "Phát triển du lịch thông minh.", "Sở Văn hoá Thể thao du lịch", "", "2026"),
    ]
    table = document.add_table(rows=3, cols=5)
    for row_index, row in enumerate(rows):
        for column, text in enumerate(row):
            table.cell(row_index, column).text = text
    plan = parse_bytes(docx_bytes(document), "table.docx")
    leads = {unit.name for unit in plan.units if unit.lead}
    assert {"Sở Công Thương", "Sở Văn hóa, Thể thao và Du lịch"} <= leads
