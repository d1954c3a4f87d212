"""A page's ruled tables from pdfium's own path objects: the lines and rectangles a table is drawn
with, read as pdfminer reads a path, handed to pdfplumber's table finder as pdfplumber's edges.

pdfplumber finds the same tables from its own page parse (pdfminer interprets the whole page,
characters included), which costs a hundred times more than reading the page's paths through
pdfium, already open for the text layer. The shapes follow pdfminer's reading of a painted path
(`PDFLayoutAnalyzer.paint_path`): each subpath on its own; one segment is a line, four sides
parallel to the axes and closed a rectangle, anything else a curve (its points joined); and
pdfplumber's own functions turn them into edges and the edges into tables, so that the cells are
pdfplumber's, but for pdfium reading the numbers as single precision (cells' corners within
a ten-thousandth of a point). A page whose geometry pdfminer and pdfium read apart (rotated, or
its box not at the origin) has no edges here: `None`, and the caller asks pdfplumber.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable, Iterator
from itertools import repeat
from typing import Any, cast

from plan_extract.read.pdf.bare_calls import bare, per_item, pointer_to

Matrix = tuple[float, float, float, float, float, float]  # a, b, c, d, e, f as in PDF
Point = tuple[float, float]
Box = tuple[float, float, float, float]  # x0, top, x1, bottom
Edge = dict[str, Any]  # pdfplumber's edge: x0, x1, top, bottom, width, height, orientation ...

_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_MOVE, _BEZIER = 2, 1  # FPDF_SEGMENT_MOVETO, FPDF_SEGMENT_BEZIERTO
_PATH, _FORM = 2, 5  # FPDF_PAGEOBJ_PATH, FPDF_PAGEOBJ_FORM
_MAX_DEPTH = 8  # forms within forms followed this deep


def page_edges(pdf_page: Any) -> list[Edge] | None:
    """The page's edges as pdfplumber's `page.edges` lists them (lines, then rectangles' sides,
    then curves' segments, each kind in drawing order); None for a page pdfium measures
    otherwise than pdfminer (rotated, or a box not at the origin)."""
    import pypdfium2.raw as pdfium_c

    page = pdf_page.raw
    height = float(pdf_page.get_height())
    if not _plain(page, float(pdf_page.get_width()), height):
        return None
    lines: list[list[Point]] = []
    rects: list[list[Point]] = []
    curves: list[list[Point]] = []
    get_object = per_item("FPDFPage_GetObject", ctypes.c_void_p)
    handle = pointer_to(page)
    count = pdfium_c.FPDFPage_CountObjects(page)
    objects = [get_object(handle, index) for index in range(max(count, 0))]
    for points, shape in _shapes(objects, _IDENTITY, 0):
        kind = _kind(shape, points)
        if kind == "line":
            lines.append(points[:2])
        elif kind == "rect":
            rects.append([points[0], points[2]])
        else:
            curves.append(points)
    return _edges(lines, rects, curves, height)


def find_tables(edges: list[Edge]) -> list[Any]:
    """pdfplumber's tables of a page whose edges are `edges`, with its default settings (as
    `page.find_tables()`): the finder reads nothing of the page but its edges."""
    from pdfplumber.table import (
        Table,
        TableFinder,
        TableSettings,
        cells_to_tables,
        edges_to_intersections,
        intersections_to_cells,
    )

    page = cast(Any, _Edges(edges))  # typed as pdfplumber's Page, of which it reads `edges`
    settings = TableSettings.resolve(None)
    # `TableFinder.__init__` step by step, its cells found by `_cells`: `get_edges` reads
    # nothing of the finder but its page and settings
    finder = TableFinder.__new__(TableFinder)
    finder.page, finder.settings = page, settings
    corners = edges_to_intersections(
        finder.get_edges(), settings.intersection_x_tolerance, settings.intersection_y_tolerance
    )
    finite = all(x == x and y == y for x, y in corners)  # no NaN (equal to nothing, itself)
    cells = _cells(corners) if finite else intersections_to_cells(corners)
    return [Table(page, group) for group in cells_to_tables(cells)]


def _cells(corners: dict[Point, dict[str, list[Edge]]]) -> list[Box]:
    """pdfplumber's `intersections_to_cells`, the same cells in the same order, without its
    cost: each corner's edges' boxes made once (pdfplumber makes them again at each of its
    tests), and the corners below and to the right of one taken from its column and its row
    (pdfplumber looks through all the corners after it in order for them)."""
    from pdfplumber.utils.geometry import bbox_getter

    points = sorted(corners)
    verticals = {point: frozenset(map(bbox_getter, corners[point]["v"])) for point in points}
    horizontals = {point: frozenset(map(bbox_getter, corners[point]["h"])) for point in points}
    columns: dict[float, list[Point]] = {}
    rows: dict[float, list[Point]] = {}
    for point in points:  # in order: a column's corners downwards, a row's rightwards
        columns.setdefault(point[0], []).append(point)
        rows.setdefault(point[1], []).append(point)
    place = {point: index for group in columns.values() for index, point in enumerate(group)}
    rank = {point: index for group in rows.values() for index, point in enumerate(group)}

    def connects(one: Point, other: Point) -> bool:
        if one[0] == other[0] and not verticals[one].isdisjoint(verticals[other]):
            return True
        return one[1] == other[1] and not horizontals[one].isdisjoint(horizontals[other])

    cells: list[Box] = []
    for point in points[:-1]:
        below = columns[point[0]][place[point] + 1 :]
        right = rows[point[1]][rank[point] + 1 :]
        cell = _smallest(point, below, right, corners, connects)
        if cell is not None:
            cells.append(cell)
    return cells


def _smallest(
    point: Point,
    below: list[Point],
    right: list[Point],
    corners: dict[Point, Any],
    connects: Callable[[Point, Point], bool],
) -> Box | None:
    """pdfplumber's `find_smallest_cell` from the corners below and to the right of `point`."""
    for under in below:
        if not connects(point, under):
            continue
        for beside in right:
            if not connects(point, beside):
                continue
            corner = (beside[0], under[1])
            if corner in corners and connects(corner, beside) and connects(corner, under):
                return (point[0], point[1], corner[0], corner[1])
    return None


class _Edges:
    """What pdfplumber's `TableFinder` reads of a page with the default ("lines") settings."""

    def __init__(self, edges: list[Edge]) -> None:
        self.edges = edges


def _plain(page: Any, width: float, height: float) -> bool:
    """Not rotated, and its media box is its bounding box, from the origin."""
    import pypdfium2.raw as pdfium_c

    if pdfium_c.FPDFPage_GetRotation(page) != 0:
        return False
    box = [ctypes.c_float() for _ in range(4)]
    if not pdfium_c.FPDFPage_GetMediaBox(page, *(ctypes.byref(side) for side in box)):
        return False
    left, bottom, right, top = (side.value for side in box)
    return (left, bottom) == (0.0, 0.0) and (right - left, top - bottom) == (width, height)


def _shapes(objects: list[int], outer: Matrix, depth: int) -> Iterator[tuple[list[Point], str]]:
    """Each subpath of the painted paths among `objects` (forms' objects included), in drawing
    order: its points on the page (y upwards) and its shape, one letter a point as pdfminer
    writes it (`m` move, `l` line, `c` curve, `h` close)."""
    import pypdfium2.raw as pdfium_c

    get_type = bare("FPDFPageObj_GetType", ctypes.c_int, ctypes.c_void_p)
    get_matrix = bare("FPDFPageObj_GetMatrix", ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
    draw_mode = bare(
        "FPDFPath_GetDrawMode", ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p
    )
    matrix = pdfium_c.FS_MATRIX()
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    at_matrix, at_fill, at_stroke = map(ctypes.addressof, (matrix, fill, stroke))
    for handle in objects:
        kind = get_type(handle)
        if kind not in (_PATH, _FORM):
            continue
        if not get_matrix(handle, at_matrix):
            continue
        own = _times((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), outer)
        if kind == _FORM:
            if depth < _MAX_DEPTH:
                yield from _shapes(_form_objects(handle), own, depth + 1)
            continue
        draw_mode(handle, at_fill, at_stroke)
        if fill.value or stroke.value:  # a path neither filled nor stroked paints nothing
            yield from _subpaths(handle, own)


def _form_objects(form: int) -> list[int]:
    get = bare("FPDFFormObj_GetObject", ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong)
    count = bare("FPDFFormObj_CountObjects", ctypes.c_int, ctypes.c_void_p)(form)
    return [get(form, index) for index in range(max(count, 0))]


def _times(inner: Matrix, outer: Matrix) -> Matrix:
    """`inner` then `outer`, as pdfminer's `mult_matrix(inner, outer)`."""
    a1, b1, c1, d1, e1, f1 = inner
    a0, b0, c0, d0, e0, f0 = outer
    return (
        a0 * a1 + c0 * b1,
        b0 * a1 + d0 * b1,
        a0 * c1 + c0 * d1,
        b0 * c1 + d0 * d1,
        a0 * e1 + c0 * f1 + e0,
        b0 * e1 + d0 * f1 + f0,
    )


def _subpaths(path: int, matrix: Matrix) -> Iterator[tuple[list[Point], str]]:
    """The path's subpaths. pdfium keeps a Bézier segment as three points (two control points,
    then its end), and closes a subpath by a line back to its start marked closed (or by the
    mark alone on a point already there), where pdfminer has one `h`."""
    types, closes, points = _segments(path, matrix)
    start: Point = (0.0, 0.0)
    shape: list[str] = []
    kept: list[Point] = []
    index = 0
    while index < len(types):
        kind = types[index]
        if kind == _BEZIER:
            index += 2  # to the curve's end point
        point, closed = points[index], closes[index]
        index += 1
        if kind == _MOVE:
            if shape:
                yield kept, "".join(shape)
            start, shape, kept = point, [], []
        letter = "m" if kind == _MOVE else "c" if kind == _BEZIER else "l"
        if closed and letter == "l" and point == start:
            shape.append("h")
        else:
            shape.append(letter)
            if closed:
                kept.append(point)
                point = start
                shape.append("h")
        kept.append(point)
    if shape:
        yield kept, "".join(shape)


def _segments(path: int, matrix: Matrix) -> tuple[list[int], list[int], list[Point]]:
    """The path's segments' types, closing marks and points on the page, each a list."""
    import numpy

    count = bare("FPDFPath_CountSegments", ctypes.c_int, ctypes.c_void_p)(path)
    if count <= 0:
        return [], [], []
    get = per_item("FPDFPath_GetPathSegment", ctypes.c_void_p)
    segments = list(map(get, repeat(pointer_to(path), count), range(count)))
    types = list(map(bare("FPDFPathSegment_GetType", ctypes.c_int, ctypes.c_void_p), segments))
    closes = list(map(bare("FPDFPathSegment_GetClose", ctypes.c_int, ctypes.c_void_p), segments))
    point = bare(
        "FPDFPathSegment_GetPoint", ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p
    )
    buffer = numpy.zeros(2 * count, dtype=numpy.float32)  # x, y: floats (`bare_calls`)
    first = buffer.ctypes.data
    end = first + 8 * count
    list(map(point, segments, range(first, end, 8), range(first + 4, end, 8)))
    values = buffer.tolist()
    a, b, c, d, e, f = matrix
    xs, ys = values[0::2], values[1::2]
    on_page = [(a * x + c * y + e, b * x + d * y + f) for x, y in zip(xs, ys, strict=True)]
    return types, closes, on_page


def _kind(shape: str, points: list[Point]) -> str:
    """pdfminer's reading of a subpath: "line", "rect" or "curve"; `points` loses the closing
    line's end where pdfminer drops it (a line back to the start before `h`)."""
    if len(shape) > 3 and shape.endswith("lh") and points[-2] == points[0]:
        shape = shape[:-2] + "h"
        points.pop()
    if shape in ("mlh", "ml"):
        return "line"
    if shape in ("mlllh", "mllll") and points[0] == points[4]:
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = points
        if (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
            y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
        ):
            return "rect"
    return "curve"


def _edges(
    lines: list[list[Point]], rects: list[list[Point]], curves: list[list[Point]], height: float
) -> list[Edge]:
    """pdfplumber's edges of the shapes, made by pdfplumber's own functions from the objects
    as its page parse describes them (y downwards from the page's top)."""
    from pdfplumber.utils.geometry import curve_to_edges, line_to_edge, rect_to_edges

    edges = [line_to_edge(_object("line", points, height)) for points in lines]
    for points in rects:
        edges += rect_to_edges(_object("rect", points, height))
    for points in curves:
        edges += curve_to_edges(_object("curve", points, height))
    return edges


def _object(kind: str, points: list[Point], height: float) -> dict[str, Any]:
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    top = height - y1
    return {
        "object_type": kind,
        "x0": x0,
        "x1": x1,
        "y0": y0,
        "y1": y1,
        "top": top,
        "bottom": height - y0,
        "doctop": top,
        "width": x1 - x0,
        "height": y1 - y0,
        "pts": [(x, height - y) for x, y in points],
    }
