"""The task and indicator tables of tests/extract/test_table_shapes.py (our own wording), typed as
pandoc and Word's plain text print a table: a grid table (`+----+`, `+====+` under the header
or none, cells wrapped in their column, a cell of two paragraphs or a list, alignment colons), a
multiline table, a simple table, tab-separated rows (a cell of two paragraphs breaking its row
over two lines, as Word's plain-text save writes it), the grid and tab forms also with their
merged cells (a header cell over two columns, a title or group name across the row, pandoc 3's
spanning grid cells, Word writing a merged cell once); as .md and .txt, with CRLF line ends and
hard-wrapped prose around. Each reads the units, tasks, deadlines and targets the pipe table
reads; a typed rule or prose with a tab stays what it is."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import pytest

from extract.test_table_shapes import (
    HEAD,
    INDICATORS,
    LAYOUTS,
    TAIL,
    Layout,
    _check,
    _plain,
    _printed_rows,
)
from plan_extract.core.contract import Plan
from plan_extract.evaluate.header import header_of
from plan_extract.evaluate.variants import hard_wrapped
from plan_extract.pipeline import parse_bytes
from plan_extract.read.model import Hint
from plan_extract.read.sniff import sniff
from plan_extract.read.text import read_text_bytes

_WIDTH = 18  # a column's text width: the longer names wrap over two or three lines


def _paragraphs(cell: str) -> list[str]:
    return cell.split("<br>")


def _wrapped(cell: str, width: int, list_items: bool = False, hard: bool = False) -> list[str]:
    """A cell's lines in a column `width` wide: each paragraph wrapped, a blank line between
    paragraphs (or each a list item `- `, or ended by a hard line break `\\` when `hard`)."""
    lines: list[str] = []
    for number, paragraph in enumerate(_paragraphs(cell)):
        if list_items:
            wrapped = textwrap.wrap(paragraph, width - 2)
            lines += [("- " if not at else "  ") + text for at, text in enumerate(wrapped)]
            continue
        if number and hard:
            lines[-1] += "\\"
        elif number:
            lines.append("")
        lines += textwrap.wrap(paragraph, width - 1 if hard else width) or [""]
    return lines or [""]


def _widths(layout: Layout, list_items: bool = False) -> list[int]:
    rows = [row for row, _ in _printed_rows(layout)]
    return [
        max(len(line) for row in rows for line in _wrapped(row[column], _WIDTH, list_items))
        for column in range(len(rows[0]))
    ]


def grid(
    layout: Layout,
    header: bool = True,
    list_items: bool = False,
    colons: bool = False,
    hard: bool = False,
) -> str:
    """A pandoc grid table: a rule between rows, `=` under the header (with the alignment
    colons, or on the top rule without a header), cells wrapped in their column."""
    widths = _widths(layout, list_items)

    def rule(fill: str, colon: bool) -> str:
        return "+" + "+".join((":" if colon else fill) + fill * (w + 1) for w in widths) + "+"

    out = [rule("-", colons and not header)]
    heads = len(layout.header)
    for number, (row, _) in enumerate(_printed_rows(layout)):
        cells = [_wrapped(cell, _WIDTH, list_items, hard) for cell in row]
        for at in range(max(len(cell) for cell in cells)):
            texts = [
                (cell[at] if at < len(cell) else "").ljust(width)
                for cell, width in zip(cells, widths, strict=True)
            ]
            out.append("| " + " | ".join(texts) + " |")
        out.append(rule("=", colons) if header and number == heads - 1 else rule("-", False))
    return "\n".join(out) + "\n"


def multiline(layout: Layout, header: bool = True) -> str:
    """A pandoc multiline table: a rule above the header and below the rows, a line of runs
    under the header, rows separated by blank lines, each cell wrapped in its column."""
    rows = [[cell.replace("<br>", "; ") for cell in row] for row, _ in _printed_rows(layout)]
    widths = _widths(Layout(rows[:1], rows[1:]))
    runs = "  ".join("-" * width for width in widths)
    rule = "-" * len(runs)

    def lines_of(row: list[str]) -> list[str]:
        cells = [_wrapped(cell, _WIDTH) for cell in row]
        height = max(len(cell) for cell in cells)
        return [
            "  ".join(
                (cell[at] if at < len(cell) else "").ljust(width)
                for cell, width in zip(cells, widths, strict=True)
            ).rstrip()
            for at in range(height)
        ]

    heads = len(layout.header)
    out = (
        [rule, *(line for row in rows[:heads] for line in lines_of(row)), runs]
        if header
        else [runs]
    )
    for number, row in enumerate(rows[heads:] if header else rows):
        if number:
            out.append("")
        out += lines_of(row)
    out.append(rule if header else runs)
    return "\n".join(out) + "\n"


def simple(layout: Layout, header: bool = True) -> str:
    """A pandoc simple table: the header over runs of dashes, a row a line."""
    rows = [[cell.replace("<br>", "; ") for cell in row] for row, _ in _printed_rows(layout)]
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    runs = "  ".join("-" * width for width in widths)

    def line(row: list[str]) -> str:
        return "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))

    heads = len(layout.header)
    if header:
        return (
            "\n".join([*(line(row) for row in rows[:heads]), runs, *map(line, rows[heads:])]) + "\n"
        )
    return "\n".join([runs, *map(line, rows), runs]) + "\n"


def tabs(layout: Layout) -> str:
    """Word's plain-text save: cells split by tabs, a row a line; a cell's second paragraph on
    the next line, breaking the row."""
    return (
        "\n".join("\t".join(row).replace("<br>", "\n") for row, _ in _printed_rows(layout)) + "\n"
    )


def _merged(layout: Layout) -> list[tuple[list[str], list[bool], list[bool]]]:
    """Each printed row with, per column, whether its cell is merged into the one on its left
    (a header cell or title spanning columns, a group's name across the row) and whether it
    is merged into the one above (a header cell spanning the two header rows), as Word and
    pandoc merge them."""
    out: list[tuple[list[str], list[bool], list[bool]]] = []
    printed = _printed_rows(layout)
    for number, (row, kind) in enumerate(printed):
        left = [False] * len(row)
        up = [False] * len(row)
        following = printed[number + 1] if number + 1 < len(printed) else None
        below = following[0] if following is not None and following[1] == "header" else None
        above = printed[number - 1] if number else None
        for at in range(1, len(row)):
            if row[at]:
                continue
            if kind == "group" and at > 1:
                left[at] = True
            elif kind == "header" and sum(1 for cell in row if cell) == 1:
                left[at] = True  # a title across the table
            elif (
                kind == "header"
                and below is not None
                and below[at]
                and (left[at - 1] or row[at - 1])
            ):
                left[at] = True  # a header cell over the named cells below it
        if kind == "header" and above is not None and above[1] == "header":
            up = [not cell and bool(over) for cell, over in zip(row, above[0], strict=True)]
        out.append((row, left, up))
    return out


def grid_merged(layout: Layout) -> str:
    """A pandoc grid table with its merged cells spanning (pandoc 3): no bar inside a cell that
    spans columns, no rule under a cell that spans the next row."""
    widths = _widths(layout)
    rows = _merged(layout)
    heads = len(layout.header)

    def rule(fill: str, open_cells: list[bool]) -> str:
        line = ""
        for at, width in enumerate(widths):
            edge = "|" if open_cells[at] and (at == 0 or open_cells[at - 1]) else "+"
            line += edge + (" " if open_cells[at] else fill) * (width + 2)
        return line + ("|" if open_cells[-1] else "+")

    out = [rule("-", [False] * len(widths))]
    for number, (row, left, _) in enumerate(rows):
        spans: list[tuple[int, int]] = []  # each cell's first column and its width in characters
        for column, width in enumerate(widths):
            if left[column]:
                spans[-1] = (spans[-1][0], spans[-1][1] + width + 3)
            else:
                spans.append((column, width))
        cells = [_wrapped(row[column], width) for column, width in spans]
        for at in range(max(len(cell) for cell in cells)):
            texts = [
                (cell[at] if at < len(cell) else "").ljust(width)
                for cell, (_, width) in zip(cells, spans, strict=True)
            ]
            out.append("| " + " | ".join(texts) + " |")
        below = rows[number + 1][2] if number + 1 < len(rows) else [False] * len(widths)
        out.append(rule("=" if number == heads - 1 else "-", below))
    return "\n".join(out) + "\n"


def word_tabs(layout: Layout) -> str:
    """Word's plain-text save of the table with its merged cells: a cell merged into the one on
    its left is not written; one merged into the one above is written empty."""
    return (
        "\n".join(
            "\t".join(cell for cell, merged in zip(row, left, strict=True) if not merged).replace(
                "<br>", "\n"
            )
            for row, left, _ in _merged(layout)
        )
        + "\n"
    )


PRINTERS: dict[str, Callable[[Layout], str]] = {
    "grid": grid,
    "grid-list-cells": lambda layout: grid(layout, list_items=True),
    "multiline": multiline,
    "simple": simple,
    "tabs": tabs,
    "grid-merged-cells": grid_merged,
    "tabs-merged-cells": word_tabs,
}


def _parse(table: str, name: str = "plan.md", crlf: bool = False) -> Plan:
    text = HEAD + table + TAIL
    if crlf:
        text = text.replace("\n", "\r\n")
    return parse_bytes(text.encode(), name)


# pandoc prints a table with merged cells (a header cell over two, a title across the table) as
# a grid table: a simple or multiline table has one header row and no spans
_MERGED = {"two-row-header", "title-row-above-the-header"}
_ONE_HEADER_ROW = {"simple", "multiline"}


@pytest.mark.parametrize(
    ("layout", "printer"),
    [
        (layout, printer)
        for layout in LAYOUTS
        for printer in PRINTERS
        if not (layout in _MERGED and printer in _ONE_HEADER_ROW)
    ],
)
def test_each_layout_reads_alike_in_each_typed_form(layout: str, printer: str) -> None:
    _check(_parse(PRINTERS[printer](LAYOUTS[layout]())))


@pytest.mark.parametrize(
    "make",
    [
        lambda: grid(_plain(), header=False),
        lambda: grid(_plain(), colons=True),
        lambda: grid(_plain(), header=False, colons=True),
        lambda: multiline(_plain(), header=False),
        lambda: simple(_plain(), header=False),
        lambda: "  " + grid(_plain()).replace("\n", "\n  ").rstrip() + "\n",
        lambda: grid(Layout([[f"**{cell}**" for cell in _plain().header[0]]], _plain().rows)),
        lambda: grid(LAYOUTS["break-in-a-cell"](), hard=True),
        lambda: grid(
            Layout(_plain().header, [[f"{row[0]}\\.", *row[1:]] for row in _plain().rows])
        ),
    ],
    ids=[
        "grid-no-header",
        "grid-alignment-colons",
        "grid-no-header-alignment-colons",
        "multiline-no-header",
        "simple-no-header",
        "grid-indented",
        "grid-bold-header",
        "grid-hard-line-break-in-a-cell",
        "grid-escaped-item-numbers",
    ],
)
def test_each_form_of_a_typed_plain_table_reads_alike(make: Callable[[], str]) -> None:
    _check(_parse(make()))


PROSE = (
    "Thiên tai những năm gần đây gây thiệt hại lớn về người và tài sản; công tác phòng ngừa,"
    " ứng phó còn nhiều hạn chế, cần được khắc phục kịp thời và đồng bộ trong thời gian tới.\n"
)


@pytest.mark.parametrize("printer", ["grid", "multiline", "simple", "tabs"])
@pytest.mark.parametrize("name", ["plan.txt", "plan.md"])
@pytest.mark.parametrize("crlf", [False, True], ids=["lf", "crlf"])
def test_a_typed_table_reads_in_a_txt_as_in_a_md_amid_hard_wrapped_prose(
    printer: str, name: str, crlf: bool
) -> None:
    """A .txt with such a table is Markdown to the sniffer; CRLF line ends and prose wrapped
    at 72 around the table change nothing."""
    prose = hard_wrapped(PROSE * 3, 72)
    table = prose + "\n" + PRINTERS[printer](_broken_or_plain(printer)) + "\n" + prose
    text = HEAD + table + TAIL
    if crlf:
        text = text.replace("\n", "\r\n")
    assert sniff(text.encode(), name) == "md"
    _check(parse_bytes(text.encode(), name))


def _broken_or_plain(printer: str) -> Layout:
    return LAYOUTS["break-in-a-cell" if printer in ("grid", "tabs") else "plain"]()


@pytest.mark.parametrize("printer", list(PRINTERS))
def test_an_indicator_table_reads_alike_in_each_typed_form(printer: str) -> None:
    """One target per row for the planned year (tests/extract/test_table_shapes.py)."""
    plan = _parse(PRINTERS[printer](INDICATORS), "plan.txt")
    assert [(t.indicator, t.value, t.unit, t.year) for t in plan.targets] == [
        ("Tỷ lệ hộ dân có nhà chống lũ", 70, "percent", 2026),
        ("Diện tích rừng phòng hộ ven biển trồng mới", 40, "count", 2026),
        ("Số công trình thủy lợi được nâng cấp", 12, "count", 2026),
    ]


def _rows(text: str) -> list[tuple[int, tuple[str, ...] | None]]:
    document = read_text_bytes(text.encode(), "md")
    return [
        (line.source_line, line.cells) for line in document.lines if Hint.TABLE_ROW in line.hints
    ]


def test_a_paragraph_indented_by_a_tab_after_a_tab_table_is_no_row() -> None:
    table = tabs(_plain())
    after = "\tCác cơ quan triển khai theo phân công.\nBáo cáo về Ủy ban nhân dân tỉnh.\n"
    document = read_text_bytes((table + after).encode(), "md")
    rows = [line for line in document.lines if Hint.TABLE_ROW in line.hints]
    assert len(rows) == 1 + len(_plain().rows)
    texts = [line.text.strip() for line in document.lines if Hint.TABLE_ROW not in line.hints]
    assert [text for text in texts if text] == [
        "Các cơ quan triển khai theo phân công.",
        "Báo cáo về Ủy ban nhân dân tỉnh.",
    ]


def test_a_grid_row_is_one_line_cited_by_its_first_line_its_cell_lines_run_on() -> None:
    table = grid(
        Layout(
            [["TT", "Nhiệm vụ", "Chủ trì"]],
            [
                [
                    "1",
                    "Tập huấn cán bộ phụ trách công tác phòng chống thiên tai",
                    "Sở Y tế<br>Sở Tài chính",
                ]
            ],
        )
    )
    rows = _rows("Mở đầu.\n\n" + table)
    assert rows == [
        (4, ("TT", "Nhiệm vụ", "Chủ trì")),
        (
            6,
            (
                "1",
                "Tập huấn cán bộ phụ trách công tác phòng chống thiên tai",
                "Sở Y tế; Sở Tài chính",
            ),
        ),
    ]


def test_a_tab_row_broken_at_a_cells_paragraph_is_one_row() -> None:
    """Word writes a cell's second paragraph on a line of its own: in the last column the line
    has no tab; before it, the line goes on with the row's other cells."""
    text = (
        "TT\tNhiệm vụ\tChủ trì\tPhối hợp\n"
        "1\tTập huấn\tSở Y tế\tCông an tỉnh\nSở Tài chính\n"
        "2\tDiễn tập\tSở Xây dựng\nBộ Chỉ huy Quân sự tỉnh\tSở Y tế\n"
    )
    assert _rows(text) == [
        (1, ("TT", "Nhiệm vụ", "Chủ trì", "Phối hợp")),
        (2, ("1", "Tập huấn", "Sở Y tế", "Công an tỉnh; Sở Tài chính")),
        (4, ("2", "Diễn tập", "Sở Xây dựng; Bộ Chỉ huy Quân sự tỉnh", "Sở Y tế")),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch năm 2026\n------------------\nNội dung của kế hoạch.\n",
        "I. MỤC ĐÍCH\n\n-------\n\nCác đơn vị thực hiện nghiêm túc.\n",
        "Bình Minh\t\tngày 20 tháng 2 năm 2026\n\nNội dung của kế hoạch.\n",
        "1.\tTuyên truyền sâu rộng.\n2.\tTập huấn cán bộ.\n3.\tKiểm tra định kỳ.\n",
        "+ Sở Y tế chủ trì;\n+ Sở Tài chính phối hợp.\n",
        "\tCác sở chủ động triển khai;\ttheo dõi, đôn đốc.\n\tBáo cáo kết quả\tcuối năm.\n",
    ],
    ids=[
        "setext-rule",
        "typed-rule",
        "one-tabbed-line",
        "numbered-items-a-tab",
        "plus-items",
        "two-cells-indented",
    ],
)
def test_a_rule_or_tabbed_prose_is_no_table(text: str) -> None:
    assert _rows(text) == []
    assert sniff(text.encode(), "plan.txt") == "txt"


WORD_PLAIN_TEXT = (
    "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\r\n"
    "TỈNH BÌNH MINH\tĐộc lập - Tự do - Hạnh phúc\r\n"
    "Số: 112/KH-UBND\tBình Minh, ngày 20 tháng 2 năm 2026\r\n"
    "KẾ HOẠCH\r\nPhòng, chống thiên tai năm 2026\r\n"
    "I. MỤC ĐÍCH, YÊU CẦU\r\nChủ động ứng phó, giảm thiệt hại về người và tài sản.\r\n"
    "II. NHIỆM VỤ CỤ THỂ\r\n"
    "TT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\r\n"
    "1\tRà soát phương án ứng phó bão\tSở Nông nghiệp và Môi trường\tCông an tỉnh\r\n"
    "Sở Xây dựng\tQuý II/2026\r\n"
    "2\tDiễn tập cứu hộ cứu nạn\tBộ Chỉ huy Quân sự tỉnh\tSở Y tế\tTháng 6/2026\r\n"
    "III. TỔ CHỨC THỰC HIỆN\r\nCác cơ quan triển khai theo phân công tại Kế hoạch này.\r\n"
    "Nơi nhận:\r\n- Như trên;\r\n- Lưu: VT.\tTM. ỦY BAN NHÂN DÂN\r\nCHỦ TỊCH\r\n\r\n\r\n"
    "Trần Văn Bình\r\n"
)


def test_a_whole_plan_saved_as_plain_text_by_word_reads_its_tables() -> None:
    """Word's plain-text save of a plan: the header's layout table (issuer | motto) as tab
    rows, the task table too, the closing's one row of many paragraphs a cell broken over its
    lines with one tab between the last recipient and the signature's first line."""
    plan = parse_bytes(WORD_PLAIN_TEXT.encode(), "plan.txt")
    header = header_of(plan)
    assert (header.issuer, header.number, header.place, header.issued) == (
        "Ủy ban nhân dân tỉnh Bình Minh",
        "112/KH-UBND",
        "Bình Minh",
        "2026-02-20",
    )
    assert header.signer is not None
    assert (header.signer.name, header.signer.position) == ("Trần Văn Bình", "Chủ tịch")
    names = {unit.id: unit.name for unit in plan.units}
    assert [
        (t.text, [names[i] for i in t.lead], [names[i] for i in t.cooperating]) for t in plan.tasks
    ] == [
        (
            "Rà soát phương án ứng phó bão",
            ["Sở Nông nghiệp và Môi trường"],
            ["Công an tỉnh", "Sở Xây dựng"],
        ),
        ("Diễn tập cứu hộ cứu nạn", ["Bộ Chỉ huy Quân sự tỉnh"], ["Sở Y tế"]),
    ]
    assert [d.text for d in plan.deadlines] == ["Quý II/2026", "Tháng 6/2026"]


GRID_LAYOUT = """+-----------------------+--------------------------------------+
| ỦY BAN NHÂN DÂN       | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM   |
|                       |                                      |
| TỈNH BÌNH MINH        | Độc lập - Tự do - Hạnh phúc          |
+-----------------------+--------------------------------------+
| Số: 112/KH-UBND       | Bình Minh, ngày 20 tháng 2 năm 2026  |
+-----------------------+--------------------------------------+

KẾ HOẠCH

Phòng, chống thiên tai năm 2026

I. TỔ CHỨC THỰC HIỆN

Sở Y tế chủ trì tập huấn cho cán bộ y tế cơ sở.

+-----------------------+--------------------------------------+
| **Nơi nhận:**         | **TM. ỦY BAN NHÂN DÂN**              |
|                       |                                      |
| \\- Như trên;          | **CHỦ TỊCH**                         |
|                       |                                      |
| \\- Lưu: VT.           | Trần Văn Bình                        |
+-----------------------+--------------------------------------+
"""


@pytest.mark.parametrize("joined", [False, True], ids=["paragraphs", "lines-run-on"])
def test_the_header_and_closing_as_grid_layout_tables_read_by_block(joined: bool) -> None:
    """pandoc prints the header's and the closing's layout tables as grid tables: their cells
    go to the header and footer blocks, a cell's paragraphs apart or its lines run on."""
    text = GRID_LAYOUT.replace("|                       |" + " " * 38 + "|\n", "", 1)
    assert text.count("\n") == GRID_LAYOUT.count("\n") - 1
    plan = parse_bytes((text if joined else GRID_LAYOUT).encode(), "plan.md")
    header = header_of(plan)
    assert (header.issuer, header.number, header.place, header.issued) == (
        "Ủy ban nhân dân tỉnh Bình Minh",
        "112/KH-UBND",
        "Bình Minh",
        "2026-02-20",
    )
    assert header.signer is not None
    assert (header.signer.name, header.signer.position) == ("Trần Văn Bình", "Chủ tịch")
    assert [unit.name for unit in plan.units] == ["Sở Y tế"]
