"""`once_per_line`: what a rule module reads of a line is read once for each line, and each line
gets its own reading."""

from __future__ import annotations

from plan_extract.core.contract import DocumentMeta
from plan_extract.extract.context import BodyLine, build_context, once_per_line
from plan_extract.normalize.model import Line, NormalizedDocument
from plan_extract.structure.model import Structure


def test_read_once_for_each_line() -> None:
    texts = ["1. Sở Tài chính chủ trì.", "2. Sở Y tế phối hợp."]
    lines = [Line(number=n, text=text, source_lines=(n,)) for n, text in enumerate(texts, 1)]
    document = NormalizedDocument(format="txt", lines=lines)
    context = build_context(document, Structure(document=DocumentMeta(), sections=[]))
    read: list[int] = []

    @once_per_line
    def first_word(line: BodyLine) -> str:
        read.append(line.number)
        return line.parse.words[line.text_start]

    answers = [first_word(line) for line in context.lines * 3]
    assert answers == ["Sở", "Sở"] * 3
    assert read == [1, 2]
