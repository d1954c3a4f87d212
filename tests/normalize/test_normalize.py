"""Normalization: one spelling, one dash, wrapped lines joined, structural lines kept apart."""

from __future__ import annotations

from dataclasses import replace

from plan_extract.core.text import respell as clean_text
from plan_extract.normalize import normalize
from plan_extract.normalize.model import Line
from plan_extract.normalize.patterns import enumerated
from plan_extract.read.model import Hint
from plan_extract.read.text import read_text_bytes


def _lines(text: str, fmt: str = "txt") -> list[str]:
    raw = read_text_bytes(text.encode("utf-8"), "md" if fmt == "md" else "txt")
    return [line.text for line in normalize(raw).lines]


def test_tone_placement_and_dash_and_spaces() -> None:
    assert (
        clean_text("Phòng Văn hoá – Xã  hội\tUỷ ban  thuỷ") == "Phòng Văn hóa - Xã hội Ủy ban thủy"
    )


def test_nfd_input_becomes_nfc() -> None:
    import unicodedata

    assert clean_text(unicodedata.normalize("NFD", "Quảng Thành")) == "Quảng Thành"


def test_page_break_mid_sentence_is_joined_with_source_lines() -> None:
    raw = read_text_bytes(
        "bảo đảm các trường hợp\n\n\n\nbị bạo lực được phát hiện.\n".encode(), "txt"
    )
    doc = normalize(raw)
    assert [line.text for line in doc.lines] == [
        "bảo đảm các trường hợp bị bạo lực được phát hiện."
    ]
    assert doc.lines[0].source_lines == (1, 5)
    assert doc.lines[0].number == 1


def test_structural_lines_are_never_joined() -> None:
    text = (
        "2. Mục tiêu cụ thể\n- Về Chính trị: đạt 75%\n+ Tăng tỷ lệ\na) Nội dung\n"
        "Nơi nhận:\n- UBND tỉnh;\n"
    )
    assert _lines(text) == [
        "2. Mục tiêu cụ thể",
        "- Về Chính trị: đạt 75%",
        "+ Tăng tỷ lệ",
        "a) Nội dung",
        "Nơi nhận:",
        "- UBND tỉnh;",
    ]


def test_markdown_paragraph_wraps_are_joined() -> None:
    text = (
        "Thực hiện Quyết định số\n1850/QĐ-TTg ngày 27 của Thủ tướng Chính\nPhủ;\n\n"
        "**I. MỤC\nĐÍCH**\n"
    )
    assert _lines(text, "md") == [
        "Thực hiện Quyết định số 1850/QĐ-TTg ngày 27 của Thủ tướng Chính Phủ;",
        "I. MỤC ĐÍCH",
    ]


def test_sentence_end_then_capital_in_plain_text_stays_two_lines() -> None:
    assert _lines("Câu thứ nhất.\nCâu thứ hai\n") == ["Câu thứ nhất.", "Câu thứ hai"]


def test_a_markdown_file_of_table_bars_only_has_no_lines() -> None:
    assert _lines("|\n|\n", "md") == []


def test_every_signature_prefix_and_the_recipients_label_start_their_own_line() -> None:
    """The prefixes and `Nơi nhận` come from layout_cues.yaml, as the Word and PDF readers read
    them: `T/M.` starts the signature in a text file too."""
    text = "Tỷ lệ nữ đạt 30%\nT/M. ỦY BAN NHÂN DÂN\nGiảm 10%\nNoi nhận:\n"
    assert _lines(text, "md") == [
        "Tỷ lệ nữ đạt 30%",
        "T/M. ỦY BAN NHÂN DÂN",
        "Giảm 10%",
        "Noi nhận:",
    ]


def test_the_closing_request_is_not_a_line_start() -> None:
    """`Trong quá trình ...` ends the body for the structure stage, but a wrapped paragraph that
    reads on into it is still one paragraph (of a Markdown text: it has Markdown's marks)."""
    text = (
        "**V. TỔ CHỨC THỰC HIỆN**\n\n"
        "Các đơn vị phối hợp thực hiện\nTrong quá trình thực hiện, nếu có khó khăn, báo cáo.\n"
    )
    assert len(_lines(text, "md")) == 2
    assert len(_lines(text, "txt")) == 2  # the marks make it Markdown, whatever its name


def _hard_wrapped(paragraphs: list[str], width: int) -> str:
    import textwrap

    return "\n".join(
        wrapped
        for paragraph in paragraphs
        for wrapped in textwrap.wrap(paragraph, width=width, break_on_hyphens=False)
    )


_PLAN_BODY = [
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "Triển khai đồng bộ các nhiệm vụ, giải pháp nhằm nâng cao chất lượng dịch vụ công trực tuyến "
    "trên địa bàn tỉnh, bảo đảm mọi người dân và doanh nghiệp được hưởng lợi từ chuyển đổi số "
    "trong giai đoạn 2026 - 2030.",
    "2. Yêu cầu",
    "Các sở, ban, ngành và Ủy ban nhân dân các xã, phường chủ động xây dựng kế hoạch cụ thể, "
    "phân công rõ người, rõ việc, rõ thời gian hoàn thành và kết quả đầu ra của từng nhiệm vụ.",
    "II. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM CỦA KẾ HOẠCH CHUYỂN ĐỔI SỐ TỈNH NĂM 2026",
    "- Hoàn thiện hạ tầng số, bảo đảm 100% cơ quan nhà nước kết nối mạng truyền số liệu chuyên "
    "dùng và an toàn thông tin mạng theo cấp độ đã được phê duyệt.",
    "- Phát triển nguồn nhân lực số, tổ chức đào tạo, bồi dưỡng kỹ năng số cho cán bộ, công chức, "
    "viên chức và người dân ở tất cả các xã, phường trên địa bàn tỉnh.",
]


def test_a_text_hard_wrapped_at_any_width_reads_as_the_unwrapped_text() -> None:
    """The same plan as a `.txt` with a line per paragraph and hard-wrapped at 60, 72 and 100
    columns: the same lines, whatever the width, and no heading glued to its neighbour."""
    unwrapped = _lines("\n".join(_PLAN_BODY * 3))
    assert unwrapped == _PLAN_BODY * 3
    for width in (60, 72, 100):
        assert _lines(_hard_wrapped(_PLAN_BODY * 3, width)) == unwrapped, width


def test_a_bold_heading_wrapped_inside_its_span_is_one_heading() -> None:
    text = "**II. NHIỆM VỤ\nVÀ GIẢI PHÁP**\n\n1. Nội dung thứ nhất\n"
    raw = read_text_bytes(text.encode(), "md")
    lines = normalize(raw).lines
    assert [line.text for line in lines] == ["II. NHIỆM VỤ VÀ GIẢI PHÁP", "1. Nội dung thứ nhất"]
    assert lines[0].source_lines == (1, 2)


def test_a_bold_heading_closed_on_its_line_is_not_glued_to_the_next() -> None:
    text = "**II. NHIỆM VỤ VÀ GIẢI PHÁP**\nTriển khai các nội dung sau\n"
    assert _lines(text, "md") == ["II. NHIỆM VỤ VÀ GIẢI PHÁP", "Triển khai các nội dung sau"]


def test_a_range_cut_before_its_dash_is_joined() -> None:
    text = "Kế hoạch thực hiện trong giai đoạn 2026\n- 2030 trên địa bàn tỉnh.\n\nCâu khác.\n"
    assert _lines(text) == [
        "Kế hoạch thực hiện trong giai đoạn 2026 - 2030 trên địa bàn tỉnh.",
        "Câu khác.",
    ]


def test_a_date_cut_from_its_words_by_a_wrap_continues_its_sentence() -> None:
    """In a text without blank lines between paragraphs, a line opening with a date's figures
    after one that ends no sentence is its rest; after a sentence's end it is a line of its
    own."""
    text = (
        "Các thôn gửi báo cáo trước ngày\n30/9/2026.\n"
        "Hoàn thành trong Quý\nIII/2026.\n"
        "Xong trong tháng\n9/2026.\n"
        "Câu đã hết.\n2026 là năm đầu.\n"
    )
    assert _lines(text) == [
        "Các thôn gửi báo cáo trước ngày 30/9/2026.",
        "Hoàn thành trong Quý III/2026.",
        "Xong trong tháng 9/2026.",
        "Câu đã hết.",
        "2026 là năm đầu.",
    ]


_PARAGRAPHS = "Câu một.\n\nCâu hai.\n\nCâu ba.\n\n"  # a text that separates its paragraphs


def test_a_document_number_cut_to_a_line_start_continues_its_sentence() -> None:
    text = _PARAGRAPHS + "Căn cứ Nghị quyết số\n66.2/2025/NQ-CP ngày 28/8/2025 của Chính phủ;\n"
    assert _lines(text, "md")[3:] == [
        "Căn cứ Nghị quyết số 66.2/2025/NQ-CP ngày 28/8/2025 của Chính phủ;"
    ]


def test_a_roman_numeral_with_a_dash_or_colon_before_capitals_opens_a_heading() -> None:
    text = _PARAGRAPHS + "Nội dung\nII- NHIỆM VỤ\n\nChụp\nX-quang ngực.\nIII: TỔ CHỨC\n"
    assert _lines(text, "md")[3:] == [
        "Nội dung",
        "II- NHIỆM VỤ",
        "Chụp X-quang ngực.",
        "III: TỔ CHỨC",
    ]


def test_a_capitals_heading_cut_before_its_end_goes_on_with_the_next_capitals_line() -> None:
    text = "I. MỤC ĐÍCH,\nYÊU CẦU\n1. Mục đích\nII. NHIỆM VỤ VÀ\nGIẢI PHÁP\nA. MỤC TIÊU CHUNG\n"
    assert _lines(text) == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "II. NHIỆM VỤ VÀ GIẢI PHÁP",
        "A. MỤC TIÊU CHUNG",
    ]


def test_a_capitals_heading_that_ends_or_meets_ordinary_text_stays_alone() -> None:
    text = (
        "III. KINH PHÍ.\nUBND XÃ BỐ TRÍ\nIV. TỔ CHỨC THỰC HIỆN\nBẢNG PHÂN CÔNG\n"
        "V. BÁO CÁO VÀ\nCác phòng triển khai.\n"
    )
    assert _lines(text) == [
        "III. KINH PHÍ.",
        "UBND XÃ BỐ TRÍ",
        "IV. TỔ CHỨC THỰC HIỆN",
        "BẢNG PHÂN CÔNG",
        "V. BÁO CÁO VÀ",
        "Các phòng triển khai.",
    ]


def test_a_capitals_heading_cut_inside_a_heading_phrase_goes_on_with_the_rest() -> None:
    text = (
        "II. NHIỆM VỤ VÀ GIẢI\nPHÁP\n1. Tuyên truyền\nIII. TỔ CHỨC THỰC\nHIỆN\n"
        "IV. KINH\nPHÍ\nV. BÁO CÁO\nBẢNG TỔNG HỢP\n"
    )
    assert _lines(text) == [
        "II. NHIỆM VỤ VÀ GIẢI PHÁP",
        "1. Tuyên truyền",
        "III. TỔ CHỨC THỰC HIỆN",
        "IV. KINH PHÍ",
        "V. BÁO CÁO",
        "BẢNG TỔNG HỢP",  # a whole heading, then a caption: no phrase runs across
    ]


def test_a_bold_heading_closed_on_each_of_its_lines_is_one_heading() -> None:
    text = (
        "**I. MỤC ĐÍCH,**\n**YÊU CẦU**\n**1. Mục đích**\n**III. TỔ CHỨC THỰC**\n**HIỆN**\n"
        "Các phòng triển khai.\n**IV. KINH PHÍ**\n**BẢNG DỰ TOÁN**\n"
    )
    assert _lines(text, "md") == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các phòng triển khai.",
        "IV. KINH PHÍ",
        "BẢNG DỰ TOÁN",
    ]


def test_a_dash_between_two_heading_phrases_cut_to_a_line_start_is_no_bullet() -> None:
    text = "I. MỤC ĐÍCH\n- YÊU CẦU\n1. Mục đích\nII. NỘI DUNG\n- UBND XÃ\n- Các thôn\n"
    assert _lines(text) == [
        "I. MỤC ĐÍCH - YÊU CẦU",
        "1. Mục đích",
        "II. NỘI DUNG",
        "- UBND XÃ",
        "- Các thôn",
    ]


def test_a_heading_cut_before_its_dash_goes_on() -> None:
    assert _lines("I. MỤC ĐÍCH -\nYÊU CẦU\n1. Mục đích\n") == [
        "I. MỤC ĐÍCH - YÊU CẦU",
        "1. Mục đích",
    ]


def test_a_numeral_closing_a_parenthesis_left_open_is_no_item() -> None:
    text = "THỰC HIỆN ĐỀ ÁN GIAI ĐOẠN 2026-2030 (GIAI ĐOẠN\nI)\nNội dung chính\n2) Tổ chức\n"
    assert _lines(text) == [
        "THỰC HIỆN ĐỀ ÁN GIAI ĐOẠN 2026-2030 (GIAI ĐOẠN I)",
        "Nội dung chính",
        "2) Tổ chức",
    ]


def test_a_date_closing_a_parenthesis_left_open_goes_on() -> None:
    text = "1. Rà soát danh sách (cuối\nQuý II/2026).\n2. Tập huấn (Quý III).\nNăm 2026) x\n"
    assert _lines(text) == [
        "1. Rà soát danh sách (cuối Quý II/2026).",
        "2. Tập huấn (Quý III).",  # the bracket closed: a line of its own after it
        "Năm 2026) x",
    ]


def test_a_lettered_item_with_a_full_stop_opens_its_own_line() -> None:
    text = "III. TỔ CHỨC THỰC HIỆN\na. Trạm Y tế xã chủ trì\nb. Công chức Tư pháp phối hợp\n"
    assert _lines(text) == [
        "III. TỔ CHỨC THỰC HIỆN",
        "a. Trạm Y tế xã chủ trì",
        "b. Công chức Tư pháp phối hợp",
    ]
    # a lower-case word after the letter continues a sentence (`điểm` / `a. khoản 2`)
    assert _lines("Thực hiện theo điểm\na. khoản 2 Điều 5\n") == [
        "Thực hiện theo điểm a. khoản 2 Điều 5"
    ]


def test_a_table_rows_cells_are_spelled_as_its_text_is() -> None:
    from plan_extract.read.model import Hint, RawDocument, RawLine

    cells = ("4", "Quảng bá du lịch thông minh", "Sở Văn hoá Thể thao – Du lịch", "")
    row = RawLine(
        text=" | ".join(cells), source_line=1, hints=frozenset({Hint.TABLE_ROW}), cells=cells
    )
    [line] = normalize(RawDocument(format="docx", lines=[row], paragraph_lines=True)).lines
    assert line.cells == ("4", "Quảng bá du lịch thông minh", "Sở Văn hóa Thể thao - Du lịch", "")
    assert all(cell in line.text for cell in line.cells)


def test_a_text_without_blank_lines_parts_its_paragraphs_by_sentences_and_items() -> None:
    """A Markdown conversion whose blank lines were dropped: its lines are pieces of paragraphs
    (many go on in lower case), so a line goes on with the one before until a sentence ends
    before a capital, an item opens or a whole bold line stands; a colon announces more of its
    paragraph, and a short first line goes on with a capital (`Ủy ban nhân dân` / `Tỉnh`)."""
    text = (
        "**KẾ HOẠCH**\n"
        "Chuyển đổi số của xã\n"
        "năm 2026\n"
        "**I. MỤC ĐÍCH**\n"
        "1. Nâng cao nhận thức của\n"
        "cán bộ và người dân về\n"
        "chuyển đổi số.\n"
        "2.1. Phủ sóng cáp quang đến\n"
        "các thôn trong năm 2026.\n"
        "3. Đề nghị Ủy ban Mặt trận\n"
        "Tổ quốc xã phối hợp.\n"
        "Các nhóm hỗ trợ gồm:\n"
        "Tổ công nghệ số cộng đồng và\n"
        "Đoàn Thanh niên xã.\n"
        "- Giao Văn phòng HĐND và UBND\n"
        "xã theo dõi, báo cáo.\n"
    )
    assert _lines(text, "md") == [
        "KẾ HOẠCH",
        "Chuyển đổi số của xã năm 2026",
        "I. MỤC ĐÍCH",
        "1. Nâng cao nhận thức của cán bộ và người dân về chuyển đổi số.",
        "2.1. Phủ sóng cáp quang đến các thôn trong năm 2026.",
        "3. Đề nghị Ủy ban Mặt trận Tổ quốc xã phối hợp.",
        "Các nhóm hỗ trợ gồm: Tổ công nghệ số cộng đồng và Đoàn Thanh niên xã.",
        "- Giao Văn phòng HĐND và UBND xã theo dõi, báo cáo.",
    ]


def test_a_text_of_a_paragraph_a_line_without_blank_lines_keeps_its_lines() -> None:
    """Whole paragraphs a line (almost none goes on in lower case): each line is one, also a
    title without a full stop before a capital."""
    text = "".join(
        f"{number}. Mục tiêu số {number}\nPhấn đấu hoàn thành chỉ tiêu {number} trong năm.\n"
        for number in range(1, 7)
    )
    lines = _lines(text, "md")
    assert lines[:2] == ["1. Mục tiêu số 1", "Phấn đấu hoàn thành chỉ tiêu 1 trong năm."]
    assert len(lines) == 12


def test_without_blank_lines_a_bold_title_a_bullet_and_a_cut_range_read_as_parted() -> None:
    """A whole bold line is its paragraph's end; a bullet after a sentence's end opens an item
    even when its first word is in lower case; a range's second year on the next line goes on."""
    text = (
        "Ủy ban nhân dân xã ban hành\n"
        "kế hoạch với các nội dung sau đây.\n"
        "**3. Xây dựng cơ sở dữ liệu đất đai**\n"
        "Cập nhật bản đồ địa chính của\n"
        "các thôn trong năm 2026.\n"
        "- 100% hồ sơ được số hóa.\n"
        "4. Trong giai đoạn 2026\n"
        "- 2030 duy trì hệ thống\n"
        "cơ sở dữ liệu.\n"
    )
    assert _lines(text, "md") == [
        "Ủy ban nhân dân xã ban hành kế hoạch với các nội dung sau đây.",
        "3. Xây dựng cơ sở dữ liệu đất đai",
        "Cập nhật bản đồ địa chính của các thôn trong năm 2026.",
        "- 100% hồ sơ được số hóa.",
        "4. Trong giai đoạn 2026 - 2030 duy trì hệ thống cơ sở dữ liệu.",
    ]


def test_without_blank_lines_a_whole_italic_title_or_note_stands_apart() -> None:
    """A whole italic line or span (a lettered or numbered title with a comma or a name in it,
    a note) is an element of its own: the capital after it opens a paragraph, a line before it
    that ends no sentence does not take it in; a sentence the title leaves open (`- Du lịch`
    then `100% điểm đến ...`) goes on, as it does with blank lines."""
    text = (
        "Các mặt hàng xuất khẩu chủ yếu\n"
        "gồm nông sản và sản phẩm chế biến\n"
        "của tỉnh.\n"
        "*a) Thị trường Đông Nam Á, Nam Á*\n"
        "Tiếp tục đẩy mạnh xuất khẩu\n"
        "sang các thị trường lân cận.\n"
        "*4.5. Nền tảng nhận diện,\n"
        "kiểm soát phương tiện*\n"
        "Nghiên cứu, triển khai các nền tảng\n"
        "cung cấp dịch vụ hỗ trợ quản lý.\n"
        "*- Du lịch và dịch vụ*\n"
        "100% điểm đến du lịch\n"
        "ứng dụng công nghệ số.\n"
        "Biểu tổng hợp kinh phí của xã\n"
        "*Ghi chú: đơn vị tính là triệu đồng*\n"
    )
    assert _lines(text, "md") == [
        "Các mặt hàng xuất khẩu chủ yếu gồm nông sản và sản phẩm chế biến của tỉnh.",
        "a) Thị trường Đông Nam Á, Nam Á",
        "Tiếp tục đẩy mạnh xuất khẩu sang các thị trường lân cận.",
        "4.5. Nền tảng nhận diện, kiểm soát phương tiện",
        "Nghiên cứu, triển khai các nền tảng cung cấp dịch vụ hỗ trợ quản lý.",
        "- Du lịch và dịch vụ 100% điểm đến du lịch ứng dụng công nghệ số.",
        "Biểu tổng hợp kinh phí của xã",
        "Ghi chú: đơn vị tính là triệu đồng",
    ]


def test_without_blank_lines_each_entry_of_a_list_of_targets_opens_a_line() -> None:
    """`(1) 100% ...`, `(2) Ít nhất ...`: each entry of a list of targets is a line of its
    own, after a colon or a comma too; a list run into a sentence (`(1) Công nghiệp; (2) Nông`
    on one line) goes on with it."""
    text = (
        "Nâng cao nhận thức của người dân\n"
        "về chuyển đổi số, cụ thể như sau:\n"
        "(1) 100% số hộ được tuyên\n"
        "truyền về chuyển đổi số,\n"
        "(2) Ít nhất 80% người dân\n"
        "có tài khoản thanh toán;\n"
        "Phát triển dựa trên ba trụ cột\n"
        "kinh tế của tỉnh gồm:\n"
        "(1) Công nghiệp; (2) Nông\n"
        "nghiệp và dịch vụ số.\n"
    )
    assert _lines(text, "md") == [
        "Nâng cao nhận thức của người dân về chuyển đổi số, cụ thể như sau:",
        "(1) 100% số hộ được tuyên truyền về chuyển đổi số,",
        "(2) Ít nhất 80% người dân có tài khoản thanh toán;",
        "Phát triển dựa trên ba trụ cột kinh tế của tỉnh gồm: (1) Công nghiệp; (2) Nông nghiệp "
        "và dịch vụ số.",
    ]


def test_an_entry_of_a_list_of_targets_is_a_figure_in_parentheses_then_a_capital() -> None:
    assert enumerated("(1) 100% số người hưởng trợ cấp")
    assert enumerated("(12) Tỷ lệ doanh nghiệp")
    assert not enumerated("(2) năm 2026 của tỉnh")  # a cut sentence's reference
    assert not enumerated("(1) Công nghiệp; (2) Nông")  # a list run into a sentence
    assert not enumerated("1) Tỷ lệ")
    assert not enumerated("(a) Tỷ lệ")


def test_a_figure_spelled_again_in_brackets_reads_as_the_figure() -> None:
    """`ngày 09 (chín) tháng 06 (sáu)`: the bracket that spells the figure before it is dropped,
    in the text and in a table row's cells alike; a bracket saying anything else stays."""
    assert _lines(
        "Các xã gửi báo cáo 06 (sáu) tháng trước ngày 09 (chín) tháng 06 (sáu).\n\n"
        "Trong thời hạn 15 (mười) ngày, 03 (ba xã) báo cáo.\n"
    ) == [
        "Các xã gửi báo cáo 06 tháng trước ngày 09 tháng 06.",
        "Trong thời hạn 15 (mười) ngày, 03 (ba xã) báo cáo.",
    ]
    raw = read_text_bytes(
        "| Báo cáo | Thời hạn |\n|---|---|\n| Quý | Ngày 20 (hai mươi) tháng cuối quý |\n".encode(),
        "md",
    )
    rows = [line.cells for line in normalize(raw).lines if line.cells]
    assert ("Quý", "Ngày 20 tháng cuối quý") in rows


def test_a_year_split_by_a_space_is_whole_in_every_line_a_rule_reads() -> None:
    text = (
        "Căn cứ Quyết định số 24/2021/QĐ-TTg ngày 16/7/20 21 của Thủ tướng Chính phủ;\n"
        "Thực hiện Kế hoạch số 12/202 5/KH-UBND, các xã báo cáo trong năm 202 6.\n"
        "Giai đoạn năm 2024 2025.\n"
    )
    assert _lines(text) == [
        "Căn cứ Quyết định số 24/2021/QĐ-TTg ngày 16/7/2021 của Thủ tướng Chính phủ;",
        "Thực hiện Kế hoạch số 12/2025/KH-UBND, các xã báo cáo trong năm 2026.",
        "Giai đoạn năm 2024 2025.",
    ]


def test_a_place_s_name_cut_after_its_level_word_goes_on() -> None:
    text = (
        "Yêu cầu Sở Xây dựng, Sở Tài nguyên và Môi trường, UBND huyện\n"
        "Quảng Xương tập trung thực hiện nhiệm vụ được giao.\n"
    )
    assert _lines(text) == [
        "Yêu cầu Sở Xây dựng, Sở Tài nguyên và Môi trường, UBND huyện Quảng Xương tập trung"
        " thực hiện nhiệm vụ được giao."
    ]


def test_after_a_level_word_a_title_a_body_s_name_or_a_new_sentence_stays_apart() -> None:
    text = (
        "9. Cán bộ Đài truyền thanh xã\n"
        "Phối hợp với các ban ngành tổ chức tuyên truyền.\n"
        "Chánh Văn phòng UBND tỉnh, Giám đốc các sở, ngành của tỉnh\n"
        "Sở Nội vụ chịu trách nhiệm thi hành Quyết định này.\n"
        "Giao Phòng Văn hóa - Thông tin phối hợp với Ủy ban nhân dân xã\n"
        "Tổ chức tuyên truyền trên loa.\n"
    )
    assert _lines(text) == text.splitlines()


def test_pieces_of_a_syllable_ocr_cut_are_joined_a_letter_after_a_number_is_not() -> None:
    text = "7. Bộ Y t ế\n\nỦy ban nhân dân các t ỉ nh chủ trì.\n\nĐường dài 5 m ở xã.\n"
    assert _lines(text) == [
        "7. Bộ Y tế",
        "Ủy ban nhân dân các tỉnh chủ trì.",
        "Đường dài 5 m ở xã.",
    ]


def test_a_normalized_line_is_a_value_of_its_fields() -> None:
    """Not frozen (`RawLine`'s reason), a line still hashes by its fields as a frozen one does."""
    line = Line(1, "Giao Ủy ban nhân dân xã", (3, 4), hints=frozenset({Hint.BOLD}))
    same = Line(1, "Giao Ủy ban nhân dân xã", (3, 4), hints=frozenset({Hint.BOLD}))
    assert len({line, same, replace(line, number=2)}) == 2 and line.number == 1


def _crlf_lines(lines: list[str]) -> list[str]:
    """A text as Word saves it as plain text: a paragraph a line, no blank line, CRLF."""
    raw = read_text_bytes("\r\n".join(lines).encode("utf-8") + b"\r\n", "txt")
    return [line.text for line in normalize(raw).lines]


def test_a_paragraph_a_line_with_many_lower_case_items_keeps_each_heading_apart() -> None:
    """Items opening in lower case after their mark (`+ in tờ rơi ...;`) are paragraphs of their
    own, not sentences going on: a text of them is still a paragraph a line, so a numbered
    heading naming a body no list knows is not glued to the task under it."""
    items = [f"+ nội dung tuyên truyền thứ {number} về an toàn giao thông;" for number in range(8)]
    lines = [
        "II. NHIỆM VỤ",
        "1. Tuyên truyền",
        "Các hình thức gồm:",
        *items,
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Tổ Hòa giải Khu phố",
        "Vận động các hộ ký cam kết chấp hành quy định về an toàn giao thông.",
        "2. Nhóm Thanh niên Tình nguyện phường",
        "Hướng dẫn người dân qua đường tại cổng trường vào giờ tan học.",
        "3. Chi hội Cựu giáo chức",
        "Phối hợp tổ chức các buổi nói chuyện chuyên đề với học sinh.",
    ]
    assert _crlf_lines(lines) == lines


def test_a_lower_case_item_under_a_heading_opens_its_own_line() -> None:
    """`II. MỤC TIÊU` then `- phấn đấu ...;`: the list's first item, never the heading's rest,
    in a text of a paragraph a line and under a heading in capitals in any text; a dash joining
    two heading phrases under a heading in capitals is in capitals (`- YÊU CẦU`) and goes on."""
    lines = [
        "Ủy ban nhân dân xã ban hành kế hoạch như sau.",
        "II. MỤC TIÊU",
        "- phấn đấu 95% hộ gia đình được cấp nước sạch;",
        "- giảm 2% tỷ lệ hộ nghèo so với năm trước.",
        "1. Mục tiêu về y tế",
        "- tiêm chủng đầy đủ cho 98% trẻ em dưới 1 tuổi.",
        "Trạm y tế theo dõi, tổng hợp kết quả hằng quý.",
    ]
    assert _crlf_lines(lines) == lines
    assert _lines("I. MỤC ĐÍCH\n- YÊU CẦU\nNội dung thứ nhất.\n") == [
        "I. MỤC ĐÍCH - YÊU CẦU",
        "Nội dung thứ nhất.",
    ]


def test_a_lower_case_item_cut_by_a_wrap_under_a_heading_still_goes_on() -> None:
    """A text hard-wrapped at a width (its cut lines marked `WRAPPED`): a heading cut at a
    compound's dash (`... kinh tế` / `- xã hội ...`) is one heading (the wrap decides)."""
    heading = "1. Nâng cao đời sống vật chất và tinh thần, phát triển đồng bộ kinh tế - xã hội"
    body = [*_PLAN_BODY * 2, heading, *_PLAN_BODY]
    for width in (70, 71):  # the heading's last line is `- xã hội`
        lines = _lines(_hard_wrapped(body, width))
        assert heading in lines, (width, [line for line in lines if "kinh tế" in line])
