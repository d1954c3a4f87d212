"""Each rule file's example checker catches an example the rules do not bear out (the examples
themselves all pass: tests/core/test_knowledge_examples.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from plan_extract.core.knowledge import DataFile
from plan_extract.extract import lexicon
from plan_extract.extract.examples import extract_sentence, sentence_line

Edit = Callable[[Any], dict[str, Any]]

# A file, and an edit of its first examples that makes it wrong.
WRONG: list[tuple[DataFile[Any], Edit]] = [
    (
        lexicon.COMPARATORS,
        lambda e: {} if e.negative else {"comparator": "<" if e.comparator != "<" else ">"},
    ),
    (lexicon.TARGET_UNITS, lambda e: {"value": (e.value or 0) + 1}),
    (lexicon.FREQUENCIES, lambda e: {"frequency": None if e.frequency else "monthly"}),
    (lexicon.TARGET_FILTERS, lambda e: {"target": not e.target}),
    (lexicon.DEADLINE_PHRASES, lambda e: {"kind": None if e.kind else "date"}),
    (lexicon.DATES, lambda e: {"start": None if e.start else (2020, 1, 1)}),
    (lexicon.FUNDING_SOURCES, lambda e: {"sources": list(reversed(e.sources)) or ["other_lawful"]}),
    (lexicon.DOMAINS, lambda e: {"domain": "other" if e.domain != "other" else "health"}),
    (lexicon.ROLES, lambda e: {"lead": e.cooperating, "cooperating": e.lead}),
    (lexicon.UNIT_LEXICON, lambda e: {"units": e.units[1:] if e.units else ["Sở Nội vụ"]}),
]


@pytest.mark.parametrize(("declared", "edit"), WRONG, ids=[d.path for d, _ in WRONG])
def test_a_wrong_example_is_reported(declared: DataFile[Any], edit: Edit) -> None:
    assert declared.check is not None
    loaded = declared.load()
    wrong = [e.model_copy(update=edit(e)) for e in loaded.examples]
    messages = declared.check(loaded.model_copy(update={"examples": wrong}))
    changed = [e for e, w in zip(loaded.examples, wrong, strict=True) if e != w]
    assert len(messages) == len(changed) > 0, messages


def test_a_deadline_action_is_checked_when_given() -> None:
    loaded = lexicon.DEADLINE_PHRASES.load()
    with_action = [e for e in loaded.examples if "action" in e.model_fields_set]
    assert with_action
    wrong = [e.model_copy(update={"action": "something else"}) for e in with_action]
    assert lexicon.DEADLINE_PHRASES.check is not None
    messages = lexicon.DEADLINE_PHRASES.check(loaded.model_copy(update={"examples": wrong}))
    assert len(messages) == len(with_action)


def test_a_sentence_is_extracted_as_a_line_of_its_section() -> None:
    assert [t.value for t in extract_sentence("đạt 75% vào năm 2030").targets] == [75]
    assert extract_sentence("đạt 75% vào năm 2030", kind="funding").targets == []
    line = sentence_line("Sở Nội vụ chủ trì", kind="implementation")
    assert (line.number, line.kind, [h.id for h in line.parse.of("UNIT")]) == (
        2,
        "implementation",
        ["Sở Nội vụ"],
    )
