"""How a scan's pages are prepared for Tesseract, faster with the same pixels and words: the
3-pixel median filter in numpy gives PIL's `MedianFilter(3)` exactly; Tesseract's models are
asked of the program itself, so that reading a scan imports neither pytesseract nor what
pytesseract imports (pandas, where it is installed)."""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

import numpy
import pytest
from PIL import Image, ImageFilter

from plan_extract.read.pdf import ocr

ROOT = Path(__file__).resolve().parents[2]
SCAN = ROOT / "corpus" / "plans" / "rendered" / "001_d694d18c5a7d837d.scan.pdf"


@pytest.mark.parametrize(
    "shape", [(1, 1), (1, 2), (2, 1), (3, 3), (1, 9), (9, 1), (5, 7), (64, 65), (131, 97)]
)
def test_the_median_filter_gives_pils_pixels(shape: tuple[int, int]) -> None:
    """Noise, a few greys, black and white specks, and runs: every pixel as PIL's filter
    gives it, the page's edges included."""
    generator = numpy.random.default_rng(sum(shape))
    patterns = [
        generator.integers(0, 256, shape),
        generator.integers(0, 3, shape) * 120,
        generator.choice([0, 255], shape, p=[0.1, 0.9]),
        numpy.sort(generator.integers(0, 256, shape), axis=1),
    ]
    for pixels in patterns:
        image = Image.fromarray(pixels.astype(numpy.uint8))
        theirs = numpy.asarray(image.filter(ImageFilter.MedianFilter(3)))
        ours = numpy.asarray(ocr.despeckled(image))
        assert ours.shape == theirs.shape and (ours == theirs).all()


def test_a_speck_goes_and_a_stroke_stays() -> None:
    pixels = numpy.full((9, 9), 255, dtype=numpy.uint8)
    pixels[2, 2] = 0  # a speck
    pixels[6, 1:8] = 0  # a stroke three pixels thick
    pixels[5, 1:8] = 0
    pixels[7, 1:8] = 0
    out = numpy.asarray(ocr.despeckled(Image.fromarray(pixels)))
    assert out[2, 2] == 255 and (out[6, 2:7] == 0).all()


@pytest.mark.slow
def test_tesseracts_models_are_those_pytesseract_lists() -> None:
    import pytesseract

    assert ocr.tesseract_languages() == pytesseract.get_languages(config="")
    assert ocr.LANGUAGE in ocr.tesseract_languages()


@pytest.mark.slow
def test_reading_a_scan_imports_no_pytesseract(tmp_path: Path) -> None:
    """A page of the corpus scan read in a fresh process: read by OCR, and pytesseract and
    pandas not among the modules loaded."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(SCAN)
    one = pdfium.PdfDocument.new()
    one.import_pages(source, [8])  # its last page, the shortest
    path = tmp_path / "one.pdf"
    one.save(path)
    one.close()
    source.close()
    script = (
        "import sys; from pathlib import Path; from plan_extract.read import read_path;"
        "raw, _ = read_path(Path(sys.argv[1]));"
        "print(raw.pages, any(line.text for line in raw.lines),"
        " sorted({'pytesseract', 'pandas'} & set(sys.modules)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["1", "True", "[]"]


def test_the_image_sent_to_tesseract_is_its_own_grey_pixels_uncompressed() -> None:
    """PGM: Tesseract reads the same pixels as from PNG, without PNG's compression (that the
    words are the same, `test_ocr_bounds` checks against pytesseract's, which sends PNG)."""
    import io

    image = Image.fromarray(
        numpy.array(
            list(itertools.islice(itertools.cycle(range(256)), 12 * 7)), numpy.uint8
        ).reshape(12, 7)
    )
    pixels = io.BytesIO()
    image.save(pixels, format="PPM")
    assert pixels.getvalue().startswith(b"P5")  # grey, 8 bits
    assert numpy.array_equal(numpy.asarray(Image.open(pixels)), numpy.asarray(image))
