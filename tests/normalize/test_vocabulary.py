"""The checks every word list of normalize and structure runs when it loads, and the one way
their examples are compared."""

from __future__ import annotations

import re

import pytest
import yaml
from pydantic import ValidationError

from plan_extract.core.knowledge import data_text
from plan_extract.normalize.patterns import LineStarts
from plan_extract.normalize.vocabulary import (
    alternatives,
    longest_first,
    misread,
    one_role_each,
    spelled_as_normalized,
)
from plan_extract.structure.kinds import KindExample


def test_a_word_in_the_old_tone_placement_is_refused() -> None:
    spelled_as_normalized(["hòa bình", "ủy ban"])
    with pytest.raises(ValueError, match="hoà"):
        spelled_as_normalized(["hoà bình"])
    with pytest.raises(ValueError, match="normalized spelling"):
        spelled_as_normalized(["ủy  ban"])  # two spaces never occur in normalized text


def test_a_phrase_in_two_roles_is_refused_whatever_its_case() -> None:
    one_role_each({"closing": ["Trên đây là"], "request": ["Trong quá trình"]})
    with pytest.raises(ValueError, match="both closing and request"):
        one_role_each({"closing": ["Trên đây là"], "request": ["trên đây là"]})


def test_longer_phrases_are_tried_first_whatever_the_file_order() -> None:
    assert longest_first(["chủ tịch", "phó chủ tịch"]) == ["phó chủ tịch", "chủ tịch"]
    pattern = re.compile(alternatives(["chủ tịch", "phó chủ tịch"]))
    match = pattern.match("phó chủ tịch ủy ban")
    assert match is not None and match.group() == "phó chủ tịch"


def test_misread_names_each_example_read_otherwise() -> None:
    examples = [
        KindExample(text="MỤC TIÊU", kind="objectives"),
        KindExample(text="X", kind="tasks"),
    ]
    assert misread(examples, lambda text: "objectives", lambda e: e.kind) == [
        "'X': read 'objectives', expected 'tasks'"
    ]


def _line_starts(**change: object) -> dict[str, object]:
    data = yaml.safe_load(data_text("normalize/line_starts.yaml"))
    data.update(change)
    return data


def test_line_starts_file_is_checked_when_loaded() -> None:
    LineStarts.model_validate(_line_starts())
    with pytest.raises(ValidationError, match="distinct lower-case letters"):
        LineStarts.model_validate(_line_starts(item_letters="abca"))
    with pytest.raises(ValidationError, match="both closing and request"):
        LineStarts.model_validate(_line_starts(closing_requests=["Trên đây là"]))
    with pytest.raises(ValidationError, match="extra"):
        LineStarts.model_validate(_line_starts(closing_words=["Trên đây là"]))
