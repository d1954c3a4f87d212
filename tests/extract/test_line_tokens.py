"""`LineTokens` answers what a spaCy Doc of the same words and spaces answers, for every
attribute, index and slice the rules read."""

from __future__ import annotations

from pathlib import Path

import pytest

from plan_extract.extract.line_tokens import LineTokens
from plan_extract.extract.nlp import matchers, parse_lines

ROOT = Path(__file__).resolve().parents[2]
EDGE_LINES = ["", "x", "Quý II/2026 :  hoàn thành 100% (01 báo cáo)  ", "3.5.2026; 12,5 km*"]


def _lines() -> list[str]:
    seed = sorted((ROOT / "corpus/plans/seeds").glob("*.txt"))[1]
    return seed.read_text(encoding="utf-8").splitlines() + EDGE_LINES


def _token(token: object) -> tuple[object, ...]:
    names = ("i", "text", "idx", "whitespace_", "lower_", "is_digit", "is_alpha")
    return (*(getattr(token, name) for name in names), len(token))  # type: ignore[arg-type]


def test_tokens_read_as_spacy_doc() -> None:
    from spacy.tokens import Doc

    vocab = matchers().nlp.vocab
    lines = _lines()
    checked = 0
    for parse in parse_lines(lines):
        ours = parse.doc
        spacy_doc = Doc(vocab, words=list(parse.words), spaces=parse.doc.spaces)
        assert isinstance(ours, LineTokens)
        assert len(ours) == len(spacy_doc) and ours.text == spacy_doc.text
        assert [_token(t) for t in ours] == [_token(t) for t in spacy_doc]
        count = len(ours)
        for index in range(-count, count):
            assert _token(ours[index]) == _token(spacy_doc[index])
        for start in range(-2, count + 2):
            for end in (None, start + 1, start + 3, count + 5, -1):
                mine, theirs = ours[start:end], spacy_doc[start:end]
                assert mine.text == theirs.text
                assert [_token(t) for t in mine] == [_token(t) for t in theirs]
                checked += 1
    assert checked > 1000


def test_index_past_the_line_raises_as_spacy() -> None:
    parse = next(parse_lines(["Quý II"]))
    with pytest.raises(IndexError):
        parse.doc[2]
    with pytest.raises(IndexError):
        parse.doc[-3]
