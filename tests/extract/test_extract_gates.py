"""The tests the deadline and target rules pass a line by with, and the parse of an item's
first piece alone (`units._parts`): a line passed by is one where the rules find nothing, read
over the seed plans' lines, a few written here and lines made of their words at random."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from plan_extract.core.contract import DocumentMeta
from plan_extract.extract import deadlines, targets
from plan_extract.extract.context import BodyLine, Context, build_context
from plan_extract.extract.item_parts import item_parts, item_pieces, parsed_pieces
from plan_extract.extract.lexicon import PhraseLabel
from plan_extract.extract.nlp import may_hold_date
from plan_extract.normalize.model import Line, NormalizedDocument
from plan_extract.structure.model import Structure

_FIGURE_LABELS: frozenset[PhraseLabel] = frozenset({"NUMBER_WORD", "ZERO"})
_SEEDS = Path(__file__).resolve().parents[2] / "corpus/plans/seeds"
_WRITTEN = [
    "- Thời gian thực hiện: 2026.",  # a bare year after a label: no date hit, a deadline
    "Thời gian thực hiện: Quý II hằng năm.",  # a date without a figure
    "Phấn đấu đến hết năm 2030 không còn hộ nghèo.",
    "Tổ chức tuyên truyền, vận động nhân dân tham gia thực hiện.",
    "3. Phòng Văn hóa - Xã hội - Chủ trì tuyên truyền. Phối hợp với Công an xã trước ngày 30/6.",
]


@cache
def _seed_texts() -> tuple[str, ...]:
    texts = []
    for path in sorted(_SEEDS.glob("*.txt")):
        texts += [text.strip() for text in path.read_text(encoding="utf-8").splitlines()]
    return tuple(text for text in dict.fromkeys([*texts, *_WRITTEN]) if text)


@cache
def _words() -> tuple[str, ...]:
    return tuple(sorted({word for text in _seed_texts() for word in text.split()}))


def _context(texts: list[str]) -> Context:
    lines = [Line(number=n, text=text, source_lines=(n,)) for n, text in enumerate(texts, 1)]
    document = NormalizedDocument(format="txt", lines=lines)
    return build_context(document, Structure(document=DocumentMeta(), sections=[]))


def _no_target(context: Context, line: BodyLine) -> bool:
    heads = targets._list_heads(context)
    return not targets._find_in_line(context, line, targets._Unread(), [], heads)


def _check(context: Context) -> tuple[int, int]:
    """Asserts the gates' claims on each line; how many lines pass each gate."""
    dateless = zeroless = 0
    for line in context.lines:
        if not may_hold_date(line.text):  # no figure, no word a date is written with
            dateless += 1
            assert not line.parse.dates, line.text
            assert not deadlines._in_line(context, line), line.text
        if not line.parse.dates:  # passed by `_in_line`: at most a bare year after a label
            found = deadlines._in_line(context, line)
            assert len(found) <= 1, line.text
            assert all(item.kind == "year" for item in found), line.text
        if not line.parse.of("ZERO"):
            zeroless += 1
            assert not targets._zero_targets(context, line, targets._list_heads(context)), line.text
        figureless = not any(ch.isdigit() for ch in line.text)
        if figureless and not line.parse.holds(_FIGURE_LABELS):  # no figure, no `không còn`
            assert _no_target(context, line), line.text
    return dateless, zeroless


def test_seed_lines_passed_by_give_no_deadline_and_no_target() -> None:
    context = _context(list(_seed_texts()))
    dateless, zeroless = _check(context)
    assert 0 < dateless < len(context.lines) and 0 < zeroless < len(context.lines)
    texts = {line.text: line for line in context.lines}
    bare = texts[_WRITTEN[0]]  # a deadline on a line holding no date hit
    assert not bare.parse.dates and deadlines._in_line(context, bare)
    assert may_hold_date(_WRITTEN[1]) and texts[_WRITTEN[1]].parse.dates
    assert texts[_WRITTEN[2]].parse.of("ZERO")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(_words()), min_size=1, max_size=14).map(" ".join),
        min_size=1,
        max_size=6,
    )
)
def test_random_lines_passed_by_give_no_deadline_and_no_target(texts: list[str]) -> None:
    _check(_context(texts))


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_seed_texts()), st.lists(st.integers(1, 200), max_size=4))
def test_a_piece_parsed_alone_is_read_as_in_the_batch_of_its_item(
    text: str, cut_at: list[int]
) -> None:
    lines = _context([text]).lines
    if not lines:
        return
    line = lines[0]
    offsets = sorted({at for at in cut_at if 0 < at < len(text)})
    together = item_parts(line, offsets)
    pieces = item_pieces(line, offsets)
    alone = [parsed_pieces(line, [piece])[0] for piece in pieces]
    assert [part.text for part in together] == [part.text for part in alone]
    for whole, single in zip(together, alone, strict=True):
        assert whole.offset == single.offset
        assert whole.parse.words == single.parse.words
        assert whole.parse.offsets == single.parse.offsets
        assert whole.parse.dates == single.parse.dates
        assert whole.parse.by_label == single.parse.by_label
