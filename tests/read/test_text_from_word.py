"""A Word plan saved as plain text by LibreOffice (`txt:Text`, as an officer passes a Word file
on as a .txt) reads as the Word file does: the same header, sections, targets, units and
deadlines. The text has no bar, rule or emphasis: each table cell a line of its own, read by
read.text.flat_tables. The documents are the Word files of the corpus with gold (the dev plans'
and the seeds' renderings, corpus/render.py, and a real Word plan).

One known gap: a table whose header has cells spanning two columns over a row of sub-headers,
with an unnumbered total row (qd-ubnd-2954's export list), is left as text, so its targets are
not read; the text then finds fewer targets than the Word file, never other ones."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from files_helpers import soffice_convert
from plan_extract.evaluate.variants import differing, outline
from plan_extract.pipeline import parse_bytes, parse_path

ROOT = Path(__file__).resolve().parents[2]
PLANS = ROOT / "corpus" / "plans"
WORD = sorted([*(PLANS / "real").glob("*.docx"), *(PLANS / "rendered").glob("*.docx")])
FILTER = "txt:Text (encoded):UTF8"
TABLE_LEFT_AS_TEXT = {"qd-ubnd-2954-f1e0981425ec38be"}  # the gap above: its targets only


def _key(word: Path) -> str:
    return word.name.split(".")[0]


@pytest.fixture(scope="module")
def texts(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, bytes]:
    """Each Word file's LibreOffice text export (one folder, so one LibreOffice profile)."""
    folder = tmp_path_factory.mktemp("text-from-word")
    return {word: soffice_convert(word, FILTER, folder).read_bytes() for word in WORD}


def test_the_word_files_are_found() -> None:
    assert len(WORD) >= 7
    assert {_key(word) for word in WORD} >= TABLE_LEFT_AS_TEXT


@pytest.mark.parametrize("word", WORD, ids=_key)
def test_a_word_plan_saved_as_text_reads_as_the_word_file(
    word: Path, texts: dict[Path, bytes]
) -> None:
    from_word = outline(parse_path(word))
    from_text = outline(parse_bytes(texts[word], f"{word.stem}.txt"))
    if _key(word) not in TABLE_LEFT_AS_TEXT:
        assert differing(from_word, from_text) == ()
        return
    assert differing(from_word, from_text) == ("targets",)
    assert isinstance(from_word["targets"], list) and isinstance(from_text["targets"], list)
    found, expected = Counter(from_text["targets"]), Counter(from_word["targets"])
    assert found and not found - expected  # fewer targets, none that the Word file lacks
