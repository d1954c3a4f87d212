"""Reading .txt/.md: encodings recognised unaided; Markdown marks kept out of the text; the
two-column header and the closing table put in their blocks."""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from plan_extract.core.errors import InputError
from plan_extract.read import read_bytes, read_path
from plan_extract.read.model import Block, Hint, RawLine
from plan_extract.read.text.decode import decode

ROOT = Path(__file__).resolve().parents[2]
TEXT = "ỦY BAN NHÂN DÂN\nXÃ QUẢNG THÀNH\nKế hoạch thực hiện công tác bình đẳng giới năm 2024\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        TEXT.encode("utf-16-le"),  # without BOM
        TEXT.encode("utf-16-be"),
        unicodedata.normalize("NFD", TEXT).encode("utf-8"),  # decomposed, as macOS saves it
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "utf16be", "utf8-nfd"],
)
def test_unicode_encodings_are_recognised(data: bytes) -> None:
    assert decode(data) == TEXT


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: letters with Â/Ă/Ơ/Ư/Đ precomposed, tones
    as combining marks after them."""
    out = b""
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        letter = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out += (letter + "".join(c for c in parts if c in _TONES)).encode("cp1258")
    return out


def test_windows_1258_is_recognised() -> None:
    data = _cp1258(TEXT)
    assert data.decode("cp1258") != TEXT  # tones are separate marks in this code page
    assert decode(data) == TEXT


def test_binary_is_refused() -> None:
    with pytest.raises(InputError, match="binary"):
        read_bytes(bytes(range(256)) * 4, "x.txt")


def test_markdown_marks_become_hints() -> None:
    raw = read_bytes("## **II. NỘI DUNG**\n\n*Nơi nhận:*\n".encode(), "x.md")
    heading, recipients = raw.lines[0], raw.lines[2]
    assert heading.text == "II. NỘI DUNG"
    assert Hint.HEADING in heading.hints and heading.heading_level == 2
    assert Hint.BOLD in heading.hints
    assert recipients.text == "Nơi nhận:"


def test_real_header_and_signature_tables_are_blocks() -> None:
    raw, _ = read_path(ROOT / "corpus/plans/real/kh-ubnd-172-2f6f80b9918e52de.md")
    by_block: dict[Block, list[str]] = {}
    for line in raw.lines:
        if line.text.strip():
            by_block.setdefault(line.block, []).append(line.text.strip())
    assert by_block[Block.HEADER_LEFT] == [
        "ỦY BAN NHÂN DÂN",
        "THÀNH PHỐ HỒ CHÍ MINH",
        "Số: 172/KH-UBND",
    ]
    assert by_block[Block.HEADER_RIGHT][-2:] == [
        "Thành phố Hồ Chí",
        "Minh, ngày 18 tháng 11 năm 2025",
    ]
    assert by_block[Block.FOOTER_LEFT][0] == "Nơi nhận:"
    assert by_block[Block.FOOTER_RIGHT] == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Diệu Thúy"]
    assert not any(text == "|" for texts in by_block.values() for text in texts)


def test_other_tables_become_one_line_per_cell() -> None:
    text = "Đoạn văn.\n\n|\n**TT**\n|\nNội dung\nthực hiện\n|\n\nĐoạn sau.\n"
    raw = read_bytes(text.encode(), "x.md")
    cells = [line for line in raw.lines if Hint.TABLE_ROW in line.hints]
    assert [line.text for line in cells] == ["TT", "Nội dung thực hiện"]
    assert [line.source_line for line in cells] == [4, 6]


def test_a_cell_line_keeps_the_bars_before_it() -> None:
    """Row `TT | Nội dung | Thời gian`, then row `1 | (empty) | Quý II/2026`: an empty cell and
    the end of a row each print one more `|` line before the next cell; a table that follows
    after a blank line starts anew (0)."""
    rows = ["|", "TT", "|", "Nội dung", "|", "Thời gian", "|", "|", "1", "|", "|", "Quý II/2026"]
    after = ["|", "", "", "|", "2", "|", "Tiếp", "|"]
    text = "\n".join(["Đoạn văn.", "", *rows, *after, "", "Đoạn sau.", ""])
    raw = read_bytes(text.encode(), "x.md")
    cells = [line for line in raw.lines if Hint.TABLE_ROW in line.hints]
    assert [(line.text, line.cell_gap) for line in cells] == [
        ("TT", 0),
        ("Nội dung", 1),
        ("Thời gian", 1),
        ("1", 2),
        ("Quý II/2026", 2),
        ("2", 0),
        ("Tiếp", 1),
    ]
    assert all(line.cell_gap is None for line in raw.lines if Hint.TABLE_ROW not in line.hints)


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda d: d, "directory"),
        (lambda d: d / "missing.txt", "no such file"),
    ],
    ids=["directory", "missing"],
)
def test_library_refuses_paths_that_are_not_plan_files(
    tmp_path: Path, make: Callable[[Path], Path], words: str
) -> None:
    from plan_extract import parse

    with pytest.raises(InputError, match=words):
        parse(make(tmp_path))


def test_a_header_and_a_closing_table_end_at_their_last_row_without_a_blank_line() -> None:
    """In a text with no blank line, the header table (issuer | motto, number | date) ends
    after its second row's second cell, and the closing (recipients | signature) after its
    row: the lines after each are the body's, not a cell of a table running on to the next."""
    text = (
        "|\n**ỦY BAN NHÂN DÂN**\nXÃ AN PHÚ\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
        "Độc lập - Tự do - Hạnh phúc\n|\n|\nSố: 15/KH-UBND\n|\n"
        "*An Phú, ngày 3 tháng 2 năm 2026*\n|\n"
        "**KẾ HOẠCH**\nPhòng chống thiên tai năm 2026\n"
        "|\n**Nơi nhận:**\n- UBND huyện;\n- Lưu: VT.\n|\n**TM. ỦY BAN NHÂN DÂN**\nCHỦ TỊCH\n|\n"
        "**PHỤ LỤC**\nDanh mục nhiệm vụ\n"
        "|\nSTT\n|\nNhiệm vụ\n|\n|\n1\n|\nDiễn tập\n|\n"
    )
    lines = read_bytes(text.encode(), "plan.md").lines
    body = [line.text for line in lines if line.block is Block.BODY and line.cells is None]
    assert [text for text in body if text] == [
        "KẾ HOẠCH",
        "Phòng chống thiên tai năm 2026",
        "PHỤ LỤC",
        "Danh mục nhiệm vụ",
    ]
    assert [line.text for line in lines if line.cells] == ["STT", "Nhiệm vụ", "1", "Diễn tập"]


# A plan copied from a legal database's page, each layout cell closed by a bar of its own (the
# issuer's cell before the first), no blank line; the same plan typed without the bars.
_PASTED_PAGE = (
    "ỦY BAN NHÂN DÂN\nHUYỆN TÂN PHƯỚC\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 31/KH-UBND\n|\n"
    "Tân Phước, ngày 9\ntháng 4 năm 2026\n|\n"
    "KẾ HOẠCH\nTổ chức Tháng hành động vì an toàn thực phẩm năm 2026\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao ý thức của người sản xuất, kinh doanh thực phẩm.\n"
    "II. TỔ CHỨC THỰC HIỆN\n1. Phòng Kinh tế\nChủ trì kiểm tra các cơ sở; báo cáo kết quả "
    "trước ngày 20/5/2026.\n2. Trung tâm Văn hóa - Thông tin\nTuyên truyền trên hệ thống loa.\n"
    "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n|\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Thị Hoa\n|\n"
)


def test_a_header_whose_cells_each_close_with_a_bar_ends_with_its_place_and_date() -> None:
    """A page that closes each cell of its header with a bar on a line of its own (issuer,
    motto, number, then the place and date) and has no blank line: the header ends with the
    place and date, so that the body up to the closing's bar is the body, not a cell of a
    table running on to the signature."""
    lines = read_bytes(_PASTED_PAGE.encode(), "plan.md").lines
    body = [line.text for line in lines if line.block is Block.BODY and line.cells is None]
    assert "KẾ HOẠCH" in body and "II. TỔ CHỨC THỰC HIỆN" in body
    assert not [line for line in lines if line.cells]
    assert [line.text for line in lines if line.block is Block.HEADER_RIGHT][-2:] == [
        "Tân Phước, ngày 9",
        "tháng 4 năm 2026",
    ]


def test_a_closing_followed_by_an_appendix_citing_its_plan_date_ends_at_its_row() -> None:
    """Only a header waits for a place-and-date cell: a closing ends with its row though the
    appendix after it cites the plan's date (`Kèm theo Kế hoạch số ... ngày ...`)."""
    text = (
        "Các phòng, ban thực hiện.\n|\nNơi nhận:\n- Lưu: VT.\n|\nTM. ỦY BAN NHÂN DÂN\n"
        "CHỦ TỊCH\n|\nPHỤ LỤC\n(Kèm theo Kế hoạch số 15/KH-UBND ngày 3 tháng 2 năm 2026)\n"
        "|\nSTT\n|\nNhiệm vụ\n|\n|\n1\n|\nDiễn tập\n|\n"
    )
    lines = read_bytes(text.encode(), "plan.md").lines
    body = [line.text for line in lines if line.block is Block.BODY and line.cells is None]
    assert "PHỤ LỤC" in body
    assert [line.text for line in lines if line.block is Block.FOOTER_RIGHT] == [
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
    ]


def test_a_pasted_page_reads_as_the_same_plan_typed_without_its_bars() -> None:
    from plan_extract import parse_bytes

    pasted = parse_bytes(_PASTED_PAGE.encode(), "plan.md")
    typed = _PASTED_PAGE.replace("\n|\n", "\n").encode()
    clean = parse_bytes(typed, "plan.txt")
    assert pasted.document.title == clean.document.title is not None
    assert pasted.document.signer == clean.document.signer
    assert [s.title for s in pasted.sections] == [s.title for s in clean.sections]
    assert [u.name for u in pasted.units] == [u.name for u in clean.units] != []
    assert [d.text for d in pasted.deadlines] == [d.text for d in clean.deadlines] != []


def test_a_bold_heading_closed_before_the_next_bold_line_keeps_its_emphasis() -> None:
    """`**III. ĐỐI TƯỢNG,` / `KHEN THƯỞNG**` then at once `**1. Đối tượng:** ...`: the close
    at the end of one line and the open at the start of the next are two marks, not an empty
    span over the break (as `Sở Y tế:****` then `**Chủ trì` is)."""
    text = "**III. ĐỐI TƯỢNG,\nKHEN THƯỞNG**\n**1. Đối tượng:** các xã."
    lines = read_bytes(text.encode(), "plan.md").lines
    assert [line.text for line in lines] == [
        "III. ĐỐI TƯỢNG,",
        "KHEN THƯỞNG",
        "1. Đối tượng: các xã.",
    ]
    assert Hint.BOLD in lines[0].hints and Hint.BOLD in lines[1].hints


def test_a_data_table_ends_after_a_full_row_when_a_longer_run_than_its_cells_follows() -> None:
    """Without blank lines, a table of bars ends after a row as wide as its widest when the
    lines up to the next bar are more than any of its cells (an appendix's title); a row of
    fewer cells (one spans the columns) or a short next cell does not end it."""
    text = (
        "|\nTT\n|\nChỉ tiêu\n|\nNăm 2026\n|\n|\nI\n|\nTRỒNG TRỌT\n|\n|\n1\n|\nDiện tích lúa\n|\n"
        "1.200\n|\n|\n2\n|\nSản lượng\n|\n7.500\n|\n"
        "**PHỤ LỤC 02**\nDanh mục sản phẩm\nxuất khẩu của xã\n"
        "|\nTT\n|\nSản phẩm\n|\n|\n1\n|\nGạo\n|\n"
    )
    lines = read_bytes(text.encode(), "plan.md").lines
    body = [line.text for line in lines if line.cells is None and line.text]
    assert body == ["PHỤ LỤC 02", "Danh mục sản phẩm", "xuất khẩu của xã"]
    cells = [line.text for line in lines if line.cells]
    head = ["TT", "Chỉ tiêu", "Năm 2026", "I", "TRỒNG TRỌT", "1", "Diện tích lúa", "1.200"]
    assert cells[:12] == [*head, "2", "Sản lượng", "7.500", "TT"]


def test_a_task_table_ends_before_a_bold_heading_and_its_text_without_a_blank_line() -> None:
    """A task table's last full row, then at once a bold heading and its paragraph, then the
    closing: the table ends at its row (its rows stay body rows, not the closing's), the
    heading and paragraph are the body's, the closing keeps its two columns."""
    text = (
        "|\nTT\n|\nNội dung\n|\nThời gian\n|\n|\n1\n|\nRà soát các hộ\nvùng sạt lở\n|\n2025\n|\n"
        "|\n2\n|\nDiễn tập\n|\nTháng 6/2025\n|\n"
        "**III. TỔ CHỨC THỰC HIỆN**\nCác ban, ngành xã tổ chức thực hiện.\n"
        "|\n**Nơi nhận:**\n- Lưu: VT.\n|\n**TM. ỦY BAN NHÂN DÂN**\nCHỦ TỊCH\n|\n"
    )
    lines = read_bytes(text.encode(), "plan.md").lines
    assert [line.text for line in lines if line.cells][-3:] == ["2", "Diễn tập", "Tháng 6/2025"]
    body = [line.text for line in lines if line.block is Block.BODY and not line.cells]
    assert [text for text in body if text] == [
        "III. TỔ CHỨC THỰC HIỆN",
        "Các ban, ngành xã tổ chức thực hiện.",
    ]
    assert [line.text for line in lines if line.block is Block.FOOTER_RIGHT] == [
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
    ]


def test_a_whole_italic_line_or_span_is_marked_italic_and_a_bullet_or_bold_is_not() -> None:
    """`*b) Thị trường ASEAN*`, a span `*4.5. Nền tảng nhận diện,` / `kiểm soát ...*`: set in
    italic as a whole (a title, a note), every line marked `ITALIC`; a `* ` bullet, a bold line
    and a line with an italic word inside are not."""
    text = (
        "*b) Thị trường ASEAN*\n\n*4.5. Nền tảng nhận diện,\nkiểm soát phương tiện*\n\n"
        "* Một gạch đầu dòng *\n\n**II. NHIỆM VỤ**\n\nPhát triển *du lịch* thông minh.\n"
    )
    lines = [line for line in read_bytes(text.encode(), "plan.md").lines if line.text]
    assert [line.text for line in lines][:3] == [
        "b) Thị trường ASEAN",
        "4.5. Nền tảng nhận diện,",
        "kiểm soát phương tiện",
    ]
    assert [Hint.ITALIC in line.hints for line in lines] == [True, True, True, False, False, False]


def test_a_span_closed_by_a_mark_left_at_its_line_end_before_a_span_opening_the_next() -> None:
    """`*Căn cứ Luật ...` / `... năm 2025; *` then at once `*Căn cứ Quyết định ...` / `...
    2030.*`: the mark a converter left after the space at the line's end closes the first
    span, and the second is a whole italic span of its own; with a word after the span's
    last line (`... thủy sản;` then `*về quy định ...`) the next line's mark closes it."""
    text = (
        "*Căn cứ Luật Tổ chức chính\nquyền địa phương năm 2025; *\n"
        "*Căn cứ Quyết định số\n493/QĐ-TTg về xuất khẩu.*\n"
        "Căn cứ Thông tư *(nay là Bộ\nNông nghiệp)\n*về quan trắc môi trường;\n"
    )
    lines = [line for line in read_bytes(text.encode(), "plan.md").lines if line.text]
    runs_on = [Hint.EMPHASIS_RUNS_ON in line.hints for line in lines]
    assert runs_on == [False, True, False, True, False, True, True]
    assert [Hint.ITALIC in line.hints for line in lines][2:4] == [True, True]


def test_a_line_is_a_value_of_its_fields() -> None:
    """Not frozen (a frozen line is slower to make), a line still hashes by its fields as a
    frozen one does: two of the same fields are one in a set, a changed one is new."""
    line = RawLine("Giao Ủy ban nhân dân xã", 3, hints=frozenset({Hint.BOLD}))
    same = RawLine("Giao Ủy ban nhân dân xã", 3, hints=frozenset({Hint.BOLD}))
    moved = replace(line, source_line=4)
    assert len({line, same, moved}) == 2 and line.source_line == 3
