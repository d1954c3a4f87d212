"""pdfium's functions called for many items at once: each bound afresh from the library with bare
C types (an address for a pointer), so that `map` calls it for every index in C's loop, without
Python's conversion of pypdfium2's typed arguments. pdfium has no bulk call for characters' boxes
nor for a path's points; one call an item made this way costs a fraction of a Python call."""

from __future__ import annotations

import ctypes
import struct
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


def loose_boxes(textpage: Any, indices: list[int]) -> tuple[list[float], ...]:
    """The lefts, tops, rights and bottoms of the characters at `indices` (pdfium's loose boxes,
    y upwards), each a list; a character pdfium gives no box keeps the one before it."""
    import pypdfium2.raw as pdfium_c

    get = bare(
        "FPDFText_GetLooseCharBox", ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p
    )
    rects = (pdfium_c.FS_RECTF * len(indices))()
    size = ctypes.sizeof(pdfium_c.FS_RECTF)
    start = ctypes.addressof(rects)
    page = [address(textpage)] * len(indices)
    found = list(map(get, page, indices, range(start, start + size * len(indices), size)))
    flat = list(struct.unpack(f"{4 * len(indices)}f", bytes(rects)))
    if not all(found):
        for position, ok in enumerate(found):
            if not ok:  # never with a valid index: kept as a single call would leave it
                before = flat[4 * position - 4 : 4 * position] if position else [0.0] * 4
                flat[4 * position : 4 * position + 4] = before
    return flat[0::4], flat[1::4], flat[2::4], flat[3::4]


def text_objects(textpage: Any, indices: list[int]) -> list[int | None]:
    """The address of each character's text object (None: it has none)."""
    get = bare("FPDFText_GetTextObject", ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
    return list(map(get, [address(textpage)] * len(indices), indices))
