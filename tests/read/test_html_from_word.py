"""A Word plan saved as HTML by LibreOffice (both its HTML filters), read as a Markdown file (a
page of HTML in a text file), reads as the Word file does: the same header, sections, targets,
units and deadlines. The dev plans' Word renderings are the documents (corpus/render.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from files_helpers import soffice_convert
from plan_extract.evaluate.variants import differing, outline
from plan_extract.pipeline import parse_bytes, parse_path

ROOT = Path(__file__).resolve().parents[2]
WORD = sorted((ROOT / "corpus" / "plans" / "real").glob("*.rendered.docx"))
FILTERS = {"xhtml": "html:XHTML Writer File:UTF8", "starwriter": "html:HTML (StarWriter)"}


def test_the_word_renderings_are_found() -> None:
    assert len(WORD) >= 4


@pytest.mark.parametrize("kind", FILTERS)
@pytest.mark.parametrize("word", WORD, ids=lambda path: path.name.split(".")[0])
def test_a_word_plan_saved_as_html_reads_as_the_word_file(
    word: Path, kind: str, tmp_path: Path
) -> None:
    html = soffice_convert(word, FILTERS[kind], tmp_path).read_bytes()
    assert b"<table" in html and b"<p" in html  # a page of HTML: the test reads its tags
    plan = parse_bytes(html, word.name.replace(".rendered.docx", ".md"))
    assert differing(outline(parse_path(word)), outline(plan)) == ()
