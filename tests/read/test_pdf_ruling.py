"""A page's ruled tables from pdfium's path objects (`ruling`) are pdfplumber's, found from its
own page parse: the same edges for each way a path can be drawn, the same cells on the corpus
plans' table pages, and pdfplumber itself where pdfium measures a page otherwise."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from io import BytesIO
from itertools import pairwise
from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
import pytest
from tests.files_helpers import make_pdf, serialize_pdf

from plan_extract.read.options import ReadOptions
from plan_extract.read.pdf.reader import PdfReader
from plan_extract.read.pdf.ruling import find_tables, page_edges

REAL = Path(__file__).resolve().parents[2] / "corpus/plans/real"
# pdfium reads a path's numbers in single precision, pdfminer in double
TOLERANCE = 1e-3


@contextmanager
def both(data: bytes) -> Iterator[tuple[Any, Any]]:
    document = pdfium.PdfDocument(data)
    plumber = pdfplumber.open(BytesIO(data))
    try:
        yield document, plumber
    finally:
        plumber.close()
        document.close()


def _near(ours: object, theirs: object) -> bool:
    if isinstance(ours, list | tuple) and isinstance(theirs, list | tuple):
        return len(ours) == len(theirs) and all(map(_near, ours, theirs))
    if isinstance(ours, float | int) and isinstance(theirs, float | int):
        return abs(ours - theirs) <= TOLERANCE
    return ours == theirs


def _edges(edges: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    keys = ("object_type", "orientation", "x0", "x1", "top", "bottom", "width", "height")
    return [tuple(edge[key] for key in keys) for edge in edges]


def _cells(tables: list[Any]) -> list[tuple[Any, ...]]:
    return [(table.bbox, [list(row.cells) for row in table.rows]) for table in tables]


FORM = b"q 1 0 0 1 0 0 cm 100 500 m 300 500 l S 100 450 200 30 re S Q"
DRAWINGS = {
    "rectangles stroked and filled": b"72 600 200 100 re S 72 500 200 0.5 re f 30 50 0.5 80 re f",
    "single lines, closed or not": b"72 700 m 500 700 l S 72 650 m 72 400 l h S",
    "a rectangle drawn as lines": b"72 300 m 272 300 l 272 200 l 72 200 l h S",
    "a rectangle closed by its fourth line": b"72 300 m 272 300 l 272 200 l 72 200 l 72 300 l S",
    "a closed rectangle with its closing line": b"30 30 m 40 30 l 40 20 l 30 20 l 30 30 l h f",
    "several subpaths in one path": b"72 100 m 300 100 l 72 90 m 300 90 l 72 80 200 5 re S",
    "a curve and a polyline": b"400 700 m 450 750 500 750 550 700 c S 40 60 m 45 65 l 50 60 l S",
    "a path painted with nothing": b"72 100 300 30 re n 72 10 30 30 re W n 90 120 m 200 120 l S",
    "transformed": b"q 0.5 0 0 0.75 20 30 cm 72 600 200 100 re S 72 500 m 300 500 l S Q",
}


def _page_pdf(content: bytes, *, form: bytes = b"", box: str = "0 0 612 792") -> bytes:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"]
    resources = b"<< /XObject << /X1 5 0 R >> >>" if form else b"<< >>"
    objects.append(
        b"<< /Type /Page /Parent 2 0 R /MediaBox [%s] /Contents 4 0 R /Resources %s >>"
        % (box.encode(), resources)
    )
    objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
    if form:
        objects.append(
            b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Matrix [0.8 0 0 0.9 30 40]"
            b" /Length %d >>\nstream\n%s\nendstream" % (len(form), form)
        )
    return serialize_pdf(objects, 1)


@pytest.mark.parametrize("drawing", sorted(DRAWINGS))
def test_each_way_of_drawing_gives_pdfplumbers_edges(drawing: str) -> None:
    with both(_page_pdf(DRAWINGS[drawing])) as (document, plumber):
        ours = page_edges(document[0])
        assert ours is not None
        assert _near(_edges(ours), _edges(plumber.pages[0].edges))
        assert ours or drawing == "a path painted with nothing"


def test_rules_inside_a_form_are_placed_by_its_matrix_and_the_page_s() -> None:
    data = _page_pdf(b"q 1 0 0 1 10 -20 cm /X1 Do Q 72 80 m 300 80 l S", form=FORM)
    with both(data) as (document, plumber):
        ours = page_edges(document[0])
        assert ours is not None and len(ours) == 6
        assert _near(_edges(ours), _edges(plumber.pages[0].edges))


TABLE_PAGES = [
    ("kh-ubnd-310-31786b0833a4130d.rendered.pdf", [9, 10, 11]),
    ("laocai-1105-kh-dkt-2026.pdf", [3, 4, 5]),
]


@pytest.mark.parametrize(("name", "pages"), TABLE_PAGES)
def test_the_corpus_plans_tables_have_pdfplumbers_cells(name: str, pages: list[int]) -> None:
    widths = []
    with both((REAL / name).read_bytes()) as (document, plumber):
        for index in pages:
            edges = page_edges(document[index])
            assert edges is not None
            ours, theirs = _cells(find_tables(edges)), _cells(plumber.pages[index].find_tables())
            assert theirs and _near(ours, theirs), (name, index)
            widths += [len(row) for _, rows in theirs for row in rows]
    assert max(widths) >= 4


def _ruled_page(**options: Any) -> bytes:
    columns = list(pairwise([72.0, 250.0, 450.0]))
    rules = [(x0, 500.0, x1, 540.0) for x0, x1 in columns]
    rules += [(x0, 460.0, x1, 500.0) for x0, x1 in columns]
    words = [(80.0, 700.0 - 14 * n, "Noi dung cua ke hoach nam nay", "F1") for n in range(3)]
    cells = [(80.0, 515.0, "Nhiem vu", "F1"), (260.0, 515.0, "Don vi", "F1")]
    return make_pdf([words + cells], rules=[rules], **options)


@pytest.mark.parametrize("change", ["rotated", "box off the origin"])
def test_a_page_pdfium_measures_otherwise_is_left_to_pdfplumber(change: str) -> None:
    document = pdfium.PdfDocument(_ruled_page())
    page = document[0]
    if change == "rotated":
        page.set_rotation(90)
    else:
        page.set_mediabox(10, 20, 622, 812)
    out = BytesIO()
    document.save(out)
    assert page_edges(page) is None
    reader = PdfReader(out.getvalue(), ReadOptions(ocr="never"))
    text = reader.page_text(0)
    assert text.ruled and text.edges is None
    tables = reader.tables(0, text.words, text)
    assert reader._plumber is not None  # pdfplumber's page parse found them
    assert [len(row) for _, rows in tables for row in rows] == [2, 2]
    reader.close()


def test_a_plain_page_s_tables_need_no_pdfplumber_page() -> None:
    reader = PdfReader(_ruled_page(), ReadOptions(ocr="never"))
    text = reader.page_text(0)
    assert text.ruled and text.edges
    tables = reader.tables(0, text.words, text)
    assert [len(row) for _, rows in tables for row in rows] == [2, 2]
    assert reader._plumber is None
    reader.close()


def _finders_tables(edges: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """pdfplumber's own `TableFinder` on the edges, as `find_tables` ran it before."""
    from pdfplumber.table import TableFinder, TableSettings

    page: Any = type("EdgesOnly", (), {"edges": edges})()
    return _cells(list(TableFinder(page, TableSettings.resolve(None)).tables))


def test_the_cells_are_pdfplumbers_on_every_ruled_page_of_the_rendered_plans() -> None:
    """`ruling._cells` stands for pdfplumber's `intersections_to_cells`: exactly the same
    tables (boxes, rows, cells; no tolerance) on each ruled page of the plans rendered from
    Word."""
    compared = 0
    for path in sorted(REAL.glob("*.rendered.pdf")):
        document = pdfium.PdfDocument(path)
        for page in document:
            edges = page_edges(page)
            if edges:
                ours = _cells(find_tables(edges))
                assert ours == _finders_tables(edges), (path.name, compared)
                compared += bool(ours)
        document.close()
    assert compared >= 10


def _grid_edges(seed: int) -> list[dict[str, Any]]:
    """Rules of a random grid: some inner rules cut short (merged cells), some broken off
    between two rows, some missing, a few stray ones, and a second table beside the first."""
    import random

    from pdfplumber.utils.geometry import line_to_edge

    rng = random.Random(seed)
    edges = []
    for left in (50.0, 400.0):
        xs = sorted({left + rng.choice([0, 20, 35, 60, 90, 120, 150]) for _ in range(5)} | {left})
        ys = sorted({100.0 + 18 * rng.randrange(25) for _ in range(8)} | {100.0})
        for x in xs:
            top, bottom = (ys[0], ys[-1]) if x in (xs[0], xs[-1]) else rng.sample(ys, 2)
            top, bottom = min(top, bottom), max(top, bottom)
            inside = [y for y in ys if top < y < bottom]
            if len(inside) >= 2 and rng.random() < 0.4:  # a rule broken off between two rows
                cut, resumed = sorted(rng.sample(inside, 2))
                edges += [(x, top, x, cut), (x, resumed, x, bottom)]
            elif x in (xs[0], xs[-1]) or rng.random() < 0.8:
                edges.append((x, top, x, bottom))
        for y in ys:
            one, two = (xs[0], xs[-1]) if rng.random() < 0.7 else rng.sample(xs, 2)
            edges.append((min(one, two), y, max(one, two), y))
    edges += [(rng.uniform(0, 600), 50.0, rng.uniform(0, 600), 50.0) for _ in range(2)]
    lines = [
        {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "pts": [(x0, top), (x1, bottom)]}
        for x0, top, x1, bottom in edges
    ]
    for line in lines:
        line |= {"doctop": line["top"], "width": line["x1"] - line["x0"], "object_type": "line"}
        line |= {"height": line["bottom"] - line["top"]}
    return [line_to_edge(line) for line in lines]


@pytest.mark.parametrize("seed", range(40))
def test_the_cells_are_pdfplumbers_on_random_grids(seed: int) -> None:
    edges = _grid_edges(seed)
    assert _cells(find_tables(edges)) == _finders_tables(edges)
