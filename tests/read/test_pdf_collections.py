"""A PDF's text layer is read with the garbage collector's youngest generation walked seldom
(`core.collector.fewer_collections`), as a whole parse reads it: `read_path` and `read_bytes`
alone (the benchmark's reading, `ingest`'s) make tens of thousands of words and boxes, which
a walk every 700 allocations went through again and again. The process's thresholds are
restored afterwards, also when the file cannot be read."""

from __future__ import annotations

import gc

import pytest
from tests.files_helpers import make_pdf

from plan_extract.core.collector import YOUNG_THRESHOLD
from plan_extract.core.errors import InputError
from plan_extract.read import read_bytes
from plan_extract.read.options import ReadOptions
from plan_extract.read.pdf import reader


def test_a_pdf_is_read_with_the_youngest_generation_walked_seldom(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[int] = []
    read = reader.PdfReader.read

    def recording(self: reader.PdfReader) -> object:
        seen.append(gc.get_threshold()[0])
        return read(self)

    monkeypatch.setattr(reader.PdfReader, "read", recording)
    before = gc.get_threshold()
    words = [(72.0, 700.0 - 14 * n, "Noi dung cua ke hoach nam nay", "F1") for n in range(3)]
    document = read_bytes(make_pdf([words]), "plan.pdf", ReadOptions(ocr="never"))
    assert "Noi dung" in document.lines[0].text
    assert seen and seen[0] >= YOUNG_THRESHOLD
    assert gc.get_threshold() == before


def test_the_thresholds_come_back_when_the_file_cannot_be_read() -> None:
    before = gc.get_threshold()
    with pytest.raises(InputError):
        read_bytes(b"%PDF-1.4\nnot a PDF at all", "broken.pdf", ReadOptions(ocr="never"))
    assert gc.get_threshold() == before
