"""The example sentences of the rule files, run through the extract stage (Duckling's Corpus.hs
beside each Rules.hs): each checker returns one message per example the rules get wrong, and
tests/core/test_knowledge_examples.py runs them all.

An example is one sentence put alone in a one-section plan, the section of the kind the rule
reads (objectives for targets, implementation for assignments, ...), so it goes through the
same extraction as a sentence of a real plan.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from plan_extract.core.contract import DateParts, DocumentMeta, Period, Section, SectionKind
from plan_extract.core.knowledge import Example
from plan_extract.core.text import respell
from plan_extract.extract import extract, lexicon
from plan_extract.extract.context import BodyLine, build_context
from plan_extract.extract.date_reads import date_hits, read_dates
from plan_extract.extract.model import Extraction
from plan_extract.extract.targets import heading_field, word_field
from plan_extract.normalize.model import Line, NormalizedDocument
from plan_extract.structure.model import Structure

DEFAULT_PERIOD = (2026, 2030)


def sentence_plan(
    text: str, kind: SectionKind = "objectives", period: tuple[int, int] = DEFAULT_PERIOD
) -> tuple[NormalizedDocument, Structure]:
    """A plan of one section of `kind`, its heading on line 1 and `text` (respelled as every
    document is) on line 2, for a plan running over `period`."""
    lines = ["I. SECTION", respell(text)]
    doc = NormalizedDocument(
        format="txt",
        lines=[Line(number=i, text=t, source_lines=(i,)) for i, t in enumerate(lines, start=1)],
    )
    section = Section(id="I", number="I", title="SECTION", kind=kind, level=1, lines=(1, 2))
    meta = DocumentMeta(period=Period(start_year=period[0], end_year=period[1]))
    return doc, Structure(document=meta, sections=[section], body=(1, 2))


def extract_sentence(
    text: str, kind: SectionKind = "objectives", period: tuple[int, int] = DEFAULT_PERIOD
) -> Extraction:
    """What the extract stage finds in `text` alone in a section of `kind`."""
    return extract(*sentence_plan(text, kind, period))


def sentence_line(text: str, kind: SectionKind = "objectives") -> BodyLine:
    """`text` parsed as the one body line of a section of `kind`."""
    return build_context(*sentence_plan(text, kind)).lines[-1]


E = TypeVar("E", bound=Example)


def _wrong(examples: Iterable[E], verdict: Callable[[E], str | None]) -> list[str]:
    """`verdict` says what is wrong with an example, or None."""
    return [f"{example.text!r}: {message}" for example in examples if (message := verdict(example))]


def _quantity(example: lexicon.QuantityExample) -> str | None:
    targets = extract_sentence(example.text).targets
    if example.value is None:
        return f"should give no target, gives {targets}" if targets else None
    if len(targets) != 1:
        return f"should give one target, gives {targets}"
    target = targets[0]
    found = (float(target.value), target.unit, target.comparator, target.frequency)
    comparator = example.comparator or target.comparator
    frequency = example.frequency or target.frequency
    expected = (example.value, example.unit, comparator, frequency)
    return None if found == expected else f"gives {found}, not {expected}"


def _quantities(rules: lexicon.Comparators | lexicon.TargetUnits) -> list[str]:
    return _wrong(rules.examples, _quantity)


def _frequency(example: lexicon.FrequencyExample) -> str | None:
    hits = sentence_line(example.text).frequencies
    found = hits[0].id if hits else None
    return None if found == example.frequency else f"frequency {found}, not {example.frequency}"


def _filter(example: lexicon.FilterExample) -> str | None:
    period = (example.plan_start, DEFAULT_PERIOD[1])
    found = bool(extract_sentence(example.text, example.section, period).targets)
    return None if found == example.target else f"target {found}, not {example.target}"


def _triple(parts: DateParts | None) -> lexicon.DateTriple | None:
    return None if parts is None else (parts.year, parts.month, parts.day)


def _deadline(example: lexicon.DeadlineExample) -> str | None:
    deadlines = extract_sentence(example.text, example.section, example.period).deadlines
    if example.kind is None:
        return f"should give no deadline, gives {deadlines}" if deadlines else None
    if len(deadlines) != 1:
        return f"should give one deadline, gives {deadlines}"
    found = deadlines[0]
    got = (found.kind, _triple(found.start), _triple(found.end), found.recurrence)
    expected = (example.kind, example.start, example.end, example.recurrence)
    if got != expected:
        return f"gives {got}, not {expected}"
    if "action" in example.model_fields_set and found.action != example.action:
        return f"action {found.action!r}, not {example.action!r}"
    return None


def _date(example: lexicon.DateExample) -> str | None:
    line = sentence_line(example.text)
    hits = date_hits(line)
    dates = read_dates(line)
    label = hits[0].label if hits else None
    start = (dates[0].year, dates[0].month, dates[0].day) if dates else None
    end = dates[0].end if dates else None
    found, expected = (label, start, end), (example.label, example.start, example.end)
    return None if found == expected else f"reads {found}, not {expected}"


def _funding(example: lexicon.FundingExample) -> str | None:
    found = [f.source for f in extract_sentence(example.text, kind="funding").funding]
    return None if found == example.sources else f"sources {found}, not {example.sources}"


def _domain(example: lexicon.DomainExample) -> str | None:
    line = sentence_line(example.text)
    named = heading_field(line) if example.heading else word_field(line, 0, len(line.parse.words))
    found = named or "other"
    return None if found == example.domain else f"domain {found}, not {example.domain}"


def _roles(example: lexicon.RoleExample) -> str | None:
    extraction = extract_sentence(example.text, kind=example.section)
    names = {unit.id: unit.name for unit in extraction.units}
    if not extraction.tasks:
        return None if example.negative else "gives no task"
    task = extraction.tasks[0]
    found = ([names[u] for u in task.lead], [names[u] for u in task.cooperating])
    expected = (example.lead, example.cooperating)
    return None if found == expected else f"lead and cooperating {found}, not {expected}"


def _units(example: lexicon.UnitExample) -> str | None:
    units = extract_sentence(example.text, kind="implementation").units
    names = sorted(unit.name for unit in units)
    if names != sorted(example.units):
        return f"units {names}, not {sorted(example.units)}"
    mentions = sorted(mention for unit in units for mention in unit.mentions)
    if example.mentions is not None and mentions != sorted(example.mentions):
        return f"mentions {mentions}, not {sorted(example.mentions)}"
    return None


lexicon.COMPARATORS.examples_checked_by(_quantities)
lexicon.TARGET_UNITS.examples_checked_by(_quantities)
lexicon.FREQUENCIES.examples_checked_by(lambda rules: _wrong(rules.examples, _frequency))
lexicon.TARGET_FILTERS.examples_checked_by(lambda rules: _wrong(rules.examples, _filter))
lexicon.DEADLINE_PHRASES.examples_checked_by(lambda rules: _wrong(rules.examples, _deadline))
lexicon.DATES.examples_checked_by(lambda rules: _wrong(rules.examples, _date))
lexicon.FUNDING_SOURCES.examples_checked_by(lambda rules: _wrong(rules.examples, _funding))
lexicon.DOMAINS.examples_checked_by(lambda rules: _wrong(rules.examples, _domain))
lexicon.ROLES.examples_checked_by(lambda rules: _wrong(rules.examples, _roles))
lexicon.UNIT_LEXICON.examples_checked_by(lambda rules: _wrong(rules.examples, _units))
