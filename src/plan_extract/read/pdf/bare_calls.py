"""pdfium's functions called for many items at once: each bound afresh from the library with bare
C types (an address for a pointer), so that `map` calls it for every index in C's loop, without
Python's conversion of pypdfium2's typed arguments. pdfium has no bulk call for characters' boxes
nor for a path's points; one call an item made this way costs a fraction of a Python call. The
calls keep the interpreter's lock (`PYFUNCTYPE`): each is short, and giving the lock up and
taking it back costs a tenth of the call."""

from __future__ import annotations

import ctypes
from functools import cache
from typing import Any


@cache
def bare(name: str, result: Any, *arguments: Any) -> Any:
    """pdfium's function `name` with the given C result and argument types."""
    import pypdfium2.raw as pdfium_c

    address = ctypes.cast(getattr(pdfium_c, name), ctypes.c_void_p).value or 0
    return ctypes.PYFUNCTYPE(result, *arguments)(address)


def address(handle: Any) -> int:
    """A pdfium handle (a ctypes pointer, or already an address) as a bare address."""
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


def _slots(buffer: Any, count: int) -> range:
    """The addresses of `count` equal items laid end to end in `buffer`."""
    start, size = ctypes.addressof(buffer), ctypes.sizeof(type(buffer)._type_)
    return range(start, start + size * count, size)


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
    page = [address(textpage)] * len(indices)
    found = map(get, page, indices, _slots(rects, len(indices)))
    missed = numpy.flatnonzero(numpy.fromiter(found, dtype=numpy.int32, count=len(indices)) == 0)
    boxes = numpy.frombuffer(rects, dtype=numpy.float32).reshape(len(indices), 4)
    boxes = boxes.astype(numpy.float64)
    for position in missed.tolist():  # never with a valid index: as a single call leaves it
        boxes[position] = boxes[position - 1] if position else 0.0
    return boxes.T.copy()


def text_objects(textpage: Any, indices: list[int]) -> Any:
    """The address of each character's text object (0: it has none), a numpy array."""
    import numpy

    get = bare("FPDFText_GetTextObject", ctypes.c_size_t, ctypes.c_void_p, ctypes.c_int)
    found = map(get, [address(textpage)] * len(indices), indices)
    return numpy.fromiter(found, dtype=numpy.uint64, count=len(indices))


def char_origins(textpage: Any, indices: list[int]) -> list[float | None]:
    """The height (y upwards) of each character's origin, its baseline; None where pdfium gives
    none."""
    get = bare(
        "FPDFText_GetCharOrigin",
        ctypes.c_int,
        ctypes.c_void_p,
        ctypes.c_int,
        ctypes.c_void_p,
        ctypes.c_void_p,
    )
    xs, ys = (ctypes.c_double * len(indices))(), (ctypes.c_double * len(indices))()
    page = [address(textpage)] * len(indices)
    found = list(map(get, page, indices, _slots(xs, len(indices)), _slots(ys, len(indices))))
    return [y if ok else None for ok, y in zip(found, ys, strict=True)]
