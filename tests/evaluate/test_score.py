"""The scorer: every field's counts on a seed whose gold the parser meets exactly, and on copies of
that gold changed one way at a time (so each count below is one that can go wrong)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from plan_extract.core.contract import Plan
from plan_extract.evaluate.gold import GoldDocument, load_gold, source_path
from plan_extract.evaluate.score import FIELDS, SCORED, Counts, score_document
from plan_extract.pipeline import parse_path

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "corpus" / "gold" / "seeds" / "001_d694d18c5a7d837d.yaml"


@cache
def _seed() -> tuple[GoldDocument, Plan]:
    gold = load_gold(GOLD)
    return gold, parse_path(source_path(GOLD, gold))


def _changed(**header: object) -> GoldDocument:
    gold, _ = _seed()
    return gold.model_copy(update={"document": gold.document.model_copy(update=header)})


def test_the_parser_meets_the_seed_gold_in_every_field() -> None:
    gold, plan = _seed()
    score = score_document(gold, plan)
    for name in SCORED:
        counts = score.counts[name]
        assert counts.fp == counts.fn == 0, name
    assert score.counts["targets"].tp == len(gold.targets) == 6
    assert score.counts["sections"].tp == len(gold.sections)
    # twelve slots filled (commune and every other value is given) plus the list items
    items = len(gold.document.basis) + len(gold.document.recipients)
    assert score.counts["header"].tp == 12 + items


def test_a_wrong_value_is_one_false_and_one_missed() -> None:
    _, plan = _seed()
    score = score_document(_changed(title="Một tiêu đề khác"), plan)
    assert score.counts["header.title"] == Counts(tp=0, fp=1, fn=1)
    assert score.counts["header.number"] == Counts(tp=1)
    header = score.counts["header"]
    assert (header.fp, header.fn) == (1, 1)


def test_a_value_where_the_gold_has_none_is_false_only() -> None:
    _, plan = _seed()
    score = score_document(_changed(period=None), plan)
    assert score.counts["header.period"] == Counts(fp=1)


def test_a_correct_null_counts_for_nothing() -> None:
    gold, plan = _seed()
    empty = plan.model_copy(update={"document": plan.document.model_copy(update={"signer": None})})
    assert score_document(_changed(signer=None), empty).counts["header.signer"] == Counts()
    assert score_document(gold, empty).counts["header.signer"] == Counts(fn=1)


def test_list_fields_score_item_by_item() -> None:
    gold, plan = _seed()
    recipients = gold.document.recipients
    score = score_document(_changed(recipients=[*recipients[1:], "Một nơi nhận khác"]), plan)
    assert score.counts["header.recipients"] == Counts(tp=len(recipients) - 1, fp=1, fn=1)


def test_sections_match_on_number_title_and_kind() -> None:
    gold, plan = _seed()
    first = gold.sections[0]
    wrong_kind = first.model_copy(
        update={"kind": "funding" if first.kind != "funding" else "other"}
    )
    changed = gold.model_copy(update={"sections": [wrong_kind, *gold.sections[1:]]})
    counts = score_document(changed, plan).counts["sections"]
    assert counts == Counts(tp=len(gold.sections) - 1, fp=1, fn=1)


@pytest.mark.parametrize("field", ["targets", "units", "deadlines"])
def test_an_item_left_out_of_the_gold_is_a_false_find(field: str) -> None:
    gold, plan = _seed()
    items = getattr(gold, field)
    counts = score_document(gold.model_copy(update={field: items[1:]}), plan).counts[field]
    assert counts == Counts(tp=len(items) - 1, fp=1, fn=0)
    assert counts.precision == pytest.approx((len(items) - 1) / len(items))


def test_a_target_of_another_year_is_not_found() -> None:
    gold, plan = _seed()
    moved = gold.targets[0].model_copy(update={"year": 2099})
    changed = gold.model_copy(update={"targets": [moved, *gold.targets[1:]]})
    score = score_document(changed, plan)
    assert score.counts["targets"] == Counts(tp=5, fp=1, fn=1)
    assert score.attributes["year"].right == 5


def test_the_main_fields_come_first() -> None:
    assert SCORED[: len(FIELDS)] == FIELDS
    assert FIELDS == ("targets", "units", "deadlines", "header", "sections")
