"""Legacy Vietnamese 8-bit encodings (TCVN3/ABC, VNI) converted to Unicode.

Before Unicode, Vietnamese was typed in fonts that drew Vietnamese letters in place of Latin-1
characters. The text then reads as gibberish ("KÕ ho¹ch" for "Kế hoạch") until converted.
The conversion tables are data (`data/legacy_encodings/*.yaml`); this module detects which one
a text uses (by font name in Word, by character statistics in plain text) and applies it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Literal

from pydantic import field_validator, model_validator

from plan_extract.core.knowledge import DataFile, Knowledge, data_file

LegacyEncoding = Literal["tcvn3", "vni"]
ENCODINGS: tuple[LegacyEncoding, ...] = ("tcvn3", "vni")


class EncodingTable(Knowledge):
    """One encoding's table: Unicode letter -> its byte sequence (hex, space-separated)."""

    name: str
    font_patterns: list[str]
    capital_font_pattern: str | None = None
    letters: dict[str, str]

    @field_validator("letters")
    @classmethod
    def _well_formed(cls, letters: dict[str, str]) -> dict[str, str]:
        seen: dict[str, str] = {}
        for letter, code in letters.items():
            if len(letter) != 1 or unicodedata.normalize("NFC", letter) != letter:
                raise ValueError(f"{letter!r} is not one precomposed letter")
            parts = code.split()
            if not 1 <= len(parts) <= 2 or not all(re.fullmatch(r"[0-9A-F]{2}", p) for p in parts):
                raise ValueError(f"{letter}: {code!r} is not one or two hex bytes")
            if code in seen:
                raise ValueError(f"{letter} and {seen[code]} share the code {code}")
            seen[code] = letter
        return letters

    @model_validator(mode="after")
    def _covers_the_alphabet(self) -> EncodingTable:
        lower = {letter for letter in self.letters if letter.islower()}
        if lower != vietnamese_lowercase():
            missing = sorted(vietnamese_lowercase() - lower)
            raise ValueError(f"lowercase letters missing: {''.join(missing)}")
        return self


@cache
def vietnamese_lowercase() -> frozenset[str]:
    """The 67 lowercase letters with Vietnamese diacritics (precomposed)."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    bases = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
    letters = {"ă", "â", "ê", "ô", "ơ", "ư", "đ"}
    letters |= {unicodedata.normalize("NFC", base + tone) for base in bases for tone in tones}
    return frozenset(letters)


@dataclass(frozen=True, slots=True)
class Converter:
    name: str
    font_patterns: tuple[re.Pattern[str], ...]
    capital_font_pattern: re.Pattern[str] | None
    to_unicode: dict[str, str]  # legacy character sequence (as Latin-1 text) -> letter
    longest: int

    def decode(self, text: str, capitals: bool = False) -> str:
        """Convert text whose characters stand for the legacy bytes (Latin-1 code points)."""
        out: list[str] = []
        i = 0
        while i < len(text):
            for size in range(self.longest, 0, -1):
                letter = self.to_unicode.get(text[i : i + size])
                if letter is not None:
                    out.append(letter)
                    i += size
                    break
            else:
                out.append(text[i])
                i += 1
        result = "".join(out)
        return result.upper() if capitals else result

    def encode(self, text: str) -> str:
        """The inverse: Unicode text as the legacy characters (for tests and samples)."""
        table = {letter: seq for seq, letter in self.to_unicode.items()}
        return "".join(table.get(ch, ch) for ch in unicodedata.normalize("NFC", text))

    def matches_font(self, font: str) -> bool:
        return any(p.search(font) for p in self.font_patterns)

    def capital_font(self, font: str) -> bool:
        return bool(self.capital_font_pattern and self.capital_font_pattern.search(font))


TABLES: dict[LegacyEncoding, DataFile[EncodingTable]] = {
    encoding: data_file(f"legacy_encodings/{encoding}.yaml", EncodingTable)
    for encoding in ENCODINGS
}


@cache
def converter(encoding: LegacyEncoding) -> Converter:
    table = TABLES[encoding].load()
    to_unicode = {
        "".join(chr(int(p, 16)) for p in code.split()): letter
        for letter, code in table.letters.items()
    }
    return Converter(
        name=table.name,
        font_patterns=tuple(re.compile(p, re.IGNORECASE) for p in table.font_patterns),
        capital_font_pattern=(
            re.compile(table.capital_font_pattern) if table.capital_font_pattern else None
        ),
        to_unicode=to_unicode,
        longest=max(len(seq) for seq in to_unicode),
    )


def encoding_of_font(font: str | None) -> LegacyEncoding | None:
    """The legacy encoding a font name implies (".VnTime" -> tcvn3, "VNI-Times" -> vni)."""
    if not font:
        return None
    for encoding in ENCODINGS:
        if converter(encoding).matches_font(font):
            return encoding
    return None


def from_font_text(text: str, font: str) -> str:
    """A Word run's text typed in a legacy font, as Unicode. Word stores the font's bytes as
    Windows-1252 characters, or in the private-use area (U+F000 + byte) for symbol fonts."""
    encoding = encoding_of_font(font)
    if encoding is None:
        return text
    conv = converter(encoding)
    return _c1_as_cp1252(conv.decode(_as_latin1_codes(text), capitals=conv.capital_font(font)))


def _as_latin1_codes(text: str) -> str:
    out: list[str] = []
    for ch in text:
        code = ord(ch)
        if 0xF000 <= code <= 0xF0FF:
            out.append(chr(code - 0xF000))
            continue
        try:
            out.append(chr(ch.encode("cp1252")[0]))
        except UnicodeEncodeError:
            out.append(ch)
    return "".join(out)


def score_vietnamese(text: str) -> float:
    """How Vietnamese a text looks: letters with Vietnamese diacritics count for it, other
    non-ASCII letters and symbols against it; per character of the sample."""
    sample = unicodedata.normalize("NFC", text[:20000])
    if not sample:
        return 0.0
    good = 0
    bad = 0
    lowercase = vietnamese_lowercase()
    for ch, count in _non_ascii_counts(sample):
        if ch.lower() in lowercase:
            good += count
        elif ch not in "–—‘’“”…•·°€":
            bad += count
    return (good - 3 * bad) / len(sample)


def _non_ascii_counts(text: str) -> list[tuple[str, int]]:
    """Each distinct non-ASCII character of `text` with how often it occurs: counted by numpy
    over the code points (a page of a PDF is scored; cutting the ASCII runs out and counting
    the rest character by character cost three times as much)."""
    import numpy

    codes = numpy.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
    values, counts = numpy.unique(codes[codes > 0x7F], return_counts=True)
    return list(zip(map(chr, values.tolist()), counts.tolist(), strict=True))


def detect_and_decode(data: bytes, fallback: str) -> str:
    """8-bit text (not UTF-8): the reading (fallback code page, TCVN3 or VNI) that looks most
    like Vietnamese."""
    latin1 = data.decode("latin-1")
    candidates = [data.decode(fallback, errors="replace")]
    candidates += [_c1_as_cp1252(converter(enc).decode(latin1)) for enc in ENCODINGS]
    return max(candidates, key=score_vietnamese)


def _c1_as_cp1252(text: str) -> str:
    """Bytes 0x80-0x9F left over by a legacy table are Windows-1252 punctuation (quotes, dashes)."""
    return re.sub(
        "[\x80-\x9f]",
        lambda m: bytes([ord(m.group())]).decode("cp1252", errors="replace"),
        text,
    )
