"""The tests the unit rules pass lines by with (`may_name_bodies`, `may_cut`): a line they
pass by is one where the rules they guard find nothing, from any token on; read over the
seed plans' lines and a few written here."""

from __future__ import annotations

from pathlib import Path

from plan_extract.core.contract import DocumentMeta
from plan_extract.extract.context import BodyLine, build_context
from plan_extract.extract.item_parts import cuts, item_parts, later_parts, may_cut
from plan_extract.extract.unit_names import (
    asked_list,
    cooperating_units,
    head_members,
    may_name_bodies,
    unit_list,
)
from plan_extract.normalize.model import Line, NormalizedDocument
from plan_extract.structure.model import Structure

_SEEDS = Path(__file__).resolve().parents[2] / "corpus/plans/seeds"
_WRITTEN = [
    "1. Sở Y tế chủ trì, phối hợp với Sở Tài chính tổ chức tập huấn.",
    "2. Các Sở: Nội vụ, Tư pháp căn cứ chức năng hướng dẫn thực hiện.",
    "3. Phòng Văn hóa - Xã hội - Chủ trì tuyên truyền. Phối hợp với Công an xã.",
    "4. Tăng cường kiểm tra, giám sát việc thực hiện trong năm 2026.",
    "5. Đẩy mạnh tuyên truyền, vận động nhân dân tham gia (theo hướng dẫn) b) nội dung khác",
    "- Hoàn thành trước ngày 30/6/2026.",
    "Các cơ quan, đơn vị liên quan phối hợp thực hiện.",
    "a) Nâng cao chất lượng dịch vụ y tế cơ sở;",
]


def _lines() -> list[BodyLine]:
    texts = []
    for path in sorted(_SEEDS.glob("*.txt")):
        texts += [text.strip() for text in path.read_text(encoding="utf-8").splitlines()]
    texts += _WRITTEN
    texts = [text for text in dict.fromkeys(texts) if text]
    lines = [Line(number=n, text=text, source_lines=(n,)) for n, text in enumerate(texts, 1)]
    document = NormalizedDocument(format="txt", lines=lines)
    return build_context(document, Structure(document=DocumentMeta(), sections=[])).lines


def test_a_line_naming_no_body_gives_no_list_from_any_token() -> None:
    lines = _lines()
    passed = [line for line in lines if not may_name_bodies(line)]
    assert passed and len(passed) < len(lines)
    for line in passed:
        for token in range(len(line.parse.words) + 1):
            assert not unit_list(line, token, addressed=True)[0], line.text
            assert not unit_list(line, token)[0], line.text
            assert not asked_list(line, token, heading=True, addressed=True)[0], line.text
            assert not cooperating_units(line, token, len(line.parse.words)), line.text
            assert head_members(line, token) is None, line.text
    texts = {line.text: line for line in lines}
    assert may_name_bodies(texts[_WRITTEN[0]]) and may_name_bodies(texts[_WRITTEN[1]])
    assert not may_name_bodies(texts[_WRITTEN[3]])


def test_a_line_passed_by_has_no_part_opening_from_that_token_on() -> None:
    lines = _lines()
    passed = 0
    for line in lines:
        for start in range(len(line.parse.words) + 1):
            if may_cut(line, start):
                continue
            passed += 1
            for later in range(start, len(line.parse.words) + 1):
                assert not cuts(line, later, frozenset), line.text
                assert not cuts(line, later, frozenset, clauses=True), line.text
    assert passed
    texts = {line.text: line for line in lines}
    assert may_cut(texts[_WRITTEN[2]], 2)  # ` - Chủ trì`
    assert may_cut(texts[_WRITTEN[4]], 2)  # ` b) `
    assert not may_cut(texts[_WRITTEN[3]], 2)  # a sentence's final stop opens nothing


def test_the_later_parts_are_the_item_parts_after_the_first() -> None:
    """`later_parts` leaves the first part unparsed and changes no other: each later part
    has the text, offset and parse (tokens, hits of every label, dates) `item_parts` gives it."""
    compared = 0
    for line in _lines():
        offsets = cuts(line, line.text_start, frozenset, clauses=True)
        if not offsets:
            continue
        later = later_parts(line, offsets)
        whole = item_parts(line, offsets)[1:]
        assert [(p.text, p.offset) for p in later] == [(p.text, p.offset) for p in whole]
        for mine, theirs in zip(later, whole, strict=True):
            assert mine.parse.words == theirs.parse.words
            assert mine.parse.offsets == theirs.parse.offsets
            assert mine.parse.dates == theirs.parse.dates
            assert mine.parse.by_label == theirs.parse.by_label
            compared += 1
    assert compared > 5
