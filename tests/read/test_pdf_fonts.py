"""PDF fonts without a /ToUnicode map: Unicode recovered from the embedded font program (its
cmap or glyph names), and, for Word's CID subsets that keep neither, glyphs identified by OCR
of their pages (the signed Lào Cai plan)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
import yaml

from files_helpers import composite_font, pdf_with_font, truetype_font
from plan_extract import parse
from plan_extract.read import read_bytes, read_path
from plan_extract.read.model import Block
from plan_extract.read.pdf.fonts import PLACEHOLDER_BASE, FontTable, _page_resources
from plan_extract.read.pdf.glyph_votes import has_placeholders, new_votes, solve
from plan_extract.read.pdf.page_layout import Word

ROOT = Path(__file__).resolve().parents[2]
PLAN = "SỞ CÔNG THƯƠNG TỈNH LÀO CAI\nKế hoạch kiểm tra việc sử dụng vật liệu nổ công nghiệp"


@pytest.mark.parametrize("names", [False, True], ids=["cmap", "glyph-names"])
def test_cid_font_without_tounicode_reads_through_its_program(names: bool) -> None:
    program, gids = truetype_font(PLAN, unicode_cmap=not names, glyph_names=names)
    data = pdf_with_font(PLAN, program, gids, cid=True)
    doc = read_bytes(data, "cid.pdf")
    assert " ".join(line.text for line in doc.lines if line.text) == PLAN.replace("\n", " ")
    assert not doc.warnings  # read from the text layer, no OCR
    pdf = pdfium.PdfDocument(data)
    assert "Ở" not in pdf[0].get_textpage().get_text_range()  # pdfium alone gives chr(glyph id)


def test_simple_truetype_font_without_encoding_reads_as_windows_1252() -> None:
    text = "Lào Cai, ngày 10 tháng 3 năm 2026\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    latin = "".join(char for char in text if char in "\n" or char.encode("cp1252", "ignore"))
    program, gids = truetype_font(latin.replace("\n", ""), symbolic=True)
    data = pdf_with_font(latin, program, gids, cid=False)
    doc = read_bytes(data, "simple.pdf")
    assert " ".join(line.text for line in doc.lines if line.text) == latin.replace("\n", " ")
    assert not doc.warnings
    # pdfium alone reads these codes as Mac Roman ("L‡o Cai", "H“A")
    pdf = pdfium.PdfDocument(data)
    raw = pdf[0].get_textpage().get_text_range()
    assert "Lào" not in raw and "HÒA" not in raw


def test_signed_lao_cai_plan_reads_its_text_layer_like_the_gold() -> None:
    source = ROOT / "corpus" / "plans" / "real" / "laocai-1105-kh-dkt-2026.pdf"
    doc, _ = read_path(source)
    codes = {warning.code for warning in doc.warnings}
    assert "pdf_text_layer_unusable" not in codes  # no page fell back to OCR
    assert "pdf_glyphs_read_by_ocr" in codes
    header = [line.text for line in doc.lines if line.text and line.block is Block.HEADER_LEFT]
    assert header[:2] == ["SỞ CÔNG THƯƠNG", "ĐOÀN KIỂM TRA"]
    assert "Số: 1105/KH-ĐKT" in header
    gold = yaml.safe_load(
        (ROOT / "corpus" / "gold" / "dev" / f"{source.stem}.yaml").read_text("utf-8")
    )
    plan = parse(source)
    for field in ("title", "number", "place", "recipients"):
        assert getattr(plan.document, field) == gold["document"][field], field
    assert plan.document.signer is not None
    assert plan.document.signer.model_dump() == gold["document"]["signer"]
    assert [(s.number, s.title) for s in plan.sections] == [
        (s["number"], s["title"]) for s in gold["sections"]
    ]


def test_composite_letters_read_from_their_parts_over_a_systematic_misreading() -> None:
    """OCR reads every "ổ" as "ô" (the hook lost); its parts, identified in other letters,
    still make it "ổ". The dot below pairs with the part drawn under the baseline."""
    marks = {"circ": "\u0302", "hook": "\u0309", "dot": "\u0323"}
    letters = {
        "ocirc": "ocirc",
        "ohook": "ohook",
        "ocirchook": "ocirc,hook",
        "ecirchook": "ecirc,hook",
        "ocircdot": "ocirc,dot",
        "odot": "odot",
    }
    program, order = composite_font("oe", marks, letters)
    table = FontTable(cid=True, program=program)
    assert table.by_code == {}  # the font names no glyph
    gid = {name: index for index, name in enumerate(order)}
    voted = {
        "base0": {"o": 9},
        "base1": {"e": 9},
        "ocirc": {"ô": 5},
        "ohook": {"ỏ": 3, "o": 1},
        "ocirchook": {"ô": 4},  # always misread
        "ecirchook": {"ể": 2},
        "ocircdot": {"ộ": 2},
        "odot": {"ọ": 2},
    }
    origins = {chr(PLACEHOLDER_BASE + i): (table, gid[name]) for i, name in enumerate(voted)}
    votes = new_votes()
    for char, (_, code) in origins.items():
        votes[char].update(voted[order[code]])
    solution = solve(votes, origins)
    read = {order[code]: solution[char] for char, (_, code) in origins.items()}
    assert read == {
        "base0": "o",
        "base1": "e",
        "ocirc": "ô",
        "ohook": "ỏ",
        "ocirchook": "ổ",
        "ecirchook": "ể",
        "ocircdot": "ộ",
        "odot": "ọ",
    }


@pytest.mark.parametrize(
    "name", ["real/laocai-1105-kh-dkt-2026.pdf", "rendered/001_d694d18c5a7d837d.pdf"]
)
def test_the_pages_resources_are_those_pdfminer_s_pages_have(name: str) -> None:
    """The font pass reads the pages' resources only (`_page_resources`): the same resources,
    page by page, as pdfminer's own pages hold."""
    import io

    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    data = (Path(__file__).resolve().parents[2] / "corpus/plans" / name).read_bytes()
    document = PDFDocument(PDFParser(io.BytesIO(data)))
    light = [page.resources for page in _page_resources().create_pages(document)]
    full = [page.resources for page in PDFPage.create_pages(document)]
    assert light == full and len(full) > 1 and all("Font" in found for found in full)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (chr(PLACEHOLDER_BASE), True),
        (f"Kế ho{chr(PLACEHOLDER_BASE + 7)}ch", True),
        (chr(0x10FFFF), True),
        (chr(PLACEHOLDER_BASE - 1), False),
        ("Kế hoạch \ufffd \U0001f600", False),
        ("", False),
    ],
)
def test_a_page_has_placeholders_when_a_word_holds_one(text: str, found: bool) -> None:
    words = [Word("Số:", 0, 10, 0, 10), Word(text, 12, 40, 0, 10)]
    assert has_placeholders(words) is found
    assert has_placeholders([]) is False
