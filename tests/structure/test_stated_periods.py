"""`stated_periods` passes a text without a year by (a span holds two years): the spans of a
text with years are read as before."""

from __future__ import annotations

from plan_extract.structure.dates import stated_periods


def test_a_text_without_a_year_states_no_period() -> None:
    assert stated_periods("Giai đoạn tới, phấn đấu 100% xã đạt chuẩn.") == []
    assert stated_periods("") == []


def test_a_span_before_the_first_figure_is_still_stated() -> None:
    found = stated_periods("Giai đoạn 2026 - 2030, phấn đấu 100% xã đạt chuẩn.")
    assert [(m.first, m.last) for m in found] == [(2026, 2030)]


def test_a_span_after_a_figure_is_still_not_stated() -> None:
    assert stated_periods("Giảm 1,5%/năm theo chuẩn nghèo giai đoạn 2016 - 2020.") == []
