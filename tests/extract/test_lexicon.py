"""The rule files are refused when a phrase carries two roles or a list breaks its order, and their
patterns reach spaCy's SpanRuler as label and id, never as one string split apart later."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from plan_extract.extract import lexicon
from plan_extract.extract.nlp import matchers, parse_lines
from plan_extract.resolve.indicators_match import MATCHING_RULES, MatchingRules

EXAMPLE = {"text": "đạt 60%", "value": 60, "unit": "percent"}


def comparators(*groups: dict[str, Any]) -> dict[str, Any]:
    return {
        "default": ">=",
        "default_decrease": "<=",
        "not_committing": ["trên"],
        "committing_to_large": ["trên"],
        "patterns": groups,
        "examples": [EXAMPLE],
    }


def test_a_phrase_under_two_comparators_is_refused() -> None:
    with pytest.raises(ValidationError, match="'Đạt' is both"):
        lexicon.Comparators.model_validate(
            comparators(
                {"label": "COMPARATOR_BEFORE", "id": ">=", "phrases": ["đạt"]},
                {"label": "COMPARATOR_BEFORE", "id": "<", "phrases": ["Đạt"]},
            )
        )


def test_a_word_committing_to_large_figures_must_be_one_that_does_not_commit() -> None:
    with pytest.raises(ValidationError, match="not in not_committing"):
        decrease = comparators({"label": "DECREASE", "phrases": ["giảm"]})
        lexicon.Comparators.model_validate({**decrease, "committing_to_large": ["hơn"]})


def test_a_phrase_listed_twice_is_refused_in_any_spelling() -> None:
    with pytest.raises(ValidationError, match="listed twice"):
        lexicon.Comparators.model_validate(
            comparators({"label": "DECREASE", "phrases": ["giảm", "kéo giảm", "Giảm"]})
        )


def test_two_labels_share_a_phrase_only_where_the_file_allows_it_and_for_one_id() -> None:
    same = [
        {"label": "DOMAIN_HEADING", "id": "health", "phrases": ["y tế"]},
        {"label": "DOMAIN_WORD", "id": "health", "phrases": ["y tế"]},
    ]
    examples = [{"text": "y tế", "domain": "health"}]
    assert lexicon.Domains.model_validate({"patterns": same, "examples": examples})
    other = [same[0], {**same[1], "id": "education"}]
    with pytest.raises(ValidationError, match="is both"):
        lexicon.Domains.model_validate({"patterns": other, "examples": examples})
    roles = [
        {"label": "LEAD_WORD", "phrases": ["phối hợp"]},
        {"label": "COOPERATE_WORD", "phrases": ["phối hợp"]},
    ]
    role_example = [{"text": "x", "lead": [], "cooperating": []}]
    with pytest.raises(ValidationError, match="is both"):
        lexicon.Roles.model_validate({"patterns": roles, "examples": role_example})


def test_a_label_outside_its_file_and_an_unknown_key_are_refused() -> None:
    with pytest.raises(ValidationError):
        lexicon.Comparators.model_validate(comparators({"label": "UNIT", "phrases": ["Sở"]}))
    with pytest.raises(ValidationError, match="phrase"):
        lexicon.Comparators.model_validate(
            comparators({"label": "DECREASE", "phrase": ["giảm"], "phrases": ["hạ"]})
        )


def test_a_number_word_is_worth_what_the_spelled_numbers_file_says() -> None:
    example = {"text": "ít nhất hai mô hình", "value": 2, "unit": "count"}
    valued = {"label": "NUMBER_WORD", "phrases": ["hai", "Mười"]}
    assert lexicon.TargetUnits.model_validate({"patterns": [valued], "examples": [example]})
    for word in ("mươi", "chục"):  # a word of a compound alone; no word of that file
        unvalued = {**valued, "phrases": ["hai", word]}
        with pytest.raises(ValidationError, match="not a number from 1 to 99"):
            lexicon.TargetUnits.model_validate({"patterns": [unvalued], "examples": [example]})


def unit_lists(**changed: list[str]) -> dict[str, list[str]]:
    lists = lexicon.UNIT_LEXICON.load().lists.model_dump()
    lists.update(changed)
    return lists


def test_a_word_of_unit_lists_carries_one_role() -> None:
    assert lexicon.UnitListWords.model_validate(unit_lists())
    with pytest.raises(ValidationError, match="two roles"):
        lexicon.UnitListWords.model_validate(unit_lists(tail_words=["trên địa bàn", "và"]))
    with pytest.raises(ValidationError, match="kept_level_words"):
        lexicon.UnitListWords.model_validate(unit_lists(kept_level_words=["xã", "thôn"]))
    with pytest.raises(ValidationError, match="level compound"):
        lexicon.UnitListWords.model_validate(unit_lists(level_compounds=["hội xã"]))
    with pytest.raises(ValidationError, match="level compound"):
        lexicon.UnitListWords.model_validate(unit_lists(level_compounds=["xã hội hóa"]))


def test_persons_are_no_body_kind() -> None:
    """Persons listed as a kind of body (data/body_kinds.yaml) are refused."""
    with pytest.raises(ValidationError, match="persons are no body kind"):
        lexicon.UnitListWords.model_validate(unit_lists(person_nouns=["hộ gia đình", "hội"]))


def test_list_words_read_syllable_by_syllable() -> None:
    lists = lexicon.UNIT_LEXICON.load().lists
    assert {"thành", "phố", "đặc", "khu", "địa", "bàn"} <= lists.tails
    assert {"và", "các", ","} <= lists.joiners
    collectives = lexicon.UNIT_LEXICON.load().collectives
    assert "Các sở, ban, ngành" in collectives and "Sở Nội vụ" not in collectives
    committees = lexicon.UNIT_LEXICON.load().place_committees
    assert "Ủy ban nhân dân các huyện, thị xã, thành phố" in committees - collectives
    assert "Sở Nội vụ" not in committees


def test_quarter_numerals_must_name_the_four_quarters() -> None:
    dates = lexicon.DATES.load().model_dump()
    assert lexicon.DatePatterns.model_validate(dates)
    with pytest.raises(ValidationError, match="quarters"):
        lexicon.DatePatterns.model_validate({**dates, "quarters": ["I", "II", "III", "V"]})
    with pytest.raises(ValidationError, match="quarters"):
        lexicon.DatePatterns.model_validate({**dates, "quarters": ["I", "II", "III"]})
    assert [lexicon.quarter_number(n) for n in ("I", "IV", "3", "V", "5", "x")] == [
        1,
        4,
        3,
        None,
        None,
        None,
    ]


def test_an_indicator_unit_prefix_shadowed_by_an_earlier_one_is_refused() -> None:
    rules = MATCHING_RULES.load().model_dump()
    shadowed = [{"prefix": "ratio", "unit": "ratio"}, {"prefix": "ratio of", "unit": "percent"}]
    with pytest.raises(ValidationError, match="shadowed"):
        MatchingRules.model_validate({**rules, "units": shadowed})


def test_patterns_carry_label_and_id_as_the_span_ruler_takes_them() -> None:
    patterns = lexicon.span_patterns()
    assert all(set(p) == {"label", "id", "pattern"} for p in patterns)
    assert all(":" not in p["label"] for p in patterns)
    assert {"label": "COMPARATOR_AFTER", "id": ">=", "pattern": "trở lên"} in patterns
    years = [p for p in patterns if p["label"] == "YEAR"]
    assert years and all(isinstance(p["pattern"], list) for p in years)
    roles = set(matchers().roles.values())
    assert roles == {(p["label"], p["id"]) for p in patterns}
    parse = next(parse_lines(["có từ 70% trở lên cơ quan, đơn vị trước ngày 15/12/2026"]))
    assert [(h.id, parse.text[h.start : h.end]) for h in parse.of("COMPARATOR_AFTER")] == [
        (">=", "trở lên")
    ]
    assert [(h.label, h.id, h.start) for h in parse.dates] == [
        ("DAY", "words", 40),  # `ngày 15` alone: the day's figures are a date's, never read
        ("DAY_MONTH", "numeric", 45),
        ("DAY_MONTH", "numeric_without_year", 45),
        ("MONTH_YEAR", "numeric_without_month_word", 48),  # inside the day's: never read
    ]
