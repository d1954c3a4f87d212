"""The date matcher skips only lines where it finds nothing: every line in which the date
patterns match holds an anchor, and the anchors leave most lines of a plan unread."""

from __future__ import annotations

from pathlib import Path

from plan_extract.extract.date_anchors import anchored_lines, date_anchors
from plan_extract.extract.nlp import matchers, syllables

ROOT = Path(__file__).resolve().parents[2]
# lines of our own: dates of every shape the patterns read, and figures that are no date
OWN_LINES = [
    "Hoàn thành trước ngày 15/12/2026.",
    "Trong quý II và quý III năm 2026",
    "Thời gian: 6 tháng đầu năm",
    "từ ngày 01 đến ngày 15 tháng 3 năm 2026",
    "đạt 95% số hộ; 12,5 km đường; 3.000 người",
    "1. Mục tiêu cụ thể",
    "hạn 30.6.2026 và 7/2026",
    "",
]


def _doc_of(texts: list[str]) -> tuple[object, list[int]]:
    from spacy.tokens import Doc

    starts: list[int] = []
    words: list[str] = []
    spaces: list[bool] = []
    for text in texts:
        line_words, line_spaces = syllables(text)
        starts.append(len(words))
        words += line_words
        spaces += line_spaces
    return Doc(matchers().nlp.vocab, words=words, spaces=spaces), starts


def _corpus_lines() -> list[str]:
    paths = sorted((ROOT / "corpus/plans/seeds").glob("*.txt"))
    paths += sorted((ROOT / "corpus/plans/real").glob("*.md"))[:6]
    return [line for path in paths for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_line_with_a_date_match_is_anchored() -> None:
    m = matchers()
    lines = OWN_LINES + _corpus_lines()
    batch, starts = _doc_of(lines)
    anchored = anchored_lines(m.date_anchors, batch, starts)  # type: ignore[arg-type]
    matched = 0
    for text, has_anchor in zip(lines, anchored, strict=True):
        alone, _ = _doc_of([text])
        if m.dates(alone):
            matched += 1
            assert has_anchor, text
    assert matched > 50
    assert sum(anchored) < 0.6 * len(lines)  # the matcher reads far fewer lines
    assert not anchored[OWN_LINES.index("1. Mục tiêu cụ thể")]


def test_a_pattern_without_a_literal_test_makes_every_line_read() -> None:
    strings = matchers().nlp.vocab.strings
    digits = [{"IS_DIGIT": True}, {"ORTH": "/", "OP": "?"}]
    assert date_anchors([digits], strings).everywhere
    anchors = date_anchors([[{"IS_DIGIT": True}, {"LOWER": {"IN": ["x", "abc"]}}]], strings)
    assert not anchors.everywhere
    batch, starts = _doc_of(["1 ABC", "1 2", "", "x"])
    assert anchored_lines(anchors, batch, starts) == [True, False, False, True]  # type: ignore[arg-type]
