"""The columns of some lines of a batch are those a Doc of these lines alone would give."""

from __future__ import annotations

from spacy.tokens import Doc

from plan_extract.extract.line_columns import LineColumns
from plan_extract.extract.nlp import matchers, syllables

LINES = ["Quý II năm 2026", "a b", "", "ngày 15/6/2026", "x"]


def _read(texts: list[str]) -> LineColumns:
    words = [syllables(text)[0] for text in texts]
    starts = [sum(map(len, words[:index])) for index in range(len(texts))]
    batch = Doc(matchers().nlp.vocab, words=[word for line in words for word in line])
    return LineColumns.read(batch, starts, ["LOWER", "SHAPE"])


def test_the_chosen_lines_columns_are_those_of_a_doc_of_them_alone() -> None:
    chosen = [True, False, True, True, False]
    taken = _read(LINES).of_lines(chosen)
    alone = _read([text for text, wanted in zip(LINES, chosen, strict=True) if wanted])
    assert taken.bounds.tolist() == alone.bounds.tolist() == [0, 4, 4, 10]
    for name in ("LOWER", "SHAPE"):
        assert taken.columns[name].tolist() == alone.columns[name].tolist()
    assert taken.present == alone.present
    assert _read(LINES).of_lines([False] * len(LINES)).bounds.tolist() == [0]
