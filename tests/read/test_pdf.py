"""PDF files: text layer in reading order, layout blocks, running lines, ruled tables, fake bold,
encrypted, damaged and oversized files, OCR of scans."""

from __future__ import annotations

import difflib
import itertools
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.shared import Pt

from files_helpers import W_NS, docx_bytes, make_pdf, serialize_pdf, soffice_convert
from plan_extract.core.errors import InputError, MissingToolError
from plan_extract.read import ReadOptions, read_bytes, read_path
from plan_extract.read.model import Block, Hint, RawDocument
from plan_extract.read.pdf.ocr import check_tesseract
from plan_extract.read.pdf.page_layout import join_lines

RENDERED = Path(__file__).resolve().parents[2] / "corpus" / "plans" / "rendered"
REAL = Path(__file__).resolve().parents[2] / "corpus" / "plans" / "real"


def texts(doc: RawDocument, block: Block | None = None) -> list[str]:
    return [line.text for line in doc.lines if line.text and (block is None or line.block == block)]


def layout(doc: RawDocument) -> list[tuple[Block, str]]:
    return [(line.block, line.text) for line in doc.lines if line.text]


@pytest.mark.parametrize("stem", ["001_d694d18c5a7d837d", "004_84ecff9abd92b8a3"])
def test_rendered_pdf_reads_like_its_word_file(stem: str) -> None:
    pdf, _ = read_path(RENDERED / f"{stem}.pdf")
    word, _ = read_path(RENDERED / f"{stem}.docx")
    # the same paragraphs in the same blocks, except that a capitals line wrapped in the
    # narrow header cell may stay two lines
    pdf_layout = [item for item in layout(pdf) if item[0] is not Block.HEADER_RIGHT]
    word_layout = [item for item in layout(word) if item[0] is not Block.HEADER_RIGHT]
    assert pdf_layout == word_layout
    assert " ".join(texts(pdf, Block.HEADER_RIGHT)) == " ".join(texts(word, Block.HEADER_RIGHT))
    assert pdf.pages == len({line.page for line in pdf.lines})
    starts = [line for line in pdf.lines if Hint.PAGE_START in line.hints]
    assert starts and all(line.page and line.page > 1 for line in starts)
    headings = [line.text for line in pdf.lines if Hint.BOLD in line.hints]
    assert any(text.startswith("I. ") for text in headings)


@pytest.fixture(scope="session")
def office_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], list[list[str]]]:
    """A three-page plan made by LibreOffice from a Word file with a running header, page
    numbers in the footer and a ruled table: the PDF, its body paragraphs, its table."""
    folder = tmp_path_factory.mktemp("office")
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(13)
    section = document.sections[0]
    section.header.paragraphs[0].text = "UBND XÃ AN BÌNH - KẾ HOẠCH SỐ 12/KH-UBND"
    footer = section.footer.paragraphs[0]
    footer._p.append(
        parse_xml(
            f'<w:fldSimple xmlns:w="{W_NS}" w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        )
    )
    sentence = (
        "Các cơ quan, đơn vị trên địa bàn xã tổ chức tuyên truyền, phổ biến pháp luật về bình "
        "đẳng giới, bảo đảm sự tham gia của phụ nữ trong các vị trí lãnh đạo và quản lý"
    )
    paragraphs = [f"{sentence} (đoạn {n}), đạt từ {n + 30}% trở lên." for n in range(1, 25)]
    for paragraph in paragraphs[:12]:
        document.add_paragraph(paragraph)
    cells = [
        ["Nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"],
        ["Tuyên truyền Luật Bình đẳng giới", "Phòng Văn hóa - Xã hội", "Quý II/2026"],
        ["Tập huấn cán bộ nữ", "Hội Liên hiệp Phụ nữ xã", "Tháng 9/2026"],
    ]
    table = document.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    for row, values in enumerate(cells):
        for col, value in enumerate(values):
            table.cell(row, col).text = value
    for paragraph in paragraphs[12:]:
        document.add_paragraph(paragraph)
    source = folder / "plan.docx"
    source.write_bytes(docx_bytes(document))
    return soffice_convert(source, "pdf", folder), paragraphs, cells


def test_running_header_page_numbers_removed_and_paragraphs_rejoined(
    office_pdf: tuple[Path, list[str], list[list[str]]],
) -> None:
    path, paragraphs, _ = office_pdf
    doc, _ = read_path(path)
    assert doc.pages is not None and doc.pages >= 2
    body = [line.text for line in doc.lines if line.text and not line.cells]
    assert body == paragraphs  # every paragraph whole, even across a page break
    assert not any("KẾ HOẠCH SỐ 12" in text for text in texts(doc))


def test_a_two_page_documents_running_head_is_dropped_from_both_pages() -> None:
    running = (220, 770, "Du thao lan 2 - Ke hoach so 12", "F1")
    page_one = [
        running,
        (90, 720, "UY BAN NHAN DAN", "F2"),
        (340, 720, "CONG HOA XA HOI CHU NGHIA VIET NAM", "F2"),
        *[(72, 600 - 15 * n, BODY, "F1") for n in range(4)],
    ]
    page_two = [running, *[(72, 700 - 15 * n, BODY, "F1") for n in range(4)]]
    doc = read_bytes(make_pdf([page_one, page_two]), "draft.pdf")
    assert not any("Du thao" in text for text in texts(doc))
    assert texts(doc, Block.HEADER_LEFT) == ["UY BAN NHAN DAN"]


def test_a_rule_typed_under_the_title_is_no_text() -> None:
    page = [
        (250, 700, "KE HOACH", "F2"),
        (200, 685, "Chuyen doi so nam 2026", "F2"),
        (220, 670, "________________", "F1"),
        *[(72, 640 - 15 * n, BODY, "F1") for n in range(4)],
    ]
    lines = texts(read_bytes(make_pdf([page]), "rule.pdf"))
    assert lines[:2] == ["KE HOACH", "Chuyen doi so nam 2026"]
    assert not any("____" in text for text in lines)


def test_ruled_table_read_as_rows_of_cells(
    office_pdf: tuple[Path, list[str], list[list[str]]],
) -> None:
    path, _, cells = office_pdf
    doc, _ = read_path(path)
    rows = [list(line.cells) for line in doc.lines if line.cells]
    assert rows == cells
    assert all(Hint.TABLE_ROW in line.hints for line in doc.lines if line.cells)


def test_fake_bold_duplicates_removed_and_bold_font_hinted() -> None:
    data = make_pdf(
        [
            [
                (72, 700, "I. MUC TIEU", "F1"),
                (72.4, 700, "I. MUC TIEU", "F1"),  # the same text again, shifted: fake bold
                (72, 680, "1. Muc tieu chung", "F2"),
                (72, 660, "Ty le nu dat tu 30% tro len trong cac co quan, don vi xa.", "F1"),
            ]
        ]
    )
    doc = read_bytes(data, "bold.pdf")
    assert texts(doc) == [
        "I. MUC TIEU",
        "1. Muc tieu chung",
        "Ty le nu dat tu 30% tro len trong cac co quan, don vi xa.",
    ]
    hinted = {line.text: line.hints for line in doc.lines if line.text}
    assert Hint.BOLD in hinted["1. Muc tieu chung"]
    assert Hint.BOLD not in hinted["I. MUC TIEU"]


def test_signed_pdf_parses() -> None:
    doc, _ = read_path(REAL / "laocai-1105-kh-dkt-2026.pdf")
    assert doc.pages == 6
    assert any(line.text.startswith("Số:") for line in doc.lines if line.block is Block.HEADER_LEFT)
    assert any("HÒA XÃ HỘI" in line.text for line in doc.lines if line.block is Block.HEADER_RIGHT)
    assert any(line.block is Block.FOOTER_LEFT for line in doc.lines)
    # its fonts lack a Unicode map: their glyphs are identified by OCR, the text layer is read
    assert {w.code for w in doc.warnings} == {"pdf_glyphs_read_by_ocr"}


def test_encrypted_pdf_is_a_clear_error(tmp_path: Path) -> None:
    source = tmp_path / "secret.docx"
    document = docx.Document()
    document.add_paragraph("Kế hoạch mật")
    source.write_bytes(docx_bytes(document))
    options = (
        'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
        '"DocumentOpenPassword":{"type":"string","value":"secret"}}'
    )
    encrypted = soffice_convert(source, options, tmp_path)
    with pytest.raises(InputError, match="encrypted"):
        read_path(encrypted)


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.4\nthis is not a PDF at all\n",
        (RENDERED / "004_84ecff9abd92b8a3.pdf").read_bytes()[:3000],
    ],
)
def test_damaged_pdf_is_an_input_error(data: bytes) -> None:
    with pytest.raises(InputError) as info:
        read_bytes(data, "bad.pdf")
    assert "\n" not in str(info.value)


def test_pdf_bombs_are_refused_quickly() -> None:
    page = [(72, 700, "Ke hoach", "F1")]
    with pytest.raises(InputError, match="too many pages"):
        read_bytes(make_pdf([page], repeat_pages=501), "many.pdf")
    with pytest.raises(InputError, match="implausibly large"):
        read_bytes(make_pdf([page], media_box=(20000, 20000)), "huge.pdf")


@pytest.fixture(scope="session")
def scan() -> RawDocument:
    doc, _ = read_path(RENDERED / "001_d694d18c5a7d837d.scan.pdf")
    return doc


def test_scan_is_read_by_ocr_like_the_word_file(scan: RawDocument) -> None:
    word, _ = read_path(RENDERED / "001_d694d18c5a7d837d.docx")
    ocr_body = texts(scan, Block.BODY)
    matched = [
        text
        for text in texts(word, Block.BODY)
        if difflib.get_close_matches(text, ocr_body, n=1, cutoff=0.9)
    ]
    assert len(matched) >= 0.9 * len(texts(word, Block.BODY))
    assert any("131" in text for text in texts(scan, Block.HEADER_LEFT))
    assert any("Phong, ngày 22" in text for text in texts(scan, Block.HEADER_RIGHT))
    assert texts(scan, Block.FOOTER_LEFT)[0] == "Nơi nhận:"
    assert scan.pages == 9


def test_ocr_never_on_a_scan_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="--ocr"):
        read_path(RENDERED / "001_d694d18c5a7d837d.scan.pdf", ReadOptions(ocr="never"))


def test_ocr_always_reads_pages_that_have_text() -> None:
    data = make_pdf([[(72, 700, "KE HOACH THUC HIEN NAM 2026", "F2")]])
    doc = read_bytes(data, "text.pdf", ReadOptions(ocr="always"))
    assert difflib.SequenceMatcher(None, texts(doc)[0], "KE HOACH THUC HIEN NAM 2026").ratio() > 0.8


def test_missing_tesseract_is_a_one_line_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    check_tesseract.cache_clear()
    try:
        with pytest.raises(MissingToolError, match="tesseract-ocr-vie") as info:
            read_path(RENDERED / "001_d694d18c5a7d837d.scan.pdf")
        assert "\n" not in str(info.value)
    finally:
        check_tesseract.cache_clear()


def test_missing_vietnamese_model_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    from plan_extract.read.pdf import ocr

    monkeypatch.setattr(ocr, "tesseract_languages", lambda: ["eng", "osd"])
    check_tesseract.cache_clear()
    try:
        with pytest.raises(MissingToolError, match="vie"):
            check_tesseract()
    finally:
        check_tesseract.cache_clear()


def test_a_kind_set_flush_left_below_the_header_columns_starts_the_body() -> None:
    """The two header columns (centred in their halves, each over a typed rule), then the
    document's kind in bold flush at the left margin: the kind is body, the rules no text."""
    body = "Cac co quan, don vi tren dia ban xa to chuc tuyen truyen, pho bien phap luat."
    data = make_pdf(
        [
            [
                (114, 740, "UY BAN NHAN DAN", "F1"),
                (366, 740, "CONG HOA XA HOI CHU NGHIA", "F1"),
                (114, 725, "XA AN BINH", "F2"),
                (372, 725, "Doc lap - Tu do - Hanh phuc", "F1"),
                (132, 710, "-------", "F1"),
                (390, 710, "---------------", "F1"),
                (126, 695, "So: 12/KH-UBND", "F1"),
                (360, 695, "An Binh, ngay 3 thang 5 nam 2026", "F1"),
                (72, 670, "KE HOACH", "F2"),
                *[(72, 640 - 15 * n, body, "F1") for n in range(4)],
            ]
        ]
    )
    doc = read_bytes(data, "flush.pdf")
    assert "KE HOACH" in texts(doc, Block.BODY)
    assert "KE HOACH" not in texts(doc, Block.HEADER_LEFT)
    assert "So: 12/KH-UBND" in texts(doc, Block.HEADER_LEFT)
    assert not any(set(text) <= set("- ") for text in texts(doc) if text)


def test_a_bold_heading_wrapped_inside_its_indent_is_one_line() -> None:
    """A bold heading indented as a whole, its first line running to the right margin: the
    second line, under the first, continues it; the next bold heading does not."""
    body = "Cac co quan, don vi tren dia ban xa to chuc tuyen truyen, pho bien phap luat."
    first = "II. NHIEM VU VA GIAI PHAP TRONG TAM VE PHAT TRIEN KINH TE SO TREN DIA BAN"
    data = make_pdf(
        [
            [
                *[(72, 740 - 15 * n, body, "F1") for n in range(3)],
                (96, 690, first, "F2"),
                (96, 675, "XA NAM 2026", "F2"),
                (96, 650, "1. Muc tieu chung", "F2"),
                (72, 635, body, "F1"),
            ]
        ]
    )
    headings = [
        line.text for line in read_bytes(data, "heading.pdf").lines if Hint.BOLD in line.hints
    ]
    assert headings == [f"{first} XA NAM 2026", "1. Muc tieu chung"]


BODY = "Cac co quan, don vi tren dia ban xa to chuc tuyen truyen, pho bien phap luat."


def test_a_numbered_heading_broken_by_hand_is_one_line_however_short() -> None:
    """A numbered heading set on two short lines (a manual line break): one heading, bold or in
    capitals (OCR tells no bold); a numbered line under it opens a heading of its own."""
    body = "Cac co quan, don vi tren dia ban xa to chuc tuyen truyen, pho bien phap luat."
    data = make_pdf(
        [
            [
                *[(72, 740 - 15 * n, body, "F1") for n in range(3)],
                (72, 690, "II. NHIEM VU", "F2"),
                (72, 675, "VA GIAI PHAP CHU YEU", "F2"),
                (72, 650, body, "F1"),
                (72, 620, "III. TO CHUC THUC HIEN", "F2"),
                (72, 605, "1. PHONG VAN HOA", "F2"),
                (72, 580, body, "F1"),
                (72, 550, "IV. KINH PHI", "F1"),
                (72, 535, "THUC HIEN", "F1"),
                (72, 510, body, "F1"),
                (72, 480, "1. Thong tin chung ve doanh nghiep", "F2"),
                (72, 465, "a/. Ten cong ty:", "F2"),
                (72, 440, body, "F1"),
            ]
        ]
    )
    lines = texts(read_bytes(data, "heading.pdf"))
    assert [text for text in lines if not text.startswith(body)] == [
        "II. NHIEM VU VA GIAI PHAP CHU YEU",
        "III. TO CHUC THUC HIEN",
        "1. PHONG VAN HOA",
        "IV. KINH PHI THUC HIEN",
        "1. Thong tin chung ve doanh nghiep",
        "a/. Ten cong ty:",
    ]


def _ruled(top: float, heights: list[float], columns: list[float]) -> list[tuple[float, ...]]:
    """The rectangles of a ruled table: rows of `heights` from `top` down, between `columns`."""
    rules: list[tuple[float, ...]] = []
    for row, height in enumerate(heights):
        y1 = top - sum(heights[:row])
        for x0, x1 in itertools.pairwise(columns):
            rules.append((x0, y1 - height, x1, y1))
    return rules


def test_a_table_row_cut_by_a_page_break_is_one_row() -> None:
    """The last row of a page's table goes on at the top of the next page, its number cell
    empty and most of its text in lower case: one row. A row numbered on its own stays a row."""
    columns = [72.0, 102.0, 332.0, 462.0, 540.0]
    page_one = [
        *[(72, 740 - 15 * n, BODY, "F1") for n in range(4)],
        (76, 128, "1", "F1"),
        (106, 128, "Ra soat co che, chinh sach", "F1"),
        (336, 128, "So Tai chinh", "F1"),
        (466, 128, "Nam 2026", "F1"),
        (76, 98, "2", "F1"),
        (106, 98, "De xuat giai phap cai thien", "F1"),
        (106, 86, "moi truong dau tu, kinh", "F1"),
        (336, 98, "So Cong Thuong", "F1"),
        (466, 98, "Quy", "F1"),
    ]
    page_two = [
        (106, 728, "doanh; uu tien du an.", "F1"),
        (336, 728, "va cac so", "F1"),
        (466, 728, "IV/2026", "F1"),
        (76, 698, "3", "F1"),
        (106, 698, "nghien cuu chinh sach", "F1"),
        (336, 698, "So Khoa hoc", "F1"),
        (466, 698, "Nam 2027", "F1"),
        *[(72, 640 - 15 * n, BODY, "F1") for n in range(4)],
    ]
    data = make_pdf(
        [page_one, page_two],
        rules=[_ruled(140, [30, 70], columns), _ruled(740, [30, 30], columns)],
    )
    rows = [line.cells for line in read_bytes(data, "rows.pdf").lines if line.cells]
    assert rows == [
        ("1", "Ra soat co che, chinh sach", "So Tai chinh", "Nam 2026"),
        (
            "2",
            "De xuat giai phap cai thien moi truong dau tu, kinh doanh; uu tien du an.",
            "So Cong Thuong va cac so",
            "Quy IV/2026",
        ),
        ("3", "nghien cuu chinh sach", "So Khoa hoc", "Nam 2027"),
    ]


def _cut_row_pages(rest_task: str, rest_lead: str, rest_partner: str) -> bytes:
    """Row 4 of a task table cut by a page break: its partners' cell ends the page at a comma;
    the next page prints the rest of its task cell and of that cell, its lead cell empty."""
    columns = [72.0, 102.0, 262.0, 352.0, 500.0, 540.0]
    page_one = [
        *[(72, 740 - 15 * n, BODY, "F1") for n in range(4)],
        (76, 98, "4", "F1"),
        (106, 98, "Xay dung co che dat hang", "F1"),
        (266, 98, "So Khoa hoc", "F1"),
        (356, 98, "Vien; Doanh nghiep,", "F1"),
        (504, 98, "2026", "F1"),
    ]
    page_two = [
        (106, 728, rest_task, "F1"),
        *([(266, 728, rest_lead, "F1")] if rest_lead else []),
        (356, 728, rest_partner, "F1"),
        *[(72, 640 - 15 * n, BODY, "F1") for n in range(4)],
    ]
    return make_pdf(
        [page_one, page_two], rules=[_ruled(110, [30], columns), _ruled(740, [30], columns)]
    )


def test_a_cut_row_whose_rest_goes_on_a_cell_ending_in_a_comma_is_one_row() -> None:
    """The rest of a cell cut after `Doanh nghiep,` opens with a capital (the list's next
    name): a cell never ends with a comma, so it goes on the cell above, as the lower-case rest
    of the task cell does (kh-ubnd-552's PDF); a row whose rest goes on nothing stays apart."""
    cut = _cut_row_pages("nghien cuu khoa hoc", "", "So, nganh")
    rows = [line.cells for line in read_bytes(cut, "c.pdf").lines]
    assert [cells for cells in rows if cells] == [
        (
            "4",
            "Xay dung co che dat hang nghien cuu khoa hoc",
            "So Khoa hoc",
            "Vien; Doanh nghiep, So, nganh",
            "2026",
        )
    ]
    row = _cut_row_pages("Tap huan can bo", "So Tu phap", "Cong an tinh")
    apart = read_bytes(row, "d.pdf").lines  # one of its three cells goes on: a row of its own
    assert [line.cells[1] for line in apart if line.cells] == [
        "Xay dung co che dat hang",
        "Tap huan can bo",
    ]


def test_the_rest_of_a_row_alone_at_the_head_of_the_next_page_is_one_row_with_it() -> None:
    """A page break leaves one row's rest alone in a ruled box at the top of the next page,
    under the page number: its cells go on the row's cells, never interleaved as text."""
    columns = [72.0, 102.0, 332.0, 462.0, 540.0]
    page_one = [
        *[(72, 740 - 15 * n, BODY, "F1") for n in range(4)],
        (76, 98, "6", "F1"),
        (106, 98, "Thuc hien khao sat, thu", "F1"),
        (106, 86, "thap so lieu, cong bo", "F1"),
        (336, 98, "Ban Quan ly cac", "F1"),
        (336, 86, "khu cong", "F1"),
        (466, 98, "Hang nam", "F1"),
    ]
    page_two = [
        (300, 760, "12", "F1"),
        (106, 728, "ket qua thuc hien", "F1"),
        (106, 716, "dat ra tai Ke hoach", "F1"),
        (336, 728, "nghe cao va khu", "F1"),
        (336, 716, "cong nghiep", "F1"),
        *[(72, 640 - 15 * n, BODY, "F1") for n in range(4)],
    ]
    data = make_pdf(
        [page_one, page_two],
        rules=[_ruled(110, [40], columns), _ruled(740, [40], columns)],
    )
    doc = read_bytes(data, "rest.pdf")
    assert [line.cells for line in doc.lines if line.cells] == [
        (
            "6",
            "Thuc hien khao sat, thu thap so lieu, cong bo ket qua thuc hien dat ra tai Ke hoach",
            "Ban Quan ly cac khu cong nghe cao va khu cong nghiep",
            "Hang nam",
        )
    ]
    assert not any("nghe cao" in line.text for line in doc.lines if not line.cells)


def test_a_ruled_box_under_text_is_no_table_row_unless_it_heads_its_page() -> None:
    columns = [72.0, 300.0, 540.0]
    page = [
        *[(72, 740 - 15 * n, BODY, "F1") for n in range(4)],
        (76, 598, "Ghi chu: so lieu", "F1"),
        (306, 598, "uoc thuc hien nam 2025", "F1"),
        *[(72, 540 - 15 * n, BODY, "F1") for n in range(4)],
    ]
    data = make_pdf([page], rules=[_ruled(610, [20], columns)])
    assert not [line for line in read_bytes(data, "box.pdf").lines if line.cells]


def test_a_cells_paragraphs_are_parted_and_its_wrapped_lines_joined() -> None:
    """A cell's line that stops well short of the cell's edge before a capital ends one of
    the cell's paragraphs (`;` between, as the Word reader parts them); a line that runs to
    the edge wraps."""
    columns = [72.0, 102.0, 300.0, 540.0]
    data = make_pdf(
        [
            [
                *[(72, 740 - 15 * n, BODY, "F1") for n in range(4)],
                (76, 578, "TT", "F1"),
                (106, 578, "Nhiem vu", "F1"),
                (304, 578, "Phoi hop", "F1"),
                (76, 548, "1", "F1"),
                (106, 548, "Xay dung co che dat hang nghien", "F1"),
                (106, 536, "cuu khoa hoc", "F1"),
                (304, 548, "So Khoa hoc", "F1"),
                (304, 536, "So Cong Thuong", "F1"),
            ]
        ],
        rules=[_ruled(590, [30, 40], columns)],
    )
    rows = [line.cells for line in read_bytes(data, "cells.pdf").lines if line.cells]
    assert rows[1] == (
        "1",
        "Xay dung co che dat hang nghien cuu khoa hoc",
        "So Khoa hoc; So Cong Thuong",
    )


def test_an_appendix_title_centred_in_bold_under_the_signature_ends_the_closing() -> None:
    signature = [
        (72, 500, "Noi nhan:", "F1"),
        (72, 488, "- Nhu tren;", "F1"),
        (72, 476, "- Luu: VT.", "F1"),
        (372, 500, "TM. UY BAN NHAN DAN", "F2"),
        (384, 488, "CHU TICH", "F2"),
        (384, 440, "Nguyen Van A", "F2"),
    ]
    data = make_pdf(
        [
            [
                *[(72, 740 - 15 * n, BODY, "F1") for n in range(6)],
                *signature,
                (282, 400, "PHU LUC", "F2"),
                (72, 370, BODY, "F1"),
            ]
        ]
    )
    doc = read_bytes(data, "appendix.pdf")
    assert "PHU LUC" in texts(doc, Block.BODY)
    assert texts(doc, Block.FOOTER_RIGHT)[0] == "TM. UY BAN NHAN DAN"
    assert "Nguyen Van A" in texts(doc, Block.FOOTER_RIGHT)


def test_an_appendix_label_flush_left_in_bold_capitals_under_the_recipients_ends_the_closing() -> (
    None
):
    """A Word file's appendix label set as its paragraphs are, flush left, under a recipients
    list longer than the signature (as a page printed into Word sets it); the recipients' lines
    stand in their column."""
    recipients = ["- Nhu tren;", "- So Tai chinh;", "- So Noi vu;", "- UBND cac xa;", "- Luu: VT."]
    closing = [
        (90, 500, "Noi nhan:", "F2"),
        *[(96, 486 - 14 * n, text, "F1") for n, text in enumerate(recipients)],
        (372, 500, "TM. UY BAN NHAN DAN", "F2"),
        (384, 486, "CHU TICH", "F2"),
        (384, 458, "Nguyen Van A", "F2"),
    ]
    page = [
        *[(72, 740 - 15 * n, BODY, "F1") for n in range(6)],
        *closing,
        (72, 390, "PHU LUC", "F2"),
        (72, 376, "DANH MUC NHIEM VU", "F2"),
        *[(72, 350 - 15 * n, BODY, "F1") for n in range(3)],
    ]
    doc = read_bytes(make_pdf([page]), "appendix.pdf")
    assert texts(doc, Block.FOOTER_LEFT)[-1] == "- Luu: VT."
    assert texts(doc, Block.FOOTER_RIGHT) == ["TM. UY BAN NHAN DAN", "CHU TICH", "Nguyen Van A"]
    assert texts(doc, Block.BODY)[-3:-1] == ["PHU LUC", "DANH MUC NHIEM VU"]


def test_the_space_after_a_centred_title_parts_it_from_the_line_under_it() -> None:
    """Lines 12 pt apart in the paragraphs; a title wrapped on two centred lines, then, 19.5 pt
    lower (more than a line's spacing by half a line, less than the 1.2 lines that part
    paragraphs set without spacing), the authority's centred line."""
    title = "VE VIEC BAN HANH KE HOACH XUAT KHAU SAN PHAM HANG"
    second = "HOA CUA TINH SON LA GIAI DOAN NAM 2026 DEN 2030"  # wide: it could go on
    data = make_pdf(
        [
            [
                *[(72, 740 - 12 * n, BODY, "F1") for n in range(4)],
                (156, 690, title, "F2"),
                (162, 678, second, "F2"),
                (246, 658.5, "UY BAN NHAN DAN TINH", "F2"),
                *[(72, 630 - 12 * n, BODY, "F1") for n in range(4)],
            ]
        ]
    )
    doc = read_bytes(data, "title.pdf")
    assert f"{title} {second}" in texts(doc)
    assert "UY BAN NHAN DAN TINH" in texts(doc)


def _form_pdf(lines: list[tuple[float, float, str]], field: tuple[float, float, str]) -> bytes:
    """One page of Courier lines and a text form field (x, y, its value) holding the number,
    as a form to fill in keeps it: in the field, not in the page's text."""
    x, y, value = field
    ops = "\n".join(f"BT /F1 10 Tf {lx} {ly} Td ({text}) Tj ET" for lx, ly, text in lines)
    stream = ops.encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 6 0 R >> >> /Annots [5 0 R] >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (so) /V (%s) /Rect [%g %g %g %g] /P 3 0 R >>"
        % (value.encode("cp1252"), x, y - 2, x + 6.5 * len(value), y + 9),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
    ]
    return serialize_pdf(objects, 1)


def test_a_number_kept_in_a_form_field_is_read_where_the_field_sits() -> None:
    body = [(72, 640 - 15 * n, BODY) for n in range(4)]
    data = _form_pdf([(72, 700, "So:"), *body], (96, 700, "12/KH-UBND"))
    assert "So: 12/KH-UBND" in texts(read_bytes(data, "form.pdf"))
    plain = make_pdf([[(72, 700, "So:", "F1"), *[(x, y, t, "F1") for x, y, t in body]]])
    assert "So:" in texts(read_bytes(plain, "plain.pdf"))  # no field, nothing added


def test_a_line_broken_at_a_hyphen_goes_on_without_a_space() -> None:
    """`06/QD-` ending a line, `TTg` starting the next (the layout broke the symbol at its
    hyphen): one symbol, `06/QD-TTg`."""
    first = "Thuc hien Quyet dinh so 06/QD-TTg ngay 02 thang 01 nam 2025 cua Thu 06/QD-"
    data = make_pdf(
        [
            [
                *[(72, 740 - 12 * n, BODY, "F1") for n in range(3)],
                (72, 700, first, "F1"),
                (72, 688, "TTg ngay 02 thang 01 nam 2025 cua Thu tuong Chinh phu.", "F1"),
            ]
        ]
    )
    text = texts(read_bytes(data, "hyphen.pdf"))[-1]
    assert text.endswith("cua Thu 06/QD-TTg ngay 02 thang 01 nam 2025 cua Thu tuong Chinh phu.")


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["theo Nghị định số 217/2025/NĐ-", "CP ngày 05/8/2025"], "217/2025/NĐ-CP ngày 05/8/2025"),
        (["Quyết định số 06/QĐ-", "TTg của Thủ tướng"], "06/QĐ-TTg của Thủ tướng"),
        (["thời gian: Quý IV/2025-", "Quý II/2026"], "Quý IV/2025- Quý II/2026"),
        (["Sở Văn hóa-", "Thể thao và Du lịch"], "Sở Văn hóa- Thể thao và Du lịch"),
        (["phối hợp với KH-", "tiếp theo"], "KH- tiếp theo"),
    ],
)
def test_a_symbol_cut_at_its_hyphen_by_ocr_goes_on_without_a_space(
    lines: list[str], joined: str
) -> None:
    """OCR marks no hyphen the layout broke a line at: capitals and a hyphen ending a line,
    then a capital, are a document symbol cut in two; a range or a name in lower case is not."""
    assert join_lines(lines).endswith(joined)


def _pdf_with_fields(fields: list[tuple[tuple[int, int, int, int], str, str, int]]) -> bytes:
    """A page printing `So:      /KH-UBND` and `ngay    thang 3 nam 2026` with blanks, and
    annotations (rectangle, subtype, value, flags) that may fill them."""
    shown = [(72, "So:"), (130, "/KH-UBND"), (300, "ngay"), (350, "thang 3 nam 2026")]
    text = "\n".join(f"BT /F1 10 Tf {x} 700 Td ({words}) Tj ET" for x, words in shown).encode()
    annots = [
        b"<< /Type /Annot /Subtype /%s /Rect [%d %d %d %d] /F %d /%s <%s> /T (f%d) >>"
        % (
            subtype.encode(),
            *rect,
            flags,
            b"V" if subtype == "Widget" else b"Contents",
            ("\ufeff" + value).encode("utf-16-be").hex().encode(),
            index,
        )
        for index, (rect, subtype, value, flags) in enumerate(fields)
    ]
    first = 5
    kids = b" ".join(b"%d 0 R" % (first + i) for i in range(len(annots)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 %d 0 R >> >> /Annots [%s] >>" % (first + len(annots), kids),
        b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
        *annots,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
    ]
    return serialize_pdf(objects, 1)


def test_a_number_and_date_kept_in_form_fields_are_read_where_they_show() -> None:
    data = _pdf_with_fields(
        [((95, 698, 125, 710), "Widget", "1105", 4), ((330, 698, 345, 710), "FreeText", "10", 4)]
    )
    line = next(text for text in texts(read_bytes(data, "stamped.pdf")) if "So:" in text)
    assert line.split() == ["So:", "1105", "/KH-UBND", "ngay", "10", "thang", "3", "nam", "2026"]


def test_hidden_or_empty_form_fields_are_not_read() -> None:
    data = _pdf_with_fields(
        [((95, 698, 125, 710), "Widget", "1105", 2), ((330, 698, 345, 710), "FreeText", "", 4)]
    )
    line = next(text for text in texts(read_bytes(data, "blank.pdf")) if "So:" in text)
    assert line.split() == ["So:", "/KH-UBND", "ngay", "thang", "3", "nam", "2026"]


def test_a_flattened_tables_cells_at_a_pages_edges_are_no_running_lines() -> None:
    """A table printed one cell a paragraph, flush left: its row number opening a page is no
    page number, and its figures closing pages (`7.500`, `12.000`) are no running footer; a
    page number centred at the top is still dropped."""

    def cells(texts: list[str], top: int) -> list[tuple[int, int, str, str]]:
        return [(72, top - 30 * n, text, "F1") for n, text in enumerate(texts)]

    page_one = [
        *[(72, 740 - 15 * n, BODY, "F1") for n in range(4)],
        *cells(["1", "Lua", "ha", "7.500"], 150),
    ]
    page_two = [
        *cells(["2", "Ngo", "ha", "4.200", "3", "Khoai", "ha"], 740),
        (72, 60, "12.000", "F1"),
    ]
    page_three = [(300, 760, "3", "F1"), *[(72, 700 - 15 * n, BODY, "F1") for n in range(4)]]
    doc = read_bytes(make_pdf([page_one, page_two, page_three]), "cells.pdf")
    assert [text for text in texts(doc) if text[0] != "C"] == [
        *["1", "Lua", "ha", "7.500"],
        *["2", "Ngo", "ha", "4.200", "3", "Khoai", "ha", "12.000"],
    ]


def test_a_table_printed_one_cell_a_paragraph_keeps_a_full_cell_apart_from_the_next() -> None:
    """Most paragraphs are one line (a table's cells): the space under them is the paragraphs'
    spacing, not the leading, which the wrapped lines of the paragraph above tell; a cell
    running to the text's right edge is not joined to the short cell under it."""
    units = "Phong Kinh te, Phong Van hoa - Xa hoi, Cong an xa, Hoi Nong dan, Hoi Phu nu"
    cells = [
        *["TT", "Nhiem vu", "Chu tri", "Phoi hop", "Thoi gian"],
        *["1", "Ra soat kenh muong", "Phong Kinh te", units, "Quy IV/2026"],
        *["2", "Tap huan", "Tram Khuyen nong", "Hoi Nong dan", "Thang 8/2026"],
    ]
    page = [
        *[(72, 740 - 12 * n, BODY, "F1") for n in range(6)],
        *[(72, 660 - 22 * n, text, "F1") for n, text in enumerate(cells)],
    ]
    doc = read_bytes(make_pdf([page]), "cells.pdf")
    assert texts(doc)[1:] == cells
