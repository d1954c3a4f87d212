"""pdfium's functions called for many items at once: each bound afresh from the library with bare
C types (an address for a pointer), so that `map` calls it for every index in C's loop, without
Python's conversion of pypdfium2's typed arguments. pdfium has no bulk call for characters' boxes
nor for a path's points; one call an item made this way costs a fraction of a Python call. The
calls keep the interpreter's lock (`PYFUNCTYPE`): each is short, and giving the lock up and
taking it back costs a tenth of the call.

Results are written to numpy arrays, not ctypes arrays: an array of a new length is a new ctypes
type, costly to make and cached by ctypes for good.

A call made for every character, word or object of a page, one handle and an index an item, is
bound with its result type alone (`per_item`): ctypes then passes a Python int as a C int and an
argument made by `byref` as the pointer it holds, each as it is, where a typed argument costs a
call of its type's converter, a lookup of its format and a new argument object. The handle
is made such an argument once (`pointer_to`), the items' output slots one each (`slots`)."""

from __future__ import annotations

import ctypes
from collections import deque
from collections.abc import Iterator
from functools import cache
from itertools import repeat
from typing import Any


@cache
def bare(name: str, result: Any, *arguments: Any) -> Any:
    """pdfium's function `name` with the given C result and argument types."""
    import pypdfium2.raw as pdfium_c

    address = ctypes.cast(getattr(pdfium_c, name), ctypes.c_void_p).value or 0
    return ctypes.PYFUNCTYPE(result, *arguments)(address)


@cache
def per_item(name: str, result: Any) -> Any:
    """pdfium's function `name` with its C result type only, its arguments ints (C ints) and
    pointers made by `pointer_to` and `slots`."""
    import pypdfium2.raw as pdfium_c

    address = ctypes.cast(getattr(pdfium_c, name), ctypes.c_void_p).value or 0
    return ctypes.PYFUNCTYPE(result)(address)


def address(handle: Any) -> int:
    """A pdfium handle (a ctypes pointer, or already an address) as a bare address."""
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


def pointer_to(handle: Any) -> Any:
    """A pdfium handle as an argument of a `per_item` function: a reference to the byte at its
    address, which ctypes passes as that address."""
    return ctypes.byref(ctypes.c_char.from_address(address(handle)))


def slots(buffer: Any) -> Iterator[Any]:
    """The rows of `buffer` (a C-contiguous numpy array, kept alive by the caller while the
    slots are used) as arguments of a `per_item` function: references to their first bytes."""
    if not len(buffer):
        return iter(())
    start, size = ctypes.c_char.from_address(buffer.ctypes.data), buffer.strides[0]
    return map(ctypes.byref, repeat(start, len(buffer)), range(0, size * len(buffer), size))


def loose_boxes(textpage: Any, indices: list[int]) -> Any:
    """The lefts, tops, rights and bottoms of the characters at `indices` (pdfium's loose boxes,
    y upwards), the rows of a numpy array; a character pdfium gives no box keeps the one
    before it. The calls are bound without a result (ctypes converts a result through a
    search of its table of formats, a third of the call): the boxes start as not-a-number,
    and only a character whose box stays so is asked again whether pdfium gave it one."""
    import numpy

    rects = numpy.full((len(indices), 4), numpy.nan, dtype=numpy.float32)  # FS_RECTF
    page = pointer_to(textpage)
    deque(map(per_item("FPDFText_GetLooseCharBox", None), repeat(page), indices, slots(rects)), 0)
    boxes = rects.astype(numpy.float64)
    get = per_item("FPDFText_GetLooseCharBox", ctypes.c_int)
    for position in numpy.flatnonzero(numpy.isnan(rects[:, 0])).tolist():
        if get(page, indices[position], ctypes.byref(_RECT)):
            continue  # pdfium's box, not-a-number as it gave it
        # never with a valid index: as a single call leaves it
        boxes[position] = boxes[position - 1] if position else 0.0
    return boxes.T.copy()


_RECT = (ctypes.c_float * 4)()  # where a box asked again is written, and left


def text_objects(textpage: Any, indices: list[int]) -> Any:
    """The address of each character's text object (0: it has none), a numpy array."""
    import numpy

    get = per_item("FPDFText_GetTextObject", ctypes.c_size_t)
    found = map(get, repeat(pointer_to(textpage), len(indices)), indices)
    return numpy.fromiter(found, dtype=numpy.uint64, count=len(indices))


def char_origins(textpage: Any, indices: list[int]) -> list[float | None]:
    """The height (y upwards) of each character's origin, its baseline; None where pdfium gives
    none."""
    import numpy

    get = per_item("FPDFText_GetCharOrigin", ctypes.c_int)
    xs, ys = numpy.zeros(len(indices)), numpy.zeros(len(indices))  # doubles
    page = repeat(pointer_to(textpage), len(indices))
    found = list(map(get, page, indices, slots(xs), slots(ys)))
    return [y if ok else None for ok, y in zip(found, ys.tolist(), strict=True)]
