"""The header words of a table's columns (data/structure/table_columns.yaml) and the kinds of
column they name, declared where every stage that reads a table finds them: the text reader
(read.text.flat_tables) tells a flattened table's header by them, the structure stage
(structure.tables, which owns the kind a header names and the file's examples) types each
column by them.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from pydantic import model_validator

from plan_extract.core.knowledge import Example, Knowledge, data_file
from plan_extract.core.text import respell
from plan_extract.core.word_lists import alternatives, one_role_each, spelled_as_normalized

ColumnKind = Literal[
    "number",  # STT, TT: the row's item number (`1`, `1.1`, `I`, `-`)
    "task",  # Nhiệm vụ, Nội dung, Giải pháp: the work to do
    "lead",  # Cơ quan chủ trì, Đơn vị thực hiện: who leads it
    "cooperating",  # Cơ quan phối hợp: who cooperates
    "deadline",  # Thời gian hoàn thành, Thời hạn, Tiến độ: when it is due
    "start",  # Bắt đầu, Thời gian bắt đầu: when it starts (the row's range ends at its deadline)
    "product",  # Sản phẩm, Kết quả dự kiến: what it delivers
    "indicator",  # Chỉ tiêu, Tên chỉ tiêu: what is measured
    "measure",  # Đơn vị tính, ĐVT: the unit of measure of the row's values
    "planned",  # Kế hoạch năm 2026, Mục tiêu 2030, Năm 2027: a value planned (`year` says when)
    "result",  # Thực hiện năm 2025, ƯTH, Ước thực hiện: a value achieved, no target
    "money",  # Kinh phí, Thành tiền, Giá trị (nghìn USD): an amount of money, no target
    "funding",  # Nguồn kinh phí: where the money comes from
    "note",  # Ghi chú
    "other",  # header words of no known kind
]

# a year (`Năm 2027`, both of `2026-2030`); not a name's figure (`tọa độ VN-2000`)
YEAR = re.compile(r"(?<![^\W\d_]-)(?<!\d)(?:19|20)\d\d(?!\d)")
YEAR_HEADER_WORDS = 3  # a header naming only a year is short: `Năm 2027`, `2027`


class ColumnExample(Example):
    above: str | None = None  # the spanning header printed over this one
    kind: ColumnKind
    year: int | None = None

    @property
    def negative(self) -> bool:
        return self.kind == "other"


class TableColumns(Knowledge):
    kinds: dict[ColumnKind, list[str]]
    currencies: list[str]
    bare_unit: list[str]
    examples: list[ColumnExample]

    @model_validator(mode="after")
    def _words(self) -> TableColumns:
        spelled_as_normalized(
            [*self.currencies, *self.bare_unit, *(p for ps in self.kinds.values() for p in ps)]
        )
        one_role_each({**self.kinds, "currency": self.currencies, "bare_unit": self.bare_unit})
        if "other" in self.kinds:
            raise ValueError("`other` is the kind of a header naming none: it has no words")
        return self


TABLE_COLUMNS = data_file("structure/table_columns.yaml", TableColumns)


@cache
def _any_column_phrase() -> re.Pattern[str]:
    """Any phrase of any kind of column, a currency or the bare `đơn vị`, as a whole word."""
    words = TABLE_COLUMNS.load()
    phrases = [*words.currencies, *words.bare_unit, *(p for ps in words.kinds.values() for p in ps)]
    return re.compile(rf"(?<!\w)(?:{alternatives(p.casefold() for p in phrases)})(?!\w)")


def names_a_column(text: str) -> bool:
    """Whether a header cell names a column: a phrase of the file's, or a year alone (`Năm
    2027`). Only whether it names one: which kind, and the year it is for, are the structure
    stage's to say (structure.tables.column_kind)."""
    folded = respell(text.replace(";", " ")).casefold()
    if _any_column_phrase().search(folded):
        return True
    return YEAR.search(folded) is not None and len(folded.split()) <= YEAR_HEADER_WORDS


def names_the_number_column(text: str) -> bool:
    """Whether a header cell is the whole header of the numbering column (`TT`, `STT`)."""
    folded = " ".join(respell(text).casefold().split())
    return folded in TABLE_COLUMNS.load().kinds.get("number", [])
