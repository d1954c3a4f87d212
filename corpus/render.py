"""Renderings of real Markdown plans as Word, PDF and scanned PDF files (corpus/SOURCES-real.md).

Run from the repository root with the project's Python and LibreOffice installed:

    .venv/bin/python corpus/render.py corpus/plans/heldout/kh-ubnd-235-85ff77cbda28ffbb.md docx

Each paragraph of the Markdown page (its wrapped lines joined) becomes a Word paragraph (python-
docx), `**`/`*` become bold/italic runs, and the cells of a `|` block (cells separated by lines
that are only `|`) become a two-column table when there are two or four cells (the issuer |
motto, number | date and Nơi nhận | signature rows of the page), else one paragraph per cell
(flattened tables). LibreOffice turns the .docx into .pdf; `scan` renders the PDF's pages at 150
dpi, tilts and specks them with a fixed seed, and writes them back as an image-only PDF.
The output sits beside the source, named `<stem>.rendered.docx`, `.rendered.pdf`, `.scan.pdf`.
"""

from __future__ import annotations

import random
import re
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.text.paragraph import Paragraph

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from files_helpers import soffice_convert

CELL_BREAK = re.compile(r"\n\s*\|\s*\n")


def _runs(paragraph: Paragraph, text: str) -> None:
    """`**bold**` and `*italic*` spans as runs; other marks dropped."""
    text = " ".join(text.split())
    for part in re.split(r"(\*\*.+?\*\*|\*.+?\*)", text):
        if part.startswith("**") and part.endswith("**") and len(part) > 4:
            paragraph.add_run(part[2:-2].replace("*", "")).bold = True
        elif part.startswith("*") and part.endswith("*") and len(part) > 2:
            paragraph.add_run(part[1:-1].replace("*", "")).italic = True
        elif part:
            paragraph.add_run(part.replace("*", ""))


def _block(document: Document, block: str) -> None:
    if "\n|" not in "\n" + block and not block.lstrip().startswith("|"):
        _runs(document.add_paragraph(), block)
        return
    cells = [c.strip().strip("|").strip() for c in CELL_BREAK.split("\n" + block + "\n")]
    cells = [c for c in cells if c]
    if len(cells) not in (2, 4):
        for cell in cells:
            _runs(document.add_paragraph(), cell)
        return
    table = document.add_table(rows=len(cells) // 2, cols=2)
    for index, text in enumerate(cells):
        cell = table.cell(index // 2, index % 2)
        for number, line in enumerate(line for line in text.splitlines() if line.strip()):
            paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _runs(paragraph, line)


def to_docx(markdown: str, target: Path) -> None:
    document = Document()
    for block in re.split(r"\n\s*\n", markdown):
        if block.strip():
            _block(document, block)
    document.save(str(target))


def scan(pdf: Path, target: Path) -> None:
    import pypdfium2
    from PIL import Image, ImageFilter

    rng = random.Random(12)
    pages = []
    for page in pypdfium2.PdfDocument(pdf):
        image = page.render(scale=150 / 72).to_pil().convert("L")
        image = image.rotate(rng.uniform(-0.8, 0.8), fillcolor=255, resample=Image.BICUBIC)
        pixels = image.load()
        width, height = image.size
        for _ in range(width * height // 400):
            pixels[rng.randrange(width), rng.randrange(height)] = rng.choice((0, 90, 200))
        pages.append(image.filter(ImageFilter.GaussianBlur(0.4)))
    pages[0].save(target, save_all=True, append_images=pages[1:], resolution=150)


def main(source: Path, kind: str) -> None:
    stem = source.stem
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        docx = folder / f"{stem}.rendered.docx"
        to_docx(source.read_text(encoding="utf-8"), docx)
        if kind == "docx":
            (source.parent / docx.name).write_bytes(docx.read_bytes())
            return
        pdf = soffice_convert(docx, "pdf", folder)
        if kind == "pdf":
            (source.parent / pdf.name).write_bytes(pdf.read_bytes())
        else:
            scan(pdf, source.parent / f"{stem}.scan.pdf")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
