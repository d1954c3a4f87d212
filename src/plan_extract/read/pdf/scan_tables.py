"""Ruled tables on a scanned page, found in its image (numpy), their cells made by pdfplumber's
own table finder from the rules found, as for a text layer's drawn rules.

A scan is tilted: the page is straightened first, by the turn that makes its rows most unequal
in print (a projection profile). A rule is a run of dark pixels on one row far longer than any
stroke of print (`MIN_RULE_SHARE` of the page's width), looked for in bands of three rows: a
tilt left after straightening steps a rule from one row to the next, and its pieces are one
rule. Between two rules one above the other, a column is a vertical rule where the band between
them (as wide as both) is dark over nearly its whole height (`MIN_COLUMN_DARK`; dark here as
a hairline is, paler than print: `RULE_GREY`), looked for in columns five pixels wide for the
same reason: print never fills a row's height in one column, so letters are not taken for
rules. The rules become pdfplumber's edges; its intersections, cells
and tables follow (merged cells included). A table needs two rows and two columns. A page with
one is read by OCR straightened and with its rules erased; a page without one as before.
"""

from __future__ import annotations

import itertools
import math
from typing import Any, cast

from plan_extract.read.pdf.cells import Box, Table

DARK = 160  # grey level below which a pixel is print (a grey page's paper is above it)
RULE_GREY = 200  # grey level below which a pixel may be part of a vertical rule
FAINT = 200  # grey level at or above which a pixel turns no darker than DARK (`may_have_rules`)
MIN_RULE_SHARE = 1 / 12  # a rule's least length, as a share of the page's width
MIN_COLUMN_DARK = 0.9  # the share of a band's height a vertical rule fills
MIN_BAND = 6  # pixels between two rules for a row
RULE_GAP = 3  # pixels: rows of one rule, columns of one vertical rule
COLUMN_BAND = 2  # pixels either side of a column looked at for a vertical rule
BORDER_REACH = 40  # pixels past two rules' ends where a table's border is looked for
TOLERANCE = 3.0  # points: pdfplumber's snap, join and intersection tolerances
MAX_TILT = 3.0  # degrees either way a scan's tilt is looked for
TILT_STEP = 0.1  # degrees
TILT_REDUCTION = 4  # the tilt is read on a copy this many times smaller
ERASED = 4  # pixels either side of a rule's middle erased


def tilt(image: Any) -> float:
    """The page's tilt in degrees (PIL's sense: the turn that straightens it): the angle, in
    steps of `TILT_STEP` up to `MAX_TILT` either way, at which the rows of a small copy of the
    page are most unequal in print (lines of print and rules run along rows)."""
    import numpy

    small = image.reduce(TILT_REDUCTION)
    best, sharpest = 0.0, -1.0
    for step in range(-round(MAX_TILT / TILT_STEP), round(MAX_TILT / TILT_STEP) + 1):
        angle = step * TILT_STEP
        turned = numpy.asarray(small.rotate(angle, fillcolor=255)) < DARK
        sharpness = float(numpy.var(turned.sum(axis=1)))
        if sharpness > sharpest:
            best, sharpest = angle, sharpness
    return best


def ruled_page(image: Any, scale: float) -> tuple[list[Table], Any]:
    """The ruled tables of the page `image` (grey, `scale` pixels a point), in points, and the
    image OCR is to read: with tables, the page straightened and its rules erased (OCR reads
    a rule beside a figure as `|`, `[`, `_`); else `image` as it is."""
    import numpy
    from PIL import Image

    if not may_have_rules(image, MAX_TILT):  # most pages: no turn, no tilt looked for
        return [], image
    angle = tilt(image)
    if not may_have_rules(image, angle):
        return [], image
    turned = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    pixels = numpy.array(turned)
    dark = pixels < DARK
    columns: list[tuple[float, int, int]] = []
    # a vertical rule is looked for in paler grey than print: a hairline one pixel wide, turned
    # twice (tilted by the scan, straightened here), is grey where it falls between two pixels
    pale = pixels < RULE_GREY
    # row, first column, last column
    rules = [_grown(pale, *rule) for rule in _horizontal_rules(dark)]
    upright = pale.copy()  # a pixel with print beside it: a vertical rule the tilt left steps
    for shift in range(1, COLUMN_BAND + 1):  # a column over the band's height
        upright[:, shift:] |= pale[:, :-shift]
        upright[:, :-shift] |= pale[:, shift:]
    for upper, lower in itertools.pairwise(rules):
        # a little past both rules' ends: a rule's end the scan left pale still meets its
        # border, and is drawn out to it (`_drawn_to`)
        left = max(min(upper[1], lower[1]) - BORDER_REACH, 0)
        right = max(upper[2], lower[2]) + BORDER_REACH
        top, bottom = upper[0] + RULE_GAP, lower[0] - RULE_GAP
        if bottom - top < MIN_BAND:
            continue
        share = upright[top:bottom, left:right].mean(axis=0)
        for start, end in _runs(share >= MIN_COLUMN_DARK):
            x = left + (start + end) / 2
            columns.append((x, upper[0], lower[0]))
            for rule in (upper, lower):
                if _drawn_to(rule, round(x)):
                    rule[1], rule[2] = min(rule[1], round(x)), max(rule[2], round(x))
    edges = [_edge(x0, y, x1, y, scale) for y, x0, x1 in rules]
    edges += [_edge(x, top, x, bottom, scale) for x, top, bottom in columns]
    tables = _tables(edges)
    if not tables:
        return [], image
    paper = int(numpy.median(pixels))  # erased to the paper's grey: no white stripes
    for y, x0, x1 in rules:
        pixels[max(y - ERASED, 0) : y + ERASED + 1, x0:x1] = paper
    for x, top, bottom in columns:
        pixels[top:bottom, max(round(x) - ERASED, 0) : round(x) + ERASED + 1] = paper
    return tables, Image.fromarray(pixels)


def may_have_rules(image: Any, angle: float) -> bool:
    """Whether the page `image`, turned by `angle` degrees or less either way as `ruled_page`
    turns it, may have a horizontal rule (`_horizontal_rules`); False only where it cannot,
    so that such a page (most pages) is neither turned nor searched, its tables and the image
    OCR reads the same (none, and `image` as it is).

    A rule is `length` columns of the turned page, each dark (below `DARK`) in one of three
    rows. PIL's bicubic turn makes each pixel from the 4 x 4 pixels of `image` around the
    point it comes from, with weights of which at most 0.625 together are negative: where
    all 16 are at `FAINT` or paler, the pixel turned is no darker than DARK (16 pixels of 200
    and 255 give 165 at the darkest, `test_scan_tables`). Along the rule the points its pixels
    come from step right by about a pixel each and drift by `length` x sin(angle) rows, so
    that `image` has, within that drift, the three rows and the weights' four (`reach` rows),
    a pixel below FAINT in every five columns over the rule's length less a few columns:
    where no such run is `length` - 8 columns long, there is no rule."""
    import numpy

    pixels = numpy.asarray(image)
    height, width = pixels.shape
    length = max(int(width * MIN_RULE_SHARE), 1)
    reach = min(math.ceil((length - 1) * math.sin(math.radians(abs(angle)))) + 7, height)
    need = max(math.floor(length * math.cos(math.radians(MAX_TILT))) - 8, 1)
    faint = _along(pixels < FAINT, reach, 0, numpy.logical_or)  # any in `reach` rows
    rows = faint[faint.sum(axis=1) >= need // 5]  # a run needs one in five columns at least
    if not len(rows):
        return False
    # each column marked where one of the five from it is faint; four blank columns either side
    # so that a run at the page's edge is not cut short
    bridged = _along(numpy.pad(rows, ((0, 0), (4, 4))), 5, 1, numpy.logical_or)
    return bool(_along(bridged, need, 1, numpy.logical_and).any())


def _along(mask: Any, span: int, axis: int, join: Any) -> Any:
    """`join` (numpy's `logical_or` or `logical_and`) of each `span` neighbours along `axis`
    (`span` - 1 fewer), by doubling: a few whole-array steps, not `span`."""
    done = 1
    while done < span:
        step = min(done, span - done)
        ahead = mask[step:] if axis == 0 else mask[:, step:]
        behind = mask[:-step] if axis == 0 else mask[:, :-step]
        mask = join(behind, ahead)
        done += step
    return mask


def _grown(pale: Any, row: int, first: int, last: int) -> list[int]:
    """A rule drawn out along its row as far as it goes on, pale or with gaps of `RULE_GAP`
    pixels at most, and stepping up to `RULE_GAP` rows off its middle (a tilt left after
    straightening): a speck or a pale stretch cuts a rule's end into a piece too short to be
    found alone (the top rule over a table's first column, `TT`)."""
    drawn = pale[max(row - RULE_GAP, 0) : row + RULE_GAP + 1].any(axis=0)
    width = len(drawn)

    def reach(start: int, step: int) -> int:
        at, gap = start, 0
        while 0 <= at + step < width and gap <= RULE_GAP:
            at += step
            gap = 0 if drawn[at] else gap + 1
        return at - step * gap

    return [row, reach(first, -1), reach(last - 1, 1) + 1]


def _drawn_to(rule: list[int], x: int) -> bool:
    """A rule (row, first column, last column, drawn out by `_grown`) meets the column at `x`:
    within `BORDER_REACH` of its ends. A rule under a header cell spanning columns (`Giai đoạn
    2026 - 2030` over `Năm 2026 | Năm 2027`) stops where that cell does: it does not cross the
    cells beside it that span both header rows (`TT`, `Chỉ tiêu`)."""
    return rule[1] - BORDER_REACH <= x <= rule[2] + BORDER_REACH


def _runs(flags: Any) -> list[tuple[int, int]]:
    """The runs of True in a row of flags, as (first, last) indices, runs within `RULE_GAP`
    of each other joined."""
    import numpy

    indices = numpy.flatnonzero(flags)
    runs: list[tuple[int, int]] = []
    for index in indices.tolist():
        if runs and index - runs[-1][1] <= RULE_GAP:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


def _horizontal_rules(dark: Any) -> list[tuple[int, int, int]]:
    """Each horizontal rule as (row, first column, last column), from the top down: runs of
    dark pixels at least `MIN_RULE_SHARE` of the width long, rows of one rule joined."""
    import numpy

    length = max(int(dark.shape[1] * MIN_RULE_SHARE), 1)
    banded = dark.copy()  # a pixel with print above or below it: a rule the tilt left after
    banded[1:] |= dark[:-1]  # straightening steps a row over a long run still fills the band
    banded[:-1] |= dark[1:]
    full = _along(banded, length, 1, numpy.logical_and)  # each column starting a long run
    found: list[tuple[int, int, int]] = []
    for row in numpy.flatnonzero(full.any(axis=1)).tolist():
        for start, end in _runs(full[row]):
            found.append((row, start, end + length))
    rules: list[list[int]] = []  # first row, last row, first column, last column
    for row, x0, x1 in found:
        # pieces of one rule, also where a tilt left after straightening steps it a row: the
        # piece joins every rule it touches, and they become one
        near = [
            rule
            for rule in rules
            if row - rule[1] <= RULE_GAP and x0 < rule[3] + length and rule[2] < x1 + length
        ]
        rules = [rule for rule in rules if rule not in near]
        first = min([row] + [rule[0] for rule in near])
        x0 = min([x0] + [rule[2] for rule in near])
        x1 = max([x1] + [rule[3] for rule in near])
        rules.append([first, row, x0, x1])
    return sorted(((first + last) // 2, x0, x1) for first, last, x0, x1 in rules)


def _edge(x0: float, top: float, x1: float, bottom: float, scale: float) -> dict[str, Any]:
    x0, top, x1, bottom = x0 / scale, top / scale, x1 / scale, bottom / scale
    return {
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "width": x1 - x0,
        "height": bottom - top,
        "orientation": "h" if top == bottom else "v",
        "object_type": "line",
    }


def _tables(edges: list[dict[str, Any]]) -> list[Table]:
    from pdfplumber import table as finder

    merged = finder.merge_edges(edges, TOLERANCE, TOLERANCE, TOLERANCE, TOLERANCE)
    crossings = finder.edges_to_intersections(merged, TOLERANCE, TOLERANCE)
    out: list[Table] = []
    for cells in finder.cells_to_tables(finder.intersections_to_cells(crossings)):
        found = finder.Table(cast(Any, None), cells)  # the page is only needed to extract text
        rows: list[list[Box | None]] = [list(row.cells) for row in found.rows]
        if len(rows) >= 2 and max(len(row) for row in rows) >= 2:
            out.append((found.bbox, rows))
    return out
