"""Text files decoded without being told the encoding, into composed Unicode (NFC)."""

from __future__ import annotations

import codecs
import re
import unicodedata

from plan_extract.core.errors import InputError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def decode(data: bytes) -> str:
    """The text of a file, composed (NFC): a text saved decomposed (macOS's file names and
    copies, some converters: `e` + U+0302 + U+0301 for `ế`) reads as the same text composed,
    since the readers count and compare characters (a table's bars, a cue's words) before the
    lines are respelled."""
    return unicodedata.normalize("NFC", _decoded(data))


def _decoded(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-32 and UTF-16 (by their BOM, or by the NULs that fill
    their code units without one), else Windows-1258, the code page Vietnamese Windows uses for
    8-bit text. UTF-32 is told first: its BOM begins with UTF-16's, and its NULs fill three
    bytes of four where UTF-16's fill at most one of two."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    utf32 = _utf32(data)
    if utf32 is not None:
        return data.decode(utf32, errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if _looks_like_utf16(data):
        little = data[1::2].count(0) > data[0::2].count(0)
        return data.decode("utf-16-le" if little else "utf-16-be", errors="replace")
    if b"\x00" in data:
        raise InputError("a binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        from plan_extract.read.legacy import detect_and_decode

        text = detect_and_decode(data, "cp1258")
    if _control_ratio(text) > 0.05:
        raise InputError("a binary file, not text")
    return text


def _utf32(data: bytes) -> str | None:
    """The UTF-32 codec `data` is in, by its BOM or, without one, by its code units: every
    one of the sample below U+110000 and each with its top byte NUL."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    sample = data[: 4096 - 4096 % 4]
    if len(sample) < 8 or len(data) % 4:
        return None
    for codec, top in (("utf-32-le", 3), ("utf-32-be", 0)):
        units = [sample[i : i + 4] for i in range(0, len(sample), 4)]
        if all(unit[top] == 0 for unit in units):
            ordered = [unit if codec.endswith("be") else unit[::-1] for unit in units]
            if all(unit[1] <= 0x10 and unit != bytes(4) for unit in ordered):
                return codec
    return None


def _looks_like_utf16(data: bytes) -> bool:
    sample = data[:4096]
    if len(sample) < 4:
        return False
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    half = len(sample) / 2
    return max(zeros_even, zeros_odd) > 0.3 * half and min(zeros_even, zeros_odd) < 0.05 * half


def _control_ratio(text: str) -> float:
    sample = text[:8192]
    if not sample:
        return 0.0
    return len(_CONTROL.findall(sample)) / len(sample)
