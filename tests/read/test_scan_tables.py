"""Ruled tables on a scanned page (read/pdf/scan_tables): found in the page's image, straightened
first, their rules erased before OCR; a page without one read as before. The end-to-end test
reads a scanned page with Tesseract."""

from __future__ import annotations

import io
import itertools
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from plan_extract.read import read_bytes
from plan_extract.read.pdf.scan_tables import ruled_page, tilt

DPI = 200
SCALE = DPI / 72
FONT = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")
ROWS = [
    ("Chỉ tiêu", "ĐVT", "Năm 2026", "Năm 2027"),
    ("Diện tích chè", "ha", "6.500", "6.700"),
    ("Sản lượng chè búp tươi", "tấn", "64.213", "66.456"),
]
WIDTHS = (520, 180, 260, 260)
ROW_HEIGHT = 70


def _page(
    *, turned: float = 0.0, ruled: bool = True, slope: int = 0, rule: int = 3, pale: int = 0
) -> Image.Image:
    """An A4 page at 200 dpi: a paragraph, and a table of `ROWS` drawn with rules (or without:
    the same text set in columns), turned by `turned` degrees; the rules drawn `slope` pixels
    out of true across the table (a tilt the text's rows do not show); the lower half of each
    vertical rule in the grey `pale` (a hairline falling between two pixels)."""
    page = Image.new("L", (1654, 2339), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONT), 34)
    draw.text((200, 200), "Bảng 1. Chỉ tiêu phát triển vùng nguyên liệu chè", font=font, fill=0)
    top, left = 320, 200
    if ruled:
        for row in range(len(ROWS) + 1):
            y = top + row * ROW_HEIGHT
            draw.line((left, y, left + sum(WIDTHS), y + slope), fill=0, width=rule)
        x = left
        for width in (0, *WIDTHS):
            x += width
            bottom = top + len(ROWS) * ROW_HEIGHT
            draw.line(
                (x, top, x - slope * (bottom - top) // sum(WIDTHS), bottom), fill=0, width=rule
            )
            if pale:
                draw.line((x, (top + bottom) // 2, x, bottom), fill=pale, width=rule)
    for row_index, row in enumerate(ROWS):
        x = left
        for width, text in zip(WIDTHS, row, strict=True):
            draw.text((x + 12, top + row_index * ROW_HEIGHT + 15), text, font=font, fill=0)
            x += width
    return page.rotate(turned, fillcolor=255) if turned else page


def _pdf(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PDF", resolution=DPI)
    return out.getvalue()


@pytest.mark.parametrize("turned", [0.0, 1.2, -0.7])
def test_a_ruled_table_is_found_on_a_tilted_page_with_its_rows_and_columns(turned: float) -> None:
    tables, image = ruled_page(_page(turned=turned), SCALE)
    assert len(tables) == 1
    (x0, top, x1, bottom), rows = tables[0]
    assert [len(row) for row in rows] == [4, 4, 4]
    assert x1 - x0 == pytest.approx(sum(WIDTHS) / SCALE, abs=3)
    assert bottom - top == pytest.approx(len(ROWS) * ROW_HEIGHT / SCALE, abs=3)
    assert abs(tilt(image)) <= 0.1  # the page OCR reads is straightened


def test_rules_a_tilt_steps_from_row_to_row_are_whole_rules() -> None:
    """Straightened by its print, a page may keep its rules a little out of true (0.4°: eight
    rows across the table); each rule is still one, and the table whole."""
    tables, _ = ruled_page(_page(slope=8, rule=1), SCALE)
    assert len(tables) == 1
    assert [len(row) for row in tables[0][1]] == [4, 4, 4]


def test_a_hairline_rule_pale_where_it_falls_between_two_pixels_is_still_a_rule() -> None:
    """A one-pixel rule the scanner tilted and the reader straightened is grey, paler than
    print, where it falls between two pixels: its columns are found all the same."""
    tables, _ = ruled_page(_page(rule=1, pale=185), SCALE)
    assert len(tables) == 1
    assert [len(row) for row in tables[0][1]] == [4, 4, 4]


def _two_row_header(cut: int) -> Image.Image:
    """A table whose header takes two rows (`TT`, `Chỉ tiêu`, `ĐVT` spanning both, `Giai đoạn
    2026 - 2030` spanning `Năm 2026 | Năm 2027` under it), one body row; the top rule cut by
    a white gap of `cut` pixels near its left end, as a speck or a pale stretch cuts it."""
    page = Image.new("L", (1654, 2339), 255)
    draw = ImageDraw.Draw(page)
    widths, left, top = (120, 420, 160, 260, 260), 200, 320
    xs = [left + sum(widths[:index]) for index in range(len(widths) + 1)]
    ys = [top + row * ROW_HEIGHT for row in range(4)]
    draw.line((xs[0], ys[0], xs[-1], ys[0]), fill=0, width=3)
    draw.line((xs[3], ys[1], xs[-1], ys[1]), fill=0, width=3)  # under the spanning cell only
    for y in ys[2:]:
        draw.line((xs[0], y, xs[-1], y), fill=0, width=3)
    for index, x in enumerate(xs):
        draw.line((x, ys[1] if index == 4 else ys[0], x, ys[-1]), fill=0, width=3)
    if cut:
        draw.rectangle((xs[0] + 60, ys[0] - 3, xs[0] + 60 + cut, ys[0] + 3), fill=255)
    return page


@pytest.mark.parametrize("cut", [0, 2])
def test_a_rule_under_a_header_cell_spanning_columns_does_not_cross_the_cells_beside_it(
    cut: int,
) -> None:
    """The rule under `Giai đoạn 2026 - 2030` stops where that cell does: `TT`, `Chỉ tiêu` and
    `ĐVT` stay one cell each over both header rows, and the spanning cell is one over its two
    columns; a top rule whose left end a gap cut off is drawn out to the table's border."""
    tables, _ = ruled_page(_two_row_header(cut), SCALE)
    assert len(tables) == 1
    (x0, top, _, _), rows = tables[0]
    assert len(rows) == 3
    first, second = rows[0], rows[1]
    assert first[0] is not None and first[0][:2] == pytest.approx((x0, top), abs=1)
    for cell in first[:3]:  # each spans both header rows
        assert cell is not None
        assert cell[3] - cell[1] == pytest.approx(2 * ROW_HEIGHT / SCALE, abs=2)
    spanning = first[3]
    assert spanning is not None
    assert spanning[2] - spanning[0] == pytest.approx(520 / SCALE, abs=2)
    assert second[:3] == [None, None, None]
    assert all(cell is not None for cell in second[3:])


def test_the_tilt_is_the_turn_that_straightens_the_page() -> None:
    assert tilt(_page(turned=1.5)) == pytest.approx(-1.5, abs=0.15)
    assert tilt(_page(turned=-2.0)) == pytest.approx(2.0, abs=0.15)


def test_the_rules_are_erased_from_the_page_ocr_reads() -> None:
    page = _page(turned=0.8)
    _, image = ruled_page(page, SCALE)
    dark = sum(image.histogram()[:160])
    assert dark < 0.6 * sum(page.histogram()[:160])  # rules gone, print kept
    assert dark > 0.2 * sum(page.histogram()[:160])


def test_a_page_of_text_in_columns_without_rules_has_no_table_and_is_read_as_it_is() -> None:
    page = _page(turned=0.5, ruled=False)
    tables, image = ruled_page(page, SCALE)
    assert tables == [] and image is page


def test_a_scanned_ruled_table_reads_as_rows_of_cells() -> None:
    doc = read_bytes(_pdf(_page(turned=1.0)), "scan.pdf")
    rows = [line.cells for line in doc.lines if line.cells is not None]
    assert rows == [tuple(row) for row in ROWS]
    assert any("Bảng 1" in line.text for line in doc.lines if line.cells is None)


def test_a_page_that_cannot_have_a_rule_is_neither_turned_nor_searched(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The text without the table's rules: no run of dark pixels is long enough for a rule at
    any tilt looked for, so the page is not turned (no tilt looked for either) and is read as
    it is; the same page with its rules is turned and its table found."""
    from plan_extract.read.pdf import scan_tables

    def no_tilt(image: Image.Image) -> float:
        raise AssertionError("a page without rules was turned")

    page = _page(turned=0.5, ruled=False)
    assert not scan_tables.may_have_rules(page, scan_tables.MAX_TILT)
    with monkeypatch.context() as patch:
        patch.setattr(scan_tables, "tilt", no_tilt)
        assert ruled_page(page, SCALE) == ([], page)
    assert scan_tables.may_have_rules(_page(turned=0.5), scan_tables.MAX_TILT)
    assert len(ruled_page(_page(turned=0.5), SCALE)[0]) == 1


def test_a_faint_pixel_turned_as_the_page_is_turned_is_never_dark() -> None:
    """The bound `may_have_rules` stands on: PIL's bicubic turn of pixels all at FAINT or
    paler gives none darker than DARK, whatever the pattern (the negative weights at their
    most: stripes and checks of FAINT and white) and the angle within the tilt looked for."""
    import numpy

    from plan_extract.read.pdf.scan_tables import DARK, FAINT, MAX_TILT

    rows, columns = numpy.mgrid[0:48, 0:48]
    darkest = 255
    for width, height in itertools.product((1, 2, 3), (1, 2, 3)):
        checks = ((columns // width) + (rows // height)) % 2 == 0
        pixels = numpy.where(checks, FAINT, 255).astype(numpy.uint8)
        for angle in numpy.linspace(-MAX_TILT, MAX_TILT, 13):
            turned = Image.fromarray(pixels).rotate(
                float(angle), resample=Image.Resampling.BICUBIC, fillcolor=255
            )
            darkest = min(darkest, int(numpy.asarray(turned).min()))
    assert DARK <= darkest < FAINT  # the bound holds, and is near: the turn does darken


@pytest.mark.parametrize("angle", [-3.0, -1.7, 0.0, 0.9, 3.0])
def test_a_rule_found_on_the_turned_page_is_never_ruled_out(angle: float) -> None:
    """Rules from the least length a rule has (1/12 of the page's width, 141 pixels) to most
    of the page, black and grey, solid and dashed, tilted as far as a tilt is looked for:
    wherever `_horizontal_rules` finds one on the page turned, `may_have_rules` says the page
    may have one (at that angle and at any within the tilt looked for)."""
    import numpy

    from plan_extract.read.pdf import scan_tables

    found = 0
    for length, grey, gap, width in itertools.product(
        (140, 141, 300, 1400), (0, 150), (0, 1, 4), (1, 2)
    ):
        page = Image.new("L", (1700, 300), 255)
        draw = ImageDraw.Draw(page)
        for x in range(150, 150 + length, 10 + gap):
            draw.line((x, 150, min(x + 9, 150 + length), 150), fill=grey, width=width)
        page = page.rotate(-angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
        turned = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
        if scan_tables._horizontal_rules(numpy.asarray(turned) < scan_tables.DARK):
            found += 1
            assert scan_tables.may_have_rules(page, angle), (length, grey, gap)
            assert scan_tables.may_have_rules(page, scan_tables.MAX_TILT), (length, grey, gap)
    assert found >= 6  # the solid rules at least
