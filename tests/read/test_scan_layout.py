"""Scanned pages read as their typed text: words OCR ran together parted (read/pdf/ocr_spaces),
and an appendix's label set under the signature on the signature's page read as the body, not
as the signature's column (read/pdf/page_layout). The end-to-end test reads a page drawn at a
scan's resolution with Tesseract."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from plan_extract.pipeline import parse_bytes
from plan_extract.read import read_bytes
from plan_extract.read.model import Block, Hint, RawLine
from plan_extract.read.pdf.ocr import _OCR_CONFUSIONS
from plan_extract.read.pdf.ocr_glyphs import mend_ocr_glyphs
from plan_extract.read.pdf.ocr_spaces import respace
from plan_extract.read.pdf.ocr_tones import retone_ocr_lines
from plan_extract.read.pdf.page_layout import (
    Line,
    Page,
    Word,
    build_lines,
    join_split_rows,
    table_line,
    to_raw_lines,
)

DPI = 200
FONT = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")
BOLD = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf")
WIDTH, HEIGHT, MARGIN = 1654, 2339, 200  # A4 at 200 dpi, its margins


def test_a_table_cell_s_words_ocr_ran_together_are_parted() -> None:
    row = RawLine(
        text="TT | Cơ quanchủ trì | Cơ quanphối hợp",
        source_line=1,
        hints=frozenset({Hint.OCR}),
        cells=("TT", "Cơ quanchủ trì", "Cơ quanphối hợp"),
    )
    typed = RawLine(text="Cơ quanchủ trì", source_line=2)
    mended, left = retone_ocr_lines([row, typed])
    assert mended.cells == ("TT", "Cơ quan chủ trì", "Cơ quan phối hợp")
    assert left.text == "Cơ quanchủ trì"  # only what OCR read is mended


def test_only_a_token_that_is_no_syllable_and_parts_one_way_is_parted() -> None:
    assert respace("Tảođộc, Nhiệtđộ; (Sốmẫu)") == "Tảo độc, Nhiệt độ; (Số mẫu)"
    # a syllable, a misread tone (`phãm`: no two syllables of two letters), a foreign word, a
    # capital inside, a number: as read
    for text in ("chủ trì", "sản phãm", "Facebook", "IøT", "5G", "thưc"):
        assert respace(text) == text


def test_syllables_and_an_abbreviation_ocr_ran_together_are_parted() -> None:
    assert respace("Cáccơquan; UBNDcác xã") == "Các cơ quan; UBND các xã"
    # a word as capitals and a foreign word's plural or brand: as read
    for text in ("UBND", "PDFs", "VNeID", "QRcode"):
        assert respace(text) == text


def test_of_two_ways_to_part_a_cell_s_word_the_lines_own_usage_tells() -> None:
    cell = "Sở Văn hóa, Thếthaovà Du lịch"
    assert respace(cell) == cell  # `thế thao và` or `thết hao và`
    row = RawLine(text=f"1 | {cell}", source_line=1, hints=frozenset({Hint.OCR}), cells=("1", cell))
    line = RawLine(text="phát triển thể thao", source_line=2, hints=frozenset({Hint.OCR}))
    # parted as `thể thao` is written, its tone set back then (`thế thao`: `thể thao`)
    assert retone_ocr_lines([row, line])[0].cells == ("1", "Sở Văn hóa, Thể thao và Du lịch")


def test_a_row_a_page_break_cut_and_joined_again_keeps_the_mark_of_ocr() -> None:
    def row(cells: list[str], page: int) -> Line:
        return table_line(cells, 700.0, 720.0, 50.0, 550.0, page, ocr=True)

    pages = [
        Page(1, 600.0, 800.0, [row(["1", "Thu thập, biêntập", "Sở Tài chính,"], 1)]),
        Page(2, 600.0, 800.0, [row(["", "hồsơ quy hoạch", "các sở"], 2)]),
    ]
    join_split_rows(pages)
    [joined] = to_raw_lines(pages)[:1]
    assert joined.cells == ("1", "Thu thập, biêntập hồsơ quy hoạch", "Sở Tài chính, các sở")
    assert Hint.OCR in joined.hints
    [mended] = retone_ocr_lines([joined])
    assert mended.cells == ("1", "Thu thập, biên tập hồ sơ quy hoạch", "Sở Tài chính, các sở")


def _draw(draw: ImageDraw.ImageDraw, text: str, top: int, *, at: str, bold: bool = False) -> None:
    font = ImageFont.truetype(str(BOLD if bold else FONT), 36)
    width = draw.textlength(text, font=font)
    left = {
        "left": MARGIN,
        "centre": (WIDTH - width) / 2,
        "left column": MARGIN + ((WIDTH - 2 * MARGIN) / 2 - width) / 2,
        "right column": WIDTH / 2 + ((WIDTH - 2 * MARGIN) / 2 - width) / 2,
    }[at]
    draw.text((left, top), text, font=font, fill=0)


def _justified(draw: ImageDraw.ImageDraw, text: str, top: int) -> None:
    """A paragraph's line set across the text area, as a justified line is."""
    font = ImageFont.truetype(str(FONT), 36)
    words = text.split()
    room = WIDTH - 2 * MARGIN - sum(draw.textlength(word, font=font) for word in words)
    left = float(MARGIN)
    for word in words:
        draw.text((left, top), word, font=font, fill=0)
        left += draw.textlength(word, font=font) + room / (len(words) - 1)


def _closing_then_appendix() -> bytes:
    """A page at 200 dpi: the last paragraph, the closing (recipients left, signature right),
    and under it, on the same page, an appendix's label and title centred in bold capitals."""
    page = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(page)
    _justified(draw, "Các đơn vị báo cáo kết quả thực hiện về Sở Tài chính trước ngày", 240)
    _justified(draw, "15 tháng 12 hằng năm để Sở Tài chính tổng hợp, báo cáo Ủy ban", 300)
    _draw(draw, "nhân dân tỉnh./.", 360, at="left")
    _draw(draw, "Nơi nhận:", 480, at="left column", bold=True)
    _draw(draw, "KT. CHỦ TỊCH", 480, at="right column", bold=True)
    _draw(draw, "- Như trên;", 540, at="left column")
    _draw(draw, "PHÓ CHỦ TỊCH", 540, at="right column", bold=True)
    _draw(draw, "- Lưu: VT.", 600, at="left column")
    _draw(draw, "Nguyễn Văn Bình", 800, at="right column", bold=True)
    _draw(draw, "PHỤ LỤC", 1000, at="centre", bold=True)
    _draw(draw, "DANH MỤC NHIỆM VỤ NĂM 2026", 1060, at="centre", bold=True)
    out = io.BytesIO()
    page.save(out, format="PDF", resolution=DPI)
    return out.getvalue()


def _numbered_pages(number_five: str, *, ocr: bool = True) -> list[Page]:
    """Five pages of A4 (points) with a page number centred at the top of each but the first,
    the fifth's as `number_five`, and a paragraph that runs from the fourth into the fifth."""
    pages = []
    for number in range(1, 6):
        printed = {1: None, 5: number_five}.get(number, str(number))
        words = [Word(printed, 300, 307, 40, 50, ocr=ocr)] if printed else []
        for row in range(30):
            top = 80 + 22 * row
            words += [Word("Tổ", 90, 110, top, top + 12, ocr=ocr)]
            words += [Word("chức", 114, 140, top, top + 12, ocr=ocr)]
            words += [Word("tuyên", 144, 172, top, top + 12, ocr=ocr)]
            words += [Word(f"truyền{number}", 176, 520, top, top + 12, ocr=ocr)]
        page = Page(number=number, width=595, height=842)
        page.lines = build_lines(words, number)
        pages.append(page)
    return pages


def test_a_page_number_ocr_misread_as_letters_in_the_numbers_place_is_no_text() -> None:
    for misread in ("Đ", "LỘ", "đÚP"):
        texts = [line.text for line in to_raw_lines(_numbered_pages(misread)) if line.text]
        assert misread not in texts
        assert not any(text in {"2", "3", "4"} for text in texts)
    # a text layer's letters are as printed: left as they are
    texts = [line.text for line in to_raw_lines(_numbered_pages("Đ", ocr=False)) if line.text]
    assert "Đ" in texts


def test_an_appendix_label_under_the_signature_on_its_page_is_read_as_the_body() -> None:
    doc = read_bytes(_closing_then_appendix(), "scan.pdf")
    blocks = {line.text: line.block for line in doc.lines if line.text}
    assert blocks["PHỤ LỤC"] is Block.BODY
    assert blocks["DANH MỤC NHIỆM VỤ NĂM 2026"] is Block.BODY
    assert blocks["Nơi nhận:"] is Block.FOOTER_LEFT
    assert Block.FOOTER_RIGHT in {block for text, block in blocks.items() if "CHỦ TỊCH" in text}


def test_one_marked_vowel_read_as_two_keeps_the_one_that_makes_a_word() -> None:
    row = RawLine(text="I. TRIẾỂN KHAI", source_line=1, hints=frozenset({Hint.OCR}))
    typed = RawLine(text="TRIẾỂN KHAI", source_line=2)
    assert [line.text for line in retone_ocr_lines([row, typed])] == [
        "I. TRIỂN KHAI",
        "TRIẾỂN KHAI",
    ]


def test_a_blank_number_s_lost_slash_is_set_back_in_the_header() -> None:
    header = RawLine(
        text="Số: KH-UBND", source_line=1, hints=frozenset({Hint.OCR}), block=Block.HEADER_LEFT
    )
    typed = RawLine(text="Số: KH-UBND", source_line=2, block=Block.HEADER_LEFT)
    numbered = replace(header, text="Số: 12/KH-UBND")
    assert [line.text for line in mend_ocr_glyphs([header, typed, numbered])] == [
        "Số: /KH-UBND",
        "Số: KH-UBND",
        "Số: 12/KH-UBND",
    ]


def _printed_markdown() -> bytes:
    """A page at 200 dpi of a Markdown file printed as it is, its headings' `#` marks shown."""
    page = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(page)
    _draw(draw, "## KẾ HOẠCH", 300, at="left", bold=True)
    _draw(draw, "### Phòng, chống dịch bệnh trên đàn gia súc năm 2026", 360, at="left")
    _justified(draw, "Ủy ban nhân dân xã ban hành Kế hoạch phòng, chống dịch bệnh như sau:", 420)
    _draw(draw, "## I. MỤC ĐÍCH, YÊU CẦU", 540, at="left", bold=True)
    _justified(draw, "Chủ động ngăn chặn dịch bệnh phát sinh và lây lan trên đàn vật nuôi.", 600)
    _draw(draw, "## II. NHIỆM VỤ VÀ GIẢI PHÁP", 700, at="left", bold=True)
    out = io.BytesIO()
    page.save(out, format="PDF", resolution=DPI)
    return out.getvalue()


def test_a_printed_markdown_file_s_heading_marks_are_no_part_of_its_lines() -> None:
    texts = [line.text for line in read_bytes(_printed_markdown(), "scan.pdf").lines if line.text]
    assert "KẾ HOẠCH" in texts
    assert any(text.startswith("I. MỤC ĐÍCH") for text in texts)
    assert any(text.startswith("II. NHIỆM VỤ") for text in texts)
    assert not any("#" in text for text in texts)


def test_a_slashed_o_no_vietnamese_letter_is_read_as_an_o() -> None:
    assert "IøT".translate(_OCR_CONFUSIONS) == "IoT"


def test_a_heading_printed_inside_a_paragraph_is_a_line_of_its_own() -> None:
    scanned = frozenset({Hint.OCR})
    glued = RawLine(
        text="ban hành Kế hoạch như sau: I. MỤC ĐÍCH, YÊU CẦU 1. Nâng cao nhận thức của cán bộ",
        source_line=4,
        hints=scanned,
    )
    typed = replace(glued, hints=frozenset())
    lines = mend_ocr_glyphs([glued, typed])
    assert [line.text for line in lines] == [
        "ban hành Kế hoạch như sau:",
        "",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "",
        "1. Nâng cao nhận thức của cán bộ",
        glued.text,  # only what OCR read is parted
    ]
    assert Hint.ALL_CAPS in lines[2].hints and Hint.ALL_CAPS not in lines[4].hints
    # a heading cited in a sentence, or in lower case: as read
    for text in ("theo mục II. NỘI DUNG của Kế hoạch", "I. Mục tiêu 1. Chung"):
        assert [line.text for line in mend_ocr_glyphs([replace(glued, text=text)])] == [text]


def _header_as_running_text() -> bytes:
    """A page at 200 dpi whose header was printed as running text (a text file's header, its
    two columns lost): issuer, motto, number and place and date on lines across the page."""
    page = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(page)
    _justified(draw, "ỦY BAN NHÂN DÂN XÃ PHÚ LỘC ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA", 200)
    _justified(draw, "VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- Số: 64/KH-UBND Phú", 260)
    _draw(draw, "Lộc, ngày 14 tháng 4 năm 2026", 320, at="left")
    _draw(draw, "KẾ HOẠCH", 420, at="centre", bold=True)
    _draw(draw, "Phòng, chống dịch bệnh trên đàn gia súc năm 2026", 480, at="centre", bold=True)
    _justified(draw, "Ủy ban nhân dân xã ban hành Kế hoạch phòng, chống dịch bệnh như sau:", 560)
    _draw(draw, "I. MỤC ĐÍCH, YÊU CẦU", 640, at="left", bold=True)
    _justified(draw, "Chủ động ngăn chặn dịch bệnh phát sinh và lây lan trên đàn vật nuôi.", 700)
    out = io.BytesIO()
    page.save(out, format="PDF", resolution=DPI)
    return out.getvalue()


def test_a_header_printed_as_running_text_is_cut_into_its_columns() -> None:
    doc = read_bytes(_header_as_running_text(), "scan.pdf")
    blocks = {line.text: line.block for line in doc.lines if line.text}
    assert blocks["ỦY BAN NHÂN DÂN XÃ PHÚ LỘC"] is Block.HEADER_LEFT
    number = next(text for text in blocks if text.startswith("Số: 64/KH-UBND"))
    assert blocks[number] is Block.HEADER_LEFT
    assert blocks["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"] is Block.HEADER_RIGHT
    assert blocks["Phú Lộc, ngày 14 tháng 4 năm 2026"] is Block.HEADER_RIGHT
    assert blocks["KẾ HOẠCH"] is Block.BODY
    plan = parse_bytes(_header_as_running_text(), "scan.pdf")
    assert (plan.document.number, plan.document.place) == ("64/KH-UBND", "Phú Lộc")
    assert plan.document.issuer == "Ủy ban nhân dân xã Phú Lộc"
    assert plan.document.issued is not None and plan.document.issued.iso == "2026-04-14"


def _words(text: str, left: float, top: float, space: float = 3.5) -> list[Word]:
    """A line's words at 12 points, `space` apart, from `left`."""
    out = []
    for word in text.split():
        width = 7.0 * len(word)
        out.append(Word(word, left, left + width, top, top + 12, ocr=True))
        left += width + space
    return out


def test_a_header_s_columns_set_closer_than_a_column_gap_are_read_apart() -> None:
    """A long issuer's name fills the left column: the gap to the motto (15 points) is under
    the column gap of a body line but far wider than the spaces between words; the name's
    second line stays in the left column."""
    words = _words("SỞ NÔNG NGHIỆP VÀ", 90, 60)
    words += _words("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", words[-1].x1 + 15, 60)
    words += _words("MÔI TRƯỜNG", 105, 80) + _words("Độc lập - Tự do - Hạnh phúc", 250, 80)
    words += _words("Số: 31/KH-SNNMT", 90, 110)
    words += _words("Đà Nẵng, ngày 5 tháng 5 năm 2026", 250, 110)
    words += _words("KẾ HOẠCH", 240, 160)
    for top in range(200, 320, 20):  # the body's justified lines
        words += _words("Tăng cường quản lý chất lượng vật tư nông nghiệp trên địa bàn", 70, top)
    page = Page(number=1, width=595, height=842)
    page.lines = build_lines(words, 1)
    lines = [line for line in to_raw_lines([page]) if line.text]
    left = [line.text for line in lines if line.block is Block.HEADER_LEFT]
    right = [line.text for line in lines if line.block is Block.HEADER_RIGHT]
    assert left == ["SỞ NÔNG NGHIỆP VÀ", "MÔI TRƯỜNG", "Số: 31/KH-SNNMT"]
    assert right[0] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert right[-1] == "Đà Nẵng, ngày 5 tháng 5 năm 2026"
    # the body's lines, their spaces even, are never parted
    assert [line.block for line in lines if line.text.startswith(("KẾ", "Tăng"))] == [
        Block.BODY
    ] * 2


def _one_page(words: list[Word]) -> list[RawLine]:
    """The lines read from one page of `words`, empty lines left out."""
    page = Page(number=1, width=595, height=842)
    page.lines = build_lines(words, 1)
    return [line for line in to_raw_lines([page]) if line.text]


def _side(lines: list[RawLine], block: Block) -> list[str]:
    return [line.text for line in lines if line.block is block]


def test_a_closing_s_columns_set_closer_than_a_column_gap_are_read_apart() -> None:
    """The closing's recipients printed as one paragraph filling the left column: its first
    line runs up to the signature's first line (15 points off, as the header's columns in a
    Word table are); the two are parted as the header's are, the recipients' wrapped line
    going on in the left column and the signer's name in the right."""
    words = []
    for top in range(100, 160, 20):  # the body's last paragraph, justified
        words += _words("Các phòng, ban căn cứ Kế hoạch này tổ chức thực hiện đúng thời", 70, top)
    words += _words("Nơi nhận: - Như Điều 3; - Chủ tịch,", 90, 200)
    words += _words("KT. CHỦ TỊCH PHÓ CHỦ TỊCH", words[-1].x1 + 15, 200)
    words += _words("các PCT UBND tỉnh; - Lưu: VT.", 90, 220)
    words += _words("Trần Văn Nam", 360, 260)
    lines = _one_page(words)
    left, right = _side(lines, Block.FOOTER_LEFT), _side(lines, Block.FOOTER_RIGHT)
    assert left == ["Nơi nhận: - Như Điều 3; - Chủ tịch, các PCT UBND tỉnh; - Lưu: VT."]
    assert right == ["KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "Trần Văn Nam"]
    # the body's lines, their spaces even, are never parted
    assert {line.block for line in lines if line.text.startswith("Các phòng")} == {Block.BODY}


def _ragged(text: str, top: float, short_by: float) -> list[Word]:
    """A line set flush left from 70 that ends `short_by` points before the text's right edge
    (520), its spaces even."""
    lengths = sum(7.0 * len(word) for word in text.split())
    space = (520 - short_by - 70 - lengths) / (len(text.split()) - 1)
    return _words(text, 70, top, space)


def test_a_ragged_line_ends_short_where_the_next_word_did_not_fit() -> None:
    """A Word draft set flush left, not justified: a line of a sentence ends 47 points short of
    the right edge because the next line's first word (`VINACAS`, 49 points) did not fit; the
    paragraph goes on. A line ending a sentence, or short by more than the next word takes,
    ends its paragraph."""
    words = _ragged("Hội nghị dự kiến được tổ chức vào đầu tháng ba, nhưng do dịch bệnh", 100, 0)
    words += _ragged("kéo dài, vào cuối tháng một năm hai nghìn hai mươi hiệp hội là", 120, 47)
    words += _words("VINACAS đã quyết định dời thời gian tổ chức.", 70, 140)
    words += _ragged("Theo đó, Hội nghị sẽ diễn ra tại Thành phố Hồ Chí Minh vào tháng", 160, 0)
    words += _ragged("ba năm sau, với sự tham dự của các doanh nghiệp trong và ngoài", 180, 80)
    words += _ragged("Hiệp hội đề nghị các doanh nghiệp đăng ký tham dự sớm với Ban", 200, 0)
    words += _ragged("Tổ chức hội nghị trước ngày mười lăm tháng hai năm sau;", 220, 60)
    words += _ragged("Hiệp hội đề nghị các doanh nghiệp đăng ký tham dự sớm với Ban", 240, 0)
    page = Page(number=1, width=595, height=842)
    page.lines = build_lines(words, 1)
    texts = [line.text for line in to_raw_lines([page]) if line.text]
    assert texts[0].endswith("hiệp hội là VINACAS đã quyết định dời thời gian tổ chức.")
    assert texts[1].endswith("trong và ngoài")  # 80 points short: `Hiệp` would have fit
    assert texts[2].endswith("tháng hai năm sau;")  # short at a sentence's end
    assert texts[3].startswith("Hiệp hội")


def test_a_closing_s_left_column_run_over_onto_a_page_of_its_own_stays_in_the_closing() -> None:
    """The recipients run over onto the next page, which holds nothing else: that page's lines
    span the left column only, so its middle is the document's, not theirs; they stay in the
    recipients' column, not read as body lines centred on their page."""
    words = []
    for top in range(100, 200, 20):  # the body's last paragraph, justified
        words += _words("Các phòng, ban căn cứ Kế hoạch này tổ chức thực hiện đúng thời", 70, top)
    words += _words("Nơi nhận:", 90, 220) + _words("TM. ỦY BAN NHÂN DÂN", 360, 220)
    words += _words("- Như Điều 3;", 90, 240) + _words("CHỦ TỊCH", 390, 240)
    words += _words("- Thường trực Huyện ủy;", 90, 260) + _words("Trần Văn Nam", 370, 280)
    first = Page(number=1, width=595, height=842)
    first.lines = build_lines(words, 1)
    recipients = ["- Các phòng, ban chuyên môn huyện;", "- Ủy ban nhân dân các xã;"]
    recipients += ["- Lưu: VT, VP Ủy ban nhân dân huyện."]
    second = Page(number=2, width=595, height=842)
    second.lines = build_lines(
        [
            word
            for top, text in zip((80, 100, 120), recipients, strict=True)
            for word in _words(text, 90, top)
        ],
        2,
    )
    lines = [line for line in to_raw_lines([first, second]) if line.text]
    left = [line.text for line in lines if line.block is Block.FOOTER_LEFT]
    assert left == ["Nơi nhận:", "- Như Điều 3;", "- Thường trực Huyện ủy;", *recipients]


def test_a_scan_s_title_in_capitals_ends_where_the_sentence_under_it_starts() -> None:
    """OCR tells no bold: a title's last line in capitals, as wide as the text, and the body's
    first line under it, at the margin, are two paragraphs; a body line going on in capitals
    after a line in lower case, or in lower case after capitals, stays in its paragraph."""
    words = _words("KẾ HOẠCH", 240, 100)
    words += _words(
        "PHÒNG CHỐNG DỊCH BỆNH TRUYỀN NHIỄM SAU MƯA LŨ TRÊN ĐỊA BÀN TỈNH HÀ TĨNH", 70, 120
    )
    body = [
        "Do ảnh hưởng của đợt mưa lũ kéo dài trên diện rộng, nhiều địa phương của",
        "tỉnh bị ngập sâu, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau đây:",
    ]
    for top, text in zip(range(140, 200, 20), body, strict=False):
        words += _words(text, 70, top)
    page = Page(number=1, width=595, height=842)
    page.lines = build_lines(words, 1)
    texts = [line.text for line in to_raw_lines([page]) if line.text]
    assert texts[1] == "PHÒNG CHỐNG DỊCH BỆNH TRUYỀN NHIỄM SAU MƯA LŨ TRÊN ĐỊA BÀN TỈNH HÀ TĨNH"
    assert texts[2] == " ".join(body)


def test_a_closing_printed_as_running_text_with_breaks_is_cut_into_its_columns() -> None:
    """A converter's table printed as running text, its `<br>` and `|` breaks shown: the
    recipients left, the signature from its signing authority on right."""
    words = []
    for top in range(100, 160, 20):  # the body's last paragraph
        words += _words(
            "Các phòng, ban căn cứ Kế hoạch này tổ chức thực hiện đúng thời hạn.", 70, top
        )
    words += _words("Nơi nhận:<br>- Như trên;<br>- Lưu: VT. | TM. ỦY BAN NHÂN", 70, 180)
    words += _words("DÂN<br>CHỦ TỊCH<br><br>Trần Văn Nam |", 70, 200)
    lines = _one_page(words)
    left, right = _side(lines, Block.FOOTER_LEFT), _side(lines, Block.FOOTER_RIGHT)
    assert left == ["Nơi nhận:", "- Như trên;", "- Lưu: VT."]
    assert right == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Nam"]


def test_a_heading_run_into_a_paragraph_and_wrapped_after_its_number_is_whole() -> None:
    """A file of single-line-break paragraphs printed with its lines joined runs a heading into
    the paragraph above; where the line wraps between the heading's number and its title
    (`... của huyện. III.` / `KINH PHÍ THỰC HIỆN`), the title goes on with the paragraph, which
    is then parted at the number: the heading is whole, with its number."""
    lines = [
        "- Kiểm tra định kỳ và đột xuất việc thực hiện các nội dung của Kế hoạch",
        "này, báo cáo kết quả theo yêu cầu của Ủy ban nhân dân huyện Minh Hóa. III.",
        "KINH PHÍ THỰC HIỆN",
        "1. Kinh phí thực hiện Kế hoạch do ngân sách xã bảo đảm theo phân cấp.",
    ]
    words = [
        word
        for top, text in zip(range(100, 180, 20), lines, strict=True)
        for word in _words(text, 70, top)
    ]
    page = Page(number=1, width=595, height=842)
    page.lines = build_lines(words, 1)
    texts = [line.text for line in mend_ocr_glyphs(to_raw_lines([page])) if line.text]
    assert texts == [
        " ".join(lines[:2])[: -len(" III.")],
        "III. KINH PHÍ THỰC HIỆN",
        lines[3],
    ]


def _centred(text: str, centre: float, top: float) -> list[Word]:
    words = _words(text, 0, top)
    shift = centre - (words[0].x0 + words[-1].x1) / 2
    return [replace(word, x0=word.x0 + shift, x1=word.x1 + shift) for word in words]


def test_the_kind_set_flush_left_under_a_scan_s_header_is_no_issuer_line() -> None:
    """OCR tells no bold: the kind in capitals set flush at the left margin under the header's
    table (a page printing every paragraph flush left) ends the header, as a bold one does; a
    line centred in the left column, in capitals too, is the issuer's."""
    words = _centred("ỦY BAN NHÂN DÂN", 160, 60) + _centred("TỈNH ĐỒNG NAI", 160, 74)
    words += _centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 400, 60)
    words += _centred("Độc lập - Tự do - Hạnh phúc", 400, 74)
    words += _centred("Số: 179/KH-UBND", 160, 100) + _centred(
        "Đồng Nai, ngày 18 tháng 11", 400, 100
    )
    words += _words("KẾ HOẠCH", 70, 130)
    words += _words("PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TRÊN ĐỊA BÀN TỈNH ĐỒNG NAI", 70, 150)
    words += _words("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", 70, 170)
    page = Page(number=1, width=595, height=842)
    page.lines = build_lines(words, 1)
    lines = [line for line in to_raw_lines([page]) if line.text]
    left = [line.text for line in lines if line.block is Block.HEADER_LEFT]
    assert left == ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG NAI", "Số: 179/KH-UBND"]
    body = [line.text for line in lines if line.block is Block.BODY]
    assert body[0] == "KẾ HOẠCH"


def test_a_header_column_printed_with_a_converter_s_line_breaks_is_cut_at_them() -> None:
    """A header cell printed as one run of text with its `<br>` shown wraps where the print
    wrapped: the column's lines are its pieces between the breaks, the rule none."""
    words = _centred("ỦY BAN NHÂN DÂN<br>XÃ TÂN", 175, 60)
    words += _centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA", 400, 60)
    words += _centred("PHÚ<br>------- <br>Số: 45/KH-", 175, 74)
    words += _centred("VIỆT NAM<br>Độc lập - Tự do -", 400, 74)
    words += _centred("UBND", 175, 88) + _centred("Hạnh phúc<br>Tân Phú, ngày 12", 400, 88)
    words += _words("KẾ HOẠCH", 70, 120)
    words += _words("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", 70, 140)
    page = Page(number=1, width=595, height=842)
    page.lines = build_lines(words, 1)
    lines = [line for line in to_raw_lines([page]) if line.text]
    left = [line.text for line in lines if line.block is Block.HEADER_LEFT]
    right = [line.text for line in lines if line.block is Block.HEADER_RIGHT]
    assert left == ["ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ", "Số: 45/KH-UBND"]
    assert right == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Tân Phú, ngày 12",
    ]
    assert Hint.ALL_CAPS in lines[0].hints and Hint.ALL_CAPS not in lines[2].hints
