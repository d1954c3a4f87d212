"""PDF speed and memory (issue 15), each figure against its baseline in the same run, rounds
alternating:

- text layer: reading the born-digital PDFs (`read_path`) against raw pypdfium2 text extraction
  (each page's text page and its whole text), in pages per second; the rendered plans (no
  ruled table), and apart the real plans rendered from Word with their ruled tables (found
  from the pages' paths by pdfplumber's table finder, `read/pdf/ruling.py`);
- scans: reading the scanned PDFs (render, OCR, layout) against raw Tesseract at the same dpi on
  the same page images rendered beforehand, with as many Tesseract processes at once as the
  reader runs (one per core), in seconds;
- scan memory: the peak resident memory of a fresh process reading a generated scan of few and
  of many pages (the corpus scan's pages repeated), and with its Tesseract processes.
  BENCH_SCAN_PAGES sets the page counts (default "10,200").
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from benchmarks.bench_ingest import TreeMemory
from benchmarks.ratio import Figure, alternate, report, runs, seconds, small

ROOT = Path(__file__).resolve().parents[1]
RENDERED = ROOT / "corpus" / "plans" / "rendered"
REAL = ROOT / "corpus" / "plans" / "real"
SCAN = RENDERED / "001_d694d18c5a7d837d.scan.pdf"
# the reading process's own peak: VmHWM (ru_maxrss would count the parent's, inherited at fork)
PEAK = (
    "import sys, json; from pathlib import Path;"
    "from plan_extract.read import read_path; raw, _ = read_path(Path(sys.argv[1]));"
    "status = Path('/proc/self/status').read_text().splitlines();"
    "hwm = next(line for line in status if line.startswith('VmHWM')).split()[1];"
    "print(json.dumps([raw.pages, int(hwm)]))"
)


def _raw_pdfium(paths: list[Path]) -> None:
    import pypdfium2 as pdfium

    for path in paths:
        document = pdfium.PdfDocument(path)
        for page in document:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        document.close()


def _pages(paths: list[Path]) -> int:
    import pypdfium2 as pdfium

    return sum(len(pdfium.PdfDocument(path)) for path in paths)


def text_figure(texts: list[Path] | None = None, what: str = "") -> Figure:
    from plan_extract.read import read_path

    if texts is None:
        texts = sorted(p for p in RENDERED.glob("*.pdf") if not p.name.endswith(".scan.pdf"))
    texts = texts[:1] if small() else texts
    pages = _pages(texts)
    for path in texts:  # warm-up
        read_path(path)
    base, ours = alternate(
        lambda: pages / seconds(lambda: _raw_pdfium(texts)),
        lambda: pages / seconds(lambda: [read_path(path) for path in texts]),
    )
    name = f"PDF text layer{what} ({pages} pages)"
    return Figure(name, "raw pypdfium2", "pages/s", base, ours, 0.25)


def tables_figure() -> Figure:
    """The text layer of the real plans rendered from Word, ruled tables included."""
    return text_figure(sorted(REAL.glob("*.rendered.pdf")), ", ruled tables")


def _rendered(path: Path) -> list[Any]:
    """The scan's pages as the reader renders them (same dpi, grayscale)."""
    import pypdfium2 as pdfium

    from plan_extract.read.options import ReadLimits
    from plan_extract.read.pdf.ocr import render_page
    from plan_extract.read.pdf.render_budget import RenderBudget

    document = pdfium.PdfDocument(path)
    budget = RenderBudget(ReadLimits())
    images = [render_page(page, number, budget)[0] for number, page in enumerate(document, 1)]
    document.close()
    return images


def _raw_tesseract(images: list[Any]) -> None:
    import pytesseract

    from plan_extract.read.pdf.ocr import LANGUAGE

    def read(image: Any) -> object:
        return pytesseract.image_to_data(image, lang=LANGUAGE, config="--psm 3")

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    workers = max(1, min(len(images), os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(read, images))


def _scan_of(pages: int, folder: Path) -> Path:
    """A scan of `pages` pages: the corpus scan's pages repeated."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(SCAN)
    out = pdfium.PdfDocument.new()
    count = len(source)
    out.import_pages(source, [index % count for index in range(pages)])
    path = folder / f"scan-{pages}.pdf"
    out.save(path)
    out.close()
    source.close()
    return path


def scan_figure() -> Figure:
    from plan_extract.read import read_path

    with tempfile.TemporaryDirectory(prefix="bench-scan-") as folder:
        scan = _scan_of(2, Path(folder)) if small() else SCAN
        pages = _pages([scan])
        images = _rendered(scan)
        read_path(scan)  # warm-up
        base, ours = alternate(
            lambda: seconds(lambda: _raw_tesseract(images)),
            lambda: seconds(lambda: read_path(scan)),
        )
    name = f"scan OCR ({pages} pages)"
    return Figure(name, "raw Tesseract, same dpi", "s", base, ours, 1.15, False)


def scan_memory() -> None:
    default = "2,4" if small() else "10,200"
    counts = [int(n) for n in os.environ.get("BENCH_SCAN_PAGES", default).split(",")]
    with tempfile.TemporaryDirectory(prefix="bench-scan-") as folder:
        for count in counts:
            scan = _scan_of(count, Path(folder))
            command = [sys.executable, "-c", PEAK, str(scan)]
            child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT)
            with child, TreeMemory(root=child.pid) as memory:
                out, _ = child.communicate()
            if child.returncode:
                raise RuntimeError(f"reading the {count}-page scan failed")
            pages, own = json.loads(out)
            print(
                f"  scan memory, {pages} pages: peak {own / 1024:.0f} MiB (reading process;"
                f" target <= 300 MiB at 200 pages), {memory.peak / 2**20:.0f} MiB"
                " (with its Tesseract processes, sampled)",
                flush=True,
            )


def run() -> None:
    print(f"bench_pdf: {runs()} rounds, {os.cpu_count()} cores")
    report(text_figure())
    report(tables_figure())
    report(scan_figure())
    scan_memory()


if __name__ == "__main__":
    run()
