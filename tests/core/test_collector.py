"""A parse runs with the youngest generation collected less often, and leaves the process's
collector thresholds as it found them."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from plan_extract import pipeline
from plan_extract.core.collector import YOUNG_THRESHOLD, fewer_collections
from plan_extract.normalize import normalize
from plan_extract.normalize.model import NormalizedDocument
from plan_extract.read.model import RawDocument


@pytest.fixture(autouse=True)
def _thresholds() -> Iterator[tuple[int, ...]]:
    saved = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield gc.get_threshold()
    gc.set_threshold(*saved)


def test_the_youngest_generation_is_walked_less_often_inside_and_as_before_after() -> None:
    with fewer_collections():
        assert gc.get_threshold() == (YOUNG_THRESHOLD, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_the_last_scope_closed_restores_the_thresholds() -> None:
    outer = fewer_collections()
    outer.__enter__()
    with fewer_collections():  # a second thread's parse, open while the first's is
        pass
    assert gc.get_threshold()[0] == YOUNG_THRESHOLD  # the first is still open
    outer.__exit__(None, None, None)
    assert gc.get_threshold() == (700, 10, 10)


def test_an_error_inside_still_restores_them() -> None:
    with pytest.raises(ValueError), fewer_collections():
        raise ValueError("a fault of the parse")
    assert gc.get_threshold() == (700, 10, 10)


def test_a_higher_threshold_and_collection_turned_off_are_kept() -> None:
    gc.set_threshold(50_000, 10, 10)
    with fewer_collections():
        assert gc.get_threshold()[0] == 50_000
    gc.set_threshold(0, 10, 10)
    with fewer_collections():
        assert gc.get_threshold()[0] == 0
    assert gc.get_threshold() == (0, 10, 10)


def test_a_parse_runs_inside(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []

    def recording(raw: RawDocument) -> NormalizedDocument:
        seen.append(gc.get_threshold()[0])
        return normalize(raw)

    monkeypatch.setattr("plan_extract.pipeline.normalize", recording)
    pipeline.parse_text("KẾ HOẠCH\nI. MỤC TIÊU\n1. Tỷ lệ đạt 90% vào năm 2026.\n")
    assert seen == [YOUNG_THRESHOLD]
    assert gc.get_threshold() == (700, 10, 10)
