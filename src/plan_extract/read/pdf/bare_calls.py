"""pdfium's functions called for many items at once: each bound afresh from the library with bare
C types (an address for a pointer), so that `map` calls it for every index in C's loop, without
Python's conversion of pypdfium2's typed arguments. pdfium has no bulk call for characters' boxes
nor for a path's points; one call an item made this way costs a fraction of a Python call. The
calls keep the interpreter's lock (`PYFUNCTYPE`): each is short, and giving the lock up and
taking it back costs a tenth of the call.

An `int` argument (a character's or an object's index) is bound as `INDEX`, pointer-wide:
ctypes converts a Python int for a `c_void_p` argument on a short path of its own, where a
`c_int` one goes through the generic conversion (an isinstance check through the type's
metaclass, a lookup of its format), a third of the whole call. The callee reads the int's low
bits: the C calling conventions pdfium is built for (x86-64, AArch64, 32-bit x86 and ARM) leave
a narrower argument's upper bits in its register or slot unread, and an index is never
negative. Results are written to numpy arrays, not ctypes arrays: an array of a new length is a
new ctypes type, costly to make and cached by ctypes for good."""

from __future__ import annotations

import ctypes
from functools import cache
from typing import Any

INDEX = ctypes.c_void_p  # a C int passed pointer-wide (see above)


@cache
def bare(name: str, result: Any, *arguments: Any) -> Any:
    """pdfium's function `name` with the given C result and argument types."""
    import pypdfium2.raw as pdfium_c

    address = ctypes.cast(getattr(pdfium_c, name), ctypes.c_void_p).value or 0
    return ctypes.PYFUNCTYPE(result, *arguments)(address)


def address(handle: Any) -> int:
    """A pdfium handle (a ctypes pointer, or already an address) as a bare address."""
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


def _slots(buffer: Any) -> range:
    """The addresses of the rows of `buffer` (a C-contiguous numpy array; numpy gives an
    empty one no stride)."""
    if not len(buffer):
        return range(0)
    start, size = buffer.ctypes.data, buffer.strides[0]
    return range(start, start + size * len(buffer), size)


def loose_boxes(textpage: Any, indices: list[int]) -> Any:
    """The lefts, tops, rights and bottoms of the characters at `indices` (pdfium's loose boxes,
    y upwards), the rows of a numpy array; a character pdfium gives no box keeps the one
    before it."""
    import numpy

    get = bare("FPDFText_GetLooseCharBox", ctypes.c_int, ctypes.c_void_p, INDEX, ctypes.c_void_p)
    rects = numpy.zeros((len(indices), 4), dtype=numpy.float32)  # FS_RECTF: four floats
    page = [address(textpage)] * len(indices)
    found = map(get, page, indices, _slots(rects))
    missed = numpy.flatnonzero(numpy.fromiter(found, dtype=numpy.int32, count=len(indices)) == 0)
    boxes = rects.astype(numpy.float64)
    for position in missed.tolist():  # never with a valid index: as a single call leaves it
        boxes[position] = boxes[position - 1] if position else 0.0
    return boxes.T.copy()


def text_objects(textpage: Any, indices: list[int]) -> Any:
    """The address of each character's text object (0: it has none), a numpy array."""
    import numpy

    get = bare("FPDFText_GetTextObject", ctypes.c_size_t, ctypes.c_void_p, INDEX)
    found = map(get, [address(textpage)] * len(indices), indices)
    return numpy.fromiter(found, dtype=numpy.uint64, count=len(indices))


def char_origins(textpage: Any, indices: list[int]) -> list[float | None]:
    """The height (y upwards) of each character's origin, its baseline; None where pdfium gives
    none."""
    import numpy

    void_p = ctypes.c_void_p
    get = bare("FPDFText_GetCharOrigin", ctypes.c_int, void_p, INDEX, void_p, void_p)
    xs, ys = numpy.zeros(len(indices)), numpy.zeros(len(indices))  # doubles
    page = [address(textpage)] * len(indices)
    found = list(map(get, page, indices, _slots(xs), _slots(ys)))
    return [y if ok else None for ok, y in zip(found, ys.tolist(), strict=True)]
