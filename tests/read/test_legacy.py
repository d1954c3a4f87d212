"""Legacy Vietnamese encodings (TCVN3/ABC, VNI) in plain text, and their tables."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pydantic import ValidationError

from plan_extract.read import read_bytes
from plan_extract.read.legacy import (
    TABLES,
    EncodingTable,
    converter,
    encoding_of_font,
    score_vietnamese,
    vietnamese_lowercase,
)

SEEDS = Path(__file__).resolve().parents[2] / "corpus" / "plans" / "seeds"


def seed_lines(representable_in: str | None = None) -> list[str]:
    lines = (SEEDS / "004_84ecff9abd92b8a3.txt").read_text(encoding="utf-8").split("\n")
    if representable_in is None:
        return lines
    conv = converter("tcvn3")
    # plain TCVN3 has bytes for seven capitals only (the others need the .VnTimeH fonts)
    return [
        line
        for line in lines
        if all(ch.isascii() or conv.encode(ch) != ch or not ch.isupper() for ch in line)
    ]


def read_text(data: bytes) -> str:
    return "\n".join(line.text for line in read_bytes(data, "plan.txt").lines)


def test_tcvn3_text_comes_back_as_unicode() -> None:
    lines = seed_lines("tcvn3")
    assert len(lines) > 50
    text = "\n".join(lines)
    data = converter("tcvn3").encode(text).encode("cp1252")
    assert "Kế hoạch".encode() not in data and b"K\xd5 ho\xb9ch" in data
    assert read_text(data) == read_text(text.encode())


def test_vni_text_comes_back_as_unicode() -> None:
    text = "\n".join(seed_lines())
    data = converter("vni").encode(text).encode("cp1252")
    assert b"Ke\xe1 hoa\xefch" in data  # "Kế hoạch": base letters followed by mark bytes
    assert read_text(data) == read_text(text.encode())


TONES = "\u0300\u0301\u0303\u0309\u0323"


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: vowel letters with their tone as a
    combining mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", ch)
            tone = next(mark for mark in decomposed if mark in TONES)
            base = unicodedata.normalize("NFC", decomposed.replace(tone, ""))
            out += (base + tone).encode("cp1258")
    return bytes(out)


def test_windows_1258_text_is_not_mistaken_for_a_legacy_font_encoding() -> None:
    text = "\n".join(seed_lines())
    decoded = read_text(_cp1258(text))
    assert unicodedata.normalize("NFC", decoded) == read_text(text.encode())


def test_statistics_prefer_the_right_reading() -> None:
    text = "Tỷ lệ nữ tham gia cấp ủy đạt từ 40% trở lên; tăng dần tỷ lệ nữ tham gia lãnh đạo."
    gibberish = converter("tcvn3").encode(text)
    assert score_vietnamese(text) > 0.1
    assert score_vietnamese(gibberish) < 0
    assert score_vietnamese(converter("tcvn3").decode(gibberish)) == score_vietnamese(text)


@pytest.mark.parametrize(
    ("font", "encoding"),
    [(".VnTime", "tcvn3"), (".VnArialH", "tcvn3"), ("VNI-Times", "vni"), ("Times New Roman", None)],
)
def test_fonts_name_their_encoding(font: str, encoding: str | None) -> None:
    assert encoding_of_font(font) == encoding


def test_tables_cover_the_alphabet_both_ways() -> None:
    for name in ("tcvn3", "vni"):
        table = TABLES[name].load()
        conv = converter(name)  # type: ignore[arg-type]
        lower = {letter for letter in table.letters if letter.islower()}
        assert lower == vietnamese_lowercase() and len(lower) == 67
        for letter in table.letters:
            assert conv.decode(conv.encode(letter)) == letter


def test_a_malformed_table_fails_at_load() -> None:
    good = TABLES["tcvn3"].load().model_dump()
    duplicate = {**good, "letters": {**good["letters"], "ă": good["letters"]["â"]}}
    with pytest.raises(ValidationError, match="share the code"):
        EncodingTable.model_validate(duplicate)
    missing = {**good, "letters": {k: v for k, v in good["letters"].items() if k != "ạ"}}
    with pytest.raises(ValidationError, match="missing"):
        EncodingTable.model_validate(missing)
