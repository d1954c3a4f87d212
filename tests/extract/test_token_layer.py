"""The token layer (`extract.nlp.parse_lines`): many lines matched at once in one Doc read each
line exactly as when it is matched alone: the same tokens, offsets, phrases and dates, no match
across two lines, and the line's own Doc when a rule asks for it."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plan_extract.extract import nlp
from plan_extract.extract.nlp import (
    TOKEN,
    LineParse,
    matchers,
    one_document,
    parse_lines,
    syllables,
)

ROOT = Path(__file__).resolve().parents[2]


def _reading(parse: LineParse) -> tuple[object, ...]:
    doc = parse.doc
    tokens = [(t.i, t.text, t.idx, t.whitespace_) for t in doc]
    return parse.words, parse.offsets, parse.by_label, parse.dates, tokens, doc.text


def test_lines_matched_together_read_as_each_alone() -> None:
    seed = sorted((ROOT / "corpus/plans/seeds").glob("*.txt"))[0]
    lines = [line for line in seed.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines += ["", "ngày 15/12/2026", "__ ngày  1 tháng 2 năm 2026 __"]  # empty, dates, gaps
    together = [_reading(parse) for parse in parse_lines(lines)]
    alone = [_reading(next(parse_lines([line]))) for line in lines]
    assert together == alone
    assert any(parse[2] for parse in together) and any(parse[3] for parse in together)


def test_no_phrase_is_matched_across_two_lines() -> None:
    lines = ["Giao Ủy", "ban nhân dân xã thực hiện"]
    whole = next(parse_lines([" ".join(lines)]))
    across = [h for hits in whole.by_label.values() for h in hits if h.first_token == 1]
    assert across and all(h.last_token > 2 for h in across)  # "Ủy ban" runs over the break
    together = [_reading(parse) for parse in parse_lines(lines)]
    assert together == [_reading(next(parse_lines([line]))) for line in lines]
    assert not together[0][2].get(across[0].label)  # the first line keeps none of it


def test_hits_made_when_asked_are_sorted_and_fresh_when_none() -> None:
    parse = next(parse_lines(["Giao Ủy ban nhân dân xã chủ trì, phối hợp với Công an xã"]))
    by_label = parse.by_label
    assert by_label
    for label, hits in by_label.items():
        assert parse.of(label) == hits  # type: ignore[arg-type]
        order = [(h.start, -h.end, h.label, h.id) for h in hits]
        assert order == sorted(order)
    firsts = [(hits[0].start, -hits[0].end, label) for label, hits in by_label.items()]
    assert firsts == sorted(firsts)  # labels in the order of their first hit
    missing = next(label for label in ("YEAR_WORD", "FREQUENCY") if label not in by_label)
    empty = parse.of(missing)  # type: ignore[arg-type]
    empty.append(by_label[next(iter(by_label))][0])
    assert parse.of(missing) == []  # type: ignore[arg-type]


def test_one_document_parses_each_text_once_and_reads_as_without() -> None:
    lines = [
        "Giao Ủy ban nhân dân xã chủ trì",
        "trước ngày 15/12/2026",
        "Giao Ủy ban nhân dân xã chủ trì",
    ]
    alone = [_reading(parse) for parse in parse_lines(lines)]
    with one_document():
        first = list(parse_lines(lines))
        again = next(parse_lines([lines[1]]))
        assert first[0] is first[2] and again is first[1]
        assert [_reading(parse) for parse in first] == alone
    outside = next(parse_lines([lines[1]]))
    assert outside is not again and _reading(outside) == alone[1]
    with one_document():  # a new document keeps nothing of the one before
        assert next(parse_lines([lines[1]])) is not again


_PIECES = st.sampled_from(
    ["Quý", "IV", "ngày", "15", "/", "1,4", "100.000", ".", " ", "  ", "_", "\t", "x2", "đ"]
)


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_syllables_are_the_token_matches_and_the_gaps_after_them(text: str) -> None:
    matches = list(TOKEN.finditer(text))
    words, spaces = syllables(text)
    assert words == [match.group() for match in matches]
    ends = [match.end() for match in matches]
    starts = [match.start() for match in matches[1:]] + [len(text)] if matches else []
    assert spaces == [start > end for end, start in zip(ends, starts, strict=True)]


def test_the_matchers_are_frozen_out_of_the_garbage_collector() -> None:
    """Built once per process, the matchers (and spaCy's vocabulary) leave the collector's
    generations; what a parse makes after them is still collected."""
    gc.unfreeze()
    matchers.cache_clear()
    built = matchers()
    frozen = gc.get_freeze_count()
    assert frozen > 0 and built is matchers()
    parsed = list(parse_lines(["Sở Y tế chủ trì."]))
    assert parsed and gc.get_freeze_count() == frozen  # a parse freezes nothing more


def test_a_batchs_dates_are_found_when_first_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch's dates are found for all its lines when a rule first reads one line's: a batch
    never read for them runs no date matcher, and what is read later, in any order and after
    other batches, is what reading each line as it is parsed gives."""
    lines = ["Hoàn thành trước ngày 15/12/2026.", "Sở Y tế chủ trì.", "Quý II/2026, tháng 3/2027"]
    eager = [parse.dates for parse in parse_lines(lines)]
    assert eager[0] and not eager[1] and eager[2]
    found: list[int] = []
    batch_dates = nlp._batch_dates
    monkeypatch.setattr(
        nlp, "_batch_dates", lambda *inputs: found.append(1) or batch_dates(*inputs)
    )
    unread = list(parse_lines(lines))
    later = list(parse_lines(lines[::-1]))
    list(parse_lines(["Trước ngày 01/01/2026"]))
    assert found == []
    assert [parse.dates for parse in later[::-1]] == eager
    assert found == [1]
    assert [parse.dates for parse in unread] == eager
    assert found == [1, 1]
