"""Every rule file's example sentences, parsed and checked (Duckling-style)."""

from __future__ import annotations

import pytest

from extract_helpers import extract_sentence, parse_sentence
from plan_extract.extract import lexicon
from plan_extract.extract.nlp import outermost

QUANTITY_EXAMPLES = lexicon.COMPARATORS.load().examples + lexicon.TARGET_UNITS.load().examples


@pytest.mark.parametrize("example", QUANTITY_EXAMPLES, ids=lambda e: e.text[:40])
def test_quantity_examples(example: lexicon.QuantityExample) -> None:
    targets = extract_sentence(example.text).targets
    if example.value is None:
        assert targets == []
        return
    assert len(targets) == 1, targets
    assert targets[0].value == pytest.approx(example.value)
    assert targets[0].unit == example.unit
    if example.comparator is not None:
        assert targets[0].comparator == example.comparator


@pytest.mark.parametrize("example", lexicon.FREQUENCIES.load().examples, ids=lambda e: e.text[:40])
def test_frequency_examples(example: lexicon.FrequencyExample) -> None:
    parse = parse_sentence(example.text)
    found = [hit.value for hit in parse.of("FREQ")]
    assert (found[0] if found else None) == example.frequency


@pytest.mark.parametrize(
    "example", lexicon.TARGET_FILTERS.load().examples, ids=lambda e: e.text[:40]
)
def test_filter_examples(example: lexicon.FilterExample) -> None:
    targets = extract_sentence(example.text, period=(example.plan_start, 2030)).targets
    assert bool(targets) == example.target


@pytest.mark.parametrize(
    "example", lexicon.DEADLINE_PHRASES.load().examples, ids=lambda e: e.text[:40]
)
def test_deadline_examples(example: lexicon.DeadlineExample) -> None:
    deadlines = extract_sentence(example.text, kind="reporting", period=(2020, 2030)).deadlines
    if example.kind is None:
        assert deadlines == []
        return
    assert len(deadlines) == 1, deadlines
    found = deadlines[0]
    assert found.kind == example.kind
    assert found.start is not None
    assert (found.start.year, found.start.month, found.start.day) == example.start
    end = None if found.end is None else (found.end.year, found.end.month, found.end.day)
    assert end == example.end
    assert found.recurrence == example.recurrence


@pytest.mark.parametrize(
    "example", lexicon.FUNDING_SOURCES.load().examples, ids=lambda e: e.text[:40]
)
def test_funding_examples(example: lexicon.FundingExample) -> None:
    parse = parse_sentence(example.text)
    found = list(dict.fromkeys(hit.value for hit in parse.of("FUND")))
    assert found == example.sources


@pytest.mark.parametrize("example", lexicon.DOMAINS.load().examples, ids=lambda e: str(e.domain))
def test_domain_examples(example: lexicon.DomainExample) -> None:
    text = example.heading or example.text or ""
    parse = parse_sentence(text)
    kind = "DOMAIN_HEAD" if example.heading else "DOMAIN_WORD"
    assert parse.of(kind)[0].value == example.domain


@pytest.mark.parametrize("example", lexicon.UNIT_LEXICON.load().examples, ids=lambda e: e.text[:40])
def test_unit_examples(example: lexicon.UnitExample) -> None:
    parse = parse_sentence(example.text)
    longest = [hit.value for hit in outermost(parse.of("UNIT"))]
    assert list(dict.fromkeys(longest)) == example.units


@pytest.mark.parametrize("example", lexicon.ROLES.load().examples, ids=lambda e: e.text[:40])
def test_role_examples(example: lexicon.RoleExample) -> None:
    extraction = extract_sentence(example.text, kind="implementation")
    names = {unit.id: unit.name for unit in extraction.units}
    assert extraction.tasks, "no task found"
    task = extraction.tasks[0]
    assert [names[u] for u in task.lead] == example.lead
    assert [names[u] for u in task.cooperating] == example.cooperating
