"""Text files decoded without being told the encoding."""

from __future__ import annotations

import codecs
import re

from plan_extract.core.errors import InputError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 (BOM, or NUL-interleaved without one), else
    Windows-1258, the code page Vietnamese Windows uses for 8-bit text."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
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
