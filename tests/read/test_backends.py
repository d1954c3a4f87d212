"""Every reader through the one interface: the formats it declares, its validity test on the
bytes (its own formats recognised, the others' refused), and read(bytes, options)."""

from __future__ import annotations

from pathlib import Path

import pytest

from files_helpers import docx_bytes, official_docx, soffice_convert
from plan_extract.core.contract import SourceFormat
from plan_extract.core.errors import InputError
from plan_extract.read import SUPPORTED_SUFFIXES, ReadLimits, ReadOptions
from plan_extract.read.backend import Backend
from plan_extract.read.families import FAMILIES, PDF, TEXT, WORD, backend_for
from plan_extract.read.model import Block

ROOT = Path(__file__).resolve().parents[2]
RENDERED = ROOT / "corpus" / "plans" / "rendered"
SEEDS = ROOT / "corpus" / "plans" / "seeds"


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> dict[SourceFormat, bytes]:
    """One file of each format: seeds and their renderings, and a .doc made by LibreOffice."""
    folder = tmp_path_factory.mktemp("doc")
    source = folder / "plan.docx"
    source.write_bytes(docx_bytes(official_docx()))
    return {
        "txt": (SEEDS / "003_02093a4ea4178030.txt").read_bytes(),
        "md": (SEEDS / "004_84ecff9abd92b8a3.txt").read_bytes(),
        "docx": (RENDERED / "004_84ecff9abd92b8a3.docx").read_bytes(),
        "doc": soffice_convert(source, "doc", folder).read_bytes(),
        "pdf": (RENDERED / "004_84ecff9abd92b8a3.pdf").read_bytes(),
    }


FAMILY_OF: dict[SourceFormat, Backend] = {
    "txt": TEXT,
    "md": TEXT,
    "docx": WORD,
    "doc": WORD,
    "pdf": PDF,
}


def test_the_families_declare_every_format_and_ending_once() -> None:
    assert {fmt for family in FAMILIES for fmt in family.formats} == set(FAMILY_OF)
    assert len(SUPPORTED_SUFFIXES) == len(set(SUPPORTED_SUFFIXES))
    assert {".txt", ".md", ".docx", ".doc", ".pdf"} <= set(SUPPORTED_SUFFIXES)
    for fmt, family in FAMILY_OF.items():
        assert backend_for(fmt) is family


@pytest.mark.parametrize("fmt", list(FAMILY_OF))
def test_each_reader_recognises_its_formats_and_reads_them(
    samples: dict[SourceFormat, bytes], fmt: SourceFormat
) -> None:
    data = samples[fmt]
    family = FAMILY_OF[fmt]
    assert family.recognise(data, None) == fmt
    document = family.read(data, fmt, ReadOptions())
    assert document.format == fmt
    commune = "AN BÌNH" if fmt == "doc" else "QUẢNG THÀNH" if fmt == "txt" else "NGHĨA SƠN"
    assert any(commune in line.text.upper() for line in document.lines)
    # the Word and PDF layouts put the header and the closing in their blocks
    in_blocks = any(line.block is not Block.BODY for line in document.lines)
    assert in_blocks == (fmt in ("docx", "doc", "pdf"))


@pytest.mark.parametrize("fmt", ["docx", "doc", "pdf"])
def test_the_signed_families_refuse_each_others_bytes(
    samples: dict[SourceFormat, bytes], fmt: SourceFormat
) -> None:
    others = [family for family in (WORD, PDF) if family is not FAMILY_OF[fmt]]
    assert [family.recognise(samples[fmt], fmt) for family in others] == [None]
    assert WORD.recognise(samples["md"], "docx") is None
    assert PDF.recognise(samples["md"], "pdf") is None


def test_the_text_reader_refuses_binary_bytes() -> None:
    assert TEXT.recognise(bytes(range(256)) * 4, "txt") is None


def test_a_reader_keeps_within_the_limits_it_is_given(samples: dict[SourceFormat, bytes]) -> None:
    pages = PDF.read(samples["pdf"], "pdf", ReadOptions()).pages
    assert pages is not None and pages > 1
    with pytest.raises(InputError, match=f"too many pages \\({pages}; the limit is 1\\)"):
        PDF.read(samples["pdf"], "pdf", ReadOptions(limits=ReadLimits(max_pages=1)))
    with pytest.raises(InputError, match="implausibly large"):
        PDF.read(samples["pdf"], "pdf", ReadOptions(limits=ReadLimits(max_page_side=100.0)))
