"""Two words a converter ran together at a capital (`vớiBộ`), parted in normalize
(normalize/case_joins.py): the same plan with and without the fault reads alike; a name with a
capital inside stays whole."""

from __future__ import annotations

import random
from typing import Any

from plan_extract.normalize import case_joins
from plan_extract.normalize.case_joins import mend_case_joins, mend_case_joins_lines
from plan_extract.pipeline import parse_bytes

_PLAN = (
    "I. TỔ CHỨC THỰC HIỆN\n\n"
    "1. Sở Y tế chủ trì, phối hợp {}Sở Giáo dục và Đào tạo tổ chức tập huấn trước ngày 30/6/2026.\n"
)


def _read(text: str) -> dict[str, Any]:
    plan = parse_bytes(text.encode(), "plan.txt").model_dump(mode="json")
    return {key: plan[key] for key in ("units", "deadlines", "sections")}


def test_a_plan_with_words_run_together_at_a_capital_reads_as_without() -> None:
    joined = _read(_PLAN.format("với"))
    assert joined == _read(_PLAN.format("với "))
    assert [unit["name"] for unit in joined["units"]] == ["Sở Giáo dục và Đào tạo", "Sở Y tế"]


def test_only_a_syllable_then_a_syllable_or_an_abbreviation_are_parted() -> None:
    assert mend_case_joins("theoQuyết định; Chủ tịchHĐND") == "theo Quyết định; Chủ tịch HĐND"
    kept = "iPhone, MobiFone, VietGAP, IoT, nCoV, TTgCP, pH, VNeID, TP.HCM, UBND, vớiB, xyzBộ"
    assert mend_case_joins(kept) == kept


def test_the_quick_search_passes_every_text_a_word_of_which_would_be_parted() -> None:
    """The search in C that lets most lines through untouched skips no text the parting would
    change, in any script (a letter outside the Latin ones sends the text the long way)."""
    pieces = [
        "với",
        "Bộ",
        "HĐND",
        "Tre",
        "Bến",
        "ΑΒ",
        "αΒ",
        "бД",
        "ª",
        "ⓐ",
        "²",
        "_",
        "1",
        " ",
        "“",
    ]
    chance = random.Random(2026)
    for _ in range(20_000):
        text = "".join(chance.choice(pieces) for _ in range(chance.randint(1, 5)))
        assert mend_case_joins(text) == case_joins._WORD.sub(case_joins._parted, text), text


def test_the_lines_read_together_are_mended_as_each_alone() -> None:
    """`mend_case_joins_lines`: its searches over the lines joined pass no line the parting
    would change, whatever line it stands on."""
    pieces = ["với", "Bộ", "HĐND", "Tre", "ΑΒ", "αΒ", "бД", "1", " ", "“", "iPhone"]
    chance = random.Random(36)
    for _ in range(2_000):
        texts = [
            "".join(chance.choice(pieces) for _ in range(chance.randint(0, 4)))
            for _ in range(chance.randint(0, 6))
        ]
        assert mend_case_joins_lines(texts) == [mend_case_joins(text) for text in texts], texts
