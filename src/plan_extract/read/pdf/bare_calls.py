"""pdfium's functions called for many items at once: each bound afresh from the library with bare
C types (an address for a pointer), so that `map` calls it for every index in C's loop, without
Python's conversion of pypdfium2's typed arguments. pdfium has no bulk call for characters' boxes
nor for a path's points; one call an item made this way costs a fraction of a Python call."""

from __future__ import annotations

import ctypes
from functools import cache
from typing import Any


@cache
def bare(name: str, result: Any, *arguments: Any) -> Any:
    """pdfium's function `name` with the given C result and argument types."""
    import pypdfium2.raw as pdfium_c

    address = ctypes.cast(getattr(pdfium_c, name), ctypes.c_void_p).value or 0
    return ctypes.CFUNCTYPE(result, *arguments)(address)


def address(handle: Any) -> int:
    """A pdfium handle (a ctypes pointer, or already an address) as a bare address."""
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


def loose_boxes(textpage: Any, indices: list[int]) -> Any:
    """The lefts, tops, rights and bottoms of the characters at `indices` (pdfium's loose boxes,
    y upwards), the rows of a numpy array; a character pdfium gives no box keeps the one
    before it."""
    import numpy
    import pypdfium2.raw as pdfium_c

    get = bare(
        "FPDFText_GetLooseCharBox", ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p
    )
    rects = (pdfium_c.FS_RECTF * len(indices))()
    size = ctypes.sizeof(pdfium_c.FS_RECTF)
    start = ctypes.addressof(rects)
    page = [address(textpage)] * len(indices)
    found = list(map(get, page, indices, range(start, start + size * len(indices), size)))
    boxes = numpy.frombuffer(rects, dtype=numpy.float32).reshape(len(indices), 4)
    boxes = boxes.astype(numpy.float64)
    if not all(found):
        for position, ok in enumerate(found):
            if not ok:  # never with a valid index: kept as a single call would leave it
                boxes[position] = boxes[position - 1] if position else 0.0
    return boxes.T.copy()


def text_objects(textpage: Any, indices: list[int]) -> list[int | None]:
    """The address of each character's text object (None: it has none)."""
    get = bare("FPDFText_GetTextObject", ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
    return list(map(get, [address(textpage)] * len(indices), indices))
