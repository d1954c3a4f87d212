"""The section tree, heading titles, section kinds, the closing, and header details."""

from __future__ import annotations

from pathlib import Path

import pytest

from plan_extract import parse, parse_text
from plan_extract.normalize.model import Line, NormalizedDocument
from plan_extract.read.model import Hint
from plan_extract.structure import build_structure
from plan_extract.structure.sections import heading_title

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "corpus" / "plans" / "seeds"

PLAN = """Số: 12 /KH-UBND
Hòa Bình, ngày 3 tháng 4 năm 2026
KẾ HOẠCH
Thực hiện công tác bình đẳng giới năm 2026
Căn cứ Kế hoạch số 7/KH-UBND ngày 1/2/2026 của UBND tỉnh Ninh Bình; Căn cứ Nghị quyết số 28/NQ-CP;
UBND xã Hòa Bình ban hành Kế hoạch như sau:
I. MỤC TIÊU
1. Mục tiêu chung Nâng cao nhận thức về bình đẳng giới cho cán bộ và nhân dân trên địa bàn xã.
2. Mục tiêu cụ thể
2.1. Lĩnh vực chính trị
- Tỷ lệ nữ đạt 30%
a) Nội dung thứ nhất
II. TỔ CHỨC THỰC HIỆN
1. Công an xã: Phối hợp tuyên truyền.
Trên đây là Kế hoạch của UBND xã Hòa Bình.
Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn A
"""


def test_section_tree_nests_by_numbering_and_keeps_the_closing_out() -> None:
    plan = parse_text(PLAN)
    top = plan.sections
    assert [(s.id, s.kind) for s in top] == [("I", "objectives"), ("II", "implementation")]
    first = top[0]
    assert [c.id for c in first.children] == ["I.1", "I.2"]
    assert first.children[0].title == "Mục tiêu chung"
    sub = first.children[1].children
    assert [(s.id, s.number, s.level) for s in sub] == [("I.2.1", "2.1", 3)]
    assert [s.id for s in sub[0].children] == ["I.2.1.a"]  # the bullet is content, not a section
    last = top[1]
    assert last.children[0].title == "Công an xã"
    closing = next(i for i, line in enumerate(PLAN.splitlines(), 1) if line.startswith("Trên"))
    assert last.lines[1] == closing - 1  # normalized numbers equal input lines here


def test_header_of_the_sample() -> None:
    meta = parse_text(PLAN).document
    assert meta.number == "12/KH-UBND" and meta.symbol == "KH-UBND"
    assert meta.issuer == "Ủy ban nhân dân xã Hòa Bình"
    assert meta.issued is not None and meta.issued.iso == "2026-04-03"
    assert meta.period is not None and (meta.period.start_year, meta.period.end_year) == (
        2026,
        2026,
    )
    assert [(b.kind, b.number) for b in meta.basis] == [
        ("ke_hoach", "7/KH-UBND"),
        ("nghi_quyet", "28/NQ-CP"),
    ]
    assert meta.basis[0].issuer == "Ủy ban nhân dân tỉnh Ninh Bình"
    assert meta.province == "Ninh Bình"
    assert meta.recipients == ["UBND tỉnh"]
    assert meta.signer is not None
    assert (meta.signer.name, meta.signer.position, meta.signer.authority) == (
        "Trần Văn A",
        "Chủ tịch",
        "TM. Ủy ban nhân dân",
    )


def test_markdown_heading_marks_do_not_decide_levels() -> None:
    plan = parse(SEEDS / "004_84ecff9abd92b8a3.txt")
    assert [s.number for s in plan.sections] == ["I", "II", "III", "IV"]
    tasks = plan.sections[1]
    assert [c.number for c in tasks.children] == ["1", "2", "3", "4", "5", "6"]
    last = plan.sections[3].children[-1]
    assert (last.number, last.title) == ("8", "Các Xóm trên địa bàn xã")


def test_lines_cite_normalized_text_and_map_back() -> None:
    from plan_extract.normalize import normalize
    from plan_extract.read import read_path
    from plan_extract.structure import build_structure

    raw, _ = read_path(SEEDS / "000_0617497f5d51b358.txt")
    doc = normalize(raw)
    structure = build_structure(doc)
    first = structure.sections[0]
    assert doc.line(first.lines[0]).text == "I. MỤC TIÊU"
    assert doc.line(first.lines[0]).source_lines == (15,)
    joined = next(line for line in doc.lines if line.text.startswith("Giảm thiểu tình trạng"))
    assert joined.source_lines == (33, 37)  # the page break in the middle of the sentence
    assert structure.closing_start is not None
    assert doc.line(structure.closing_start).text.startswith("Trên đây là")
    assert structure.section_at(first.lines[0] + 2) is not None


def test_two_cell_table_rows_from_a_reader_are_read_as_columns() -> None:
    from plan_extract.normalize import normalize
    from plan_extract.read.model import Hint, RawDocument, RawLine
    from plan_extract.structure import build_structure

    def row(number: int, left: str, right: str) -> RawLine:
        return RawLine(
            text=f"{left} | {right}",
            source_line=number,
            hints=frozenset({Hint.TABLE_ROW}),
            cells=(left, right),
        )

    lines = [
        row(1, "ỦY BAN NHÂN DÂN\nXÃ VĨNH PHONG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập"),
        row(2, "Số: 131 /KH-UBND", "Vĩnh Phong, ngày 22 tháng 5 năm 2026"),
        RawLine(text="KẾ HOẠCH", source_line=3),
        RawLine(text="Về bình đẳng giới", source_line=4),
        RawLine(text="I. MỤC TIÊU", source_line=5),
        RawLine(text="Trên đây là Kế hoạch.", source_line=6),
        row(7, "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.", "CHỦ TỊCH\nHuỳnh Quốc Huy"),
    ]
    meta = build_structure(normalize(RawDocument(format="docx", lines=lines))).document
    assert meta.issuer == "Ủy ban nhân dân xã Vĩnh Phong"
    assert meta.number == "131/KH-UBND"
    assert meta.place == "Vĩnh Phong"
    assert meta.recipients == ["UBND tỉnh"]
    assert meta.signer is not None and meta.signer.name == "Huỳnh Quốc Huy"


def test_an_office_under_a_parent_body_is_the_issuer() -> None:
    text = (
        "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 12/KH-SCT\nLào Cai, ngày 2 tháng 4 năm 2026\nKẾ HOẠCH\nKiểm tra an toàn\n"
        "I. MỤC ĐÍCH\nNội dung.\n"
    )
    meta = parse_text(text).document
    assert meta.issuer == "Sở Công Thương tỉnh Lào Cai"
    assert meta.commune is None
    assert meta.province == "Lào Cai"


@pytest.mark.parametrize(
    ("office", "issuer"),
    [
        ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Sở Nông nghiệp và Môi trường tỉnh Lào Cai"),
        ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai"),
        ("BAN QUẢN LÝ KHU KINH TẾ", "Ban Quản lý Khu kinh tế tỉnh Lào Cai"),
        ("THANH TRA TỈNH", "Thanh tra tỉnh Lào Cai"),
        ("CHI CỤC KIỂM LÂM", "Chi cục Kiểm lâm tỉnh Lào Cai"),
    ],
)
def test_an_office_is_written_with_capitals_on_its_kind_and_fields(
    office: str, issuer: str
) -> None:
    text = (
        f"UBND TỈNH LÀO CAI\n{office}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 12/KH-SNV\nLào Cai, ngày 2 tháng 4 năm 2026\nKẾ HOẠCH\nKiểm tra\nI. MỤC ĐÍCH\nViệc.\n"
    )
    assert parse_text(text).document.issuer == issuer


def test_an_office_below_a_managing_body_of_another_kind_is_the_issuer() -> None:
    text = (
        "SỞ Y TẾ\nĐOÀN KIỂM TRA\nTHEO QUYẾT ĐỊNH\nSỐ 75/QĐ-SYT\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-ĐKT\n"
        "Hà Nội, ngày 2 tháng 4 năm 2026\nKẾ HOẠCH\nKiểm tra an toàn\nI. MỤC ĐÍCH\nNội dung.\n"
    )
    meta = parse_text(text).document
    assert meta.issuer == "Đoàn kiểm tra theo Quyết định số 75/QĐ-SYT"
    assert meta.number == "12/KH-ĐKT"


def test_a_repeated_number_keeps_both_sections_and_warns() -> None:
    plan = parse_text("I. MỤC TIÊU\nNội dung.\nII. NỘI DUNG\nViệc.\nII. TỔ CHỨC THỰC HIỆN\nViệc.\n")
    assert [s.id for s in plan.sections] == ["I", "II", "II~2"]
    warnings = [(w.code, w.line) for w in plan.warnings if w.code == "section_number_repeated"]
    assert warnings == [("section_number_repeated", 5)]


def test_roman_numerals_with_a_dash_or_colon_number_top_level_sections() -> None:
    plan = parse_text(
        "I- MỤC TIÊU\nNội dung.\nII: NHIỆM VỤ\nViệc.\nIII - KINH PHÍ\nViệc.\n"
        "IV/ TỔ CHỨC THỰC HIỆN\nViệc.\n"
    )
    assert [(s.number, s.title, s.kind) for s in plan.sections] == [
        ("I", "MỤC TIÊU", "objectives"),
        ("II", "NHIỆM VỤ", "tasks"),
        ("III", "KINH PHÍ", "funding"),
        ("IV", "TỔ CHỨC THỰC HIỆN", "implementation"),
    ]


def test_arabic_numbers_with_a_dash_and_a_space_number_sections_a_document_number_not() -> None:
    """Commune drafts number their parts `1- Mục tiêu chung`, `2- Các chỉ tiêu ...`: each is a
    section with its kind; `12-CT/TU` cut to a line's start and `3- 4 lần` are no headings."""
    plan = parse_text(
        "1- Mục tiêu chung\nNâng cao đời sống nhân dân trong xã theo Chỉ thị số\n"
        "12-CT/TU ngày 5/3/2024 của Tỉnh ủy.\n2- Các chỉ tiêu chủ yếu (giai đoạn 2026-2030)\n"
        "Kiểm tra mỗi năm\n3- 4 lần.\n3- Nhiệm vụ và giải pháp\nViệc.\n"
    )
    assert [(s.number, s.title, s.kind, s.lines) for s in plan.sections] == [
        ("1", "Mục tiêu chung", "objectives", (1, 3)),
        ("2", "Các chỉ tiêu chủ yếu (giai đoạn 2026-2030)", "objectives", (4, 5)),
        ("3", "Nhiệm vụ và giải pháp", "tasks", (6, 7)),
    ]


def test_a_capitals_heading_set_on_two_lines_is_one_section() -> None:
    plan = parse_text("I. MỤC ĐÍCH,\nYÊU CẦU\nNội dung.\nII. NHIỆM VỤ VÀ\nGIẢI PHÁP\nViệc.\n")
    assert [(s.title, s.kind) for s in plan.sections] == [
        ("MỤC ĐÍCH, YÊU CẦU", "purpose"),
        ("NHIỆM VỤ VÀ GIẢI PHÁP", "tasks"),
    ]


def test_basis_lists_and_nested_citations() -> None:
    from plan_extract.structure.basis import read_basis

    text = (
        "Căn cứ Các Công điện: số 007/CĐ-UBND ngày 17/11/2025, số 008/CĐ-UBND; số 010/CĐ-UBND "
        "ngày 20/11/2025 của UBND tỉnh; Kế hoạch hành động số 328-KH/TU ngày 24/4/2025 của Tỉnh "
        "ủy về việc thực hiện Nghị quyết số 57-NQ/TW; Quyết định số 650/QĐ-LĐTBXH của Bộ trưởng "
        "(được bổ sung bởi Quyết định số 128/QĐ-LĐTBXH)"
    )
    found = [(d.kind, d.number) for d in read_basis(text)]
    assert found == [
        ("cong_dien", "007/CĐ-UBND"),
        ("cong_dien", "008/CĐ-UBND"),
        ("cong_dien", "010/CĐ-UBND"),
        ("ke_hoach", "328-KH/TU"),
        ("quyet_dinh", "650/QĐ-LĐTBXH"),
    ]
    assert read_basis(text)[2].issuer == "Ủy ban nhân dân tỉnh"


def _basis(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    from plan_extract.structure.basis import read_basis

    return [(d.kind, d.number, d.date.iso if d.date else None, d.issuer) for d in read_basis(text)]


def test_a_list_of_one_kind_shares_the_date_and_issuer_printed_once() -> None:
    text = (
        "Căn cứ Các Công điện: số 7/CĐ-UBND ngày 17/11/2025, số 8/CĐ-UBND và số 9/CĐ-UBND ngày "
        "19/11/2025; số 10/CĐ-UBND ngày 20/11/2025 của UBND tỉnh về ứng phó lũ lụt"
    )
    assert _basis(text) == [
        ("cong_dien", "7/CĐ-UBND", "2025-11-17", "Ủy ban nhân dân tỉnh"),
        ("cong_dien", "8/CĐ-UBND", "2025-11-19", "Ủy ban nhân dân tỉnh"),
        ("cong_dien", "9/CĐ-UBND", "2025-11-19", "Ủy ban nhân dân tỉnh"),
        ("cong_dien", "10/CĐ-UBND", "2025-11-20", "Ủy ban nhân dân tỉnh"),
    ]
    # documents of different kinds keep their own (missing) issuer
    separate = "Căn cứ Quyết định số 5/QĐ-UBND ngày 1/2/2025; Kế hoạch số 6/KH-UBND của UBND xã"
    assert _basis(separate)[0][3] is None


def test_a_serial_number_may_end_with_a_small_letter() -> None:
    text = (
        "Căn cứ Nghị quyết số 12/NQ-CP ngày 3/2/2016 của Chính phủ; Nghị quyết số 45b/NQ-CP "
        "ngày 9/9/2016 của Chính phủ về cải cách hành chính; các Nghị quyết: số 7c/NQ-CP và "
        "số 8d/NQ-CP ngày 1/10/2016 của Chính phủ"
    )
    assert _basis(text) == [
        ("nghi_quyet", "12/NQ-CP", "2016-02-03", "Chính phủ"),
        ("nghi_quyet", "45b/NQ-CP", "2016-09-09", "Chính phủ"),
        ("nghi_quyet", "7c/NQ-CP", "2016-10-01", "Chính phủ"),
        ("nghi_quyet", "8d/NQ-CP", "2016-10-01", "Chính phủ"),
    ]
    # a capital after the digits opens the symbol, not a serial's letter
    assert _basis("Căn cứ Kế hoạch số 25-KH/TU ngày 2/3/2016 của Tỉnh ủy")[0][1] == "25-KH/TU"


def test_an_issuer_name_may_hold_commas_and_lower_case_kind_words() -> None:
    text = (
        "Căn cứ Kế hoạch số 01-KH/BCĐ ngày 28/06/2025 của Ban Chỉ đạo phát triển khoa học, "
        "công nghệ, chuyển đổi số và đề án 06 về triển khai; Quyết định số 3/QĐ-UBND ngày "
        "2/3/2025 của UBND tỉnh, Ủy ban nhân dân xã ban hành Kế hoạch như sau"
    )
    assert [issuer for *_, issuer in _basis(text)] == [
        "Ban Chỉ đạo phát triển khoa học, công nghệ, chuyển đổi số và đề án 06",
        "Ủy ban nhân dân tỉnh",
    ]


@pytest.mark.parametrize(
    ("issuer_text", "issuer"),
    [
        # an office's name lists its fields, each opened by a capital, with `,` and `và`
        ("Bộ Văn hóa, Thể thao và Du lịch về", "Bộ Văn hóa, Thể thao và Du lịch"),
        (
            "Bộ trưởng Bộ Lao động, Thương binh và Xã hội,",
            "Bộ trưởng Bộ Lao động, Thương binh và Xã hội",
        ),
        # another body after the comma, or a field printed without its capital: the name ends
        ("Bộ Nội vụ, Ủy ban nhân dân xã ban hành", "Bộ Nội vụ"),
        ("Sở Tài chính, Sở Xây dựng và Sở Công Thương", "Sở Tài chính"),
        ("Sở Y tế, Phòng Văn hóa và Thông tin xây dựng", "Sở Y tế"),
        ("Ban Chỉ đạo tỉnh, Tổ công tác và Nhóm", "Ban Chỉ đạo tỉnh"),
    ],
)
def test_a_comma_between_the_fields_of_an_offices_name(issuer_text: str, issuer: str) -> None:
    text = f"Căn cứ Công văn số 5/CV-BCĐ ngày 2/3/2026 của {issuer_text} Kế hoạch năm 2026"
    assert _basis(text)[0][3] == issuer


def test_a_later_document_after_a_description_is_a_basis_of_its_own() -> None:
    # a document can only describe earlier ones: 223 (2025) follows 4255's description
    later = (
        "Căn cứ Quyết định số 4255/QĐ-BNN ngày 04/12/2024 của Bộ Nông nghiệp về việc phê duyệt "
        "Chương trình “Quan trắc môi trường” và Kế hoạch 223/KH- UBND ngày 24/10/2025 của UBND tỉnh"
    )
    assert [number for _, number, *_ in _basis(later)] == ["4255/QĐ-BNN", "223/KH-UBND"]
    # an earlier one is what the description names; a later one in a parenthesis stays out too
    earlier = (
        "Căn cứ Kế hoạch số 283/KH-UBND ngày 24/9/2025 của UBND tỉnh về thực hiện Nghị quyết số "
        "71/NQ-CP ngày 01/4/2025 của Chính phủ và Chương trình hành động số 10-CTr/TU ngày "
        "13/8/2025; Quyết định số 650/QĐ-BLĐ ngày 21/7/2022 của Bộ trưởng (được bổ sung bởi "
        "Quyết định số 128/QĐ-BLĐ ngày 17/3/2023)"
    )
    assert [number for _, number, *_ in _basis(earlier)] == ["283/KH-UBND", "650/QĐ-BLĐ"]


def test_an_amending_document_named_after_tai_is_part_of_the_description() -> None:
    # later, but named where it amends (`tại`), not joined by `và`: no basis of its own
    text = (
        "Căn cứ Nghị quyết số 12/NQ-CP ngày 09/01/2025 của Chính phủ về chương trình hành động, "
        "được sửa đổi, bổ sung tại Nghị quyết số 40/NQ-CP ngày 01/4/2025 của Chính phủ"
    )
    assert [number for _, number, *_ in _basis(text)] == ["12/NQ-CP"]


def test_a_law_cited_by_name_then_number_is_one_document() -> None:
    assert _basis("Căn cứ Luật Đầu tư công số 58/2024/QH15 ngày 29/11/2024;") == [
        ("luat", "58/2024/QH15", "2024-11-29", None)
    ]


def test_a_list_head_gives_its_issuer_to_the_documents_after_its_colon() -> None:
    text = (
        "Căn cứ các Quyết định của Thủ tướng Chính phủ về phê duyệt quy hoạch tỉnh: Quyết định "
        "số 10/QĐ-TTg ngày 16/12/2023 phê duyệt Quy hoạch tỉnh A; Quyết định số 11/QĐ-TTg ngày "
        "3/8/2024 phê duyệt Quy hoạch tỉnh B"
    )
    assert _basis(text) == [
        ("quyet_dinh", "10/QĐ-TTg", "2023-12-16", "Thủ tướng Chính phủ"),
        ("quyet_dinh", "11/QĐ-TTg", "2024-08-03", "Thủ tướng Chính phủ"),
    ]


def test_a_basis_line_cut_before_its_end_goes_on_with_the_next() -> None:
    text = (
        "KẾ HOẠCH\nThực hiện công tác năm 2026\nCăn cứ Nghị quyết số\n"
        "12.3/2025/NQ-CP ngày 28/8/2025 của Chính phủ;\nỦy ban nhân dân xã ban hành Kế hoạch.\n"
        "I. MỤC ĐÍCH\nNội dung.\n"
    )
    meta = parse_text(text, "plan.txt").document
    assert [(b.kind, b.number) for b in meta.basis] == [("nghi_quyet", "12.3/2025/NQ-CP")]


@pytest.mark.parametrize(
    ("rest", "title"),
    [
        (
            "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU (chi tiết Phụ lục đính kèm)",
            "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU",
        ),
        ("PHÁT TRIỂN INTERNET VẠN VẬT (IOT)", "PHÁT TRIỂN INTERNET VẠN VẬT (IOT)"),
        ("Phát triển mạng lưới (trạm 5G)", "Phát triển mạng lưới (trạm 5G)"),
    ],
)
def test_a_lower_case_note_after_a_capitals_heading_is_not_its_title(rest: str, title: str) -> None:
    assert heading_title(rest) == title


@pytest.mark.parametrize(
    ("rest", "title"),
    [
        # a sentence: its first clause, cut at the last comma within the limit
        (
            "Xác định cụ thể nội dung công việc, tiến độ, thời hạn hoàn thành, phân công và trách "
            "nhiệm của các cơ quan, tổ chức có liên quan trong việc tổ chức thi hành Luật Việc làm "
            "bảo đảm kịp thời, toàn diện.",
            "Xác định cụ thể nội dung công việc, tiến độ, thời hạn hoàn thành",
        ),
        # up to the first sentence break when that is short enough
        (
            "Đẩy mạnh công tác tuyên truyền; chú trọng đổi mới hình thức truyền thông theo hướng "
            "sinh động, dễ tiếp cận, phù hợp với từng nhóm đối tượng trên địa bàn xã.",
            "Đẩy mạnh công tác tuyên truyền",
        ),
        # no comma to cut at: the first words, never ending with a function word
        (
            "Tất cả lực lượng tham gia thực hiện Kế hoạch này phải tuân thủ nghiêm quy định "
            "an toàn trong Phương án số 2 của tỉnh; không để xảy ra tai nạn.",
            "Tất cả lực lượng tham gia thực hiện Kế hoạch này phải tuân thủ nghiêm quy định "
            "an toàn",
        ),
        # a comma inside a parenthesis does not end the title
        (
            "Đề nghị các doanh nghiệp viễn thông (VNPT, Viettel, MobiFone và doanh nghiệp khác): "
            "Đảm bảo thông tin liên lạc ổn định; bố trí nguồn điện dự phòng.",
            "Đề nghị các doanh nghiệp viễn thông (VNPT, Viettel, MobiFone và doanh nghiệp khác)",
        ),
        # a heading that does not end like a sentence is kept whole, however long
        (
            "Tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ "
            "sở giới năm 2026 (từ ngày 15/11 đến 15/12/2026)",
            "Tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ "
            "sở giới năm 2026 (từ ngày 15/11 đến 15/12/2026)",
        ),
    ],
)
def test_a_numbered_sentence_gets_a_short_title(rest: str, title: str) -> None:
    assert heading_title(rest) == title


def test_without_a_summary_sentence_the_closing_starts_at_trong_qua_trinh() -> None:
    def last_section_end(text: str) -> int:
        return parse_text(text).sections[-1].lines[1]

    lines = PLAN.splitlines()
    closing = next(i for i, line in enumerate(lines) if line.startswith("Trên"))
    request = "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo về UBND xã./."
    without_summary = "\n".join([*lines[:closing], request, *lines[closing + 1 :]])
    assert last_section_end(without_summary) == closing  # the 1-based line before the request
    # a numbered `Trong quá trình ...` item is content of its section, and so is the paragraph
    # when a `Trên đây là ...` follows it
    numbered = "\n".join([*lines[:closing], "2. " + request, *lines[closing + 1 :]])
    assert last_section_end(numbered) == closing + 1
    with_summary = "\n".join([*lines[:closing], request, *lines[closing:]])
    assert last_section_end(with_summary) == closing + 1


def test_recipients_ignore_ocr_specks_and_end_at_the_archive_copy() -> None:
    from plan_extract.normalize.model import Line
    from plan_extract.structure.closing import read_recipients

    texts = ["Nơi nhận:", "~- UBND tỉnh;", "- Các ấp;", "~ Lưu: VT,", "NNMT."]
    lines = [Line(number=i, text=t, source_lines=(i,)) for i, t in enumerate(texts, 1)]
    assert read_recipients(lines) == ["UBND tỉnh", "Các ấp"]


def test_a_title_printed_over_several_lines_is_joined() -> None:
    text = (
        "Số: 5/KH-UBND\nAn Hưng, ngày 3 tháng 4 năm 2026\nKẾ HOẠCH\n"
        "Triển khai thực hiện Chiến lược quốc gia về bình đẳng giới\n"
        "Giai đoạn 2026 - 2030 trên địa bàn xã An Hưng\n"
        "Để triển khai có hiệu quả Chiến lược, UBND xã ban hành Kế hoạch như sau:\n"
        "I. MỤC TIÊU\nNâng cao nhận thức.\n"
    )
    meta = parse_text(text).document
    assert meta.title == (
        "Triển khai thực hiện Chiến lược quốc gia về bình đẳng giới "
        "Giai đoạn 2026 - 2030 trên địa bàn xã An Hưng"
    )
    assert meta.period is not None and meta.period.end_year == 2030
    # a basis sentence after the title is not part of it
    cited = text.replace("Để triển khai có hiệu quả Chiến lược,", "Căn cứ Luật Bình đẳng giới;")
    assert parse_text(cited).document.title == meta.title


def test_the_number_line_with_a_colon_wins_over_a_number_in_the_issuer_block() -> None:
    text = (
        "SỞ CÔNG THƯƠNG\nĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH\nSỐ 1050/QĐ-SCT\nSố: 1105/KH-ĐKT\n"
        "Lào Cai, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\nKiểm tra an toàn\nI. MỤC TIÊU\nNội dung.\n"
    )
    meta = parse_text(text).document
    assert (meta.number, meta.symbol) == ("1105/KH-ĐKT", "KH-ĐKT")


def _document(texts: list[str], hints: frozenset[Hint]) -> NormalizedDocument:
    lines = [
        Line(number, text, (number,), page=1, hints=hints)
        for number, text in enumerate(texts, start=1)
    ]
    return NormalizedDocument("pdf", lines, pages=1)


def test_a_roman_numeral_misread_by_ocr_is_the_gap_its_neighbours_leave() -> None:
    texts = ["KẾ HOẠCH", "Về bình đẳng giới", "I. MỤC ĐÍCH", "Nội dung.", "II. MỤC TIÊU"]
    texts += ["Nội dung.", "II. NHIỆM VỤ", "Nội dung.", "IV. KINH PHÍ", "Nội dung."]
    read = build_structure(_document(texts, frozenset({Hint.OCR})))
    assert [s.number for s in read.sections] == ["I", "II", "III", "IV"]
    assert [w.code for w in read.warnings] == ["section_number_ocr_corrected"]
    assert read.warnings[0].line == 7
    # typed text keeps the number as printed, and a repeated number is only reported
    typed = build_structure(_document(texts, frozenset()))
    assert [s.number for s in typed.sections] == ["I", "II", "II", "IV"]
    assert [w.code for w in typed.warnings] == ["section_number_repeated"]
    # without a gap after it, a repeated number read by OCR is not changed
    texts[8] = "III. KINH PHÍ"
    unsure = build_structure(_document(texts, frozenset({Hint.OCR})))
    assert [s.number for s in unsure.sections] == ["I", "II", "II", "III"]


def test_numbers_misread_side_by_side_by_a_stroke_are_the_gaps_around_them() -> None:
    """`I`, `I`, `II`, `IV` read by OCR (a bold `II` and `III` each lost a stroke): the two
    between I and IV are II and III; read with a letter that no stroke explains, they stay."""
    texts = ["KẾ HOẠCH", "Về bình đẳng giới", "I. MỤC ĐÍCH", "Nội dung.", "I. NỘI DUNG"]
    texts += ["Nội dung.", "II. KINH PHÍ", "Nội dung.", "IV. TỔ CHỨC", "Nội dung."]
    read = build_structure(_document(texts, frozenset({Hint.OCR})))
    assert [s.number for s in read.sections] == ["I", "II", "III", "IV"]
    assert [w.code for w in read.warnings] == ["section_number_ocr_corrected"] * 2
    typed = build_structure(_document(texts, frozenset()))
    assert [s.number for s in typed.sections] == ["I", "I", "II", "IV"]
    texts[6] = "V. KINH PHÍ"
    unsure = build_structure(_document(texts, frozenset({Hint.OCR})))
    assert [s.number for s in unsure.sections] == ["I", "I", "V", "IV"]


def test_a_speck_ocr_reads_beside_the_issuers_name_is_dropped() -> None:
    texts = ["ỦY BAN NHÂN DÂN x.", "TỈNH AN GIANG", "Số: 17/KH-UBND", "KẾ HOẠCH", "Về an toàn"]
    texts += ["I. MỤC ĐÍCH", "Nội dung."]
    read = build_structure(_document(texts, frozenset({Hint.OCR})))
    assert read.document.issuer == "Ủy ban nhân dân tỉnh An Giang"
    typed = build_structure(_document(texts, frozenset()))  # typed: a lower-case word is text
    assert typed.document.issuer is None


def test_the_last_number_read_by_ocr_as_the_one_before_it_is_the_next() -> None:
    """`I`, `II`, `II` at the end (a bold `III` lost a stroke): no heading follows to show the
    gap, but the two before it run in sequence; typed text, or a letter no stroke explains,
    stays as printed."""
    texts = ["KẾ HOẠCH", "Về bình đẳng giới", "I. MỤC ĐÍCH", "Nội dung.", "II. NHIỆM VỤ"]
    texts += ["Nội dung.", "II. TỔ CHỨC THỰC HIỆN", "Nội dung."]
    read = build_structure(_document(texts, frozenset({Hint.OCR})))
    assert [s.number for s in read.sections] == ["I", "II", "III"]
    assert [(w.code, w.line) for w in read.warnings] == [("section_number_ocr_corrected", 7)]
    typed = build_structure(_document(texts, frozenset()))
    assert [s.number for s in typed.sections] == ["I", "II", "II"]
    texts[2] = "V. MỤC ĐÍCH"
    unsure = build_structure(_document(texts, frozenset({Hint.OCR})))
    assert [s.number for s in unsure.sections] == ["V", "II", "II"]


CONG_VAN_MD = """|
**ỦY BAN NHÂN DÂN**
**XÃ TÂN HÒA**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
|
Số: 45/UBND-VX
V/v triển khai Kế hoạch tiêm chủng
năm 2026
|
*Tân Hòa, ngày 5 tháng 3 năm 2026*
|

Kính gửi: Trạm Y tế xã.

Thực hiện Kế hoạch số 8/KH-UBND ngày 2/2/2026 của UBND tỉnh;

1. Tổ chức tiêm chủng đầy đủ.
"""


def test_a_cong_van_takes_its_title_from_the_subject_after_v_v() -> None:
    """A công văn prints no kind line: `V/v ...` under its number, wrapped in its header cell."""
    meta = parse_text(CONG_VAN_MD, "letter.md", markdown=True).document
    assert (meta.kind, meta.number, meta.issuer) == (
        "cong_van",
        "45/UBND-VX",
        "Ủy ban nhân dân xã Tân Hòa",
    )
    assert meta.title == "triển khai Kế hoạch tiêm chủng năm 2026"
    assert [b.number for b in meta.basis] == ["8/KH-UBND"]


def test_symbols_with_an_ampersand_or_several_hyphens_are_read_whole() -> None:
    text = (
        "Căn cứ Quyết định số 1234/QĐ-SNN&MT ngày 2/5/2025 của Sở Nông nghiệp và Môi trường; "
        "Công văn số 345/SNNMT-TTBVTV-QLCL ngày 6/5/2025 của Sở Nông nghiệp và Môi trường"
    )
    assert [number for _, number, _, _ in _basis(text)] == [
        "1234/QĐ-SNN&MT",
        "345/SNNMT-TTBVTV-QLCL",
    ]


def test_a_notice_of_conclusions_is_one_document_and_its_description_ends_the_issuer() -> None:
    assert _basis(
        "Căn cứ Thông báo kết luận số 45-TB/TU ngày 1/4/2025 của Ban Thường vụ Tỉnh ủy; "
        "Thông báo số 552/TB-VPCP ngày 13/10/2025 của Văn phòng Chính phủ kết luận của Thủ "
        "tướng Chính phủ tại cuộc họp"
    ) == [
        ("thong_bao", "45-TB/TU", "2025-04-01", "Ban Thường vụ Tỉnh ủy"),
        ("thong_bao", "552/TB-VPCP", "2025-10-13", "Văn phòng Chính phủ"),
    ]


@pytest.mark.parametrize(
    ("printed", "kind"),
    [
        ("Kết luận số 127-KL/TW", "ket_luan"),
        ("Hướng dẫn số 12-HD/BTGDVTW", "huong_dan"),
        ("Chỉ thị số 45-CT/TW", "chi_thi"),
        ("Thông tri số 05-TT/TU", "thong_tri"),
        ("Nghị quyết số 57-NQ/TW", "nghi_quyet"),
        ("Công văn số 1234/UBND-KT", "cong_van"),
    ],
)
def test_every_kind_of_document_a_party_or_state_body_issues_is_a_basis(
    printed: str, kind: str
) -> None:
    found = _basis(f"Căn cứ {printed} ngày 14/4/2025 của Bộ Chính trị;")
    assert found == [(kind, printed.rsplit(" ", 1)[1], "2025-04-14", "Bộ Chính trị")]


DECISION_WITH_ITS_PLAN = """ỦY BAN NHÂN DÂN
TỈNH SƠN LA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/QĐ-UBND
Sơn La, ngày 5 tháng 1 năm 2026
QUYẾT ĐỊNH
Về việc ban hành Kế hoạch phát triển du lịch nông thôn tỉnh Sơn La năm 2026
ỦY BAN NHÂN DÂN TỈNH SƠN LA
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Quyết định số 922/QĐ-TTg ngày 2/8/2022 của Thủ tướng Chính phủ;
Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển du lịch nông thôn tỉnh Sơn La năm 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn C
ỦY BAN NHÂN DÂN
TỈNH SƠN LA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
KẾ HOẠCH
Phát triển du lịch nông thôn tỉnh Sơn La năm 2026
(Kèm theo Quyết định số 15/QĐ-UBND ngày 5/1/2026 của UBND tỉnh Sơn La)
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Phát triển du lịch.
II. NHIỆM VỤ
1. Xây dựng sản phẩm du lịch.
III. KINH PHÍ
Ngân sách tỉnh.
IV. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch
Chủ trì thực hiện.
"""


def test_a_decision_signs_before_the_header_its_plan_repeats() -> None:
    plan = parse_text(DECISION_WITH_ITS_PLAN)
    meta = plan.document
    assert (meta.kind, meta.number) == ("quyet_dinh", "15/QĐ-UBND")
    assert meta.signer is not None and meta.signer.name == "Nguyễn Văn C"
    assert (meta.signer.position, meta.signer.authority) == ("Chủ tịch", "TM. Ủy ban nhân dân")
    assert meta.recipients == ["Như Điều 3"]
    assert [(s.number, s.kind) for s in plan.sections] == [
        ("I", "purpose"),
        ("II", "tasks"),
        ("III", "funding"),
        ("IV", "implementation"),
    ]


def _closing(tail: str) -> tuple[list[str], tuple[str | None, str | None, str | None] | None]:
    meta = parse_text(
        "Số: 12/KH-UBND\nKẾ HOẠCH\nChuyển đổi số\nI. MỤC TIÊU\nViệc.\nTrên đây là Kế hoạch.\n"
        + tail
    ).document
    signer = meta.signer
    return meta.recipients, (signer.name, signer.position, signer.authority) if signer else None


@pytest.mark.parametrize(
    "recipients",
    [
        "Nơi nhận: - Như trên; - UBND tỉnh (b/c); - Lưu: VT.",  # a converter's single line
        "Nơi nhận:\nNhư trên;\nUBND tỉnh (b/c);\nLưu VT.",  # no bullets; `Lưu` without its colon
        "Nơi nhận:\n- Như trên;\n- UBND\ntỉnh (b/c);\n- Lưu VT, KT.",  # an item cut by a wrap
    ],
)
def test_recipients_in_the_shapes_converters_leave(recipients: str) -> None:
    assert _closing(recipients + "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n") == (
        ["Như trên", "UBND tỉnh (b/c)"],
        ("Nguyễn Văn A", "Chủ tịch", "TM. Ủy ban nhân dân"),
    )


def test_a_sub_item_on_its_heads_line_loses_its_plus() -> None:
    recipients, _ = _closing("Nơi nhận:\n- VPUB: + CVP, các PCVP;\n+ Cổng TTĐT tỉnh;\n- Lưu: VT.\n")
    assert recipients == ["VPUB: CVP, các PCVP", "Cổng TTĐT tỉnh"]


@pytest.mark.parametrize(
    ("block", "position", "authority"),
    [
        (
            "TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG",
            "Phó Chánh Văn phòng",
            "TL. Chủ tịch, KT. Chánh Văn phòng",
        ),
        ("KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG", "Phó chi cục trưởng", "KT. Chi cục trưởng"),
        ("CHÁNH THANH TRA", "Chánh Thanh tra", None),
    ],
)
def test_positions_of_offices_under_a_province(
    block: str, position: str, authority: str | None
) -> None:
    _, signer = _closing(f"Nơi nhận:\n- Như trên;\n- Lưu: VT.\n{block}\nLê Văn D\n")
    assert signer == ("Lê Văn D", position, authority)


def test_a_directive_given_in_a_document_cites_that_document() -> None:
    assert _basis(
        "Thực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số 123/UBND-VX ngày "
        "1/4/2026; chỉ đạo tại Công văn số 77/UBND-KT ngày 3/4/2026 của UBND tỉnh về việc "
        "triển khai Quyết định số 9/QĐ-TTg"
    ) == [
        ("cong_van", "123/UBND-VX", "2026-04-01", "Chủ tịch Ủy ban nhân dân tỉnh"),
        ("cong_van", "77/UBND-KT", "2026-04-03", "Ủy ban nhân dân tỉnh"),
    ]


def test_an_arabic_number_with_a_slash_before_a_capital_numbers_a_heading() -> None:
    text = (
        "KẾ HOẠCH\nVề tuyên truyền\nI. TỔ CHỨC THỰC HIỆN\n1/ Phòng Văn hóa - Xã hội: Chủ trì.\n"
        "2/ Công an xã: Phối hợp.\nMỗi tháng 1 lần, tối thiểu\n15/ năm.\n"
    )
    plan = parse_text(text)
    assert [(c.number, c.title) for c in plan.sections[0].children] == [
        ("1", "Phòng Văn hóa - Xã hội"),
        ("2", "Công an xã"),
    ]


def test_top_level_numbers_all_read_by_ocr_with_strokes_lost_are_the_sequence() -> None:
    """`I`, `I`, `II` read by OCR for I to III (bold numerals at a low resolution), none read
    right after the misread ones to anchor them; typed text, or a numeral no stroke explains,
    stays as printed."""
    texts = ["KẾ HOẠCH", "Về phòng cháy rừng", "I. MỤC ĐÍCH", "Nội dung.", "I. NHIỆM VỤ"]
    texts += ["Nội dung.", "II. TỔ CHỨC THỰC HIỆN", "Nội dung."]
    read = build_structure(_document(texts, frozenset({Hint.OCR})))
    assert [s.number for s in read.sections] == ["I", "II", "III"]
    assert [(w.code, w.line) for w in read.warnings] == [
        ("section_number_ocr_corrected", 5),
        ("section_number_ocr_corrected", 7),
    ]
    typed = build_structure(_document(texts, frozenset()))
    assert [s.number for s in typed.sections] == ["I", "I", "II"]
    texts[6] = "V. TỔ CHỨC THỰC HIỆN"
    unsure = build_structure(_document(texts, frozenset({Hint.OCR})))
    assert [s.number for s in unsure.sections] == ["I", "I", "V"]
