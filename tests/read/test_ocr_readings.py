"""What OCR reads from a scan that print does not say: a heading number's point read as a
letter (read/pdf/ocr_glyphs), specks read as signs (read/pdf/ocr), confused tone marks
(read/pdf/ocr_tones)."""

from __future__ import annotations

from plan_extract.read.layout_cues import opens_heading_after_clause
from plan_extract.read.model import Block, Hint, RawLine
from plan_extract.read.pdf.ocr import is_speck
from plan_extract.read.pdf.ocr_glyphs import (
    column_numbers,
    heading_numbers,
    is_noise_line,
    mend_ocr_glyphs,
)
from plan_extract.read.pdf.ocr_tones import retone, retone_ocr_lines

HEADING = frozenset({Hint.OCR, Hint.ALL_CAPS})


def _lines(*texts: str, hints: frozenset[Hint] = HEADING) -> list[RawLine]:
    return [RawLine(text=text, source_line=n, hints=hints) for n, text in enumerate(texts, 1)]


def _texts(lines: list[RawLine]) -> list[str]:
    return [line.text for line in mend_ocr_glyphs(lines)]


def test_a_point_read_as_an_l_after_a_heading_number_is_set_back() -> None:
    lines = _lines("IL MỤC ĐÍCH", "IIL NỘI DUNG", "I. KINH PHÍ", "ILLINOIS", "XL. KHÁC")
    assert _texts(lines) == ["I. MỤC ĐÍCH", "II. NỘI DUNG", "I. KINH PHÍ", "ILLINOIS", "XL. KHÁC"]


def test_only_headings_read_by_ocr_in_capitals_in_the_body_are_mended() -> None:
    typed = _lines("IL MỤC ĐÍCH", hints=frozenset({Hint.ALL_CAPS}))
    assert _texts(typed) == ["IL MỤC ĐÍCH"]
    footer = [RawLine(text="IL NƠI", source_line=1, hints=HEADING, block=Block.FOOTER_LEFT)]
    assert _texts(footer) == ["IL NƠI"]


def test_specks_read_as_signs_or_lone_accents_are_no_words() -> None:
    assert is_speck("&", 14.0) and is_speck("€)", 30.0)
    assert is_speck("ˆ", 58.0) and is_speck("`", 94.0)  # an accent alone, however sure
    assert not is_speck("&", 90.0)  # printed, and read with confidence
    assert not is_speck("-", 20.0) and not is_speck("+", 20.0)  # a list's mark
    # a letter alone no Vietnamese text prints (after `KT. CHỦ TỊCH` on a scan of kh-ubnd-0134)
    assert is_speck("š", 90.0) and is_speck("ß", 90.0)
    assert not any(is_speck(letter, 90.0) for letter in ("à", "Ở", "ư", "đ", "x", "ặ"))
    # ... but a dash read with low confidence from a dot no wider than tall is a speck
    assert is_speck("-", 8.0, aspect=1.0) and not is_speck("-", 92.0, aspect=1.0)
    assert not is_speck("-", 8.0, aspect=2.7)
    assert not is_speck("x.", 16.0) and not is_speck("8", 10.0) and not is_speck("Ệ", 5.0)
    # a mark far flatter than the page's print, read with low confidence: a rule, not text
    assert is_speck("x.", 16.0, height=0.25) and is_speck("mm", 40.0, height=0.3)
    assert not is_speck("x.", 80.0, height=0.25) and not is_speck("x.", 16.0, height=0.6)
    # a digit alone from a mark that flat, however sure (`3` in kh-ubnd-1026's signature block)
    assert is_speck("3", 65.0, height=0.3) and not is_speck("3", 65.0, height=0.7)
    assert not is_speck("35", 65.0, height=0.3)


def test_a_tone_mark_ocr_confuses_is_set_back_by_the_word_it_makes() -> None:
    assert retone("triến khai Đề án, chuyến đổi số") == "triển khai Đề án, chuyển đổi số"
    assert retone("các cơ quan, tố chức có liên quan") == "các cơ quan, tổ chức có liên quan"
    assert retone("a) Xác định cụ thế nội dung") == "a) Xác định cụ thể nội dung"
    assert retone("VỀ THÚC ĐẤY TẠO LẬP") == "VỀ THÚC ĐẨY TẠO LẬP"  # capitals stay capitals
    assert retone("PHỤC VỤ CHUYẾN ĐỐI SỐ") == "PHỤC VỤ CHUYỂN ĐỔI SỐ"  # two side by side


def test_words_that_make_known_words_and_names_are_left_as_read() -> None:
    for text in ("đối số của hàm", "Nguyễn Thị Ngọc Điệp", "Sở Tư pháp, Sở Nội vụ", "khai thị"):
        assert retone(text) == text


def test_only_lines_read_by_ocr_are_retoned() -> None:
    typed = RawLine(text="triến khai", source_line=1)
    scanned = RawLine(text="triến khai", source_line=2, hints=frozenset({Hint.OCR}))
    assert [line.text for line in retone_ocr_lines([typed, scanned])] == [
        "triến khai",
        "triển khai",
    ]


def test_a_misread_roman_heading_number_is_set_back_by_its_glyphs() -> None:
    lines = _lines("l. MỤC ĐÍCH", "Il, NHIỆM VỤ", "HI KINH PHÍ", "1V. CHẾ ĐỘ BÁO CÁO")
    assert _texts(lines) == ["I. MỤC ĐÍCH", "II. NHIỆM VỤ", "III. KINH PHÍ", "IV. CHẾ ĐỘ BÁO CÁO"]


def test_an_arabic_number_or_a_heading_in_lower_case_is_left_as_read() -> None:
    lines = _lines("11. NHIỆM VỤ KHÁC", "1. MỤC TIÊU", "l. Mục tiêu", "H. Hà", "V.I.P")
    assert _texts(lines) == ["11. NHIỆM VỤ KHÁC", "1. MỤC TIÊU", "l. Mục tiêu", "H. Hà", "V.I.P"]


def test_a_list_letter_read_as_a_sign_and_a_digit_inside_a_word_are_set_back() -> None:
    lines = _lines("©) Bảo đảm an toàn", "đánh g1á sự phù hợp", "Tổ 1A, mục 2a1b, KH-UBND1")
    assert _texts(lines) == [
        "c) Bảo đảm an toàn",
        "đánh giá sự phù hợp",
        "Tổ 1A, mục 2a1b, KH-UBND1",
    ]


def test_words_ocr_reads_as_other_real_words_are_set_back_by_their_neighbours() -> None:
    assert retone("TRIỂN KHAI THỊ HÀNH LUẬT") == "TRIỂN KHAI THI HÀNH LUẬT"
    assert retone("báo cáo ngày 20 hãng tháng") == "báo cáo ngày 20 hằng tháng"
    assert retone("trước thảng 6 năm 2026") == "trước tháng 6 năm 2026"
    for text in ("Hãng hàng không", "chú trọng việc đào tạo", "khai thị", "thảng thốt"):
        assert retone(text) == text


def test_words_of_units_and_headings_misread_on_old_renderings_scans_are_set_back() -> None:
    # scans of kh-ubnd-982, -0124, -1026, -0134 and -552 as the second round's renderer printed them
    assert retone("Hội đồng Thì đua - Khen thưởng") == "Hội đồng Thi đua - Khen thưởng"
    assert retone("V. TỔ CHỨC THỤC HIỆN") == "V. TỔ CHỨC THỰC HIỆN"
    assert retone("khu vực 8, Chỉ cục Hải quan") == "khu vực 8, Chi cục Hải quan"
    assert retone("xuyên suốt từ tính đến cơ sở") == "xuyên suốt từ tỉnh đến cơ sở"
    assert retone("đã đề ra tai Nghị quyết") == "đã đề ra tại Nghị quyết"
    for text in ("không chỉ cục bộ", "tính từ ngày ký, tính đến ngày 31/12", "thiên tai và bão"):
        assert retone(text) == text


def test_the_issuer_level_misread_is_set_back_there_and_before_the_same_place() -> None:
    ocr = frozenset({Hint.OCR})
    lines = [
        RawLine(text="ỦY BAN NHÂN DÂN", source_line=1, hints=ocr, block=Block.HEADER_LEFT),
        RawLine(text="TÍNH SƠN LA", source_line=2, hints=ocr, block=Block.HEADER_LEFT),
        RawLine(text="KẾ HOẠCH XUẤT KHẨU HÀNG HÓA TÍNH SƠN LA", source_line=3, hints=ocr),
        RawLine(text="tính Sơn La; tính toán", source_line=4, hints=ocr),
        RawLine(text="tính Sơn La", source_line=5),  # typed, not read by OCR
    ]
    assert [line.text for line in retone_ocr_lines(lines)] == [
        "ỦY BAN NHÂN DÂN",
        "TỈNH SƠN LA",
        "KẾ HOẠCH XUẤT KHẨU HÀNG HÓA TỈNH SƠN LA",
        "tỉnh Sơn La; tính toán",
        "tính Sơn La",
    ]


def test_a_level_misread_before_the_issuers_place_is_set_back_however_its_line_reads() -> None:
    """A scan of qd-ubnd-2954 at 300 dpi, bi-level: the place line read `TĨNH SƠN LA` (a tilde
    for the hook), the title `TÍNH SƠN LA` (an acute); and under a place line read right."""
    ocr = frozenset({Hint.OCR})
    for place in ("TĨNH SƠN LA", "TỈNH SƠN LA"):
        lines = [
            RawLine(text="ỦY BAN NHÂN DẪN", source_line=1, hints=ocr, block=Block.HEADER_LEFT),
            RawLine(text=place, source_line=2, hints=ocr, block=Block.HEADER_LEFT),
            RawLine(text="HÀNG HÓA TÍNH SƠN LA; tĩnh Sơn La", source_line=3, hints=ocr),
            RawLine(text="tính toán; thanh tĩnh; TĨNH HÀ", source_line=4, hints=ocr),
        ]
        assert [line.text for line in retone_ocr_lines(lines)] == [
            "ỦY BAN NHÂN DÂN",
            "TỈNH SƠN LA",
            "HÀNG HÓA TỈNH SƠN LA; tỉnh Sơn La",
            "tính toán; thanh tĩnh; TĨNH HÀ",
        ]


def test_a_dot_below_lost_on_a_word_of_several_vowels_is_set_back() -> None:
    assert retone("GIAI ĐOAN 2026 - 2030") == "GIAI ĐOẠN 2026 - 2030"
    assert retone("Diên tích, Sản lương") == "Diện tích, Sản lượng"
    assert retone("tiền lương, lương hưu") == "tiền lương, lương hưu"  # words as read


def test_a_heading_number_whose_point_ran_into_it_or_lost_its_space_is_set_back() -> None:
    lines = _lines("IL. KẾT QUẢ", "I.MỤC TIÊU CHUNG", "L NHIỆM VỤ", "IV.KINH PHÍ", "V.I.P KHÁCH")
    assert _texts(lines) == [
        "I. KẾT QUẢ",
        "I. MỤC TIÊU CHUNG",
        "I. NHIỆM VỤ",
        "IV. KINH PHÍ",
        "V.I.P KHÁCH",
    ]


def test_heading_numbers_misread_by_a_stroke_take_their_place_in_the_sequence() -> None:
    assert heading_numbers(["I", "III", "II", "IV", "V"]) == ["I", "II", "III", "IV", "V"]
    assert heading_numbers(["I", "II", "II", "IV"]) == ["I", "II", "III", "IV"]
    # a heading lost, a plan without `I`, two runs, too few to tell: left as read
    for read in (
        ["I", "III", "IV"],
        ["II", "III", "IV"],
        ["I", "II", "III", "I", "II"],
        ["I", "III"],
    ):
        assert heading_numbers(read) == read
    # more than half of them changed is no misread
    assert heading_numbers(["II", "I", "II", "III"]) == ["II", "I", "II", "III"]
    # the last number printed twice (qd-ubnd-2954: `V. TỔ CHỨC ...`, `V. CHẾ ĐỘ BÁO CÁO`)
    assert heading_numbers(["I", "II", "III", "IV", "V", "V"]) == ["I", "II", "III", "IV", "V", "V"]
    assert heading_numbers(["I", "III", "III", "IV", "IV"]) == ["I", "II", "III", "IV", "IV"]
    # ... which is no number changed: two strokes misread in five (kh-ubnd-0129's scan: `II.`
    # read `III.`, `III.` read `II.`, `IV.` printed twice)
    assert heading_numbers(["I", "III", "II", "IV", "IV"]) == ["I", "II", "III", "IV", "IV"]


def test_the_sequence_is_mended_on_the_lines_of_a_scan_only() -> None:
    lines = _lines("I. MỤC ĐÍCH", "III. MỤC TIÊU", "Nội dung", "II. NHIỆM VỤ", "IV. KINH PHÍ")
    assert _texts(lines) == [
        "I. MỤC ĐÍCH",
        "II. MỤC TIÊU",
        "Nội dung",
        "III. NHIỆM VỤ",
        "IV. KINH PHÍ",
    ]
    typed = _lines("I. MỤC ĐÍCH", "III. MỤC TIÊU", "II. NHIỆM VỤ", hints=frozenset({Hint.ALL_CAPS}))
    assert _texts(typed) == ["I. MỤC ĐÍCH", "III. MỤC TIÊU", "II. NHIỆM VỤ"]


def test_a_line_read_from_a_speck_or_a_rule_is_dropped() -> None:
    assert [is_noise_line(text) for text in ("A,", "Ử¿", "—", " ~ ")] == [True] * 4
    kept = ("a)", "-", "2", "1.", "Do", "ĐỒNG THÁP", "x.")
    assert not any(is_noise_line(text) for text in kept)
    lines = _lines("ỦY BAN NHÂN DÂN", "A,", "TỈNH NGHỆ AN")
    assert _texts(lines) == ["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"]
    assert _texts(_lines("A,", hints=frozenset())) == ["A,"]  # typed: left


def test_a_capitals_line_under_a_finished_clause_opens_a_heading() -> None:
    assert opens_heading_after_clause("Kế hoạch cụ thể như sau:", "I.MỤC ĐÍCH, YÊU CẦU")
    assert opens_heading_after_clause("bảo đảm tiến độ.", "II. NHIỆM VỤ")
    assert not opens_heading_after_clause("Kế hoạch cụ thể như", "UBND TỈNH")  # no clause end
    assert not opens_heading_after_clause("ỦY BAN NHÂN DÂN:", "TỈNH SƠN LA")  # capitals above
    assert not opens_heading_after_clause("theo Quyết định số 12.", "và Sở Y tế")
    # the heading's number at the end of the line above: its title goes on with it
    assert not opens_heading_after_clause("theo yêu cầu của huyện. III.", "KINH PHÍ THỰC HIỆN")


def test_a_mark_read_from_a_speck_on_a_printed_word_is_no_word() -> None:
    from plan_extract.read.pdf.ocr import without_marks_inside_words
    from plan_extract.read.pdf.page_layout import Word

    province = Word("TỈNH", 186.5, 231.5, 145, 158, ocr=True)
    speck = Word(":", 200.5, 203.0, 141, 144, ocr=True)  # on the word's capitals
    name = Word("ĐỒNG", 238.0, 292.5, 144.5, 158.5, ocr=True)
    label = Word("Số:", 60.0, 80.0, 200, 212, ocr=True)
    dash = Word("-", 83.0, 87.0, 205, 207, ocr=True)  # a printed mark between two words
    kept = without_marks_inside_words([province, speck, name, label, dash])
    assert [word.text for word in kept] == ["TỈNH", "ĐỒNG", "Số:", "-"]


def test_a_first_heading_read_as_the_digit_one_before_heading_ii_is_heading_i() -> None:
    read = _lines("1. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "II. NỘI DUNG", "III. KINH PHÍ")
    assert _texts(read) == ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "II. NỘI DUNG", "III. KINH PHÍ"]
    # headings numbered in figures, or a heading I. before them: an item's heading `1.`
    for texts in (
        ("1. MỤC TIÊU CỤ THỂ", "2. NHIỆM VỤ", "3. KINH PHÍ"),
        ("I. MỤC ĐÍCH", "1. MỤC TIÊU CỤ THỂ", "II. NỘI DUNG", "III. KINH PHÍ"),
    ):
        assert _texts(_lines(*texts)) == list(texts)


def test_a_row_numbering_the_columns_gets_its_one_misread_number_back() -> None:
    """A scan of qd-ubnd-2954 (300 dpi, bi-level): the column numbers under an appendix
    table's header, `11` read as `lãi`; read so, the row was taken for one of the table's."""
    read = ("", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "lãi")
    assert column_numbers(read) == ("", *map(str, range(1, 12)))
    bracketed = ("(1)", "(2)", "(3)", "(4)", "(S)")
    assert column_numbers(bracketed) == ("(1)", "(2)", "(3)", "(4)", "(5)")
    row = RawLine(text=" | ".join(read), source_line=1, hints=frozenset({Hint.OCR}), cells=read)
    (mended,) = mend_ocr_glyphs([row])
    assert mended.cells == ("", *map(str, range(1, 12)))
    assert mended.text == " | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11"
    for cells in (
        ("1", "2", "3", "4", "5", "6"),  # read right
        ("1", "Xoài", "13.500", "7.000", "14.800"),  # a row of the table
        ("1", "2", "3", "lãi", "ha"),  # two cells no numbers
        ("1", "2", "lãi"),  # too few numbers to tell
        ("1", "2", "3", "4", "Tổng"),  # a word, not a misread number
        ("1", "2", "3", "4", "7"),  # a number: as printed
    ):
        assert column_numbers(cells) == cells
    typed = RawLine(text=" | ".join(read), source_line=1, cells=read)  # no OCR's
    assert mend_ocr_glyphs([typed])[0].cells == read


def test_a_recipients_note_with_its_letter_read_as_a_sign_is_set_back_in_the_closing() -> None:
    """A scan of kh-ubnd-0124 (150 dpi): `(b/c)` after a recipient read `(b/€)`."""
    ocr = frozenset({Hint.OCR})
    read = "- TT. Tỉnh ủy; TT. HĐND tỉnh (b/€);"
    closing = RawLine(text=read, source_line=1, hints=ocr, block=Block.FOOTER_LEFT)
    body = RawLine(text=read, source_line=2, hints=ocr)
    typed = RawLine(text=read, source_line=3, block=Block.FOOTER_LEFT)
    assert _texts(mend_ocr_glyphs([closing, body, typed])) == [
        "- TT. Tỉnh ủy; TT. HĐND tỉnh (b/c);",
        read,
        read,
    ]


def test_a_recipients_note_with_its_letter_read_as_its_capital_is_set_back() -> None:
    """Scans of kh-ubnd-0124 and qd-ubnd-2954 as the second round's renderer printed them:
    `(b/c)` read `(b/C)`, the two letters differing only in size at 150 dpi."""
    ocr = frozenset({Hint.OCR})
    lines = [
        RawLine(text=text, source_line=n, hints=ocr, block=Block.FOOTER_LEFT)
        for n, text in enumerate(("- Bộ Công Thương (b/C);", "(b/C);", "- Sở (B/C);"), 1)
    ]
    assert _texts(lines) == ["- Bộ Công Thương (b/c);", "(b/c);", "- Sở (B/C);"]


def test_a_recipients_note_led_by_its_word_read_with_an_acute_is_set_back() -> None:
    """A scan of qd-ubnd-2820 (150 dpi): `(để b/c)` and `(để ph/h)` read `(đế b/c)`,
    `(để b/€)` and `(đế ph/h)`; the lead word is mended only before a note with a slash."""
    ocr = frozenset({Hint.OCR})
    read = ("- Bộ (đế b/c);", "- Sở (để b/€);", "- Văn phòng (đế ph/h);", "- Đế (đế gỗ);")
    lines = [
        RawLine(text=text, source_line=n, hints=ocr, block=Block.FOOTER_LEFT)
        for n, text in enumerate(read, 1)
    ]
    assert _texts(lines) == ["- Bộ (để b/c);", "- Sở (để b/c);", "- Văn phòng (để ph/h);", read[3]]


def test_one_letter_read_twice_as_two_look_alikes_is_read_once() -> None:
    """A scan of kh-ubnd-0134 (150 dpi): `QĐ` in a basis document's symbol read `QĐÐ`, the
    second letter an Icelandic eth."""
    lines = _lines("Quyết định số 4255/QĐ\u00d0-BNN-KHCN", "số 01348/Q\u00d0Đ-UBND", "Đoàn ĐĐBQH")
    assert _texts(lines) == ["Quyết định số 4255/QĐ-BNN-KHCN", "số 01348/QĐ-UBND", "Đoàn ĐĐBQH"]


def test_teams_mass_organisations_and_portals_misread_on_scans_are_set_back() -> None:
    # `tổ` read with an acute (`tố`) before the teams a ward's notice tasks, `đoàn thể` read
    # `đoàn thế`, `đô thị` read `đồ thị` after `trật tự`, `cổng` (a portal) read `cống`: the
    # units' and recipients' names are found again
    assert retone("Các Tố dân phố: treo cờ") == "Các Tổ dân phố: treo cờ"
    assert retone("tố quản lý trật tự đồ thị, tố thanh tra xây dựng") == (
        "tổ quản lý trật tự đô thị, tổ thanh tra xây dựng"
    )
    assert retone("tố tự quản và các đoàn thế tham gia") == "tổ tự quản và các đoàn thể tham gia"
    assert retone("- Cống TT điện tử tỉnh;") == "- Cổng TT điện tử tỉnh;"
    assert retone("trên Cống Dịch vụ công") == "trên Cổng Dịch vụ công"
    assert retone("Các Ban QLDA chuyền ngành tỉnh") == "Các Ban QLDA chuyên ngành tỉnh"
    assert retone("Các Đội chuyền trách") == "Các Đội chuyên trách"
    for text in ("đơn tố cáo", "vẽ đồ thị", "nạo vét cống thoát nước", "dây chuyền sản xuất"):
        assert retone(text) == text
