"""The parts of a document around its body: a decision's articles before the plan it issues,
appendices after the signature with their tables as data, and the kinds nested headings name."""

from __future__ import annotations

from pathlib import Path

from plan_extract.normalize import normalize
from plan_extract.normalize.model import Line, NormalizedDocument
from plan_extract.read import read_bytes
from plan_extract.read.model import Block, Hint
from plan_extract.structure import build_structure
from plan_extract.structure.model import Structure, Table

ROOT = Path(__file__).resolve().parents[2]

DECISION = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
Số: 15/QĐ-UBND
Hòa Bình, ngày 3 tháng 4 năm 2026
QUYẾT ĐỊNH
Ban hành Kế hoạch thực hiện công tác bình đẳng giới
ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH
Căn cứ Luật Bình đẳng giới số 73/2006/QH11;
Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ;
Theo đề nghị của Sở Nội vụ tại Tờ trình số 5/TTr-SNV ngày 1/3/2026.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện công tác bình đẳng giới.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn A
KẾ HOẠCH
Thực hiện công tác bình đẳng giới giai đoạn 2026 - 2030
(Kèm theo Quyết định số 15/QĐ-UBND ngày 3/4/2026 của UBND tỉnh)
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao nhận thức.
2. Mục tiêu
Tỷ lệ nữ đạt 30%.
II. KẾT QUẢ THỰC HIỆN NĂM 2025
Tỷ lệ nữ đạt 25%.
III. PHÁT TRIỂN MẠNG LƯỚI HỖ TRỢ
1. Kết quả thực hiện năm 2025
Đạt 95% kế hoạch.
2. Nhiệm vụ năm 2026
Mở rộng mạng lưới.
PHỤ LỤC I
DANH MỤC NHIỆM VỤ
(Kèm theo Kế hoạch số 15/QĐ-UBND)
"""


def _structure(text: str, name: str = "plan.txt") -> Structure:
    return build_structure(normalize(read_bytes(text.encode(), name)))


def _line(text: str, structure_text: str) -> int:
    """The (normalized, here equal to the printed) number of the line starting with `text`."""
    return next(n for n, line in enumerate(structure_text.splitlines(), 1) if line.startswith(text))


def test_a_decision_gives_the_header_and_the_plan_it_issues_the_sections() -> None:
    structure = _structure(DECISION)
    meta = structure.document
    assert (meta.kind, meta.number, meta.issuer) == (
        "quyet_dinh",
        "15/QĐ-UBND",
        "Ủy ban nhân dân tỉnh Hòa Bình",
    )
    assert meta.title == "Ban hành Kế hoạch thực hiện công tác bình đẳng giới"  # not the body
    assert [(b.kind, b.number) for b in meta.basis] == [
        ("luat", "73/2006/QH11"),
        ("nghi_quyet", "28/NQ-CP"),
    ]  # `Theo đề nghị của ...` is no basis
    assert meta.signer is not None and meta.signer.name == "Trần Văn A"
    assert meta.recipients == ["Như Điều 3"]
    # the decision's title names no period: the plan's title gives it
    assert meta.period is not None
    assert (meta.period.start_year, meta.period.end_year) == (2026, 2030)
    assert structure.articles == (_line("Điều 1.", DECISION), _line("Điều 3.", DECISION))
    assert [s.number for s in structure.sections] == ["I", "II", "III"]
    assert structure.body == (_line("I. MỤC", DECISION), _line("PHỤ LỤC", DECISION) - 1)


def test_the_items_an_article_numbers_are_the_decisions_not_the_plans_sections() -> None:
    listed = DECISION.replace(
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n",
        "Điều 2. Các cơ quan sau đây tổ chức thực hiện Kế hoạch:\n"
        "1. Sở Nội vụ hướng dẫn, theo dõi việc thực hiện.\n"
        "2. Các sở, ban, ngành xây dựng kế hoạch của ngành.\n",
    )
    assert [s.number for s in _structure(listed).sections] == ["I", "II", "III"]
    # the plan's own top level numbered `1.`, `2.` is read after the decision's items
    arabic = listed.replace(
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích", "1. MỤC ĐÍCH, YÊU CẦU\na) Mục đích"
    )
    arabic = arabic.replace("2. Mục tiêu\n", "b) Mục tiêu\n")
    arabic = arabic.replace("II. KẾT QUẢ", "2. KẾT QUẢ").replace("III. PHÁT", "3. PHÁT")
    arabic = arabic.replace("1. Kết quả thực", "a) Kết quả thực").replace(
        "2. Nhiệm vụ", "b) Nhiệm vụ"
    )
    sections = _structure(arabic).sections
    assert [(s.number, s.title) for s in sections][:1] == [("1", "MỤC ĐÍCH, YÊU CẦU")]
    assert [s.number for s in sections] == ["1", "2", "3"]
    # a decision whose plan is not in the file has no sections
    alone = listed[: listed.index("KẾ HOẠCH\nThực hiện")]
    assert _structure(alone).sections == []


def test_a_decision_in_capitals_ends_its_title_at_the_authority_that_decides() -> None:
    printed = DECISION.replace("Số: 15/QĐ-UBND", "Số:\n15/QĐ-UBND").replace(
        "Ban hành Kế hoạch thực hiện công tác bình đẳng giới\n",
        "BAN HÀNH KẾ HOẠCH THỰC HIỆN CÔNG TÁC\nBÌNH ĐẲNG GIỚI\n",
    )
    meta = _structure(printed).document
    assert meta.title == "BAN HÀNH KẾ HOẠCH THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI"
    assert (meta.number, meta.symbol) == ("15/QĐ-UBND", "QĐ-UBND")  # under a `Số:` alone


def test_section_kinds_from_leading_words_at_every_level() -> None:
    structure = _structure(DECISION)
    assert [s.kind for s in structure.sections] == ["purpose", "results", "tasks"]
    assert structure.kind_at(_line("Nâng cao", DECISION)) == "purpose"
    assert structure.kind_at(_line("Tỷ lệ nữ đạt 30%", DECISION)) == "objectives"
    assert structure.kind_at(_line("Tỷ lệ nữ đạt 25%", DECISION)) == "results"
    assert structure.kind_at(_line("Đạt 95%", DECISION)) == "results"  # nested review
    assert structure.kind_at(_line("Mở rộng", DECISION)) == "tasks"
    assert structure.kind_at(1) is None  # the header is in no section


def test_an_appendix_after_the_signature_is_neither_closing_nor_section() -> None:
    structure = _structure(DECISION)
    [appendix] = structure.appendices
    assert appendix.label == "PHỤ LỤC I"
    assert appendix.title == "DANH MỤC NHIỆM VỤ"
    assert appendix.lines == (_line("PHỤ LỤC", DECISION), len(DECISION.splitlines()))


def test_an_appendix_label_run_on_into_its_title_and_note_opens_the_appendix() -> None:
    # a page whose paragraphs run together (a converter dropped the blank lines, and the page
    # was printed so) sets the label, the title in capitals and the note under it on one line
    text = DECISION.replace(
        "PHỤ LỤC I\nDANH MỤC NHIỆM VỤ\n(Kèm theo", "PHỤ LỤC I DANH MỤC NHIỆM VỤ (Kèm theo"
    )
    [appendix] = _structure(text).appendices
    assert appendix.title == "DANH MỤC NHIỆM VỤ"  # the note is no part of the title
    assert appendix.lines == (_line("PHỤ LỤC", text), len(text.splitlines()))


MARKDOWN_TASKS = """**I. NHIỆM VỤ**

Triển khai.

Trên đây là Kế hoạch.

|
Nơi nhận:
- Lưu: VT.
|
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn A
|

**PHỤ LỤC**

DANH MỤC NHIỆM VỤ

|
STT
|
Nhiệm vụ
|
Cơ quan chủ trì
|
Cơ quan phối hợp
|
Thời gian hoàn thành
|
|
I
|
Tuyên truyền
|
|
|
|
|
1
|
Tổ chức hội nghị
|
Sở Nội vụ
|
|
Quý II/2026
|
|
2
|
Phát hành tài liệu
|
Sở Tư pháp
|
Sở Nội vụ
|
Tháng 6/2026
|

|
3
|
In tờ rơi
|
Sở Y tế
|
Sở Tư pháp
|
Hằng năm
|
"""


def _only_table(structure: Structure) -> Table:
    [appendix] = structure.appendices
    [table] = appendix.tables
    return table


def _texts(table: Table) -> list[list[str | None]]:
    return [[cell.text if cell else None for cell in row.cells] for row in table.rows]


def test_a_markdown_task_table_is_read_back_into_rows_and_typed_columns() -> None:
    structure = _structure(MARKDOWN_TASKS, "plan.md")
    assert structure.document.signer is not None
    assert structure.document.signer.name == "Trần Văn A"  # the appendix is not the signature
    table = _only_table(structure)
    assert [c.kind for c in table.columns] == ["number", "task", "lead", "cooperating", "deadline"]
    # an empty cell and a row's end are told apart by the numbering column and the width; the
    # third row, printed as a table of its own after a blank line, continues the table
    assert _texts(table) == [
        ["I", "Tuyên truyền", None, None, None],
        ["1", "Tổ chức hội nghị", "Sở Nội vụ", None, "Quý II/2026"],
        ["2", "Phát hành tài liệu", "Sở Tư pháp", "Sở Nội vụ", "Tháng 6/2026"],
        ["3", "In tờ rơi", "Sở Y tế", "Sở Tư pháp", "Hằng năm"],
    ]
    assert [row.heading for row in table.rows] == [True, False, False, False]
    second = table.rows[1]
    assert [cell.line for cell in second.cells if cell] == sorted(
        {cell.line for cell in second.cells if cell}
    )  # each Markdown cell keeps the line that prints it
    [(column, cell)] = table.cells(second, "lead")
    assert (column.header, cell.text) == ("Cơ quan chủ trì", "Sở Nội vụ")


MARKDOWN_INDICATORS = """**I. MỤC TIÊU**

Nội dung.

**PHỤ LỤC 01**

CHỈ TIÊU

|
TT
|
Chỉ tiêu
|
ĐVT
|
ƯTH Năm 2025
|
Kế hoạch 2026
|
Kế hoạch 2027
|
|
Lượng (Tấn)
|
Giá trị (Nghìn USD)
|
Lượng (Tấn)
|
Giá trị (Nghìn USD)
|
|
1
|
Xoài
|
Tấn
|
12.000
|
13.500
|
7.000
|
14.800
|
7.800
|
|
|
Tổng
|
|
|
|
9.000
|
|
9.500
|
"""


def test_a_two_level_header_gives_each_column_its_year_and_kind() -> None:
    table = _only_table(_structure(MARKDOWN_INDICATORS, "plan.md"))
    assert [(c.kind, c.year) for c in table.columns] == [
        ("number", None),
        ("indicator", None),
        ("measure", None),
        ("result", 2025),
        ("planned", 2026),
        ("money", 2026),
        ("planned", 2027),
        ("money", 2027),
    ]
    assert table.columns[4].header == "Kế hoạch 2026 Lượng (Tấn)"
    assert _texts(table) == [
        ["1", "Xoài", "Tấn", "12.000", "13.500", "7.000", "14.800", "7.800"],
        # a row printing only money: each value in its own column, none taken for a tonnage
        [None, "Tổng", None, None, None, "9.000", None, "9.500"],
    ]


def _row(number: int, cells: tuple[str, ...]) -> Line:
    return Line(
        number=number,
        text=" | ".join(cells),
        source_lines=(number,),
        hints=frozenset({Hint.TABLE_ROW}),
        cells=cells,
    )


def test_word_and_pdf_rows_keep_their_cells_and_one_line_number() -> None:
    texts = ["I. NHIỆM VỤ", "Nội dung.", "Nơi nhận:", "- Lưu: VT.", "KT. CHỦ TỊCH", "Lê Văn B"]
    lines = [Line(number=n, text=t, source_lines=(n,)) for n, t in enumerate(texts, 1)]
    lines.append(Line(number=7, text="PHỤ LỤC", source_lines=(7,)))
    lines.append(_row(8, ("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn")))
    lines.append(_row(9, ("1", "Rà soát", "Sở Tư pháp", "", "Quý IV/2026")))
    lines.append(_row(10, ("", "", "Sở Nội vụ", "", "")))  # a cell merged from the row above
    structure = build_structure(NormalizedDocument(format="docx", lines=lines))
    table = _only_table(structure)
    assert [c.kind for c in table.columns] == ["number", "task", "lead", "cooperating", "deadline"]
    assert _texts(table) == [
        ["1", "Rà soát", "Sở Tư pháp", None, "Quý IV/2026"],
        [None, None, "Sở Nội vụ", None, None],
    ]
    assert table.rows[0].lines == (9, 9)
    assert structure.document.signer is not None and structure.document.signer.name == "Lê Văn B"


def test_real_appendices_of_the_dev_documents() -> None:
    """Each task table of the converted plans reads with its lead and deadline columns, every
    body row with its item number."""
    for stem, lead in (
        ("kh-ubnd-179-f004d93b21e7fc5f", "Sở Tư pháp"),
        ("kh-ubnd-310-31786b0833a4130d", "Ban Quản lý các khu công nghệ cao và khu công nghiệp"),
        ("kh-ubnd-552-192068354fd1ffe5", "Sở Tài chính"),
        ("qd-ubnd-2820-001c610b2efdcf0c", "Sở Tài chính"),
    ):
        path = ROOT / "corpus" / "plans" / "real" / f"{stem}.md"
        structure = _structure(path.read_text(encoding="utf-8"), path.name)
        table = structure.appendices[0].tables[0]
        kinds = [column.kind for column in table.columns]
        assert {"number", "task", "lead", "cooperating", "deadline"} <= set(kinds), stem
        first = next(row for row in table.rows if not row.heading)
        assert first.cells[kinds.index("lead")] is not None
        assert first.cells[kinds.index("lead")].text == lead, stem  # type: ignore[union-attr]
        numbered = [row for row in table.rows if row.cells[0] is not None]
        assert len(numbered) >= 0.9 * len(table.rows), stem


def test_a_kind_line_at_the_foot_of_the_issuer_column_opens_the_title() -> None:
    """A PDF may set `KẾ HOẠCH` under `Số: ...` in the issuer's column, a rule above the date."""
    printed = [
        ("ỦY BAN NHÂN DÂN", Block.HEADER_LEFT),
        ("TỈNH LAI CHÂU", Block.HEADER_LEFT),
        ("Số: 12/KH-UBND", Block.HEADER_LEFT),
        ("KẾ HOẠCH", Block.HEADER_LEFT),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Block.HEADER_RIGHT),
        ("Độc lập - Tự do - Hạnh phúc", Block.HEADER_RIGHT),
        ("---------------", Block.HEADER_RIGHT),
        ("Lai Châu, ngày 19 tháng 11 năm 2025", Block.HEADER_RIGHT),
        ("TRIỂN KHAI THI HÀNH LUẬT TIÊU CHUẨN", Block.BODY),
        ("Thực hiện Quyết định số 2138/QĐ-TTg ngày 27/9/2025 của Thủ tướng Chính phủ;", Block.BODY),
        ("I. MỤC ĐÍCH", Block.BODY),
        ("Nội dung.", Block.BODY),
    ]
    lines = [
        Line(number=n, text=text, source_lines=(n,), block=block)
        for n, (text, block) in enumerate(printed, 1)
    ]
    meta = build_structure(NormalizedDocument(format="pdf", lines=lines)).document
    assert (meta.kind, meta.issuer, meta.place) == (
        "ke_hoach",
        "Ủy ban nhân dân tỉnh Lai Châu",
        "Lai Châu",
    )
    assert meta.title == "TRIỂN KHAI THI HÀNH LUẬT TIÊU CHUẨN"
    assert [b.number for b in meta.basis] == ["2138/QĐ-TTg"]
