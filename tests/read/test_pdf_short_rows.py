"""A ruled table's row is a row whatever it prints: a row of one short word (`xã`, the tail of
a name `Công an` / `xã` cut over two rows) in LibreOffice's PDF of a ruled Word table, as the
last row, as a middle row, and as the last row that the page break carries alone to the next
page (where its two characters are too few for a page's text layer: the page was taken for a
scan and the row lost). Negative cases: a page number in the footer under the table is no row,
and a page of a few characters outside any ruled table is still a scan's. The lines each case
gives were written before the reader was run."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest

from files_helpers import docx_bytes, make_pdf, soffice_convert
from plan_extract.read.options import ReadOptions
from plan_extract.read.pdf.reader import PdfReader

_FILLER = "Đoạn văn mở đầu của kế hoạch, một dòng."
_HEADER = ["STT", "Nhiệm vụ", "Chủ trì"]
_CUT = [["1", "Rà soát danh sách", "Công an"], ["", "", "xã"]]
_AFTER = [["2", "Cập nhật dữ liệu", "Trạm Y tế xã"]]
_FILL_PAGE = 25  # paragraphs before the table that leave room for all but its last row


@cache
def _pdf(rows: tuple[tuple[str, ...], ...], filler: int, page_numbers: bool) -> bytes:
    """LibreOffice's PDF of a Word file: `filler` paragraphs, then a ruled table of `rows`
    (the footer a page number field where `page_numbers`)."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    for _ in range(filler):
        document.add_paragraph(_FILLER)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    if page_numbers:
        field = parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        )
        document.sections[0].footer.paragraphs[0]._p.append(field)
    with TemporaryDirectory() as folder:
        word = Path(folder) / "plan.docx"
        word.write_bytes(docx_bytes(document))
        return soffice_convert(word, "pdf", Path(folder)).read_bytes()


def _lines(data: bytes) -> list[str]:
    return [line.text for line in PdfReader(data, ReadOptions()).read().lines if line.text]


def _page_texts(data: bytes) -> list[str]:
    reader = PdfReader(data, ReadOptions())
    try:
        return [" ".join(w.text for w in reader.page_text(i).words) for i in range(2)]
    finally:
        reader.close()


def _table(*parts: list[list[str]]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(row) for part in ([_HEADER], *parts) for row in part)


_ROWS_READ = ["STT | Nhiệm vụ | Chủ trì", "1 | Rà soát danh sách | Công an", "| | xã"]

# shape (the short row last, or in the middle) × context (on the table's page, carried alone to
# the next page, with a page number in the footer or without): the table's lines expected
CASES = {
    "last row, same page": (_table(_CUT), 0, False, _ROWS_READ),
    "middle row, same page": (
        _table(_CUT, _AFTER),
        0,
        False,
        [*_ROWS_READ, "2 | Cập nhật dữ liệu | Trạm Y tế xã"],
    ),
    "last row, same page, page number under it": (_table(_CUT), 0, True, _ROWS_READ),
    # a row cut by the page break is joined to its first part (page_layout.join_split_rows)
    "last row alone on the next page": (
        _table(_CUT),
        _FILL_PAGE,
        False,
        ["STT | Nhiệm vụ | Chủ trì", "1 | Rà soát danh sách | Công an xã"],
    ),
    "last row alone on the next page, page number under it": (
        _table(_CUT),
        _FILL_PAGE,
        True,
        ["STT | Nhiệm vụ | Chủ trì", "1 | Rà soát danh sách | Công an xã"],
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_row_of_one_short_word_is_read(case: str) -> None:
    lines = _lines(_pdf(*CASES[case][:3]))
    expected = CASES[case][3]
    assert lines[lines.index(expected[0]) :] == expected


@pytest.mark.parametrize(("page_numbers", "printed"), [(False, "xã"), (True, "xã 2")])
def test_the_row_carried_over_is_alone_on_its_page(page_numbers: bool, printed: str) -> None:
    """The layout the cases above stand on: the page break leaves the row `xã` alone on the
    second page (with its page number where the footer has one)."""
    assert _page_texts(_pdf(_table(_CUT), _FILL_PAGE, page_numbers))[1] == printed


_CELLS = [(50, 600, 150, 650), (150, 600, 250, 650), (50, 650, 150, 700), (150, 650, 250, 700)]


@pytest.mark.parametrize(("at", "scan"), [((60, 620), False), ((60, 400), True)])
def test_a_few_characters_are_a_scan_unless_in_a_ruled_table(
    at: tuple[float, float], scan: bool
) -> None:
    """Two characters in a cell of a ruled table (drawn rules) are the page's text; under the
    table, they are what a scan's text layer holds (a stamped page number): read by OCR."""
    page = make_pdf([[(*at, "xa", "F1")]], rules=[_CELLS])
    reader = PdfReader(page, ReadOptions())
    try:
        text = reader.page_text(0)
        assert reader.wants_ocr(0, text.words, text) == scan
    finally:
        reader.close()
