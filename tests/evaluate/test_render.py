"""corpus/render.py's reading of a Markdown page's emphasis: `__x__` is bold as `**x**` is
(CommonMark's two bold delimiters), never printed as underscores in the Word rendering."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from html_rewrite import _render


def _runs(text: str) -> list[list[tuple[str, bool, bool]]]:
    return [styled.runs for styled, _ in _render().styled_lines(text)]


@pytest.mark.parametrize("mark", ["**", "__"])
def test_either_bold_delimiter_sets_its_span_bold(mark: str) -> None:
    assert _runs(f"{mark}ỦY BAN NHÂN DÂN{mark}") == [[("ỦY BAN NHÂN DÂN", True, False)]]


def test_a_bold_span_in_underscores_runs_on_across_a_wrapped_line() -> None:
    lines = _render().styled_lines("__CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM__\nĐộc lập")
    assert [(styled.runs, open_after) for styled, open_after in lines] == [
        ([("CỘNG HÒA XÃ", True, False)], True),
        ([("HỘI CHỦ NGHĨA VIỆT NAM", True, False)], False),
        ([("Độc lập", False, False)], False),
    ]


@pytest.mark.parametrize("text", ["Số: ____/KH-UBND", "__________", "tên__tệp__mẫu.docx"])
def test_underscores_that_open_or_close_no_span_stay_text(text: str) -> None:
    assert _runs(text) == [[(text, False, False)]]


def test_the_word_rendering_prints_an_underscored_bold_span_bold(tmp_path: Path) -> None:
    target = tmp_path / "plan.docx"
    _render().to_docx("__KẾ HOẠCH__\n\nTriển khai chuyển đổi số năm 2026\n", target)
    runs = [run for paragraph in Document(str(target)).paragraphs for run in paragraph.runs]
    assert [(run.text, bool(run.bold)) for run in runs[:1]] == [("KẾ HOẠCH", True)]
    assert not any("_" in run.text for run in runs)


def _paragraphs(markdown: str, tmp_path: Path) -> list[str]:
    target = tmp_path / "plan.docx"
    _render().to_docx(markdown, target)
    return [paragraph.text for paragraph in Document(str(target)).paragraphs]


def test_a_page_without_blank_lines_prints_a_paragraph_per_line(tmp_path: Path) -> None:
    """A converter's page with no blank line: each line is a paragraph of its own, a line going
    on in lower case (a hard wrap) joins the one before; not the whole body as one paragraph."""
    page = (
        "**KẾ HOẠCH**\n**Triển khai chuyển đổi số năm 2026**\n**I. MỤC ĐÍCH, YÊU CẦU**\n"
        "1. Mục đích\nNâng cao nhận thức của cán bộ,\ncông chức về chuyển đổi số.\n"
    )
    assert _paragraphs(page, tmp_path) == [
        "KẾ HOẠCH",
        "Triển khai chuyển đổi số năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "Nâng cao nhận thức của cán bộ, công chức về chuyển đổi số.",
    ]


def test_a_page_with_blank_lines_keeps_a_paragraph_per_block(tmp_path: Path) -> None:
    page = "**KẾ HOẠCH**\n\n1. Mục đích\nNâng cao nhận thức của cán bộ,\nCông chức.\n"
    assert _paragraphs(page, tmp_path) == [
        "KẾ HOẠCH",
        "1. Mục đích Nâng cao nhận thức của cán bộ, Công chức.",
    ]


def test_a_plain_text_page_of_long_lines_prints_a_paragraph_per_line(tmp_path: Path) -> None:
    """A `.txt` page whose lines run longer than any hard wrap: its lines are its paragraphs,
    blank lines between some of them or not; a hard-wrapped one (no line that long) is joined
    by its blocks as a Markdown page is."""
    render = _render()
    long_line = "Các phòng, ban chuyên môn căn cứ chức năng, nhiệm vụ được giao " * 2
    page = f"KẾ HOẠCH\n\nI. MỤC ĐÍCH\n{long_line.strip()}\nII. NỘI DUNG\n"
    assert render.unwrapped(page)
    assert not render.unwrapped("Yêu cầu Sở Xây dựng, UBND huyện\nQuảng Xương thực hiện.\n")
    target = tmp_path / "plan.docx"
    render.to_docx(page, target, lines_are_paragraphs=True)
    paragraphs = [paragraph.text for paragraph in Document(str(target)).paragraphs]
    assert paragraphs == ["KẾ HOẠCH", "I. MỤC ĐÍCH", long_line.strip(), "II. NỘI DUNG"]


def test_a_markdown_heading_prints_without_its_marks_and_bold(tmp_path: Path) -> None:
    target = tmp_path / "plan.docx"
    _render().to_docx("# I. MỤC ĐÍCH, YÊU CẦU\n\nNâng cao nhận thức.\n", target)
    first = Document(str(target)).paragraphs[0]
    assert first.text == "I. MỤC ĐÍCH, YÊU CẦU"
    assert all(run.bold for run in first.runs)


def test_a_star_bullet_opens_no_italic_span() -> None:
    """`* Thời gian thực hiện: ...` is a list's item: its star is printed, and the lines after
    it are not set in italic (nor joined to it as one open span)."""
    lines = _render().styled_lines("* Thời gian thực hiện: hằng năm.\n* *\nĐiều 2. Hiệu lực.")
    assert lines[0] == (
        _render().Styled([("* ", False, False), ("Thời gian thực hiện: hằng năm.", False, False)]),
        False,
    )
    assert lines[2][0].runs == [("Điều 2. Hiệu lực.", False, False)]
