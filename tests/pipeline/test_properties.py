"""Arbitrary text and bytes: only PlanExtractError escapes, and every output follows the schema."""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plan_extract import parse_bytes, parse_text
from plan_extract.core.contract import Plan
from plan_extract.core.errors import PlanExtractError
from plan_extract.output.json import plan_to_json

ROOT = Path(__file__).resolve().parents[2]
# pieces of the genre, so that generated text reaches the header and section rules
PIECES = [
    "Số: 12 /KH-UBND",
    "Số: /KH-UBND",
    "ngày tháng 5 năm 2026",
    "KẾ HOẠCH",
    "I. MỤC TIÊU",
    "II.",
    "1. Mục tiêu chung Tiếp tục",
    "2.1.",
    "a)",
    "- ",
    "+ ",
    "|",
    "**",
    "#",
    "Căn cứ Kế hoạch số 7/KH-UBND ngày 31/2/2026 của UBND tỉnh An Giang;",
    "UBND xã Vĩnh Phong ban hành",
    "Trên đây là",
    "Nơi nhận:",
    "- Lưu: VT.",
    "TM. ỦY BAN NHÂN DÂN",
    "KT. CHỦ TỊCH",
    "\t",
    "\n",
    "\n\n",
]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=40)), max_size=40).map("".join)
SETTINGS = settings(
    max_examples=int(os.environ.get("PLAN_EXTRACT_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    schema = json.loads((ROOT / "schemas" / "plan.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def _check(plan: Plan) -> None:
    _validator().validate(json.loads(plan_to_json(plan)))


@SETTINGS
@given(text=TEXT, markdown=st.booleans())
def test_arbitrary_text(text: str, markdown: bool) -> None:
    try:
        plan = parse_text(text, markdown=markdown)
    except PlanExtractError:
        return
    _check(plan)


@SETTINGS
@given(
    data=st.one_of(st.binary(max_size=400), TEXT.map(lambda t: t.encode("utf-8"))),
    name=st.sampled_from(["a.txt", "a.md", "a.docx", "a.pdf", "a"]),
)
def test_arbitrary_bytes(data: bytes, name: str) -> None:
    try:
        plan = parse_bytes(data, name)
    except PlanExtractError:
        return
    _check(plan)
